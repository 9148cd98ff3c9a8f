"""The three reviewer reports and the terminal summary, each read back and checked."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import re
import zipfile
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment
from rich.console import Console

from iku_docs.findings import Laporan, Temuan, Tingkat
from iku_docs.report import annotated_name, write_reports
from iku_docs.report.annotated import FILL, SHEET_CATATAN, annotated_bytes
from iku_docs.report.console import print_render, print_rules, print_summary
from iku_docs.report.html import per_perangkat_daerah, render_html
from iku_docs.report.json import json_bytes
from iku_docs.workbook import contract as c
from tests.builders import WorkbookBuilder
from tests.factories import make_pemda

IKU_PEMDA = c.LEMBAR_IKU_PEMDA.nama
IKU_PD = c.LEMBAR_IKU_PD.nama
PD = c.LEMBAR_PD.nama
DASAR_HUKUM = c.LEMBAR_DASAR_HUKUM.nama
REALISASI = c.LEMBAR_REALISASI.nama
SCRIPT = "<script>alert(1)</script>"
FORMULA_TEXT = '=HYPERLINK("http://contoh.invalid","klik")'
HAS_POHON = importlib.util.find_spec("iku_docs.report.pohon") is not None
_RULES_SPEC = importlib.util.find_spec("iku_docs.validate.rules")
HAS_RULES = _RULES_SPEC is not None and _RULES_SPEC.origin not in (None, "namespace")  # not just the empty folder
XLSX_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def temuan(kode: str, tingkat: Tingkat, lembar: str | None, sel: str | None, nilai: str | None = None,
           pesan: str = "Pesan.", saran: str | None = "Saran.", kolom: str | None = None,
           kriteria: str | None = None, baris: int | None = None) -> Temuan:
    if baris is None and sel:
        baris = int(re.sub(r"[A-Z]", "", sel))
    return Temuan(kode, tingkat, lembar, sel, baris, kolom, nilai, pesan, saran, kriteria)


def sample_laporan() -> Laporan:
    """Findings on three sheets plus one file-wide, deliberately out of order."""
    return Laporan("kabupaten-x.xlsx", "ab" * 32, [
        temuan("SMART-AKTIVITAS", Tingkat.PERINGATAN, IKU_PEMDA, "F3", "Terselenggaranya rapat koordinasi",
               "Indikator menyebut kegiatan, bukan hasil.", "Ganti dengan ukuran hasil, misalnya 'Persentase "
               "rekomendasi rapat yang ditindaklanjuti'.", "Indikator Kinerja Utama", "Terukur"),
        temuan("STRUK-NILAI", Tingkat.GALAT, IKU_PEMDA, "AA3", SCRIPT + " & Co", "Target bukan angka.",
               "Tulis angka, misalnya 6,5.", "Target 2029", "Struktur"),
        temuan("STRUK-KOSONG", Tingkat.GALAT, IKU_PEMDA, "B3", "", "Jenis Urusan kosong.", "Pilih dari daftar.",
               "Jenis Urusan", "Struktur"),
        temuan("STRUK-LEMBAR-HILANG", Tingkat.GALAT, None, None, None, "Lembar 'Realisasi' tidak ada.",
               "Tambahkan lembar dari templat kosong.", kriteria="Struktur"),
        temuan("SMART-SATUAN", Tingkat.SARAN, IKU_PD, "J2", "persen", "Satuan sebaiknya '%'.", None, "Satuan",
               "Spesifik"),
        temuan("STRUK-NIP", Tingkat.PERINGATAN, PD, "E2", "19700312", "NIP harus 18 digit.", "Tulis 18 digit.",
               "NIP", "Struktur"),
    ])


# --- JSON -------------------------------------------------------------------------------


def test_json_report_has_the_stable_shape_with_every_finding():
    data = json.loads(json_bytes(sample_laporan()))
    assert list(data) == ["berkas", "sha256", "valid", "ringkasan", "temuan"]
    assert data["berkas"] == "kabupaten-x.xlsx" and data["sha256"] == "ab" * 32 and data["valid"] is False
    required = {"kode", "tingkat", "lembar", "sel", "baris", "kolom", "nilai", "pesan", "saran"}
    assert all(required <= set(t) for t in data["temuan"])
    assert {t["tingkat"] for t in data["temuan"]} == {"galat", "peringatan", "saran"}
    assert data["ringkasan"]["per_tingkat"] == {"galat": 3, "peringatan": 2, "saran": 1}
    nilai = next(t for t in data["temuan"] if t["kode"] == "STRUK-NILAI")
    assert (nilai["lembar"], nilai["sel"], nilai["baris"], nilai["kolom"]) == (IKU_PEMDA, "AA3", 3, "Target 2029")
    assert nilai["nilai"] == SCRIPT + " & Co" and nilai["kriteria"] == "Struktur"


def test_json_report_orders_findings_by_sheet_then_row_then_column():
    kodes = [t["kode"] for t in json.loads(json_bytes(sample_laporan()))["temuan"]]
    # File-wide first, then the contract's sheet order; in row 3, column B before F before AA.
    assert kodes == ["STRUK-LEMBAR-HILANG", "STRUK-NIP", "STRUK-KOSONG", "SMART-AKTIVITAS", "STRUK-NILAI",
                     "SMART-SATUAN"]


def test_json_report_bytes_do_not_depend_on_the_order_findings_were_found():
    laporan = sample_laporan()
    shuffled = Laporan(laporan.berkas, laporan.sha256, list(reversed(laporan.temuan)))
    assert json_bytes(laporan) == json_bytes(shuffled)


def test_json_report_keeps_indonesian_text_unescaped_in_utf8():
    laporan = Laporan("x.xlsx", "0" * 64, [temuan("SMART-FORMULA", Tingkat.SARAN, IKU_PEMDA, "H2",
                                                  "Jumlah A ÷ Jumlah B × 100%", "Rumus “tidak” lengkap.")])
    raw = json_bytes(laporan)
    assert "÷".encode() in raw and b"\\u00f7" not in raw
    assert json.loads(raw)["valid"] is True


# --- HTML -------------------------------------------------------------------------------


class PageReader(HTMLParser):
    """Collects what the tests look at: counts, per-sheet rows, finding rows per sheet, links."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: dict[str, str] = {}
        self.groups: dict[str, list[list[str]]] = {}
        self.sheet_rows: dict[str, list[str]] = {}
        self.pd_rows: dict[str, list[str]] = {}
        self.urls: list[str] = []
        self.tags: set[str] = set()
        self._card: str | None = None
        self._group: str | None = None
        self._row: list[str] | None = None
        self._row_key: tuple[str, str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        self.urls += [v for k, v in attrs if k in ("href", "src") and v]
        if "data-tingkat" in a and tag == "div":
            self._card = a["data-tingkat"]
        if tag == "table" and "temuan" in (a.get("class") or ""):
            self._group = a["data-lembar"]
            self.groups[self._group] = []
        if tag == "tr":
            self._row = []
            if "data-lembar" in a:
                self._row_key = ("lembar", a["data-lembar"])
            elif "data-pd" in a:
                self._row_key = ("pd", a["data-pd"])
            else:
                self._row_key = None
        if tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "div":
            self._card = None
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join(" ".join(self._cell).split()))
            self._cell = None
        if tag == "tr" and self._row is not None:
            if self._row_key and self._row_key[0] == "lembar":
                self.sheet_rows[self._row_key[1]] = self._row
            elif self._row_key and self._row_key[0] == "pd":
                self.pd_rows[self._row_key[1]] = self._row
            elif self._group is not None and self._row and self._row[0] != "No":
                self.groups[self._group].append(self._row)
            self._row = None
        if tag == "table":
            self._group = None

    def handle_data(self, data):
        if self._card is not None and data.strip() and self._card not in self.cards:
            self.cards[self._card] = data.strip()
        if self._cell is not None:
            self._cell.append(data)


