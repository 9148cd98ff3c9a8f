"""Cell notes (legacy comments) of one sheet: xl/commentsN.xml plus the VML drawing Excel shows them with.

A sheet of the standard workbook already has notes on its header cells, so the comments part and the
VML drawing are merged, never replaced: a finding on a cell that has a note is appended to that note,
other notes get a new <comment> and a new VML shape. A VML drawing lxml cannot parse (Excel has written
HTML-style ``<br>`` in them) is rewritten with one shape per note, as openpyxl always did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from iku_docs.ooxml import NS_MAIN, parse_ref, ref_of
from iku_docs.report.package import (
    PARSER,
    REL_COMMENTS,
    REL_VML,
    Package,
    add_override,
    parse_xml,
    xml_bytes,
)
from iku_docs.report.sheetxml import SheetEditor, relationship_prefix

NS_V = "urn:schemas-microsoft-com:vml"
NS_O = "urn:schemas-microsoft-com:office:office"
NS_X = "urn:schemas-microsoft-com:office:excel"
NS_XML = "http://www.w3.org/XML/1998/namespace"
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing"
WIDTH = 340  # px; about 55 characters of text per line
CHARS_PER_LINE = 55
SHAPE_BLOCK = 1024  # VML shape ids come in blocks of 1024 named by <o:idmap data>
_LEGACY = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?legacyDrawing\s([^<>]*?)/?>")
_REL_ID = re.compile(rb"(?:^|\s)[A-Za-z_][\w.-]*:id\s*=\s*(\"|')(.*?)\1")
_SHAPE_ID = re.compile(r"_x0000_s(\d+)$")


@dataclass(frozen=True, slots=True)
class Note:
    row: int
    col: int
    text: str  # the findings' text; appended to a note the cell already has


def box_height(text: str) -> int:
    """Pixels for the note box so the whole text shows (about 55 characters a line, 15 px a line)."""
    lines = sum(max(1, -(-len(line) // CHARS_PER_LINE)) for line in text.splitlines())
    return min(600, 20 + 15 * lines)


def add_notes(pkg: Package, sheet_part: str, editor: SheetEditor, notes: list[Note], author: str,
              content_types: etree._Element, used_blocks: set[int]) -> None:
    """Write ``notes`` into the sheet's comments and VML parts (created when missing)."""
    rels = pkg.relationships(sheet_part)
    comments_part = next((r.target for r in rels if r.type == REL_COMMENTS and not r.external), None)
    legacy = _LEGACY.search(editor.xml)
    vml_id = _REL_ID.search(legacy.group(1)).group(2).decode() if legacy and _REL_ID.search(legacy.group(1)) else None
    vml_part = next((r.target for r in rels if r.id == vml_id and r.type == REL_VML and not r.external), None)

    if comments_part is None or not pkg.has(comments_part):
        comments_part = pkg.free_name("xl/comments%d.xml")
        root = etree.fromstring(f'<comments xmlns="{NS_MAIN}"><authors/><commentList/></comments>'.encode(), PARSER)
        pkg.add_relationship(sheet_part, REL_COMMENTS, comments_part)
        add_override(content_types, comments_part, CT_COMMENTS)
    else:
        root = parse_xml(pkg.read(comments_part))
    texts = _merge_comments(root, notes, author)
    pkg.write(comments_part, xml_bytes(root))

    if vml_part is not None and pkg.has(vml_part):
        pkg.write(vml_part, _merge_vml(pkg.read(vml_part), texts, {(n.row, n.col) for n in notes}, used_blocks))
    else:
        vml_part = pkg.free_name("xl/drawings/vmlDrawing%d.vml")
        pkg.write(vml_part, _new_vml(texts, used_blocks))
        rid = pkg.add_relationship(sheet_part, REL_VML, vml_part)
        _default(content_types, "vml", CT_VML)
        if legacy is None:
            editor.add_legacy_drawing(rid, relationship_prefix(editor.xml))
        else:  # a <legacyDrawing> whose part is missing: point it at the new drawing
            editor.replace(legacy.start(), legacy.end(), legacy.group(0).replace(vml_id.encode(), rid.encode())
                           if vml_id else legacy.group(0))


