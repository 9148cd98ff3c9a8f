"""Build the default LKjIP tables template with python-docx.

    python3 tools/templates/lkjip.py            # writes templates/lkjip.docx

An ordinary Word document with docxtpl tags ({{ }}, {%tr for %}, {%p for %}, {% vm %}) that a Bagian
Organisasi can restyle in Word and pass back with --templates. One landscape F4 section (the tables are wide),
Bookman Old Style 12 for text and 10 in tables, header rows repeated on every page, rows kept whole, page
numbers in the footer. Every table is at most 245 mm wide so it still fits when Pengaturan asks for A4
(297 − 30 − 20 = 247 mm of text). The context comes from src/iku_docs/documents/lkjip.py; see
docs/formats/lkjip.md.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell, _Row

from iku_docs.render.docx import FIXED_TIME
from iku_docs.render.output import normalize_zip

ROOT = Path(__file__).resolve().parents[2]
FONT = "Bookman Old Style"
SIZE_PT = 12
TABLE_PT = 10
PAGE_MM = (330, 215)  # F4 / Folio, landscape
MARGIN_MM = {"top": 20, "bottom": 20, "left": 30, "right": 20}
TEXT_MM = 245
J = WD_ALIGN_PARAGRAPH
TABLE_STYLE = "Isi Tabel"
NOTE_STYLE = "Catatan Tabel"

METODE = (
    "Metode capaian: R/T = Realisasi ÷ Target × 100 (semakin tinggi semakin baik); "
    "T/R = Target ÷ Realisasi × 100 (semakin rendah semakin baik); "
    "(2T-R)/T = (2 × Target − Realisasi) ÷ Target × 100, paling kecil 0 (semakin rendah semakin baik); "
    "Skala = target kualitatif dinilai pada urutan skalanya (tingkat terbaik bernilai tertinggi, misalnya "
    "WTP 4, WDP 3, TW 2, TMP 1): realisasi pada atau di atas tingkat target = 100, di bawahnya = nilai "
    "realisasi ÷ nilai target × 100.")
KASUS_KHUSUS = (
    "Target 0 dan realisasi 0: capaian 100. Target 0 dengan realisasi di atas 0: 100 untuk R/T, 0 untuk "
    "T/R dan (2T-R)/T. Realisasi 0 dengan T/R: 200. Realisasi yang belum dilaporkan tidak dihitung sebagai 0 "
    "dan tidak masuk rata-rata.")


# --- document, styles, paragraphs ----------------------------------------------------------------------------

def new_document() -> Document:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    section.top_margin, section.bottom_margin = Mm(MARGIN_MM["top"]), Mm(MARGIN_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGIN_MM["left"]), Mm(MARGIN_MM["right"])
    section.header_distance = section.footer_distance = Mm(10)
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
    for name, size in ((TABLE_STYLE, TABLE_PT), (NOTE_STYLE, TABLE_PT)):
        # Own styles, so a user restyles every table cell (or note) at once in Word.
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(size)
        style.paragraph_format.space_after = Pt(0)
    doc.styles[NOTE_STYLE].paragraph_format.space_after = Pt(2)
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # python-docx starts with an empty paragraph
        body.remove(p)
    page_number_footer(section)
    return doc


def page_number_footer(section) -> None:
    """'- 2 -' centred at the foot of every page, as a PAGE field Word and LibreOffice both update."""
    p = section.footer.paragraphs[0]
    p.alignment = J.CENTER
    p.add_run("- ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    p._p.append(field)
    p.add_run(" -")


def para(container, text: str = "", *, bold: bool = False, align=J.LEFT, after: float = 0, before: float = 0,
         keep: bool = False, style: str | None = None, italic: bool = False):
    """One paragraph with one run: a docxtpl tag must sit in a single run to be recognised."""
    p = container.add_paragraph(style=style)
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if keep:
        p.paragraph_format.keep_with_next = True
    if text:
        run = p.add_run(text)
        run.bold, run.italic = bold or None, italic or None
    return p


def heading(doc, text: str) -> None:
    """A part heading ('A. PENGUKURAN ...'), kept with the table or chart below it."""
    para(doc, text, bold=True, keep=True, before=12, after=6)


def cell_text(cell: _Cell, text: str, *, bold: bool = False, align=J.LEFT, keep: bool = False):
    p = cell.paragraphs[0]
    p.style = TABLE_STYLE
    p.alignment = align
    if keep:
        p.paragraph_format.keep_with_next = True
    if text:
        run = p.add_run(text)
        run.bold = bold or None
    return p


def cell_para(cell: _Cell, text: str, *, bold: bool = False):
    p = cell.add_paragraph(style=TABLE_STYLE)
    if text:
        p.add_run(text).bold = bold or None
    return p


# --- tables --------------------------------------------------------------------------------------------------

def new_table(doc, widths_mm: list[float], rows: int) -> Table:
    """A fixed-layout ruled table exactly ``sum(widths_mm)`` wide: Word and LibreOffice agree on the columns and
    a long indicator wraps instead of pushing the table past the margin."""
    assert sum(widths_mm) <= TEXT_MM, "a table must never be wider than the text area"
    table = doc.add_table(rows=rows, cols=len(widths_mm))
    # Left, like the headings and notes: on F4 the text area is wider than the A4-safe tables.
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(sum(_twips(w) for w in widths_mm)))
    width.set(qn("w:type"), "dxa")
    tbl_pr.append(width)
    _borders(tbl_pr)
    _cell_margins(tbl_pr, top=30, bottom=30, left=70, right=70)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    _order_children(tbl_pr, _TBLPR_ORDER)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm, strict=True):
        gc.set(qn("w:w"), str(_twips(w)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)
            cell.paragraphs[0].style = TABLE_STYLE
        keep_row_whole(row)
    return table


def keep_row_whole(row: _Row) -> None:
    """w:cantSplit: a row moves to the next page whole instead of breaking mid-row."""
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.append(OxmlElement("w:cantSplit"))


def allow_split(row: _Row) -> None:
    """A penjelasan row may be longer than a page: it must be allowed to break."""
    tr_pr = row._tr.get_or_add_trPr()
    for el in tr_pr.findall(qn("w:cantSplit")):
        tr_pr.remove(el)


def header_row(table: Table, titles: list[str]) -> None:
    """Shaded, bold column titles; w:tblHeader repeats them on every page the table runs onto."""
    row = table.rows[0]
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, title in zip(row.cells, titles, strict=True):
        cell_text(cell, title, bold=True, align=J.CENTER)
        _shade(cell)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def loop_row(table: Table, index: int, tag: str) -> None:
    """A docxtpl control row ({%tr ... %}): replaced whole by the tag; spanning keeps it readable in Word."""
    row = table.rows[index]
    cell_text(span(row, 0, len(row.cells) - 1), tag)


def span(row: _Row, first: int, last: int) -> _Cell:
    return row.cells[first].merge(row.cells[last])


def empty_rows(table: Table, first: int, text: str) -> None:
    """'{%tr else %}' + a message row + '{%tr endfor %}': an empty list still prints a readable table."""
    loop_row(table, first, "{%tr else %}")
    cell_text(span(table.rows[first + 1], 0, len(table.columns) - 1), text, align=J.CENTER)
    loop_row(table, first + 2, "{%tr endfor %}")


def _shade(cell: _Cell, fill: str = "D9D9D9") -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _borders(tbl_pr) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tbl_pr.append(borders)


def _cell_margins(tbl_pr, **twips: int) -> None:
    mar = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), str(twips[side]))
        m.set(qn("w:type"), "dxa")
        mar.append(m)
    tbl_pr.append(mar)


# CT_TblPr sequence (ECMA-376 §17.4.60): Word rejects a document whose tblPr is out of order.
_TBLPR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
                "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook")


def _order_children(parent, order: tuple[str, ...]) -> None:
    rank = {qn(f"w:{name}"): i for i, name in enumerate(order)}
    for el in sorted(parent, key=lambda el: rank.get(el.tag, len(order))):
        parent.append(el)


def _twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


# --- the four tables -----------------------------------------------------------------------------------------

def pengukuran_table(doc) -> None:
    """No | Sasaran | Indikator | Satuan | Target | Realisasi | Capaian (%) | Predikat | Metode.

    The sasaran (and its number) is merged over its indicators with {% vm %} in the inner loop; docxtpl
    appends w:vMerge at the end of tcPr, so those cells keep a bare tcPr (width only), the one place the
    schema allows it. A full-width row after each sasaran carries its penjelasan.
    """
    widths = [9, 45, 55, 20, 21, 24, 21, 25, 25]
    last = len(widths) - 1
    table = new_table(doc, widths, 10)
    header_row(table, ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)",
                       "Predikat", "Metode"])
    loop_row(table, 1, "{%tr for s in pengukuran %}")
    loop_row(table, 2, "{%tr for i in s.indikator %}")
    data = table.rows[3].cells
    cell_text(data[0], "{% vm %}{{ s.no }}", align=J.CENTER)
    cell_text(data[1], "{% vm %}{{ s.sasaran }}")
    cell_text(data[2], "{{ i.nama }}")
    for cell, tag in zip(data[3:], ("i.satuan", "i.target", "i.realisasi", "i.capaian", "i.predikat", "i.metode"),
                         strict=True):
        cell_text(cell, f"{{{{ {tag} }}}}", align=J.CENTER)
    loop_row(table, 4, "{%tr endfor %}")
    penjelasan = span(table.rows[5], 0, last)
    allow_split(table.rows[5])
    cell_text(penjelasan, "Penjelasan:", bold=True)
    cell_para(penjelasan, "{%p for t in s.penjelasan %}")
    cell_para(penjelasan, "{{ t }}")
    cell_para(penjelasan, "{%p endfor %}")
    empty_rows(table, 6, "(tidak ada indikator kinerja)")
    rata = table.rows[9]
    cell_text(span(rata, 0, 5), "Rata-rata capaian kinerja", bold=True, align=J.RIGHT)
    cell_text(rata.cells[6], "{{ rata_rata }}", bold=True, align=J.CENTER)
    span(rata, 7, last)


def perbandingan_table(doc) -> None:
    """No | Indikator | Satuan | Tahun | Target | Realisasi | Capaian (%) | Predikat: one row per year,
    the indicator merged over its years."""
    widths = [9, 80, 22, 42, 22, 24, 21, 25]
    table = new_table(doc, widths, 8)
    header_row(table, ["No", "Indikator Kinerja", "Satuan", "Tahun", "Target", "Realisasi", "Capaian (%)",
                       "Predikat"])
    loop_row(table, 1, "{%tr for i in perbandingan %}")
    loop_row(table, 2, "{%tr for t in i.tahun %}")
    data = table.rows[3].cells
    cell_text(data[0], "{% vm %}{{ i.no }}", align=J.CENTER)
    cell_text(data[1], "{% vm %}{{ i.nama }}")
    cell_text(data[2], "{% vm %}{{ i.satuan }}", align=J.CENTER)
    cell_text(data[3], "{{ t.tahun }}", align=J.CENTER)
    for cell, tag in zip(data[4:], ("t.target", "t.realisasi", "t.capaian", "t.predikat"), strict=True):
        cell_text(cell, f"{{{{ {tag} }}}}", align=J.CENTER)
    loop_row(table, 4, "{%tr endfor %}")
    empty_rows(table, 5, "(tidak ada indikator kinerja)")


def progres_table(doc) -> None:
    """No | Indikator | Satuan | Kondisi awal | Realisasi <tahun> | Target <akhir> | Capaian (%) | Metode."""
    widths = [9, 78, 22, 24, 24, 24, 34, 30]
    table = new_table(doc, widths, 6)
    header_row(table, ["No", "Indikator Kinerja", "Satuan", "Kondisi Awal", "Realisasi {{ tahun }}",
                       "Target {{ tahun_akhir }}", "Capaian terhadap Target Akhir (%)", "Metode"])
    loop_row(table, 1, "{%tr for i in progres %}")
    data = table.rows[2].cells
    cell_text(data[0], "{{ i.no }}", align=J.CENTER)
    cell_text(data[1], "{{ i.nama }}")
    for cell, tag in zip(data[2:], ("i.satuan", "i.baseline", "i.realisasi", "i.target_akhir", "i.capaian",
                                    "i.metode"), strict=True):
        cell_text(cell, f"{{{{ {tag} }}}}", align=J.CENTER)
    empty_rows(table, 3, "(tidak ada indikator kinerja)")


def anggaran_table(doc) -> None:
    """No | Program | Anggaran | Realisasi | Serapan (%) | Capaian Kinerja (%) | Efisiensi (%) | Keterangan,
    grouped by Perangkat Daerah (a heading row when the group has a title), with the JUMLAH row."""
    widths = [9, 55, 46, 46, 20, 21, 19, 28]
    last = len(widths) - 1
    table = new_table(doc, widths, 12)
    header_row(table, ["No", "Program", "Anggaran", "Realisasi", "Serapan (%)", "Capaian Kinerja (%)",
                       "Efisiensi (%)", "Keterangan"])
    loop_row(table, 1, "{%tr for g in anggaran %}")
    loop_row(table, 2, "{%tr if g.judul %}")
    cell_text(span(table.rows[3], 0, last), "{{ g.judul }}", bold=True, keep=True)
    loop_row(table, 4, "{%tr endif %}")
    loop_row(table, 5, "{%tr for p in g.program %}")
    data = table.rows[6].cells
    cell_text(data[0], "{{ p.no }}", align=J.CENTER)
    cell_text(data[1], "{{ p.nama }}")
    cell_text(data[2], "{{ p.anggaran }}", align=J.RIGHT)
    cell_text(data[3], "{{ p.realisasi }}", align=J.RIGHT)
    for cell, tag in zip(data[4:], ("p.serapan", "p.capaian", "p.efisiensi", "p.kategori"), strict=True):
        cell_text(cell, f"{{{{ {tag} }}}}", align=J.CENTER)
    loop_row(table, 7, "{%tr endfor %}")
    empty_rows(table, 8, "(tidak ada program pada tahun {{ tahun }})")
    cell_text(span(table.rows[11], 0, 1), "JUMLAH", bold=True, align=J.CENTER)
    total = table.rows[11].cells
    cell_text(total[2], "{{ total.anggaran }}", bold=True, align=J.RIGHT)
    cell_text(total[3], "{{ total.realisasi }}", bold=True, align=J.RIGHT)
    for cell, tag in zip(total[4:], ("total.serapan", "total.capaian", "total.efisiensi", "total.kategori"),
                         strict=True):
        cell_text(cell, f"{{{{ {tag} }}}}", bold=True, align=J.CENTER)


def note(doc, text: str, *, keep: bool = False) -> None:
    para(doc, text, style=NOTE_STYLE, align=J.JUSTIFY, keep=keep)


# --- the template --------------------------------------------------------------------------------------------

def build(path: Path) -> None:
    doc = new_document()
    for line in ("TABEL PENGUKURAN KINERJA", "{{ judul_unit }}"):
        para(doc, line, bold=True, align=J.CENTER, keep=True)
    para(doc, "{%p if judul_daerah %}")
    para(doc, "{{ judul_daerah }}", bold=True, align=J.CENTER, keep=True)
    para(doc, "{%p endif %}")
    para(doc, "TAHUN {{ tahun }}", bold=True, align=J.CENTER, keep=True, after=6)

    heading(doc, "A. PENGUKURAN CAPAIAN KINERJA TAHUN {{ tahun }}")
    pengukuran_table(doc)
    para(doc, "", after=4)
    note(doc, METODE)
    note(doc, KASUS_KHUSUS)
    note(doc, "Predikat capaian: {{ skala_predikat }}.")
    para(doc, "{%p if catatan %}")
    note(doc, "Catatan perhitungan:", keep=True)
    para(doc, "{%p for c in catatan %}")
    note(doc, "- {{ c }}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")

    heading(doc, "B. GRAFIK CAPAIAN KINERJA TAHUN {{ tahun }}")
    para(doc, "{%p for g in grafik %}")
    para(doc, "{{ g }}", align=J.CENTER, after=6)
    para(doc, "{%p endfor %}")
    para(doc, "{%p if not grafik %}")
    note(doc, "Tidak ada indikator kinerja untuk digambarkan.")
    para(doc, "{%p endif %}")

    heading(doc, "C. PERBANDINGAN REALISASI DAN CAPAIAN KINERJA DENGAN TAHUN SEBELUMNYA")
    perbandingan_table(doc)

    heading(doc, "D. CAPAIAN KINERJA TERHADAP TARGET AKHIR {{ dokumen_rencana_kapital }} {{ periode }}")
    progres_table(doc)
    para(doc, "", after=4)
    note(doc, "Capaian terhadap target akhir = realisasi tahun {{ tahun }} dibandingkan dengan target tahun "
              "{{ tahun_akhir }}, dengan metode capaian indikator yang sama.")

    heading(doc, "E. REALISASI ANGGARAN DAN EFISIENSI TAHUN {{ tahun }}")
    # The explanation comes first: after the table it could only stand alone on a last page, or pull the
    # JUMLAH row away from its programs.
    note(doc, "Serapan = Realisasi ÷ Anggaran × 100. Capaian kinerja program = rata-rata capaian IKU Perangkat "
              "Daerah pelaksana program. {% if adalah_pemda %}Baris Jumlah memakai rata-rata capaian IKU "
              "pemerintah daerah.{% else %}Baris Jumlah memakai rata-rata capaian IKU Perangkat Daerah ini."
              "{% endif %} Efisiensi = Capaian kinerja − Serapan (poin persen): 0 atau lebih berarti Efisien, "
              "kurang dari 0 berarti Tidak Efisien.", keep=True)
    para(doc, "", after=4, keep=True)
    anggaran_table(doc)
    save(doc, path)


def save(doc, path: Path) -> None:
    """Same bytes on every run (fixed properties and zip timestamps)."""
    props = doc.core_properties
    props.author = props.last_modified_by = "iku-docs"
    props.title = "Tabel Pengukuran Kinerja (LKjIP)"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def main(out_dir: Path = ROOT / "templates") -> None:
    build(out_dir / "lkjip.docx")
    print(f"ditulis: {out_dir / 'lkjip.docx'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "templates")
