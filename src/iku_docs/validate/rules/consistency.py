"""Consistency of an indicator's row: Jenis Angka vs Satuan vs Formula vs targets, and the cells
that make an indicator accountable (definition, formula, reason, data source, responsible unit).

Seed 004 slide 4 defines the kinds of number: a Persentase is a proportion of a total, a Rasio
compares two numbers, a Kualitatif value is a level of an ordered scale. Seed 000 asks that
every indicator be valid, reliable and accountable: a definition, a formula, a data source and
someone responsible.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from operator import attrgetter

from iku_docs.findings import Temuan
from iku_docs.model import IKU, Pemda
from iku_docs.validate.rules.base import Aturan, angka, kolom_target, kosong, rapikan, ringkas, seperti_ditulis, temuan
from iku_docs.workbook import contract as c

PERSENTASE, RASIO, KUALITATIF, ABSOLUT = "Persentase", "Rasio", "Kualitatif", "Kuantitas Absolut"
assert {PERSENTASE, RASIO, KUALITATIF, ABSOLUT} <= set(c.JENIS_ANGKA)

# A formula divides when it has a division sign, a fraction bar written as "/" or ":", or says so.
_BAGI = re.compile(r"[÷/:]|\bdibagi\b|\bper\b|\bbanding|\bperbandingan\b|\bx\s*100|×\s*100|\*\s*100|%",
                   re.IGNORECASE)
_SATUAN_PERSEN = {"%", "persen", "persentase", "(%)", "% (persen)", "persen (%)"}
_SEMUA_LEVEL = {level.upper() for skala in c.SKALA_KUALITATIF.values() for level in skala}


def _membagi(formula: str) -> bool:
    return bool(_BAGI.search(formula or ""))


def _satuan_persen(satuan: str) -> bool:
    return rapikan(satuan).lower() in _SATUAN_PERSEN


def _nilai_tahunan(iku: IKU) -> Iterator[tuple[str, object]]:
    """(header, value) of the baseline and each target, in column order."""
    if iku.baseline is not None:
        yield c.KOLOM_BASELINE, iku.baseline
    for tahun in sorted(iku.target):
        yield kolom_target(tahun), iku.target[tahun]


# --- Jenis Angka, Satuan, Formula ----------------------------------------------------------


def _persen_rumus(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        if iku.jenis_angka == PERSENTASE and not kosong(iku.formula) and not _membagi(iku.formula):
            yield temuan(PERSEN_RUMUS, iku, c.KOLOM_FORMULA, formula=ringkas(iku.formula))


def _persen_satuan(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        if iku.jenis_angka == PERSENTASE and not _satuan_persen(iku.satuan):
            yield temuan(PERSEN_SATUAN, iku, c.KOLOM_SATUAN, satuan=ringkas(iku.satuan))
        elif iku.jenis_angka in (KUALITATIF, ABSOLUT) and _satuan_persen(iku.satuan):
            yield temuan(PERSEN_SATUAN, iku, c.KOLOM_SATUAN, varian="persen-pada-jenis-lain",
                         jenis_angka=iku.jenis_angka)


def _persen_lebih_100(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        if iku.jenis_angka != PERSENTASE:
            continue
        for header, nilai in _nilai_tahunan(iku):
            value = angka(nilai)
            if value is not None and value > 100:
                yield temuan(PERSEN_LEBIH_100, iku, header, angka=seperti_ditulis(value))


def _rasio_rumus(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        if iku.jenis_angka == RASIO and not kosong(iku.formula) and not _membagi(iku.formula):
            yield temuan(RASIO_RUMUS, iku, c.KOLOM_FORMULA, formula=ringkas(iku.formula))


def _kualitatif_skala(model: Pemda) -> Iterator[Temuan]:
    skala = "; ".join(f"{nama}: {', '.join(levels)}" for nama, levels in c.SKALA_KUALITATIF.items())
    for iku in model.all_iku():
        kualitatif = iku.jenis_angka == KUALITATIF
        for header, nilai in _nilai_tahunan(iku):
            if kualitatif and isinstance(nilai, Decimal):
                yield temuan(KUALITATIF_SKALA, iku, header, angka=seperti_ditulis(nilai), skala=skala)
            elif kualitatif and str(nilai).strip().upper() not in _SEMUA_LEVEL:
                yield temuan(KUALITATIF_SKALA, iku, header, varian="tingkat-asing", teks=ringkas(str(nilai)),
                             skala=skala)
            elif not kualitatif and isinstance(nilai, str):
                yield temuan(KUALITATIF_SKALA, iku, header, varian="teks-pada-angka", teks=ringkas(nilai),
                             jenis_angka=iku.jenis_angka)


# --- Accountability cells --------------------------------------------------------------------


def _cek_kosong(model: Pemda, aturan: Aturan, kolom: str, isi: Callable[[IKU], str]) -> Iterator[Temuan]:
    for iku in model.all_iku():
        if kosong(isi(iku)):
            yield temuan(aturan, iku, kolom, indikator=ringkas(iku.nama))


def _definisi(model: Pemda) -> Iterator[Temuan]:
    yield from _cek_kosong(model, DEFINISI_KOSONG, c.KOLOM_DEFINISI, attrgetter("definisi"))
    yield from _definisi_mengulang(model)


def _rumus(model: Pemda) -> Iterator[Temuan]:
    return _cek_kosong(model, RUMUS_KOSONG, c.KOLOM_FORMULA, attrgetter("formula"))


def _alasan(model: Pemda) -> Iterator[Temuan]:
    return _cek_kosong(model, ALASAN_KOSONG, c.KOLOM_ALASAN, attrgetter("alasan"))


def _sumber(model: Pemda) -> Iterator[Temuan]:
    return _cek_kosong(model, SUMBER_KOSONG, c.KOLOM_SUMBER_DATA, attrgetter("sumber_data"))


def _definisi_mengulang(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        definisi = rapikan(iku.definisi).lower().rstrip(".")
        if not kosong(iku.definisi) and definisi in {rapikan(iku.nama).lower().rstrip("."), ""}:
            yield temuan(DEFINISI_KOSONG, iku, c.KOLOM_DEFINISI, varian="mengulang-nama")


def _pj(model: Pemda) -> Iterator[Temuan]:
    kode_pd = {pd.kode for pd in model.perangkat_daerah}
    for iku in model.iku:
        kode = [k for k in iku.pd_penanggung_jawab if not kosong(k)]
        if not kode:
            yield temuan(PJ_KOSONG, iku, c.KOLOM_PD_PJ, contoh_pd=next(iter(sorted(kode_pd)), "DINKES"))
        for k in kode:
            if k not in kode_pd:
                mirip = _mirip(k, kode_pd)
                yield temuan(PJ_KOSONG, iku, c.KOLOM_PD_PJ, varian="pd-mirip" if mirip else "pd-tidak-dikenal",
                             kode_pd=k, mirip=mirip)
    for pd in model.perangkat_daerah:
        for iku in pd.iku:
            if kosong(iku.unit_terkait):
                yield temuan(PJ_KOSONG, iku, c.KOLOM_UNIT_TERKAIT, varian="unit-kosong")


def _mirip(kode: str, semua: set[str]) -> str | None:
    mirip = difflib.get_close_matches(kode.upper(), sorted(semua), n=1, cutoff=0.5)
    return mirip[0] if mirip else None


PERSEN_RUMUS = Aturan("SMART-PERSEN-RUMUS", _persen_rumus)
PERSEN_SATUAN = Aturan("SMART-PERSEN-SATUAN", _persen_satuan)
PERSEN_LEBIH_100 = Aturan("SMART-PERSEN-LEBIH-100", _persen_lebih_100)
RASIO_RUMUS = Aturan("SMART-RASIO-RUMUS", _rasio_rumus)
KUALITATIF_SKALA = Aturan("SMART-KUALITATIF-SKALA", _kualitatif_skala)
DEFINISI_KOSONG = Aturan("SMART-DEFINISI-KOSONG", _definisi)
RUMUS_KOSONG = Aturan("SMART-RUMUS-KOSONG", _rumus)
ALASAN_KOSONG = Aturan("SMART-ALASAN-KOSONG", _alasan)
SUMBER_KOSONG = Aturan("SMART-SUMBER-KOSONG", _sumber)
PJ_KOSONG = Aturan("SMART-PJ-KOSONG", _pj)

ATURAN: tuple[Aturan, ...] = (PERSEN_RUMUS, PERSEN_SATUAN, PERSEN_LEBIH_100, RASIO_RUMUS, KUALITATIF_SKALA,
                              DEFINISI_KOSONG, RUMUS_KOSONG, ALASAN_KOSONG, SUMBER_KOSONG, PJ_KOSONG)
