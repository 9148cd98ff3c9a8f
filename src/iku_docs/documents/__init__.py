"""DOCUMENTS: the registry of document kinds, and the context builders (model → plain data). Pure: no I/O.

``KINDS`` declares every kind once: its ``--documents`` name, an Indonesian label, its builder
(``documents(model) -> list[Dokumen]``), its template(s), how its file names are formed, its output format
and what one document costs to render. ``pipeline.render_model`` renders whatever the chosen kinds list,
through ``render`` by format (docx: ``render/docx.py`` fills the template; xlsx: ``render/xlsx.py`` writes the
workbook the template names); the CLI takes its ``--documents`` choices and help from here.

Adding a kind is one module, one template and one entry:

1. ``documents/<modul>.py`` with ``documents(model) -> list[Dokumen]``, each ``Dokumen`` named by
   ``kind_named("<name>").file_name_for(...)`` (codes only) and ``berkas_unik`` when names may repeat, and
   ``build_context(model, ...) -> dict`` for the template (pure, tested as dicts);
2. ``templates/<templat>.docx`` (built by ``tools/templates/<templat>.py``);
3. a ``Kind`` below, e.g. the LKjIP draft:
   ``Kind("laporan-kinerja", "Laporan Kinerja (LKjIP) setiap unit", "iku_docs.documents.laporan:documents",
   templates=("laporan-kinerja",), file_name="lkjip/laporan-kinerja-{unit}-{tahun}.docx", cost_ms=40.0)``.

A variant of an existing kind (say the Perkada as ``keputusan-<kepala>-iku-<tahun>.docx`` where the Pemda
decides by Keputusan) is a part of its ``file_name`` (``{bentuk}-{kepala}-iku-{tahun}.docx``) that the
builder fills from the model, not a new kind.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from iku_docs.errors import IkuDocsError
from iku_docs.model import Pemda


@dataclass(frozen=True, slots=True)
class Dokumen:
    """One output document. Its context is built on demand (``isi()``), so the costly ones (charts) are built
    by whichever worker renders the document (render/parallel.py), not all up front."""

    berkas: str  # output path relative to the output folder, built from codes only
    templat: str  # template name (templates/<templat>.docx; for an xlsx kind the layout in render/xlsx.py)
    konteks: Callable[[], dict[str, Any]] = field(repr=False)  # the template context (xlsx: the writer's arguments)
    judul: str = ""

    def isi(self) -> dict[str, Any]:
        """The template context."""
        return self.konteks()


class Format(StrEnum):
    DOCX = "docx"  # a Word template filled by render/docx.py
    XLSX = "xlsx"  # a workbook written by render/xlsx.py


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of document, as the user chooses it with ``--documents``."""

    name: str  # the --documents value
    label: str  # Indonesian, for the CLI's help
    builder: str  # "module:function" giving documents(model) -> list[Dokumen]; imported when first used
    templates: tuple[str, ...]  # every templat its documents use
    file_name: str  # pattern relative to the output folder; each {part} is made safe by file_name_for
    cost_ms: float  # estimated milliseconds to build and render one document (see KINDS)
    format: Format = Format.DOCX
    included_in: str | None = None  # written whenever that kind is chosen, too

    @property
    def module(self) -> str:
        return self.builder.partition(":")[0]

    def documents(self, model: Pemda) -> list[Dokumen]:
        """The documents of this kind for ``model``, from its builder."""
        build: Callable[[Pemda], list[Dokumen]] = getattr(importlib.import_module(self.module),
                                                          self.builder.partition(":")[2])
        return build(model)

    def file_name_for(self, **parts: object) -> str:
        """``file_name`` with every part reduced to a safe name: codes and years only, never cell text."""
        return self.file_name.format(**{key: safe_name(str(value)) for key, value in parts.items()})


