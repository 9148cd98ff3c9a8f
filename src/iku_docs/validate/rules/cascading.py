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

from iku_docs.findings import Temuan
from iku_docs.model import IKU, Pemda
from iku_docs.validate.rules.base import Aturan, angka, kosong, ringkas, seperti_ditulis, temuan
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
            yield temuan(INDUK_HILANG, iku, c.KOLOM_MENDUKUNG, mendukung=iku.mendukung,
                         mirip=mirip[0] if mirip else None)


def _tanpa_dukungan(model: Pemda) -> Iterator[Temuan]:
    anak = _anak(model)
    for iku in model.iku:
        if not anak.get(iku.kode):
            pj = ", ".join(iku.pd_penanggung_jawab)
            yield temuan(TANPA_DUKUNGAN, iku, c.KODE_IKU, varian=None if pj else "tanpa-pj",
                         indikator=ringkas(iku.nama), pj=pj)


def _tanpa_induk(model: Pemda) -> Iterator[Temuan]:
    for iku in _iku_pd(model):
        if iku.jenis_cascading in BERINDUK and not iku.mendukung:
            yield temuan(TANPA_INDUK, iku, c.KOLOM_MENDUKUNG, jenis=iku.jenis_cascading)


def _jenis_kosong(model: Pemda) -> Iterator[Temuan]:
    for iku in _iku_pd(model):
        if iku.mendukung and kosong(iku.jenis_cascading):
            yield temuan(JENIS_KOSONG, iku, c.KOLOM_JENIS_CASCADING, mendukung=iku.mendukung)


def _unique_berinduk(model: Pemda) -> Iterator[Temuan]:
    for iku in _iku_pd(model):
        if iku.jenis_cascading == UNIQUE and iku.mendukung:
            yield temuan(UNIQUE_BERINDUK, iku, c.KOLOM_JENIS_CASCADING, mendukung=iku.mendukung)


def _duplicate_target(model: Pemda) -> Iterator[Temuan]:
    induk = _induk(model)
    for iku in _iku_pd(model):
        parent = induk.get(iku.mendukung or "")
        if iku.jenis_cascading != DUPLICATE or parent is None:
            continue
        beda = [t for t in sorted(parent.target) if t in iku.target and not _sama(iku.target[t], parent.target[t])]
        if beda:
            t = beda[0]
            yield temuan(DUPLICATE_TARGET, iku, c.target_header(t), kode_induk=parent.kode, tahun=_tahun(beda),
                         tahun_contoh=t, target=seperti_ditulis(iku.target[t]),
                         target_induk=seperti_ditulis(parent.target[t]), lembar_induk=parent.asal.lembar,
                         baris_induk=parent.asal.baris)


def _duplicate_nama(model: Pemda) -> Iterator[Temuan]:
    induk = _induk(model)
    for iku in _iku_pd(model):
        parent = induk.get(iku.mendukung or "")
        if iku.jenis_cascading not in (DUPLICATE, CLUSTER) or parent is None:
            continue
        anak_kata, induk_kata = token_indikator(iku.nama), token_indikator(parent.nama)
        # A child may name a narrower form of the same indicator ('APM SMP' of 'APM SMP/MTs').
        if not (anak_kata <= induk_kata or induk_kata <= anak_kata or setara(anak_kata, induk_kata)):
            yield temuan(DUPLICATE_NAMA, iku, jenis=iku.jenis_cascading, indikator=ringkas(iku.nama),
                         kode_induk=parent.kode, indikator_induk=ringkas(parent.nama))


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
            yield temuan(CLUSTER_JUMLAH, parent, c.target_header(tahun), kode_anak=", ".join(i.kode for i in cluster),
                         jumlah=seperti_ditulis(total), tahun=tahun, target_induk=seperti_ditulis(total_induk),
                         tahun_lain=_tahun([s[0] for s in selisih[1:]]))


def _pj_tanpa_dukungan(model: Pemda) -> Iterator[Temuan]:
    anak = _anak(model)
    for parent in model.iku:
        pendukung = {i.kode_pd for i in anak.get(parent.kode, ())}
        for kode in parent.pd_penanggung_jawab:
            if model.pd(kode) is not None and kode not in pendukung and pendukung:
                yield temuan(PJ_TANPA_DUKUNGAN, parent, c.KOLOM_PD_PJ, kode_pd=kode)


INDUK_HILANG = Aturan("CASC-INDUK-HILANG", _induk_hilang)
TANPA_DUKUNGAN = Aturan("CASC-IKU-TANPA-DUKUNGAN", _tanpa_dukungan)
TANPA_INDUK = Aturan("CASC-TANPA-INDUK", _tanpa_induk)
JENIS_KOSONG = Aturan("CASC-JENIS-KOSONG", _jenis_kosong)
UNIQUE_BERINDUK = Aturan("CASC-UNIQUE-BERINDUK", _unique_berinduk)
DUPLICATE_TARGET = Aturan("CASC-DUPLICATE-TARGET", _duplicate_target)
DUPLICATE_NAMA = Aturan("CASC-DUPLICATE-NAMA", _duplicate_nama)
CLUSTER_JUMLAH = Aturan("CASC-CLUSTER-JUMLAH", _cluster_jumlah)
PJ_TANPA_DUKUNGAN = Aturan("CASC-PJ-TANPA-DUKUNGAN", _pj_tanpa_dukungan)

ATURAN: tuple[Aturan, ...] = (INDUK_HILANG, TANPA_DUKUNGAN, TANPA_INDUK, JENIS_KOSONG, UNIQUE_BERINDUK,
                              DUPLICATE_TARGET, DUPLICATE_NAMA, CLUSTER_JUMLAH, PJ_TANPA_DUKUNGAN)
