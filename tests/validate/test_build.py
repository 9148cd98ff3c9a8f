"""build.py: validated tables become the model that rules and documents consume."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

from iku_docs.validate.build import build_model
from iku_docs.validate.schema import check_structure
from iku_docs.workbook import contract as c
from iku_docs.workbook.load import load_workbook
from iku_docs.workbook.reader import read_tables
from tests.builders import IKU_PEMDA, PD, WorkbookBuilder


def build(builder: WorkbookBuilder, tmp_path: Path):
    tables = read_tables(load_workbook(builder.save(tmp_path / "x.xlsx")))
    assert check_structure(tables) == []
    model, found = build_model(tables)
    assert found == []
    return model


def test_identity_heads_and_dates_are_built(tmp_path):
    model = build(WorkbookBuilder(), tmp_path)
    assert (model.jenis_daerah, model.nama_daerah, model.provinsi) == ("Kabupaten", "Contoh", "Jawa Tengah")
    assert model.periode == range(2025, 2030) and model.tahun == 2026
    assert model.kepala.jabatan == "Bupati Contoh" and model.kepala.status == "Definitif"
    assert (model.sekda.jabatan, model.sekda.nip) == ("Sekretaris Daerah", "196805121994031007")
    assert model.tanggal_dokumen == date(2026, 1, 2)
    assert model.tanggal_penetapan is None and model.nomor_peraturan == ""
    assert model.dasar_hukum[0].startswith("Undang-Undang Nomor 23 Tahun 2014")


def test_a_kota_head_is_a_wali_kota_and_status_plt_is_kept(tmp_path):
    b = WorkbookBuilder().set_kv("Identitas", "Jenis Daerah", "kota").set_kv("Identitas", "Nama Daerah", "Magelang")
    b.set_kv("Identitas", "Status Kepala Daerah", "Plt")
    model = build(b, tmp_path)
    assert (model.kepala.jabatan, model.kepala.status) == ("Wali Kota Magelang", "Plt.")


def test_blank_settings_stay_none_or_take_the_documented_defaults(tmp_path):
    p = build(WorkbookBuilder(), tmp_path).pengaturan
    assert (p.ukuran_kertas, p.huruf, p.ukuran_huruf) == (None, None, None)
    assert p.metode_capaian_negatif == c.DEFAULT_METODE_NEGATIF
    assert (p.skala_predikat[0].batas_bawah, p.skala_predikat[0].label) == (D(91), "Sangat Tinggi")
    assert p.tampilkan_target is True and p.aturan_nonaktif == frozenset()


def test_filled_settings_are_parsed(tmp_path):
    b = WorkbookBuilder()
    for isian, value in (("Ukuran Kertas", "a4"), ("Huruf", "Arial"), ("Ukuran Huruf", "11,5"),
                         ("Bentuk Batang Tubuh", "Diktum"), ("Metode Capaian Negatif", "T/R"),
                         ("Skala Predikat", "85:Baik; 0:Kurang"), ("Tampilkan Target di Lampiran", "Tidak"),
                         ("Aturan Nonaktif", "smart-aktivitas; CASC-INDUK-HILANG"),
                         ("Jenis Penetapan", "keputusan"), ("Pangkat dan NIP Sekretaris Daerah", "Ya")):
        b.set_kv("Pengaturan", isian, value)
    p = build(b, tmp_path).pengaturan
    assert (p.ukuran_kertas, p.huruf, p.ukuran_huruf, p.bentuk_batang_tubuh) == ("A4", "Arial", D("11.5"), "Diktum")
    assert p.metode_capaian_negatif == "T/R" and p.tampilkan_target is False
    assert [(x.batas_bawah, x.label) for x in p.skala_predikat] == [(D(85), "Baik"), (D(0), "Kurang")]
    assert p.aturan_nonaktif == frozenset({"SMART-AKTIVITAS", "CASC-INDUK-HILANG"})
    assert p.jenis_penetapan == "Keputusan" and p.pangkat_nip_sekda is True


def test_a_peraturan_in_diktum_form_is_built_with_a_warning_on_its_cell(tmp_path):
    b = WorkbookBuilder().set_kv("Pengaturan", "Bentuk Batang Tubuh", "Diktum")
    tables = read_tables(load_workbook(b.save(tmp_path / "x.xlsx")))
    model, found = build_model(tables)
    assert model is not None and model.pengaturan.jenis_penetapan == "Peraturan"
    assert [(t.kode, t.tingkat.value, t.lembar, t.kolom) for t in found] == [
        ("PENGATURAN-DIKTUM-PERATURAN", "peringatan", "Pengaturan", "Bentuk Batang Tubuh")]
    assert found[0].sel and "UU 12/2011" in found[0].pesan and "Pasal" in found[0].pesan


def test_pengundangan_date_and_default_penetapan(tmp_path):
    b = WorkbookBuilder().set_kv("Identitas", "Tanggal Pengundangan", "2026-03-09")
    model = build(b, tmp_path)
    assert model.tanggal_pengundangan == date(2026, 3, 9)
    p = build(WorkbookBuilder(), tmp_path).pengaturan
    assert p.jenis_penetapan == "Peraturan" and p.pangkat_nip_sekda is False


def test_pemda_iku_keep_targets_realisasi_and_their_cells(tmp_path):
    model = build(WorkbookBuilder(), tmp_path)
    aki = next(i for i in model.iku if i.kode == "IKU-02")
    assert aki.level == "pemda" and aki.polaritas == "Minimal" and aki.metode_capaian is None
    assert aki.target[2025] == D("7.5") and aki.baseline == D(8)
    assert {t: r.nilai for t, r in aki.realisasi.items()} == {2025: D("7.2"), 2026: D("6.8")}
    assert aki.asal.sel("Formula") == "H3" and aki.asal.lembar == IKU_PEMDA
    opini = next(i for i in model.iku if i.kode == "IKU-05")
    assert opini.target[2029] == "WTP" and opini.baseline == "WDP"
    assert opini.urusan == "Pengawasan" and opini.jenis_urusan == "Penunjang"
    assert opini.pd_penanggung_jawab == ("INSP",)


def test_pd_get_their_iku_programs_and_functions(tmp_path):
    model = build(WorkbookBuilder(), tmp_path)
    dinkes = model.pd("DINKES")
    assert [i.kode for i in dinkes.iku] == ["PD-KES-01", "PD-KES-02"]
    assert dinkes.iku[0].mendukung == "IKU-01" and dinkes.iku[0].jenis_cascading == "Supportive"
    assert dinkes.fungsi == ("Perumusan kebijakan bidang kesehatan;", "Pelaksanaan kebijakan bidang kesehatan;")
    assert dinkes.kepala.status == "Definitif"  # blank Status Kepala
    assert [(p.anggaran, p.realisasi) for p in dinkes.program] == [
        (D(12500000000), D(11800000000)), (D(1250000000), D(1100000000))]
    assert model.pd("DISDIK").kepala.status == "Plt." and model.pd("DISDIK").program[0].realisasi is None


def test_a_percent_formatted_target_becomes_percent_points(tmp_path):
    b = WorkbookBuilder().set_value(IKU_PEMDA, "Target 2025", 1, 0.82, number_format="0%")
    assert build(b, tmp_path).iku[0].target[2025] == D(82)


def test_realisasi_not_yet_reported_is_absent_not_zero(tmp_path):
    model = build(WorkbookBuilder(), tmp_path)
    assert model.iku[3].realisasi == {}


def test_a_nip_with_spaces_is_kept_as_digits(tmp_path):
    b = WorkbookBuilder().set_value(PD, "NIP", 1, "19700312 199803 2 004")
    assert build_model(read_tables(load_workbook(b.save(tmp_path / "x.xlsx"))))[0].pd("DINKES").kepala.nip == (
        "197003121998032004")


def test_an_unparsable_value_gives_a_finding_not_an_exception(tmp_path):
    tables = read_tables(load_workbook(WorkbookBuilder().set_value(IKU_PEMDA, "Baseline", 1, "abc").save(
        tmp_path / "x.xlsx")))
    model, found = build_model(tables)
    assert model is None
    assert [(t.kode, t.lembar, t.sel) for t in found] == [("STRUK-NILAI", IKU_PEMDA, "P2")]
