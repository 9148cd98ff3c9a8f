"""COMPUTE: capaian (achievement) of an indicator, its predikat, budget serapan and efficiency.

Pure Decimal arithmetic, no I/O. Every choice that published LKjIP practice leaves open is
made here once, written in the docstrings and in ``docs/formats/capaian.md``:

Methods (``contract.METODE_CAPAIAN``), capaian in percent:

- ``R/T``       realisasi ÷ target × 100 — higher is better (polaritas Maksimal).
- ``T/R``       target ÷ realisasi × 100 — lower is better (polaritas Minimal).
- ``(2T-R)/T``  (2 × target − realisasi) ÷ target × 100, floored at 0 — lower is better; the default for
  Minimal (``Pengaturan.metode_capaian_negatif``).

The indicator's own ``Metode Capaian`` wins whatever its polarity (the workbook says "kosongkan untuk memakai
R/T (Maksimal) atau Metode Capaian Negatif (Minimal)"); otherwise Maksimal uses R/T and Minimal the setting.

Edge cases (sources in ``docs/formats/capaian.md``):

- realisasi missing (not reported yet) → no capaian, status BELUM_DILAPORKAN ("belum dilaporkan"), never 0;
- target missing for the year → no capaian, status TANPA_TARGET;
- target 0 and realisasi 0 → 100 (the target is met exactly, whatever the method);
- target 0, realisasi not 0, and T/R with realisasi 0 → the ratio is undefined: no capaian, status
  TIDAK_TERDEFINISI with a note that says why, left out of means and predikat counts ("7 dari 0 bukan 100%").
  Where a Pemda's practice scores them anyway, ``Pengaturan.capaian_tak_terdefinisi = "Batas"`` gives the
  bounded values instead: 100 for R/T (a floor of 0 exceeded), 0 for the lower-is-better methods (a ceiling of 0
  missed) and 200 for T/R with realisasi 0 (the (2T-R)/T value);
- a negative target or realisasi → no capaian (TIDAK_DAPAT_DIHITUNG): ratio methods have no meaning there.

Qualitative levels (``contract.SKALA_KUALITATIF``, best first) are scored on their scale: with n levels the
best scores n and the worst 1; realisasi at or above the target level gives 100, below it
score(realisasi) ÷ score(target) × 100 (WDP against a WTP target: 3 ÷ 4 = 75).

Capaian is rounded to 2 decimals (half up) — the printed value — and the predikat is taken from that rounded
value, so the table never shows "91,00" next to the band below 91.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import MAX_EMAX, MIN_EMIN, ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum

from iku_docs.model import IKU, Nilai, Pengaturan, Predikat
from iku_docs.workbook.contract import DEFAULT_METODE_NEGATIF, METODE_CAPAIAN, SKALA_KUALITATIF

R_T, T_R, DUA_T_R = METODE_CAPAIAN  # "R/T", "T/R", "(2T-R)/T"
SERATUS = Decimal(100)
_NOL = Decimal(0)
_SEN = Decimal("0.01")

# Words in an indicator's name or unit that tell which qualitative scale it uses, when its levels fit
# several (A, B, C and D are levels of both the SAKIP and the letter scale).
_PETUNJUK_SKALA: Mapping[str, tuple[str, ...]] = {
    "Opini BPK": ("opini", "bpk"),
    "SAKIP": ("sakip", "akip", "reformasi birokrasi"),
    "Huruf": ("huruf", "nilai huruf"),
}


class Status(StrEnum):
    DIHITUNG = "dihitung"
    BELUM_DILAPORKAN = "belum dilaporkan"
    TANPA_TARGET = "tanpa target"
    TIDAK_DAPAT_DIHITUNG = "tidak dapat dihitung"
    TIDAK_TERDEFINISI = "tidak terdefinisi"  # the ratio divides by zero: printed "–" with the reason


# Pengaturan.capaian_tak_terdefinisi: leave undefined ratios out ("Kosong", the default) or score them with the
# bounded values some Pemda use ("Batas").
TAK_TERDEFINISI_KOSONG, TAK_TERDEFINISI_BATAS = "Kosong", "Batas"
# Efficiency bands (Pengaturan.toleransi_efisiensi, in percentage points): BNA's ±5 points.
DEFAULT_TOLERANSI_EFISIENSI = Decimal(5)
EFISIEN, CUKUP_EFISIEN, KURANG_EFISIEN = "Efisien", "Cukup Efisien", "Kurang Efisien"


@dataclass(frozen=True, slots=True)
class Capaian:
    """Capaian of one indicator against one target; ``nilai`` is None unless status is DIHITUNG."""

    target: Nilai | None
    realisasi: Nilai | None
    nilai: Decimal | None
    metode: str  # "R/T", "T/R", "(2T-R)/T" or "Skala <nama skala>"
    status: Status
    keterangan: str = ""  # Indonesian note on an edge case, printed in reports and tables
    predikat: str | None = None


@dataclass(frozen=True, slots=True)
class Efisiensi:
    """Budget use of a program (or a total) next to the performance it bought.

    ``serapan`` = realisasi ÷ anggaran × 100; ``nilai`` = capaian kinerja − serapan, in percentage points
    ("poin"), judged against ``toleransi``: above +toleransi "Efisien", within ±toleransi "Cukup Efisien",
    below −toleransi "Kurang Efisien".
    """

    anggaran: Decimal
    realisasi: Decimal | None
    serapan: Decimal | None
    capaian_kinerja: Decimal | None
    nilai: Decimal | None
    kategori: str | None  # "Efisien" / "Cukup Efisien" / "Kurang Efisien"
    toleransi: Decimal = DEFAULT_TOLERANSI_EFISIENSI


def bulat(nilai: Decimal) -> Decimal:
    """Two decimals, half up: the value printed in the tables. Any finite value: the default context's 28
    digits cannot hold 1e26 with two decimals, so the precision grows with the number."""
    if not nilai.is_finite():
        return nilai
    with localcontext() as ctx:
        ctx.prec = max(28, nilai.adjusted() + 4)
        ctx.Emax, ctx.Emin = MAX_EMAX, MIN_EMIN
        return nilai.quantize(_SEN, rounding=ROUND_HALF_UP)


# --- method choice --------------------------------------------------------------------------------------------

def metode_for(iku: IKU, pengaturan: Pengaturan) -> str:
    """The numeric method: the indicator's own, else R/T (Maksimal) or the Pengaturan default (Minimal)."""
    if iku.metode_capaian:
        return iku.metode_capaian
    if iku.polaritas == "Minimal":
        return pengaturan.metode_capaian_negatif or DEFAULT_METODE_NEGATIF
    return R_T


