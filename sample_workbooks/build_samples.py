"""Build the sample workbooks from readable Python data.

Run from the repository root::

    python3 sample_workbooks/build_samples.py            # writes the committed files
    python3 sample_workbooks/build_samples.py --out DIR  # writes all four files into DIR

Writes ``sample_workbooks/kabupaten-contoh.xlsx`` (complete and valid: a fictional
Kabupaten Sukamaju, Jawa Tengah, RPJMD 2025-2029), ``sample_workbooks/contoh-salah.xlsx``
(small, full of deliberate mistakes for the validation report demo), and for tests
of generality ``tests/data/kota-contoh.xlsx`` and ``tests/data/provinsi-contoh.xlsx``.
Each starts from the blank standardized workbook, so it carries the Petunjuk sheet,
the dropdowns and the header notes. The data are fictional; names of laws and their
gazette places are real.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from iku_docs.workbook import contract as c
from iku_docs.workbook.template import (
    Berformat,
    append_rows,
    build_blank_workbook,
    fill_isian,
    fit_row_height,
    save_workbook,
)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TESTS_DATA = REPO / "tests" / "data"

WPD, WNPD, PILIHAN, PENUNJANG = c.JENIS_URUSAN
DUPLICATE, CLUSTER, UNIQUE, SUPPORTIVE = c.JENIS_CASCADING


# --- data shapes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Iku:
    """One IKU row (Pemda or PD) with its yearly targets and realisasi."""

    kode: str
    sasaran: str
    indikator: str
    definisi: str
    formula: str
    alasan: str
    satuan: str
    jenis_angka: str
    polaritas: str
    sumber: str
    baseline: Any
    target: tuple[Any, ...]
    realisasi: Mapping[int, tuple[Any, str]] = field(default_factory=dict)  # year -> (value, penjelasan)
    metode: str | None = None
    # Pemda level
    jenis_urusan: str = ""
    urusan: str = ""
    tujuan: str = ""
    pd: str = ""
    # PD level
    kode_pd: str = ""
    unit: str = ""
    mendukung: str | None = None
    cascading: str | None = None

    def targets(self, periode: range) -> dict[str, Any]:
        return {c.target_header(t): v for t, v in zip(periode, self.target, strict=True)}

    def common(self, periode: range) -> dict[str, Any]:
        return {
            c.KODE_IKU: self.kode, "Sasaran": self.sasaran, "Indikator Kinerja Utama": self.indikator,
            "Definisi Operasional": self.definisi, "Formula": self.formula, "Alasan": self.alasan,
            "Satuan": self.satuan, "Jenis Angka": self.jenis_angka, "Polaritas": self.polaritas,
            "Metode Capaian": self.metode, "Sumber Data": self.sumber, "Baseline": self.baseline,
            **self.targets(periode), **self.standar_row(),
        }

    def pemda_row(self, periode: range) -> dict[str, Any]:
        return {"Jenis Urusan": self.jenis_urusan, "Urusan": self.urusan, "Tujuan": self.tujuan,
                "PD Penanggung Jawab": self.pd, **self.common(periode)}

    def pd_row(self, periode: range) -> dict[str, Any]:
        return {c.KODE_PD: self.kode_pd, **self.common(periode), "Unit Terkait": self.unit,
                "Mendukung IKU Pemda": self.mendukung, "Jenis Cascading": self.cascading}

    def _asal(self) -> str:
        """The code the national standard and the factors are written under: a Duplicate shares its parent's."""
        return self.mendukung if self.cascading == DUPLICATE and self.mendukung else self.kode

    def standar_row(self) -> dict[str, Any]:
        nilai, sumber = STANDAR_NASIONAL.get(self._asal(), (None, None))
        return {c.KOLOM_STANDAR_NASIONAL: nilai, c.KOLOM_SUMBER_STANDAR: sumber}

    def realisasi_rows(self) -> list[dict[str, Any]]:
        rows = []
        for tahun, (nilai, penjelasan) in sorted(self.realisasi.items()):
            pendukung, penghambat, upaya = FAKTOR.get((self._asal(), tahun), (None, None, None))
            rows.append({c.KODE_IKU: self.kode, "Tahun": tahun, "Realisasi": nilai, "Penjelasan": penjelasan,
                         c.KOLOM_FAKTOR_PENDUKUNG: pendukung, c.KOLOM_FAKTOR_PENGHAMBAT: penghambat,
                         c.KOLOM_UPAYA_PERBAIKAN: upaya})
        return rows


def duplikat(induk: Iku, kode: str, kode_pd: str, sasaran: str, unit: str) -> Iku:
    """A PD IKU that repeats a Pemda IKU: same indicator, targets and realisasi (cascading Duplicate)."""
    return replace(induk, kode=kode, kode_pd=kode_pd, sasaran=sasaran, unit=unit, mendukung=induk.kode,
                   cascading=DUPLICATE, jenis_urusan="", urusan="", tujuan="", pd="")


@dataclass(frozen=True)
class Pd:
    kode: str
    nama: str
    jabatan: str
    kepala: str
    nip: str
    pangkat: str
    status: str | None
    tugas_pokok: str
    fungsi: tuple[str, ...]

    def row(self) -> dict[str, Any]:
        return {c.KODE_PD: self.kode, "Nama Perangkat Daerah": self.nama, "Jabatan Kepala": self.jabatan,
                "Nama Kepala": self.kepala, "NIP": self.nip, "Pangkat/Golongan": self.pangkat,
                "Status Kepala": self.status, "Tugas Pokok": self.tugas_pokok, "Fungsi": "\n".join(self.fungsi)}


@dataclass(frozen=True)
class Sampel:
    """Everything one workbook holds."""

    periode: range
    identitas: Mapping[str, Any]
    pengaturan: Mapping[str, Any]
    dasar_hukum: tuple[str, ...]
    pd: tuple[Pd, ...]
    iku_pemda: tuple[Iku, ...]
    iku_pd: tuple[Iku, ...]
    program: tuple[tuple[str, int, str, Any, Any], ...]  # kode PD, tahun, program, anggaran, realisasi
    # (kode PD, program) -> the Kode IKU it serves, as a Bagian Perencanaan writes them (comma or line break)
    iku_didukung: Mapping[tuple[str, str], str] = field(default_factory=dict)


def fungsi_dinas(bidang: str, kepala_daerah: str = "Bupati", administrasi: str = "dinas") -> tuple[str, ...]:
    """The standard list of functions of a Dinas (PP 18/2016 Pasal 19) for one field."""
    return (
        f"Perumusan kebijakan di bidang {bidang};",
        f"Pelaksanaan kebijakan di bidang {bidang};",
        f"Pelaksanaan evaluasi dan pelaporan di bidang {bidang};",
        f"Pelaksanaan administrasi {administrasi}; dan",
        f"Pelaksanaan fungsi lain yang diberikan oleh {kepala_daerah} terkait dengan tugas dan fungsinya.",
    )


def tugas_dinas(bidang: str, kepala_daerah: str = "Bupati") -> str:
    return (f"Membantu {kepala_daerah} melaksanakan urusan pemerintahan bidang {bidang} yang menjadi kewenangan "
            "daerah dan tugas pembantuan yang ditugaskan kepada daerah.")


# --- legal bases (real titles and gazette places) --------------------------------------------

UU_23_2014 = (
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 "
    "Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah, "
    "terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti "
    "Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang (Lembaran Negara Republik "
    "Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara Republik Indonesia Nomor 6856)"
)
UU_12_2011 = (
    "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (Lembaran Negara Republik "
    "Indonesia Tahun 2011 Nomor 82, Tambahan Lembaran Negara Republik Indonesia Nomor 5234) sebagaimana telah "
    "beberapa kali diubah, terakhir dengan Undang-Undang Nomor 13 Tahun 2022 tentang Perubahan Kedua atas "
    "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (Lembaran Negara Republik "
    "Indonesia Tahun 2022 Nomor 143, Tambahan Lembaran Negara Republik Indonesia Nomor 6801)"
)
PP_8_2006 = (
    "Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah "
    "(Lembaran Negara Republik Indonesia Tahun 2006 Nomor 25, Tambahan Lembaran Negara Republik Indonesia "
    "Nomor 4614)"
)
PP_18_2016 = (
    "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah (Lembaran Negara Republik Indonesia Tahun "
    "2016 Nomor 114, Tambahan Lembaran Negara Republik Indonesia Nomor 5887) sebagaimana telah diubah dengan "
    "Peraturan Pemerintah Nomor 72 Tahun 2019 tentang Perubahan atas Peraturan Pemerintah Nomor 18 Tahun 2016 "
    "tentang Perangkat Daerah (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 187, Tambahan Lembaran Negara "
    "Republik Indonesia Nomor 6402)"
)
PERPRES_29_2014 = (
    "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah (Lembaran "
    "Negara Republik Indonesia Tahun 2014 Nomor 80)"
)
PERMENPAN_9_2007 = (
    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007 tentang Pedoman Umum "
    "Penetapan Indikator Kinerja Utama di Lingkungan Instansi Pemerintah"
)
PERMENPANRB_53_2014 = (
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk "
    "Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah "
    "(Berita Negara Republik Indonesia Tahun 2014 Nomor 1842)"
)
PERMENDAGRI_80_2015 = (
    "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah (Berita Negara "
    "Republik Indonesia Tahun 2015 Nomor 2036) sebagaimana telah diubah dengan Peraturan Menteri Dalam Negeri "
    "Nomor 120 Tahun 2018 tentang Perubahan atas Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang "
    "Pembentukan Produk Hukum Daerah (Berita Negara Republik Indonesia Tahun 2019 Nomor 157)"
)


# --- Kabupaten Sukamaju (complete and valid) --------------------------------------------------

PERIODE = range(2025, 2030)

T_SDM = "Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berdaya saing"
T_EKONOMI = "Meningkatkan pertumbuhan ekonomi yang inklusif dan berkelanjutan"
T_LINGKUNGAN = "Mewujudkan kualitas lingkungan hidup yang lestari"
T_TATA_KELOLA = "Mewujudkan tata kelola pemerintahan yang bersih, akuntabel dan berorientasi hasil"

