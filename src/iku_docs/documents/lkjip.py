"""LKjIP tables (PermenPANRB 53/2014, Bab III): one document for the Pemda and one per Perangkat Daerah.

Two layers, both pure:

- ``build_tables(model)`` computes every figure once, as Decimals (``TabelLkjip``); the Word context
  and the reviewers' .xlsx (``render/xlsx.py``) both read it, so the two never disagree;
- ``build_context(model, tabel)`` turns one ``TabelLkjip`` into strings and flags for
  ``templates/lkjip.docx``, plus the capaian chart as a ``Gambar`` (a PNG drawn here with Pillow, in memory).

Choices (see docs/formats/lkjip.md): indicators are grouped by sasaran in workbook order; the comparison
with previous years runs from the first year of the period to ``model.tahun`` with the baseline first;
a program's "capaian kinerja" is the mean capaian of the indicators it serves (``Program.iku_didukung``; none:
no capaian and no efficiency), the "Jumlah" row uses the mean capaian of the document's own IKU; efficiency is
judged with ``Pengaturan.toleransi_efisiensi``.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache, partial
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
from iku_docs.documents import Dokumen, berkas_unik
from iku_docs.model import IKU, Pemda, PerangkatDaerah, Predikat, Program
from iku_docs.render.docx import Gambar
from iku_docs.render.output import safe_name
from iku_docs.workbook.contract import LEMBAR_REALISASI

TEMPLAT = "lkjip"
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
    dipakai: set[str] = set()
    result = []
    for tabel in build_tables(model):
        stem = "pemda" if tabel.adalah_pemda else safe_name(tabel.kode)
        berkas = berkas_unik(f"lkjip/lkjip-{stem}-{model.tahun}.docx", dipakai)
        result.append(Dokumen(berkas=berkas, templat=TEMPLAT, konteks=partial(build_context, model, tabel),
                              judul=f"Tabel Pengukuran Kinerja {tabel.nama_unit} Tahun {model.tahun}"))
    return result


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
        "grafik": [Gambar(png, LEBAR_GRAFIK_MM) for png in draw_charts(tabel, model.pengaturan.skala_predikat)],
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

LEBAR_GRAFIK_MM = 240.0  # fits the text width of an A4 landscape page too
_DPI = 150
_PX_PER_MM = _DPI / 25.4
_MAKS_BATANG = 12  # indicators per chart, so no chart is a wall of bars
# Tallest chart: the text height of an A4 landscape page (210 − 40 mm) less its heading and caption room.
_MAKS_TINGGI_MM = 150.0
# Layout in millimetres at print size (converted with _px): font sizes, label column, margins.
_HURUF_MM, _HURUF_KECIL_MM, _BARIS_MM = 3.3, 2.9, 4.3
_LABEL_MM, _NILAI_MM, _ATAS_MM, _BAWAH_MM = 88.0, 24.0, 9.0, 12.0
_WARNA = ("#1B5E20", "#558B2F", "#F9A825", "#EF6C00", "#B71C1C")  # best band → worst band


@cache
def _palette() -> Any:
    """White, 32 greys (anti-aliased text), the band colours and the reference red."""
    from PIL import Image, ImageColor

    colours = [(g, g, g) for g in range(0, 256, 8)] + [(255, 255, 255)]
    colours += [ImageColor.getrgb(c) for c in (*_WARNA, "#C62828", "#D0D0D0", "#404040", "#707070")]
    img = Image.new("P", (1, 1))
    img.putpalette([v for rgb in colours for v in rgb])
    return img


@cache
def _font(size: int) -> Any:
    from PIL import ImageFont  # imported lazily: only the LKjIP chart needs Pillow

    return ImageFont.load_default(size=size)


def _px(mm: float) -> int:
    return round(mm * _PX_PER_MM)


def draw_charts(tabel: TabelLkjip, skala: Sequence[Predikat] = ()) -> list[bytes]:
    """The capaian chart(s) of a document, none when there are no indicators.

    Indicators are split over several charts (at most 12 each, and never taller than a landscape page
    holds, long names taking more height), in table order.
    """
    items = [(b.iku.nama, b.capaian) for b in tabel.baris]
    legend = _legend_layout(skala_efektif(skala), _px(_HURUF_KECIL_MM))
    return [draw_chart(chunk, skala) for chunk in _chunks(items, legend.extra)]


def _row_height(nama: str) -> int:
    """Height in pixels of one indicator's row: its wrapped label, or the bar when the label is short."""
    lines = _wrap(nama, _px(_HURUF_MM), _px(_LABEL_MM))
    return max(len(lines) * _px(_BARIS_MM) + _px(3), _px(9))


def _chunks(items: list[tuple[str, Capaian]], legend_extra: int = 0) -> list[list[tuple[str, Capaian]]]:
    budget = _px(_MAKS_TINGGI_MM) - _px(_ATAS_MM) - _px(_BAWAH_MM) - legend_extra
    chunks: list[list[tuple[str, Capaian]]] = []
    used = 0
    for item in items:
        h = _row_height(item[0])
        if not chunks or len(chunks[-1]) >= _MAKS_BATANG or used + h > budget:
            chunks.append([])
            used = 0
        chunks[-1].append(item)
        used += h
    return chunks


def draw_chart(items: Sequence[tuple[str, Capaian]], skala: Sequence[Predikat] = ()) -> bytes:
    """Horizontal bars of capaian (%) per indicator with a 100 % reference line, as a PNG.

    Drawn at 150 dpi for a 240 mm wide picture, with 9-point text: legible when printed, small and fast
    (a large Pemda draws about 100 of these). Bars take the colour of their predikat band; an indicator
    without a capaian shows why instead of a bar.
    """
    bands = skala_efektif(skala)
    besar, kecil = _px(_HURUF_MM), _px(_HURUF_KECIL_MM)  # font sizes in pixels: about 9 and 8 points
    line_h = _px(_BARIS_MM)
    width = _px(LEBAR_GRAFIK_MM)
    x0, x1 = _px(_LABEL_MM) + _px(4), width - _px(_NILAI_MM)
    label_w = _px(_LABEL_MM)
    top, bottom = _px(_ATAS_MM), _px(_BAWAH_MM)
    labels = [_wrap(nama, besar, label_w) for nama, _ in items]
    heights = [_row_height(nama) for nama, _ in items]
    legend = _legend_layout(bands, kecil)
    axis_y = top + sum(heights)  # the bottom of the plot: tick labels and the axis title go below it
    height = axis_y + bottom + legend.extra
    values = [c.nilai for _, c in items if c.nilai is not None]
    skala_maks = max(Decimal(120), *values) if values else Decimal(120)
    axis_max = min(int((skala_maks + 19) // 20 * 20), 200)

    def x_of(v: Decimal | int) -> int:
        return x0 + round((x1 - x0) * min(float(v), axis_max) / axis_max)

    k = _Kanvas(width, height)
    for tick in range(0, axis_max + 1, 20):
        x = x_of(tick)
        k.line([(x, top), (x, axis_y)], "#D0D0D0", 1)
        k.stamp((x, axis_y + _px(1.5)), angka(tick), kecil, "#404040", "ma")
    baseline = axis_y + bottom - _px(1)
    k.stamp((x0, baseline), SUMBU, kecil, "#404040", "ld")  # the axis
    _legend(k, legend, baseline)
    k.stamp((width - _px(2), top - _px(2.5)), "Capaian (%)", kecil, "#404040", "rd")
    values_at: list[tuple[int, str]] = []
    y = top
    for lines, h, (_, c) in zip(labels, heights, items, strict=True):
        mid = y + h // 2
        first = mid - (len(lines) - 1) * line_h // 2
        for i, line in enumerate(lines):
            k.stamp_words((label_w, first + i * line_h), line, besar, "black")
        if c.nilai is None:
            teks = BELUM if c.status is Status.BELUM_DILAPORKAN else _STATUS_TEKS[c.status]
            k.stamp((x0 + _px(2), mid), teks, kecil, "#707070", "lm", over_lines=True)  # crosses the grid
        else:
            bar_h = _px(5)
            k.rectangle([x0, mid - bar_h // 2, max(x_of(c.nilai), x0 + 1), mid + bar_h // 2],
                        _warna(c.predikat, bands))
            values_at.append((mid, persen(c.nilai)))
        y += h
    x100 = x_of(100)
    for y_dash in range(top - _px(2), axis_y, _px(3)):  # dashed: reads as a reference, not a bar
        k.line([(x100, y_dash), (x100, min(y_dash + _px(1.8), axis_y))], "#C62828", 3)
    k.stamp((x100, top - _px(2.5)), "100%", kecil, "#C62828", "md")
    k.line([(x0, top - _px(1)), (x0, axis_y)], "black", 2)
    for mid, teks in values_at:  # a column of their own at the right: never crossed by a bar or the line
        k.stamp((width - _px(2), mid), teks, besar, "black", "rm")
    return k.png()


class _Kanvas:
    """A chart picture drawn straight in palette mode, with the same pixels as drawing it in RGB and
    quantizing it to the fixed palette afterwards (tests compare the two), at a fraction of the cost.

    Every colour is known in advance (grey text on white, flat bars), so a fixed palette loses nothing. Flat
    shapes take their colour's palette index; text is pasted from cached tiles whose anti-aliased edges were
    quantized over white once; text that may cross a line (``over_lines``) is blended in RGB on its own box.
    The picture has one spare column at the left, outside the chart: there each PNG row's filter byte goes,
    so the pixels are deflated as they are, without copying them into another buffer.
    """

    def __init__(self, width: int, height: int) -> None:
        from PIL import Image, ImageDraw

        self._pixels = bytearray([_index("white")]) * ((width + 1) * height)
        self._img = Image.frombuffer("P", (width + 1, height), self._pixels, "raw", "P", 0, 1)
        # Draw into ``_pixels`` itself rather than into a copy: the PNG is deflated straight from it, and
        # reading the pixels back out (Image.tobytes) took longer than drawing them.
        self._img.readonly = 0
        self._img.putpalette(_palette().getpalette())
        self._draw = ImageDraw.Draw(self._img)

    @property
    def image(self) -> Any:
        """The chart without its filter column."""
        return self._img.crop((1, 0, self._img.width, self._img.height))

    def line(self, xy: Sequence[tuple[int, int]], colour: str, width: int) -> None:
        self._draw.line([(x + 1, y) for x, y in xy], fill=_index(colour), width=width)

    def rectangle(self, box: Sequence[int], colour: str) -> None:
        x0, y0, x1, y1 = box
        self._draw.rectangle([x0 + 1, y0, x1 + 1, y1], fill=_index(colour))

    def stamp(self, xy: tuple[int, int], text: str, size: int, colour: str, anchor: str,
              over_lines: bool = False) -> None:
        if over_lines:
            self._blend(xy, text, size, colour, anchor)
        else:
            tile, inked, dx, dy = _tile(text, size, anchor, colour)
            self._paste(tile, inked, xy[0] + dx, xy[1] + dy)

    def stamp_words(self, xy: tuple[int, int], line: str, size: int, colour: str) -> None:
        """An indicator label right-aligned on ``xy`` (anchor "rm"), pasted word by word from cached tiles.

        Each label is drawn once, but its words ("Persentase", "layanan", "yang"...) recur in every chart, and
        FreeType rendering was most of a chart's cost. The built-in font has no kerning and whole-pixel
        advances, so words at their advance positions give exactly the pixels of the whole line (tests
        compare the two).
        """
        x = xy[0] - _width(line, size)
        baseline = xy[1] + _middle_to_baseline(size)
        space = _word_width(" ", size)
        for word in line.split(" "):
            if word:
                tile, inked, dx, dy = _tile(word, size, "ls", colour)
                self._paste(tile, inked, round(x) + dx, baseline + dy)
            x += _word_width(word, size) + space

    def _paste(self, tile: Any, inked: Any, x: int, y: int) -> None:
        # The core paste itself: Image.paste re-checks modes and loads all three images on every call, several
        # times the cost of copying a word, and a large Pemda pastes 10,000 words. Same clipping at the edges.
        self._img.im.paste(tile.im, (x + 1, y, x + 1 + tile.width, y + tile.height), inked.im)

    def _blend(self, xy: tuple[int, int], text: str, size: int, colour: str, anchor: str) -> None:
        """Text over whatever is drawn below it: blended in RGB and quantized, on the text's box only."""
        mask, dx, dy = _mask(text, size, anchor)
        left, top = xy[0] + dx + 1, xy[1] + dy
        region = self._img.crop((left, top, left + mask.width, top + mask.height)).convert("RGB")
        region.paste(colour, (0, 0), mask)
        self._img.paste(_quantize(region), (left, top))

    def png(self) -> bytes:
        """The chart as PNG, rows unfiltered (as Pillow writes palette pictures too).

        Deflated by zlib at level 1 only: a faster deflater (ISA-L is 8x faster) would make the bytes of a
        document depend on what else happens to be installed, and archived outputs must not.
        """
        width, height = self._img.width - 1, self._img.height
        self._draw.line([(0, 0), (0, height - 1)], fill=0)  # filter type 0 (none); clipped text may reach here
        header = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)  # 8-bit palette, no interlace
        return b"".join((_PNG_SIGNATURE, _chunk(b"IHDR", header), _chunk(b"PLTE", bytes(self._img.getpalette())),
                         _chunk(b"IDAT", zlib.compress(self._pixels, 1)), _chunk(b"IEND", b"")))


def _quantize(rgb: Any) -> Any:
    from PIL import Image

    return rgb.quantize(palette=_palette(), dither=Image.Dither.NONE)


@cache
def _lut(colour: str) -> bytes:
    """The palette index of ``colour`` laid over white at each coverage 0..255 (255: the flat colour).

    Made by the operations a picture drawn in RGB goes through (paste through an anti-aliased mask onto
    white, then quantize to the palette), so palette-mode drawing gives the same pixels.
    """
    from PIL import Image

    rgb = Image.new("RGB", (256, 1), "white")
    rgb.paste(colour, (0, 0, 256, 1), Image.frombytes("L", (256, 1), bytes(range(256))))
    return _quantize(rgb).tobytes()


def _index(colour: str) -> int:
    return _lut(colour)[255]


_INKED = bytes([0] + [255] * 255)  # coverage → paste mask: every pixel the text touches, and no other


@lru_cache(maxsize=4096)
def _tile(text: str, size: int, anchor: str, colour: str) -> tuple[Any, Any, int, int]:
    """``text`` as palette indices over white, the mask of the pixels it touches, and its offset.

    Mapped with bytes.translate: Image.point rounds its 256-entry table in Python on every call."""
    from PIL import Image

    mask, dx, dy = _mask(text, size, anchor)
    coverage = mask.tobytes()
    tile = Image.frombytes("P", mask.size, coverage.translate(_lut(colour)))
    return tile, Image.frombytes("L", mask.size, coverage.translate(_INKED)), dx, dy


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@lru_cache(maxsize=4096)
def _mask(text: str, size: int, anchor: str) -> tuple[Any, int, int]:
    """Anti-aliased text as an 'L' mask and its offset from the anchor point, rendered once per text:
    tick labels, legend and common values repeat on every chart, and FreeType rendering dominates."""
    from PIL import Image

    # getmask2 lays the text out and renders it once; what ImageDraw.text does after measuring it again.
    bitmap, (left, top) = _font(size).getmask2(text, mode="L", anchor=anchor)
    width, height = bitmap.size
    mask = Image.new("L", (max(width, 1), max(height, 1)), 0)
    if width and height:
        mask.im.paste(bitmap, (0, 0, width, height))
    return mask, left, top


SUMBU = "Capaian (%)"  # the axis title, at the left of the bottom line


@dataclass(frozen=True, slots=True)
class Kunci:
    """One legend key: a colour swatch and its label's lines, each line a (left x, y, text) with y
    relative to the bottom line's baseline (0: on it; the rows under it are further down)."""

    warna: str
    swatch: tuple[int, int, int, int]  # left, top, right, bottom (relative y, as the lines)
    baris: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True, slots=True)
class TataLegenda:
    """Where the predikat legend goes: on the bottom line right of the axis title when it fits there
    (every usual scale), otherwise on rows of its own under that line, ``extra`` pixels taller."""

    kunci: tuple[Kunci, ...]
    size: int
    extra: int


def _legend(k: _Kanvas, tata: TataLegenda, baseline: int) -> None:
    """Predikat colour keys: the colours mean what the Predikat column says. Text blended as over lines (it
    never is now; kept so the usual legend keeps its exact pixels)."""
    for key in tata.kunci:
        for x, y, line in key.baris:
            k.stamp((x, baseline + y), line, tata.size, "#404040", "ld", over_lines=True)
        left, top, right, bottom = key.swatch
        k.rectangle([left, baseline + top, right, baseline + bottom], key.warna)


@lru_cache(maxsize=64)
def _legend_layout(bands: tuple[Predikat, ...], size: int) -> TataLegenda:
    """Right-aligned on the bottom line when the whole legend fits right of the axis title with a gap to
    spare; otherwise keys flow left to right on rows under that line, a label too long for a row wrapped
    over several lines. Never over the axis title, never past either edge of the picture."""
    gap, swatch = _px(4), _px(3)
    right = _px(LEBAR_GRAFIK_MM) - _px(2)
    widths = [_mask(b.label, size, "ld")[0].width for b in bands]
    one_line = sum(widths) + 2 * gap * len(bands) - gap
    title_right = _px(_LABEL_MM) + _px(4) + _text_box(SUMBU, size, "ld")[2]
    if right - one_line >= title_right + gap:
        keys, x = [], right
        for band, w in zip(reversed(bands), reversed(widths), strict=True):
            x -= w
            label_x = x
            x -= gap
            keys.append(Kunci(_warna(band.label, bands), (x, -swatch, x + swatch, 0), ((label_x, 0, band.label),)))
            x -= gap
        return TataLegenda(tuple(reversed(keys)), size, 0)
    line_h = _px(_BARIS_MM)
    left = _px(2)
    room = right - left - gap  # the widest label: a whole row less its swatch
    keys, x, y, row_lines = [], left, line_h, 1
    for band in bands:
        lines = [band.label] if _mask(band.label, size, "ld")[0].width <= room else \
            list(_wrap(band.label, size, room, max_lines=20))
        w = gap + max(_text_box(line, size, "ld")[2] for line in lines)
        if x > left and x + w > right:  # the next row
            x, y, row_lines = left, y + row_lines * line_h, 1
        keys.append(Kunci(_warna(band.label, bands), (x, y - swatch, x + swatch, y),
                          tuple((x + gap, y + i * line_h, line) for i, line in enumerate(lines))))
        row_lines = max(row_lines, len(lines))
        x += w + gap
    return TataLegenda(tuple(keys), size, y + (row_lines - 1) * line_h)


def _text_box(text: str, size: int, anchor: str) -> tuple[int, int, int, int]:
    """The box ``text`` inks around its anchor point, as (left, top, right, bottom) offsets."""
    mask, dx, dy = _mask(text, size, anchor)
    return dx, dy, dx + mask.width, dy + mask.height


def chart_boxes(items: Sequence[tuple[str, Capaian]], skala: Sequence[Predikat] = ()) -> dict[str, Any]:
    """The picture's box, the axis title's and every legend swatch's and label line's, in pixels (left, top,
    right, bottom) as ``draw_chart`` places them: for tests to check nothing overlaps or leaves the picture."""
    kecil = _px(_HURUF_KECIL_MM)
    legend = _legend_layout(skala_efektif(skala), kecil)
    axis_y = _px(_ATAS_MM) + sum(_row_height(nama) for nama, _ in items)
    baseline = axis_y + _px(_BAWAH_MM) - _px(1)

    def at(x: int, y: int, text: str) -> tuple[int, int, int, int]:
        left, top, right, bottom = _text_box(text, kecil, "ld")
        return x + left, y + top, x + right, y + bottom

    x0 = _px(_LABEL_MM) + _px(4)
    return {
        "gambar": (0, 0, _px(LEBAR_GRAFIK_MM), axis_y + _px(_BAWAH_MM) + legend.extra),
        "sumbu": at(x0, baseline, SUMBU),
        "legenda": [box for key in legend.kunci for box in (
            (key.swatch[0], baseline + key.swatch[1], key.swatch[2], baseline + key.swatch[3]),
            *(at(x, baseline + y, line) for x, y, line in key.baris))],
    }


def _warna(predikat: str | None, bands: Sequence[Predikat]) -> str:
    labels = [b.label for b in bands]
    if predikat not in labels or len(labels) < 2:
        return _WARNA[0]
    pos = labels.index(predikat) / (len(labels) - 1)
    return _WARNA[round(pos * (len(_WARNA) - 1))]


@lru_cache(maxsize=4096)
def _word_width(word: str, size: int) -> float:
    return _font(size).getlength(word)


@cache
def _middle_to_baseline(size: int) -> int:
    """Pixels from a line's middle (anchor "m") down to its baseline: font metrics, the same for every text."""
    return _mask("x", size, "lm")[2] - _mask("x", size, "ls")[2]


def _width(text: str, size: int) -> float:
    """The advance width of ``text`` from cached word widths: exact for the built-in font, which has no
    kerning (Pillow's basic layout adds glyph advances), and a fifth of the cost of measuring each line."""
    words = text.split(" ")
    return sum(_word_width(w, size) for w in words) + (len(words) - 1) * _word_width(" ", size)


@lru_cache(maxsize=4096)
def _wrap(text: str, size: int, width_px: int, max_lines: int = 4) -> tuple[str, ...]:
    """Greedy word wrap by rendered width; text beyond ``max_lines`` lines ends in an ellipsis."""
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if _width(candidate, size) <= width_px or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        last = " ".join(lines[max_lines - 1:]).split()
        while len(last) > 1 and _width(" ".join(last) + " …", size) > width_px:
            last.pop()
        lines = [*lines[:max_lines - 1], " ".join(last) + " …"]
    return tuple(lines) or ("-",)

