"""Capaian arithmetic, table-driven: published LKjIP figures reproduced by hand, every edge case, predikat bands."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iku_docs.capaian import (
    Status,
    bulat,
    capaian_program,
    compute_capaian,
    compute_efisiensi,
    compute_progres,
    compute_riwayat,
    hitung,
    metode_for,
    pilih_skala,
    predikat_for,
    rata_rata,
    serapan,
    skala_bawaan,
)
from iku_docs.model import Pengaturan, Predikat, Realisasi
from tests.factories import PREDIKAT, iku_pemda, make_pemda

# (target, realisasi, metode, expected capaian %) — each figure checked by hand:
# AKB 7 vs 6,8: (14 − 6,8) ÷ 7 = 1,028571 → 102,86; 7 ÷ 6,8 = 1,029412 → 102,94.
NUMERIC_CASES = [
    ("AKB target 7 realisasi 6,8 with (2T-R)/T", D(7), D("6.8"), "(2T-R)/T", D("102.86")),
    ("AKB target 7 realisasi 6,8 with T/R", D(7), D("6.8"), "T/R", D("102.94")),
    ("Maksimal target 90 realisasi 85", D(90), D(85), "R/T", D("94.44")),
    ("Maksimal target exceeded", D(80), D(100), "R/T", D("125.00")),
    ("Maksimal exact", D("82.5"), D("82.5"), "R/T", D("100.00")),
    ("kemiskinan 10,5 realisasi 11 with (2T-R)/T", D("10.5"), D(11), "(2T-R)/T", D("95.24")),
    ("kemiskinan 10,5 realisasi 11 with T/R", D("10.5"), D(11), "T/R", D("95.45")),
    ("rounding half up at the third decimal", D(3), D(2), "R/T", D("66.67")),
    ("(2T-R)/T floored at 0 when realisasi above twice the target", D(5), D(12), "(2T-R)/T", D("0.00")),
    ("(2T-R)/T exactly twice the target gives 0", D(5), D(10), "(2T-R)/T", D("0.00")),
    ("T/R is not floored", D(5), D(12), "T/R", D("41.67")),
    ("Maksimal realisasi 0 gives 0", D(90), D(0), "R/T", D("0.00")),
    ("minimal realisasi 0 with (2T-R)/T gives 200", D(7), D(0), "(2T-R)/T", D("200.00")),
    ("both 0 with R/T is met", D(0), D(0), "R/T", D("100.00")),
    ("both 0 with T/R is met", D(0), D(0), "T/R", D("100.00")),
    ("both 0 with (2T-R)/T is met", D(0), D(0), "(2T-R)/T", D("100.00")),
]

# Ratios that divide by zero (andhika201/E-Sakip "7 dari 0 bukan 100%", e-sakip-bna: target 0 → no value):
# left out by default, scored with the bounded values under Pengaturan "Capaian Tak Terdefinisi: Batas".
UNDEFINED_CASES = [
    ("Maksimal target 0 realisasi above", D(0), D(3), "R/T", D("100.00")),
    ("minimal target 0 missed with T/R", D(0), D(2), "T/R", D("0.00")),
    ("minimal target 0 missed with (2T-R)/T", D(0), D(2), "(2T-R)/T", D("0.00")),
    ("minimal realisasi 0 with T/R", D(7), D(0), "T/R", D("200.00")),
]


@pytest.mark.parametrize(("case", "target", "realisasi", "metode", "expected"), NUMERIC_CASES,
                         ids=[c[0] for c in NUMERIC_CASES])
def test_numeric_capaian_matches_the_hand_computed_figure(case, target, realisasi, metode, expected):
    c = hitung(target, realisasi, metode)
    assert c.status is Status.DIHITUNG
    assert c.nilai == expected
    assert c.metode == metode


@pytest.mark.parametrize(("target", "realisasi", "note"), [
    (D(0), D(0), "tercapai tepat"),
    (D(0), D(3), "Target 0"),
    (D(7), D(0), None),
    (D(5), D(12), "dibatasi 0"),
])
def test_edge_cases_carry_an_indonesian_note(target, realisasi, note):
    c = hitung(target, realisasi, "(2T-R)/T")
    if note is None:
        assert c.keterangan == ""
    else:
        assert note in c.keterangan


def test_t_over_r_with_realisasi_zero_explains_the_fallback_under_the_bounded_setting():
    assert "T/R tidak terdefinisi" in hitung(D(7), D(0), "T/R", tak_terdefinisi="Batas").keterangan


@pytest.mark.parametrize(("target", "realisasi", "status"), [
    (D(90), None, Status.BELUM_DILAPORKAN),
    ("WTP", None, Status.BELUM_DILAPORKAN),
    (D(90), "  ", Status.BELUM_DILAPORKAN),
    (None, D(85), Status.TANPA_TARGET),
    (D(-2), D(1), Status.TIDAK_DAPAT_DIHITUNG),
    (D(5), D(-1), Status.TIDAK_DAPAT_DIHITUNG),
    ("WTP", D(1), Status.TIDAK_DAPAT_DIHITUNG),
    ("WTP", "BB", Status.TIDAK_DAPAT_DIHITUNG),
    ("Baik", "Cukup", Status.TIDAK_DAPAT_DIHITUNG),
])
def test_uncomputable_capaian_has_no_value_and_no_predikat(target, realisasi, status):
    c = hitung(target, realisasi, "R/T", skala_predikat=PREDIKAT)
    assert (c.status, c.nilai, c.predikat) == (status, None, None)
    assert c.keterangan


def test_missing_realisasi_is_not_zero():
    belum = hitung(D(90), None, "R/T", skala_predikat=PREDIKAT)
    nol = hitung(D(90), D(0), "R/T", skala_predikat=PREDIKAT)
    assert belum.nilai is None and belum.status is Status.BELUM_DILAPORKAN
    assert nol.nilai == D(0) and nol.predikat == "Sangat Rendah"


QUALITATIVE_CASES = [
    ("WTP", "WTP", "", "Skala Opini BPK", D(100)),
    ("WTP", "WDP", "", "Skala Opini BPK", D(75)),
    ("WTP", "TW", "", "Skala Opini BPK", D(50)),
    ("WTP", "TMP", "", "Skala Opini BPK", D(25)),
    ("WDP", "WTP", "", "Skala Opini BPK", D(100)),  # above the target level is capped at 100
    ("wtp", " wdp ", "", "Skala Opini BPK", D(75)),  # case and spaces forgiven
    ("BB", "B", "", "Skala SAKIP", D(80)),  # BB=5, B=4 on 7 levels
    ("A", "BB", "Nilai SAKIP", "Skala SAKIP", D("83.33")),  # A=6, BB=5
    ("A", "B", "Nilai SAKIP", "Skala SAKIP", D("66.67")),  # A=6, B=4
    ("A", "B", "Nilai akreditasi", "Skala Huruf", D(80)),  # A=5, B=4: A–D alone fit the shorter letter scale
    ("AA", "D", "", "Skala SAKIP", D("14.29")),
]


@pytest.mark.parametrize(("target", "realisasi", "petunjuk", "metode", "expected"), QUALITATIVE_CASES)
def test_qualitative_levels_are_scored_on_their_ordered_scale(target, realisasi, petunjuk, metode, expected):
    c = hitung(target, realisasi, "R/T", petunjuk=petunjuk)
    assert (c.metode, c.nilai) == (metode, expected.quantize(D("0.01")))


def test_wdp_against_wtp_scores_lower_than_wtp_against_wtp():
    assert hitung("WTP", "WDP", "R/T").nilai < hitung("WTP", "WTP", "R/T").nilai


def test_scale_is_chosen_from_all_levels_of_the_indicator():
    # E only exists on the letter scale, BB only on SAKIP.
    assert pilih_skala(["A", "B", "E"]) == "Huruf"
    assert pilih_skala(["A", "B", "BB"]) == "SAKIP"
    assert pilih_skala(["A", "B"], "Predikat SAKIP Kabupaten") == "SAKIP"
    assert pilih_skala(["WTP", "BB"]) is None


@pytest.mark.parametrize(("nilai", "label"), [
    (D("91.00"), "Sangat Tinggi"),
    (D("90.99"), "Tinggi"),
    (D("150"), "Sangat Tinggi"),
    (D("76"), "Tinggi"),
    (D("75.99"), "Sedang"),
    (D("66"), "Sedang"),
    (D("65.99"), "Rendah"),
    (D("51"), "Rendah"),
    (D("50.99"), "Sangat Rendah"),
    (D("0"), "Sangat Rendah"),
])
def test_predikat_band_boundaries_of_the_default_scale(nilai, label):
    assert predikat_for(nilai) == label
    assert predikat_for(nilai, PREDIKAT) == label


def test_predikat_uses_the_rounded_printed_value():
    # 90,996 is printed 91,00 and must not be labelled with the band below 91.
    c = hitung(D(100), D("90.996"), "R/T")
    assert (c.nilai, c.predikat) == (D("91.00"), "Sangat Tinggi")


def test_predikat_follows_a_workbook_scale_in_any_order_and_the_lowest_band_catches_the_rest():
    skala = (Predikat(D(51), "Kurang"), Predikat(D(85), "Baik"))
    assert predikat_for(D(90), skala) == "Baik"
    assert predikat_for(D(60), skala) == "Kurang"
    assert predikat_for(D(30), skala) == "Kurang"
    assert predikat_for(None, skala) is None


def test_default_scale_is_the_documented_five_bands():
    assert [(p.batas_bawah, p.label) for p in skala_bawaan()] == [
        (D(91), "Sangat Tinggi"), (D(76), "Tinggi"), (D(66), "Sedang"), (D(51), "Rendah"), (D(0), "Sangat Rendah")]
    assert predikat_for(D("90.5"), (Predikat(D(80), "Baik"), Predikat(D("90.5"), "Istimewa"))) == "Istimewa"


@pytest.mark.parametrize(("polaritas", "metode_iku", "metode_pengaturan", "expected"), [
    ("Maksimal", None, "(2T-R)/T", "R/T"),
    ("Minimal", None, "(2T-R)/T", "(2T-R)/T"),
    ("Minimal", None, "T/R", "T/R"),
    ("Minimal", "T/R", "(2T-R)/T", "T/R"),
    ("Maksimal", "(2T-R)/T", "T/R", "(2T-R)/T"),  # an explicit per-indicator choice always wins
])
def test_method_comes_from_the_indicator_else_from_pengaturan(polaritas, metode_iku, metode_pengaturan, expected):
    iku = iku_pemda("X", "Angka X", polaritas=polaritas, metode=metode_iku)
    assert metode_for(iku, Pengaturan(metode_capaian_negatif=metode_pengaturan)) == expected


def test_compute_capaian_uses_the_target_and_realisasi_of_the_year():
    model = make_pemda()
    akb = next(i for i in model.iku if i.kode == "IKU-02")
    c = compute_capaian(akb, 2026, model.pengaturan)
    assert (c.target, c.realisasi, c.nilai, c.metode, c.predikat) == (
        D(7), D("6.8"), D("102.86"), "(2T-R)/T", "Sangat Tinggi")
    negatif_t_r = replace(model.pengaturan, metode_capaian_negatif="T/R")
    assert compute_capaian(akb, 2026, negatif_t_r).nilai == D("102.94")


def test_compute_capaian_of_a_year_not_reported_is_belum_dilaporkan():
    model = make_pemda()
    apm = next(i for i in model.iku if i.kode == "IKU-03")
    assert compute_capaian(apm, 2026, model.pengaturan).status is Status.BELUM_DILAPORKAN
    assert compute_capaian(apm, 2025, model.pengaturan).nilai == D("98.78")  # 81 ÷ 82


def test_progress_compares_the_year_realisasi_with_the_end_of_period_target():
    model = make_pemda()
    akb = next(i for i in model.iku if i.kode == "IKU-02")
    p = compute_progres(akb, 2026, 2029, model.pengaturan)
    # (2 × 5,5 − 6,8) ÷ 5,5 = 0,763636 → 76,36
    assert (p.target, p.realisasi, p.nilai) == (D("5.5"), D("6.8"), D("76.36"))


def test_riwayat_lists_each_year_with_its_capaian():
    model = make_pemda()
    stunting = model.iku[0]
    riwayat = compute_riwayat(stunting, range(2025, 2027), model.pengaturan)
    # 83 ÷ 82 = 101,22; 85 ÷ 84 = 101,19
    assert [(t, c.nilai) for t, c in riwayat] == [(2025, D("101.22")), (2026, D("101.19"))]


def test_qualitative_indicator_in_the_model_is_scored_on_the_bpk_scale():
    model = make_pemda()
    opini_pd = model.pd("INSP").iku[0]
    c = compute_capaian(opini_pd, 2026, model.pengaturan)
    assert (c.metode, c.nilai, c.predikat) == ("Skala Opini BPK", D("75.00"), "Sedang")


def test_realisasi_replaced_by_a_scale_level_of_another_scale_is_not_computed():
    model = make_pemda()
    opini = model.iku[4]
    odd = replace(opini, realisasi={2026: Realisasi(2026, "BB")})
    assert compute_capaian(odd, 2026, model.pengaturan).status is Status.TIDAK_DAPAT_DIHITUNG


@pytest.mark.parametrize(("case", "target", "realisasi", "metode", "bounded"), UNDEFINED_CASES,
                         ids=[c[0] for c in UNDEFINED_CASES])
def test_an_undefined_ratio_is_not_computed_and_says_why(case, target, realisasi, metode, bounded):
    c = hitung(target, realisasi, metode)
    assert (c.status, c.nilai, c.predikat) == (Status.TIDAK_TERDEFINISI, None, None)
    assert "membagi dengan 0" in c.keterangan and "tidak terdefinisi" in c.keterangan
    assert rata_rata([c, hitung(D(90), D(90), "R/T")]) == D("100.00")  # left out of the mean


@pytest.mark.parametrize(("case", "target", "realisasi", "metode", "bounded"), UNDEFINED_CASES,
                         ids=[c[0] for c in UNDEFINED_CASES])
def test_the_bounded_setting_scores_undefined_ratios_as_some_pemda_do(case, target, realisasi, metode, bounded):
    c = hitung(target, realisasi, metode, tak_terdefinisi="Batas")
    assert (c.status, c.nilai) == (Status.DIHITUNG, bounded)


@pytest.mark.parametrize(("value", "expected"), [
    (D("1e26"), D("1e26")), (D("1e308"), D("1e308")), (D("-1e300"), D("-1e300")), (D("1e-300"), D("0.00")),
    (D("123456789012345678901234567.891"), D("123456789012345678901234567.89")), (D("2.675"), D("2.68")),
])
def test_rounding_holds_any_finite_number(value, expected):
    assert bulat(value) == expected


@pytest.mark.parametrize(("target", "realisasi"), [(D("1e26"), D("1e308")), (D("1e-300"), D(5)), (D(5), D("1e-300")),
                                                   (D("1e300"), D("1e-300"))])
def test_capaian_of_extreme_but_finite_numbers_does_not_fail(target, realisasi):
    for metode in ("R/T", "T/R", "(2T-R)/T"):
        c = hitung(target, realisasi, metode)
        assert c.status is Status.DIHITUNG and c.nilai is not None and c.nilai.is_finite()


# Efficiency: capaian kinerja − serapan in percentage points, judged with a ±band (e-sakip-bna: ±5 points).
@pytest.mark.parametrize(("anggaran", "realisasi", "kinerja", "serap", "efisiensi", "kategori"), [
    (D(12_500_000_000), D(11_800_000_000), D("101.22"), D("94.40"), D("6.82"), "Efisien"),
    (D(1_000), D(1_000), D(100), D(100), D(0), "Cukup Efisien"),
    (D(1_000), D(950), D(100), D(95), D(5), "Cukup Efisien"),
    (D(1_000), D(1_000), D(95), D(100), D(-5), "Cukup Efisien"),
    (D(1_000), D(1_000), D("94.99"), D(100), D("-5.01"), "Kurang Efisien"),
    (D(1_000), D(990), D(80), D(99), D(-19), "Kurang Efisien"),
    (D(1_000), None, D(80), None, None, None),
    (D(0), D(0), D(80), None, None, None),
    (D(1_000), D(500), None, D(50), None, None),
])
def test_serapan_and_efisiensi(anggaran, realisasi, kinerja, serap, efisiensi, kategori):
    e = compute_efisiensi(anggaran, realisasi, kinerja)
    assert (e.serapan, e.nilai, e.kategori) == (serap, efisiensi, kategori)
    assert serapan(anggaran, realisasi) == serap


def test_rata_rata_leaves_out_indicators_without_a_capaian():
    cs = [hitung(D(90), D(85), "R/T"), hitung(D(7), D("6.8"), "(2T-R)/T"), hitung(D(90), None, "R/T")]
    assert rata_rata(cs) == D("98.65")  # (94,44 + 102,86) ÷ 2
    assert rata_rata([hitung(D(90), None, "R/T")]) is None


_pos = st.decimals(min_value=D("0.01"), max_value=D(10_000), places=2, allow_nan=False, allow_infinity=False)


@given(target=_pos, realisasi=_pos)
def test_lower_is_better_methods_never_go_below_zero_and_agree_on_meeting_the_target(target, realisasi):
    for metode in ("T/R", "(2T-R)/T"):
        c = hitung(target, realisasi, metode)
        assert c.nilai is not None and c.nilai >= 0
        assert (c.nilai >= 100) == (realisasi <= target) or c.nilai == D("100.00")


@given(target=_pos, a=_pos, b=_pos)
def test_r_over_t_is_monotone_in_realisasi(target, a, b):
    lo, hi = sorted((a, b))
    assert hitung(target, lo, "R/T").nilai <= hitung(target, hi, "R/T").nilai


def test_the_efficiency_band_is_a_setting():
    assert compute_efisiensi(D(1_000), D(1_000), D(108), toleransi=D(10)).kategori == "Cukup Efisien"
    assert compute_efisiensi(D(1_000), D(1_000), D(108), toleransi=D(0)).kategori == "Efisien"
    assert compute_efisiensi(D(1_000), D(1_000), D(100), toleransi=D(0)).kategori == "Cukup Efisien"


def test_a_program_scores_the_mean_of_the_indicators_it_serves():
    capaian = {"IKU-01": hitung(D(90), D(85), "R/T"), "IKU-02": hitung(D(7), D("6.8"), "(2T-R)/T"),
               "IKU-03": hitung(D(90), None, "R/T"), "IKU-04": hitung(D(0), D(3), "R/T")}
    assert capaian_program(["IKU-01", "IKU-02"], capaian) == D("98.65")  # (94,44 + 102,86) ÷ 2
    assert capaian_program(["IKU-01", "IKU-01"], capaian) == D("94.44")  # a code listed twice counts once
    assert capaian_program(["IKU-01", "IKU-03", "IKU-04"], capaian) == D("94.44")  # not reported / undefined: out
    assert capaian_program(["IKU-03"], capaian) is None
    assert capaian_program([], capaian) is None
    assert capaian_program(["IKU-99"], capaian) is None
