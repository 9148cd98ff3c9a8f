"""The finding catalog: every code the tool can emit, with its wording, in one place.

Leaf module (imports only ``findings``), so the reader stage can use it as well as the schema
and the quality rules. Each ``Kode`` holds the severity, the criterion, a title and an
explanation for reviewers, the message and suggestion templates (``str.format`` fields), and,
for the quality rules, good and bad examples. Emitters pass fields — the user's words, the
rewrite a rule computed, the names of sheets and columns from ``workbook/contract.py`` — and
``temuan()`` builds the sentence; no message is composed where a finding is raised.
``iku-docs rules`` and docs/rules.md (``python tools/rules_md.py``) are generated from here.

Template fields: ``lembar``, ``sel``, ``baris``, ``kolom`` and ``nilai`` are always given (the
finding's own location and value); every other field must be passed by the emitter, except
the ``opsional`` ones, which print their fragment only when their field is given and non-empty.
A code whose wording depends on the case has named ``varian`` (same code, same criterion).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from iku_docs.findings import Temuan, Tingkat

G, P, S = Tingkat.GALAT, Tingkat.PERINGATAN, Tingkat.SARAN


class Kriteria:
    """The criterion a finding applies, spelled as reviewers read it."""

    STRUKTUR = "Struktur"
    SPESIFIK = "Spesifik"
    TERUKUR = "Terukur"
    DAPAT_DICAPAI = "Dapat dicapai"
    RELEVAN = "Relevan"
    BERBATAS_WAKTU = "Berbatas waktu"
    KONSISTENSI = "Konsistensi"
    AKUNTABEL = "Akuntabel"
    PORTOFOLIO = "Portofolio"
    CASCADING = "Cascading"


class Bagian:
    """Sections of the catalog, in the order docs/rules.md lists them."""

    BERKAS = "Struktur buku kerja"
    SEL = "Isi sel"
    PENGATURAN = "Aturan nonaktif"
    RUMUSAN = "Rumusan indikator"
    KONSISTENSI = "Konsistensi isian"
    TARGET = "Target tahunan"
    PORTOFOLIO = "Portofolio"
    CASCADING = "Cascading"


BAGIAN_STRUKTUR = (Bagian.BERKAS, Bagian.SEL, Bagian.PENGATURAN)
BAGIAN_MUTU = (Bagian.RUMUSAN, Bagian.KONSISTENSI, Bagian.TARGET, Bagian.PORTOFOLIO, Bagian.CASCADING)


@dataclass(frozen=True, slots=True)
class Templat:
    """The wording of one case: message, suggestion, and the tingkat when the case differs from the code's."""

    pesan: str
    saran: str | None = None
    tingkat: Tingkat | None = None


@dataclass(frozen=True, slots=True)
class Contoh:
    """A good or bad example of a quality rule: ``teks`` is what a reviewer reads; ``isian`` are the cells
    it fills, so tests/test_catalog.py can run it.

    ``isian`` keys are attributes of the indicator (``model.IKU``): ``nama``, ``sasaran``, ``formula``,
    ``baseline``, ``target`` (every year of the period, separated by ``;``), ``target_<year>``...;
    ``induk.<attribute>`` is the Pemda IKU that the indicator supports, ``kembar.<attribute>`` a second
    indicator of the same level copied from it, ``jumlah_iku`` the number of IKU Pemda and ``hapus``
    removes the indicator. Values are written as in a cell; ``""`` is a blank cell. ``pada`` says which
    indicator is meant: ``"pemda"`` (an IKU Pemda) or ``"pd"`` (the only IKU of a Perangkat Daerah).
    """

    teks: str
    isian: tuple[tuple[str, str], ...]
    pada: str = "pemda"

    @property
    def tampil(self) -> str:
        """As a list of examples shows it: an indicator name in quotes, a description as written."""
        teks = self.teks.replace("\n", " ⏎ ")  # a line break inside a cell, shown on one line
        return f"'{teks}'" if self.isian == (("nama", self.teks),) else teks


def contoh(teks: str, pada: str = "pemda", **isian: str) -> Contoh:
    return Contoh(teks, tuple(isian.items()) if isian else (("nama", teks),), pada)


def ubah(teks: str, isian: Mapping[str, str], pada: str = "pemda") -> Contoh:
    """An example whose cells have dotted keys (``induk.target``), which keywords cannot spell."""
    return Contoh(teks, tuple(isian.items()), pada)


@dataclass(frozen=True, slots=True)
class Kode:
    """One finding code and all of its wording."""

    kode: str
    tingkat: Tingkat
    kriteria: str
    bagian: str
    judul: str
    penjelasan: str
    pesan: str
    saran: str | None = None
    varian: Mapping[str, Templat] = field(default_factory=dict)
    opsional: Mapping[str, str] = field(default_factory=dict)  # field → fragment printed only when it is given
    buruk: tuple[Contoh, ...] = ()
    baik: tuple[Contoh, ...] = ()

    @property
    def mutu(self) -> bool:
        """A quality rule (it can be switched off in Aturan Nonaktif), as opposed to a structural check."""
        return self.bagian in BAGIAN_MUTU

    def templat(self, varian: str | None = None) -> Templat:
        if varian is None:
            return Templat(self.pesan, self.saran)
        return self.varian[varian]

    def semua_templat(self) -> dict[str | None, Templat]:
        return {None: self.templat(), **self.varian}


class TemplatError(Exception):
    """An emitter asked for a code, a variant or a field the catalog does not have: a bug, never the user's."""


def temuan(kode: str, *, lembar: str | None = None, sel: str | None = None, baris: int | None = None,
           kolom: str | None = None, nilai: str | None = None, varian: str | None = None, **fields: Any) -> Temuan:
    """The finding ``kode`` at this place, its message and suggestion built from the catalog's templates.

    An unknown code or variant, or a field a template needs that the emitter did not pass, is a
    ``TemplatError`` (not a KeyError, which a caller might take for missing data): the tests that run
    every check and every rule example find it."""
    try:
        entri = KODE[kode]
        templat = entri.templat(varian)
        isi = {"lembar": lembar, "sel": sel, "baris": baris, "kolom": kolom, "nilai": nilai, **fields}
        for nama, bagian in entri.opsional.items():
            isi[nama] = bagian.format_map(isi) if isi.get(nama) else ""
        pesan = templat.pesan.format_map(isi)
        saran = None if templat.saran is None else templat.saran.format_map(isi)
    except KeyError as exc:
        raise TemplatError(f"{kode} (varian {varian!r}): {exc} tidak ada") from exc
    return Temuan(kode=kode, tingkat=templat.tingkat or entri.tingkat, lembar=lembar, sel=sel, baris=baris,
                  kolom=kolom, nilai=nilai, pesan=pesan, saran=saran, kriteria=entri.kriteria)


# --- Structure: sheets, header rows, cells the reader meets -------------------------------------

_BERKAS = (
    Kode("STRUK-MAKRO", S, Kriteria.STRUKTUR, Bagian.BERKAS, "Berkas memuat makro",
         "Buku kerja .xlsm dibaca datanya saja. Temuan ini ada di setiap laporan agar peninjau tahu bahwa tidak "
         "ada isi berkas yang dijalankan.",
         "Berkas memuat makro (VBA); makro diabaikan dan tidak pernah dijalankan.",
         "Tidak perlu diubah. Bila ingin, simpan sebagai Buku Kerja Excel (.xlsx) tanpa makro."),
    Kode("STRUK-NAMA-LEMBAR", P, Kriteria.STRUKTUR, Bagian.BERKAS, "Nama lembar ditulis berbeda",
         "Nama lembar dicocokkan tanpa memperhatikan huruf besar dan spasi; lembar yang ditulis berbeda tetap "
         "dibaca, tetapi sebaiknya dinamai persis seperti templat.",
         "Nama lembar ditulis '{nilai}'; dibaca sebagai '{lembar}'.", "Ganti nama lembar menjadi '{lembar}' persis."),
    Kode("STRUK-LEMBAR-TERSEMBUNYI", P, Kriteria.STRUKTUR, Bagian.BERKAS, "Lembar disembunyikan",
         "Lembar yang disembunyikan tetap dibaca; isinya masuk ke dokumen walaupun tidak terlihat di Excel.",
         "Lembar '{lembar}' disembunyikan, tetapi tetap dibaca.",
         "Tampilkan lembar itu (klik kanan tab lembar > Tampilkan) agar isinya terlihat."),
    Kode("STRUK-JUDUL-HILANG", G, Kriteria.STRUKTUR, Bagian.BERKAS, "Baris judul kolom tidak ditemukan",
         "Judul kolom dicari di sepuluh baris pertama setiap lembar. Tanpa baris judul, isi lembar tidak dapat "
         "dibaca.",
         "Baris judul kolom lembar '{lembar}' tidak ditemukan di {n} baris pertama.",
         "Tulis judul kolom ({kolom}) pada satu baris di atas data."),
    Kode("STRUK-KOLOM-HILANG", G, Kriteria.STRUKTUR, Bagian.BERKAS, "Kolom wajib tidak ada",
         "Setiap kolom wajib harus ada di baris judul; urutan kolom bebas dan kolom tambahan boleh ada.",
         "Kolom wajib '{kolom}' tidak ada di lembar '{lembar}'.",
         "Tambahkan kolom berjudul '{kolom}' pada baris judul (baris {baris})."),
    Kode("STRUK-KOLOM-SALAH-EJA", G, Kriteria.STRUKTUR, Bagian.BERKAS, "Judul kolom salah eja",
         "Judul kolom yang mirip judul baku (salah ketik) tidak dibaca sebagai kolom itu; yang paling mirip "
         "disebutkan.",
         "Judul kolom '{nilai}' tidak dikenal. Maksud Anda '{kolom}'?", "Ganti judul kolom menjadi '{kolom}'."),
    Kode("STRUK-KOLOM-GANDA", P, Kriteria.STRUKTUR, Bagian.BERKAS, "Judul kolom ganda",
         "Bila satu judul muncul dua kali, hanya kolom pertama yang dibaca.",
         "Kolom '{kolom}' muncul lebih dari sekali; hanya kolom pertama yang dibaca.",
         "Hapus atau ganti judul kolom yang ganda."),
    Kode("STRUK-ISIAN-TIDAK-DIKENAL", P, Kriteria.STRUKTUR, Bagian.BERKAS, "Isian tidak dikenal",
         "Lembar isian (Identitas, Pengaturan) dibaca menurut nama isian; nama yang tidak dikenal diabaikan.",
         "Isian '{nilai}' tidak dikenal dan diabaikan.{mirip}", "Pakai nama isian dari templat, misalnya '{kolom}'.",
         opsional={"mirip": " Maksud Anda '{mirip}'?"}),
    Kode("STRUK-ISIAN-GANDA", P, Kriteria.STRUKTUR, Bagian.BERKAS, "Isian ditulis dua kali",
         "Bila satu isian ditulis pada dua baris, hanya baris pertama yang dibaca.",
         "Isian '{kolom}' ditulis lebih dari sekali; hanya yang pertama dibaca.", "Hapus baris isian yang ganda."),
    Kode("STRUK-SEL-GABUNG", S, Kriteria.STRUKTUR, Bagian.BERKAS, "Sel gabungan di dalam data",
         "Sel gabungan (misalnya Sasaran yang digabung di atas beberapa IKU) dibaca sebagai nilai yang sama untuk "
         "setiap baris yang digabung.",
         "Sel gabungan {nilai} dibaca sebagai nilai yang sama untuk setiap baris yang digabung.",
         "Tidak perlu diubah bila memang dimaksudkan demikian."),
    Kode("STRUK-RUMUS-TANPA-NILAI", G, Kriteria.STRUKTUR, Bagian.BERKAS, "Rumus yang belum dihitung",
         "iku-docs memakai nilai terakhir yang disimpan Excel atau LibreOffice dan tidak menghitung rumus. Rumus "
         "yang belum pernah dihitung tidak punya nilai, sehingga tidak dianggap sel kosong.",
         "Sel berisi rumus yang belum pernah dihitung, sehingga nilainya tidak tersimpan di berkas.",
         "Buka berkas di Excel atau LibreOffice, tekan Ctrl+Alt+F9 untuk menghitung ulang, simpan, lalu jalankan "
         "lagi; atau ketik nilainya langsung."),
    Kode("STRUK-SEL-TERLALU-PANJANG", G, Kriteria.STRUKTUR, Bagian.BERKAS, "Sel melebihi batas Excel",
         "Excel menyimpan paling banyak 32.767 karakter per sel; isi yang lebih panjang akan terpotong oleh Excel "
         "sendiri.",
         "Sel berisi {n} karakter, melebihi batas Excel 32.767 karakter per sel; Excel sendiri akan memotong "
         "isinya saat berkas disimpan.",
         "Persingkat isinya menjadi paling banyak 32.767 karakter (uraian yang panjang cukup diringkas; rinciannya "
         "dapat dimuat di dokumen pendukung)."),
    Kode("STRUK-DATA-KOSONG", G, Kriteria.STRUKTUR, Bagian.BERKAS, "Lembar tanpa data",
         "Lembar tabel yang wajib diisi tidak boleh kosong; untuk lembar yang boleh kosong (Program Anggaran) "
         "temuannya peringatan.",
         "Lembar '{lembar}' belum berisi data.", "Isi paling sedikit satu baris di bawah baris judul.",
         varian={"peringatan": Templat("Lembar '{lembar}' belum berisi data.",
                                       "Isi paling sedikit satu baris di bawah baris judul.", P)}),
    Kode("STRUK-PERIODE", G, Kriteria.STRUKTUR, Bagian.BERKAS, "Periode RPJMD tidak masuk akal",
         "Periode RPJMD menentukan kolom target dan tahun yang sah; periode terbalik atau lebih dari sepuluh tahun "
         "hampir pasti salah ketik.",
         "Periode RPJMD {awal}–{akhir} tidak masuk akal.",
         "{isian_periode_awal} tidak boleh lebih besar dari {isian_periode_akhir} dan periode paling lama "
         "{paling_lama} tahun (RPJMD lazimnya 5 tahun)."),
    Kode("STRUK-TARGET-PERIODE", G, Kriteria.STRUKTUR, Bagian.BERKAS, "Kolom target di luar periode",
         "Setiap kolom Target harus bertahun di dalam periode RPJMD; kolom di luar periode dilaporkan sekali, "
         "bukan sel demi sel.",
         "Kolom '{kolom}' di luar periode RPJMD {awal}–{akhir}.",
         "Hapus kolom itu atau perbaiki Periode Awal/Akhir di lembar {lembar_identitas}."),
    Kode("STRUK-MODEL", G, Kriteria.STRUKTUR, Bagian.BERKAS, "Data wajib belum lengkap",
         "Muncul hanya bila dokumen dibuat tanpa pemeriksaan struktur dan ada data wajib yang belum lengkap.",
         "Model tidak dapat dibuat karena data wajib belum lengkap ({sebab}).",
         "Perbaiki semua galat struktur terlebih dahulu."),
)

