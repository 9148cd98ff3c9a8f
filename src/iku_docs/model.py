"""MODEL: the validated workbook as frozen dataclasses, consumed by rules and documents.

``build_model`` (in ``validate/build.py``) turns the read tables into these objects
after the structural schema passed; nothing here does I/O. Every record keeps its
``Asal`` (sheet, row, header → column letter) so a rule can point at the exact cell.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

# A target/realisasi/baseline: a number, or a level of a qualitative scale ("WTP", "BB").
Nilai = Decimal | str


@dataclass(frozen=True, slots=True)
class Asal:
    """Where a record came from: sheet, Excel row, and the letter of each header."""

    lembar: str
    baris: int
    kolom: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def sel(self, header: str) -> str | None:
        letter = self.kolom.get(header)
        return f"{letter}{self.baris}" if letter else None


@dataclass(frozen=True, slots=True)
class Pejabat:
    nama: str
    jabatan: str
    status: str = "Definitif"  # Definitif / Plt. / Plh.
    nip: str = ""
    pangkat: str = ""

    @property
    def awalan(self) -> str:
        """'Plt. ' / 'Plh. ' before the title, '' for a definitive official."""
        return "" if self.status == "Definitif" else f"{self.status} "


@dataclass(frozen=True, slots=True)
class Realisasi:
    tahun: int
    nilai: Nilai
    penjelasan: str = ""
    asal: Asal | None = None
    faktor_pendukung: str = ""
    faktor_penghambat: str = ""
    upaya_perbaikan: str = ""


@dataclass(frozen=True, slots=True)
class IKU:
    kode: str
    level: str  # "pemda" or "pd"
    sasaran: str
    nama: str
    definisi: str
    formula: str
    alasan: str
    satuan: str
    jenis_angka: str
    polaritas: str  # Maksimal / Minimal
    metode_capaian: str | None  # explicit per indicator, else derived (see capaian.py)
    sumber_data: str
    baseline: Nilai | None
    target: Mapping[int, Nilai]
    asal: Asal
    # Pemda-level only
    jenis_urusan: str = ""
    urusan: str = ""
    tujuan: str = ""
    pd_penanggung_jawab: tuple[str, ...] = ()
    # PD-level only
    kode_pd: str = ""
    unit_terkait: str = ""
    mendukung: str | None = None
    jenis_cascading: str | None = None
    realisasi: Mapping[int, Realisasi] = field(default_factory=dict)
    standar_nasional: Nilai | None = None  # national target or average to compare with; None: no standard yet
    sumber_standar: str = ""


@dataclass(frozen=True, slots=True)
class Program:
    kode_pd: str
    tahun: int
    nama: str
    anggaran: Decimal
    realisasi: Decimal | None
    asal: Asal
    iku_didukung: tuple[str, ...] = ()  # Kode IKU of the indicators the program serves


@dataclass(frozen=True, slots=True)
class PerangkatDaerah:
    kode: str
    nama: str
    kepala: Pejabat
    tugas_pokok: str
    fungsi: tuple[str, ...]
    iku: tuple[IKU, ...]
    program: tuple[Program, ...]
    asal: Asal


@dataclass(frozen=True, slots=True)
class Predikat:
    batas_bawah: Decimal  # lowest capaian (%) that earns this label
    label: str


@dataclass(frozen=True, slots=True)
class Pengaturan:
    # None: the template decides (the shipped ones: F4, Bookman Old Style 12).
    ukuran_kertas: str | None = None
    huruf: str | None = None
    ukuran_huruf: Decimal | None = None
    bentuk_batang_tubuh: str = "Pasal"
    jenis_penetapan: str = "Peraturan"  # Peraturan / Keputusan Kepala Daerah
    pangkat_nip_sekda: bool = False  # UU 12/2011 Lampiran II: the Sekretaris Daerah signs with name only
    jumlah_anggaran_pk: bool = True  # PK program attachment: JUMLAH row and the amount in words
    metode_capaian_negatif: str = "(2T-R)/T"
    skala_predikat: tuple[Predikat, ...] = ()
    tampilkan_target: bool = True
    aturan_nonaktif: frozenset[str] = frozenset()
    capaian_tak_terdefinisi: str = "Kosong"  # or "Batas" (capaian.py)
    toleransi_efisiensi: Decimal = Decimal(5)  # percentage points either side of 0 judged "Cukup Efisien"


@dataclass(frozen=True, slots=True)
class Pemda:
    jenis_daerah: str  # Provinsi / Kabupaten / Kota
    nama_daerah: str
    provinsi: str
    kepala: Pejabat
    ibu_kota: str
    tahun: int
    periode_awal: int
    periode_akhir: int
    nomor_peraturan: str
    tanggal_penetapan: date | None
    sekda: Pejabat
    nomor_berita_daerah: str
    tanggal_dokumen: date | None
    dasar_hukum: tuple[str, ...]
    pengaturan: Pengaturan
    iku: tuple[IKU, ...]
    perangkat_daerah: tuple[PerangkatDaerah, ...]
    tanggal_pengundangan: date | None = None

    @property
    def periode(self) -> range:
        return range(self.periode_awal, self.periode_akhir + 1)

    @property
    def jabatan_kepala(self) -> str:
        """Bupati / Walikota / Gubernur."""
        return {"Provinsi": "Gubernur", "Kabupaten": "Bupati", "Kota": "Wali Kota"}[self.jenis_daerah]

    @property
    def nama_lengkap(self) -> str:
        """'Kabupaten Sleman', 'Kota Yogyakarta', 'Provinsi Jawa Tengah'."""
        return f"{self.jenis_daerah} {self.nama_daerah}"

    def pd(self, kode: str) -> PerangkatDaerah | None:
        return next((p for p in self.perangkat_daerah if p.kode == kode), None)

    def all_iku(self) -> tuple[IKU, ...]:
        return self.iku + tuple(i for p in self.perangkat_daerah for i in p.iku)