def read_page(html: str) -> PageReader:
    page = PageReader()
    page.feed(html)
    return page


def test_html_report_shows_counts_per_tingkat_and_per_sheet_at_the_top():
    html = render_html(sample_laporan(), tanggal=date(2026, 3, 2))
    page = read_page(html)
    assert page.cards == {"galat": "3", "peringatan": "2", "saran": "1"}
    assert page.sheet_rows[IKU_PEMDA][1:] == ["2", "1", "0", "3"]
    assert page.sheet_rows[IKU_PD][1:] == ["0", "0", "1", "1"]
    assert "TIDAK LAYAK: ada galat" in html and "2 Maret 2026" in html
    assert "kabupaten-x.xlsx" in html and "ab" * 32 in html


def test_html_report_groups_findings_by_sheet_in_workbook_order_with_every_detail():
    page = read_page(render_html(sample_laporan()))
    assert list(page.groups) == ["Berkas secara umum", PD, IKU_PEMDA, IKU_PD]
    rows = page.groups[IKU_PEMDA]
    assert [r[1] for r in rows] == ["B3", "F3", "AA3"]
    _no, sel, tingkat, kolom, nilai, pesan, kode = rows[1]
    assert (sel, tingkat, kolom, nilai) == ("F3", "Peringatan", "Indikator Kinerja Utama",
                                            "Terselenggaranya rapat koordinasi")
    assert pesan.startswith("Indikator menyebut kegiatan, bukan hasil.") and "Saran perbaikan: Ganti" in pesan
    assert kode == "SMART-AKTIVITAS Terukur"
    assert rows[0][4] == "(kosong)"  # an empty cell is told apart from "no value"


