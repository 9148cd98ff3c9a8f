"""Property-based tests: whatever a cell or a file holds, only the tool's own error comes out.

test_values.py already checks that ``parse`` raises nothing but ``IkuDocsError`` for plain
cells and that ``bersihkan`` is idempotent; this module widens the inputs (text shaped like
numbers, dates and escapes; Decimals; percent cells), checks that every parser is idempotent
on its own output and that cleaned text is always writable to XML, and feeds the loader and
the reader arbitrary bytes and damaged copies of a real workbook.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from iku_docs.errors import IkuDocsError
from iku_docs.workbook import contract as c
from iku_docs.workbook import values
from iku_docs.workbook.load import load_workbook
from iku_docs.workbook.reader import read_tables
from tests.builders import IKU_PEMDA, WorkbookBuilder, sheet_part

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text built from the pieces staff (and Excel) actually put in cells, so examples reach the number,
# date and escape branches instead of stopping at "not a number".
PIECES = st.sampled_from(["0", "1", "7", "12", "250", "1.250", "000", ",", ".", "%", " ", "\u00a0", "-", "+", "−",
                          "Rp", "Rp.", "IDR", "_x000D_", "_x0007_", "_x0000_", "_xD800_", "_xFFFE_", "\n", "\r\n",
                          "\t", "\u200b", "#DIV/0!", "#REF!", "WTP", "bb", "Januari", "Nopember", "/", "2026",
                          "1e5", "NaN", "inf", "E", "x"])
TYPED_TEXT = st.lists(PIECES, max_size=8).map("".join)
CELLS = st.one_of(st.none(), TYPED_TEXT, st.text(), st.integers(min_value=-10**20, max_value=10**20),
                  st.floats(allow_nan=True, allow_infinity=True), st.decimals(allow_nan=True, allow_infinity=True),
                  st.booleans(), st.datetimes(), st.dates())
# Every cell type except DAFTAR, whose parsed value (a tuple of lines) is not itself a cell value.
SCALAR_JENIS = [j for j in c.Jenis if j is not c.Jenis.DAFTAR]


@FAST
@given(raw=CELLS, jenis=st.sampled_from(list(c.Jenis)), persen=st.booleans())
@example(raw=Decimal("NaN"), jenis=c.Jenis.ANGKA, persen=False)
@example(raw="%", jenis=c.Jenis.ANGKA, persen=False)  # once an IndexError: nothing left after the percent sign
@example(raw="_xD800_", jenis=c.Jenis.TEKS, persen=False)
def test_every_parser_raises_only_the_tools_own_error_for_any_cell(raw, jenis, persen):
    try:
        values.parse(jenis, raw, persen)
    except IkuDocsError as exc:
        assert exc.pesan and exc.saran
    assert isinstance(values.coba(jenis, raw, persen), object)  # the cached twin never raises either


@FAST
@given(raw=CELLS, jenis=st.sampled_from(SCALAR_JENIS))
def test_parsing_a_parsed_value_again_gives_the_same_value(raw, jenis):
    first = values.coba(jenis, raw)
    assume(not isinstance(first, IkuDocsError) and first is not None)
    assert values.parse(jenis, first) == first


@FAST
@given(st.one_of(TYPED_TEXT, st.text()))
@example("Persentase_x000D_\nbalita_x0007__x0000_")
@example("_xD800_ dan _xFFFE_")
def test_cleaned_text_is_idempotent_and_always_writable_to_xml(raw):
    for clean in (values.bersihkan, values.teks):
        once = clean(raw)
        assert clean(once) == once
        once.encode("utf-8")  # no lone surrogate survives
        etree.fromstring(b"<t/>").text = once  # lxml refuses control characters; Word and Excel would too
    assert values.kosong(raw) == (values.bersihkan(raw) == "")


@FAST
@given(st.one_of(TYPED_TEXT, st.text()))
def test_choosing_an_option_is_idempotent(raw):
    chosen = values.pilihan(raw, c.POLARITAS)
    if chosen is not None:
        assert values.pilihan(chosen, c.POLARITAS) == chosen


# --- the loader and the reader -------------------------------------------------------------


def load_and_read(path: Path) -> None:
    """The whole read stage; any exception other than IkuDocsError fails the calling test."""
    try:
        read_tables(load_workbook(path))
    except IkuDocsError as exc:
        assert exc.pesan and exc.saran and exc.exit_code == 2


@lru_cache(maxsize=1)
def workbook_bytes() -> tuple[bytes, str]:
    """The valid workbook's bytes and its IKU Pemda part (not a fixture: Hypothesis would print the bytes)."""
    with tempfile.TemporaryDirectory() as folder:
        path = WorkbookBuilder().save(Path(folder) / "kabupaten.xlsx")
        return path.read_bytes(), sheet_part(path, IKU_PEMDA)