# --- Structure: the value of one cell -----------------------------------------------------------

_NILAI_SEL = "{jenis_kolom} '{kolom}': {detail}"


def _urai(kode: str, judul: str, penjelasan: str) -> Kode:
    """A code raised by a parser in workbook/values.py: ``detail`` and ``saran_nilai`` are the parser's
    reason and fix, written beside the rule they explain."""
    return Kode(kode, G, Kriteria.STRUKTUR, Bagian.SEL, judul, penjelasan, _NILAI_SEL, "{saran_nilai}")


_SEL = (
    Kode("STRUK-KOLOM-WAJIB", G, Kriteria.STRUKTUR, Bagian.SEL, "Sel wajib kosong",
         "Kolom berjudul biru tua wajib diisi pada setiap baris data. Sel yang hanya berisi spasi dianggap kosong.",
         "Kolom '{kolom}' wajib diisi, tetapi sel ini kosong.", "Isi sel ini.{contoh}",
         opsional={"contoh": " Contoh: {contoh}."}),
    Kode("STRUK-ISIAN-WAJIB", G, Kriteria.STRUKTUR, Bagian.SEL, "Isian wajib kosong",
         "Isian wajib di lembar Identitas harus diisi; dokumen memerlukannya.",
         "Isian '{kolom}' wajib diisi.", "Isi kolom {kolom_nilai} pada baris '{kolom}'.{contoh}",
         opsional={"contoh": " Contoh: {contoh}."}),
    _urai("STRUK-ANGKA", "Bukan angka",
          "Angka ditulis seperti kebiasaan kantor: koma untuk desimal, titik untuk ribuan (6,5; 1.250.000; 93%)."),
    Kode("STRUK-NILAI-RENTANG", G, Kriteria.STRUKTUR, Bagian.SEL, "Angka di luar rentang wajar",
         "Target, realisasi, baseline dan standar nasional dibatasi pada rentang yang masuk akal: paling besar "
         "seratus ribu triliun (di atas produk domestik bruto Indonesia dalam rupiah), dan angka selain 0 paling "
         "dekat sepersejuta dari 0. Di luar itu angkanya hampir pasti salah ketik atau hasil rumus yang rusak.",
         "{jenis_kolom} '{kolom}': angka {nilai} di luar rentang wajar {bawah} sampai {atas}.",
         "Periksa angkanya; bila memang sangat besar, tulis dalam satuan yang lebih besar (juta, miliar) dan "
         "sesuaikan Satuan.",
         varian={"kecil": Templat("{jenis_kolom} '{kolom}': angka {nilai} terlalu dekat dengan 0; angka selain 0 "
                                  "paling kecil {terkecil}.",
                                  "Tulis 0 bila nilainya memang nol, atau periksa rumus dan satuannya.")}),
    Kode("STRUK-PERSEN-RENTANG", G, Kriteria.STRUKTUR, Bagian.SEL, "Persentase di luar rentang wajar",
         "Nilai indikator berjenis angka Persentase ditulis dalam poin persen (93 atau 93%) dan berada di antara "
         "−1000 dan 1000; angka selain 0 paling dekat sepersejuta dari 0.",
         "{jenis_kolom} '{kolom}': persentase {nilai} di luar rentang wajar {bawah} sampai {atas} untuk indikator "
         "berjenis angka '{induk}'.",
         "Periksa angkanya: persentase ditulis dalam poin, misalnya 93 atau 93%, bukan 9300.",
         varian={"kecil": Templat("{jenis_kolom} '{kolom}': persentase {nilai} terlalu dekat dengan 0; angka "
                                  "selain 0 paling kecil {terkecil}.",
                                  "Tulis 0 bila nilainya memang nol, atau periksa rumus dan satuannya.")}),
    Kode("STRUK-UANG-RENTANG", G, Kriteria.STRUKTUR, Bagian.SEL, "Jumlah rupiah negatif atau tidak wajar",
         "Anggaran dan realisasi anggaran program tidak pernah negatif, dan satu program tidak beranggaran lebih "
         "dari sepuluh ribu triliun rupiah (di atas seluruh APBN).",
         "{jenis_kolom} '{kolom}': jumlah {nilai} rupiah melebihi batas wajar {atas} rupiah.",
         "Periksa jumlahnya; tulis dalam rupiah penuh, misalnya 1250000000 atau Rp 1.250.000.000.",
         varian={"negatif": Templat("{jenis_kolom} '{kolom}': jumlah rupiah {nilai} negatif.",
                                    "Tulis jumlahnya tanpa tanda minus; kosongkan Realisasi Anggaran bila belum "
                                    "ada realisasi.")}),
    Kode("STRUK-ANGKA-RENTANG", G, Kriteria.STRUKTUR, Bagian.SEL, "Angka di luar rentang",
         "Nomor urut dan isian angka di lembar Pengaturan mempunyai rentang yang diterima.",
         "{jenis_kolom} '{kolom}': angka {nilai} di luar rentang {bawah} sampai {atas}.",
         "Tulis angka antara {bawah} dan {atas}{bawaan}.",
         opsional={"bawaan": ", atau kosongkan untuk memakai {bawaan}"}),
    Kode("STRUK-TANGGAL-RENTANG", G, Kriteria.STRUKTUR, Bagian.SEL, "Tahun tanggal tidak wajar",
         "Tanggal penetapan, pengundangan dan penandatanganan dokumen daerah berada di antara tahun 1945 dan "
         "2100, rentang yang sama dengan isian tahun.",
         "{jenis_kolom} '{kolom}': tanggal {nilai} berada di luar tahun {bawah} sampai {atas}.",
         "Periksa tahunnya, atau kosongkan isian ini pada rancangan (dicetak sebagai titik-titik)."),
    _urai("STRUK-UANG", "Bukan jumlah rupiah", "Rupiah ditulis sebagai angka, boleh dengan 'Rp' dan titik ribuan."),
    _urai("STRUK-TAHUN", "Bukan tahun", "Tahun ditulis empat angka, antara 1945 dan 2100."),
    _urai("STRUK-TANGGAL", "Bukan tanggal",
          "Tanggal berupa sel tanggal Excel atau teks seperti '24 November 2026' atau '24-11-2026'."),
    _urai("STRUK-NILAI", "Bukan angka atau tingkat skala",
          "Target, realisasi dan baseline berupa angka, atau tingkat skala kualitatif (WTP/WDP/TW/TMP, AA…D, "
          "A…E) untuk indikator Kualitatif."),
    _urai("STRUK-KODE", "Bukan kode", "Kode ditulis sebagai teks, misalnya IKU-01 atau DINKES."),
    _urai("STRUK-NIP-ANGKA", "NIP diketik sebagai angka",
          "Excel hanya menyimpan 15 digit angka, sehingga NIP 18 digit yang diketik sebagai angka sudah berubah."),
    _urai("STRUK-GALAT-EXCEL", "Galat rumus Excel",
          "Nilai galat yang tersimpan (#DIV/0!, #REF!, #N/A, …) bukan nilai sel yang dapat dipakai."),
    _urai("STRUK-SKALA-PREDIKAT", "Skala predikat salah tulis",
          "Skala predikat ditulis sebagai batas bawah dan predikatnya, dipisah titik koma, berakhir pada batas 0."),
    Kode("STRUK-ANGKA-RAGU", P, Kriteria.STRUKTUR, Bagian.SEL, "Angka yang dapat dibaca dua cara",
         "'1.250' dibaca seribu dua ratus lima puluh (titik = ribuan), tetapi hasil salin dari program berbahasa "
         "Inggris bisa bermaksud 1,25. iku-docs tidak menebak; nilainya diminta dipastikan.",
         _NILAI_SEL, "Pastikan nilainya benar; tulis tanpa titik atau dengan koma desimal agar tidak bermakna "
         "ganda."),
    Kode("STRUK-PILIHAN", G, Kriteria.STRUKTUR, Bagian.SEL, "Bukan pilihan yang sah",
         "Kolom berdaftar pilihan hanya menerima salah satu pilihannya (huruf besar, spasi dan '&' untuk 'dan' "
         "tidak dipersoalkan).",
         "'{nilai}' bukan pilihan yang sah untuk '{kolom}'.", "Pilih salah satu: {pilihan}.{mirip}",
         opsional={"mirip": " Maksud Anda '{mirip}'?"}),
    Kode("STRUK-URUSAN", G, Kriteria.STRUKTUR, Bagian.SEL, "Urusan tidak dikenal",
         "Urusan pemerintahan ditulis menurut Lampiran UU 23/2014; nama yang paling mirip disebutkan.",
         "{kolom} '{nilai}' tidak dikenal dalam UU 23/2014.",
         "{mirip}Pilih nama urusan dari daftar pilihan sel (lihat lembar {lembar_petunjuk}).",
         opsional={"mirip": "Maksud Anda '{mirip}'? "}),
    Kode("STRUK-URUSAN-JENIS", G, Kriteria.STRUKTUR, Bagian.SEL, "Urusan di luar jenisnya",
         "Setiap urusan termasuk satu jenis urusan (Wajib Pelayanan Dasar, Wajib Non Pelayanan Dasar, Pilihan, "
         "Penunjang); Lampiran I mengelompokkan IKU menurut keduanya.",
         "{kolom} '{nilai}' tidak termasuk {kolom_induk} '{induk}'.",
         "{kolom} '{nilai}' termasuk '{induk_benar}': ganti {kolom_induk} atau {kolom}-nya."),
    Kode("STRUK-KODE-FORMAT", G, Kriteria.STRUKTUR, Bagian.SEL, "Kode memuat karakter yang tidak boleh",
         "Kode PD dan kode IKU menjadi bagian nama berkas dokumen, sehingga hanya memuat huruf, angka, titik, "
         "garis bawah dan tanda hubung.",
         "Kode '{nilai}' memuat spasi atau karakter selain huruf, angka, titik, garis bawah dan tanda hubung.",
         "Tulis kode seperti IKU-01 atau DINKES (tanpa spasi)."),
    Kode("STRUK-KODE-GANDA", G, Kriteria.STRUKTUR, Bagian.SEL, "Kode dipakai dua kali",
         "Kode PD unik di lembar Perangkat Daerah; kode IKU unik di kedua lembar IKU sekaligus.",
         "Kode '{nilai}' dipakai lebih dari sekali (juga di baris {baris_lain}).", "Beri setiap baris kode yang unik.",
         varian={
             "lembar-lain": Templat("Kode '{nilai}' dipakai lebih dari sekali (juga di lembar '{lembar_lain}').",
                                    "Beri setiap baris kode yang unik."),
             "baris-dan-lembar-lain": Templat("Kode '{nilai}' dipakai lebih dari sekali (juga di baris {baris_lain} "
                                              "dan lembar '{lembar_lain}').", "Beri setiap baris kode yang unik."),
         }),
    Kode("STRUK-KUNCI-GANDA", G, Kriteria.STRUKTUR, Bagian.SEL, "Baris ganda",
         "Kombinasi kolom kunci (misalnya Kode PD + Tahun + Program) tidak boleh terulang.",
         "Baris ini sama dengan baris {lain} untuk kolom {kunci}.", "Gabungkan kedua baris atau perbaiki salah "
         "satunya."),
    Kode("STRUK-RUJUKAN", G, Kriteria.STRUKTUR, Bagian.SEL, "Kode rujukan tidak ada",
         "Kode yang merujuk lembar lain (Kode PD, IKU Pemda yang didukung, kode IKU pada Realisasi) harus ada di "
         "lembar itu; kode yang paling mirip disebutkan.",
         "'{nilai}' tidak ada di kolom '{kolom_tujuan}' lembar '{lembar_tujuan}'.",
         "Tulis kode yang ada di lembar '{lembar_tujuan}'{mirip}, atau tambahkan barisnya di sana.",
         opsional={"mirip": " (maksud Anda '{mirip}'?)"}),
    Kode("STRUK-TAHUN-PERIODE", G, Kriteria.STRUKTUR, Bagian.SEL, "Tahun di luar periode RPJMD",
         "Tahun dokumen, tahun program dan tahun realisasi harus di dalam periode RPJMD.",
         "Tahun {nilai} di luar periode RPJMD {awal}–{akhir}.",
         "Tulis tahun antara {awal} dan {akhir}, atau perbaiki Periode di lembar {lembar_identitas}."),
    Kode("STRUK-NILAI-JENIS", G, Kriteria.STRUKTUR, Bagian.SEL, "Nilai tidak sesuai jenis angka",
         "Indikator Kualitatif bertarget tingkat skala (WTP, BB…); indikator lain bertarget angka. Capaian tidak "
         "dapat dihitung bila keduanya tertukar.",
         "Indikator berjenis angka '{induk}' diisi '{nilai}' pada kolom '{kolom}'.",
         "Untuk indikator Kualitatif tulis tingkat skala, misalnya WTP atau BB.",
         varian={"angka": Templat("Indikator berjenis angka '{induk}' diisi '{nilai}' pada kolom '{kolom}'.",
                                  "Tulis angka, atau ubah Jenis Angka menjadi Kualitatif bila targetnya berupa "
                                  "tingkat.")}),
    Kode("STRUK-NIP", P, Kriteria.STRUKTUR, Bagian.SEL, "NIP bukan 18 angka",
         "NIP pegawai negeri terdiri atas 18 angka; dicetak pada blok tanda tangan Perjanjian Kinerja.",
         "NIP '{nilai}' tidak terdiri atas 18 angka.", "Periksa NIP; tulis 18 angka tanpa spasi."),
    Kode("STRUK-UKURAN-HURUF", G, Kriteria.STRUKTUR, Bagian.SEL, "Ukuran huruf di luar rentang",
         "Ukuran huruf dokumen Word dibatasi agar naskah tetap terbaca dan muat di kertas.",
         "Ukuran huruf {nilai} di luar rentang {bawah}–{atas} pt.",
         "Tulis angka antara {bawah} dan {atas}, atau kosongkan untuk memakai {bawaan}."),
)

