"""Targets over the RPJMD period: a baseline to compare with, a direction that follows the
polarity, steps that are plausible, and one target for every year of the period.

Seed 000 ("Dapat dibandingkan: ada baseline, target, dan perbandingan antar waktu"; "indikator
yang kurang realistis / terlalu ambisius") and seed 003 (estimating targets from past
performance and trend) are the reasoning behind these checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, localcontext
from itertools import pairwise

from iku_docs.findings import Temuan
from iku_docs.model import IKU, Nilai, Pemda
from iku_docs.validate.rules.base import Aturan, angka, kolom_target, seperti_ditulis, temuan
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
    for iku in model.all_iku():
        if iku.baseline is None:
            if awal is None:
                yield temuan(BASELINE_KOSONG, iku, c.KOLOM_BASELINE, varian="tanpa-periode")
            else:
                yield temuan(BASELINE_KOSONG, iku, c.KOLOM_BASELINE, tahun=awal - 1)


def _arah(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        seq = [(h, v, _skor(iku, v)) for h, v in _urutan(iku)]  # each score once, not once per pair
        for (h_prev, v_prev, s_prev), (h_next, v_next, s_next) in pairwise(seq):
            if s_prev is None or s_next is None or s_next >= s_prev:
                continue
            minimal = iku.polaritas == MINIMAL
            if isinstance(v_next, str):
                varian = "memburuk-minimal" if minimal else "memburuk"
            else:
                varian = "naik" if minimal else None
            yield temuan(ARAH_TARGET, iku, h_next, varian=varian, ke=_nama_kolom(h_next).capitalize(),
                         nilai_ke=seperti_ditulis(v_next), dari=_nama_kolom(h_prev), nilai_dari=seperti_ditulis(v_prev),
                         polaritas=iku.polaritas)


def _nama_kolom(header: str) -> str:
    return "baseline" if header == c.KOLOM_BASELINE else f"target {header.removeprefix(c.TARGET_PREFIX + ' ')}"


def _lonjakan(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        seq = [(h, angka(v)) for h, v in _urutan(iku)]
        for (h_prev, v_prev), (h_next, v_next) in pairwise(seq):
            if v_prev is None or v_next is None:
                continue
            lonjakan = _lonjakan_antara(iku, v_prev, v_next)
            if lonjakan is not None:
                varian, fields = lonjakan
                yield temuan(LONJAKAN_TARGET, iku, h_next, varian=varian, dari=_nama_kolom(h_prev),
                             nilai_dari=seperti_ditulis(v_prev), ke=_nama_kolom(h_next),
                             nilai_ke=seperti_ditulis(v_next), **fields)


def _lonjakan_antara(iku: IKU, prev: Decimal, nxt: Decimal) -> tuple[str | None, dict[str, str]] | None:
    """The catalog variant and its fields when the step from ``prev`` to ``nxt`` is implausible."""
    if iku.jenis_angka == PERSENTASE:
        beda = abs(nxt - prev)
        return (None, {"poin": seperti_ditulis(beda)}) if beda > LONJAKAN_POIN_PERSEN else None
    if prev <= 0 or nxt <= 0:  # a ratio means nothing across zero or for negative growth rates
        return None
    if nxt / prev > LONJAKAN_KALI:
        return "kali", {"kali": seperti_ditulis(_satu_desimal(nxt, prev))}
    if prev / nxt > LONJAKAN_KALI:
        return "separuh", {}
    return None


def _satu_desimal(pembilang: Decimal, penyebut: Decimal) -> Decimal:
    """``pembilang ÷ penyebut`` rounded to one decimal (half even, as before), for any finite positive numbers: in
    the default context (28 digits) a ratio of 1e27 or more cannot be quantized; the precision grows with it."""
    with localcontext(Context(prec=28, Emax=MAX_EMAX, Emin=MIN_EMIN)) as ctx:
        rasio = pembilang / penyebut
        ctx.prec = max(28, rasio.adjusted() + 3)
        return rasio.quantize(Decimal("0.1"))


def _periode(model: Pemda) -> Iterator[Temuan]:
    if _tanpa_periode(model):
        return
    awal, akhir, periode = model.periode_awal, model.periode_akhir, model.periode
    for iku in model.all_iku():
        for tahun in sorted(iku.target):
            if tahun not in periode:
                yield temuan(TARGET_DI_LUAR_PERIODE, iku, c.target_header(tahun), tahun=tahun, awal=awal, akhir=akhir)


def _target_kosong(model: Pemda) -> Iterator[Temuan]:
    if _tanpa_periode(model):
        return
    periode = model.periode
    for iku in model.all_iku():
        hilang = [t for t in periode if t not in iku.target]
        if hilang:
            yield temuan(TARGET_KOSONG, iku, c.target_header(hilang[0]), tahun=", ".join(str(t) for t in hilang))


BASELINE_KOSONG = Aturan("SMART-BASELINE-KOSONG", _baseline)
ARAH_TARGET = Aturan("SMART-ARAH-TARGET", _arah)
LONJAKAN_TARGET = Aturan("SMART-LONJAKAN-TARGET", _lonjakan)
TARGET_DI_LUAR_PERIODE = Aturan("SMART-TARGET-DI-LUAR-PERIODE", _periode)
TARGET_KOSONG = Aturan("SMART-TARGET-KOSONG", _target_kosong)

ATURAN: tuple[Aturan, ...] = (BASELINE_KOSONG, ARAH_TARGET, LONJAKAN_TARGET, TARGET_DI_LUAR_PERIODE, TARGET_KOSONG)