AKB = Iku(
    kode="IKU-01", jenis_urusan=WPD, urusan="Kesehatan", tujuan=T_SDM,
    sasaran="Meningkatnya derajat kesehatan masyarakat",
    indikator="Angka Kematian Bayi (AKB)",
    definisi="Banyaknya bayi yang meninggal sebelum mencapai usia satu tahun (0–11 bulan) per 1.000 kelahiran "
    "hidup pada tahun yang sama di Kabupaten Sukamaju.",
    formula="(Jumlah kematian bayi usia 0–11 bulan ÷ Jumlah kelahiran hidup) × 1.000",
    alasan="AKB mencerminkan derajat kesehatan masyarakat serta mutu pelayanan kesehatan ibu dan anak, dan "
    "menjadi indikator RPJMD serta Tujuan Pembangunan Berkelanjutan (TPB) tujuan 3.",
    satuan="per 1.000 KH", jenis_angka="Rasio", polaritas="Minimal", pd="DINKES",
    sumber="Profil Kesehatan Kabupaten Sukamaju (Dinas Kesehatan)",
    baseline=8.9, target=(8.5, 8.1, 7.7, 7.3, 7.0),
    realisasi={
        2025: (8.3, "AKB turun dari 8,9 menjadi 8,3 per 1.000 kelahiran hidup, lebih baik dari target 8,5. "
               "Kunjungan neonatal lengkap mencapai 94,2% dan rujukan kegawatdaruratan maternal-neonatal ke RSUD "
               "berjalan melalui sistem rujukan terpadu."),
        2026: (7.9, "Realisasi 7,9 per 1.000 kelahiran hidup melampaui target 8,1. Penyebab kematian terbanyak "
               "masih berat badan lahir rendah dan asfiksia; upaya berikutnya adalah penguatan kelas ibu hamil "
               "dan persalinan di fasilitas kesehatan oleh tenaga terlatih."),
    },
)
STUNTING = Iku(
    kode="IKU-02", jenis_urusan=WPD, urusan="Kesehatan", tujuan=T_SDM,
    sasaran="Meningkatnya status gizi masyarakat",
    indikator="Prevalensi Balita Stunting",
    definisi="Persentase balita usia 0–59 bulan dengan panjang atau tinggi badan menurut umur kurang dari −2 "
    "standar deviasi median standar pertumbuhan anak WHO, hasil pengukuran serentak di posyandu.",
    formula="(Jumlah balita stunting ÷ Jumlah balita yang diukur) × 100%",
    alasan="Stunting menentukan kualitas sumber daya manusia jangka panjang dan merupakan prioritas nasional "
    "percepatan penurunan stunting (Peraturan Presiden Nomor 72 Tahun 2021).",
    satuan="%", jenis_angka="Persentase", polaritas="Minimal", pd="DINKES",
    sumber="Aplikasi e-PPGBM (Dinas Kesehatan)",
    baseline=18.6, target=(17.0, 15.5, 14.0, 12.5, 11.0),
    realisasi={
        2025: (16.4, "Prevalensi turun 2,2 poin dan lebih baik dari target 17,0% berkat pemberian makanan "
               "tambahan berbahan pangan lokal dan audit kasus stunting di 26 desa lokus."),
        2026: (15.8, "Realisasi 15,8% belum mencapai target 15,5%. Cakupan pengukuran naik sehingga lebih banyak "
               "kasus terdeteksi; intervensi spesifik pada 1.000 hari pertama kehidupan dan konvergensi lintas "
               "sektor di desa lokus diperkuat pada tahun berikutnya."),
    },
)
APM_SMP = Iku(
    kode="IKU-03", jenis_urusan=WPD, urusan="Pendidikan", tujuan=T_SDM,
    sasaran="Meningkatnya akses dan mutu pendidikan",
    indikator="Angka Partisipasi Murni (APM) SMP/MTs",
    definisi="Proporsi penduduk usia 13–15 tahun yang bersekolah di SMP/MTs atau sederajat terhadap seluruh "
    "penduduk usia 13–15 tahun.",
    formula="(Jumlah siswa SMP/MTs usia 13–15 tahun ÷ Jumlah penduduk usia 13–15 tahun) × 100%",
    alasan="Mengukur pemerataan akses pendidikan dasar sesuai usia sekolah, sejalan dengan Standar Pelayanan "
    "Minimal bidang pendidikan.",
    satuan="%", jenis_angka="Persentase", polaritas="Maksimal", pd="DISDIK",
    sumber="Dapodik, EMIS Kementerian Agama dan proyeksi penduduk BPS",
    baseline=78.40, target=(79.50, 80.50, 81.50, 82.50, 83.50),
    realisasi={
        2025: (79.62, "APM SMP/MTs mencapai 79,62%, sedikit di atas target, didukung program afirmasi bantuan "
               "seragam dan transportasi bagi siswa dari keluarga miskin."),
        2026: (80.31, "Realisasi 80,31% di bawah target 80,50% karena migrasi siswa ke pondok pesantren di luar "
               "daerah yang tidak tercatat; pendataan bersama Kementerian Agama dilakukan mulai semester genap."),
    },
)
RLS = Iku(
    kode="IKU-04", jenis_urusan=WPD, urusan="Pendidikan", tujuan=T_SDM,
    sasaran="Meningkatnya akses dan mutu pendidikan",
    indikator="Rata-rata Lama Sekolah (RLS)",
    definisi="Rata-rata jumlah tahun yang dijalani penduduk berusia 25 tahun ke atas dalam menempuh pendidikan "
    "formal.",
    formula="Jumlah tahun sekolah penduduk usia 25 tahun ke atas ÷ Jumlah penduduk usia 25 tahun ke atas",
    alasan="Komponen dimensi pengetahuan pada Indeks Pembangunan Manusia yang dihitung BPS.",
    satuan="tahun", jenis_angka="Rata-rata", polaritas="Maksimal", pd="DISDIK",
    sumber="BPS Kabupaten Sukamaju (Susenas Maret)",
    baseline=7.62, target=(7.70, 7.78, 7.86, 7.94, 8.02),
    realisasi={
        2025: (7.71, "RLS naik 0,09 tahun, sesuai target, antara lain karena 1.240 warga menyelesaikan program "
               "kesetaraan Paket B dan C."),
        2026: (7.80, "Realisasi 7,80 tahun melampaui target 7,78 tahun; program kesetaraan di PKBM diperluas ke "
               "seluruh kecamatan."),
    },
)
IKLH = Iku(
    kode="IKU-05", jenis_urusan=WNPD, urusan="Lingkungan Hidup", tujuan=T_LINGKUNGAN,
    sasaran="Meningkatnya kualitas lingkungan hidup",
    indikator="Indeks Kualitas Lingkungan Hidup (IKLH)",
    definisi="Indeks gabungan kualitas air, kualitas udara dan kualitas lahan menurut metode Kementerian "
    "Lingkungan Hidup dan Kehutanan, dengan skala 0–100.",
    formula="Rata-rata tertimbang Indeks Kualitas Air, Indeks Kualitas Udara dan Indeks Kualitas Lahan sesuai "
    "bobot yang ditetapkan KLHK",
    alasan="Mengukur hasil pengendalian pencemaran dan kerusakan lingkungan secara terpadu.",
    satuan="indeks", jenis_angka="Indeks", polaritas="Maksimal", pd="DLH",
    sumber="Dinas Lingkungan Hidup; publikasi IKLH KLHK",
    baseline=68.42, target=(69.00, 69.50, 70.00, 70.50, 71.00),
    realisasi={
        2025: (69.14, "IKLH 69,14 melampaui target 69,00, terutama karena kenaikan indeks kualitas udara setelah "
               "uji emisi kendaraan dinas dan penanaman 12.000 pohon."),
        2026: (69.38, "Realisasi 69,38 di bawah target 69,50 karena indeks kualitas air turun pada musim kemarau; "
               "pengawasan pembuangan limbah industri tahu dan peternakan di bantaran sungai ditingkatkan."),
    },
)
TPT = Iku(
    kode="IKU-06", jenis_urusan=WNPD, urusan="Tenaga Kerja", tujuan=T_EKONOMI,
    sasaran="Menurunnya tingkat pengangguran",
    indikator="Tingkat Pengangguran Terbuka (TPT)",
    definisi="Persentase penganggur terhadap jumlah angkatan kerja penduduk usia 15 tahun ke atas, hasil Survei "
    "Angkatan Kerja Nasional (Sakernas) Agustus.",
    formula="(Jumlah penganggur ÷ Jumlah angkatan kerja) × 100%",
    alasan="Mengukur kemampuan perekonomian daerah menyerap angkatan kerja; berpengaruh langsung pada kemiskinan.",
    satuan="%", jenis_angka="Persentase", polaritas="Minimal", metode="T/R", pd="DISNAKER",
    sumber="BPS Kabupaten Sukamaju (Sakernas Agustus)",
    baseline=5.12, target=(4.95, 4.80, 4.65, 4.50, 4.35),
    realisasi={
        2025: (4.88, "TPT 4,88% lebih baik dari target 4,95%, didorong pembukaan dua pabrik alas kaki yang "
               "menyerap sekitar 2.300 pekerja lokal."),
        2026: (4.84, "Realisasi 4,84% belum mencapai target 4,80% karena bertambahnya lulusan SMK yang belum "
               "terserap; bursa kerja daring dan pelatihan berbasis kompetensi diperluas."),
    },
)
PDRB = Iku(
    kode="IKU-07", jenis_urusan=PENUNJANG, urusan="Perencanaan", tujuan=T_EKONOMI,
    sasaran="Meningkatnya pertumbuhan ekonomi daerah",
    indikator="PDRB per Kapita atas Dasar Harga Berlaku",
    definisi="Nilai Produk Domestik Regional Bruto atas dasar harga berlaku dibagi jumlah penduduk pertengahan "
    "tahun.",
    formula="PDRB atas dasar harga berlaku ÷ Jumlah penduduk pertengahan tahun",
    alasan="Menggambarkan rata-rata nilai tambah ekonomi yang dihasilkan setiap penduduk sebagai ukuran "
    "kemakmuran daerah.",
    satuan="juta rupiah", jenis_angka="Kuantitas Absolut", polaritas="Maksimal", pd="BAPPEDA",
    sumber="BPS Kabupaten Sukamaju (PDRB menurut lapangan usaha)",
    baseline=38.60, target=(40.50, 42.60, 44.80, 47.10, 49.50),
    realisasi={
        2025: (40.92, "PDRB per kapita Rp40,92 juta, di atas target, ditopang sektor industri pengolahan dan "
               "perdagangan."),
        2026: (42.35, "Angka sementara Rp42,35 juta, di bawah target Rp42,60 juta karena harga gabah turun pada "
               "panen raya; angka tetap dirilis BPS pada tahun berikutnya."),
    },
)
OPINI = Iku(
    kode="IKU-08", jenis_urusan=PENUNJANG, urusan="Pengawasan", tujuan=T_TATA_KELOLA,
    sasaran="Meningkatnya akuntabilitas pengelolaan keuangan daerah",
    indikator="Opini BPK atas Laporan Keuangan Pemerintah Daerah",
    definisi="Pernyataan profesional BPK RI mengenai kewajaran laporan keuangan pemerintah daerah: Wajar Tanpa "
    "Pengecualian (WTP), Wajar Dengan Pengecualian (WDP), Tidak Wajar (TW) atau Tidak Menyatakan Pendapat (TMP).",
    formula="Opini yang tercantum dalam Laporan Hasil Pemeriksaan BPK RI atas LKPD",
    alasan="Mencerminkan kualitas dan akuntabilitas pengelolaan keuangan daerah.",
    satuan="opini", jenis_angka="Kualitatif", polaritas="Maksimal", pd="INSP",
    sumber="Laporan Hasil Pemeriksaan BPK RI Perwakilan Provinsi Jawa Tengah",
    baseline="WTP", target=("WTP",) * 5,
    realisasi={
        2025: ("WTP", "Opini WTP kesembilan berturut-turut; seluruh rekomendasi atas aset tetap telah "
               "ditindaklanjuti."),
        2026: ("WTP", "Opini WTP dipertahankan; temuan administrasi belanja perjalanan dinas ditindaklanjuti "
               "dengan penyetoran ke kas daerah."),
    },
)
SAKIP = Iku(
    kode="IKU-09", jenis_urusan=PENUNJANG, urusan="Perencanaan", tujuan=T_TATA_KELOLA,
    sasaran="Meningkatnya akuntabilitas kinerja pemerintah daerah",
    indikator="Nilai SAKIP Pemerintah Kabupaten Sukamaju",
    definisi="Predikat hasil evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah oleh Kementerian PANRB "
    "pada skala AA, A, BB, B, CC, C dan D.",
    formula="Predikat yang tercantum dalam Laporan Hasil Evaluasi SAKIP Kementerian PANRB",
    alasan="Mengukur keterpaduan perencanaan, pengukuran, pelaporan dan evaluasi kinerja sesuai Peraturan "
    "Presiden Nomor 29 Tahun 2014.",
    satuan="predikat", jenis_angka="Kualitatif", polaritas="Maksimal", pd="BAPPEDA, INSP",
    sumber="Laporan Hasil Evaluasi SAKIP Kementerian PANRB",
    baseline="B", target=("BB", "BB", "BB", "A", "A"),
    realisasi={
        2025: ("BB", "Predikat naik dari B menjadi BB setelah pohon kinerja diselaraskan sampai tingkat "
               "perangkat daerah."),
        2026: ("BB", "Predikat BB dipertahankan; rekomendasi evaluasi tentang pemanfaatan hasil evaluasi "
               "internal untuk penganggaran sedang ditindaklanjuti."),
    },
)
INDEKS_RB = Iku(
    kode="IKU-10", jenis_urusan=PENUNJANG, urusan="Pengawasan", tujuan=T_TATA_KELOLA,
    sasaran="Meningkatnya kualitas reformasi birokrasi",
    indikator="Indeks Reformasi Birokrasi",
    definisi="Nilai hasil evaluasi pelaksanaan reformasi birokrasi pemerintah daerah oleh Kementerian PANRB, "
    "skala 0–100.",
    formula="Nilai indeks yang tercantum dalam Laporan Hasil Evaluasi Reformasi Birokrasi Kementerian PANRB",
    alasan="Mengukur kemajuan perbaikan tata kelola, pelayanan publik dan kapasitas aparatur.",
    satuan="indeks", jenis_angka="Indeks", polaritas="Maksimal", pd="INSP",
    sumber="Laporan Hasil Evaluasi Reformasi Birokrasi Kementerian PANRB",
    baseline=62.15, target=(64.00, 66.00, 68.00, 70.00, 72.00),
    realisasi={
        2025: (64.37, "Indeks 64,37 melampaui target berkat perbaikan manajemen ASN dan pelayanan publik "
               "berbasis elektronik."),
        2026: (65.82, "Realisasi 65,82 di bawah target 66,00; komponen zona integritas belum optimal karena baru "
               "satu unit yang meraih predikat WBK."),
    },
)
KAB_IKU_PEMDA = (AKB, STUNTING, APM_SMP, RLS, IKLH, TPT, PDRB, OPINI, SAKIP, INDEKS_RB)


