"""xlsx_reader gives exactly the values openpyxl's read-only, data-only mode gave, on real and odd workbooks."""

from __future__ import annotations

import datetime
import io
import warnings
import zipfile
from pathlib import Path

import pytest

from iku_docs.workbook import xlsx_reader
from iku_docs.workbook.load import EXCEL_MAX_ROWS, load_workbook

ROOT = Path(__file__).resolve().parent.parent
WORKBOOKS = sorted([*ROOT.glob("sample_workbooks/*.xlsx"), *ROOT.glob("tests/data/*.xlsx")])
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def openpyxl_rows(data: bytes, max_row: int = EXCEL_MAX_ROWS) -> dict[str, tuple[str, list[tuple]]]:
    """What the previous loader read: sheet → (state, rows of values) through openpyxl read-only."""
    from openpyxl.reader.excel import ExcelReader

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = ExcelReader(io.BytesIO(data), read_only=True, keep_vba=False, data_only=True, keep_links=False,
                             rich_text=False)
        reader.read()
        result = {}
        for ws in reader.wb:
            ws.reset_dimensions()
            rows = [tuple(r) for r in ws.iter_rows(min_row=1, max_row=max_row, values_only=True)]
            result[ws.title] = (ws.sheet_state, rows)
    return result


def our_rows(data: bytes, fast: bool, max_row: int = EXCEL_MAX_ROWS) -> dict[str, tuple[str, list[tuple]]]:
    zf, book = xlsx_reader.open_package(data)
    return {info.name: (info.state, list(xlsx_reader.SheetReader(book, zf.read(info.part)).rows(max_row, fast=fast)))
            for info in book.sheets}


def typed(rows: dict[str, tuple[str, list[tuple]]]) -> dict:
    """Values with their types: 1 and 1.0 and True must not pass for one another."""
    return {name: (state, [[(type(v).__name__, v) for v in row] for row in values])
            for name, (state, values) in rows.items()}


def assert_same_as_openpyxl(data: bytes, max_row: int = EXCEL_MAX_ROWS) -> None:
    expected = typed(openpyxl_rows(data, max_row))
    assert typed(our_rows(data, True, max_row)) == expected
    assert typed(our_rows(data, False, max_row)) == expected


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_the_sample_workbooks_read_exactly_as_openpyxl_read_them(path):
    assert_same_as_openpyxl(path.read_bytes())


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_the_sample_workbooks_take_the_fast_path(path):
    zf, book = xlsx_reader.open_package(path.read_bytes())
    for info in book.sheets:
        xlsx_reader._fast_start(zf.read(info.part))  # raises _Unusual if the tokeniser would not read it


# --- hand-made packages ----------------------------------------------------------------------


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}"><numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
<numFmt numFmtId="165" formatCode="[h]:mm:ss"/><numFmt numFmtId="166" formatCode="0.0&quot;%&quot;"/>
<numFmt numFmtId="167" formatCode="#,##0.0%"/></numFmts>
<cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/>
<xf numFmtId="9"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="22"/></cellXfs></styleSheet>"""

SHARED = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="{MAIN}" count="6" uniqueCount="6"><si><t>Kode IKU</t></si><si><t xml:space="preserve"> spasi </t></si>
<si><r><rPr><b/></rPr><t>Teks </t></r><r><t>kaya</t></r><rPh sb="0" eb="1"><t>FONETIK</t></rPh></si>
<si><t>A &amp; B &lt;C&gt; &#233;&#x1F600;</t></si><si><t/></si><si><t>_x005F_x000D_ garis</t></si></sst>"""

PLAIN_SHARED = f"""<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="{MAIN}"><si><t>Kode IKU</t></si><si><t xml:space="preserve"> spasi </t></si><si><t>A &amp; B</t></si>
<si><t/></si><si><t>baris\r\nbaru&#13;</t></si><si><t>_x005F_x000D_</t></si></sst>"""

LONG = "Uraian panjang " * 2500

