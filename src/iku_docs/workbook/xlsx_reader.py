"""A small reader of .xlsx packages: sheet names and states, shared strings, date/percent styles, row values.

It replaces openpyxl's read-only mode on the validate path (openpyxl stays for writing and for the
annotated copy) and gives the same values: ``rows`` yields what ``ws.iter_rows(values_only=True)``
yields for a read-only, data-only workbook after ``reset_dimensions()`` — numbers as int/float,
dates through the cell's number format (1900 or 1904 system, times, durations), booleans, error
codes such as ``#N/A`` as text, the cached value of a formula (None without one), shared and inline
strings with rich-text runs joined and phonetic runs left out, a row as wide as its last cell, a
missing row as ``()``. openpyxl costs ~0.2 s to import and parses through defusedxml's pure-Python
parser; this module imports neither and reads a 10,000-row sheet several times faster.

Security (issue 8: XML bombs and external entities). ``load._refuse_dtd`` refuses a package any of
whose XML parts declares a DTD before anything here runs. Behind that screen:

- the small metadata parts ([Content_Types].xml, workbook.xml and its rels, styles.xml) are parsed
  with ``defusedxml.ElementTree``, which refuses DTDs, entity declarations and external references;
- the big parts are parsed with the C expat parser set up the way defusedxml sets it up: a handler
  raises ``DTDForbidden``/``EntitiesForbidden``/``ExternalReferenceForbidden`` as soon as a
  DOCTYPE, an entity declaration or an external reference appears, and parameter entities are
  never parsed (``_SafeExpat``). sharedStrings.xml is checked so, then built with the C
  ElementTree parser. A sheet is fed to the checker chunk by chunk ahead of the extraction, so
  no byte is interpreted before the checker has accepted it as well-formed, DTD-free XML; the
  extraction itself is a linear tokeniser over the checked bytes for the usual shape of
  ``<sheetData>`` (what Excel, LibreOffice and openpyxl write), and any other shape (comments,
  CDATA, prefixed tags, rich inline strings, another encoding...) is read by the C ElementTree
  pull parser, fed the same checked chunks. Both paths give the same rows (tests compare them
  with each other and with openpyxl).
"""

from __future__ import annotations

import contextlib
import datetime
import io
import itertools
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from iku_docs.ooxml import column_index, column_letter, range_bounds  # noqa: F401 - re-exported for load.py

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORKBOOK_TYPES = ("application/vnd.ms-excel.template.macroEnabled.main+xml",  # openpyxl's order
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
                  "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SHEET_STATES = ("visible", "hidden", "veryHidden")
CHUNK = 1 << 20  # bytes fed to the XML checker at a time

# --- openpyxl's number-format helpers, copied so the validate path never imports openpyxl ------
# (tests assert they equal openpyxl.styles.numbers / openpyxl.utils.datetime)

BUILTIN_FORMATS = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 5: '"$"#,##0_);("$"#,##0)',
    6: '"$"#,##0_);[Red]("$"#,##0)', 7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy",
    16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
    22: "m/d/yy h:mm", 37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)",
    40: "#,##0.00_);[Red](#,##0.00)", 41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
    42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
    44: '_("$"* #,##0.00_)_("$"* \\(#,##0.00\\)_("$"* "-"??_)_(@_)', 45: "mm:ss", 46: "[h]:mm:ss",
    47: "mmss.0", 48: "##0.0E+0", 49: "@",
}
BUILTIN_FORMATS_REVERSE = {code: i for i, code in BUILTIN_FORMATS.items()}
BUILTIN_FORMATS_MAX_SIZE = 164
_STRIP_RE = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_TIMEDELTA_RE = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.I)
WINDOWS_EPOCH = datetime.datetime(1899, 12, 30)
MAC_EPOCH = datetime.datetime(1904, 1, 1)


def is_date_format(fmt: str | None) -> bool:
    if fmt is None:
        return False
    fmt = _STRIP_RE.sub("", fmt.split(";")[0])
    return re.search(r"(?<![_\\])[dmhysDMHYS]", fmt) is not None


