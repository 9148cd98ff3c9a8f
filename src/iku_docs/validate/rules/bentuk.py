"""The shape of an indicator name: does it name a measure, and of what?

``wording`` recognises the defects by their first words; word lists always trail the language (issue 17:
on a Kabupaten's production data they caught 47% of what a reviewer sends back). This module reads the
shape instead. An indicator names a measure (``leksikon.KEPALA_UKURAN``) or is a well-known indicator
(``leksikon.NAMA_INDIKATOR``); when it does not, Indonesian morphology, through the Sastrawi stemmer, tells
what it names instead: an activity (pe-…-an, per-…-an, -isasi, borrowed action nouns), a state (ke-…-an,
adjective + -nya, "semakin …"), a verb (me-…) or a thing. A measure can still be a measure of a process or
of attendance ("Persentase pembinaan …", "Jumlah peserta yang mengikuti …"). The text itself can be at fault
too: a misspelt measure word, a word written twice, several indicators in one cell.

Every rule here reports only what ``wording.klasifikasi`` left alone, so one name gets one reading.
Titles, explanations and message templates of every code are in ``catalog.py``.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from iku_docs.findings import Temuan
from iku_docs.model import Pemda
from iku_docs.validate.rules import leksikon as lx
from iku_docs.validate.rules import wording
from iku_docs.validate.rules.base import Aturan, rapikan, ringkas, temuan

# --- Morphology ----------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _stemmer():
    # Imported here: building the stemmer reads its dictionary, which only validation needs.
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=65536)
def akar(word: str) -> str:
    """The root of a lower-case word ('pembinaan' → 'bina', 'ketersediaan' → 'sedia')."""
    return _stemmer().stem(word) if word.isalpha() else word


class Imbuhan(StrEnum):
    PE_AN = "pe-an"  # process or agent noun
    KE_AN = "ke-an"  # state
    ME = "me-"  # active verb
    DI = "di-"  # passive verb
    PASIF_NYA = "di-nya"  # passive result
    TER_NYA = "ter-nya"
    DASAR_NYA = "-nya"  # root + -nya: 'bersihnya'
    ISASI = "-isasi"
    SERAPAN = "serapan"  # borrowed action noun
    LAIN = "lain"


@lru_cache(maxsize=65536)
def imbuhan(word: str) -> Imbuhan:
    """The affix shape of a lower-case word, read from the stemmer's root."""
    # Borrowed action nouns first: the stemmer strips their '-i' ('fasilitasi' → 'fasilitas').
    if word.endswith("isasi"):
        return Imbuhan.ISASI
    if word in lx.AKSI_SERAPAN:
        return Imbuhan.SERAPAN
    root = akar(word)
    if root == word or not root:
        return Imbuhan.LAIN
    if word.startswith("ke") and word.endswith(("an", "annya")):
        return Imbuhan.KE_AN
    if word.startswith("pe") and word.endswith("an"):
        return Imbuhan.PE_AN
    if word.startswith("me"):
        return Imbuhan.ME
    if word.startswith("ter") and word.endswith("nya"):
        return Imbuhan.TER_NYA
    if word.startswith("di"):
        return Imbuhan.PASIF_NYA if word.endswith("nya") else Imbuhan.DI
    if word == root + "nya":
        return Imbuhan.DASAR_NYA
    return Imbuhan.LAIN


# --- Words ---------------------------------------------------------------------------------------------------

_KATA = re.compile(r"%|[0-9A-Za-zÀ-ÿ]+(?:[-/][0-9A-Za-zÀ-ÿ]+)*")


def _kata(text: str) -> list[str]:
    """The user's words, punctuation dropped, case kept (a fresh list: callers slice it)."""
    return list(_kata_tetap(text))


@lru_cache(maxsize=65536)  # every shape rule reads each name
def _kata_tetap(text: str) -> tuple[str, ...]:
    return tuple(_KATA.findall(rapikan(text)))


def _akronim(word: str) -> bool:
    core = word.split("-")[0].split("/")[0]
    return len(core) >= 2 and core.isalpha() and core.isupper()


def _kata_inti(text: str) -> list[str]:
    """The user's words without parenthesised asides ('Jumlah digitalisasi UMKM (UMKM sukses digital)')."""
    return _kata(re.sub(r"\([^()]*\)", " ", text or ""))


def _frasa(words: list[str]) -> str:
    """Words for a suggestion: Title Case softened, acronyms kept, a leading 'dan'/'atau' dropped."""
    while words and words[0].lower() in {"dan", "atau", "serta"}:
        words = words[1:]
    return " ".join(w if _akronim(w) or not w[1:].islower() else w.lower() for w in words)


