"""The little of a workbook's XML that python-calamine does not read for us.

calamine gives the cell values. It does not say which archive member holds a sheet, which styles show a
number as a percentage, where a sheet's data really ends, which formulas were saved without a result or
which cells hold a cached error (it reads ``#DIV/0!`` as empty and refuses a sheet holding ``#SPILL!``),
and it sizes one dense grid per sheet by its first and last non-empty cells, so that a single value at
XFD1048576 would allocate 17 billion cells and abort the process. This module answers those questions
before calamine reads a sheet.

The metadata parts (workbook.xml and its relationships, styles.xml) are parsed with defusedxml. Sheets
are scanned as bytes, after ``load._refuse_dtd`` has screened every part, with patterns that stay linear
on crafted input and searches from the end or for rare literals, so that an ordinary sheet costs a few
scans of its bytes at C speed.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from iku_docs.ooxml import (
    BUILTIN_FORMATS,
    EXCEL_MAX_COL,
    VALUE_MARKERS,
    column_index,
    shows_percent,
)

REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORKBOOK_PART = "xl/workbook.xml"  # load._check_archive requires it; calamine reads it from the same folder
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
STYLES_PART = "xl/styles.xml"
TRIM_TAIL_FROM = 1024 * 1024  # formatted empty rows after the data worth cutting before calamine parses them
# Cached errors calamine reads (as an empty cell); any other code makes it refuse the whole sheet
# (calamine 0.36 src/xlsx/mod.rs, ``impl FromStr for CellErrorType``).
CALAMINE_ERRORS = frozenset({"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"})

# --- the package ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Package:
    """Which member holds each sheet, and which cell styles (cellXfs indexes) show percentages."""

    parts: dict[str, tuple[str, bool]]  # sheet name → (archive member, chart sheet); the first of a name
    missing: tuple[tuple[str, str], ...]  # (sheet name, member) listed in workbook.xml but absent
    percent_styles: frozenset[int] = frozenset()


def _tree(data: bytes) -> Any:
    from defusedxml import ElementTree  # refuses DTDs, entity declarations and external references

    return ElementTree.fromstring(data)


def _local(tag: Any) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def read_package(zf: zipfile.ZipFile) -> Package:
    """KeyError for a missing workbook part or relationship, defusedxml's errors for a DTD."""
    names = set(zf.namelist())
    rels = _relationships(zf.read(WORKBOOK_RELS))
    parts: dict[str, tuple[str, bool]] = {}
    missing = []
    for child in _tree(zf.read(WORKBOOK_PART)):
        if _local(child.tag) != "sheets":
            continue
        for el in child:
            rid, name = el.get(f"{{{REL_NS}}}id"), el.get("name")
            if _local(el.tag) != "sheet" or not rid or name is None:
                continue  # calamine refuses such a sheet when it opens the workbook
            target, kind = rels[rid]
            if target not in names:
                missing.append((name, target))
            else:
                parts.setdefault(name, (target, kind.endswith("/chartsheet")))
    styles = percent_styles(zf.read(STYLES_PART)) if STYLES_PART in names else frozenset()
    return Package(parts, tuple(missing), styles)


def _relationships(data: bytes) -> dict[str, tuple[str, str]]:
    """Id → (archive member, relationship type) of workbook.xml's relationships (targets relative to xl/)."""
    result = {}
    for el in _tree(data):
        if _local(el.tag) != "Relationship":
            continue
        target = el.get("Target") or ""
        if el.get("TargetMode") != "External":
            target = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        result[el.get("Id")] = (target, el.get("Type") or "")
    return result


def percent_styles(data: bytes) -> frozenset[int]:
    """The cellXfs indexes whose number format shows a percentage (a custom format by id, else a built-in)."""
    custom: dict[int, str] = {}
    xf_formats: list[int] = []
    for child in _tree(data):
        tag = _local(child.tag)
        if tag == "numFmts":
            custom.update((int(el.get("numFmtId")), el.get("formatCode") or "") for el in child
                          if _local(el.tag) == "numFmt")
        elif tag == "cellXfs":
            xf_formats = [int(el.get("numFmtId", 0)) for el in child if _local(el.tag) == "xf"]
    return frozenset(i for i, fmt in enumerate(xf_formats)
                     if shows_percent(custom[fmt] if fmt in custom else BUILTIN_FORMATS.get(fmt, "")))


