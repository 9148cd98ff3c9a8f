"""python-docx helpers shared by the template build scripts (perkada.py, pk.py, lkjip.py).

Each script keeps only its document's layout; page set-up, fonts, table plumbing (grid, borders, header rows,
rows that do not split), docxtpl tag paragraphs and the deterministic save live here once.

Tables that fill the text width are written with ``w:tblW w:type="pct" w:w="5000"`` (100 %) and a grid that adds
up exactly to the text width of the template's own paper (F4). When the workbook asks for another paper,
``render/docx.apply_pengaturan`` rescales the grid of those tables to the new text width, so Word, LibreOffice and
python-docx all see the same column widths on every paper.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell, _Row

from iku_docs.output import normalize_zip
from iku_docs.render.docx import FIXED_TIME, PAPER_MM

ROOT = Path(__file__).resolve().parents[2]
FONT = "Bookman Old Style"
SIZE_PT = 12
PAPER = PAPER_MM["F4"]  # (short, long) in mm: F4 / Folio, the usual paper of Pemda documents
J = WD_ALIGN_PARAGRAPH
HEAD_FILL = "D9D9D9"  # shading of column titles: prints as light grey on any office printer
FULL_WIDTH_PCT = 5000  # w:tblW in fiftieths of a percent: 100 % of the text width


@dataclass(frozen=True, slots=True)
class Margins:
    """Page margins in mm."""

    top: float
    bottom: float
    left: float
    right: float

    def text_width_mm(self, *, landscape: bool, paper: tuple[float, float] = PAPER) -> float:
        short, long_ = paper
        return (long_ if landscape else short) - self.left - self.right


def twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


# --- document, page, styles ----------------------------------------------------------------------------------

def new_document(margins: Margins, *, landscape: bool, header_mm: float = 12, footer_mm: float = 12,
                 line_spacing: float = 1.0) -> Document:
    """An empty F4 document with Bookman Old Style 12 as Normal, Indonesian proofing, no blank first line."""
    doc = Document()
    set_page(doc.sections[0], margins, landscape=landscape, header_mm=header_mm, footer_mm=footer_mm)
    normal = doc.styles["Normal"]
    set_font(normal, SIZE_PT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "id-ID")  # Word spell-checks and hyphenates in Indonesian
    normal.element.get_or_add_rPr().append(lang)
    pf = normal.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing = line_spacing
    pf.widow_control = True
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # python-docx starts with an empty paragraph
        body.remove(p)
    return doc


def set_page(section, margins: Margins, *, landscape: bool, header_mm: float = 12, footer_mm: float = 12) -> None:
    short, long_ = Mm(PAPER[0]), Mm(PAPER[1])
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long_, short) if landscape else (short, long_)
    section.top_margin, section.bottom_margin = Mm(margins.top), Mm(margins.bottom)
    section.left_margin, section.right_margin = Mm(margins.left), Mm(margins.right)
    section.header_distance, section.footer_distance = Mm(header_mm), Mm(footer_mm)


def set_font(style, size: float | None = None, bold: bool | None = None) -> None:
    """The font on every script slot, without theme fonts (they would override it in Word)."""
    style.font.name = FONT
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold


def page_number(paragraph) -> None:
    """'- n -' centred, as a PAGE field that Word and LibreOffice both update."""
    paragraph.alignment = J.CENTER
    paragraph.add_run("- ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    paragraph.add_run(" -")


# --- paragraphs ----------------------------------------------------------------------------------------------

def para(container, text: str = "", style: str | None = None, *, bold: bool = False, italic: bool = False,
         underline: bool = False, align: WD_ALIGN_PARAGRAPH | None = None, before: float | None = None,
         after: float | None = None, keep: bool = False, first_indent_mm: float | None = None):
    """One paragraph with one run: a docxtpl tag must sit in a single run to be recognised.

    Only what is given is set on the paragraph; everything else comes from its style, so a user who restyles
    the template in Word changes every such paragraph at once. Bold/italic are only ever switched on: an
    explicit "off" would override the style.
    """
    p = container.add_paragraph(style=style)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if keep:
        pf.keep_with_next = True
    if first_indent_mm is not None:
        pf.first_line_indent = Mm(first_indent_mm)
    if text:
        run = p.add_run(text)
        run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
    return p


def tag(container, text: str):
    """A paragraph holding only a docxtpl {%p %} tag; docxtpl removes it at render time."""
    return container.add_paragraph(text)


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --- tables --------------------------------------------------------------------------------------------------

def widths_for(weights: Sequence[float], total_mm: float) -> list[int]:
    """Column widths in twips in the proportions of ``weights``, adding up exactly to ``total_mm``.

    Equal weights give equal widths (the remainder goes to the widest column), so a table planned as weights
    looks the same on any text width.
    """
    total = twips(total_mm)
    scale = total / sum(weights)
    widths = [int(w * scale) for w in weights]
    widths[max(range(len(widths)), key=lambda i: weights[i])] += total - sum(widths)
    return widths


def new_table(container, widths: Sequence[int], rows: int = 0, *, borders: bool = True,
              align: WD_TABLE_ALIGNMENT = WD_TABLE_ALIGNMENT.CENTER, full_width: bool = False,
              cell_margins: dict[str, int] | None = None) -> Table:
    """A fixed-layout table on the grid ``widths`` (twips): Word and LibreOffice then agree on the columns, and a
    long indicator wraps instead of pushing the table past the margin.

    ``full_width`` marks the table as 100 % of the text width (the grid must already add up to it): Word keeps it
    there when a user changes the margins, and ``render/docx.apply_pengaturan`` rescales its grid on A4.
    Every row starts with ``w:cantSplit``.
    """
    table = container.add_table(rows=rows, cols=len(widths))
    table.alignment = align
    table.autofit = False
    tbl = table._tbl
    for col, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(w))
    tbl_pr = tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(FULL_WIDTH_PCT if full_width else sum(widths)))
    width.set(qn("w:type"), "pct" if full_width else "dxa")
    tbl_pr.append(width)
    tbl_pr.append(_borders(borders))  # table.autofit = False above already wrote w:tblLayout fixed
    if cell_margins:
        tbl_pr.append(margins_element("w:tblCellMar", cell_margins))
    _order_children(tbl_pr, _TBLPR_ORDER)
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            set_cell_width(cell, w)
        keep_row_whole(row)
    return table


def set_cell_width(cell: _Cell, width: int) -> None:
    tc_w = cell._tc.get_or_add_tcPr().get_or_add_tcW()
    tc_w.type, tc_w.w = "dxa", width  # python-docx's Length would round through EMU


def keep_row_whole(row: _Row) -> None:
    """w:cantSplit: a row moves to the next page whole instead of breaking mid-row."""
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.append(OxmlElement("w:cantSplit"))


def allow_split(row: _Row) -> None:
    """A row that may be longer than a page (a penjelasan) must be allowed to break."""
    tr_pr = row._tr.get_or_add_trPr()
    for el in tr_pr.findall(qn("w:cantSplit")):
        tr_pr.remove(el)


def repeat_header(row: _Row) -> None:
    """w:tblHeader: the column titles repeat at the top of every page the table runs onto."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def keep_with_next(row: _Row) -> None:
    """Every paragraph of the row keeps with the next one: Word and LibreOffice then move this row to the next
    page together with what follows (the JUMLAH row, a signature block)."""
    for p in row._tr.iter(qn("w:p")):
        p.get_or_add_pPr().keepNext_val = True


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a signature block; ``after`` (pt) leaves room for the signature and the stamp."""

    text: str
    bold: bool = False
    underline: bool = False
    after: float = 0


def signature_table(container, columns: Sequence[Sequence[Line]], widths: Sequence[int], *,
                    align: WD_TABLE_ALIGNMENT = WD_TABLE_ALIGNMENT.CENTER, full_width: bool = False,
                    style: str | None = None, line_align: WD_ALIGN_PARAGRAPH | None = None) -> Table:
    """A signature block as a borderless table of one row that cannot split.

    One row, because a row is the one thing Word and LibreOffice both keep on one page: LibreOffice ignores
    keep-with-next between table rows and would split a block of one row per line. The cells sit on their
    bottom edge, so names, pangkat and NIP of two signatories line up even when one title wraps further.
    """
    table = new_table(container, widths, 1, borders=False, align=align, full_width=full_width)
    for cell, lines in zip(table.rows[0].cells, columns, strict=True):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            cell_text_para(p, line.text, bold=line.bold, underline=line.underline, align=line_align, style=style)
            if line.after:
                p.paragraph_format.space_after = Pt(line.after)
    return table


def span(row: _Row, first: int, last: int) -> _Cell:
    return row.cells[first].merge(row.cells[last])


def shade(cell: _Cell, fill: str = HEAD_FILL) -> None:
    cell._tc.get_or_add_tcPr().append(shading(fill))


def shading(fill: str):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    return shd


def cell_text(cell: _Cell, text: str, *, bold: bool = False, italic: bool = False, underline: bool = False,
              align: WD_ALIGN_PARAGRAPH | None = J.LEFT, keep: bool = False, style: str | None = None):
    """Write into a cell's first paragraph (a new cell already has one)."""
    return cell_text_para(cell.paragraphs[0], text, bold=bold, italic=italic, underline=underline, align=align,
                          keep=keep, style=style)


