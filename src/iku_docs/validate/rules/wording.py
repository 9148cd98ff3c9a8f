"""Wording of an indicator: a measure of a result, not an activity, an intention or a sasaran.

The seeds name the defects (seed 002: "Melaksanakan tugas dengan baik", "Menghadiri rapat";
seed 004 slides 18-22: "Terselenggaranya rehab gedung TK", "Terlaksananya pengelolaan obat",
"Peningkatan kinerja unit kerja") and the measurable forms ("Jumlah gedung TK yang diperbaiki",
"% jenis obat yang tidak dapat disediakan"). ``klasifikasi`` reads the first words of the
text, because Indonesian indicator names put the kind of statement first; a name that opens
with a measure ("Persentase", "Indeks", an acronym such as "IPM") is never flagged as
activity, sasaran or vague wording. Every finding carries a rewrite built from the user's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from iku_docs.findings import Temuan
from iku_docs.model import IKU, Pemda
from iku_docs.validate.rules import leksikon
from iku_docs.validate.rules.base import Aturan, rapikan, ringkas, temuan
from iku_docs.workbook import contract as c

# --- Lexicon ---------------------------------------------------------------------------


def _kumpulan(words: str) -> frozenset[str]:
    """A word list written as running text, so the lexicon reads like a glossary."""
    return frozenset(words.split())


# First words that name a measure (seed 004 slide 4-5: the six kinds of number, plus the
# heads used in RPJMD/LKjIP tables). "%" is a word after ``_tokens``.
UKURAN = _kumpulan("""
    % persen persentase presentase prosentase jumlah jml jlh banyaknya indeks index rasio ratio angka tingkat
    nilai opini prevalensi insidensi cakupan rata-rata proporsi laju skor predikat capaian level kategori
    usia umur harapan lama waktu durasi frekuensi produktivitas produksi pertumbuhan kontribusi pendapatan
    pengeluaran realisasi volume luas panjang kepadatan besaran total koefisien gini peringkat ranking
    kecepatan kadar konsentrasi debit emisi
""")

# Result statements: the way a sasaran is written ("Meningkatnya derajat kesehatan").
ARAH_NAIK = _kumpulan("""
    meningkatnya bertambahnya membaiknya menguatnya berkembangnya tumbuhnya meluasnya peningkatan penambahan
    perluasan
""")
ARAH_TURUN = _kumpulan("""
    menurunnya berkurangnya turunnya penurunan pengurangan
""")
KONDISI_NYA = _kumpulan("""
    terwujudnya tercapainya terjaminnya terpenuhinya terkendalinya terjaganya terlindunginya mantapnya
    lestarinya terciptanya terintegrasinya tertatanya meratanya berfungsinya teratasinya terbebasnya
    terbentuknya
""")
_NYA_BENTUK = re.compile(r"^(?:me|ber|ter|ke)[a-z]{3,}nya$")
# pe-…-an nouns name a process ('penanaman', 'penertiban') unless they name a sector, a group or an amount.
_PE_AN = re.compile(r"^pe(?:m|n|ng|ny|r)?[a-z]{3,}an$")
_PE_AN_BUKAN_PROSES = _kumpulan("""
    pendapatan penerimaan pengeluaran pertumbuhan perkembangan penggunaan penyerapan persebaran perempuan
    perusahaan pertanian perikanan peternakan perkebunan pendidikan perumahan perhubungan perindustrian
    pertanahan perpustakaan perdagangan perbankan pemerintahan permukiman perkotaan perdesaan pedesaan
    pertambangan perekonomian pemuda kependudukan
""")

# Process wrappers: say that something was carried out, not what it achieved.
PEMBUNGKUS = _kumpulan("""
    terlaksananya terselenggaranya terlaksana terselenggara terlaksanakannya dilaksanakannya terealisasinya
    pelaksanaan penyelenggaraan melaksanakan menyelenggarakan melakukan mengadakan kegiatan program
    terlaksanakan
