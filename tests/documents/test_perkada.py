"""The Peraturan Kepala Daerah tentang IKU, read back with python-docx after rendering."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from iku_docs.documents import perkada
from iku_docs.errors import UserTemplateError
from iku_docs.formatting import TITIK_TITIK
from iku_docs.model import Pejabat, Pemda
from iku_docs.render.docx import default_templates_dir, render_docx
from tests.factories import iku_pemda, make_pemda
from tests.paths import REPO as REPO_ROOT

IKU_ORDER = [
    "Persentase balita stunting yang ditangani",
    "Angka Kematian Bayi per 1.000 kelahiran hidup",
    "Angka Partisipasi Murni SMP",
    "Indeks Kualitas Lingkungan Hidup",
    "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
]


def render(model: Pemda, tmp_path: Path, templates_dir: Path | None = None):
    dok = perkada.documents(model)[0]
    out = render_docx(dok.templat, dok.isi(), tmp_path / dok.berkas, templates_dir=templates_dir,
                      pengaturan=model.pengaturan, judul=dok.judul)
    return Document(str(out))


def body_text(doc) -> str:
    """All paragraphs, including those inside tables, in document order, read as a person reads them: a no-break
    space as a space, the word joiners around a range dash as nothing (test_titles_never_break checks them)."""
    text = "\n".join(Paragraph(p, doc._body).text for p in doc.element.body.iter(qn("w:p")))
    return text.replace("\u00a0", " ").replace("\u2060", "")


def iku_tables(doc):
    return [t for t in doc.tables
            if len(t.rows) > 1 and any(c.text == "Uraian & Definisi Operasional" for c in t.rows[1].cells)]


def data_rows(table):
    """The IKU rows: after the two header rows, before the head's signature row that ends a Lampiran."""
    rows = table.rows[2:]
    return rows[:-1] if rows and is_signature_row(rows[-1]) else rows


def is_signature_row(row) -> bool:
    return "H. AHMAD SUDRAJAT" in row.cells[-1].text


def column(table, header: str) -> int:
    for row in table.rows[:2]:
        for n, cell in enumerate(row.cells):
            if cell.text == header:
                return n
    raise AssertionError(f"no column {header!r}")


@pytest.fixture(scope="module")
def kab(tmp_path_factory):
    return render(make_pemda(), tmp_path_factory.mktemp("kab"))


# --- file name and context ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("jenis", "berkas"), [
    ("Kabupaten", "peraturan-bupati-iku-2026.docx"),
    ("Kota", "peraturan-walikota-iku-2026.docx"),
    ("Provinsi", "peraturan-gubernur-iku-2026.docx"),
])
def test_file_name_is_built_from_codes_only(jenis, berkas):
    model = make_pemda(jenis_daerah=jenis, nama_daerah="../Nama Aneh")
    assert [d.berkas for d in perkada.documents(model)] == [berkas]


def test_target_spans_share_the_planned_grid_columns_for_any_period_length():
    for years in range(1, 11):
        spans = perkada.target_spans(years)
        assert len(spans) == years and sum(spans) == perkada.SUBKOLOM_TARGET
        assert max(spans) - min(spans) <= 1


@pytest.mark.parametrize(("nama", "ttd"), [
    ("H. Ahmad Sudrajat, S.H., M.Si.", "H. AHMAD SUDRAJAT"),
    ("Ir. Budi Santoso, M.T.", "BUDI SANTOSO"),
    ("Prof. Dr. dr. Siti Aminah, Sp.A.", "SITI AMINAH"),
    ("Hj. Kustini Sri Purnomo", "HJ. KUSTINI SRI PURNOMO"),
])
def test_signatory_name_is_in_capitals_without_academic_titles(nama, ttd):
    assert perkada.nama_penandatangan(nama) == ttd


def test_lettered_lists_end_as_in_a_regulation():
    assert perkada.daftar_kalimat(["Perumusan kebijakan;", "Pelaksanaan kebijakan;", "Pelaporan."]) == [
        "Perumusan kebijakan;", "Pelaksanaan kebijakan; dan", "Pelaporan."]
    assert perkada.huruf(0) == "a" and perkada.huruf(25) == "z" and perkada.huruf(26) == "aa"


