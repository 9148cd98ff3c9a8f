"""The workbook contract: sheet names, headers, enumerations and the Petunjuk text.

Written once; the reader, the pandera schema, the model builder, the blank template, the
sample builder and the Petunjuk sheet all derive from these constants. No other module
spells a sheet name or a header as a string literal. A column says what it is (``jenis``,
``wajib``, ``pilihan``), what it refers to (``rujukan``), which years it allows
(``dalam_periode``), its format (``pola``, ``rentang``, ``bentuk``) and the model attribute it fills
(``field``); the schema builds its checks from these, without per-sheet code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType


class Jenis(StrEnum):
    """How a cell's value is parsed (see ``values.py``)."""

    TEKS = "teks"
    KODE = "kode"  # identifier: trimmed text, numbers kept as written ("01" stays "01")
    ANGKA = "angka"  # decimal number, "6,5" / "1.250.000" / "93%"
    UANG = "uang"  # rupiah amount, "Rp 1.250.000.000"
    TAHUN = "tahun"  # four-digit year
    TANGGAL = "tanggal"  # date as a date cell, a serial or text "24 November 2026"
    NILAI = "nilai"  # a number, or a level of a qualitative scale (WTP, AA, B...)
    DAFTAR = "daftar"  # one item per line (Fungsi)


class Bentuk(StrEnum):
    """A structured text an item must follow, beyond its ``Jenis`` (parsed in ``values.py`` too)."""

    SKALA_PREDIKAT = "skala-predikat"  # "91:Sangat Tinggi; 76:Tinggi; 0:Sangat Rendah" (values.skala_predikat)


@dataclass(frozen=True, slots=True)
class Rujukan:
    """The cell holds a code that must exist in ``kolom`` of one of the sheets ``lembar``."""

    lembar: tuple[str, ...]
    kolom: str
    banyak: bool = False  # several codes separated by commas ("DINKES, DISDIK")
    pisah: str = r"[,;]"  # what separates them (a regular expression)


@dataclass(frozen=True, slots=True)
class Rentang:
    """A number that must lie between ``bawah`` and ``atas`` (both included); ``kode`` names the finding. For a
    date the bounds are years. ``terkecil``: a number other than 0 must be at least that far from 0 (a target of
    1e-300 is a slip or a broken formula, not a value anyone reports)."""

    kode: str
    bawah: int
    atas: int
    terkecil: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Pola:
    """Text that, without its spaces, must match ``regex`` in full (an 18-digit NIP); ``kode`` names the finding."""

    kode: str
    regex: str


@dataclass(frozen=True, slots=True)
class Kolom:
    nama: str
    jenis: Jenis = Jenis.TEKS
    wajib: bool = True
    pilihan: tuple[str, ...] = ()  # dropdown values; empty = free
    keterangan: str = ""
    lebar: int = 18  # column width in the blank template
    contoh: str = ""
    field: str = ""  # the model attribute this column fills (validate/build.py)
    rujukan: Rujukan | None = None
    dalam_periode: bool = False  # a year within the RPJMD period
    pola: Pola | None = None
    # Options that depend on another column of the row: (that header, (its value, the options it allows)...).
    pilihan_menurut: tuple[str, tuple[tuple[str, tuple[str, ...]], ...]] | None = None
    kode_pilihan: str = "STRUK-PILIHAN"  # the finding for a value that is not an option
    jenis_nilai: bool = False  # says whether the row's NILAI cells are scale levels (Kualitatif) or numbers
    rentang: Rentang | None = None  # the plausible range of a number (ANGKA, UANG, NILAI)
    # On the jenis_nilai column: (its value, the range of the row's NILAI cells) where the kind has its own
    # range (Persentase); the other rows keep their cells' own ``rentang``.
    rentang_nilai: tuple[tuple[str, Rentang], ...] = ()


@dataclass(frozen=True, slots=True)
class Isian:
    """One row of a key/value sheet (Identitas, Pengaturan)."""

    nama: str
    jenis: Jenis = Jenis.TEKS
    wajib: bool = True
    pilihan: tuple[str, ...] = ()
    keterangan: str = ""
    bawaan: str | None = None  # documented default when blank
    contoh: str = ""
    field: str = ""  # the model attribute this item fills (validate/build.py)
    dalam_periode: bool = False
    rentang: Rentang | None = None
    bentuk: Bentuk | None = None


@dataclass(frozen=True, slots=True)
class Lembar:
    nama: str
    keterangan: str
    kolom: tuple[Kolom, ...] = ()
    isian: tuple[Isian, ...] = ()  # key/value sheets only
    wajib: bool = True
    target_tahunan: bool = False  # has one "Target <year>" column per RPJMD year
    kunci: tuple[str, ...] = field(default=())  # columns whose combination must be unique
    kunci_bersama: tuple[str, ...] = ()  # other sheets whose key must not repeat this sheet's (one code space)
    bila_kosong: str = "galat"  # finding for a sheet without data rows: "galat", "peringatan" or "" (none)

    @property
    def kv(self) -> bool:
        return bool(self.isian)