# --- a sheet ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetScan:
    """What a sheet's XML says beside its values."""

    last_row: int | None  # last row holding a value or a formula; None = the row tag has no number
    formulas_without_value: frozenset[str]  # A1 refs of formulas saved without a cached result
    merged: tuple[str, ...]  # "A3:A5" ranges
    percent: frozenset[str] = frozenset()  # A1 refs of number cells shown with a percent format
    errors: dict[str, str] = field(default_factory=dict)  # A1 ref → cached error value ("#DIV/0!")
    extent: tuple[int, int] = (0, 0)  # (row, column) that no cell up to the last value lies beyond


# Attribute values may be single- or double-quoted, with white space around "=" (XML 1.0, production Eq).
# Every pattern stays linear on crafted input: a tag's attributes never contain "<" ([^<>], not [^>]),
# and a cell body never runs past the start of another cell (a lazy ".*?" up to "</c>" made a sheet of
# unclosed "<c>" tags quadratic: 112 kB took 6 s, 40 MB would never finish).
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b[^<>]*?\br\s*=\s*[\"'](\d{1,18})[\"']")
_HAS_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")  # in a cell body
# A cell: its attributes, and its body (None for <c .../>).
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\b((?:[^<>/]|/(?!>))*)"
                   rb"(?:/>|>((?:[^<]|<(?!/?(?:[A-Za-z_][\w.-]*:)?c[\s/>]))*)</(?:[A-Za-z_][\w.-]*:)?c>)")
_ATTR_R = re.compile(rb"\br\s*=\s*[\"']([A-Z]+\d+)[\"']")
_ATTR_T = re.compile(rb"\bt\s*=\s*[\"'](\w+)[\"']")
_ATTR_S = re.compile(rb"\bs\s*=\s*[\"'](\d+)[\"']")
_NONEMPTY_V = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v(?:\s[^<>]*)?>[^<]")
_V_TEXT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v(?:\s[^<>]*)?>([^<]*)<")
_MERGE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^<>]*\bref\s*=\s*[\"']([A-Z]+\d+:[A-Z]+\d+)[\"']")


def scan_sheet(xml: bytes, percent_styles: frozenset[int] = frozenset()) -> tuple[SheetScan, bytes | None]:
    """The scan of a sheet part (UTF-8), and the part as calamine should read it (None: as it is)."""
    last_pos = _last_value_pos(xml)
    last_row = _last_row(xml, last_pos)
    merged = tuple(m.decode() for m in _MERGE.findall(xml)) if b"mergeCell" in xml else ()
    formulas: set[str] = set()
    percent: set[str] = set()
    errors: dict[str, str] = {}
    refused: list[tuple[int, int]] = []  # bodies of error cells calamine would refuse
    wanted = {str(i).encode() for i in percent_styles}
    # Nothing after the row of the last value holds a value or a formula (a megabyte of formatted empty rows
    # is common): the searches stop there.
    row_end = xml.find(b"row>", last_pos) if last_pos >= 0 else 0
    end = len(xml) if row_end < 0 else row_end
    for cell in _cells_worth_a_look(xml, wanted, end):
        attrs, inner = cell.group(1), cell.group(2) or b""
        r = _ATTR_R.search(attrs)
        if r is None:
            continue  # a cell without a reference cannot be named in a finding
        ref = r.group(1).decode()
        t = _ATTR_T.search(attrs)
        kind = t.group(1) if t else b"n"
        if wanted and kind == b"n":
            s = _ATTR_S.search(attrs)
            if (s.group(1) if s else b"0") in wanted:  # no s attribute: style 0, which may be a percent too
                percent.add(ref)
        # t="str" with an empty <v></v> is a cached empty string, a real (blank) result.
        if _HAS_FORMULA.search(inner) and not (_NONEMPTY_V.search(inner) or (kind == b"str" and b"v>" in inner)):
            formulas.add(ref)
        if kind == b"e" and (v := _V_TEXT.search(inner)) and v.group(1):
            errors[ref] = v.group(1).decode()
            if errors[ref] not in CALAMINE_ERRORS:
                refused.append(cell.span(2))
    scan = SheetScan(last_row, frozenset(formulas), merged, frozenset(percent), errors,
                     extent(xml, last_pos, last_row))
    return scan, _for_calamine(xml, last_pos, refused)


# Where a cell worth a look shows itself: a formula element, t="e", or (``_style_at``) a percent style. Each
# begins with a literal, which the regular expression engine searches fast; rare ones are gated by a plain
# search first. One pass of ``_CELL`` over every cell of a 10,000-row sheet costs 0.6 s.
_FORMULA_AT = (re.compile(rb"<f[\s/>]"), re.compile(rb":f[\s/>]"))
_ERROR_AT = re.compile(rb"t\s*=\s*[\"']e[\"']")
_CELL_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\b")


