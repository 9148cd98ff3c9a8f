"""The shape rules (``validate/rules/bentuk.py``): catalog examples, morphology, rewrites, and rates on real text.

The rates test runs the whole registry over the labelled real indicators of ``tests/data/indikator_nyata.py``
and prints caught / false-alarm shares for the tuning part and the held-out part. The bar (README, "Seberapa
andal aturan mutu?"): on the held-out part at least 90% of the bad indicators caught and at most 5% false
alarms. Run with ``pytest tests/validate/test_rules_bentuk.py -s`` to see the figures.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from iku_docs.model import Asal, Pemda
from iku_docs.validate.rules import bentuk, run_rules, wording
from iku_docs.workbook import contract as c
from tests.data.indikator_berlabel import BAIK, BAIK_UJI, BURUK, BURUK_UJI
from tests.data.indikator_nyata import SETEL, UJI, Indikator
from tests.factories import iku_pd, iku_pemda, make_pemda
from tests.validate.test_rules_quality import Ukuran, _model_dengan

BAR_TANGKAP_UJI = 0.90
BAR_ALARM_UJI = 0.05
_MENILAI = {a.kode for a in wording.ATURAN} | bentuk.MENILAI_NAMA


def _satu(nama: str, *, pemda: bool = False, sasaran: str | None = None) -> Pemda:
    """make_pemda() with one extra indicator, on the IKU Pemda sheet or in the first PD."""
    base = make_pemda()
    if pemda:
        iku = iku_pemda("IKU-99", nama, **({"sasaran": sasaran} if sasaran else {}))
        return replace(base, iku=(*base.iku, replace(iku, asal=Asal(c.LEMBAR_IKU_PEMDA.nama, 99,
                                                                        {c.KOLOM_INDIKATOR: "E"}))))
    pd = base.perangkat_daerah[0]
    iku = iku_pd(pd.kode, "UJI-99", nama, mendukung=None, cascading="Unique",
                 **({"sasaran": sasaran} if sasaran else {}))
    iku = replace(iku, asal=Asal(c.LEMBAR_IKU_PD.nama, 99, {c.KOLOM_INDIKATOR: "D"}))
    return replace(base, perangkat_daerah=(replace(pd, iku=(*pd.iku, iku)), *base.perangkat_daerah[1:]))


def _kode_pada(model: Pemda, baris: int = 99) -> set[str]:
    return {t.kode for t in run_rules(model) if t.baris == baris}


@pytest.mark.parametrize(("kata", "imbuhan"), [
    ("pembinaan", bentuk.Imbuhan.PE_AN), ("penerapan", bentuk.Imbuhan.PE_AN),
    ("ketersediaan", bentuk.Imbuhan.KE_AN), ("ketepatan", bentuk.Imbuhan.KE_AN),
    ("mengimplementasikan", bentuk.Imbuhan.ME), ("normalisasi", bentuk.Imbuhan.ISASI),
    ("fasilitasi", bentuk.Imbuhan.SERAPAN), ("operasi", bentuk.Imbuhan.SERAPAN),
    ("bersihnya", bentuk.Imbuhan.DASAR_NYA), ("diterapkannya", bentuk.Imbuhan.PASIF_NYA),
    ("terkelolanya", bentuk.Imbuhan.TER_NYA), ("kualitas", bentuk.Imbuhan.LAIN),
])
def test_affix_shapes_come_from_the_stemmer(kata, imbuhan):
    assert bentuk.imbuhan(kata) is imbuhan


@pytest.mark.parametrize(("nama", "jenis", "usulan"), [
    ("Normalisasi saluran drainase", bentuk.Jenis.AKTIVITAS,
     "'Persentase panjang saluran drainase dalam kondisi baik'"),
    ("Operasi pasar murah", bentuk.Jenis.AKTIVITAS, "'Persentase pasar murah yang memenuhi standar setelah operasi'"),
    ("Semakin bersihnya sungai", bentuk.Jenis.KEADAAN, "'Persentase sungai yang bersih'"),
    ("Bersihnya lingkungan permukiman", bentuk.Jenis.KEADAAN, "'Persentase lingkungan permukiman yang bersih'"),
    ("Ketersediaan ruang terbuka hijau", bentuk.Jenis.KEADAAN, "'Persentase ruang terbuka hijau yang tersedia'"),
    ("Mengimplementasikan sistem akuntansi", bentuk.Jenis.KATA_KERJA,
     "'Persentase sistem akuntansi yang diimplementasikan'"),
    ("Kas titipan", bentuk.Jenis.BENDA, "'Jumlah kas titipan'"),
    ("Kematian akibat kecelakaan lalu lintas", bentuk.Jenis.BENDA,
     "'Angka kematian akibat kecelakaan lalu lintas per 100.000 penduduk'"),
])
def test_a_name_without_a_measure_is_read_by_its_shape_and_rewritten_from_its_own_words(nama, jenis, usulan):
    b = bentuk.baca(nama)
    assert b is not None and b.jenis is jenis
    assert usulan in b.usulan


@pytest.mark.parametrize("nama", [
    "Kemampuan Literasi siswa SD", "Partisipasi angkatan kerja perempuan", "TPAK perempuan",
    "Usia Harapan Hidup", "Kejadian malaria per 1.000 penduduk", "Konsumsi listrik per kapita",
    "Pengeluaran untuk layanan pokok sebagai persentase dari total belanja", "Rata Rata Lama Sekolah",
])
def test_well_known_indicators_and_rates_are_measures(nama):
    assert bentuk.baca(nama) is None
    assert wording.klasifikasi(nama) is None


def test_a_misspelt_measure_word_gets_a_saran_with_the_corrected_name():
    found = [t for t in run_rules(_satu("Prosentase komite SD aktif")) if t.kode == "SMART-EJAAN-UKURAN"]
    assert [(t.baris, t.tingkat.value) for t in found] == [(99, "saran")]
    assert "'Persentase komite SD aktif'" in found[0].saran and "KBBI" in found[0].pesan
    assert bentuk.ejaan_ukuran("Persesntase desa tangguh bencana")[1] == "Persentase desa tangguh bencana"
    assert bentuk.ejaan_ukuran("Persentase desa tangguh bencana") is None


def test_a_doubled_word_and_an_unhyphenated_reduplication_get_the_corrected_text():
    assert bentuk.ejaan_teks("Jumlah jumlah kunjungan wisatawan")[1] == "Jumlah kunjungan wisatawan"
    assert bentuk.ejaan_teks("Rata rata lama sekolah")[1] == "Rata-rata lama sekolah"
    assert bentuk.ejaan_teks("Indeks Produktifitas hasil pertanian")[1] == "Indeks Produktivitas hasil pertanian"
    assert bentuk.ejaan_teks("Angka Partisipasi Kasar SD") is None


@pytest.mark.parametrize(("nama", "n"), [
    ("(a) Angka Kematian Balita (AKBa); (b) Angka Kematian Bayi (AKB) per 1000 kelahiran hidup", 2),
    ("Rasio APM pada tingkat SD, dan (ii) Rasio APK pada tingkat SMP", 2),
    ("Persentase jalan mantap\nPersentase jembatan dalam kondisi baik\nJumlah desa terhubung", 3),
    ("Persentase jalan mantap. Persentase jembatan dalam kondisi baik.", 2),
])
def test_a_cell_with_several_indicators_asks_for_one_per_row(nama, n):
    parts = bentuk.beberapa_indikator(nama)
    assert parts is not None and len(parts) == n
    found = [t for t in run_rules(_satu(nama)) if t.kode == "SMART-SATU-INDIKATOR"]
    assert len(found) == 1 and "barisnya sendiri" in found[0].saran


@pytest.mark.parametrize("nama", [
    "Proporsi sekolah dengan akses ke: (a) listrik (b) internet",
    "Proporsi perempuan yang proses melahirkan terakhirnya (a) ditolong tenaga kesehatan; (b) di fasilitas kesehatan",
    "Persentase rumah tangga dengan akses air minum layak",
])
def test_a_disaggregated_indicator_is_one_indicator(nama):
    assert bentuk.beberapa_indikator(nama) is None


def test_a_pemda_iku_counting_outputs_gets_a_saran_but_the_same_pd_iku_does_not():
    nama = "Jumlah gedung TK yang diperbaiki"
    pemda = [t for t in run_rules(_satu(nama, pemda=True)) if t.kode == "SMART-LEVEL-OUTPUT"]
    assert [(t.lembar, t.tingkat.value, t.kriteria) for t in pemda] == [(c.LEMBAR_IKU_PEMDA.nama, "saran", "Relevan")]
    assert "'Persentase gedung TK dalam kondisi baik'" in pemda[0].saran
    assert "SMART-LEVEL-OUTPUT" not in _kode_pada(_satu(nama))


def test_seed_004_irrigation_and_fertiliser_are_not_relevant_to_food_availability():
    sasaran = "Meningkatnya ketersediaan pangan"
    for nama in ("Panjang jaringan irigasi yang dibangun", "Jumlah pupuk yang disalurkan"):
        found = [t for t in run_rules(_satu(nama, sasaran=sasaran)) if t.kode == "SMART-RELEVANSI"]
        assert len(found) == 1 and found[0].tingkat.value == "saran", nama
        assert "Skor Pola Pangan Harapan" in found[0].saran
    assert "SMART-RELEVANSI" not in _kode_pada(_satu("Skor Pola Pangan Harapan", sasaran=sasaran))


def test_an_indicator_supporting_a_pemda_iku_of_its_sector_is_relevant():
    base = make_pemda()  # PD-KES-01 'Persentase balita gizi buruk yang ditangani' supports a health IKU
    assert [t for t in run_rules(base) if t.kode == "SMART-RELEVANSI"] == []


def test_a_process_measure_names_what_is_measured_and_a_result_rewrite():
    u = bentuk.ukuran_proses("Persentase pembinaan kelompok industri")
    assert u is not None and u.pemicu == "pembinaan" and "kelompok industri" in u.usulan
    assert bentuk.ukuran_proses("Jumlah peserta yang mengikuti sosialisasi").apa == "kehadiran atau keikutsertaan"
    for nama in ("Persentase penanganan pengaduan yang ditindaklanjuti tepat waktu",
                 "Proporsi pengambilan air tanah terhadap ketersediaannya", "Persentase penurunan kejadian konflik",
                 "Persentase persalinan di fasilitas pelayanan kesehatan"):
        assert bentuk.ukuran_proses(nama) is None, nama


# --- Rates on real text --------------------------------------------------------------------------------------


def ukur(data: tuple[Indikator, ...]) -> Ukuran:
    """Flagged shares through ``run_rules``, counting the rules that judge whether a name is an indicator."""
    baik = [i.nama for i in data if i.baik]
    buruk = [i.nama for i in data if not i.baik]
    semua = baik + buruk
    rows = {t.baris for t in run_rules(_model_dengan(semua)) if t.kode in _MENILAI and t.kolom == c.KOLOM_INDIKATOR}
    flagged = {semua[r - 2] for r in rows}
    return Ukuran(
        tertangkap=sum(n in flagged for n in buruk), buruk=len(buruk),
        alarm_palsu=sum(n in flagged for n in baik), baik=len(baik),
        terlewat=tuple(n for n in buruk if n not in flagged), salah_alarm=tuple(n for n in baik if n in flagged))


def test_on_real_published_indicators_the_rules_catch_nine_in_ten_with_at_most_one_false_alarm_in_twenty():
    setel, uji = ukur(SETEL), ukur(UJI)
    for judul, u in (("Indikator nyata, bagian penyetelan", setel), ("Indikator nyata, bagian uji", uji)):
        print(u.teks(judul))
        print("  terlewat:", [n[:70] for n in u.terlewat])
        print("  alarm palsu:", [n[:70] for n in u.salah_alarm])
    assert uji.tangkap >= BAR_TANGKAP_UJI, uji.terlewat
    assert uji.alarm <= BAR_ALARM_UJI, uji.salah_alarm
    assert setel.tangkap >= BAR_TANGKAP_UJI and setel.alarm <= BAR_ALARM_UJI


def test_the_shape_rules_keep_the_earlier_labelled_set_clean():
    baik = tuple(Indikator(n, True, "", "") for n, _ in BAIK + BAIK_UJI)
    buruk = tuple(Indikator(n, False, "", "") for n, *_ in BURUK + BURUK_UJI)
    u = ukur(baik + buruk)
    print(u.teks("Set berlabel lama, dengan aturan bentuk"))
    assert u.tangkap >= 0.97 and u.alarm <= 0.01, (u.terlewat, u.salah_alarm)


def test_the_real_corpus_is_large_labelled_and_sourced():
    assert len(SETEL) + len(UJI) >= 300 and len(UJI) >= 150
    assert all(i.sumber and i.alasan for i in SETEL + UJI)
    assert {i.nama for i in SETEL}.isdisjoint({i.nama for i in UJI})
    assert sum(not i.baik for i in UJI) >= 40


def test_a_finding_on_a_name_in_a_row_of_its_own_is_one_per_name():
    """One name gets one shape reading: the shape rule stays silent where a wording rule already spoke."""
    model = _satu("Terlaksananya normalisasi sungai")
    kode = _kode_pada(model)
    assert "SMART-AKTIVITAS" in kode and "SMART-BENTUK-TANPA-UKURAN" not in kode