# --- Enumerations -----------------------------------------------------------------

JENIS_DAERAH = ("Provinsi", "Kabupaten", "Kota")
STATUS_KEPALA = ("Definitif", "Plt.", "Plh.")
JENIS_ANGKA = ("Kualitatif", "Kuantitas Absolut", "Persentase", "Rasio", "Rata-rata", "Indeks")
POLARITAS = ("Maksimal", "Minimal")
JENIS_CASCADING = ("Duplicate", "Cluster", "Unique", "Supportive")
METODE_CAPAIAN = ("R/T", "T/R", "(2T-R)/T")
UKURAN_KERTAS = ("F4", "A4")
BENTUK_BATANG_TUBUH = ("Pasal", "Diktum")
JENIS_PENETAPAN = ("Peraturan", "Keputusan")
YA_TIDAK = ("Ya", "Tidak")

# UU 23/2014 Lampiran; Permendagri 90/2019 order. Keys are the Jenis Urusan values.
URUSAN: dict[str, tuple[str, ...]] = {
    "Wajib Pelayanan Dasar": (
        "Pendidikan",
        "Kesehatan",
        "Pekerjaan Umum dan Penataan Ruang",
        "Perumahan Rakyat dan Kawasan Permukiman",
        "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat",
        "Sosial",
    ),
    "Wajib Non Pelayanan Dasar": (
        "Tenaga Kerja",
        "Pemberdayaan Perempuan dan Pelindungan Anak",
        "Pangan",
        "Pertanahan",
        "Lingkungan Hidup",
        "Administrasi Kependudukan dan Pencatatan Sipil",
        "Pemberdayaan Masyarakat dan Desa",
        "Pengendalian Penduduk dan Keluarga Berencana",
        "Perhubungan",
        "Komunikasi dan Informatika",
        "Koperasi, Usaha Kecil, dan Menengah",
        "Penanaman Modal",
        "Kepemudaan dan Olah Raga",
        "Statistik",
        "Persandian",
        "Kebudayaan",
        "Perpustakaan",
        "Kearsipan",
    ),
    "Pilihan": (
        "Kelautan dan Perikanan",
        "Pariwisata",
        "Pertanian",
        "Kehutanan",
        "Energi dan Sumber Daya Mineral",
        "Perdagangan",
        "Perindustrian",
        "Transmigrasi",
    ),
    "Penunjang": (
        "Perencanaan",
        "Keuangan",
        "Kepegawaian",
        "Pendidikan dan Pelatihan",
        "Penelitian dan Pengembangan",
        "Pengawasan",
        "Pemerintahan Umum",
        "Kesekretariatan",
    ),
}
JENIS_URUSAN = tuple(URUSAN)
SEMUA_URUSAN = tuple(u for daftar in URUSAN.values() for u in daftar)

# Ordered qualitative scales, best first. A Kualitatif target/realisasi must be a
# level of one of them; capaian is scored on the scale (see capaian.py).
SKALA_KUALITATIF: dict[str, tuple[str, ...]] = {
    "Opini BPK": ("WTP", "WDP", "TW", "TMP"),
    "SAKIP": ("AA", "A", "BB", "B", "CC", "C", "D"),
    "Huruf": ("A", "B", "C", "D", "E"),
}

# Plausible ranges of numbers, per kind. Beyond them a value is a typing slip or a broken formula, and the
# arithmetic of capaian and the documents would only print it: no IKU value reaches Indonesia's GDP in rupiah
# (about 2 * 10^16), a percentage in points stays within ±1000, no Program's budget reaches the APBN, and the
# dates of regional regulations lie in the years of the Republic (as ``values.tahun`` allows).
RENTANG_NILAI = Rentang("STRUK-NILAI-RENTANG", -(10**17), 10**17, terkecil=Decimal("0.000001"))
RENTANG_PERSEN = Rentang("STRUK-PERSEN-RENTANG", -1000, 1000, terkecil=Decimal("0.000001"))
RENTANG_UANG = Rentang("STRUK-UANG-RENTANG", 0, 10**16)
RENTANG_TANGGAL = Rentang("STRUK-TANGGAL-RENTANG", 1945, 2100)

DEFAULT_SKALA_PREDIKAT = "91:Sangat Tinggi; 76:Tinggi; 66:Sedang; 51:Rendah; 0:Sangat Rendah"
DEFAULT_METODE_NEGATIF = "(2T-R)/T"

# --- Headers (spelled as the user sees them) ------------------------------------------

NAMA_IDENTITAS = "Identitas"
NAMA_PENGATURAN = "Pengaturan"
NAMA_DASAR_HUKUM = "Dasar Hukum"
NAMA_PD = "Perangkat Daerah"
NAMA_IKU_PEMDA = "IKU Pemda"
NAMA_IKU_PD = "IKU Perangkat Daerah"
NAMA_PROGRAM = "Program Anggaran"
NAMA_REALISASI = "Realisasi"