def test_html_report_keeps_script_and_ampersand_in_cell_values_inert():
    html = render_html(sample_laporan())
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html
    assert "script" not in read_page(html).tags


def test_html_report_is_self_contained_without_network_references():
    html = render_html(sample_laporan())
    page = read_page(html)
    assert not {"script", "link", "img", "iframe"} & page.tags
    assert all(u.startswith("#") for u in page.urls)
    assert not re.search(r"https?://|url\(|@import", html)


def test_html_report_of_a_clean_workbook_says_layak_and_no_findings():
    html = render_html(Laporan("bersih.xlsx", "0" * 64, []))
    assert "LAYAK" in html and "TIDAK LAYAK" not in html
    assert "Tidak ada temuan" in html
    assert read_page(html).cards == {"galat": "0", "peringatan": "0", "saran": "0"}


def pd_laporan():
    """Findings on the rows of the factory model: one PD IKU, one program, one realisasi, one Pemda IKU."""
    model = make_pemda()
    dinkes, disdik = model.pd("DINKES"), model.pd("DISDIK")
    kes = dinkes.iku[1]
    real = next(r for r in kes.realisasi.values())
    real = replace(real, asal=replace(kes.asal, lembar=REALISASI, baris=40))
    kes = replace(kes, realisasi={real.tahun: real})
    dinkes = replace(dinkes, iku=(dinkes.iku[0], kes))
    model = replace(model, perangkat_daerah=(dinkes, disdik, *model.perangkat_daerah[2:]))
    found = [
        temuan("SMART-AKTIVITAS", Tingkat.PERINGATAN, IKU_PD, kes.asal.sel("Indikator Kinerja Utama")),
        temuan("SMART-SATUAN", Tingkat.SARAN, IKU_PD, kes.asal.sel("Satuan")),
        temuan("TGT-LONCAT", Tingkat.SARAN, REALISASI, "C40"),
        temuan("PROG-KOSONG", Tingkat.PERINGATAN, disdik.program[0].asal.lembar, None,
               baris=disdik.program[0].asal.baris),
        temuan("SMART-NORMATIF", Tingkat.PERINGATAN, IKU_PEMDA, model.iku[0].asal.sel("Indikator Kinerja Utama")),
        temuan("PORTO-JUMLAH", Tingkat.SARAN, None, None),
    ]
    return model, found