def cell_text_para(p, text: str, *, bold: bool = False, italic: bool = False, underline: bool = False,
                   align: WD_ALIGN_PARAGRAPH | None = None, keep: bool = False, style: str | None = None):
    if style is not None:
        p.style = style
    if align is not None:
        p.alignment = align
    if keep:
        p.paragraph_format.keep_with_next = True
    if text:
        run = p.add_run(text)
        run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
    return p


def header_row(table: Table, titles: Iterable[str], *, style: str | None = None, index: int = 0) -> None:
    """Shaded, bold, centred column titles, repeated on every page the table runs onto."""
    row = table.rows[index]
    repeat_header(row)
    for cell, title in zip(row.cells, titles, strict=True):
        cell_text(cell, title, bold=True, align=J.CENTER, style=style)
        shade(cell)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def loop_row(table: Table, index: int, text: str, *, style: str | None = None) -> None:
    """A docxtpl control row ({%tr ... %}): docxtpl replaces the whole row by the tag. Spanning the row keeps the
    tag readable on one line for whoever restyles the template in Word."""
    row = table.rows[index]
    cell_text(span(row, 0, len(row.cells) - 1), text, style=style)


def data_rows(table: Table, first: int, fill: Callable[[_Row], None], *, keep_if: str) -> int:
    """The data row twice, chosen by '{%tr if <keep_if> %}': the first copy keeps with the next row, the one
    after '{%tr else %}' does not. Word and LibreOffice then hold, say, the last program with JUMLAH, or the
    years of one indicator together, without a keep chain through the whole table. Fills rows ``first`` to
    ``first + 4``; returns the index of the row after them."""
    loop_row(table, first, f"{{%tr if {keep_if} %}}")
    fill(table.rows[first + 1])
    keep_with_next(table.rows[first + 1])
    loop_row(table, first + 2, "{%tr else %}")
    fill(table.rows[first + 3])
    loop_row(table, first + 4, "{%tr endif %}")
    return first + 5