KODE_PD = "Kode PD"
KODE_IKU = "Kode IKU"
TARGET_PREFIX = "Target"
# Headers of the IKU sheets that code outside the contract points at (quality rules put findings on these cells).
KOLOM_SASARAN = "Sasaran"
KOLOM_INDIKATOR = "Indikator Kinerja Utama"
KOLOM_DEFINISI = "Definisi Operasional"
KOLOM_FORMULA = "Formula"
KOLOM_ALASAN = "Alasan"
KOLOM_SATUAN = "Satuan"
KOLOM_JENIS_ANGKA = "Jenis Angka"
KOLOM_POLARITAS = "Polaritas"
KOLOM_SUMBER_DATA = "Sumber Data"
KOLOM_BASELINE = "Baseline"
KOLOM_PD_PJ = "PD Penanggung Jawab"
KOLOM_UNIT_TERKAIT = "Unit Terkait"
KOLOM_MENDUKUNG = "Mendukung IKU Pemda"
KOLOM_JENIS_CASCADING = "Jenis Cascading"
KOLOM_JENIS_URUSAN = "Jenis Urusan"
KOLOM_STANDAR_NASIONAL = "Standar Nasional"
KOLOM_SUMBER_STANDAR = "Sumber Standar"
KOLOM_IKU_DIDUKUNG = "IKU Didukung"
KOLOM_FAKTOR_PENDUKUNG = "Faktor Pendukung"
KOLOM_FAKTOR_PENGHAMBAT = "Faktor Penghambat"
KOLOM_UPAYA_PERBAIKAN = "Upaya Perbaikan"
KOLOM_URUSAN = "Urusan"
KOLOM_TAHUN = "Tahun"
# Items of the key/value sheets that code outside the contract names.
ISIAN_PERIODE_AWAL = "Periode Awal"
ISIAN_PERIODE_AKHIR = "Periode Akhir"
ISIAN_METODE_NEGATIF = "Metode Capaian Negatif"
ISIAN_SKALA_PREDIKAT = "Skala Predikat"
ISIAN_NONAKTIF = "Aturan Nonaktif"
ISIAN_BENTUK_BATANG_TUBUH = "Bentuk Batang Tubuh"
ISIAN_JENIS_PENETAPAN = "Jenis Penetapan"
ISIAN_TOLERANSI_EFISIENSI = "Toleransi Efisiensi"
ISIAN_CAPAIAN_TAK_TERDEFINISI = "Capaian Tak Terdefinisi"
CAPAIAN_TAK_TERDEFINISI = ("Kosong", "Batas")
DEFAULT_TOLERANSI_EFISIENSI = "5"
PERIODE_PALING_LAMA = 10  # years; an RPJMD is usually 5
KUALITATIF = JENIS_ANGKA[0]  # the Jenis Angka whose targets are levels of a scale

MEMBACA_METODE = (
    "R/T = Realisasi ÷ Target × 100 (semakin tinggi semakin baik); "
    "T/R = Target ÷ Realisasi × 100 (semakin rendah semakin baik); "
    "(2T-R)/T = (2 × Target − Realisasi) ÷ Target × 100, paling kecil 0 (semakin rendah semakin baik)."
)

_IKU_COMMON = (
    Kolom(KOLOM_DEFINISI, keterangan="Apa yang diukur dan batasannya, sehingga dua orang yang mengukur "
          "mendapat hasil yang sama.", lebar=40, contoh="Jumlah kematian bayi usia 0-11 bulan per 1.000 "
          "kelahiran hidup dalam satu tahun.", field="definisi"),
    Kolom(KOLOM_FORMULA, keterangan="Cara menghitung, misalnya 'Jumlah X ÷ Jumlah Y × 100%'.", lebar=30,
          contoh="(Jumlah kematian bayi ÷ Jumlah kelahiran hidup) × 1.000", field="formula"),
    Kolom(KOLOM_ALASAN, keterangan="Mengapa indikator ini dipilih untuk mengukur sasaran.", lebar=30, field="alasan"),
    Kolom(KOLOM_SATUAN, keterangan="Satuan target, misalnya '%', 'per 1.000 KH', 'orang', 'indeks', 'opini'.",
          lebar=12, contoh="%", field="satuan"),
    Kolom(KOLOM_JENIS_ANGKA, pilihan=JENIS_ANGKA, keterangan="Kualitatif, Kuantitas Absolut, Persentase, Rasio, "
          "Rata-rata atau Indeks.", lebar=16, field="jenis_angka", jenis_nilai=True,
          rentang_nilai=((JENIS_ANGKA[2], RENTANG_PERSEN),)),
    Kolom(KOLOM_POLARITAS, pilihan=POLARITAS, keterangan="Maksimal: semakin tinggi semakin baik. Minimal: "
          "semakin rendah semakin baik (angka kematian, kemiskinan, pengangguran).", lebar=12, field="polaritas"),
    Kolom("Metode Capaian", wajib=False, pilihan=METODE_CAPAIAN, keterangan="Rumus capaian. Kosongkan untuk "
          "memakai R/T (polaritas Maksimal) atau 'Metode Capaian Negatif' di lembar Pengaturan (polaritas "
          "Minimal). " + MEMBACA_METODE, lebar=12, field="metode_capaian"),
)

