"""``<workbook stem>-catatan.xlsx``: a copy of the workbook with every problem cell marked.

Staff fix their workbook in Excel, so the most useful report is the workbook itself:
each problem cell gets a fill colour per tingkat and a comment with the message and
the fix; a first sheet ``Catatan Validasi`` lists every finding with a link to its cell
(and holds the findings that have no cell, such as a missing sheet).

The copy is the input package patched, not a workbook rebuilt by openpyxl: every member is copied
byte for byte except the parts that must change (styles.xml, the sheets with findings, their comments
and VML drawings, workbook.xml and its relationships, content types, docProps), so images, charts,
data validation extensions and everything else the input holds survive. The input path is never
opened for writing. A macro-enabled input gives a plain .xlsx copy (macros dropped: the copy is for
reading), a template (.xltx) a plain workbook.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from iku_docs.errors import OutputError
from iku_docs.findings import TINGKAT_ORDER, Laporan, Temuan, Tingkat
from iku_docs.ooxml import (
    CONTENT_TYPES,
    FIXED_W3CDTF,
    FORMULA_START,
    NS_MAIN,
    NS_R,
    VALUE_MARKERS,
    as_utf8,
    parse_ref,
    ref_of,
    strip_illegal,
    trim_trailing_rows,
)
from iku_docs.output import write_bytes_atomic
from iku_docs.report import LABEL_TINGKAT, LEMBAR_UMUM, ordered, status
from iku_docs.report.notes import Note, add_notes, vml_blocks
from iku_docs.report.package import (
    REL_OFFICE_DOCUMENT,
    REL_STYLES,
    REL_VBA,
    REL_WORKSHEET,
    Package,
    add_override,
    parse_xml,
    xml_bytes,
)
from iku_docs.report.sheetxml import SheetEditor, formula_like_shared_strings, merged_ranges
from iku_docs.report.xlstyles import Font, Look, StyleSheet

SHEET_CATATAN = "Catatan Validasi"
AUTHOR = "iku-docs"
# Light fills that keep the cell text readable (Excel's own "bad"/"neutral" shades and a light blue).
FILL = {Tingkat.GALAT: "FFC7CE", Tingkat.PERINGATAN: "FFEB9C", Tingkat.SARAN: "DDEBF7"}
FONT_TINGKAT = {Tingkat.GALAT: "9C0006", Tingkat.PERINGATAN: "7F4F00", Tingkat.SARAN: "1F4E79"}
HEADER_FILL = "1F4E79"
COLUMNS = (("No", 5), ("Tingkat", 12), ("Lembar", 18), ("Sel", 7), ("Kolom", 18), ("Nilai tertulis", 24),
           ("Pesan", 48), ("Saran perbaikan", 48), ("Kode", 20), ("Kriteria", 13))
HEADER_ROW = 4
FONT_NAME = "Calibri"

REL_SHARED_STRINGS = f"{NS_R}/sharedStrings"
CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_MAIN_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
CT_VBA = "application/vnd.ms-office.vbaProject"
_MAIN_TYPES = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml",
               "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
               "application/vnd.ms-excel.template.macroEnabled.main+xml")
NS_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
NS_DCTERMS = "http://purl.org/dc/terms/"
NS_EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
NS_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
TRIM_FROM = 1024 * 1024  # only sheets larger than this lose their trailing empty rows
# 'A1:B2', 'A:C', '3', '3:5': openpyxl's ws[ref] gave a range for these, and the old copy marked nothing.
_RANGE = re.compile(r"\$?[A-Za-z]{1,3}\$?\d*:\$?[A-Za-z]{0,3}\$?\d*|\$?\d+(:\$?\d+)?"
                    r"|\$?[A-Za-z]{1,3}(:\$?[A-Za-z]{1,3})?")

LOOK_TITLE = Look(font=Font(FONT_NAME, bold=True, size=14))
LOOK_NOTE = Look(font=Font(FONT_NAME, italic=True, color="595959"))
LOOK_HEADER = Look(font=Font(FONT_NAME, bold=True, color="FFFFFF"), fill=HEADER_FILL, wrap=True, vertical="center")
LOOK_LINK = Look(font=Font(FONT_NAME, color="0563C1", underline=True), wrap=True, vertical="top")


def write_annotated(laporan: Laporan, data: bytes, path: Path) -> Path:
    return write_bytes_atomic(path, annotated_bytes(laporan, data, source=path.name))


def annotated_bytes(laporan: Laporan, data: bytes, source: str = "") -> bytes:
    """The annotated copy of the workbook in ``data`` as .xlsx bytes (deterministic)."""
    try:
        return _annotate(laporan, data)
    except Exception as exc:  # a package this module cannot patch (defence in depth: load.py screened it)
        raise OutputError(
            f"Salinan buku kerja bercatatan ('{source}') tidak dapat dibuat karena susunan berkasnya tidak "
            f"dikenali (rincian teknis untuk pengembang: {type(exc).__name__}: {exc}).",
            saran="Laporan HTML dan JSON tetap ditulis; bacalah laporan itu, atau simpan ulang buku kerja "
                  "sebagai .xlsx di Excel lalu ulangi.",
        ) from exc


@dataclass(frozen=True, slots=True)
class _Sheet:
    title: str
    part: str
    element: Any  # the <sheet> element of workbook.xml


@dataclass(frozen=True, slots=True)
class _Workbook:
    part: str
    root: Any
    sheets: list[Any]  # every <sheet> element, in tab order
    worksheets: dict[str, _Sheet]  # title → worksheet (chartsheets and dialog sheets have no cells)


def _annotate(laporan: Laporan, data: bytes) -> bytes:
    pkg = Package(data)
    types = pkg.content_types()
    book = _read_workbook(pkg)
    styles_part = next((r.target for r in pkg.relationships(book.part) if r.type == REL_STYLES), None)
    styles = StyleSheet(pkg.read(styles_part) if styles_part and pkg.has(styles_part) else None)
    temuan = ordered(laporan.temuan)
    editors = {title: SheetEditor(_trimmed(pkg, sheet.part)) for title, sheet in book.worksheets.items()}
    targets, by_cell = _targets(temuan, book, editors)
    shared = _formula_like_shared(pkg, book.part)
    blocks = vml_blocks(pkg)
    for title, sheet in book.worksheets.items():
        editor = editors[title]
        cells = {key[1]: found for key, found in by_cell.items() if key[0] == title}
        fills = {cell: FILL[_worst(found)] for cell, found in cells.items()}
        added = editor.style_cells(fills, editor.formula_like_cells(shared), styles.marked)
        editor.grow_dimension(added)
        editor.unselect_tab()
        if cells:
            notes = [Note(row, col, _comment_text(found)) for (row, col), found in sorted(cells.items())]
            add_notes(pkg, sheet.part, editor, notes, AUTHOR, types, blocks)
        if editor.has_edits():
            pkg.write(sheet.part, editor.result())
    _add_catatan_sheet(pkg, book, types, styles, laporan, temuan, targets)
    if styles_part is None:
        styles_part = pkg.free_name("xl/styles%d.xml")
        pkg.add_relationship(book.part, REL_STYLES, styles_part)
        add_override(types, styles_part, CT_STYLES)
    pkg.write(styles_part, styles.to_bytes())
    _plain_workbook(pkg, book, types)
    pkg.write(book.part, xml_bytes(book.root))
    pkg.write(CONTENT_TYPES, xml_bytes(types))
    _core_properties(pkg)
    return pkg.to_bytes()


# --- reading the package ---------------------------------------------------------------------------


def _read_workbook(pkg: Package) -> _Workbook:
    part = next(r.target for r in pkg.relationships("") if r.type == REL_OFFICE_DOCUMENT)
    root = parse_xml(pkg.read(part))
    rels = {r.id: r for r in pkg.relationships(part)}
    sheets_el = root.find(_q(root, "sheets"))
    sheets = list(sheets_el) if sheets_el is not None else []
    worksheets = {}
    for el in sheets:
        rel = rels.get(el.get(f"{{{NS_R}}}id", ""))
        name = el.get("name")
        if rel and name is not None and rel.type == REL_WORKSHEET and not rel.external and pkg.has(rel.target):
            worksheets[name] = _Sheet(name, rel.target, el)
    return _Workbook(part, root, sheets, worksheets)


def _q(root: Any, local: str) -> str:
    return f"{{{etree.QName(root).namespace}}}{local}"


def _trimmed(pkg: Package, part: str) -> bytes:
    """The sheet's XML; a large one without the formatted-but-empty rows after its last value.

    A sheet formatted down to row 1,048,576 would make the copy as slow to open as the input, for rows
    that hold nothing; the copy has always dropped them (ooxml.trim_trailing_rows).
    A part in UTF-16 or another declared encoding comes back (and is written) as UTF-8, which the byte-level
    edits of sheetxml.py assume."""

    xml = as_utf8(pkg.read(part))
    if pkg.size(part) <= TRIM_FROM:
        return xml
    end = xml.rfind(b"</sheetData>")
    last_row = xml.rfind(b"<row", 0, end)
    if end > 0 and last_row >= 0 and any(m in xml[last_row:end] for m in VALUE_MARKERS):
        return xml  # the last row holds a value: nothing trails (the usual case, and a full scan costs ~60 ms)

    trimmed = trim_trailing_rows(xml)
    if trimmed != xml:
        pkg.write(part, trimmed)
    return trimmed


def _formula_like_shared(pkg: Package, book_part: str) -> frozenset[int]:
    part = next((r.target for r in pkg.relationships(book_part) if r.type == REL_SHARED_STRINGS), None)
    if part is None or not pkg.has(part):
        return frozenset()
    return formula_like_shared_strings(pkg.read(part))


# --- which cell shows each finding -----------------------------------------------------------------


def _targets(temuan: list[Temuan], book: _Workbook, editors: dict[str, SheetEditor]
             ) -> tuple[dict[int, str], dict[tuple[str, tuple[int, int]], list[Temuan]]]:
    """Finding index → A1 ref of the cell used, and (sheet, (row, col)) → its findings."""
    merges: dict[str, list[tuple[int, int, int, int]]] = {}
    targets: dict[int, str] = {}
    by_cell: dict[tuple[str, tuple[int, int]], list[Temuan]] = {}
    for i, t in enumerate(temuan):
        if t.lembar is None or t.lembar not in book.worksheets:
            continue
        cell = _target_cell(t)
        if cell is None:
            continue
        if t.lembar not in merges:
            editor = editors[t.lembar]
            merges[t.lembar] = merged_ranges(editor.xml, editor.prefix)
        cell = _merge_anchor(merges[t.lembar], cell)
        by_cell.setdefault((t.lembar, cell), []).append(t)
        targets[i] = ref_of(*cell)
    return targets, by_cell


def _target_cell(t: Temuan) -> tuple[int, int] | None:
    """Its own cell, else the first cell of its row, else A1; None for a range ('A:C', '3', 'A1:B2')."""
    ref = t.sel or (f"A{t.baris}" if t.baris else "A1")
    cell = parse_ref(ref)
    if cell is not None:
        return cell
    if _RANGE.fullmatch(ref.strip()):
        return None
    return (1, 1)  # a reference that cannot be read: show the finding on A1


def _merge_anchor(merged: list[tuple[int, int, int, int]], cell: tuple[int, int]) -> tuple[int, int]:
    """A cell inside a merged range cannot show a note; use the range's top-left cell."""
    row, col = cell
    for min_row, min_col, max_row, max_col in merged:
        if min_row <= row <= max_row and min_col <= col <= max_col:
            return (min_row, min_col)
    return cell