def test_per_pd_summary_counts_findings_on_each_pds_rows_and_the_rest_for_pemda():
    model, found = pd_laporan()
    rows = {r.kode or "Pemda": (r.jumlah_iku, r.galat, r.peringatan, r.saran)
            for r in per_perangkat_daerah(found, model)}
    assert rows == {"Pemda": (5, 0, 1, 1), "DINKES": (2, 0, 1, 2), "DISDIK": (1, 0, 1, 0), "INSP": (1, 0, 0, 0)}


@pytest.mark.skipif(not HAS_POHON, reason="report/pohon.py is written by another part")
def test_html_report_with_a_model_has_the_pd_table_and_the_pohon_kinerja_svg():
    model, found = pd_laporan()
    html = render_html(Laporan("x.xlsx", "0" * 64, found), model=model)
    page = read_page(html)
    assert page.pd_rows["DINKES"][1:] == ["Dinas Kesehatan", "2", "0", "1", "2"]
    assert page.pd_rows["Pemda"][2:] == ["5", "0", "1", "1"]
    assert "Pohon Kinerja" in html and "<svg" in html
    assert "&lt;svg" not in html  # the SVG is inserted as markup, not shown as text


def section_text(html: str, section_id: str) -> str:
    """The visible text of one ``<section id=...>`` of the report, whitespace collapsed."""
    match = re.search(rf'<section id="{section_id}"[^>]*>(.*?)</section>', html, re.S)
    assert match, f"no section {section_id}"
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split())


def test_html_report_with_galat_says_why_the_pd_table_and_the_pohon_are_absent():
    html = render_html(sample_laporan())  # sample_laporan has galat, so the pipeline passes no model
    assert not read_page(html).pd_rows and "<svg" not in html
    galat = sample_laporan().count(Tingkat.GALAT)
    for section_id, judul in (("per-pd", "Ringkasan per Perangkat Daerah"), ("pohon-kinerja", "Pohon Kinerja")):
        text = section_text(html, section_id)
        assert text.startswith(judul)
        assert f"masih memuat {galat} galat" in text and "setelah semua galat diperbaiki" in text
    assert '<section id="pohon-kinerja" class="tanpa-isi">' in html  # no page break before one sentence


def test_html_report_of_a_clean_workbook_without_a_model_says_the_data_was_not_included():
    html = render_html(Laporan("bersih.xlsx", "0" * 64, []))
    assert "tidak disertakan pada pemeriksaan ini" in section_text(html, "pohon-kinerja")
    assert "galat" not in section_text(html, "per-pd")


def test_html_report_inlines_its_shared_stylesheet_unchanged():
    from iku_docs.report.html import stylesheet

    html = render_html(sample_laporan())
    assert f"<style>\n{stylesheet()}</style>" in html
    assert ".kartu" in stylesheet() and "&#34;" not in html.split("</style>")[0]


# --- Annotated copy -------------------------------------------------------------------------


def input_workbook(path: Path) -> Path:
    """A valid workbook with formula-looking text, a header note and a merged cell."""
    wb = WorkbookBuilder().build()
    ws = wb[IKU_PEMDA]
    ws["F3"].value = FORMULA_TEXT
    ws["F3"].data_type = "s"  # typed as text in Excel ('=HYPERLINK...), not a formula
    ws["G4"].value = "-5 orang"
    ws["A1"].comment = Comment("Kode unik di kedua lembar IKU.", "templat")
    wb[DASAR_HUKUM].merge_cells("B2:D2")
    wb.save(path)
    return path


