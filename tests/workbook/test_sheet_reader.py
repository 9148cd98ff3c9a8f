"""Cell values read by python-calamine reach the reader as they always have, and calamine never meets a sheet
it cannot hold: what ``load.LoadedWorkbook.rows`` gives for every kind of cell, on hand-made packages."""

from __future__ import annotations

import datetime
import io
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from iku_docs.errors import WorkbookError
from iku_docs.ooxml import EXCEL_MAX_COL
from iku_docs.workbook import values
from iku_docs.workbook.load import load_workbook
from iku_docs.workbook.scan import FAR_ROW, extent, percent_styles, scan_sheet

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}"><numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
<numFmt numFmtId="165" formatCode="[h]:mm:ss"/><numFmt numFmtId="166" formatCode="0.0&quot;%&quot;"/>
<numFmt numFmtId="167" formatCode="#,##0.0%"/></numFmts>
<cellXfs count="10"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/>
<xf numFmtId="9"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="22"/><xf numFmtId="10"/></cellXfs>
</styleSheet>"""

# As Excel writes them: xml:space="preserve" wherever a text begins or ends with a space, rich text in runs.
SHARED = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="{MAIN}" count="6" uniqueCount="6"><si><t>Kode IKU</t></si><si><t xml:space="preserve"> spasi </t></si>
<si><r><rPr><b/></rPr><t xml:space="preserve">Teks </t></r><r><t>kaya</t></r><rPh sb="0" eb="1"><t>FONETIK</t></rPh>
</si><si><t>A &amp; B &lt;C&gt; &#233;&#x1F600;</t></si><si><t/></si><si><t>_x005F_x000D_ garis</t></si></sst>"""

LONG = "Uraian panjang " * 2500

SHEET_CELLS = f"""<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>
<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>
<row r="2"><c r="A2"><v>1E-3</v></c><c r="B2"><v>42</v></c><c r="C2" t="n"><v>-3.5</v></c><c r="D2"><v>1e5</v></c>
<c r="E2" s="0"><v>007</v></c><c r="F2"></c><c r="G2"><v></v></c><c r="H2"><v/></c></row>
<row r="3"><c r="A3" s="1"><v>45000</v></c><c r="B3" s="2"><v>45000.75</v></c><c r="C3" s="3"><v>1.5</v></c>
<c r="D3" s="4"><v>0.5</v></c><c r="E3" s="8"><v>59</v></c><c r="F3" s="1"><v>0</v></c></row>
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
baris</t></is></c><c   r="D10"   ><v>9</v></c></row>
<row r="11"><c r="A11" t="inlineStr"><is><t xml:space="preserve">{LONG}</t></is></c></row>
<row r="12"/>
<row r="13"><c r="C13"><v>1</v></c><c r="A13"><v>2</v></c></row>
<row r="14"><c r="B14"><v>1</v></c><c r="B14"><v>2</v></c></row>"""


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
            zf.writestr(name, text.encode("utf-8") if isinstance(text, str) else text)
    return out.getvalue()


def _replace_member(data: bytes, member: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, content if info.filename == member else zin.read(info.filename))
    return out.getvalue()


def rows(tmp_path: Path, data: bytes, sheet: str = "Data") -> list[tuple]:
    """The sheet's rows as the reader receives them, without the padding after each row's last value."""
    path = tmp_path / "buatan.xlsx"
    path.write_bytes(data)
    result = []
    for _, cells in load_workbook(path).rows(sheet):
        cells = list(cells)
        while cells and cells[-1] is None:
            cells.pop()
        result.append(tuple(cells))
    return result


def typed(row: tuple) -> list[tuple[str, object]]:
    """Values with their types: 1 and 1.0 and True must not pass for one another."""
    return [(type(v).__name__, v) for v in row]