def _pd_iku(kode: str, kode_pd: str, sasaran: str, indikator: str, definisi: str, formula: str, alasan: str,
            unit: str, sumber: str, baseline: Any, target: tuple, realisasi: dict, mendukung: str | None,
            cascading: str, satuan: str = "%", jenis_angka: str = "Persentase",
            polaritas: str = "Maksimal") -> Iku:
    return Iku(kode=kode, kode_pd=kode_pd, sasaran=sasaran, indikator=indikator, definisi=definisi,
               formula=formula, alasan=alasan, satuan=satuan, jenis_angka=jenis_angka, polaritas=polaritas,
               unit=unit, sumber=sumber, baseline=baseline, target=target, realisasi=realisasi,
               mendukung=mendukung, cascading=cascading)


KAB_IKU_PD = (
    # Dinas Kesehatan
    duplikat(AKB, "DINKES-01", "DINKES", "Meningkatnya derajat kesehatan ibu dan anak",
             "Bidang Kesehatan Masyarakat"),
    duplikat(STUNTING, "DINKES-02", "DINKES", "Meningkatnya status gizi balita", "Bidang Kesehatan Masyarakat"),
    _pd_iku("DINKES-03", "DINKES", "Meningkatnya derajat kesehatan ibu dan anak",
            "Persentase ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
            "Ibu hamil yang mendapatkan pelayanan antenatal paling sedikit enam kali (K6) sesuai standar di "
            "fasilitas pelayanan kesehatan terhadap seluruh sasaran ibu hamil dalam satu tahun.",
            "(Jumlah ibu hamil yang mendapat pelayanan K6 sesuai standar ÷ Jumlah sasaran ibu hamil) × 100%",
            "Standar Pelayanan Minimal bidang kesehatan; pelayanan antenatal yang baik menurunkan risiko kematian "
            "bayi.", "Bidang Kesehatan Masyarakat", "Laporan PWS KIA puskesmas", 88.7, (90, 92, 94, 96, 98),
            {2025: (91.4, "Cakupan K6 91,4%, di atas target, berkat pendampingan ibu hamil oleh kader posyandu."),
             2026: (92.6, "Cakupan 92,6% melampaui target 92%; kunjungan rumah bagi ibu hamil berisiko tinggi "
                    "dilanjutkan.")},
            AKB.kode, SUPPORTIVE),
    _pd_iku("DINKES-04", "DINKES", "Meningkatnya status gizi balita",
            "Persentase balita yang dipantau pertumbuhan dan perkembangannya",
            "Balita usia 0–59 bulan yang ditimbang dan diukur panjang atau tinggi badannya paling sedikit "
            "delapan kali dalam setahun di posyandu atau fasilitas pelayanan kesehatan.",
            "(Jumlah balita yang dipantau paling sedikit 8 kali ÷ Jumlah sasaran balita) × 100%",
            "Pemantauan pertumbuhan rutin menemukan gangguan gizi sejak dini sehingga stunting dapat dicegah.",
            "Bidang Kesehatan Masyarakat", "Aplikasi e-PPGBM", 82.5, (85, 87, 89, 91, 93),
            {2025: (86.1, "Pemantauan mencapai 86,1% setelah 312 posyandu menerima antropometri kit standar."),
             2026: (88.4, "Realisasi 88,4% melampaui target 87%; jadwal posyandu disesuaikan dengan jam kerja "
                    "orang tua.")},
            STUNTING.kode, SUPPORTIVE),
    _pd_iku("DINKES-05", "DINKES", "Meningkatnya mutu pelayanan kesehatan dasar",
            "Indeks Kepuasan Masyarakat terhadap layanan puskesmas",
            "Nilai survei kepuasan masyarakat atas sembilan unsur pelayanan di 26 puskesmas menurut Peraturan "
            "Menteri PANRB Nomor 14 Tahun 2017, skala 25–100.",
            "Rata-rata tertimbang nilai sembilan unsur pelayanan × 25",
            "Mengukur mutu layanan yang dirasakan langsung oleh pengguna puskesmas.",
            "Sekretariat (Subbagian Perencanaan dan Evaluasi)", "Laporan survei kepuasan masyarakat", 81.20,
            (82, 83, 84, 85, 86),
            {2025: (82.64, "Nilai 82,64 (mutu pelayanan B); unsur waktu pelayanan masih terendah."),
             2026: (83.05, "Nilai 83,05 melampaui target 83; antrean daring diterapkan di 10 puskesmas.")},
            None, UNIQUE, satuan="indeks", jenis_angka="Indeks"),
    # Dinas Pendidikan
    _pd_iku("DISDIK-01", "DISDIK", "Meningkatnya akses pendidikan menengah pertama",
            "Angka Partisipasi Murni (APM) SMP",
            "Proporsi penduduk usia 13–15 tahun yang bersekolah di SMP negeri dan swasta binaan Dinas "
            "Pendidikan terhadap seluruh penduduk usia 13–15 tahun (bagian SMP dari APM SMP/MTs).",
            "(Jumlah siswa SMP usia 13–15 tahun ÷ Jumlah penduduk usia 13–15 tahun) × 100%",
            "Bagian APM SMP/MTs yang menjadi kewenangan Dinas Pendidikan; bagian MTs dibina Kementerian Agama.",
            "Bidang Pembinaan SMP", "Dapodik", 61.20, (62.00, 62.70, 63.40, 64.10, 64.80),
            {2025: (62.25, "APM SMP 62,25%, di atas target, setelah penambahan 14 rombongan belajar baru."),
             2026: (62.58, "Realisasi 62,58% di bawah target 62,70%; sebagian lulusan SD memilih madrasah dan "
                    "pondok pesantren di luar daerah.")},
            APM_SMP.kode, CLUSTER),
    duplikat(RLS, "DISDIK-02", "DISDIK", "Meningkatnya lama pendidikan penduduk",
             "Bidang Pendidikan Nonformal dan Kesetaraan"),
    _pd_iku("DISDIK-03", "DISDIK", "Meningkatnya akses pendidikan menengah pertama", "Angka Putus Sekolah SMP",
            "Persentase siswa SMP yang berhenti sekolah sebelum tamat pada tahun ajaran berjalan terhadap jumlah "
            "siswa SMP pada awal tahun ajaran.",
            "(Jumlah siswa SMP putus sekolah ÷ Jumlah siswa SMP pada awal tahun ajaran) × 100%",
            "Putus sekolah langsung menurunkan partisipasi sekolah usia 13–15 tahun.",
            "Bidang Pembinaan SMP", "Dapodik", 0.42, (0.38, 0.34, 0.30, 0.26, 0.22),
            {2025: (0.36, "Angka putus sekolah 0,36%, lebih baik dari target, karena penjangkauan siswa rawan "
                    "putus sekolah oleh guru bimbingan konseling."),
             2026: (0.31, "Realisasi 0,31% lebih baik dari target 0,34%; bantuan transportasi bagi siswa "
                    "daerah terpencil dilanjutkan.")},
            APM_SMP.kode, SUPPORTIVE, polaritas="Minimal"),
    _pd_iku("DISDIK-04", "DISDIK", "Meningkatnya mutu satuan pendidikan dasar",
            "Persentase satuan pendidikan SD dan SMP yang terakreditasi minimal B",
            "SD dan SMP negeri dan swasta yang memiliki status akreditasi A atau B dari BAN-PDM yang masih "
            "berlaku terhadap seluruh SD dan SMP.",
            "(Jumlah SD dan SMP terakreditasi minimal B ÷ Jumlah SD dan SMP) × 100%",
            "Akreditasi menjamin standar nasional pendidikan yang menjadi syarat mutu layanan.",
            "Bidang Pembinaan SD", "Sistem Penilaian Akreditasi BAN-PDM", 86.5, (88.0, 89.5, 91.0, 92.5, 94.0),
            {2025: (88.3, "Sebanyak 88,3% sekolah terakreditasi minimal B setelah pendampingan 40 sekolah."),
             2026: (89.1, "Realisasi 89,1% di bawah target 89,5%; 6 sekolah swasta kecil belum memenuhi standar "
                    "sarana dan akan didampingi kembali.")},
            APM_SMP.kode, SUPPORTIVE),
    # Dinas Lingkungan Hidup
    duplikat(IKLH, "DLH-01", "DLH", "Meningkatnya kualitas lingkungan hidup",
             "Bidang Penataan dan Peningkatan Kapasitas Lingkungan Hidup"),
    _pd_iku("DLH-02", "DLH", "Menurunnya pencemaran air sungai", "Indeks Kualitas Air",
            "Indeks kualitas air sungai berdasarkan pemantauan parameter TSS, DO, BOD, COD, total fosfat, fecal "
            "coli dan total coliform di 18 titik pantau menurut metode KLHK, skala 0–100.",
            "Indeks pencemaran setiap titik pantau dikonversi menjadi nilai indeks menurut metode KLHK, lalu "
            "dirata-ratakan",
            "Kualitas air merupakan komponen IKLH yang paling rendah di Kabupaten Sukamaju.",
            "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan Hidup",
            "Hasil uji laboratorium lingkungan DLH", 52.30, (53.00, 54.00, 55.00, 56.00, 57.00),
            {2025: (53.40, "Indeks 53,40 di atas target setelah 11 IPAL industri kecil diperbaiki."),
             2026: (53.80, "Realisasi 53,80 di bawah target 54,00; debit sungai rendah pada kemarau menaikkan "
                    "konsentrasi pencemar.")},
            IKLH.kode, SUPPORTIVE, satuan="indeks", jenis_angka="Indeks"),
    _pd_iku("DLH-03", "DLH", "Meningkatnya pengelolaan sampah", "Persentase sampah rumah tangga yang tertangani",
            "Sampah rumah tangga dan sampah sejenis sampah rumah tangga yang dipilah, dikumpulkan, diangkut, "
            "diolah dan diproses akhir terhadap seluruh timbulan sampah dalam satu tahun.",
            "(Jumlah sampah tertangani (ton/tahun) ÷ Jumlah timbulan sampah (ton/tahun)) × 100%",
            "Sampah yang tidak tertangani mencemari air dan lahan yang dinilai dalam IKLH.",
            "Bidang Pengelolaan Sampah dan Limbah B3", "Sistem Informasi Pengelolaan Sampah Nasional (SIPSN)",
            68.0, (70, 73, 76, 79, 82),
            {2025: (70.8, "Penanganan sampah 70,8% setelah 9 TPS3R baru beroperasi."),
             2026: (72.4, "Realisasi 72,4% di bawah target 73%; armada pengangkut di 3 kecamatan belum "
                    "mencukupi.")},
            IKLH.kode, SUPPORTIVE),
    # Dinas Tenaga Kerja
    duplikat(TPT, "DISNAKER-01", "DISNAKER", "Menurunnya tingkat pengangguran",
             "Bidang Penempatan dan Perluasan Kesempatan Kerja"),
    _pd_iku("DISNAKER-02", "DISNAKER", "Meningkatnya daya saing tenaga kerja",
            "Persentase lulusan pelatihan berbasis kompetensi yang bekerja",
            "Lulusan pelatihan berbasis kompetensi di Balai Latihan Kerja yang bekerja atau berwirausaha paling "
            "lama enam bulan setelah lulus.",
            "(Jumlah lulusan yang bekerja atau berwirausaha ÷ Jumlah lulusan pelatihan) × 100%",
            "Mengukur relevansi pelatihan dengan kebutuhan pasar kerja.",
            "UPTD Balai Latihan Kerja", "Penelusuran lulusan (tracer study) BLK", 54.0, (57, 60, 63, 66, 70),
            {2025: (58.2, "Sebanyak 58,2% lulusan bekerja; kemitraan dengan 23 perusahaan untuk pemagangan."),
             2026: (60.9, "Realisasi 60,9% melampaui target 60%; kejuruan menjahit industri paling banyak "
                    "terserap.")},
            TPT.kode, SUPPORTIVE),
    _pd_iku("DISNAKER-03", "DISNAKER", "Meningkatnya kondusivitas hubungan industrial",
            "Persentase kasus perselisihan hubungan industrial yang diselesaikan melalui mediasi",
            "Kasus perselisihan hak, kepentingan, pemutusan hubungan kerja dan antarserikat pekerja yang tercatat "
            "dan diselesaikan melalui perjanjian bersama atau anjuran mediator dalam tahun berjalan.",
            "(Jumlah kasus yang diselesaikan ÷ Jumlah kasus yang tercatat) × 100%",
            "Hubungan industrial yang kondusif menjaga iklim usaha dan keberlangsungan kerja.",
            "Bidang Hubungan Industrial dan Jaminan Sosial", "Register perselisihan hubungan industrial",
            80, (82, 84, 86, 88, 90),
            {2025: (83.3, "Sebanyak 25 dari 30 kasus selesai melalui mediasi."),
             2026: (85.7, "Sebanyak 30 dari 35 kasus selesai; 5 kasus dilanjutkan ke Pengadilan Hubungan "
                    "Industrial.")},
            None, UNIQUE),
    # Inspektorat Daerah
    duplikat(OPINI, "INSP-01", "INSP", "Meningkatnya akuntabilitas pengelolaan keuangan daerah",
             "Inspektur Pembantu Wilayah I–IV"),
    _pd_iku("INSP-02", "INSP", "Meningkatnya kualitas sistem pengendalian intern",
            "Tingkat Maturitas Penyelenggaraan SPIP",
            "Tingkat kematangan penyelenggaraan Sistem Pengendalian Intern Pemerintah hasil penilaian mandiri "
            "yang dijamin kualitasnya oleh BPKP, skala 0–5.",
            "Nilai maturitas SPIP hasil penjaminan kualitas BPKP",
            "Pengendalian intern yang matang mencegah salah saji laporan keuangan yang memengaruhi opini BPK.",
            "Sekretariat Inspektorat (Subbagian Evaluasi dan Pelaporan)",
            "Laporan penjaminan kualitas maturitas SPIP BPKP Perwakilan Provinsi Jawa Tengah",
            3.12, (3.25, 3.40, 3.55, 3.70, 3.85),
            {2025: (3.28, "Nilai maturitas 3,28 (level terdefinisi) di atas target."),
             2026: (3.36, "Realisasi 3,36 di bawah target 3,40; manajemen risiko tingkat kegiatan belum "
                    "dilaksanakan di semua perangkat daerah.")},
            OPINI.kode, SUPPORTIVE, satuan="level", jenis_angka="Indeks"),
    _pd_iku("INSP-03", "INSP", "Meningkatnya kualitas pengawasan intern",
            "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
            "Rekomendasi hasil pemeriksaan Inspektorat Daerah dan BPK RI yang telah ditindaklanjuti sesuai "
            "rekomendasi sampai akhir tahun berjalan.",
            "(Jumlah rekomendasi yang ditindaklanjuti sesuai rekomendasi ÷ Jumlah rekomendasi) × 100%",
            "Tindak lanjut rekomendasi menunjukkan perbaikan tata kelola yang dinilai dalam reformasi birokrasi.",
            "Sekretariat Inspektorat (Subbagian Evaluasi dan Pelaporan)",
            "Sistem Informasi Pemantauan Tindak Lanjut (SIPTL)", 78.5, (80, 83, 86, 89, 92),
            {2025: (81.2, "Tindak lanjut 81,2% setelah rapat pemantauan triwulanan dengan perangkat daerah."),
             2026: (84.6, "Realisasi 84,6% melampaui target 83%.")},
            INDEKS_RB.kode, SUPPORTIVE),
    duplikat(INDEKS_RB, "INSP-04", "INSP", "Meningkatnya kualitas reformasi birokrasi",
             "Inspektur Pembantu Bidang Investigasi"),
    # Bappeda
    duplikat(SAKIP, "BAPPEDA-01", "BAPPEDA", "Meningkatnya akuntabilitas kinerja pemerintah daerah",
             "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah"),
    _pd_iku("BAPPEDA-02", "BAPPEDA", "Meningkatnya kualitas perencanaan pembangunan daerah",
            "Persentase program RKPD yang selaras dengan RPJMD",
            "Program dalam RKPD tahun berkenaan yang sesuai dengan program prioritas dan indikasi program RPJMD.",
            "(Jumlah program RKPD yang selaras dengan RPJMD ÷ Jumlah program RKPD) × 100%",
            "Keselarasan dokumen perencanaan dinilai dalam evaluasi SAKIP.",
            "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", "Dokumen RKPD dan RPJMD",
            91.0, (92, 94, 95, 96, 97),
            {2025: (93.5, "Sebanyak 93,5% program RKPD selaras dengan RPJMD."),
             2026: (95.1, "Realisasi 95,1% melampaui target 94%; verifikasi Renja memakai pohon kinerja.")},
            SAKIP.kode, SUPPORTIVE),
    _pd_iku("BAPPEDA-03", "BAPPEDA", "Meningkatnya kualitas perencanaan pembangunan daerah",
            "Persentase indikator makro RPJMD yang mencapai target",
            "Indikator makro RPJMD (pertumbuhan ekonomi, PDRB per kapita, kemiskinan, pengangguran, IPM dan "
            "rasio gini) yang realisasinya mencapai atau melampaui target tahunan.",
            "(Jumlah indikator makro yang mencapai target ÷ Jumlah indikator makro) × 100%",
            "Bappeda mengoordinasikan pencapaian sasaran makro pembangunan, termasuk PDRB per kapita.",
            "Bidang Perekonomian dan Sumber Daya Alam", "BPS Kabupaten Sukamaju; dokumen evaluasi RKPD",
            50.00, (66.67, 66.67, 83.33, 83.33, 100),
            {2025: (83.33, "Lima dari enam indikator makro mencapai target; rasio gini sedikit naik."),
             2026: (66.67, "Empat dari enam indikator mencapai target; PDRB per kapita dan pengangguran belum "
                    "mencapai target.")},
            PDRB.kode, SUPPORTIVE),
    _pd_iku("BAPPEDA-04", "BAPPEDA", "Meningkatnya pemanfaatan riset dalam kebijakan daerah",
            "Persentase rekomendasi hasil kajian yang dimanfaatkan perangkat daerah",
            "Rekomendasi kebijakan dari kajian dan riset Bappeda yang diadopsi dalam dokumen perencanaan atau "
            "kebijakan perangkat daerah pada tahun berkenaan.",
            "(Jumlah rekomendasi yang dimanfaatkan ÷ Jumlah rekomendasi yang diterbitkan) × 100%",
            "Memastikan kajian yang dibiayai daerah dipakai untuk memperbaiki kebijakan.",
            "Bidang Penelitian dan Pengembangan", "Register rekomendasi kajian Bappeda", 40, (45, 50, 55, 60, 65),
            {2025: (46.7, "Tujuh dari 15 rekomendasi kajian dimanfaatkan perangkat daerah."),
             2026: (50.0, "Sembilan dari 18 rekomendasi dimanfaatkan, sesuai target.")},
            None, UNIQUE),
)