_PENGATURAN = (
    Kode("PENGATURAN-ATURAN-TIDAK-DIKENAL", P, Kriteria.STRUKTUR, Bagian.PENGATURAN, "Kode aturan tidak dikenal",
         "Kode pada isian Aturan Nonaktif yang tidak dikenal tidak mematikan aturan apa pun; kode yang paling mirip "
         "disebutkan. Temuan ini bukan aturan mutu, sehingga tidak dapat dimatikan.",
         "Kode aturan '{nilai}' pada isian '{kolom}' tidak dikenal, sehingga tidak ada aturan yang dimatikan "
         "olehnya.", "{mirip}Lihat daftar kode dengan 'iku-docs rules'.",
         opsional={"mirip": "Mungkin maksudnya '{mirip}'. "}),
    Kode("STRUK-PROGRAM-TANPA-IKU", S, Kriteria.STRUKTUR, Bagian.SEL, "Program tanpa IKU yang didukung",
         "Capaian kinerja program dan efisiensinya pada LKjIP dihitung dari indikator yang didukung program itu; "
         "tanpa kolom IKU Didukung, keduanya tidak dapat dihitung.",
         "Program '{program}' ({kode_pd}, {tahun}) belum menyebut IKU yang didukungnya, sehingga capaian kinerja "
         "dan efisiensinya tidak dapat dihitung pada LKjIP.",
         "Isi kolom '{kolom}' dengan Kode IKU yang didukung program ini, dipisah koma."),
    Kode("PENGATURAN-DIKTUM-PERATURAN", P, Kriteria.STRUKTUR, Bagian.SEL, "Peraturan ditulis dalam Diktum",
         "UU 12/2011 (Lampiran II) menyusun batang tubuh Peraturan dalam Pasal; bentuk Diktum (KESATU, KEDUA, ...) "
         "dipakai untuk Keputusan. Dokumen tetap dibuat dalam bentuk yang diminta.",
         "Peraturan Kepala Daerah ditulis dalam Diktum (KESATU, KEDUA, ...). Menurut UU 12/2011 (Lampiran II), "
         "batang tubuh Peraturan disusun dalam Pasal; bentuk Diktum dipakai untuk Keputusan Kepala Daerah.",
         "Kosongkan '{kolom}' atau isi 'Pasal'; bila IKU ditetapkan dengan Keputusan, isi '{jenis}' dengan "
         "'Keputusan'."),
)

# --- Quality: wording of the indicator ----------------------------------------------------------

_GANTI = "Ganti '{indikator}' dengan ukuran hasil, misalnya {usulan}."