@lru_cache(maxsize=65536)  # difflib per word is slow; the vocabulary of a workbook is small
def _salah_eja_ukuran(word: str) -> bool:
    """'Prosentase', 'Presentase', 'Persesntase': close to 'persentase' but not it."""
    if word in lx.SALAH_EJA_UKURAN:
        return True
    return (7 <= len(word) <= 12 and word[0] == "p" and not word.startswith(lx.BAKU_UKURAN)
            and difflib.SequenceMatcher(None, word, lx.BAKU_UKURAN).ratio() >= 0.85)


def _kepala_ukuran(word: str) -> bool:
    return word in lx.KEPALA_UKURAN or word in wording.UKURAN or _salah_eja_ukuran(word)


# A measure named after the head: a rate ('per 100.000 penduduk', 'per kapita'), 'sebagai persentase', '(%)'.
_UKURAN_DI_DALAM = re.compile(
    r"\bper\s*(?:\d|seribu|sepuluh|seratus|kapita|penduduk|orang|km|kilometer)|\bsebagai\s+(?:persentase|proporsi)"
    r"|\brata-rata\b|\(%\)|\bdalam\s+(?:persen|watt|ton|liter|ha|hektare)\b", re.IGNORECASE)


def punya_ukuran(text: str) -> bool:
    """The name opens with a measure or a well-known indicator, or names a rate inside."""
    words = _kata(text)
    if not words:
        return True  # empty names are the schema's business
    first = words[0].lower()
    if len(words) > 1 and words[1].lower() == first:  # 'Rata Rata …' is 'Rata-rata …' without its hyphen
        first = f"{first}-{first}"
    return (_kepala_ukuran(first) or _akronim(words[0]) or lx.nama_dikenal(rapikan(text).lower())
            or bool(_UKURAN_DI_DALAM.search(text)))


# --- Reading the shape of a name without a measure ---------------------------------------------------------


class Jenis(StrEnum):
    AKTIVITAS = "aktivitas"
    KEADAAN = "keadaan"
    KATA_KERJA = "kata kerja"
    BENDA = "benda"


_BENTUK_TEKS = {
    Jenis.AKTIVITAS: ("nama kegiatan atau proses",
                      "Kegiatan bisa terlaksana seluruhnya tanpa ada yang berubah bagi masyarakat."),
    Jenis.KEADAAN: ("keadaan yang diinginkan",
                    "Keadaan tidak dapat dihitung sebelum disebut apa yang dihitung dan kapan dianggap tercapai."),
    Jenis.KATA_KERJA: ("kata kerja (perintah atau kegiatan)",
                       "Kata kerja menyebut apa yang harus dilakukan, bukan hasil yang diukur."),
    Jenis.BENDA: ("benda atau kelompok tanpa besaran",
                  "Tidak jelas apakah yang dihitung jumlahnya, persentasenya atau kondisinya."),
}


@dataclass(frozen=True, slots=True)
class Bentuk:
    jenis: Jenis
    pemicu: str
    usulan: str


@lru_cache(maxsize=16384)
def baca(text: str) -> Bentuk | None:
    """The shape of a name that names no measure; None when it does."""
    if punya_ukuran(text):
        return None
    words = _kata_inti(text) or _kata(text)
    first = words[0].lower()
    if first in {"semakin", "makin"} and len(words) > 1:
        return Bentuk(Jenis.KEADAAN, " ".join(words[:2]), _usulan_keadaan(words[1], words[2:]))
    if first in {"ada", "adanya"}:
        return Bentuk(Jenis.KEADAAN, words[0], f"'Persentase … yang memiliki {_frasa(words[1:])}' "
                                               "(sebutkan siapa yang dihitung)")
    jenis = imbuhan(first)
    if jenis is Imbuhan.ME:
        return Bentuk(Jenis.KATA_KERJA, words[0], _usulan_pasif(first, words[1:]))
    if jenis in (Imbuhan.PE_AN, Imbuhan.ISASI, Imbuhan.SERAPAN) and first not in lx.BUKAN_PROSES:
        return Bentuk(Jenis.AKTIVITAS, words[0], _usulan_aktivitas(words[0], words[1:]))
    if jenis is Imbuhan.KE_AN and first not in lx.BUKAN_PROSES:
        return Bentuk(Jenis.KEADAAN, words[0], _usulan_keadaan(first, words[1:]))
    if jenis in (Imbuhan.DASAR_NYA, Imbuhan.PASIF_NYA, Imbuhan.TER_NYA):
        return Bentuk(Jenis.KEADAAN, words[0], _usulan_keadaan(first, words[1:]))
    return Bentuk(Jenis.BENDA, words[0], _usulan_benda(words))


