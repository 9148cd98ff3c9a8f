"""Property-based tests: whatever a cell or a file holds, only the tool's own error comes out.

test_values.py already checks that ``parse`` raises nothing but ``IkuDocsError`` for plain
cells and that ``bersihkan`` is idempotent; this module widens the inputs (text shaped like
numbers, dates and escapes; Decimals; percent cells), checks that every parser is idempotent
on its own output and that cleaned text is always writable to XML, and feeds the loader and
the reader arbitrary bytes and damaged copies of a real workbook.
"""

from __future__ import annotations

import io
import sys
import tempfile
import zipfile
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from iku_docs import capaian, formatting
from iku_docs.errors import IkuDocsError
from iku_docs.pipeline import check_workbook
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


# --- numbers at the edges of Decimal ---------------------------------------------------------

# Values past what Decimal's default context (28 digits, exponents ±999999) or a float holds: huge, tiny,
# many digits, negative zero, the largest and smallest floats, and text of many digits as a cell holds them.
EDGE_FLOATS = st.sampled_from([1e308, -1e308, sys.float_info.max, 5e-324, -5e-324, sys.float_info.min, -0.0, 0.0,
                               1e26, 1e28, -1e28, 1e-300, 2.0**53 + 2, 0.1 + 0.2, 99999999.0, 1e15, 123456789.125])
EDGE_DECIMALS = st.builds(lambda sign, digits, exponent: Decimal((sign, tuple(digits), exponent)),
                          st.integers(0, 1), st.lists(st.integers(0, 9), min_size=1, max_size=60),
                          st.integers(-400, 400))
EDGE_TEXT = st.one_of(
    st.integers(1, 400).map(lambda n: "9" * n),  # 400 nines: far past 28 digits
    st.integers(1, 400).map(lambda n: "0," + "0" * n + "1"),  # a tiny fraction
    st.integers(1, 60).map(lambda n: "-" + "1" + ".000" * n),  # Indonesian thousands, negative, up to 10^180
    st.sampled_from(["-0", "-0,0", "+0", "−0,5", "1.000.000.000.000.000.000.000.000.000,005", "Rp -1.000"]))
EDGE_NUMBERS = st.one_of(EDGE_FLOATS, st.floats(allow_nan=False, allow_infinity=False), EDGE_DECIMALS, EDGE_TEXT,
                         st.integers(min_value=-10**40, max_value=10**40))
NUMERIC_JENIS = st.sampled_from([c.Jenis.ANGKA, c.Jenis.NILAI, c.Jenis.UANG])


def _formatted(d: Decimal) -> list[str]:
    return [formatting.angka(d), formatting.angka(d, 0), formatting.persen(d), formatting.rupiah(d),
            formatting.nilai_teks(d), formatting.nilai_teks(d, desimal=formatting.desimal_indikator([d])),
            formatting.terbilang(d)]


@FAST
@given(raw=EDGE_NUMBERS, jenis=NUMERIC_JENIS, persen=st.booleans())
@example(raw=1e308, jenis=c.Jenis.NILAI, persen=True)
@example(raw=-0.0, jenis=c.Jenis.ANGKA, persen=False)
@example(raw="9" * 400, jenis=c.Jenis.UANG, persen=False)
def test_a_number_at_the_edges_parses_formats_and_computes_without_an_exception(raw, jenis, persen):
    parsed = values.coba(jenis, raw, persen)
    assume(isinstance(parsed, Decimal))
    assert parsed.is_finite() and not (parsed == 0 and parsed.is_signed())  # no negative zero reaches a document
    texts = _formatted(parsed)
    assert all(isinstance(t, str) and t for t in texts)
    assert not any(t.startswith("-0") and not t.strip("-0,.") for t in texts)  # "-0" never printed
    for metode in c.METODE_CAPAIAN:
        for target, realisasi in ((parsed, Decimal(85)), (Decimal(85), parsed), (parsed, parsed)):
            hasil = capaian.hitung(target, realisasi, metode)
            assert hasil.nilai is None or (hasil.nilai.is_finite() and hasil.nilai.as_tuple().exponent == -2)
            formatting.persen(hasil.nilai)
    assert capaian.bulat(parsed) == formatting.bulatkan(parsed, 2)


@FAST
@given(EDGE_NUMBERS)
def test_a_formatted_number_reads_back_as_itself_rounded_to_two_decimals(raw):
    parsed = values.coba(c.Jenis.ANGKA, raw)
    assume(isinstance(parsed, Decimal))
    assert values.angka(formatting.angka(parsed)) == formatting.bulatkan(parsed, 2)
    assert values.uang(formatting.rupiah(parsed)) == formatting.bulatkan(parsed, 0)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=EDGE_NUMBERS)
@example(raw=1e-300)
@example(raw=1e26)
def test_validation_passes_only_numbers_within_their_range_and_those_compute(tmp_path, raw):
    """parse → validate → capaian/format: a target at the edges is either a range finding at its cell, or it
    computes and prints; never an exception."""
    builder = WorkbookBuilder()  # IKU-04, the 4th row, is an Indeks: only the plain range applies
    header, ref = c.target_header(2026), builder.ref(IKU_PEMDA, c.target_header(2026), 4)
    path = builder.set(IKU_PEMDA, ref, str(raw).replace(".", ",") if isinstance(raw, Decimal) else raw).save(
        tmp_path / "tepi.xlsx")
    hasil = check_workbook(path)
    # The cell as the reader sees it (a whole number past 2^53 comes back as the nearest float).
    parsed = values.coba(c.Jenis.NILAI, read_tables(load_workbook(path)).tabel[IKU_PEMDA].nilai[header][3])
    at_cell = {t.kode for t in hasil.laporan.temuan if t.lembar == IKU_PEMDA and t.sel == ref}
    rentang = c.RENTANG_NILAI
    if isinstance(parsed, Decimal) and (abs(parsed) > rentang.atas or 0 < abs(parsed) < rentang.terkecil):
        assert at_cell == {"STRUK-NILAI-RENTANG"}
        return
    assert "STRUK-NILAI-RENTANG" not in at_cell
    if hasil.model is None:
        return
    pengaturan = hasil.model.pengaturan
    for iku in hasil.model.all_iku():
        for tahun in hasil.model.periode:
            hasil_capaian = capaian.compute_capaian(iku, tahun, pengaturan)
            formatting.persen(hasil_capaian.nilai)
            formatting.nilai_teks(iku.target.get(tahun), desimal=formatting.desimal_indikator(iku.target.values()))
