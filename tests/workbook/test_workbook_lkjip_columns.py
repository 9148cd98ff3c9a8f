"""Issue 14 workbook additions: IKU Didukung, Standar Nasional, the factors, and the two LKjIP settings."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from iku_docs.findings import Tingkat
from iku_docs.validate.build import _kode_kode, build_model
from iku_docs.validate.schema import check_structure
from iku_docs.workbook import contract as c
from iku_docs.workbook.load import load_workbook
from iku_docs.workbook.reader import read_tables
from tests.builders import IKU_PD, IKU_PEMDA, PROGRAM, REALISASI, WorkbookBuilder

PENGATURAN = c.LEMBAR_PENGATURAN.nama


def _tables(builder: WorkbookBuilder, tmp_path: Path):
    return read_tables(load_workbook(builder.save(tmp_path / "x.xlsx")))


def _with_links(builder: WorkbookBuilder) -> WorkbookBuilder:
    for row in range(1, 5):
        builder.set_value(PROGRAM, c.KOLOM_IKU_DIDUKUNG, row, "PD-KES-01")
    return builder


def test_an_unknown_supported_code_is_a_galat_at_its_cell_with_a_suggestion(tmp_path):
    b = _with_links(WorkbookBuilder()).set_value(PROGRAM, c.KOLOM_IKU_DIDUKUNG, 2, "PD-KES-01\nPD-KES-O2")
    [found] = check_structure(_tables(b, tmp_path))
    assert (found.kode, found.tingkat, found.lembar) == ("STRUK-RUJUKAN", Tingkat.GALAT, PROGRAM)
    assert found.sel == b.ref(PROGRAM, c.KOLOM_IKU_DIDUKUNG, 2)
    assert "PD-KES-O2" in found.pesan and "maksud Anda 'PD-KES-02'" in found.pesan + found.saran


def test_codes_separated_by_commas_semicolons_and_line_breaks_are_all_read(tmp_path):
    b = _with_links(WorkbookBuilder()).set_value(PROGRAM, c.KOLOM_IKU_DIDUKUNG, 1, "PD-KES-01,\nPD-KES-02; IKU-01")
    tables = _tables(b, tmp_path)
    assert check_structure(tables) == []
    model, found = build_model(tables)
    assert model.pd("DINKES").program[0].iku_didukung == ("PD-KES-01", "PD-KES-02", "IKU-01")
    assert found == []
    assert _kode_kode("A-1, A-1\nB-2", c.LEMBAR_PROGRAM.kolom[-1].rujukan.pisah) == ("A-1", "B-2")


def test_a_program_without_supported_indicators_gets_a_saran_at_its_cell(tmp_path):
    b = _with_links(WorkbookBuilder()).set_value(PROGRAM, c.KOLOM_IKU_DIDUKUNG, 3, None)
    _, found = build_model(_tables(b, tmp_path))
    [saran] = found
    assert (saran.kode, saran.tingkat, saran.sel) == ("STRUK-PROGRAM-TANPA-IKU", Tingkat.SARAN,
                                                      b.ref(PROGRAM, c.KOLOM_IKU_DIDUKUNG, 3))
    assert "Program Pengelolaan Pendidikan" in saran.pesan and c.KOLOM_IKU_DIDUKUNG in saran.saran


def test_standard_factors_and_settings_reach_the_model(tmp_path):
    b = _with_links(WorkbookBuilder())
    b.set_value(IKU_PEMDA, c.KOLOM_STANDAR_NASIONAL, 1, "80,5").set_value(IKU_PEMDA, c.KOLOM_SUMBER_STANDAR, 1, "SPM")
    b.set_value(IKU_PD, c.KOLOM_STANDAR_NASIONAL, 1, 75)
    b.set_value(REALISASI, c.KOLOM_FAKTOR_PENDUKUNG, 1, "Anggaran cukup.")
    b.set_value(REALISASI, c.KOLOM_FAKTOR_PENGHAMBAT, 1, "Hujan.").set_value(REALISASI, c.KOLOM_UPAYA_PERBAIKAN, 1,
                                                                              "Jadwal ulang.")
    b.set_kv(PENGATURAN, c.ISIAN_TOLERANSI_EFISIENSI, "2,5")
    b.set_kv(PENGATURAN, c.ISIAN_CAPAIAN_TAK_TERDEFINISI, "batas")
    tables = _tables(b, tmp_path)
    assert check_structure(tables) == []
    model, _ = build_model(tables)
    iku = model.iku[0]
    assert (iku.standar_nasional, iku.sumber_standar) == (Decimal("80.5"), "SPM")
    assert model.perangkat_daerah[0].iku[0].standar_nasional == Decimal(75)
    first = iku.realisasi[2025]
    assert (first.faktor_pendukung, first.faktor_penghambat, first.upaya_perbaikan) == (
        "Anggaran cukup.", "Hujan.", "Jadwal ulang.")
    assert model.pengaturan.toleransi_efisiensi == Decimal("2.5")
    assert model.pengaturan.capaian_tak_terdefinisi == "Batas"


def test_defaults_when_the_new_columns_and_settings_are_absent(tmp_path):
    model, _ = build_model(_tables(WorkbookBuilder(), tmp_path))
    assert model.pengaturan.toleransi_efisiensi == Decimal(5)
    assert model.pengaturan.capaian_tak_terdefinisi == "Kosong"
    assert model.iku[0].standar_nasional is None and model.iku[0].sumber_standar == ""


def test_a_bad_standard_or_setting_is_a_galat_at_its_cell(tmp_path):
    b = _with_links(WorkbookBuilder()).set_value(IKU_PEMDA, c.KOLOM_STANDAR_NASIONAL, 1, "tinggi")
    b.set_kv(PENGATURAN, c.ISIAN_CAPAIAN_TAK_TERDEFINISI, "Nol")
    found = check_structure(_tables(b, tmp_path))
    assert {(t.lembar, t.kolom) for t in found} == {(IKU_PEMDA, c.KOLOM_STANDAR_NASIONAL),
                                                   (PENGATURAN, c.ISIAN_CAPAIAN_TAK_TERDEFINISI)}
    assert all(t.tingkat is Tingkat.GALAT and t.sel for t in found)