# 'Ketersediaan' → 'tersedia': roots whose adjective carries a prefix.
_SIFAT = {"sedia": "tersedia", "kelola": "terkelola", "jangkau": "terjangkau", "layan": "terlayani",
          "lindung": "terlindungi", "penuh": "terpenuhi", "capai": "tercapai"}


# Vague nouns (wording.SAMAR) → the adjective a definition can give a threshold to.
_SIFAT_SAMAR = {"efektivitas": "efektif", "efektifitas": "efektif", "efisiensi": "efisien",
                "akuntabilitas": "akuntabel", "transparansi": "transparan", "partisipasi": "berpartisipasi",
                "kualitas": "memenuhi standar mutu", "mutu": "memenuhi standar mutu", "kinerja": "berkinerja baik",
                "kapasitas": "memenuhi standar kompetensi", "kemampuan": "memenuhi standar kompetensi",
                "integritas": "berintegritas", "kemandirian": "mandiri", "kelancaran": "selesai sesuai jadwal"}


def _usulan_keadaan(kata: str, rest: list[str]) -> str:
    sifat = _SIFAT_SAMAR.get(kata.lower()) or akar(kata.lower().removesuffix("nya"))
    sifat = _SIFAT.get(sifat, sifat)
    if kata.lower().startswith("di"):
        sifat = kata.lower().removesuffix("nya")
    objek = _frasa(rest) or "…"
    return f"'Persentase {objek} yang {sifat}' (sebutkan batas '{sifat}' di Definisi Operasional)"


# The result of a process named by its root ('pemenuhan' → what is fulfilled).
_HASIL_AKAR = {"penuh": "'Persentase kebutuhan {o} yang terpenuhi sesuai standar'",
               "terap": "'Persentase {o} yang diterapkan sesuai standar'",
               "serap": "'Persentase {o} yang terserap sesuai rencana dan menghasilkan keluaran yang ditargetkan'",
               "tangan": "'Persentase {o} yang tertangani tuntas'"}


def _usulan_aktivitas(kegiatan: str, rest: list[str]) -> str:
    objek = _frasa(rest)
    if not objek:
        return f"'Persentase … yang berhasil setelah {kegiatan.lower()}' (sebutkan hasil yang dihitung)"
    if any(w.lower() in lx.PRASARANA_PANJANG for w in rest):
        return f"'Persentase panjang {objek} dalam kondisi baik'"
    hasil = _HASIL_AKAR.get(akar(kegiatan.lower()))
    if hasil:
        return hasil.format(o=objek)
    return (f"'Persentase {objek} yang memenuhi standar setelah {kegiatan.lower()}' "
            "(sebutkan standar itu di Definisi Operasional)")


def _usulan_pasif(kerja: str, rest: list[str]) -> str:
    root = akar(kerja)
    pasif = "di" + root + ("kan" if kerja.endswith("kan") else "i" if kerja.endswith("i") else "")
    return f"'Persentase {_frasa(rest) or '…'} yang {pasif}'"


_KEJADIAN = frozenset({"kematian", "kelahiran", "kesakitan", "kejadian", "kecelakaan", "kasus", "kebakaran",
                       "kekerasan", "kejahatan"})


_DOKUMEN = frozenset({"rencana", "kerangka", "regulasi", "strategi", "kebijakan", "pedoman", "standar",
                      "dokumen", "peraturan"})


def _usulan_benda(words: list[str]) -> str:
    frasa = _frasa(words)
    first = words[0].lower()
    if first in _KEJADIAN:
        return f"'Angka {frasa} per 100.000 penduduk'"
    if first in _DOKUMEN:
        return f"'Persentase {frasa} yang ditetapkan dan dilaksanakan sesuai jadwal'"
    if first in wording.ORANG or first in {"lulusan", "penduduk", "rumah"}:
        return f"'Persentase {frasa}' atau 'Jumlah {frasa}'"
    return f"'Persentase {frasa} yang …' atau 'Jumlah {frasa}', dengan yang dihitung dijelaskan di Definisi " \
           "Operasional"


# --- A measure of a process ----------------------------------------------------------------------------------