def is_timedelta_format(fmt: str | None) -> bool:
    return fmt is not None and _TIMEDELTA_RE.search(fmt.split(";")[0]) is not None


def from_excel(value: float, epoch: datetime.datetime = WINDOWS_EPOCH, timedelta: bool = False) -> Any:
    if timedelta:
        td = datetime.timedelta(days=value)
        if td.microseconds:  # round to millisecond precision
            td = datetime.timedelta(seconds=td.total_seconds() // 1, microseconds=round(td.microseconds, -3))
        return td
    day, fraction = divmod(value, 1)
    diff = datetime.timedelta(milliseconds=round(fraction * 86400 * 1000))
    if 0 <= value < 1 and diff.days == 0:
        mins, seconds = divmod(diff.seconds, 60)
        hours, mins = divmod(mins, 60)
        return datetime.time(hours, mins, seconds, diff.microseconds)
    if 0 < value < 60 and epoch == WINDOWS_EPOCH:
        day += 1  # Excel's phantom 29 February 1900
    return epoch + datetime.timedelta(days=day) + diff


def _coordinate_column(coordinate: str) -> int:
    """Column of "B12" the way openpyxl's coordinate_to_tuple splits it (the row must be an int too)."""
    idx = 0
    for idx, ch in enumerate(coordinate):  # noqa: B007 - idx is used after the loop, as in openpyxl
        if ch in "0123456789":
            break
    int(coordinate[idx:])
    return column_index(coordinate[:idx])


# --- safe XML -------------------------------------------------------------------------------


class _SafeExpat:
    """A bare C expat parser that refuses DTDs, entity declarations and external references (defusedxml's rules).

    No per-element handler: the whole document goes through at C speed, which proves it well-formed.
    """

    def __init__(self) -> None:
        import pyexpat

        self._parser = parser = pyexpat.ParserCreate()
        parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity
        parser.UnparsedEntityDeclHandler = self._unparsed
        parser.ExternalEntityRefHandler = self._external

    def feed(self, data: bytes, final: bool = False) -> None:
        self._parser.Parse(data, final)

    @staticmethod
    def _doctype(name: str, sysid: str | None, pubid: str | None, has_internal_subset: bool) -> None:
        from defusedxml import DTDForbidden

        raise DTDForbidden(name, sysid, pubid)

    @staticmethod
    def _entity(name: str, is_parameter_entity: bool, value: str | None, base: str | None, sysid: str | None,
                pubid: str | None, notation_name: str | None) -> None:
        from defusedxml import EntitiesForbidden

        raise EntitiesForbidden(name, value, base, sysid, pubid, notation_name)

    @staticmethod
    def _unparsed(name: str, base: str | None, sysid: str | None, pubid: str | None, notation_name: str) -> None:
        from defusedxml import EntitiesForbidden

        raise EntitiesForbidden(name, None, base, sysid, pubid, notation_name)

    @staticmethod
    def _external(context: str, base: str | None, sysid: str | None, pubid: str | None) -> None:
        from defusedxml import ExternalReferenceForbidden

        raise ExternalReferenceForbidden(context, base, sysid, pubid)


def checked_tree(data: bytes) -> Any:
    """A big part as an ElementTree element, after the safe expat check (C parser both times)."""
    from xml.etree import ElementTree

    _SafeExpat().feed(data, True)
    return ElementTree.fromstring(data)


def _metadata_tree(data: bytes) -> Any:
    from defusedxml import ElementTree

    return ElementTree.fromstring(data)


def _local(tag: Any) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


# --- the package -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    state: str
    part: str  # archive member name, no leading slash
    chart: bool = False  # a chart sheet has no cells


@dataclass(frozen=True, slots=True)
class Styles:
    date: frozenset[int] = frozenset()  # cellXfs indexes shown as dates/times
    timedelta: frozenset[int] = frozenset()  # ... as durations ([h]:mm)
    percent: frozenset[int] = frozenset()  # ... as percentages


@dataclass(frozen=True, slots=True)
class Book:
    sheets: tuple[SheetInfo, ...]
    missing: tuple[tuple[str, str], ...]  # (sheet name, part) listed in workbook.xml but absent from the archive
    strings: list[str] = field(repr=False)
    styles: Styles
    epoch: datetime.datetime = WINDOWS_EPOCH

    @property
    def sheetnames(self) -> list[str]:
        return [s.name for s in self.sheets]

    def sheet(self, name: str) -> SheetInfo:
        for info in self.sheets:  # the first of that name, as openpyxl's wb[name]
            if info.name == name:
                return info
        raise KeyError(name)


def read_book(zf: zipfile.ZipFile) -> Book:
    """Metadata, styles and shared strings of an opened package; KeyError for a missing required part."""
    names = set(zf.namelist())
    types = _metadata_tree(zf.read("[Content_Types].xml"))
    overrides = [(el.get("PartName") or "", el.get("ContentType")) for el in types if _local(el.tag) == "Override"]
    workbook_part = _workbook_part(types, overrides)
    strings_part = next((p for p, t in overrides if t == SHARED_STRINGS_TYPE), None)
    strings = read_shared_strings(zf.read(strings_part[1:])) if strings_part is not None else []
    wb = _metadata_tree(zf.read(workbook_part))
    epoch = WINDOWS_EPOCH
    sheet_elements: list[Any] = []
    for child in wb:
        if _local(child.tag) == "workbookPr" and _bool(child.get("date1904")):
            epoch = MAC_EPOCH
        elif _local(child.tag) == "sheets":
            sheet_elements = [el for el in child if _local(el.tag) == "sheet"]
    folder, base = posixpath.split(workbook_part)
    rels_part = posixpath.join(folder, "_rels", f"{base}.rels")
    rels = _relationships(zf.read(rels_part), posixpath.dirname(rels_part))
    sheets, missing = [], []
    for el in sheet_elements:
        rid = el.get(f"{{{REL_NS}}}id")
        if not rid:
            continue  # openpyxl drops such a sheet with a warning
        name, state = el.get("name"), el.get("state", "visible")
        if name is None or state not in SHEET_STATES:
            raise ValueError(f"invalid sheet element {name!r} {state!r}")
        target, kind = rels[rid]
        if target not in names:
            missing.append((name, target))
            continue
        sheets.append(SheetInfo(name, state, target, "chartsheet" in kind))
    styles = read_styles(zf.read("xl/styles.xml")) if "xl/styles.xml" in names else Styles()
    return Book(tuple(sheets), tuple(missing), strings, styles, epoch)


def _bool(value: str | None) -> bool:
    return bool(value) and value not in ("false", "f", "0")


def _workbook_part(types: Any, overrides: list[tuple[str, str | None]]) -> str:
    for kind in WORKBOOK_TYPES:
        for part, ctype in overrides:
            if ctype == kind:
                return part[1:]
    defaults = {el.get("ContentType") for el in types if _local(el.tag) == "Default"}
    if defaults & set(WORKBOOK_TYPES):
        return "xl/workbook.xml"
    raise OSError("File contains no valid workbook part")


def _relationships(data: bytes, rels_folder: str) -> dict[str, tuple[str, str]]:
    """Id → (archive member, relationship type), targets resolved as openpyxl's get_dependents does."""
    parent = posixpath.split(rels_folder)[0]
    result = {}
    for el in _metadata_tree(data):
        if _local(el.tag) != "Relationship":
            continue
        target = el.get("Target") or ""
        if el.get("TargetMode") != "External":
            target = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(parent, target))
        result[el.get("Id")] = (target, el.get("Type") or "")
    return result


