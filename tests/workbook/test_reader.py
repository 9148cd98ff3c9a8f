"""reader.py: sheets become tables of raw values that keep their cell."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iku_docs.errors import WorkbookError
from iku_docs.workbook.load import LoadedWorkbook, load_workbook
from iku_docs.workbook.reader import read_tables
from tests.builders import IKU_PEMDA, IKU_PEMDA_ROWS, WorkbookBuilder, rewrite_member, sheet_part


def read(builder: WorkbookBuilder, tmp_path: Path):
    return read_tables(load_workbook(builder.save(tmp_path / "x.xlsx")))


def found(tables) -> list[tuple[str, str | None, str | None]]:
    return [(t.kode, t.lembar, t.sel) for t in tables.temuan]


def test_a_valid_workbook_reads_every_sheet_without_findings(tmp_path):
    tables = read(WorkbookBuilder(), tmp_path)
    assert found(tables) == []
    assert tables.periode == range(2025, 2030)
    iku = tables.tabel[IKU_PEMDA]
    assert iku.baris == [2, 3, 4, 5, 6]
    assert iku.nilai["Kode IKU"][0] == "IKU-01"
    assert iku.ref("Satuan", 3) == "J3"
    assert sorted(iku.target_tahun) == [2025, 2026, 2027, 2028, 2029]
    assert tables.isian["Identitas"].isian["Tahun"].nilai == 2026


def test_a_missing_required_sheet_stops_with_its_name(tmp_path):
    with pytest.raises(WorkbookError) as info:
        read(WorkbookBuilder().drop_sheet("Perangkat Daerah"), tmp_path)
    assert "'Perangkat Daerah'" in info.value.pesan
    assert info.value.exit_code == 2


def test_a_missing_optional_sheet_reads_as_empty(tmp_path):
    tables = read(WorkbookBuilder().drop_sheet("Realisasi").drop_sheet("Pengaturan"), tmp_path)
    assert found(tables) == []
    assert tables.tabel["Realisasi"].ada is False
    assert tables.isian["Pengaturan"].ada is False


def test_a_hidden_required_sheet_is_still_read_with_a_note(tmp_path):
    tables = read(WorkbookBuilder().hide_sheet(IKU_PEMDA), tmp_path)
    assert found(tables) == [("STRUK-LEMBAR-TERSEMBUNYI", IKU_PEMDA, None)]
    assert len(tables.tabel[IKU_PEMDA].baris) == len(IKU_PEMDA_ROWS)


def test_headers_below_a_title_row_are_found(tmp_path):
    tables = read(WorkbookBuilder().insert_rows_above(IKU_PEMDA, 2, title="IKU PEMERINTAH KABUPATEN CONTOH"),
                  tmp_path)
    iku = tables.tabel[IKU_PEMDA]
    assert found(tables) == []
    assert iku.judul_baris == 3
    assert iku.baris[0] == 4
    assert iku.ref("Kode IKU", 4) == "A4"


def test_headers_match_ignoring_case_spaces_and_order_and_extra_columns_are_welcome(tmp_path):
    b = WorkbookBuilder().rename_header(IKU_PEMDA, "Satuan", "  satuan\u00a0").rename_header(IKU_PEMDA, "Tujuan",
                                                                                             "TUJUAN")
    b.set(IKU_PEMDA, "Z1", "Catatan Bappeda").set(IKU_PEMDA, "Z2", "cek lagi")
    tables = read(b, tmp_path)
    assert found(tables) == []
    assert tables.tabel[IKU_PEMDA].nilai["Satuan"][0] == "%"


def test_a_misspelt_header_gets_did_you_mean(tmp_path):
    tables = read(WorkbookBuilder().rename_header(IKU_PEMDA, "Indikator Kinerja Utama", "Indikator Kinerja Utma"),
                  tmp_path)
    assert found(tables) == [("STRUK-KOLOM-SALAH-EJA", IKU_PEMDA, "F1")]
    assert "Maksud Anda 'Indikator Kinerja Utama'" in tables.temuan[0].pesan


def test_a_missing_required_column_is_a_finding(tmp_path):
    tables = read(WorkbookBuilder().drop_column(IKU_PEMDA, "Formula"), tmp_path)
    assert [(t.kode, t.lembar, t.kolom) for t in tables.temuan] == [("STRUK-KOLOM-HILANG", IKU_PEMDA, "Formula")]


def test_a_missing_target_year_column_is_a_finding(tmp_path):
    tables = read(WorkbookBuilder().drop_column(IKU_PEMDA, "Target 2027"), tmp_path)
    assert [(t.kode, t.kolom) for t in tables.temuan] == [("STRUK-KOLOM-HILANG", "Target 2027")]


def test_a_formula_without_cached_value_is_reported_not_read_as_empty(tmp_path):
    b = WorkbookBuilder()
    b.set(IKU_PEMDA, b.ref(IKU_PEMDA, "Target 2026", 2), "=Q3+1")  # openpyxl saves no cached value
    tables = read(b, tmp_path)
    assert found(tables) == [("STRUK-RUMUS-TANPA-NILAI", IKU_PEMDA, "R3")]


def test_a_formula_in_an_identitas_value_is_reported(tmp_path):
    tables = read(WorkbookBuilder().set_kv("Identitas", "Tahun", "=2025+1"), tmp_path)
    assert found(tables) == [("STRUK-RUMUS-TANPA-NILAI", "Identitas", "B8")]


def test_merged_cells_read_as_their_top_left_value(tmp_path):
    path = WorkbookBuilder().set(IKU_PEMDA, "E3", None).save(tmp_path / "x.xlsx")
    part = sheet_part(path, IKU_PEMDA)
    rewrite_member(path, part, lambda xml: xml.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="E2:E3"/></mergeCells>'))
    tables = read_tables(load_workbook(path))
    assert found(tables) == [("STRUK-SEL-GABUNG", IKU_PEMDA, "E2")]
    sasaran = tables.tabel[IKU_PEMDA].nilai["Sasaran"]
    assert sasaran[0] == sasaran[1] == "Meningkatnya derajat kesehatan masyarakat"


def test_an_understated_dimension_tag_drops_no_rows(tmp_path):
    path = WorkbookBuilder().save(tmp_path / "x.xlsx")
    part = sheet_part(path, IKU_PEMDA)
    rewrite_member(path, part, lambda xml: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:C2"/>', xml))
    tables = read_tables(load_workbook(path))
    iku = tables.tabel[IKU_PEMDA]
    assert len(iku.baris) == len(IKU_PEMDA_ROWS)
    assert iku.nilai["Target 2029"][-1] == "WTP"  # a column beyond the stated C stays too


def test_many_empty_formatted_rows_are_not_iterated(tmp_path, monkeypatch):
    path = WorkbookBuilder().save(tmp_path / "x.xlsx")
    part = sheet_part(path, IKU_PEMDA)
    empty = b"".join(b'<row r="%d" s="1" customFormat="1"><c r="A%d" s="1"/></row>' % (r, r)
                     for r in range(7, 300_007))
    rewrite_member(path, part, lambda xml: xml.replace(b"</sheetData>", empty + b"</sheetData>"))
    yielded: list[int] = []
    original = LoadedWorkbook.rows

    def counting_rows(self, title):
        for row in original(self, title):
            yielded.append(row[0])
            yield row

    monkeypatch.setattr(LoadedWorkbook, "rows", counting_rows)
    tables = read_tables(load_workbook(path))
    assert len(tables.tabel[IKU_PEMDA].baris) == len(IKU_PEMDA_ROWS)
    assert max(yielded) < 100  # stopped at the real data, not at row 300,006


def test_a_percent_formatted_number_is_marked(tmp_path):
    b = WorkbookBuilder()
    b.set_value(IKU_PEMDA, "Target 2025", 1, 0.82, number_format="0%")
    tables = read(b, tmp_path)
    assert tables.tabel[IKU_PEMDA].persen["Target 2025"] == {2}


def test_an_unknown_isian_gets_did_you_mean(tmp_path):
    b = WorkbookBuilder()
    b.set("Identitas", f"A{b.kv_row('Identitas', 'Nama Daerah')}", "Nama Daerh")
    tables = read(b, tmp_path)
    assert [t.kode for t in tables.temuan] == ["STRUK-ISIAN-TIDAK-DIKENAL"]
    assert "Maksud Anda 'Nama Daerah'" in tables.temuan[0].pesan


def test_a_sheet_without_a_header_row_is_a_finding(tmp_path):
    b = WorkbookBuilder().insert_rows_above("Dasar Hukum", 12)
    tables = read(b, tmp_path)
    assert found(tables) == [("STRUK-JUDUL-HILANG", "Dasar Hukum", None)]
