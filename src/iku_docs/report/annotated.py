"""``<workbook stem>-catatan.xlsx``: a copy of the workbook with every problem cell marked.

Staff fix their workbook in Excel, so the most useful report is the workbook itself:
each problem cell gets a fill colour per tingkat and a comment with the message and
the fix; a first sheet ``Catatan Validasi`` lists every finding with a link to its cell
(and holds the findings that have no cell, such as a missing sheet).

The copy is made from the input's bytes; the input path is never opened for writing.
A macro-enabled input gives a plain .xlsx copy (macros dropped: the copy is for reading).
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iku_docs.errors import OutputError
from iku_docs.findings import TINGKAT_ORDER, Laporan, Temuan, Tingkat
from iku_docs.render.output import normalize_zip, write_bytes_atomic
from iku_docs.report import LABEL_TINGKAT, LEMBAR_UMUM, ordered, status

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

SHEET_CATATAN = "Catatan Validasi"
AUTHOR = "iku-docs"
# Light fills that keep the cell text readable (Excel's own "bad"/"neutral" shades and a light blue).
FILL = {Tingkat.GALAT: "FFC7CE", Tingkat.PERINGATAN: "FFEB9C", Tingkat.SARAN: "DDEBF7"}
FONT_TINGKAT = {Tingkat.GALAT: "9C0006", Tingkat.PERINGATAN: "7F4F00", Tingkat.SARAN: "1F4E79"}
HEADER_FILL = "1F4E79"
# Excel would treat text starting with these as a formula when the cell is edited; in a
# workbook they were typed as text (an apostrophe in Excel), so they must stay text.
FORMULA_START = ("=", "+", "-", "@")
COLUMNS = (("No", 5), ("Tingkat", 12), ("Lembar", 18), ("Sel", 7), ("Kolom", 18), ("Nilai tertulis", 24),
           ("Pesan", 48), ("Saran perbaikan", 48), ("Kode", 20), ("Kriteria", 13))
HEADER_ROW = 4
FONT_NAME = "Calibri"  # openpyxl's Font() has no name: LibreOffice would then show a serif


def write_annotated(laporan: Laporan, data: bytes, path: Path) -> Path:
    return write_bytes_atomic(path, annotated_bytes(laporan, data, source=path.name))


def annotated_bytes(laporan: Laporan, data: bytes, source: str = "") -> bytes:
    """The annotated copy of the workbook in ``data`` as .xlsx bytes (deterministic)."""
    wb = _load(data, source)
    _keep_text_as_text(wb)
    temuan = ordered(laporan.temuan)
    targets = _mark_cells(wb, temuan)
    _add_catatan_sheet(wb, laporan, temuan, targets)
    return _save(wb)


def _load(data: bytes, source: str) -> Workbook:
    from openpyxl import load_workbook

    from iku_docs.workbook.load import without_trailing_empty_rows

    try:
        with warnings.catch_warnings():
            # "Data Validation extension is not supported" and similar: the copy is still faithful
            # enough to read, and the warnings would only confuse a user in the terminal.
            warnings.simplefilter("ignore")
            # Rows formatted down to row 1,048,576 would cost full mode seconds for nothing: dropped.
            wb = load_workbook(io.BytesIO(without_trailing_empty_rows(data)), keep_vba=False, data_only=False,
                               keep_links=True)
    except Exception as exc:  # openpyxl raises many kinds for a file it cannot reopen
        raise OutputError(
            f"Salinan buku kerja bercatatan ('{source}') tidak dapat dibuat: {type(exc).__name__}: {exc}.",
            saran="Laporan HTML dan JSON tetap ditulis; bacalah laporan itu, atau simpan ulang buku kerja "
                  "sebagai .xlsx di Excel lalu ulangi.",
        ) from exc
    wb.template = False  # a .xltx/.xltm input still gives a plain workbook copy
    return wb


def _keep_text_as_text(wb: Workbook) -> None:
    """Text cells that look like formulas stay text, and say so to Excel (quotePrefix)."""
    for ws in wb.worksheets:
        # Only the cells present in the file: iter_rows() would also visit every empty position up to
        # the last styled cell, which can be millions on a sheet formatted down to row 1048576.
        for cell in list(ws._cells.values()):
            if cell.data_type == "s" and isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                    cell.quotePrefix = True


def _put_text(cell: Cell, text: Any) -> None:
    """Write a value as text: never let openpyxl read '=...' as a formula, never fail on control characters."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if text is None:
        cell.value = None
        return
    value = ILLEGAL_CHARACTERS_RE.sub("", str(text))
    cell.value = value
    if value.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


