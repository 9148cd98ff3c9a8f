"""The annotated copy built by patching the input package: read back with openpyxl and LibreOffice."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image as XlImage
from openpyxl.styles import Font, PatternFill
from PIL import Image

from iku_docs.findings import Laporan, Temuan, Tingkat
from iku_docs.pipeline import check_workbook
from iku_docs.report.annotated import FILL, SHEET_CATATAN, annotated_bytes
from iku_docs.report.sheetxml import formula_like_shared_strings
from tests.builders import rewrite_member, sheet_part
from tests.paths import REPO as REPO_ROOT

REPO = REPO_ROOT
SALAH = REPO / "sample_workbooks" / "contoh-salah.xlsx"
DATA = "Data"
OUR_FILLS = set(FILL.values())


def temuan(tingkat: Tingkat, lembar: str | None, sel: str | None, pesan: str, baris: int | None = None,
           kode: str = "STRUK-UJI") -> Temuan:
    if baris is None and sel:
        baris = int(re.sub(r"[A-Z]", "", sel))
    return Temuan(kode, tingkat, lembar, sel, baris, None, None, pesan, "Perbaiki.", "Struktur")


def laporan(*found: Temuan) -> Laporan:
    return Laporan("uji.xlsx", "cd" * 32, list(found))


def small_workbook(path: Path) -> Path:
    """Rows 1-3 and 6 filled on 'Data' (rows 4-5 absent), a bold header, a note on A1, a number format."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = DATA
    ws.append(["Kode", "Nama", "Target"])
    ws.append(["A-01", "Satu", 6.5])
    ws.append(["A-02", "Dua", 7])
    ws["A6"] = "A-06"
    ws["C6"] = 0.25
    ws["C6"].number_format = "0.00%"
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws["A1"].comment = Comment("Kode unik.", "templat")
    wb.create_sheet("Lain")["B2"] = "lain"
    wb.save(path)
    return path


def copy_of(source: Path, found: Laporan) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(annotated_bytes(found, source.read_bytes())))


def fill_of(cell) -> str:
    return (cell.fill.fgColor.rgb or "")[-6:] if cell.fill and cell.fill.fill_type == "solid" else ""


def marked_cells(wb: openpyxl.Workbook) -> set[tuple[str, str]]:
    return {(ws.title, cell.coordinate) for ws in wb.worksheets if ws.title != SHEET_CATATAN
            for row in ws.iter_rows() for cell in row if fill_of(cell) in OUR_FILLS}


def values(wb: openpyxl.Workbook) -> dict[tuple[str, str], object]:
    return {(ws.title, c.coordinate): c.value for ws in wb.worksheets if ws.title != SHEET_CATATAN
            for row in ws.iter_rows() for c in row if c.value is not None}


# --- cells, rows and notes ----------------------------------------------------------------------------


def test_a_present_cell_keeps_its_font_and_number_format_and_gets_the_fill(tmp_path):
    source = small_workbook(tmp_path / "uji.xlsx")
    wb = copy_of(source, laporan(temuan(Tingkat.GALAT, DATA, "B1", "Judul salah."),
                                 temuan(Tingkat.PERINGATAN, DATA, "C6", "Persen aneh.")))
    b1, c6 = wb[DATA]["B1"], wb[DATA]["C6"]
    assert fill_of(b1) == FILL[Tingkat.GALAT] and b1.font.b and b1.value == "Nama"
    assert fill_of(c6) == FILL[Tingkat.PERINGATAN] and c6.number_format == "0.00%" and c6.value == 0.25
    assert "Judul salah." in b1.comment.text and "Persen aneh." in c6.comment.text


def test_a_cell_absent_from_the_xml_is_added_in_column_order(tmp_path):
    source = small_workbook(tmp_path / "uji.xlsx")
    data = annotated_bytes(laporan(temuan(Tingkat.GALAT, DATA, "B6", "Nama kosong.")), source.read_bytes())
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert fill_of(wb[DATA]["B6"]) == FILL[Tingkat.GALAT] and wb[DATA]["B6"].value is None
    assert "Nama kosong." in wb[DATA]["B6"].comment.text
    xml = zipfile.ZipFile(io.BytesIO(data)).read(sheet_part_of(data, DATA)).decode()
    assert re.search(r'<row r="6"[^>]*><c r="A6"[^>]*>.*?</c><c r="B6" s="\d+"/><c r="C6"', xml)