_PORSI_HITUNG = frozenset({"persentase", "%", "persen", "jumlah", "jml", "jlh", "banyaknya"}) | lx.SALAH_EJA_UKURAN
_LEWATI = frozenset({"peningkatan", "penurunan", "tingkat", "capaian", "realisasi"})
_HASIL_DISEBUT = re.compile(r"\byang\s+(?:telah\s+|sudah\s+)?(?:di|ter|ber|me|men|mem|meng|meny)[a-z]{3,}"
                            r"|\bterhadap\b|\bdibandingkan\b|\bdari\s+(?:total|seluruh|jumlah)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class UkuranProses:
    apa: str
    pemicu: str
    usulan: str


@lru_cache(maxsize=16384)
def ukuran_proses(text: str) -> UkuranProses | None:
    """'Persentase pembinaan kelompok industri', 'Jumlah peserta yang mengikuti …': a count of a process."""
    words = _kata(text)
    lower = [w.lower() for w in words]
    if len(words) < 2 or (lower[0] not in _PORSI_HITUNG and not _salah_eja_ukuran(lower[0])):
        return None
    ikut = next((i for i, w in enumerate(lower) if w in lx.IKUT_SERTA), None)
    if ikut is not None and ikut >= 2 and lower[ikut - 1] == "yang":
        kegiatan = _frasa(words[ikut + 1:]) or "kegiatan itu"
        peserta = _frasa(words[1:ikut - 1])
        return UkuranProses("kehadiran atau keikutsertaan", words[ikut],
                            f"'Persentase {peserta} yang menerapkan hasil {kegiatan}'")
    i = 1
    while i < len(lower) - 1 and lower[i] in _LEWATI:
        i += 1
    kata = lower[i]
    samar = kata in wording.SAMAR  # '% Efektivitas koordinasi …', 'Persentase kesejahteraan …'
    if not samar and (kata in lx.BUKAN_PROSES
                      or imbuhan(kata) not in (Imbuhan.PE_AN, Imbuhan.ISASI, Imbuhan.SERAPAN)):
        return None
    if _HASIL_DISEBUT.search(text) or any(w in lx.BERHASIL for w in lower):
        return None  # a result or a denominator is named: the measure is defined
    if samar:
        return UkuranProses("keadaan yang tidak dapat dihitung", words[i],
                            _usulan_keadaan(kata, _kata_inti(" ".join(words[i + 1:]))))
    inti = _kata_inti(text)
    inti = inti[inti.index(words[i]):] if words[i] in inti else words[i:]
    return UkuranProses("proses atau masukan", words[i], _usulan_proses(inti[0], inti[1:]))


def _usulan_proses(kegiatan: str, rest: list[str]) -> str:
    if kegiatan.lower() in wording.AKTIVITAS:  # wording's family templates know the result of a named activity
        bacaan = wording.klasifikasi(" ".join([kegiatan, *rest]))
        if bacaan is not None:
            return bacaan.usulan
    return _usulan_aktivitas(kegiatan, rest)


# --- The text itself -----------------------------------------------------------------------------------------


def _ganti(text: str, salah: str, benar: str) -> str:
    """Replace one word, keeping its capitalisation ('Prosentase' → 'Persentase')."""
    def repl(m: re.Match[str]) -> str:
        found = m.group(0)
        return benar.capitalize() if found[:1].isupper() else benar
    return re.sub(rf"\b{re.escape(salah)}\b", repl, rapikan(text), flags=re.IGNORECASE)


@lru_cache(maxsize=16384)
def ejaan_ukuran(text: str) -> tuple[str, str] | None:
    """(misspelt measure word, corrected name)."""
    for w in _kata(text):
        lw = w.lower()
        if lw.isalpha() and _salah_eja_ukuran(lw):
            return w, _ganti(text, w, lx.BAKU_UKURAN)
    return None


@lru_cache(maxsize=16384)
def ejaan_teks(text: str) -> tuple[str, str] | None:
    """(what is wrong, corrected name) for non-standard spellings, doubled words and unhyphenated reduplication."""
    words = _kata(text)
    for w in words:
        baku = lx.EJAAN_BAKU.get(w.lower())
        if baku:
            return f"'{w}' ditulis '{baku}' menurut KBBI", _ganti(text, w, baku)
    for a, b in itertools.pairwise(words):
        if a.lower() == b.lower() and a.isalpha() and len(a) > 1:
            pair = re.compile(rf"\b({re.escape(a)})\s+{re.escape(b)}\b", re.IGNORECASE)
            if a.lower() in lx.REDUPLIKASI:
                return (f"kata ulang '{a} {b}' ditulis dengan tanda hubung",
                        pair.sub(rf"\1-{b.lower()}", rapikan(text), count=1))
            return f"kata '{a}' tertulis dua kali", pair.sub(lambda m: m.group(1), rapikan(text), count=1)
    return None


_BUTIR = re.compile(r"(?:^|(?<=[\s;,:]))(?:\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)|(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)])\s+")
_KALIMAT = re.compile(r"(?<=[a-z0-9)%])[.;]\s+(?=[A-Z%])")


def _bagian(text: str) -> list[str]:
    lines = [rapikan(x) for x in re.split(r"[\r\n]+", text or "")]
    lines = [x for x in lines if x]
    if len(lines) >= 2:
        return lines
    one = rapikan(text)
    pembuka = _BUTIR.split(one, maxsplit=1)[0]
    if pembuka.rstrip().endswith(":"):  # 'Proporsi anak di: (a) kelas 5 (b) kelas 8': one indicator, disaggregated
        return [one]
    items = [x.strip(" ;,.") for x in _BUTIR.split(one)]
    items = [x for x in items if x]
    if len(items) >= 2:
        return items
    return [x.strip(" ;,.") for x in _KALIMAT.split(one) if x.strip(" ;,.")]


@lru_cache(maxsize=16384)
def beberapa_indikator(text: str) -> tuple[str, ...] | None:
    """The indicators of a cell that holds several: each part names its own measure."""
    if not any(ch in text for ch in "\n\r().;"):  # nothing that could separate two indicators
        return None
    parts = _bagian(text)
    if len(parts) < 2:
        return None
    measured = tuple(p for p in parts if len(_kata(p)) >= 2 and punya_ukuran(_buang_dan(p)))
    return measured if len(measured) >= 2 else None


def _buang_dan(part: str) -> str:
    """'dan (ii) Rasio APK …' → 'Rasio APK …': the joining word before a numbered item is not the item."""
    return re.sub(r"^(?:dan|atau|serta)\s+", "", part, flags=re.IGNORECASE)


# --- Level and relevance -------------------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def keluaran(text: str) -> str | None:
    """'Jumlah gedung TK yang diperbaiki': a count of what a PD produced. Returns the deciding word."""
    lower = [w.lower() for w in _kata(text)]
    if len(lower) < 2 or lower[0] not in {"jumlah", "jml", "jlh", "banyaknya"}:
        return None
    passive = next((w for w in lower[2:] if w in lx.KELUARAN_PASIF), None)
    if passive:
        return passive
    return lower[1] if lower[1] in lx.BENDA_KELUARAN else None


_UMUM = frozenset(re.findall(r"\S+", """
    yang dan di ke dari untuk dengan pada terhadap dalam per atau serta oleh bagi sebagai secara akan telah sudah
    persentase jumlah indeks rasio angka tingkat nilai cakupan proporsi rata-rata persen % meningkatnya menurunnya
    meningkat turun naik terwujudnya tercapainya kabupaten kota daerah pemerintah masyarakat kualitas mutu kinerja
    capaian realisasi layanan pelayanan
"""))


@lru_cache(maxsize=16384)  # sasaran and Pemda IKU texts repeat on every row that supports them
def _inti(text: str) -> frozenset[str]:
    """Content stems of a text, for comparing an indicator with its sasaran."""
    return frozenset(s for w in _kata_tetap(text) for s in _inti_kata(w.lower()))


@lru_cache(maxsize=65536)
def _inti_kata(word: str) -> tuple[str, ...]:
    if word in _UMUM or len(word) < 3 or word.isdigit():
        return ()
    return (word, akar(word))


def _sektor(stems: frozenset[str]) -> frozenset[str]:
    return frozenset(s for s, words in lx.SEKTOR.items() if stems & words)


def berkaitan(indikator: str, *pembanding: str) -> bool:
    """The indicator shares a stem or a sector with at least one of the texts."""
    a = _inti(indikator)
    if not a:
        return True
    for teks in pembanding:
        b = _inti(teks)
        if not b or a & b or _sektor(a) & _sektor(b):
            return True
    return False


# --- Rules ---------------------------------------------------------------------------------------------------


def _tanpa_ukuran(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        if wording.klasifikasi(iku.nama) is not None or beberapa_indikator(iku.nama):
            continue
        b = baca(iku.nama)
        if b is None:
            continue
        bentuk, akibat = _BENTUK_TEKS[b.jenis]
        yield temuan(TANPA_UKURAN, iku, indikator=ringkas(iku.nama), bentuk=bentuk, pemicu=b.pemicu,
                     akibat=akibat, usulan=b.usulan)


def _proses(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        if wording.klasifikasi(iku.nama) is not None:
            continue
        u = ukuran_proses(iku.nama)
        if u is not None:
            yield temuan(UKURAN_PROSES, iku, indikator=ringkas(iku.nama), apa=u.apa, pemicu=u.pemicu,
                         usulan=u.usulan)


def _ejaan_ukuran(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        e = ejaan_ukuran(iku.nama)
        if e is not None:
            salah, benar = e
            yield temuan(EJAAN_UKURAN, iku, indikator=ringkas(iku.nama), salah=salah, benar=lx.BAKU_UKURAN,
                         usulan=ringkas(benar, 200))


def _ejaan_teks(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        e = ejaan_teks(iku.nama)
        if e is not None:
            masalah, benar = e
            yield temuan(EJAAN_TEKS, iku, indikator=ringkas(iku.nama), masalah=masalah, usulan=ringkas(benar, 200))


def _satu_indikator(model: Pemda) -> Iterator[Temuan]:
    for iku in model.all_iku():
        parts = beberapa_indikator(iku.nama)
        if parts:
            daftar = "; ".join(f"'{ringkas(p, 60)}'" for p in parts)
            yield temuan(SATU_INDIKATOR, iku, indikator=ringkas(iku.nama), n=str(len(parts)), daftar=daftar)


def _level(model: Pemda) -> Iterator[Temuan]:
    for iku in model.iku:
        pemicu = keluaran(iku.nama)
        if pemicu is None:
            continue
        objek = _frasa(_objek_keluaran(iku.nama))
        usulan = (f"'Persentase {objek} dalam kondisi baik' atau 'Persentase penerima manfaat {objek} yang "
                  "terlayani'")
        yield temuan(LEVEL_OUTPUT, iku, indikator=ringkas(iku.nama), pemicu=pemicu, usulan=usulan)


def _objek_keluaran(text: str) -> list[str]:
    words = _kata(text)[1:]
    cut = next((i for i, w in enumerate(words) if w.lower() == "yang"), len(words))
    return words[:cut]


def _relevansi(model: Pemda) -> Iterator[Temuan]:
    induk = {i.kode: i for i in model.iku}
    for iku in model.all_iku():
        atas = induk.get(iku.mendukung or "")
        pembanding = [iku.sasaran] + ([atas.nama, atas.sasaran] if atas else [])
        if not rapikan(iku.sasaran) or berkaitan(iku.nama, *pembanding):
            continue
        dikenal = wording.ukuran_untuk_sasaran(iku.sasaran)
        usulan = f"'{dikenal}'" if dikenal else "'Persentase … yang …' yang menunjukkan hasil sasaran itu"
        yield temuan(RELEVANSI, iku, indikator=ringkas(iku.nama), sasaran=ringkas(iku.sasaran),
                     induk=ringkas(atas.nama) if atas else "", usulan=usulan)


TANPA_UKURAN = Aturan("SMART-BENTUK-TANPA-UKURAN", _tanpa_ukuran)
UKURAN_PROSES = Aturan("SMART-UKURAN-PROSES", _proses)
EJAAN_UKURAN = Aturan("SMART-EJAAN-UKURAN", _ejaan_ukuran)
EJAAN_TEKS = Aturan("SMART-EJAAN-TEKS", _ejaan_teks)
SATU_INDIKATOR = Aturan("SMART-SATU-INDIKATOR", _satu_indikator)
LEVEL_OUTPUT = Aturan("SMART-LEVEL-OUTPUT", _level)
RELEVANSI = Aturan("SMART-RELEVANSI", _relevansi)

ATURAN: tuple[Aturan, ...] = (TANPA_UKURAN, UKURAN_PROSES, EJAAN_UKURAN, EJAAN_TEKS, SATU_INDIKATOR, LEVEL_OUTPUT,
                              RELEVANSI)
# Rules that judge whether a name is a sound indicator (measured against the labelled corpora); the spelling of
# other words, the level and the relevance are judged on other grounds and measured apart.
MENILAI_NAMA: frozenset[str] = frozenset({TANPA_UKURAN.kode, UKURAN_PROSES.kode, EJAAN_UKURAN.kode,
                                          SATU_INDIKATOR.kode})