def test_context_groups_pemda_iku_by_urusan_then_sasaran_in_workbook_order():
    ctx = perkada.build_context(make_pemda())
    groups = [(u["urusan"], [(r["no"], r["nama"], r["gabung_sasaran"]["first"]) for r in u["baris"]])
              for u in ctx["lampiran_i"]]
    assert groups == [
        ("Kesehatan", [("1", IKU_ORDER[0], True), ("2", IKU_ORDER[1], False)]),
        ("Pendidikan", [("3", IKU_ORDER[2], True)]),
        ("Lingkungan Hidup", [("4", IKU_ORDER[3], True)]),
        ("Pengawasan", [("5", IKU_ORDER[4], True)]),
    ]


# --- the regulation text ------------------------------------------------------------------------------------

def test_head_preamble_and_closing_of_a_peraturan_bupati(kab):
    text = body_text(kab)
    for expected in (
        "BUPATI CONTOH\nPROVINSI JAWA TENGAH",
        "PERATURAN BUPATI CONTOH",
        f"NOMOR {TITIK_TITIK} TAHUN 2026",
        "INDIKATOR KINERJA UTAMA PEMERINTAH KABUPATEN CONTOH TAHUN 2025–2029",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA",
        "BUPATI CONTOH,",
        "Rencana Pembangunan Jangka Menengah Daerah Kabupaten Contoh Tahun 2025–2029",
        "Mengingat\t:\t1.\tUndang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
        "\t\t2.\tPeraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja;",
        "MEMUTUSKAN:",
        "Menetapkan\t:\tPERATURAN BUPATI TENTANG INDIKATOR KINERJA UTAMA PEMERINTAH KABUPATEN CONTOH",
        "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.",
        "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya "
        "dalam Berita Daerah Kabupaten Contoh.",
        f"Ditetapkan di Contoh\npada tanggal {TITIK_TITIK}\nBUPATI CONTOH,",
        f"Diundangkan di Contoh\npada tanggal {TITIK_TITIK}\nSEKRETARIS DAERAH KABUPATEN CONTOH,",
        "SEKRETARIS DAERAH KABUPATEN CONTOH,\n\n\n\nBUDI SANTOSO\n",  # UU 12/2011: name only, by default
        f"BERITA DAERAH KABUPATEN CONTOH TAHUN 2026 NOMOR {TITIK_TITIK}",
    ):
        assert expected in text, expected
    assert "{{" not in text and "{%" not in text
    assert "NIP" not in text and "Pembina Utama Madya" not in text


def test_menimbang_follows_the_usual_formula(kab):
    menimbang = [line for line in body_text(kab).split("\n") if line.startswith(("Menimbang\t", "\t\t"))][:3]
    assert menimbang[0].startswith("Menimbang\t:\ta.\tbahwa untuk melaksanakan ketentuan Pasal 3 dan Pasal 4 "
                                   "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor "
                                   "PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan Indikator Kinerja Utama")
    assert "perlu menetapkan Indikator Kinerja Utama di lingkungan Pemerintah Kabupaten Contoh;" in menimbang[0]
    assert "Rencana Pembangunan Jangka Menengah Daerah Kabupaten Contoh" in menimbang[1]
    assert menimbang[2].endswith("c.\tbahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan "
                                 "huruf b, perlu menetapkan Peraturan Bupati tentang Indikator Kinerja Utama "
                                 "Pemerintah Kabupaten Contoh Tahun 2025–2029;")


def keputusan(model: Pemda) -> Pemda:
    return replace(model, pengaturan=replace(model.pengaturan, jenis_penetapan="Keputusan"))