""")

# Activity words (verb or noun) → the family that decides the suggested measure.
_KELUARGA: dict[str, tuple[str, ...]] = {
    "latih": ("pelatihan", "diklat", "bimtek", "bimbingan", "kursus", "melatih", "terlatihnya", "magang"),
    "sosialisasi": ("sosialisasi", "penyuluhan", "kampanye", "edukasi", "mensosialisasikan", "menyosialisasikan",
                    "tersosialisasikannya", "tersosialisasinya", "menyuluh", "publikasi", "promosi"),
    "susun": ("penyusunan", "menyusun", "tersusunnya", "pembuatan", "membuat", "perumusan", "merumuskan",
              "perencanaan", "merencanakan", "penerbitan", "menerbitkan", "penyiapan", "menyiapkan", "kajian",
              "penelitian", "terbitnya", "diterbitkannya"),
    "bangun": ("pembangunan", "membangun", "terbangunnya", "rehabilitasi", "rehab", "merehabilitasi",
               "terehabilitasinya", "perbaikan", "memperbaiki", "pemeliharaan", "memelihara", "terpeliharanya",
               "renovasi", "revitalisasi"),
    "sedia": ("penyediaan", "menyediakan", "tersedianya", "ketersediaan", "pengadaan", "penyaluran", "menyalurkan",
              "tersalurkannya", "tersalurnya", "pendistribusian", "distribusi", "mendistribusikan",
              "terdistribusinya", "pemberian", "memberikan", "pengiriman", "mengirimkan"),
    "kelola": ("pengelolaan", "mengelola", "terkelolanya", "penatausahaan", "administrasi", "penataan", "menata",
               "pengaturan", "mengatur"),
    "bina": ("pembinaan", "membina", "terbinanya", "pendampingan", "mendampingi", "pemberdayaan",
             "memberdayakan", "pengembangan", "penguatan", "pemantapan", "optimalisasi", "percepatan",
             "intensifikasi", "ekstensifikasi"),
    "fasilitasi": ("fasilitasi", "memfasilitasi", "terfasilitasinya", "advokasi", "mediasi"),
    "rapat": ("koordinasi", "mengkoordinasikan", "mengoordinasikan", "terkoordinasinya", "rapat", "menghadiri",
              "pertemuan", "konsultasi", "sinkronisasi", "mengikuti", "musyawarah", "seminar", "lokakarya",
              "workshop"),
    "awasi": ("pengawasan", "mengawasi", "pemeriksaan", "memeriksa", "audit", "monitoring", "monev",
              "pemantauan", "memantau", "terpantaunya", "evaluasi", "mengevaluasi", "terevaluasinya",
              "verifikasi", "memverifikasi", "pengendalian", "mengendalikan", "penegakan", "razia", "patroli"),
    "layan": ("pelayanan", "melayani", "terlayaninya", "penanganan", "menangani", "tertanganinya",
              "penyelesaian", "menyelesaikan", "terselesaikannya"),
    "data": ("pendataan", "mendata", "terdatanya", "inventarisasi", "menginventarisasi", "terinventarisasinya",
             "pencatatan", "mencatat", "pengumpulan", "mengumpulkan", "pengolahan", "mengolah"),
}
AKTIVITAS: dict[str, str] = {w: fam for fam, words in _KELUARGA.items() for w in words}

# Intentions and vague qualities (seed 002 "Indikator Terlalu Umum dan Normatif").
NIAT = _kumpulan("""
    meningkatkan menurunkan mengoptimalkan mendukung mewujudkan memantapkan memperkuat mengupayakan menjamin
    menjaga mendorong memajukan menciptakan menumbuhkan memastikan mempercepat mengembangkan mengurangi
    menekan menuntaskan
""")
SAMAR = _kumpulan("""
    kualitas mutu kinerja kelancaran keberhasilan efektivitas efektifitas efisiensi optimalnya kemampuan
    kapasitas profesionalisme kesejahteraan ketertiban kenyamanan kondusivitas akuntabilitas tata kelembagaan
    sinergi sinergitas harmonisasi integritas transparansi partisipasi kesadaran pemahaman kepedulian dukungan
    keterpaduan keterbukaan kemandirian daya optimal terwujud baik