def _cells_worth_a_look(xml: bytes, wanted: set[bytes], end: int) -> Iterator[re.Match[bytes]]:
    """Each cell before ``end`` that may hold a formula, a cached error or a percent style, once, in order
    (``_CELL`` matches)."""
    if b"0" in wanted:  # style 0 is every cell without an s attribute, which nothing marks: look at every cell
        yield from _CELL.finditer(xml, 0, end)
        return
    anchors: list[int] = []
    for pattern, gate in zip(_FORMULA_AT, (b"<f", b":f"), strict=True):
        if xml.find(gate, 0, end) >= 0:
            anchors += [m.start() for m in pattern.finditer(xml, 0, end)]
    if xml.find(b'"e"', 0, end) >= 0 or xml.find(b"'e'", 0, end) >= 0:
        anchors += [m.start() for m in _ERROR_AT.finditer(xml, 0, end)]
    if wanted:
        anchors += [m.start() for m in _style_at(frozenset(wanted)).finditer(xml, 0, end)]
    floor, last_cell = 0, -1
    for pos in sorted(anchors):
        cell = _cell_around(xml, pos, floor)
        floor = pos  # the next anchor looks back no further: the whole pass stays linear
        if cell is not None and cell.start() != last_cell:
            last_cell = cell.start()
            yield cell


@lru_cache(maxsize=64)
def _style_at(wanted: frozenset[bytes]) -> re.Pattern[bytes]:
    return re.compile(rb"s\s*=\s*[\"'](?:" + b"|".join(sorted(wanted)) + rb")[\"']")


def _cell_around(xml: bytes, pos: int, floor: int) -> re.Match[bytes] | None:
    """The cell whose start tag or body holds offset ``pos``, found looking back to ``floor`` at most."""
    at = pos
    while at > floor:
        plain, prefixed = xml.rfind(b"<c", floor, at), xml.rfind(b":c", floor, at)
        at = max(plain, prefixed)
        if at < 0:
            return None
        start = at if plain > prefixed else xml.rfind(b"<", floor, at)
        if start >= 0 and _CELL_START.match(xml, start):
            cell = _CELL.match(xml, start)
            return cell if cell is not None and cell.end() > pos else None
    return None


_MARKER_STARTS = (b"<v", b"<is", b"<f", b":v", b":is", b":f")  # what each of ooxml.VALUE_MARKERS begins with


def _last_value_pos(xml: bytes) -> int:
    """``ooxml.last_value_pos`` without its 36 searches of the whole part (0.25 s on a 7 MB sheet, 0.6 s behind a
    million formatted empty rows): the last occurrence of each of 6 beginnings, latest first, until one is a
    marker. Each beginning is searched further back only after a false hit, so the search stays linear."""
    last = {start: xml.rfind(start) for start in _MARKER_STARTS}
    while True:
        start, hit = max(last.items(), key=lambda item: item[1])
        if hit < 0 or xml.startswith(VALUE_MARKERS, hit):
            return hit
        last[start] = xml.rfind(start, 0, hit + len(start) - 1)


def _last_row(xml: bytes, pos: int) -> int | None:
    if pos < 0:
        return 0
    start = max(xml.rfind(b"<row", 0, pos), xml.rfind(b":row", 0, pos))
    if start < 0:
        return None
    match = _ROW_TAG.match(xml, start if xml[start:start + 1] == b"<" else xml.rfind(b"<", 0, start))
    return int(match.group(1)) if match else None


def _for_calamine(xml: bytes, last_pos: int, refused: list[tuple[int, int]]) -> bytes | None:
    """The sheet without the bodies of error cells calamine refuses (their values are in ``SheetScan.errors``),
    and cut after the row of the last value when a megabyte or more of formatted empty rows follows."""
    cut = close = -1
    if last_pos >= 0 and (row_end := xml.find(b"</row>", last_pos)) >= 0:
        cut = row_end + len(b"</row>")
        close = xml.find(b"</sheetData>", cut)
    trim = close - cut > TRIM_TAIL_FROM if close >= 0 else False
    if not refused and not trim:
        return None
    pieces, at = [], 0
    for start, end in refused:
        pieces.append(xml[at:start])
        at = end
    pieces += [xml[at:cut], xml[close:]] if trim else [xml[at:]]
    return b"".join(pieces)