def annotated_findings() -> Laporan:
    return Laporan("kabupaten-x.xlsx", "ab" * 32, [
        temuan("SMART-AKTIVITAS", Tingkat.PERINGATAN, IKU_PEMDA, "F3", FORMULA_TEXT, "Indikator menyebut kegiatan.",
               "Tulis ukuran hasil."),
        temuan("STRUK-NILAI", Tingkat.GALAT, IKU_PEMDA, "F3", FORMULA_TEXT, "Nilai tidak sah."),
        temuan("SMART-SATUAN", Tingkat.SARAN, IKU_PD, "J2", "persen", "Satuan sebaiknya '%'.", None),
        temuan("STRUK-KOLOM-SALAH", Tingkat.GALAT, IKU_PEMDA, "A1", None, "Judul kolom salah eja.",
               "Tulis 'Kode IKU'."),
        temuan("STRUK-DUPLIKAT", Tingkat.PERINGATAN, PD, None, None, "Baris ganda.", "Hapus salah satu.", baris=3),
        temuan("STRUK-PANJANG", Tingkat.SARAN, DASAR_HUKUM, "C2", None, "Teks terpotong.", None),
        temuan("STRUK-LEMBAR-HILANG", Tingkat.GALAT, "Lembar Lain", None, None, "Lembar 'Lembar Lain' tidak ada."),
        temuan("STRUK-BERKAS", Tingkat.GALAT, None, None, "=SUM(A1:A2)", "Berkas memuat makro.",
               "Simpan sebagai .xlsx."),
    ])


def fill_of(cell) -> str:
    return (cell.fill.fgColor.rgb or "")[-6:] if cell.fill and cell.fill.fill_type == "solid" else ""


def test_annotated_copy_marks_each_problem_cell_with_its_worst_fill_and_all_messages(tmp_path):
    source = input_workbook(tmp_path / "kabupaten-x.xlsx")
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    paths = write_reports(annotated_findings(), source, tmp_path / "laporan")
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    out = tmp_path / "laporan" / "kabupaten-x-catatan.xlsx"
    assert out in paths
    wb = openpyxl.load_workbook(out)
    f3 = wb[IKU_PEMDA]["F3"]
    assert fill_of(f3) == FILL[Tingkat.GALAT]  # galat wins over the peringatan on the same cell
    assert "Indikator menyebut kegiatan." in f3.comment.text and "Saran: Tulis ukuran hasil." in f3.comment.text
    assert "Nilai tidak sah." in f3.comment.text
    j2 = wb[IKU_PD]["J2"]
    assert fill_of(j2) == FILL[Tingkat.SARAN] and "Satuan sebaiknya '%'." in j2.comment.text
    assert fill_of(wb[IKU_PD]["J3"]) == "" and wb[IKU_PD]["J3"].comment is None


def test_annotated_copy_keeps_formula_looking_text_as_text(tmp_path):
    source = input_workbook(tmp_path / "kabupaten-x.xlsx")
    data = annotated_bytes(annotated_findings(), source.read_bytes())
    wb = openpyxl.load_workbook(io.BytesIO(data))
    f3, g4 = wb[IKU_PEMDA]["F3"], wb[IKU_PEMDA]["G4"]
    assert (f3.value, f3.data_type, f3.quotePrefix) == (FORMULA_TEXT, "s", True)
    assert (g4.value, g4.data_type, g4.quotePrefix) == ("-5 orang", "s", True)
    catatan = wb.worksheets[0]
    assert any(cell.value == "=SUM(A1:A2)" and cell.data_type == "s" for row in catatan.iter_rows() for cell in row)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
    assert b"<f>" not in sheets  # no cell of the copy became a formula


