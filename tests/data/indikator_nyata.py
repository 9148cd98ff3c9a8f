"""Real published indicator names, labelled by hand, for measuring the wording rules on text nobody tuned them to.

Every entry names its source and a one-line reason for its label (``baik``: a reviewer accepts it as a measure;
not ``baik``: a reviewer would send it back). Sources: the SDGs indicator list of Indonesia (as seeded by the
open-source yondikavl/website-sdgs application), LPPD Kota Semarang 2018-2019 (a public SQL dump), the IKU of the
Badan Pengawasan Mahkamah Agung and of a Bank Indonesia KPwDN (public application seeders), the Lampiran of
Perbup Kulon Progo 53/2012, the Renstra tables of Dinas Kesehatan Boalemo and Siak, LKjIP Inspektorat Sampang
2019, and the SPMI indicators of Politeknik Negeri Medan. Texts are kept as published, misspellings included.

``UJI`` (held out) was written and committed before any rule was run on it and is never used to tune; ``SETEL``
is the tuning part. Fragments broken by a source's own extraction, English-only names, and names whose reading
a reviewer could argue either way were left out rather than labelled by guess.
"""

from __future__ import annotations

from typing import NamedTuple


class Indikator(NamedTuple):
    nama: str
    baik: bool
    sumber: str
    alasan: str