def _target_cell(wb: Workbook, t: Temuan) -> Cell | None:
    """The cell a finding is shown on: its own cell, else the first cell of its row, else A1 of its sheet."""
    if t.lembar is None or t.lembar not in wb.sheetnames:
        return None
    ws = wb[t.lembar]
    ref = t.sel or (f"A{t.baris}" if t.baris else "A1")
    try:
        cell = ws[ref]
    except (ValueError, IndexError, KeyError):  # a reference openpyxl cannot parse: show it on A1 instead
        cell = ws["A1"]
    if isinstance(cell, tuple):  # "A:C" or "3" would select a range; use its first cell
        return None
    return _merge_anchor(ws, cell)


def _merge_anchor(ws: Worksheet, cell: Any) -> Cell:
    """A cell inside a merged range cannot hold a comment; use the range's top-left cell."""
    from openpyxl.cell.cell import MergedCell

    if not isinstance(cell, MergedCell):
        return cell
    for rng in ws.merged_cells.ranges:
        if cell.coordinate in rng:
            return ws.cell(row=rng.min_row, column=rng.min_col)
    return cell


def _mark_cells(wb: Workbook, temuan: list[Temuan]) -> dict[int, str]:
    """Fill and comment every target cell; return finding index → "Sheet!A1" of the cell used."""
    from openpyxl.styles import PatternFill

    by_cell: dict[tuple[str, str], list[Temuan]] = {}
    cells: dict[tuple[str, str], Cell] = {}
    targets: dict[int, str] = {}
    for i, t in enumerate(temuan):
        cell = _target_cell(wb, t)
        if cell is None:
            continue
        key = (cell.parent.title, cell.coordinate)
        by_cell.setdefault(key, []).append(t)
        cells[key] = cell
        targets[i] = cell.coordinate
    for key, found in by_cell.items():
        cell = cells[key]
        worst = min((Tingkat(t.tingkat) for t in found), key=TINGKAT_ORDER.__getitem__)
        cell.fill = PatternFill(fill_type="solid", start_color=FILL[worst], end_color=FILL[worst])
        cell.comment = _comment(cell, found)
    return targets


def _comment_text(found: Iterable[Temuan]) -> str:
    parts = []
    for t in found:
        lines = [f"{LABEL_TINGKAT[Tingkat(t.tingkat)].upper()} ({t.kode}): {t.pesan}"]
        if t.saran:
            lines.append(f"Saran: {t.saran}")
        parts.append("\n".join(lines))
    return "Catatan validasi iku-docs:\n" + "\n\n".join(parts)