# --- every kind of cell ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("date1904", [False, True])
def test_every_kind_of_cell_reaches_the_reader_as_before(tmp_path, date1904):
    got = rows(tmp_path, package({"Data": SHEET_CELLS}, date1904=date1904))
    day = datetime.datetime(2027, 3, 16) if date1904 else datetime.datetime(2023, 3, 15)
    assert typed(got[0]) == typed(("Kode IKU", " spasi ", "Teks kaya", "A & B <C> é\U0001F600", None, "_x000D_ garis"))
    assert typed(got[1]) == typed((0.001, 42, -3.5, 100000, 7))  # a whole number is an int, however it is written
    assert typed(got[2]) == typed((day, day + datetime.timedelta(hours=18), datetime.timedelta(hours=36),
                                   datetime.time(12, 0), datetime.datetime(1904, 2, 29) if date1904 else
                                   datetime.datetime(1900, 2, 28), datetime.time(0, 0)))
    assert typed(got[3]) == typed((True, False, "#N/A", "#DIV/0!", "teks rumus"))
    assert typed(got[4]) == typed((38.5, None, "Kode IKUx", 0.93, 12, 0.5))
    assert got[5] == got[6] == ()  # rows 6 and 7 are missing from the XML
    assert typed(got[7]) == typed((None, None, "sebaris", None, None, "  spasi  "))
    assert typed(got[8]) == typed(("tanpa r", 2, None, None, 5, 6))
    assert typed(got[9]) == typed((7, "Kode IKU", "A & B\r\nbaris", 9))
    assert got[10] == (LONG,) and got[11] == ()
    assert got[12] == (2, None, 1) and got[13] == (None, 2)  # cells out of order; a repeated cell: the later wins
    assert len(got) == 14


def test_what_calamine_gives_otherwise_is_adapted_in_one_place(tmp_path):
    """calamine reads an empty cell as "", every number as a float, a midnight date as a date."""
    from iku_docs.workbook.load import _value

    assert _value("") is None and _value(" ") == " "
    assert typed((_value(42.0), _value(-0.0), _value(2.5), _value(2.0 ** 60))) == typed((42, 0, 2.5, 2.0 ** 60))
    assert typed((_value(datetime.date(2026, 11, 24)),)) == typed((datetime.datetime(2026, 11, 24),))
    for kept in (True, datetime.time(6, 0), datetime.timedelta(days=1), datetime.datetime(2026, 1, 2, 3, 4), "x"):
        assert _value(kept) == kept and type(_value(kept)) is type(kept)


def test_a_sheet_whose_first_value_is_not_in_a1_keeps_its_rows_and_columns(tmp_path):
    """calamine's rows begin at the first non-empty cell; the reader's at A1."""
    body = ('<row r="3"><c r="C3"><v>1</v></c><c r="E3" t="e"><v>#N/A</v></c></row><row r="5"><c r="D5"><v>2</v>'
            '</c></row><row r="7"><c r="B7"><f>1/0</f></c></row>')
    assert rows(tmp_path, package({"Data": body})) == [(), (), (None, None, 1, None, "#N/A"), (),
                                                       (None, None, None, 2), (), ()]


def test_a_cached_error_arrives_as_its_text_even_one_calamine_does_not_know(tmp_path):
    body = ('<row r="1"><c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" t="e"><f>SEQUENCE(3)</f><v>#SPILL!</v>'
            '</c><c r="C1"><v>3</v></c></row><row r="2"><c r="D2" t="e"><v>#CALC!</v></c></row>')
    assert rows(tmp_path, package({"Data": body})) == [("#DIV/0!", "#SPILL!", 3), (None, None, None, "#CALC!")]


def test_excel_escapes_are_decoded_and_clean_to_the_same_text(tmp_path):
    """calamine decodes "_x000D_" as Excel does; the parsers gave the same text for the escaped form."""
    body = ('<row r="1"><c r="A1" t="inlineStr"><is><t>balita_x000D_\nstunting_x0007_</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>_x005F_x000D_ tertulis</t></is></c></row>')
    first, second = rows(tmp_path, package({"Data": body}))[0]
    assert first == "balita\r\nstunting\x07" and second == "_x000D_ tertulis"
    assert values.bersihkan(first) == values.bersihkan("balita_x000D_\nstunting_x0007_") == "balita\nstunting"


