"""Byte-level edits of one worksheet part: restyle cells, add missing cells/rows, add <legacyDrawing>.

A sheet of 10,000 IKU rows is 6-7 MB of XML: lxml takes about half a second to parse it and more to
write it back, for a handful of changed cells. So the sheet is not parsed: its rows are located with
one regular-expression pass over <sheetData>, only the touched tags are rewritten, and every other byte
stays exactly as the input had it. Namespace prefixes (``<x:row>``), rows or cells without an ``r``
attribute (both optional in the schema) and self-closed rows are handled.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from iku_docs.ooxml import FORMULA_START, NS_R, parse_ref, ref_of

# After <legacyDrawing> in CT_Worksheet come only these (mc:AlternateContent wraps controls/oleObjects).
_AFTER_LEGACY = (b"legacyDrawingHF", b"drawingHF", b"picture", b"oleObjects", b"controls", b"webPublishItems",
                 b"tableParts", b"extLst", b"AlternateContent")
_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?worksheet[\s>/]")
_ATTR_CACHE: dict[bytes, re.Pattern[bytes]] = {}


def _attr_re(name: bytes) -> re.Pattern[bytes]:
    pattern = _ATTR_CACHE.get(name)
    if pattern is None:
        pattern = _ATTR_CACHE[name] = re.compile(rb"(?:^|(?<=\s))" + re.escape(name) + rb"\s*=\s*(\"|')(.*?)\1",
                                                 re.S)
    return pattern


def get_attr(attrs: bytes, name: bytes) -> bytes | None:
    match = _attr_re(name).search(attrs)
    return match.group(2) if match else None


def set_attr(attrs: bytes, name: bytes, value: bytes | None) -> bytes:
    """``attrs`` (the text between the tag name and '>') with ``name`` set to ``value``, or removed if None."""
    match = _attr_re(name).search(attrs)
    if match:
        if value is None:
            return attrs[:match.start()].rstrip() + attrs[match.end():]
        return attrs[:match.start(2)] + value + attrs[match.end(2):]
    return attrs if value is None else attrs.rstrip() + b" " + name + b'="' + value + b'"'


def prefix_of(xml: bytes) -> bytes:
    """The namespace prefix of the root <worksheet> element ('' for the usual default namespace)."""
    match = _ROOT.search(xml, 0, 4096) or _ROOT.search(xml)
    return match.group(1) or b"" if match else b""


def merged_ranges(xml: bytes, prefix: bytes) -> list[tuple[int, int, int, int]]:
    """(min_row, min_col, max_row, max_col) of each merged range."""
    if b"mergeCell" not in xml:
        return []
    pattern = re.compile(rb"<" + re.escape(prefix) + rb"mergeCell\b([^<>]*)>")
    result = []
    for match in pattern.finditer(xml):
        ref = (get_attr(match.group(1), b"ref") or b"").decode("ascii", "replace")
        first, _, last = ref.partition(":")
        a, b = parse_ref(first), parse_ref(last or first)
        if a and b:
            result.append((min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])))
    return result


@dataclass(slots=True)
class _Cell:
    start: int  # of '<c'
    end: int  # just after the open tag's '>'
    attrs: bytes
    self_closed: bool


@dataclass(slots=True)
class _Row:
    number: int
    start: int
    end: int  # just after the open tag's '>'
    attrs: bytes
    self_closed: bool


class SheetEditor:
    """Collects non-overlapping (start, end, replacement) edits on the sheet bytes and applies them at once."""

    def __init__(self, xml: bytes) -> None:
        self.xml = xml
        self.prefix = prefix_of(xml)
        self._edits: dict[int, tuple[int, bytes]] = {}
        self._inserts: dict[int, list[bytes]] = {}
        self._xf: Callable[[int | None, str | None, bool], int] = lambda s, fill, quote: s or 0
        self._quoted: set[int] = set()
        self._added: list[tuple[int, int]] = []
        p = re.escape(self.prefix)
        self._row_re = re.compile(rb"<" + p + rb"row(?=[\s/>])([^<>]*?)(/?)>")
        self._cell_re = re.compile(rb"<" + p + rb"c(?=[\s/>])([^<>]*?)(/?)>")
        self._row_close = b"</" + self.prefix + b"row>"
        data_open = re.search(rb"<" + p + rb"sheetData(?=[\s/>])[^<>]*?(/?)>", self.xml)
        if data_open is None:
            raise ValueError("worksheet without sheetData")
        self._data_open = data_open
        self._data_start = data_open.end()
        self._data_end = data_open.end() if data_open.group(1) else self.xml.find(b"</" + self.prefix + b"sheetData>",
                                                                                 data_open.end())
        if self._data_end < 0:
            raise ValueError("worksheet without </sheetData>")
        self._rows: list[_Row] | None = None

    # --- reading ---------------------------------------------------------------------------------

    def rows(self) -> list[_Row]:
        if self._rows is None:
            rows, number = [], 0
            for match in self._row_re.finditer(self.xml, self._data_start, self._data_end):
                r = get_attr(match.group(1), b"r")
                number = int(r) if r and r.isdigit() else number + 1
                rows.append(_Row(number, match.start(), match.end(), match.group(1), bool(match.group(2))))
            self._rows = rows
        return self._rows

    def cells(self, row: _Row) -> list[tuple[int, _Cell]]:
        """(column, cell) of each cell of ``row``."""
        if row.self_closed:
            return []
        end = self.xml.find(self._row_close, row.end, self._data_end)
        result, col = [], 0
        for match in self._cell_re.finditer(self.xml, row.end, end if end >= 0 else self._data_end):
            r = get_attr(match.group(1), b"r")
            parsed = parse_ref(r.decode("ascii", "replace")) if r else None
            col = parsed[1] if parsed else col + 1
            result.append((col, _Cell(match.start(), match.end(), match.group(1), bool(match.group(2)))))
        return result

    def row_content_end(self, row: _Row) -> int:
        end = self.xml.find(self._row_close, row.end, self._data_end)
        return end if end >= 0 else self._data_end

    def cell_at(self, pos: int) -> _Cell | None:
        """The cell whose open tag encloses text at ``pos`` (a <v> or <is> inside it)."""
        start = self.xml.rfind(b"<" + self.prefix + b"c", self._data_start, pos)
        while start >= 0:
            match = self._cell_re.match(self.xml, start)
            if match:
                return _Cell(match.start(), match.end(), match.group(1), bool(match.group(2)))
            start = self.xml.rfind(b"<" + self.prefix + b"c", self._data_start, start)
        return None

    def formula_like_cells(self, shared: frozenset[int]) -> list[_Cell]:
        """Text cells whose value starts like a formula: shared strings in ``shared`` and inline strings."""
        found: dict[int, _Cell] = {}
        p = re.escape(self.prefix)
        if shared:
            values = b"|".join(str(i).encode() for i in sorted(shared))
            pattern = re.compile(rb"<" + p + rb"v>\s*(?:" + values + rb")\s*</" + p + rb"v>")
            for match in pattern.finditer(self.xml, self._data_start, self._data_end):
                cell = self.cell_at(match.start())
                if cell and get_attr(cell.attrs, b"t") == b"s":
                    found[cell.start] = cell
        if b"<" + self.prefix + b"is>" in self.xml:
            pattern = re.compile(rb"<" + p + rb"is>\s*(?:<" + p + rb"r>\s*(?:<" + p + rb"rPr>.*?</" + p +
                                 rb"rPr>)?\s*)?<" + p + rb"t(?:\s[^<>]*)?>([^<]*)", re.S)
            for match in pattern.finditer(self.xml, self._data_start, self._data_end):
                if html.unescape(match.group(1).decode("utf-8", "replace")).startswith(FORMULA_START):
                    cell = self.cell_at(match.start())
                    if cell and get_attr(cell.attrs, b"t") == b"inlineStr":
                        found[cell.start] = cell
        return [found[k] for k in sorted(found)]

    # --- editing -----------------------------------------------------------------------------------

    def replace(self, start: int, end: int, text: bytes) -> None:
        self._edits[start] = (end, text)

    def restyle(self, cell: _Cell, style: int) -> None:
        attrs = set_attr(cell.attrs, b"s", str(style).encode())
        self._edits[cell.start] = (cell.end, b"<" + self.prefix + b"c" + attrs + (b"/>" if cell.self_closed
                                                                                   else b">"))

    def style_cells(self, fills: dict[tuple[int, int], str], quoted: list[_Cell],
                    xf: Callable[[int | None, str | None, bool], int]) -> list[tuple[int, int]]:
        """Restyle through ``xf(current s, fill, quotePrefix)``: the (row, col) cells get their fill, the
        ``quoted`` cells quotePrefix; a filled cell or row that is absent is added. Returns the cells added."""
        self._xf = xf
        self._quoted = {cell.start for cell in quoted}
        self._added = []
        rows = self.rows() if fills else []
        numbers = [r.number for r in rows]
        ordered_rows = numbers == sorted(numbers)
        by_row: dict[int, dict[int, str]] = {}
        for (row, col), fill in fills.items():
            by_row.setdefault(row, {})[col] = fill
        for number in sorted(by_row):
            cols = by_row[number]
            row = self._find_row(rows, numbers, number, ordered_rows)
            if row is None:
                self._insert_row(rows, numbers, number, cols, ordered_rows)
            else:
                self._style_row(row, cols)
        for cell in quoted:
            if cell.start not in self._edits:
                s = get_attr(cell.attrs, b"s")
                self.restyle(cell, xf(int(s) if s and s.isdigit() else None, None, True))
        return self._added

    def _find_row(self, rows: list[_Row], numbers: list[int], number: int, ordered: bool) -> _Row | None:
        if ordered:
            i = bisect_left(numbers, number)
            return rows[i] if i < len(rows) and numbers[i] == number else None
        return next((r for r in rows if r.number == number), None)

    def _new_cells(self, number: int, cols: Iterable[tuple[int, str]]) -> bytes:
        text = []
        for col, fill in cols:
            self._added.append((number, col))
            text.append(b'<%sc r="%s" s="%d"/>' % (self.prefix, ref_of(number, col).encode(),
                                                   self._xf(None, fill, False)))
        return b"".join(text)

    def _insert_row(self, rows: list[_Row], numbers: list[int], number: int, cols: dict[int, str],
                    ordered: bool) -> None:
        text = b'<%srow r="%d">%s</%srow>' % (self.prefix, number, self._new_cells(number, sorted(cols.items())),
                                              self.prefix)
        if self._data_open.group(1):  # <sheetData/>: open it (rows arrive in order, so append)
            start = self._data_open.start()
            _, previous = self._edits.get(start, (0, self._data_open.group(0)[:-2].rstrip() + b">" +
                                                  b"</" + self.prefix + b"sheetData>"))
            close = b"</" + self.prefix + b"sheetData>"
            self._edits[start] = (self._data_open.end(), previous[:-len(close)] + text + close)
            return
        i = bisect_left(numbers, number) if ordered else len(rows)
        at = rows[i].start if i < len(rows) else self._data_end
        self._inserts.setdefault(at, []).append(text)

    def _style_row(self, row: _Row, cols: dict[int, str]) -> None:
        cells = self.cells(row)
        present = {col: cell for col, cell in cells}
        missing: dict[int, list[tuple[int, str]]] = {}
        content_end = -1 if row.self_closed else self.row_content_end(row)
        for col in sorted(cols):
            if col in present:
                cell = present[col]
                s = get_attr(cell.attrs, b"s")
                self.restyle(cell, self._xf(int(s) if s and s.isdigit() else None, cols[col],
                                            cell.start in self._quoted))
                continue
            after = next((cell.start for c, cell in cells if c > col), content_end)
            missing.setdefault(after, []).append((col, cols[col]))
        if not missing:
            return
        # A new cell may lie outside the row's optional 'spans' hint: drop the hint rather than keep it wrong.
        attrs = set_attr(row.attrs, b"spans", None)
        if row.self_closed:
            text = self._new_cells(row.number, missing.pop(-1))
            self._edits[row.start] = (row.end, b"<" + self.prefix + b"row" + attrs + b">" + text + self._row_close)
            return
        self._edits[row.start] = (row.end, b"<" + self.prefix + b"row" + attrs + b">")
        for at, items in missing.items():
            self._inserts.setdefault(at, []).append(self._new_cells(row.number, items))

    def add_legacy_drawing(self, rid: str, r_prefix: bytes | None) -> None:
        """Insert <legacyDrawing r:id> where CT_Worksheet wants it (after <drawing>, before <tableParts>...)."""
        tail = self._data_end
        p = re.escape(self.prefix)
        after = re.compile(rb"<(?:" + p + rb"(?:" + b"|".join(_AFTER_LEGACY[:-1]) + rb")|[A-Za-z_][\w.-]*:"
                           rb"AlternateContent)(?=[\s/>])")
        match = after.search(self.xml, tail)
        end = self.xml.rfind(b"</" + self.prefix + b"worksheet")
        at = match.start() if match else end
        if at < 0:
            raise ValueError("worksheet without a closing tag")
        if r_prefix is None:  # the relationships namespace is not declared on the root: declare it here
            text = b'<%slegacyDrawing xmlns:r="%s" r:id="%s"/>' % (self.prefix, _NS_R, rid.encode())
        else:
            text = b'<%slegacyDrawing %s:id="%s"/>' % (self.prefix, r_prefix, rid.encode())
        self._inserts.setdefault(at, []).append(text)

    def unselect_tab(self) -> None:
        """Drop tabSelected from the sheet views (the copy opens on its first sheet, alone selected)."""
        pattern = re.compile(rb"<" + re.escape(self.prefix) + rb"sheetView(?=[\s/>])([^<>]*?)(/?)>")
        for match in pattern.finditer(self.xml, 0, self._data_open.start()):
            if get_attr(match.group(1), b"tabSelected") in (b"1", b"true"):
                attrs = set_attr(match.group(1), b"tabSelected", None)
                self._edits[match.start()] = (match.end(), b"<" + self.prefix + b"sheetView" + attrs +
                                              match.group(2) + b">")

    def grow_dimension(self, cells: Iterable[tuple[int, int]]) -> None:
        """Widen <dimension ref> to hold the cells added, as readers trust it (openpyxl read-only does)."""
        cells = list(cells)
        pattern = re.compile(rb"<" + re.escape(self.prefix) + rb"dimension(?=[\s/>])([^<>]*?)(/?)>")
        match = pattern.search(self.xml, 0, self._data_open.start())
        if not match or not cells:
            return
        ref = (get_attr(match.group(1), b"ref") or b"").decode("ascii", "replace")
        first, _, last = ref.partition(":")
        a, b = parse_ref(first), parse_ref(last or first)
        if not a or not b:
            return
        rows = [a[0], b[0], *(r for r, _ in cells)]
        cols = [a[1], b[1], *(c for _, c in cells)]
        new = f"{ref_of(min(rows), min(cols))}:{ref_of(max(rows), max(cols))}".encode()
        if new != ref.encode():
            self._edits[match.start()] = (match.end(), b"<" + self.prefix + b"dimension" +
                                          set_attr(match.group(1), b"ref", new) + match.group(2) + b">")

    def has_edits(self) -> bool:
        return bool(self._edits or self._inserts)

    def result(self) -> bytes:
        points = sorted({*self._edits, *self._inserts})
        out, pos = [], 0
        for at in points:
            out.append(self.xml[pos:at])
            out.extend(self._inserts.get(at, ()))
            pos = at
            if at in self._edits:
                end, text = self._edits[at]
                out.append(text)
                pos = end
        out.append(self.xml[pos:])
        return b"".join(out)


_NS_R = NS_R.encode()
_XMLNS = re.compile(rb"\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(\"|')(.*?)\2")


def relationship_prefix(xml: bytes) -> bytes | None:
    """The prefix the root element binds to the relationships namespace, if any."""
    root = _ROOT.search(xml)
    if not root:
        return None
    end = xml.find(b">", root.start())
    for match in _XMLNS.finditer(xml, root.start(), end):
        if match.group(3) == _NS_R:
            return match.group(1)
    return None


def formula_like_shared_strings(sst: bytes) -> frozenset[int]:
    """Indexes of shared strings whose text starts like a formula ('=', '+', '-', '@').

    Only text right after a '>' that starts with one of those characters or an entity is looked at (found
    with bytes.find, not a regex over every <t>); the index of the <si> around each is counted with
    bytes.count, so a 4 MB table costs a few milliseconds.
    """
    root = re.search(rb"<([A-Za-z_][\w.-]*:)?sst[\s>/]", sst)
    p = (root.group(1) or b"") if root else b""
    hits = set()
    for marker in (b">=", b">+", b">-", b">@", b">&"):
        pos = sst.find(marker)
        while pos >= 0:
            hits.add(pos)
            pos = sst.find(marker, pos + 2)
    opens = (b"<" + p + b"si>", b"<" + p + b"si ", b"<" + p + b"si/>")
    first_t = (b"<" + p + b"t>", b"<" + p + b"t ")
    result, index, counted_to = set(), -1, 0
    for pos in sorted(hits):
        tag = sst.rfind(b"<", 0, pos)
        if tag < 0 or not sst.startswith(first_t, tag):
            continue  # text of another element
        index += sum(sst.count(o, counted_to, tag) for o in opens)
        counted_to = tag
        si_start = max(sst.rfind(o, 0, tag) for o in opens)
        if si_start < 0 or any(sst.find(t, si_start, tag) >= 0 for t in first_t):
            continue  # not the first text of its string (a later run, or a phonetic reading)
        if b"rPh" in sst[si_start:tag]:
            continue
        end = sst.find(b"<", pos)
        text = sst[pos + 1:end if end >= 0 else len(sst)]
        if html.unescape(text.decode("utf-8", "replace")).startswith(FORMULA_START):
            result.add(index)
    return frozenset(result)