SHEET_CELLS = f"""<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>
<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>
<row r="2"><c r="A2"><v>1E-3</v></c><c r="B2"><v>42</v></c><c r="C2" t="n"><v>-3.5</v></c><c r="D2"><v>1e5</v></c>
<c r="E2" s="0"><v>007</v></c><c r="F2"></c><c r="G2"><v></v></c><c r="H2"><v/></c></row>
<row r="3"><c r="A3" s="1"><v>45000</v></c><c r="B3" s="2"><v>45000.75</v></c><c r="C3" s="3"><v>1.5</v></c>
<c r="D3" s="4"><v>0.5</v></c><c r="E3" s="8"><v>59</v></c><c r="F3" s="1"><v>0</v></c>
<c r="G3" s="2"><v>3e9</v></c></row>
<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><v>0</v></c><c r="C4" t="e"><v>#N/A</v></c>
<c r="D4" t="e"><v>#DIV/0!</v></c><c r="E4" t="str"><v>teks rumus</v></c><c r="F4" t="str"><v></v></c></row>
<row r="5"><c r="A5"><f>SUM(B2:C2)</f><v>38.5</v></c><c r="B5"><f>1/0</f></c>
<c r="C5" t="str"><f>A1&amp;"x"</f><v>Kode IKUx</v></c><c r="D5" s="5"><f t="shared" ref="D5:D6" si="0"/><v>0.93</v></c>
<c r="E5" s="6"><v>12</v></c><c r="F5" s="7"><v>0.5</v></c></row>
<row r="8"><c r="C8" t="inlineStr"><is><t>sebaris</t></is></c><c r="E8" t="inlineStr"></c>
<c r="F8" t="inlineStr"><is><t xml:space="preserve">  spasi  </t></is></c><c r="G8" t="inlineStr"><is/></c></row>
<row><c t="inlineStr"><is><t>tanpa r</t></is></c><c><v>2</v></c><c r="E9"><v>5</v></c><c><v>6</v></c></row>
<row r="10" spans="1:3" ht="30" customHeight="1"><c r="A10" cm="1"><v>7</v></c><c r='B10' t='s'><v>0</v></c>
<c r="C10" t="inlineStr"><is><t>A &amp; B&#13;
baris</t></is></c><c   r="D10"   ><v> 9 </v></c></row>
<row r="11"><c r="A11" t="inlineStr"><is><t>{LONG}</t></is></c></row>
<row r="12"/>
<row r="13"><c r="C13"><v>1</v></c><c r="A13"><v>2</v></c></row>
<row r="14"><c r="B14"><v>1</v></c><c r="B14"><v>2</v></c></row>
<row r="15.0"><c r="a15"><v>3</v></c><c r="b15"><v>4</v></c></row>"""

ODD_ROWS = """<row r="20"><c r="A20" t="inlineStr"><is><r><t>kaya </t></r><r><rPr><i/></rPr><t>sebaris</t></r>
<rPh sb="0" eb="1"><t>x</t></rPh></is></c><c r="B20"><v>1</v></c></row>
<!-- komentar --><row r="21"><c r="A21"><v><![CDATA[21]]></v></c></row>
<row r="22"><c r="A22"><v>22</v></c></row>"""