def test_a_keputusan_has_diktum_and_no_pengundangan(tmp_path):
    model = keputusan(make_pemda(nomor_peraturan="100.3.3.2/45"))
    assert [d.berkas for d in perkada.documents(model)] == ["keputusan-bupati-iku-2026.docx"]
    text = body_text(render(model, tmp_path))
    assert "KEPUTUSAN BUPATI CONTOH\nNOMOR 100.3.3.2/45 TAHUN 2026\n\nTENTANG" in text
    assert "Menetapkan\t:\tKEPUTUSAN BUPATI TENTANG INDIKATOR KINERJA UTAMA" in text
    assert "perlu menetapkan Keputusan Bupati tentang Indikator Kinerja Utama" in text
    labels = [line.split("\t")[0] for line in text.split("\n") if re.match(r"[A-Z]+\t:\t", line)]
    assert labels == ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA"]
    assert "KELIMA\t:\tKeputusan Bupati ini mulai berlaku pada tanggal ditetapkan." in text
    assert text.count(f"Ditetapkan di Contoh\npada tanggal {TITIK_TITIK}\nBUPATI CONTOH,") == 1
    for absent in ("Pasal 1", "Diundangkan", "diundangkan", "pengundangan", "SEKRETARIS DAERAH", "BERITA DAERAH",
                   "Berita Daerah", "Peraturan Bupati"):
        assert absent not in text, absent
    # The Lampiran name the instrument they belong to.
    assert text.count("KEPUTUSAN BUPATI CONTOH\nNOMOR 100.3.3.2/45 TAHUN 2026\nTENTANG") == 2
    assert "{{" not in text and "{%" not in text


def test_the_diktum_spells_out_every_term_it_uses(tmp_path):
    text = body_text(render(keputusan(make_pemda()), tmp_path))
    kesatu = next(line for line in text.split("\n") if line.startswith("KESATU"))
    assert "Indikator Kinerja Utama yang selanjutnya disingkat IKU Pemerintah Kabupaten Contoh" in kesatu
    assert "Perangkat Daerah di lingkungan Pemerintah Kabupaten Contoh" in kesatu
    assert "dikoordinasikan oleh Sekretaris Daerah Kabupaten Contoh." in text
    assert "Rencana Pembangunan Jangka Menengah Daerah Kabupaten Contoh Tahun 2025–2029" in text
    assert text.index("yang selanjutnya disingkat IKU") < text.index("IKU sebagaimana dimaksud")


def test_keputusan_is_diktum_even_when_pasal_is_asked(tmp_path):
    model = keputusan(make_pemda())
    model = replace(model, pengaturan=replace(model.pengaturan, bentuk_batang_tubuh="Pasal"))
    assert perkada.build_context(model)["bentuk_pasal"] is False


def test_pengundangan_date_and_sekda_pangkat_nip_as_a_setting(tmp_path):
    model = make_pemda(tanggal_pengundangan=date(2026, 3, 9))
    model = replace(model, pengaturan=replace(model.pengaturan, pangkat_nip_sekda=True))
    text = body_text(render(model, tmp_path))
    assert "Diundangkan di Contoh\npada tanggal 9 Maret 2026\nSEKRETARIS DAERAH KABUPATEN CONTOH," in text
    assert "BUDI SANTOSO\nPembina Utama Madya (IV/d)\nNIP. 19680512 199403 1 007" in text


def test_pasal_form_is_the_default_and_covers_lampiran_use_and_inspektorat(kab):
    text = body_text(kab)
    assert [f"Pasal {n}" for n in range(1, 7)] == [p for p in text.split("\n") if p.startswith("Pasal ")]
    assert "Lampiran I yang merupakan bagian tidak terpisahkan" in text
    assert "menyusun perjanjian kinerja;" in text and "menyusun laporan kinerja; dan" in text
    assert "Inspektorat melakukan reviu atas capaian kinerja" in text
    assert "KESATU" not in text


def test_diktum_form_when_the_workbook_asks_for_it(tmp_path):
    model = make_pemda()
    model = replace(model, pengaturan=replace(model.pengaturan, bentuk_batang_tubuh="Diktum"))
    text = body_text(render(model, tmp_path))
    labels = [line.split("\t")[0] for line in text.split("\n") if re.match(r"[A-Z]+\t:\t", line)]
    assert labels == ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA"]
    assert "Pasal 1" not in text
    assert "Inspektorat Kabupaten Contoh diberi tugas untuk:" in text
    assert "dalam Berita Daerah Kabupaten Contoh." in text


def test_number_and_dates_appear_when_filled(tmp_path):
    model = make_pemda(nomor_peraturan="12", tanggal_penetapan=date(2026, 3, 5), nomor_berita_daerah="13")
    text = body_text(render(model, tmp_path))
    assert "NOMOR 12 TAHUN 2026" in text and "pada tanggal 5 Maret 2026" in text
    assert "BERITA DAERAH KABUPATEN CONTOH TAHUN 2026 NOMOR 13" in text


