"""REPORT stage: the three reviewer files written from one ``Laporan``.

- ``laporan-validasi.html``: one self-contained page for a human reviewer (``html.py``);
- ``laporan-validasi.json``: the same findings in a stable machine-readable shape (``json.py``);
- ``<workbook stem>-catatan.xlsx``: a copy of the workbook with every problem cell marked (``annotated.py``).

The input workbook is only ever read. Submodules are imported inside ``write_reports`` so
that importing the ordering helpers below stays cheap (openpyxl, jinja2 load on demand).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from iku_docs.errors import OutputError, WorkbookError
from iku_docs.findings import TINGKAT_ORDER, Laporan, Temuan, Tingkat

if TYPE_CHECKING:
    from iku_docs.model import Pemda

HTML_NAME = "laporan-validasi.html"
JSON_NAME = "laporan-validasi.json"
ANNOTATED_SUFFIX = "-catatan.xlsx"

# Labels a reviewer reads; the JSON keeps the lower-case codes.
LABEL_TINGKAT = {Tingkat.GALAT: "Galat", Tingkat.PERINGATAN: "Peringatan", Tingkat.SARAN: "Saran"}
PENJELASAN_TINGKAT = {
    Tingkat.GALAT: "harus diperbaiki; selama masih ada galat tidak ada dokumen yang dibuat",
    Tingkat.PERINGATAN: "sebaiknya diperbaiki sebelum dokumen ditetapkan",
    Tingkat.SARAN: "usulan untuk meningkatkan mutu indikator",
}
STATUS_LAYAK = "LAYAK"
STATUS_TIDAK_LAYAK = "TIDAK LAYAK: ada galat"
LEMBAR_UMUM = "Berkas secara umum"  # findings that belong to no sheet (e.g. a missing sheet)


def annotated_name(workbook_path: Path) -> str:
    """'kabupaten-x.xlsm' → 'kabupaten-x-catatan.xlsx' (always a plain .xlsx)."""
    return f"{Path(workbook_path).stem}{ANNOTATED_SUFFIX}"


def status(laporan: Laporan) -> str:
    return STATUS_LAYAK if laporan.valid else STATUS_TIDAK_LAYAK


def _column_index(sel: str | None) -> int:
    """'AB12' → 28, so column B sorts before AA (a plain string sort would not)."""
    letters = re.match(r"[A-Za-z]*", sel or "").group(0).upper()
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index


def sheet_rank(lembar: str | None) -> tuple[int, str]:
    """Findings without a sheet first, then the contract's sheet order, then any other sheet by name."""
    from iku_docs.workbook.contract import PETUNJUK, SHEETS

    order = [PETUNJUK, *(s.nama for s in SHEETS)]
    if lembar is None:
        return (0, "")
    if lembar in order:
        return (1 + order.index(lembar), lembar)
    return (len(order) + 1, lembar)


def sort_key(t: Temuan) -> tuple:
    """A total order, so two runs over the same workbook list findings identically."""
    return (
        sheet_rank(t.lembar), t.baris or 0, _column_index(t.sel), TINGKAT_ORDER[Tingkat(t.tingkat)], t.kode,
        t.kolom or "", t.sel or "", t.pesan, t.nilai or "", t.saran or "",
    )


def ordered(temuan: Iterable[Temuan]) -> list[Temuan]:
    return sorted(temuan, key=sort_key)


def write_reports(laporan: Laporan, workbook_path: Path, report_dir: Path, model: Pemda | None = None,
                  catatan: list[str] | None = None, data: bytes | None = None) -> list[Path]:
    """Write the HTML, JSON and annotated-copy reports into ``report_dir``; return their paths.

    The two reports that need only the ``Laporan`` are written first, so a reviewer still
    gets them if the annotated copy cannot be made. ``data``: the bytes that were
    validated, so the copy annotates exactly what the report describes without reading the file again.
    """
    from iku_docs.report.annotated import write_annotated
    from iku_docs.report.html import write_html
    from iku_docs.report.json import write_json

    report_dir = Path(report_dir)
    paths = [
        write_html(laporan, report_dir / HTML_NAME, model=model),
        write_json(laporan, report_dir / JSON_NAME),
    ]
    try:
        if data is None:
            data = Path(workbook_path).read_bytes()  # the input path is never opened for writing
    except OSError as exc:
        raise WorkbookError(
            f"Buku kerja tidak dapat dibaca lagi untuk membuat salinan bercatatan: {exc.strerror or exc}.",
            saran="Pastikan berkas tidak dipindahkan atau dikunci selama validasi, lalu ulangi.",
            berkas=Path(workbook_path).name,
        ) from exc
    try:
        paths.append(write_annotated(laporan, data, report_dir / annotated_name(workbook_path)))
    except OutputError as exc:
        # The copy is a convenience: a package the patcher cannot handle (none is known since it stopped
        # reloading the workbook with openpyxl; kept as defence in depth) must not stop the documents, so
        # the caller that collects notes gets the message instead of the exception.
        if catatan is None:
            raise
        catatan.append(exc.format_message())
    return paths