# Comparison with the national standard (PermenPANRB 53/2014, Bab III analysis 5); optional, the last columns
# of both IKU sheets (after the Target columns, see ``columns_for``).
KOLOM_IKU_SETELAH_TARGET = (
    Kolom(KOLOM_STANDAR_NASIONAL, Jenis.NILAI, wajib=False, lebar=12,
          keterangan="Target atau rata-rata nasional pembanding, berupa angka atau tingkat skala kualitatif "
          "(WTP, BB). Kosongkan bila belum ada standar.", field="standar_nasional", rentang=RENTANG_NILAI),
    Kolom(KOLOM_SUMBER_STANDAR, wajib=False, lebar=24,
          keterangan="Asal standar nasional, misalnya 'RPJMN 2025–2029', 'SPM' atau 'rata-rata nasional BPS "
          "2025'.", contoh="RPJMN 2025–2029", field="sumber_standar"),
)

LEMBAR_IDENTITAS = Lembar(
    NAMA_IDENTITAS,
    "Identitas pemerintah daerah, kepala daerah, sekretaris daerah dan periode RPJMD.",
    isian=(
        Isian("Jenis Daerah", pilihan=JENIS_DAERAH, keterangan="Provinsi, Kabupaten atau Kota.",
              contoh="Kabupaten", field="jenis_daerah"),
        Isian("Nama Daerah", keterangan="Nama daerah tanpa kata 'Kabupaten'/'Kota'/'Provinsi'.", contoh="Sleman",
              field="nama_daerah"),
        Isian("Provinsi", wajib=False, keterangan="Provinsi tempat kabupaten/kota berada (kosongkan untuk "
              "provinsi).", contoh="Daerah Istimewa Yogyakarta", field="provinsi"),
        Isian("Nama Kepala Daerah", keterangan="Nama lengkap tanpa gelar jabatan.", contoh="Dr. H. Ahmad, M.Si.",
              field="kepala.nama"),
        Isian("Status Kepala Daerah", wajib=False, pilihan=STATUS_KEPALA, bawaan="Definitif",
              keterangan="Definitif, Plt. (pelaksana tugas) atau Plh. (pelaksana harian).", field="kepala.status"),
        Isian("Ibu Kota", keterangan="Tempat penetapan dokumen (Ditetapkan di ...).", contoh="Sleman",
              field="ibu_kota"),
        Isian(KOLOM_TAHUN, Jenis.TAHUN, keterangan="Tahun anggaran dokumen PK dan LKjIP.", contoh="2026",
              field="tahun", dalam_periode=True),
        Isian(ISIAN_PERIODE_AWAL, Jenis.TAHUN, keterangan="Tahun pertama RPJMD.", contoh="2025",
              field="periode_awal"),
        Isian(ISIAN_PERIODE_AKHIR, Jenis.TAHUN, keterangan="Tahun terakhir RPJMD.", contoh="2029",
              field="periode_akhir"),
        Isian("Nomor Peraturan", wajib=False, keterangan="Boleh kosong pada rancangan; dicetak sebagai titik-titik.",
              field="nomor_peraturan"),
        Isian("Tanggal Penetapan", Jenis.TANGGAL, wajib=False,
              keterangan="Boleh kosong pada rancangan; dicetak sebagai titik-titik.", field="tanggal_penetapan",
              rentang=RENTANG_TANGGAL),
        Isian("Tanggal Pengundangan", Jenis.TANGGAL, wajib=False,
              keterangan="Tanggal Peraturan diundangkan dalam Berita Daerah. Boleh kosong pada rancangan; "
              "dicetak sebagai titik-titik. Tidak dipakai bila Jenis Penetapan Keputusan.",
              field="tanggal_pengundangan", rentang=RENTANG_TANGGAL),
        Isian("Nama Sekretaris Daerah", keterangan="Nama lengkap dengan gelar, untuk blok pengundangan.",
              contoh="Ir. Budi Santoso, M.T.", field="sekda.nama"),
        Isian("Pangkat Sekretaris Daerah", keterangan="Pangkat dan golongan ruang, dicetak di bawah nama.",
              contoh="Pembina Utama Madya (IV/d)", field="sekda.pangkat"),
        Isian("NIP Sekretaris Daerah", Jenis.KODE, contoh="196805121994031007",
              keterangan="18 digit, tulis sebagai teks agar angka 0 di depan tidak hilang.", field="sekda.nip"),
        Isian("Nomor Berita Daerah", wajib=False, keterangan="Boleh kosong pada rancangan.",
              field="nomor_berita_daerah"),
        Isian("Tanggal Dokumen", Jenis.TANGGAL, wajib=False,
              keterangan="Tanggal penandatanganan PK. Kosong: dicetak sebagai titik-titik.", field="tanggal_dokumen",
              rentang=RENTANG_TANGGAL),
    ),
)

