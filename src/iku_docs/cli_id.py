"""Bahasa Indonesia for click's own texts (usage errors, help headings).

click marks its strings for gettext but ships no Indonesian catalogue; without this a
user who mistypes an option would meet English. Each click module looks up its
module-level ``_``/``ngettext`` at call time, so replacing them is enough; strings
not listed here stay as click wrote them.
"""

from __future__ import annotations

import importlib
from typing import Any

PESAN: dict[str, str] = {
    "Usage:": "Penggunaan:",
    "Options": "Opsi",
    "Commands": "Perintah",
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
    "Show the version and exit.": "Tampilkan versi lalu keluar.",
    "Error: {message}": "Galat: {message}",
    "Try '{command} {option}' for help.": "Coba '{command} {option}' untuk bantuan.",
    "Aborted!": "Dibatalkan.",
    "Missing argument": "Argumen belum diisi",
    "Missing option": "Opsi belum diisi",
    "Missing parameter": "Parameter belum diisi",
    "Missing command.": "Perintah belum diberikan.",
    "Missing {param_type}": "{param_type} belum diisi",
    "Missing parameter: {param_name}": "Parameter belum diisi: {param_name}",
    "No such command {name!r}.": "Perintah {name!r} tidak dikenal.",
    "No such option {name!r}.": "Opsi {name!r} tidak dikenal.",
    "No such option: {name}": "Opsi tidak dikenal: {name}",
    "Option {name!r} does not take a value.": "Opsi {name!r} tidak memerlukan nilai.",
    "Invalid value for {param_hint}: {message}": "Nilai tidak sah untuk {param_hint}: {message}",
    "Invalid value: {message}": "Nilai tidak sah: {message}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} tidak ditemukan.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} adalah folder, bukan berkas.",
    "{name} {filename!r} is a file.": "{name} {filename!r} adalah berkas, bukan folder.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} tidak dapat dibaca (izin ditolak).",
    "{name} {filename!r} is not writable.": "{name} {filename!r} tidak dapat ditulis (izin ditolak).",
    "{value!r} is not a valid {number_type}.": "{value!r} bukan {number_type} yang sah.",
    "{value} is not in the range {range}.": "{value} di luar rentang {range}.",
    "Could not open file {filename!r}: {message}": "Berkas {filename!r} tidak dapat dibuka: {message}",
    "file": "Berkas",
    "directory": "Folder",
    "path": "Jalur",
    "default: {default}": "bawaan: {default}",
    "required": "wajib",
    "Choose from:\n\t{choices}": "Pilih dari:\n\t{choices}",
    "Got unexpected extra argument ({args})": "Ada argumen berlebih ({args})",
    "Got unexpected extra arguments ({args})": "Ada argumen berlebih ({args})",
    "Option {name!r} requires an argument.": "Opsi {name!r} memerlukan nilai.",
    "Option {name!r} requires {nargs} arguments.": "Opsi {name!r} memerlukan {nargs} nilai.",
    "Did you mean {possibility}?": "Maksud Anda {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Maksud Anda salah satu dari: {possibilities}?)",
    "{value!r} is not {choice}.": "{value!r} bukan {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} bukan salah satu dari {choices}.",
    "integer": "bilangan bulat",
    "float": "bilangan",
    "integer range": "bilangan bulat",
    "float range": "bilangan",
}

# Argument names as the usage line and "Argumen belum diisi" show them (click prints the parameter name in
# upper case); option names (--output) stay as typed, since that is what the user writes.
METAVAR: dict[str, str] = {
    "WORKBOOK": "BUKU_KERJA",
    "INPUTS...": "BUKU_KERJA...",
    "PATH": "BERKAS",
    "DIRECTORY": "FOLDER",
}
OPTIONS_METAVAR = "[OPSI]"
SUBCOMMAND_METAVAR = "PERINTAH [ARGUMEN]..."

_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "utils", "termui")


def _gettext(message: str) -> str:
    return PESAN.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def _usage_pieces(original: Any) -> Any:
    def collect_usage_pieces(self: Any, ctx: Any) -> list[str]:
        return [OPTIONS_METAVAR if piece == "[OPTIONS]" else SUBCOMMAND_METAVAR if piece == "COMMAND [ARGS]..."
                else piece for piece in original(self, ctx)]
    return collect_usage_pieces


def _argument_metavar(original: Any) -> Any:
    def make_metavar(self: Any, *args: Any) -> str:
        metavar = original(self, *args)
        return METAVAR.get(metavar, metavar)
    return make_metavar


def install() -> None:
    import click

    if not getattr(click.Command.collect_usage_pieces, "_iku_id", False):
        for cls, attr, wrap in ((click.Command, "collect_usage_pieces", _usage_pieces),
                                (click.Group, "collect_usage_pieces", _usage_pieces),
                                (click.Argument, "make_metavar", _argument_metavar)):
            patched = wrap(getattr(cls, attr))
            patched._iku_id = True
            setattr(cls, attr, patched)
    for name in _MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = _gettext
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext
