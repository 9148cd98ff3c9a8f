"""LKjIP tables (PermenPANRB 53/2014, Bab III): one document for the Pemda and one per Perangkat Daerah.

Two layers, both pure:

- ``build_tables(model)`` computes every figure once, as Decimals (``TabelLkjip``); the Word context
  and the reviewers' .xlsx (``render/xlsx.py``) both read it, so the two never disagree;
- ``build_context(model, tabel)`` turns one ``TabelLkjip`` into strings and flags for
  ``templates/lkjip.docx``, plus the capaian chart as a ``Grafik``: what to draw, which the renderer draws.

Choices (see docs/formats/lkjip.md): indicators are grouped by sasaran in workbook order; the comparison
with previous years runs from the first year of the period to ``model.tahun`` with the baseline first;
a program's "capaian kinerja" is the mean capaian of the indicators it serves (``Program.iku_didukung``; none:
no capaian and no efficiency), the "Jumlah" row uses the mean capaian of the document's own IKU; efficiency is
judged with ``Pengaturan.toleransi_efisiensi``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache, partial
from typing import Any

from iku_docs import formatting
from iku_docs.capaian import (
    TAK_TERDEFINISI_BATAS,
    Capaian,
    Efisiensi,
    Status,
    capaian_program,
    compute_capaian,
    compute_efisiensi,
    compute_progres,
    compute_riwayat,
    rata_rata,
    skala_efektif,
)
from iku_docs.documents import Dokumen, berkas_unik, kind_named
from iku_docs.documents.grafik import Batang, Grafik
from iku_docs.model import IKU, Pemda, PerangkatDaerah, Predikat, Program
from iku_docs.workbook.contract import LEMBAR_REALISASI

(TEMPLAT,) = kind_named("lkjip").templates
BELUM = "belum dilaporkan"
# babel formats each number in ~0.1 ms; a large Pemda prints the same few thousand values again and again.
angka = lru_cache(maxsize=8192)(formatting.angka)
persen = lru_cache(maxsize=8192)(formatting.persen)
rupiah = lru_cache(maxsize=8192)(formatting.rupiah)
nilai_teks = lru_cache(maxsize=8192)(formatting.nilai_teks)
_STATUS_TEKS = {
    Status.BELUM_DILAPORKAN: "-",
    Status.TANPA_TARGET: "tanpa target",
    Status.TIDAK_DAPAT_DIHITUNG: "tidak dapat dihitung",
    Status.TIDAK_TERDEFINISI: "–",  # the note under the table says why
}


# --- computed tables ------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BarisIKU:
    iku: IKU
    capaian: Capaian  # this year's realisasi against this year's target
    progres: Capaian  # this year's realisasi against the end-of-period target
    riwayat: tuple[tuple[int, Capaian], ...]  # first year of the period .. this year


@dataclass(frozen=True, slots=True)
class BarisProgram:
    program: Program
    nama_pd: str
    efisiensi: Efisiensi


@dataclass(frozen=True, slots=True)
class TabelLkjip:
    """Every figure of one LKjIP document (the Pemda's or one PD's) for one year."""

    kode: str  # the PD code; "" for the Pemda
    nama_unit: str  # "Pemerintah Kabupaten Contoh" / "Dinas Kesehatan"
    dokumen_rencana: str  # "RPJMD" (Pemda) or "Renstra" (PD): where the end-of-period target comes from
    baris: tuple[BarisIKU, ...]
    program: tuple[BarisProgram, ...]
    rata_rata: Decimal | None  # mean capaian of this unit's IKU this year
    total: Efisiensi  # the "Jumlah" row of the budget table
    adalah_pemda: bool = False  # a flag, not a code: a PD may well be coded "PEMDA"


def build_tables(model: Pemda) -> list[TabelLkjip]:
    """The Pemda's tables first, then each PD's in workbook order."""
    baris_pd = {pd.kode: tuple(_baris_iku(model, i) for i in pd.iku) for pd in model.perangkat_daerah}
    nama_pd = {pd.kode: pd.nama for pd in model.perangkat_daerah}
    semua_program = [p for pd in model.perangkat_daerah for p in _program_tahun(pd, model.tahun)]
    pemda = tuple(_baris_iku(model, i) for i in model.iku)
    # A program may serve indicators of any level and PD, so its capaian looks codes up across all of them.
    capaian = {b.iku.kode: b.capaian for baris in (pemda, *baris_pd.values()) for b in baris}
    toleransi = model.pengaturan.toleransi_efisiensi
    tables = [replace(_tabel("", f"Pemerintah {model.nama_lengkap}", "RPJMD", pemda, semua_program, capaian,
                             nama_pd, toleransi), adalah_pemda=True)]
    for pd in model.perangkat_daerah:
        tables.append(_tabel(pd.kode, pd.nama, "Renstra", baris_pd[pd.kode], _program_tahun(pd, model.tahun),
                             capaian, nama_pd, toleransi))
    return tables


def _tabel(kode: str, nama: str, rencana: str, baris: tuple[BarisIKU, ...], program: Sequence[Program],
           capaian: Mapping[str, Capaian], nama_pd: dict[str, str], toleransi: Decimal) -> TabelLkjip:
    rata = rata_rata(b.capaian for b in baris)
    rows = tuple(BarisProgram(p, nama_pd.get(p.kode_pd, p.kode_pd), compute_efisiensi(
                     p.anggaran, p.realisasi, capaian_program(p.iku_didukung, capaian), toleransi))
                 for p in program)
    anggaran = sum((p.anggaran for p in program), Decimal(0))
    # The total realisasi is only known when every program reported it; a partial sum would understate serapan.
    reported = [p.realisasi for p in program]
    realisasi = sum(reported, Decimal(0)) if reported and None not in reported else None
    return TabelLkjip(kode, nama, rencana, baris, rows, rata, compute_efisiensi(anggaran, realisasi, rata, toleransi))


def _baris_iku(model: Pemda, iku: IKU) -> BarisIKU:
    p = model.pengaturan
    tahun_riwayat = range(model.periode_awal, min(model.tahun, model.periode_akhir) + 1)
    riwayat = compute_riwayat(iku, tahun_riwayat, p)
    sekarang = dict(riwayat).get(model.tahun) or compute_capaian(iku, model.tahun, p)
    return BarisIKU(iku, sekarang, compute_progres(iku, model.tahun, model.periode_akhir, p), riwayat)


def _program_tahun(pd: PerangkatDaerah, tahun: int) -> list[Program]:
    return [p for p in pd.program if p.tahun == tahun]


# --- documents ------------------------------------------------------------------------------------------------

def documents(model: Pemda) -> list[Dokumen]:
    """``lkjip/lkjip-pemda-<tahun>.docx`` and ``lkjip/lkjip-<kode-pd>-<tahun>.docx``, names from codes only."""
    kind = kind_named("lkjip")
    dipakai: set[str] = set()
    result = []
    for tabel in build_tables(model):
        unit = "pemda" if tabel.adalah_pemda else tabel.kode
        berkas = berkas_unik(kind.file_name_for(unit=unit, tahun=model.tahun), dipakai)
        result.append(Dokumen(berkas=berkas, templat=TEMPLAT, konteks=partial(build_context, model, tabel),
                              judul=f"Tabel Pengukuran Kinerja {tabel.nama_unit} Tahun {model.tahun}"))
    return result


def tabel_documents(model: Pemda) -> list[Dokumen]:
    """``lkjip/tabel-lkjip-<tahun>.xlsx``: every table of every unit in one workbook for the reviewers.

    render/xlsx.py writes it from the model (it reads ``build_tables`` itself, in the worker that renders it),
    so the context is just the writer's argument.
    """
    kind = kind_named("tabel-lkjip")
    (layout,) = kind.templates
    return [Dokumen(berkas=kind.file_name_for(tahun=model.tahun), templat=layout, konteks=partial(dict, model=model),
                    judul=f"Tabel LKjIP Tahun {model.tahun}")]


def build_context(model: Pemda, tabel: TabelLkjip) -> dict[str, Any]:
    """Strings, flags and the chart for ``templates/lkjip.docx``."""
    tahun = model.tahun
    return {
        "tahun": str(tahun),
        "judul_unit": tabel.nama_unit.upper(),
        "judul_daerah": "" if tabel.adalah_pemda else model.nama_lengkap.upper(),
        "adalah_pemda": tabel.adalah_pemda,
        "dokumen_rencana": tabel.dokumen_rencana,
        "dokumen_rencana_kapital": tabel.dokumen_rencana.upper(),
        "periode": f"{model.periode_awal}–{model.periode_akhir}",
        "tahun_akhir": str(model.periode_akhir),
        "pengukuran": _pengukuran(tabel, tahun),
        "catatan": _catatan(tabel),
        "skala_predikat": skala_teks(model.pengaturan.skala_predikat),
        "rata_rata": persen(tabel.rata_rata),
        "grafik": build_grafik(((b.iku.nama, b.capaian) for b in tabel.baris), model.pengaturan.skala_predikat),
        "perbandingan": _perbandingan(tabel, model.periode_awal),
        "progres": _progres(tabel),
        "anggaran": _anggaran(tabel),
        "total": _efisiensi_teks(tabel.total),
        **konteks_analisis(model, tabel),
    }


def _capaian_teks(c: Capaian) -> str:
    return persen(c.nilai) if c.nilai is not None else _STATUS_TEKS[c.status]


def _realisasi_teks(c: Capaian) -> str:
    return BELUM if c.status is Status.BELUM_DILAPORKAN else nilai_teks(c.realisasi)


def _by_sasaran(baris: Iterable[BarisIKU]) -> dict[str, list[BarisIKU]]:
    groups: dict[str, list[BarisIKU]] = {}
    for b in baris:
        groups.setdefault(b.iku.sasaran.strip(), []).append(b)
    return groups


def _pengukuran(tabel: TabelLkjip, tahun: int) -> list[dict[str, Any]]:
    """Sasaran groups; the template merges the sasaran cell over its indicators and prints the penjelasan."""
    rows = []
    for no, (sasaran, items) in enumerate(_by_sasaran(tabel.baris).items(), start=1):
        penjelasan = [f"{b.iku.nama}: {r.penjelasan.strip()}" for b in items
                      if (r := b.iku.realisasi.get(tahun)) is not None and r.penjelasan.strip()]
        rows.append({
            "no": str(no),
            "sasaran": sasaran,
            "indikator": [{
                "nama": b.iku.nama,
                "satuan": b.iku.satuan or "-",
                "target": nilai_teks(b.capaian.target),
                "realisasi": _realisasi_teks(b.capaian),
                "capaian": _capaian_teks(b.capaian),
                "predikat": b.capaian.predikat or "-",
                "metode": b.capaian.metode,
            } for b in items],
            "penjelasan": penjelasan or [f"Penjelasan belum diisi pada lembar {LEMBAR_REALISASI.nama}."],
        })
    return rows


def _catatan(tabel: TabelLkjip) -> list[str]:
    """Edge-case notes (target 0, floored capaian, scale scores...) printed under the measurement table."""
    return [f"{b.iku.nama}: {b.capaian.keterangan}" for b in tabel.baris
            if b.capaian.keterangan and b.capaian.status is not Status.BELUM_DILAPORKAN]


def skala_teks(skala: Sequence[Predikat]) -> str:
    """'≥ 91: Sangat Tinggi; 76 – < 91: Tinggi; ...; < 51: Sangat Rendah' from the effective scale."""
    bands = skala_efektif(skala)
    parts = []
    for i, band in enumerate(bands):
        if i == 0:
            parts.append(f"≥ {angka(band.batas_bawah)}: {band.label}")
        elif i == len(bands) - 1 and band.batas_bawah <= 0:
            parts.append(f"< {angka(bands[i - 1].batas_bawah)}: {band.label}")
        else:
            parts.append(f"{angka(band.batas_bawah)} – < {angka(bands[i - 1].batas_bawah)}: {band.label}")
    return "; ".join(parts)


def _perbandingan(tabel: TabelLkjip, periode_awal: int) -> list[dict[str, Any]]:
    """Per indicator: the baseline, then target, realisasi and capaian of every year so far."""
    rows = []
    for no, b in enumerate(tabel.baris, start=1):
        tahun = [{"tahun": f"Kondisi awal (sebelum {periode_awal})", "target": "-",
                  "realisasi": nilai_teks(b.iku.baseline), "capaian": "-", "predikat": "-"}]
        tahun += [{"tahun": str(t), "target": nilai_teks(c.target), "realisasi": _realisasi_teks(c),
                   "capaian": _capaian_teks(c), "predikat": c.predikat or "-"} for t, c in b.riwayat]
        rows.append({"no": str(no), "nama": b.iku.nama, "satuan": b.iku.satuan or "-", "tahun": tahun})
    return rows


def _progres(tabel: TabelLkjip) -> list[dict[str, str]]:
    return [{
        "no": str(no),
        "nama": b.iku.nama,
        "satuan": b.iku.satuan or "-",
        "baseline": nilai_teks(b.iku.baseline),
        "realisasi": _realisasi_teks(b.progres),
        "target_akhir": nilai_teks(b.progres.target),
        "capaian": _capaian_teks(b.progres),
        "metode": b.progres.metode,
    } for no, b in enumerate(tabel.baris, start=1)]


def _efisiensi_teks(e: Efisiensi) -> dict[str, str]:
    return {
        "anggaran": rupiah(e.anggaran),
        "realisasi": rupiah(e.realisasi, kosong=BELUM),
        "serapan": persen(e.serapan),
        "capaian": persen(e.capaian_kinerja),
        "efisiensi": persen(e.nilai),
        "kategori": e.kategori or "-",
        "efisiensi_poin": poin(e.nilai),
    }


def _anggaran(tabel: TabelLkjip) -> list[dict[str, Any]]:
    """Programs, grouped by PD with a heading row in the Pemda's document, one unnamed group in a PD's."""
    groups: dict[str, list[BarisProgram]] = {}
    for p in tabel.program:
        groups.setdefault(p.nama_pd, []).append(p)
    result, no = [], 0
    for nama_pd, items in groups.items():
        rows = []
        for p in items:
            no += 1
            rows.append({"no": str(no), "nama": p.program.nama, **_efisiensi_teks(p.efisiensi),
                         "iku_didukung": ", ".join(p.program.iku_didukung) or "-"})
        result.append({"judul": nama_pd if tabel.adalah_pemda else "", "program": rows})
    return result


# --- the analyses of issue 14: national standard, factors, efficiency rule -----------------------------------

BELUM_ADA_STANDAR = "belum ada standar"
BELUM_DIISI = "belum diisi"


def poin(nilai: Decimal | None) -> str:
    """An efficiency in percentage points with its sign: '+4,20', '−3,10', '0,00'; '-' when unknown."""
    if nilai is None:
        return "-"
    teks = angka(abs(nilai), 2)
    return f"+{teks}" if nilai > 0 else f"−{teks}" if nilai < 0 else teks


def capaian_standar(model: Pemda, iku: IKU) -> Capaian | None:
    """This year's realisasi against the national standard, with the indicator's own polarity and method (the
    standard takes the place of the target); None when the workbook gives no standard."""
    if iku.standar_nasional is None:
        return None
    return compute_capaian(replace(iku, target={model.tahun: iku.standar_nasional}), model.tahun,
                           model.pengaturan)


def konteks_analisis(model: Pemda, tabel: TabelLkjip) -> dict[str, Any]:
    """The context keys the other analyses add: comparison with the national standard, factors and
    improvements per sasaran, and the efficiency rule with the workbook's tolerance."""
    toleransi = model.pengaturan.toleransi_efisiensi
    return {
        "standar": _standar(model, tabel),
        "faktor": _faktor(tabel, model.tahun),
        "toleransi": angka(toleransi),
        "tak_terdefinisi_batas": model.pengaturan.capaian_tak_terdefinisi == TAK_TERDEFINISI_BATAS,
    }