def _worst(found: Iterable[Temuan]) -> Tingkat:
    return min((Tingkat(t.tingkat) for t in found), key=TINGKAT_ORDER.__getitem__)


def _comment_text(found: Iterable[Temuan]) -> str:
    parts = []
    for t in found:
        lines = [f"{LABEL_TINGKAT[Tingkat(t.tingkat)].upper()} ({t.kode}): {t.pesan}"]
        if t.saran:
            lines.append(f"Saran: {t.saran}")
        parts.append("\n".join(lines))
    return _clean("Catatan validasi iku-docs:\n" + "\n\n".join(parts))


def _clean(text: Any) -> str:
    return strip_illegal(str(text))


# --- the Catatan Validasi sheet --------------------------------------------------------------------


def _add_catatan_sheet(pkg: Package, book: _Workbook, types: Any, styles: StyleSheet, laporan: Laporan,
                       temuan: list[Temuan], targets: dict[int, str]) -> None:
    name = _free_name({el.get("name", "") for el in book.sheets}, SHEET_CATATAN)
    part = pkg.free_name("xl/worksheets/sheet%d.xml")
    pkg.write(part, _catatan_xml(styles, laporan, temuan, targets))
    add_override(types, part, CT_WORKSHEET)
    rid = pkg.add_relationship(book.part, REL_WORKSHEET, part)
    root = book.root
    sheets_el = root.find(_q(root, "sheets"))
    ids = [int(el.get("sheetId")) for el in book.sheets if (el.get("sheetId") or "").isdigit()]
    sheet = etree.Element(_q(root, "sheet"), name=name, sheetId=str(max(ids, default=0) + 1))
    sheet.set(f"{{{NS_R}}}id", rid)
    sheets_el.insert(0, sheet)
    _shift_defined_names(root, name, len(temuan))
    for view in root.iter(_q(root, "workbookView")):  # the copy opens on the Catatan sheet
        view.set("activeTab", "0")
        if view.get("firstSheet") is not None:
            view.set("firstSheet", "0")
    _app_titles(pkg, [el.get("name", "") for el in book.sheets], name)


