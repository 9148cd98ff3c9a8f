"""values.py: the only place cell values are parsed (table-driven)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iku_docs.errors import IkuDocsError
from iku_docs.workbook import contract as c
from iku_docs.workbook import values


@pytest.mark.parametrize(("raw", "persen", "expected"), [
    ("6,5", False, D("6.5")),
    ("1.250.000", False, D(1250000)),
    ("1.250", False, D(1250)),  # Indonesian thousands, never 1.25
    ("1.250.000,75", False, D("1250000.75")),
    ("1,250.5", False, D("1250.5")),
    ("1,250,000", False, D(1250000)),
    ("6.5", False, D("6.5")),  # one dot, not three digits after it: a decimal point
    ("93%", False, D(93)),
    ("93,5 %", False, D("93.5")),
    (0.93, True, D(93)),  # Excel stores 93% as 0.93
    (93, False, D(93)),
    (0.1 + 0.2, False, D("0.3")),  # 15 significant digits like Excel
    (1250000.0, False, D(1250000)),
    ("\u00a0 7,25\u00a0", False, D("7.25")),
    ("-3,2", False, D("-3.2")),
    ("0,125", False, D("0.125")),
])
def test_angka_reads_numbers_as_staff_type_them(raw, persen, expected):
    result = values.angka(raw, persen)
    assert result == expected
    assert isinstance(result, D)


@pytest.mark.parametrize(("raw", "kode"), [
    ("abc", "STRUK-ANGKA"),
    ("1.2.3", "STRUK-ANGKA"),
    ("12,5,5", "STRUK-ANGKA"),
    ("#DIV/0!", "STRUK-GALAT-EXCEL"),
    (True, "STRUK-ANGKA"),
    (datetime(2026, 1, 1), "STRUK-ANGKA"),
    (float("nan"), "STRUK-ANGKA"),
])
def test_angka_failures_carry_a_code_and_a_suggestion(raw, kode):
    with pytest.raises(values.NilaiTidakSah) as info:
        values.angka(raw)
    assert info.value.kode == kode
    assert info.value.saran


@pytest.mark.parametrize(("raw", "ambiguous"), [
    ("1.250", True),
    ("1,250", True),
    ("1.250.000", False),
    ("6,5", False),
    ("0,125", False),
    (1250, False),
])
def test_keraguan_flags_the_two_readings_of_one_separator_and_three_digits(raw, ambiguous):
    assert (values.keraguan(raw) is not None) is ambiguous


@pytest.mark.parametrize(("raw", "expected"), [
    ("Rp 1.250.000.000", D(1250000000)),
    ("Rp1.250.000,00", D(1250000)),
    ("Rp. 1.250", D(1250)),
    ("IDR 2.000.000", D(2000000)),
    (12500000000, D(12500000000)),
    ("1250000000", D(1250000000)),
])
def test_uang_reads_rupiah(raw, expected):
    assert values.uang(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [(2026, 2026), (2026.0, 2026), (" 2026 ", 2026), ("2026", 2026)])
def test_tahun_reads_four_digit_years(raw, expected):
    assert values.tahun(raw) == expected


@pytest.mark.parametrize("raw", ["dua ribu", 26, 2026.5, "20266", True, 3000])
def test_tahun_rejects_what_is_not_a_year(raw):
    with pytest.raises(values.NilaiTidakSah) as info:
        values.tahun(raw)
    assert info.value.kode == "STRUK-TAHUN"


@pytest.mark.parametrize(("raw", "expected"), [
    (datetime(2026, 11, 24, 0, 0), date(2026, 11, 24)),
    (date(2026, 11, 24), date(2026, 11, 24)),
    (46350, date(2026, 11, 24)),  # Excel serial
    ("24 November 2026", date(2026, 11, 24)),
    ("24 Nopember 2026", date(2026, 11, 24)),
    ("2 Agt 2026", date(2026, 8, 2)),
    ("24-11-2026", date(2026, 11, 24)),
    ("24/11/2026", date(2026, 11, 24)),
    ("2026-11-24", date(2026, 11, 24)),
])
def test_tanggal_reads_date_cells_serials_and_text(raw, expected):
    assert values.tanggal(raw) == expected


@pytest.mark.parametrize("raw", ["31 Februari 2026", "besok", "2026-13-01", -5])
def test_tanggal_rejects_impossible_dates(raw):
    with pytest.raises(values.NilaiTidakSah) as info:
        values.tanggal(raw)
    assert info.value.kode == "STRUK-TANGGAL"


@pytest.mark.parametrize(("raw", "expected"), [
    ("WTP", "WTP"), ("wtp ", "WTP"), ("bb", "BB"), ("A", "A"), ("6,5", D("6.5")), (0.9, D("0.9")),
])
def test_nilai_is_a_number_or_a_qualitative_level(raw, expected):
    assert values.nilai(raw) == expected


def test_nilai_rejects_text_that_is_neither():
    with pytest.raises(values.NilaiTidakSah) as info:
        values.nilai("baik sekali")
    assert info.value.kode == "STRUK-NILAI"
    assert "WTP" in info.value.saran


@pytest.mark.parametrize(("raw", "expected"), [
    ("  Dinas   Kesehatan\u00a0", "Dinas Kesehatan"),
    ("Baris satu_x000D_\nbaris dua", "Baris satu baris dua"),
    ("a\r\nb", "a b"),
    (None, ""),
    (2026.0, "2026"),
])
def test_teks_cleans_spaces_escapes_and_line_breaks(raw, expected):
    assert values.teks(raw) == expected


def test_daftar_splits_one_item_per_line():
    assert values.daftar("Perumusan kebijakan;_x000D_\n\n  Pelaksanaan kebijakan; ") == (
        "Perumusan kebijakan;", "Pelaksanaan kebijakan;")


@pytest.mark.parametrize(("raw", "expected"), [("IKU-01", "IKU-01"), (" DINKES ", "DINKES"), (12, "12"),
                                               (12.0, "12"), ("196805121994031007", "196805121994031007")])
def test_kode_keeps_identifiers_as_written(raw, expected):
    assert values.kode(raw) == expected


def test_kode_reports_an_eighteen_digit_nip_typed_as_a_number():
    with pytest.raises(values.NilaiTidakSah) as info:
        values.kode(1.96805121994031e17)
    assert info.value.kode == "STRUK-NIP-ANGKA"


@pytest.mark.parametrize(("raw", "expected"), [
    ("kesehatan ", "Kesehatan"),
    ("Ketenteraman, Ketertiban Umum & Pelindungan Masyarakat", "Ketenteraman, Ketertiban Umum, dan Pelindungan "
     "Masyarakat"),
    ("Koperasi, Usaha Kecil dan Menengah", "Koperasi, Usaha Kecil, dan Menengah"),
    ("pekerjaan umum  DAN penataan ruang", "Pekerjaan Umum dan Penataan Ruang"),
    ("Kesehatn", None),
])
def test_pilihan_forgives_case_spacing_ampersand_and_comma(raw, expected):
    assert values.pilihan(raw, c.SEMUA_URUSAN) == expected


@pytest.mark.parametrize(("raw", "expected"), [("Kesehatn", "Kesehatan"), ("Pekerjaan Umum",
                                                                           "Pekerjaan Umum dan Penataan Ruang")])
def test_mirip_names_the_closest_option(raw, expected):
    assert values.mirip(raw, c.SEMUA_URUSAN) == expected


def test_skala_predikat_reads_bands_highest_first():
    assert values.skala_predikat("0:Sangat Rendah; 91:Sangat Tinggi; 76:Tinggi") == (
        (D(91), "Sangat Tinggi"), (D(76), "Tinggi"), (D(0), "Sangat Rendah"))


@pytest.mark.parametrize("raw", ["91 Sangat Tinggi", "91:Tinggi; 50:Rendah", "x:Tinggi; 0:Rendah"])
def test_skala_predikat_rejects_malformed_scales(raw):
    with pytest.raises(values.NilaiTidakSah) as info:
        values.skala_predikat(raw)
    assert info.value.kode == "STRUK-SKALA-PREDIKAT"


def test_coba_returns_the_failure_instead_of_raising():
    assert isinstance(values.coba(c.Jenis.ANGKA, "abc"), values.NilaiTidakSah)
    assert values.coba(c.Jenis.ANGKA, 1) == D(1)
    assert values.coba(c.Jenis.ANGKA, 1.0) == D(1)
    assert values.coba(c.Jenis.ANGKA, True) != D(1)  # typed cache: True is not the number 1


CELLS = st.one_of(st.none(), st.text(), st.integers(), st.floats(allow_nan=True), st.booleans(),
                  st.datetimes(), st.dates())


@given(raw=CELLS, jenis=st.sampled_from(list(c.Jenis)))
def test_parse_never_raises_anything_but_the_tools_own_error(raw, jenis):
    try:
        values.parse(jenis, raw)
    except IkuDocsError as exc:
        assert exc.pesan  # the tool's own error, with a message; anything else fails the test


@given(st.text())
def test_bersihkan_is_idempotent(text):
    once = values.bersihkan(text)
    assert values.bersihkan(once) == once


@given(st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False))
def test_a_number_written_the_indonesian_way_reads_back_exactly(number):
    sign = "-" if number < 0 else ""
    whole, _, frac = f"{abs(number):.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    assert values.angka(f"{sign}{grouped},{frac}") == number
