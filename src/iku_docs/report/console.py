"""Short terminal output of the CLI: validation summary, written documents, the rule list (from the catalog).

rich is imported inside the functions so ``iku-docs --help`` stays fast. Every text that
comes from a workbook is printed as ``rich.text.Text``, never as markup, so a cell holding
"[bold]" or "[/]" prints as written. rich drops colours by itself when stdout is not a
terminal (CI, a pipe) and wraps to the terminal's width, however narrow.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iku_docs.findings import TINGKAT_ORDER, Laporan, Temuan, Tingkat
from iku_docs.report import LABEL_TINGKAT, LEMBAR_UMUM, sort_key, status

if TYPE_CHECKING:
    from rich.console import Console

    from iku_docs.pipeline import HasilRender

FIRST_FINDINGS = 10
NARROW = 50  # columns below which tables become lines
STYLE = {Tingkat.GALAT: "bold red", Tingkat.PERINGATAN: "yellow", Tingkat.SARAN: "cyan"}


def _console() -> Console:
    from rich.console import Console

    # highlight=False: rich would otherwise colour numbers and paths inside user text at random.
    return Console(highlight=False)


def letak(t: Temuan) -> str:
    """'IKU Pemda!F12', 'IKU Pemda baris 12', 'IKU Pemda' or the file-wide label."""
    if t.lembar is None:
        return LEMBAR_UMUM
    if t.sel:
        return f"{t.lembar}!{t.sel}"
    if t.baris:
        return f"{t.lembar} baris {t.baris}"
    return t.lembar


def print_summary(laporan: Laporan, report_paths: Sequence[Path] = (), console: Console | None = None,
                  catatan: Sequence[str] = ()) -> None:
    """Status, counts per tingkat and per sheet, the first findings (galat first), where the reports are."""
    from rich.text import Text

    out = console or _console()
    out.print(Text.assemble(("Buku kerja ", ""), (laporan.berkas, "bold"), ": ",
                            (status(laporan), "bold green" if laporan.valid else "bold red")))
    out.print(Text.assemble("Temuan: ", *_count_parts(laporan)))
    if laporan.temuan:
        _print_per_lembar(out, laporan)
        _print_first(out, laporan.temuan)
    else:
        out.print("Tidak ada temuan. Buku kerja memenuhi semua pemeriksaan.")
    if report_paths:
        out.print("Laporan untuk peninjau:")
        for path in report_paths:
            out.print(Text(f"  {path}"), soft_wrap=True)  # whole, so it can be copied
    elif laporan.temuan:
        out.print("Tambahkan --report FOLDER untuk laporan HTML, JSON dan salinan buku kerja bercatatan.")
    _print_catatan(out, catatan)


def _print_catatan(out: Console, catatan: Sequence[str]) -> None:
    from rich.text import Text

    for note in catatan:
        out.print(Text(f"Catatan: {note}", style="yellow"), soft_wrap=True)


def _count_parts(laporan: Laporan) -> list[Any]:
    parts: list[Any] = []
    for i, t in enumerate(Tingkat):
        if i:
            parts.append(", ")
        n = laporan.count(t)
        parts.append((f"{n} {LABEL_TINGKAT[t].lower()}", STYLE[t] if n else "dim"))
    return parts


def _print_per_lembar(out: Console, laporan: Laporan) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from iku_docs.report import sheet_rank

    groups: dict[str | None, list[Temuan]] = {}
    for t in laporan.temuan:
        groups.setdefault(t.lembar, []).append(t)
    rows = [(lembar or LEMBAR_UMUM, [sum(1 for x in groups[lembar] if x.tingkat == t) for t in Tingkat])
            for lembar in sorted(groups, key=sheet_rank)]
    if out.width < NARROW:  # a table would drop its first column; one line per sheet stays readable
        for lembar, counts in rows:
            out.print(Text(f"{lembar}: " + ", ".join(f"{n} {LABEL_TINGKAT[t].lower()}"
                                                     for t, n in zip(Tingkat, counts, strict=True))))
        return
    table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
    table.add_column("Lembar", overflow="fold")
    for t in Tingkat:
        table.add_column(LABEL_TINGKAT[t], justify="right", style=STYLE[t], no_wrap=True)
    for lembar, counts in rows:
        table.add_row(Text(lembar), *(str(n) for n in counts))
    out.print(table)


def _print_first(out: Console, temuan: Iterable[Temuan]) -> None:
    from rich.text import Text

    found = sorted(temuan, key=lambda t: (TINGKAT_ORDER[Tingkat(t.tingkat)], sort_key(t)))
    shown = found[:FIRST_FINDINGS]
    title = "Temuan" if len(shown) == len(found) else f"{len(shown)} temuan pertama dari {len(found)}"
    out.print(Text(f"{title}:", style="bold"))
    for t in shown:
        tingkat = Tingkat(t.tingkat)
        kolom = f" ({t.kolom})" if t.kolom and not t.sel else ""
        line = Text.assemble((f"{LABEL_TINGKAT[tingkat].upper()} ", STYLE[tingkat]), (letak(t), "bold"), kolom,
                             f": {t.pesan} ", (f"[{t.kode}]", "dim"))
        out.print(line)
        if t.saran:  # wrapped by hand so every line stays indented under its finding, without trailing spaces
            for part in textwrap.wrap(f"Saran: {t.saran}", width=max(10, out.width - 4)):
                out.print(Text(f"    {part}", style="green"))


def print_render(hasil: HasilRender, console: Console | None = None) -> None:
    """The documents written, and what validation left to look at."""
    from rich.text import Text

    out = console or _console()
    laporan = hasil.validasi.laporan
    out.print(Text.assemble("Validasi ", (laporan.berkas, "bold"), ": ",
                            (status(laporan), "bold green" if laporan.valid else "bold red"),
                            " (", *_count_parts(laporan), ")"))
    out.print(Text(f"Dokumen ditulis ({len(hasil.berkas)}):", style="bold"))
    for path in hasil.berkas:
        out.print(Text(f"  {path}"), soft_wrap=True)  # whole, so it can be copied
    if hasil.pdf:
        out.print(Text(f"PDF ditulis ({len(hasil.pdf)}):", style="bold"))
        for path in hasil.pdf:
            out.print(Text(f"  {path}"), soft_wrap=True)  # whole, so it can be copied
    _print_catatan(out, hasil.validasi.catatan)
    html = next((p for p in hasil.validasi.laporan_berkas if p.suffix == ".html"), None)
    if laporan.temuan:
        where = f"di {html}" if html else f"dengan: iku-docs validate {laporan.berkas} --report laporan/"
        out.print(Text(f"Peringatan dan saran tidak menghalangi pembuatan dokumen; rinciannya ada {where}",
                       style="dim"), soft_wrap=True)


def _rule_list() -> list[Any]:
    from iku_docs.validate.rules import RULES

    return sorted(RULES, key=lambda r: r.kode)


def _wrapped(out: Console, text: str, indent: str, style: str = "", hanging: str | None = None) -> None:
    """``text`` wrapped by hand to the console's width, every line indented and without trailing spaces, so
    it reads the same in a terminal, at 80 columns and in a pipe (rich would wrap without the indent).
    Codes are never split, even on a terminal narrower than a code."""
    from rich.text import Text

    lines = textwrap.wrap(text, width=max(20, out.width), initial_indent=indent,
                          subsequent_indent=indent if hanging is None else hanging, break_long_words=False,
                          break_on_hyphens=False)
    for line in lines:
        out.print(Text(line, style=style), soft_wrap=True)


def _rule_head(out: Console, rule: Any) -> None:
    """'CODE  tingkat  Kriteria' on one line, or the code alone above the rest when the line would not fit."""
    from rich.text import Text

    tingkat = Tingkat(rule.tingkat)
    rest = ((str(tingkat), STYLE[tingkat]), "  ", rule.kriteria)
    if len(rule.kode) + len(tingkat) + len(rule.kriteria) + 4 <= out.width:
        out.print(Text.assemble((rule.kode, "bold"), "  ", *rest), soft_wrap=True)
    else:
        out.print(Text(rule.kode, style="bold"), soft_wrap=True)
        out.print(Text.assemble("  ", *rest), soft_wrap=True)


def print_rules(console: Console | None = None) -> None:
    """Every quality rule (``validate.rules.RULES``, worded in ``catalog.py``): code, tingkat, criterion, title,
    what it checks and its examples, one block per rule; a table would squeeze the explanation at 80 columns."""
    from iku_docs.workbook.contract import ISIAN_NONAKTIF, LEMBAR_PENGATURAN

    out = console or _console()
    rules = _rule_list()
    for rule in rules:
        _rule_head(out, rule)
        _wrapped(out, rule.judul, "  ", "bold")
        if rule.penjelasan:
            _wrapped(out, rule.penjelasan, "  ")
        for label, contoh, style in (("Contoh buruk", getattr(rule, "buruk", ()), "red"),
                                     ("Contoh baik", getattr(rule, "baik", ()), "green")):
            if contoh:
                _wrapped(out, f"{label}: " + "; ".join(x.tampil for x in contoh), "  ", style, hanging="    ")
        out.print()
    _wrapped(out, f"{len(rules)} aturan. Matikan aturan untuk satu buku kerja dengan menulis kodenya, dipisah koma, "
                  f"pada isian '{ISIAN_NONAKTIF}' di lembar '{LEMBAR_PENGATURAN.nama}'. Pemeriksaan struktur (kode "
                  "STRUK-…) tidak dapat dimatikan; daftarnya ada di docs/rules.md.", "")
