"""Write docs/rules.md from the finding catalog (``src/iku_docs/catalog.py``).

    python tools/rules_md.py docs/rules.md      # or without an argument: print to stdout

The rule list, every structural code and the thresholds come from the code; the prose around them (how
wording is read, what was measured) is kept here. tests/test_catalog.py checks that docs/rules.md is what
this script writes, so edit the catalog or this file, never the Markdown. Developer tool; not shipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from iku_docs import catalog  # noqa: E402
from iku_docs.validate.rules import RULES, cascading, portfolio, targets, wording  # noqa: E402
from iku_docs.workbook import contract as c  # noqa: E402


def _angka(x: object) -> str:
    """0.9 → '0,90', 25 → '25': numbers as the document's readers write them."""
    return f"{x:.2f}".replace(".", ",") if isinstance(x, float) else str(x)


def _sel(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _pengantar() -> str:
    kode = [f"`{r.kode}`" for r in sorted(RULES, key=lambda r: r.kode) if r.tingkat == "galat"]
    galat = " dan ".join((", ".join(kode[:-1]), kode[-1])) if len(kode) > 1 else "".join(kode)
    return f"""# Aturan mutu indikator (SMART, portofolio, cascading)

Dokumen ini untuk peninjau (Bagian Organisasi, Bappeda, Inspektorat). Setiap temuan yang muncul pada
`iku-docs validate` dan laporan HTML/JSON memuat **kode** yang tetap, **tingkat**, **kriteria**, pesan yang
menjelaskan alasannya dan saran perbaikan yang disusun dari teks indikator itu sendiri. Daftar aturan mutu yang
sama ditampilkan oleh `iku-docs rules`. Dokumen ini dibuat dari katalog temuan (`src/iku_docs/catalog.py`)
dengan `python tools/rules_md.py docs/rules.md`; jangan diubah dengan tangan.

- **galat**: membuat dokumen salah; dokumen tidak dibuat sampai diperbaiki. Aturan mutu yang bertingkat galat
  hanya {galat}, karena Lampiran II, pohon kinerja atau capaian LKjIP menjadi salah.
- **peringatan**: indikator atau isian yang hampir pasti perlu diperbaiki, tetapi dokumen tetap dapat dibuat.
- **saran**: hal yang patut ditinjau ulang.

Aturan mutu dapat dimatikan per buku kerja dengan menulis kodenya (dipisah koma) pada isian
**{c.ISIAN_NONAKTIF}** di lembar **{c.LEMBAR_PENGATURAN.nama}**. Kode yang tidak dikenal dilaporkan sebagai peringatan
`PENGATURAN-ATURAN-TIDAK-DIKENAL` beserta kode yang paling mirip. Pemeriksaan struktur (kode `STRUK-…`, di bagian
akhir) tidak dapat dimatikan.

Rujukan: Pedoman Penyusunan Indikator Kinerja Utama (BKN, 2022) untuk cascading (Duplicate, Cluster, Unique,
Supportive); PermenPAN PER/9/M.PAN/5/2007 tentang Pedoman Umum Penetapan IKU dan PermenPANRB 53/2014 untuk
IKU, Perjanjian Kinerja dan LKjIP; serta materi bimbingan teknis penyusunan indikator kinerja SMART (spesifik,
terukur, dapat dicapai, relevan, berbatas waktu) yang menjadi acuan contoh di bawah.
"""


def _ringkasan() -> str:
    rows = ["## Ringkasan", "", "| Kode | Tingkat | Kriteria | Aturan |", "|---|---|---|---|"]
    for daftar in catalog.per_bagian(catalog.BAGIAN_MUTU).values():
        rows += [f"| `{k.kode}` | {k.tingkat} | {k.kriteria} | {_sel(k.judul)} |" for k in daftar]
    return "\n".join(rows) + "\n"


def _aturan() -> str:
    parts = ["## Daftar aturan mutu", ""]
    for bagian, daftar in catalog.per_bagian(catalog.BAGIAN_MUTU).items():
        parts += [f"### {bagian}", ""]
        for k in daftar:
            parts += [f"#### `{k.kode}` — {k.judul}", "", f"**{k.tingkat}** · {k.kriteria}", "", k.penjelasan, ""]
            parts += [f"- Contoh buruk: {'; '.join(x.tampil for x in k.buruk)}",
                      f"- Contoh baik: {'; '.join(x.tampil for x in k.baik)}", ""]
    return "\n".join(parts)


_CONTOH_USULAN = ("Terlaksananya pelatihan aparatur", "Terselenggaranya rehab gedung TK", "Menghadiri rapat",
                  "Pelaksanaan pelatihan kewirausahaan bagi pemuda", "Meningkatkan kualitas pelayanan",
                  "Mendukung kelancaran kegiatan", "Menurunnya angka kemiskinan")


def _usulan() -> str:
    return "\n".join(f"| {nama} | {_sel(wording.klasifikasi(nama).usulan)} |" for nama in _CONTOH_USULAN)


def _cara_membaca() -> str:
    return f"""## Cara membaca rumusan indikator

Aturan rumusan membaca kata-kata pertama indikator, karena nama indikator berbahasa Indonesia meletakkan jenis
pernyataannya di depan:

- Indikator yang diawali **ukuran** tidak pernah dilaporkan sebagai kegiatan, sasaran atau normatif:
  Persentase, %, Jumlah, Indeks, Rasio, Angka, Tingkat, Nilai, Opini, Prevalensi, Insidensi, Cakupan,
  Rata-rata, Proporsi, Laju, Skor, Predikat, Capaian, Level, Usia/Umur/Harapan (harapan hidup, harapan lama
  sekolah), Waktu, Produktivitas, Produksi, Pertumbuhan, Kontribusi, Pendapatan, Pengeluaran, Realisasi,
  Volume, Luas, Panjang, Kepadatan, Total, Koefisien, Gini, Emisi, dan singkatan statistik berhuruf besar
  (IPM, AKB, APK, PDRB …). Pengecualian: frasa normatif seperti "dengan baik" atau "secara optimal" tetap
  dilaporkan (`SMART-NORMATIF`), dan "Jumlah rapat/kegiatan/sosialisasi … yang dilaksanakan" dilaporkan sebagai
  `SMART-HITUNG-KEGIATAN` (lazim dinilai kurang relevan karena hanya menghitung kegiatan).
- **Kegiatan**: Terlaksananya, Terselenggaranya, Tersedianya, Tersusunnya, Pelaksanaan, Penyelenggaraan,
  Melaksanakan, Menyusun, Menghadiri, Fasilitasi, Koordinasi, Pembinaan, Sosialisasi, Pembangunan,
  Rehabilitasi, Pengelolaan, Penyediaan, Pengawasan, Monitoring, Pendataan … serta kata benda proses
  berpola pe-…-an yang tidak menamai sektor atau besaran (Penanaman, Penertiban …; tetapi bukan Pendapatan,
  Pertumbuhan, Pertanian, Pendidikan …).
- **Sasaran**: Meningkatnya, Menurunnya, Berkurangnya, Terwujudnya, Tercapainya, Terpenuhinya, Terkendalinya
  … (dan bentuk me-/ber-/ter-…-nya lain), serta Peningkatan/Penurunan.
- **Normatif**: kata kerja niat (Meningkatkan, Mendukung, Mewujudkan, Mengoptimalkan …) dan kata sifat/benda
  umum (Kualitas, Kinerja, Kelancaran, Efektivitas, Akuntabilitas, Kesejahteraan, Optimalnya …).
- **Tanpa ukuran**: nama benda atau keluaran saja (Dokumen …, Laporan …, Sarana prasarana …, Aplikasi …).

Saran perbaikan disusun dari objek kegiatan, misalnya (kolom kanan adalah saran yang dibuat iku-docs):

| Indikator | Saran |
|---|---|
{_usulan()}
"""


def _ambang() -> str:
    poin, kali = _angka(targets.LONJAKAN_POIN_PERSEN), _angka(targets.LONJAKAN_KALI)
    toleransi = _angka(int(cascading.TOLERANSI_CLUSTER * 100))
    jumlah = f"{portfolio.IKU_PEMDA_MIN}–{portfolio.IKU_PEMDA_MAX}"
    ejaan, huruf = _angka(portfolio.AMBANG_EJAAN), portfolio._PANJANG_EJAAN
    return f"""## Ambang yang dipilih

- **Lonjakan target** (`SMART-LONJAKAN-TARGET`): dalam satu langkah (baseline → tahun pertama, atau antar
  tahun), Persentase berubah lebih dari **{poin} poin**, atau angka lain naik lebih dari **{kali} kali lipat**
  atau turun di bawah **separuhnya**. Lintasan RPJMD yang lazim (stunting 20 → 14 dalam lima tahun,
  IKM 78 → 85) lolos; salah ketik dan salah skala (8 → 80, 0,93 → 93) tertangkap.
- **Cluster** (`CASC-CLUSTER-JUMLAH`): selisih jumlah target Cluster dengan target Pemda sampai
  **{toleransi}%** dianggap pembulatan.
- **Jumlah IKU Pemda** (`PORTO-JUMLAH-IKU`): **{jumlah}**, jumlah IKU strategis yang lazim dianjurkan.
- **Indikator hampir sama** (`PORTO-DUPLIKAT`, juga `PORTO-SASARAN-BEDA-TULIS`): teks dinormalkan (huruf
  kecil, tanda baca, singkatan dalam kurung, satuan di belakang seperti "per 1.000 kelahiran hidup", kata
  sambung, nama daerah; "%", "presentase", "proporsi", "prevalensi" → persentase; "jml" → jumlah; imbuhan
  "-nya/-kan" pada kata kerja me-/ber-/ter-). Dua indikator dianggap sama bila setiap kata masing-masing punya
  pasangan di yang lain, sama persis atau beda ejaan dengan rasio `difflib` ≥ **{ejaan}** (kata ≥ {huruf}
  huruf). Kata pembeda (SD/SMP, "ekstrem", "tangkap"/"budidaya") membuat dua indikator berbeda. Perbandingan
  hanya di satu tingkat: antar IKU Pemda, atau antar IKU satu Perangkat Daerah.
"""


def _hasil() -> str:
    return """## Hasil pengukuran

Diukur oleh `tests/validate/test_rules_quality.py` (`pytest tests/validate/test_rules_quality.py -s` mencetak
angkanya) pada set berlabel `tests/data/indikator_berlabel.py`, yang ditulis untuk proyek ini dari praktik
RPJMD/Renstra/LKjIP di tujuh bidang (kesehatan, pendidikan, lingkungan hidup, ekonomi, tata kelola,
infrastruktur, sosial), di luar contoh dalam bahan acuan. Indikator dihitung "tertangkap" bila salah satu aturan
rumusan melaporkan sel indikatornya saat seluruh aturan dijalankan (`run_rules`).

**Batas yang diuji:** menangkap **≥ 90%** indikator buruk dengan alarm palsu **≤ 5%** (paling banyak 1 dari 20
indikator baik).

| Set | Indikator buruk tertangkap | Alarm palsu pada indikator baik |
|---|---|---|
| Set utama (disusun bersama kosakata aturan) | 76 / 76 (100%) | 0 / 105 (0%) |
| Set uji (ditulis setelah kosakata ditetapkan) | 17 / 20 (85%) | 0 / 35 (0%) |
| Semua | 93 / 96 (96,9%) | 0 / 140 (0%) |

Catatan kejujuran: set utama ditulis bersamaan dengan kosakata aturan, jadi angka 100% adalah batas atas. Set
uji ditulis sesudahnya dan tidak dipakai untuk menyetel kata-kata tertentu; pada pengukuran pertama hasilnya
16/20 (80%). Sesudah itu ditambahkan satu pola umum (kata benda proses pe-…-an) — bukan kata dari set uji —
sehingga menjadi 17/20. Yang masih lolos: "Normalisasi sungai", "Bantuan alat tangkap untuk nelayan", "Operasi
pasar murah" (kata benda kegiatan di luar kosakata). Jenis cacat yang disebut aturan sama dengan label peninjau
pada 76 dari 76 indikator buruk set utama.

Pasangan berlabel untuk `PORTO-DUPLIKAT` (18 pasangan bermakna sama, 17 pasangan berbeda):

| Ambang ejaan | Pasangan sama ditemukan | Pasangan berbeda dianggap sama |
|---|---|---|
| 0,75 | 15 / 18 | 4 / 17 |
| 0,80 | 15 / 18 | 2 / 17 |
| 0,85 | 15 / 18 | 1 / 17 ("pengaduan"/"pengadaan") |
| **0,90 (dipakai)** | **14 / 18** | **0 / 17** |
| 0,95 | 14 / 18 | 0 / 17 |

Ambang 0,90 dipilih karena menggabungkan dua indikator yang berbeda lebih merugikan daripada melewatkan satu
salah ketik. Yang tidak ditemukan: singkatan lawan kepanjangan ("LKPD"), bentuk kata lain ("binaan"/"dibina"),
dan penambahan kata bermakna ("pada bayi").

## Kinerja

`run_rules` untuk 60 Perangkat Daerah × 12 IKU (725 indikator) berjalan sekitar 0,1 detik tanpa cache hangat
(diukur dengan `bench/bench.py`). Perbandingan kemiripan hanya dilakukan untuk pasangan yang berbagi
kata (indeks terbalik), dan hasil pembacaan teks disimpan di cache.
"""


def _struktur() -> str:
    parts = ["## Pemeriksaan struktur", "",
             "Sebelum aturan mutu, buku kerja diperiksa strukturnya: lembar, baris judul, kolom, isian wajib, angka, "
             "pilihan\ndan kode rujukan. Kriteria temuan ini selalu **Struktur**; pesannya menyebut sel dan nilai "
             "yang ditemukan.", ""]
    for bagian, daftar in catalog.per_bagian(catalog.BAGIAN_STRUKTUR).items():
        parts += [f"### {bagian}", "", "| Kode | Tingkat | Pemeriksaan | Penjelasan |", "|---|---|---|---|"]
        parts += [f"| `{k.kode}` | {k.tingkat} | {_sel(k.judul)} | {_sel(k.penjelasan)} |" for k in daftar]
        parts.append("")
    return "\n".join(parts)


def _menambah() -> str:
    return """## Menambah aturan

1. Tulis entri kodenya di `src/iku_docs/catalog.py`: tingkat, kriteria, judul, penjelasan untuk peninjau,
   templat pesan dan saran (isian `str.format`, misalnya `{indikator}`), serta contoh baik dan buruk.
2. Tulis fungsi `periksa(model) -> Iterable[Temuan]` dan `Aturan("KODE-BARU", periksa)` di modul keluarganya
   (`src/iku_docs/validate/rules/{wording,consistency,targets,portfolio,cascading}.py`) dan tambahkan ke `ATURAN`
   modul itu. Gunakan `temuan(aturan, iku, kolom, indikator=...)`: lembar, sel dan nilai terisi otomatis,
   argumen bernama mengisi templat, dan kalimatnya berasal dari katalog.
3. Jalankan `python tools/rules_md.py docs/rules.md`. `tests/test_catalog.py` menjalankan setiap contoh dan
   memeriksa bahwa setiap templat mendapat semua isiannya.
"""


def render() -> str:
    return "\n".join((_pengantar(), _ringkasan(), _aturan(), _cara_membaca(), _ambang(), _hasil(), _struktur(),
                      _menambah())).rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if argv:
        Path(argv[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