def test_acting_head_signs_with_plt_prefix_in_every_signature_block(tmp_path):
    model = make_pemda(kepala=Pejabat("H. Ahmad Sudrajat, S.H., M.Si.", "Bupati Contoh", status="Plt."))
    text = body_text(render(model, tmp_path))
    assert text.count("Plt. BUPATI CONTOH,\n\n\n\nH. AHMAD SUDRAJAT") == 3
    assert "DENGAN RAHMAT TUHAN YANG MAHA ESA\n\nBUPATI CONTOH," in text  # the preamble names the office


def test_every_signature_block_is_one_row_that_cannot_split(kab):
    body = [t for t in kab.tables if len(t.rows) == 1 and "H. AHMAD SUDRAJAT" in t.rows[0].cells[0].text]
    sekda = [t for t in kab.tables if "SEKRETARIS DAERAH" in t.rows[0].cells[0].text]
    assert len(body) == len(sekda) == 1
    for table in body + sekda:
        assert table.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    assert "NIP" not in body[0].rows[0].cells[0].text  # the head of the region has no NIP


def test_each_lampiran_ends_with_the_signature_as_the_last_row_of_its_table(kab):
    """Inside the table, the last IKU row (kept with the next) moves with the signature: a Lampiran never ends
    on a page holding only the signature (LibreOffice keeps rows together, not a table with what follows)."""
    tables = iku_tables(kab)
    ending = [t for t in tables if is_signature_row(t.rows[-1])]
    assert ending == [tables[0], tables[-1]]  # Lampiran I and the last Perangkat Daerah of Lampiran II
    for table in ending:
        sign, last = table.rows[-1], table.rows[-2]
        assert [p.text for p in sign.cells[-1].paragraphs] == ["", "BUPATI CONTOH,", "", "", "", "H. AHMAD SUDRAJAT"]
        assert sign._tr.trPr.find(qn("w:cantSplit")) is not None
        assert all(p.paragraph_format.keep_with_next for c in last.cells for p in c.paragraphs)
        assert not any(p.paragraph_format.keep_with_next for r in data_rows(table)[:-1] for c in r.cells
                       for p in c.paragraphs)
        for tc in sign._tr.tc_lst:  # open below and at the sides: only the rule under the last IKU row
            sides = {b.tag.split("}")[1]: b.get(qn("w:val")) for b in tc.tcPr.find(qn("w:tcBorders"))}
            assert sides == {"left": "nil", "bottom": "nil", "right": "nil"}
        # on the right-hand side of the table: about 100 mm of the 290 mm F4 text width
        right = sign._tr.tc_lst[-1].grid_span
        assert 0.3 < sum(grid(table)[-right:]) / grid_width(table) < 0.4


def test_kota_uses_wali_kota_wording(tmp_path):
    model = make_pemda(jenis_daerah="Kota", nama_daerah="Yogyakarta", provinsi="Daerah Istimewa Yogyakarta")
    text = body_text(render(model, tmp_path))
    assert "WALI KOTA YOGYAKARTA\nPROVINSI DAERAH ISTIMEWA YOGYAKARTA" in text
    assert "PERATURAN WALI KOTA YOGYAKARTA" in text and "Peraturan Wali Kota ini mulai berlaku" in text
    assert "Berita Daerah Kota Yogyakarta." in text and "SEKRETARIS DAERAH KOTA YOGYAKARTA," in text
    assert "BUPATI" not in text


def test_provinsi_uses_gubernur_wording_without_a_province_line(tmp_path):
    model = make_pemda(jenis_daerah="Provinsi", nama_daerah="Jawa Tengah", provinsi="Jawa Tengah")
    text = body_text(render(model, tmp_path))
    assert text.startswith("GUBERNUR JAWA TENGAH\n\nPERATURAN GUBERNUR JAWA TENGAH")
    assert "Berita Daerah Provinsi Jawa Tengah." in text and "SEKRETARIS DAERAH PROVINSI JAWA TENGAH," in text
    assert "BERITA DAERAH PROVINSI JAWA TENGAH TAHUN 2026" in text


# --- sections, paper, page numbers --------------------------------------------------------------------------

