"""The workbook contract: sheet names, headers, enumerations and the Petunjuk text.

Written once; the reader, the pandera schema, the blank template, the sample builder
and the Petunjuk sheet all derive from these constants. No other module spells a
sheet name or a header as a string literal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


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


@dataclass(frozen=True, slots=True)
class Kolom:
    nama: str
    jenis: Jenis = Jenis.TEKS
    wajib: bool = True
    pilihan: tuple[str, ...] = ()  # dropdown values; empty = free
    keterangan: str = ""
    lebar: int = 18  # column width in the blank template
    contoh: str = ""


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


@dataclass(frozen=True, slots=True)
class Lembar:
    nama: str
    keterangan: str
    kolom: tuple[Kolom, ...] = ()
    isian: tuple[Isian, ...] = ()  # key/value sheets only
    wajib: bool = True
    target_tahunan: bool = False  # has one "Target <year>" column per RPJMD year
    kunci: tuple[str, ...] = field(default=())  # columns whose combination must be unique

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

DEFAULT_SKALA_PREDIKAT = "91:Sangat Tinggi; 76:Tinggi; 66:Sedang; 51:Rendah; 0:Sangat Rendah"
DEFAULT_METODE_NEGATIF = "(2T-R)/T"

# --- Headers (spelled as the user sees them) ------------------------------------------

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
KOLOM_STANDAR_NASIONAL = "Standar Nasional"
KOLOM_SUMBER_STANDAR = "Sumber Standar"
KOLOM_IKU_DIDUKUNG = "IKU Didukung"
KOLOM_FAKTOR_PENDUKUNG = "Faktor Pendukung"
KOLOM_FAKTOR_PENGHAMBAT = "Faktor Penghambat"
KOLOM_UPAYA_PERBAIKAN = "Upaya Perbaikan"
ISIAN_TOLERANSI_EFISIENSI = "Toleransi Efisiensi"
ISIAN_CAPAIAN_TAK_TERDEFINISI = "Capaian Tak Terdefinisi"
CAPAIAN_TAK_TERDEFINISI = ("Kosong", "Batas")
DEFAULT_TOLERANSI_EFISIENSI = "5"

MEMBACA_METODE = (
    "R/T = Realisasi ÷ Target × 100 (semakin tinggi semakin baik); "
    "T/R = Target ÷ Realisasi × 100 (semakin rendah semakin baik); "
    "(2T-R)/T = (2 × Target − Realisasi) ÷ Target × 100, paling kecil 0 (semakin rendah semakin baik)."
)

_IKU_COMMON = (
    Kolom("Definisi Operasional", keterangan="Apa yang diukur dan batasannya, sehingga dua orang yang mengukur "
          "mendapat hasil yang sama.", lebar=40, contoh="Jumlah kematian bayi usia 0-11 bulan per 1.000 "
          "kelahiran hidup dalam satu tahun."),
    Kolom("Formula", keterangan="Cara menghitung, misalnya 'Jumlah X ÷ Jumlah Y × 100%'.", lebar=30,
          contoh="(Jumlah kematian bayi ÷ Jumlah kelahiran hidup) × 1.000"),
    Kolom("Alasan", keterangan="Mengapa indikator ini dipilih untuk mengukur sasaran.", lebar=30),
    Kolom("Satuan", keterangan="Satuan target, misalnya '%', 'per 1.000 KH', 'orang', 'indeks', 'opini'.",
          lebar=12, contoh="%"),
    Kolom("Jenis Angka", pilihan=JENIS_ANGKA, keterangan="Kualitatif, Kuantitas Absolut, Persentase, Rasio, "
          "Rata-rata atau Indeks.", lebar=16),
    Kolom("Polaritas", pilihan=POLARITAS, keterangan="Maksimal: semakin tinggi semakin baik. Minimal: "
          "semakin rendah semakin baik (angka kematian, kemiskinan, pengangguran).", lebar=12),
    Kolom("Metode Capaian", wajib=False, pilihan=METODE_CAPAIAN, keterangan="Rumus capaian. Kosongkan untuk "
          "memakai R/T (polaritas Maksimal) atau 'Metode Capaian Negatif' di lembar Pengaturan (polaritas "
          "Minimal). " + MEMBACA_METODE, lebar=12),
)

# Comparison with the national standard (PermenPANRB 53/2014, Bab III analysis 5); optional, the last columns
# of both IKU sheets (after the Target columns, see ``columns_for``).
KOLOM_IKU_SETELAH_TARGET = (
    Kolom(KOLOM_STANDAR_NASIONAL, Jenis.NILAI, wajib=False, lebar=12,
          keterangan="Target atau rata-rata nasional pembanding, berupa angka atau tingkat skala kualitatif "
          "(WTP, BB). Kosongkan bila belum ada standar."),
    Kolom(KOLOM_SUMBER_STANDAR, wajib=False, lebar=24,
          keterangan="Asal standar nasional, misalnya 'RPJMN 2025–2029', 'SPM' atau 'rata-rata nasional BPS "
          "2025'.", contoh="RPJMN 2025–2029"),
)

LEMBAR_IDENTITAS = Lembar(
    "Identitas",
    "Identitas pemerintah daerah, kepala daerah, sekretaris daerah dan periode RPJMD.",
    isian=(
        Isian("Jenis Daerah", pilihan=JENIS_DAERAH, keterangan="Provinsi, Kabupaten atau Kota.",
              contoh="Kabupaten"),
        Isian("Nama Daerah", keterangan="Nama daerah tanpa kata 'Kabupaten'/'Kota'/'Provinsi'.", contoh="Sleman"),
        Isian("Provinsi", wajib=False, keterangan="Provinsi tempat kabupaten/kota berada (kosongkan untuk "
              "provinsi).", contoh="Daerah Istimewa Yogyakarta"),
        Isian("Nama Kepala Daerah", keterangan="Nama lengkap tanpa gelar jabatan.", contoh="Dr. H. Ahmad, M.Si."),
        Isian("Status Kepala Daerah", wajib=False, pilihan=STATUS_KEPALA, bawaan="Definitif",
              keterangan="Definitif, Plt. (pelaksana tugas) atau Plh. (pelaksana harian)."),
        Isian("Ibu Kota", keterangan="Tempat penetapan dokumen (Ditetapkan di ...).", contoh="Sleman"),
        Isian("Tahun", Jenis.TAHUN, keterangan="Tahun anggaran dokumen PK dan LKjIP.", contoh="2026"),
        Isian("Periode Awal", Jenis.TAHUN, keterangan="Tahun pertama RPJMD.", contoh="2025"),
        Isian("Periode Akhir", Jenis.TAHUN, keterangan="Tahun terakhir RPJMD.", contoh="2029"),
        Isian("Nomor Peraturan", wajib=False, keterangan="Boleh kosong pada rancangan; dicetak sebagai titik-titik."),
        Isian("Tanggal Penetapan", Jenis.TANGGAL, wajib=False,
              keterangan="Boleh kosong pada rancangan; dicetak sebagai titik-titik."),
        Isian("Tanggal Pengundangan", Jenis.TANGGAL, wajib=False,
              keterangan="Tanggal Peraturan diundangkan dalam Berita Daerah. Boleh kosong pada rancangan; "
              "dicetak sebagai titik-titik. Tidak dipakai bila Jenis Penetapan Keputusan."),
        Isian("Nama Sekretaris Daerah", keterangan="Nama lengkap dengan gelar, untuk blok pengundangan.",
              contoh="Ir. Budi Santoso, M.T."),
        Isian("Pangkat Sekretaris Daerah", keterangan="Pangkat dan golongan ruang, dicetak di bawah nama.",
              contoh="Pembina Utama Madya (IV/d)"),
        Isian("NIP Sekretaris Daerah", Jenis.KODE, contoh="196805121994031007",
              keterangan="18 digit, tulis sebagai teks agar angka 0 di depan tidak hilang."),
        Isian("Nomor Berita Daerah", wajib=False, keterangan="Boleh kosong pada rancangan."),
        Isian("Tanggal Dokumen", Jenis.TANGGAL, wajib=False,
              keterangan="Tanggal penandatanganan PK. Kosong: dicetak sebagai titik-titik."),
    ),
)

LEMBAR_PENGATURAN = Lembar(
    "Pengaturan",
    "Pengaturan dokumen. Semua isian boleh kosong; nilai bawaan dipakai bila kosong.",
    wajib=False,
    isian=(
        Isian("Ukuran Kertas", wajib=False, pilihan=UKURAN_KERTAS, bawaan="F4",
              keterangan="F4 (215 × 330 mm) atau A4 (210 × 297 mm)."),
        Isian("Huruf", wajib=False, bawaan="Bookman Old Style", keterangan="Nama huruf dokumen Word."),
        Isian("Ukuran Huruf", Jenis.ANGKA, wajib=False, bawaan="12", keterangan="Ukuran huruf (pt), 8 sampai 16."),
        Isian("Jenis Penetapan", wajib=False, pilihan=JENIS_PENETAPAN, bawaan="Peraturan",
              keterangan="Peraturan Kepala Daerah (ditulis dalam Pasal, diundangkan dalam Berita Daerah) atau "
              "Keputusan Kepala Daerah (ditulis dalam Diktum, tanpa pengundangan)."),
        Isian("Bentuk Batang Tubuh", wajib=False, pilihan=BENTUK_BATANG_TUBUH, bawaan="Pasal",
              keterangan="Khusus Peraturan: Pasal (bentuk menurut UU 12/2011) atau Diktum (KESATU, KEDUA, "
              "...). Keputusan selalu ditulis dalam Diktum."),
        Isian("Pangkat dan NIP Sekretaris Daerah", wajib=False, pilihan=YA_TIDAK, bawaan="Tidak",
              keterangan="Tidak: blok pengundangan memuat jabatan dan nama Sekretaris Daerah saja, sesuai "
              "Lampiran II UU 12/2011. Ya: pangkat dan NIP dicetak di bawah nama."),
        Isian("Jumlah Anggaran di PK", wajib=False, pilihan=YA_TIDAK, bawaan="Ya",
              keterangan="Ya: lampiran program Perjanjian Kinerja diakhiri baris JUMLAH dan terbilangnya."),
        Isian("Metode Capaian Negatif", wajib=False, pilihan=METODE_CAPAIAN[1:], bawaan=DEFAULT_METODE_NEGATIF,
              keterangan="Rumus capaian bawaan untuk indikator berpolaritas Minimal. " + MEMBACA_METODE),
        Isian("Skala Predikat", wajib=False, bawaan=DEFAULT_SKALA_PREDIKAT,
              keterangan="Batas bawah capaian (%) dan predikatnya, dipisah titik koma, dari yang tertinggi."),
        Isian("Tampilkan Target di Lampiran", wajib=False, pilihan=YA_TIDAK, bawaan="Ya",
              keterangan="Ya: Lampiran I dan II memuat kolom Satuan dan target tiap tahun."),
        Isian("Aturan Nonaktif", wajib=False, bawaan="",
              keterangan="Kode aturan mutu yang tidak diperiksa, dipisah koma (lihat 'iku-docs rules')."),
        Isian(ISIAN_TOLERANSI_EFISIENSI, Jenis.ANGKA, wajib=False, bawaan=DEFAULT_TOLERANSI_EFISIENSI,
              keterangan="Efisiensi program = capaian kinerja − serapan anggaran, dalam poin. Lebih dari "
              "+toleransi: Efisien; dari −toleransi sampai +toleransi: Cukup Efisien; kurang dari −toleransi: "
              "Kurang Efisien."),
        Isian(ISIAN_CAPAIAN_TAK_TERDEFINISI, wajib=False, pilihan=CAPAIAN_TAK_TERDEFINISI,
              bawaan=CAPAIAN_TAK_TERDEFINISI[0],
              keterangan="Bila rumus capaian tidak terdefinisi (target 0 pada R/T, realisasi 0 pada T/R). "
              "Kosong: capaian dicetak '–' dengan catatan dan tidak dihitung dalam rata-rata. Batas: dipakai "
              "nilai batas (target 0 terlampaui pada R/T: 100; target 0 tidak tercapai: 0; realisasi 0 pada "
              "T/R: 200)."),
    ),
)

LEMBAR_DASAR_HUKUM = Lembar(
    "Dasar Hukum",
    "Peraturan yang dicantumkan pada bagian Mengingat, berurutan, lengkap dengan Lembaran Negara/Daerah.",
    kolom=(
        Kolom("No", Jenis.ANGKA, wajib=False, lebar=6,
              keterangan="Nomor urut; boleh kosong, urutan baris yang dipakai."),
        Kolom("Peraturan", lebar=100, keterangan="Judul lengkap peraturan beserta Lembaran Negara/Daerah dan "
              "Tambahannya, persis seperti dicetak pada bagian Mengingat.",
              contoh="Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah "
              "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, ...)"),
    ),
)

LEMBAR_PD = Lembar(
    "Perangkat Daerah",
    "Satu baris untuk setiap Perangkat Daerah beserta kepalanya.",
    kunci=(KODE_PD,),
    kolom=(
        Kolom(KODE_PD, Jenis.KODE, keterangan="Kode singkat unik, huruf/angka tanpa spasi, misalnya 'DINKES'.",
              lebar=12, contoh="DINKES"),
        Kolom("Nama Perangkat Daerah", lebar=34, keterangan="Nama resmi menurut Perda perangkat daerah.",
              contoh="Dinas Kesehatan"),
        Kolom("Jabatan Kepala", lebar=28, keterangan="Jabatan kepala PD tanpa Plt./Plh., misalnya 'Inspektur'.",
              contoh="Kepala Dinas Kesehatan"),
        Kolom("Nama Kepala", lebar=28, keterangan="Nama lengkap dengan gelar, penanda tangan Perjanjian Kinerja."),
        Kolom("NIP", Jenis.KODE, lebar=20, keterangan="18 digit, tulis sebagai teks."),
        Kolom("Pangkat/Golongan", lebar=24, keterangan="Pangkat dan golongan ruang kepala PD.",
              contoh="Pembina Utama Muda (IV/c)"),
        Kolom("Status Kepala", wajib=False, pilihan=STATUS_KEPALA, lebar=12,
              keterangan="Definitif, Plt. atau Plh. Kosong berarti Definitif."),
        Kolom("Tugas Pokok", lebar=40, keterangan="Tugas pokok menurut Peraturan Kepala Daerah tentang kedudukan "
              "dan tugas PD (Lampiran II)."),
        Kolom("Fungsi", Jenis.DAFTAR, lebar=50, keterangan="Satu fungsi per baris (Alt+Enter di Excel)."),
    ),
)

LEMBAR_IKU_PEMDA = Lembar(
    "IKU Pemda",
    "Indikator Kinerja Utama pemerintah daerah (Lampiran I). Satu baris per indikator.",
    kunci=(KODE_IKU,),
    target_tahunan=True,
    kolom=(
        Kolom(KODE_IKU, Jenis.KODE, keterangan="Kode unik di kedua lembar IKU, misalnya 'IKU-01'.", lebar=10),
        Kolom("Jenis Urusan", pilihan=JENIS_URUSAN, lebar=22, keterangan="Wajib Pelayanan Dasar, Wajib Non "
              "Pelayanan Dasar, Pilihan atau Penunjang."),
        Kolom("Urusan", pilihan=SEMUA_URUSAN, keterangan="Urusan pemerintahan menurut UU 23/2014.", lebar=26),
        Kolom("Tujuan", wajib=False, lebar=30, keterangan="Tujuan RPJMD yang dijabarkan oleh sasaran ini."),
        Kolom("Sasaran", keterangan="Kondisi yang ingin dicapai, misalnya 'Meningkatnya derajat kesehatan "
              "masyarakat'.", lebar=30),
        Kolom("Indikator Kinerja Utama", keterangan="Ukuran hasil, misalnya 'Angka Kematian Bayi', "
              "'Persentase ...', 'Indeks ...'.", lebar=34),
        *_IKU_COMMON,
        Kolom("PD Penanggung Jawab", keterangan="Kode PD (lembar Perangkat Daerah) yang bertanggung jawab; "
              "beberapa kode dipisah koma.", lebar=16),
        Kolom("Sumber Data", lebar=24, keterangan="Instansi atau dokumen asal data, misalnya 'BPS'."),
        Kolom("Baseline", Jenis.NILAI, keterangan="Capaian tahun sebelum periode RPJMD.", lebar=10),
    ),
)

LEMBAR_IKU_PD = Lembar(
    "IKU Perangkat Daerah",
    "Indikator Kinerja Utama setiap Perangkat Daerah (Lampiran II). Satu baris per indikator.",
    kunci=(KODE_IKU,),
    target_tahunan=True,
    kolom=(
        Kolom(KODE_PD, Jenis.KODE, lebar=10, keterangan="Kode PD dari lembar Perangkat Daerah."),
        Kolom(KODE_IKU, Jenis.KODE, lebar=12, keterangan="Kode unik di kedua lembar IKU, misalnya "
              "'DINKES-01'."),
        Kolom("Sasaran", lebar=30, keterangan="Sasaran strategis Renstra PD."),
        Kolom("Indikator Kinerja Utama", lebar=34, keterangan="Ukuran hasil (paling rendah keluaran), "
              "misalnya 'Persentase ...', 'Jumlah ... yang ...'."),
        *_IKU_COMMON,
        Kolom("Unit Terkait", lebar=20, keterangan="Bidang/bagian yang bertanggung jawab."),
        Kolom("Sumber Data", lebar=24, keterangan="Instansi atau dokumen asal data."),
        Kolom("Baseline", Jenis.NILAI, lebar=10, keterangan="Capaian tahun sebelum periode Renstra."),
    ),
)
# Columns of the PD IKU sheet that come after the Target columns.
KOLOM_IKU_PD_SETELAH_TARGET = (
    Kolom("Mendukung IKU Pemda", Jenis.KODE, wajib=False, lebar=14,
          keterangan="Kode IKU Pemda yang didukung (kosong untuk Unique)."),
    Kolom("Jenis Cascading", pilihan=JENIS_CASCADING, wajib=False, lebar=14,
          keterangan="Duplicate: indikator dan target sama dengan IKU Pemda. Cluster: indikator sama, target "
          "dibagi. Supportive: indikator berbeda tetapi mendukung. Unique: tidak terkait IKU Pemda."),
)

LEMBAR_PROGRAM = Lembar(
    "Program Anggaran",
    "Program setiap Perangkat Daerah dengan anggaran dan realisasinya (Rp).",
    kunci=(KODE_PD, "Tahun", "Program"),
    kolom=(
        Kolom(KODE_PD, Jenis.KODE, lebar=10, keterangan="Kode PD dari lembar Perangkat Daerah."),
        Kolom("Tahun", Jenis.TAHUN, lebar=8, keterangan="Tahun anggaran, misalnya 2026."),
        Kolom("Program", lebar=50, keterangan="Nama program menurut nomenklatur Permendagri 90/2019."),
        Kolom("Anggaran", Jenis.UANG, lebar=20, keterangan="Rupiah, misalnya 1250000000 atau 'Rp 1.250.000.000'."),
        Kolom("Realisasi Anggaran", Jenis.UANG, wajib=False, lebar=20,
              keterangan="Rupiah yang terserap; kosongkan bila belum ada."),
        Kolom(KOLOM_IKU_DIDUKUNG, wajib=False, lebar=18,
              keterangan="Kode IKU (lembar IKU Pemda atau IKU Perangkat Daerah) yang didukung program ini; "
              "beberapa kode dipisah koma atau baris baru (Alt+Enter). Capaian kinerja program dihitung dari "
              "indikator ini.", contoh="DINKES-01, DINKES-02"),
    ),
)

LEMBAR_REALISASI = Lembar(
    "Realisasi",
    "Realisasi setiap IKU (Pemda dan Perangkat Daerah) per tahun. Belum dilaporkan: jangan diisi (bukan 0).",
    wajib=False,
    kunci=(KODE_IKU, "Tahun"),
    kolom=(
        Kolom(KODE_IKU, Jenis.KODE, lebar=12, keterangan="Kode IKU Pemda atau IKU Perangkat Daerah."),
        Kolom("Tahun", Jenis.TAHUN, lebar=8, keterangan="Tahun realisasi, di dalam periode RPJMD."),
        Kolom("Realisasi", Jenis.NILAI, lebar=12, keterangan="Angka (misalnya 6,5 atau 93%) atau tingkat "
              "skala kualitatif (WTP, BB, A)."),
        Kolom("Penjelasan", wajib=False, lebar=60, keterangan="Analisis capaian: penyebab keberhasilan atau "
              "kegagalan dan upaya perbaikan. Dicetak di bawah sasaran pada LKjIP."),
        Kolom(KOLOM_FAKTOR_PENDUKUNG, wajib=False, lebar=40,
              keterangan="Hal yang membantu tercapainya target, misalnya dukungan anggaran atau kerja sama."),
        Kolom(KOLOM_FAKTOR_PENGHAMBAT, wajib=False, lebar=40,
              keterangan="Hal yang menghambat tercapainya target; kosongkan bila tidak ada."),
        Kolom(KOLOM_UPAYA_PERBAIKAN, wajib=False, lebar=40,
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


def target_header(tahun: int) -> str:
    return f"{TARGET_PREFIX} {tahun}"


def columns_for(lembar: Lembar, periode: range | None) -> tuple[Kolom, ...]:
    """All columns of a table sheet in template order, with one Target column per RPJMD year."""
    if not lembar.target_tahunan:
        return lembar.kolom
    targets = tuple(
        Kolom(target_header(t), Jenis.NILAI, lebar=10, keterangan=f"Target tahun {t}.") for t in (periode or ())
    )
    tail = KOLOM_IKU_PD_SETELAH_TARGET if lembar is LEMBAR_IKU_PD else ()
    # The national standard comes last, so the columns of existing workbooks keep their letters.
    return lembar.kolom + targets + tail + KOLOM_IKU_SETELAH_TARGET