LEMBAR_PENGATURAN = Lembar(
    NAMA_PENGATURAN,
    "Pengaturan dokumen. Semua isian boleh kosong; nilai bawaan dipakai bila kosong.",
    wajib=False,
    isian=(
        Isian("Ukuran Kertas", wajib=False, pilihan=UKURAN_KERTAS, bawaan="F4",
              keterangan="F4 (215 × 330 mm) atau A4 (210 × 297 mm).", field="ukuran_kertas"),
        Isian("Huruf", wajib=False, bawaan="Bookman Old Style", keterangan="Nama huruf dokumen Word.", field="huruf"),
        Isian("Ukuran Huruf", Jenis.ANGKA, wajib=False, bawaan="12", keterangan="Ukuran huruf (pt), 8 sampai 16.",
              field="ukuran_huruf", rentang=Rentang("STRUK-UKURAN-HURUF", 8, 16)),
        Isian(ISIAN_BENTUK_BATANG_TUBUH, wajib=False, pilihan=BENTUK_BATANG_TUBUH, bawaan="Pasal",
              keterangan="Khusus Peraturan: Pasal (bentuk menurut UU 12/2011) atau Diktum (KESATU, KEDUA, "
              "...). Keputusan selalu ditulis dalam Diktum.", field="bentuk_batang_tubuh"),
        Isian(ISIAN_METODE_NEGATIF, wajib=False, pilihan=METODE_CAPAIAN[1:], bawaan=DEFAULT_METODE_NEGATIF,
              keterangan="Rumus capaian bawaan untuk indikator berpolaritas Minimal. " + MEMBACA_METODE,
              field="metode_capaian_negatif"),
        Isian(ISIAN_SKALA_PREDIKAT, wajib=False, bawaan=DEFAULT_SKALA_PREDIKAT,
              keterangan="Batas bawah capaian (%) dan predikatnya, dipisah titik koma, dari yang tertinggi.",
              field="skala_predikat", bentuk=Bentuk.SKALA_PREDIKAT),
        Isian("Tampilkan Target di Lampiran", wajib=False, pilihan=YA_TIDAK, bawaan="Ya",
              keterangan="Ya: Lampiran I dan II memuat kolom Satuan dan target tiap tahun.", field="tampilkan_target"),
        Isian(ISIAN_NONAKTIF, wajib=False, bawaan="",
              keterangan="Kode aturan mutu yang tidak diperiksa, dipisah koma (lihat 'iku-docs rules').",
              field="aturan_nonaktif"),
        # Added after the existing settings so their cells keep their rows in existing workbooks.
        Isian(ISIAN_JENIS_PENETAPAN, wajib=False, pilihan=JENIS_PENETAPAN, bawaan="Peraturan",
              keterangan="Peraturan Kepala Daerah (ditulis dalam Pasal, diundangkan dalam Berita Daerah) atau "
              "Keputusan Kepala Daerah (ditulis dalam Diktum, tanpa pengundangan).", field="jenis_penetapan"),
        Isian("Pangkat dan NIP Sekretaris Daerah", wajib=False, pilihan=YA_TIDAK, bawaan="Tidak",
              keterangan="Tidak: blok pengundangan memuat jabatan dan nama Sekretaris Daerah saja, sesuai "
              "Lampiran II UU 12/2011. Ya: pangkat dan NIP dicetak di bawah nama.", field="pangkat_nip_sekda"),
        Isian("Jumlah Anggaran di PK", wajib=False, pilihan=YA_TIDAK, bawaan="Ya",
              keterangan="Ya: lampiran program Perjanjian Kinerja diakhiri baris JUMLAH dan terbilangnya.",
              field="jumlah_anggaran_pk"),
        Isian(ISIAN_TOLERANSI_EFISIENSI, Jenis.ANGKA, wajib=False, bawaan=DEFAULT_TOLERANSI_EFISIENSI,
              keterangan="Efisiensi program = capaian kinerja − serapan anggaran, dalam poin. Lebih dari "
              "+toleransi: Efisien; dari −toleransi sampai +toleransi: Cukup Efisien; kurang dari −toleransi: "
              "Kurang Efisien.", field="toleransi_efisiensi",
              rentang=Rentang("STRUK-ANGKA-RENTANG", 0, 100)),
        Isian(ISIAN_CAPAIAN_TAK_TERDEFINISI, wajib=False, pilihan=CAPAIAN_TAK_TERDEFINISI,
              bawaan=CAPAIAN_TAK_TERDEFINISI[0],
              keterangan="Bila rumus capaian tidak terdefinisi (target 0 pada R/T, realisasi 0 pada T/R). "
              "Kosong: capaian dicetak '–' dengan catatan dan tidak dihitung dalam rata-rata. Batas: dipakai "
              "nilai batas (target 0 terlampaui pada R/T: 100; target 0 tidak tercapai: 0; realisasi 0 pada "
              "T/R: 200).", field="capaian_tak_terdefinisi"),
    ),
)