# Held-out part: written and committed before the rules were run on it; never used to tune.
UJI: tuple[Indikator, ...] = (
    Indikator(
        'Pengarusutamaan pada semua jenjang pendidikan, (i) pendidikan kewargaan dunia,(ii) pendidikan untuk '
        'pembangunan berkelanjutan termasuk kesetaraan gender dan hak asasi manusia pada (a) kebijakan pendidikan '
        'nasional, (b) kurikulum, (c) pendidikan guru, (d) penilaian siswa.',
        False, 'SDGs 4.7.1',
        'proses (pengarusutamaan) tanpa besaran yang diukur'),
    Indikator(
        'Proporsi sekolah dengan akses ke: (a) listrik (b) internet untuk tujuan pengajaran, (c) komputer untuk '
        'tujuan pengajaran, (d) air minum layak, (e) fasilitas sanitasi dasar per jenis kelamin,(f) fasilitas cuci '
        'tangan (terdiri air, sanitasi, dan higienis bagi semua (WASH).',
        True, 'SDGs 4.a.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Persentase siswa yang mengalami perundungan dalam 12 bulan terakhir.',
        True, 'SDGs 4.a.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah bantuan resmi Pemerintah Indonesia kepada mahasiswa asing penerima beasiswa kemitraan negara '
        'berkembang',
        True, 'SDGs 4.b.1',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Persentase guru yang memenuhi kualifikasi sesuai dengan standar nasional menurut jenjang pendidikan.',
        True, 'SDGs 4.c.1',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Ketersediaan kerangka hukum yang mendorong, menetapkan dan memantau kesetaraan gender dan penghapusan '
        'diskriminasi berdasarkan jenis kelamin.',
        False, 'SDGs 5.1.1',
        'ketersediaan kerangka hukum: keadaan ada/tidak, bukan ukuran'),
    Indikator(
        'Proporsi perempuan dewasa dan anak perempuan (umur 15- 64 tahun) mengalami kekerasan (fisik, seksual, atau'
        ' emosional) oleh pasangan atau mantan pasangan dalam 12 bulan terakhir.',
        True, 'SDGs 5.2.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi perempuan dewasa dan anak perempuan (umur 15- 64 tahun) mengalami kekerasan seksual oleh orang '
        'lain selain pasangan dalam 12 bulan terakhir.',
        True, 'SDGs 5.2.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi perempuan umur 20 - 24 tahun yang usia kawin pertama atau usia hidup bersama pertama sebelum umur'
        ' 15 tahun dan sebelum umur 18 tahun.',
        True, 'SDGs 5.3.1*',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Persentase anak perempuan dan perempuan berusia 15-49 tahun yang telah menjalani FGM/C, menurut kelompok '
        'umur',
        True, 'SDGs 5.3.2',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi waktu yang dihabiskan untuk pekerjaan rumah tangga dan perawatan, berdasarkan jenis kelamin, '
        'kelompok umur, dan lokasi.',
        True, 'SDGs 5.4.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi kursi yang diduduki perempuan di (a) parlemen tingkat pusat dan (b) pemerintah daerah.',
        True, 'SDGs 5.5.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi perempuan yang berada di posisi managerial.',
        True, 'SDGs 5.5.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi perempuan usia reproduksi 15-49 tahun yang membuat keputusan sendiri terkait hubungan seksual, '
        'penggunaan kontrasepsi, dan layanan kesehatan.',
        True, 'SDGs 5.6.1*',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Regulasi yang menjamin akses yang setara bagi perempuan dan laki-laki untuk mendapatkan pelayanan, '
        'informasi dan pendidikan terkait kesehatan seksual dan reproduksi.',
        False, 'SDGs 5.6.2',
        'menyebut regulasi (benda), tanpa besaran'),
    Indikator(
        'Ketersediaan kerangka hukum (termasuk hukum adat) yang menjamin persamaan hak perempuan untuk kepemilikan '
        'tanah dan/atau hak kontrol.',
        False, 'SDGs 5.a.2',
        'ketersediaan kerangka hukum: keadaan ada/tidak, bukan ukuran'),
    Indikator(
        'Proporsi individu yang menguasai/memiliki telepon genggam.',
        True, 'SDGs 5.b.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Ketersediaan sistem untuk melacak dan membuat alokasi umum untuk kesetaraan gender dan pemberdayaan '
        'perempuan.',
        False, 'SDGs 5.c.1',
        'ketersediaan sistem: keluaran tanpa besaran'),
    Indikator(
        'Persentase rumah tangga yang menggunakan layanan air minum yang dikelola secara aman.',
        True, 'SDGs 6.1.1',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase rumah tangga yang menggunakan layanan sanitasi yang dikelola secara aman, termasuk fasilitas '
        'cuci tangan dengan air dan sabun.',
        True, 'SDGs 6.2.1',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi limbah cair rumahtangga dan industri cair yang diolah secara aman.',
        True, 'SDGs 6.3.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Persentase limbah cair industri yang dikelola secara aman',
        True, 'SDGs 6.3.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi badan air dengan kualitas air ambien yang baik.',
        True, 'SDGs 6.3.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Kualitas air permukaan sebagai air baku.',
        False, 'SDGs 6.3.2.(a)',
        'kualitas tanpa tolok ukur (sebut indeks atau persentase yang memenuhi baku mutu)'),
    Indikator(
        'Kualitas air tanah sebagai air baku.',
        False, 'SDGs 6.3.2.(b)',
        'kualitas tanpa tolok ukur (sebut indeks atau persentase yang memenuhi baku mutu)'),
    Indikator(
        'Tingkat water stress: proporsi pengambilan (withdrawal) air tawar terhadap ketersediannya.',
        True, 'SDGs 6.4.2',
        "dibuka dengan ukuran ('Tingkat') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi pengambilan air baku bersumber dari air permukaan terhadap ketersediaannya.',
        True, 'SDGs 6.4.2.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi pengambilan air baku bersumber dari air tanah terhadap ketersediaanya.',
        True, 'SDGs 6.4.2.(b)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Tingkat pelaksanaan pengelolaan sumber daya air secara terpadu (0-100).',
        True, 'SDGs 6.5.1',
        "dibuka dengan ukuran ('Tingkat') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi wilayah cekungan lintas batas dengan pengaturan kerja sama sumberdaya air yang operasional.',
        True, 'SDGs 6.5.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah ODA terkait air dan sanitasi yang menjadi bagian rencana belanja pemerintah.',
        True, 'SDGs 6.a.1.',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi unit pemerintah lokal yang menerbitkan dan melaksanakan kebijakan dan prosedur terkait '
        'partisipasi masyarakat dalam pengelolaanair dan sanitasi.',
        True, 'SDGs 6.b.1.',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Rasio elektrifikasi.',
        True, 'SDGs 7.1.1',
        "dibuka dengan ukuran ('Rasio') atas kondisi yang dicapai"),
    Indikator(
        'Konsumsi listrik per kapita',
        True, 'SDGs 7.1.1.(a)',
        "dibuka dengan ukuran ('Konsumsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk dengan sumber energi utama pada teknologi dan bahan bakar yang bersih.',
        True, 'SDGs 7.1.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah sambungan jaringan gas untuk rumah tangga.',
        True, 'SDGs 7.1.2.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Rasio penggunaan gas rumah tangga.',
        True, 'SDGs 7.1.2.(b)',
        "dibuka dengan ukuran ('Rasio') atas kondisi yang dicapai"),
    Indikator(
        'Intensitas energi primer.',
        True, 'SDGs 7.3.1',
        "dibuka dengan ukuran ('Intensitas') atas kondisi yang dicapai"),
    Indikator(
        'Bantuan keuangan internasional ke negara-negara berkembang untuk mendukung penelitian dan pengembangan '
        'energi bersih dan produksi energi terbarukan, termasuk sistem hibrida.',
        False, 'SDGs 7.a.1',
        'menyebut bantuan (masukan), tanpa besaran'),
    Indikator(
        'Kapasitas Terpasang Pembangkit Listrik dari Energi Terbarukan di dalam watt per kapita).',
        True, 'SDGs 7.b.1',
        "dibuka dengan ukuran ('Kapasitas') atas kondisi yang dicapai"),
    Indikator(
        'Laju pertumbuhan PDB per kapita.',
        True, 'SDGs 8.1.1',
        "dibuka dengan ukuran ('Laju') atas kondisi yang dicapai"),
    Indikator(
        'PDB per kapita.',
        True, 'SDGs 8.1.1.(a)',
        "dibuka dengan ukuran ('PDB') atas kondisi yang dicapai"),
    Indikator(
        'Laju pertumbuhan PDB per tenaga kerja/Tingkat pertumbuhan PDB riil per orang bekerja per tahun.',
        True, 'SDGs 8.2.1',
        "dibuka dengan ukuran ('Laju') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi lapangan kerja informal, berdasarkan sektor dan jenis kelamin',
        True, 'SDGs 8.3.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Persentase akses UMKM (Usaha Mikro, Kecil, dan Menengah) ke layanan keuangan',
        True, 'SDGs 8.3.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Rencana dan implementasi Strategi Pelaksanaan Sasaran Pola Konsumsi dan produksi berkelanjutan',
        False, 'SDGs 8.4.1.(a)',
        'rencana dan implementasi: dokumen dan proses, bukan ukuran'),
    Indikator(
        'Upah rata-rata per jam pekerja.',
        True, 'SDGs 8.5.1',
        "dibuka dengan ukuran ('Upah') atas kondisi yang dicapai"),
    Indikator(
        'Tingkat pengangguran terbuka berdasarkan jenis kelamin dan kelompok umur.',
        True, 'SDGs 8.5.2',
        "dibuka dengan ukuran ('Tingkat') atas kondisi yang dicapai"),
    Indikator(
        'Persentase setengah pengangguran.',
        True, 'SDGs 8.5.2.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase usia muda (15-24) yang sedang tidak sekolah, bekerja atau mengikuti pelatihan (NEET).',
        True, 'SDGs 8.6.1',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase dan jumlah anak usia 5-17 tahun, yang bekerja, dibedakan berdasarkan jenis kelamin dan kelompok'
        ' umur (dibedakan berdasarkan bentuk-bentuk pekerjaan terburuk untuk anak).',
        True, 'SDGs 8.7.1',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase dan jumlah anak usia 10-17 tahun, yang bekerja, dibedakan berdasarkan jenis kelamin dan '
        'kelompok umur',
        True, 'SDGs 8.7.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Tingkat frekuensi kecelakaan kerja fatal dan non-fatal, berdasarkan jenis kelamin, sektor pekerjaan dan '
        'status migran.',
        True, 'SDGs 8.8.1',
        "dibuka dengan ukuran ('Tingkat') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah perusahaan yang menerapkan norma K3.',
        True, 'SDGs 8.8.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Peningkatan kepatuhan atas hak-hak pekerja (kebebasan berserikat dan perundingan kolektif) berdasarkan '
        'sumber tekstual ILO dan peraturan perundang-undangan negara terkait',
        False, 'SDGs 8.8.2',
        "arah perubahan ('Peningkatan …'), tanpa besaran"),
    Indikator(
        'Proporsi dan laju pertumbuhan kontribusi pariwisata terhadap PDB.',
        True, 'SDGs 8.9.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah wisatawan mancanegara.',
        True, 'SDGs 8.9.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah kunjungan wisatawan nusantara.',
        True, 'SDGs 8.9.1.(b)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah devisa sektor pariwisata.',
        True, 'SDGs 8.9.1.(c)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah kantor bank dan ATM per 100.000 penduduk dewasa.',
        True, 'SDGs 8.10.1',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi kredit UMKM terhadap total kredit.',
        True, 'SDGs 8.10.1.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Bantuan untuk komitmen perdagangan dan pencairan pendanaan.',
        False, 'SDGs 8.a.1',
        'menyebut bantuan (masukan), tanpa besaran'),
    Indikator(
        'Adanya strategi nasional terkait ketenagakerjaan pemuda yang sudah dikembangkan dan operasional sebagai '
        'strategi khusus atau sebagai bagian dari strategi ketenagakerjaan nasional.',
        False, 'SDGs 8.b.1',
        "keberadaan strategi ('Adanya …'), bukan ukuran"),
    Indikator(
        'Kondisi mantap jalan nasional.',
        False, 'SDGs 9.1.1.(a)',
        'kondisi tanpa besaran (persentase panjang jalan mantap)'),
    Indikator(
        'Panjang pembangunan jalan tol',
        True, 'SDGs 9.1.1.(b)',
        "dibuka dengan ukuran ('Panjang') atas kondisi yang dicapai"),
    Indikator(
        'Panjang jalur kereta api.',
        True, 'SDGs 9.1.1.(c)',
        "dibuka dengan ukuran ('Panjang') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah penumpang dan barang berdasarkan moda transportasi',
        True, 'SDGs 9.1.2',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah bandara.',
        True, 'SDGs 9.1.2.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah pelabuhan penyebrangan',
        True, 'SDGs 9.1.2.(b)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah pelabuhan strategis.',
        True, 'SDGs 9.1.2.(c)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi nilai tambah sektor industri manufaktur terhadap PDB dan per kapita.',
        True, 'SDGs 9.2.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Laju pertumbuhan PDB industri manufaktur',
        True, 'SDGs 9.2.1.(a)',
        "dibuka dengan ukuran ('Laju') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi tenaga kerja pada sektor industri manufaktur.',
        True, 'SDGs 9.2.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi nilai tambah industri kecil terhadap total nilai tambah industri.',
        True, 'SDGs 9.3.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi industri kecil dengan pinjaman atau kredit.',
        True, 'SDGs 9.3.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Rasio Emisi CO2/Emisi Gas Rumah Kaca dengan nilai tambah sektor industri manufaktur',
        True, 'SDGs 9.4.1',
        "dibuka dengan ukuran ('Rasio') atas kondisi yang dicapai"),
    Indikator(
        'Penurunan emisi gas rumah kaca sektor industry',
        False, 'SDGs 9.4.1.(a)',
        "arah perubahan ('Penurunan …'), tanpa besaran"),
    Indikator(
        'Intensitas emisi sektor industri',
        True, 'SDGs 9.4.1.(b)',
        "dibuka dengan ukuran ('Intensitas') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi anggaran riset pemerintah terhadap PDB.',
        True, 'SDGs 9.5.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah sumber daya manusia bidang ilmu pengetahuan dan teknologi (peneliti, perekayasa, dan dosen) pada '
        'instansi pemerintah dan perguruan tinggi per satu juta penduduk',
        True, 'SDGs 9.5.2',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi sumberdaya manusia bidang ilmu pengetahuan dan teknologi dengan gelar Doktor (S3)',
        True, 'SDGs 9.5.2.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Total dukungan resmi internasional (bantuan resmi pembangunan ditambah aliran bantuan resmi biaya) untuk '
        'infrastruktur',
        True, 'SDGs 9.a.1',
        "dibuka dengan ukuran ('Total') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi nilai tambah teknologi menengah dan tinggi terhadap total nilai tambah.',
        True, 'SDGs 9.b.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Kontribusi Ekspor Produk Industri berteknologi tinggi',
        True, 'SDGs 9.b.1.(a)',
        "dibuka dengan ukuran ('Kontribusi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk yang terlayani mobile broadband.',
        True, 'SDGs 9.c.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Rasio gini',
        True, 'SDGs 10.1.1',
        "dibuka dengan ukuran ('Rasio') atas kondisi yang dicapai"),
    Indikator(
        'Persentase penduduk yang hidup di bawah garis kemiskinan nasional, menurut jenis kelamin dan kelompok umur',
        True, 'SDGs 10.1.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah desa tertinggal',
        True, 'SDGs 10.1.1.(b)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah Desa mandiri',
        True, 'SDGs 10.1.1.(c)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah daerah tertinggal',
        True, 'SDGs 10.1.1.(d)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Rata-rata pertumbuhan ekonomi di daerah tertinggal',
        True, 'SDGs 10.1.1.(e)',
        "dibuka dengan ukuran ('Rata-rata') atas kondisi yang dicapai"),
    Indikator(
        'Persentase penduduk miskin di daerah tertinggal',
        True, 'SDGs 10.1.1.(f)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk yang hidup di bawah 50 persen dari median pendapatan, menurut jenis kelamin dan '
        'penyandang difabilitas.',
        True, 'SDGs 10.2.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi pendudu yang melaporkan merasa didiskriminasikan atau dilecehkan dalam kurun 12 bulan terakhir '
        'atas dasar larangan diskriminasi sesuai hukum internasional Hak Asasi Manusia',
        True, 'SDGs 10.3.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Indeks kebebasan',
        True, 'SDGs 10.3.1.(a)',
        "dibuka dengan ukuran ('Indeks') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah kebijakan yang diskriminatif dalam 12 bulan lalu berdasarkan pelarangan diskriminasi menurut hukum '
        'HAM Internasional',
        True, 'SDGs 10.3.1.(d)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi upah dan subsidi perlindungan sosial dari pemberi kerja terhadap PDB.',
        True, 'SDGs 10.4.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Persentase rencana anggaran untuk belanja fungsi perlindungan sosial pemerintah pusat',
        True, 'SDGs 10.4.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi peserta program Jaminan Sosial bidang ketenagakerjaan',
        True, 'SDGs 10.4.1.(b)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Dampak redistributif dari kebijakan fiskal',
        False, 'SDGs 10.4.2',
        'dampak tanpa besaran yang diukur'),
    Indikator(
        'Indikator kesehatan perbankan',
        False, 'SDGs 10.5.1.(a)',
        "menyebut 'indikator', bukan ukurannya"),
    Indikator(
        'Proporsi anggota dan hak suara negara-negara berkembang di organisasi Internasional',
        True, 'SDGs 10.6.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi biaya rekrutmen yang ditanggung pekerja terhadap pendapatan tahunan di negara tujuan',
        True, 'SDGs 10.7.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah fasilitasi pelayanan penempatan TKLN berdasarkan okupasi',
        False, 'SDGs 10.7.2.(b)',
        'menghitung fasilitasi (kegiatan), bukan hasil'),
    Indikator(
        'Jumlah orang yang meninggal atau hilang dalam proses migrasi menuju tujuan Internasional',
        True, 'SDGs 10.7.3',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk yang mengungsi menurut negara asal',
        True, 'SDGs 10.7.4',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Besaran nilai tarif yang diberlakukan untuk mengimpor dari negara kurang berkembang/berkembang dengan '
        'tarif nol persen',
        True, 'SDGs 10.a.1',
        "dibuka dengan ukuran ('Besaran') atas kondisi yang dicapai"),
    Indikator(
        'Total aliran sumberdaya yang masuk untuk pembangunan, terpilah berdasarkan negara-negara penerima dan '
        'donor serta jenis aliran ( misalnya bantuan pembangunan resmi, investasi asing langsung,serta aliran yang '
        'lain).',
        True, 'SDGs 10.b.1',
        "dibuka dengan ukuran ('Total') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi biaya remitansi dari jumlah yang dikirimkan',
        True, 'SDGs 10.c.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi populasi penduduk perkotaan yang tinggal di daerah kumuh, permukiman liar atau rumah yang tidak '
        'layak',
        True, 'SDGs 11.1.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Persentase rumah tangga yang memiliki akses terhadap hunian yang layak dan terjangkau',
        True, 'SDGs 11.1.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi populasi yang mendapatkan akses yang nyaman pada transpotasi publik, terpilah menurut jenis '
        'kelamin, kelompok usia, dan penyandang disabilitas',
        True, 'SDGs 11.2.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi populasi yang mendapatkan akses yang nyaman pada transportasi publik',
        True, 'SDGs 11.2.1.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Persentase penduduk terlayani transportasi umum',
        True, 'SDGs 11.2.1.(b)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Rasio laju peningkatan konsumsi tanah denga laju pertumbuhan penduduk',
        True, 'SDGs 11.3.1',
        "dibuka dengan ukuran ('Rasio') atas kondisi yang dicapai"),
    Indikator(
        'Rasio laju perluasan lahan terbangun terhadap laju pertumbuhan penduduk',
        True, 'SDGs 11.3.1.(a)',
        "dibuka dengan ukuran ('Rasio') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi kota dengan struktur partisipasi langsung masyarakat sipil dalam perencanaan dan manajemen kota '
        'yang berlangsung secara teratur dan demokratis',
        True, 'SDGs 11.3.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Total pengeluaran per kapita yang diperuntukan untuk preservasi, perlindungan, konservasi pada semua '
        'warisan budaya dan alam (dengan Purchase Power Parity,PPP).',
        True, 'SDGs 11.4.1',
        "dibuka dengan ukuran ('Total') atas kondisi yang dicapai"),
    Indikator(
        'Total pengeluaran per kapita yang diperuntukan untuk preservasi, perlindungan, konservasi pada semua '
        'warisan budaya dan alam (non-PPP).',
        True, 'SDGs 11.4.1.(a)',
        "dibuka dengan ukuran ('Total') atas kondisi yang dicapai"),
    Indikator(
        'Persentase rumah tangga di perkotaan yang terlayani pengelolaan sampahnya',
        True, 'SDGs 11.6.1.(b)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi ruang terbuka perkotaan untuk semua, menurut kelompok usia, jenis kelamin dan penyandang '
        'disabilitas.',
        True, 'SDGs 1.1.7.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi ruang terbuka perkotaan untuk semua',
        True, 'SDGs 11.7.1.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi orang yang menjadi korban kekerasan atau pelecehan seksual menurut jenis kelamin, usia, status '
        'disabilitas, dan tempat kejadian (12 bulan terakhir).',
        True, 'SDGs 11.7.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk yang mengalami kejahatan kekerasan dalam 12 bulan terakhir.',
        True, 'SDGs 11.7.2.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah negara yang memiliki kebijakan perkotaan nasional atau rencana pembangunan daerah yang (a) merespon'
        ' dinamika penduduk; (b) memastikan keseimbangan perencanaan wilayah; dan (c) meningkatkan ruang fiskal '
        'daerah.',
        True, 'SDGs 11.a.1',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk yang tinggal di daerah dengan RTRW yang sudah dilengkapi KLHS.',
        True, 'SDGs 11.a.1.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'rencana dan implementasi strategi nasional penanggulangan bencana yng selaras dengan the sendai framework '
        'for disaster risk reduction 2015-2030',
        False, 'SDGs 11.b.1',
        'rencana dan implementasi: dokumen dan proses, bukan ukuran'),
    Indikator(
        'Persentase pemerintah daerah yang mengadopsi dan menerapkan strategi penanggulangan bencana daerah yang '
        'selaras dengan rencana/strategi nasional penanggulangan bencana',
        True, 'SDGs 11.b.2',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase Daerah yang memiliki Perda Bangunan Gedung yang Berkelanjutan, Berketahanan menggunakan '
        'Material Lokal.',
        True, 'SDGs 11.c.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'a) Indeks kehilangan makanan (Food loss index); dan (b) Indeks sampah makanan (Food waste index).',
        False, 'SDGs 12.3.1',
        'dua indikator dalam satu sel ((a) … dan (b) …)'),
    Indikator(
        'Persentase sisa makanan.',
        True, 'SDGs 12.3.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Peran aktif dalam mengikuti kesepakatan multilateral internasional tentang bahan kimia dan limbah berbahaya.',
        False, 'SDGs 12.4.1',
        'peran aktif: kegiatan tanpa besaran'),
    Indikator(
        'Persentase pengurangan dan penghapusan merkuri dari baseline 50 ton penggunaan merkuri',
        True, 'SDGs 12.4.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase penurunan tingkat konsumsi perusak ozon dari baseline',
        True, 'SDGs 12.4.1.(b)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        '(a) Limbah B3 yang dihasilkan per kapita; dan (b) Proporsi limbah B3 yang ditangani/diolah berdasarkan '
        'jenis penanganannya/ pengolahannya.',
        False, 'SDGs 12.4.2',
        'dua indikator dalam satu sel ((a) … dan (b) …)'),
    Indikator(
        'Tingkat daur ulang Nasional, ton bahan daur ulang',
        True, 'SDGs 12.5.1',
        "dibuka dengan ukuran ('Tingkat') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah timbulan sampah yang didaur ulang',
        True, 'SDGs 12.5.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah perusahaan yang mempublikasi laporan keberlnjutannya',
        True, 'SDGs 12.6.1',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah perusahaan yang menerapkan sertifikasi SNI ISO 14001.',
        True, 'SDGs 12.6.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah produk ramah lingkungan yang teregister dan masuk dalam pengadaan barang dan jasa pemerintah.',
        True, 'SDGs 12.7.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah satuan Pendidikan formal dan Lembaga/komunitas masyarakat peduli dan berbudaya lingkungan hidup',
        True, 'SDGs 12.8.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'jumlah fasilitas publik yang menerapkan Standar Pelayanan Masyarakat (SPM) dan teregister',
        True, 'SDGs 12.8.1.(b)',
        "dibuka dengan ukuran ('jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Kapasitas pembangkit energi terbarukan yang terpasang (dalam watt per kapita).',
        True, 'SDGs 12.a.1',
        "dibuka dengan ukuran ('Kapasitas') atas kondisi yang dicapai"),
    Indikator(
        'Mengimplementasikan perangkat akuntansi dasar untuk memantau aspek ekonomi dan lingkungan dari pariwisata '
        'berkelanjutan',
        False, 'SDGs 12.b.1',
        "kata kerja ('Mengimplementasikan …'): kegiatan, bukan ukuran"),
    Indikator(
        'Jumlah lokasi penerapan sustainable tourism development.',
        True, 'SDGs 12.b.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        '(a) Jumlah subsidi bahan bakar fosil sebagai persentase dari PDB; dan (b) Jumlah subsidi bahan bakar fosil'
        ' sebagai proporsi dari total pengeluaran nasional untuk bahan bakar fosil.',
        False, 'SDGs 12.c.1',
        'dua indikator dalam satu sel ((a) … dan (b) …)'),
    Indikator(
        'Jumlah korban meninggal, hilang dan terkena dampak langsung bencana per 100.000 orang.',
        True, 'SDGs 13.1.1',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Rencana dan implementasi strategi nasional penanggulangan bencana yang selaras dengan the Sendai Framework'
        ' for Disaster Risk Reduction 2015–2030',
        False, 'SDGs 13.1.2',
        'rencana dan implementasi: dokumen dan proses, bukan ukuran'),
    Indikator(
        'Terwujudnya penyelenggaraan inventarisasi gas rumah kaca (GRK), serta monitoring, pelaporan dan verifikasi'
        ' emisi GRK yang dilaporkan dalam dokumen Biennial Update Report (BUR) dan National Communications.',
        False, 'SDGs 13.2.1',
        "pernyataan sasaran ('Terwujudnya …'), bukan ukuran"),
    Indikator(
        'Jumlah emisi gas rumah kaca (GRK) per tahun',
        True, 'SDGs 13.2.2',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah satuan Pendidikan formal dan Lembaga/komunitas masyarakat peduli dan berbudaya lingkungan hidup.',
        True, 'SDGs 13.3.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah dana yang disediakan dan mobilisasinya dalam USD per tahun terkait dengan keberlanjutan mobilisasi '
        'dana untuk mencapai komitmen 100 milyar USD hingga tahun 2025',
        True, 'SDGs 13.a.1',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah dana publik (budget tagging) untuk pendanaan perubahan iklim.',
        True, 'SDGs 13.a.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah negara-negara kurang berkembang dan negara berkembang kepulauan kecil dengan nationally determined '
        'contributions, strategi jangka panjang, rencana nasional adaptasi, dan strategi yang dilaporkan dalam '
        'adaptation communications dan national communications.',
        True, 'SDGs 13.b.1',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        '(a) Indeks eutrofikasi pesisir dan (b) kepadatan sampah plastik terapung.',
        False, 'SDGs 14.1.1',
        'dua indikator dalam satu sel ((a) … dan (b) …)'),
    Indikator(
        'Presentase penurunan sampah terbuang ke laut.',
        False, 'SDGs 14.1.1.(a)',
        "kata ukuran salah eja ('Presentase'; KBBI: persentase)"),
    Indikator(
        'Penerapan pendekatan berbasis ekosistem dalam pengelolaan areal lautan',
        False, 'SDGs 14.2.1',
        'penerapan pendekatan: proses tanpa besaran'),
    Indikator(
        'Terkelolanya 11 Wilayah Pengelolaan Perikanan Negara Republik Indonesia (WPPNRI) secara berkelanjutan.',
        False, 'SDGs 14.2.1.(a)',
        "pernyataan sasaran ('Terkelolanya …'), bukan ukuran"),
    Indikator(
        'Rata-rata keasaman laut (pH) yang diukur pada jaringan stasiun sampling yang disetujui dan memadai',
        True, 'SDGs 14.3.1',
        "dibuka dengan ukuran ('Rata-rata') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi tangkapan jenis ikan laut yang berada dalam batasan biologis yang aman',
        True, 'SDGs 14.4.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah luas kawasan konservasi perairan laut',
        True, 'SDGs 14.5.1',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Persentase kepatuhan pelaku usaha',
        True, 'SDGs 14.6.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Perikanan berkelanjutan sebagai presentase dari Produk Domestik Bruto (PDB).',
        False, 'SDGs 14.7.1',
        "kata ukuran salah eja ('presentase') dan tidak di depan"),
    Indikator(
        'Proporsi dari total pengeluaran untuk penelitian yang dialokasikan untuk penelitian di bidang teknologi '
        'kelautan',
        True, 'SDGs 14.a.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah provinsi dengan peningkatan akses pendanaan usaha nelayan',
        True, 'SDGs 14.b.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah nelayan yang terlindungi',
        True, 'SDGs 14.b.1.(b)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Tersedianya kerangka kebijakan dan instrumen terkait pelaksanaan UNCLOS (the United Nations Convention on '
        'the Law of the Sea).',
        False, 'SDGs 14.c.1',
        "ketersediaan kerangka kebijakan ('Tersedianya …'), bukan ukuran"),
    Indikator(
        'Proporsi kawasan hutan terhadap total luas lahan',
        True, 'SDGs 15.1.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi situs penting keanekaragaman hayati daratan dan perairan darat dalam kawasan konservasi, '
        'bekerdasarkan ekosistemnya.',
        True, 'SDGs 15.1.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Luas Kawasan bernilai Konservasi Tinggi (HCV).',
        True, 'SDGs 15.1.2.(a)',
        "dibuka dengan ukuran ('Luas') atas kondisi yang dicapai"),
    Indikator(
        'Kemajuan menuju pengelolaan hutan lestari',
        False, 'SDGs 15.2.1',
        'kemajuan menuju keadaan, tanpa besaran'),
    Indikator(
        'Jumlah KPH yang masuk Kategori maju',
        True, 'SDGs 15.2.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi lahan yang terdegradasi terhadap luas lahan keseluruhan',
        True, 'SDGs 15.3.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Situs penting keanekaragaman hayati pegunungan dalam kawasan konservasi',
        False, 'SDGs 15.4.1',
        'menyebut situs (benda), tanpa besaran'),
    Indikator(
        'Indeks tutupan hijau pegunungan',
        True, 'SDGs 15.4.2',
        "dibuka dengan ukuran ('Indeks') atas kondisi yang dicapai"),
    Indikator(
        'Indeks Daftar merah (Red-list index).',
        True, 'SDGs 15.5.1',
        "dibuka dengan ukuran ('Indeks') atas kondisi yang dicapai"),
    Indikator(
        'Kerangka kerja legislatif, administratif dan kebijakan untuk memastikan pembagian manfaat yang adil dan '
        'merata',
        False, 'SDGs 15.6.1',
        'kerangka kerja (dokumen), tanpa besaran'),
    Indikator(
        'Proporsi satwa liar dari hasil perburuan atau perdagangan ilegal',
        True, 'SDGs 15.7.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'jumlah kasus perburuan atau perdagangan ilegal TSL',
        True, 'SDGs 15.7.1.(a)',
        "dibuka dengan ukuran ('jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Kerangka legislasi nasional yang relevan dan memadai dalam pencegahan atau pengendalian jenis asing '
        'invasive (JAI).',
        False, 'SDGs 15.8.1',
        'kerangka legislasi (dokumen), tanpa besaran'),
    Indikator(
        '(a) Rencana pemanfaatan Keanekaragaman Hayati Aichi 2 dari Rencana Strategis; dan (b) integrasi '
        'keanekaragaman hayati ke dalam sistem akuntansi dan pelaporan nasional atau Sistem Akuntansi '
        'lingkungan-ekonomi',
        False, 'SDGs 15.9.1',
        'dua indikator dalam satu sel ((a) … dan (b) …)'),
    Indikator(
        'Rencana pemanfaatan keanekaragaman hayati Aichi 2 dari rencana strategis',
        False, 'SDGs 15.9.1.(a)',
        'rencana (dokumen), tanpa besaran'),
    Indikator(
        '(a) Bantuan pembangunan resmi untuk konservasi dan pemanfaatan keanekaragaman hayati secara berkelanjutan '
        'dan (b) pendapatan yang dihasilkan dan pembiayaan dimobilisasi dari instrumen ekonomi terkait '
        'keanekaragaman hayati.',
        False, 'SDGs 15.a.1',
        'dua indikator dalam satu sel ((a) … dan (b) …)'),
    Indikator(
        'Bantuan pembangunan resmi untuk konservasi dan pemanfaatan keanekaragaman hayati secara berkelanjutan',
        False, 'SDGs 15.a.1',
        'menyebut bantuan (masukan), tanpa besaran'),
    Indikator(
        '(a) Bantuan pembangunan resmi untuk konservasi dan pemanfaatan keanekaragaman hayati secara berkelanjutan '
        'dan (b) pendapatan yang dihasilkan dan pembiayaan dimobilisasi dari instrumen ekonomi terkait '
        'keanekaragaman keanekaragaman',
        False, 'SDGs 15.b.1',
        'dua indikator dalam satu sel ((a) … dan (b) …)'),
    Indikator(
        'Proporsi hidupan liar dari hasil perburuan atau perdagangan gelap',
        True, 'SDGs 15.c.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Angka korban kejahatan pembunuhan per 100.000 penduduk berdasarkan umur dan jenis kelamin',
        True, 'SDGs 16.1.1',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah kasus kejahatan pembunuhan pada satu tahun terakhir',
        True, 'SDGs 16.1.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Kematian disebabkan konflik per 100.000 penduduk terpilah berdasarkan jenis kelamin, umur dan penyebab '
        'kematian',
        True, 'SDGs 16.1.2',
        "dibuka dengan ukuran ('Kematian') atas kondisi yang dicapai"),
    Indikator(
        'Kematian disebabkan konflik per 100.000 penduduk',
        True, 'SDGs 16.1.2.(a)',
        "dibuka dengan ukuran ('Kematian') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk yang mengalami (a) kekerasan secara fisik, (b) kekerasan psikologi atau (c) kekerasan '
        'seksual dalam 12 bulan terakhir',
        True, 'SDGs 16.1.3',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk yang menjadi korban kejahatan kekerasan dalam 12 bulan terakhir',
        True, 'SDGs 16.1.3.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk yang merasa aman berjalan sendirian di area tempat tinggalnya',
        True, 'SDGs 16.1.4',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi anak umur 1-17 tahun yang mengalami hukuman fisik dan/atau agresi psikologis dari pengasuh dalam '
        'sebulan terakhir',
        True, 'SDGs 16.2.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi rumah tangga yang memiliki anak umur 1-17 tahun yang mengalami hukuman fisik dan/atau agresi '
        'psikologis dari pengasuh dalam setahun terakhir',
        True, 'SDGs 16.2.1.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Prevalensi anak usia 13-17 tahun yang pernah mengalami kekerasan sepanjang hidupnya',
        True, 'SDGs 16.2.1.(b)',
        "dibuka dengan ukuran ('Prevalensi') atas kondisi yang dicapai"),
    Indikator(
        'Angka korban perdagangan manusia per 100.000 penduduk menurut jenis kelamin, kelompok umur dan jenis '
        'eksploitasi',
        True, 'SDGs 16.2.2',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi perempuan dan laki- laki muda umur 18-29 tahun yang mengalami kekerasan seksual sebelum umur 18 '
        'tahun.',
        True, 'SDGs 16.2.3',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi perempuan dan laki- laki muda umur 18-24 tahun yang mengalami kekerasan seksual sebelum umur 18 '
        'tahun',
        True, 'SDGs 16.2.3.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi korban kekerasan dalam 12 bulan lalu yang melaporkan kepada pihak berwajib atau pihak berwenang '
        'yang diakui dalam mekanisme resolusi konfik',
        True, 'SDGs 16.3.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi korban kekerasan dalam 12 bulan terakhir yang melaporkan kepada polisi',
        True, 'SDGs 16.3.1.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Persentase orang miskin yang menerima bantuan hukum secara litigasi dan nonlitigasi',
        True, 'SDGs 16.3.1.(b)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase orang tidak mampu yang menerima layanan hukum berupa pos bantuan hukum, sidang di luar gedung '
        'pengadilan, dan pembebasan',
        True, 'SDGs 16.3.1.(c)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi tahanan terhadap seluruh tahanan dan narapidana',
        True, 'SDGs 16.3.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi tahanan yang melebihi masa penahanan terhadap seluruh jumlah tahanan',
        True, 'SDGs 16.3.2. (a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk yang mengalami perselisihan dalam 2 tahun terakhir dan mengakses mekanisme penyelesaian '
        'perselisihan secara formal maupun informal, berdasarkan jenis mekanisme penyelesaian',
        True, 'SDGs 16.3.3',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Indeks Akses terhadap Keadilan (Access to justice index)',
        True, 'SDGs 16.3.3 (a)',
        "dibuka dengan ukuran ('Indeks') atas kondisi yang dicapai"),
    Indikator(
        'Total nilai aliran dana gelap masuk dan keluar negeri ( dalam US$).',
        True, 'SDGs 16.4.1',
        "dibuka dengan ukuran ('Total') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi senjata yang disita, baik yang ditemukan maupun yang diserahkan, yang asal senjata serta '
        'konteksnya telah dilacak atau diresmikan oleh otoritas yang berkompeten yang sejalan dengan instrumen '
        'internasional',
        True, 'SDGs 16.4.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk yang memiliki paling tidak satu kontak hubungan dengan petugas, yang membayar suap '
        'kepada petugas atau diminta untuk menyuap petugas tersebut dalam 12 bulan terakhir',
        True, 'SDGs 16.5.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Indeks Perilaku Anti korupsi (IPAK).',
        True, 'SDGs 16.5.1.(a)',
        "dibuka dengan ukuran ('Indeks') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi pelaku usaha yang paling tidak memiliki kontak dengan petugas pemerintah dan yang membayar suap '
        'kepada seorang petugas, atau diminta untuk membayar suap oleh petugas-petugas, selama 12 bulan terakhir.',
        True, 'SDGs 16.5.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Angka Partisipasi Murni PAUD',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Angka Partisipasi Murni') atas kondisi yang dicapai"),
    Indikator(
        'Angka Partisipasi Kasar PAUD',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Angka Partisipasi Kasar') atas kondisi yang dicapai"),
    Indikator(
        'Angka Partisipasi Kasar Pendidikan Dasar SD/MI',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Angka Partisipasi Kasar') atas kondisi yang dicapai"),
    Indikator(
        'Angka Partisipasi Murni Pendidikan Dasar SMP/MTS',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Angka Partisipasi Murni') atas kondisi yang dicapai"),
    Indikator(
        'Angka Partisipasi Kasar Inklusi Pendidikan Dasar SMP/MTS',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Angka Partisipasi Kasar') atas kondisi yang dicapai"),
    Indikator(
        'Angka Partisipasi Murni Inklusi Pendidikan Menengah',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Angka Partisipasi Murni') atas kondisi yang dicapai"),
    Indikator(
        'Angka melek huruf penduduk yang berusia >15 tahun (tidak buta aksara)',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Angka melek huruf') atas kondisi yang dicapai"),
    Indikator(
        'Rasio buku yang dipinjam per pengunjung',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Rasio') atas kondisi yang dicapai"),
    Indikator(
        'Cakupan pelayanan perpustakaan kabupaten',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Cakupan') atas kondisi yang dicapai"),
    Indikator(
        'Koleksi buku yang tersedia di Perpustakaan',
        False, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        'menyebut benda (koleksi), tanpa besaran'),
    Indikator(
        'Jumlah Pengunjung perpustakaan per tahun',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Rasio ketersediaan PAUD per penduduk usia 0-6 tahun',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Rasio') atas kondisi yang dicapai"),
    Indikator(
        'Angka kelulusan (SD/MI, SMP/MTS)',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Angka kelulusan') atas kondisi yang dicapai"),
    Indikator(
        'Angka melanjutkan dari SD/MI ke SMP/MTS',
        True, 'Lampiran Perbup Kulon Progo 53/2012 (adoc.pub)',
        "dibuka dengan ukuran ('Angka melanjutkan') atas kondisi yang dicapai"),
    Indikator(
        'Nilai SAKIP OPD',
        True, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "dibuka dengan ukuran ('Nilai') atas kondisi yang dicapai"),
    Indikator(
        'Persentase Tindak Lanjut Temuan Inspektorat/BPK/BPKP',
        True, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase Barang Milik Daerah dalam Keadaan Baik di Lingkungan OPD',
        True, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah Penerimaan PAD (khusus OPD pemungut PAD) (juta)',
        True, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Presentase ASN yang mengikuti Bimbingan teknis di lingkungan Dinas Kesehatan Kabupaten Boalemo',
        False, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "salah eja ('Presentase') dan mengukur keikutsertaan kegiatan, bukan hasilnya"),
    Indikator(
        'Angka Kematian Ibu Melahirkan (/100.000 KH)',
        True, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "dibuka dengan ukuran ('Angka Kematian Ibu') atas kondisi yang dicapai"),
    Indikator(
        'Prevalensi Stunting',
        True, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "dibuka dengan ukuran ('Prevalensi') atas kondisi yang dicapai"),
    Indikator(
        'Angka Kematian Bayi (/1000 KH)',
        True, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "dibuka dengan ukuran ('Angka Kematian Bayi') atas kondisi yang dicapai"),
    Indikator(
        'Rasio Rumah Sakit Per satuan Penduduk',
        True, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "dibuka dengan ukuran ('Rasio') atas kondisi yang dicapai"),
    Indikator(
        'Rasio Jumlah Dokter per Satuan Penduduk',
        True, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "dibuka dengan ukuran ('Rasio') atas kondisi yang dicapai"),
    Indikator(
        'Persentase IRTP bersertifikasi Produksi P-IRTP',
        True, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase Puskesmas yang melaksanakan Upaya Kesehatan Bersumber Daya Masyarakat',
        True, 'Matriks Renstra Dinas Kesehatan Kab. Boalemo (scribd 566876948)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Menurunnya angka kematian ibu melahirkan menjadi 100 per 100.000 kelahiran hidup pada tahun 2016',
        False, 'Tabel 5.1 Renstra Dinas Kesehatan Kab. Siak (adoc.pub)',
        "pernyataan sasaran ('Menurunnya …') dengan target di dalam nama"),
    Indikator(
        'Menurunnya angka kematian bayi menjadi 20 per 1.000 kelahiran hidup tahun 2016',
        False, 'Tabel 5.1 Renstra Dinas Kesehatan Kab. Siak (adoc.pub)',
        "pernyataan sasaran ('Menurunnya …') dengan target di dalam nama"),
    Indikator(
        'Persentase Ibu nifas yang mendapatkan pelayanan (SPM)',
        True, 'Tabel 5.1 Renstra Dinas Kesehatan Kab. Siak (adoc.pub)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase Ibu hamil, bersalin, dan nifas yang mendapatkan penanganan komplikasi kebidanan (SPM)',
        True, 'Tabel 5.1 Renstra Dinas Kesehatan Kab. Siak (adoc.pub)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase Pasangan Usia Subur yang menjadi peserta KB aktif (SPM)',
        True, 'Tabel 5.1 Renstra Dinas Kesehatan Kab. Siak (adoc.pub)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah Puskesmas dengan PKPR (Pelayanan Kesehatan Peduli Remaja)',
        True, 'Tabel 5.1 Renstra Dinas Kesehatan Kab. Siak (adoc.pub)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Cakupan kunjungan neonatal pertama (KN1)',
        True, 'Tabel 5.1 Renstra Dinas Kesehatan Kab. Siak (adoc.pub)',
        "dibuka dengan ukuran ('Cakupan') atas kondisi yang dicapai"),
    Indikator(
        'Persentase Puskesmas rawat inap yang mampu PONED',
        True, 'Tabel 5.1 Renstra Dinas Kesehatan Kab. Siak (adoc.pub)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase fasilitas pelayanan kesehatan yang memberikan pelayanan KB sesuai standar',
        True, 'Tabel 5.1 Renstra Dinas Kesehatan Kab. Siak (adoc.pub)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase penurunan temuan keuangan yang bersifat materil',
        True, 'LKjIP Inspektorat Kab. Sampang 2019 (123dok)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase penurunan nilai temuan',
        True, 'LKjIP Inspektorat Kab. Sampang 2019 (123dok)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Tersedianya Buku Informasi Politeknik Negeri Medan yang berisi profil lulusan',
        False, 'Data indikator SPMI Politeknik Negeri Medan (simutu, db SQL publik)',
        "keluaran ('Tersedianya …'), bukan ukuran"),
    Indikator(
        'Tersosialisasinya profil lulusan untuk semua program studi',
        False, 'Data indikator SPMI Politeknik Negeri Medan (simutu, db SQL publik)',
        "kegiatan ('Tersosialisasinya …'), bukan hasil"),
    Indikator(
        'Terlaksananya peninjauan ulang Buku Informasi Politeknik Negeri Medan',
        False, 'Data indikator SPMI Politeknik Negeri Medan (simutu, db SQL publik)',
        "kegiatan ('Terlaksananya …')"),
    Indikator(
        'Tersedianya POB praktik kerja lapangan',
        False, 'Data indikator SPMI Politeknik Negeri Medan (simutu, db SQL publik)',
        "keluaran ('Tersedianya …'), bukan ukuran"),
    Indikator(
        'Tersedianya POB untuk Pertukaran Mahasiswa',
        False, 'Data indikator SPMI Politeknik Negeri Medan (simutu, db SQL publik)',
        "keluaran ('Tersedianya …'), bukan ukuran"),
    Indikator(
        'Ada bukti telah dilakukan peninjauan ulang 1 kali per tahun',
        False, 'Data indikator SPMI Politeknik Negeri Medan (simutu, db SQL publik)',
        'bukti kegiatan, bukan ukuran hasil'),
)

# Tuning part: the rules were adjusted while looking at these.
SETEL: tuple[Indikator, ...] = (
    Indikator(
        'Tingkat kemiskinan ekstrim',
        True, 'SDGs 1.1.1',
        "dibuka dengan ukuran ('Tingkat') atas kondisi yang dicapai"),
    Indikator(
        'Persentase penduduk yang hidup di bawah garis kemiskinan nasional, menurut jenis kelamin dan kelompok umur.',
        True, 'SDGs 1.2.1',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase laki-laki, perempuan dan anak-anak dari semua usia, yang hidup dalam kemiskinan dalam berbagai '
        'dimensi, sesuai dengan definisi nasional.',
        True, 'SDGs 1.2.2',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk yang menerima program perlindungan sosial, menurut jenis kelamin, untuk kategori '
        'kelompok semua anak, pengangguran, lansia, penyandang difabilitas, ibu hamil/melahirkan, korban kecelakaan'
        ' kerja, kelompok miskin dan rentan.',
        True, 'SDGs 1.3.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi peserta jaminan kesehatan melalui SJSN Bidang Kesehatan.',
        True, 'SDGs 1.3.1.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi peserta Program Jaminan Sosial Bidang Ketenagakerjaan.',
        True, 'SDGs 1.3.1.(b)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi penduduk/rumah tangga dengan akses terhadap pelayanan dasar.',
        True, 'SDGs 1.4.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi dari penduduk dewasa yang mendapatkan hak atas tanah yang didasari oleh dokumen hukum dan yang '
        'memiliki hak atas tanah berdasarkan jenis kelamin dan tipe kepemilikan.',
        True, 'SDGs 1.4.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah korban meninggal, hilang, dan terkena dampak bencana per 100.000 orang.',
        True, 'SDGs 1.5.1',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah kerugian ekonomi langsung akibat bencana terhadap GDP.',
        True, 'SDGs 1.5.2',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Rencana dan implementasi strategi nasional pengurangan risiko bencana yang selaras dengan the Sendai '
        'Framework for Disaster Risk Reduction 2015–2030',
        False, 'SDGs 1.5.3',
        'rencana dan implementasi: dokumen dan proses, bukan ukuran'),
    Indikator(
        'Proporsi pemerintah daerah yang mengadopsi dan menerapkan strategi daerah pengurangan risiko bencana yang '
        'selaras dengan strategi nasional pengurangan risiko bencana',
        True, 'SDGs 1.5.4',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi sumber daya yang dialokasikan oleh pemerintah secara langsung untuk program pemberantasan '
        'kemiskinan.',
        True, 'SDGs 1.a.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Pengeluaran untuk layanan pokok (pendidikan, kesehatan dan perlindungan sosial) sebagai persentase dari '
        'total belanja pemerintah.',
        True, 'SDGs 1.a.2',
        "dibuka dengan ukuran ('Pengeluaran') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi pengeluaran rutin dan pembangunan pada sektor- sektor yang memberi manfaat pada kelompok '
        'perempuan, kelompok miskin dan rentan.',
        True, 'SDGs 1.b.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Prevalensi Ketidakcukupan Konsumsi Pangan (Prevalence of Undernourishment).',
        True, 'SDGs 2.1.1',
        "dibuka dengan ukuran ('Prevalensi') atas kondisi yang dicapai"),
    Indikator(
        'Prevalensi penduduk dengan kerawanan pangan sedang atau berat, berdasarkan pada Skala Pengalaman kerawanan'
        ' pangan',
        True, 'SDGs 2.1.2',
        "dibuka dengan ukuran ('Prevalensi') atas kondisi yang dicapai"),
    Indikator(
        'Prevalensi stunting (pendek dan sangat pendek) pada anak dibawah lima tahun/balita.',
        True, 'SDGs 2.2.1',
        "dibuka dengan ukuran ('Prevalensi') atas kondisi yang dicapai"),
    Indikator(
        'Prevalensi wasting (berat badan/tinggi badan) anak pada usia kurang dari 5 tahun, berdasarkan tipe.',
        True, 'SDGs 2.2.2',
        "dibuka dengan ukuran ('Prevalensi') atas kondisi yang dicapai"),
    Indikator(
        'Kualitas konsumsi pangan yang diindikasikan oleh skor Pola Pangan Harapan (PPH).',
        True, 'SDGs 2.2.2.(a)',
        "dibuka dengan ukuran ('Kualitas') atas kondisi yang dicapai"),
    Indikator(
        'Prevalensi anemia pada ibu hamil usia 15-49 tahun.',
        True, 'SDGs 2.2.3',
        "dibuka dengan ukuran ('Prevalensi') atas kondisi yang dicapai"),
    Indikator(
        'Volume produksi per tenaga kerja menurut kelas usaha tani tanaman/ peternakan/ perikanan/ kehutanan',
        True, 'SDGs 2.3.1',
        "dibuka dengan ukuran ('Volume') atas kondisi yang dicapai"),
    Indikator(
        'Nilai tambah pertanian per tenaga kerja menurut kelas usaha tani tanaman/ peternakan/ perikanan/ kehutanaan.',
        True, 'SDGs 2.3.1.(a)',
        "dibuka dengan ukuran ('Nilai') atas kondisi yang dicapai"),
    Indikator(
        'Rata-rata pendapatan produsen pertanian skala kecil menurut subsektor',
        True, 'SDGs 2.3.2',
        "dibuka dengan ukuran ('Rata-rata') atas kondisi yang dicapai"),
    Indikator(
        'areal pertanian produktif dan berkelanjutan.',
        False, 'SDGs 2.4.1',
        'menyebut areal (benda), tanpa besaran'),
    Indikator(
        'Proporsi luas lahan pertanian yang ditetapkan sebagai kawasan pertanian pangan berkelanjutan.',
        True, 'SDGs 2.4.1.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah sumber daya genetik tanaman dan hewan untuk pangan dan pertanian yang disimpan di fasilitas '
        'konservasi, baik jangka menengah ataupun jangka panjang.',
        True, 'SDGs 2.5.1',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi ras ternak lokal yang berisiko punah.',
        True, 'SDGs 2.5.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Indeks orientasi pertanian (IOP) untuk pengeluaran pemerintah.',
        True, 'SDGs 2.a.1',
        "dibuka dengan ukuran ('Indeks') atas kondisi yang dicapai"),
    Indikator(
        'Total bantuan pembangunan (ODA) dan bantuan lain untuk sektor pertanian.',
        True, 'SDGs 2.a.2',
        "dibuka dengan ukuran ('Total') atas kondisi yang dicapai"),
    Indikator(
        'Subsidi ekspor pertanian.',
        False, 'SDGs 2.b.1',
        'menyebut subsidi (masukan), tanpa besaran'),
    Indikator(
        'Indikator anomali harga pangan.',
        False, 'SDGs 2.c.1',
        "menyebut 'indikator', bukan ukurannya"),
    Indikator(
        'Angka Kematian Ibu (AKI).',
        True, 'SDGs 3.1.1',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi perempuan pernah kawin umur 15-49 tahun yang proses melahirkan terakhirnya (a) ditolong oleh '
        'tenaga kesehatan terlatih; (b) di fasilitas kesehatan.',
        True, 'SDGs 3.1.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        '(a) Angka Kematian Balita (AKBa); (b) Angka Kematian Bayi (AKB) per 1000 kelahiran hidup',
        False, 'SDGs 3.2.1',
        'dua indikator dalam satu sel ((a) … ; (b) …)'),
    Indikator(
        'Angka Kematian Neonatal (AKN) per 1000 kelahiran hidup.',
        True, 'SDGs 3.2.2',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah infeksi baru HIV per 1000 penduduk tidak terinfeksi',
        True, 'SDGs 3.3.1',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Insiden Tuberkulosis (ITB) per 100.000 penduduk',
        True, 'SDGs 3.3.2',
        "dibuka dengan ukuran ('Insiden') atas kondisi yang dicapai"),
    Indikator(
        'Kejadian Malaria per 1000 orang.',
        True, 'SDGs 3.3.3',
        "dibuka dengan ukuran ('Kejadian') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah kabupaten/kota yang mencapai eliminasi malaria.',
        True, 'SDGs 3.3.3.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Insiden Hepatitis B per 100.000 penduduk.',
        True, 'SDGs 3.3.4',
        "dibuka dengan ukuran ('Insiden') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah orang yang memerlukan intervensi terhadap penyakit tropis yang terabaikan (a) Filariasis dan (b) '
        'Kusta',
        True, 'SDGs 3.3.5',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah kabupaten/kota dengan eliminasi kusta.',
        True, 'SDGs 3.3.5.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah kabupaten/kota endemis filariasis yang mencapai eliminasi.',
        True, 'SDGs 3.3.5.(b)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Kematian akibat penyakit kardiovaskuler, kanker, diabetes atau penyakit pernapasan kronis.',
        False, 'SDGs 3.4.1',
        'menyebut kejadian tanpa besaran (angka atau jumlah kematian)'),
    Indikator(
        'Persentase merokok penduduk usia 10-18 tahun.',
        True, 'SDGs 3.4.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Prevalensi tekanan darah tinggi',
        True, 'SDGs 3.4.1.(b)',
        "dibuka dengan ukuran ('Prevalensi') atas kondisi yang dicapai"),
    Indikator(
        'Prevalensi obesitas pada penduduk umur ≥18 tahun.',
        True, 'SDGs 3.4.1.(c)',
        "dibuka dengan ukuran ('Prevalensi') atas kondisi yang dicapai"),
    Indikator(
        'Angka kematian (insidens rate) akibat bunuh diri.',
        True, 'SDGs 3.4.2',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Cakupan intervensi pengobatan (farmakologi, psikososial, rehabilitasi dan layanan pasca intervensi) bagi '
        'gangguan penyalahgunaan zat.',
        True, 'SDGs 3.5.1',
        "dibuka dengan ukuran ('Cakupan') atas kondisi yang dicapai"),
    Indikator(
        'Jumlah penyalahguna napza yang mendapatkan pelayanan rehabilitasi medis.',
        True, 'SDGs 3.5.1.(a)',
        "dibuka dengan ukuran ('Jumlah') atas kondisi yang dicapai"),
    Indikator(
        'Konsumsi alkohol (liter per kapita) oleh penduduk umur ≥15 tahun dalam satu tahun terakhir',
        True, 'SDGs 3.5.2',
        "dibuka dengan ukuran ('Konsumsi') atas kondisi yang dicapai"),
    Indikator(
        'Angka kematian akibat cedera fatal kecelakaan lalu lintas.',
        True, 'SDGs 3.6.1',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi perempuan usia reproduksi (15-49 tahun) yang memiliki kebutuhan keluarga berencana terpenuhi '
        'menurut metode kontrasepsi modern.',
        True, 'SDGs 3.7.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Angka kelahiran remaja (umur 10-14 tahun : umur 15-19 tahun) per 1000 perempuan di kelompok umur yang sama.',
        True, 'SDGs 3.7.2',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Total Fertility Rate (TFR).',
        True, 'SDGs 3.7.2.(a)',
        "dibuka dengan ukuran ('Total') atas kondisi yang dicapai"),
    Indikator(
        'Cakupan pelayanan kesehatan esensial.',
        True, 'SDGs 3.8.1',
        "dibuka dengan ukuran ('Cakupan') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi populasi dengan pengeluaran rumah tangga yang besar untuk kesehatan sebagai bagian dari total '
        'pengeluaran rumah tangga atau pendapatan',
        True, 'SDGs 3.8.2',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Cakupan Jaminan Kesehatan Nasional (JKN).',
        True, 'SDGs 3.8.2.(a)',
        "dibuka dengan ukuran ('Cakupan') atas kondisi yang dicapai"),
    Indikator(
        'Angka kematian akibat rumah tangga dan polusi udara ambien.',
        True, 'SDGs 3.9.1',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Angka kematian akibat air tidak aman, sanitasi tidak aman, dan tidak higienis.',
        True, 'SDGs 3.9.2',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Angka kematian akibat keracunan.',
        True, 'SDGs 3.9.3',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Persentase merokok pada penduduk umur ≥15 tahun.',
        True, 'SDGs 3.a.1',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi target populasi yang telah memperoleh vaksin program nasional.',
        True, 'SDGs 3.b.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Total Official Development Assistant (ODA) untuk penelitian medis dan sektor kesehatan dasar.',
        True, 'SDGs 3.b.2',
        "dibuka dengan ukuran ('Total') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi fasilitas kesehatan dengan paket obat esensial yang tersedia dan terjangkau secara berkelanjutan.',
        True, 'SDGs 3.b.3',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Regulasi kesehatan internasional dan kesiapsiagaan darurat kesehatan.',
        False, 'SDGs 3.d.1',
        'regulasi dan kesiapsiagaan: dokumen dan keadaan, tanpa besaran'),
    Indikator(
        'Persentase infeksi aliran darah akibat organisme antimikroba- resisten terpilih/tertentu.',
        True, 'SDGs 3.d.2',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi anak-anak dan remaja:(a) pada kelas 4, (b) tingkat akhir SD/kelas 6, (c) tingkat akhir SMP/kelas '
        '9 yang mencapai standar kemampuan minimum dalam: (i) membaca, (ii) matematika.',
        True, 'SDGs 4.1.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi anak-anak dan remaja di: (1) kelas 5 (b) kelas 8, dan (c) usia 15 tahun yang mencapai setidaknya '
        'tingkat kemahiran minimum dalam: (membaca, (ii) matematika.',
        True, 'SDGs 4.1.1.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Tingkat penyelesaian pendidikan jenjang SD/sederajat, SMP/sederajat, dan SMA/sederajat.',
        True, 'SDGs 4.1.2',
        "dibuka dengan ukuran ('Tingkat') atas kondisi yang dicapai"),
    Indikator(
        'Angka anak tidak sekolah jenjang PAUD, SD/sederajat, SMP/sederajat, dan SMA/Sederajat.',
        True, 'SDGs 4.1.2.(a)',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi anak usia 24-59 bulan yang berkembang dengan baik dalam bidang kesehatan, pembelajaran, dan '
        'psikososial, menurut jenis kelamin.',
        True, 'SDGs 4.2.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Tingkat partisipasi dalam pembelajaran yang teroganisir (satu tahun sebelum usia sekolah dasar), menurut '
        'jenis kelamin',
        True, 'SDGs 4.2.2',
        "dibuka dengan ukuran ('Tingkat') atas kondisi yang dicapai"),
    Indikator(
        'Tingkat partisipasi remaja dan dewasa dalam pendidikan dan pelatihan formal dan non formal dalam 12 bulan '
        'terakhir, menurut jenis kelamin.',
        True, 'SDGs 4.3.1',
        "dibuka dengan ukuran ('Tingkat') atas kondisi yang dicapai"),
    Indikator(
        'Angka Partisipasi Kasar (APK) Perguruan Tinggi (PT).',
        True, 'SDGs 4.3.1.(a)',
        "dibuka dengan ukuran ('Angka') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi remaja dan dewasa dengan keterampilan teknologi informasi dan komunikasi (TIK).',
        True, 'SDGs 4.4.1',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Proporsi remaja (usia 15-24 tahun) dan dewasa (usia 15-59 tahun) dengan keterampilan teknologi informasi '
        'dan komunikasi (TIK).',
        True, 'SDGs 4.4.1.(a)',
        "dibuka dengan ukuran ('Proporsi') atas kondisi yang dicapai"),
    Indikator(
        'Rasio Angka Partisipasi Murni (APM) pada tingkat SD/sederajat, dan (ii) Rasio Angka Partisipasi Kasar '
        '(APK) pada tingkat SMP/sederajat, SMA/SMK/sederajat, dan Perguruan Tinggi untuk (a) perempuan/laki-laki, '
        '(b) pedesaan/perkotaan, (c) kuintil terbawah/teratas, (d) disabilitas/tanpa disabilitas.',
        False, 'SDGs 4.5.1',
        'dua indikator dalam satu sel (rasio APM … dan (ii) rasio APK …)'),
    Indikator(
        'Persentase remaja/dewasa pada kelompok usia tertentu, paling tidak mahir/mampu pada level tertentu dalam '
        'keterampilan (i) membaca dan (ii) menghitung, menurut jenis kelamin',
        True, 'SDGs 4.6.1',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Persentase angka melek aksara penduduk umur ≥15 tahun.',
        True, 'SDGs 4.6.1.(a)',
        "dibuka dengan ukuran ('Persentase') atas kondisi yang dicapai"),
    Indikator(
        'Angka Harapan Hidup',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'indikator statistik yang dikenal (AHH)'),
    Indikator(
        'Persentase Pelayanan Jaminan Kesehatan Bagi Masyarakat',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'persentase dari proses (pelayanan), penyebutnya tidak jelas'),
    Indikator(
        'Persentase pemenuhan pelayanan kesehatan masyarakat pertahun',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'persentase dari proses (pemenuhan pelayanan) tanpa standar'),
    Indikator(
        'Presentase rumah tangga yang ber PHBS strata sehat utama',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase)'),
    Indikator(
        'Prevalensi Gizi kurang pada balita',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'persentase kesejahteraan dan ketahanan keluarga',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'persentase dari keadaan abstrak (kesejahteraan), tidak ada yang dihitung'),
    Indikator(
        'Indeks Jumlah Anak per Kepala Keluarga',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Prosentase Pemenuhan Sarana dan Prasarana kesehatan',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase); mengukur masukan'),
    Indikator(
        'Angka Partisipasi Sekolah Usia 13-15 tahun',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Angka Partisipasi Sekolah Usia 7-12 tahun',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Prosentase Tingkat kelulusan SD/MI',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase)'),
    Indikator(
        'Angka Partisipasi Kasar SD',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Angka Partisipasi Kasar SMP',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Prosentase Ruang kelas yang sesuai standar Nasional Pendidikan',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase)'),
    Indikator(
        'Persentase Guru berpendidikan S1/DIV PAUD TK/RA',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Lulusan SMK bersertifikat keahlian',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut kelompok orang tanpa besaran (jumlah atau persentase)'),
    Indikator(
        'Jumlah Calon Tenaga Kerja yang Terampil',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Tingkat Pengangguran Terbuka',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'indikator statistik yang dikenal (TPT)'),
    Indikator(
        'Prosentase fasilitasi Lembaga pendidikan keagamaan yang mendapatkan bantuan',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase); mengukur fasilitasi (kegiatan)'),
    Indikator(
        'Prosentase komite SD aktif',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase)'),
    Indikator(
        'Prosentase komite SMP aktif',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase)'),
    Indikator(
        'Persentase Peningkatan pelaku usaha Mikro',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'laju pertumbuhan yang terukur'),
    Indikator(
        'Persentase pertumbuhan nilai produksi industri kecil dan menengah',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'indeks Nilai Tukar Petani',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Indeks Produktifitas hasil pertanian',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Prosentase Ketersediaan pangan',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase); keadaan tanpa penyebut'),
    Indikator(
        'Persentase pembinaan kelompok industri',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'persentase dari proses (pembinaan)'),
    Indikator(
        'Persentase peningkatan pendapatan daerah dari sektor pariwisata',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase peningkatan Koperasi yang berkualitas',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        "'berkualitas' tanpa standar yang disebut"),
    Indikator(
        'Rata Rata Tingkat Kepuasan Masyarakat Terhadap Pelayanan perangkat Daerah',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Skor evaluasi SAKIP',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Opini BPK',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase tertib Administrasi kependudukan',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        "keadaan ('tertib') tanpa yang dihitung"),
    Indikator(
        'Penerapan pengelolaan arsip secara baku',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        "proses ('Penerapan …') tanpa besaran"),
    Indikator(
        'Persentase Peningkatan fasilitasi legalisasi kebijakan daerah',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menghitung fasilitasi (kegiatan)'),
    Indikator(
        'Persentase Kesesuaian penempatan PNS dalam jabatan',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Realisasi Indikator Kinerja yang tercapai sesuai target',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase Kesesuaian RKPD dengan RPJMD',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase aset yang terkelola dengan baik',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        "'dengan baik' tanpa standar"),
    Indikator(
        'Prosentase Peningkatan Nilai investasi Daerah',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase)'),
    Indikator(
        'Persentase kepatuhan Rumah dan Bangunan yang sesuai RDTR',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Indeks Kepuasan Masyarakat pada SKPD Perijinan',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Prosentase Penurunan Pelanggaran PERDA',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase)'),
    Indikator(
        'Penurunan pelanggaran terhadap ketertiban umum',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        "arah perubahan ('Penurunan …') tanpa besaran"),
    Indikator(
        'Persentase penurunan kejadian konflik sosial masyarakat',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase Peningkatan nilai penanaman modal daerah',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Presentase BUMD yang memiliki kinerja keuangan kategori Baik',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase)'),
    Indikator(
        'Persentase Kondisi infrastruktur dalam kondisi baik',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Indeks pembangunan Desa',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Tingkat Keselamatan lalu Lintas',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Rasio keterjangkauan alat transportasi umum',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase Saluran Pengairan dalam kondisi baik',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Ketersediaan Ruang Terbuka Hijau (ha)',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        "keadaan ('Ketersediaan') tanpa ukuran; yang diukur adalah luasnya"),
    Indikator(
        'Pemenuhan ketersedian sarana air bersih',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        "proses ('Pemenuhan …') tanpa besaran"),
    Indikator(
        'Persentase permukiman yang layak huni',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'rata rata Sampah yang terolah dengan baik perhari (m3)',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        "'dengan baik' tanpa standar"),
    Indikator(
        'Prosentase peningkatan omset perdagangan pasar',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase)'),
    Indikator(
        'Indeks Pemberdayaan Gender',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase Partisipasi masyarakat terhadap usulan pembangunan dalam musrenbang tingkat Kecamatan',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase penurunan penyandang masalah kesejahteraan sosial',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Prosentase pemenuhan fasilitas umum untuk anak',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'kata ukuran salah eja (KBBI: persentase)'),
    Indikator(
        'Indeks Kualitas Lingkungan Hidup',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Peningkatan Indeks Kualitas Lingkungan Hidup pertahun',
        False, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        "arah perubahan ('Peningkatan …'); ukurannya IKLH itu sendiri"),
    Indikator(
        'Persentase ketersediaan desa tangguh bencana',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase tingkat kesesuaian Lahan Investasi terhadap Dokumen RTRW',
        True, 'LPPD Kota Semarang 2018-2019 (BoykeAP/Big-Data lppd_semarang.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        '% Efektivitas koordinasi pengendalian inflasi daerah',
        False, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'efektivitas koordinasi tanpa tolok ukur'),
    Indikator(
        'Efektivitas implementasi klaster ketahanan pangan',
        False, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'efektivitas tanpa tolok ukur'),
    Indikator(
        'Implementasi Kerjasama Perdagangan Antar Daerah d/r pengendalian inflasi daerah',
        False, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        "proses ('Implementasi …') tanpa besaran"),
    Indikator(
        'Jumlah digitalisasi UMKM (UMKM sukses digital)',
        False, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menghitung proses (digitalisasi), bukan UMKM yang berubah'),
    Indikator(
        'Jumlah UMKM yang terhubung dengan lembaga keuangan formal',
        True, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Jumlah UMKM ekspor barang dan/atau pendukung sektor pariwisata yang naik level',
        True, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Jumlah kelompok subsisten yang berhasil dikembangkan oleh KPwDN',
        True, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Jumlah UMKM yang lolos kurasi KKI',
        True, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Jumlah peserta yang mengikuti program edukasi dan literasi materi ekonomi dan keuangan inklusif',
        False, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menghitung keikutsertaan kegiatan, bukan hasilnya'),
    Indikator(
        'Peningkatan kualitas pelaksanaan kegiatan event pengembangan UMKM di KPwDN',
        False, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'arah perubahan kualitas kegiatan'),
    Indikator(
        'Tingkat kepuasan konsumen terhadap layanan perlindungan konsumen penyelenggara',
        True, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menyebut ukuran atas hasil'),
    Indikator(
        '% Stranas Pencegahan & Pemberantasan TPPU & TPPT yang ditindaklanjuti oleh KPwDN',
        True, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menyebut ukuran atas hasil'),
    Indikator(
        '% Hasil temuan pemeriksaan penyelenggara SP yang ditindaklanjuti sesuai jatuh tempo',
        True, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Jumlah Sosialisasi dan edukasi yang dilakukan oleh KPwDN dalam rangka peningkatan transaksi digital '
        'penduduk dewasa',
        False, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menghitung kegiatan sosialisasi'),
    Indikator(
        'Ketepatan Proyeksi EKU',
        False, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        "keadaan ('Ketepatan') tanpa besaran (persentase deviasi)"),
    Indikator(
        'Optimalisasi Pengolahan Uang Rupiah dg menggunakan MSUK-R',
        False, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        "proses ('Optimalisasi …')"),
    Indikator(
        'Tingkat Pemenuhan Kebutuhan Uang',
        True, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Kegiatan Kas Keliling 3T',
        False, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menyebut kegiatan'),
    Indikator(
        'Kas Titipan',
        False, 'IKU KPwDN (IndikatorikuSeeder, seeder Laravel publik)',
        'menyebut benda, tanpa besaran'),
    Indikator(
        'Nilai Kapabilitas APIP Mahkamah Agung RI',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase Penanganan Pengaduan Masyarakat Yang Ditindaklanjuti Tepat Waktu',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase Rekomendasi Hasil Pengawasan Yang Ditindaklanjuti',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase Ketepatan Waktu Pelaksanaan Penjatuhan Sanksi/Hukuman Disiplin',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase Unit Pengawasan Daerah/Bidang Yang Telah Melaksanakan Pengawasan Berbasis TIK',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Indeks Survei Penilaian Integritas (SPI) Mahkamah Agung RI',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Indeks Kepatuhan Dan Pelaporan LHKPN',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase Tindak Lanjut Rekomendasi BPK',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Nilai Evaluasi Implementasi Program Pengendalian Gratifikasi',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Jumlah Inisiatif Pengawasan Berbasis Continuous Audit',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Indeks Kepuasan Layanan Badan Pengawasan',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Jumlah Pedoman Pengawasan',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Jumlah Rekomendasi Kebijakan Hasil Pengawasan',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Jumlah Naskah Kebijakan',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase Satuan Kerja Yang Memperoleh Sertifikat SMAP',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Persentase Satuan Kerja Yang Memperoleh Predikat WBK/WBBM',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
    Indikator(
        'Jumlah Hasil Profiling Aparatur Peradilan Melalui Mystery Shopping',
        True, 'IKU Badan Pengawasan MA RI (jabbar-hafizh/template-frontend-ci3 indikator_data.sql)',
        'menyebut ukuran atas hasil'),
)