@FAST
@given(data=st.one_of(st.binary(max_size=2048), st.binary(max_size=64).map(lambda b: b"PK\x03\x04" + b),
                      st.binary(max_size=64).map(lambda b: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b)))
def test_the_reader_given_any_bytes_raises_only_the_tools_error(tmp_path, data):
    path = tmp_path / "acak.xlsx"
    path.write_bytes(data)
    load_and_read(path)


@FAST
@given(cut=st.integers(min_value=0, max_value=10**6), flips=st.lists(
    st.tuples(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=255)), max_size=6))
def test_a_truncated_or_bit_flipped_workbook_raises_only_the_tools_error(tmp_path, cut, flips):
    data = bytearray(workbook_bytes()[0])
    for at, mask in flips:
        data[at % len(data)] ^= mask
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(bytes(data[: max(1, len(data) - cut % len(data))]))
    load_and_read(path)


def _rezip(original: bytes, member: str, content: bytes) -> bytes:
    """The workbook with one part replaced and a correct CRC: the damage reaches the XML parsers."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, content if info.filename == member else zin.read(info.filename))
    return out.getvalue()


MEMBERS = st.sampled_from(["sheet", "xl/workbook.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels",
                           "[Content_Types].xml", "docProps/core.xml"])
SNIPPETS = st.sampled_from([b"<", b">", b"&", b"\"", b"<row r=\"0\">", b"<row r=\"99999999999\"/>",
                            b"<row r=\"99999999999\"><c r=\"A99999999999\"><v>1</v></c></row>",
                            b"<row><c><v>1</v></c></row>", b"<c r=\"ZZZZ1\">", b"<mergeCell ref=\"E2:XFD1048576\"/>",
                            b"<v>#REF!</v>", b"<f>1/0</f>", b" t=\"e\"", b" t=\"s\"", b" t=\"d\"", b" s=\"999\"",
                            b"<v>1e999</v>", b"<v>abc</v>", b"<mergeCell ref=\"A1:XFD1048576\"/>", b"\x00", b"\xff",
                            b"<!DOCTYPE x>", b"<is><t>_xD800_</t></is>", b"</sheetData>", b"<dimension ref=\"A1\"/>"])


@FAST
@given(member=MEMBERS, edits=st.lists(st.tuples(st.floats(min_value=0, max_value=1), st.integers(0, 40), SNIPPETS),
                                      min_size=1, max_size=4))
def test_a_workbook_with_damaged_xml_inside_a_sound_zip_raises_only_the_tools_error(tmp_path, member, edits):
    original, sheet = workbook_bytes()
    member = sheet if member == "sheet" else member
    with zipfile.ZipFile(io.BytesIO(original)) as zf:
        xml = zf.read(member)
    for where, drop, snippet in edits:
        at = int(where * len(xml))
        xml = xml[:at] + snippet + xml[at + drop:]
    path = tmp_path / "xml-rusak.xlsx"
    path.write_bytes(_rezip(original, member, xml))
    load_and_read(path)


# --- the sheet scan ------------------------------------------------------------------------


SHEET_PIECES = st.sampled_from([b"<v>1</v>", b"<is><t>x</t></is>", b"<f>A1</f>", b"<x:v>", b"<v\n>", b"<f/>",
                                b"<fo", b"<isPrinted", b":va", b"<v", b":f", b"<row r=\"2\">", b"</row>", b"x" * 70])


@FAST
@given(st.lists(SHEET_PIECES, max_size=40))
def test_the_last_value_is_found_where_a_search_for_every_marker_finds_it(pieces):
    from iku_docs.ooxml import last_value_pos
    from iku_docs.workbook.scan import _last_value_pos

    xml = b"".join(pieces)
    assert _last_value_pos(xml) == last_value_pos(xml)
