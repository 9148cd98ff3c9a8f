"""Build the default template of the Peraturan Kepala Daerah tentang IKU with python-docx.

    python3 tools/templates/perkada.py          # writes templates/perkada.docx

The result is an ordinary Word document with docxtpl tags that a Bagian Hukum can restyle in
Word and pass back with --templates. Sections: the regulation (portrait), Lampiran I and
Lampiran II (landscape), each with its own section break. Wording a drafter may change
(Menimbang, the Pasal and diktum text, the promulgation formula) is written here once.
Layout choices are explained in docs/formats/perkada.md.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from iku_docs.documents.perkada import SUBKOLOM_TARGET  # noqa: E402  (one constant for builder and template)

FONT = "Bookman Old Style"
SIZE_PT = 12
TABLE_PT = 9  # Lampiran tables: long definitions and reasons in narrow columns
PAPER_MM = (215, 330)  # F4 / Folio; render/docx.apply_pengaturan swaps in A4 when the workbook asks
PORTRAIT_MARGIN_MM = {"top": 25, "bottom": 25, "left": 30, "right": 20}
# Landscape pages are bound along their top edge, hence the wider top margin.
LANDSCAPE_MARGIN_MM = {"top": 30, "bottom": 20, "left": 20, "right": 20}
# Tables are planned for A4 landscape (297 - 40 = 257 mm of text width) so they also fit when the
# workbook asks for A4; on F4 (290 mm) they are centred.
TABLE_MM = 255
J = WD_ALIGN_PARAGRAPH
TWIPS_PER_MM = 1440 / 25.4

# Konsiderans layout (mm from the left margin): label, colon, item letter/number, text.
TAB_KOLON, TAB_NOMOR, TAB_TEKS = 30, 33, 42  # in mm: "10." still fits before the text


# --- cell / paragraph specifications -----------------------------------------------------------------------

@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    style: str = "Isi Tabel"
    align: WD_ALIGN_PARAGRAPH | None = None


@dataclass(frozen=True)
class Cell:
    paras: tuple[Para, ...]
    span: int = 1
    vmerge: str | None = None  # "restart" / "continue" written statically (headers)
    width: bool = True  # False for {% colspan %} cells: docxtpl puts gridSpan first in tcPr
    shade: str | None = None
    valign: str | None = None
    narrow: bool = False  # half the usual cell margins (the year columns)


def p(*runs: str | Run, style: str = "Isi Tabel", align: WD_ALIGN_PARAGRAPH | None = None) -> Para:
    return Para(tuple(r if isinstance(r, Run) else Run(r) for r in runs), style, align)


def b(text: str) -> Run:
    return Run(text, bold=True)


# --- document set-up ---------------------------------------------------------------------------------------

def new_document() -> Document:
    doc = Document()
    section = doc.sections[0]
    _page(section, landscape=False)
    _styles(doc)
    _page_number_header(section)
    return doc


def _page(section, *, landscape: bool) -> None:
    short, long_ = Mm(PAPER_MM[0]), Mm(PAPER_MM[1])
    margin = LANDSCAPE_MARGIN_MM if landscape else PORTRAIT_MARGIN_MM
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long_, short) if landscape else (short, long_)
    section.top_margin, section.bottom_margin = Mm(margin["top"]), Mm(margin["bottom"])
    section.left_margin, section.right_margin = Mm(margin["left"]), Mm(margin["right"])
    section.header_distance = Mm(12)
    section.footer_distance = Mm(12)
    section.different_first_page_header_footer = True  # page numbers from page 2, as customary


def _set_font(style, size: float | None = None, bold: bool | None = None) -> None:
    style.font.name = FONT
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold


def _styles(doc: Document) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    _set_font(normal, SIZE_PT)
    pf = normal.paragraph_format
    pf.alignment = J.JUSTIFY
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    pf.widow_control = True
    # Indonesian for the spell checker and hyphenation.
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "id-ID")
    normal.element.get_or_add_rPr().append(lang)

    def add(name: str, *, base: str = "Normal", align=None, size=None, bold=None, left=None, first=None,
            keep_next=False, before=0, after=0, tabs: Sequence[int] = ()):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles[base]
        st.quick_style = True
        if size is not None or bold is not None:
            st.font.size = Pt(size) if size else None
            st.font.bold = bold
        f = st.paragraph_format
        if align is not None:
            f.alignment = align
        if left is not None:
            f.left_indent = Mm(left)
        if first is not None:
            f.first_line_indent = Mm(first)
        f.keep_with_next = keep_next
        f.space_before, f.space_after = Pt(before), Pt(after)
        for t in tabs:
            f.tab_stops.add_tab_stop(Mm(t))
        return st

    add("Judul Peraturan", align=J.CENTER, bold=True, keep_next=True)
    add("Konsiderans", left=TAB_TEKS, first=-TAB_TEKS, tabs=(TAB_KOLON, TAB_NOMOR, TAB_TEKS), after=3)
    add("Menetapkan", left=TAB_NOMOR, first=-TAB_NOMOR, tabs=(TAB_KOLON, TAB_NOMOR))
    add("Diktum", left=TAB_NOMOR, first=-TAB_NOMOR, tabs=(TAB_KOLON, TAB_NOMOR), after=6)
    add("Diktum Rincian", left=TAB_NOMOR + 8, first=-8, tabs=(TAB_NOMOR + 8,), after=3)
    add("Judul Pasal", align=J.CENTER, keep_next=True)
    add("Pasal", after=6)
    add("Ayat", left=10, first=-10, tabs=(10,), after=6)
    add("Rincian", left=20, first=-10, tabs=(20,), after=3)
    add("Tanda Tangan", align=J.LEFT, keep_next=True)
    add("Kepala Lampiran", align=J.LEFT)
    add("Judul Lampiran", align=J.CENTER, bold=True, keep_next=True)
    add("Identitas PD", align=J.LEFT, left=72, first=-72, tabs=(8, 67, 72), after=3)
    add("Rincian PD", left=79, first=-7, tabs=(79,), after=2)
    add("Isi Tabel", align=J.LEFT, size=TABLE_PT, before=1, after=1)
    add("Kepala Tabel", base="Isi Tabel", align=J.CENTER, bold=True)
    add("Angka Tabel", base="Isi Tabel", align=J.CENTER)
    for name in ("Isi Tabel", "Kepala Tabel"):
        styles[name].paragraph_format.line_spacing = 1.0


def _page_number_header(section) -> None:
    """'- 2 -' centred at the top of every page but the first (titlePg leaves the first-page header empty)."""
    header = section.header
    para = header.paragraphs[0]
    para.alignment = J.CENTER
    para.add_run("- ")
    _field(para, "PAGE")
    para.add_run(" -")


def _field(para, instr: str) -> None:
    def fld(kind: str):
        r = para.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)

    fld("begin")
    r = para.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    para.add_run("2")
    fld("end")


def new_landscape_section(doc: Document) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _page(section, landscape=True)
    pg = OxmlElement("w:pgNumType")  # each Lampiran counts its own pages
    pg.set(qn("w:start"), "1")
    section._sectPr.append(pg)


def para(doc, text: str = "", style: str = "Normal", *, bold: bool = False, align=None, keep_next: bool = False):
    para_ = doc.add_paragraph(style=style)
    if text:
        run = para_.add_run(text)
        if bold:  # only ever switch bold on: an explicit "off" would override the style
            run.bold = True
    if align is not None:
        para_.alignment = align
    if keep_next:
        para_.paragraph_format.keep_with_next = True
    return para_


def tag(doc, text: str):
    """A paragraph holding only a docxtpl {%p %} tag; docxtpl removes it at render time."""
    return doc.add_paragraph(text, style="Normal")


# --- tables ------------------------------------------------------------------------------------------------

def twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def grid_widths(columns_mm: Sequence[float], target_mm: float | None, split_at: int) -> list[int]:
    """Grid widths in twips: the named columns, with ``SUBKOLOM_TARGET`` equal columns for the
    target years inserted at ``split_at`` when ``target_mm`` is given."""
    widths = [twips(w) for w in columns_mm]
    if target_mm is None:
        return widths
    # All sub-columns equal: LibreOffice lays out unequal ones (49/50 twips) with visibly unequal years.
    sub, rest = divmod(twips(target_mm), SUBKOLOM_TARGET)
    widths[-1] += rest
    return widths[:split_at] + [sub] * SUBKOLOM_TARGET + widths[split_at:]


def new_table(doc, widths: Sequence[int], *, borders: bool = True,
              align: WD_TABLE_ALIGNMENT = WD_TABLE_ALIGNMENT.CENTER) -> Table:
    table = doc.add_table(rows=0, cols=len(widths))
    table.alignment = align
    tbl = table._tbl
    for col, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(w))
    tblPr = tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:w"), str(sum(widths)))
    tblW.set(qn("w:type"), "dxa")
    _ordered_insert(tblPr, _borders(borders))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _ordered_insert(tblPr, layout)
    mar = OxmlElement("w:tblCellMar")
    for side, w in (("left", 57), ("right", 57)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(w))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    _ordered_insert(tblPr, mar)
    return table


_TBLPR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
                "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook")


def _ordered_insert(parent, child) -> None:
    """Insert ``child`` in tblPr at its schema position (Word rejects out-of-order children)."""
    name = child.tag.split("}")[1]
    old = parent.find(qn(f"w:{name}"))
    if old is not None:
        parent.remove(old)
    rank = _TBLPR_ORDER.index(name)
    for i, existing in enumerate(parent):
        ename = existing.tag.split("}")[1]
        if ename in _TBLPR_ORDER and _TBLPR_ORDER.index(ename) > rank:
            parent.insert(i, child)
            return
    parent.append(child)


def _borders(visible: bool):
    el = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single" if visible else "nil")
        if visible:
            e.set(qn("w:sz"), "4")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        el.append(e)
    return el


def add_row(table: Table, widths: Sequence[int], cells: Sequence[Cell], *, header: bool = False,
            cant_split: bool = True, min_height: int | None = None) -> None:
    tr = table._tbl.add_tr()
    trPr = tr.get_or_add_trPr()
    if cant_split:
        trPr.append(OxmlElement("w:cantSplit"))
    if min_height:
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), str(min_height))
        h.set(qn("w:hRule"), "atLeast")
        trPr.append(h)
    if header:
        trPr.append(OxmlElement("w:tblHeader"))
    col = 0
    for spec in cells:
        tc = tr.add_tc()
        tcPr = tc.get_or_add_tcPr()
        width = sum(widths[col:col + spec.span])
        col += spec.span
        # CT_TcPr order: tcW, gridSpan, vMerge, tcBorders, shd, ..., vAlign.
        if spec.width:
            w = OxmlElement("w:tcW")
            w.set(qn("w:w"), str(width))
            w.set(qn("w:type"), "dxa")
            tcPr.append(w)
        if spec.span > 1:
            g = OxmlElement("w:gridSpan")
            g.set(qn("w:val"), str(spec.span))
            tcPr.append(g)
        if spec.vmerge:
            v = OxmlElement("w:vMerge")
            v.set(qn("w:val"), spec.vmerge)
            tcPr.append(v)
        if spec.shade:
            s = OxmlElement("w:shd")
            s.set(qn("w:val"), "clear")
            s.set(qn("w:color"), "auto")
            s.set(qn("w:fill"), spec.shade)
            tcPr.append(s)
        if spec.narrow:
            mar = OxmlElement("w:tcMar")
            for side in ("left", "right"):
                e = OxmlElement(f"w:{side}")
                e.set(qn("w:w"), "28")
                e.set(qn("w:type"), "dxa")
                mar.append(e)
            tcPr.append(mar)
        if spec.valign:
            va = OxmlElement("w:vAlign")
            va.set(qn("w:val"), spec.valign)
            tcPr.append(va)
        cell = _Cell(tc, table)
        for i, spec_p in enumerate(spec.paras):
            para_ = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            para_.style = table.part.document.styles[spec_p.style]
            if spec_p.align is not None:
                para_.alignment = spec_p.align
            for r in spec_p.runs:
                run = para_.add_run(r.text)
                run.bold = r.bold or None
                run.italic = r.italic or None
    if col != len(widths):
        raise ValueError(f"row spans {col} grid columns, the grid has {len(widths)}")


def control_row(table: Table, widths: Sequence[int], text: str) -> None:
    """A row holding one {%tr %} tag; docxtpl removes the whole row at render time."""
    add_row(table, widths, [Cell((p(text),), span=len(widths))], cant_split=False)


HEAD_SHADE = "E7E6E6"


def head(text: str, span: int = 1, vmerge: str | None = None) -> Cell:
    return Cell((p(text, style="Kepala Tabel"),), span=span, vmerge=vmerge, shade=HEAD_SHADE, valign="center")


def cont(span: int = 1) -> Cell:
    return Cell((p("", style="Kepala Tabel"),), span=span, vmerge="continue", shade=HEAD_SHADE)


def text_cell(*paras: Para) -> Cell:
    return Cell(tuple(paras))


# --- the IKU tables ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TableSpec:
    """Column plan of one IKU table; ``group`` = the merged leading columns after No."""

    group: tuple[tuple[str, float], ...]  # (header, mm) of the vertically merged group columns
    uraian_mm: tuple[float, float, float]  # Uraian & DO, Formula, Alasan
    satuan_mm: float | None  # None: no Satuan/Target columns
    target_mm: float | None
    terkait: tuple[str, float]  # header, mm
    no_mm: float
    group_cells: tuple[Cell, ...] = field(default=())  # data cells of the group columns
    loops: tuple[str, ...] = ()  # {%tr for %} tags, outermost first
    target_loop: str = ""
    header_twips: int = 600  # minimum height of header row 2 (see iku_table)

    def widths(self) -> list[int]:
        cols = [self.no_mm, *(w for _, w in self.group), *self.uraian_mm]
        if self.satuan_mm is not None:
            cols.append(self.satuan_mm)
        split = len(cols)
        cols.append(self.terkait[1])
        widths = grid_widths(cols, self.target_mm, split)
        assert abs(sum(widths) - twips(TABLE_MM)) <= len(cols), (sum(widths), twips(TABLE_MM))
        return widths


def iku_table(doc, spec: TableSpec, row_var: str) -> None:
    widths = spec.widths()
    table = new_table(doc, widths)
    targets = spec.satuan_mm is not None
    # Header row 1: merged No / group / Satuan / Terkait; "Indikator Kinerja Utama" and "Target" spans.
    r1 = [head("No", vmerge="restart")]
    r1 += [head(h, vmerge="restart") for h, _ in spec.group]
    r1.append(head("Indikator Kinerja Utama", span=3))
    if targets:
        r1.append(head("Satuan", vmerge="restart"))
        r1.append(head("Target", span=SUBKOLOM_TARGET))
    r1.append(head(spec.terkait[0], vmerge="restart"))
    add_row(table, widths, r1, header=True)
    r2 = [cont()] + [cont() for _ in spec.group]
    r2 += [head("Uraian & Definisi Operasional"), head("Formula"), head("Alasan")]
    if targets:
        r2.append(cont())
        r2 += _target_cells("{%tc for y in tahun_target %}", "{% colspan y.span %}{{ y.tahun }}", head=True)
    r2.append(cont())
    # Room for the tallest merged header ("Perangkat Daerah Terkait & Sumber Data", four lines): LibreOffice
    # does not grow a repeated header row for the content of a vertically merged cell.
    add_row(table, widths, r2, header=True, min_height=spec.header_twips)
    for loop in spec.loops:
        control_row(table, widths, loop)
    r = row_var
    data = [text_cell(p(f"{{{{ {r}.no }}}}", style="Angka Tabel")), *spec.group_cells,
            text_cell(p(b(f"{{{{ {r}.nama }}}}")), p(f"{{{{ {r}.definisi }}}}")),
            text_cell(p(f"{{{{ {r}.formula }}}}")),
            text_cell(p(f"{{{{ {r}.alasan }}}}"))]
    if targets:
        data.append(text_cell(p(f"{{{{ {r}.satuan }}}}", style="Angka Tabel")))
        data += _target_cells(spec.target_loop, "{% colspan t.span %}{{ t.nilai }}", head=False)
    data.append(text_cell(p(f"{{{{ {r}.terkait }}}}"), p(Run("Sumber data: ", italic=True),
                                                           f"{{{{ {r}.sumber_data }}}}")))
    add_row(table, widths, data)
    for _ in spec.loops:
        control_row(table, widths, "{%tr endfor %}")


def _target_cells(loop: str, content: str, *, head: bool) -> list[Cell]:
    """[for] [year cell] [endfor]: docxtpl drops the two tag cells and repeats the middle one,
    whose {% colspan %} gives each year its share of the SUBKOLOM_TARGET grid columns."""
    edge = 5
    style = "Angka Tabel"  # years in regular weight: "2025" must fit a sixth of the target width
    shade = HEAD_SHADE if head else None
    return [
        Cell((p(loop, style=style),), span=edge, shade=shade),
        Cell((p(content, style=style, align=J.CENTER),), span=SUBKOLOM_TARGET - 2 * edge, width=False,
             shade=shade, valign="center" if head else None, narrow=True),
        Cell((p("{%tc endfor %}", style=style),), span=edge, shade=shade),
    ]


def lampiran_i_spec(targets: bool) -> TableSpec:
    # The Urusan cell opens a jinja `with` that hands the Sasaran cell's {% vm %} its own "first"
    # flag (first IKU of a Sasaran inside the Urusan); see docs/formats/perkada.md.
    urusan = Cell((p("{{ u.label }}{% vm %}"), p("{%p with loop = i.gabung_sasaran %}")))
    sasaran = Cell((p("{{ i.sasaran }}{% vm %}"), p("{%p endwith %}")))
    loops = ("{%tr for u in lampiran_i %}", "{%tr for i in u.baris %}")
    if targets:
        return TableSpec(group=(("Urusan", 23), ("Sasaran", 27)), uraian_mm=(42, 32, 33), satuan_mm=14,
                         target_mm=50, terkait=("Perangkat Daerah Terkait & Sumber Data", 26), no_mm=8,
                         group_cells=(urusan, sasaran), loops=loops, target_loop="{%tc for t in i.target %}",
                         header_twips=900)
    return TableSpec(group=(("Urusan", 28), ("Sasaran", 34)), uraian_mm=(65, 45, 45), satuan_mm=None,
                     target_mm=None, terkait=("Perangkat Daerah Terkait & Sumber Data", 28), no_mm=10,
                     group_cells=(urusan, sasaran), loops=loops)


def lampiran_ii_spec(targets: bool) -> TableSpec:
    sasaran = Cell((p("{{ s.sasaran }}{% vm %}"),))
    loops = ("{%tr for s in pd.kelompok %}", "{%tr for i in s.iku %}")
    if targets:
        return TableSpec(group=(("Sasaran", 30),), uraian_mm=(49, 36, 38), satuan_mm=14, target_mm=50,
                         terkait=("Unit Terkait & Sumber Data", 30), no_mm=8, group_cells=(sasaran,),
                         loops=loops, target_loop="{%tc for t in i.target %}")
    return TableSpec(group=(("Sasaran", 38),), uraian_mm=(72, 50, 48), satuan_mm=None, target_mm=None,
                     terkait=("Unit Terkait & Sumber Data", 37), no_mm=10, group_cells=(sasaran,), loops=loops)


# --- blocks ------------------------------------------------------------------------------------------------

def signature(doc, lines_before: Sequence[str], *, align: WD_TABLE_ALIGNMENT, width_mm: float,
              lines_after: Sequence[str] = ()) -> None:
    """A signature block as a one-row borderless table that never splits across pages."""
    widths = [twips(width_mm)]
    table = new_table(doc, widths, borders=False, align=align)
    paras = [p(t, style="Tanda Tangan") for t in lines_before]
    paras += [p("", style="Tanda Tangan")] * 3
    paras += [p(t, style="Tanda Tangan") for t in lines_after]
    add_row(table, widths, [Cell(tuple(paras))])


def signature_kepala(doc, width_mm: float, *, ditetapkan: bool) -> None:
    before = ["Ditetapkan di {{ penetapan.tempat }}", "pada tanggal {{ penetapan.tanggal }}"] if ditetapkan else []
    before.append("{{ ttd_kepala.awalan }}{{ ttd_kepala.jabatan }},")
    signature(doc, before, align=WD_TABLE_ALIGNMENT.RIGHT, width_mm=width_mm, lines_after=["{{ ttd_kepala.nama }}"])


def lampiran_heading(doc, nomor: str) -> None:
    widths = [twips(120)]
    table = new_table(doc, widths, borders=False, align=WD_TABLE_ALIGNMENT.RIGHT)
    lines = [f"LAMPIRAN {nomor}", "PERATURAN {{ KEPALA_DAERAH }}", "NOMOR {{ nomor }} TAHUN {{ tahun }}",
             "TENTANG", "{{ JUDUL }}"]
    add_row(table, widths, [Cell(tuple(p(t, style="Kepala Lampiran") for t in lines))])
    para(doc)


# --- the regulation ----------------------------------------------------------------------------------------

MENIMBANG = (
    ("a", "bahwa untuk mengukur keberhasilan pencapaian tujuan dan sasaran pembangunan daerah sebagaimana "
          "ditetapkan dalam Rencana Pembangunan Jangka Menengah Daerah {{ daerah }} Tahun {{ periode }}, perlu "
          "ditetapkan indikator kinerja utama Pemerintah Daerah dan Perangkat Daerah;"),
    ("b", "bahwa berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja "
          "Instansi Pemerintah dan Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor "
          "PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan Indikator Kinerja Utama di Lingkungan Instansi "
          "Pemerintah, setiap instansi pemerintah perlu menetapkan indikator kinerja utama di lingkungannya;"),
    ("c", "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
          "Peraturan {{ jabatan }} tentang {{ judul }};"),
)

DEFINISI = (
    "Daerah adalah {{ daerah }}.",
    "Pemerintah Daerah adalah {{ jabatan }} sebagai unsur penyelenggara Pemerintahan Daerah yang memimpin "
    "pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom.",
    "{{ jabatan }} adalah {{ kepala_daerah }}.",
    "Perangkat Daerah adalah unsur pembantu {{ jabatan }} dan Dewan Perwakilan Rakyat Daerah dalam "
    "penyelenggaraan Urusan Pemerintahan yang menjadi kewenangan Daerah.",
    "Inspektorat adalah Inspektorat {{ daerah }}.",
    "Indikator Kinerja Utama yang selanjutnya disingkat IKU adalah ukuran keberhasilan dari suatu tujuan dan "
    "sasaran strategis organisasi.",
    "Rencana Pembangunan Jangka Menengah Daerah yang selanjutnya disingkat RPJMD adalah dokumen perencanaan "
    "Daerah untuk periode 5 (lima) tahun.",
    "Rencana Strategis Perangkat Daerah yang selanjutnya disebut Renstra Perangkat Daerah adalah dokumen "
    "perencanaan Perangkat Daerah untuk periode 5 (lima) tahun.",
    "Laporan Kinerja adalah ikhtisar yang menjelaskan secara ringkas dan lengkap tentang capaian kinerja yang "
    "disusun berdasarkan rencana kerja yang ditetapkan dalam rangka pelaksanaan anggaran pendapatan dan "
    "belanja daerah.",
)

KEGUNAAN = (
    "menyusun rencana kinerja tahunan;",
    "menyusun rencana kerja dan anggaran;",
    "menyusun perjanjian kinerja;",
    "menyusun laporan kinerja; dan",
    "melakukan evaluasi pencapaian kinerja sesuai dengan RPJMD Tahun {{ periode }} dan Renstra Perangkat Daerah.",
)

BERLAKU = "Peraturan {{ jabatan }} ini mulai berlaku pada tanggal diundangkan."
# UU 12/2011 Lampiran II: the fixed promulgation formula.
PENGUNDANGAN = ("Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan {{ jabatan }} ini dengan "
                "penempatannya dalam Berita Daerah {{ daerah }}.")


def head_block(doc) -> None:
    para(doc, "{{ kop.baris1 }}", "Judul Peraturan")
    tag(doc, "{%p if kop.baris2 %}")
    para(doc, "{{ kop.baris2 }}", "Judul Peraturan")
    tag(doc, "{%p endif %}")
    para(doc, "", "Judul Peraturan")
    for line in ("PERATURAN {{ KEPALA_DAERAH }}", "NOMOR {{ nomor }} TAHUN {{ tahun }}", "", "TENTANG", "",
                 "{{ JUDUL }}", "", "DENGAN RAHMAT TUHAN YANG MAHA ESA", "", "{{ KEPALA_DAERAH }},", ""):
        title = para(doc, line, "Judul Peraturan")
        if line == "{{ JUDUL }}":  # a narrower measure breaks a long title into balanced lines
            title.paragraph_format.left_indent = title.paragraph_format.right_indent = Mm(15)


def konsiderans(doc) -> None:
    for n, (huruf, text) in enumerate(MENIMBANG):
        label = "Menimbang\t:\t" if n == 0 else "\t\t"
        para(doc, f"{label}{huruf}.\t{text}", "Konsiderans")
    para(doc)
    tag(doc, "{%p for d in mengingat %}")
    para(doc, "{% if loop.first %}Mengingat{% endif %}\t{% if loop.first %}:{% endif %}\t{{ d.no }}.\t{{ d.teks }}",
         "Konsiderans")
    tag(doc, "{%p endfor %}")
    para(doc)
    para(doc, "MEMUTUSKAN:", "Judul Peraturan")
    para(doc)
    para(doc, "Menetapkan\t:\tPERATURAN {{ JABATAN }} TENTANG {{ JUDUL }}.", "Menetapkan")
    para(doc)


def pasal_body(doc) -> None:
    def judul(*lines: str) -> None:
        # A blank line's worth of space before each BAB and Pasal heading, none inside a heading.
        for line in lines:
            heading = para(doc, line, "Judul Pasal")
            if line.startswith(("BAB ", "Pasal ")):
                heading.paragraph_format.space_before = Pt(SIZE_PT * 1.5 if line.startswith("BAB") else SIZE_PT)

    judul("BAB I", "KETENTUAN UMUM", "Pasal 1")
    para(doc, "Dalam Peraturan {{ jabatan }} ini yang dimaksud dengan:", "Pasal")
    for n, text in enumerate(DEFINISI, 1):
        para(doc, f"{n}.\t{text}", "Ayat")
    judul("BAB II", "INDIKATOR KINERJA UTAMA", "Pasal 2")
    para(doc, "(1)\tIKU Pemerintah Daerah tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan dari "
              "Peraturan {{ jabatan }} ini.", "Ayat")
    para(doc, "(2)\tIKU Perangkat Daerah tercantum dalam Lampiran II yang merupakan bagian tidak terpisahkan dari "
              "Peraturan {{ jabatan }} ini.", "Ayat")
    para(doc, "(3)\tIKU sebagaimana dimaksud pada ayat (1) dan ayat (2) memuat uraian dan definisi operasional, "
              "formula, alasan{% if tampilkan_target %}, satuan, target tahunan{% endif %}, serta Perangkat Daerah "
              "atau unit terkait dan sumber data.", "Ayat")
    judul("Pasal 3")
    para(doc, "IKU sebagaimana dimaksud dalam Pasal 2 digunakan sebagai acuan ukuran kinerja oleh Pemerintah "
              "Daerah dan Perangkat Daerah untuk:", "Pasal")
    for n, text in enumerate(KEGUNAAN):
        para(doc, f"{chr(97 + n)}.\t{text}", "Ayat")
    judul("BAB III", "PELAPORAN, REVIU, DAN EVALUASI", "Pasal 4")
    para(doc, "(1)\tKepala Perangkat Daerah bertanggung jawab atas pencapaian IKU Perangkat Daerah yang "
              "dipimpinnya dan menyajikan capaiannya dalam Laporan Kinerja Perangkat Daerah.", "Ayat")
    para(doc, "(2)\tInspektorat melakukan reviu atas capaian kinerja setiap Perangkat Daerah dalam rangka "
              "meyakinkan keandalan informasi yang disajikan dalam Laporan Kinerja.", "Ayat")
    para(doc, "(3)\tInspektorat melakukan evaluasi terhadap pelaksanaan Peraturan {{ jabatan }} ini dan melaporkan "
              "hasilnya kepada {{ jabatan }}.", "Ayat")
    judul("Pasal 5")
    para(doc, "IKU dapat ditinjau kembali apabila terjadi perubahan RPJMD, Renstra Perangkat Daerah, atau susunan "
              "organisasi Perangkat Daerah.", "Pasal")
    judul("BAB IV", "KETENTUAN PENUTUP", "Pasal 6")
    para(doc, BERLAKU, "Pasal")
    _pengundangan(doc)


def diktum_body(doc) -> None:
    items = (
        ("KESATU", "Menetapkan IKU Pemerintah Daerah {{ daerah }} sebagaimana tercantum dalam Lampiran I dan IKU "
                   "Perangkat Daerah sebagaimana tercantum dalam Lampiran II yang merupakan bagian tidak "
                   "terpisahkan dari Peraturan {{ jabatan }} ini."),
        ("KEDUA", "IKU sebagaimana dimaksud dalam Diktum KESATU merupakan acuan ukuran kinerja yang digunakan "
                  "Pemerintah Daerah dan Perangkat Daerah untuk menetapkan rencana kinerja tahunan, menyampaikan "
                  "rencana kerja dan anggaran, menyusun perjanjian kinerja, menyusun laporan kinerja, serta "
                  "melakukan evaluasi pencapaian kinerja sesuai dengan Rencana Pembangunan Jangka Menengah Daerah "
                  "Tahun {{ periode }} dan Rencana Strategis Perangkat Daerah."),
        ("KETIGA", "Penyusunan laporan kinerja dan evaluasi terhadap pencapaian kinerja dilakukan oleh setiap "
                   "Perangkat Daerah dan dikoordinasikan oleh Sekretaris Daerah."),
        ("KEEMPAT", "Dalam rangka lebih meningkatkan efektivitas pelaksanaan Peraturan {{ jabatan }} ini, "
                    "Inspektorat {{ daerah }} diberi tugas untuk:"),
    )
    for label, text in items:
        para(doc, f"{label}\t:\t{text}", "Diktum")
    para(doc, "a.\tmelakukan reviu atas capaian kinerja setiap Perangkat Daerah dalam rangka meyakinkan keandalan "
              "informasi yang disajikan dalam laporan kinerja; dan", "Diktum Rincian")
    para(doc, "b.\tmelakukan evaluasi terhadap pelaksanaan Peraturan {{ jabatan }} ini dan melaporkan hasilnya "
              "kepada {{ jabatan }}.", "Diktum Rincian")
    para(doc, f"KELIMA\t:\t{BERLAKU}", "Diktum").paragraph_format.space_before = Pt(3)
    _pengundangan(doc)


def _pengundangan(doc) -> None:
    """The promulgation formula stays on the page of the signature below it."""
    formula = para(doc, PENGUNDANGAN, "Pasal", keep_next=True)
    formula.paragraph_format.first_line_indent = Mm(10)


def closing(doc) -> None:
    para(doc, keep_next=True)
    signature_kepala(doc, 85, ditetapkan=True)
    para(doc)
    signature(doc, ["Diundangkan di {{ pengundangan.tempat }}", "pada tanggal {{ pengundangan.tanggal }}",
                    "{{ ttd_sekda.awalan }}{{ ttd_sekda.jabatan }},"],
              align=WD_TABLE_ALIGNMENT.LEFT, width_mm=110,
              lines_after=["{{ ttd_sekda.nama }}", "{%p if ttd_sekda.pangkat %}", "{{ ttd_sekda.pangkat }}",
                           "{%p endif %}", "{%p if ttd_sekda.nip %}", "NIP {{ ttd_sekda.nip }}", "{%p endif %}"])
    para(doc)
    para(doc, "BERITA DAERAH {{ berita_daerah.DAERAH }} TAHUN {{ berita_daerah.tahun }} NOMOR "
              "{{ berita_daerah.nomor }}", "Tanda Tangan")


def lampiran_i(doc) -> None:
    new_landscape_section(doc)
    lampiran_heading(doc, "I")
    for line in ("INDIKATOR KINERJA UTAMA", "PEMERINTAH {{ DAERAH }}", "TAHUN {{ periode }}"):
        para(doc, line, "Judul Lampiran")
    para(doc)
    tag(doc, "{%p if tampilkan_target %}")
    iku_table(doc, lampiran_i_spec(True), "i")
    tag(doc, "{%p else %}")
    iku_table(doc, lampiran_i_spec(False), "i")
    tag(doc, "{%p endif %}")
    para(doc)
    signature_kepala(doc, 100, ditetapkan=False)


def lampiran_ii(doc) -> None:
    new_landscape_section(doc)
    lampiran_heading(doc, "II")
    for line in ("INDIKATOR KINERJA UTAMA PERANGKAT DAERAH", "PEMERINTAH {{ DAERAH }}", "TAHUN {{ periode }}"):
        para(doc, line, "Judul Lampiran")
    para(doc)
    tag(doc, "{%p for pd in lampiran_ii %}")
    first = doc.add_paragraph(style="Identitas PD")
    # Each Perangkat Daerah after the first starts on a new page: a page break at the start of its first line.
    first.add_run("{% if not loop.first %}")
    first.add_run().add_break(WD_BREAK.PAGE)
    first.add_run("{% endif %}1.\tNama Perangkat Daerah\t:\t{{ pd.nama }}")
    para(doc, "2.\tTugas Pokok\t:\t{{ pd.tugas_pokok }}", "Identitas PD")
    para(doc, "3.\tFungsi\t:", "Identitas PD", keep_next=True)
    tag(doc, "{%p for f in pd.fungsi %}")
    para(doc, "{{ f.huruf }}.\t{{ f.teks }}", "Rincian PD")
    tag(doc, "{%p endfor %}")
    para(doc, "4.\tSasaran\t:", "Identitas PD", keep_next=True)
    tag(doc, "{%p for s in pd.sasaran %}")
    para(doc, "{{ s.huruf }}.\t{{ s.teks }}", "Rincian PD")
    tag(doc, "{%p endfor %}")
    para(doc, "5.\tIndikator Kinerja Utama\t:", "Identitas PD", keep_next=True)
    tag(doc, "{%p if tampilkan_target %}")
    iku_table(doc, lampiran_ii_spec(True), "i")
    tag(doc, "{%p else %}")
    iku_table(doc, lampiran_ii_spec(False), "i")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    para(doc)
    signature_kepala(doc, 100, ditetapkan=False)


def build() -> Document:
    doc = new_document()
    head_block(doc)
    konsiderans(doc)
    tag(doc, "{%p if bentuk_pasal %}")
    pasal_body(doc)
    tag(doc, "{%p else %}")
    diktum_body(doc)
    tag(doc, "{%p endif %}")
    closing(doc)
    lampiran_i(doc)
    lampiran_ii(doc)
    doc.core_properties.title = "Peraturan Kepala Daerah tentang Indikator Kinerja Utama"
    doc.core_properties.author = "iku-docs"
    return doc


def main(out: Path = ROOT / "templates" / "perkada.docx") -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    build().save(str(out))
    return out


if __name__ == "__main__":
    print(main())