def test_an_absent_row_is_added_between_its_neighbours_and_the_dimension_grows(tmp_path):
    source = small_workbook(tmp_path / "uji.xlsx")
    found = laporan(temuan(Tingkat.SARAN, DATA, "B4", "Baris kosong."),
                    temuan(Tingkat.GALAT, DATA, "E9", "Di luar data."))
    data = annotated_bytes(found, source.read_bytes())
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert fill_of(wb[DATA]["B4"]) == FILL[Tingkat.SARAN] and fill_of(wb[DATA]["E9"]) == FILL[Tingkat.GALAT]
    assert marked_cells(wb) == {(DATA, "B4"), (DATA, "E9")}
    xml = zipfile.ZipFile(io.BytesIO(data)).read(sheet_part_of(data, DATA)).decode()
    assert [int(n) for n in re.findall(r'<row r="(\d+)"', xml)] == [1, 2, 3, 4, 6, 9]
    assert '<dimension ref="A1:E9"/>' in xml
    assert openpyxl.load_workbook(io.BytesIO(data), read_only=True)[DATA].max_row == 9


def test_a_self_closed_row_and_an_empty_sheet_data_get_their_cell(tmp_path):
    source = small_workbook(tmp_path / "uji.xlsx")
    rewrite_member(source, sheet_part(source, DATA), lambda xml: xml.replace(b"</sheetData>",
                                                                             b'<row r="8" ht="20"/></sheetData>'))
    rewrite_member(source, sheet_part(source, "Lain"),
                   lambda xml: re.sub(rb"<sheetData>.*</sheetData>", b"<sheetData/>", xml))
    wb = copy_of(source, laporan(temuan(Tingkat.GALAT, DATA, "C8", "Kosong."),
                                 temuan(Tingkat.GALAT, "Lain", "D3", "Kosong juga.")))
    assert fill_of(wb[DATA]["C8"]) == FILL[Tingkat.GALAT] and wb[DATA].row_dimensions[8].height == 20
    assert fill_of(wb["Lain"]["D3"]) == FILL[Tingkat.GALAT] and "Kosong juga." in wb["Lain"]["D3"].comment.text


def test_an_existing_note_is_extended_and_other_notes_of_the_sheet_are_kept(tmp_path):
    source = small_workbook(tmp_path / "uji.xlsx")
    wb = copy_of(source, laporan(temuan(Tingkat.GALAT, DATA, "A1", "Judul salah eja."),
                                 temuan(Tingkat.PERINGATAN, DATA, "A2", "Kode ganda.")))
    a1 = wb[DATA]["A1"]
    assert a1.comment.text.startswith("Kode unik.") and "Judul salah eja." in a1.comment.text
    assert "Kode ganda." in wb[DATA]["A2"].comment.text
    assert [c.coordinate for row in wb[DATA].iter_rows() for c in row if c.comment] == ["A1", "A2"]


def test_a_note_on_an_untouched_cell_survives_and_a_vml_lxml_cannot_parse_is_rewritten(tmp_path):
    source = small_workbook(tmp_path / "uji.xlsx")
    with zipfile.ZipFile(source) as z:
        vml = next(n for n in z.namelist() if n.endswith(".vml"))
    # Excel has written HTML-style '<br>' inside VML text boxes: not well-formed XML.
    rewrite_member(source, vml, lambda xml: xml.replace(b"</xml>", b"<br></xml>"))
    wb = copy_of(source, laporan(temuan(Tingkat.GALAT, DATA, "C2", "Target salah.")))
    assert wb[DATA]["A1"].comment.text == "Kode unik."
    assert "Target salah." in wb[DATA]["C2"].comment.text


def test_inline_strings_keep_their_text_and_formula_looking_ones_get_quote_prefix(tmp_path):
    source = small_workbook(tmp_path / "uji.xlsx")

    def inline(xml: bytes) -> bytes:  # openpyxl writes inline strings: make one look like a formula
        return xml.replace(b"<t>Satu</t>", b"<t>=SUM(A1)</t>")

    rewrite_member(source, sheet_part(source, DATA), inline)
    data = annotated_bytes(laporan(temuan(Tingkat.GALAT, DATA, "B3", "Nama salah.")), source.read_bytes())
    wb = openpyxl.load_workbook(io.BytesIO(data))
    b2, b3 = wb[DATA]["B2"], wb[DATA]["B3"]
    assert (b2.value, b2.data_type, b2.quotePrefix) == ("=SUM(A1)", "s", True) and fill_of(b2) == ""
    assert b3.value == "Dua" and fill_of(b3) == FILL[Tingkat.GALAT] and not b3.quotePrefix
    assert b"<f>" not in zipfile.ZipFile(io.BytesIO(data)).read(sheet_part_of(data, DATA))


