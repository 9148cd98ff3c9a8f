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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from common import (
    ROOT,
    SIZE_PT,
    J,
    Line,
    Margins,
    keep_row_whole,
    keep_with_next,
    margins_element,
    new_document,
    new_table,
    page_number,
    para,
    repeat_header,
    save,
    set_page,
    shading,
    signature_table,
    tag,
    twips,
)
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell, _Row

from iku_docs.documents.perkada import SUBKOLOM_TARGET  # one constant for builder and template

TABLE_PT = 9  # Lampiran tables: long definitions and reasons in narrow columns
PORTRAIT = Margins(top=25, bottom=25, left=30, right=20)
# Landscape pages are bound along their top edge, hence the wider top margin.
LANDSCAPE = Margins(top=30, bottom=20, left=20, right=20)
# The IKU tables fill the landscape text width: 290 mm on F4; render/docx._fit_tables rescales them to
# 257 mm on A4. Column plans below are written in mm of a 255 mm table and scaled to this width.
TABLE_MM = LANDSCAPE.text_width_mm(landscape=True)
PLAN_MM = 255

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
    open_bottom: bool = False  # no left, right or bottom border (the signature row under a table)


def p(*runs: str | Run, style: str = "Isi Tabel", align: WD_ALIGN_PARAGRAPH | None = None) -> Para:
    return Para(tuple(r if isinstance(r, Run) else Run(r) for r in runs), style, align)


def b(text: str) -> Run:
    return Run(text, bold=True)


# --- document set-up ---------------------------------------------------------------------------------------

def new_perkada_document():
    doc = new_document(PORTRAIT, landscape=False, line_spacing=1.15)
    doc.styles["Normal"].paragraph_format.alignment = J.JUSTIFY
    _styles(doc)
    section = doc.sections[0]
    section.different_first_page_header_footer = True  # page numbers from page 2, as customary
    page_number(section.header.paragraphs[0])  # titlePg leaves the first page's header empty
    return doc


def _styles(doc) -> None:
    styles = doc.styles

    def add(name: str, *, base: str = "Normal", align=None, size=None, bold=None, left=None, first=None,
            keep=False, before=0, after=0, tabs: Sequence[int] = ()):
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
        f.keep_with_next = keep
        f.space_before, f.space_after = Pt(before), Pt(after)
        for t in tabs:
            f.tab_stops.add_tab_stop(Mm(t))
        return st

    add("Judul Peraturan", align=J.CENTER, bold=True, keep=True)
    add("Konsiderans", left=TAB_TEKS, first=-TAB_TEKS, tabs=(TAB_KOLON, TAB_NOMOR, TAB_TEKS), after=3)
    add("Menetapkan", left=TAB_NOMOR, first=-TAB_NOMOR, tabs=(TAB_KOLON, TAB_NOMOR))
    add("Diktum", left=TAB_NOMOR, first=-TAB_NOMOR, tabs=(TAB_KOLON, TAB_NOMOR), after=6)
    add("Diktum Rincian", left=TAB_NOMOR + 8, first=-8, tabs=(TAB_NOMOR + 8,), after=3)
    add("Judul Pasal", align=J.CENTER, keep=True)
    add("Pasal", after=6)
    add("Ayat", left=10, first=-10, tabs=(10,), after=6)
    add("Rincian", left=20, first=-10, tabs=(20,), after=3)
    add("Tanda Tangan", align=J.LEFT, keep=True)
    add("Kepala Lampiran", align=J.LEFT)
    add("Judul Lampiran", align=J.CENTER, bold=True, keep=True)
    add("Identitas PD", align=J.LEFT, left=72, first=-72, tabs=(8, 67, 72), after=3, keep=True)
    add("Rincian PD", left=79, first=-7, tabs=(79,), after=2)  # a long Fungsi list may run onto the next page
    add("Isi Tabel", align=J.LEFT, size=TABLE_PT, before=1, after=1)
    add("Kepala Tabel", base="Isi Tabel", align=J.CENTER, bold=True)
    add("Angka Tabel", base="Isi Tabel", align=J.CENTER)
    for name in ("Isi Tabel", "Kepala Tabel"):
        styles[name].paragraph_format.line_spacing = 1.0