_RUMUSAN = (
    Kode("SMART-AKTIVITAS", P, Kriteria.TERUKUR, Bagian.RUMUSAN, "Indikator berupa kegiatan, bukan hasil",
         "Indikator yang menyebut kegiatan atau proses ('Terlaksananya …', 'Terselenggaranya …', 'Tersedianya …', "
         "'Menyusun …', 'Menghadiri …', 'Pelaksanaan …', 'Fasilitasi …', 'Koordinasi …', 'Pembinaan …') tidak "
         "menunjukkan nilai tambah bagi masyarakat: 'Terselenggaranya rehab gedung TK' seharusnya 'Jumlah gedung "
         "TK yang diperbaiki'. IKU Pemda minimal mengukur hasil (outcome), IKU Perangkat Daerah minimal keluaran "
         "(output).",
         "Indikator '{indikator}' menggambarkan kegiatan atau proses ('{pemicu}'), bukan hasil. Kegiatan bisa "
         "terlaksana seluruhnya tanpa ada yang berubah bagi masyarakat, sehingga capaiannya tidak menunjukkan "
         "keberhasilan sasaran.", _GANTI,
         buruk=(contoh("Terlaksananya pelatihan aparatur"), contoh("Terselenggaranya rehab gedung TK"),
                contoh("Menghadiri rapat")),
         baik=(contoh("Persentase aparatur yang lulus pelatihan"), contoh("Jumlah gedung TK yang diperbaiki"))),
    Kode("SMART-NORMATIF", P, Kriteria.SPESIFIK, Bagian.RUMUSAN, "Indikator normatif atau terlalu umum",
         "Rumusan seperti 'Melaksanakan tugas dengan baik', 'Meningkatkan kualitas pelayanan', 'Mendukung "
         "kelancaran kegiatan' atau 'Optimalnya …' tidak punya tolok ukur yang jelas sehingga penilaian menjadi "
         "subjektif. Kata seperti 'dengan baik' atau 'secara optimal' juga dilaporkan pada indikator yang sudah "
         "berbentuk ukuran, karena standarnya harus disebut.",
         "Indikator '{indikator}' bersifat normatif atau umum ('{pemicu}'): tidak ada tolok ukur yang dapat "
         "diverifikasi, sehingga capaiannya tidak dapat dihitung secara objektif.", _GANTI,
         buruk=(contoh("Melaksanakan tugas dengan baik"), contoh("Meningkatkan kualitas pelayanan"),
                contoh("Persentase tugas yang diselesaikan dengan baik")),
         baik=(contoh("Indeks Kepuasan Masyarakat terhadap pelayanan perizinan"),
               contoh("Persentase tugas yang diselesaikan sesuai standar waktu"))),
    Kode("SMART-SASARAN-SEBAGAI-INDIKATOR", P, Kriteria.TERUKUR, Bagian.RUMUSAN, "Sasaran ditulis sebagai indikator",
         "Indikator yang berbunyi seperti sasaran ('Meningkatnya …', 'Menurunnya …', 'Terwujudnya …', "
         "'Peningkatan …') menyatakan arah atau kondisi yang diinginkan, bukan besaran yang diukur. Indikator "
         "harus menyebut ukurannya ('Persentase …', 'Indeks …', 'Angka …') agar siapa pun yang mengukur mendapat "
         "hasil yang sama.",
         "Indikator '{indikator}' ditulis sebagai sasaran ('{pemicu} …'): kalimat itu menyatakan kondisi yang ingin "
         "dicapai, bukan alat ukurnya. Tanpa besaran yang diukur, dua orang bisa menilai capaiannya berbeda.", _GANTI,
         buruk=(contoh("Meningkatnya derajat kesehatan masyarakat"), contoh("Peningkatan kinerja unit kerja")),
         baik=(contoh("Usia Harapan Hidup"), contoh("Angka Kematian Bayi per 1.000 kelahiran hidup"))),
    Kode("SMART-INDIKATOR-SEBAGAI-SASARAN", S, Kriteria.SPESIFIK, Bagian.RUMUSAN, "Indikator ditulis sebagai sasaran",
         "Kolom Sasaran berisi alat ukur ('Persentase …', 'Indeks …'). Sasaran adalah pernyataan hasil "
         "('Meningkatnya derajat kesehatan masyarakat'); indikatornya mengukur sasaran itu, dan Lampiran I "
         "mencetak keduanya terpisah.",
         "Sasaran '{sasaran}' ditulis sebagai indikator (alat ukur). Sasaran menyatakan kondisi yang ingin dicapai; "
         "ukurannya ditulis di kolom indikator.",
         "Tulis sasaran sebagai hasil yang ingin dicapai, misalnya {usulan}, dan pindahkan '{sasaran}' ke kolom "
         "'{kolom_indikator}'.",
         buruk=(contoh("Sasaran 'Persentase penduduk miskin'", sasaran="Persentase penduduk miskin"),),
         baik=(contoh("Sasaran 'Menurunnya kemiskinan'", sasaran="Menurunnya kemiskinan"),)),
    Kode("SMART-HITUNG-KEGIATAN", S, Kriteria.RELEVAN, Bagian.RUMUSAN, "Indikator menghitung kegiatan",
         "'Jumlah rapat yang dilaksanakan' atau 'Jumlah kegiatan sosialisasi' memang terukur, tetapi hanya "
         "menghitung kegiatan. 'Jumlah kegiatan diklat aparatur yang dilakukan' lazim dinilai kurang relevan dan "
         "diganti dengan 'Jumlah aparatur yang meningkat kemampuannya'.",
         "Indikator '{indikator}' menghitung banyaknya kegiatan ('{pemicu}'), bukan hasilnya. Jumlah kegiatan yang "
         "dilaksanakan kurang relevan untuk mengukur keberhasilan sasaran.", _GANTI,
         buruk=(contoh("Jumlah kegiatan diklat aparatur yang dilakukan"),
                contoh("Jumlah rapat koordinasi yang dilaksanakan")),
         baik=(contoh("Jumlah aparatur yang meningkat kemampuannya"),
               contoh("Persentase kegiatan prioritas yang mencapai target kinerja"))),
    Kode("SMART-TANPA-UKURAN", P, Kriteria.TERUKUR, Bagian.RUMUSAN, "Indikator tanpa besaran yang diukur",
         "'Dokumen perencanaan daerah' atau 'Sarana prasarana sekolah' menyebut keluaran, tetapi tidak menyebut "
         "apa yang diukur darinya (jumlah, persentase, ketepatan waktu, kondisi). Indikator adalah nilai "
         "karakteristik tertentu yang dipakai untuk mengukur keluaran atau hasil.",
         "Indikator '{indikator}' hanya menyebut benda atau keluaran ('{pemicu}'), tanpa besaran yang diukur: tidak "
         "jelas apakah yang dihitung jumlahnya, ketepatan waktunya atau mutunya.", _GANTI,
         buruk=(contoh("Dokumen perencanaan daerah"), contoh("Sarana prasarana sekolah")),
         baik=(contoh("Persentase dokumen perencanaan yang ditetapkan tepat waktu"),)),
)

# The shape of the name (validate/rules/bentuk.py): what an indicator names when it names no measure.
_MEMBANGUN_SMART = "materi 'Membangun Indikator Kinerja SMART'"

_BENTUK = (
    Kode("SMART-BENTUK-TANPA-UKURAN", P, Kriteria.TERUKUR, Bagian.RUMUSAN, "Indikator tidak menyebut ukuran",
         "Indikator menyebut ukurannya lebih dulu ('Persentase …', 'Jumlah …', 'Indeks …', 'Rasio …') atau berupa "
         "indikator yang dikenal ('Usia Harapan Hidup', 'TPAK', 'IPM'). Bentuk kata lainnya menunjukkan apa yang "
         "disebut sebagai gantinya: kegiatan ('Normalisasi …', 'Operasi …', 'Penerapan …'), keadaan "
         "('Ketersediaan …', 'Semakin bersihnya …', 'Bersihnya …'), kata kerja ('Mengimplementasikan …') atau "
         "benda ('Kas titipan'). Tanpa ukuran, capaiannya tidak dapat dihitung: indikator adalah nilai "
         f"karakteristik yang digunakan untuk mengukur output atau outcome ({_MEMBANGUN_SMART}).",
         "Indikator '{indikator}' tidak menyebut ukuran: {bentuk} ('{pemicu}'). {akibat}",
         "Sebutkan yang diukur, misalnya {usulan}.",
         buruk=(contoh("Normalisasi saluran drainase"), contoh("Ketepatan proyeksi pendapatan"),
                contoh("Semakin bersihnya sungai"), contoh("Operasi pasar murah")),
         baik=(contoh("Persentase panjang saluran drainase dalam kondisi baik"),
               contoh("Kemampuan Literasi siswa SD"), contoh("Tingkat Partisipasi Angkatan Kerja perempuan"))),
    Kode("SMART-UKURAN-PROSES", S, Kriteria.RELEVAN, Bagian.RUMUSAN, "Ukuran atas proses atau keikutsertaan",
         "'Persentase pembinaan …', 'Persentase pelayanan …' atau 'Jumlah peserta yang mengikuti …' memang "
         "menyebut ukuran, tetapi yang diukur adalah proses, masukan atau kehadiran, bukan hasilnya; penyebutnya "
         f"pun tidak jelas. Ukuran kegiatan lazim dinilai kurang relevan ({_MEMBANGUN_SMART}). Ukuran dengan hasil "
         "yang disebut ('… yang ditindaklanjuti', '… yang tuntas') atau dengan pembanding yang jelas "
         "('… terhadap …') tidak dilaporkan.",
         "Indikator '{indikator}' mengukur {apa} ('{pemicu}'), bukan hasilnya: capaiannya bisa 100% tanpa ada yang "
         "berubah bagi sasaran.", "Ukur hasilnya, misalnya {usulan}.",
         buruk=(contoh("Persentase pembinaan kelompok industri"), contoh("Jumlah peserta yang mengikuti sosialisasi")),
         baik=(contoh("Persentase pengaduan yang ditangani tuntas"),
               contoh("Proporsi pengambilan air tanah terhadap ketersediaannya"))),
    Kode("SMART-EJAAN-UKURAN", S, Kriteria.SPESIFIK, Bagian.RUMUSAN, "Kata ukuran salah eja",
         "KBBI menulis 'persentase' (bukan 'prosentase', 'presentase' atau 'persesntase'). Kata ukuran tercetak "
         "pada Lampiran, PK dan LKjIP, dan ejaan yang berbeda membuat indikator yang sama tidak dikenali sebagai "
         "sama.",
         "Indikator '{indikator}' menulis '{salah}'; KBBI menulis '{benar}'.", "Tulis '{usulan}'.",
         buruk=(contoh("Prosentase komite SD aktif"), contoh("Presentase BUMD dengan kinerja keuangan baik")),
         baik=(contoh("Persentase komite SD yang aktif"),)),
    Kode("SMART-EJAAN-TEKS", S, Kriteria.SPESIFIK, Bagian.RUMUSAN, "Ejaan atau kata ganda pada nama indikator",
         "Nama indikator tercetak apa adanya pada dokumen resmi. Ejaan tidak baku menurut KBBI ('produktifitas', "
         "'perijinan'), kata yang tertulis dua kali ('data data') dan kata ulang tanpa tanda hubung ('rata rata'; "
         "PUEBI: kata ulang ditulis dengan tanda hubung) sebaiknya diperbaiki sebelum dokumen ditandatangani.",
         "Indikator '{indikator}': {masalah}.", "Tulis '{usulan}'.",
         buruk=(contoh("Indeks Produktifitas hasil pertanian"), contoh("Jumlah jumlah kunjungan wisatawan"),
                contoh("Rata rata lama sekolah")),
         baik=(contoh("Indeks produktivitas hasil pertanian"), contoh("Rata-rata lama sekolah"))),
    Kode("SMART-SATU-INDIKATOR", P, Kriteria.SPESIFIK, Bagian.RUMUSAN, "Beberapa indikator dalam satu sel",
         "Satu baris memuat satu indikator dengan satu target, satu satuan dan satu rumus. Sel yang memuat "
         "beberapa indikator (butir bernomor '(a) … (b) …', beberapa baris, atau beberapa kalimat yang "
         "masing-masing menyebut ukuran) tidak dapat diberi satu target dan satu capaian pada PK dan LKjIP.",
         "Indikator '{indikator}' memuat {n} indikator sekaligus: {daftar}.",
         "Tulis setiap indikator pada barisnya sendiri, dengan target, satuan dan formulanya masing-masing.",
         buruk=(contoh("(a) Angka Kematian Balita; (b) Angka Kematian Bayi"),
                contoh("Persentase jalan mantap\nPersentase jembatan baik")),
         baik=(contoh("Proporsi sekolah dengan akses ke: (a) listrik (b) internet"),)),
    Kode("SMART-LEVEL-OUTPUT", S, Kriteria.RELEVAN, Bagian.RUMUSAN, "IKU Pemda menghitung keluaran",
         "IKU Pemda mengukur hasil (outcome) bagi masyarakat; 'Jumlah gedung TK yang diperbaiki' menghitung "
         "keluaran (output) kegiatan perangkat daerah. Indikator yang sama tepat pada tingkat Perangkat Daerah, "
         "sehingga hanya dilaporkan pada lembar IKU Pemda.",
         "IKU Pemda '{indikator}' menghitung keluaran ('{pemicu}'): banyaknya yang dikerjakan, bukan perubahan yang "
         "dirasakan masyarakat.",
         "Pada tingkat Pemda pakai ukuran hasil, misalnya {usulan}; pindahkan '{indikator}' ke IKU Perangkat Daerah "
         "yang mengerjakannya.",
         buruk=(contoh("Jumlah gedung TK yang diperbaiki"),), baik=(contoh("Angka Partisipasi Kasar PAUD"),)),
    Kode("SMART-RELEVANSI", S, Kriteria.RELEVAN, Bagian.RUMUSAN, "Indikator tidak berkaitan dengan sasarannya",
         "Indikator mengukur sasarannya. Bila nama indikator tidak berbagi satu pun kata dasar atau bidang dengan "
         "sasarannya maupun dengan IKU Pemda yang didukungnya, keterkaitannya patut ditinjau (contoh 'kurang "
         f"relevan' dalam {_MEMBANGUN_SMART}: sasaran ketersediaan pangan diukur dengan jaringan irigasi dan "
         "pupuk).",
         "Indikator '{indikator}' tidak berbagi kata atau bidang dengan sasarannya '{sasaran}'{induk}.",
         "Pastikan indikator mengukur hasil sasaran itu sendiri, atau tulis alasan keterkaitannya di kolom Alasan; "
         "misalnya untuk sasaran ini {usulan}.",
         opsional={"induk": " maupun dengan IKU Pemda '{induk}' yang didukungnya"},
         buruk=(contoh("Jumlah pupuk yang disalurkan (sasaran: Meningkatnya ketersediaan pangan)",
                       nama="Jumlah pupuk yang disalurkan", sasaran="Meningkatnya ketersediaan pangan"),),
         baik=(contoh("Skor Pola Pangan Harapan (sasaran: Meningkatnya ketersediaan pangan)",
                      nama="Skor Pola Pangan Harapan", sasaran="Meningkatnya ketersediaan pangan"),)),
)

