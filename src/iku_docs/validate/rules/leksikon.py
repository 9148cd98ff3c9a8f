"""The small lexicon the shape analysis (``bentuk``) needs, kept as data in one place with its sources.

Morphology comes from the Sastrawi stemmer (PySastrawi, MIT; its dictionary of root words is the KBBI-based
list of the Sastrawi project); this file holds only what affixes cannot tell: which heads name a measure,
which names are well-known indicators, which spellings KBBI rejects, and which action nouns were borrowed
without Indonesian affixes. Pure data, no imports: ``wording`` reads ``nama_dikenal`` too.
"""

from __future__ import annotations


def _kumpulan(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Heads that name a measure. Sources: PermenPANRB 53/2014 Lampiran (Persentase, Jumlah, Indeks, Rasio, Rata-rata),
# Permendagri 86/2017 Lampiran (indikator kinerja RPJMD: Angka, Tingkat, Cakupan, Prevalensi, Laju, Kontribusi,
# Panjang, Luas), seed 004 slide 4-5 (the six kinds of number), BPS glossary (Proporsi, Insidensi, Intensitas).
KEPALA_UKURAN = _kumpulan("""
    % persen persentase proporsi rasio ratio jumlah jml jlh banyaknya total indeks index angka tingkat tingkatan
    nilai opini skor predikat cakupan prevalensi insidensi insiden rata-rata rerata median laju pertumbuhan
    kontribusi panjang luas volume kapasitas intensitas kepadatan realisasi capaian produktivitas produksi
    frekuensi durasi waktu lama usia umur koefisien peringkat ranking level kategori kadar konsentrasi debit
    emisi pendapatan pengeluaran upah konsumsi besaran kecepatan status
""")

# Well-known indicators named without a measure head (BPS statistics, national assessments, SAKIP scores).
# Matched at the start of the lower-cased name. Sources: BPS "Istilah" glossary (IPM, UHH, HLS, RLS, TPAK,
# TPT, Gini Ratio, NTP, PDRB), Kemendikbudristek Asesmen Nasional (AKM literasi/numerasi), PermenPANRB 88/2021
# (nilai SAKIP), BPKP (maturitas SPIP, kapabilitas APIP), Kemenkes (BOR, TFR).
NAMA_INDIKATOR: tuple[str, ...] = (
    "umur harapan hidup", "usia harapan hidup", "angka harapan hidup", "harapan lama sekolah",
    "rata-rata lama sekolah", "rata rata lama sekolah", "gini ratio", "rasio gini", "nilai tukar petani",
    "nilai tukar nelayan", "produk domestik regional bruto", "produk domestik bruto", "pdrb", "pdb", "apk", "apm",
    "aps", "ipm", "ipg", "idg", "ikm", "ikp", "iklh", "tpak", "tpt", "total fertility rate", "bed occupancy rate",
    "net death rate", "gross death rate", "kemampuan literasi", "kemampuan numerasi", "literasi membaca",
    "asesmen nasional", "akm ", "partisipasi angkatan kerja", "inflasi", "pertumbuhan ekonomi",
    "pengeluaran per kapita", "daya beli masyarakat", "kualitas konsumsi pangan", "pola pangan harapan",
    "maturitas spip", "kapabilitas apip", "reformasi birokrasi", "opini bpk", "nilai sakip", "predikat sakip",
)


def nama_dikenal(teks_kecil: str) -> bool:
    """The lower-cased name opens with a well-known indicator ('Kemampuan Literasi SD', 'TPAK perempuan')."""
    return teks_kecil.startswith(NAMA_INDIKATOR)


# Measure words as KBBI writes them, and the misspellings found in published indicators (LPPD Semarang
# 2018-2019: Prosentase, Presentase; issue 17: Persesntase). Any word this close to 'persentase' is read as it.
BAKU_UKURAN = "persentase"
SALAH_EJA_UKURAN = _kumpulan("prosentase presentase persesntase prosentasi persentasi presentasi persentse")

# Other spellings KBBI writes differently, common in RPJMD tables (Badan Bahasa, KBBI daring; PUEBI).
EJAAN_BAKU: dict[str, str] = {
    "produktifitas": "produktivitas", "efektifitas": "efektivitas", "aktifitas": "aktivitas",
    "kwalitas": "kualitas", "ijin": "izin", "perijinan": "perizinan", "tehnis": "teknis", "sistim": "sistem",
    "resiko": "risiko", "standarisasi": "standardisasi", "ketersedian": "ketersediaan", "propinsi": "provinsi",
    "obyek": "objek", "apotik": "apotek", "jaman": "zaman", "nasehat": "nasihat", "praktek": "praktik",
    "kadaluarsa": "kedaluwarsa", "analisa": "analisis", "prosen": "persen",
}
# Reduplicated words written without their hyphen are a different mistake ('rata rata' → 'rata-rata').
REDUPLIKASI = _kumpulan("rata masing kira sama-sama anak kanak")

# Action nouns borrowed whole ('-asi' from Dutch/English): the stemmer has them as roots, so affixes do not
# mark them. '-isasi' words are recognised by their ending; these are the rest seen in indicator names.
AKSI_SERAPAN = _kumpulan("""
    implementasi operasi rehabilitasi revitalisasi fasilitasi koordinasi integrasi evaluasi verifikasi validasi
    identifikasi inventarisasi konsolidasi sinkronisasi harmonisasi akselerasi intervensi inspeksi rekonstruksi
    renovasi restorasi reklamasi konservasi relokasi distribusi donasi mediasi advokasi edukasi
    normalisasi pemutakhiran
""")

# pe-…-an and ke-…-an nouns that name a sector, a group or an amount, not a process or a state.
BUKAN_PROSES = _kumpulan("""
    pendapatan penerimaan pengeluaran pertumbuhan perkembangan penggunaan persebaran perempuan perusahaan
    pertanian perikanan peternakan perkebunan pendidikan perumahan perhubungan perindustrian pertanahan
    perpustakaan perdagangan perbankan pemerintahan permukiman perkotaan perdesaan pedesaan pertambangan
    perekonomian pemuda kependudukan penduduk pengangguran perceraian perkawinan penyakit pelajar pelanggan
    penumpang pengunjung pendatang penderita pelaku penyandang pekerjaan penghasilan peningkatan penurunan
    pengurangan penambahan keluarga kecamatan kelurahan kabupaten kesehatan kebudayaan kehutanan kelautan
    ketenagakerjaan kemiskinan kematian kelahiran kesakitan kejadian kecelakaan kebakaran kekerasan kejahatan
    kunjungan lulusan satuan kawasan lapangan bangunan jaringan tanaman perjalanan kesenian kepemudaan
    persalinan kehamilan pelanggaran pencemaran perkara
""")
# Process nouns that still name a result when a result clause follows ('Penanganan pengaduan yang tuntas').
BERHASIL = _kumpulan("""
    tuntas selesai berhasil lulus sesuai tepat memenuhi mencapai meningkat menurun terpenuhi tertangani
    ditindaklanjuti diselesaikan terselesaikan terlayani memperoleh mendapatkan mendapat menerima memiliki
    dalam kondisi
""")
# Words that count people taking part: 'Jumlah peserta yang mengikuti …' counts attendance, not a result.
IKUT_SERTA = _kumpulan("mengikuti menghadiri hadir ikut")

# Output verbs: 'Jumlah gedung TK yang diperbaiki' counts what a PD produced (seed 004 slide 22).
KELUARAN_PASIF = _kumpulan("""
    dibangun diperbaiki direhabilitasi direnovasi disusun diterbitkan disalurkan diadakan dibuat disediakan
    dipasang ditanam dicetak diserahkan dibagikan didistribusikan dilaksanakan diselenggarakan dilatih
    disosialisasikan dipelihara ditingkatkan dikembangkan
""")
BENDA_KELUARAN = _kumpulan("""
    gedung jalan jembatan unit paket dokumen sarana prasarana alat peralatan kendaraan bangunan saluran
    laporan buku aplikasi sistem fasilitas ruang kelas bantuan
""")
# Infrastructure whose result is measured by length in good condition (Permen PUPR 13/2011: kondisi mantap).
PRASARANA_PANJANG = _kumpulan("jalan saluran drainase sungai jaringan irigasi tanggul pipa trotoar")

# Sectors for the relevance check: an indicator and its sasaran share a sector when they share a stem or a
# group here (seed 004 slide 12: pupuk and irigasi are inputs of pertanian, not measures of pangan).
SEKTOR: dict[str, frozenset[str]] = {
    "kesehatan": _kumpulan("""sehat kesehatan gizi balita bayi ibu hamil puskesmas imunisasi stunting penyakit
        dokter bidan perawat rumah sakit rsud kematian harapan hidup sanitasi jamban tbc dbd hiv malaria
        obat posyandu kb kontrasepsi anemia pasien rawat klinik faskes jkn bpjs nakes persalinan kesakitan
        penduduk keluarga"""),
    "pendidikan": _kumpulan("""didik pendidikan sekolah guru siswa murid pelajar lulus apk apm aps paud sd smp
        sma smk literasi numerasi baca huruf aksara belajar kelas"""),
    "pangan": _kumpulan("""pangan beras padi pangan konsumsi gizi pph cadangan harga"""),
    "pertanian": _kumpulan("""tani pertanian petani pupuk irigasi benih sawah lahan ternak kebun panen ntp"""),
    "ekonomi": _kumpulan("""ekonomi pdrb investasi modal umkm koperasi usaha dagang pasar ekspor inflasi
        pendapatan miskin kemiskinan kerja pengangguran tpt upah pariwisata wisata"""),
    "perhubungan": _kumpulan("""hubung perhubungan angkutan transportasi terminal lalu lintas kendaraan pelabuhan
        penumpang jalan jembatan"""),
    "lingkungan": _kumpulan("""lingkungan sampah limbah air udara hijau rth hutan emisi iklh sungai banjir
        bencana"""),
    "tata kelola": _kumpulan("""sakip opini bpk wtp apip spip akuntabilitas kinerja aset keuangan anggaran
        laporan pegawai asn aparatur reformasi birokrasi layanan pelayanan ikm pengaduan temuan
        rencana perencanaan rkpd rpjmd renstra renja program target makro pembangunan pengawasan awas periksa
        pemeriksaan rekomendasi inspektorat audit intern pendapatan pad pajak retribusi kemandirian mandiri
        realisasi belanja"""),
}
