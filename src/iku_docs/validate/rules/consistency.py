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

from iku_docs.findings import Temuan, Tingkat
from iku_docs.model import IKU, Pemda
from iku_docs.validate.rules.base import (
    Aturan,
    Kriteria,
    angka,
    kolom_target,
    kosong,
    kutip,
    nilai_teks,
    rapikan,
    temuan,
)
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
            yield temuan(PERSEN_RUMUS, iku, c.KOLOM_FORMULA,
                         pesan=f"Jenis Angka Persentase, tetapi formula {kutip(iku.formula)} bukan perbandingan "
                               "bagian terhadap keseluruhan.",
                         saran="Tulis formula sebagai pembagian, misalnya '(Jumlah yang memenuhi kriteria ÷ "
                               "Jumlah seluruh sasaran) × 100%'.")


def _persen_satuan(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        if iku.jenis_angka == PERSENTASE and not _satuan_persen(iku.satuan):
            yield temuan(PERSEN_SATUAN, iku, c.KOLOM_SATUAN,
                         pesan=f"Jenis Angka Persentase, tetapi satuannya {kutip(iku.satuan)}.",
                         saran="Tulis satuan '%', atau ubah Jenis Angka bila indikator ini bukan persentase.")
        elif iku.jenis_angka in (KUALITATIF, ABSOLUT) and _satuan_persen(iku.satuan):
            yield temuan(PERSEN_SATUAN, iku, c.KOLOM_SATUAN,
                         pesan=f"Satuan '%' tidak cocok dengan Jenis Angka {iku.jenis_angka}.",
                         saran="Ubah Jenis Angka menjadi Persentase, atau tulis satuan yang sesuai "
                               "(misalnya 'orang', 'unit', 'opini').")


def _persen_lebih_100(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        if iku.jenis_angka != PERSENTASE:
            continue
        for header, nilai in _nilai_tahunan(iku):
            value = angka(nilai)
            if value is not None and value > 100:
                yield temuan(PERSEN_LEBIH_100, iku, header,
                             pesan=f"Nilai {nilai_teks(value)}% pada kolom '{header}' melebihi 100% untuk indikator "
                                   "berjenis Persentase (bagian dari keseluruhan tidak dapat melebihi 100%).",
                             saran="Periksa apakah angka ditulis dalam skala yang benar (misalnya 0,93 atau 93), "
                                   "atau ubah Jenis Angka bila yang diukur adalah pertumbuhan/rasio.")


def _rasio_rumus(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        if iku.jenis_angka == RASIO and not kosong(iku.formula) and not _membagi(iku.formula):
            yield temuan(RASIO_RUMUS, iku, c.KOLOM_FORMULA,
                         pesan=f"Jenis Angka Rasio, tetapi formula {kutip(iku.formula)} tidak membandingkan dua "
                               "besaran.",
                         saran="Tulis formula sebagai pembagian, misalnya 'Jumlah dokter ÷ Jumlah penduduk × "
                               "1.000'.")


def _kualitatif_skala(model: Pemda) -> Iterator[Temuan]:
    skala_teks = "; ".join(f"{nama}: {', '.join(levels)}" for nama, levels in c.SKALA_KUALITATIF.items())
    for iku in model.all_iku():
        kualitatif = iku.jenis_angka == KUALITATIF
        for header, nilai in _nilai_tahunan(iku):
            if kualitatif and isinstance(nilai, Decimal):
                yield temuan(KUALITATIF_SKALA, iku, header,
                             pesan=f"Indikator Kualitatif diberi target/nilai angka {nilai_teks(nilai)} pada kolom "
                                   f"'{header}'; capaiannya tidak dapat dinilai pada skala.",
                             saran=f"Tulis salah satu tingkat skala ({skala_teks}), atau ubah Jenis Angka.")
            elif kualitatif and str(nilai).strip().upper() not in _SEMUA_LEVEL:
                yield temuan(KUALITATIF_SKALA, iku, header,
                             pesan=f"Nilai {kutip(str(nilai))} pada kolom '{header}' bukan tingkat skala kualitatif "
                                   "yang dikenal.",
                             saran=f"Tulis salah satu tingkat skala ({skala_teks}).")
            elif not kualitatif and isinstance(nilai, str):
                yield temuan(KUALITATIF_SKALA, iku, header,
                             pesan=f"Nilai {kutip(nilai)} pada kolom '{header}' berupa teks, padahal Jenis Angka "
                                   f"indikator ini {iku.jenis_angka}.",
                             saran="Tulis angka (misalnya '93' atau '6,5'), atau ubah Jenis Angka menjadi "
                                   "Kualitatif bila target berupa tingkat skala.")


# --- Accountability cells --------------------------------------------------------------------


def _cek_kosong(model: Pemda, aturan: Aturan, kolom: str, isi: Callable[[IKU], str], apa: str,
                saran: str) -> Iterator[Temuan]:
    for iku in model.all_iku():
        if kosong(isi(iku)):
            yield temuan(aturan, iku, kolom, pesan=f"{apa} indikator {kutip(iku.nama)} belum diisi.", saran=saran)


def _definisi(model: Pemda) -> Iterator[Temuan]:
    yield from _cek_kosong(model, DEFINISI_KOSONG, c.KOLOM_DEFINISI, attrgetter("definisi"), "Definisi operasional",
                           "Jelaskan apa yang diukur, batasan populasinya dan periode pengukurannya.")
    yield from _definisi_mengulang(model)


def _rumus(model: Pemda) -> Iterator[Temuan]:
    return _cek_kosong(model, RUMUS_KOSONG, c.KOLOM_FORMULA, attrgetter("formula"), "Formula",
                       "Tulis cara menghitung, misalnya '(Jumlah X ÷ Jumlah Y) × 100%'.")


def _alasan(model: Pemda) -> Iterator[Temuan]:
    return _cek_kosong(model, ALASAN_KOSONG, c.KOLOM_ALASAN, attrgetter("alasan"), "Alasan pemilihan",
                       "Jelaskan mengapa indikator ini dipilih untuk mengukur sasaran.")


def _sumber(model: Pemda) -> Iterator[Temuan]:
    return _cek_kosong(model, SUMBER_KOSONG, c.KOLOM_SUMBER_DATA, attrgetter("sumber_data"), "Sumber data",
                       "Tulis sumber datanya, misalnya 'BPS Kabupaten', 'Profil Kesehatan', 'SIPD'.")


def _definisi_mengulang(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        definisi = rapikan(iku.definisi).lower().rstrip(".")
        if not kosong(iku.definisi) and definisi in {rapikan(iku.nama).lower().rstrip("."), ""}:
            yield temuan(DEFINISI_KOSONG, iku, c.KOLOM_DEFINISI,
                         pesan="Definisi operasional hanya mengulang nama indikator, sehingga batasan yang diukur "
                               "tidak jelas.",
                         saran="Jelaskan apa yang dihitung, batasan populasinya dan periode pengukurannya.")


def _pj(model: Pemda) -> Iterator[Temuan]:
    kode_pd = {pd.kode for pd in model.perangkat_daerah}
    for iku in model.iku:
        kode = [k for k in iku.pd_penanggung_jawab if not kosong(k)]
        if not kode:
            yield temuan(PJ_KOSONG, iku, c.KOLOM_PD_PJ,
                         pesan=f"IKU {iku.kode} belum menyebut Perangkat Daerah penanggung jawab.",
                         saran=f"Tulis kode PD dari lembar '{c.LEMBAR_PD.nama}', misalnya "
                               f"'{next(iter(sorted(kode_pd)), 'DINKES')}'.")
        for k in kode:
            if k not in kode_pd:
                yield temuan(PJ_KOSONG, iku, c.KOLOM_PD_PJ,
                             pesan=f"Kode PD '{k}' pada IKU {iku.kode} tidak ada di lembar '{c.LEMBAR_PD.nama}', "
                                   "sehingga penanggung jawabnya tidak jelas.",
                             saran=_saran_kode(k, kode_pd))
    for pd in model.perangkat_daerah:
        for iku in pd.iku:
            if kosong(iku.unit_terkait):
                yield temuan(PJ_KOSONG, iku, c.KOLOM_UNIT_TERKAIT,
                             pesan=f"IKU {iku.kode} belum menyebut bidang/bagian yang bertanggung jawab.",
                             saran="Tulis nama bidang atau bagian, misalnya 'Bidang Pelayanan Kesehatan'.")


def _saran_kode(kode: str, semua: set[str]) -> str:
    mirip = difflib.get_close_matches(kode.upper(), sorted(semua), n=1, cutoff=0.5)
    if mirip:
        return f"Mungkin maksudnya '{mirip[0]}'; atau tambahkan PD '{kode}' ke lembar '{c.LEMBAR_PD.nama}'."
    return f"Gunakan kode PD yang ada di lembar '{c.LEMBAR_PD.nama}'."


PERSEN_RUMUS = Aturan(
    kode="SMART-PERSEN-RUMUS", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.KONSISTENSI,
    judul="Persentase tanpa rumus pembagian",
    penjelasan="Persentase adalah perbandingan bagian terhadap keseluruhan (bahan 004, tipe angka). Formula "
               "tanpa pembagian membuat angka yang dilaporkan tidak dapat diperiksa ulang.",
    periksa=_persen_rumus,
)
PERSEN_SATUAN = Aturan(
    kode="SMART-PERSEN-SATUAN", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.KONSISTENSI,
    judul="Satuan tidak cocok dengan Jenis Angka",
    penjelasan="Indikator Persentase bersatuan '%'; sebaliknya satuan '%' pada indikator Kualitatif atau "
               "Kuantitas Absolut menandakan jenis angkanya keliru. Lampiran dan PK mencetak satuan ini apa adanya.",
    periksa=_persen_satuan,
)
PERSEN_LEBIH_100 = Aturan(
    kode="SMART-PERSEN-LEBIH-100", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.DAPAT_DICAPAI,
    judul="Persentase di atas 100",
    penjelasan="Bagian dari keseluruhan tidak dapat melebihi 100%. Nilai di atas 100 biasanya salah ketik, salah "
               "skala, atau sebenarnya mengukur pertumbuhan yang seharusnya berjenis lain.",
    periksa=_persen_lebih_100,
)
RASIO_RUMUS = Aturan(
    kode="SMART-RASIO-RUMUS", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.KONSISTENSI,
    judul="Rasio tanpa rumus pembagian",
    penjelasan="Rasio membandingkan angka absolut sesuatu dengan angka lain yang terkait (bahan 004, misalnya "
               "rasio dokter per penduduk); formulanya harus menyebut pembilang dan penyebut.",
    periksa=_rasio_rumus,
)
KUALITATIF_SKALA = Aturan(
    kode="SMART-KUALITATIF-SKALA", tingkat=Tingkat.GALAT, kriteria=Kriteria.KONSISTENSI,
    judul="Target tidak sesuai Jenis Angka",
    penjelasan="Target indikator Kualitatif harus berupa tingkat skala berurutan (WTP/WDP/TW/TMP, AA…D, A…E; "
               "bahan 004); target indikator lainnya harus angka. Bila tidak, capaian pada LKjIP tidak dapat "
               "dihitung, sehingga dokumen menjadi salah.",
    periksa=_kualitatif_skala,
)
DEFINISI_KOSONG = Aturan(
    kode="SMART-DEFINISI-KOSONG", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.SPESIFIK,
    judul="Definisi operasional kosong atau mengulang nama",
    penjelasan="Definisi operasional menjelaskan apa yang diukur dan batasannya, sehingga dua orang yang mengukur "
               "mendapat hasil yang sama (bahan 004: spesifik dan tidak berdwimakna). Isian '-' atau pengulangan "
               "nama indikator tidak memenuhi itu.",
    periksa=_definisi,
)
RUMUS_KOSONG = Aturan(
    kode="SMART-RUMUS-KOSONG", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.TERUKUR,
    judul="Formula kosong",
    penjelasan="Tanpa formula, realisasi tidak dapat dihitung ulang atau diverifikasi (bahan 000: valid dan "
               "reliabel; bahan 004 Lampiran 1 memuat kolom Formula).",
    periksa=_rumus,
)
ALASAN_KOSONG = Aturan(
    kode="SMART-ALASAN-KOSONG", tingkat=Tingkat.SARAN, kriteria=Kriteria.RELEVAN,
    judul="Alasan pemilihan indikator kosong",
    penjelasan="Lampiran I dan II memuat kolom Alasan: mengapa indikator ini mengukur sasarannya. Tanpa alasan, "
               "relevansi indikator tidak dapat dinilai reviu.",
    periksa=_alasan,
)
SUMBER_KOSONG = Aturan(
    kode="SMART-SUMBER-KOSONG", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.TERUKUR,
    judul="Sumber data kosong",
    penjelasan="Data indikator harus dapat dikumpulkan dan diverifikasi (bahan 000 dan 004: efektif, data "
               "tersedia). Tanpa sumber data, realisasi tidak dapat ditelusuri.",
    periksa=_sumber,
)
PJ_KOSONG = Aturan(
    kode="SMART-PJ-KOSONG", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.AKUNTABEL,
    judul="Penanggung jawab kosong atau tidak dikenal",
    penjelasan="Setiap indikator harus punya penanggung jawab yang jelas (bahan 000: akuntabel; 'tetapkan "
               "tanggung jawab jelas atas setiap indikator'). IKU Pemda menyebut kode PD penanggung jawab yang "
               "terdaftar; IKU PD menyebut bidang/bagian.",
    periksa=_pj,
)

ATURAN: tuple[Aturan, ...] = (PERSEN_RUMUS, PERSEN_SATUAN, PERSEN_LEBIH_100, RASIO_RUMUS, KUALITATIF_SKALA,
                              DEFINISI_KOSONG, RUMUS_KOSONG, ALASAN_KOSONG, SUMBER_KOSONG, PJ_KOSONG)
