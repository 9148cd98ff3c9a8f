"""Peraturan Kepala Daerah tentang IKU (Perbup/Perwali/Pergub) with Lampiran I and II.

One document per workbook. The builder is pure: it hands ``templates/perkada.docx`` finished
strings and flags; the wording a drafter may change (Menimbang, Pasal/diktum text, the
promulgation formula of UU 12/2011 Lampiran II) lives in the template. See
``docs/formats/perkada.md`` for the structure and the typesetting choices.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from iku_docs.documents import Dokumen, kind_named
from iku_docs.formatting import TITIK_TITIK, desimal_indikator, nilai_teks, rentang_tahun, tanggal, tanpa_putus
from iku_docs.model import IKU, Pejabat, Pemda, PerangkatDaerah

(TEMPLAT,) = kind_named("perkada").templates
KEPUTUSAN = "Keputusan"

# The target area of the Lampiran tables is this many narrow grid columns in the template;
# each year's cell spans an equal share ({% colspan %}), so any RPJMD length (5 or 6 years...)
# fills exactly the width the template planned, and docxtpl's fix_tables never has to guess.
SUBKOLOM_TARGET = 60

# File-name word per jenis daerah: codes only, never cell text.
_BERKAS = {"Kabupaten": "bupati", "Kota": "walikota", "Provinsi": "gubernur"}

# Academic/professional titles written before a name; UU 12/2011 Lampiran II writes the
# signatory's name in capitals without titles (religious "H."/"Hj." are part of the name).
_GELAR_DEPAN = re.compile(r"^(?:(?:prof|dr|drs|dra|ir|drg|drh)\.\s*)+", re.IGNORECASE)
_KONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def documents(model: Pemda) -> list[Dokumen]:
    """The regulation with both Lampiran: ``peraturan-bupati-iku-2026.docx`` and the like."""
    jenis = _jenis(model)
    berkas = kind_named("perkada").file_name_for(jenis=jenis.lower(), kepala=_BERKAS[model.jenis_daerah],
                                                 tahun=model.tahun)
    judul = f"{jenis} {_kepala_daerah(model)} tentang {_judul(model)}"
    return [Dokumen(berkas=berkas, templat=TEMPLAT, konteks=partial(build_context, model), judul=judul)]


def build_context(model: Pemda) -> dict[str, Any]:
    jabatan = model.jabatan_kepala
    daerah = model.nama_lengkap
    tahun = str(model.tanggal_penetapan.year if model.tanggal_penetapan else model.tahun)
    judul = _judul(model)
    tahun_target = list(model.periode)
    spans = target_spans(len(tahun_target))
    jenis = _jenis(model)
    keputusan = jenis == KEPUTUSAN
    return {
        "kop": _kop(model),
        "jenis": jenis,
        "JENIS": jenis.upper(),
        "keputusan": keputusan,
        "jabatan": jabatan,
        "JABATAN": jabatan.upper(),
        "daerah": daerah,
        "DAERAH": tanpa_putus(daerah.upper()),  # upper-case forms stand in titles: names never break
        "kepala_daerah": _kepala_daerah(model),
        "KEPALA_DAERAH": tanpa_putus(_kepala_daerah(model).upper()),
        "nomor": _isi(model.nomor_peraturan),
        "tahun": tahun,
        "judul": judul,
        "JUDUL": _judul(model, tanpa_putus(model.nama_lengkap)).upper(),
        "periode": rentang_tahun(model.periode_awal, model.periode_akhir),
        # A Keputusan is always written in diktum; a Peraturan in Pasal unless the workbook asks otherwise
        # (validation then warns: UU 12/2011 writes a Peraturan in Pasal).
        "bentuk_pasal": not keputusan and model.pengaturan.bentuk_batang_tubuh != "Diktum",
        "mengingat": [{"no": str(n), "teks": t} for n, t in enumerate(akhiri(model.dasar_hukum, ";"), 1)],
        "penetapan": {"tempat": model.ibu_kota, "tanggal": tanggal(model.tanggal_penetapan)},
        "ttd_kepala": _ttd(model.kepala, _kepala_daerah(model).upper()),
        "pengundangan": {"tempat": model.ibu_kota, "tanggal": tanggal(model.tanggal_pengundangan)},
        "ttd_sekda": _ttd(model.sekda, f"SEKRETARIS DAERAH {daerah.upper()}",
                          dengan_nip=model.pengaturan.pangkat_nip_sekda),
        "berita_daerah": {"nomor": _isi(model.nomor_berita_daerah), "tahun": tahun,
                          "DAERAH": daerah.upper()},
        "tampilkan_target": model.pengaturan.tampilkan_target,
        "tahun_target": [{"tahun": str(t), "span": s} for t, s in zip(tahun_target, spans, strict=True)],
        "lampiran_i": lampiran_i(model, spans),
        "lampiran_ii": [lampiran_ii_pd(model, pd, spans) for pd in model.perangkat_daerah],
    }


def lampiran_i(model: Pemda, spans: Sequence[int]) -> list[dict[str, Any]]:
    """Pemda IKU grouped by (Jenis Urusan, Urusan), then by Sasaran, in order of first appearance.

    Each group becomes one vertically merged cell; ``gabung_sasaran.first`` tells the template
    which row starts a Sasaran inside its Urusan (see the note on merges in docs/formats/perkada.md).
    """
    nama_pd = {pd.kode: pd.nama for pd in model.perangkat_daerah}
    # Perangkat Daerah terkait: those whose own IKU support the indicator (cascading), in workbook order.
    pendukung: dict[str, list[str]] = {}
    for pd in model.perangkat_daerah:
        for kode in dict.fromkeys(i.mendukung for i in pd.iku if i.mendukung):
            pendukung.setdefault(kode, []).append(teks(pd.nama))
    kelompok: dict[tuple[str, str], list[IKU]] = {}
    for iku in model.iku:
        kelompok.setdefault((iku.jenis_urusan, iku.urusan), []).append(iku)
    no = 0
    hasil = []
    for (jenis, urusan), daftar in kelompok.items():
        baris = []
        for sasaran, items in _per_sasaran(daftar):
            for k, iku in enumerate(items):
                no += 1
                pj = ", ".join(teks(nama_pd.get(kode, kode)) for kode in iku.pd_penanggung_jawab)
                terkait = ", ".join(pendukung.get(iku.kode, []))
                row = _baris(iku, no, sasaran, k == 0, terkait, model, spans)
                row["penanggung_jawab"] = pj or "-"
                row["label_urusan"] = lanjutan(_label_urusan(jenis, urusan), not baris)
                baris.append(row)
        hasil.append({"urusan": teks(urusan), "jenis_urusan": teks(jenis), "label": _label_urusan(jenis, urusan),
                      "baris": baris})
    return hasil


def lampiran_ii_pd(model: Pemda, pd: PerangkatDaerah, spans: Sequence[int]) -> dict[str, Any]:
    """One Perangkat Daerah: name, tugas pokok, fungsi (a, b, c), sasaran and its IKU by sasaran."""
    kelompok = []
    no = 0
    for sasaran, items in _per_sasaran(pd.iku):
        baris = []
        for iku in items:
            no += 1
            baris.append(_baris(iku, no, sasaran, not baris, teks(iku.unit_terkait), model, spans))
        kelompok.append({"sasaran": teks(sasaran), "iku": baris})
    sasaran = [s for s, _ in _per_sasaran(pd.iku)]
    return {
        "nama": teks(pd.nama),
        "tugas_pokok": teks(pd.tugas_pokok),
        "fungsi": [{"huruf": huruf(n), "teks": t} for n, t in enumerate(daftar_kalimat(pd.fungsi))],
        "sasaran": [{"huruf": huruf(n), "teks": t} for n, t in enumerate(daftar_kalimat(sasaran))],
        "kelompok": kelompok,
    }


def lanjutan(label: str, pertama: bool) -> str:
    """The group label of a row: as written on a group's first row, then '… (lanjutan)'.

    Rows may split and run onto the next page, where a merged cell would be blank: every row names its
    urusan and sasaran, so a reader of any page sees where it is."""
    return label if pertama or not label else f"{label} (lanjutan)"


def target_spans(jumlah_tahun: int) -> list[int]:
    """Grid columns per year so the years share SUBKOLOM_TARGET exactly (earlier years take the rest)."""
    if jumlah_tahun <= 0:
        return []
    dasar, sisa = divmod(SUBKOLOM_TARGET, jumlah_tahun)
    return [dasar + (1 if n < sisa else 0) for n in range(jumlah_tahun)]


def _baris(iku: IKU, no: int, sasaran: str, awal_sasaran: bool, terkait: str, model: Pemda,
           spans: Sequence[int]) -> dict[str, Any]:
    return {
        "no": str(no),
        "sasaran": teks(sasaran),
        "label_sasaran": lanjutan(teks(sasaran), awal_sasaran),
        "gabung_sasaran": {"first": awal_sasaran},
        "nama": teks(iku.nama),
        "definisi": teks(iku.definisi),
        "formula": teks(iku.formula),
        "alasan": teks(iku.alasan),
        "satuan": teks(iku.satuan) or "-",
        "target": [{"nilai": nilai_teks(iku.target.get(t), desimal=desimal_iku(iku)), "span": s}
                   for t, s in zip(model.periode, spans, strict=True)],
        "terkait": terkait or "-",
        "sumber_data": teks(iku.sumber_data) or "-",
    }


def desimal_iku(iku: IKU) -> int:
    """The decimals shared by every number of one indicator (targets, realisasi, baseline) in every document."""
    return desimal_indikator([*iku.target.values(), iku.baseline, *(r.nilai for r in iku.realisasi.values())])


def _label_urusan(jenis: str, urusan: str) -> str:
    """'Kesehatan (Wajib Pelayanan Dasar)'; either part alone when the other is blank."""
    jenis, urusan = teks(jenis), teks(urusan)
    if jenis and urusan:
        return f"{urusan} ({jenis})"
    return urusan or jenis


def _per_sasaran(iku: Iterable[IKU]) -> list[tuple[str, list[IKU]]]:
    groups: dict[str, list[IKU]] = {}
    for item in iku:
        groups.setdefault(item.sasaran, []).append(item)
    return list(groups.items())


def _jenis(model: Pemda) -> str:
    """'Peraturan' or 'Keputusan' (Pengaturan: Jenis Penetapan)."""
    return KEPUTUSAN if model.pengaturan.jenis_penetapan == KEPUTUSAN else "Peraturan"


def _kop(model: Pemda) -> dict[str, str]:
    """'BUPATI SLEMAN' over 'PROVINSI DAERAH ISTIMEWA YOGYAKARTA'; a Gubernur has no second line."""
    baris2 = "" if model.jenis_daerah == "Provinsi" else tanpa_putus(f"PROVINSI {model.provinsi.upper()}")
    return {"baris1": tanpa_putus(_kepala_daerah(model).upper()), "baris2": baris2}


def _kepala_daerah(model: Pemda) -> str:
    """'Bupati Sleman', 'Wali Kota Yogyakarta', 'Gubernur Jawa Tengah'."""
    return f"{model.jabatan_kepala} {model.nama_daerah}"


def _judul(model: Pemda, nama: str | None = None) -> str:
    return (f"Indikator Kinerja Utama Pemerintah {nama or model.nama_lengkap} "
            f"Tahun {rentang_tahun(model.periode_awal, model.periode_akhir)}")


def _ttd(pejabat: Pejabat, jabatan: str, *, dengan_nip: bool = False) -> dict[str, str]:
    """A signature block. The head of the region signs without NIP/pangkat (elected, not an ASN rank)."""
    from iku_docs.documents.pk import format_nip  # one NIP layout for every document

    return {
        "awalan": pejabat.awalan,
        "jabatan": jabatan,
        "nama": nama_penandatangan(pejabat.nama),
        "pangkat": teks(pejabat.pangkat) if dengan_nip else "",
        "nip": format_nip(pejabat.nip) if dengan_nip and pejabat.nip.strip() else "",
    }


def nama_penandatangan(nama: str) -> str:
    """'H. Ahmad Sudrajat, S.H., M.Si.' -> 'H. AHMAD SUDRAJAT' (UU 12/2011 Lampiran II: capitals,
    no academic titles). Degrees follow the first comma; Dr./Ir./Drs. and the like precede the name."""
    inti = teks(nama).split(",", 1)[0]
    inti = _GELAR_DEPAN.sub("", inti).strip()
    return (inti or teks(nama)).upper()


def akhiri(items: Iterable[str], tanda: str) -> list[str]:
    """Each item ending with ``tanda`` (';' for Mengingat, UU 12/2011 Lampiran II angka 42)."""
    return [_tanpa_tanda_akhir(teks(t)) + tanda for t in items if teks(t)]


def daftar_kalimat(items: Iterable[str]) -> list[str]:
    """Items of a lettered list as in a regulation: '...;', the penultimate '...; dan', the last '...'."""
    bersih = [_tanpa_tanda_akhir(teks(t)) for t in items if teks(t)]
    hasil = []
    for n, item in enumerate(bersih):
        if n == len(bersih) - 1:
            hasil.append(item + ".")
        elif n == len(bersih) - 2:
            hasil.append(item + "; dan")
        else:
            hasil.append(item + ";")
    return hasil


def huruf(n: int) -> str:
    """0 -> 'a', 25 -> 'z', 26 -> 'aa' (UU 12/2011 continues lettered lists with doubled letters)."""
    return chr(ord("a") + n % 26) * (n // 26 + 1)


def teks(value: str | None) -> str:
    """Cell text made safe for Word: CR/LF become line breaks, other control characters
    (which docxtpl would turn into tabs, paragraphs or page breaks, or lxml reject) disappear."""
    if not value:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _KONTROL.sub("", text).strip()


def _tanpa_tanda_akhir(text: str) -> str:
    return re.sub(r"(?:[\s;,.]|\bdan)+$", "", text)


def _isi(value: str) -> str:
    """A blank number in a draft becomes the dotted placeholder the legal section fills in."""
    return teks(value) or TITIK_TITIK
