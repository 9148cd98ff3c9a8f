"""Targets over the RPJMD period: a baseline to compare with, a direction that follows the
polarity, steps that are plausible, and one target for every year of the period.

Seed 000 ("Dapat dibandingkan: ada baseline, target, dan perbandingan antar waktu"; "indikator
yang kurang realistis / terlalu ambisius") and seed 003 (estimating targets from past
performance and trend) are the reasoning behind these checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from iku_docs.findings import Temuan, Tingkat
from iku_docs.model import IKU, Nilai, Pemda
from iku_docs.validate.rules.base import Aturan, Kriteria, angka, kolom_target, nilai_teks, temuan
from iku_docs.workbook import contract as c

MAKSIMAL, MINIMAL = c.POLARITAS
PERSENTASE = "Persentase"

# Implausible jump between two consecutive values (baseline → first target, year → next year).
# Persentase: more than 25 percentage points in one step; other numbers: more than doubling or
# falling below half in one step. Chosen so that usual RPJMD trajectories (stunting 20 → 14 over
# five years, IKM 78 → 85, APM 90 → 95) pass while typing slips (8 → 80, 0,93 → 93) are caught.
LONJAKAN_POIN_PERSEN = Decimal(25)
LONJAKAN_KALI = Decimal(2)


def _urutan(iku: IKU) -> list[tuple[str, Nilai]]:
    """(header, value) of the baseline and each target in year order."""
    seq: list[tuple[str, Nilai]] = []
    if iku.baseline is not None:
        seq.append((c.KOLOM_BASELINE, iku.baseline))
    seq += [(kolom_target(t), iku.target[t]) for t in sorted(iku.target)]
    return seq


def _peringkat(nilai: Nilai) -> int | None:
    """Position of a qualitative level on its scale (0 = best); None if not a known level."""
    level = str(nilai).strip().upper()
    for skala in c.SKALA_KUALITATIF.values():
        if level in skala:
            return skala.index(level)
    return None


def _skor(iku: IKU, nilai: Nilai) -> Decimal | None:
    """A number where higher is better, so one comparison serves both polarities and scales."""
    if isinstance(nilai, str):
        rank = _peringkat(nilai)
        return None if rank is None else Decimal(-rank)
    return -nilai if iku.polaritas == MINIMAL else nilai


# --- Rules --------------------------------------------------------------------------------


def _tanpa_periode(model: Pemda) -> bool:
    """Periode Awal/Akhir left blank: reported as a structural galat, and the rows that parsed are still judged
    (validate_tables' partial model), so the rules that need the period must not fail on it."""
    return model.periode_awal is None or model.periode_akhir is None


def _baseline(model: Pemda) -> Iterator[Temuan]:
    awal = model.periode_awal
    tahun = "sebelum periode RPJMD" if awal is None else f"{awal - 1} (sebelum periode RPJMD)"
    for iku in model.all_iku():
        if iku.baseline is None:
            yield temuan(BASELINE_KOSONG, iku, c.KOLOM_BASELINE,
                         pesan=f"IKU {iku.kode} tidak punya baseline, sehingga target tidak dapat dibandingkan "
                               "dengan kondisi awal.",
                         saran=f"Isi capaian tahun {tahun} sebagai baseline.")


def _arah(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        seq = [(h, v, _skor(iku, v)) for h, v in _urutan(iku)]  # each score once, not once per pair
        for (h_prev, v_prev, s_prev), (h_next, v_next, s_next) in pairwise(seq):
            if s_prev is None or s_next is None or s_next >= s_prev:
                continue
            arah = "memburuk" if isinstance(v_next, str) else ("naik" if iku.polaritas == MINIMAL else "turun")
            makna = "semakin rendah semakin baik" if iku.polaritas == MINIMAL else "semakin tinggi semakin baik"
            yield temuan(ARAH_TARGET, iku, h_next,
                         pesan=f"{_nama_kolom(h_next).capitalize()} ({nilai_teks(v_next)}) {arah} dibanding "
                               f"{_nama_kolom(h_prev)} ({nilai_teks(v_prev)}), padahal polaritas indikator ini "
                               f"{iku.polaritas} ({makna}).",
                         saran="Periksa urutan target atau polaritasnya; bila target memang memburuk, jelaskan "
                               "alasannya di kolom Alasan.")


def _nama_kolom(header: str) -> str:
    return "baseline" if header == c.KOLOM_BASELINE else f"target {header.removeprefix(c.TARGET_PREFIX + ' ')}"


def _lonjakan(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        seq = [(h, angka(v)) for h, v in _urutan(iku)]
        for (h_prev, v_prev), (h_next, v_next) in pairwise(seq):
            if v_prev is None or v_next is None:
                continue
            alasan = _alasan_lonjakan(iku, v_prev, v_next)
            if alasan:
                yield temuan(LONJAKAN_TARGET, iku, h_next,
                             pesan=f"Dari {_nama_kolom(h_prev)} ({nilai_teks(v_prev)}) ke {_nama_kolom(h_next)} "
                                   f"({nilai_teks(v_next)}) nilainya {alasan} dalam satu tahun; target seperti ini "
                                   "jarang realistis.",
                             saran="Periksa apakah ada salah ketik atau salah skala (misalnya 0,93 dan 93); bila "
                                   "benar, jelaskan dasar penetapannya di kolom Alasan.")


def _alasan_lonjakan(iku: IKU, prev: Decimal, nxt: Decimal) -> str | None:
    if iku.jenis_angka == PERSENTASE:
        beda = abs(nxt - prev)
        return f"berubah {nilai_teks(beda)} poin persen" if beda > LONJAKAN_POIN_PERSEN else None
    if prev <= 0 or nxt <= 0:  # a ratio means nothing across zero or for negative growth rates
        return None
    if nxt / prev > LONJAKAN_KALI:
        return f"naik {nilai_teks((nxt / prev).quantize(Decimal('0.1')))} kali lipat"
    if prev / nxt > LONJAKAN_KALI:
        return "turun menjadi kurang dari separuhnya"
    return None


def _periode(model: Pemda) -> Iterator[Temuan]:
    if _tanpa_periode(model):
        return
    awal, akhir, periode = model.periode_awal, model.periode_akhir, model.periode
    for iku in model.all_iku():
        for tahun in sorted(iku.target):
            if tahun not in periode:
                yield temuan(TARGET_DI_LUAR_PERIODE, iku, c.target_header(tahun),
                             pesan=f"Target tahun {tahun} berada di luar periode RPJMD {awal}–{akhir}.",
                             saran=f"Hapus target tahun {tahun} atau perbaiki Periode Awal/Akhir di lembar "
                                   f"'{c.LEMBAR_IDENTITAS.nama}'.")


def _target_kosong(model: Pemda) -> Iterator[Temuan]:
    if _tanpa_periode(model):
        return
    periode = model.periode
    for iku in model.all_iku():
        hilang = [t for t in periode if t not in iku.target]
        if hilang:
            tahun = ", ".join(str(t) for t in hilang)
            yield temuan(TARGET_KOSONG, iku, c.target_header(hilang[0]),
                         pesan=f"IKU {iku.kode} tidak punya target untuk tahun {tahun}.",
                         saran="Isi target setiap tahun periode RPJMD; untuk mempertahankan capaian, tulis target "
                               "yang sama dengan tahun sebelumnya.")


BASELINE_KOSONG = Aturan(
    kode="SMART-BASELINE-KOSONG", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.DAPAT_DICAPAI,
    judul="Baseline kosong",
    penjelasan="Tanpa kondisi awal, kewajaran target dan kemajuan antar waktu tidak dapat dinilai (bahan 000: "
               "indikator dapat dibandingkan — ada baseline, target, dan perbandingan antar waktu).",
    periksa=_baseline,
)
ARAH_TARGET = Aturan(
    kode="SMART-ARAH-TARGET", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.KONSISTENSI,
    judul="Target bergerak berlawanan dengan polaritas",
    penjelasan="Untuk polaritas Maksimal target tiap tahun tidak boleh lebih rendah dari tahun sebelumnya (atau "
               "dari baseline); untuk polaritas Minimal tidak boleh lebih tinggi; tingkat skala kualitatif tidak "
               "boleh memburuk. Target yang memburuk biasanya salah urut atau polaritasnya salah pilih, dan "
               "membuat capaian pada LKjIP menyesatkan.",
    periksa=_arah,
)
LONJAKAN_TARGET = Aturan(
    kode="SMART-LONJAKAN-TARGET", tingkat=Tingkat.SARAN, kriteria=Kriteria.DAPAT_DICAPAI,
    judul="Lonjakan target yang tidak wajar",
    penjelasan="Target harus realistis terhadap sumber daya (bahan 000 dan 004: dapat dicapai). Dilaporkan bila "
               "dalam satu langkah (baseline ke tahun pertama, atau antar tahun) Persentase berubah lebih dari "
               "25 poin, atau angka lain naik lebih dari dua kali lipat atau turun di bawah separuhnya. Ambang ini "
               "meloloskan lintasan RPJMD yang lazim dan menangkap salah ketik atau salah skala.",
    periksa=_lonjakan,
)
TARGET_DI_LUAR_PERIODE = Aturan(
    kode="SMART-TARGET-DI-LUAR-PERIODE", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.BERBATAS_WAKTU,
    judul="Target di luar periode RPJMD",
    penjelasan="IKU ditetapkan untuk periode RPJMD/Renstra; target tahun di luar periode tidak dicetak pada "
               "lampiran dan menandakan periode yang keliru.",
    periksa=_periode,
)
TARGET_KOSONG = Aturan(
    kode="SMART-TARGET-KOSONG", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.BERBATAS_WAKTU,
    judul="Target tahunan tidak lengkap",
    penjelasan="Indikator harus punya batas waktu pencapaian yang jelas (bahan 000: time-bound): satu target "
               "untuk setiap tahun periode, agar PK dan LKjIP tahun itu dapat disusun.",
    periksa=_target_kosong,
)

ATURAN: tuple[Aturan, ...] = (BASELINE_KOSONG, ARAH_TARGET, LONJAKAN_TARGET, TARGET_DI_LUAR_PERIODE, TARGET_KOSONG)