def _merge_comments(root: etree._Element, notes: list[Note], author: str) -> dict[tuple[int, int], str]:
    """Add/extend the <comment> elements; returns (row, col) → full text of every note of the sheet."""
    ns = etree.QName(root).namespace or NS_MAIN
    q = lambda local: f"{{{ns}}}{local}"  # noqa: E731
    authors = root.find(q("authors"))
    if authors is None:
        authors = etree.Element(q("authors"))
        root.insert(0, authors)
    names = [a.text or "" for a in authors.findall(q("author"))]
    if author not in names:
        etree.SubElement(authors, q("author")).text = author
        names.append(author)
    author_id = str(names.index(author))
    comment_list = root.find(q("commentList"))
    if comment_list is None:
        comment_list = etree.SubElement(root, q("commentList"))
        authors.addnext(comment_list)
    existing: dict[tuple[int, int], etree._Element] = {}
    for comment in comment_list.findall(q("comment")):
        cell = parse_ref(comment.get("ref", ""))
        if cell is not None:
            existing.setdefault(cell, comment)
    for note in notes:
        comment = existing.get((note.row, note.col))
        if comment is None:
            comment = etree.SubElement(comment_list, q("comment"), ref=ref_of(note.row, note.col), authorId=author_id)
            comment.set("shapeId", "0")
            _set_text(etree.SubElement(etree.SubElement(comment, q("text")), q("t")), note.text)
            existing[(note.row, note.col)] = comment
            continue
        text = comment.find(q("text"))
        if text is None:
            text = etree.SubElement(comment, q("text"))
        old = _comment_text(text, q)
        plain = text.find(q("t"))
        if plain is not None and text.find(q("r")) is None:
            _set_text(plain, f"{old.rstrip()}\n\n{note.text}" if old.strip() else note.text)
        else:
            run = etree.Element(q("r"))
            _set_text(etree.SubElement(run, q("t")), f"\n\n{note.text}")
            runs = text.findall(q("r"))
            (runs[-1].addnext(run) if runs else text.append(run))
    comment_list[:] = sorted(comment_list, key=lambda c: parse_ref(c.get("ref", "")) or (1 << 30, 0))
    return {cell: _comment_text(c.find(q("text")), q) if c.find(q("text")) is not None else ""
            for cell, c in existing.items()}


def _comment_text(text: etree._Element, q) -> str:
    parts = [t.text or "" for t in text.iter(q("t")) if t.getparent().tag != q("rPh")]
    return "".join(parts)


def _set_text(t: etree._Element, value: str) -> None:
    t.text = value
    t.set(f"{{{NS_XML}}}space", "preserve")


def _shape(parent: etree._Element, shape_id: int, row: int, col: int, height: int) -> None:
    """One note box, as Excel writes it (hidden until the cell is pointed at)."""
    v, o, x = (f"{{{NS_V}}}", f"{{{NS_O}}}", f"{{{NS_X}}}")
    shape = etree.SubElement(parent, v + "shape")
    shape.set("id", f"_x0000_s{shape_id}")
    shape.set("type", "#_x0000_t202")
    shape.set("style", f"position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:{WIDTH}px;height:{height}px;"
                       "z-index:1;visibility:hidden")
    shape.set("fillcolor", "#ffffe1")
    shape.set(o + "insetmode", "auto")
    etree.SubElement(shape, v + "fill", color2="#ffffe1")
    etree.SubElement(shape, v + "shadow", on="t", color="black", obscured="t")
    etree.SubElement(shape, v + "path").set(o + "connecttype", "none")
    box = etree.SubElement(shape, v + "textbox", style="mso-direction-alt:auto")
    etree.SubElement(box, "div", style="text-align:left")
    data = etree.SubElement(shape, x + "ClientData", ObjectType="Note")
    etree.SubElement(data, x + "MoveWithCells")
    etree.SubElement(data, x + "SizeWithCells")
    etree.SubElement(data, x + "AutoFill").text = "False"
    etree.SubElement(data, x + "Row").text = str(row - 1)
    etree.SubElement(data, x + "Column").text = str(col - 1)


def _shapetype(parent: etree._Element, index: int) -> None:
    shapetype = etree.Element(f"{{{NS_V}}}shapetype")
    parent.insert(index, shapetype)
    shapetype.set("id", "_x0000_t202")
    shapetype.set("coordsize", "21600,21600")
    shapetype.set(f"{{{NS_O}}}spt", "202")
    shapetype.set("path", "m,l,21600r21600,l21600,xe")
    etree.SubElement(shapetype, f"{{{NS_V}}}stroke", joinstyle="miter")
    etree.SubElement(shapetype, f"{{{NS_V}}}path", gradientshapeok="t").set(f"{{{NS_O}}}connecttype", "rect")


def _free_blocks(used: set[int], count: int) -> list[int]:
    blocks, n = [], 1
    while len(blocks) < count:
        if n not in used:
            blocks.append(n)
            used.add(n)
        n += 1
    return blocks