def test_white_space_a_writer_did_not_mark_to_keep_is_trimmed_as_the_parsers_trim_it(tmp_path):
    """Excel, LibreOffice and openpyxl write xml:space="preserve" on every text with outer spaces; without it
    calamine trims them (the old reader kept them), which changes nothing once a value is parsed."""
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>  Persentase desa </t></is></c></row>'
    (cell,) = rows(tmp_path, package({"Data": body}))[0]
    assert cell == "Persentase desa" == values.teks("  Persentase desa ")


@pytest.mark.parametrize("encoding", ["utf-16", "iso-8859-1", "utf-8-sig"])
def test_parts_in_any_legal_encoding_read_like_their_utf8_originals(tmp_path, encoding):
    """calamine reads a UTF-16 part as empty; it is given the part converted instead (a BOM it reads itself)."""
    body = '<row r="1"><c r="A1" t="s"><v>3</v></c><c r="B1" t="inlineStr"><is><t>kafé</t></is></c></row>'
    original = package({"Data": body})
    data = original
    for member in ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"):
        with zipfile.ZipFile(io.BytesIO(original)) as zf:
            text = zf.read(member).decode("utf-8")
        text = text.replace('encoding="UTF-8"', f'encoding="{encoding.removesuffix("-sig")}"')
        data = _replace_member(data, member, text.encode(encoding))
    assert rows(tmp_path, data) == rows(tmp_path, original) == [("A & B <C> é\U0001F600", "kafé")]


def test_formatted_empty_rows_after_the_data_are_cut_before_calamine_parses_them(tmp_path):
    body = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><f>A1</f></c></row>'
    tail = "".join(f'<row r="{r}" s="1" customFormat="1"><c r="A{r}" s="1"/></row>' for r in range(3, 40_000))
    xml = package({"Data": body + tail})
    with zipfile.ZipFile(io.BytesIO(xml)) as zf:
        part = zf.read("xl/worksheets/sheet1.xml")
    scan, for_calamine = scan_sheet(part)
    assert for_calamine is not None and len(for_calamine) < 1000 < len(part)
    assert scan.formulas_without_value == {"B2"} and scan.last_row == 2
    assert rows(tmp_path, xml) == [(1,), ()]  # row 2 is read: its formula has no value (a finding)


def test_hidden_and_very_hidden_sheets_are_named_so(tmp_path):
    path = tmp_path / "sembunyi.xlsx"
    path.write_bytes(package({"Data": "", "Tersembunyi": "", "Sangat": ""},
                             states={"Tersembunyi": "hidden", "Sangat": "veryHidden"}))
    loaded = load_workbook(path)
    assert loaded.sheetnames == ["Data", "Tersembunyi", "Sangat"]
    assert [loaded.sheet_hidden(name) for name in loaded.sheetnames] == [False, True, True]
    assert list(loaded.rows("Tersembunyi")) == []


def test_a_workbook_without_styles_or_shared_strings_reads(tmp_path):
    assert rows(tmp_path, package({"Data": '<row r="1"><c r="A1"><v>45000</v></c></row>'}, shared=None,
                                  styles=None)) == [(45000,)]


def test_percent_styles_are_those_whose_format_multiplies_by_100():
    # "0%", "#,##0.0%" and "0.00%", not '0.0"%"' whose % is quoted text
    assert percent_styles(STYLES.encode()) == {5, 7, 9}


