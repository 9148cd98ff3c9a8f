"""The LKjIP draft (Laporan Kinerja Instansi Pemerintah, PermenPANRB 53/2014): the Pemda's and each PD's.

Bab I Pendahuluan (identity, tugas pokok, fungsi), Bab II Perencanaan Kinerja (sasaran, IKU, the year's PK
targets), Bab III Akuntabilitas Kinerja (A. per sasaran: the measurement table and the analyses of each
indicator; B. realisasi anggaran and efficiency per program), Bab IV Penutup (a summary by predikat) and the
Lampiran (a reference to the PK). See docs/formats/lkjip.md.

The figures are those of the LKjIP tables: every number comes from ``documents.lkjip.build_context`` of the same
``TabelLkjip``, so the draft and the tables never disagree. This builder hands ``templates/laporan-kinerja.docx``
strings and flags only (which comparison holds, what is missing); the sentences are in the template, where a
Bagian Organisasi rewords them, and so are the highlighted "[diisi: …]" placeholders printed where only staff
know the text (an empty string here means "print the placeholder").
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import partial
from typing import Any

from iku_docs import formatting
from iku_docs.capaian import CUKUP_EFISIEN, EFISIEN, KURANG_EFISIEN, Capaian, Status, skala_efektif
from iku_docs.documents import Dokumen, berkas_unik, kind_named, lkjip, pk
from iku_docs.documents.lkjip import BarisIKU, TabelLkjip, build_tables, persen
from iku_docs.model import Nilai, Pemda

(TEMPLAT,) = kind_named("laporan").templates
# lkjip.build_context keys the draft prints; the chart is left out (the draft shows no chart, so it is not drawn).
_KUNCI_TABEL = ("pengukuran", "progres", "standar", "faktor", "anggaran", "total", "toleransi", "rata_rata",
                "skala_predikat", "catatan", "tak_terdefinisi_batas")
# How a capaian compares with another one: the template words each case ("lebih baik daripada" …).
NAIK, TURUN, SAMA = "naik", "turun", "sama"


def documents(model: Pemda) -> list[Dokumen]:
    """``lkjip/laporan-kinerja-pemda-<tahun>.docx`` and one per PD, the slug of ``documents.lkjip``."""
    kind = kind_named("laporan")
    berkas_pk = _berkas_pk(model)
    dipakai: set[str] = set()
    result = []
    for tabel in build_tables(model):
        unit = "pemda" if tabel.adalah_pemda else tabel.kode
        berkas = berkas_unik(kind.file_name_for(unit=unit, tahun=model.tahun), dipakai)
        lampiran = berkas_pk[""] if tabel.adalah_pemda else berkas_pk.get(tabel.kode, "")
        result.append(Dokumen(berkas=berkas, templat=TEMPLAT,
                              konteks=partial(build_context, model, tabel, berkas_pk=lampiran),
                              judul=f"Laporan Kinerja {tabel.nama_unit} Tahun {model.tahun}"))
    return result


def _berkas_pk(model: Pemda) -> dict[str, str]:
    """The PK file each unit's draft refers to ("" for the head of the region's): the PK kind names them (PDs in
    workbook order, then the head of the region), so the reference is the file actually written."""
    docs = pk.documents(model)
    result = {pd.kode: d.berkas for pd, d in zip(model.perangkat_daerah, docs, strict=False)}
    result[""] = docs[-1].berkas
    return result


def build_context(model: Pemda, tabel: TabelLkjip, *, berkas_pk: str = "") -> dict[str, Any]:
    """Strings and flags for ``templates/laporan-kinerja.docx``."""
    dasar = lkjip.build_context(model, tabel)
    context = {key: dasar[key] for key in _KUNCI_TABEL}
    context.update({
        "tahun": str(model.tahun),
        "tahun_lalu": str(model.tahun - 1),
        "nama_unit": tabel.nama_unit,
        "judul_unit": tabel.nama_unit.upper(),
        "judul_daerah": dasar["judul_daerah"],
        "nama_daerah": model.nama_lengkap,
        "adalah_pemda": tabel.adalah_pemda,
        "dokumen_rencana": tabel.dokumen_rencana,
        "periode": dasar["periode"],
        "tahun_akhir": str(model.periode_akhir),
        "identitas": _identitas(model, tabel),
        "sasaran": _sasaran(model, tabel, dasar),
        "jumlah_iku": str(len(tabel.baris)),
        "predikat": _ringkasan_predikat(model, tabel.baris),
        "belum_terukur": _belum_terukur(tabel.baris),
        "efisiensi": _ringkasan_efisiensi(tabel),
        "ttd": _ttd(model, tabel),
        "berkas_pk": berkas_pk,
        "berkas_tabel": lkjip_berkas(model, tabel),
    })
    return context


def lkjip_berkas(model: Pemda, tabel: TabelLkjip) -> str:
    unit = "pemda" if tabel.adalah_pemda else tabel.kode
    return kind_named("lkjip").file_name_for(unit=unit, tahun=model.tahun)


# --- Bab I ----------------------------------------------------------------------------------------------------

def _identitas(model: Pemda, tabel: TabelLkjip) -> dict[str, Any]:
    """Identity rows; tugas pokok and fungsi of a PD from its Identitas row, "" (a placeholder) where the
    workbook has none (the Pemda's are in the Perda on its organisation, which the workbook does not hold)."""
    if tabel.adalah_pemda:
        return {
            "kepala": f"{model.kepala.awalan}{model.jabatan_kepala} {model.nama_daerah}",
            "nama_kepala": model.kepala.nama,
            "ibu_kota": model.ibu_kota,
            "jumlah_pd": str(len(model.perangkat_daerah)),
            "perangkat_daerah": [pd.nama for pd in model.perangkat_daerah],
            "tugas_pokok": "",
            "fungsi": [],
        }
    pd = model.pd(tabel.kode)
    assert pd is not None  # build_tables made this table from it
    return {
        "kepala": f"{pd.kepala.awalan}{pd.kepala.jabatan}".strip(),
        "nama_kepala": pd.kepala.nama,
        "ibu_kota": model.ibu_kota,
        "jumlah_pd": "",
        "perangkat_daerah": [],
        "tugas_pokok": pd.tugas_pokok.strip(),
        "fungsi": [f.strip() for f in pd.fungsi if f.strip()],
    }


# --- Bab III A: per sasaran -----------------------------------------------------------------------------------

def _kelompok(baris: Sequence[BarisIKU]) -> list[list[int]]:
    """Indices into ``baris`` grouped by sasaran in first-appearance order: the grouping of lkjip's tables."""
    groups: dict[str, list[int]] = {}
    for i, b in enumerate(baris):
        groups.setdefault(b.iku.sasaran.strip(), []).append(i)
    return list(groups.values())


def _sasaran(model: Pemda, tabel: TabelLkjip, dasar: dict[str, Any]) -> list[dict[str, Any]]:
    """Each sasaran with its measurement rows (lkjip's) and one analysis per indicator."""
    result = []
    for group, ukur, faktor in zip(_kelompok(tabel.baris), dasar["pengukuran"], dasar["faktor"], strict=True):
        analisis = [_analisis(model, tabel, tabel.baris[i], baris, dasar["progres"][i], dasar["standar"][i],
                              fak)
                    for i, baris, fak in zip(group, ukur["indikator"], faktor["indikator"], strict=True)]
        indikator = [{**baris, "target_akhir": dasar["progres"][i]["target_akhir"]}
                     for i, baris in zip(group, ukur["indikator"], strict=True)]
        # lkjip prints a "not filled in" line in place of an empty penjelasan; the draft leaves it out.
        ada = any((r := tabel.baris[i].iku.realisasi.get(model.tahun)) is not None and r.penjelasan.strip()
                  for i in group)
        result.append({"no": ukur["no"], "nama": ukur["sasaran"], "indikator": indikator,
                       "penjelasan": ukur["penjelasan"] if ada else [], "ada_penjelasan": ada,
                       "analisis": analisis})
    return result


def _analisis(model: Pemda, tabel: TabelLkjip, b: BarisIKU, ukur: dict[str, str], progres: dict[str, str],
              standar: dict[str, Any], faktor: dict[str, str]) -> dict[str, Any]:
    c = b.capaian
    return {
        "nama": b.iku.nama,
        "terukur": c.nilai is not None,
        "capaian": ukur["capaian"],
        "predikat": ukur["predikat"],
        "alasan": _alasan(c),
        "target": dengan_satuan(c.target, b.iku.satuan),
        "realisasi": dengan_satuan(c.realisasi, b.iku.satuan) if c.status is not Status.BELUM_DILAPORKAN else "",
        "lalu": _tahun_lalu(b, model.tahun),
        "awal": dengan_satuan(b.iku.baseline, b.iku.satuan) if b.iku.baseline is not None else "",
        "akhir": {"terukur": b.progres.nilai is not None, "capaian": progres["capaian"],
                  "target": dengan_satuan(b.progres.target, b.iku.satuan) if b.progres.target is not None else ""},
        "standar": {"ada": standar["ada"], "nilai": dengan_satuan(b.iku.standar_nasional, b.iku.satuan),
                    "sumber": b.iku.sumber_standar.strip(), "capaian": standar["capaian"],
                    "arah": _arah_standar(model, b)},
        # "" = not in the workbook: the template prints its placeholder.
        "pendukung": _isi(faktor["pendukung"]),
        "penghambat": _isi(faktor["penghambat"]),
        "upaya": _isi(faktor["upaya"]),
        "program": _program_iku(model, tabel, b.iku.kode),
    }


def dengan_satuan(nilai: Nilai | None, satuan: str) -> str:
    """'98,5%', '12 orang', 'WTP' (a scale level carries no unit); '-' when there is no value."""
    teks = lkjip.nilai_teks(nilai)
    satuan = satuan.strip()
    if nilai is None or isinstance(nilai, str) or not satuan or satuan == "-":
        return teks
    return f"{teks}{satuan}" if satuan == "%" else f"{teks} {satuan}"


def _alasan(c: Capaian) -> str:
    """Why an indicator has no capaian this year, as the sentence's words ("" when it has one)."""
    if c.nilai is not None:
        return ""
    if c.status is Status.TIDAK_TERDEFINISI:
        return c.keterangan.strip() or "rumus capaian membagi dengan nol"
    return str(c.status)


def _arah(sekarang: Decimal, pembanding: Decimal) -> str:
    return NAIK if sekarang > pembanding else TURUN if sekarang < pembanding else SAMA


def _tahun_lalu(b: BarisIKU, tahun: int) -> dict[str, str] | None:
    """Last year's capaian and how this year's compares (capaian already carries the polarity: higher is
    better); None when either year has no capaian, so the sentence is left out rather than guessed."""
    lalu = dict(b.riwayat).get(tahun - 1)
    if lalu is None or lalu.nilai is None or b.capaian.nilai is None:
        return None
    return {"tahun": str(tahun - 1), "capaian": persen(lalu.nilai), "arah": _arah(b.capaian.nilai, lalu.nilai)}


def _arah_standar(model: Pemda, b: BarisIKU) -> str:
    """NAIK: the realisasi is better than the national standard, SAMA: meets it, TURUN: below it; "" when the
    comparison has no value (no standard, no realisasi)."""
    c = lkjip.capaian_standar(model, b.iku)
    if c is None or c.nilai is None:
        return ""
    return _arah(c.nilai, Decimal(100))


def _isi(teks: str) -> str:
    """The workbook's text as a sentence ending in one full stop; "" when the workbook left it empty."""
    if teks == lkjip.BELUM_DIISI:
        return ""
    return teks if teks.endswith((".", "!", "?")) else f"{teks}."


def _program_iku(model: Pemda, tabel: TabelLkjip, kode: str) -> list[dict[str, str]]:
    """The programs of this document that serve the indicator (their IKU Didukung), with their own capaian.
    A Pemda indicator is served through the PD indicators that support it (Mendukung IKU Pemda): programs name
    those."""
    kode_iku = {kode}
    if tabel.adalah_pemda:
        kode_iku |= {i.kode for pd in model.perangkat_daerah for i in pd.iku if i.mendukung == kode}
    return [{"nama": p.program.nama,
             "capaian": persen(p.efisiensi.capaian_kinerja) if p.efisiensi.capaian_kinerja is not None else "",
             "kategori": p.efisiensi.kategori or ""}
            for p in tabel.program if kode_iku.intersection(p.program.iku_didukung)]


# --- Bab III B and Bab IV: summaries ----------------------------------------------------------------------------

def _ringkasan_efisiensi(tabel: TabelLkjip) -> dict[str, Any]:
    """How many programs fall in each efficiency category, and how many could not be judged (no IKU Didukung,
    no realisasi, or no capaian of what they serve)."""
    kategori = [p.efisiensi.kategori for p in tabel.program]
    tanpa_iku = sum(1 for p in tabel.program if not p.program.iku_didukung)
    return {
        "jumlah": str(len(kategori)),
        "efisien": str(kategori.count(EFISIEN)),
        "cukup": str(kategori.count(CUKUP_EFISIEN)),
        "kurang": str(kategori.count(KURANG_EFISIEN)),
        "tanpa_iku": str(tanpa_iku),
        "tak_dinilai": str(sum(1 for k in kategori if k is None) - tanpa_iku),
        "ada": bool(kategori),
        "serapan_ada": tabel.total.serapan is not None,
        "nilai_ada": tabel.total.nilai is not None,
    }


def _ringkasan_predikat(model: Pemda, baris: Sequence[BarisIKU]) -> list[dict[str, str]]:
    """The number of indicators in each predikat band, best first, bands with none left out."""
    labels = [band.label for band in skala_efektif(model.pengaturan.skala_predikat)]
    counts = [(label, sum(1 for b in baris if b.capaian.nilai is not None and b.capaian.predikat == label))
              for label in labels]
    return [{"label": label, "jumlah": str(n)} for label, n in counts if n]


def _belum_terukur(baris: Sequence[BarisIKU]) -> list[dict[str, str]]:
    """Indicators without a capaian, counted by reason (belum dilaporkan, tanpa target, tidak terdefinisi…)."""
    counts: dict[str, int] = {}
    for b in baris:
        if b.capaian.nilai is None:
            counts[str(b.capaian.status)] = counts.get(str(b.capaian.status), 0) + 1
    return [{"alasan": alasan, "jumlah": str(n)} for alasan, n in counts.items()]


def _ttd(model: Pemda, tabel: TabelLkjip) -> dict[str, Any]:
    """The signatory: the head of the region for the Pemda, the PD head for a PD (pk's titles)."""
    if tabel.adalah_pemda:
        pejabat = pk.pejabat_context(model.kepala, pk._jabatan_kepala(model), dengan_nip=False)
    else:
        pd = model.pd(tabel.kode)
        assert pd is not None
        pejabat = pk.pejabat_context(pd.kepala, pk._jabatan_pd(pd.kepala.jabatan, model))
    return {**pejabat, "tempat": model.ibu_kota, "tanggal": formatting.tanggal(model.tanggal_dokumen)}
