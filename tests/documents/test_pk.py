"""Perjanjian Kinerja: builders as dicts, rendered documents read back with python-docx."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn

from iku_docs.documents import pk
from iku_docs.model import Pejabat, Pemda, Pengaturan
from iku_docs.render.docx import render_docx
from tests.factories import iku_pd, make_pemda, program

NIP_DINKES = "NIP. 19700101 199503 1 001"


def render(model: Pemda, tmp_path: Path) -> dict[str, docx.document.Document]:
    """Every PK of ``model``, keyed by file name."""
    out = {}
    for dok in pk.documents(model):
        path = render_docx(dok.templat, dok.isi(), tmp_path / dok.berkas, pengaturan=model.pengaturan,
                           judul=dok.judul)
        out[dok.berkas] = docx.Document(str(path))
    return out


def render_one(model: Pemda, berkas: str, tmp_path: Path) -> docx.document.Document:
    dok = next(d for d in pk.documents(model) if d.berkas == berkas)
    path = render_docx(dok.templat, dok.isi(), tmp_path / dok.berkas, pengaturan=model.pengaturan)
    return docx.Document(str(path))


def rows(table) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in table.rows]


def halves(document) -> tuple[list, list]:
    """Body tables before and after the page break between the statement and the attachment."""
    before, after, seen_break = [], [], False
    for el in document.element.body.iterchildren():
        if el.tag == qn("w:p") and any(br.get(qn("w:type")) == "page" for br in el.iter(qn("w:br"))):
            seen_break = True
        elif el.tag == qn("w:tbl"):
            (after if seen_break else before).append(docx.table.Table(el, document._body))
    assert seen_break, "the statement and the attachment must be separated by a page break"
    return before, after


def text_of(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


def sasaran_table(document):
    return next(t for t in document.tables if t.rows[0].cells[1].text == "Sasaran Strategis")


def program_table(document):
    return next(t for t in document.tables if t.rows[0].cells[1].text == "Program")


def rupiah_value(text: str) -> Decimal:
    """An amount of the program table: whole rupiah without "Rp" (the header says "Anggaran (Rp)")."""
    assert text.replace(".", "").isdigit(), text
    return Decimal(text.replace(".", ""))


# --- which documents ------------------------------------------------------------------------------------------

def test_one_pk_per_perangkat_daerah_and_one_for_the_bupati():
    docs = pk.documents(make_pemda())
    assert [(d.berkas, d.templat) for d in docs] == [
        ("pk/pk-dinkes-2026.docx", "pk"),
        ("pk/pk-disdik-2026.docx", "pk"),
        ("pk/pk-insp-2026.docx", "pk"),
        ("pk/pk-bupati-2026.docx", "pk-kepala-daerah"),
    ]


@pytest.mark.parametrize(("jenis", "nama", "jabatan", "berkas", "judul"), [
    ("Kota", "Contoh", "Wali Kota", "pk/pk-walikota-2026.docx", "PEMERINTAH KOTA CONTOH"),
    ("Provinsi", "Jawa Tengah", "Gubernur", "pk/pk-gubernur-2026.docx", "PEMERINTAH PROVINSI JAWA TENGAH"),
])
def test_head_of_region_pk_is_named_after_the_kind_of_region(jenis, nama, jabatan, berkas, judul, tmp_path):
    model = replace(make_pemda(), jenis_daerah=jenis, nama_daerah=nama,
                    kepala=Pejabat("Drs. Hadi Prabowo", jabatan))
    assert pk.documents(model)[-1].berkas == berkas
    document = render_one(model, berkas, tmp_path)
    text = text_of(document)
    assert judul in text
    assert f"{jabatan} {nama}" in text  # 'Gubernur' alone in the workbook still names the region
    assert f"{jabatan.upper()} {nama.upper()}," in text


def test_file_names_come_from_codes_and_never_collide():
    model = make_pemda()
    a, b, c = model.perangkat_daerah
    model = replace(model, perangkat_daerah=(replace(a, kode="DIN KES/../x"), replace(b, kode="din-kes/../X"), c))
    names = [d.berkas for d in pk.documents(model)]
    assert names[:2] == ["pk/pk-din-kes-x-2026.docx", "pk/pk-din-kes-x-2026-2.docx"]
    assert len(set(names)) == len(names)
    assert all(".." not in n.removeprefix("pk/") and n.count("/") == 1 for n in names)


# --- the statement page ---------------------------------------------------------------------------------------

def test_pd_pk_names_its_head_as_pihak_pertama_and_the_bupati_as_pihak_kedua(tmp_path):
    document = render_one(make_pemda(), "pk/pk-dinkes-2026.docx", tmp_path)
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[:3] == ["PERJANJIAN KINERJA TAHUN 2026", "DINAS KESEHATAN", "KABUPATEN CONTOH"]
    assert paragraphs[3] == ("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
                             "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
    identity = halves(document)[0][0]
    assert rows(identity) == [
        ["Nama", ":", "dr. Siti Aminah, M.Kes."],
        ["Jabatan", ":", "Kepala Dinas Kesehatan Kabupaten Contoh"],
        ["selanjutnya disebut pihak pertama"] * 3,
        ["Nama", ":", "H. Ahmad Sudrajat, S.H., M.Si."],
        ["Jabatan", ":", "Bupati Contoh"],
        ["selaku atasan pihak pertama, selanjutnya disebut pihak kedua."] * 3,
    ]
    text = text_of(document)
    assert "Pihak pertama berjanji akan mewujudkan target kinerja" in text
    assert "Pihak kedua akan melakukan supervisi" in text
    assert "Plt." not in text


def signature_lines(table) -> list[list[str]]:
    """The lines of each signatory of a signature block (one row, one cell per signatory)."""
    assert len(table.rows) == 1, "a signature block is one row, so it never splits"
    return [[p.text for p in cell.paragraphs] for cell in table.rows[0].cells]


def test_signatures_stand_on_the_statement_and_on_the_attachment(tmp_path):
    document = render_one(make_pemda(), "pk/pk-dinkes-2026.docx", tmp_path)
    for tables in halves(document):
        assert signature_lines(tables[-1]) == [
            ["", "PIHAK KEDUA,", "BUPATI CONTOH,", "H. Ahmad Sudrajat, S.H., M.Si.", "", ""],  # no NIP
            ["Contoh, 2 Januari 2026", "PIHAK PERTAMA,", "KEPALA DINAS KESEHATAN KABUPATEN CONTOH,",
             "dr. Siti Aminah, M.Kes.", "Pembina Utama Muda (IV/c)", NIP_DINKES],
        ]


def test_signature_blocks_are_borderless_one_row_and_names_line_up(tmp_path):
    document = render_one(make_pemda(), "pk/pk-dinkes-2026.docx", tmp_path)
    for tables in halves(document):
        sig = tables[-1]
        borders = sig._tbl.tblPr.find(qn("w:tblBorders"))
        assert {b.get(qn("w:val")) for b in borders} == {"nil"}
        assert sig._tbl.tr_lst[0].trPr.find(qn("w:cantSplit")) is not None
        # both cells sit on their bottom edge with as many lines under the name: the names share a baseline
        assert {c.vertical_alignment for c in sig.rows[0].cells} == {WD_CELL_VERTICAL_ALIGNMENT.BOTTOM}
        left, right = signature_lines(sig)
        assert len(left) - left.index("H. Ahmad Sudrajat, S.H., M.Si.") == \
            len(right) - right.index("dr. Siti Aminah, M.Kes.")


def test_last_program_row_keeps_with_the_total_and_the_signatures(tmp_path):
    """A page break never leaves a repeated header over a lone JUMLAH row: the last program row, JUMLAH and
    the amount in words keep with the signature block; earlier rows break freely."""
    document = render_one(make_pemda(), "pk/pk-bupati-2026.docx", tmp_path)
    table = program_table(document)

    def keeps(row) -> bool:
        return all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs)

    assert [keeps(r) for r in table.rows[1:]] == [False, False, False, True, True]
    assert table.rows[-1].cells[0].text == "JUMLAH"
    after = table._tbl.getnext()
    assert docx.text.paragraph.Paragraph(after, document._body).text.startswith("Terbilang:")
    assert docx.text.paragraph.Paragraph(after, document._body).paragraph_format.keep_with_next


def test_plt_prefix_comes_from_the_status_of_the_official(tmp_path):
    document = render_one(make_pemda(), "pk/pk-disdik-2026.docx", tmp_path)
    statement, attachment = halves(document)
    assert rows(statement[0])[1] == ["Jabatan", ":", "Plt. Kepala Dinas Pendidikan Kabupaten Contoh"]
    for tables in (statement, attachment):
        left, right = signature_lines(tables[-1])
        assert (left[2], right[2]) == ("BUPATI CONTOH,", "Plt. KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH,")


def test_an_acting_bupati_signs_as_plh_in_both_pks(tmp_path):
    model = make_pemda()
    model = replace(model, kepala=replace(model.kepala, status="Plh."))
    docs = render(model, tmp_path)
    assert rows(halves(docs["pk/pk-insp-2026.docx"])[0][0])[4] == ["Jabatan", ":", "Plh. Bupati Contoh"]
    assert signature_lines(halves(docs["pk/pk-insp-2026.docx"])[1][-1])[0][2] == "Plh. BUPATI CONTOH,"
    assert signature_lines(halves(docs["pk/pk-bupati-2026.docx"])[1][-1])[1][1] == "Plh. BUPATI CONTOH,"


def test_a_blank_document_date_leaves_a_dotted_place_for_the_date(tmp_path):
    document = render_one(replace(make_pemda(), tanggal_dokumen=None), "pk/pk-insp-2026.docx", tmp_path)
    assert signature_lines(halves(document)[0][-1])[1][0] == "Contoh, …………………"


# --- the attachment -------------------------------------------------------------------------------------------

# AKB has one decimal in every year's target.
@pytest.mark.parametrize(("tahun", "balita", "akb"), [(2025, "70", "7,5"), (2026, "75", "7,0"), (2028, "85", "6,0")])
def test_attachment_lists_the_targets_of_the_year_of_the_workbook(tahun, balita, akb, tmp_path):
    document = render_one(replace(make_pemda(), tahun=tahun), f"pk/pk-dinkes-{tahun}.docx", tmp_path)
    assert [p.text for p in document.paragraphs if p.text.startswith("PERJANJIAN")] == [
        f"PERJANJIAN KINERJA TAHUN {tahun}"] * 2
    assert rows(sasaran_table(document)) == [
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Satuan"],
        ["1", "Meningkatnya mutu layanan", "Persentase balita gizi buruk yang ditangani", balita, "%"],
        ["1", "Meningkatnya mutu layanan", "Angka Kematian Bayi per 1.000 kelahiran hidup", akb, "per 1.000 KH"],
    ]


def test_sasaran_cell_is_merged_over_its_indicators_only(tmp_path):
    model = make_pemda()
    dinkes = model.perangkat_daerah[0]
    extra = iku_pd("DINKES", "PD-KES-03", "Cakupan imunisasi dasar lengkap", sasaran="Meningkatnya cakupan imunisasi")
    model = replace(model, perangkat_daerah=(replace(dinkes, iku=(*dinkes.iku, extra)),
                                             *model.perangkat_daerah[1:]))
    table = sasaran_table(render_one(model, "pk/pk-dinkes-2026.docx", tmp_path))
    merge = [r._tr.tc_lst[1].vMerge for r in table.rows[1:]]  # row.cells would repeat the merge root
    assert merge == ["restart", "continue", "restart"]
    assert [r.cells[0].text for r in table.rows[1:]] == ["1", "1", "2"]


def test_program_total_is_the_sum_of_the_programs_of_the_year(tmp_path):
    model = make_pemda()
    dinkes = model.perangkat_daerah[0]
    next_year = program("DINKES", "Program Tahun Depan", 9_999_000_000, None, tahun=2027)
    model = replace(model, perangkat_daerah=(replace(dinkes, program=(*dinkes.program, next_year)),
                                             *model.perangkat_daerah[1:]))
    table = rows(program_table(render_one(model, "pk/pk-dinkes-2026.docx", tmp_path)))
    assert table[0] == ["No", "Program", "Anggaran (Rp)", "Keterangan"]  # PermenPANRB 53/2014
    body, total = table[1:-1], table[-1]
    assert [r[1] for r in body] == ["Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat",
                                    "Program Peningkatan Kapasitas SDM Kesehatan"]
    assert [r[2] for r in body] == ["12.500.000.000", "1.250.000.000"]
    assert total == ["JUMLAH", "JUMLAH", "13.750.000.000", ""]
    assert sum(rupiah_value(r[2]) for r in body) == rupiah_value(total[2])


def test_total_is_also_written_in_words():
    ctx = pk.build_context_pd(make_pemda(), make_pemda().perangkat_daerah[0])
    assert ctx["terbilang_anggaran"] == "tiga belas miliar tujuh ratus lima puluh juta rupiah"


def test_pd_without_programs_for_the_year_says_so_and_totals_zero(tmp_path):
    model = make_pemda()
    insp = replace(model.perangkat_daerah[2], program=())
    model = replace(model, perangkat_daerah=(*model.perangkat_daerah[:2], insp))
    table = rows(program_table(render_one(model, "pk/pk-insp-2026.docx", tmp_path)))
    assert table[1:] == [["(tidak ada program untuk tahun 2026)"] * 4, ["JUMLAH", "JUMLAH", "0", ""]]


def test_total_and_terbilang_are_a_setting(tmp_path):
    model = make_pemda()
    model = replace(model, pengaturan=replace(model.pengaturan, jumlah_anggaran_pk=False))
    for berkas in ("pk/pk-dinkes-2026.docx", "pk/pk-bupati-2026.docx"):
        document = render_one(model, berkas, tmp_path)
        table = rows(program_table(document))
        assert "JUMLAH" not in table[-1] and table[-1][2].replace(".", "").isdigit()
        assert "Terbilang" not in text_of(document) and "{%" not in text_of(document)


def test_bupati_pk_has_the_pemda_iku_all_programs_and_a_single_signatory(tmp_path):
    document = render_one(make_pemda(), "pk/pk-bupati-2026.docx", tmp_path)
    assert [p.text for p in document.paragraphs][:3] == ["PERJANJIAN KINERJA TAHUN 2026", "BUPATI CONTOH",
                                                          "PEMERINTAH KABUPATEN CONTOH"]
    sasaran = rows(sasaran_table(document))
    assert [r[2] for r in sasaran[1:]] == [i.nama for i in make_pemda().iku]
    assert [r[3] for r in sasaran[1:]] == ["84", "7,0", "84", "62,0", "WTP"]  # IKLH has decimals elsewhere
    programs = rows(program_table(document))
    assert programs[0] == ["No", "Program", "Anggaran (Rp)", "Keterangan"]
    assert [r[3] for r in programs[1:-1]] == ["Dinas Kesehatan", "Dinas Kesehatan", "Dinas Pendidikan",
                                              "Inspektorat Daerah"]
    assert programs[-1][2] == "45.750.000.000"
    assert sum(rupiah_value(r[2]) for r in programs[1:-1]) == rupiah_value(programs[-1][2])
    for tables in halves(document):
        assert signature_lines(tables[-1]) == [[""], ["Contoh, 2 Januari 2026", "BUPATI CONTOH,",
                                                      "H. Ahmad Sudrajat, S.H., M.Si."]]
    text = text_of(document)
    assert "PIHAK" not in text and "NIP" not in text


# --- layout ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("kertas", "lebar", "tinggi"), [(None, 215, 330), ("A4", 210, 297)])
def test_pages_are_portrait_f4_by_default_and_tables_fill_the_text_width(kertas, lebar, tinggi, tmp_path):
    model = replace(make_pemda(), pengaturan=Pengaturan(ukuran_kertas=kertas))
    for document in render(model, tmp_path).values():
        section = document.sections[0]
        assert len(document.sections) == 1
        assert abs(section.page_width.mm - lebar) < 0.5 and abs(section.page_height.mm - tinggi) < 0.5
        text_twips = (section.page_width - section.left_margin - section.right_margin) // 635  # EMU → twips
        for table in document.tables:
            grid = sum(int(gc.get(qn("w:w"))) for gc in table._tbl.tblGrid.iterchildren(qn("w:gridCol")))
            assert grid <= text_twips, "table wider than the text width"
            # every table of a PK spans the text width: 100 % for Word, the same grid for LibreOffice
            assert grid >= text_twips - 10
            tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
            assert (tbl_w.get(qn("w:type")), tbl_w.get(qn("w:w"))) == ("pct", "5000")
            for tr in table._tbl.tr_lst:  # each cell as wide as the grid columns it spans
                assert sum(tc.width // 635 for tc in tr.tc_lst if tc.width is not None) <= grid


def test_default_font_is_bookman_old_style_12(tmp_path):
    document = render_one(make_pemda(), "pk/pk-dinkes-2026.docx", tmp_path)
    normal = document.styles["Normal"].font
    assert (normal.name, normal.size.pt) == ("Bookman Old Style", 12)


def test_data_tables_repeat_their_header_and_never_split_a_row(tmp_path):
    document = render_one(make_pemda(), "pk/pk-bupati-2026.docx", tmp_path)
    for table in (sasaran_table(document), program_table(document)):
        trs = table._tbl.findall(qn("w:tr"))
        assert trs[0].trPr.find(qn("w:tblHeader")) is not None
        assert all(tr.trPr.find(qn("w:tblHeader")) is None for tr in trs[1:])
        assert all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in trs)


# --- content exactly as written -------------------------------------------------------------------------------

def test_special_characters_come_out_exactly(tmp_path):
    model = make_pemda()
    nama = 'dr. "Ani" O\'Neil <Sp.A> & rekan'
    indikator = 'Rasio <1:1.000> & "cakupan" {{ x }} {% if %}'
    dinkes = model.perangkat_daerah[0]
    iku = (replace(dinkes.iku[0], nama=indikator, sasaran="Meningkatnya mutu & <akses>"),)
    prog = (replace(dinkes.program[0], nama="Program A & B <C>"),)
    dinkes = replace(dinkes, kode="KES&KB", nama="Dinas Kesehatan & KB", iku=iku, program=prog,
                     kepala=replace(dinkes.kepala, nama=nama))
    model = replace(model, perangkat_daerah=(dinkes,))
    document = render_one(model, "pk/pk-kes-kb-2026.docx", tmp_path)
    assert document.paragraphs[1].text == "DINAS KESEHATAN & KB"
    assert rows(halves(document)[0][0])[0] == ["Nama", ":", nama]
    assert rows(sasaran_table(document))[1][1:3] == ["Meningkatnya mutu & <akses>", indikator]
    assert rows(program_table(document))[1][1] == "Program A & B <C>"
    assert signature_lines(halves(document)[1][-1])[1][3] == nama


# --- the builders ---------------------------------------------------------------------------------------------

def _leaves(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    else:
        yield value


@pytest.mark.parametrize("which", ["pd", "kepala"])
def test_builders_pass_only_strings_and_flags(which):
    model = make_pemda()
    ctx = (pk.build_context_pd(model, model.perangkat_daerah[1]) if which == "pd"
           else pk.build_context_kepala_daerah(model))
    assert all(isinstance(v, str | bool) for v in _leaves(ctx))


def test_document_date_and_place_come_from_identitas():
    model = replace(make_pemda(), ibu_kota="Mungkid", tanggal_dokumen=date(2026, 11, 24))
    ctx = pk.build_context_kepala_daerah(model)
    assert (ctx["tempat"], ctx["tanggal"]) == ("Mungkid", "24 November 2026")


@pytest.mark.parametrize(("nip", "printed"), [
    ("197001011995031001", "19700101 199503 1 001"),
    ("19700101 199503 1 001", "19700101 199503 1 001"),
    ("12345", "12345"),
    ("", ""),
])
def test_nip_is_grouped_as_printed_under_a_signature(nip, printed):
    assert pk.format_nip(nip) == printed


@pytest.mark.parametrize(("nama_daerah", "jabatan", "printed"), [
    ("Contoh", "Kepala Dinas Kesehatan", "Kepala Dinas Kesehatan Kabupaten Contoh"),
    ("Contoh", "Kepala Dinas Kesehatan Kabupaten Contoh", "Kepala Dinas Kesehatan Kabupaten Contoh"),
    ("Agam", "Kepala Dinas Agama", "Kepala Dinas Agama Kabupaten Agam"),
])
def test_pd_head_title_names_the_region_once(nama_daerah, jabatan, printed):
    model = replace(make_pemda(), nama_daerah=nama_daerah)
    pd = replace(model.perangkat_daerah[0], kepala=Pejabat("Nama", jabatan))
    assert pk.build_context_pd(model, pd)["pihak_pertama"]["jabatan"] == printed


def test_head_of_region_pk_lists_each_program_once_with_amounts_summed(tmp_path):
    model = make_pemda()
    penunjang = "Program Penunjang Urusan Pemerintahan  Daerah"  # spacing differs between PD
    pds = tuple(replace(pd, program=(*pd.program, program(pd.kode, penunjang if n else penunjang.replace("  ", " "),
                                                         1_000_000_000 * (n + 1), None)))
                for n, pd in enumerate(model.perangkat_daerah))
    model = replace(model, perangkat_daerah=pds)
    programs = rows(program_table(render_one(model, "pk/pk-bupati-2026.docx", tmp_path)))[1:-1]
    names = [r[1] for r in programs]
    assert names.count("Program Penunjang Urusan Pemerintahan Daerah") == 1 and len(names) == len(set(names))
    row = next(r for r in programs if r[1] == "Program Penunjang Urusan Pemerintahan Daerah")
    assert row[2] == "6.000.000.000" and row[3] == "Semua Perangkat Daerah"
    assert [r[0] for r in programs] == [str(n) for n in range(1, len(programs) + 1)]


def test_money_follows_puebi_without_a_space_after_rp():
    from iku_docs.formatting import rupiah

    assert rupiah(Decimal("48730000000")) == "Rp48.730.000.000"
    assert rupiah(None) == "-"


def test_one_indicator_shows_the_same_number_of_decimals_for_target_realisasi_and_baseline():
    from iku_docs.formatting import desimal_indikator

    assert desimal_indikator([Decimal("7.5"), Decimal(7), Decimal("6.25"), None, "WTP"]) == 2
    assert desimal_indikator([Decimal(84), Decimal("84.0")]) == 0
    assert desimal_indikator([Decimal("1.23456")]) == 2  # at most two decimals
    iku = iku_pd("DINKES", "X", "Angka X", targets=(Decimal(7),) * 5, baseline=Decimal("8.5"))
    row = pk.sasaran_rows([iku], 2026)[0]["indikator"][0]
    assert row["target"] == "7,0"  # the baseline's decimal sets the target's