def package(sheets: dict[str, str], *, shared: str | None = SHARED, date1904: bool = False,
            states: dict[str, str] | None = None, styles: str | None = STYLES) -> bytes:
    """A minimal .xlsx written by hand, sheet name → the XML inside <sheetData> (or a whole part)."""
    states = states or {}
    types = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
             '<Default Extension="xml" ContentType="application/xml"/>',
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'spreadsheetml.sheet.main+xml"/>']
    rels, entries, parts = [], [], {}
    for i, (name, body) in enumerate(sheets.items(), start=1):
        part = f"xl/worksheets/sheet{i}.xml"
        parts[part] = body if body.startswith("<?xml") else (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
            f'<dimension ref="A1"/><sheetData>{body}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" '
            'bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
        types.append(f'<Override PartName="/{part}" ContentType="application/vnd.openxmlformats-officedocument.'
                     'spreadsheetml.worksheet+xml"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>')
        state = f' state="{states[name]}"' if name in states else ""
        entries.append(f'<sheet name="{name}" sheetId="{i}"{state} r:id="rId{i}"/>')
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
        types.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.spreadsheetml.sharedStrings+xml"/>')
        rels.append(f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    if styles is not None:
        parts["xl/styles.xml"] = styles
        types.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.spreadsheetml.styles+xml"/>')
        rels.append(f'<Relationship Id="rIdT" Type="{REL}/styles" Target="styles.xml"/>')
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    parts["xl/workbook.xml"] = (f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}<sheets>{"".join(entries)}</sheets>'
                                "</workbook>")
    parts["xl/_rels/workbook.xml.rels"] = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                           f'relationships">{"".join(rels)}</Relationships>')
    parts["_rels/.rels"] = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                            "</Relationships>")
    parts["[Content_Types].xml"] = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                    f'{"".join(types)}</Types>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text.encode("utf-8"))
    return out.getvalue()


@pytest.mark.parametrize("date1904", [False, True])
def test_every_cell_type_reads_as_openpyxl_read_it(date1904):
    data = package({"Data": SHEET_CELLS, "Kosong": "", "Tersembunyi": '<row r="1"><c r="A1"><v>1</v></c></row>',
                    "Sangat": ""}, date1904=date1904, states={"Tersembunyi": "hidden", "Sangat": "veryHidden"})
    assert_same_as_openpyxl(data)
    rows = our_rows(data, True)["Data"][1]
    assert rows[1][:4] == (0.001, 42, -3.5, 100000.0) and type(rows[1][1]) is int
    assert rows[2][0] == (datetime.datetime(2027, 3, 16) if date1904 else datetime.datetime(2023, 3, 15))
    assert rows[2][2] == datetime.timedelta(hours=36) and rows[2][3] == datetime.time(12, 0)
    assert rows[0][2] == "Teks kaya" and rows[0][3] == "A & B <C> é\U0001F600" and rows[0][5] == "_x000D_ garis"
    assert rows[3] == (True, False, "#N/A", "#DIV/0!", "teks rumus", None)
    assert rows[4][:3] == (38.5, None, "Kode IKUx")
    assert rows[5] == rows[6] == ()  # rows 6 and 7 are missing from the XML
    assert rows[8] == ("tanpa r", 2, None, None, 5, 6)
    assert rows[10] == (LONG,)


def test_a_sheet_of_another_shape_switches_to_the_pull_parser_midway_with_the_same_rows():
    data = package({"Data": SHEET_CELLS + ODD_ROWS})
    assert_same_as_openpyxl(data)
    assert our_rows(data, True)["Data"][1][19] == ("kaya sebaris", 1)


def test_reading_stops_at_the_last_row_asked_for_and_fills_missing_rows_up_to_it():
    data = package({"Data": '<row r="1"><c r="A1"><v>1</v></c></row><row r="9"><c r="A9"><v>9</v></c></row>'})
    for max_row in (1, 4, 9, 12):
        assert_same_as_openpyxl(data, max_row)


@pytest.mark.parametrize("body", [
    '<row r="3"><c r="A3"><v>3</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>'
    '<row r="3"><c r="B3"><v>4</v></c></row>',  # row numbers going back: openpyxl skips them
    '<row r="2"><c r="A2" t="s"><v>0</v></c></row><row><c r="B3"><v>1</v></c></row>',
    "",
])
def test_rows_out_of_order_and_empty_sheets_read_as_openpyxl_read_them(body):
    assert_same_as_openpyxl(package({"Data": body}))