def empty_rows(table: Table, first: int, text: str, *, style: str | None = None) -> None:
    """'{%tr else %}' + a message row + '{%tr endfor %}': an empty list still prints a readable table."""
    loop_row(table, first, "{%tr else %}", style=style)
    cell_text(span(table.rows[first + 1], 0, len(table.columns) - 1), text, align=J.CENTER, style=style)
    loop_row(table, first + 2, "{%tr endfor %}", style=style)


def _borders(visible: bool):
    el = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single" if visible else "nil")
        if visible:
            b.set(qn("w:sz"), "4")
            b.set(qn("w:space"), "0")
            b.set(qn("w:color"), "000000")
        el.append(b)
    return el


def margins_element(tag_name: str, twips_by_side: dict[str, int]):
    """A w:tblCellMar / w:tcMar element with the given sides (twips)."""
    mar = OxmlElement(tag_name)
    for side in ("top", "left", "bottom", "right"):  # the schema's order
        if side in twips_by_side:
            m = OxmlElement(f"w:{side}")
            m.set(qn("w:w"), str(twips_by_side[side]))
            m.set(qn("w:type"), "dxa")
            mar.append(m)
    return mar


# CT_TblPr sequence (ECMA-376 §17.4.60): Word rejects a document whose tblPr is out of order.
_TBLPR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
                "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook")


