"""The little OOXML that no library does for us, written once: every stage may import this leaf module.

Column letters and A1 references, the XML 1.0 character rule, a part's encoding, and the byte-level
markers of a worksheet's values. Reading cells is python-calamine's job and writing workbooks is
xlsxwriter's; what is here is what the archive guards, the annotated-copy patcher and the docx fast
path need beside them. Imports nothing from the package.
"""

from __future__ import annotations

import re

EXCEL_MAX_ROW = 1_048_576
EXCEL_MAX_COL = 16_384  # XFD

# --- columns and references ----------------------------------------------------------------

_ALPHA = {letter: i for i, letter in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1)}
_COLUMN_CACHE: dict[str, int] = {}


def column_index(col: str) -> int:
    """'A' → 1, 'XFD' → 16384; ValueError for anything that is not one to three letters."""
    cached = _COLUMN_CACHE.get(col)
    if cached is not None:
        return cached
    if not 0 < len(col) <= 3:
        raise ValueError(f"'{col}' is not a valid column name")
    idx = 0
    for letter in col.upper():
        if letter not in _ALPHA:
            raise ValueError(f"'{col}' is not a valid column name")
        idx = idx * 26 + _ALPHA[letter]
    _COLUMN_CACHE[col] = idx
    return idx


def column_letter(idx: int) -> str:
    """1 → 'A', 16384 → 'XFD'; ValueError outside what three letters can name."""
    if not 1 <= idx <= 18278:
        raise ValueError(f"Invalid column index {idx}")
    letters = ""
    while idx:
        idx, rem = divmod(idx - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d{1,7})")
_RANGE = re.compile(r"^[$]?([A-Za-z]{1,3})?[$]?(\d+)?(:[$]?([A-Za-z]{1,3})?[$]?(\d+)?)?$")


def parse_ref(ref: str) -> tuple[int, int] | None:
    """'B12' → (12, 2); None for anything that is not one cell inside Excel's grid."""
    match = _REF.fullmatch(ref.strip())
    if not match:
        return None
    row, col = int(match.group(2)), column_index(match.group(1))
    return (row, col) if 1 <= row <= EXCEL_MAX_ROW and 1 <= col <= EXCEL_MAX_COL else None


def ref_of(row: int, col: int) -> str:
    """(12, 2) → 'B12'."""
    return f"{column_letter(col)}{row}"


def range_bounds(rng: str) -> tuple[int | None, int | None, int | None, int | None]:
    """(min_col, min_row, max_col, max_row) of 'A3:B5', 'A:B' or '3:5' (as openpyxl's range_boundaries)."""
    m = _RANGE.match(rng)
    if not m:
        raise ValueError(f"{rng} is not a valid coordinate or range")
    min_col, min_row, sep, max_col, max_row = m.groups()
    if sep and not (all((min_col, max_col, min_row, max_row)) or (min_col and max_col and not (min_row or max_row))
                    or (min_row and max_row and not (min_col or max_col))):
        raise ValueError(f"{rng} is not a valid coordinate or range")
    c1 = column_index(min_col) if min_col is not None else None
    r1 = int(min_row) if min_row is not None else None
    c2 = column_index(max_col) if max_col is not None else c1
    r2 = int(max_row) if max_row is not None else r1
    return c1, r1, c2, r2


# --- characters ------------------------------------------------------------------------------

# Characters XML 1.0 forbids (§2.2 Char: controls other than tab, line feed and carriage return, lone
# surrogates, U+FFFE/U+FFFF). Word, Excel and lxml refuse a part holding one, so every text that reaches an
# output part goes through ``strip_illegal``.
XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def strip_illegal(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return XML_ILLEGAL.sub("", text)


def has_illegal(text: str) -> bool:
    return XML_ILLEGAL.search(text) is not None


# --- parts ------------------------------------------------------------------------------------

_XML_DECL = re.compile(rb"""<\?xml\b[^<>]*?\bencoding\s*=\s*["']([^"']*)["'][^<>]*\?>""")


def as_utf8(xml: bytes) -> bytes:
    """The part in UTF-8, which every byte-level scan assumes. XML allows UTF-16 (with its byte order mark)
    and any declared encoding; Excel and LibreOffice write UTF-8, so this is nearly always a no-op. An
    unknown codec raises LookupError and a wrong one UnicodeError: the caller reports the part unreadable."""
    if xml.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = xml.decode("utf-16")
    else:
        decl = _XML_DECL.match(xml, 3 if xml.startswith(b"\xef\xbb\xbf") else 0)
        codec = decl.group(1).decode("ascii", "replace").lower() if decl else "utf-8"
        if codec.replace("-", "").replace("_", "") in ("utf8", ""):
            return xml
        text = xml.decode(codec)
    text = re.sub(r"""^\ufeff?<\?xml\b[^<>]*?\?>""", '<?xml version="1.0" encoding="UTF-8"?>', text, count=1)
    return text.encode("utf-8")


# Where a value, inline string or formula starts in a worksheet part, however the tag is spelt (prefix,
# white space, "/>"). A marker met in text only moves the last row later, so rows are never lost.
VALUE_MARKERS = tuple(f"{start}{tag}{end}".encode() for start in ("<", ":") for tag in ("v", "is", "f")
                      for end in (">", " ", "\t", "\n", "\r", "/"))


def last_value_pos(xml: bytes) -> int:
    """Offset of the last value, inline string or formula in a worksheet part; -1 when it has none."""
    return max(xml.rfind(marker) for marker in VALUE_MARKERS)


_EMPTY_ROW = re.compile(rb"<row\b[^<>]*/>|<row\b[^<>]*>(?:<c\b[^<>]*/>)*</row>")


def trim_trailing_rows(xml: bytes) -> bytes:
    """The sheet without its formatted-but-empty rows after the last value (a sheet formatted down to row
    1,048,576 must not make a copy as slow to open as the input)."""
    last = last_value_pos(xml)
    start = xml.find(b"</row>", last) if last >= 0 else xml.find(b"<sheetData")
    end = xml.find(b"</sheetData>", max(start, 0))
    if start < 0 or end < 0:  # a prefixed namespace or no sheetData: leave the sheet as it is
        return xml
    return xml[:start] + _EMPTY_ROW.sub(b"", xml[start:end]) + xml[end:]


# --- number formats ---------------------------------------------------------------------------

# The built-in number formats by id (ECMA-376 Part 1, 18.8.30 numFmt): a cellXfs entry may name one by its
# numFmtId alone, without a <numFmt> element in styles.xml. Ids 5-8 and 41-44 are locale-dependent currency
# formats; these are the codes openpyxl and Excel's en-US locale use.
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

_QUOTED_OR_ESCAPED = re.compile(r'"[^"]*"|\\.')


def shows_percent(code: str) -> bool:
    """A number format that multiplies by 100 and shows "%" ("0%", "#,##0.0%"); a quoted or escaped "%"
    ('0.0"%"', "0\\%") is literal text that scales nothing."""
    return "%" in _QUOTED_OR_ESCAPED.sub("", code)