@pytest.mark.parametrize(("kertas", "short", "long_"), [(None, 215, 330), ("F4", 215, 330), ("A4", 210, 297)])
def test_portrait_body_and_landscape_lampiran_on_the_chosen_paper(tmp_path, kertas, short, long_):
    model = make_pemda()
    model = replace(model, pengaturan=replace(model.pengaturan, ukuran_kertas=kertas))
    doc = render(model, tmp_path)
    orientation = [s.orientation for s in doc.sections]
    assert orientation == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.LANDSCAPE]
    sizes = [(round(s.page_width.mm), round(s.page_height.mm)) for s in doc.sections]
    assert sizes == [(short, long_), (long_, short), (long_, short)]
    iku = {t._tbl for t in iku_tables(doc)}
    for section, table in _tables_by_section(doc):
        usable = (section.page_width - section.left_margin - section.right_margin) // 635  # EMU → twips
        assert grid_width(table) <= usable, "table wider than its page"
        if table._tbl in iku:  # the IKU tables fill the width of the landscape page, on F4 and A4 alike
            assert grid_width(table) >= usable - len(grid(table))
            tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
            assert (tbl_w.get(qn("w:type")), tbl_w.get(qn("w:w"))) == ("pct", "5000")
            for tr in table._tbl.tr_lst:  # each cell as wide as the grid columns it spans (LibreOffice reads tcW)
                assert sum(tc.width // 635 for tc in tr.tc_lst if tc.width is not None) <= usable


def test_page_numbers_from_the_second_page(kab):
    section = kab.sections[0]
    assert section.different_first_page_header_footer
    fields = [f.get(qn("w:instr")) for f in section.header._element.iter(qn("w:fldSimple"))]
    header = "".join(t.text for t in section.header._element.iter(qn("w:t")))
    assert fields == ["PAGE"] and header == "- 1 -"  # the field shows "- 2 -" and on from page 2
    # each Lampiran counts its own pages
    assert [s._sectPr.find(qn("w:pgNumType")) is not None for s in kab.sections] == [False, True, True]
    assert section.first_page_header.paragraphs[0].text == ""


def _tables_by_section(doc):
    """(section, table) for every top-level table, following the section breaks in the body."""
    sections = list(doc.sections)
    index = 0
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:tbl"):
            yield sections[index], next(t for t in doc.tables if t._tbl is child)
        elif child.tag == qn("w:p") and child.find(qn("w:pPr") + "/" + qn("w:sectPr")) is not None:
            index += 1


# --- Lampiran I ---------------------------------------------------------------------------------------------

def test_lampiran_i_lists_every_pemda_iku_in_order_with_urusan_and_sasaran(kab):
    table = iku_tables(kab)[0]
    uraian, urusan, sasaran = column(table, "Uraian & Definisi Operasional"), column(table, "Urusan"), \
        column(table, "Sasaran")
    rows = [(r.cells[0].text, r.cells[urusan].text, r.cells[sasaran].text, r.cells[uraian].paragraphs[0].text)
            for r in data_rows(table)]
    assert rows == [
        ("1", "Kesehatan (Wajib Pelayanan Dasar)", "Meningkatnya derajat kesehatan masyarakat", IKU_ORDER[0]),
        ("2", "Kesehatan (Wajib Pelayanan Dasar) (lanjutan)", "Meningkatnya derajat kesehatan masyarakat (lanjutan)",
         IKU_ORDER[1]),
        ("3", "Pendidikan (Wajib Pelayanan Dasar)", "Meningkatnya akses pendidikan", IKU_ORDER[2]),
        ("4", "Lingkungan Hidup (Wajib Non Pelayanan Dasar)", "Meningkatnya kualitas lingkungan hidup",
         IKU_ORDER[3]),
        ("5", "Pengawasan (Penunjang)", "Meningkatnya akuntabilitas keuangan daerah", IKU_ORDER[4]),
    ]
    assert all(run.bold for run in data_rows(table)[0].cells[uraian].paragraphs[0].runs if run.text)


def test_every_row_names_its_urusan_and_sasaran_so_a_continued_page_says_where_it_is(kab):
    """Rows may run onto a new page, where a merged cell would be blank: no merges, each row carries its group
    labels, '(lanjutan)' after a group's first row."""
    for table in iku_tables(kab):
        for row in data_rows(table):
            assert all(tc.vMerge is None for tc in row._tr.tc_lst)
            assert row.cells[1].text.strip()


def test_lampiran_i_continues_sasaran_only_within_its_urusan(tmp_path):
    model = make_pemda()
    same = "Meningkatnya kualitas layanan dasar"
    model = replace(model, iku=(
        iku_pemda("A", "Satu", sasaran=same, urusan="Kesehatan"),
        iku_pemda("B", "Dua", sasaran=same, urusan="Kesehatan"),
        iku_pemda("C", "Tiga", sasaran=same, urusan="Pendidikan"),
        iku_pemda("D", "Empat", sasaran="Sasaran lain", urusan="Pendidikan"),
    ))
    table = iku_tables(render(model, tmp_path))[0]
    labels = [(r.cells[1].text, r.cells[2].text) for r in data_rows(table)]
    assert labels == [("Kesehatan (Wajib Pelayanan Dasar)", same),
                      ("Kesehatan (Wajib Pelayanan Dasar) (lanjutan)", f"{same} (lanjutan)"),
                      ("Pendidikan (Wajib Pelayanan Dasar)", same),
                      ("Pendidikan (Wajib Pelayanan Dasar) (lanjutan)", "Sasaran lain")]


def test_header_rows_repeat_and_data_rows_may_split_across_pages(kab):
    """Word clips a row taller than a page when the row may not split; whole rows also left pages mostly blank."""
    for table in iku_tables(kab):
        for row in table.rows[:2]:
            assert row._tr.trPr.find(qn("w:tblHeader")) is not None
        for row in data_rows(table):
            assert row._tr.trPr is None or row._tr.trPr.find(qn("w:cantSplit")) is None
            assert row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None


def test_lampiran_i_has_satuan_and_one_target_column_per_year(kab):
    table = iku_tables(kab)[0]
    header = tc_texts(table.rows[1])
    first = header.index("2025")
    assert header[first:first + 5] == ["2025", "2026", "2027", "2028", "2029"]
    akb = tc_texts(data_rows(table)[1])
    assert akb[first:first + 5] == ["7,5", "7,0", "6,5", "6,0", "5,5"]  # one indicator, one number of decimals
    top = tc_texts(table.rows[0])
    assert akb[first - 1] == "per 1.000 KH" and top[top.index("Target") - 1] == "Satuan"
    assert tc_texts(data_rows(table)[4])[first:first + 5] == ["WTP"] * 5
    # each year's cell spans an equal share of the planned target grid columns
    assert [tc.grid_span for tc in table.rows[1]._tr.tc_lst[first:first + 5]] == [12] * 5


def tc_texts(row) -> list[str]:
    """Text of each <w:tc> of a row (row.cells repeats a spanned cell once per grid column)."""
    return ["\n".join(Paragraph(p, None).text for p in tc.iter(qn("w:p"))) for tc in row._tr.tc_lst]


def test_lampiran_without_targets_when_pengaturan_says_so(tmp_path):
    model = make_pemda()
    model = replace(model, pengaturan=replace(model.pengaturan, tampilkan_target=False))
    doc = render(model, tmp_path)
    for table in iku_tables(doc):
        headers = {c.text for row in table.rows[:2] for c in row.cells}
        assert "Target" not in headers and "Satuan" not in headers and "2025" not in headers
    assert "target tahunan" not in body_text(doc)


def test_a_six_year_period_still_fills_the_planned_table_width(tmp_path):
    model = make_pemda(periode_akhir=2030)
    model = replace(model, iku=tuple(replace(i, target={**i.target, 2030: i.target[2029]}) for i in model.iku),
                    perangkat_daerah=tuple(replace(p, iku=tuple(replace(i, target={**i.target, 2030: i.target[2029]})
                                                                for i in p.iku)) for p in model.perangkat_daerah))
    doc = render(model, tmp_path)
    template = Document(str(default_templates_dir() / "perkada.docx"))
    planned = {grid_width(t) for t in iku_tables(template)}
    for table in iku_tables(doc):
        years = [t for t in tc_texts(table.rows[1]) if t.isdigit()]
        assert years == [str(y) for y in range(2025, 2031)]
        assert grid_width(table) in planned


def grid(table) -> list[int]:
    return [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]


def grid_width(table) -> int:
    return sum(grid(table))


# --- Lampiran II --------------------------------------------------------------------------------------------

def test_lampiran_ii_describes_each_perangkat_daerah_with_its_iku_table(kab):
    text = body_text(kab)
    lampiran_ii = text[text.index("LAMPIRAN II"):]
    for nama in ("Dinas Kesehatan", "Dinas Pendidikan", "Inspektorat Daerah"):
        assert f"1.\tNama Perangkat Daerah\t:\t{nama}" in lampiran_ii
    assert ("3.\tFungsi\t:\na.\tPerumusan kebijakan bidang kesehatan; dan\n"
            "b.\tPelaksanaan kebijakan bidang kesehatan.\n4.\tSasaran\t:\na.\tMeningkatnya mutu layanan.") \
        in lampiran_ii
    tables = iku_tables(kab)[1:]
    assert len(tables) == 3
    names = [[r.cells[column(t, "Uraian & Definisi Operasional")].paragraphs[0].text for r in data_rows(t)]
             for t in tables]
    assert names == [["Persentase balita gizi buruk yang ditangani", "Angka Kematian Bayi per 1.000 kelahiran hidup"],
                     ["Angka Partisipasi Murni SMP"], ["Opini BPK atas Laporan Keuangan Pemerintah Daerah"]]
    dinkes = tables[0]
    assert [r.cells[1].text for r in data_rows(dinkes)] == ["Meningkatnya mutu layanan",
                                                            "Meningkatnya mutu layanan (lanjutan)"]
    assert data_rows(dinkes)[0].cells[-1].text == "Bidang Pelayanan\nSumber data: Laporan bidang"


def test_each_perangkat_daerah_flows_on_with_its_profile_kept_with_its_table(kab):
    starts = [p for p in kab.paragraphs if "Nama Perangkat Daerah" in p.text]
    assert len(starts) == 3
    assert not any(br.get(qn("w:type")) == "page" for p in starts for br in p._p.iter(qn("w:br")))
    profile = [p for p in kab.paragraphs if p.style.name == "Identitas PD"]
    assert len(profile) == 15 and all(p.paragraph_format.keep_with_next or p.style.paragraph_format.keep_with_next
                                      for p in profile)


# --- special characters and user templates ------------------------------------------------------------------

def test_special_characters_line_breaks_and_long_cells_come_out_exactly(tmp_path):
    long_text = "Alasan yang sangat panjang & rinci < batas > " * 80
    nama = 'Indeks "Kepuasan" & <Layanan> \'Publik\' {{ bukan_isian }}'
    model = make_pemda()
    iku = replace(model.iku[0], nama=nama, definisi="Baris pertama\nbaris kedua\r\nbaris ketiga",
                  alasan=long_text.strip(), formula="A < B & C > D")
    doc = render(replace(model, iku=(iku, *model.iku[1:])), tmp_path)
    row = data_rows(iku_tables(doc)[0])[0]
    cell = row.cells[column(iku_tables(doc)[0], "Uraian & Definisi Operasional")]
    assert cell.paragraphs[0].text == nama
    assert cell.paragraphs[1].text == "Baris pertama\nbaris kedua\nbaris ketiga"
    assert row.cells[column(iku_tables(doc)[0], "Formula")].text == "A < B & C > D"
    assert row.cells[column(iku_tables(doc)[0], "Alasan")].text == long_text.strip()


def _user_template(tmp_path: Path, extra: str) -> Path:
    folder = tmp_path / "templat"
    folder.mkdir()
    shutil.copy(default_templates_dir() / "perkada.docx", folder / "perkada.docx")
    doc = Document(str(folder / "perkada.docx"))
    doc.paragraphs[0].insert_paragraph_before(extra)
    doc.save(str(folder / "perkada.docx"))
    return folder


def test_user_template_with_a_syntax_error_names_the_template(tmp_path):
    folder = _user_template(tmp_path, "{{ judul ")
    with pytest.raises(UserTemplateError, match=r"perkada\.docx"):
        render(make_pemda(), tmp_path, templates_dir=folder)


def test_user_template_with_an_unknown_variable_names_it(tmp_path):
    folder = _user_template(tmp_path, "{{ nama_kepala_dinas }}")
    with pytest.raises(UserTemplateError, match=r"perkada\.docx.*nama_kepala_dinas"):
        render(make_pemda(), tmp_path, templates_dir=folder)


def test_a_restyled_user_template_is_used(tmp_path):
    folder = _user_template(tmp_path, "DRAF UNTUK BAGIAN HUKUM {{ tahun }}")
    assert body_text(render(make_pemda(), tmp_path, templates_dir=folder)).startswith("DRAF UNTUK BAGIAN HUKUM 2026")


@pytest.mark.parametrize("targets", [True, False])
def test_lampiran_i_has_a_penanggung_jawab_column_beside_terkait_and_sumber_data(tmp_path, targets):
    model = make_pemda()
    model = replace(model, pengaturan=replace(model.pengaturan, tampilkan_target=targets))
    lampiran_i = iku_tables(render(model, tmp_path))[0]
    pj, terkait = column(lampiran_i, "Penanggung Jawab"), column(lampiran_i, "Perangkat Daerah Terkait & Sumber Data")
    assert terkait == pj + 1
    rows = {r.cells[column(lampiran_i, "Uraian & Definisi Operasional")].text.split("\n")[0]: r
            for r in data_rows(lampiran_i)}
    aki = rows["Angka Kematian Bayi per 1.000 kelahiran hidup"]
    assert aki.cells[pj].text == "Dinas Kesehatan"
    # Terkait: the Perangkat Daerah whose IKU support this one (PD-KES-02 supports IKU-02).
    assert aki.cells[terkait].text.startswith("Dinas Kesehatan\nSumber data: ")
    opini = rows["Opini BPK atas Laporan Keuangan Pemerintah Daerah"]
    assert opini.cells[pj].text == "Inspektorat Daerah"
    assert grid_width(lampiran_i) == sum(grid(iku_tables(render(model, tmp_path / "2"))[1]))


# --- pages as LibreOffice prints them -----------------------------------------------------------------------

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                   reason="LibreOffice/poppler tidak terpasang")