# Estimated milliseconds to build and render one document of each kind, measured on bench/'s large workbook
# (60 PD): whether workers pay off and the order in which they take the documents depend on these, nothing
# else. The two whole-workbook documents grow with the workbook; this errs on the side of no workers.
KINDS: tuple[Kind, ...] = (
    Kind("perkada", "Peraturan atau Keputusan Kepala Daerah tentang IKU",
         "iku_docs.documents.perkada:documents", templates=("perkada",),
         file_name="{jenis}-{kepala}-iku-{tahun}.docx", cost_ms=270.0),
    Kind("pk", "Perjanjian Kinerja",
         "iku_docs.documents.pk:documents", templates=("pk", "pk-kepala-daerah"),
         file_name="pk/pk-{unit}-{tahun}.docx", cost_ms=5.0),
    Kind("lkjip", "tabel LKjIP dalam Word",
         "iku_docs.documents.lkjip:documents", templates=("lkjip",),
         file_name="lkjip/lkjip-{unit}-{tahun}.docx", cost_ms=30.0),
    Kind("tabel-lkjip", "tabel LKjIP dalam satu berkas Excel",
         "iku_docs.documents.lkjip:tabel_documents", templates=("tabel-lkjip",),
         file_name="lkjip/tabel-lkjip-{tahun}.xlsx", cost_ms=300.0, format=Format.XLSX, included_in="lkjip"),
    Kind("laporan", "draf Laporan Kinerja (LKjIP) setiap unit",
         "iku_docs.documents.laporan:documents", templates=("laporan-kinerja",),
         file_name="lkjip/laporan-kinerja-{unit}-{tahun}.docx", cost_ms=40.0),
)

KIND_NAMES = tuple(k.name for k in KINDS)
# What is written when the user chooses nothing: every kind (those included in another come with it).
DEFAULT_KIND_NAMES = tuple(k.name for k in KINDS if k.included_in is None)


def kind_named(name: str) -> Kind:
    for k in KINDS:
        if k.name == name:
            return k
    raise IkuDocsError(f"Jenis dokumen '{name}' tidak dikenal.",
                       saran=f"Pilih dari: {', '.join(k.name for k in KINDS)}.")


def kind_of_file(relative: str) -> Kind | None:
    """The kind whose file-name pattern wrote ``relative`` (a path under the output folder, in any
    extension, so its PDF too); None for a file no kind writes."""
    stem = relative.replace("\\", "/").rsplit(".", 1)[0]
    for k in KINDS:
        pattern = re.escape(k.file_name.rsplit(".", 1)[0])
        pattern = re.sub(r"\\\{[a-z_]+\\\}", "[A-Za-z0-9_-]+", pattern)
        if re.fullmatch(pattern + r"(?:-\d+)?", stem):  # berkas_unik's -2, -3… included
            return k
    return None


def select_kinds(names: Iterable[str] | None = None) -> list[Kind]:
    """The chosen kinds and those included in them, each once, in registry order (the order files are
    written and listed); none chosen is every kind."""
    chosen = {kind_named(n).name for n in names or ()} or {k.name for k in KINDS}
    return [k for k in KINDS if k.name in chosen or k.included_in in chosen]


def safe_name(kode: str) -> str:
    """A file-name part built from a code: letters, digits, '-' and '_' only, never a path.

    Output names come from codes, never raw cell text, so no name can leave the output
    folder ('../', drive letters, reserved characters all vanish).
    """
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", kode).strip("-_").lower()
    return slug[:60] or "tanpa-kode"


def berkas_unik(berkas: str, dipakai: set[str]) -> str:
    """``berkas``, or ``<stem>-2.<ext>``, ``-3``… when it is already in ``dipakai`` (which it joins).

    Two codes may reduce to the same safe name ('DIN KES', 'DIN-KES'), and a PD may be coded 'PEMDA':
    no document may overwrite another.
    """
    stem, suffix = berkas.rsplit(".", 1)
    candidate, n = berkas, 2
    while candidate in dipakai:
        candidate, n = f"{stem}-{n}.{suffix}", n + 1
    dipakai.add(candidate)
    return candidate