""")
# Phrases that make any indicator vague, even one that opens with a measure: nobody can
# check "dengan baik" without a stated standard (seed 000: "Mudah dipahami", "Terukur").
FRASA_NORMATIF = (
    "dengan baik", "secara baik", "dengan lancar", "secara lancar", "berjalan lancar", "secara optimal",
    "dengan optimal", "secara maksimal", "dengan maksimal", "sebaik-baiknya", "sebaik mungkin",
    "semaksimal mungkin", "seoptimal mungkin", "seoptimal-optimalnya", "lebih baik", "semakin baik",
    "efektif dan efisien", "secara efektif", "dengan efektif", "yang optimal", "yang maksimal",
)
_FRASA = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in FRASA_NORMATIF) + r")\b", re.IGNORECASE)
# The same phrases in lower case, matched case-sensitively: about three times faster than IGNORECASE. Used
# only to rule a name out, and only on ASCII text, where IGNORECASE is exactly a match on the lowered text
# (Unicode folds such as 'ſ' ~ 's' are why non-ASCII text always takes the full search).
_FRASA_KECIL = re.compile(r"\b(?:" + "|".join(re.escape(f.lower()) for f in FRASA_NORMATIF) + r")\b")
assert all(f.isascii() for f in FRASA_NORMATIF), "_FRASA_KECIL assumes ASCII phrases"


def _cari_frasa(text: str) -> re.Match[str] | None:
    """``_FRASA.search(text)``, skipped when the quick lower-case test already says there is no phrase."""
    if text.isascii() and not _FRASA_KECIL.search(text.lower()):
        return None
    return _FRASA.search(text)

# Activities counted as if they were results (seed 004 slide 12: "Jumlah kegiatan diklat aparatur
# yang dilakukan" is marked KR, kurang relevan).
KEGIATAN_DIHITUNG = _kumpulan("""
    kegiatan rapat sosialisasi pelatihan penyuluhan bimtek diklat pembinaan koordinasi fasilitasi monitoring
    monev pertemuan seminar lokakarya workshop pameran festival lomba kampanye event acara
""")
_HITUNG = frozenset({"jumlah", "jml", "jlh", "banyaknya", "frekuensi"})
_PORSI = frozenset({"persentase", "presentase", "%", "proporsi", "rasio"})
_DILAKSANAKAN = re.compile(r"\b(?:yang\s+)?(?:di)?(?:laksanakan|lakukan|selenggarakan|adakan|ikuti|hadiri|"
                           r"terlaksana|terselenggara)\b")

# Things and outputs: an indicator that opens with one names what is produced, not how much or how well
# ("Dokumen perencanaan daerah", "Sarana prasarana sekolah").
BENDA = _kumpulan("""
    dokumen laporan sarana prasarana gedung peralatan alat aplikasi sistem data informasi peraturan perda regulasi
    kebijakan bangunan fasilitas infrastruktur kendaraan buku
""")

# Words that name people: "pelatihan aparatur" trains aparatur, "pelatihan kewirausahaan" a topic.
ORANG = _kumpulan("""
    aparatur pegawai asn pns guru tenaga petani nelayan pemuda kader masyarakat warga penduduk pelaku umkm
    perangkat kepala pejabat siswa pelajar mahasiswa ibu bayi balita anak perempuan penyandang lansia
    keluarga peserta pencari wirausaha pengusaha peternak pembudidaya pekebun pedagang karyawan buruh
    pekerja relawan auditor penyuluh bidan dokter perawat kelompok koperasi ukm usaha desa kelurahan bumdes
    bumdesa lembaga organisasi sekolah pesantren posyandu poktan gapoktan ikm