def _new_vml(texts: dict[tuple[int, int], str], used_blocks: set[int]) -> bytes:
    cells = sorted(texts)
    blocks = _free_blocks(used_blocks, 1 + len(cells) // (SHAPE_BLOCK - 2))
    root = etree.Element("xml", nsmap={"v": NS_V, "o": NS_O, "x": NS_X})
    layout = etree.SubElement(root, f"{{{NS_O}}}shapelayout")
    layout.set(f"{{{NS_V}}}ext", "edit")
    idmap = etree.SubElement(layout, f"{{{NS_O}}}idmap", data=",".join(map(str, blocks)))
    idmap.set(f"{{{NS_V}}}ext", "edit")
    _shapetype(root, len(root))
    ids = (b * SHAPE_BLOCK + k for b in blocks for k in range(1, SHAPE_BLOCK - 1))
    for cell, shape_id in zip(cells, ids, strict=False):
        _shape(root, shape_id, *cell, box_height(texts[cell]))
    return etree.tostring(root)


def _merge_vml(data: bytes, texts: dict[tuple[int, int], str], changed: set[tuple[int, int]],
               used_blocks: set[int]) -> bytes:
    try:
        root = parse_xml(data)
    except etree.XMLSyntaxError:
        return _new_vml(texts, used_blocks)  # not XML (HTML-style <br>): one fresh shape per note
    shapes: dict[tuple[int, int], etree._Element] = {}
    top = 0
    for shape in root.iter(f"{{{NS_V}}}shape"):
        match = _SHAPE_ID.search(shape.get("id", "") or shape.get(f"{{{NS_O}}}spid", ""))
        top = max(top, int(match.group(1)) if match else 0)
        data_el = shape.find(f"{{{NS_X}}}ClientData")
        if data_el is None or data_el.get("ObjectType") != "Note":
            continue
        row, col = data_el.findtext(f"{{{NS_X}}}Row"), data_el.findtext(f"{{{NS_X}}}Column")
        if row and col and row.strip().isdigit() and col.strip().isdigit():
            shapes.setdefault((int(row) + 1, int(col) + 1), shape)
    if root.find(f"{{{NS_V}}}shapetype[@id='_x0000_t202']") is None:
        layout = root.find(f"{{{NS_O}}}shapelayout")
        _shapetype(root, 0 if layout is None else root.index(layout) + 1)
    idmap = root.find(f".//{{{NS_O}}}idmap")
    blocks = {int(b) for b in re.findall(r"\d+", idmap.get("data", ""))} if idmap is not None else set()
    if not blocks:
        blocks = set(_free_blocks(used_blocks, 1))
    next_id = max(top, min(blocks) * SHAPE_BLOCK) + 1
    for cell in sorted(changed):
        height = box_height(texts.get(cell, ""))
        shape = shapes.get(cell)
        if shape is not None:  # a longer note now: make its box fit
            style = re.sub(r"(^|;)\s*(width|height):[^;]*", "", shape.get("style", "")).strip(";")
            shape.set("style", f"{style};width:{WIDTH}px;height:{height}px".lstrip(";"))
            continue
        _shape(root, next_id, *cell, height)
        blocks.add(next_id // SHAPE_BLOCK)
        next_id += 1
    used_blocks.update(blocks)
    if idmap is None:
        layout = etree.Element(f"{{{NS_O}}}shapelayout")
        layout.set(f"{{{NS_V}}}ext", "edit")
        idmap = etree.SubElement(layout, f"{{{NS_O}}}idmap")
        idmap.set(f"{{{NS_V}}}ext", "edit")
        root.insert(0, layout)
    idmap.set("data", ",".join(map(str, sorted(blocks))))
    return etree.tostring(root)


def vml_blocks(pkg: Package) -> set[int]:
    """The shape-id blocks the package's VML drawings already claim (new drawings take others)."""
    used: set[int] = set()
    for name in pkg.names():
        if name.lower().endswith(".vml"):
            for match in re.finditer(rb"idmap[^>]*?data\s*=\s*\"([\d,\s]*)\"", pkg.read(name)):
                used.update(int(b) for b in re.findall(rb"\d+", match.group(1)))
    return used




def _default(types: etree._Element, extension: str, content_type: str) -> None:
    ns = etree.QName(types).namespace
    if any(d.get("Extension", "").lower() == extension for d in types.iter(f"{{{ns}}}Default")):
        return
    default = etree.Element(f"{{{ns}}}Default", Extension=extension, ContentType=content_type)
    first = types.find(f"{{{ns}}}Override")
    (first.addprevious(default) if first is not None else types.append(default))