def read_styles(data: bytes) -> Styles:
    """Which cell styles show dates, durations and percentages, exactly as openpyxl's Stylesheet decides."""
    root = _metadata_tree(data)
    custom: dict[int, str] = {}
    xf_ids: list[int] = []
    for child in root:
        tag = _local(child.tag)
        if tag == "numFmts":
            for el in child:
                if _local(el.tag) == "numFmt":
                    custom[int(el.get("numFmtId"))] = el.get("formatCode")
        elif tag == "cellXfs":
            xf_ids = [int(el.get("numFmtId", 0)) for el in child if _local(el.tag) == "xf"]
    if not xf_ids:
        return Styles()
    formats: list[str] = []  # openpyxl's IndexedList of custom codes, in order of first use
    effective, date, timedelta = [], set(), set()
    for idx, fmt_id in enumerate(xf_ids):
        if fmt_id in custom:
            fmt = custom[fmt_id]
            if fmt in BUILTIN_FORMATS_REVERSE:
                fmt_id = BUILTIN_FORMATS_REVERSE[fmt]
            else:
                if fmt not in formats:
                    formats.append(fmt)
                fmt_id = formats.index(fmt) + BUILTIN_FORMATS_MAX_SIZE
        else:
            fmt = BUILTIN_FORMATS.get(fmt_id)
        effective.append(fmt_id)
        if is_date_format(fmt):
            date.add(idx)
        if is_timedelta_format(fmt):
            timedelta.add(idx)
    percent = set()
    for idx, fmt_id in enumerate(effective):
        code = BUILTIN_FORMATS.get(fmt_id, "") if fmt_id < BUILTIN_FORMATS_MAX_SIZE else (
            formats[fmt_id - BUILTIN_FORMATS_MAX_SIZE] if fmt_id - BUILTIN_FORMATS_MAX_SIZE < len(formats) else "")
        if "%" in re.sub(r'"[^"]*"|\\.', "", str(code)):  # a literal "%" in quotes is not a percent format
            percent.add(idx)
    return Styles(frozenset(date), frozenset(timedelta), frozenset(percent))


