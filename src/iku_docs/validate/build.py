"""VALIDATE (model): structurally valid tables → ``model.Pemda``.

Runs after ``check_structure`` found no galat, so every value parses; a value that still does
not (a caller skipping the schema) becomes a ``Temuan`` and the model is None, never an
exception. Parsing goes through ``workbook/values.py`` (cached, so the schema's work is reused).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from typing import Any

from iku_docs.findings import Temuan, Tingkat
from iku_docs.model import IKU, Pejabat, Pemda, Pengaturan, PerangkatDaerah, Predikat, Program, Realisasi
from iku_docs.validate.columns import Distinct
from iku_docs.workbook import contract as c
from iku_docs.workbook import values
from iku_docs.workbook.reader import Tabel, TabelIsian, Tables

STATUS_DEFINITIF = c.STATUS_KEPALA[0]
JABATAN_SEKDA = "Sekretaris Daerah"


class _Gagal(Exception):
    """Internal: carries the finding out of the nested builders."""

    def __init__(self, temuan: Temuan) -> None:
        super().__init__(temuan.pesan)
        self.temuan = temuan


def _parse(jenis: c.Jenis, raw: Any, lembar: str, sel: str | None, kolom: str, persen: bool = False) -> Any:
    """Parsed value or None for an empty cell; a failure stops the build with a Temuan."""
    return _checked(_parsed(jenis, raw, persen), raw, lembar, sel, kolom)


def _parsed(jenis: c.Jenis, raw: Any, persen: bool = False) -> Any:
    """Parsed value, None for an empty cell, or the NilaiTidakSah."""
    if jenis is c.Jenis.TEKS and _sudah_bersih(raw):
        return raw
    return None if values.kosong(raw) else values.coba(jenis, raw, persen)


def _sudah_bersih(raw: Any) -> bool:
    """Text that ``values.teks`` (the TEKS parser) returns unchanged: one printable line (no control
    characters, NBSP or other special spaces, which are not printable), no ``_x`` escape, no double or
    edge space, and no ``#`` (so never an Excel error value). Most cells are such text, and cleaning
    10,000 long indicator texts costs more than the rest of the build; tests/test_validate_fast.py
    holds this test to ``values.coba``."""
    return (type(raw) is str and raw.isprintable() and "  " not in raw and "_x" not in raw and "#" not in raw
            and raw[:1] not in ("", " ") and raw[-1] != " ")


def _checked(result: Any, raw: Any, lembar: str, sel: str | None, kolom: str) -> Any:
    if isinstance(result, values.NilaiTidakSah):
        raise _Gagal(Temuan(result.kode, Tingkat.GALAT, lembar, sel, None, kolom, values.teks(raw),
                            f"Kolom '{kolom}': {result.pesan}", result.saran, "Struktur"))
    return result


class _Sheet:
    """A table whose columns are parsed on first use, once per distinct value (see validate/columns.py).

    A cell that does not parse is kept as its NilaiTidakSah and only stops the build when a row reads
    it, so the first failure reported is the one the row-by-row build meets first, as before."""

    def __init__(self, tabel: Tabel) -> None:
        periode = range(min(tabel.target_tahun), max(tabel.target_tahun) + 1) if tabel.target_tahun else None
        self.tabel = tabel
        self.spec = {k.nama: k for k in c.columns_for(tabel.lembar, periode)}
        self._parsed: dict[str, list[Any]] = {}
        self._options: dict[str, list[str | None]] = {}

    def parsed(self, header: str) -> list[Any]:
        column = self._parsed.get(header)
        if column is None:
            column = self._parsed[header] = self._parse(header)
        return column

    def _parse(self, header: str) -> list[Any]:
        raw = self.tabel.nilai.get(header)
        if raw is None:
            return [None] * len(self.tabel.baris)
        kolom = self.spec.get(header)
        jenis = kolom.jenis if kolom else c.Jenis.TEKS
        column = Distinct.of(raw).map(lambda v: _parsed(jenis, v)).tolist()
        persen = self.tabel.persen.get(header)
        if persen:  # cells shown with a percent format (Excel stores 0.93 for 93%)
            for i, baris in enumerate(self.tabel.baris):
                if baris in persen:
                    column[i] = _parsed(jenis, raw[i], True)
        return column

    def options(self, header: str) -> list[str | None]:
        column = self._options.get(header)
        if column is None:
            kolom, raw = self.spec.get(header), self.tabel.nilai.get(header)
            if raw is None or not (kolom and kolom.pilihan):
                column = [None] * len(self.tabel.baris)
            else:
                pilihan = kolom.pilihan
                column = Distinct.of(raw).map(
                    lambda v: None if values.kosong(v) else values.pilihan(v, pilihan)).tolist()
            self._options[header] = column
        return column

    def checked(self, header: str, index: int) -> Any:
        """The value at (header, row index), raising the build failure if it does not parse."""
        raw = self.tabel.nilai.get(header)
        return _checked(self.parsed(header)[index], None if raw is None else raw[index], self.tabel.nama,
                        self.tabel.ref(header, self.tabel.baris[index]), header)


class _Row:
    """One data row of a table with typed accessors that know their cell."""

    __slots__ = ("baris", "index", "sheet", "tabel")

    def __init__(self, sheet: _Sheet, index: int) -> None:
        self.sheet, self.tabel, self.index = sheet, sheet.tabel, index
        self.baris = sheet.tabel.baris[index]

    def get(self, header: str) -> Any:
        # Read the parsed column straight from the sheet's cache: this runs for every cell of the model.
        column = self.sheet._parsed.get(header) or self.sheet.parsed(header)
        value = column[self.index]
        if isinstance(value, values.NilaiTidakSah):
            return self.sheet.checked(header, self.index)
        return value

    def text(self, header: str) -> str:
        return self.get(header) or ""

    def option(self, header: str) -> str | None:
        return self.sheet.options(header)[self.index]


def _rows(tabel: Tabel) -> list[_Row]:
    sheet = _Sheet(tabel)
    return [_Row(sheet, i) for i in range(len(tabel.baris))]


def _isian(tabel: TabelIsian, nama: str) -> Any:
    spec = next(i for i in tabel.lembar.isian if i.nama == nama)
    sel = tabel.isian.get(nama)
    raw = None if sel is None else sel.nilai
    if spec.pilihan and not values.kosong(raw):
        return values.pilihan(raw, spec.pilihan)
    return _parse(spec.jenis, raw, tabel.nama, sel.ref if sel else None, nama, bool(sel and sel.persen))


def _pengaturan(tabel: TabelIsian) -> Pengaturan:
    def setting(nama: str) -> Any:
        return _isian(tabel, nama) if tabel.ada else None

    skala_raw = setting("Skala Predikat")
    skala = values.skala_predikat(skala_raw or c.DEFAULT_SKALA_PREDIKAT)
    nonaktif = setting("Aturan Nonaktif") or ""
    tampilkan = setting("Tampilkan Target di Lampiran")
    return Pengaturan(
        ukuran_kertas=setting("Ukuran Kertas"),
        huruf=setting("Huruf"),
        ukuran_huruf=setting("Ukuran Huruf"),
        bentuk_batang_tubuh=setting("Bentuk Batang Tubuh") or c.BENTUK_BATANG_TUBUH[0],
        jenis_penetapan=setting("Jenis Penetapan") or c.JENIS_PENETAPAN[0],
        pangkat_nip_sekda=setting("Pangkat dan NIP Sekretaris Daerah") == c.YA_TIDAK[0],
        jumlah_anggaran_pk=setting("Jumlah Anggaran di PK") != c.YA_TIDAK[1],
        metode_capaian_negatif=setting("Metode Capaian Negatif") or c.DEFAULT_METODE_NEGATIF,
        skala_predikat=tuple(Predikat(batas, label) for batas, label in skala),
        tampilkan_target=tampilkan != c.YA_TIDAK[1],
        toleransi_efisiensi=_toleransi(setting(c.ISIAN_TOLERANSI_EFISIENSI)),
        capaian_tak_terdefinisi=setting(c.ISIAN_CAPAIAN_TAK_TERDEFINISI) or c.CAPAIAN_TAK_TERDEFINISI[0],
        aturan_nonaktif=frozenset(p.strip().upper() for p in nonaktif.replace(";", ",").split(",") if p.strip()),
    )


def _toleransi(nilai: Decimal | None) -> Decimal:
    # A negative band has no meaning (Efisien would start below Kurang Efisien); its size is what counts.
    return abs(nilai) if nilai is not None else Decimal(c.DEFAULT_TOLERANSI_EFISIENSI)


def kode_daftar(text: str) -> tuple[str, ...]:
    """The codes of a list cell ('IKU Didukung'): separated by commas, semicolons or line breaks (the TEKS
    parser already turned those into spaces); codes never hold spaces, so every blank separates too."""
    return tuple(dict.fromkeys(p for p in re.split(r"[,;\s]+", text) if p))


def _targets(row: _Row) -> dict[int, Any]:
    targets = {}
    for year, header in sorted(row.tabel.target_tahun.items()):
        value = row.get(header)
        if value is not None:
            targets[year] = value
    return targets


def _iku(row: _Row, level: str, realisasi: dict[str, dict[int, Realisasi]]) -> IKU:
    kode = row.get(c.KODE_IKU)
    common: dict[str, Any] = {
        "kode": kode, "level": level, "sasaran": row.text("Sasaran"), "nama": row.text("Indikator Kinerja Utama"),
        "definisi": row.text("Definisi Operasional"), "formula": row.text("Formula"), "alasan": row.text("Alasan"),
        "satuan": row.text("Satuan"), "jenis_angka": row.option("Jenis Angka") or "",
        "polaritas": row.option("Polaritas") or "", "metode_capaian": row.option("Metode Capaian"),
        "sumber_data": row.text("Sumber Data"), "baseline": row.get("Baseline"), "target": _targets(row),
        "asal": row.tabel.asal(row.baris), "realisasi": realisasi.get(kode, {}),
        "standar_nasional": row.get(c.KOLOM_STANDAR_NASIONAL), "sumber_standar": row.text(c.KOLOM_SUMBER_STANDAR),
    }
    if level == "pemda":
        pj = tuple(p.strip() for p in row.text("PD Penanggung Jawab").replace(";", ",").split(",") if p.strip())
        return IKU(**common, jenis_urusan=row.option("Jenis Urusan") or "", urusan=row.option("Urusan") or "",
                   tujuan=row.text("Tujuan"), pd_penanggung_jawab=pj)
    return IKU(**common, kode_pd=row.get(c.KODE_PD) or "", unit_terkait=row.text("Unit Terkait"),
               mendukung=row.get("Mendukung IKU Pemda"), jenis_cascading=row.option("Jenis Cascading"))


def _realisasi(tabel: Tabel) -> dict[str, dict[int, Realisasi]]:
    result: dict[str, dict[int, Realisasi]] = defaultdict(dict)
    if not tabel.ada:
        return result
    for row in _rows(tabel):
        nilai = row.get("Realisasi")
        tahun = row.get("Tahun")
        if nilai is None or tahun is None:  # not yet reported is not 0
            continue
        result[row.get(c.KODE_IKU)][tahun] = Realisasi(
            tahun, nilai, row.text("Penjelasan"), tabel.asal(row.baris),
            faktor_pendukung=row.text(c.KOLOM_FAKTOR_PENDUKUNG), faktor_penghambat=row.text(c.KOLOM_FAKTOR_PENGHAMBAT),
            upaya_perbaikan=row.text(c.KOLOM_UPAYA_PERBAIKAN))
    return result


def _perangkat_daerah(tables: Tables, realisasi: dict[str, dict[int, Realisasi]]) -> tuple[PerangkatDaerah, ...]:
    iku_by_pd: dict[str, list[IKU]] = defaultdict(list)
    for row in _rows(tables.tabel[c.LEMBAR_IKU_PD.nama]):
        iku = _iku(row, "pd", realisasi)
        iku_by_pd[iku.kode_pd].append(iku)
    program_by_pd: dict[str, list[Program]] = defaultdict(list)
    for row in _rows(tables.tabel[c.LEMBAR_PROGRAM.nama]):
        program_by_pd[row.get(c.KODE_PD)].append(Program(
            kode_pd=row.get(c.KODE_PD), tahun=row.get("Tahun"), nama=row.text("Program"), anggaran=row.get("Anggaran"),
            realisasi=row.get("Realisasi Anggaran"), asal=row.tabel.asal(row.baris),
            iku_didukung=kode_daftar(row.text(c.KOLOM_IKU_DIDUKUNG))))
    result = []
    for row in _rows(tables.tabel[c.LEMBAR_PD.nama]):
        kode = row.get(c.KODE_PD)
        kepala = Pejabat(nama=row.text("Nama Kepala"), jabatan=row.text("Jabatan Kepala"),
                         status=row.option("Status Kepala") or STATUS_DEFINITIF, nip=row.text("NIP").replace(" ", ""),
                         pangkat=row.text("Pangkat/Golongan"))
        result.append(PerangkatDaerah(kode=kode, nama=row.text("Nama Perangkat Daerah"), kepala=kepala,
                                      tugas_pokok=row.text("Tugas Pokok"), fungsi=row.get("Fungsi") or (),
                                      iku=tuple(iku_by_pd.get(kode, ())), program=tuple(program_by_pd.get(kode, ())),
                                      asal=row.tabel.asal(row.baris)))
    return tuple(result)


def _pemda(tables: Tables) -> Pemda:
    ident = tables.isian[c.LEMBAR_IDENTITAS.nama]

    def isi(nama: str) -> Any:
        return _isian(ident, nama)

    realisasi = _realisasi(tables.tabel[c.LEMBAR_REALISASI.nama])
    dasar = tuple(row.text("Peraturan") for row in _rows(tables.tabel[c.LEMBAR_DASAR_HUKUM.nama]) if row.text(
        "Peraturan"))
    pemda = Pemda(
        jenis_daerah=isi("Jenis Daerah"), nama_daerah=isi("Nama Daerah"), provinsi=isi("Provinsi") or "",
        kepala=Pejabat(nama=isi("Nama Kepala Daerah"), jabatan="",
                       status=isi("Status Kepala Daerah") or STATUS_DEFINITIF),
        ibu_kota=isi("Ibu Kota"), tahun=isi("Tahun"), periode_awal=isi("Periode Awal"),
        periode_akhir=isi("Periode Akhir"), nomor_peraturan=isi("Nomor Peraturan") or "",
        tanggal_penetapan=isi("Tanggal Penetapan"),
        tanggal_pengundangan=isi("Tanggal Pengundangan"),
        sekda=Pejabat(nama=isi("Nama Sekretaris Daerah"), jabatan=JABATAN_SEKDA,
                      nip=(isi("NIP Sekretaris Daerah") or "").replace(" ", ""),
                      pangkat=isi("Pangkat Sekretaris Daerah") or ""),
        nomor_berita_daerah=isi("Nomor Berita Daerah") or "", tanggal_dokumen=isi("Tanggal Dokumen"),
        dasar_hukum=dasar, pengaturan=_pengaturan(tables.isian[c.LEMBAR_PENGATURAN.nama]),
        iku=tuple(_iku(row, "pemda", realisasi) for row in _rows(tables.tabel[c.LEMBAR_IKU_PEMDA.nama])),
        perangkat_daerah=_perangkat_daerah(tables, realisasi),
    )
    # "Bupati Sleman", "Wali Kota Yogyakarta", "Gubernur Jawa Tengah": the title needs the built Pemda.
    return replace(pemda, kepala=replace(pemda.kepala, jabatan=f"{pemda.jabatan_kepala} {pemda.nama_daerah}"))


# A Peraturan written in diktum: rendered as asked, with this warning (UU 12/2011 Lampiran II writes a
# Peraturan in Pasal; the diktum form belongs to a Keputusan).
KODE_DIKTUM_PERATURAN = "PENGATURAN-DIKTUM-PERATURAN"


def _bentuk_penetapan(tables: Tables, pemda: Pemda) -> list[Temuan]:
    p = pemda.pengaturan
    if p.jenis_penetapan != c.JENIS_PENETAPAN[0] or p.bentuk_batang_tubuh != c.BENTUK_BATANG_TUBUH[1]:
        return []
    tabel = tables.isian[c.LEMBAR_PENGATURAN.nama]
    kolom = "Bentuk Batang Tubuh"
    sel = tabel.isian.get(kolom)
    return [Temuan(
        KODE_DIKTUM_PERATURAN, Tingkat.PERINGATAN, tabel.nama, sel.ref if sel else None, None, kolom,
        p.bentuk_batang_tubuh,
        "Peraturan Kepala Daerah ditulis dalam Diktum (KESATU, KEDUA, ...). Menurut UU 12/2011 (Lampiran II), "
        "batang tubuh Peraturan disusun dalam Pasal; bentuk Diktum dipakai untuk Keputusan Kepala Daerah.",
        "Kosongkan 'Bentuk Batang Tubuh' atau isi 'Pasal'; bila IKU ditetapkan dengan Keputusan, isi "
        "'Jenis Penetapan' dengan 'Keputusan'.", "Struktur")]


KODE_PROGRAM_TANPA_IKU = "PROGRAM-TANPA-IKU-DIDUKUNG"


def _program_tanpa_iku(pemda: Pemda) -> list[Temuan]:
    """A saran per program that names no indicator: its capaian kinerja and efficiency stay empty."""
    found = []
    for pd_ in pemda.perangkat_daerah:
        for program in pd_.program:
            if program.iku_didukung:
                continue
            kolom = c.KOLOM_IKU_DIDUKUNG
            found.append(Temuan(
                KODE_PROGRAM_TANPA_IKU, Tingkat.SARAN, program.asal.lembar, program.asal.sel(kolom),
                program.asal.baris, kolom, "",
                f"Program '{program.nama}' ({pd_.kode}, {program.tahun}) belum menyebut IKU yang didukungnya, "
                "sehingga capaian kinerja dan efisiensinya tidak dapat dihitung pada LKjIP.",
                f"Isi kolom '{kolom}' dengan Kode IKU yang didukung program ini, dipisah koma.", "Struktur"))
    return found


def build_model(tables: Tables) -> tuple[Pemda | None, list[Temuan]]:
    """The model, or None with the finding that prevented it (only when the schema was skipped)."""
    try:
        pemda = _pemda(tables)
        return pemda, _bentuk_penetapan(tables, pemda) + _program_tanpa_iku(pemda)
    except _Gagal as exc:
        return None, [exc.temuan]
    except values.NilaiTidakSah as exc:  # Skala Predikat default etc.
        return None, [Temuan(exc.kode, Tingkat.GALAT, None, None, None, None, None, exc.pesan, exc.saran,
                             "Struktur")]
    except (KeyError, TypeError) as exc:  # a required value absent: the schema reports it with its cell
        return None, [Temuan("STRUK-MODEL", Tingkat.GALAT, None, None, None, None, None,
                             f"Model tidak dapat dibuat karena data wajib belum lengkap ({exc}).",
                             "Perbaiki semua galat struktur terlebih dahulu.", "Struktur")]

