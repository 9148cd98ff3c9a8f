"""Perjanjian Kinerja (PermenPANRB 53/2014): one per Perangkat Daerah, one for the head of the region.

A PD's PK is signed by its head (pihak pertama) and the head of the region (pihak kedua);
the head of the region signs a single-signatory PK with the Pemda IKU and every program.
Both cover ``model.tahun`` only: targets of that year, programs budgeted for that year.

Builders are pure and hand the templates finished strings and flags; the wording of the
statement (commitment paragraphs) lives in ``templates/pk*.docx`` where a drafter can change it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import partial
from typing import Any

from iku_docs.documents import Dokumen, berkas_unik, kind_named
from iku_docs.documents.perkada import desimal_iku
from iku_docs.formatting import angka, nilai_teks, tanggal, terbilang
from iku_docs.model import IKU, Pejabat, Pemda, PerangkatDaerah

TEMPLAT_PD, TEMPLAT_KEPALA_DAERAH = kind_named("pk").templates  # "pk", "pk-kepala-daerah"

# File-name word for the head of the region; "walikota" without the space the title has
# ("Wali Kota", KBBI) so the name stays one token.
_BERKAS_KEPALA = {"Kabupaten": "bupati", "Kota": "walikota", "Provinsi": "gubernur"}


def documents(model: Pemda) -> list[Dokumen]:
    """One PK per Perangkat Daerah (in workbook order), then the head of the region's PK."""
    kind = kind_named("pk")
    dipakai: set[str] = set()
    result = []
    for pd in model.perangkat_daerah:
        berkas = berkas_unik(kind.file_name_for(unit=pd.kode, tahun=model.tahun), dipakai)
        result.append(Dokumen(berkas=berkas, templat=TEMPLAT_PD, konteks=partial(build_context_pd, model, pd),
                              judul=f"Perjanjian Kinerja Tahun {model.tahun} {pd.nama}"))
    berkas = berkas_unik(kind.file_name_for(unit=_BERKAS_KEPALA[model.jenis_daerah], tahun=model.tahun), dipakai)
    result.append(Dokumen(berkas=berkas, templat=TEMPLAT_KEPALA_DAERAH,
                          konteks=partial(build_context_kepala_daerah, model),
                          judul=f"Perjanjian Kinerja Tahun {model.tahun} {_jabatan_kepala(model)}"))
    return result


def build_context_pd(model: Pemda, pd: PerangkatDaerah) -> dict[str, Any]:
    """Context of ``templates/pk.docx``: pihak pertama = the PD head, pihak kedua = the head of the region."""
    program = [p for p in pd.program if p.tahun == model.tahun]
    return {
        "tahun": str(model.tahun),
        "judul_unit": pd.nama.upper(),
        "judul_daerah": model.nama_lengkap.upper(),
        "pihak_pertama": pejabat_context(pd.kepala, _jabatan_pd(pd.kepala.jabatan, model)),
        "pihak_kedua": pejabat_context(model.kepala, _jabatan_kepala(model), dengan_nip=False),
        "tempat": model.ibu_kota,
        "tanggal": tanggal(model.tanggal_dokumen),
        "sasaran": sasaran_rows(pd.iku, model.tahun),
        **anggaran_context(model, [(p.nama, p.anggaran, "") for p in program]),
    }


def build_context_kepala_daerah(model: Pemda) -> dict[str, Any]:
    """Context of ``templates/pk-kepala-daerah.docx``: the Pemda IKU and the programs of every PD, each
    program once (grouped by name, amounts summed, its Perangkat Daerah under Keterangan)."""
    return {
        "tahun": str(model.tahun),
        "judul_kepala": f"{model.jabatan_kepala} {model.nama_daerah}".upper(),
        "judul_daerah": f"PEMERINTAH {model.nama_lengkap.upper()}",
        "kepala_daerah": pejabat_context(model.kepala, _jabatan_kepala(model), dengan_nip=False),
        "tempat": model.ibu_kota,
        "tanggal": tanggal(model.tanggal_dokumen),
        "sasaran": sasaran_rows(model.iku, model.tahun),
        **anggaran_context(model, program_per_nama(model)),
    }