# --- numeric arithmetic ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Hasil:
    nilai: Decimal | None
    status: Status
    keterangan: str = ""


def _hitung_angka(target: Decimal, realisasi: Decimal, metode: str, batas: bool = False) -> _Hasil:
    """Capaian (unrounded) of a numeric realisasi against a numeric target by ``metode``; ``batas``: score the
    undefined ratios with their bounded values instead of leaving them out."""
    if metode not in METODE_CAPAIAN:
        return _Hasil(None, Status.TIDAK_DAPAT_DIHITUNG, f"Metode capaian '{metode}' tidak dikenal.")
    if target < 0 or realisasi < 0:
        return _Hasil(None, Status.TIDAK_DAPAT_DIHITUNG,
                      f"Rumus {metode} tidak berlaku untuk target atau realisasi negatif.")
    if target == 0 and realisasi == 0:
        return _Hasil(SERATUS, Status.DIHITUNG, "Target dan realisasi 0: target tercapai tepat.")
    if target == 0:
        if not batas:
            return _Hasil(None, Status.TIDAK_TERDEFINISI, f"Target 0 dengan realisasi {_teks(realisasi)}: rumus "
                          f"{metode} membagi dengan 0, sehingga capaian tidak terdefinisi dan tidak dihitung.")
        if metode == R_T:
            return _Hasil(SERATUS, Status.DIHITUNG, "Target 0 terlampaui; rasio tidak terdefinisi, capaian 100.")
        return _Hasil(_NOL, Status.DIHITUNG, "Target 0 tidak tercapai (realisasi di atas 0); capaian 0.")
    if metode == R_T:
        return _Hasil(realisasi / target * SERATUS, Status.DIHITUNG)
    if metode == T_R:
        if realisasi == 0:
            if not batas:
                return _Hasil(None, Status.TIDAK_TERDEFINISI, "Realisasi 0: rumus T/R membagi dengan 0, sehingga "
                              "capaian tidak terdefinisi dan tidak dihitung.")
            return _Hasil(2 * SERATUS, Status.DIHITUNG,
                          "Realisasi 0: rumus T/R tidak terdefinisi; capaian 200 (nilai rumus (2T-R)/T).")
        return _Hasil(target / realisasi * SERATUS, Status.DIHITUNG)
    nilai = (2 * target - realisasi) / target * SERATUS
    if nilai < 0:
        return _Hasil(_NOL, Status.DIHITUNG, "Realisasi lebih dari dua kali target; capaian dibatasi 0.")
    return _Hasil(nilai, Status.DIHITUNG)


