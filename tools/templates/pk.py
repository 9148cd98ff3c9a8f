"""Build the default Perjanjian Kinerja templates with python-docx.

    python3 tools/templates/pk.py            # writes templates/pk.docx and templates/pk-kepala-daerah.docx

The output is an ordinary Word document with docxtpl tags ({{ }}, {%tr for %}, {% vm %}),
so a Bagian Organisasi can restyle it in Word and pass it back with --templates. Layout
follows the PK form of PermenPANRB 53/2014 (Lampiran): statement page, page break,
attachment tables, signatures again. See docs/formats/pk.md for the choices.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell, _Row

from iku_docs.render.docx import FIXED_TIME
from iku_docs.render.output import normalize_zip

ROOT = Path(__file__).resolve().parents[2]
FONT = "Bookman Old Style"
SIZE_PT = 12
PAGE_MM = (215, 330)  # F4 / Folio, the usual paper of Pemda documents
MARGIN_MM = {"top": 25, "bottom": 25, "left": 30, "right": 20}
# 160 mm, not the 165 mm F4 allows: the same tables then still fit when Pengaturan asks for A4 (210 mm).
TEXT_MM = 160
J = WD_ALIGN_PARAGRAPH

PEMBUKA = ("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
           "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
JANJI_PIHAK_PERTAMA = (
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, "
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen "
    "perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.")
JANJI_PIHAK_KEDUA = (
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian "
    "kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan "
    "dan sanksi.")
JANJI_KEPALA_DAERAH = (
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini dalam rangka mencapai "
    "target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan "
    "dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.")


# --- document and paragraphs ---------------------------------------------------------------------------------

def new_document() -> Document:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    section.top_margin, section.bottom_margin = Mm(MARGIN_MM["top"]), Mm(MARGIN_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGIN_MM["left"]), Mm(MARGIN_MM["right"])
    section.header_distance = section.footer_distance = Mm(12)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(SIZE_PT)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "id-ID")  # Word spell-checks in Indonesian
    rpr.append(lang)
    pf = normal.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(0), 1.0
    # The empty paragraph python-docx starts with would become a blank first line.
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    return doc


def para(container, text: str = "", *, bold: bool = False, align=J.LEFT, after: float = 0,
         keep: bool = False, underline: bool = False, italic: bool = False, indent_mm: float = 0):
    """One paragraph with one run: a docxtpl tag must sit in a single run to be recognised."""
    p = container.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    if keep:
        p.paragraph_format.keep_with_next = True
    if indent_mm:
        p.paragraph_format.first_line_indent = Mm(indent_mm)
    if text:
        run = p.add_run(text)
        run.bold, run.underline, run.italic = bold or None, underline or None, italic or None
    return p


def cell_text(cell: _Cell, text: str, *, bold: bool = False, align=J.LEFT, keep: bool = False,
              underline: bool = False):
    """Write into a cell's first paragraph (a new cell already has one)."""
    p = cell.paragraphs[0]
    p.alignment = align
    if keep:
        p.paragraph_format.keep_with_next = True
    if text:
        run = p.add_run(text)
        run.bold, run.underline = bold or None, underline or None
    return p


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --- tables --------------------------------------------------------------------------------------------------