def page_fill(pdf: Path) -> list[tuple[str, float]]:
    """(text, how far down the lowest text reaches as a fraction of the page height) for each page."""
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for height, body in re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', html, re.S):
        words = re.findall(r'yMax="([\d.]+)">([^<]*)<', body)
        pages.append((" ".join(w for _, w in words), max(float(y) for y, _ in words) / float(height)))
    return pages


@needs_soffice
def test_sample_lampiran_pages_are_at_least_half_full_except_the_last_of_each(tmp_path):
    from iku_docs.pipeline import check_workbook
    from iku_docs.render.pdf import convert_to_pdf

    root = REPO_ROOT
    model = check_workbook(root / "sample_workbooks" / "kabupaten-contoh.xlsx").model
    dok = perkada.documents(model)[0]
    out = render_docx(dok.templat, dok.isi(), tmp_path / dok.berkas, pengaturan=model.pengaturan)
    pages = page_fill(convert_to_pdf([out], tmp_path)[0])
    assert len(pages) <= 23  # 25 when rows could not split and every PD started a page
    starts = [n for n, (text, _) in enumerate(pages) if text.startswith(("- 1 - LAMPIRAN", "LAMPIRAN"))]
    assert len(starts) == 2, [t[:40] for t, _ in pages]
    for first, end in ((starts[0], starts[1]), (starts[1], len(pages))):
        lampiran = pages[first:end]
        assert [round(f, 2) for _, f in lampiran[:-1] if f < 0.5] == [], [round(f, 2) for _, f in lampiran]


def test_titles_never_break_inside_a_region_name_or_a_year_range(tmp_path):
    model = make_pemda(jenis_daerah="Provinsi", nama_daerah="Jawa Tengah", provinsi="Jawa Tengah")
    raw = "\n".join(Paragraph(p, None).text for p in render(model, tmp_path).element.body.iter(qn("w:p")))
    assert raw.startswith("GUBERNUR\u00a0JAWA\u00a0TENGAH\n")
    assert "INDIKATOR KINERJA UTAMA PEMERINTAH PROVINSI\u00a0JAWA\u00a0TENGAH TAHUN 2025\u2060–\u20602029" in raw
    assert "Tahun 2025\u2060–\u20602029" in raw  # the body binds the range too
    assert not re.search(r"\d{4}-\d{4}", raw)  # one dash style: the en dash
    ctx = perkada.build_context(make_pemda())
    assert ctx["kop"]["baris2"] == "PROVINSI\u00a0JAWA\u00a0TENGAH"