def _teks(nilai: Decimal) -> str:
    """A number in a note, as a reader writes it ('2,5'); no formatting module: this stage has none."""
    text = format(nilai.normalize(), "f") if abs(nilai.adjusted()) < 30 else str(nilai)
    return text.replace(".", ",")


# --- qualitative scales ---------------------------------------------------------------------------------------

def _level(nilai: str) -> str:
    return nilai.strip().upper()


def pilih_skala(levels: Iterable[str], petunjuk: str = "") -> str | None:
    """Name of the scale in ``SKALA_KUALITATIF`` holding every level, or None.

    When several hold them (A–D are in SAKIP and Huruf), a scale named by a word in ``petunjuk``
    (the indicator's name and unit) wins, else the shortest scale, the one that fits most tightly.
    """
    wanted = {_level(v) for v in levels}
    candidates = [nama for nama, urutan in SKALA_KUALITATIF.items() if wanted <= set(urutan)]
    if not candidates:
        return None
    text = petunjuk.lower()
    for nama in candidates:
        if any(word in text for word in _PETUNJUK_SKALA.get(nama, (nama.lower(),))):
            return nama
    return min(candidates, key=lambda nama: len(SKALA_KUALITATIF[nama]))


def _hitung_skala(target: str, realisasi: str, skala: str) -> _Hasil:
    urutan = SKALA_KUALITATIF[skala]
    n = len(urutan)
    t_idx, r_idx = urutan.index(_level(target)), urutan.index(_level(realisasi))
    if r_idx <= t_idx:
        return _Hasil(SERATUS, Status.DIHITUNG)
    return _Hasil(Decimal(n - r_idx) / Decimal(n - t_idx) * SERATUS, Status.DIHITUNG,
                  f"Skala {skala}: {_level(realisasi)} bernilai {n - r_idx}, {_level(target)} bernilai {n - t_idx}.")


def _levels_of(iku: IKU) -> list[str]:
    values: list[Nilai | None] = [iku.baseline, *iku.target.values(), *(r.nilai for r in iku.realisasi.values())]
    return [v for v in values if isinstance(v, str) and v.strip()]


# --- one capaian ----------------------------------------------------------------------------------------------

def hitung(target: Nilai | None, realisasi: Nilai | None, metode: str, *,
           skala_predikat: Sequence[Predikat] = (), levels: Iterable[str] = (), petunjuk: str = "",
           tak_terdefinisi: str = TAK_TERDEFINISI_KOSONG) -> Capaian:
    """Capaian of ``realisasi`` against ``target``; ``levels``/``petunjuk`` pick the qualitative scale."""
    if target is None or (isinstance(target, str) and not target.strip()):
        return Capaian(target, realisasi, None, metode, Status.TANPA_TARGET, "Target tahun ini tidak ditetapkan.")
    if realisasi is None or (isinstance(realisasi, str) and not realisasi.strip()):
        return Capaian(target, None, None, metode, Status.BELUM_DILAPORKAN, "Realisasi belum dilaporkan.")
    if isinstance(target, str) or isinstance(realisasi, str):
        if not (isinstance(target, str) and isinstance(realisasi, str)):
            return Capaian(target, realisasi, None, metode, Status.TIDAK_DAPAT_DIHITUNG,
                           "Target dan realisasi harus sama-sama angka atau sama-sama tingkat skala kualitatif.")
        skala = pilih_skala([*levels, target, realisasi], petunjuk)
        if skala is None:
            return Capaian(target, realisasi, None, "Skala", Status.TIDAK_DAPAT_DIHITUNG,
                           f"'{target}' dan '{realisasi}' tidak berada pada satu skala kualitatif yang dikenal.")
        metode = f"Skala {skala}"
        hasil = _hitung_skala(target, realisasi, skala)
    else:
        hasil = _hitung_angka(target, realisasi, metode, batas=tak_terdefinisi == TAK_TERDEFINISI_BATAS)
    nilai = None if hasil.nilai is None else bulat(hasil.nilai)
    return Capaian(target, realisasi, nilai, metode, hasil.status, hasil.keterangan,
                   predikat_for(nilai, skala_predikat))


def _realisasi(iku: IKU, tahun: int) -> Nilai | None:
    r = iku.realisasi.get(tahun)
    return None if r is None else r.nilai


def compute_capaian(iku: IKU, tahun: int, pengaturan: Pengaturan) -> Capaian:
    """Capaian of ``iku`` in ``tahun``: that year's realisasi against that year's target."""
    return _against(iku, iku.target.get(tahun), _realisasi(iku, tahun), pengaturan)


def compute_progres(iku: IKU, tahun: int, tahun_akhir: int, pengaturan: Pengaturan) -> Capaian:
    """Progress toward the end-of-period target: realisasi of ``tahun`` against the target of ``tahun_akhir``."""
    return _against(iku, iku.target.get(tahun_akhir), _realisasi(iku, tahun), pengaturan)