KAB_PD = (
    Pd("DINKES", "Dinas Kesehatan", "Kepala Dinas Kesehatan", "dr. Retno Setyaningsih, M.Kes.",
       "197205142002122003", "Pembina Utama Muda (IV/c)", "Definitif", tugas_dinas("kesehatan"),
       fungsi_dinas("kesehatan masyarakat, pencegahan dan pengendalian penyakit, pelayanan kesehatan, serta "
                    "sumber daya kesehatan")),
    Pd("DISDIK", "Dinas Pendidikan", "Kepala Dinas Pendidikan", "Drs. Suparno, M.Pd.", "196811231994031005",
       "Pembina Utama Muda (IV/c)", "Plt.", tugas_dinas("pendidikan"),
       fungsi_dinas("pendidikan anak usia dini, pendidikan dasar, pendidikan nonformal, serta pendidik dan "
                    "tenaga kependidikan")),
    Pd("DLH", "Dinas Lingkungan Hidup", "Kepala Dinas Lingkungan Hidup", "Ir. Bambang Hermawan, M.Si.",
       "197003081997031004", "Pembina Tingkat I (IV/b)", "Definitif", tugas_dinas("lingkungan hidup"),
       fungsi_dinas("tata lingkungan, pengendalian pencemaran dan kerusakan lingkungan hidup, serta pengelolaan "
                    "sampah dan limbah B3")),
    Pd("DISNAKER", "Dinas Tenaga Kerja", "Kepala Dinas Tenaga Kerja", "Sri Wahyuni, S.H., M.M.",
       "197409222000032002", "Pembina Tingkat I (IV/b)", None, tugas_dinas("tenaga kerja"),
       fungsi_dinas("pelatihan dan produktivitas tenaga kerja, penempatan tenaga kerja, serta hubungan "
                    "industrial")),
    Pd("INSP", "Inspektorat Daerah", "Inspektur", "Drs. Joko Susilo, M.Ak.", "196907151993031008",
       "Pembina Utama Muda (IV/c)", "Definitif",
       "Membantu Bupati membina dan mengawasi pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah dan "
       "tugas pembantuan oleh perangkat daerah.",
       ("Perumusan kebijakan teknis di bidang pengawasan dan fasilitasi pengawasan;",
        "Pelaksanaan pengawasan internal terhadap kinerja dan keuangan melalui audit, reviu, evaluasi, "
        "pemantauan, dan kegiatan pengawasan lainnya;",
        "Pelaksanaan pengawasan untuk tujuan tertentu atas penugasan Bupati;",
        "Penyusunan laporan hasil pengawasan;",
        "Pelaksanaan administrasi Inspektorat Daerah; dan",
        "Pelaksanaan fungsi lain yang diberikan oleh Bupati terkait dengan tugas dan fungsinya.")),
    Pd("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Kepala Badan Perencanaan Pembangunan Daerah",
       "Dr. Hendra Kurniawan, S.T., M.T.", "197601182003121002", "Pembina Utama Muda (IV/c)", "Definitif",
       "Membantu Bupati melaksanakan fungsi penunjang urusan pemerintahan bidang perencanaan serta penelitian "
       "dan pengembangan yang menjadi kewenangan daerah.",
       ("Penyusunan kebijakan teknis perencanaan pembangunan daerah;",
        "Pelaksanaan tugas dukungan teknis perencanaan serta penelitian dan pengembangan;",
        "Koordinasi penyusunan dokumen perencanaan pembangunan daerah (RPJPD, RPJMD dan RKPD);",
        "Pemantauan, evaluasi dan pelaporan pelaksanaan rencana pembangunan daerah;",
        "Pembinaan teknis perencanaan kepada perangkat daerah; dan",
        "Pelaksanaan fungsi lain yang diberikan oleh Bupati terkait dengan tugas dan fungsinya.")),
)