# --- Quality: the cells of one indicator agree with each other ----------------------------------

_SKALA_BAIK = {"jenis_angka": "Kualitatif", "satuan": "opini", "baseline": "WDP", "target": "WTP; WTP; WTP; WTP; WTP"}

_KONSISTENSI = (
    Kode("SMART-PERSEN-RUMUS", P, Kriteria.KONSISTENSI, Bagian.KONSISTENSI, "Persentase tanpa rumus pembagian",
         "Persentase adalah perbandingan bagian terhadap keseluruhan. Formula tanpa pembagian membuat angka yang "
         "dilaporkan tidak dapat diperiksa ulang.",
         "Jenis Angka Persentase, tetapi formula '{formula}' bukan perbandingan bagian terhadap keseluruhan.",
         "Tulis formula sebagai pembagian, misalnya '(Jumlah yang memenuhi kriteria ÷ Jumlah seluruh sasaran) × "
         "100%'.",
         buruk=(contoh("Persentase dengan formula 'Jumlah balita stunting yang ditangani'", jenis_angka="Persentase",
                       formula="Jumlah balita stunting yang ditangani"),),
         baik=(contoh("Persentase dengan formula '(Jumlah balita stunting yang ditangani ÷ Jumlah balita stunting) "
                      "× 100%'", jenis_angka="Persentase",
                      formula="(Jumlah balita stunting yang ditangani ÷ Jumlah balita stunting) × 100%"),)),
    Kode("SMART-PERSEN-SATUAN", P, Kriteria.KONSISTENSI, Bagian.KONSISTENSI, "Satuan tidak cocok dengan Jenis Angka",
         "Indikator Persentase bersatuan '%'; sebaliknya satuan '%' pada indikator Kualitatif atau Kuantitas Absolut "
         "menandakan jenis angkanya keliru. Lampiran dan PK mencetak satuan ini apa adanya.",
         "Jenis Angka Persentase, tetapi satuannya '{satuan}'.",
         "Tulis satuan '%', atau ubah Jenis Angka bila indikator ini bukan persentase.",
         varian={"persen-pada-jenis-lain": Templat(
             "Satuan '%' tidak cocok dengan Jenis Angka {jenis_angka}.",
             "Ubah Jenis Angka menjadi Persentase, atau tulis satuan yang sesuai (misalnya 'orang', 'unit', "
             "'opini').")},
         buruk=(contoh("Persentase bersatuan 'orang'", jenis_angka="Persentase", satuan="orang"),
                contoh("Kuantitas Absolut bersatuan '%'", jenis_angka="Kuantitas Absolut", satuan="%")),
         baik=(contoh("Persentase bersatuan '%'", jenis_angka="Persentase", satuan="%"),
               contoh("Kuantitas Absolut bersatuan 'orang'", jenis_angka="Kuantitas Absolut", satuan="orang"))),
    Kode("SMART-PERSEN-LEBIH-100", P, Kriteria.DAPAT_DICAPAI, Bagian.KONSISTENSI, "Persentase di atas 100",
         "Bagian dari keseluruhan tidak dapat melebihi 100%. Nilai di atas 100 biasanya salah ketik, salah skala, "
         "atau sebenarnya mengukur pertumbuhan yang seharusnya berjenis lain.",
         "Nilai {angka}% pada kolom '{kolom}' melebihi 100% untuk indikator berjenis Persentase (bagian dari "
         "keseluruhan tidak dapat melebihi 100%).",
         "Periksa apakah angka ditulis dalam skala yang benar (misalnya 0,93 atau 93), atau ubah Jenis Angka bila "
         "yang diukur adalah pertumbuhan/rasio.",
         buruk=(contoh("Persentase bertarget 120 pada tahun terakhir", jenis_angka="Persentase",
                       target="82; 84; 86; 88; 120"),),
         baik=(contoh("Persentase bertarget 82 sampai 100", jenis_angka="Persentase", target="82; 86; 90; 95; 100"),)),
    Kode("SMART-RASIO-RUMUS", P, Kriteria.KONSISTENSI, Bagian.KONSISTENSI, "Rasio tanpa rumus pembagian",
         "Rasio membandingkan angka absolut sesuatu dengan angka lain yang terkait (misalnya rasio dokter per "
         "penduduk); formulanya harus menyebut pembilang dan penyebut.",
         "Jenis Angka Rasio, tetapi formula '{formula}' tidak membandingkan dua besaran.",
         "Tulis formula sebagai pembagian, misalnya 'Jumlah dokter ÷ Jumlah penduduk × 1.000'.",
         buruk=(contoh("Rasio dengan formula 'Jumlah dokter'", jenis_angka="Rasio", satuan="rasio",
                       formula="Jumlah dokter"),),
         baik=(contoh("Rasio dengan formula 'Jumlah dokter per 100.000 penduduk'", jenis_angka="Rasio",
                      satuan="rasio", formula="Jumlah dokter per 100.000 penduduk"),)),
    Kode("SMART-KUALITATIF-SKALA", G, Kriteria.KONSISTENSI, Bagian.KONSISTENSI, "Target tidak sesuai Jenis Angka",
         "Target indikator Kualitatif harus berupa tingkat skala berurutan (WTP/WDP/TW/TMP, AA…D, A…E); target "
         "indikator lainnya harus angka. Bila tidak, capaian pada LKjIP tidak dapat dihitung, sehingga dokumen "
         "menjadi salah.",
         "Indikator Kualitatif diberi target/nilai angka {angka} pada kolom '{kolom}'; capaiannya tidak dapat "
         "dinilai pada skala.",
         "Tulis salah satu tingkat skala ({skala}), atau ubah Jenis Angka.",
         varian={
             "tingkat-asing": Templat("Nilai '{teks}' pada kolom '{kolom}' bukan tingkat skala kualitatif yang "
                                      "dikenal.", "Tulis salah satu tingkat skala ({skala})."),
             "teks-pada-angka": Templat("Nilai '{teks}' pada kolom '{kolom}' berupa teks, padahal Jenis Angka "
                                        "indikator ini {jenis_angka}.",
                                        "Tulis angka (misalnya '93' atau '6,5'), atau ubah Jenis Angka menjadi "
                                        "Kualitatif bila target berupa tingkat skala."),
         },
         buruk=(contoh("Kualitatif bertarget 90 pada tahun 2027", **{**_SKALA_BAIK, "target_2027": "90"}),
                contoh("Kualitatif dengan baseline 'Baik Sekali'", **{**_SKALA_BAIK, "baseline": "Baik Sekali"}),
                contoh("Persentase dengan baseline 'tinggi'", jenis_angka="Persentase", baseline="tinggi")),
         baik=(contoh("Kualitatif dengan baseline WDP dan target WTP", **_SKALA_BAIK),
               contoh("Persentase dengan baseline 80", jenis_angka="Persentase", baseline="80"))),
    Kode("SMART-DEFINISI-KOSONG", P, Kriteria.SPESIFIK, Bagian.KONSISTENSI,
         "Definisi operasional kosong atau mengulang nama",
         "Definisi operasional menjelaskan apa yang diukur dan batasannya, sehingga dua orang yang mengukur mendapat "
         "hasil yang sama (spesifik dan tidak berdwimakna). Isian '-' atau pengulangan nama indikator tidak "
         "memenuhi itu.",
         "Definisi operasional indikator '{indikator}' belum diisi.",
         "Jelaskan apa yang diukur, batasan populasinya dan periode pengukurannya.",
         varian={"mengulang-nama": Templat(
             "Definisi operasional hanya mengulang nama indikator, sehingga batasan yang diukur tidak jelas.",
             "Jelaskan apa yang dihitung, batasan populasinya dan periode pengukurannya.")},
         buruk=(contoh("Definisi operasional '-'", definisi="-"),
                contoh("Definisi operasional yang mengulang nama indikator", nama="Persentase balita ditimbang",
                       definisi="Persentase balita ditimbang.")),
         baik=(contoh("Definisi operasional yang menyebut populasi dan periode",
                      definisi="Balita yang ditimbang di posyandu dibagi seluruh balita, dalam satu tahun."),)),
    Kode("SMART-RUMUS-KOSONG", P, Kriteria.TERUKUR, Bagian.KONSISTENSI, "Formula kosong",
         "Tanpa formula, realisasi tidak dapat dihitung ulang atau diverifikasi (valid dan reliabel); Lampiran I "
         "Peraturan Kepala Daerah tentang IKU memuat formula setiap indikator.",
         "Formula indikator '{indikator}' belum diisi.",
         "Tulis cara menghitung, misalnya '(Jumlah X ÷ Jumlah Y) × 100%'.",
         buruk=(contoh("Formula kosong", formula=""), contoh("Formula '-'", formula="-")),
         baik=(contoh("Formula '(Jumlah X ÷ Jumlah Y) × 100%'", formula="(Jumlah X ÷ Jumlah Y) × 100%"),)),
    Kode("SMART-ALASAN-KOSONG", S, Kriteria.RELEVAN, Bagian.KONSISTENSI, "Alasan pemilihan indikator kosong",
         "Lampiran I dan II memuat kolom Alasan: mengapa indikator ini mengukur sasarannya. Tanpa alasan, relevansi "
         "indikator tidak dapat dinilai reviu.",
         "Alasan pemilihan indikator '{indikator}' belum diisi.",
         "Jelaskan mengapa indikator ini dipilih untuk mengukur sasaran.",
         buruk=(contoh("Alasan '…'", alasan="…"),),
         baik=(contoh("Alasan 'Stunting menentukan derajat kesehatan balita'",
                      alasan="Stunting menentukan derajat kesehatan balita"),)),
    Kode("SMART-SUMBER-KOSONG", P, Kriteria.TERUKUR, Bagian.KONSISTENSI, "Sumber data kosong",
         "Data indikator harus dapat dikumpulkan dan diverifikasi. Tanpa sumber data, realisasi tidak dapat "
         "ditelusuri.",
         "Sumber data indikator '{indikator}' belum diisi.",
         "Tulis sumber datanya, misalnya 'BPS Kabupaten', 'Profil Kesehatan', 'SIPD'.",
         buruk=(contoh("Sumber data 'belum ada'", sumber_data="belum ada"),),
         baik=(contoh("Sumber data 'Profil Kesehatan Kabupaten'", sumber_data="Profil Kesehatan Kabupaten"),)),
    Kode("SMART-PJ-KOSONG", P, Kriteria.AKUNTABEL, Bagian.KONSISTENSI, "Penanggung jawab kosong atau tidak dikenal",
         "Setiap indikator harus punya penanggung jawab yang jelas (akuntabel). IKU Pemda menyebut kode PD "
         "penanggung jawab yang terdaftar; IKU PD menyebut bidang/bagian.",
         "IKU {kode_iku} belum menyebut Perangkat Daerah penanggung jawab.",
         "Tulis kode PD dari lembar '{lembar_pd}', misalnya '{contoh_pd}'.",
         varian={
             "pd-tidak-dikenal": Templat("Kode PD '{kode_pd}' pada IKU {kode_iku} tidak ada di lembar '{lembar_pd}', "
                                         "sehingga penanggung jawabnya tidak jelas.",
                                         "Gunakan kode PD yang ada di lembar '{lembar_pd}'."),
             "pd-mirip": Templat("Kode PD '{kode_pd}' pada IKU {kode_iku} tidak ada di lembar '{lembar_pd}', "
                                 "sehingga penanggung jawabnya tidak jelas.",
                                 "Mungkin maksudnya '{mirip}'; atau tambahkan PD '{kode_pd}' ke lembar '{lembar_pd}'."),
             "unit-kosong": Templat("IKU {kode_iku} belum menyebut bidang/bagian yang bertanggung jawab.",
                                    "Tulis nama bidang atau bagian, misalnya 'Bidang Pelayanan Kesehatan'."),
         },
         buruk=(contoh("IKU Pemda tanpa PD penanggung jawab", pd_penanggung_jawab=""),
                contoh("PD penanggung jawab 'DINKESS' yang tidak terdaftar", pd_penanggung_jawab="DINKESS"),
                contoh("PD penanggung jawab 'BAPPEDA' yang tidak terdaftar", pd_penanggung_jawab="BAPPEDA"),
                contoh("IKU PD tanpa bidang/bagian", pada="pd", unit_terkait="")),
         baik=(contoh("PD penanggung jawab 'DINKES' yang terdaftar", pd_penanggung_jawab="DINKES"),
               contoh("IKU PD dengan bidang 'Bidang Pendidikan Dasar'", pada="pd",
                      unit_terkait="Bidang Pendidikan Dasar"))),
)