def test_a_sheet_level_finding_is_shown_on_a1_and_a_file_level_one_only_on_the_catatan_sheet(tmp_path):
    source = small_workbook(tmp_path / "uji.xlsx")
    found = laporan(temuan(Tingkat.PERINGATAN, "Lain", None, "Lembar tidak dikenal."),
                    temuan(Tingkat.GALAT, None, None, "Berkas memuat makro.", kode="STRUK-MAKRO"),
                    temuan(Tingkat.GALAT, "Hilang", None, "Lembar 'Hilang' tidak ada."))
    wb = copy_of(source, found)
    assert marked_cells(wb) == {("Lain", "A1")} and "Lembar tidak dikenal." in wb["Lain"]["A1"].comment.text
    catatan = wb.worksheets[0]
    assert catatan.title == SHEET_CATATAN and wb.active.title == SHEET_CATATAN
    rows = {r[8]: r for r in catatan.iter_rows(min_row=5, values_only=True)}
    assert rows["STRUK-MAKRO"][2] == "Berkas secara umum" and rows["STRUK-MAKRO"][6] == "Berkas memuat makro."
    links = {c.hyperlink.location for row in catatan.iter_rows(min_row=5) for c in row if c.hyperlink}
    assert links == {"'Lain'!A1"}
    assert not any(ws.sheet_view.tabSelected for ws in wb.worksheets[1:])


def test_a_sheet_already_named_catatan_validasi_is_kept_and_sheet_scoped_names_still_point_at_their_sheet(tmp_path):
    path = tmp_path / "uji.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = SHEET_CATATAN
    wb.active["A1"] = "punya pengguna"
    data_ws = wb.create_sheet(DATA)
    data_ws["A1"] = "x"
    data_ws.print_area = "A1:C3"
    wb.save(path)
    copy = copy_of(path, laporan(temuan(Tingkat.GALAT, DATA, "A1", "Salah.")))
    assert copy.sheetnames == [f"{SHEET_CATATAN} (2)", SHEET_CATATAN, DATA]
    assert copy[SHEET_CATATAN]["A1"].value == "punya pengguna"
    assert copy[DATA].print_area == "'Data'!$A$1:$C$3"


def test_shared_strings_that_look_like_formulas_are_found_by_index():
    sst = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b'<si><t>biasa</t></si><si><t>=SUM(A1)</t></si><si/><si><t xml:space="preserve">-5 orang</t></si>'
           b'<si><r><rPr><b/></rPr><t>+62</t></r><r><t> telepon</t></r></si><si><t>a</t><rPh><t>=x</t></rPh></si>'
           b'<si><r><t>teks </t></r><r><t>=bukan awal</t></r></si><si><t>&#64;akun</t></si><si><t>&amp;=</t></si>'
           b"</sst>")
    assert formula_like_shared_strings(sst) == {1, 3, 4, 7}
    prefixed = sst.replace(b"<sst xmlns=", b"<x:sst xmlns:x=").replace(b"</sst>", b"</x:sst>")
    prefixed = re.sub(rb"<(/?)(si|t|r|rPr|b|rPh)([ >/])", rb"<\1x:\2\3", prefixed)
    assert formula_like_shared_strings(prefixed) == {1, 3, 4, 7}


