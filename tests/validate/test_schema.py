"""schema.py: structural findings, each mapped to its sheet and cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from iku_docs.findings import Tingkat
from iku_docs.validate.schema import KODE, check_structure
from iku_docs.workbook.load import load_workbook
from iku_docs.workbook.reader import read_tables
from tests.builders import IKU_PD, IKU_PD_ROWS, IKU_PEMDA, IKU_PEMDA_ROWS, PD, PROGRAM, REALISASI, WorkbookBuilder

IDENTITAS, PENGATURAN = "Identitas", "Pengaturan"


def check(builder: WorkbookBuilder, tmp_path: Path):
    return check_structure(read_tables(load_workbook(builder.save(tmp_path / "x.xlsx"))))


def cells(temuan) -> list[tuple[str, str | None, str | None]]:
    return [(t.kode, t.lembar, t.sel) for t in temuan]


def test_the_valid_workbook_has_no_structural_findings(tmp_path):
    assert check(WorkbookBuilder(), tmp_path) == []


CASES = [
    ("required cell empty", lambda b: b.set_value(IKU_PEMDA, "Satuan", 2, None),
     [("STRUK-KOLOM-WAJIB", IKU_PEMDA, "J3")]),
    ("blank with spaces only", lambda b: b.set_value(IKU_PEMDA, "Formula", 1, " \u00a0 "),
     [("STRUK-KOLOM-WAJIB", IKU_PEMDA, "H2")]),
    ("not a number", lambda b: b.set_value(IKU_PEMDA, "Target 2026", 1, "delapan puluh"),
     [("STRUK-NILAI", IKU_PEMDA, "R2")]),
    # On the Indeks row: read as 1250, a Persentase target would also be out of its range (STRUK-PERSEN-RENTANG).
    ("ambiguous thousands", lambda b: b.set_value(IKU_PEMDA, "Target 2027", 4, "1.250"),
     [("STRUK-ANGKA-RAGU", IKU_PEMDA, "S5")]),
    ("cached Excel error", lambda b: b.set_value(IKU_PEMDA, "Baseline", 1, "#DIV/0!"),
     [("STRUK-GALAT-EXCEL", IKU_PEMDA, "P2")]),
    ("not an option", lambda b: b.set_value(IKU_PEMDA, "Polaritas", 1, "Naik"),
     [("STRUK-PILIHAN", IKU_PEMDA, "L2")]),
    ("unknown urusan", lambda b: b.set_value(IKU_PEMDA, "Urusan", 1, "Kesehatn"),
     [("STRUK-URUSAN", IKU_PEMDA, "C2")]),
    ("urusan of another jenis", lambda b: b.set_value(IKU_PEMDA, "Urusan", 1, "Pariwisata"),
     [("STRUK-URUSAN-JENIS", IKU_PEMDA, "C2")]),
    ("kode iku twice in one sheet", lambda b: b.add_row(IKU_PEMDA, IKU_PEMDA_ROWS[0]),
     [("STRUK-KODE-GANDA", IKU_PEMDA, "A2"), ("STRUK-KODE-GANDA", IKU_PEMDA, "A7")]),
    ("kode iku across both sheets", lambda b: b.add_row(IKU_PD, {**IKU_PD_ROWS[2], "Kode IKU": "IKU-03"}),
     [("STRUK-KODE-GANDA", IKU_PEMDA, "A4"), ("STRUK-KODE-GANDA", IKU_PD, "B7")]),
    ("kode pd twice", lambda b: b.set_value(PD, "Kode PD", 2, "DINKES"),
     [("STRUK-KODE-GANDA", PD, "A2"), ("STRUK-KODE-GANDA", PD, "A3"), ("STRUK-RUJUKAN", IKU_PEMDA, "N4"),
      ("STRUK-RUJUKAN", IKU_PD, "A4"), ("STRUK-RUJUKAN", PROGRAM, "A4")]),
    ("unsafe code", lambda b: b.set_value(PD, "Kode PD", 4, "INSP/01").set_value(IKU_PD, "Kode PD", 5, "INSP/01")
     .set_value(IKU_PEMDA, "PD Penanggung Jawab", 5, "INSP/01").set_value(PROGRAM, "Kode PD", 4, "INSP/01"),
     [("STRUK-KODE-FORMAT", PD, "A5")]),
    ("iku pd of an unknown pd", lambda b: b.set_value(IKU_PD, "Kode PD", 1, "DINKESS"),
     [("STRUK-RUJUKAN", IKU_PD, "A2")]),
    ("unknown supported pemda iku", lambda b: b.set_value(IKU_PD, "Mendukung IKU Pemda", 1, "IKU-09"),
     [("STRUK-RUJUKAN", IKU_PD, "T2")]),
    ("unknown pd penanggung jawab in a list", lambda b: b.set_value(IKU_PEMDA, "PD Penanggung Jawab", 1,
                                                                      "DINKES, BAPPEDA"),
     [("STRUK-RUJUKAN", IKU_PEMDA, "N2")]),
    ("realisasi of an unknown iku", lambda b: b.set_value(REALISASI, "Kode IKU", 1, "IKU-99"),
     [("STRUK-RUJUKAN", REALISASI, "A2")]),
    ("program year outside the period", lambda b: b.set_value(PROGRAM, "Tahun", 1, 2031),
     [("STRUK-TAHUN-PERIODE", PROGRAM, "B2")]),
    ("program twice", lambda b: b.add_row(PROGRAM, {"Kode PD": "insp", "Tahun": 2026, "Anggaran": 1,
                                                    "Program": "program penyelenggaraan  pengawasan"})
     .set_value(PROGRAM, "Kode PD", 5, "INSP"),
     [("STRUK-KUNCI-GANDA", PROGRAM, "C6")]),
    ("qualitative target on a percentage", lambda b: b.set_value(IKU_PEMDA, "Target 2025", 1, "WTP"),
     [("STRUK-NILAI-JENIS", IKU_PEMDA, "Q2")]),
    ("year that is not a year", lambda b: b.set_kv(IDENTITAS, "Tahun", "dua ribu dua enam"),
     [("STRUK-TAHUN", IDENTITAS, "B8")]),
    ("reversed period", lambda b: b.set_kv(IDENTITAS, "Periode Akhir", 2020),
     [("STRUK-PERIODE", IDENTITAS, "B10")]),
    ("required isian empty", lambda b: b.set_kv(IDENTITAS, "Nama Daerah", None),
     [("STRUK-ISIAN-WAJIB", IDENTITAS, "B3")]),
    ("bad date", lambda b: b.set_kv(IDENTITAS, "Tanggal Dokumen", "31 Februari 2026"),
     [("STRUK-TANGGAL", IDENTITAS, "B17")]),
    ("bad predikat scale", lambda b: b.set_kv(PENGATURAN, "Skala Predikat", "91 Sangat Tinggi"),
     [("STRUK-SKALA-PREDIKAT", PENGATURAN, "B7")]),
    ("font size out of range", lambda b: b.set_kv(PENGATURAN, "Ukuran Huruf", 30),
     [("STRUK-UKURAN-HURUF", PENGATURAN, "B4")]),
    ("nip as a number", lambda b: b.set_value(PD, "NIP", 1, 1.97003121998032e17),
     [("STRUK-NIP-ANGKA", PD, "E2")]),
    ("short nip", lambda b: b.set_value(PD, "NIP", 1, "19700312"), [("STRUK-NIP", PD, "E2")]),
    ("target year column outside the period", lambda b: b.set(IKU_PEMDA, "V1", "Target 2030"),
     [("STRUK-TARGET-PERIODE", IKU_PEMDA, "V1")]),
    ("sheet without data", lambda b: b.delete_rows(IKU_PD, lambda row: True).delete_rows(
        REALISASI, lambda row: row["Kode IKU"].startswith("PD-")).delete_rows(PROGRAM, lambda row: True).add_row(
        PROGRAM, {"Kode PD": "INSP", "Tahun": 2026, "Program": "Program Pengawasan", "Anggaran": 1}),
     [("STRUK-DATA-KOSONG", IKU_PD, None)]),
]


@pytest.mark.parametrize(("case", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_structural_problem_is_found_at_its_cell(tmp_path, case, change, expected):
    builder = WorkbookBuilder()
    change(builder)
    assert cells(check(builder, tmp_path)) == expected


def test_lenient_spellings_of_options_are_accepted(tmp_path):
    b = WorkbookBuilder()
    b.set_value(IKU_PEMDA, "Urusan", 1, " kesehatan ").set_value(IKU_PEMDA, "Polaritas", 1, "maksimal")
    b.set_value(PD, "Status Kepala", 2, "Plt").set_value(IKU_PEMDA, "Jenis Urusan", 1, "wajib pelayanan  dasar")
    assert check(b, tmp_path) == []


def test_messages_name_the_column_and_suggest_a_fix(tmp_path):
    [urusan] = check(WorkbookBuilder().set_value(IKU_PEMDA, "Urusan", 1, "Kesehatn"), tmp_path)
    assert urusan.tingkat == Tingkat.GALAT
    assert urusan.kolom == "Urusan" and urusan.baris == 2 and urusan.nilai == "Kesehatn"
    assert "Maksud Anda 'Kesehatan'?" in urusan.saran
    [angka] = check(WorkbookBuilder().set_value(IKU_PEMDA, "Target 2026", 1, "abc"), tmp_path)
    assert "6,5" in angka.saran


def test_every_problem_is_reported_at_once(tmp_path):
    b = WorkbookBuilder().set_value(IKU_PEMDA, "Satuan", 1, None).set_value(IKU_PD, "Polaritas", 2, "x")
    b.set_kv(IDENTITAS, "Tahun", "x")
    assert [t.lembar for t in check(b, tmp_path)] == [IDENTITAS, IKU_PEMDA, IKU_PD]


def test_every_code_has_a_message_and_a_fix():
    for kode, (tingkat, pesan, saran) in KODE.items():
        assert kode.startswith("STRUK-") and pesan and saran and isinstance(tingkat, Tingkat)


def test_a_formula_without_value_is_not_also_reported_as_empty(tmp_path):
    b = WorkbookBuilder()
    b.set(IKU_PEMDA, b.ref(IKU_PEMDA, "Satuan", 1), "=B1")
    assert check(b, tmp_path) == []  # the reader's STRUK-RUMUS-TANPA-NILAI is the one finding


@pytest.mark.parametrize(("sheet", "key"), [(PD, "Kode PD"), (IKU_PD, "Kode IKU")])
def test_a_sheet_without_its_key_column_is_reported_once_not_code_by_code(tmp_path, sheet, key):
    from iku_docs.pipeline import check_workbook

    laporan = check_workbook(WorkbookBuilder().drop_column(sheet, key).save(tmp_path / "x.xlsx")).laporan
    assert [(t.kode, t.lembar, t.kolom) for t in laporan.temuan] == [("STRUK-KOLOM-HILANG", sheet, key)]
