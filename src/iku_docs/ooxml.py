"""The little OOXML that no library does for us, written once: every stage may import this leaf module.

Column letters and A1 references, the XML 1.0 character rule, a part's encoding, the byte-level
markers of a worksheet's values, and the deterministic zip the two fast paths write. Reading cells is
python-calamine's job and writing workbooks is xlsxwriter's; what is here is what the archive guards,
the annotated-copy patcher and the docx fast path need beside them. Imports nothing from the package.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

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


# A DTD (and so any entity declaration) must come before the root element: looking at the prolog finds it
# in every encoding XML allows. Billion-laughs bombs and external entities both need one.
DTD_MARKERS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be"))
PROLOG_BYTES = 64 * 1024
XML_PART_SUFFIXES = (".xml", ".rels", ".vml")


def parts_declaring_dtd(zf: zipfile.ZipFile) -> list[str]:
    """The XML parts of an OOXML package whose prolog holds a DTD or entity declaration."""
    found = []
    for info in zf.infolist():
        if info.filename.lower().endswith(XML_PART_SUFFIXES):
            with zf.open(info) as fh:
                head = fh.read(PROLOG_BYTES)
            if any(marker in head for marker in DTD_MARKERS):
                found.append(info.filename)
    return found


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


# --- packages ---------------------------------------------------------------------------------

CONTENT_TYPES = "[Content_Types].xml"
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# Every output is stamped with one fixed time, so the same input gives the same bytes on every run: the
# document properties (dcterms:created/modified) say 2000-01-01, zip members 1980-01-01, the earliest
# date a zip can hold.
FIXED_TIME = datetime(2000, 1, 1)
FIXED_W3CDTF = "2000-01-01T00:00:00Z"

# Excel treats a text starting with these as a formula once the cell is edited: such a text is written
# with quotePrefix (an apostrophe in Excel) to stay text.
FORMULA_START = ("=", "+", "-", "@")

_DOS_TIME, _DOS_DATE = 0, (1980 - 1980) << 9 | 1 << 5 | 1  # 1980-01-01 00:00:00
_MADE_BY = 3 << 8 | 20  # "Unix", zip 2.0: the 0600 mode bits then mean the same on every platform
_EXTERNAL_ATTR = 0o600 << 16
_UTF8_NAME = 0x800
_STORED_SUFFIXES = (".png", ".jpeg", ".jpg", ".gif")  # already compressed: deflating them again gains nothing


@dataclass(frozen=True, slots=True)
class Packed:
    """A zip member ready to be written: its name, CRC, uncompressed size, method and stored bytes."""

    name: str
    crc: int
    size: int
    method: int  # zipfile.ZIP_STORED or zipfile.ZIP_DEFLATED
    payload: bytes | memoryview  # as stored in the archive (deflated without zlib header when ZIP_DEFLATED)


def pack(name: str, data: bytes) -> Packed:
    """``data`` as member ``name``: stored when it is a compressed image, else deflated at zlib's default
    level (6), as zipfile's ZIP_DEFLATED does."""
    if name.lower().endswith(_STORED_SUFFIXES):
        return Packed(name, zlib.crc32(data), len(data), zipfile.ZIP_STORED, data)
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Packed(name, zlib.crc32(data), len(data), zipfile.ZIP_DEFLATED, deflate.compress(data) + deflate.flush())


def packed_from(archive: bytes, info: zipfile.ZipInfo) -> Packed | None:
    """Member ``info`` of the zip ``archive`` without decompressing it when it need not be: a deflated member
    is copied as it is stored (CRC and sizes from the directory), a stored one is packed again from its
    bytes. None for an encrypted member or another method: the caller packs what zipfile reads."""
    if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return None
    header = archive[info.header_offset:info.header_offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    name_len, extra_len = struct.unpack("<2H", header[26:30])
    start = info.header_offset + 30 + name_len + extra_len  # the local extra field may differ from the directory's
    raw = memoryview(archive)[start:start + info.compress_size]
    if len(raw) != info.compress_size:
        raise zipfile.BadZipFile(f"truncated member {info.filename}")
    if info.compress_type == zipfile.ZIP_STORED:
        return pack(info.filename, bytes(raw))
    return Packed(info.filename, info.CRC, info.file_size, zipfile.ZIP_DEFLATED, raw)


def write_zip(members: Iterable[Packed]) -> bytes:
    """The archive: ``[Content_Types].xml`` first (Office expects it), then the other members by name, each
    stamped 1980-01-01 with mode 0600. A plain zip as zipfile writes one on Linux (no zip64, no data
    descriptor, no extra field): the load guards cap every input far below 4 GB and 65,535 members."""
    ordered = sorted(members, key=lambda m: (m.name != CONTENT_TYPES, m.name))
    chunks: list[bytes | memoryview] = []
    central: list[bytes] = []
    offset = 0
    for m in ordered:
        name = m.name.encode("utf-8")
        flags = 0 if name.isascii() else _UTF8_NAME
        version = 20 if m.method == zipfile.ZIP_DEFLATED else 10
        local = struct.pack("<4s5H3L2H", b"PK\x03\x04", version, flags, m.method, _DOS_TIME, _DOS_DATE,
                            m.crc, len(m.payload), m.size, len(name), 0)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", _MADE_BY, version, flags, m.method, _DOS_TIME,
                                   _DOS_DATE, m.crc, len(m.payload), m.size, len(name), 0, 0, 0, 0,
                                   _EXTERNAL_ATTR, offset) + name)
        chunks += (local, name, m.payload)
        offset += len(local) + len(name) + len(m.payload)
    directory = b"".join(central)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), offset, 0)
    return b"".join([*chunks, directory, end])


def normalize_zip(data: bytes) -> bytes:
    """The OOXML package ``data`` written again as :func:`write_zip` writes, with fixed core-property dates.

    python-docx and openpyxl stamp each member and docProps/core.xml with the current time, so the same
    input would give different bytes on every run; archives need identical output."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        parts = [(name, src.read(name)) for name in src.namelist()]
    return write_zip(pack(name, fix_core_dates(part) if name == "docProps/core.xml" else part) for name, part in parts)


# openpyxl stamps dcterms:created/modified with the time of saving (openpyxl/writer/excel.py
# ``save_workbook``), which no caller can turn off.
_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")


def fix_core_dates(xml: bytes) -> bytes:
    """docProps/core.xml with dcterms:created and dcterms:modified set to :data:`FIXED_W3CDTF`."""
    return _CORE_DATE.sub(lambda m: m.group(1) + FIXED_W3CDTF.encode() + m.group(3), xml)


# XML_ILLEGAL's characters outside the surrogate block, one by one: ``c in text`` for each is ~2.5x faster than
# the regex on a rendered document body of megabytes (render/docx.py checks every body it writes).
_ILLEGAL_CHARS = tuple(ch for ch in map(chr, (*range(0x20), 0xFFFE, 0xFFFF)) if XML_ILLEGAL.match(ch))


def legal_utf8(text: str) -> bytes | None:
    """``text`` in UTF-8, or None when it holds a character XML 1.0 cannot (the same answer as
    :func:`has_illegal`, in less than half the time of it and the encoding together)."""
    if any(ch in text for ch in _ILLEGAL_CHARS):
        return None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return None


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
