"""Cascading from Pemda IKU to PD IKU (seed 001, BKN Pedoman Cascading 2022).

Duplicate: same indicator and same target. Cluster: same indicator, the target divided among
the PD (for absolute numbers the parts add up to the whole). Supportive: a different indicator
that must support the parent. Unique: unrelated to any parent. A link to a Pemda IKU that does
not exist makes Lampiran II and the pohon kinerja wrong, so it is a ``galat``; the rest are
warnings about a tree that does not say what its labels claim.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from iku_docs.findings import Temuan, Tingkat
from iku_docs.model import IKU, Pemda
from iku_docs.validate.rules.base import Aturan, Kriteria, angka, kosong, kutip, lokasi, nilai_teks, temuan
from iku_docs.validate.rules.portfolio import setara, token_indikator
from iku_docs.workbook import contract as c

DUPLICATE, CLUSTER, UNIQUE, SUPPORTIVE = c.JENIS_CASCADING
BERINDUK = (DUPLICATE, CLUSTER, SUPPORTIVE)
ABSOLUT = "Kuantitas Absolut"
# Cluster parts are often rounded (three PD × 33,3 = 99,9): a 1% difference is not reported.
TOLERANSI_CLUSTER = Decimal("0.01")


def _iku_pd(model: Pemda) -> Iterator[IKU]:
    for pd in model.perangkat_daerah:
        yield from pd.iku


def _induk(model: Pemda) -> dict[str, IKU]:
    return {i.kode: i for i in model.iku}


def _anak(model: Pemda) -> dict[str, list[IKU]]:
    """PD IKU by the Pemda IKU they claim to support (Unique excluded: it claims nothing)."""
    anak: dict[str, list[IKU]] = defaultdict(list)
    for iku in _iku_pd(model):
        if iku.mendukung and iku.jenis_cascading != UNIQUE:
            anak[iku.mendukung].append(iku)
    return anak


def _tahun(tahun: list[int]) -> str:
    return ", ".join(str(t) for t in tahun)


# --- Rules ----------------------------------------------------------------------------------


def _induk_hilang(model: Pemda) -> Iterator[Temuan]:
    induk = _induk(model)
    for iku in _iku_pd(model):
        if iku.mendukung and iku.mendukung not in induk:
            mirip = difflib.get_close_matches(iku.mendukung, sorted(induk), n=1, cutoff=0.6)
            saran = (f"Mungkin maksudnya '{mirip[0]}'? " if mirip else "") + (
                f"Tulis Kode IKU yang ada di lembar '{c.LEMBAR_IKU_PEMDA.nama}', atau kosongkan dan pilih Jenis "
                f"Cascading '{UNIQUE}' bila indikator ini tidak mendukung IKU Pemda.")
            yield temuan(INDUK_HILANG, iku, c.KOLOM_MENDUKUNG,
                         pesan=f"IKU {iku.kode} mendukung IKU Pemda '{iku.mendukung}', tetapi kode itu tidak ada di "
                               f"lembar '{c.LEMBAR_IKU_PEMDA.nama}'; pohon kinerja dan Lampiran II menjadi salah.",
                         saran=saran)


def _tanpa_dukungan(model: Pemda) -> Iterator[Temuan]:
    anak = _anak(model)
    for iku in model.iku:
        if not anak.get(iku.kode):
            pj = ", ".join(iku.pd_penanggung_jawab) or "PD penanggung jawab"
            yield temuan(TANPA_DUKUNGAN, iku, c.KODE_IKU,
                         pesan=f"Tidak ada IKU Perangkat Daerah yang mendukung IKU {iku.kode} {kutip(iku.nama)}; "
                               "capaiannya tidak dapat ditelusuri ke kinerja PD.",
                         saran=f"Tambahkan IKU {pj} di lembar '{c.LEMBAR_IKU_PD.nama}' dengan '{c.KOLOM_MENDUKUNG}' "
                               f"= '{iku.kode}' dan Jenis Cascading Duplicate, Cluster atau Supportive.")


def _tanpa_induk(model: Pemda) -> Iterator[Temuan]:
    for iku in _iku_pd(model):
        if iku.jenis_cascading in BERINDUK and not iku.mendukung:
            yield temuan(TANPA_INDUK, iku, c.KOLOM_MENDUKUNG,
                         pesan=f"IKU {iku.kode} berjenis {iku.jenis_cascading}, tetapi tidak menyebut IKU Pemda yang "
                               "didukungnya.",
                         saran=f"Isi '{c.KOLOM_MENDUKUNG}' dengan Kode IKU Pemda, atau pilih '{UNIQUE}' bila "
                               "indikator ini memang tidak terkait IKU Pemda.")


def _jenis_kosong(model: Pemda) -> Iterator[Temuan]:
    for iku in _iku_pd(model):
        if iku.mendukung and kosong(iku.jenis_cascading):
            yield temuan(JENIS_KOSONG, iku, c.KOLOM_JENIS_CASCADING,
                         pesan=f"IKU {iku.kode} mendukung IKU Pemda '{iku.mendukung}' tanpa Jenis Cascading.",
                         saran="Pilih Duplicate (indikator dan target sama), Cluster (indikator sama, target dibagi) "
                               "atau Supportive (indikator berbeda tetapi mendukung).")


def _unique_berinduk(model: Pemda) -> Iterator[Temuan]:
    for iku in _iku_pd(model):
        if iku.jenis_cascading == UNIQUE and iku.mendukung:
            yield temuan(UNIQUE_BERINDUK, iku, c.KOLOM_JENIS_CASCADING,
                         pesan=f"IKU {iku.kode} berjenis {UNIQUE} (tidak terkait IKU atasan), tetapi menyebut "
                               f"mendukung IKU Pemda '{iku.mendukung}'.",
                         saran=f"Pilih {SUPPORTIVE} bila indikator ini mendukung '{iku.mendukung}', atau kosongkan "
                               f"'{c.KOLOM_MENDUKUNG}'.")


def _duplicate_target(model: Pemda) -> Iterator[Temuan]:
    induk = _induk(model)
    for iku in _iku_pd(model):
        parent = induk.get(iku.mendukung or "")
        if iku.jenis_cascading != DUPLICATE or parent is None:
            continue
        beda = [t for t in sorted(parent.target) if t in iku.target and not _sama(iku.target[t], parent.target[t])]
        if beda:
            t = beda[0]
            yield temuan(DUPLICATE_TARGET, iku, c.target_header(t),
                         pesan=f"IKU {iku.kode} berjenis {DUPLICATE} dari {parent.kode}, tetapi targetnya berbeda pada "
                               f"tahun {_tahun(beda)} (misalnya {t}: {nilai_teks(iku.target[t])} dan "
                               f"{nilai_teks(parent.target[t])}). Duplicate berarti indikator dan target sama.",
                         saran=f"Samakan target dengan {lokasi(parent)}, atau pilih {CLUSTER} bila target dibagi "
                               f"antar-PD, atau {SUPPORTIVE} bila indikatornya berbeda.")


def _duplicate_nama(model: Pemda) -> Iterator[Temuan]:
    induk = _induk(model)
    for iku in _iku_pd(model):
        parent = induk.get(iku.mendukung or "")
        if iku.jenis_cascading not in (DUPLICATE, CLUSTER) or parent is None:
            continue
        anak_kata, induk_kata = token_indikator(iku.nama), token_indikator(parent.nama)
        # A child may name a narrower form of the same indicator ('APM SMP' of 'APM SMP/MTs').
        if not (anak_kata <= induk_kata or induk_kata <= anak_kata or setara(anak_kata, induk_kata)):
            yield temuan(DUPLICATE_NAMA, iku,
                         pesan=f"IKU {iku.kode} berjenis {iku.jenis_cascading}, tetapi indikatornya "
                               f"{kutip(iku.nama)} berbeda dengan IKU Pemda {parent.kode} {kutip(parent.nama)}.",
                         saran=f"Gunakan nama indikator yang sama dengan {parent.kode}, atau pilih {SUPPORTIVE} bila "
                               "indikatornya memang berbeda tetapi mendukung.")


def _sama(a: object, b: object) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b
    return str(a).strip().upper() == str(b).strip().upper()


def _cluster_jumlah(model: Pemda) -> Iterator[Temuan]:
    anak = _anak(model)
    for parent in model.iku:
        cluster = [i for i in anak.get(parent.kode, ()) if i.jenis_cascading == CLUSTER]
        if parent.jenis_angka != ABSOLUT or not cluster:
            continue
        selisih: list[tuple[int, Decimal, Decimal]] = []
        for tahun in sorted(parent.target):
            total_induk = angka(parent.target[tahun])
            bagian = [angka(i.target.get(tahun)) for i in cluster]
            if total_induk is None or any(b is None for b in bagian):
                continue
            total = sum(bagian, Decimal(0))
            if abs(total - total_induk) > TOLERANSI_CLUSTER * abs(total_induk):
                selisih.append((tahun, total, total_induk))
        if selisih:
            tahun, total, total_induk = selisih[0]
            kode_anak = ", ".join(i.kode for i in cluster)
            yield temuan(CLUSTER_JUMLAH, parent, c.target_header(tahun),
                         pesan=f"Target IKU Cluster ({kode_anak}) untuk IKU {parent.kode} berjumlah "
                               f"{nilai_teks(total)} pada tahun {tahun}, sedangkan target IKU Pemda "
                               f"{nilai_teks(total_induk)}" + (f"; berbeda juga pada tahun "
                                                               f"{_tahun([s[0] for s in selisih[1:]])}"
                                                               if len(selisih) > 1 else "") + ".",
                         saran="Bagi target IKU Pemda habis ke Perangkat Daerah (jumlah target Cluster sama dengan "
                               "target Pemda), atau tambahkan PD yang belum ikut menanggung target.")


def _pj_tanpa_dukungan(model: Pemda) -> Iterator[Temuan]:
    anak = _anak(model)
    for parent in model.iku:
        pendukung = {i.kode_pd for i in anak.get(parent.kode, ())}
        for kode in parent.pd_penanggung_jawab:
            if model.pd(kode) is not None and kode not in pendukung and pendukung:
                yield temuan(PJ_TANPA_DUKUNGAN, parent, c.KOLOM_PD_PJ,
                             pesan=f"{kode} tercatat sebagai penanggung jawab IKU {parent.kode}, tetapi tidak ada IKU "
                                   f"{kode} yang mendukungnya.",
                             saran=f"Tambahkan IKU {kode} yang mendukung {parent.kode}, atau perbaiki daftar PD "
                                   "penanggung jawab.")


INDUK_HILANG = Aturan(
    kode="CASC-INDUK-HILANG", tingkat=Tingkat.GALAT, kriteria=Kriteria.CASCADING,
    judul="IKU PD menunjuk IKU Pemda yang tidak ada",
    penjelasan="Kolom 'Mendukung IKU Pemda' menyebut kode yang tidak ada di lembar IKU Pemda. Keterkaitan "
               "vertikal (bahan 001: penyelarasan dari atas ke bawah) menjadi putus dan Lampiran II serta pohon "
               "kinerja salah, sehingga dokumen tidak dibuat sampai diperbaiki.",
    periksa=_induk_hilang,
)
TANPA_DUKUNGAN = Aturan(
    kode="CASC-IKU-TANPA-DUKUNGAN", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.CASCADING,
    judul="IKU Pemda tidak didukung IKU PD",
    penjelasan="Prinsip cascading: setiap unit berkontribusi nyata dan terukur pada sasaran atasannya (bahan "
               "001). IKU Pemda yang tidak diturunkan ke IKU Perangkat Daerah tidak punya pelaksana yang "
               "bertanggung jawab atas capaiannya.",
    periksa=_tanpa_dukungan,
)
TANPA_INDUK = Aturan(
    kode="CASC-TANPA-INDUK", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.CASCADING,
    judul="Duplicate/Cluster/Supportive tanpa IKU Pemda",
    penjelasan="Duplicate, Cluster dan Supportive selalu merujuk IKU atasan (bahan 001). Tanpa kode IKU Pemda, "
               "indikator ini tercetak sebagai yatim pada pohon kinerja.",
    periksa=_tanpa_induk,
)
JENIS_KOSONG = Aturan(
    kode="CASC-JENIS-KOSONG", tingkat=Tingkat.SARAN, kriteria=Kriteria.CASCADING,
    judul="Jenis cascading belum dipilih",
    penjelasan="Jenis cascading (Duplicate, Cluster, Supportive) menentukan cara target PD dibandingkan dengan "
               "target Pemda; tanpa jenis, keselarasan target tidak dapat diperiksa.",
    periksa=_jenis_kosong,
)
UNIQUE_BERINDUK = Aturan(
    kode="CASC-UNIQUE-BERINDUK", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.CASCADING,
    judul="Unique yang mengaku punya induk",
    penjelasan="Unique berarti indikator dan target berbeda serta tidak berhubungan dengan IKU atasan (bahan "
               "001). Menyebut IKU Pemda yang didukung bertentangan dengan jenis itu.",
    periksa=_unique_berinduk,
)
DUPLICATE_TARGET = Aturan(
    kode="CASC-DUPLICATE-TARGET", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.CASCADING,
    judul="Duplicate dengan target berbeda",
    penjelasan="IKU Duplicate memiliki indikator dan target yang sama dengan IKU atasannya (bahan 001; lazim "
               "untuk persentase). Target yang berbeda berarti jenisnya Cluster atau Supportive.",
    periksa=_duplicate_target,
)
DUPLICATE_NAMA = Aturan(
    kode="CASC-DUPLICATE-NAMA", tingkat=Tingkat.SARAN, kriteria=Kriteria.CASCADING,
    judul="Duplicate/Cluster dengan indikator berbeda",
    penjelasan="Duplicate dan Cluster memakai indikator yang sama dengan IKU atasan (bahan 001); indikator yang "
               "berbeda tetapi mendukung adalah Supportive.",
    periksa=_duplicate_nama,
)
CLUSTER_JUMLAH = Aturan(
    kode="CASC-CLUSTER-JUMLAH", tingkat=Tingkat.PERINGATAN, kriteria=Kriteria.CASCADING,
    judul="Jumlah target Cluster tidak sama dengan target Pemda",
    penjelasan="Pada Cluster, indikator sama dan target atasan dibagi ke bawahan (bahan 001: pendekatan beban "
               "target kuantitatif). Untuk Kuantitas Absolut, jumlah target Cluster tiap tahun harus sama dengan "
               "target IKU Pemda (selisih sampai 1% karena pembulatan tidak dilaporkan).",
    periksa=_cluster_jumlah,
)
PJ_TANPA_DUKUNGAN = Aturan(
    kode="CASC-PJ-TANPA-DUKUNGAN", tingkat=Tingkat.SARAN, kriteria=Kriteria.CASCADING,
    judul="PD penanggung jawab tanpa IKU pendukung",
    penjelasan="PD yang tercatat sebagai penanggung jawab IKU Pemda semestinya menurunkan IKU itu ke IKU-nya "
               "sendiri (bahan 001: cek relevansi setiap sasaran dengan satuan kerja di bawahnya).",
    periksa=_pj_tanpa_dukungan,
)

ATURAN: tuple[Aturan, ...] = (INDUK_HILANG, TANPA_DUKUNGAN, TANPA_INDUK, JENIS_KOSONG, UNIQUE_BERINDUK,
                              DUPLICATE_TARGET, DUPLICATE_NAMA, CLUSTER_JUMLAH, PJ_TANPA_DUKUNGAN)