def new_landscape_section(doc) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(section, LANDSCAPE, landscape=True)
    # Each Lampiran counts its own pages. add_section() copies the previous section's properties, so the
    # element may already be there; CT_SectPr has a fixed child order (pgNumType after pgMar, before cols and
    # docGrid) and Word reports a misplaced or repeated child as unreadable content.
    sect_pr = section._sectPr
    pg = sect_pr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sect_pr.insert_element_before(pg, "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
                                      "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
                                      "w:printerSettings", "w:sectPrChange")
    pg.set(qn("w:start"), "1")


# --- tables ------------------------------------------------------------------------------------------------

def grid_widths(columns_mm: Sequence[float], target_mm: float | None, split_at: int) -> list[int]:
    """Grid widths in twips that fill ``TABLE_MM``: the named columns (planned in mm of a ``PLAN_MM`` table),
    with ``SUBKOLOM_TARGET`` equal columns for the target years inserted at ``split_at`` when ``target_mm``
    is given. The last column takes the rounding remainder."""
    scale = TABLE_MM / PLAN_MM
    widths = [twips(w * scale) for w in columns_mm]
    if target_mm is not None:
        # All sub-columns equal: LibreOffice lays out unequal ones (49/50 twips) with visibly unequal years.
        sub = twips(target_mm * scale) // SUBKOLOM_TARGET
        widths = widths[:split_at] + [sub] * SUBKOLOM_TARGET + widths[split_at:]
    widths[-1] += twips(TABLE_MM) - sum(widths)
    return widths


def iku_grid_table(doc, widths: Sequence[int]) -> Table:
    """A ruled IKU table, 100 % of the text width, with narrow cell margins for the 9 pt columns."""
    return new_table(doc, widths, full_width=True, cell_margins={"left": 57, "right": 57})


def add_row(table: Table, widths: Sequence[int], cells: Sequence[Cell], *, header: bool = False,
            cant_split: bool = True, min_height: int | None = None, keep: bool = False) -> None:
    tr = table._tbl.add_tr()
    row = _Row(tr, table)
    if cant_split:
        keep_row_whole(row)
    if min_height:
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), str(min_height))
        h.set(qn("w:hRule"), "atLeast")
        tr.get_or_add_trPr().append(h)
    if header:
        repeat_header(row)
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
        if spec.open_bottom:
            tcPr.append(_open_bottom())
        if spec.shade:
            tcPr.append(shading(spec.shade))
        if spec.narrow:
            tcPr.append(margins_element("w:tcMar", {"left": 28, "right": 28}))
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
    if keep:
        keep_with_next(row)
    if col != len(widths):
        raise ValueError(f"row spans {col} grid columns, the grid has {len(widths)}")