LEMBAR_DASAR_HUKUM = Lembar(
    NAMA_DASAR_HUKUM,
    "Peraturan yang dicantumkan pada bagian Mengingat, berurutan, lengkap dengan Lembaran Negara/Daerah.",
    kolom=(
        Kolom("No", Jenis.ANGKA, wajib=False, lebar=6,
              keterangan="Nomor urut; boleh kosong, urutan baris yang dipakai.",
              rentang=Rentang("STRUK-ANGKA-RENTANG", 0, 9999)),
        Kolom("Peraturan", lebar=100, keterangan="Judul lengkap peraturan beserta Lembaran Negara/Daerah dan "
              "Tambahannya, persis seperti dicetak pada bagian Mengingat.",
              contoh="Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah "
              "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, ...)", field="dasar_hukum"),
    ),
)

_KE_PD = Rujukan((NAMA_PD,), KODE_PD)

LEMBAR_PD = Lembar(
    NAMA_PD,
    "Satu baris untuk setiap Perangkat Daerah beserta kepalanya.",
    kunci=(KODE_PD,),
    kolom=(
        Kolom(KODE_PD, Jenis.KODE, keterangan="Kode singkat unik, huruf/angka tanpa spasi, misalnya 'DINKES'.",
              lebar=12, contoh="DINKES", field="kode"),
        Kolom("Nama Perangkat Daerah", lebar=34, keterangan="Nama resmi menurut Perda perangkat daerah.",
              contoh="Dinas Kesehatan", field="nama"),
        Kolom("Jabatan Kepala", lebar=28, keterangan="Jabatan kepala PD tanpa Plt./Plh., misalnya 'Inspektur'.",
              contoh="Kepala Dinas Kesehatan", field="kepala.jabatan"),
        Kolom("Nama Kepala", lebar=28, keterangan="Nama lengkap dengan gelar, penanda tangan Perjanjian Kinerja.",
              field="kepala.nama"),
        Kolom("NIP", Jenis.KODE, lebar=20, keterangan="18 digit, tulis sebagai teks.", field="kepala.nip",
              pola=Pola("STRUK-NIP", r"\d{18}")),
        Kolom("Pangkat/Golongan", lebar=24, keterangan="Pangkat dan golongan ruang kepala PD.",
              contoh="Pembina Utama Muda (IV/c)", field="kepala.pangkat"),
        Kolom("Status Kepala", wajib=False, pilihan=STATUS_KEPALA, lebar=12,
              keterangan="Definitif, Plt. atau Plh. Kosong berarti Definitif.", field="kepala.status"),
        Kolom("Tugas Pokok", lebar=40, keterangan="Tugas pokok menurut Peraturan Kepala Daerah tentang kedudukan "
              "dan tugas PD (Lampiran II).", field="tugas_pokok"),
        Kolom("Fungsi", Jenis.DAFTAR, lebar=50, keterangan="Satu fungsi per baris (Alt+Enter di Excel).",
              field="fungsi"),
    ),
)

LEMBAR_IKU_PEMDA = Lembar(
    NAMA_IKU_PEMDA,
    "Indikator Kinerja Utama pemerintah daerah (Lampiran I). Satu baris per indikator.",
    kunci=(KODE_IKU,),
    kunci_bersama=(NAMA_IKU_PD,),
    target_tahunan=True,
    kolom=(
        Kolom(KODE_IKU, Jenis.KODE, keterangan="Kode unik di kedua lembar IKU, misalnya 'IKU-01'.", lebar=10,
              field="kode"),
        Kolom(KOLOM_JENIS_URUSAN, pilihan=JENIS_URUSAN, lebar=22, keterangan="Wajib Pelayanan Dasar, Wajib Non "
              "Pelayanan Dasar, Pilihan atau Penunjang.", field="jenis_urusan"),
        Kolom(KOLOM_URUSAN, pilihan=SEMUA_URUSAN, keterangan="Urusan pemerintahan menurut UU 23/2014.", lebar=26,
              field="urusan", pilihan_menurut=(KOLOM_JENIS_URUSAN, tuple(URUSAN.items())),
              kode_pilihan="STRUK-URUSAN"),
        Kolom("Tujuan", wajib=False, lebar=30, keterangan="Tujuan RPJMD yang dijabarkan oleh sasaran ini.",
              field="tujuan"),
        Kolom(KOLOM_SASARAN, keterangan="Kondisi yang ingin dicapai, misalnya 'Meningkatnya derajat kesehatan "
              "masyarakat'.", lebar=30, field="sasaran"),
        Kolom(KOLOM_INDIKATOR, keterangan="Ukuran hasil, misalnya 'Angka Kematian Bayi', "
              "'Persentase ...', 'Indeks ...'.", lebar=34, field="nama"),
        *_IKU_COMMON,
        Kolom(KOLOM_PD_PJ, keterangan="Kode PD (lembar Perangkat Daerah) yang bertanggung jawab; "
              "beberapa kode dipisah koma.", lebar=16, field="pd_penanggung_jawab",
              rujukan=Rujukan((NAMA_PD,), KODE_PD, banyak=True)),
        Kolom(KOLOM_SUMBER_DATA, lebar=24, keterangan="Instansi atau dokumen asal data, misalnya 'BPS'.",
              field="sumber_data"),
        Kolom(KOLOM_BASELINE, Jenis.NILAI, keterangan="Capaian tahun sebelum periode RPJMD.", lebar=10,
              field="baseline", rentang=RENTANG_NILAI),
    ),
)