def test_annotated_copy_keeps_an_existing_note_and_uses_the_row_or_merge_anchor_for_other_findings(tmp_path):
    source = input_workbook(tmp_path / "kabupaten-x.xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(annotated_bytes(annotated_findings(), source.read_bytes())))
    a1 = wb[IKU_PEMDA]["A1"]
    assert a1.comment.text.startswith("Kode unik di kedua lembar IKU.") and "Judul kolom salah eja." in a1.comment.text
    assert fill_of(wb[PD]["A3"]) == FILL[Tingkat.PERINGATAN] and "Baris ganda." in wb[PD]["A3"].comment.text
    b2 = wb[DASAR_HUKUM]["B2"]  # C2 lies inside the merged B2:D2
    assert fill_of(b2) == FILL[Tingkat.SARAN] and "Teks terpotong." in b2.comment.text


def test_annotated_copy_lists_every_finding_on_a_first_catatan_sheet_with_links(tmp_path):
    source = input_workbook(tmp_path / "kabupaten-x.xlsx")
    laporan = annotated_findings()
    wb = openpyxl.load_workbook(io.BytesIO(annotated_bytes(laporan, source.read_bytes())))
    ws = wb.worksheets[0]
    assert ws.title == SHEET_CATATAN and wb.active.title == SHEET_CATATAN
    header = [cell.value for cell in ws[4]]
    assert header[:4] == ["No", "Tingkat", "Lembar", "Sel"]
    rows = [[cell.value for cell in row] for row in ws.iter_rows(min_row=5)]
    assert len(rows) == len(laporan.temuan)
    assert {r[8] for r in rows} == {t.kode for t in laporan.temuan}
    missing = next(r for r in rows if r[8] == "STRUK-LEMBAR-HILANG")
    assert missing[2] == "Lembar Lain" and missing[6] == "Lembar 'Lembar Lain' tidak ada."
    links = {row[3].value: row[3].hyperlink.location for row in ws.iter_rows(min_row=5) if row[3].hyperlink}
    assert links["J2"] == f"'{IKU_PD}'!J2" and links["baris 3"] == f"'{PD}'!A3"
    assert links["C2"] == f"'{DASAR_HUKUM}'!B2"


def test_annotated_copy_is_byte_identical_on_every_run(tmp_path):
    source = input_workbook(tmp_path / "kabupaten-x.xlsx")
    first = write_reports(annotated_findings(), source, tmp_path / "a")
    second = write_reports(annotated_findings(), source, tmp_path / "b")
    for x, y in zip(first, second, strict=True):
        if x.suffix in (".xlsx", ".json"):
            assert x.read_bytes() == y.read_bytes(), x.name


def as_macro_workbook(xlsx: bytes) -> bytes:
    """Turn an .xlsx into an .xlsm package with a (dummy) VBA project, as Excel would save it."""
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "[Content_Types].xml":
                data = data.replace(XLSX_MAIN, XLSM_MAIN)
                data = data.replace(b"</Types>", b'<Override PartName="/xl/vbaProject.bin" '
                                    b'ContentType="application/vnd.ms-office.vbaProject"/></Types>')
            if name == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.'
                                    b'microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                                    b"</Relationships>")
            dst.writestr(name, data)
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really a VBA project")
    return out.getvalue()


def test_annotated_copy_of_a_macro_workbook_is_a_plain_xlsx(tmp_path):
    plain = input_workbook(tmp_path / "plain.xlsx").read_bytes()
    source = tmp_path / "kabupaten-x.xlsm"
    source.write_bytes(as_macro_workbook(plain))
    assert XLSM_MAIN in zipfile.ZipFile(source).read("[Content_Types].xml")
    paths = write_reports(annotated_findings(), source, tmp_path / "laporan")
    out = paths[-1]
    assert out.name == annotated_name(source) == "kabupaten-x-catatan.xlsx"
    with zipfile.ZipFile(out) as z:
        assert "xl/vbaProject.bin" not in z.namelist()
        types = z.read("[Content_Types].xml")
    assert XLSM_MAIN not in types and XLSX_MAIN in types
    assert openpyxl.load_workbook(out)[IKU_PEMDA]["F3"].comment is not None


def test_write_reports_writes_the_three_files_and_never_the_input(tmp_path):
    source = input_workbook(tmp_path / "kabupaten-x.xlsx")
    before = source.read_bytes()
    paths = write_reports(sample_laporan(), source, tmp_path / "laporan" / "baru")
    assert [p.name for p in paths] == ["laporan-validasi.html", "laporan-validasi.json", "kabupaten-x-catatan.xlsx"]
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)
    assert source.read_bytes() == before
    assert not [p for p in (tmp_path / "laporan" / "baru").iterdir() if p.name.startswith(".")]  # no temp files left
    assert json.loads(paths[1].read_text(encoding="utf-8"))["berkas"] == "kabupaten-x.xlsx"