def _open_bottom():
    borders = OxmlElement("w:tcBorders")
    for side in ("left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    return borders


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
    penanggung_jawab_mm: float | None = None  # Lampiran I: a Penanggung Jawab column before Terkait
    group_cells: tuple[Cell, ...] = field(default=())  # data cells of the group columns
    loops: tuple[str, ...] = ()  # {%tr for %} tags, outermost first
    target_loop: str = ""
    header_twips: int = 600  # minimum height of header row 2 (see iku_table)
    last_row: str = ""  # jinja test true on the table's very last data row, which keeps with the signature
    signature_if: str = ""  # jinja test for the tables that end with the head's signature ("": always)

    def widths(self) -> list[int]:
        cols = [self.no_mm, *(w for _, w in self.group), *self.uraian_mm]
        if self.satuan_mm is not None:
            cols.append(self.satuan_mm)
        split = len(cols)
        if self.penanggung_jawab_mm is not None:
            cols.append(self.penanggung_jawab_mm)
        cols.append(self.terkait[1])
        widths = grid_widths(cols, self.target_mm, split)
        assert sum(widths) == twips(TABLE_MM), (sum(widths), twips(TABLE_MM))
        return widths


def iku_table(doc, spec: TableSpec, row_var: str) -> None:
    widths = spec.widths()
    table = iku_grid_table(doc, widths)
    targets = spec.satuan_mm is not None
    # Header row 1: merged No / group / Satuan / Terkait; "Indikator Kinerja Utama" and "Target" spans.
    r1 = [head("No", vmerge="restart")]
    r1 += [head(h, vmerge="restart") for h, _ in spec.group]
    r1.append(head("Indikator Kinerja Utama", span=3))
    if targets:
        r1.append(head("Satuan", vmerge="restart"))
        r1.append(head("Target", span=SUBKOLOM_TARGET))
    pj = spec.penanggung_jawab_mm is not None
    if pj:
        r1.append(head("Penanggung Jawab", vmerge="restart"))
    r1.append(head(spec.terkait[0], vmerge="restart"))
    add_row(table, widths, r1, header=True)
    r2 = [cont()] + [cont() for _ in spec.group]
    r2 += [head("Uraian & Definisi Operasional"), head("Formula"), head("Alasan")]
    if targets:
        r2.append(cont())
        r2 += _target_cells("{%tc for y in tahun_target %}", "{% colspan y.span %}{{ y.tahun }}", head=True)
    if pj:
        r2.append(cont())
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
    if pj:
        data.append(text_cell(p(f"{{{{ {r}.penanggung_jawab }}}}")))
    data.append(text_cell(p(f"{{{{ {r}.terkait }}}}"), p(Run("Sumber data: ", italic=True),
                                                           f"{{{{ {r}.sumber_data }}}}")))
    # The very last row is a copy that keeps with the next paragraphs: the head's signature then never stands
    # alone on the Lampiran's last page.
    # Data rows may split across pages: a row that may not is clipped by Word when taller than a page, and
    # moved whole it left a landscape page mostly blank. Paragraph widow control keeps two lines together.
    control_row(table, widths, f"{{%tr if {spec.last_row} %}}")
    add_row(table, widths, data, keep=True, cant_split=False)
    control_row(table, widths, "{%tr else %}")
    add_row(table, widths, data, cant_split=False)
    control_row(table, widths, "{%tr endif %}")
    for _ in spec.loops:
        control_row(table, widths, "{%tr endfor %}")
    signature_row(table, widths, spec.signature_if)


def signature_row(table: Table, widths: Sequence[int], condition: str) -> None:
    """The head's signature as the table's last, borderless row, on its right-hand columns (about 100 mm).

    Inside the table, because LibreOffice keeps a row with the next row but not a table with a following
    paragraph or table: the last IKU row (kept with the next) then moves with the signature, and a Lampiran
    never ends on a page holding nothing but the signature.
    """
    right = next(i for i in range(len(widths)) if sum(widths[i:]) <= twips(100 * TABLE_MM / PLAN_MM))
    lines = ("", "{{ ttd_kepala.awalan }}{{ ttd_kepala.jabatan }},", "", "", "", "{{ ttd_kepala.nama }}")
    sign = Cell(tuple(p(t, style="Tanda Tangan") for t in lines), span=len(widths) - right, open_bottom=True)
    if condition:
        control_row(table, widths, f"{{%tr if {condition} %}}")
    add_row(table, widths, [Cell((p(""),), span=right, open_bottom=True), sign])
    if condition:
        control_row(table, widths, "{%tr endif %}")


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
    urusan = Cell((p("{{ i.label_urusan }}"),))
    sasaran = Cell((p("{{ i.label_sasaran }}"),))
    loops = ("{%tr for u in lampiran_i %}", "{%tr for i in u.baris %}")
    last = "loop.last and u == lampiran_i|last"
    # Planned for the narrowest case, A4 with six target years: Urusan and Sasaran keep "Kesekretariatan" and
    # "Meningkatnya" whole, Satuan its header, each year "74,25". Without targets the width goes to the
    # definitions, reasons and data sources, which set the height of a row.
    if targets:
        # Penanggung Jawab: "Penanggung" in bold 9 pt stays whole on A4 too.
        return TableSpec(group=(("Urusan", 21), ("Sasaran", 25)), uraian_mm=(34, 24, 27), satuan_mm=15,
                         target_mm=52, terkait=("Perangkat Daerah Terkait & Sumber Data", 25), no_mm=8,
                         penanggung_jawab_mm=24, group_cells=(urusan, sasaran), loops=loops,
                         target_loop="{%tc for t in i.target %}", header_twips=900, last_row=last)
    return TableSpec(group=(("Urusan", 23), ("Sasaran", 29)), uraian_mm=(58, 36, 41), satuan_mm=None,
                     target_mm=None, terkait=("Perangkat Daerah Terkait & Sumber Data", 30), no_mm=10,
                     penanggung_jawab_mm=28, group_cells=(urusan, sasaran), loops=loops, last_row=last)


def lampiran_ii_spec(targets: bool) -> TableSpec:
    sasaran = Cell((p("{{ i.label_sasaran }}"),))
    loops = ("{%tr for s in pd.kelompok %}", "{%tr for i in s.iku %}")
    last = "loop.last and s == pd.kelompok|last and pd == lampiran_ii|last"
    only_last = "pd == lampiran_ii|last"  # the signature ends the last Perangkat Daerah's table
    if targets:
        return TableSpec(group=(("Sasaran", 28),), uraian_mm=(48, 33, 37), satuan_mm=15, target_mm=52,
                         terkait=("Unit Terkait & Sumber Data", 34), no_mm=8, group_cells=(sasaran,),
                         loops=loops, target_loop="{%tc for t in i.target %}", last_row=last,
                         signature_if=only_last)
    return TableSpec(group=(("Sasaran", 32),), uraian_mm=(74, 48, 50), satuan_mm=None, target_mm=None,
                     terkait=("Unit Terkait & Sumber Data", 41), no_mm=10, group_cells=(sasaran,), loops=loops,
                     last_row=last, signature_if=only_last)


# --- blocks ------------------------------------------------------------------------------------------------

def signature(doc, lines_before: Sequence[str], *, align: WD_TABLE_ALIGNMENT, width_mm: float,
              lines_after: Sequence[str] = ()) -> None:
    """A signature block: the lines, three blank lines for the signature, the name (and pangkat, NIP)."""
    lines = [Line(t) for t in (*lines_before, "", "", "", *lines_after)]
    signature_table(doc, [lines], [twips(width_mm)], align=align, style="Tanda Tangan")


def signature_kepala(doc, width_mm: float, *, ditetapkan: bool) -> None:
    before = ["Ditetapkan di {{ penetapan.tempat }}", "pada tanggal {{ penetapan.tanggal }}"] if ditetapkan else []
    before.append("{{ ttd_kepala.awalan }}{{ ttd_kepala.jabatan }},")
    signature(doc, before, align=WD_TABLE_ALIGNMENT.RIGHT, width_mm=width_mm, lines_after=["{{ ttd_kepala.nama }}"])


def lampiran_heading(doc, nomor: str) -> None:
    """'LAMPIRAN I / PERATURAN (or KEPUTUSAN) … / NOMOR … / TENTANG / …' as a block at the top right, on F4
    and A4 alike."""
    lines = [f"LAMPIRAN {nomor}", "{{ JENIS }} {{ KEPALA_DAERAH }}", "NOMOR {{ nomor }} TAHUN {{ tahun }}",
             "TENTANG", "{{ JUDUL }}"]
    signature_table(doc, [[Line(t) for t in lines]], [twips(120)], align=WD_TABLE_ALIGNMENT.RIGHT,
                    style="Kepala Lampiran")
    para(doc)


# --- the regulation ----------------------------------------------------------------------------------------

# The usual formula of published Perbup/Perwali (seed 004): the delegating provision, the RPJMD, the closing
# clause naming the instrument.
MENIMBANG = (
    ("a", "bahwa untuk melaksanakan ketentuan Pasal 3 dan Pasal 4 Peraturan Menteri Negara Pendayagunaan Aparatur "
          "Negara Nomor PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan Indikator Kinerja Utama di "
          "Lingkungan Instansi Pemerintah, perlu menetapkan Indikator Kinerja Utama di lingkungan Pemerintah "
          "{{ daerah }};"),
    ("b", "bahwa Indikator Kinerja Utama sebagaimana dimaksud dalam huruf a merupakan ukuran keberhasilan "
          "pencapaian tujuan dan sasaran pembangunan daerah yang ditetapkan dalam Rencana Pembangunan Jangka "
          "Menengah Daerah {{ daerah }} Tahun {{ periode }};"),
    ("c", "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
          "{{ jenis }} {{ jabatan }} tentang {{ judul }};"),
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

# A Peraturan takes effect when promulgated, a Keputusan when signed (it is not promulgated).
BERLAKU = ("{{ jenis }} {{ jabatan }} ini mulai berlaku pada tanggal "
           "{% if keputusan %}ditetapkan{% else %}diundangkan{% endif %}.")
# UU 12/2011 Lampiran II: the fixed promulgation formula.
PENGUNDANGAN = ("Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan {{ jabatan }} ini dengan "
                "penempatannya dalam Berita Daerah {{ daerah }}.")


def head_block(doc) -> None:
    para(doc, "{{ kop.baris1 }}", "Judul Peraturan")
    tag(doc, "{%p if kop.baris2 %}")
    para(doc, "{{ kop.baris2 }}", "Judul Peraturan")
    tag(doc, "{%p endif %}")
    para(doc, "", "Judul Peraturan")
    for line in ("{{ JENIS }} {{ KEPALA_DAERAH }}", "NOMOR {{ nomor }} TAHUN {{ tahun }}", "", "TENTANG", "",
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
    para(doc, keep=True)  # "MEMUTUSKAN:" never ends a page alone
    para(doc, "Menetapkan\t:\t{{ JENIS }} {{ JABATAN }} TENTANG {{ JUDUL }}.", "Menetapkan")
    para(doc)


def pasal_body(doc) -> None:
    def judul(*lines: str) -> None:
        # A blank line's worth of space before each BAB and Pasal heading, none inside a heading.
        for line in lines:
            heading = para(doc, line, "Judul Pasal")
            if line.startswith(("BAB ", "Pasal ")):
                heading.paragraph_format.space_before = Pt(SIZE_PT * 1.5 if line.startswith("BAB") else SIZE_PT)

    judul("BAB I", "KETENTUAN UMUM", "Pasal 1")
    para(doc, "Dalam {{ jenis }} {{ jabatan }} ini yang dimaksud dengan:", "Pasal")
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
    # No Pasal 1 defines the terms here: each is spelled out at its first use.
    items = (
        ("KESATU", "Menetapkan Indikator Kinerja Utama yang selanjutnya disingkat IKU Pemerintah {{ daerah }} "
                   "sebagaimana tercantum dalam Lampiran I dan IKU Perangkat Daerah di lingkungan Pemerintah "
                   "{{ daerah }} sebagaimana tercantum dalam Lampiran II yang merupakan bagian tidak terpisahkan "
                   "dari {{ jenis }} {{ jabatan }} ini."),
        ("KEDUA", "IKU sebagaimana dimaksud dalam Diktum KESATU merupakan acuan ukuran kinerja yang digunakan "
                  "Pemerintah {{ daerah }} dan Perangkat Daerah untuk menetapkan rencana kinerja tahunan, "
                  "menyampaikan rencana kerja dan anggaran, menyusun perjanjian kinerja, menyusun laporan "
                  "kinerja, serta melakukan evaluasi pencapaian kinerja sesuai dengan Rencana Pembangunan Jangka "
                  "Menengah Daerah {{ daerah }} Tahun {{ periode }} dan Rencana Strategis Perangkat Daerah."),
        ("KETIGA", "Penyusunan laporan kinerja dan evaluasi terhadap pencapaian kinerja dilakukan oleh setiap "
                   "Perangkat Daerah dan dikoordinasikan oleh Sekretaris Daerah {{ daerah }}."),
        ("KEEMPAT", "Dalam rangka lebih meningkatkan efektivitas pelaksanaan {{ jenis }} {{ jabatan }} ini, "
                    "Inspektorat {{ daerah }} diberi tugas untuk:"),
    )
    for label, text in items:
        para(doc, f"{label}\t:\t{text}", "Diktum")
    para(doc, "a.\tmelakukan reviu atas capaian kinerja setiap Perangkat Daerah dalam rangka meyakinkan keandalan "
              "informasi yang disajikan dalam laporan kinerja; dan", "Diktum Rincian")
    para(doc, "b.\tmelakukan evaluasi terhadap pelaksanaan {{ jenis }} {{ jabatan }} ini dan melaporkan hasilnya "
              "kepada {{ jabatan }}.", "Diktum Rincian")
    para(doc, f"KELIMA\t:\t{BERLAKU}", "Diktum").paragraph_format.space_before = Pt(3)
    tag(doc, "{%p if not keputusan %}")  # a Keputusan is not promulgated
    _pengundangan(doc)
    tag(doc, "{%p endif %}")


def _pengundangan(doc) -> None:
    """The promulgation formula stays on the page of the signature below it."""
    formula = para(doc, PENGUNDANGAN, "Pasal", keep=True)
    formula.paragraph_format.first_line_indent = Mm(10)


def closing(doc) -> None:
    para(doc, keep=True)
    signature_kepala(doc, 85, ditetapkan=True)
    # A Keputusan ends with the head's signature: no pengundangan, Sekretaris Daerah or Berita Daerah.
    tag(doc, "{%p if not keputusan %}")
    para(doc)
    signature(doc, ["Diundangkan di {{ pengundangan.tempat }}", "pada tanggal {{ pengundangan.tanggal }}",
                    "{{ ttd_sekda.awalan }}{{ ttd_sekda.jabatan }},"],
              align=WD_TABLE_ALIGNMENT.LEFT, width_mm=125,  # "SEKRETARIS DAERAH PROVINSI …" on one line
              lines_after=["{{ ttd_sekda.nama }}", "{%p if ttd_sekda.pangkat %}", "{{ ttd_sekda.pangkat }}",
                           "{%p endif %}", "{%p if ttd_sekda.nip %}", "NIP. {{ ttd_sekda.nip }}", "{%p endif %}"])
    para(doc)
    para(doc, "BERITA DAERAH {{ berita_daerah.DAERAH }} TAHUN {{ berita_daerah.tahun }} NOMOR "
              "{{ berita_daerah.nomor }}", "Tanda Tangan")
    tag(doc, "{%p endif %}")


def lampiran_opening(doc, nomor: str, judul: str) -> None:
    """A new landscape section: the Lampiran heading block, then the centred title."""
    new_landscape_section(doc)
    lampiran_heading(doc, nomor)
    for line in (judul, "PEMERINTAH {{ DAERAH }}", "TAHUN {{ periode }}"):
        para(doc, line, "Judul Lampiran")
    para(doc)


def iku_table_pair(doc, spec: Callable[[bool], TableSpec]) -> None:
    """The IKU table with Satuan and targets, or without them, as Pengaturan asks."""
    tag(doc, "{%p if tampilkan_target %}")
    iku_table(doc, spec(True), "i")
    tag(doc, "{%p else %}")
    iku_table(doc, spec(False), "i")
    tag(doc, "{%p endif %}")


def lampiran_i(doc) -> None:
    lampiran_opening(doc, "I", "INDIKATOR KINERJA UTAMA")
    iku_table_pair(doc, lampiran_i_spec)


def lampiran_ii(doc) -> None:
    lampiran_opening(doc, "II", "INDIKATOR KINERJA UTAMA PERANGKAT DAERAH")
    tag(doc, "{%p for pd in lampiran_ii %}")
    # Each Perangkat Daerah follows the previous one (a page per PD left most Lampiran pages half empty). The
    # numbered profile lines keep with what follows and "5. Indikator Kinerja Utama" with its table, so a
    # profile never ends a page alone; the lettered Fungsi and Sasaran items may break.
    first = doc.add_paragraph("1.\tNama Perangkat Daerah\t:\t{{ pd.nama }}", style="Identitas PD")
    first.paragraph_format.space_before = Pt(SIZE_PT * 2)
    para(doc, "2.\tTugas Pokok\t:\t{{ pd.tugas_pokok }}", "Identitas PD")
    para(doc, "3.\tFungsi\t:", "Identitas PD", keep=True)
    tag(doc, "{%p for f in pd.fungsi %}")
    para(doc, "{{ f.huruf }}.\t{{ f.teks }}", "Rincian PD")
    tag(doc, "{%p endfor %}")
    para(doc, "4.\tSasaran\t:", "Identitas PD", keep=True)
    tag(doc, "{%p for s in pd.sasaran %}")
    para(doc, "{{ s.huruf }}.\t{{ s.teks }}", "Rincian PD")
    tag(doc, "{%p endfor %}")
    para(doc, "5.\tIndikator Kinerja Utama\t:", "Identitas PD", keep=True)
    iku_table_pair(doc, lampiran_ii_spec)
    tag(doc, "{%p endfor %}")


def build():
    doc = new_perkada_document()
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
    return doc


def main(out: Path = ROOT / "templates" / "perkada.docx") -> Path:
    return save(build(), out, "Peraturan Kepala Daerah tentang Indikator Kinerja Utama")


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "templates" / "perkada.docx"))