# --- Quality: targets over the period -----------------------------------------------------------

_TARGET = (
    Kode("SMART-BASELINE-KOSONG", P, Kriteria.DAPAT_DICAPAI, Bagian.TARGET, "Baseline kosong",
         "Tanpa kondisi awal, kewajaran target dan kemajuan antar waktu tidak dapat dinilai: indikator harus dapat "
         "dibandingkan (ada baseline, target, dan perbandingan antar waktu).",
         "IKU {kode_iku} tidak punya baseline, sehingga target tidak dapat dibandingkan dengan kondisi awal.",
         "Isi capaian tahun {tahun} (sebelum periode RPJMD) sebagai baseline.",
         varian={"tanpa-periode": Templat(
             "IKU {kode_iku} tidak punya baseline, sehingga target tidak dapat dibandingkan dengan kondisi awal.",
             "Isi capaian tahun sebelum periode RPJMD sebagai baseline.")},
         buruk=(contoh("Baseline kosong", baseline=""),),
         baik=(contoh("Baseline 80", baseline="80"),)),
    Kode("SMART-ARAH-TARGET", P, Kriteria.KONSISTENSI, Bagian.TARGET, "Target bergerak berlawanan dengan polaritas",
         "Untuk polaritas Maksimal target tiap tahun tidak boleh lebih rendah dari tahun sebelumnya (atau dari "
         "baseline); untuk polaritas Minimal tidak boleh lebih tinggi; tingkat skala kualitatif tidak boleh "
         "memburuk. Target yang memburuk biasanya salah urut atau polaritasnya salah pilih, dan membuat capaian "
         "pada LKjIP menyesatkan.",
         "{ke} ({nilai_ke}) turun dibanding {dari} ({nilai_dari}), padahal polaritas indikator ini {polaritas} "
         "(semakin tinggi semakin baik).",
         "Periksa urutan target atau polaritasnya; bila target memang memburuk, jelaskan alasannya di kolom Alasan.",
         varian={
             "naik": Templat("{ke} ({nilai_ke}) naik dibanding {dari} ({nilai_dari}), padahal polaritas indikator "
                             "ini {polaritas} (semakin rendah semakin baik).",
                             "Periksa urutan target atau polaritasnya; bila target memang memburuk, jelaskan "
                             "alasannya di kolom Alasan."),
             "memburuk": Templat("{ke} ({nilai_ke}) memburuk dibanding {dari} ({nilai_dari}), padahal polaritas "
                                 "indikator ini {polaritas} (semakin tinggi semakin baik).",
                                 "Periksa urutan target atau polaritasnya; bila target memang memburuk, jelaskan "
                                 "alasannya di kolom Alasan."),
             "memburuk-minimal": Templat("{ke} ({nilai_ke}) memburuk dibanding {dari} ({nilai_dari}), padahal "
                                         "polaritas indikator ini {polaritas} (semakin rendah semakin baik).",
                                         "Periksa urutan target atau polaritasnya; bila target memang memburuk, "
                                         "jelaskan alasannya di kolom Alasan."),
         },
         buruk=(contoh("Polaritas Maksimal, target 2027 (83) di bawah target 2026 (84)", polaritas="Maksimal",
                       target="82; 84; 83; 88; 90"),
                contoh("Polaritas Minimal dengan target yang naik", polaritas="Minimal", baseline="80",
                       target="82; 84; 86; 88; 90"),
                contoh("Target kualitatif WTP lalu WDP", **{**_SKALA_BAIK, "target": "WTP; WTP; WDP; WTP; WTP"}),
                contoh("Polaritas Minimal, target kualitatif WTP lalu WDP",
                       **{**_SKALA_BAIK, "polaritas": "Minimal", "target": "WTP; WTP; WDP; WTP; WTP"})),
         baik=(contoh("Polaritas Maksimal, target 82, 84, 86, 88, 90", polaritas="Maksimal", baseline="80",
                      target="82; 84; 86; 88; 90"),
               contoh("Polaritas Minimal, target 7,5 turun sampai 5,5", polaritas="Minimal", baseline="8",
                      target="7,5; 7; 6,5; 6; 5,5"))),
    Kode("SMART-LONJAKAN-TARGET", S, Kriteria.DAPAT_DICAPAI, Bagian.TARGET, "Lonjakan target yang tidak wajar",
         "Target harus realistis terhadap sumber daya (dapat dicapai). Dilaporkan bila dalam satu langkah (baseline "
         "ke tahun pertama, atau antar tahun) Persentase berubah lebih dari 25 poin, atau angka lain naik lebih dari "
         "dua kali lipat atau turun di bawah separuhnya. Ambang ini meloloskan lintasan RPJMD yang lazim dan "
         "menangkap salah ketik atau salah skala.",
         "Dari {dari} ({nilai_dari}) ke {ke} ({nilai_ke}) nilainya berubah {poin} poin persen dalam satu tahun; "
         "target seperti ini jarang realistis.",
         "Periksa apakah ada salah ketik atau salah skala (misalnya 0,93 dan 93); bila benar, jelaskan dasar "
         "penetapannya di kolom Alasan.",
         varian={
             "kali": Templat("Dari {dari} ({nilai_dari}) ke {ke} ({nilai_ke}) nilainya naik {kali} kali lipat dalam "
                             "satu tahun; target seperti ini jarang realistis.",
                             "Periksa apakah ada salah ketik atau salah skala (misalnya 0,93 dan 93); bila benar, "
                             "jelaskan dasar penetapannya di kolom Alasan."),
             "separuh": Templat("Dari {dari} ({nilai_dari}) ke {ke} ({nilai_ke}) nilainya turun menjadi kurang dari "
                                "separuhnya dalam satu tahun; target seperti ini jarang realistis.",
                                "Periksa apakah ada salah ketik atau salah skala (misalnya 0,93 dan 93); bila benar, "
                                "jelaskan dasar penetapannya di kolom Alasan."),
         },
         buruk=(contoh("Persentase: baseline 40, target tahun pertama 82", jenis_angka="Persentase", baseline="40",
                       target="82; 84; 86; 88; 90"),
                contoh("Indeks: baseline 0,6, target tahun pertama 61", jenis_angka="Indeks", satuan="indeks",
                       baseline="0,6", target="61; 62; 63; 64; 65"),
                contoh("Indeks: baseline 60, target tahun pertama 25", jenis_angka="Indeks", satuan="indeks",
                       polaritas="Minimal", baseline="60", target="25; 24; 23; 22; 21")),
         baik=(contoh("Persentase: baseline 78, target 82 sampai 90", jenis_angka="Persentase", baseline="78",
                      target="82; 84; 86; 88; 90"),)),
    Kode("SMART-TARGET-DI-LUAR-PERIODE", P, Kriteria.BERBATAS_WAKTU, Bagian.TARGET, "Target di luar periode RPJMD",
         "IKU ditetapkan untuk periode RPJMD/Renstra; target tahun di luar periode tidak dicetak pada lampiran dan "
         "menandakan periode yang keliru.",
         "Target tahun {tahun} berada di luar periode RPJMD {awal}–{akhir}.",
         "Hapus target tahun {tahun} atau perbaiki Periode Awal/Akhir di lembar '{lembar_identitas}'.",
         buruk=(contoh("Target tahun 2031 pada RPJMD 2025–2029", target_2031="95"),),
         baik=(contoh("Target tahun 2029 pada RPJMD 2025–2029", target_2029="90"),)),
    Kode("SMART-TARGET-KOSONG", P, Kriteria.BERBATAS_WAKTU, Bagian.TARGET, "Target tahunan tidak lengkap",
         "Indikator harus punya batas waktu pencapaian yang jelas (time-bound): satu target untuk setiap tahun "
         "periode, agar PK dan LKjIP tahun itu dapat disusun.",
         "IKU {kode_iku} tidak punya target untuk tahun {tahun}.",
         "Isi target setiap tahun periode RPJMD; untuk mempertahankan capaian, tulis target yang sama dengan tahun "
         "sebelumnya.",
         buruk=(contoh("Target 2028 kosong", target="82; 84; 86; ; 90"),),
         baik=(contoh("Target untuk setiap tahun 2025–2029", target="82; 84; 86; 88; 90"),)),
)