def test_a_sheet_with_shared_strings_gets_quote_prefix_only_on_formula_looking_text(tmp_path):
    source = small_workbook(tmp_path / "uji.xlsx")
    sst = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">'
           b"<si><t>-5 orang</t></si><si><t>5 orang</t></si></sst>")
    part = sheet_part(source, DATA)
    with zipfile.ZipFile(source) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/sharedStrings.xml"] = sst
    inline = b'<c r="%s" t="inlineStr"><is><t>%s</t></is></c>'
    parts[part] = (parts[part].replace(inline % (b"B2", b"Satu"), b'<c r="B2" t="s"><v>0</v></c>')
                   .replace(inline % (b"B3", b"Dua"), b'<c r="B3" t="s"><v>1</v></c>'))
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    with zipfile.ZipFile(source, "w") as z:
        for name, content in parts.items():
            z.writestr(name, content)
    wb = copy_of(source, laporan(temuan(Tingkat.GALAT, DATA, "B2", "Nama salah.")))
    b2, b3, c2 = wb[DATA]["B2"], wb[DATA]["B3"], wb[DATA]["C2"]
    assert (b2.value, b2.quotePrefix, fill_of(b2)) == ("-5 orang", True, FILL[Tingkat.GALAT])
    assert (b3.value, b3.quotePrefix, c2.value, c2.quotePrefix) == ("5 orang", False, 6.5, False)


# --- what the patch leaves alone --------------------------------------------------------------------------


def with_image(path: Path) -> Path:
    wb = openpyxl.load_workbook(small_workbook(path))
    png = io.BytesIO()
    Image.new("RGB", (40, 20), "red").save(png, format="PNG")
    wb[DATA].add_image(XlImage(io.BytesIO(png.getvalue())), "E2")
    wb.save(path)
    return path


def test_an_image_of_the_input_survives_in_the_copy(tmp_path):
    source = with_image(tmp_path / "uji.xlsx")
    data = annotated_bytes(laporan(temuan(Tingkat.GALAT, DATA, "B2", "Salah.")), source.read_bytes())
    with zipfile.ZipFile(source) as z_in, zipfile.ZipFile(io.BytesIO(data)) as z_out:
        media = [n for n in z_in.namelist() if n.startswith("xl/media/")]
        assert media and all(z_out.read(n) == z_in.read(n) for n in media)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert len(wb[DATA]._images) == 1 and fill_of(wb[DATA]["B2"]) == FILL[Tingkat.GALAT]


def test_members_without_findings_are_copied_byte_for_byte_even_compressed(tmp_path):
    source = small_workbook(tmp_path / "uji.xlsx")
    data = annotated_bytes(laporan(temuan(Tingkat.GALAT, DATA, "B2", "Salah.")), source.read_bytes())
    z_in, z_out = zipfile.ZipFile(source), zipfile.ZipFile(io.BytesIO(data))
    untouched = [n for n in z_in.namelist() if n in ("xl/theme/theme1.xml", sheet_part(source, "Lain"))]
    assert len(untouched) == 2
    for name in untouched:
        assert z_out.read(name) == z_in.read(name)
        assert z_out.getinfo(name).compress_size == z_in.getinfo(name).compress_size
    assert z_out.testzip() is None


def test_an_input_saved_without_compression_gives_a_deflated_copy_whose_images_stay_stored(tmp_path):
    source = with_image(tmp_path / "uji.xlsx")
    stored = tmp_path / "tanpa-kompresi.xlsx"
    with zipfile.ZipFile(source) as z_in, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as z_out:
        for info in z_in.infolist():
            z_out.writestr(info.filename, z_in.read(info))
    data = annotated_bytes(laporan(temuan(Tingkat.GALAT, DATA, "B2", "Salah.")), stored.read_bytes())
    with zipfile.ZipFile(stored) as z_in, zipfile.ZipFile(io.BytesIO(data)) as z_out:
        assert z_out.testzip() is None
        methods = {i.filename: i.compress_type for i in z_out.infolist()}
        images = [n for n in methods if n.endswith(".png")]
        assert images and all(z_out.read(n) == z_in.read(n) for n in images)
        assert {methods[n] for n in images} == {zipfile.ZIP_STORED}
        assert {m for n, m in methods.items() if n not in images} == {zipfile.ZIP_DEFLATED}
    assert values(openpyxl.load_workbook(io.BytesIO(data))) == values(openpyxl.load_workbook(source))