def _free_name(taken: set[str], name: str) -> str:
    lower = {t.lower() for t in taken}  # Excel compares sheet names without case
    candidate, n = name, 2
    while candidate.lower() in lower:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def _sheet_ref(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _shift_defined_names(root: Any, name: str, count: int) -> None:
    """Sheet-scoped names count sheets by position: one sheet more in front moves each by one."""
    names = root.find(_q(root, "definedNames"))
    if names is None:
        names = etree.Element(_q(root, "definedNames"))
        anchor = next((root.find(_q(root, local)) for local in ("externalReferences", "functionGroups", "sheets")
                       if root.find(_q(root, local)) is not None), None)
        anchor.addnext(names)
    for el in names:
        local = el.get("localSheetId")
        if local is not None and local.isdigit():
            el.set("localSheetId", str(int(local) + 1))
    last = HEADER_ROW + max(1, count)
    ours = (("_xlnm._FilterDatabase", f"{_sheet_ref(name)}!$A${HEADER_ROW}:$J${last}", True),
            ("_xlnm.Print_Titles", f"{_sheet_ref(name)}!${HEADER_ROW}:${HEADER_ROW}", False))
    for i, (defined, value, hidden) in enumerate(ours):
        el = etree.Element(_q(root, "definedName"), name=defined, localSheetId="0")
        if hidden:
            el.set("hidden", "1")
        el.text = value
        names.insert(i, el)


def _app_titles(pkg: Package, sheet_names: list[str], name: str) -> None:
    """docProps/app.xml lists the sheet titles first: add ours when the list has the expected shape."""
    if not pkg.has("docProps/app.xml"):
        return
    try:
        root = parse_xml(pkg.read("docProps/app.xml"))
    except etree.XMLSyntaxError:
        return
    titles = root.find(f"{{{NS_EP}}}TitlesOfParts/{{{NS_VT}}}vector")
    pairs = root.find(f"{{{NS_EP}}}HeadingPairs/{{{NS_VT}}}vector")
    if titles is None or pairs is None or len(titles) == 0 or len(pairs) < 2 or not sheet_names:
        return
    count = pairs[1].find(f"{{{NS_VT}}}i4")
    if titles[0].text != sheet_names[0] or count is None or not (count.text or "").isdigit():
        return
    entry = etree.Element(f"{{{NS_VT}}}lpstr")
    entry.text = name
    titles.insert(0, entry)
    titles.set("size", str(len(titles)))
    count.text = str(int(count.text) + 1)
    pkg.write("docProps/app.xml", xml_bytes(root))


def _catatan_xml(styles: StyleSheet, laporan: Laporan, temuan: list[Temuan], targets: dict[int, str]) -> bytes:
    counts = ", ".join(f"{LABEL_TINGKAT[k]} {laporan.count(k)}" for k in Tingkat)
    rows = [
        _row(1, None, [(1, f"Catatan validasi: {laporan.berkas}", styles.look(LOOK_TITLE))]),
        _row(2, None, [(1, f"Status: {status(laporan)}. {counts}. SHA-256 berkas asli: {laporan.sha256}", None)]),
        _row(3, None, [(1, "Sel bermasalah pada lembar lain diberi warna (merah: galat, kuning: peringatan, "
                           "biru: saran) dan komentar. Klik kolom Sel untuk menuju selnya."
                        if temuan else "Tidak ada temuan.", styles.look(LOOK_NOTE))]),
        _row(HEADER_ROW, None, [(col, header, styles.look(LOOK_HEADER))
                                for col, (header, _) in enumerate(COLUMNS, start=1)]),
    ]
    links = []
    looks: dict[tuple[int, Tingkat, bool, bool], int] = {}  # 20,000 cells for 2,000 findings: one lookup each
    for i, t in enumerate(temuan):
        row = HEADER_ROW + 1 + i
        tingkat = Tingkat(t.tingkat)
        values = (i + 1, LABEL_TINGKAT[tingkat], t.lembar or LEMBAR_UMUM, t.sel or (f"baris {t.baris}" if t.baris
                  else ""), t.kolom, t.nilai, t.pesan, t.saran, t.kode, t.kriteria)
        cells = []
        for col, value in enumerate(values, start=1):
            quote = isinstance(value, str) and _clean(value).startswith(FORMULA_START)
            link = col == 4 and i in targets and bool(t.lembar)
            if link:
                links.append((f"D{row}", f"{_sheet_ref(t.lembar)}!{targets[i]}", str(value or targets[i])))
            key = (min(col, 5) if col in (2, 4) else 0, tingkat, quote, link)
            if key not in looks:
                look = Look(wrap=True, vertical="top", quote=quote)
                if col == 2:
                    look = Look(font=Font(FONT_NAME, bold=True, color=FONT_TINGKAT[tingkat]), fill=FILL[tingkat],
                                wrap=True, vertical="top", quote=quote)
                elif link:
                    look = Look(LOOK_LINK.font, wrap=True, vertical="top", quote=quote)
                looks[key] = styles.look(look)
            cells.append((col, value, looks[key]))
        rows.append(_row(row, _row_height(values), cells))
    last = HEADER_ROW + max(1, len(temuan))
    end = HEADER_ROW + len(temuan)
    tab = "C00000" if not laporan.valid else "2E7D32"
    cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, (_, w) in enumerate(COLUMNS, 1))
    hyperlinks = "".join(f'<hyperlink ref="{ref}" location="{_attr(loc)}" display="{_attr(shown)}"/>'
                         for ref, loc, shown in links)
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}">'
        f'<sheetPr><tabColor rgb="FF{tab}"/><pageSetUpPr fitToPage="1"/></sheetPr>'
        f'<dimension ref="A1:J{end}"/>'
        f'<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="{HEADER_ROW}" '
        f'topLeftCell="A{HEADER_ROW + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" '
        f'activeCell="A{HEADER_ROW + 1}" sqref="A{HEADER_ROW + 1}"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols>'
        f'<sheetData>{"".join(rows)}</sheetData>'
        f'<autoFilter ref="A{HEADER_ROW}:J{last}"/>'
        + (f"<hyperlinks>{hyperlinks}</hyperlinks>" if hyperlinks else "")
        + '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
        '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>'
    )
    return xml.encode("utf-8")