""")
_IKUT = frozenset({"mengikuti", "menghadiri"})
_SEBELUM_PESERTA = re.compile(r"\s+(?:bagi|untuk|kepada|terhadap)\s+", re.IGNORECASE)


class Kelas(StrEnum):
    AKTIVITAS = "aktivitas"
    SASARAN = "sasaran"  # a sasaran (result statement) used as an indicator
    NORMATIF = "normatif"
    HITUNG_KEGIATAN = "hitung-kegiatan"
    TANPA_UKURAN = "tanpa-ukuran"  # a thing or an output named without any measure


@dataclass(frozen=True, slots=True)
class Bacaan:
    """How an indicator name reads: its class, the words that decided it, and a rewrite."""

    kelas: Kelas
    pemicu: str  # the word or phrase that decided
    usulan: str  # a measurable rewrite built from the text


# --- Reading an indicator name -----------------------------------------------------------

# Commas stay attached to their word so a suggestion keeps the user's punctuation ("tenaga, sarana").
_TOKEN = re.compile(r"%|[^\s()\[\]\"'“”]+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(rapikan(text))


def _lower(token: str) -> str:
    return token.lower().strip(".,;:-–—")


def _acronym(token: str) -> bool:
    """'IPM', 'AKB', 'PDRB', 'APM-SMP': statistics are named by acronyms in RPJMD tables."""
    core = token.strip(".,;:").split("-")[0]
    return len(core) >= 2 and core.isalpha() and core.isupper()


def _frasa(words: list[str]) -> str:
    """The user's words for a suggestion: Title Case softened ('Pelatihan Aparatur' → 'pelatihan aparatur'),
    acronyms kept ('UMKM')."""
    out = [w if _acronym(w) or not w[:1].isupper() or not w[1:].islower() else w.lower() for w in words]
    return " ".join(out).strip(" .,;:")


def membuka_dengan_ukuran(text: str) -> bool:
    tokens = _tokens(text)
    return bool(tokens) and _membuka(tokens, _lower(tokens[0]))


def _membuka(tokens: list[str], first: str) -> bool:
    """The name opens with a measure word ('Persentase', '%', an acronym such as 'IPM')."""
    return first in UKURAN or first.startswith("%") or _acronym(tokens[0])


@lru_cache(maxsize=16384)  # pure in the text; five rules read each name, workbooks repeat names
def klasifikasi(text: str) -> Bacaan | None:
    """Read an indicator name; None when it reads as a measure (or as nothing this rule knows)."""
    tokens = _tokens(text)
    if not tokens:
        return None
    words = [_lower(t) for t in tokens]
    frasa = _cari_frasa(text)
    if _membuka(tokens, words[0]):
        if frasa:
            return Bacaan(Kelas.NORMATIF, frasa.group(0), f"'{_tanpa_frasa(text, frasa)}'")
        hitung = _hitung_kegiatan(words)
        if hitung:
            return Bacaan(Kelas.HITUNG_KEGIATAN, hitung, _usulan_hitung(tokens, words))
        return None
    first = words[0]
    if leksikon.nama_dikenal(" ".join(words)):  # 'Kemampuan Literasi SD', 'Partisipasi angkatan kerja …'
        return None
    if frasa:
        return Bacaan(Kelas.NORMATIF, frasa.group(0), _usulan_normatif(tokens, words, frasa.group(0)))
    if first in ARAH_NAIK or first in ARAH_TURUN or first in KONDISI_NYA:
        return Bacaan(Kelas.SASARAN, tokens[0], _usulan_sasaran(tokens, words))
    if first in PEMBUNGKUS or first in AKTIVITAS:
        return Bacaan(Kelas.AKTIVITAS, tokens[0], _usulan_aktivitas(tokens, words))
    if first in NIAT or first in SAMAR:
        return Bacaan(Kelas.NORMATIF, tokens[0], _usulan_normatif(tokens, words, tokens[0]))
    if first in BENDA:
        return Bacaan(Kelas.TANPA_UKURAN, tokens[0], _usulan_benda(tokens))
    if _NYA_BENTUK.match(first):
        return Bacaan(Kelas.SASARAN, tokens[0], _usulan_sasaran(tokens, words))
    if _PE_AN.match(first) and first not in _PE_AN_BUKAN_PROSES:
        return Bacaan(Kelas.AKTIVITAS, tokens[0], _usulan_aktivitas(tokens, words))
    return None


def _hitung_kegiatan(words: list[str]) -> str | None:
    """'Jumlah rapat koordinasi yang dilaksanakan', 'Frekuensi monitoring': a count of activities, not of
    results. A share of activities is only flagged when it is the share carried out ('Persentase kegiatan
    yang terlaksana'); 'Persentase kegiatan yang mencapai target' measures results."""
    if len(words) < 2 or words[1] not in KEGIATAN_DIHITUNG:
        return None
    if words[0] in _HITUNG or (words[0] in _PORSI and _DILAKSANAKAN.search(" ".join(words))):
        return words[1]
    return None


# --- Suggestions ------------------------------------------------------------------------------


def _tanpa_frasa(text: str, frasa: re.Match[str]) -> str:
    """'Persentase tugas yang diselesaikan dengan baik' → '... diselesaikan sesuai standar yang ditetapkan'."""
    before, after = text[: frasa.start()].rstrip(), text[frasa.end():].strip()
    joined = f"{before} sesuai standar yang ditetapkan {after}".strip()
    return rapikan(joined)


# Sasaran topics and a measure commonly used for them in RPJMD (IKU Pemda practice).
_UKURAN_TOPIK: tuple[tuple[str, str], ...] = (
    ("stunting", "Prevalensi stunting pada balita"),
    ("kematian bayi", "Angka Kematian Bayi per 1.000 kelahiran hidup"),
    ("kematian ibu", "Angka Kematian Ibu per 100.000 kelahiran hidup"),
    ("gizi", "Prevalensi balita gizi kurang"),
    ("derajat kesehatan", "Usia Harapan Hidup"),
    ("kesehatan", "Usia Harapan Hidup"),
    ("pendidikan", "Rata-rata Lama Sekolah"),
    ("kemiskinan", "Persentase penduduk miskin"),
    ("miskin", "Persentase penduduk miskin"),
    ("pengangguran", "Tingkat Pengangguran Terbuka"),
    ("kesempatan kerja", "Tingkat Pengangguran Terbuka"),
    ("investasi", "Nilai realisasi investasi"),
    ("pertumbuhan ekonomi", "Laju pertumbuhan ekonomi"),
    ("perekonomian", "Laju pertumbuhan ekonomi"),
    ("ekonomi", "Laju pertumbuhan ekonomi"),
    ("daya beli", "Pengeluaran per kapita disesuaikan"),
    ("lingkungan", "Indeks Kualitas Lingkungan Hidup"),
    ("sampah", "Persentase sampah yang tertangani"),
    ("akuntabilitas kinerja", "Nilai SAKIP"),
    ("akuntabilitas keuangan", "Opini BPK atas Laporan Keuangan Pemerintah Daerah"),
    ("pengelolaan keuangan", "Opini BPK atas Laporan Keuangan Pemerintah Daerah"),
    ("reformasi birokrasi", "Indeks Reformasi Birokrasi"),
    ("pendapatan asli daerah", "Rasio PAD terhadap total pendapatan daerah"),
    ("pendapatan daerah", "Rasio PAD terhadap total pendapatan daerah"),
    ("wisata", "Jumlah kunjungan wisatawan"),
    ("jalan", "Persentase panjang jalan dalam kondisi mantap"),
    ("keamanan pangan", "Persentase sampel pangan yang memenuhi syarat keamanan pangan"),
    ("ketahanan pangan", "Skor Pola Pangan Harapan"),
    ("ketahanan keluarga", "Indeks Pembangunan Keluarga"),
    ("kumuh", "Persentase luas kawasan permukiman kumuh"),
    ("pangan", "Skor Pola Pangan Harapan"),
    ("petani", "Nilai Tukar Petani"),
    ("gender", "Indeks Pemberdayaan Gender"),
    ("perempuan", "Indeks Pemberdayaan Gender"),
    ("ketenteraman", "Persentase gangguan ketenteraman dan ketertiban umum yang tertangani"),
    ("ketertiban", "Persentase gangguan ketenteraman dan ketertiban umum yang tertangani"),
    ("bencana", "Indeks Risiko Bencana"),
    ("air minum", "Persentase rumah tangga dengan akses air minum layak"),
    ("sanitasi", "Persentase rumah tangga dengan akses sanitasi layak"),
    ("kinerja aparatur", "Indeks Profesionalitas ASN"),
    ("profesionalisme", "Indeks Profesionalitas ASN"),
    ("aparatur", "Indeks Profesionalitas ASN"),
    ("kepuasan", "Indeks Kepuasan Masyarakat"),
    ("tata kelola", "Indeks Reformasi Birokrasi"),
    ("kinerja", "Nilai SAKIP"),
)
_LAYANAN = re.compile(r"\b(?:pelayanan|layanan)\b.*", re.IGNORECASE)


def ukuran_untuk_sasaran(sasaran: str) -> str | None:
    """A well-known measure for a sasaran's topic ('Meningkatnya ketahanan pangan' → Skor PPH), for other rules."""
    return _ukuran_untuk(sasaran)


def _ukuran_untuk(topik: str) -> str | None:
    """A well-known measure for a sasaran topic ('kualitas pelayanan publik' → IKM terhadap pelayanan publik)."""
    layanan = _LAYANAN.search(topik)
    if layanan:
        return f"Indeks Kepuasan Masyarakat terhadap {layanan.group(0).strip(' .')}"
    low = topik.lower()
    return next((ukuran for kunci, ukuran in _UKURAN_TOPIK if re.search(rf"\b{kunci}", low)), None)


def _usulan_sasaran(tokens: list[str], words: list[str]) -> str:
    topik = _frasa(tokens[1:])
    turun = words[0] in ARAH_TURUN
    ukuran = _ukuran_untuk(topik)
    if ukuran:
        usulan = f"'{ukuran}'"
    elif words[0] in ARAH_NAIK | ARAH_TURUN and topik:
        usulan = f"'Persentase {'penurunan' if turun else 'peningkatan'} {topik}' atau besaran {topik} itu sendiri"
    else:
        usulan = "'Persentase … yang …' atau 'Indeks …'" + (f" yang menunjukkan {topik}" if topik else "")
    polaritas = " dengan polaritas Minimal" if turun else ""
    return f"{usulan}{polaritas}"


def _pisah_peserta(objek: str) -> tuple[str, str | None]:
    """'kewirausahaan bagi pemuda' → ('kewirausahaan', 'pemuda')."""
    parts = _SEBELUM_PESERTA.split(objek, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (objek, None)


def _orang(objek: str) -> bool:
    first = objek.split(" ", 1)[0].lower()
    return first in ORANG


def _usulan_aktivitas(tokens: list[str], words: list[str]) -> str:
    i = 0
    # 'Pelaksanaan kegiatan pelatihan …', 'Mengikuti pelatihan …': skip to the word that names the activity.
    while i < len(words) - 1 and (words[i] in PEMBUNGKUS or (words[i] in _IKUT and words[i + 1] in AKTIVITAS)):
        i += 1
    kata_kerja = words[i]
    keluarga = AKTIVITAS.get(kata_kerja)
    if keluarga is None:  # 'Terselenggaranya Musrenbang': the wrapper is the only activity word
        objek = _frasa(tokens[i:])
        return (f"'Persentase … yang …' atau 'Jumlah … yang …' yang menunjukkan hasil setelah {objek} "
                "dilaksanakan")
    kegiatan = kata_kerja if not kata_kerja.startswith(("me", "ter")) else _KATA_BENDA.get(keluarga, kata_kerja)
    objek = _SESUAI_STANDAR.sub("", _frasa(tokens[i + 1:])).strip(" ,")
    if not objek:  # 'Menghadiri rapat', 'Mengikuti pelatihan'
        return _TANPA_OBJEK.get(keluarga, "'Persentase … yang …' yang menunjukkan hasil {k}").format(k=kegiatan)
    return _TEMPLAT[keluarga](kegiatan, objek)


# The template adds its own standard; "yang sesuai standar" in the object would say it twice.
_SESUAI_STANDAR = re.compile(r"\s*(?:yang\s+)?sesuai\s+(?:dengan\s+)?(?:standar|ketentuan|kebutuhan)\b.*$",
                             re.IGNORECASE)
_TANPA_OBJEK = {
    "latih": "'Persentase peserta {k} yang dinyatakan kompeten'",
    "sosialisasi": "'Persentase sasaran {k} yang memahami materinya'",
    "rapat": "'Persentase keputusan {k} yang ditindaklanjuti'",
    "susun": "'Persentase dokumen yang diselesaikan tepat waktu dan sesuai standar'",
}


_KATA_BENDA = {"latih": "pelatihan", "sosialisasi": "sosialisasi", "susun": "penyusunan", "bangun": "pembangunan",
               "sedia": "penyediaan", "kelola": "pengelolaan", "bina": "pembinaan", "rapat": "koordinasi",
               "awasi": "pengawasan", "layan": "pelayanan", "data": "pendataan",
               "fasilitasi": "fasilitasi"}


def _latih(kegiatan: str, objek: str) -> str:
    topik, peserta = _pisah_peserta(objek)
    if peserta:
        return f"'Persentase {peserta} yang lulus {kegiatan} {topik}'"
    if _orang(objek):
        return f"'Persentase {objek} yang lulus {kegiatan}'"
    return f"'Persentase peserta {kegiatan} {objek} yang dinyatakan kompeten'"


def _sosialisasi(kegiatan: str, objek: str) -> str:
    topik, peserta = _pisah_peserta(objek)
    if peserta:
        return f"'Persentase {peserta} yang memahami {topik}'"
    if _orang(objek):
        return f"'Persentase {objek} yang menerapkan materi {kegiatan}'"
    return f"'Persentase sasaran {kegiatan} yang memahami {objek}'"


def _susun(kegiatan: str, objek: str) -> str:
    return f"'Persentase {objek} yang diselesaikan tepat waktu dan sesuai standar'"


_PASIF = {"pembangunan": "dibangun", "rehabilitasi": "direhabilitasi", "rehab": "direhabilitasi",
          "perbaikan": "diperbaiki", "pemeliharaan": "dipelihara", "renovasi": "direnovasi",
          "revitalisasi": "direvitalisasi"}


def _bangun(kegiatan: str, objek: str) -> str:
    pasif = _PASIF.get(kegiatan, "diperbaiki")
    return f"'Persentase {objek} dalam kondisi baik' atau 'Jumlah {objek} yang {pasif} dan berfungsi'"


def _sedia(kegiatan: str, objek: str) -> str:
    return f"'Persentase kebutuhan {objek} yang terpenuhi sesuai standar'"


def _kelola(kegiatan: str, objek: str) -> str:
    return f"'Persentase {objek} yang dikelola sesuai standar'"


def _bina(kegiatan: str, objek: str) -> str:
    if _orang(objek):
        return f"'Persentase {objek} yang memenuhi standar setelah {kegiatan}'"
    return f"'Persentase … yang memenuhi standar {objek}' (sebutkan apa yang dihitung)"


def _fasilitasi(kegiatan: str, objek: str) -> str:
    return f"'Persentase permohonan {objek} yang difasilitasi hingga selesai'"


def _rapat(kegiatan: str, objek: str) -> str:
    if objek.lower().startswith(("rapat", "pertemuan", "musyawarah")):  # 'Menghadiri rapat'
        return f"'Persentase keputusan {objek} yang ditindaklanjuti'"
    if kegiatan in {"rapat", "pertemuan", "musyawarah"}:
        return f"'Persentase keputusan {kegiatan} {objek} yang ditindaklanjuti'"
    return f"'Persentase rekomendasi hasil {kegiatan} {objek} yang ditindaklanjuti'"


def _awasi(kegiatan: str, objek: str) -> str:
    return f"'Persentase rekomendasi hasil {kegiatan} {objek} yang ditindaklanjuti'"


def _layan(kegiatan: str, objek: str) -> str:
    if kegiatan == "pelayanan":
        return f"'Persentase layanan {objek} yang diselesaikan sesuai standar waktu'"
    return f"'Persentase {objek} yang tertangani tuntas'"


def _data(kegiatan: str, objek: str) -> str:
    return f"'Persentase {objek} yang tercatat lengkap dan mutakhir'"


_TEMPLAT = {"latih": _latih, "sosialisasi": _sosialisasi, "susun": _susun, "bangun": _bangun, "sedia": _sedia,
            "kelola": _kelola, "bina": _bina, "fasilitasi": _fasilitasi, "rapat": _rapat, "awasi": _awasi,
            "layan": _layan, "data": _data}


def _usulan_hitung(tokens: list[str], words: list[str]) -> str:
    # 'Jumlah kegiatan sosialisasi … yang dilaksanakan' reads, without its count, as an activity.
    kegiatan = _tokens(_DILAKSANAKAN.sub("", " ".join(tokens[1:])))
    return _usulan_aktivitas(["kegiatan", *kegiatan], ["kegiatan", *(_lower(t) for t in kegiatan)])


_BENDA_FISIK = frozenset({"sarana", "prasarana", "gedung", "peralatan", "alat", "bangunan", "fasilitas",
                          "infrastruktur", "kendaraan"})
_BENDA_DIGITAL = frozenset({"aplikasi", "sistem"})


def _usulan_benda(tokens: list[str]) -> str:
    benda = _frasa(tokens)
    first = _lower(tokens[0])
    if first in _BENDA_FISIK:
        return f"'Persentase {benda} dalam kondisi baik'"
    if first in _BENDA_DIGITAL:
        return f"'Persentase layanan yang memanfaatkan {benda}' atau 'Jumlah pengguna aktif {benda}'"
    return f"'Persentase {benda} yang ditetapkan tepat waktu dan sesuai standar'"


_VAGUE_TEMPLAT = {
    "kelancaran": "'Persentase {x} yang selesai sesuai jadwal'",
    "kualitas": "'Persentase {x} yang memenuhi standar mutu'",
    "mutu": "'Persentase {x} yang memenuhi standar mutu'",
    "kinerja": "'Persentase {x} dengan nilai kinerja minimal Baik'",
    "kemampuan": "'Persentase {x} yang memenuhi standar kompetensi'",
    "kapasitas": "'Persentase {x} yang memenuhi standar kompetensi'",
    "efektivitas": "'Persentase {x} yang mencapai target'",
    "keberhasilan": "'Persentase {x} yang mencapai target'",
}


def _usulan_normatif(tokens: list[str], words: list[str], pemicu: str) -> str:
    # Drop the intention verb and the normative phrase; what is left is what the user cares about.
    sisa_words = _tokens(_FRASA.sub("", " ".join(tokens[1:] if words[0] in NIAT else tokens)))
    if sisa_words and (_lower(sisa_words[0]) in PEMBUNGKUS or _kata_kerja(_lower(sisa_words[0]))):
        sisa_words = sisa_words[1:]
    topik = _frasa(sisa_words)
    ukuran = _ukuran_untuk(topik) if topik else None
    if ukuran:
        return f"'{ukuran}'"
    head, rest = (_lower(sisa_words[0]), _frasa(sisa_words[1:])) if sisa_words else ("", "")
    if head in _VAGUE_TEMPLAT and rest:
        return _VAGUE_TEMPLAT[head].format(x=rest)
    if head in SAMAR and rest:
        return f"'Tingkat {topik}', dengan cara menghitungnya dijelaskan di Definisi Operasional dan Formula"
    if head in _TUGAS:
        return f"'Persentase {topik} yang diselesaikan tepat waktu sesuai standar'"
    if topik:
        return f"'Indeks …' atau 'Persentase … yang …' yang menunjukkan {topik}"
    return "'Persentase … yang …' dengan standar yang dijelaskan di Definisi Operasional"


_TUGAS = frozenset({"tugas", "pekerjaan", "kegiatan", "urusan", "laporan", "dokumen", "administrasi"})


def _kata_kerja(word: str) -> bool:
    """An activity verb ('melaksanakan', 'terlaksananya'), as opposed to an activity noun ('pelayanan')."""
    return word in AKTIVITAS and word.startswith(("me", "ter"))


# --- Rules ---------------------------------------------------------------------------------


def _indikator(model: Pemda) -> Iterator[tuple[IKU, Bacaan]]:
    for iku in model.all_iku():
        bacaan = klasifikasi(iku.nama)
        if bacaan is not None:
            yield iku, bacaan


def _periksa(model: Pemda, kelas: Kelas, aturan: Aturan) -> Iterator[Temuan]:
    for iku, bacaan in _indikator(model):
        if bacaan.kelas is kelas:
            yield temuan(aturan, iku, indikator=ringkas(iku.nama), pemicu=bacaan.pemicu, usulan=bacaan.usulan)


def _sasaran_sebagai_indikator(model: Pemda) -> Iterator[Temuan]:
    return _periksa(model, Kelas.SASARAN, SASARAN_SEBAGAI_INDIKATOR)


def _aktivitas(model: Pemda) -> Iterator[Temuan]:
    return _periksa(model, Kelas.AKTIVITAS, AKTIVITAS_RULE)


def _normatif(model: Pemda) -> Iterator[Temuan]:
    return _periksa(model, Kelas.NORMATIF, NORMATIF)


def _hitung(model: Pemda) -> Iterator[Temuan]:
    return _periksa(model, Kelas.HITUNG_KEGIATAN, HITUNG_KEGIATAN)


def _tanpa_ukuran(model: Pemda) -> Iterator[Temuan]:
    return _periksa(model, Kelas.TANPA_UKURAN, TANPA_UKURAN)


def _indikator_sebagai_sasaran(model: Pemda) -> Iterator[Temuan]:
    """A Sasaran cell that holds a measure ('Persentase …'): the sasaran then says no result to reach.
    Reported once per distinct sasaran per sheet/PD so a repeated sasaran gives one finding."""
    seen: set[tuple[str, str, str]] = set()
    for iku in model.all_iku():
        key = (iku.asal.lembar, iku.kode_pd, rapikan(iku.sasaran).lower())
        if key in seen or not membuka_dengan_ukuran(iku.sasaran):
            continue
        seen.add(key)
        yield temuan(INDIKATOR_SEBAGAI_SASARAN, iku, c.KOLOM_SASARAN, sasaran=ringkas(iku.sasaran),
                     usulan=_sasaran_dari(iku))


def _sasaran_dari(iku: IKU) -> str:
    """'Persentase penduduk miskin' (polaritas Minimal) → 'Menurunnya persentase penduduk miskin'."""
    arah = "Menurunnya" if iku.polaritas == c.POLARITAS[1] else "Meningkatnya"
    tokens = _tokens(iku.sasaran)
    first = tokens[0] if _acronym(tokens[0]) else tokens[0].lower()
    return f"'{arah} {_frasa([first, *tokens[1:]])}'"


SASARAN_SEBAGAI_INDIKATOR = Aturan("SMART-SASARAN-SEBAGAI-INDIKATOR", _sasaran_sebagai_indikator)
INDIKATOR_SEBAGAI_SASARAN = Aturan("SMART-INDIKATOR-SEBAGAI-SASARAN", _indikator_sebagai_sasaran)
AKTIVITAS_RULE = Aturan("SMART-AKTIVITAS", _aktivitas)
NORMATIF = Aturan("SMART-NORMATIF", _normatif)
HITUNG_KEGIATAN = Aturan("SMART-HITUNG-KEGIATAN", _hitung)
TANPA_UKURAN = Aturan("SMART-TANPA-UKURAN", _tanpa_ukuran)

ATURAN: tuple[Aturan, ...] = (AKTIVITAS_RULE, NORMATIF, SASARAN_SEBAGAI_INDIKATOR, INDIKATOR_SEBAGAI_SASARAN,
                              HITUNG_KEGIATAN, TANPA_UKURAN)