def text_content(node: Any) -> str:
    """openpyxl's Text.from_tree(node).content: the last <t>, then each run's last <t>; phonetic runs skipped."""
    plain, runs = None, []
    for child in node:
        tag = _local(child.tag)
        if tag == "t":
            plain = child.text
        elif tag == "r":
            t = None
            for part in child:
                if _local(part.tag) == "t":
                    t = part.text
            runs.append(t)
    return "".join(s for s in (plain, *runs) if s is not None)


def read_shared_strings(data: bytes, fast: bool = True) -> list[str]:
    """openpyxl's read_string_table. Plain strings are tokenised once the checker accepted the part."""
    if fast:
        strings = _plain_shared_strings(data)
        if strings is not None:
            return strings
    tag = f"{{{MAIN_NS}}}si"
    return [text_content(si).replace("x005F_", "") for si in checked_tree(data).iter(tag)]


_SST_PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?(?:<\?xml\b([^<>]*)\?>)?\s*<sst\b([^<>]*)>")
_SI = re.compile(rb'\s*<si>\s*(?:<t(?:\s+xml:space="preserve")?>([^<]*)</t>|<t\s*/>)\s*</si>|\s*</sst\s*>\s*\Z|(<)')


def _plain_shared_strings(data: bytes) -> list[str] | None:
    """The strings when every <si> is one plain <t> (what Excel and openpyxl write); None otherwise."""
    prolog = _SST_PROLOG.match(data)
    if not prolog or f'xmlns="{MAIN_NS}"'.encode() not in prolog.group(2):
        return None
    encoding = _ENCODING.search(prolog.group(1) or b"")
    if encoding and encoding.group(1).lower() not in (b"utf-8", b"utf8"):
        return None
    _SafeExpat().feed(data, True)  # well-formed, no DTD: only then are the bytes tokenised
    found = _SI.findall(data, prolog.end())
    if not found or any(odd for _, odd in found) or not data[prolog.end():].rstrip().endswith(b"</sst>"):
        return None  # rich text, phonetic runs, comments...: the tree reader
    strings = []
    for raw, _ in found[:-1]:  # the last match is </sst>
        text = raw.decode("utf-8")
        if "&" in text or "\r" in text:
            text = _text(raw)
        strings.append(text.replace("x005F_", "") if "x005F_" in text else text)
    return strings


# --- sheets ----------------------------------------------------------------------------------


class _Unusual(Exception):
    """The sheet XML has a shape the fast tokeniser does not read; the pull parser reads it instead."""