def test_a_whole_sheet_part_with_prefixed_tags_and_another_encoding_reads_as_openpyxl_read_it():
    prefixed = (f'<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="{MAIN}"><x:sheetData>'
                '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>awalan</x:t></x:is></x:c></x:row>'
                "</x:sheetData></x:worksheet>")
    latin = (f'<?xml version="1.0" encoding="ISO-8859-1"?>\n<worksheet xmlns="{MAIN}"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>caf\u00e9</t></is></c></row></sheetData></worksheet>')
    data = package({"Awalan": prefixed, "Latin": "x"})
    data = _replace_member(data, "xl/worksheets/sheet2.xml", latin.encode("latin-1"))
    assert_same_as_openpyxl(data)
    assert our_rows(data, True)["Latin"][1] == [("café",)]


def _replace_member(data: bytes, member: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, content if info.filename == member else zin.read(info.filename))
    return out.getvalue()


def test_plain_shared_strings_take_the_fast_path_and_match_the_tree_reader():
    data = PLAIN_SHARED.encode()
    fast = xlsx_reader._plain_shared_strings(data)
    assert fast is not None
    assert fast == xlsx_reader.read_shared_strings(data, fast=False)
    assert fast[4] == "baris\nbaru\r"  # line ends normalised as a parser does, a character reference kept
    assert_same_as_openpyxl(package({"Data": '<row r="1">' + "".join(
        f'<c r="{col}1" t="s"><v>{i}</v></c>' for i, col in enumerate("ABCDEF")) + "</row>"}, shared=PLAIN_SHARED))


def test_rich_shared_strings_leave_the_fast_path():
    assert xlsx_reader._plain_shared_strings(SHARED.encode()) is None


def test_a_workbook_without_styles_or_shared_strings_reads_as_openpyxl_read_it():
    assert_same_as_openpyxl(package({"Data": '<row r="1"><c r="A1"><v>45000</v></c></row>'}, shared=None,
                                    styles=None))


def test_percent_styles_are_those_the_old_reader_found():
    styles = xlsx_reader.read_styles(STYLES.encode())
    assert styles.percent == {5, 7}  # "0%" and "#,##0.0%", not '0.0"%"' whose % is quoted text
    assert styles.date == {1, 2, 3, 4, 8} and styles.timedelta == {3}


def test_the_copied_number_format_helpers_equal_openpyxls():
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
    from openpyxl.utils import get_column_letter, range_boundaries
    from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel

    assert xlsx_reader.BUILTIN_FORMATS == BUILTIN_FORMATS
    codes = [*BUILTIN_FORMATS.values(), "dd/mm/yyyy", "[h]:mm:ss", '0.0"%"', "[$-421]d mmmm yyyy", "[Red]0.00",
             "yyyy-mm-dd;@", "\\d0", "_d0", "[mm]:ss", "General;[Red]-General", None]
    for code in codes:
        assert xlsx_reader.is_date_format(code) == is_date_format(code), code
        assert xlsx_reader.is_timedelta_format(code) == is_timedelta_format(code), code
    for value in (0, 0.5, 1, 59, 60, 61, 45000.75, 2950000.999, 1.0000001):
        for epoch in (WINDOWS_EPOCH, MAC_EPOCH):
            assert xlsx_reader.from_excel(value, epoch) == from_excel(value, epoch)
            assert xlsx_reader.from_excel(value, epoch, True) == from_excel(value, epoch, True)
    for i in (1, 26, 27, 702, 703, 16384, 18278):
        assert xlsx_reader.column_letter(i) == get_column_letter(i)
        assert xlsx_reader.column_index(get_column_letter(i)) == i
    for rng in ("A1:B2", "$A$3:$C$9", "A1", "AA10:XFD1048576"):
        assert xlsx_reader.range_bounds(rng) == range_boundaries(rng)


def test_a_truncated_sheet_fails_while_it_is_read(tmp_path):
    data = package({"Data": SHEET_CELLS})
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml")
    path = tmp_path / "potong.xlsx"
    path.write_bytes(_replace_member(data, "xl/worksheets/sheet1.xml", xml[: len(xml) * 2 // 3]))
    loaded = load_workbook(path)
    with pytest.raises(Exception) as info:
        list(loaded.rows("Data"))
    assert "rusak" in info.value.pesan and info.value.lokasi.lembar == "Data"