def program_per_nama(model: Pemda) -> list[tuple[str, Decimal, str]]:
    """(program, summed budget, the PD running it) for the year, once per program name in workbook order:
    "Program Penunjang Urusan Pemerintahan Daerah" runs in every PD and is listed once."""
    groups: dict[str, tuple[str, list[Decimal], list[str]]] = {}
    for pd in model.perangkat_daerah:
        for p in pd.program:
            if p.tahun != model.tahun:
                continue
            nama = " ".join(p.nama.split())
            _, anggaran, pelaksana = groups.setdefault(nama.casefold(), (nama, [], []))
            anggaran.append(p.anggaran)
            if pd.nama not in pelaksana:
                pelaksana.append(pd.nama)
    semua = len(model.perangkat_daerah)
    return [(nama, sum(anggaran, Decimal(0)),
             "Semua Perangkat Daerah" if len(pelaksana) == semua > 2 else ", ".join(pelaksana))
            for nama, anggaran, pelaksana in groups.values()]


def pejabat_context(pejabat: Pejabat, jabatan: str, *, dengan_nip: bool = True) -> dict[str, Any]:
    """Name and titles of a signatory; 'Plt.'/'Plh.' stays as written before an upper-case title.

    The head of the region signs without NIP or pangkat (an elected official, not an ASN rank).
    """
    return {
        "nama": pejabat.nama,
        "jabatan": f"{pejabat.awalan}{jabatan}",
        "jabatan_ttd": f"{pejabat.awalan}{jabatan.upper()}",
        "pangkat": pejabat.pangkat if dengan_nip else "",
        "nip": format_nip(pejabat.nip) if dengan_nip else "",
        "plt": bool(pejabat.awalan),
    }


def sasaran_rows(iku: Iterable[IKU], tahun: int) -> list[dict[str, Any]]:
    """IKU grouped by sasaran (first appearance order), each with the target of ``tahun``.

    The template merges the sasaran cell vertically over its indicators ({% vm %} in an inner loop).
    """
    groups: dict[str, list[IKU]] = {}
    for item in iku:
        groups.setdefault(item.sasaran, []).append(item)
    return [
        {
            "no": str(no),
            "nama": sasaran,
            "indikator": [
                {"nama": i.nama, "target": nilai_teks(i.target.get(tahun), desimal=desimal_iku(i)),
                 "satuan": i.satuan or "-"}
                for i in items
            ],
        }
        for no, (sasaran, items) in enumerate(groups.items(), start=1)
    ]


def anggaran_context(model: Pemda, program: list[tuple[str, Decimal, str]]) -> dict[str, Any]:
    """Program rows (name, budget, keterangan) and their total, summed here in Decimal so the total equals the
    printed rows. Amounts are printed without "Rp" (the column header says "Anggaran (Rp)")."""
    jumlah = sum((anggaran for _, anggaran, _ in program), Decimal(0))
    rows = [{"no": str(no), "nama": nama, "anggaran": angka(anggaran, 0), "keterangan": keterangan}
            for no, (nama, anggaran, keterangan) in enumerate(program, start=1)]
    return {
        "program": rows,
        "tampilkan_jumlah": model.pengaturan.jumlah_anggaran_pk,
        "jumlah_anggaran": angka(jumlah, 0),
        "terbilang_anggaran": f"{terbilang(jumlah)} rupiah",
    }


def format_nip(nip: str) -> str:
    """An 18-digit NIP grouped as printed under a signature: '19700101 199503 1 001' (birth date,
    appointment month, sex, serial; Peraturan Kepala BKN 22/2007); anything else stays as written."""
    digits = re.sub(r"\s+", "", nip)
    if re.fullmatch(r"\d{18}", digits):
        return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return nip.strip()


def _jabatan_kepala(model: Pemda) -> str:
    """'Bupati Contoh' whether the workbook wrote 'Bupati Contoh' or just 'Bupati'."""
    jabatan = model.kepala.jabatan.strip() or model.jabatan_kepala
    return jabatan if _names(jabatan, model.nama_daerah) else f"{jabatan} {model.nama_daerah}"


def _jabatan_pd(jabatan: str, model: Pemda) -> str:
    """'Kepala Dinas Kesehatan Kabupaten Contoh': PK name the region after a PD head's title."""
    jabatan = jabatan.strip()
    return jabatan if _names(jabatan, model.nama_daerah) else f"{jabatan} {model.nama_lengkap}"


def _names(jabatan: str, nama_daerah: str) -> bool:
    """Whether a title already names the region, as a whole word ('Agam' is not in 'Dinas Agama')."""
    return re.search(rf"\b{re.escape(nama_daerah)}\b", jabatan, flags=re.IGNORECASE) is not None