def test_a_truncated_sheet_fails_while_it_is_read(tmp_path):
    data = package({"Data": SHEET_CELLS})
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml")
    path = tmp_path / "potong.xlsx"
    path.write_bytes(_replace_member(data, "xl/worksheets/sheet1.xml", xml[: len(xml) * 2 // 3]))
    loaded = load_workbook(path)
    with pytest.raises(WorkbookError) as info:
        list(loaded.rows("Data"))
    assert "rusak" in info.value.pesan and info.value.lokasi.lembar == "Data"


def test_formulas_errors_and_percent_cells_are_found_however_they_are_written():
    body = (f'<row r="1" s="9" customFormat="1"><c t="n" s="9" r="A1"><v>0.5</v></c><c r="B1" s=\'9\'/>'
            f'<c r="C1" t="s" s="9"><v>0</v></c></row><row r="2"><x:c xmlns:x="{MAIN}" r="B2"><x:f>1+1</x:f></x:c>'
            '<c r="C2"><f t="shared" si="0"/></c><c r="D2"><f>1</f><v>1</v></c><c r="E2" t="str"><f>""</f><v></v>'
            '</c></row><row r="3"><c r="A3" t = \'e\'><v>#REF!</v></c><c r="B3" cat="e"><v>3</v></c></row>')
    xml = sheet_xml(body).replace(b"</worksheet>", b"<extLst><ext><f>1</f></ext></extLst></worksheet>")
    scan, _ = scan_sheet(xml, frozenset({9}))
    assert scan.percent == {"A1", "B1"}  # not the row's style, not a text cell
    assert scan.formulas_without_value == {"B2", "C2"}  # D2 has its value, E2 a cached empty string
    assert scan.errors == {"A3": "#REF!"}


# --- the extent: no cell beyond it, checked before calamine builds its grid ---------------------------------


def sheet_xml(body: str) -> bytes:
    return f'<worksheet xmlns="{MAIN}"><sheetData>{body}</sheetData></worksheet>'.encode()


EXTENTS = {  # case → (what is inside <sheetData>, the extent)
    "as_excel_writes": ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>1</v></c></row>'
                        '<row r="9"><c r="B9"><v>2</v></c></row>', (9, 3)),
    "two_letters": ('<row r="1"><c r="A1"><v>1</v></c><c r="AB1"><v>1</v></c></row><row r="2"><c r="Z2"><v>1</v></c>'
                    '</row>', (2, 28)),
    "a_cell_beyond_its_row_tag": ('<row r="2"><c r="A2"><v>1</v></c><c r="B900"><v>1</v></c></row><row r="3"><c '
                                  'r="A3"><v>1</v></c></row>', (900, 2)),
    "the_last_cell_of_excel": ('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v>'
                               '</c></row>', (1_048_576, 16_384)),
    "a_second_r_attribute": ('<row r="1"><c r="A1"><v>1</v></c><c r="B1" r=\'XFD1048576\'><v>2</v></c></row>',
                             (1_048_576, 16_384)),
    "spaces_and_single_quotes": ("<row r='1'><c r='A1'><v>1</v></c><c r = 'C7'><v>1</v></c></row>", (7, 3)),
    "cells_and_rows_without_r": ('<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row><row/><row><c><v>4</v>'
                                 '</c></row>', (3, 3)),
    "prefixed_tags": (f'<x:row xmlns:x="{MAIN}" r="4"><x:c r="D4"><x:v>1</x:v></x:c></x:row>', (4, 4)),
    "formatted_cells_after_the_last_value_do_not_count": ('<row r="1"><c r="A1"><v>1</v></c></row><row r="2">'
                                                          '<c r="XFD2" s="1"/></row>', (1, 1)),
    "a_row_of_5000_digits": ('<row r="' + "1" * 5000 + '"><c><v>1</v></c></row>', (FAR_ROW, 1)),
    "four_letters": ('<row r="1"><c r="A1"><v>1</v></c><c r="ZZZZ1"><v>1</v></c></row>', (1, EXCEL_MAX_COL + 1)),
    "no_value": ('<row r="1"><c r="XFD1" s="2"/></row>', (0, 0)),
}


@pytest.mark.parametrize("case", sorted(EXTENTS))
def test_the_extent_bounds_every_cell_up_to_the_last_value_however_it_is_written(case):
    body, expected = EXTENTS[case]
    assert scan_sheet(sheet_xml(body))[0].extent == expected


def test_the_extent_of_a_sheet_is_exact_in_the_common_case():
    """The widest reference decides, whether its column has one letter or more."""
    body = "".join(f'<row r="{r}"><c r="A{r}"><v>1</v></c><c r="AD{r}"><v>2</v></c></row>' for r in range(1, 301))
    xml = sheet_xml(body)
    assert extent(xml, xml.rfind(b"<v>"), 300) == (300, 30)


def test_a_long_narrow_sheet_is_measured_by_its_own_width():
    """90,000 rows of 20 columns are 1.8 million cells, under the grid limit: the sheet is read, not refused
    as if every sheet were 26 columns wide."""
    body = "".join(f'<row r="{r}"><c r="A{r}"><v>1</v></c><c r="T{r}"><v>2</v></c></row>' for r in range(1, 90_001))
    xml = sheet_xml(body)
    assert scan_sheet(xml)[0].extent == (90_000, 20)


# Each case runs in a child process with 1 GB of address space: without the check, calamine would ask for
# tens of gigabytes for its grid and abort the process (it does not raise), which must not take pytest along.
CRAFTED = {
    "the_first_and_the_last_cell": ('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576">'
                                    '<v>1</v></c></row>', "sampai XFD1048576"),
    "a_second_r_attribute": ('<row r="1"><c r="A1"><v>1</v></c><c r="B1" r="XFD1048576"><v>2</v></c></row>',
                             "sampai XFD1048576"),
    "cells_without_r_far_apart": ('<row><c><v>1</v></c></row>' + "<row/>" * 200_000 + "<row>" + "<c/>" * 3000
                                  + "<c><v>2</v></c></row>", "sampai DKK200002"),
    "a_row_beyond_excel": ('<row r="1"><c r="A1"><v>1</v></c></row><row r="99999999999"><c r="A99999999999">'
                           '<v>1</v></c></row>', "baris nomor 99999999999"),
    "a_column_beyond_xfd": ('<row r="1"><c r="A1"><v>1</v></c><c r="ZZZZZZ1"><v>1</v></c></row>', "kolom XFD"),
    "a_lying_dimension_tag": (f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><dimension ref="A1:XFD1048576"/>'
                              '<sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData></worksheet>', "ROWS 1"),
    "wide_but_within_the_limit": ("".join(f'<row r="{r}"><c r="A{r}"><v>1</v></c><c r="BZ{r}"><v>2</v></c></row>'
                                          for r in range(1, 20_001)), "ROWS 20000"),
}

CHILD = textwrap.dedent("""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from pathlib import Path
    from iku_docs.errors import WorkbookError
    from iku_docs.workbook.load import load_workbook
    for path in sys.argv[1:]:
        try:
            print(Path(path).stem, "ROWS", len(list(load_workbook(Path(path)).rows("Data"))), flush=True)
        except WorkbookError as exc:
            print(Path(path).stem, " ".join(exc.format_message().split()), flush=True)
""")


def test_a_sheet_calamine_could_not_hold_is_refused_before_it_reads_it_and_a_wide_one_is_read(tmp_path):
    paths = []
    for case, (body, _) in CRAFTED.items():
        path = tmp_path / f"{case}.xlsx"
        path.write_bytes(package({"Data": body}, shared=None))
        paths.append(str(path))
    result = subprocess.run([sys.executable, "-c", CHILD, *paths], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    said = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    for case, (_, words) in CRAFTED.items():
        assert words in said[case], (case, said[case])
    assert "rentang datanya mencakup 17.179.869.184 sel (batas 2.000.000 sel)" in said["the_first_and_the_last_cell"]