def test_the_contoh_salah_copy_marks_exactly_the_problem_cells_and_changes_no_value(tmp_path):
    hasil = check_workbook(SALAH)
    assert len(hasil.laporan.temuan) >= 10
    data = annotated_bytes(hasil.laporan, hasil.data)
    assert data == annotated_bytes(hasil.laporan, hasil.data)  # deterministic
    before = openpyxl.load_workbook(SALAH)
    after = openpyxl.load_workbook(io.BytesIO(data))
    assert values(after) == values(before)
    changed = {(ws.title, c.coordinate) for ws in after.worksheets[1:] for row in ws.iter_rows() for c in row
               if fill_of(c) != fill_of(before[ws.title][c.coordinate])}
    expected = {(t.lembar, t.sel) for t in hasil.laporan.temuan if t.lembar and t.sel}
    assert changed == expected
    for t in hasil.laporan.temuan:
        if t.lembar and t.sel:
            assert t.pesan in after[t.lembar][t.sel].comment.text
    catatan = after.worksheets[0]
    assert catatan.max_row == 4 + len(hasil.laporan.temuan)


# --- LibreOffice ----------------------------------------------------------------------------------------


def sheet_part_of(data: bytes, title: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        book = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet [^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', book) or re.search(
        rf'<sheet [^>]*r:id="([^"]+)"[^>]*name="{re.escape(title)}"', book)
    target = re.search(rf'<Relationship [^>]*Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels) or re.search(
        rf'<Relationship [^>]*Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels)
    return "xl/" + target.group(1).lstrip("/").removeprefix("xl/")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_every_kind_of_copy_and_keeps_fills_and_notes(tmp_path):
    copies = {}
    salah = check_workbook(SALAH)
    copies["salah"] = annotated_bytes(salah.laporan, salah.data)
    source = with_image(tmp_path / "gambar.xlsx")
    copies["gambar"] = annotated_bytes(laporan(temuan(Tingkat.GALAT, DATA, "B4", "Baris kosong."),
                                               temuan(Tingkat.PERINGATAN, DATA, "A1", "Judul.")), source.read_bytes())
    folder = tmp_path / "lo"
    folder.mkdir()
    for name, data in copies.items():
        (folder / f"{name}.xlsx").write_bytes(data)
    out = tmp_path / "out"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'profil'}", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *sorted(map(str, folder.iterdir()))],
                   check=True, capture_output=True, timeout=240)
    gambar = openpyxl.load_workbook(out / "gambar.xlsx")
    assert gambar.sheetnames[0] == SHEET_CATATAN
    assert fill_of(gambar[DATA]["B4"]) == FILL[Tingkat.GALAT] and "Baris kosong." in gambar[DATA]["B4"].comment.text
    assert gambar[DATA]["A1"].comment.text.startswith("Kode unik.") and len(gambar[DATA]._images) == 1
    salah_lo = openpyxl.load_workbook(out / "salah.xlsx")
    for t in salah.laporan.temuan:
        if t.lembar and t.sel:
            assert fill_of(salah_lo[t.lembar][t.sel]) == FILL[Tingkat(_worst_at(salah.laporan, t))], t
            assert t.pesan in salah_lo[t.lembar][t.sel].comment.text


def _worst_at(found: Laporan, t: Temuan) -> str:
    order = [Tingkat.GALAT, Tingkat.PERINGATAN, Tingkat.SARAN]
    same = [x.tingkat for x in found.temuan if (x.lembar, x.sel) == (t.lembar, t.sel)]
    return min(same, key=order.index)


def test_a_fill_already_on_the_input_is_not_counted_as_a_mark(tmp_path):
    path = small_workbook(tmp_path / "uji.xlsx")
    wb = openpyxl.load_workbook(path)
    wb[DATA]["C3"].fill = PatternFill("solid", start_color="FFFF00", end_color="FFFF00")
    wb.save(path)
    copy = copy_of(path, laporan())
    assert fill_of(copy[DATA]["C3"]) == "FFFF00" and marked_cells(copy) == set()
    assert copy.worksheets[0]["A3"].value == "Tidak ada temuan."


def test_sheets_saved_in_utf16_get_their_highlights_and_notes_in_the_copy(tmp_path):
    utf16 = tmp_path / "utf16.xlsx"
    with zipfile.ZipFile(SALAH) as zin, zipfile.ZipFile(utf16, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = data.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
            zout.writestr(info, data)
    hasil = check_workbook(utf16)
    located = [t for t in hasil.laporan.temuan if t.sel and t.lembar]
    assert located, "contoh-salah has findings on cells"
    copy = openpyxl.load_workbook(io.BytesIO(annotated_bytes(hasil.laporan, hasil.data)))
    for t in located:
        assert copy[t.lembar][t.sel].comment is not None, (t.lembar, t.sel)