# --- Quality: the set of indicators ---------------------------------------------------------------

_PORTOFOLIO = (
    Kode("PORTO-JUMLAH-IKU", S, Kriteria.PORTOFOLIO, Bagian.PORTOFOLIO, "Jumlah IKU Pemda di luar 5–10",
         "Sekitar 5–10 IKU strategis dianjurkan agar tidak terlalu banyak dan tersebar. Terlalu sedikit IKU "
         "biasanya berarti ada sasaran RPJMD yang tidak terukur.",
         "Pemda menetapkan {jumlah} IKU; jumlah yang lazim {paling_sedikit}–{paling_banyak}. IKU yang terlalu "
         "sedikit membuat kinerja strategis tidak tergambar utuh.",
         "Tambahkan indikator hasil untuk sasaran RPJMD yang belum terukur.",
         varian={"banyak": Templat(
             "Pemda menetapkan {jumlah} IKU; jumlah yang lazim {paling_sedikit}–{paling_banyak}. IKU yang terlalu "
             "banyak membuat kinerja strategis tersebar.",
             "Pilih indikator yang paling menggambarkan sasaran strategis; indikator lain dapat menjadi IKU "
             "Perangkat Daerah.")},
         buruk=(contoh("3 IKU Pemda", jumlah_iku="3"), contoh("12 IKU Pemda", jumlah_iku="12")),
         baik=(contoh("6 IKU Pemda", jumlah_iku="6"),)),
    Kode("PORTO-DUPLIKAT", P, Kriteria.PORTOFOLIO, Bagian.PORTOFOLIO, "Indikator ganda atau hampir sama",
         "Indikator yang sama atau bermakna sama (beda ejaan, '%' dan 'Persentase', urutan kata, satuan di "
         "belakang) di satu tingkat — IKU Pemda, atau IKU satu Perangkat Daerah — adalah tumpang tindih yang harus "
         "dihindari (redundansi). Kata pembeda seperti jenjang (SD/SMP) atau 'ekstrem' membuat dua indikator "
         "dianggap berbeda.",
         "Indikator '{indikator}' bermakna sama dengan '{indikator_lain}' pada {kode_lain} (lembar '{lembar_lain}' "
         "baris {baris_lain}). Indikator yang tumpang tindih membuat capaian dihitung dua kali.",
         "Gabungkan keduanya menjadi satu indikator, atau bedakan apa yang diukur (populasi, jenjang, wilayah) agar "
         "tidak tumpang tindih dengan {kode_lain}.",
         varian={"sama": Templat(
             "Indikator '{indikator}' sama dengan '{indikator_lain}' pada {kode_lain} (lembar '{lembar_lain}' baris "
             "{baris_lain}). Indikator yang tumpang tindih membuat capaian dihitung dua kali.",
             "Gabungkan keduanya menjadi satu indikator, atau bedakan apa yang diukur (populasi, jenjang, wilayah) "
             "agar tidak tumpang tindih dengan {kode_lain}.")},
         buruk=(ubah("'Persentase penduduk miskin' dan '% penduduk miskin'",
                     {"nama": "Persentase penduduk miskin", "kembar.nama": "% penduduk miskin"}),
                ubah("'Persentase penduduk miskin' ditulis dua kali",
                     {"nama": "Persentase penduduk miskin", "kembar.nama": "Persentase penduduk miskin"}),
                ubah("'Angka kematian bayi per 1.000 kelahiran hidup' dan 'Angka kematian bayi'",
                     {"nama": "Angka kematian bayi per 1.000 kelahiran hidup", "kembar.nama": "Angka kematian bayi"})),
         baik=(ubah("'Angka Partisipasi Murni SD' dan 'Angka Partisipasi Murni SMA'",
                    {"nama": "Angka Partisipasi Murni SD", "kembar.nama": "Angka Partisipasi Murni SMA"}),
               ubah("'Persentase penduduk miskin' dan 'Persentase penduduk miskin ekstrem'",
                    {"nama": "Persentase penduduk miskin", "kembar.nama": "Persentase penduduk miskin ekstrem"}))),
    Kode("PORTO-SASARAN-BEDA-TULIS", P, Kriteria.KONSISTENSI, Bagian.PORTOFOLIO, "Sasaran sama ditulis berbeda",
         "Lampiran I dan II mengelompokkan indikator menurut teks sasaran yang persis sama. Sasaran yang sama tetapi "
         "berbeda ejaan, huruf besar, tanda baca atau imbuhan ('Meningkatnya'/'Meningkatkan') akan tercetak sebagai "
         "dua sasaran. (Sasaran tanpa indikator tidak dapat terjadi pada buku kerja ini, karena sasaran ditulis "
         "pada baris indikatornya.)",
         "Sasaran '{sasaran}' tampaknya sama dengan '{sasaran_lain}' pada {kode_lain} (lembar '{lembar_lain}' baris "
         "{baris_lain}), tetapi ditulis berbeda; lampiran akan mencetaknya sebagai dua sasaran.",
         "Salin teks sasaran persis sama dengan '{sasaran_lain}'.",
         buruk=(ubah("'Meningkatnya akses pendidikan' dan 'meningkatnya akses pendidikan.'",
                     {"sasaran": "Meningkatnya akses pendidikan", "kembar.nama": "Angka Partisipasi Kasar SMA",
                      "kembar.sasaran": "meningkatnya akses pendidikan."}),
                ubah("'Meningkatnya akses pendidikan' dan 'Meningkatkan akses pendidikan'",
                     {"sasaran": "Meningkatnya akses pendidikan", "kembar.nama": "Angka Partisipasi Kasar SMA",
                      "kembar.sasaran": "Meningkatkan akses pendidikan"})),
         baik=(ubah("Dua indikator dengan sasaran 'Meningkatnya akses pendidikan' yang ditulis persis sama",
                    {"sasaran": "Meningkatnya akses pendidikan", "kembar.nama": "Angka Partisipasi Kasar SMA",
                     "kembar.sasaran": "Meningkatnya akses pendidikan"}),)),
    Kode("PORTO-PD-TANPA-IKU", P, Kriteria.PORTOFOLIO, Bagian.PORTOFOLIO, "Perangkat Daerah tanpa IKU",
         "Setiap Perangkat Daerah menetapkan IKU (Lampiran II) dan menandatangani Perjanjian Kinerja berdasarkan IKU "
         "itu; PD tanpa IKU menghasilkan lampiran dan PK yang kosong.",
         "{nama_pd} ({kode_pd}) tidak punya IKU di lembar '{lembar_iku_pd}'; Lampiran II dan Perjanjian Kinerjanya "
         "akan kosong.",
         "Tambahkan IKU {nama_pd} dengan Kode PD '{kode_pd}', atau hapus PD ini bila tidak dipakai.",
         buruk=(contoh("Perangkat Daerah yang satu-satunya IKU-nya dihapus", pada="pd", hapus="ya"),),
         baik=(contoh("Perangkat Daerah dengan satu IKU", pada="pd", nama="Angka Partisipasi Murni SMP"),)),
)

# --- Quality: cascading from Pemda IKU to PD IKU ---------------------------------------------------

_BKN = "Pedoman Penyusunan IKU BKN 2022"
_CLUSTER = {"jenis_cascading": "Cluster", "mendukung": "IKU-03", "jenis_angka": "Kuantitas Absolut", "satuan": "orang",
            "induk.jenis_angka": "Kuantitas Absolut", "induk.satuan": "orang",
            "induk.target": "1000; 1100; 1200; 1300; 1400"}