def compute_riwayat(iku: IKU, tahun: Iterable[int], pengaturan: Pengaturan) -> tuple[tuple[int, Capaian], ...]:
    """Capaian per year, for the comparison with previous years."""
    return tuple((t, compute_capaian(iku, t, pengaturan)) for t in tahun)


def _against(iku: IKU, target: Nilai | None, realisasi: Nilai | None, pengaturan: Pengaturan) -> Capaian:
    return hitung(target, realisasi, metode_for(iku, pengaturan), skala_predikat=pengaturan.skala_predikat,
                  levels=_levels_of(iku), petunjuk=f"{iku.nama} {iku.satuan}",
                  tak_terdefinisi=pengaturan.capaian_tak_terdefinisi)


# --- predikat -------------------------------------------------------------------------------------------------

# The default 5-band scale, contract.DEFAULT_SKALA_PREDIKAT as workbook/values.skala_predikat reads it (a test
# holds the two equal): written out so that computing never imports the reading stage.
SKALA_BAWAAN = (
    Predikat(Decimal(91), "Sangat Tinggi"),
    Predikat(Decimal(76), "Tinggi"),
    Predikat(Decimal(66), "Sedang"),
    Predikat(Decimal(51), "Rendah"),
    Predikat(Decimal(0), "Sangat Rendah"),
)


def skala_bawaan() -> tuple[Predikat, ...]:
    """The default 5-band scale: ≥91 Sangat Tinggi, 76–<91 Tinggi, 66–<76 Sedang, 51–<66 Rendah, else Sangat Rendah."""
    return SKALA_BAWAAN


def skala_efektif(skala: Sequence[Predikat]) -> tuple[Predikat, ...]:
    """The workbook's scale, highest band first, or the default when it gave none."""
    return tuple(sorted(skala, key=lambda p: p.batas_bawah, reverse=True)) if skala else skala_bawaan()


def predikat_for(nilai: Decimal | None, skala: Sequence[Predikat] = ()) -> str | None:
    """The label of the highest band whose lower bound ``nilai`` reaches; the lowest band catches the rest
    (a scale whose last band starts at 51 still labels 30 with that band's label)."""
    if nilai is None:
        return None
    bands = skala_efektif(skala)
    for band in bands:
        if nilai >= band.batas_bawah:
            return band.label
    return bands[-1].label if bands else None


# --- averages and budget --------------------------------------------------------------------------------------

def rata_rata(capaian: Iterable[Capaian]) -> Decimal | None:
    """Mean of the computed capaian (not-yet-reported and uncomputable ones are left out), 2 decimals."""
    values = [c.nilai for c in capaian if c.nilai is not None]
    if not values:
        return None
    return bulat(sum(values, _NOL) / len(values))


def serapan(anggaran: Decimal, realisasi: Decimal | None) -> Decimal | None:
    """Budget absorption, realisasi ÷ anggaran × 100; None when not reported or the budget is 0."""
    if realisasi is None or anggaran <= 0:
        return None
    return bulat(realisasi / anggaran * SERATUS)


def compute_efisiensi(anggaran: Decimal, realisasi: Decimal | None, capaian_kinerja: Decimal | None,
                      toleransi: Decimal = DEFAULT_TOLERANSI_EFISIENSI) -> Efisiensi:
    """Efisiensi = capaian kinerja − serapan anggaran, in percentage points, judged with a ±``toleransi`` band."""
    s = serapan(anggaran, realisasi)
    if s is None or capaian_kinerja is None:
        return Efisiensi(anggaran, realisasi, s, capaian_kinerja, None, None, toleransi)
    nilai = bulat(capaian_kinerja - s)
    return Efisiensi(anggaran, realisasi, s, capaian_kinerja, nilai, kategori_efisiensi(nilai, toleransi), toleransi)


def kategori_efisiensi(nilai: Decimal, toleransi: Decimal = DEFAULT_TOLERANSI_EFISIENSI) -> str:
    """Above +toleransi Efisien, within the band Cukup Efisien, below −toleransi Kurang Efisien."""
    if nilai > toleransi:
        return EFISIEN
    return CUKUP_EFISIEN if nilai >= -toleransi else KURANG_EFISIEN


def capaian_program(iku_didukung: Iterable[str], capaian: Mapping[str, Capaian]) -> Decimal | None:
    """A program's capaian kinerja: the mean capaian of the indicators it serves (by Kode IKU), of those that
    were computed; None when it serves none or none of them has a computed capaian."""
    return rata_rata(capaian[kode] for kode in dict.fromkeys(iku_didukung) if kode in capaian)
