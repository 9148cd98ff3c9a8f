"""Differential tests of the workbook reader: the same data saved by other writers, or with odd but legal XML,
reads as openpyxl's read-only mode reads it and gives the same findings; hostile parts are refused quickly.

The variants come from kota-contoh.xlsx: as openpyxl wrote it (inline strings), as LibreOffice re-saved it
(shared strings, every attribute written out) and hand-edited copies of both. One soffice call per module.
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from iku_docs.errors import WorkbookError
from iku_docs.pipeline import check_workbook
from iku_docs.workbook.load import load_workbook

ROOT = Path(__file__).resolve().parent.parent
KOTA = ROOT / "tests" / "data" / "kota-contoh.xlsx"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
FAST = 2.0  # seconds: a hostile part must be refused or read within this

Transform = Callable[[bytes], bytes]


# --- helpers -------------------------------------------------------------------------------------


def trimmed(rows: list[tuple]) -> list[tuple]:
    """Rows without trailing None cells and without trailing empty rows (openpyxl and we differ only there)."""
    out = []
    for row in rows:
        values = list(row)
        while values and values[-1] is None:
            values.pop()
        out.append(tuple(values))
    while out and not out[-1]:
        out.pop()
    return out


def our_rows(path: Path) -> dict[str, list[tuple]]:
    loaded = load_workbook(path)
    return {title: trimmed([values for _, values in loaded.rows(title)]) for title in loaded.sheetnames}


def openpyxl_rows(path: Path) -> dict[str, list[tuple]]:
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        result = {}
        for ws in wb.worksheets:
            ws.reset_dimensions()
            result[ws.title] = trimmed(list(ws.iter_rows(values_only=True)))
        wb.close()
    return result


def findings(path: Path) -> list[tuple]:
    return sorted((t.kode, t.lembar or "", t.sel or "", t.pesan) for t in check_workbook(path).laporan.temuan)


def rewrite(src: Path, dst: Path, transform: Transform, member: Callable[[str], bool]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, transform(data) if member(info.filename) else data)
    return dst


def is_sheet(name: str) -> bool:
    return name.startswith("xl/worksheets/sheet") and name.endswith(".xml")


def is_shared_strings(name: str) -> bool:
    return name == "xl/sharedStrings.xml"


# --- the hand edits (each keeps the data: the same findings must come out) --------------------------


def prefixed(x: bytes) -> bytes:
    """<x:worksheet xmlns:x=...><x:sheetData><x:row><x:c>... (what some generators write)."""
    x = re.sub(rb"<(/?)([A-Za-z]\w*)(?=[\s/>])", rb"<\1x:\2", x)
    return x.replace(f'xmlns="{MAIN}"'.encode(), f'xmlns:x="{MAIN}"'.encode(), 1)


def whitespace(x: bytes) -> bytes:
    return x.replace(b"><", b">\n   \t<")


def crlf_in_sheet_data(x: bytes) -> bytes:
    start, end = x.find(b"<sheetData"), x.find(b"</sheetData>")
    return x if start < 0 or end < 0 else x[:start] + x[start:end].replace(b"><", b">\r\n  <") + x[end:]


def single_quotes_reversed(x: bytes) -> bytes:
    """<c t = 's' s = '5' r = 'A1'>: attributes of rows and cells reversed and single-quoted."""
    def tag(m: re.Match[bytes]) -> bytes:
        pairs = re.findall(rb'([\w:]+)="([^"]*)"', m.group(2))[::-1]
        return b"<" + m.group(1) + b"".join(b" " + k + b" = '" + v.replace(b"'", b"&apos;") + b"'"
                                            for k, v in pairs) + m.group(3)
    return re.sub(rb"<(c|row)((?:\s+[\w:]+=\"[^\"]*\")*)\s*(/?>)", tag, x)


def xml_space(x: bytes) -> bytes:
    return x.replace(b"<t>", b'<t xml:space="preserve">')


def character_references(x: bytes) -> bytes:
    def text(m: re.Match[bytes]) -> bytes:
        t = re.sub(rb"(?<!&)[aeiou](?![a-z]*;)", lambda c: b"&#%d;" % c.group(0)[0], m.group(2))
        return m.group(1) + re.sub(rb"[KS]", lambda c: b"&#x%x;" % c.group(0)[0], t) + b"</t>"
    x = re.sub(rb"(<t(?:\s[^>]*)?>)([^<]*)</t>", text, x)
    return re.sub(rb"<v>(\d)", lambda m: b"<v>&#%d;" % m.group(1)[0], x)


def cdata(x: bytes) -> bytes:
    x = re.sub(rb"(<t(?:\s[^>]*)?>)([^<]+)</t>",
               lambda m: m.group(1) + b"<![CDATA[" + html.unescape(m.group(2).decode()).encode() + b"]]></t>", x)
    return re.sub(rb"<v>([^<]+)</v>", rb"<v><![CDATA[\1]]></v>", x)


def bom_and_declaration(x: bytes) -> bytes:
    if x.startswith(b"<?xml"):
        x = x[x.find(b"?>") + 2:]
    return b"\xef\xbb\xbf<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\r\n" + x


def utf16(x: bytes) -> bytes:
    """OPC allows UTF-16 parts (ECMA-376 Part 2, 8.1.4)."""
    if x.startswith(b"<?xml"):
        x = x[x.find(b"?>") + 2:]
    return ('<?xml version="1.0" encoding="UTF-16"?>\n' + x.decode()).encode("utf-16")


def rows_without_r(x: bytes) -> bytes:
    return re.sub(rb'(<row\b[^>]*?)\s+r="\d+"', rb"\1", x)


def cells_without_r_where_consecutive(x: bytes) -> bytes:
    from openpyxl.utils import column_index_from_string

    def row(m: re.Match[bytes]) -> bytes:
        previous = [0]

        def cell(c: re.Match[bytes]) -> bytes:
            col = column_index_from_string(re.match(rb"[A-Z]+", c.group(2)).group(0).decode())
            keep = col != previous[0] + 1
            previous[0] = col
            return c.group(0) if keep else c.group(1)
        return re.sub(rb'(<c)\s+r="([A-Z]+\d+)"', cell, m.group(0))
    return re.sub(rb"<row\b.*?</row>", row, x, flags=re.S)


def comments_and_instructions(x: bytes) -> bytes:
    x = re.sub(rb"(<row\b[^>/]*>)", rb"\1<!--c--><?pi x?>", x)
    return x.replace(b"<sheetData>", b'<sheetData><!-- <sheetData> <row r="999"><c><v>1</v></c></row> -->', 1)


def spans_and_foreign_attributes(x: bytes) -> bytes:
    ac = b"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
    return re.sub(rb'<row r="(\d+)"', rb'<row spans="1:30" r="\1" x14ac:dyDescent="0.25" xmlns:x14ac="' + ac + b'"', x)


def empty_cells_appended(x: bytes) -> bytes:
    """A formatted <v></v> cell and a self-closing <c/> after the last cell of every row."""
    return re.sub(rb'<row r="(\d+)"([^>]*[^/])>(.*?)</row>',
                  lambda m: b'<row r="%s"%s>%s<c r="ZZ%s" s="0"><v></v></c><c r="ZY%s"/></row>' % (
                      m.group(1), m.group(2), m.group(3), m.group(1), m.group(1)), x, flags=re.S)


def rich_shared_strings(x: bytes) -> bytes:
    """Each plain <si> split into two runs, the first bold, plus a phonetic run (not part of the value)."""
    def si(m: re.Match[bytes]) -> bytes:
        attrs, t = m.group(1), m.group(2)
        if len(t) < 2 or t.startswith(b"&"):
            return m.group(0)
        return (b'<si><r><rPr><b/><sz val="11"/></rPr><t' + attrs + b">" + t[:1]
                + b'</t></r><r><t xml:space="preserve">' + t[1:]
                + b'</t></r><rPh sb="0" eb="1"><t>FONETIK</t></rPh><phoneticPr fontId="1"/></si>')
    return re.sub(rb"<si><t([^>]*)>([^<]*)</t></si>", si, x)


def inline_from(strings: list[str]) -> Transform:
    def transform(x: bytes) -> bytes:
        def cell(m: re.Match[bytes]) -> bytes:
            text = html.escape(strings[int(m.group(2))], quote=False).encode()
            return m.group(1) + b't="inlineStr"><is><t xml:space="preserve">' + text + b"</t></is></c>"
        return re.sub(rb'(<c\b[^>]*?)t="s"><v>(\d+)</v></c>', cell, x)
    return transform


def chain(*edits: Transform) -> Transform:
    def transform(x: bytes) -> bytes:
        for edit in edits:
            x = edit(x)
        return x
    return transform


# Edits chained into a few files (each file costs an openpyxl read and a validation); order matters where an
# edit looks for the double-quoted attributes another one rewrites.
SHEET_EDITS: dict[str, Transform] = {
    "excel_like_extras": chain(crlf_in_sheet_data, empty_cells_appended, spans_and_foreign_attributes,
                               cells_without_r_where_consecutive, rows_without_r),
    "hand_written": chain(single_quotes_reversed, xml_space, character_references, bom_and_declaration),
    "generator_style": chain(comments_and_instructions, cdata, prefixed, whitespace),
    "prefixed": prefixed,
    "single_quotes_reversed": single_quotes_reversed,
}
SHARED_STRING_EDITS: dict[str, Transform] = {
    "rich_text": chain(rich_shared_strings, xml_space, character_references, bom_and_declaration),
    "generator_style": chain(cdata, prefixed, whitespace),
    "utf16": utf16,
}


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def writers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """kota-contoh.xlsx as openpyxl wrote it, re-saved by openpyxl, and (with soffice) re-saved by LibreOffice."""
    import openpyxl

    folder = tmp_path_factory.mktemp("penulis")
    result = {"openpyxl": KOTA}
    wb = openpyxl.load_workbook(KOTA)
    wb.save(folder / "openpyxl-ulang.xlsx")
    result["openpyxl-ulang"] = folder / "openpyxl-ulang.xlsx"
    if shutil.which("soffice"):
        out = folder / "lo"
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder / 'profil'}", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(KOTA)],
                       check=True, capture_output=True, timeout=240)
        result["libreoffice"] = out / KOTA.name
    return result


@pytest.fixture(scope="module")
def original_findings() -> list[tuple]:
    return findings(KOTA)


def shared_strings_source(writers: dict[str, Path]) -> Path:
    if "libreoffice" not in writers:
        pytest.skip("LibreOffice is not installed (the shared-strings variants start from its copy)")
    return writers["libreoffice"]


# --- other writers -------------------------------------------------------------------------------


@pytest.mark.parametrize("writer", ["openpyxl", "openpyxl-ulang", "libreoffice"])
def test_a_workbook_saved_by_another_writer_reads_as_openpyxl_reads_it_with_the_same_findings(
        writer, writers, original_findings):
    if writer not in writers:
        pytest.skip("LibreOffice is not installed")
    path = writers[writer]
    assert our_rows(path) == openpyxl_rows(path)
    assert findings(path) == original_findings


# --- hand-edited XML -----------------------------------------------------------------------------


@pytest.mark.parametrize("edit", sorted(SHEET_EDITS))
def test_sheet_xml_edited_by_hand_reads_as_openpyxl_reads_it_with_the_same_findings(
        edit, writers, original_findings, tmp_path):
    source = writers.get("libreoffice", KOTA)
    path = rewrite(source, tmp_path / f"{edit}.xlsx", SHEET_EDITS[edit], is_sheet)
    assert our_rows(path) == openpyxl_rows(path)
    assert findings(path) == original_findings


@pytest.mark.parametrize("edit", sorted(SHARED_STRING_EDITS))
def test_shared_strings_edited_by_hand_read_as_openpyxl_reads_them(edit, writers, tmp_path):
    path = rewrite(shared_strings_source(writers), tmp_path / f"{edit}.xlsx", SHARED_STRING_EDITS[edit],
                   is_shared_strings)
    assert our_rows(path) == openpyxl_rows(path)  # findings come from these rows and the untouched sheet XML


def test_shared_strings_turned_into_inline_strings_read_the_same(writers, original_findings, tmp_path):
    source = shared_strings_source(writers)
    strings = load_workbook(source).workbook.strings
    path = rewrite(source, tmp_path / "inline.xlsx", inline_from(strings), is_sheet)
    assert b't="inlineStr"' in zipfile.ZipFile(path).read("xl/worksheets/sheet6.xml")
    assert our_rows(path) == openpyxl_rows(path)
    assert findings(path) == original_findings


# Legal but unusual spellings that once made load._last_row understate the last row (it looked for b"<v>",
# b"<v ", b"<is>"... in the raw bytes), so that the rows after it were never read.
LAST_ROW_SPELLINGS = {
    "utf16": utf16,  # no ASCII marker in UTF-16 bytes: _last_row returns 0, the sheet reads as empty
    "v_tag_with_newline": lambda x: x.replace(b"<v>", b"<v\n>").replace(b"</v>", b"</v\n>"),  # <v\n> is no marker
    "is_tag_with_space": lambda x: x.replace(b"<is>", b"<is >"),  # <is > is no marker: inline-string rows lost
}


@pytest.mark.parametrize("edit", sorted(LAST_ROW_SPELLINGS))
def test_legal_spellings_of_value_tags_do_not_hide_rows(edit, writers, tmp_path):
    # kota-contoh.xlsx as openpyxl wrote it holds its text in <is>; LibreOffice's copy holds every value in <v>
    source = shared_strings_source(writers) if edit == "v_tag_with_newline" else KOTA
    path = rewrite(source, tmp_path / f"{edit}.xlsx", LAST_ROW_SPELLINGS[edit], is_sheet)
    assert our_rows(path) == openpyxl_rows(path)


# --- single cells of every kind ------------------------------------------------------------------

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
      '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
      '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
      'worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
      'officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
      '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
PKG_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="' + MAIN + '" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><workbookPr{pr}/><sheets><sheet name="S" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
           '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
           'openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3"'
           ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
           'Target="sharedStrings.xml"/></Relationships>')
# cellXfs: 0 = {xf0} (General, or a date when the Normal style was given one), 1 = date, 2 = percent,
# 3 = [h]:mm duration, 4 = General
STYLES = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="' + MAIN + '"><numFmts count="1"><numFmt '
          'numFmtId="164" formatCode="[h]:mm"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill>'
          '<patternFill patternType="none"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/>'
          '<diagonal/></border></borders><cellXfs count="5"><xf numFmtId="{xf0}"/><xf numFmtId="14" '
          'applyNumberFormat="1"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="0"/></cellXfs></styleSheet>')
SST = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="' + MAIN + '" count="3" uniqueCount="3"><si><t>nol</t>'
       '</si><si><r><t>sa</t></r><r><rPr><b/></rPr><t xml:space="preserve">tu </t></r><rPh sb="0" eb="1"><t>X</t>'
       '</rPh></si><si><t>dua&amp;&lt;</t></si></sst>')


def package(sheet_data: str = "", xf0: int = 0, date1904: bool = False, sheet_xml: bytes | None = None) -> bytes:
    sheet = sheet_xml or f'<worksheet xmlns="{MAIN}"><sheetData>{sheet_data}</sheetData></worksheet>'.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", PKG_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK.format(pr=' date1904="1"' if date1904 else ""))
        z.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
        z.writestr("xl/styles.xml", STYLES.format(xf0=xf0))
        z.writestr("xl/sharedStrings.xml", SST)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return out.getvalue()


CELLS = {
    "numbers": '<row r="1"><c r="A1"><v>1.5E+20</v></c><c r="B1"><v>-0</v></c><c r="C1"><v>1e-300</v></c>'
               '<c r="D1"><v>-0.0</v></c><c r="E1"><v> 7 </v></c><c r="F1" t="n"><v>12345678901234567890</v></c></row>',
    "booleans_errors": '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A'
                       '</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
    "formulas": '<row r="1"><c r="A1" t="str"><f>A2&amp;"x"</f><v>abc</v></c><c r="B1" t="str"><f>""</f><v></v></c>'
                '<c r="C1"><f>1+1</f></c><c r="D1" t="str"><f>X</f><v/></c><c r="E1"><f>SUM(1)</f><v>2</v></c></row>',
    "empty_cells": '<row r="1"><c r="A1"/><c r="B1"><v></v></c><c r="C1" s="1"/><c r="D1" t="s"><v></v></c></row>'
                   '<row r="3"/><row r="4"><c r="A4"/></row><row r="5"><c r="B5"><v>1</v></c></row>',
    "shared_strings": '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v>'
                      '</c><c r="D1" t="s"><v> 1</v></c></row>',
    "inline_strings": '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><r><t>x'
                      '</t></r><r><t>y</t></r></is></c><c r="C1" t="inlineStr"><is/></c><c r="D1" t="inlineStr"><is>'
                      '<t xml:space="preserve"> sp </t></is></c><c r="E1" t="inlineStr"><v>9</v></c><c r="F1" '
                      't="inlineStr"><is><t>&#65;&#x42;&amp;<![CDATA[<c>]]></t></is></c></row>',
    "dates": '<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" s="1"><v>45000.5</v></c><c r="C1" s="1"><v>0.25'
             '</v></c><c r="D1" s="3"><v>1.5</v></c><c r="E1" s="2"><v>0.93</v></c><c r="F1" s="1"><v>59</v></c>'
             '<c r="G1" s="1"><v>61</v></c><c r="H1" s="1"><v>-5</v></c><c r="I1" s="1"><v>1e10</v></c></row>',
    "iso_dates": '<row r="1"><c r="A1" t="d"><v>2024-03-01T00:00:00</v></c><c r="B1" t="d"><v>2024-03-01</v></c></row>',
    "cells_without_style": '<row r="1"><c r="A1"><v>45000</v></c><c r="B1" s="0"><v>45000</v></c><c r="C1" t="n">'
                           '<v>45000</v></c><c r="D1" s="4"><v>45000</v></c></row>',
    "rows_and_cells_without_r": '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v>'
                                '</c></row><row r="5"><c><v>5</v></c></row><row><c><v>6</v></c></row>',
    "duplicate_cells": '<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c><c r="B1"><v>3</v></c></row>',
    "rows_out_of_order": '<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>'
                         '<row r="2"><c r="A2"><v>3</v></c></row><row r="4"><c r="A4"><v>4</v></c></row>',
    "odd_attributes": '<row r="1" spans="1:4"><c t="s" r="A1"><v>0</v></c><c s=\'2\' r=\'B1\'><v>0.5</v></c><c '
                      'r="C1" s="" t="n"><v>3</v></c><c r="D1" cm="1" vm="1" s="2"><v>0.25</v></c><c\n r="E1"\n '
                      's="1"\n><v>45000</v></c><c r="f1"><v>6</v></c></row>',
    "whitespace_inside_cells": '<row r="1">\n <c r="A1" >\n  <v>1</v>\n </c>\n <c r="B1" t="inlineStr" >\n<is>\n'
                               '<t>x</t>\n</is>\n</c></row>',
    "prefixed_and_foreign_cells": f'<row r="1"><x:c xmlns:x="{MAIN}" r="A1"><x:v>1</x:v></x:c><o:c xmlns:o="urn:o" '
                                  'r="B1"><o:v>2</o:v></o:c><c xmlns="urn:o" r="C1"><v>3</v></c><c r="D1"><v>4</v>'
                                  '</c></row>',
    "children_in_odd_places": '<row r="1"><c r="A1"><v>1</v><extLst><ext uri="x"><v>99</v></ext></extLst></c>'
                              '<c r="B1"><v>2</v><is><t>q</t></is></c><c r="C1"><v>1</v><v>2</v></c><c r="D1" '
                              't="inlineStr"><is><t>a</t><t>b</t></is></c><c r="E1"><v>1</v><f>1</f></c></row>',
    "row_number_as_float": '<row r="2.0"><c><v>1</v></c></row>',
}


@pytest.mark.parametrize("styles", ["general", "normal_style_is_a_date", "date1904"])
@pytest.mark.parametrize("case", sorted(CELLS))
def test_every_kind_of_cell_reads_as_openpyxl_reads_it(case, styles, tmp_path):
    kwargs = {"general": {}, "normal_style_is_a_date": {"xf0": 14}, "date1904": {"date1904": True}}[styles]
    path = tmp_path / f"{case}.xlsx"
    path.write_bytes(package(CELLS[case], **kwargs))
    assert our_rows(path) == openpyxl_rows(path)


def test_a_number_cell_without_a_style_takes_the_date_format_of_style_zero(tmp_path):
    # Regression: the fast tokeniser skipped the date check when the cell had no s attribute.
    path = tmp_path / "gaya-nol.xlsx"
    path.write_bytes(package('<row r="1"><c r="A1"><v>45000</v></c><c r="B1" t="n"><v>45000.5</v></c></row>', xf0=14))
    import datetime

    assert our_rows(path)["S"] == [(datetime.datetime(2023, 3, 15), datetime.datetime(2023, 3, 15, 12))]


# --- hostile parts -------------------------------------------------------------------------------


def sheet(body: str) -> bytes:
    return f'<worksheet xmlns="{MAIN}"><sheetData>{body}</sheetData></worksheet>'.encode()


ENTITY_CELL = '<row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row>'
LAUGHS = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
REFUSED = {
    "doctype": b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "x">]>' + sheet(ENTITY_CELL),
    "billion_laughs": (b'<?xml version="1.0"?><!DOCTYPE worksheet [' + LAUGHS.encode() + b"]>"
                       + sheet(ENTITY_CELL.replace("&a;", "&a9;"))),
    "external_entity": (b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a SYSTEM "file:///etc/passwd">]>'
                        + sheet(ENTITY_CELL)),
    "doctype_after_64_kb_of_comment": (b'<?xml version="1.0"?><!--' + b"x" * 70_000 + b'--><!DOCTYPE worksheet '
                                       b'[<!ENTITY a "x">]>' + sheet(ENTITY_CELL)),
    "doctype_in_utf16": ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE worksheet [<!ENTITY a "x">]>'
                         + sheet(ENTITY_CELL).decode()).encode("utf-16"),
    "row_number_of_5000_digits": sheet('<row r="' + "1" * 5000 + '"><c><v>1</v></c></row>'),  # regression: ValueError
    "unclosed_cells_in_a_row": sheet('<row r="1">' + "<c><f>x</f>" * 100_000 + "</row>"),
}
READ = {
    "huge_attribute": sheet('<row r="1"><c r="A1" foo="' + "x" * 5_000_000 + '"><v>1</v></c></row>'),
    "deeply_nested_elements": sheet('<row r="1"><c r="A1">' + "<x>" * 50_000 + "</x>" * 50_000
                                    + "<v>1</v></c></row>"),
    # not well-formed, but without a value it is never parsed (load._last_row is 0): read as an empty sheet
    "1_mb_of_unclosed_start_tags": sheet('<row r="1">' + '<c r="A1" ' * 100_000 + "</row>"),
    "many_single_quoted_attributes": sheet('<row r="1"><c r="A1" ' + " ".join(f"a{i}='1'" for i in range(50_000))
                                           + "><v>1</v></c></row>"),
    "50_mb_of_empty_rows": sheet("".join(f'<row r="{i}" s="1" customFormat="1"/>' for i in range(1, 1_048_577))),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_hostile_sheet_is_refused_quickly_with_a_workbook_error(case, tmp_path):
    path = tmp_path / f"{case}.xlsx"
    path.write_bytes(package(sheet_xml=REFUSED[case]))
    start = time.perf_counter()
    with pytest.raises(WorkbookError):
        our_rows(path)
    assert time.perf_counter() - start < FAST


@pytest.mark.parametrize("case", sorted(READ))
def test_an_odd_but_harmless_sheet_is_read_quickly(case, tmp_path):
    path = tmp_path / f"{case}.xlsx"
    path.write_bytes(package(sheet_xml=READ[case]))
    start = time.perf_counter()
    rows = our_rows(path)["S"]
    assert time.perf_counter() - start < FAST
    assert rows in ([], [(1,)])