def _order_children(parent, order: tuple[str, ...]) -> None:
    rank = {qn(f"w:{name}"): i for i, name in enumerate(order)}
    for el in sorted(parent, key=lambda el: rank.get(el.tag, len(order))):
        parent.append(el)


# --- saving --------------------------------------------------------------------------------------------------

def save(doc, path: Path, title: str) -> Path:
    """Same bytes on every run (fixed properties and zip timestamps): a rebuilt template only shows up in git
    when its content changed. python-docx's leftovers are stripped first (``strip_package``)."""
    strip_package(doc)
    props = doc.core_properties
    props.author = props.last_modified_by = "iku-docs"
    props.title = title
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))
    return path


# --- slimming ------------------------------------------------------------------------------------------------

# Parts python-docx's default template carries that no output needs. Every render parses, rewrites and
# compresses each part of the template, and these were nine tenths of its bytes.
_DROP_RELTYPES = frozenset({
    # word/stylesWithEffects.xml (438 KB): Word 2010's copy of styles.xml with effects; optional, and Word
    # writes it again when it needs it.
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    # customXml/item1.xml: an empty bibliography source list from the Mac Word file python-docx started from.
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
    # docProps/thumbnail.jpeg: a preview of python-docx's blank page, which Explorer/Finder would show for
    # every output.
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
})
_STYLE_REFS = ("w:pStyle", "w:rStyle", "w:tblStyle", "w:numStyleLink", "w:styleLink")
_STYLE_LINKS = ("w:basedOn", "w:next", "w:link")


def strip_package(doc) -> None:
    """Drop the optional parts above and prune styles.xml, so every render reads and writes less.

    Removing a relationship is enough: python-docx saves only the parts it can reach through relationships
    and writes ``[Content_Types].xml`` from the parts it saves, so no dangling override remains.
    """
    for source in (doc.part.package, doc.part):
        for r_id in [r_id for r_id, rel in source.rels.items() if rel.reltype in _DROP_RELTYPES]:
            del source.rels[r_id]
    settings = doc.settings.element
    for el in settings.findall(qn("w:savePreviewPicture")):  # asks Word to store a thumbnail again
        settings.remove(el)
    prune_styles(doc)


def prune_styles(doc) -> None:
    """Keep only the styles the template uses: python-docx's default styles.xml (350 KB) defines 160 styles
    (100 of them table styles) and 136 latent-style exceptions.

    Kept: every style referenced from the document, its headers/footers and numbering.xml, the styles the build
    scripts add (a drafter may want them even where the shipped layout does not use them), the default
    style of each type, and everything those are based on or linked to. ``w:latentStyles`` goes: without it
    Word applies its built-in defaults for the styles it does not define, exactly as for a new document.
    """
    root = doc.styles.element
    for latent in root.findall(qn("w:latentStyles")):
        root.remove(latent)
    styles = {st.get(qn("w:styleId")): st for st in root.findall(qn("w:style"))}
    python_docx_own = {st.get(qn("w:styleId")) for st in Document().styles.element.findall(qn("w:style"))}
    keep = {sid for sid, st in styles.items()
            if sid not in python_docx_own or st.get(qn("w:default")) in ("1", "true", "on")}
    for part in _parts_with_style_refs(doc):
        for name in _STYLE_REFS:
            keep.update(el.get(qn("w:val")) for el in part.iter(qn(name)))
    todo = list(keep)
    while todo:  # close over basedOn / next / link
        st = styles.get(todo.pop())
        if st is None:
            continue
        for name in _STYLE_LINKS:
            link = st.find(qn(name))
            if link is not None and link.get(qn("w:val")) not in keep:
                keep.add(link.get(qn("w:val")))
                todo.append(link.get(qn("w:val")))
    for sid, st in styles.items():
        if sid not in keep:
            root.remove(st)


def _parts_with_style_refs(doc):
    yield doc.element
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for rel in doc.part.rels.values():
        if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER, RT.NUMBERING, RT.FOOTNOTES, RT.ENDNOTES):
            yield rel.target_part.element
