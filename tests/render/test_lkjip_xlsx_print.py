"""The LKjIP .xlsx prints as a reviewer needs it: landscape on the workbook's paper, page-wide, header row on every
page, wrapped text in rows tall enough for it, one font, page numbers. Read back with openpyxl, and printed to PDF
by LibreOffice when it is installed."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from iku_docs.render import xlsx
from iku_docs.render.xlsx import lkjip_xlsx_bytes
from tests.factories import iku_pd, make_pemda, program

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99): a child out of this order makes Excel repair the file.
CT_WORKSHEET = ("sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
                "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
                "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
                "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
                "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
                "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst")
LIBERATION_SANS = Path("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf")
LONG_NAME = "Persentase rumah tangga miskin penerima bantuan sosial yang tepat sasaran dan tepat waktu di desa"


def long_text_model(count: int = 1):
    """A PD with ``count`` indicators, long unit, indicator and program names, and an "&" that page headers must not
    read as a code."""
    model = make_pemda(nama_daerah="Sukamaju & Sekitarnya")
    many = tuple(iku_pd("DINKES", f"DINKES-{n:02}", LONG_NAME if n == 1 else f"{LONG_NAME} {n}",
                        realisasi={2026: Decimal(80)}) for n in range(1, count + 1))
    pd = replace(model.perangkat_daerah[0], nama="Dinas Pemberdayaan Masyarakat, Desa, Perempuan dan Perlindungan Anak",
                 iku=many,
                 program=(program("DINKES", "Program " + LONG_NAME, 1_250_000_000_000, 1_100_000_000_000),))
    return replace(model, perangkat_daerah=(pd, *model.perangkat_daerah[1:]))


def workbook(model) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(lkjip_xlsx_bytes(model)))


def test_every_sheet_prints_landscape_on_f4_scaled_to_the_page_width():
    for ws in workbook(make_pemda()):
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.paperSize == 14, ws.title  # Folio 8.5 x 13 in: F4, the contract's default
        # One page wide (an absent fitToWidth is the schema's default, 1), as many pages tall as needed.
        assert (ws.page_setup.fitToWidth or 1, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        assert ws.print_title_rows == "$1:$1"
        assert ws.print_options.gridLines is True


def test_paper_follows_pengaturan():
    a4 = make_pemda()
    a4 = replace(a4, pengaturan=replace(a4.pengaturan, ukuran_kertas="A4"))
    f4 = replace(a4, pengaturan=replace(a4.pengaturan, ukuran_kertas="F4"))
    assert {ws.page_setup.paperSize for ws in workbook(a4)} == {9}
    assert {ws.page_setup.paperSize for ws in workbook(f4)} == {14}


def test_pages_carry_the_unit_sheet_and_page_number_and_a_literal_ampersand():
    wb = workbook(long_text_model())
    for ws in wb:
        assert ws.oddHeader.left.text == "Tabel LKjIP Pemerintah Kabupaten Sukamaju && Sekitarnya Tahun 2026"
        assert ws.oddHeader.right.text == ws.oddFooter.left.text == "&A"  # the sheet's name
        assert ws.oddFooter.right.text == "Halaman &P dari &N"
        assert ws.oddFooter.right.font == "Arial,Regular"


AMPERSAND_NAME = "Sukamaju &Gede &[Picture] & Co"  # "&G" and "&[Picture]" are picture codes in a page header


def test_a_literal_ampersand_before_g_or_a_bracket_keeps_the_page_header(recwarn):
    data = lkjip_xlsx_bytes(make_pemda(nama_daerah=AMPERSAND_NAME))
    assert not [w for w in recwarn if "xlsxwriter" in w.filename], "xlsxwriter refused the header"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in (n for n in archive.namelist() if n.startswith("xl/worksheets/")):
            header = ElementTree.fromstring(archive.read(name)).find(f"{NS}headerFooter/{NS}oddHeader")
            assert header is not None and "Tabel LKjIP Pemerintah Kabupaten Sukamaju &&" in header.text, name
            assert header.text.endswith("Tahun 2026&R&\"Arial,Regular\"&9&A"), header.text


def test_every_font_is_named_so_bold_rows_print_in_the_same_family():
    with zipfile.ZipFile(io.BytesIO(lkjip_xlsx_bytes(make_pemda()))) as archive:
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    fonts = styles.find(f"{NS}fonts")
    names = [font.find(f"{NS}name").get("val") for font in fonts]
    assert names == ["Arial", "Arial"]
    assert [font.find(f"{NS}b") is not None for font in fonts] == [False, True]
    ws = workbook(make_pemda())["Pengukuran Kinerja"]
    total = next(r for r in ws.iter_rows(min_row=2) if r[2].value == "Rata-rata capaian kinerja")
    assert total[0].font.b and total[0].font.name == ws["A2"].font.name == "Arial"


def test_text_wraps_top_aligned_and_numbers_stand_level_with_it():
    ws = workbook(long_text_model())["Pengukuran Kinerja"]
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                assert cell.alignment.wrap_text and cell.alignment.vertical == "top", cell.coordinate
            elif cell.value is not None:
                assert cell.alignment.vertical == "top" and not cell.alignment.wrap_text, cell.coordinate


def test_rows_with_wrapped_text_are_tall_enough_for_every_line():
    ws = workbook(long_text_model())["Pengukuran Kinerja"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[3].value == LONG_NAME)
    height = ws.row_dimensions[row[0].row].height
    width = ws.column_dimensions["D"].width
    assert height >= 12.75 * xlsx._lines(LONG_NAME, width, False) >= 12.75 * 3
    short = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "IKU-02")
    assert ws.row_dimensions[short[0].row].height in (None, 12.75 * 2)  # one or two lines, not a wall of space


def test_money_columns_are_wide_enough_for_a_trillion_rupiah():
    ws = workbook(long_text_model())["Anggaran"]
    header = [c.value for c in ws[1]]
    # A width per column, however the file groups equal neighbours into one <col>.
    widths = {n: d.width for d in ws.column_dimensions.values() for n in range(d.min, d.max + 1)}
    for name in ("Anggaran", "Realisasi"):
        # "Rp 1.250.000.000.000": 20 characters of at most a digit's width, plus the column's padding.
        assert widths[header.index(name) + 1] >= 20


@pytest.mark.skipif(not LIBERATION_SANS.exists(), reason="Liberation Sans is not installed")
def test_line_estimate_never_undercounts_lines_measured_with_the_real_font():
    from PIL import ImageFont

    font = ImageFont.truetype(str(LIBERATION_SANS), 1000)  # advances in thousandths of an em

    def measured_lines(text: str, width: float) -> int:
        room = (width * 5.25 - 3.75) * 100  # points at 10 pt, in thousandths of an em
        lines, line = 1, ""
        for word in text.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and font.getlength(candidate) > room:
                lines, line = lines + 1, word
            else:
                line = candidate
        return lines

    texts = [LONG_NAME, "Pemerintah Kabupaten Sukamaju", "Kondisi awal (sebelum 2025)", "Rata-rata capaian kinerja",
             "Meningkatnya kualitas layanan urusan ketenteraman, ketertiban umum, dan pelindungan masyarakat"]
    for text in texts:
        for width in (12, 16, 21, 28, 34, 46):
            assert xlsx._lines(text, width, False) >= measured_lines(text, width), (text, width)
    assert all(round(font.getlength(chr(c))) == xlsx._ADVANCE[c - 32] for c in range(32, 127))


def test_worksheet_children_follow_the_schema_sequence():
    with zipfile.ZipFile(io.BytesIO(lkjip_xlsx_bytes(long_text_model()))) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert len(sheets) == len(xlsx.sheet_rows(long_text_model())) == 6
        for name in sheets:
            tags = [child.tag.removeprefix(NS) for child in ElementTree.fromstring(archive.read(name))]
            assert tags == sorted(tags, key=CT_WORKSHEET.index), name
            assert {"printOptions", "pageMargins", "pageSetup", "headerFooter"} <= set(tags)


def pdf_pages(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's MediaBox width and height, in points (LibreOffice writes it in every page object)."""
    box = re.compile(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]")
    pages = [obj for obj in re.findall(rb"\d+ 0 obj\s*<<(.*?)endobj", pdf, re.S) if re.search(rb"/Type\s*/Page\b", obj)]
    boxes = [box.search(page).groups() for page in pages]
    return [(float(x1) - float(x0), float(y1) - float(y0)) for x0, y0, x1, y1 in boxes]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_a_few_landscape_pages_with_the_header_on_each(tmp_path):
    a4 = make_pemda()
    a4 = replace(a4, pengaturan=replace(a4.pengaturan, ukuran_kertas="A4"))
    folder = tmp_path / "xlsx"
    folder.mkdir()
    for name, model in (("f4", make_pemda()), ("a4", a4), ("panjang", long_text_model(40)),
                        ("ampersand", make_pemda(nama_daerah=AMPERSAND_NAME))):
        (folder / f"{name}.xlsx").write_bytes(lkjip_xlsx_bytes(model))
    out = tmp_path / "pdf"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'profil'}", "--convert-to",
                    "pdf", "--outdir", str(out), *sorted(map(str, folder.iterdir()))],
                   check=True, capture_output=True, timeout=240)
    # 13 x 8.5 in and 297 x 210 mm; at least a page per sheet, far fewer than a page per pair of columns.
    # Six sheets: measurement, years, end target, national standard, factors, budget.
    expected = {"f4": ((936, 612), 6, 8), "a4": ((842, 595), 6, 8), "panjang": ((936, 612), 12, 30),
                "ampersand": ((936, 612), 6, 8)}
    for name, ((width, height), fewest, most) in expected.items():
        pdf = (out / f"{name}.pdf").read_bytes()
        pages = pdf_pages(pdf)
        assert fewest <= len(pages) <= most, (name, len(pages))
        assert all(abs(w - width) < 2 and abs(h - height) < 2 for w, h in pages), (name, pages)
        fonts = set(re.findall(rb"/BaseFont\s*/([^\s/\[<>]+)", pdf))
        assert fonts and not any(b"Serif" in f for f in fonts), fonts
    if shutil.which("pdftotext"):  # every page, also the second page of a sheet, starts with the header row
        panjang = out / "panjang.pdf"
        count = len(pdf_pages(panjang.read_bytes()))
        for page in range(1, count + 1):
            text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(panjang), "-"],
                                  check=True, capture_output=True, text=True).stdout
            assert re.search(r"^\s*Unit\s", text, re.M), page
            assert f"Halaman {page} dari {count}" in text, page
        first = subprocess.run(["pdftotext", "-layout", "-l", "1", str(out / "ampersand.pdf"), "-"],
                               check=True, capture_output=True, text=True).stdout
        assert f"Tabel LKjIP Pemerintah Kabupaten {AMPERSAND_NAME} Tahun 2026" in first