PENUNJANG_KAB = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
# (kode PD, program, anggaran 2025, realisasi 2025, anggaran 2026, realisasi 2026), rupiah.
KAB_PROGRAM_DATA = (
    ("DINKES", PENUNJANG_KAB, 46_215_400_000, 44_108_950_000, 48_730_000_000, 46_521_880_000),
    ("DINKES", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 38_450_000_000,
     35_902_318_500, 41_260_750_000, 38_795_410_200),
    ("DINKES", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1_185_000_000, 1_097_450_000,
     1_240_000_000, 1_168_325_000),
    ("DINKES", "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", 645_500_000, 598_120_000,
     680_000_000, 641_250_000),
    ("DINKES", "Program Pemberdayaan Masyarakat Bidang Kesehatan", 862_000_000, 815_400_000, 910_000_000,
     873_560_000),
    ("DISDIK", PENUNJANG_KAB, 68_940_000_000, 67_212_540_000, 71_325_000_000, 69_480_115_000),
    ("DISDIK", "Program Pengelolaan Pendidikan", 52_375_000_000, 48_963_270_000, 55_810_000_000,
     52_102_465_000),
    ("DISDIK", "Program Pengembangan Kurikulum", 455_000_000, 431_800_000, 480_000_000, 452_300_000),
    ("DISDIK", "Program Pendidik dan Tenaga Kependidikan", 1_825_000_000, 1_702_650_000, 1_950_000_000,
     1_834_210_000),
    ("DLH", PENUNJANG_KAB, 6_520_000_000, 6_218_340_000, 6_780_000_000, 6_455_120_000),
    ("DLH", "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup", 1_350_000_000, 1_248_600_000,
     1_425_000_000, 1_311_870_000),
    ("DLH", "Program Pengelolaan Persampahan", 7_815_000_000, 7_402_115_000, 8_340_000_000, 7_921_650_000),
    ("DLH", "Program Peningkatan Pendidikan, Pelatihan dan Penyuluhan Lingkungan Hidup untuk Masyarakat",
     348_000_000, 331_250_000, 365_000_000, 349_800_000),
    ("DISNAKER", PENUNJANG_KAB, 3_215_000_000, 3_058_420_000, 3_340_000_000, 3_187_650_000),
    ("DISNAKER", "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", 2_410_000_000, 2_287_905_000,
     2_585_000_000, 2_451_300_000),
    ("DISNAKER", "Program Penempatan Tenaga Kerja", 782_500_000, 741_350_000, 815_000_000, 776_420_000),
    ("DISNAKER", "Program Hubungan Industrial", 418_000_000, 392_870_000, 436_000_000, 411_950_000),
    ("INSP", PENUNJANG_KAB, 5_130_000_000, 4_921_760_000, 5_325_000_000, 5_102_480_000),
    ("INSP", "Program Penyelenggaraan Pengawasan", 2_615_000_000, 2_503_340_000, 2_790_000_000, 2_664_215_000),
    ("INSP", "Program Perumusan Kebijakan, Pendampingan dan Asistensi", 642_000_000, 611_900_000, 675_000_000,
     648_300_000),
    ("BAPPEDA", PENUNJANG_KAB, 4_815_000_000, 4_602_330_000, 4_990_000_000, 4_771_860_000),
    ("BAPPEDA", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", 2_945_000_000,
     2_788_410_000, 3_120_000_000, 2_963_750_000),
    ("BAPPEDA", "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", 1_105_000_000,
     1_052_600_000, 1_160_000_000, 1_098_420_000),
    ("BAPPEDA", "Program Penelitian dan Pengembangan Daerah", 748_000_000, 706_150_000, 790_000_000, 742_680_000),
)