_CASCADING = (
    Kode("CASC-INDUK-HILANG", G, Kriteria.CASCADING, Bagian.CASCADING, "IKU PD menunjuk IKU Pemda yang tidak ada",
         "Kolom Mendukung IKU Pemda menyebut kode yang tidak ada di lembar IKU Pemda. Keterkaitan vertikal "
         f"(penyelarasan dari atas ke bawah, {_BKN}) menjadi putus dan Lampiran II serta pohon kinerja salah, "
         "sehingga dokumen tidak dibuat sampai diperbaiki.",
         "IKU {kode_iku} mendukung IKU Pemda '{mendukung}', tetapi kode itu tidak ada di lembar '{lembar_iku_pemda}'; "
         "pohon kinerja dan Lampiran II menjadi salah.",
         "{mirip}Tulis Kode IKU yang ada di lembar '{lembar_iku_pemda}', atau kosongkan dan pilih Jenis Cascading "
         "'Unique' bila indikator ini tidak mendukung IKU Pemda.",
         opsional={"mirip": "Mungkin maksudnya '{mirip}'? "},
         buruk=(contoh("Mendukung IKU Pemda 'IKU-99' yang tidak ada", pada="pd", mendukung="IKU-99"),),
         baik=(contoh("Mendukung IKU Pemda 'IKU-03' yang ada", pada="pd", mendukung="IKU-03"),)),
    Kode("CASC-IKU-TANPA-DUKUNGAN", P, Kriteria.CASCADING, Bagian.CASCADING, "IKU Pemda tidak didukung IKU PD",
         f"Prinsip cascading: setiap unit berkontribusi nyata dan terukur pada sasaran atasannya ({_BKN}). IKU Pemda "
         "yang tidak diturunkan ke IKU Perangkat Daerah tidak punya pelaksana yang bertanggung jawab atas "
         "capaiannya.",
         "Tidak ada IKU Perangkat Daerah yang mendukung IKU {kode_iku} '{indikator}'; capaiannya tidak dapat "
         "ditelusuri ke kinerja PD.",
         "Tambahkan IKU {pj} di lembar '{lembar_iku_pd}' dengan '{kolom_mendukung}' = '{kode_iku}' dan Jenis "
         "Cascading Duplicate, Cluster atau Supportive.",
         varian={"tanpa-pj": Templat(
             "Tidak ada IKU Perangkat Daerah yang mendukung IKU {kode_iku} '{indikator}'; capaiannya tidak dapat "
             "ditelusuri ke kinerja PD.",
             "Tambahkan IKU PD penanggung jawab di lembar '{lembar_iku_pd}' dengan '{kolom_mendukung}' = "
             "'{kode_iku}' dan Jenis Cascading Duplicate, Cluster atau Supportive.")},
         buruk=(contoh("IKU Pemda yang satu-satunya IKU PD pendukungnya menjadi Unique", pada="pd",
                       jenis_cascading="Unique", mendukung=""),
                ubah("IKU Pemda tanpa IKU PD pendukung dan tanpa PD penanggung jawab",
                     {"jenis_cascading": "Unique", "mendukung": "", "induk.pd_penanggung_jawab": ""}, pada="pd")),
         baik=(contoh("IKU Pemda yang didukung satu IKU PD Supportive", pada="pd", jenis_cascading="Supportive",
                      mendukung="IKU-03"),)),
    Kode("CASC-TANPA-INDUK", P, Kriteria.CASCADING, Bagian.CASCADING, "Duplicate/Cluster/Supportive tanpa IKU Pemda",
         f"Duplicate, Cluster dan Supportive selalu merujuk IKU atasan ({_BKN}). Tanpa kode IKU Pemda, indikator ini "
         "tercetak sebagai yatim pada pohon kinerja.",
         "IKU {kode_iku} berjenis {jenis}, tetapi tidak menyebut IKU Pemda yang didukungnya.",
         "Isi '{kolom_mendukung}' dengan Kode IKU Pemda, atau pilih 'Unique' bila indikator ini memang tidak terkait "
         "IKU Pemda.",
         buruk=(contoh("Supportive tanpa IKU Pemda", pada="pd", jenis_cascading="Supportive", mendukung=""),),
         baik=(contoh("Unique tanpa IKU Pemda", pada="pd", jenis_cascading="Unique", mendukung=""),)),
    Kode("CASC-JENIS-KOSONG", S, Kriteria.CASCADING, Bagian.CASCADING, "Jenis cascading belum dipilih",
         "Jenis cascading (Duplicate, Cluster, Supportive) menentukan cara target PD dibandingkan dengan target "
         "Pemda; tanpa jenis, keselarasan target tidak dapat diperiksa.",
         "IKU {kode_iku} mendukung IKU Pemda '{mendukung}' tanpa Jenis Cascading.",
         "Pilih Duplicate (indikator dan target sama), Cluster (indikator sama, target dibagi) atau Supportive "
         "(indikator berbeda tetapi mendukung).",
         buruk=(contoh("Mendukung 'IKU-03' tanpa jenis cascading", pada="pd", mendukung="IKU-03", jenis_cascading=""),),
         baik=(contoh("Mendukung 'IKU-03' sebagai Supportive", pada="pd", mendukung="IKU-03",
                      jenis_cascading="Supportive"),)),
    Kode("CASC-UNIQUE-BERINDUK", P, Kriteria.CASCADING, Bagian.CASCADING, "Unique yang mengaku punya induk",
         f"Unique berarti indikator dan target berbeda serta tidak berhubungan dengan IKU atasan ({_BKN}). Menyebut "
         "IKU Pemda yang didukung bertentangan dengan jenis itu.",
         "IKU {kode_iku} berjenis Unique (tidak terkait IKU atasan), tetapi menyebut mendukung IKU Pemda "
         "'{mendukung}'.",
         "Pilih Supportive bila indikator ini mendukung '{mendukung}', atau kosongkan '{kolom_mendukung}'.",
         buruk=(contoh("Unique yang mendukung 'IKU-03'", pada="pd", jenis_cascading="Unique", mendukung="IKU-03"),),
         baik=(contoh("Supportive yang mendukung 'IKU-03'", pada="pd", jenis_cascading="Supportive",
                      mendukung="IKU-03"),)),
    Kode("CASC-DUPLICATE-TARGET", P, Kriteria.CASCADING, Bagian.CASCADING, "Duplicate dengan target berbeda",
         f"IKU Duplicate memiliki indikator dan target yang sama dengan IKU atasannya ({_BKN}; lazim untuk "
         "persentase). Target yang berbeda berarti jenisnya Cluster atau Supportive.",
         "IKU {kode_iku} berjenis Duplicate dari {kode_induk}, tetapi targetnya berbeda pada tahun {tahun} (misalnya "
         "{tahun_contoh}: {target} dan {target_induk}). Duplicate berarti indikator dan target sama.",
         "Samakan target dengan {kode_induk} (lembar '{lembar_induk}' baris {baris_induk}), atau pilih Cluster bila "
         "target dibagi antar-PD, atau Supportive bila indikatornya berbeda.",
         buruk=(ubah("Duplicate bertarget 70–90, IKU Pemda-nya 82–90",
                     {"jenis_cascading": "Duplicate", "mendukung": "IKU-03", "target": "70; 75; 80; 85; 90",
                      "induk.target": "82; 84; 86; 88; 90"}, pada="pd"),),
         baik=(ubah("Duplicate bertarget sama dengan IKU Pemda-nya",
                    {"jenis_cascading": "Duplicate", "mendukung": "IKU-03", "target": "82; 84; 86; 88; 90",
                     "induk.target": "82; 84; 86; 88; 90"}, pada="pd"),)),
    Kode("CASC-DUPLICATE-NAMA", S, Kriteria.CASCADING, Bagian.CASCADING, "Duplicate/Cluster dengan indikator berbeda",
         f"Duplicate dan Cluster memakai indikator yang sama dengan IKU atasan ({_BKN}); indikator yang berbeda tetapi "
         "mendukung adalah Supportive.",
         "IKU {kode_iku} berjenis {jenis}, tetapi indikatornya '{indikator}' berbeda dengan IKU Pemda {kode_induk} "
         "'{indikator_induk}'.",
         "Gunakan nama indikator yang sama dengan {kode_induk}, atau pilih Supportive bila indikatornya memang "
         "berbeda tetapi mendukung.",
         buruk=(ubah("Duplicate 'Persentase temuan yang ditindaklanjuti' dari 'Angka Partisipasi Murni SMP'",
                     {"jenis_cascading": "Duplicate", "mendukung": "IKU-03",
                      "nama": "Persentase temuan yang ditindaklanjuti", "induk.nama": "Angka Partisipasi Murni SMP"},
                     pada="pd"),),
         baik=(ubah("Duplicate 'Angka Partisipasi Murni SMP' dari 'Angka Partisipasi Murni SMP/MTs'",
                    {"jenis_cascading": "Duplicate", "mendukung": "IKU-03", "nama": "Angka Partisipasi Murni SMP",
                     "induk.nama": "Angka Partisipasi Murni SMP/MTs"}, pada="pd"),)),
    Kode("CASC-CLUSTER-JUMLAH", P, Kriteria.CASCADING, Bagian.CASCADING,
         "Jumlah target Cluster tidak sama dengan target Pemda",
         f"Pada Cluster, indikator sama dan target atasan dibagi ke bawahan (pendekatan beban target kuantitatif, "
         f"{_BKN}). Untuk Kuantitas Absolut, jumlah target Cluster tiap tahun harus sama dengan target IKU Pemda "
         "(selisih sampai 1% karena pembulatan tidak dilaporkan).",
         "Target IKU Cluster ({kode_anak}) untuk IKU {kode_iku} berjumlah {jumlah} pada tahun {tahun}, sedangkan "
         "target IKU Pemda {target_induk}{tahun_lain}.",
         "Bagi target IKU Pemda habis ke Perangkat Daerah (jumlah target Cluster sama dengan target Pemda), atau "
         "tambahkan PD yang belum ikut menanggung target.",
         opsional={"tahun_lain": "; berbeda juga pada tahun {tahun_lain}"},
         buruk=(ubah("Target IKU Pemda 1.000 orang; satu-satunya IKU Cluster-nya bertarget 600",
                     {**_CLUSTER, "target": "600; 660; 720; 780; 840"}, pada="pd"),),
         baik=(ubah("Target IKU Pemda 1.000 orang; satu-satunya IKU Cluster-nya bertarget 1.000",
                    {**_CLUSTER, "target": "1000; 1100; 1200; 1300; 1400"}, pada="pd"),)),
    Kode("CASC-PJ-TANPA-DUKUNGAN", S, Kriteria.CASCADING, Bagian.CASCADING, "PD penanggung jawab tanpa IKU pendukung",
         "PD yang tercatat sebagai penanggung jawab IKU Pemda semestinya menurunkan IKU itu ke IKU-nya sendiri "
         f"(cek relevansi setiap sasaran dengan satuan kerja di bawahnya, {_BKN}).",
         "{kode_pd} tercatat sebagai penanggung jawab IKU {kode_iku}, tetapi tidak ada IKU {kode_pd} yang "
         "mendukungnya.",
         "Tambahkan IKU {kode_pd} yang mendukung {kode_iku}, atau perbaiki daftar PD penanggung jawab.",
         buruk=(ubah("IKU Pemda dengan penanggung jawab DISDIK dan INSP, hanya DISDIK yang mendukung",
                     {"mendukung": "IKU-03", "induk.pd_penanggung_jawab": "DISDIK, INSP"}, pada="pd"),),
         baik=(ubah("IKU Pemda dengan penanggung jawab DISDIK, yang mendukungnya",
                    {"mendukung": "IKU-03", "induk.pd_penanggung_jawab": "DISDIK"}, pada="pd"),)),
)

_ALL = (*_BERKAS, *_SEL, *_PENGATURAN, *_RUMUSAN, *_BENTUK, *_KONSISTENSI, *_TARGET, *_PORTOFOLIO, *_CASCADING)
KODE: Mapping[str, Kode] = MappingProxyType({k.kode: k for k in _ALL})
assert len(KODE) == len(_ALL), \
    "finding codes must be unique"


def per_bagian(bagian: tuple[str, ...]) -> dict[str, list[Kode]]:
    """The codes of each section, in catalog order."""
    return {b: [k for k in KODE.values() if k.bagian == b] for b in bagian}