def _comment(cell: Cell, found: list[Temuan]) -> Any:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.comments import Comment

    text = _comment_text(found)
    if cell.comment is not None and cell.comment.text:  # keep the header notes of the standard template
        text = f"{cell.comment.text.rstrip()}\n\n{text}"
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    # Size the box to its text (about 55 characters per line at this width) so nothing hides.
    lines = sum(max(1, -(-len(line) // 55)) for line in text.splitlines())
    return Comment(text, AUTHOR, height=min(600, 20 + 15 * lines), width=340)


def _add_catatan_sheet(wb: Workbook, laporan: Laporan, temuan: list[Temuan], targets: dict[int, str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.hyperlink import Hyperlink

    name = _free_name(wb, SHEET_CATATAN)
    ws = wb.create_sheet(name, 0)
    _put_text(ws["A1"], f"Catatan validasi: {laporan.berkas}")
    ws["A1"].font = Font(name=FONT_NAME, bold=True, size=14)
    counts = ", ".join(f"{LABEL_TINGKAT[k]} {laporan.count(k)}" for k in Tingkat)
    _put_text(ws["A2"], f"Status: {status(laporan)}. {counts}. SHA-256 berkas asli: {laporan.sha256}")
    _put_text(ws["A3"], "Sel bermasalah pada lembar lain diberi warna (merah: galat, kuning: peringatan, "
                        "biru: saran) dan komentar. Klik kolom Sel untuk menuju selnya."
              if temuan else "Tidak ada temuan.")
    ws["A3"].font = Font(name=FONT_NAME, italic=True, color="595959")
    for col, (header, width) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col)
        _put_text(cell, header)
        cell.font = Font(name=FONT_NAME, bold=True, color="FFFFFF")
        cell.fill = PatternFill(fill_type="solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = width
    wrap = Alignment(vertical="top", wrap_text=True)
    for i, t in enumerate(temuan):
        row = HEADER_ROW + 1 + i
        tingkat = Tingkat(t.tingkat)
        values = (i + 1, LABEL_TINGKAT[tingkat], t.lembar or LEMBAR_UMUM, t.sel or (f"baris {t.baris}" if t.baris
                  else ""), t.kolom, t.nilai, t.pesan, t.saran, t.kode, t.kriteria)
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=col)
            if isinstance(value, int):
                cell.value = value
            else:
                _put_text(cell, value)
            cell.alignment = wrap
        ws.row_dimensions[row].height = _row_height(values)
        ws.cell(row=row, column=2).fill = PatternFill(fill_type="solid", start_color=FILL[tingkat],
                                                      end_color=FILL[tingkat])
        ws.cell(row=row, column=2).font = Font(name=FONT_NAME, bold=True, color=FONT_TINGKAT[tingkat])
        if i in targets and t.lembar:
            link = ws.cell(row=row, column=4)
            sheet = t.lembar.replace("'", "''")
            link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{sheet}'!{targets[i]}",
                                       display=str(link.value or targets[i]))
            link.font = Font(name=FONT_NAME, color="0563C1", underline="single")
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    last = HEADER_ROW + max(1, len(temuan))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{last}"
    # Printed landscape, all columns on one page width, as many pages down as needed.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.sheet_properties.tabColor = "C00000" if not laporan.valid else "2E7D32"
    for other in wb.worksheets:  # several selected tabs would open the copy in "group edit" mode
        other.sheet_view.tabSelected = other is ws
    wb.active = 0


def _row_height(values: Iterable[Any]) -> float:
    """Points for a row of wrapped text: neither Excel nor LibreOffice re-fits rows written by openpyxl."""
    lines = 1
    for value, (_, width) in zip(values, COLUMNS, strict=True):
        if value is None:
            continue
        text_lines = str(value).splitlines() or [""]
        lines = max(lines, sum(max(1, -(-len(line) // max(1, width - 2))) for line in text_lines))
    return 15.0 * min(lines, 20)


def _free_name(wb: Workbook, name: str) -> str:
    candidate, n = name, 2
    while candidate in wb.sheetnames:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def _save(wb: Workbook) -> bytes:
    """What ``wb.save`` writes, stored uncompressed: ``normalize_zip`` compresses every member once anyway
    (and fixes the member times and the core.xml dates), so deflating here too was wasted work."""
    import zipfile
    from datetime import datetime

    from openpyxl.writer.excel import ExcelWriter

    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.modified = datetime(2000, 1, 1)  # save_workbook() would write "now"; normalize_zip fixes it
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return normalize_zip(buf.getvalue())