def _row(number: int, height: float | None, cells: list[tuple[int, Any, int | None]]) -> str:
    attrs = f' ht="{height:g}" customHeight="1"' if height else ""
    return f'<row r="{number}"{attrs}>' + "".join(_cell(ref_of(number, col), value, style)
                                                   for col, value, style in cells) + "</row>"


def _cell(ref: str, value: Any, style: int | None) -> str:
    s = f' s="{style}"' if style else ""
    if value is None:
        return f'<c r="{ref}"{s}/>'
    if isinstance(value, int):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_text(value)}</t></is></c>'


def _text(value: Any) -> str:
    return _clean(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(value: Any) -> str:
    return _text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def _row_height(values: Iterable[Any]) -> float:
    """Points for a row of wrapped text: neither Excel nor LibreOffice re-fits rows written this way."""
    lines = 1
    for value, (_, width) in zip(values, COLUMNS, strict=True):
        if value is None:
            continue
        text_lines = str(value).splitlines() or [""]
        lines = max(lines, sum(max(1, -(-len(line) // max(1, width - 2))) for line in text_lines))
    return 15.0 * min(lines, 20)


# --- package-wide parts ----------------------------------------------------------------------------


def _plain_workbook(pkg: Package, book: _Workbook, types: Any) -> None:
    """A macro-enabled workbook or a template becomes a plain .xlsx: the VBA project goes, the main type changes."""
    for el in types.iter(_q(types, "Override")):
        if el.get("PartName", "").lstrip("/") == book.part and el.get("ContentType") in _MAIN_TYPES:
            el.set("ContentType", CT_MAIN_XLSX)
    for target in pkg.remove_relationships(book.part, REL_VBA):
        for part in (target, *(r.target for r in pkg.relationships(target) if not r.external)):
            if pkg.has(part):
                pkg.remove(part)
        if pkg.has(pkg.rels_name(target)):
            pkg.remove(pkg.rels_name(target))
    names = {n.lower() for n in pkg.names()}
    for el in list(types):
        part = el.get("PartName", "").lstrip("/").lower()
        if el.tag == _q(types, "Override") and part and part not in names:
            types.remove(el)  # an override naming a part that is gone (the VBA project) would be an error
        elif el.tag == _q(types, "Default") and el.get("ContentType") == CT_VBA:
            ext = "." + el.get("Extension", "").lower()
            if not any(n.endswith(ext) for n in names):
                types.remove(el)


def _core_properties(pkg: Package) -> None:
    if not pkg.has("docProps/core.xml"):
        return
    try:
        root = parse_xml(pkg.read("docProps/core.xml"))
    except etree.XMLSyntaxError:
        return
    modified_by = root.find(f"{{{NS_CP}}}lastModifiedBy")
    if modified_by is None:
        modified_by = etree.SubElement(root, f"{{{NS_CP}}}lastModifiedBy")
    modified_by.text = AUTHOR
    for local in ("created", "modified"):
        el = root.find(f"{{{NS_DCTERMS}}}{local}")
        if el is not None:
            el.text = FIXED_W3CDTF
    pkg.write("docProps/core.xml", xml_bytes(root))