# --- Terminal ----------------------------------------------------------------------------


def console(width: int = 100) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, width=width, force_terminal=False, color_system=None), buf


def test_terminal_summary_shows_counts_sheets_first_findings_and_report_paths():
    out, buf = console()
    print_summary(sample_laporan(), [Path("laporan/laporan-validasi.html")], console=out)
    text = buf.getvalue()
    assert "TIDAK LAYAK: ada galat" in text and "3 galat, 2 peringatan, 1 saran" in text
    assert re.search(rf"{IKU_PEMDA}\s+2\s+1\s+0", text)
    assert "GALAT IKU Pemda!AA3: Target bukan angka." in text and "Saran: Tulis angka, misalnya 6,5." in text
    assert text.index("GALAT") < text.index("PERINGATAN") < text.index("SARAN IKU")  # galat listed first
    assert "laporan/laporan-validasi.html" in text


def test_terminal_summary_shows_only_the_first_ten_findings_and_prints_markup_literally():
    many = [temuan(f"K-{i:02}", Tingkat.SARAN, IKU_PEMDA, f"F{i + 2}", pesan=f"Pesan [bold]{i}[/bold] [/]")
            for i in range(12)]
    out, buf = console()
    print_summary(Laporan("x.xlsx", "0" * 64, many), [], console=out)
    text = buf.getvalue()
    assert "10 temuan pertama dari 12" in text
    assert "Pesan [bold]0[/bold] [/]" in text and "K-10" not in text
    assert "--report" in text


def test_terminal_summary_survives_a_very_narrow_terminal():
    out, buf = console(width=20)
    print_summary(sample_laporan(), [Path("laporan/laporan-validasi.json")], console=out)
    text = buf.getvalue()
    assert "IKU Pemda: 2 galat" in text.replace("\n", " ")
    # Report paths print whole (to be copied); every other line fits the width.
    assert max(len(line) for line in text.splitlines() if "laporan-validasi" not in line) <= 20


def test_terminal_summary_of_a_clean_workbook_says_layak():
    out, buf = console()
    print_summary(Laporan("x.xlsx", "0" * 64, []), [], console=out)
    assert "LAYAK" in buf.getvalue() and "Tidak ada temuan" in buf.getvalue()


def test_render_summary_lists_written_documents_and_pdfs(tmp_path):
    from iku_docs.pipeline import HasilRender, HasilValidasi

    laporan = Laporan("x.xlsx", "0" * 64, [temuan("SMART-SATUAN", Tingkat.SARAN, IKU_PD, "J2")])
    hasil = HasilRender(HasilValidasi(laporan, None), berkas=[tmp_path / "perkada.docx", tmp_path / "pk-dinkes.docx"],
                        pdf=[tmp_path / "perkada.pdf"])
    out, buf = console(width=200)
    print_render(hasil, console=out)
    text = buf.getvalue()
    assert "Dokumen ditulis (2)" in text and str(tmp_path / "pk-dinkes.docx") in text
    assert "PDF ditulis (1)" in text and "LAYAK" in text and "1 saran" in text