def _standar(model: Pemda, tabel: TabelLkjip) -> list[dict[str, str]]:
    rows = []
    for no, b in enumerate(tabel.baris, start=1):
        c = capaian_standar(model, b.iku)
        rows.append({
            "no": str(no),
            "nama": b.iku.nama,
            "satuan": b.iku.satuan or "-",
            "realisasi": _realisasi_teks(b.capaian),
            "standar": BELUM_ADA_STANDAR if c is None else nilai_teks(b.iku.standar_nasional),
            "sumber": b.iku.sumber_standar or "-",
            "capaian": "-" if c is None else _capaian_teks(c),
            "metode": b.capaian.metode,
            "ada": c is not None,
        })
    return rows


def _faktor(tabel: TabelLkjip, tahun: int) -> list[dict[str, Any]]:
    """Per sasaran, each indicator's supporting and inhibiting factors and improvements of this year."""
    groups = []
    for no, (sasaran, items) in enumerate(_by_sasaran(tabel.baris).items(), start=1):
        indikator = []
        for b in items:
            r = b.iku.realisasi.get(tahun)
            indikator.append({
                "nama": b.iku.nama,
                "pendukung": (r.faktor_pendukung.strip() if r else "") or BELUM_DIISI,
                "penghambat": (r.faktor_penghambat.strip() if r else "") or BELUM_DIISI,
                "upaya": (r.upaya_perbaikan.strip() if r else "") or BELUM_DIISI,
            })
        groups.append({"no": str(no), "sasaran": sasaran, "indikator": indikator})
    return groups


# --- chart ----------------------------------------------------------------------------------------------------

def build_grafik(items: Iterable[tuple[str, Capaian]], skala: Sequence[Predikat] = ()) -> Grafik:
    """The capaian chart of (indicator name, capaian) pairs: render/chart.py draws it when the document is
    rendered. An indicator without a capaian says why in place of its bar."""
    return Grafik(tuple(_batang(nama, c) for nama, c in items), skala_efektif(skala))


def _batang(nama: str, c: Capaian) -> Batang:
    if c.nilai is not None:
        return Batang(nama, c.nilai, persen(c.nilai), c.predikat)
    return Batang(nama, None, BELUM if c.status is Status.BELUM_DILAPORKAN else _STATUS_TEKS[c.status], None)
