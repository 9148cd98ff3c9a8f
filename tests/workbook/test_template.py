"""The blank standardized workbook, read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from iku_docs.workbook import contract as c
from iku_docs.workbook.template import append_rows, build_blank_workbook, fill_isian, write_blank_workbook

PERIODE = range(2025, 2030)
TABLE_SHEETS = [lembar for lembar in c.SHEETS if not lembar.kv]
KV_SHEETS = [lembar for lembar in c.SHEETS if lembar.kv]


@pytest.fixture(scope="module")
def blank_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_blank_workbook(tmp_path_factory.mktemp("template") / "kabupaten-x.xlsx", PERIODE)


@pytest.fixture(scope="module")
def wb(blank_path: Path) -> Workbook:
    return load_workbook(blank_path)


def _headers(ws: Worksheet) -> list[str]:
    return [cell.value for cell in ws[1] if cell.value is not None]


def _column(ws: Worksheet, header: str) -> int:
    return _headers(ws).index(header) + 1


def _list_values(wb: Workbook, formula: str) -> tuple[str, ...]:
    """The values of a list validation: inline '"a,b"' or a range such as Daftar!$A$2:$A$41."""
    if formula.startswith('"'):
        return tuple(formula.strip('"').split(","))
    sheet, ref = formula.split("!")
    cells = wb[sheet.strip("'")][ref.replace("$", "")]
    return tuple(row[0].value for row in cells)


def _validations_on(ws: Worksheet, col: int, row: int) -> list:
    return [dv for dv in ws.data_validations.dataValidation
            if any(r.min_col <= col <= r.max_col and r.min_row <= row <= r.max_row for r in dv.sqref.ranges)]


def _dropdown(wb: Workbook, ws: Worksheet, col: int, row: int = 2) -> tuple[str, ...] | None:
    lists = [dv for dv in _validations_on(ws, col, row) if dv.type == "list"]
    assert len(lists) <= 1, f"{ws.title}!{get_column_letter(col)}{row} has {len(lists)} dropdowns"
    return _list_values(wb, lists[0].formula1) if lists else None


def _petunjuk_text(wb: Workbook) -> str:
    return "\n".join(str(v) for row in wb[c.PETUNJUK].iter_rows(values_only=True) for v in row if v is not None)


def test_petunjuk_comes_first_then_the_contract_sheets_then_the_hidden_daftar_sheet(wb: Workbook) -> None:
    assert wb.sheetnames == [c.PETUNJUK, *(lembar.nama for lembar in c.SHEETS), c.DAFTAR]
    assert wb[c.DAFTAR].sheet_state == "hidden"
    assert all(wb[name].sheet_state == "visible" for name in wb.sheetnames if name != c.DAFTAR)
    assert wb.active.title == c.PETUNJUK


@pytest.mark.parametrize("lembar", TABLE_SHEETS, ids=lambda lembar: lembar.nama)
def test_table_sheet_headers_equal_the_contract_columns_for_the_period(wb: Workbook, lembar: c.Lembar) -> None:
    assert _headers(wb[lembar.nama]) == [k.nama for k in c.columns_for(lembar, PERIODE)]


@pytest.mark.parametrize("lembar", KV_SHEETS, ids=lambda lembar: lembar.nama)
def test_key_value_sheets_list_every_isian_in_column_a_with_its_keterangan_beside(wb: Workbook,
                                                                                  lembar: c.Lembar) -> None:
    ws = wb[lembar.nama]
    assert _headers(ws) == [*c.KV_HEADERS, c.KV_KETERANGAN]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in rows] == [isian.nama for isian in lembar.isian]
    for isian, (_, _, keterangan) in zip(lembar.isian, rows, strict=True):
        assert isian.keterangan in keterangan
        assert ("Wajib diisi" in keterangan) == isian.wajib
        if isian.bawaan:
            assert isian.bawaan in keterangan


def test_only_the_rpjmd_years_are_prefilled(wb: Workbook) -> None:
    values = {row[0]: row[1] for row in wb[c.LEMBAR_IDENTITAS.nama].iter_rows(min_row=2, values_only=True)}
    filled = {k: v for k, v in values.items() if v is not None}
    assert filled == {"Periode Awal": 2025, "Periode Akhir": 2029}
    assert all(row[1] is None for row in wb[c.LEMBAR_PENGATURAN.nama].iter_rows(min_row=2, values_only=True))


def test_petunjuk_mentions_every_sheet_column_and_isian(wb: Workbook) -> None:
    text = _petunjuk_text(wb)
    for lembar in c.SHEETS:
        assert lembar.nama in text and lembar.keterangan in text
        for kolom in c.columns_for(lembar, PERIODE):
            assert kolom.nama in text, kolom.nama
            assert kolom.keterangan in text, kolom.nama
        for isian in lembar.isian:
            assert isian.nama in text and isian.keterangan in text, isian.nama


def test_petunjuk_explains_values_capaian_methods_cascading_urusan_and_the_next_step(wb: Workbook) -> None:
    text = _petunjuk_text(wb)
    for contoh in ("6,5", "1.250.000", "93%", "Rp 1.250.000.000"):
        assert contoh in text
    for skala in c.SKALA_KUALITATIF.values():
        assert ", ".join(skala) in text
    for metode in c.METODE_CAPAIAN:
        assert metode in text
    assert "(2 × Target − Realisasi) ÷ Target × 100" in text
    for jenis in c.JENIS_CASCADING:
        assert jenis in text
    for urusan in c.SEMUA_URUSAN:
        assert urusan in text
    assert "iku-docs validate" in text and "iku-docs render" in text
    assert "periode RPJMD 2025–2029" in text


@pytest.mark.parametrize("lembar", TABLE_SHEETS, ids=lambda lembar: lembar.nama)
def test_every_column_with_pilihan_has_a_dropdown_with_exactly_those_values(wb: Workbook,
                                                                             lembar: c.Lembar) -> None:
    ws = wb[lembar.nama]
    for kolom in c.columns_for(lembar, PERIODE):
        col = _column(ws, kolom.nama)
        expected = kolom.pilihan or None
        assert _dropdown(wb, ws, col, row=2) == expected, kolom.nama
        assert _dropdown(wb, ws, col, row=500) == expected, kolom.nama


@pytest.mark.parametrize("lembar", KV_SHEETS, ids=lambda lembar: lembar.nama)
def test_every_isian_with_pilihan_has_a_dropdown_on_its_nilai_cell(wb: Workbook, lembar: c.Lembar) -> None:
    ws = wb[lembar.nama]
    nilai = _column(ws, c.KV_HEADERS[1])
    for row, isian in enumerate(lembar.isian, start=2):
        assert _dropdown(wb, ws, nilai, row) == (isian.pilihan or None), isian.nama


def test_the_forty_urusan_come_from_a_daftar_range_because_inline_lists_are_limited(wb: Workbook) -> None:
    ws = wb[c.LEMBAR_IKU_PEMDA.nama]
    [dv] = [dv for dv in _validations_on(ws, _column(ws, "Urusan"), 2) if dv.type == "list"]
    assert dv.formula1.startswith(f"'{c.DAFTAR}'!") or dv.formula1.startswith(f"{c.DAFTAR}!")
    assert _list_values(wb, dv.formula1) == c.SEMUA_URUSAN
    assert len(",".join(c.SEMUA_URUSAN)) > 255
    for sheet in wb.worksheets:
        for other in sheet.data_validations.dataValidation:
            if other.type == "list" and other.formula1.startswith('"'):
                assert len(other.formula1) <= 257  # 255 characters between the quotes


def test_dropdowns_reject_other_values_with_an_indonesian_message(wb: Workbook) -> None:
    ws = wb[c.LEMBAR_IKU_PD.nama]
    [dv] = _validations_on(ws, _column(ws, "Jenis Cascading"), 2)
    assert dv.showErrorMessage and dv.errorStyle == "stop"
    assert "Pilih salah satu nilai" in dv.error and len(dv.error) <= 255
    assert dv.allow_blank


def test_year_columns_accept_only_years_of_the_period(wb: Workbook) -> None:
    ws = wb[c.LEMBAR_REALISASI.nama]
    [dv] = _validations_on(ws, _column(ws, "Tahun"), 2)
    assert (dv.type, dv.formula1, dv.formula2) == ("whole", "2025", "2029")


@pytest.mark.parametrize("lembar", c.SHEETS, ids=lambda lembar: lembar.nama)
def test_every_header_cell_has_a_note_explaining_it(wb: Workbook, lembar: c.Lembar) -> None:
    ws = wb[lembar.nama]
    kolom = {k.nama: k for k in c.columns_for(lembar, PERIODE)}
    for cell in ws[1]:
        assert cell.comment is not None, cell.coordinate
        assert cell.comment.text.strip()
        if cell.value in kolom:
            k = kolom[cell.value]
            assert k.keterangan in cell.comment.text
            assert ("Wajib diisi." in cell.comment.text) == k.wajib
        assert cell.font.bold


@pytest.mark.parametrize("lembar", c.SHEETS, ids=lambda lembar: lembar.nama)
def test_header_rows_are_frozen(wb: Workbook, lembar: c.Lembar) -> None:
    frozen = wb[lembar.nama].freeze_panes
    assert frozen is not None and frozen.endswith("2")


def test_code_columns_stay_in_view_while_scrolling_the_iku_sheets(wb: Workbook) -> None:
    assert wb[c.LEMBAR_IKU_PEMDA.nama].freeze_panes == "B2"  # Kode IKU
    assert wb[c.LEMBAR_IKU_PD.nama].freeze_panes == "C2"  # Kode PD, Kode IKU


@pytest.mark.parametrize("lembar", TABLE_SHEETS, ids=lambda lembar: lembar.nama)
def test_column_widths_wrap_and_text_format_follow_the_contract(wb: Workbook, lembar: c.Lembar) -> None:
    ws = wb[lembar.nama]
    for col, kolom in enumerate(c.columns_for(lembar, PERIODE), start=1):
        dim = ws.column_dimensions[get_column_letter(col)]
        assert dim.width == kolom.lebar, kolom.nama
        assert dim.alignment.wrap_text, kolom.nama
        if kolom.jenis is c.Jenis.KODE:
            assert dim.number_format == "@", kolom.nama


def test_target_columns_follow_the_period_given(tmp_path: Path) -> None:
    wb = load_workbook(write_blank_workbook(tmp_path / "x.xlsx", range(2027, 2030)))
    for lembar in (c.LEMBAR_IKU_PEMDA, c.LEMBAR_IKU_PD):
        targets = [h for h in _headers(wb[lembar.nama]) if h.startswith(c.TARGET_PREFIX)]
        assert targets == ["Target 2027", "Target 2028", "Target 2029"]
    assert "Target 2029" in _petunjuk_text(wb) and "Target 2026" not in _petunjuk_text(wb)


def test_two_writes_give_identical_bytes(tmp_path: Path) -> None:
    a = write_blank_workbook(tmp_path / "a.xlsx", PERIODE).read_bytes()
    b = write_blank_workbook(tmp_path / "b.xlsx", PERIODE).read_bytes()
    assert a == b


def test_the_write_replaces_an_existing_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"lama")
    write_blank_workbook(path, PERIODE)
    assert load_workbook(path).sheetnames[0] == c.PETUNJUK
    assert [p.name for p in tmp_path.iterdir()] == ["x.xlsx"]


def test_cli_template_command_writes_the_blank_workbook(tmp_path: Path) -> None:
    from iku_docs.cli import cli

    path = tmp_path / "kabupaten-x.xlsx"
    result = CliRunner().invoke(cli, ["template", str(path), "--periode", "2025-2029"])
    assert result.exit_code == 0, result.output
    wb = load_workbook(path)
    assert "Target 2029" in _headers(wb[c.LEMBAR_IKU_PEMDA.nama])


def test_append_rows_writes_by_header_and_keeps_codes_as_text() -> None:
    wb = build_blank_workbook(PERIODE)
    ws = wb[c.LEMBAR_PD.nama]
    append_rows(ws, [{c.KODE_PD: "DINKES", "NIP": "197205142002122003", "Fungsi": "Satu;\nDua;"},
                     {c.KODE_PD: "01"}])
    kode, nip = _column(ws, c.KODE_PD), _column(ws, "NIP")
    assert [ws.cell(row=r, column=kode).value for r in (2, 3)] == ["DINKES", "01"]
    assert ws.cell(row=2, column=nip).number_format == "@"
    assert ws.cell(row=2, column=_column(ws, "Fungsi")).alignment.wrap_text
    assert ws.row_dimensions[2].height >= 30  # two lines of Fungsi stay visible
    with pytest.raises(KeyError):
        append_rows(ws, [{"Kode Perangkat": "X"}])


def test_fill_isian_writes_the_nilai_of_named_rows_only() -> None:
    wb = build_blank_workbook(PERIODE)
    ws = wb[c.LEMBAR_IDENTITAS.nama]
    fill_isian(ws, {"Nama Daerah": "Sukamaju"})
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == "Nama Daerah")
    assert ws.cell(row=row, column=column_index_from_string("B")).value == "Sukamaju"
    with pytest.raises(KeyError):
        fill_isian(ws, {"Nama Bupati": "X"})