@pytest.mark.skipif(not HAS_RULES, reason="validate/rules is written by another part")
def test_rules_table_lists_every_rule_code_and_tingkat():
    from iku_docs.validate.rules import RULES

    rules = list(RULES.values()) if isinstance(RULES, dict) else list(RULES)
    out, buf = console(width=160)
    print_rules(console=out)
    text = buf.getvalue()
    assert rules and all(r.kode in text for r in rules)
    assert f"{len(rules)} aturan" in text


def test_rules_table_shows_code_tingkat_kriteria_and_explanation_of_each_rule(monkeypatch):
    import sys
    import types
    from types import SimpleNamespace

    fake = types.ModuleType("iku_docs.validate.rules")
    fake.RULES = [
        SimpleNamespace(kode="SMART-AKTIVITAS", tingkat=Tingkat.PERINGATAN, kriteria="Terukur",
                        judul="Indikator berupa kegiatan", penjelasan="Ukur hasil, bukan kegiatan [bold]x[/]."),
        SimpleNamespace(kode="CASC-INDUK-HILANG", tingkat=Tingkat.GALAT, kriteria="Cascading",
                        judul="IKU Pemda yang didukung tidak ada", penjelasan=""),
    ]
    monkeypatch.setitem(sys.modules, "iku_docs.validate.rules", fake)
    out, buf = console(width=120)
    print_rules(console=out)
    text = buf.getvalue()
    assert re.search(r"CASC-INDUK-HILANG\s+galat\s+Cascading\s+IKU Pemda yang didukung tidak ada", text)
    assert text.index("CASC-INDUK-HILANG") < text.index("SMART-AKTIVITAS")  # sorted by code
    assert "Ukur hasil, bukan kegiatan [bold]x[/]." in text
    assert "2 aturan" in text and "Aturan Nonaktif" in text and "Pengaturan" in text
    narrow, narrow_buf = console(width=30)
    print_rules(console=narrow)  # must not raise on a narrow terminal
    assert "aturan" in narrow_buf.getvalue()


def test_html_lists_at_most_the_first_findings_of_each_rule_and_counts_all() -> None:
    from iku_docs.findings import Laporan as _Laporan
    from iku_docs.findings import Temuan as _Temuan
    from iku_docs.report.html import TEMUAN_PER_ATURAN_MAX, build_context, render_html

    n = TEMUAN_PER_ATURAN_MAX + 7
    temuan = [
        _Temuan(kode="UJI-BANYAK", tingkat=Tingkat.PERINGATAN, kolom=None, nilai=None, pesan=f"pesan ke-{i}",
                lembar="IKU Perangkat Daerah",
                sel=f"B{i + 2}", baris=i + 2)
        for i in range(n)
    ] + [_Temuan(kode="UJI-SATU", tingkat=Tingkat.SARAN, kolom=None, nilai=None, pesan="satu saja",
                 lembar="IKU Perangkat Daerah",
                 sel="C2", baris=2)]
    laporan = _Laporan(berkas="uji.xlsx", sha256="0" * 64, temuan=temuan)
    context = build_context(laporan)
    (group,) = context["kelompok"]
    assert group["jumlah"] == n + 1
    assert len(group["temuan"]) == TEMUAN_PER_ATURAN_MAX + 1
    assert group["disembunyikan"] == 7
    assert context["terpotong"] == [{"kode": "UJI-BANYAK", "jumlah": n, "ditampilkan": TEMUAN_PER_ATURAN_MAX}]
    html = render_html(laporan)
    assert html.count('<tr class="peringatan"') == TEMUAN_PER_ATURAN_MAX
    assert "satu saja" in html
    assert f"pesan ke-{TEMUAN_PER_ATURAN_MAX - 1}<" in html and f"pesan ke-{TEMUAN_PER_ATURAN_MAX}<" not in html
    assert "7 temuan lain pada lembar ini tidak ditampilkan" in html
    assert "laporan-validasi.json" in html