_XML_ESCAPE = re.compile(r"&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _unescape_ref(m: re.Match[str]) -> str:
    if m.group(3):
        return _NAMED[m.group(3)]
    return chr(int(m.group(1))) if m.group(1) else chr(int(m.group(2), 16))


def _text(raw: bytes) -> str:
    """Character data as an XML parser reports it: line ends normalised, then references replaced."""
    s = raw.decode("utf-8")
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in s:
        s = _XML_ESCAPE.sub(_unescape_ref, s)
    return s


_ATTR = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _attrs(raw: bytes) -> dict[str, str]:
    """Attributes of a start tag (values normalised as a parser does: whitespace characters become spaces)."""
    result = {}
    for m in _ATTR.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3)
        value = re.sub(rb"\r\n|[\r\n\t]", b" ", value)
        result[m.group(1).decode()] = _text(value)
    return result


_PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?(?:<\?xml\b([^<>]*)\?>)?\s*<worksheet\b([^<>]*)>")
_SHEETDATA = re.compile(rb"<sheetData\b([^<>]*?)(/?)>")
_ROW_OPEN = re.compile(rb"\s*<row\b([^<>]*?)(/?)>")
_ROW_CLOSE = re.compile(rb"\s*</row\s*>")
_SHEETDATA_CLOSE = re.compile(rb"\s*</sheetData\s*>")
_ROW_R = re.compile(rb"""(?<![\w:.-])r\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# One cell in the shape Excel, LibreOffice and openpyxl write (r, s, t in schema order; other attributes
# in the 4th group). Groups: column letters, style, type, other attributes, <v> text, <is>, its <t> text.
_CELL_SRC = (rb'<c(?:\s+r="([A-Z]{1,3})[0-9]+")?(?:\s+s="([0-9]+)")?(?:\s+t="([A-Za-z]+)")?'
    rb"""((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*+)\s*"""
    rb"(?:/>|>\s*(?:<f\b[^<>]*/>\s*|<f\b[^<>]*>[^<]*</f>\s*)?(?:<v\s*/>\s*|<v>([^<]*)</v>\s*)?"
    rb"(?:(<is\s*/>|<is>\s*(?:<t\s*/>|<t(?:\s+xml:space=\"preserve\")?>([^<]*)</t>)?\s*</is>)\s*)?</c\s*>)")
# The 8th group catches any "<" that does not start such a cell (a comment, another tag, a cell of another
# shape): a row body is read by the tokeniser only when it has none.
_CELL = re.compile(rb"\s*" + _CELL_SRC + rb"|(<)")
_ENCODING = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")


def _fast_start(xml: bytes) -> int:
    """Offset just inside <sheetData>, or _Unusual when the sheet is not in the shape the tokeniser reads."""
    prolog = _PROLOG.match(xml)
    if not prolog or f'xmlns="{MAIN_NS}"'.encode() not in prolog.group(2):
        raise _Unusual
    encoding = _ENCODING.search(prolog.group(1) or b"")
    if encoding and encoding.group(1).lower() not in (b"utf-8", b"utf8"):
        raise _Unusual
    data = _SHEETDATA.search(xml, prolog.end())
    if not data or b"xmlns" in data.group(1):
        raise _Unusual
    before = xml[prolog.end():data.start()]
    if b"<!--" in before or b"<![CDATA[" in before or b'xmlns="' in before or b"xmlns='" in before:
        raise _Unusual  # "<sheetData" inside a comment, or a default namespace redeclared around it
    return -1 if data.group(2) else data.end()


class SheetReader:
    """Rows of one sheet part as openpyxl's read-only ``iter_rows(values_only=True)`` gives them."""

    def __init__(self, book: Book, xml: bytes) -> None:
        self.book, self.xml = book, xml
        self._checker = _SafeExpat()
        self._checked = 0

    def rows(self, max_row: int, fast: bool = True) -> Iterator[tuple[Any, ...]]:
        parsed: Iterator[tuple[int, list[tuple[int, Any]]]] = self._pull_rows()
        if fast:
            with contextlib.suppress(_Unusual):
                parsed = self._fast_rows(_fast_start(self.xml))
        counter = idx = 1
        for idx, cells in parsed:
            if idx > max_row:
                break
            while counter < idx:  # rows missing from the XML
                counter += 1
                yield ()
            if counter <= idx:
                yield _row_values(cells)
                counter += 1
        if max_row < idx:
            for _ in range(counter, max_row + 1):
                yield ()

    # -- the XML checker, kept ahead of whatever reads the bytes --

    def _check_to(self, end: int) -> None:
        end = min(end, len(self.xml))
        while self._checked < end:
            stop = min(len(self.xml), max(end, self._checked + CHUNK))
            self._checker.feed(self.xml[self._checked:stop], stop == len(self.xml))
            self._checked = stop

    # -- fast path --

    def _fast_rows(self, start: int) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
        """Rows read by the tokeniser; from an odd spot on, the pull parser's (same rows, counted alike)."""
        done = 0
        try:
            for item in self._tokenise(start):
                yield item
                done += 1
        except _Unusual:
            yield from itertools.islice(self._pull_rows(), done, None)

    def _tokenise(self, pos: int) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
        xml, end = self.xml, len(self.xml)
        row_open, find_cells = _ROW_OPEN.match, _CELL.findall
        strings, date_styles = self.book.strings, self.book.styles.date
        columns: dict[bytes, int] = {}
        row_counter = 0
        self._check_to(min(end, max(pos, 0) + CHUNK))
        if pos < 0:  # <sheetData/>
            self._check_to(end)
            return
        while True:
            m = row_open(xml, pos)
            if m is None:
                if _SHEETDATA_CLOSE.match(xml, pos) is None:
                    raise _Unusual
                self._check_to(end)  # openpyxl parses the rest of the sheet too: a broken tail is an error
                return
            attrs = m.group(1)
            if b"xmlns" in attrs:
                raise _Unusual
            r = _ROW_R.search(attrs)
            row_counter = _row_number(_text(r.group(1) if r.group(1) is not None else r.group(2))) if r \
                else row_counter + 1
            pos = m.end()
            cells: list[tuple[int, Any]] = []
            if not m.group(2):
                close = xml.find(b"</row", pos)
                if close < 0:
                    raise _Unusual
                if close + 6 > self._checked:  # never read bytes the checker has not accepted
                    self._check_to(close + CHUNK)
                col = 0
                for letters, style, kind, extra, value, inline, inline_text, odd in find_cells(xml, pos, close):
                    if odd:
                        raise _Unusual  # a comment, CDATA, rich inline text, another tag...: not this shape
                    if extra:
                        col, value = self._unusual_cell(col, letters, style, kind, extra, value, inline, inline_text)
                        cells.append((col, value))
                        continue
                    if letters:
                        col = columns.get(letters) or columns.setdefault(letters, column_index(letters.decode()))
                    else:
                        col += 1
                    if not kind or kind == b"n":
                        if value:
                            text = value.decode()
                            if "&" in text or "\r" in text:
                                text = _text(value)
                            number = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
                            if date_styles and int(style or 0) in date_styles:  # no s attribute = style 0
                                number = self._date(int(style or 0), number)
                            cells.append((col, number))
                        else:
                            cells.append((col, None))
                    elif kind == b"s" and value and value.isdigit():
                        cells.append((col, strings[int(value)]))
                    else:
                        cells.append((col, self._convert(style or None, kind, value, inline or None, inline_text)))
                end_tag = _ROW_CLOSE.match(xml, close)
                if end_tag is None:
                    raise _Unusual
                pos = end_tag.end()
            if pos > self._checked:
                self._check_to(pos + CHUNK)
            yield row_counter, cells

    def _unusual_cell(self, col: int, letters: bytes, style: bytes, kind: bytes, extra: bytes, value: bytes,
                      inline: bytes, inline_text: bytes) -> tuple[int, Any]:
        """A cell with attributes beyond r/s/t in order (cm, vm, quotes, entities...): parsed one by one."""
        if b"xmlns" in extra:
            raise _Unusual
        more = _attrs(extra)
        if "r" in more:
            col = _coordinate_column(more["r"]) if more["r"] else col + 1
        else:
            col = column_index(letters.decode()) if letters else col + 1
        if more.get("s"):
            int(more["s"])  # openpyxl converts every cell's style, whatever its type
        style_b: bytes | None = more["s"].encode() if "s" in more else (style or None)
        kind_b: bytes | None = more["t"].encode() if "t" in more else (kind or None)
        return col, self._convert(style_b, kind_b, value, inline or None, inline_text)

    def _date(self, style_id: int, number: float) -> Any:
        try:
            return from_excel(number, self.book.epoch, timedelta=style_id in self.book.styles.timedelta)
        except (OverflowError, ValueError):
            return "#VALUE!"

    def _convert(self, style: bytes | None, kind: bytes | None, value: bytes | None, inline: bytes | None,
                 inline_text: bytes | None) -> Any:
        if kind == b"inlineStr":
            if inline is None:
                return None
            return _text(inline_text) if inline_text else ""
        if not value:
            return None
        text = _text(value)
        return self._typed(None if style is None else style.decode(), "n" if kind is None else kind.decode(), text)

    def _typed(self, style: str | None, kind: str, text: str) -> Any:
        """parse_cell of openpyxl for a non-empty <v> (data_only); style None = no s attribute."""
        if kind == "n":
            number = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
            style_id: Any = 0 if style is None else (int(style) if style else style)
            return self._date(style_id, number) if style_id in self.book.styles.date else number
        if kind == "s":
            return self.book.strings[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601  # ISO dates are rare (Excel's strict mode)

            return from_ISO8601(text)
        return text  # str, e and anything else: the text as written

    # -- general path --

    def _pull_rows(self) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
        """openpyxl's WorkSheetParser.parse/parse_row/parse_cell over the C ElementTree pull parser."""
        from xml.etree.ElementTree import XMLPullParser

        row_tag, v_tag, is_tag = f"{{{MAIN_NS}}}row", f"{{{MAIN_NS}}}v", f"{{{MAIN_NS}}}is"
        checker, parser = _SafeExpat(), XMLPullParser(events=("end",))
        row_counter = 0
        for pos in range(0, max(len(self.xml), 1), CHUNK):
            chunk = self.xml[pos:pos + CHUNK]
            final = pos + CHUNK >= len(self.xml)
            checker.feed(chunk, final)  # the parser below only ever sees checked bytes
            parser.feed(chunk)
            if final:
                parser.close()
            for _, element in parser.read_events():
                if element.tag != row_tag:
                    continue
                r = element.get("r")
                row_counter = _row_number(r) if r is not None else row_counter + 1
                cells, col = [], 0
                for cell in element:
                    coordinate = cell.get("r")
                    col = _coordinate_column(coordinate) if coordinate else col + 1
                    kind, style = cell.get("t", "n"), cell.get("s")
                    if style:
                        int(style)  # openpyxl converts every cell's style, whatever its type
                    if kind == "inlineStr":
                        child = cell.find(is_tag)
                        cells.append((col, None if child is None else text_content(child)))
                        continue
                    text = cell.findtext(v_tag, None) or None
                    cells.append((col, None if text is None else self._typed(style, kind, text)))
                element.clear()
                yield row_counter, cells


def _row_number(r: str) -> int:
    try:
        return int(r)
    except ValueError:
        value = float(r)
        if value.is_integer():
            return int(value)
        raise ValueError(f"{r} is not a valid row number") from None


def _row_values(cells: list[tuple[int, Any]]) -> tuple[Any, ...]:
    """openpyxl's _get_row: as wide as the last cell's column, later duplicates win, columns beyond dropped."""
    if not cells:
        return ()
    width = cells[-1][0]
    values: list[Any] = [None] * width if width > 0 else []
    for col, value in cells:
        if 1 <= col <= width:
            values[col - 1] = value
    return tuple(values)


def open_package(data: bytes) -> tuple[zipfile.ZipFile, Book]:
    zf = zipfile.ZipFile(io.BytesIO(data))
    return zf, read_book(zf)