LEMBAR_IKU_PD = Lembar(
    NAMA_IKU_PD,
    "Indikator Kinerja Utama setiap Perangkat Daerah (Lampiran II). Satu baris per indikator.",
    kunci=(KODE_IKU,),
    kunci_bersama=(NAMA_IKU_PEMDA,),
    target_tahunan=True,
    kolom=(
        Kolom(KODE_PD, Jenis.KODE, lebar=10, keterangan="Kode PD dari lembar Perangkat Daerah.", field="kode_pd",
              rujukan=_KE_PD),
        Kolom(KODE_IKU, Jenis.KODE, lebar=12, keterangan="Kode unik di kedua lembar IKU, misalnya "
              "'DINKES-01'.", field="kode"),
        Kolom(KOLOM_SASARAN, lebar=30, keterangan="Sasaran strategis Renstra PD.", field="sasaran"),
        Kolom(KOLOM_INDIKATOR, lebar=34, keterangan="Ukuran hasil (paling rendah keluaran), "
              "misalnya 'Persentase ...', 'Jumlah ... yang ...'.", field="nama"),
        *_IKU_COMMON,
        Kolom(KOLOM_UNIT_TERKAIT, lebar=20, keterangan="Bidang/bagian yang bertanggung jawab.", field="unit_terkait"),
        Kolom(KOLOM_SUMBER_DATA, lebar=24, keterangan="Instansi atau dokumen asal data.", field="sumber_data"),
        Kolom(KOLOM_BASELINE, Jenis.NILAI, lebar=10, keterangan="Capaian tahun sebelum periode Renstra.",
              field="baseline", rentang=RENTANG_NILAI),
    ),
)
# Columns of the PD IKU sheet that come after the Target columns.
KOLOM_IKU_PD_SETELAH_TARGET = (
    Kolom(KOLOM_MENDUKUNG, Jenis.KODE, wajib=False, lebar=14,
          keterangan="Kode IKU Pemda yang didukung (kosong untuk Unique).", field="mendukung",
          rujukan=Rujukan((NAMA_IKU_PEMDA,), KODE_IKU)),
    Kolom(KOLOM_JENIS_CASCADING, pilihan=JENIS_CASCADING, wajib=False, lebar=14,
          keterangan="Duplicate: indikator dan target sama dengan IKU Pemda. Cluster: indikator sama, target "
          "dibagi. Supportive: indikator berbeda tetapi mendukung. Unique: tidak terkait IKU Pemda.",
          field="jenis_cascading"),
)

LEMBAR_PROGRAM = Lembar(
    NAMA_PROGRAM,
    "Program setiap Perangkat Daerah dengan anggaran dan realisasinya (Rp).",
    kunci=(KODE_PD, KOLOM_TAHUN, "Program"),
    bila_kosong="peringatan",
    kolom=(
        Kolom(KODE_PD, Jenis.KODE, lebar=10, keterangan="Kode PD dari lembar Perangkat Daerah.", field="kode_pd",
              rujukan=_KE_PD),
        Kolom(KOLOM_TAHUN, Jenis.TAHUN, lebar=8, keterangan="Tahun anggaran, misalnya 2026.", field="tahun",
              dalam_periode=True),
        Kolom("Program", lebar=50, keterangan="Nama program menurut nomenklatur Permendagri 90/2019.", field="nama"),
        Kolom("Anggaran", Jenis.UANG, lebar=20, keterangan="Rupiah, misalnya 1250000000 atau 'Rp 1.250.000.000'.",
              field="anggaran", rentang=RENTANG_UANG),
        Kolom("Realisasi Anggaran", Jenis.UANG, wajib=False, lebar=20,
              keterangan="Rupiah yang terserap; kosongkan bila belum ada.", field="realisasi",
              rentang=RENTANG_UANG),
        Kolom(KOLOM_IKU_DIDUKUNG, wajib=False, lebar=18,
              keterangan="Kode IKU (lembar IKU Pemda atau IKU Perangkat Daerah) yang didukung program ini; "
              "beberapa kode dipisah koma atau baris baru (Alt+Enter). Capaian kinerja program dihitung dari "
              "indikator ini.", contoh="DINKES-01, DINKES-02", field="iku_didukung",
              # codes separated by commas or line breaks (the text parser made those spaces)
              rujukan=Rujukan((NAMA_IKU_PEMDA, NAMA_IKU_PD), KODE_IKU, banyak=True, pisah=r"[,;\s]+")),
    ),
)