def new_table(container, widths_mm: list[float], rows: int, *, borders: bool, centered: bool = True) -> Table:
    """A fixed-layout table exactly ``sum(widths_mm)`` wide: Word and LibreOffice then agree on the
    column widths, and a long indicator wraps instead of pushing the table past the margin."""
    assert sum(widths_mm) <= TEXT_MM, "a table must never be wider than the text area"
    table = container.add_table(rows=rows, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER if centered else WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(sum(_twips(w) for w in widths_mm)))  # equal to the grid, whatever the rounding
    width.set(qn("w:type"), "dxa")
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    tbl_pr.append(width)
    _set_borders(table, "single" if borders else "nil")
    if borders:  # a little air above and below the text of a ruled cell
        _cell_margins(table, top=40, bottom=40)
    _order_children(tbl_pr, _TBLPR_ORDER)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm, strict=True):
        gc.set(qn("w:w"), str(_twips(w)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)
        keep_row_whole(row)
    return table


def keep_row_whole(row: _Row) -> None:
    """w:cantSplit: a row moves to the next page whole instead of breaking mid-row."""
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.append(OxmlElement("w:cantSplit"))


def repeat_header(row: _Row) -> None:
    """w:tblHeader: the column titles repeat at the top of every page the table runs onto."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def shade(cell: _Cell, fill: str = "D9D9D9") -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def span(row: _Row, first: int, last: int) -> _Cell:
    return row.cells[first].merge(row.cells[last])


def _set_borders(table: Table, val: str) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), val)
        if val != "nil":
            b.set(qn("w:sz"), "4")
            b.set(qn("w:space"), "0")
            b.set(qn("w:color"), "000000")
        borders.append(b)
    table._tbl.tblPr.append(borders)


# CT_TblPr sequence (ECMA-376 §17.4.60): Word rejects a document whose tblPr is out of order.
_TBLPR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
                "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook")


def _order_children(parent, order: tuple[str, ...]) -> None:
    rank = {qn(f"w:{name}"): i for i, name in enumerate(order)}
    children = sorted(parent, key=lambda el: rank.get(el.tag, len(order)))
    for el in children:
        parent.append(el)


def _cell_margins(table: Table, **twips: int) -> None:
    mar = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        if side in twips:
            m = OxmlElement(f"w:{side}")
            m.set(qn("w:w"), str(twips[side]))
            m.set(qn("w:type"), "dxa")
            mar.append(m)
    table._tbl.tblPr.append(mar)


def _twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def header_row(table: Table, titles: list[str]) -> None:
    row = table.rows[0]
    repeat_header(row)
    for cell, title in zip(row.cells, titles, strict=True):
        cell_text(cell, title, bold=True, align=J.CENTER)
        shade(cell)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def loop_row(table: Table, index: int, tag: str) -> None:
    """A docxtpl control row ({%tr ... %}): docxtpl replaces the whole row by the tag. Spanning the
    row keeps the tag readable on one line for whoever restyles the template in Word."""
    row = table.rows[index]
    cell_text(span(row, 0, len(row.cells) - 1), tag)


# --- building blocks of a PK ---------------------------------------------------------------------------------

def heading(doc, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        para(doc, line, bold=True, align=J.CENTER, keep=True, after=12 if i == len(lines) - 1 else 0)


def identity(doc, rows: list[tuple[str, str] | str]) -> None:
    """'Nama : …' / 'Jabatan : …' lines aligned on the colon, borderless; a plain string is a
    sentence across the whole width ('selanjutnya disebut pihak pertama')."""
    widths = [28, 5, TEXT_MM - 33]
    table = new_table(doc, widths, len(rows), borders=False, centered=False)
    for row, content in zip(table.rows, rows, strict=True):
        if isinstance(content, str):
            cell_text(span(row, 0, 2), content)
            row.cells[0].paragraphs[0].paragraph_format.space_after = Pt(8)
            continue
        label, value = content
        cell_text(row.cells[0], label)
        cell_text(row.cells[1], ":")
        cell_text(row.cells[2], value)


def sasaran_table(doc) -> None:
    """No | Sasaran Strategis | Indikator Kinerja | Target | Satuan, the sasaran merged over its indicators.

    The inner loop carries {% vm %}: docxtpl restarts the merge at each sasaran (loop.first of the
    inner loop). The vm cells keep a bare tcPr (width only): docxtpl appends w:vMerge at its end,
    which the schema only allows before borders, shading and alignment.
    """
    widths = [10, 45, 55, 22, 28]
    table = new_table(doc, widths, 8, borders=True)
    header_row(table, ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Satuan"])
    loop_row(table, 1, "{%tr for s in sasaran %}")
    loop_row(table, 2, "{%tr for i in s.indikator %}")
    data = table.rows[3].cells
    cell_text(data[0], "{% vm %}{{ s.no }}", align=J.CENTER)
    cell_text(data[1], "{% vm %}{{ s.nama }}")
    cell_text(data[2], "{{ i.nama }}")
    cell_text(data[3], "{{ i.target }}", align=J.CENTER)
    cell_text(data[4], "{{ i.satuan }}", align=J.CENTER)
    loop_row(table, 4, "{%tr endfor %}")
    loop_row(table, 5, "{%tr else %}")
    cell_text(span(table.rows[6], 0, 4), "(tidak ada indikator kinerja untuk tahun {{ tahun }})", align=J.CENTER)
    loop_row(table, 7, "{%tr endfor %}")


def program_table(doc, *, with_pd: bool) -> None:
    """No | Program | [Perangkat Daerah |] Anggaran (Rp), then the total computed in Python."""
    widths = [10, 62, 38, 50] if with_pd else [10, 100, 50]
    titles = ["No", "Program", *(["Perangkat Daerah"] if with_pd else []), "Anggaran (Rp)"]
    last = len(widths) - 1
    table = new_table(doc, widths, 7, borders=True)
    header_row(table, titles)
    loop_row(table, 1, "{%tr for p in program %}")
    data = table.rows[2].cells
    cell_text(data[0], "{{ p.no }}", align=J.CENTER)
    cell_text(data[1], "{{ p.nama }}")
    if with_pd:
        cell_text(data[2], "{{ p.perangkat_daerah }}")
    cell_text(data[last], "{{ p.anggaran }}", align=J.RIGHT)
    loop_row(table, 3, "{%tr else %}")
    cell_text(span(table.rows[4], 0, last), "(tidak ada program untuk tahun {{ tahun }})", align=J.CENTER)
    loop_row(table, 5, "{%tr endfor %}")
    total = table.rows[6]
    # The total and its words keep with the signatures below: a signature page never stands alone.
    cell_text(span(total, 0, last - 1), "JUMLAH", bold=True, align=J.CENTER, keep=True)
    cell_text(total.cells[last], "{{ jumlah_anggaran }}", bold=True, align=J.RIGHT, keep=True)
    para(doc, "Terbilang: {{ terbilang_anggaran }}.", italic=True, keep=True)


def signatures_two(doc) -> None:
    """PIHAK KEDUA left, PIHAK PERTAMA right (PermenPANRB 53/2014), as a borderless table.

    One row per line so names, pangkat and NIP line up across both columns even when one title
    wraps; every row is cantSplit and every paragraph but the last keeps with the next, so Word
    and LibreOffice move the whole block to the next page rather than separate date and names.
    """
    lines = [
        ("", "{{ tempat }}, {{ tanggal }}", {}),
        ("PIHAK KEDUA,", "PIHAK PERTAMA,", {"bold": True}),
        ("{{ pihak_kedua.jabatan_ttd }},", "{{ pihak_pertama.jabatan_ttd }},", {"bold": True}),
        ("", "", {"space": True}),
        ("{{ pihak_kedua.nama }}", "{{ pihak_pertama.nama }}", {"bold": True, "underline": True}),
        ("{{ pihak_kedua.pangkat }}", "{{ pihak_pertama.pangkat }}", {}),
        ("{% if pihak_kedua.nip %}NIP. {{ pihak_kedua.nip }}{% endif %}",
         "{% if pihak_pertama.nip %}NIP. {{ pihak_pertama.nip }}{% endif %}", {}),
    ]
    _signature_table(doc, lines)


def signature_one(doc) -> None:
    """The head of the region alone, on the right half, as in a Perkada closing."""
    lines = [
        ("", "{{ tempat }}, {{ tanggal }}", {}),
        ("", "{{ kepala_daerah.jabatan_ttd }},", {"bold": True}),
        ("", "", {"space": True}),
        ("", "{{ kepala_daerah.nama }}", {"bold": True, "underline": True}),
    ]
    _signature_table(doc, lines)


def _signature_table(doc, lines: list[tuple[str, str, dict]]) -> None:
    para(doc, "", keep=True, after=6)
    table = new_table(doc, [TEXT_MM / 2, TEXT_MM / 2], len(lines), borders=False)
    for i, (row, (left, right, fmt)) in enumerate(zip(table.rows, lines, strict=True)):
        keep = i < len(lines) - 1
        if fmt.get("space"):  # room for the signature and the stamp
            row.height = Mm(24)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for cell, text in zip(row.cells, (left, right), strict=True):
            cell_text(cell, text, bold=fmt.get("bold", False), underline=fmt.get("underline", False),
                      align=J.CENTER, keep=keep)


# --- the two templates ---------------------------------------------------------------------------------------

def build_pd(path: Path) -> None:
    doc = new_document()
    heading(doc, ["PERJANJIAN KINERJA TAHUN {{ tahun }}", "{{ judul_unit }}", "{{ judul_daerah }}"])
    para(doc, PEMBUKA, align=J.JUSTIFY, after=6)
    identity(doc, [
        ("Nama", "{{ pihak_pertama.nama }}"),
        ("Jabatan", "{{ pihak_pertama.jabatan }}"),
        "selanjutnya disebut pihak pertama",
        ("Nama", "{{ pihak_kedua.nama }}"),
        ("Jabatan", "{{ pihak_kedua.jabatan }}"),
        "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    ])
    para(doc, JANJI_PIHAK_PERTAMA, align=J.JUSTIFY, after=8, indent_mm=12.5)
    para(doc, JANJI_PIHAK_KEDUA, align=J.JUSTIFY, after=0, indent_mm=12.5)
    signatures_two(doc)
    page_break(doc)
    heading(doc, ["PERJANJIAN KINERJA TAHUN {{ tahun }}", "{{ judul_unit }}", "{{ judul_daerah }}"])
    sasaran_table(doc)
    para(doc, "", after=6)
    program_table(doc, with_pd=False)
    signatures_two(doc)
    save(doc, path)


def build_kepala_daerah(path: Path) -> None:
    doc = new_document()
    heading(doc, ["PERJANJIAN KINERJA TAHUN {{ tahun }}", "{{ judul_daerah }}"])
    para(doc, PEMBUKA, align=J.JUSTIFY, after=6)
    identity(doc, [
        ("Nama", "{{ kepala_daerah.nama }}"),
        ("Jabatan", "{{ kepala_daerah.jabatan }}"),
    ])
    para(doc, "", after=0)
    para(doc, JANJI_KEPALA_DAERAH, align=J.JUSTIFY, after=0)
    signature_one(doc)
    page_break(doc)
    heading(doc, ["PERJANJIAN KINERJA TAHUN {{ tahun }}", "{{ judul_daerah }}"])
    sasaran_table(doc)
    para(doc, "", after=6)
    program_table(doc, with_pd=True)
    signature_one(doc)
    save(doc, path)


def save(doc, path: Path) -> None:
    """Same bytes on every run (fixed properties and zip timestamps): a rebuilt template only shows
    up in git when its content changed."""
    props = doc.core_properties
    props.author = props.last_modified_by = "iku-docs"
    props.title = "Perjanjian Kinerja"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def main(out_dir: Path = ROOT / "templates") -> None:
    build_pd(out_dir / "pk.docx")
    build_kepala_daerah(out_dir / "pk-kepala-daerah.docx")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "templates")