# Kode IKU -> (Standar Nasional, Sumber Standar). Indicators without a published national figure are left out:
# the LKjIP prints "belum ada standar" for them.
STANDAR_NASIONAL: dict[str, tuple[Any, str]] = {
    "IKU-01": (16.85, "Long Form Sensus Penduduk 2020 (BPS)"),
    "IKU-02": (19.8, "Survei Status Gizi Indonesia 2024 (Kementerian Kesehatan)"),
    "IKU-04": (8.85, "Rata-rata nasional BPS 2024"),
    "IKU-06": (4.91, "Sakernas Agustus 2024 (BPS)"),
    "IKU-08": ("WTP", "RPJMN 2025–2029"),
    "DINKES-03": (100, "SPM bidang kesehatan (Permenkes Nomor 6 Tahun 2024)"),
    "IKU-1": (72.39, "Rata-rata nasional BPS 2024"),
    "IKU-3": (8.57, "Rata-rata nasional BPS Maret 2025"),
    "IKU-P01": (189, "Long Form Sensus Penduduk 2020 (BPS)"),
    "IKU-P04": ("WTP", "RPJMN 2025–2029"),
}
# (Kode IKU, tahun) -> (Faktor Pendukung, Faktor Penghambat, Upaya Perbaikan) of the Realisasi sheet.
FAKTOR: dict[tuple[str, int], tuple[str | None, str | None, str | None]] = {
    ("IKU-01", 2026): (
        "Kunjungan neonatal lengkap 94,2% dan sistem rujukan terpadu maternal-neonatal ke RSUD.",
        "Berat badan lahir rendah dan asfiksia masih menjadi penyebab kematian terbanyak.",
        "Penguatan kelas ibu hamil dan persalinan di fasilitas kesehatan oleh tenaga terlatih."),
    ("IKU-02", 2026): (
        "Pemberian makanan tambahan berbahan pangan lokal dan audit kasus stunting di desa lokus.",
        "Cakupan pengukuran naik sehingga lebih banyak kasus terdeteksi; konvergensi lintas sektor belum merata.",
        "Intervensi spesifik pada 1.000 hari pertama kehidupan dan konvergensi lintas sektor di 26 desa lokus."),
    ("IKU-03", 2026): (
        "Bantuan transportasi bagi siswa dari dusun terpencil.",
        "Migrasi siswa ke pondok pesantren di luar daerah yang tidak tercatat dalam Dapodik.",
        "Pendataan bersama Kementerian Agama agar siswa pondok pesantren tercatat."),
    ("IKU-04", 2026): (
        "Program kesetaraan di PKBM diperluas ke seluruh kecamatan.",
        None,
        "Menjaga angka melanjutkan ke SMA/SMK melalui beasiswa bagi keluarga miskin."),
    ("IKU-05", 2026): (
        "Pengawasan izin lingkungan dan penanaman pohon di daerah aliran sungai.",
        "Indeks kualitas air turun pada musim kemarau karena debit sungai rendah.",
        "Pembangunan instalasi pengolahan air limbah komunal di dua kecamatan padat penduduk."),
    ("IKU-06", 2026): (
        "Pelatihan berbasis kompetensi dan bursa kerja daring.",
        "Bertambahnya lulusan SMK yang belum terserap industri.",
        "Penyelarasan kurikulum SMK dengan kebutuhan industri bersama forum komunikasi dunia usaha."),
    ("IKU-10", 2026): (
        "Penyederhanaan birokrasi dan digitalisasi layanan perizinan.",
        "Komponen zona integritas belum optimal karena baru dua unit kerja yang dibangun.",
        "Pembangunan zona integritas di empat unit kerja pelayanan tahun berikutnya."),
    ("DINKES-03", 2026): (
        "Pemeriksaan ibu hamil oleh bidan desa terjadwal dan pencatatan pada aplikasi kohort.", None,
        "Mempertahankan kunjungan rumah bagi ibu hamil yang tidak datang ke posyandu."),
    ("DISDIK-04", 2026): (
        "Pendampingan akreditasi oleh pengawas sekolah.",
        "Enam sekolah swasta kecil belum memenuhi standar sarana dan prasarana.",
        "Bantuan sarana prasarana dan penggabungan sekolah swasta kecil yang berdekatan."),
    ("DLH-03", 2026): (
        "Bank sampah di 40 desa dan TPS3R baru.",
        "Armada pengangkut di tiga kecamatan belum mencukupi.",
        "Pengadaan dua truk pengangkut dan penambahan ritase di kecamatan yang belum terlayani."),
    ("INSP-02", 2026): (
        "Penilaian mandiri maturitas SPIP oleh seluruh perangkat daerah.",
        "Manajemen risiko tingkat kegiatan belum diterapkan di semua perangkat daerah.",
        "Bimbingan teknis manajemen risiko dan reviu register risiko oleh Inspektorat."),
    ("IKU-1", 2025): (
        "Skrining kesehatan usia produktif di puskesmas.", None,
        "Perluasan skrining penyakit tidak menular ke tempat kerja."),
}
# The programs of the Kabupaten sample and the indicators they serve: every PD's main programs serve its
# outcome indicators, the support programs (Penunjang) its governance indicator.
KAB_IKU_DIDUKUNG: dict[tuple[str, str], str] = {
    ("DINKES", PENUNJANG_KAB): "DINKES-05",
    ("DINKES", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"):
        "DINKES-01\nDINKES-02\nDINKES-03",
    ("DINKES", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan"): "DINKES-05",
    ("DINKES", "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman"): "DINKES-03",
    ("DINKES", "Program Pemberdayaan Masyarakat Bidang Kesehatan"): "DINKES-02, DINKES-04",
    ("DISDIK", PENUNJANG_KAB): "DISDIK-04",
    ("DISDIK", "Program Pengelolaan Pendidikan"): "DISDIK-01, DISDIK-02, DISDIK-03",
    ("DISDIK", "Program Pengembangan Kurikulum"): "DISDIK-04",
    ("DISDIK", "Program Pendidik dan Tenaga Kependidikan"): "DISDIK-02, DISDIK-04",
    ("DLH", PENUNJANG_KAB): "DLH-01",
    ("DLH", "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup"): "DLH-01, DLH-02",
    ("DLH", "Program Pengelolaan Persampahan"): "DLH-03",
    ("DLH", "Program Peningkatan Pendidikan, Pelatihan dan Penyuluhan Lingkungan Hidup untuk Masyarakat"): "DLH-03",
    ("DISNAKER", PENUNJANG_KAB): "DISNAKER-01",
    ("DISNAKER", "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja"): "DISNAKER-01, DISNAKER-02",
    ("DISNAKER", "Program Penempatan Tenaga Kerja"): "DISNAKER-01",
    ("DISNAKER", "Program Hubungan Industrial"): "DISNAKER-03",
    ("INSP", PENUNJANG_KAB): "INSP-04",
    ("INSP", "Program Penyelenggaraan Pengawasan"): "INSP-01, INSP-03",
    ("INSP", "Program Perumusan Kebijakan, Pendampingan dan Asistensi"): "INSP-02",
    ("BAPPEDA", PENUNJANG_KAB): "BAPPEDA-01",
    ("BAPPEDA", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah"): "BAPPEDA-01, BAPPEDA-03",
    ("BAPPEDA", "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah"): "BAPPEDA-02",
    ("BAPPEDA", "Program Penelitian dan Pengembangan Daerah"): "BAPPEDA-04",
}


def program_rows(data: tuple[tuple[str, str, int, int, int, int], ...]) -> tuple[tuple, ...]:
    """Two budget years per program, all of 2025 first, as a Bagian Keuangan export lists them."""
    return tuple((kode, tahun, nama, angka[i], angka[i + 1])
                 for i, tahun in ((0, 2025), (2, 2026)) for kode, nama, *angka in data)


KABUPATEN = Sampel(
    periode=PERIODE,
    identitas={
        "Jenis Daerah": "Kabupaten",
        "Nama Daerah": "Sukamaju",
        "Provinsi": "Jawa Tengah",
        "Nama Kepala Daerah": "H. Agus Santoso, S.E., M.M.",
        "Status Kepala Daerah": "Definitif",
        "Ibu Kota": "Sukamaju",
        "Tahun": 2026,
        "Periode Awal": 2025,
        "Periode Akhir": 2029,
        "Nomor Peraturan": "5",
        "Tanggal Penetapan": date(2026, 1, 12),
        "Tanggal Pengundangan": date(2026, 1, 12),
        "Nama Sekretaris Daerah": "Drs. Heru Prasetyo, M.Si.",
        "Pangkat Sekretaris Daerah": "Pembina Utama Madya (IV/d)",
        "NIP Sekretaris Daerah": "196909141990031004",
        "Nomor Berita Daerah": "5",
        "Tanggal Dokumen": date(2026, 1, 30),
    },
    pengaturan={"Skala Predikat": "90:Sangat Baik; 75:Baik; 65:Cukup; 50:Kurang; 0:Sangat Kurang"},
    dasar_hukum=(
        "Undang-Undang Nomor 13 Tahun 1950 tentang Pembentukan Daerah-daerah Kabupaten dalam Lingkungan Propinsi "
        "Djawa Tengah (Berita Negara Republik Indonesia Tahun 1950 Nomor 42) sebagaimana telah diubah dengan "
        "Undang-Undang Nomor 9 Tahun 1965 tentang Pembentukan Daerah Tingkat II Batang dengan Mengubah "
        "Undang-Undang Nomor 13 Tahun 1950 tentang Pembentukan Daerah-daerah Kabupaten dalam Lingkungan Propinsi "
        "Djawa Tengah (Lembaran Negara Republik Indonesia Tahun 1965 Nomor 52, Tambahan Lembaran Negara Republik "
        "Indonesia Nomor 2757)",
        UU_12_2011,
        UU_23_2014,
        PP_8_2006,
        PP_18_2016,
        PERPRES_29_2014,
        PERMENPAN_9_2007,
        PERMENPANRB_53_2014,
        PERMENDAGRI_80_2015,
        "Peraturan Daerah Kabupaten Sukamaju Nomor 9 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah "
        "(Lembaran Daerah Kabupaten Sukamaju Tahun 2016 Nomor 9, Tambahan Lembaran Daerah Kabupaten Sukamaju "
        "Nomor 98) sebagaimana telah diubah dengan Peraturan Daerah Kabupaten Sukamaju Nomor 4 Tahun 2022 tentang "
        "Perubahan atas Peraturan Daerah Nomor 9 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah "
        "(Lembaran Daerah Kabupaten Sukamaju Tahun 2022 Nomor 4, Tambahan Lembaran Daerah Kabupaten Sukamaju "
        "Nomor 156)",
        "Peraturan Daerah Kabupaten Sukamaju Nomor 6 Tahun 2025 tentang Rencana Pembangunan Jangka Menengah "
        "Daerah Kabupaten Sukamaju Tahun 2025–2029 (Lembaran Daerah Kabupaten Sukamaju Tahun 2025 Nomor 6, "
        "Tambahan Lembaran Daerah Kabupaten Sukamaju Nomor 171)",
    ),
    pd=KAB_PD,
    iku_pemda=KAB_IKU_PEMDA,
    iku_pd=KAB_IKU_PD,
    program=program_rows(KAB_PROGRAM_DATA),
    iku_didukung=KAB_IKU_DIDUKUNG,
)


# --- contoh-salah.xlsx: deliberate mistakes for the validation report demo ----------------------

SALAH_AKB = replace(
    AKB, kode="IKU-01", urusan="Kesehatn",  # misspelt urusan
    target=(8.5, "6.5.1", 7.7, 7.3, 7.0),  # "6.5.1" is not a number
    pd="DINKES", realisasi={2025: (8.3, "Sesuai target.")},
)
# The wording mistakes sit on rows without structural galat, so the report shows the quality findings
# next to the galat (rows with a galat are left out of the quality rules).
SALAH_VAGUE = Iku(
    kode="IKU-02", jenis_urusan=WPD, urusan="Kesehatan", tujuan=T_SDM,
    sasaran="Meningkatnya kualitas pelayanan kesehatan",
    indikator="Meningkatkan kualitas pelayanan",  # vague, normative wording
    definisi="Pelayanan kesehatan yang semakin baik.", formula="Jumlah pelayanan yang baik",  # not a ratio
    alasan="Pelayanan harus ditingkatkan.", satuan="%", jenis_angka="Persentase", polaritas="Maksimal",
    pd="DINKES", sumber="Dinas Kesehatan", baseline=90, target=(92, 95, 98, 100, 105),  # 105% is impossible
)
SALAH_DUPLIKAT_KODE = replace(APM_SMP, kode="IKU-01", pd="DISDIK", realisasi={}, formula="")  # code used twice,
# and no formula

SALAH = Sampel(
    periode=PERIODE,
    identitas={
        "Jenis Daerah": "Kabupaten", "Nama Daerah": "Mekarsari", "Provinsi": "Jawa Tengah",
        "Nama Kepala Daerah": "Ir. H. Bambang Sutrisno, M.M.", "Status Kepala Daerah": "Definitif",
        "Ibu Kota": "Mekarsari", "Tahun": 2026, "Periode Awal": 2025, "Periode Akhir": 2029,
        "Nama Sekretaris Daerah": "Drs. Sugeng Riyadi, M.Si.",
        "Pangkat Sekretaris Daerah": "Pembina Utama Madya (IV/d)",
        "NIP Sekretaris Daerah": "196804101993031006",
    },
    pengaturan={},
    dasar_hukum=(UU_23_2014, PERMENPANRB_53_2014),
    pd=(
        replace(KAB_PD[0], kepala=""),  # required cell left empty
        KAB_PD[1],
    ),
    iku_pemda=(SALAH_AKB, SALAH_VAGUE, SALAH_DUPLIKAT_KODE),
    iku_pd=(
        _pd_iku("DINKES-09", "DINKES",
                "Meningkatnya koordinasi penanganan kemiskinan", "Terlaksananya rapat koordinasi",  # an activity
                "Rapat koordinasi penanganan kemiskinan terlaksana.", "Jumlah rapat yang terlaksana",
                "Koordinasi diperlukan.", "Bidang Sosial", "Notulen rapat", 4, (4, 4, 4, 4, 4),
                {}, None, "Unique", satuan="kali", jenis_angka="Kuantitas Absolut"),
        replace(KAB_IKU_PD[2], kode="DINSOS-01", kode_pd="DINSOS",  # no such PD on the Perangkat Daerah sheet
                mendukung="IKU-09", realisasi={}),  # no such Pemda IKU
        replace(KAB_IKU_PD[7], realisasi={}),
    ),
    program=(
        ("DINKES", 2026, "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
         12_500_000_000, 11_800_000_000),
        ("DISDIK", 2026, "Program Pengelolaan Pendidikan", 30_000_000_000, None),
    ),
)
# A Target column for a year after Periode Akhir (2029).
SALAH_TARGET_LUAR_PERIODE = (c.LEMBAR_IKU_PEMDA.nama, c.target_header(2031), SALAH_AKB.kode, 6.0)


# --- tests/data/kota-contoh.xlsx: a Kota with a Plh. head, A4 paper, its IKU set by Keputusan (diktum) ----

KOTA_PERIODE = PERIODE
UHH = Iku(
    kode="IKU-1", jenis_urusan=WPD, urusan="Kesehatan", tujuan="Meningkatkan kualitas hidup warga kota",
    sasaran="Meningkatnya derajat kesehatan masyarakat", indikator="Usia Harapan Hidup",
    definisi="Rata-rata perkiraan banyak tahun yang dapat ditempuh seseorang sejak lahir.",
    formula="Dihitung BPS dengan metode tidak langsung dari data anak lahir hidup dan anak masih hidup",
    alasan="Komponen dimensi umur panjang dan hidup sehat pada IPM.", satuan="tahun", jenis_angka="Rata-rata",
    polaritas="Maksimal", pd="DINKES", sumber="BPS Kota Tirtamaya", baseline=74.12,
    target=(74.25, 74.38, 74.51, 74.64, 74.77),
    realisasi={2025: (74.29, "Di atas target berkat perluasan layanan kesehatan lansia.")},
)
HLS = Iku(
    kode="IKU-2", jenis_urusan=WPD, urusan="Pendidikan", tujuan="Meningkatkan kualitas hidup warga kota",
    sasaran="Meningkatnya kualitas pendidikan", indikator="Harapan Lama Sekolah",
    definisi="Lamanya sekolah (dalam tahun) yang diharapkan akan dirasakan anak usia 7 tahun pada masa "
    "mendatang.", formula="Jumlah angka partisipasi sekolah menurut umur 7 tahun ke atas",
    alasan="Komponen dimensi pengetahuan pada IPM.", satuan="tahun", jenis_angka="Rata-rata",
    polaritas="Maksimal", pd="DISDIK", sumber="BPS Kota Tirtamaya", baseline=13.45,
    target=(13.50, 13.56, 13.62, 13.68, 13.74),
    realisasi={2025: (13.52, "Sesuai target.")},
)
MISKIN = Iku(
    kode="IKU-3", jenis_urusan=PENUNJANG, urusan="Perencanaan", tujuan="Meningkatkan kesejahteraan warga kota",
    sasaran="Menurunnya kemiskinan", indikator="Persentase Penduduk Miskin",
    definisi="Penduduk dengan rata-rata pengeluaran per kapita per bulan di bawah garis kemiskinan.",
    formula="(Jumlah penduduk miskin ÷ Jumlah penduduk) × 100%", alasan="Ukuran utama kesejahteraan.",
    satuan="%", jenis_angka="Persentase", polaritas="Minimal", pd="BAPPEDA", sumber="BPS Kota Tirtamaya (Susenas)",
    baseline=6.85, target=(6.60, 6.35, 6.10, 5.85, 5.60),
    realisasi={2025: (6.71, "Belum mencapai target karena kenaikan harga beras.")},
)
KOTA_SAKIP = Iku(
    kode="IKU-4", jenis_urusan=PENUNJANG, urusan="Perencanaan", tujuan="Mewujudkan tata kelola yang akuntabel",
    sasaran="Meningkatnya akuntabilitas kinerja", indikator="Nilai SAKIP Pemerintah Kota Tirtamaya",
    definisi="Predikat hasil evaluasi SAKIP oleh Kementerian PANRB.",
    formula="Predikat dalam Laporan Hasil Evaluasi SAKIP", alasan="Mengukur akuntabilitas kinerja.",
    satuan="predikat", jenis_angka="Kualitatif", polaritas="Maksimal", pd="BAPPEDA",
    sumber="Kementerian PANRB", baseline="BB", target=("A", "A", "A", "A", "AA"),
    realisasi={2025: ("A", "Predikat A tercapai.")},
)
KOTA = Sampel(
    periode=KOTA_PERIODE,
    identitas={
        "Jenis Daerah": "Kota", "Nama Daerah": "Tirtamaya", "Provinsi": "Jawa Barat",
        "Nama Kepala Daerah": "Dr. Rina Marlina, S.STP., M.Si.", "Status Kepala Daerah": "Plh.",
        "Ibu Kota": "Tirtamaya", "Tahun": 2026, "Periode Awal": 2025, "Periode Akhir": 2029,
        "Nomor Peraturan": "12", "Tanggal Penetapan": date(2026, 2, 3),
        "Nama Sekretaris Daerah": "Dr. Rina Marlina, S.STP., M.Si.",
        "Pangkat Sekretaris Daerah": "Pembina Utama Madya (IV/d)", "NIP Sekretaris Daerah": "197502142000122001",
        "Nomor Berita Daerah": "12", "Tanggal Dokumen": date(2026, 2, 3),
    },
    pengaturan={"Ukuran Kertas": "A4", "Jenis Penetapan": "Keputusan", "Bentuk Batang Tubuh": "Diktum"},
    dasar_hukum=(UU_12_2011, UU_23_2014, PERPRES_29_2014, PERMENPANRB_53_2014),
    pd=(
        Pd("DINKES", "Dinas Kesehatan", "Kepala Dinas Kesehatan", "dr. Hadi Saputra, M.K.M.",
           "197806202005011003", "Pembina Tingkat I (IV/b)", "Definitif", tugas_dinas("kesehatan", "Wali Kota"),
           fungsi_dinas("kesehatan", "Wali Kota")),
        Pd("DISDIK", "Dinas Pendidikan", "Kepala Dinas Pendidikan", "Dra. Lilis Suryani, M.Pd.",
           "196912121995032003", "Pembina Utama Muda (IV/c)", "Definitif",
           tugas_dinas("pendidikan", "Wali Kota"), fungsi_dinas("pendidikan", "Wali Kota")),
        Pd("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Kepala Badan Perencanaan Pembangunan Daerah",
           "Ir. Dadang Kusnadi, M.T.", "197110031998031005", "Pembina Utama Muda (IV/c)", "Plt.",
           "Membantu Wali Kota melaksanakan fungsi penunjang urusan pemerintahan bidang perencanaan.",
           ("Penyusunan kebijakan teknis perencanaan pembangunan daerah;",
            "Koordinasi penyusunan dokumen perencanaan pembangunan daerah;",
            "Pemantauan, evaluasi dan pelaporan pelaksanaan rencana pembangunan daerah.")),
    ),
    iku_pemda=(UHH, HLS, MISKIN, KOTA_SAKIP),
    iku_pd=(
        duplikat(UHH, "DINKES-1", "DINKES", "Meningkatnya derajat kesehatan masyarakat", "Sekretariat"),
        _pd_iku("DINKES-2", "DINKES", "Meningkatnya mutu layanan kesehatan",
                "Persentase warga usia produktif yang mendapat skrining kesehatan sesuai standar",
                "Warga usia 15–59 tahun yang mendapat skrining faktor risiko penyakit tidak menular.",
                "(Jumlah warga usia 15–59 tahun yang diskrining ÷ Jumlah warga usia 15–59 tahun) × 100%",
                "Standar Pelayanan Minimal bidang kesehatan.", "Bidang Pencegahan dan Pengendalian Penyakit",
                "Laporan puskesmas", 71, (75, 80, 85, 90, 95), {2025: (76.4, "Di atas target.")}, UHH.kode,
                SUPPORTIVE),
        duplikat(HLS, "DISDIK-1", "DISDIK", "Meningkatnya kualitas pendidikan", "Sekretariat"),
        _pd_iku("DISDIK-2", "DISDIK", "Meningkatnya kualitas pendidikan",
                "Persentase guru SD dan SMP yang bersertifikat pendidik",
                "Guru SD dan SMP negeri dan swasta yang memiliki sertifikat pendidik.",
                "(Jumlah guru bersertifikat pendidik ÷ Jumlah guru) × 100%", "Guru bersertifikat menjamin mutu "
                "pembelajaran.", "Bidang Pendidik dan Tenaga Kependidikan", "Dapodik", 72, (75, 78, 81, 84, 87),
                {2025: (75.8, "Sesuai target.")}, HLS.kode, SUPPORTIVE),
        duplikat(KOTA_SAKIP, "BAPPEDA-1", "BAPPEDA", "Meningkatnya akuntabilitas kinerja",
                 "Bidang Perencanaan dan Evaluasi"),
        _pd_iku("BAPPEDA-2", "BAPPEDA", "Meningkatnya kualitas data pembangunan",
                "Persentase perangkat daerah yang memutakhirkan data sektoral tepat waktu",
                "Perangkat daerah yang mengunggah data sektoral ke portal Satu Data sesuai jadwal.",
                "(Jumlah PD yang memutakhirkan data tepat waktu ÷ Jumlah PD) × 100%",
                "Data yang mutakhir menjadi dasar perencanaan.", "Bidang Statistik dan Data",
                "Portal Satu Data Kota Tirtamaya", 60, (70, 75, 80, 85, 90), {2025: (72.5, "Di atas target.")},
                None, UNIQUE),
    ),
    program=(
        ("DINKES", 2026, PENUNJANG_KAB, 32_500_000_000, 30_875_000_000),
        ("DINKES", 2026, "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
         21_300_000_000, 19_980_000_000),
        ("DISDIK", 2026, "Program Pengelolaan Pendidikan", 45_000_000_000, 42_150_000_000),
        ("BAPPEDA", 2026, "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", 2_150_000_000,
         2_040_500_000),
    ),
    # The support program names no indicator: the sample shows the saran that asks for one.
    iku_didukung={
        ("DINKES", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"): "DINKES-1; DINKES-2",
        ("DISDIK", "Program Pengelolaan Pendidikan"): "DISDIK-1\nDISDIK-2",
        ("BAPPEDA", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah"): "BAPPEDA-2",
    },
)


# --- tests/data/provinsi-contoh.xlsx: values typed the odd-but-legal ways staff type them ---------

AKI = Iku(
    kode="IKU-P01", jenis_urusan=WPD, urusan="Kesehatan", tujuan="Meningkatkan kualitas sumber daya manusia",
    sasaran="Meningkatnya kesehatan ibu", indikator="Angka Kematian Ibu",
    definisi="Kematian ibu selama kehamilan, persalinan dan nifas per 100.000 kelahiran hidup.",
    formula="(Jumlah kematian ibu ÷ Jumlah kelahiran hidup) × 100.000", alasan="Indikator utama kesehatan ibu.",
    satuan="per 100.000 KH", jenis_angka="Rasio", polaritas="Minimal", pd="DINKES",
    sumber="Profil Kesehatan Provinsi", baseline="182,5",  # decimal comma typed as text
    target=("175", "168,5", "162", "155", "148,5"),
    realisasi={2025: ("171,2", "Lebih baik dari target.")},
)
WISMAN = Iku(
    kode="IKU-P02", jenis_urusan=PILIHAN, urusan="pariwisata ",  # lower case and a stray space
    tujuan="Meningkatkan pertumbuhan ekonomi", sasaran="Meningkatnya kunjungan wisatawan",
    indikator="Jumlah kunjungan wisatawan mancanegara",
    definisi="Wisatawan mancanegara yang tercatat menginap di akomodasi di wilayah provinsi dalam satu tahun.",
    formula="Jumlah kedatangan wisatawan mancanegara menurut data akomodasi", alasan="Penggerak ekonomi daerah.",
    satuan="orang", jenis_angka="Kuantitas Absolut", polaritas="Maksimal", pd="DISPAR",
    sumber="BPS Provinsi (statistik akomodasi)", baseline="1.250.000",  # thousands dots
    target=("1.300.000", "1.375.000", "1.450.000", "1.525.000", "1.600.000"),
    realisasi={2025: ("1.318.420", "Di atas target setelah penerbangan langsung baru dibuka.")},
)
IPM = Iku(
    kode="IKU-P03", jenis_urusan=PENUNJANG, urusan="Perencanaan", tujuan="Meningkatkan kualitas sumber daya manusia",
    sasaran="Meningkatnya kualitas pembangunan manusia", indikator="Indeks Pembangunan Manusia",
    definisi="Indeks komposit umur panjang dan hidup sehat, pengetahuan, dan standar hidup layak (metode BPS).",
    formula="Rata-rata geometrik indeks kesehatan, indeks pendidikan dan indeks pengeluaran",
    alasan="Ukuran capaian pembangunan manusia.", satuan="indeks", jenis_angka="Indeks", polaritas="Maksimal",
    pd="BAPPEDA", sumber="BPS Provinsi", baseline="72,35",  # number stored as text
    target=(72.80, 73.25, 73.70, 74.15, 74.60),
    realisasi={2025: (72.91, "Sesuai target.")},
)
PROV_OPINI = replace(OPINI, kode="IKU-P04", urusan="Keuangan", pd="BPKAD",
                     sumber="Laporan Hasil Pemeriksaan BPK RI", realisasi={2025: ("WTP", "Opini WTP.")})
PAD = Iku(
    kode="IKU-P05", jenis_urusan=PENUNJANG, urusan="Keuangan", tujuan="Mewujudkan tata kelola yang akuntabel",
    sasaran="Meningkatnya kemandirian keuangan daerah",
    indikator="Persentase realisasi pendapatan asli daerah terhadap target",
    definisi="Realisasi pendapatan asli daerah dibandingkan target dalam APBD perubahan.",
    formula="(Realisasi PAD ÷ Target PAD) × 100%", alasan="Mengukur kemandirian fiskal.", satuan="%",
    jenis_angka="Persentase", polaritas="Maksimal", pd="BPKAD", sumber="LKPD Provinsi",
    baseline="91%", target=("93%", "94%", "95%", "96%", "97%"),  # percent signs
    realisasi={2025: (Berformat(0.935, "0.0%"), "Sedikit di atas target.")},  # 0,935 formatted as percent
)
PROVINSI = Sampel(
    periode=PERIODE,
    identitas={
        "Jenis Daerah": "Provinsi", "Nama Daerah": "Sumatera Tengah",
        "Nama Kepala Daerah": "Dr. H. Zulkarnain Hasibuan, S.H., M.H.", "Status Kepala Daerah": "Definitif",
        "Ibu Kota": "Bukit Permai", "Tahun": "2026", "Periode Awal": "2025", "Periode Akhir": "2029",
        "Nomor Peraturan": "21", "Tanggal Penetapan": "15 Januari 2026",  # dates typed as text
        "Tanggal Pengundangan": "16 Januari 2026",
        "Nama Sekretaris Daerah": "Ir. Nurhayati, M.T.", "Pangkat Sekretaris Daerah": "Pembina Utama (IV/e)",
        "NIP Sekretaris Daerah": "196701231992032004", "Nomor Berita Daerah": "21",
        "Tanggal Dokumen": "2 Februari 2026",
    },
    pengaturan={"Pangkat dan NIP Sekretaris Daerah": "Ya"},
    dasar_hukum=(UU_12_2011, UU_23_2014, PP_8_2006, PERPRES_29_2014, PERMENPAN_9_2007, PERMENPANRB_53_2014),
    pd=(
        Pd("DINKES", "Dinas Kesehatan", "Kepala Dinas Kesehatan", "dr. Ahmad Fauzi, Sp.OG., M.Kes.",
           "197008152000031002", "Pembina Utama Muda (IV/c)", "Definitif", tugas_dinas("kesehatan", "Gubernur"),
           fungsi_dinas("kesehatan", "Gubernur")),
        Pd("DISPAR", "Dinas Pariwisata ", "Kepala Dinas Pariwisata", "Dra. Yenni Marlina, M.Par.",
           "197203041997032001", "Pembina Utama Muda (IV/c)", "Plt.", tugas_dinas("pariwisata", "Gubernur"),
           fungsi_dinas("pariwisata", "Gubernur")),
        Pd("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Kepala Badan Perencanaan Pembangunan Daerah",
           "Dr. Irwan Syahputra, S.E., M.Si.", "197105051996031004", "Pembina Utama Madya (IV/d)", "Definitif",
           "Membantu Gubernur melaksanakan fungsi penunjang urusan pemerintahan bidang perencanaan.",
           ("Penyusunan kebijakan teknis perencanaan;", "Koordinasi penyusunan dokumen perencanaan;",
            "Pemantauan dan evaluasi pelaksanaan rencana pembangunan.")),
        Pd("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
           "Hj. Rosmawati, S.E., M.Ak.", "197311111998032003", "Pembina Utama Muda (IV/c)", "Definitif",
           "Membantu Gubernur melaksanakan fungsi penunjang urusan pemerintahan bidang keuangan.",
           ("Penyusunan kebijakan teknis pengelolaan keuangan dan aset daerah;",
            "Pelaksanaan tugas dukungan teknis pengelolaan keuangan daerah;",
            "Penyusunan laporan keuangan pemerintah daerah.")),
    ),
    iku_pemda=(AKI, WISMAN, IPM, PROV_OPINI, PAD),
    iku_pd=(
        duplikat(AKI, "DINKES-P1", "DINKES", "Meningkatnya kesehatan ibu", "Bidang Kesehatan Masyarakat"),
        _pd_iku("DINKES-P2", "DINKES", "Meningkatnya kesehatan ibu",
                "Persentase persalinan di fasilitas pelayanan kesehatan",
                "Persalinan yang ditolong tenaga kesehatan di fasilitas pelayanan kesehatan.",
                "(Jumlah persalinan di fasyankes ÷ Jumlah persalinan) × 100%", "Menurunkan risiko kematian ibu.",
                "Bidang Kesehatan Masyarakat", "Laporan KIA kabupaten/kota", "89,5",
                ("91", "92,5", "94", "95,5", "97"), {2025: ("91,8", "Di atas target.")}, AKI.kode, SUPPORTIVE),
        duplikat(WISMAN, "DISPAR-P1", "DISPAR", "Meningkatnya kunjungan wisatawan", "Bidang Pemasaran"),
        _pd_iku("DISPAR-P2", "DISPAR", "Meningkatnya kualitas destinasi wisata",
                "Jumlah destinasi wisata yang tersertifikasi CHSE",
                "Destinasi wisata yang memperoleh sertifikat kebersihan, kesehatan, keselamatan dan kelestarian "
                "lingkungan (CHSE).", "Jumlah destinasi bersertifikat CHSE pada akhir tahun",
                "Kualitas destinasi menarik wisatawan.", "Bidang Destinasi", "Register sertifikasi CHSE",
                "12", ("15", "18", "21", "24", "27"), {2025: ("16", "Di atas target.")}, WISMAN.kode, SUPPORTIVE,
                satuan="destinasi", jenis_angka="Kuantitas Absolut"),
        duplikat(IPM, "BAPPEDA-P1", "BAPPEDA", "Meningkatnya kualitas pembangunan manusia", "Bidang Sosial Budaya"),
        _pd_iku("BAPPEDA-P2", "BAPPEDA", "Meningkatnya kualitas perencanaan",
                "Persentase program RKPD yang selaras dengan RPJMD",
                "Program RKPD yang sesuai dengan indikasi program RPJMD.",
                "(Jumlah program selaras ÷ Jumlah program RKPD) × 100%", "Keselarasan dokumen perencanaan.",
                "Bidang Perencanaan dan Evaluasi", "Dokumen RKPD", "90%", ("92%", "94%", "95%", "96%", "97%"),
                {2025: ("93%", "Sesuai target.")}, None, UNIQUE),
        duplikat(PROV_OPINI, "BPKAD-P1", "BPKAD", "Meningkatnya akuntabilitas keuangan daerah", "Bidang Akuntansi"),
        duplikat(PAD, "BPKAD-P2", "BPKAD", "Meningkatnya kemandirian keuangan daerah", "Bidang Pendapatan"),
    ),
    program=(
        ("DINKES", "2026", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
         "Rp 1.250.000.000", "Rp 1.187.500.000"),
        ("DISPAR", "2026", "Program Pemasaran Pariwisata", "Rp 3.475.000.000", "Rp 3.210.650.000"),
        ("BAPPEDA", "2026", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
         "Rp 2.900.000.000", None),
        ("BPKAD", 2026, "Program Pengelolaan Keuangan Daerah", 15_750_000_000, "Rp 14.982.300.000"),
    ),
    iku_didukung={
        ("DINKES", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"):
            "DINKES-P1, DINKES-P2",
        ("DISPAR", "Program Pemasaran Pariwisata"): "DISPAR-P1, DISPAR-P2",
        ("BAPPEDA", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah"): "BAPPEDA-P1, BAPPEDA-P2",
        ("BPKAD", "Program Pengelolaan Keuangan Daerah"): "BPKAD-P1, BPKAD-P2",
    },
)


# --- writing ---------------------------------------------------------------------------------


def build_workbook(sampel: Sampel) -> Workbook:
    """The blank standardized workbook for the sample's period, filled with its data."""
    periode = sampel.periode
    wb = build_blank_workbook(periode)
    fill_isian(wb[c.LEMBAR_IDENTITAS.nama], sampel.identitas)
    fill_isian(wb[c.LEMBAR_PENGATURAN.nama], sampel.pengaturan)
    append_rows(wb[c.LEMBAR_DASAR_HUKUM.nama],
                [{"No": i, "Peraturan": teks} for i, teks in enumerate(sampel.dasar_hukum, start=1)])
    append_rows(wb[c.LEMBAR_PD.nama], [pd.row() for pd in sampel.pd])
    append_rows(wb[c.LEMBAR_IKU_PEMDA.nama], [iku.pemda_row(periode) for iku in sampel.iku_pemda])
    append_rows(wb[c.LEMBAR_IKU_PD.nama], [iku.pd_row(periode) for iku in sampel.iku_pd])
    append_rows(wb[c.LEMBAR_PROGRAM.nama], [
        {c.KODE_PD: kode, "Tahun": tahun, "Program": nama, "Anggaran": anggaran, "Realisasi Anggaran": realisasi,
         c.KOLOM_IKU_DIDUKUNG: sampel.iku_didukung.get((kode, nama))}
        for kode, tahun, nama, anggaran, realisasi in sampel.program
    ])
    append_rows(wb[c.LEMBAR_REALISASI.nama],
                [row for iku in (*sampel.iku_pemda, *sampel.iku_pd) for row in iku.realisasi_rows()])
    return wb


def add_column(wb: Workbook, sheet: str, header: str, kode_iku: str, value: Any) -> None:
    """Append a column after the last header and give one IKU row a value in it."""
    ws = wb[sheet]
    col = ws.max_column + 1
    ws.cell(row=1, column=col, value=header)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == kode_iku)
    ws.cell(row=row, column=col, value=value)
    fit_row_height(ws, row)


def build_all(sample_dir: Path = HERE, test_data_dir: Path = TESTS_DATA) -> list[Path]:
    """Write the four workbooks; returns their paths."""
    salah = build_workbook(SALAH)
    add_column(salah, *SALAH_TARGET_LUAR_PERIODE)
    workbooks = (
        (sample_dir / "kabupaten-contoh.xlsx", build_workbook(KABUPATEN)),
        (sample_dir / "contoh-salah.xlsx", salah),
        (test_data_dir / "kota-contoh.xlsx", build_workbook(KOTA)),
        (test_data_dir / "provinsi-contoh.xlsx", build_workbook(PROVINSI)),
    )
    return [save_workbook(wb, path) for path, wb in workbooks]


def main() -> None:
    parser = argparse.ArgumentParser(description="Build the sample workbooks of iku-docs.")
    parser.add_argument("--out", type=Path, help="write all four workbooks into this folder instead")
    args = parser.parse_args()
    paths = build_all(args.out, args.out) if args.out else build_all()
    for path in paths:
        print(path)


if __name__ == "__main__":
    main()