# --- the extent of a sheet ------------------------------------------------------------------------
#
# calamine keeps a sheet as one dense grid from its first to its last non-empty cell. A cell's place comes
# from its r attribute, or (without one) follows the cell before it, and rows likewise. Cells after the last
# value hold none, so the cells before it bound the grid; the bound counts empty cells too (conservative).

# Two patterns, not one: each begins with a literal, which the regular expression engine searches fast.
_ODD_CELL_TAGS = (re.compile(rb"<c[>/\t\n\r]"), re.compile(rb":c[\s/>]"))
_TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(row|c)\b((?:[^<>/]|/(?!>))*)(/?)>")
_ANY_R = re.compile(rb"(?:^|\s)r\s*=\s*[\"']([A-Za-z]*)(\d*)[\"']")
FAR_ROW = 10 ** 18  # stands for a row number too long to convert (int() refuses 4,300 digits and more)


def extent(xml: bytes, last_pos: int, last_row: int | None) -> tuple[int, int]:
    """(row, column), 1-based, that no cell up to the last value lies beyond; (0, 0) for a sheet without values."""
    if last_pos < 0:
        return 0, 0
    if last_row and xml.count(b"<c ", 0, last_pos) == xml.count(b'<c r="', 0, last_pos) \
            and not any(tag.search(xml, 0, last_pos) for tag in _ODD_CELL_TAGS):
        # Every cell names its place (what Excel, LibreOffice, openpyxl and xlsxwriter write): only the
        # references with two letters or more, or beyond the last row, need a look (any spelling, any element).
        rows, cols = last_row, _widest_single_letter(xml, last_pos)
        for m in _far_or_wide(last_row).finditer(xml, 0, last_pos):
            letters, digits = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            rows, cols = max(rows, _row_number(digits)), max(cols, _column_number(letters))
        return rows, cols
    return _extent_cell_by_cell(xml, last_pos)


def _extent_cell_by_cell(xml: bytes, end: int) -> tuple[int, int]:
    """Follow calamine's counters over every row and cell tag (cells or rows without r, prefixed tags)."""
    row = col = max_row = max_col = 0  # 0-based, as calamine counts
    for closing, name, attrs, empty in _TAG.findall(xml, 0, end):
        refs = _ANY_R.findall(attrs) if not closing else []
        if name == b"row":
            if closing:
                row, col = row + 1, 0
                continue
            if refs:
                row = max(_row_number(digits) for _, digits in refs) - 1
            if empty:  # <row/> ends where it starts
                row, col = row + 1, 0
            continue
        if closing:
            continue
        if refs:
            cell_row = max(_row_number(digits) for _, digits in refs) - 1
            col = max(_column_number(letters) for letters, _ in refs) - 1
        else:
            cell_row = row
        max_row, max_col = max(max_row, cell_row), max(max_col, col)
        col += 1
    return max_row + 1, max_col + 1


def _widest_single_letter(xml: bytes, end: int) -> int:
    """The rightmost one-letter column any cell names (1 when none does): a sheet 20 columns wide is measured as
    20 columns, not 26, so its row limit under ``MAX_GRID_CELLS`` is not cut short. One literal search per letter
    from Z down, so a typical IKU sheet costs a few searches."""
    for n in range(26, 0, -1):
        if xml.find(b'<c r="' + bytes([64 + n]), 0, end) >= 0:
            return n
    return 1


@lru_cache(maxsize=64)
def _far_or_wide(last_row: int) -> re.Pattern[bytes]:
    """A reference whose column has two letters or more, or whose row lies beyond ``last_row``."""
    return re.compile(rb"r\s*=\s*[\"'](?:([A-Za-z]{2,})(\d+)|([A-Za-z])(" + _greater_than(last_row) + rb"))[\"']")


def _greater_than(n: int) -> bytes:
    """A regular expression for the decimal numbers above ``n`` (leading zeros count as digits: conservative)."""
    s = str(n)
    alternatives = [rf"\d{{{len(s) + 1},}}"]
    for i, digit in enumerate(s):
        if digit != "9":
            alternatives.append(rf"{s[:i]}[{int(digit) + 1}-9]\d{{{len(s) - i - 1}}}")
    return "|".join(alternatives).encode()


def _row_number(digits: bytes) -> int:
    return int(digits) if 0 < len(digits) <= 18 else (FAR_ROW if digits else 1)


def _column_number(letters: bytes) -> int:
    if not letters:
        return 1
    return column_index(letters.decode()) if len(letters) <= 3 else EXCEL_MAX_COL + 1