LEMBAR_REALISASI = Lembar(
    NAMA_REALISASI,
    "Realisasi setiap IKU (Pemda dan Perangkat Daerah) per tahun. Belum dilaporkan: jangan diisi (bukan 0).",
    wajib=False,
    kunci=(KODE_IKU, KOLOM_TAHUN),
    bila_kosong="",  # nothing reported yet is normal early in the period
    kolom=(
        Kolom(KODE_IKU, Jenis.KODE, lebar=12, keterangan="Kode IKU Pemda atau IKU Perangkat Daerah.",
              field="kode_iku", rujukan=Rujukan((NAMA_IKU_PEMDA, NAMA_IKU_PD), KODE_IKU)),
        Kolom(KOLOM_TAHUN, Jenis.TAHUN, lebar=8, keterangan="Tahun realisasi, di dalam periode RPJMD.", field="tahun",
              dalam_periode=True),
        Kolom(NAMA_REALISASI, Jenis.NILAI, lebar=12, keterangan="Angka (misalnya 6,5 atau 93%) atau tingkat "
              "skala kualitatif (WTP, BB, A).", field="nilai", rentang=RENTANG_NILAI),
        Kolom("Penjelasan", wajib=False, lebar=60, keterangan="Analisis capaian: penyebab keberhasilan atau "
              "kegagalan dan upaya perbaikan. Dicetak di bawah sasaran pada LKjIP.", field="penjelasan"),
        Kolom(KOLOM_FAKTOR_PENDUKUNG, wajib=False, lebar=40, field="faktor_pendukung",
              keterangan="Hal yang membantu tercapainya target, misalnya dukungan anggaran atau kerja sama."),
        Kolom(KOLOM_FAKTOR_PENGHAMBAT, wajib=False, lebar=40, field="faktor_penghambat",
              keterangan="Hal yang menghambat tercapainya target; kosongkan bila tidak ada."),
        Kolom(KOLOM_UPAYA_PERBAIKAN, wajib=False, lebar=40, field="upaya_perbaikan",
              keterangan="Langkah yang akan ditempuh pada tahun berikutnya untuk meningkatkan capaian."),
    ),
)

SHEETS: tuple[Lembar, ...] = (
    LEMBAR_IDENTITAS,
    LEMBAR_PENGATURAN,
    LEMBAR_DASAR_HUKUM,
    LEMBAR_PD,
    LEMBAR_IKU_PEMDA,
    LEMBAR_IKU_PD,
    LEMBAR_PROGRAM,
    LEMBAR_REALISASI,
)
SHEET_BY_NAME = {s.nama: s for s in SHEETS}
PETUNJUK = "Petunjuk"
KV_HEADERS = ("Isian", "Nilai")
# Third, informative column of the key/value sheets in the blank template; the reader ignores it.
KV_KETERANGAN = "Keterangan"
# Hidden sheet of the blank template holding dropdown lists too long for an inline list.
DAFTAR = "Daftar"

# Names that finding messages mention: the templates of catalog.py take them as fields of these names.
NAMA: Mapping[str, str] = MappingProxyType({
    "lembar_identitas": NAMA_IDENTITAS, "lembar_pd": NAMA_PD,
    "lembar_iku_pemda": NAMA_IKU_PEMDA, "lembar_iku_pd": NAMA_IKU_PD, "lembar_petunjuk": PETUNJUK,
    "kolom_nilai": KV_HEADERS[1], "kolom_indikator": KOLOM_INDIKATOR, "kolom_mendukung": KOLOM_MENDUKUNG,
    "isian_periode_awal": ISIAN_PERIODE_AWAL, "isian_periode_akhir": ISIAN_PERIODE_AKHIR,
})


def target_header(tahun: int) -> str:
    return f"{TARGET_PREFIX} {tahun}"


def columns_for(lembar: Lembar, periode: range | None) -> tuple[Kolom, ...]:
    """All columns of a table sheet in template order, with one Target column per RPJMD year."""
    if not lembar.target_tahunan:
        return lembar.kolom
    targets = tuple(
        Kolom(target_header(t), Jenis.NILAI, lebar=10, keterangan=f"Target tahun {t}.", rentang=RENTANG_NILAI)
        for t in (periode or ())
    )
    tail = KOLOM_IKU_PD_SETELAH_TARGET if lembar is LEMBAR_IKU_PD else ()
    # The national standard comes last, so the columns of existing workbooks keep their letters.
    return lembar.kolom + targets + tail + KOLOM_IKU_SETELAH_TARGET
