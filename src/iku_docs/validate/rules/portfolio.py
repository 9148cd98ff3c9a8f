"""The set of indicators as a whole: how many, overlapping ones, sasaran spelt two ways, PD without IKU.

Seed 000: "sekitar 5–10 IKU strategis agar tidak terlalu banyak dan tersebar" and "menghindari
redundansi atau tumpang tindih indikator"; seed 002: indicators must not overlap.

Near-duplicates are found on normalised token sets: lower case, punctuation, parenthesised
acronyms, unit tails ("per 1.000 kelahiran hidup"), stopwords and the region's name removed,
synonyms of the head folded ("%", "presentase", "proporsi" → persentase). Two indicators are
near-duplicates when every word of each has a counterpart in the other, exactly or as a
spelling variant (difflib ratio ≥ ``AMBANG_EJAAN``, words of 5+ letters). An extra word such as
"ekstrem" in "penduduk miskin ekstrem" keeps two indicators apart — it changes what is measured.
The threshold was chosen on the labelled pairs in ``tests/data/indikator_berlabel.py``
(see ``tests/validate/test_rules_quality.py`` and docs/rules.md).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from iku_docs.findings import Temuan
from iku_docs.model import IKU, Pemda
from iku_docs.validate.rules.base import Aturan, lain, ringkas, temuan, temuan_lembar
from iku_docs.workbook import contract as c

IKU_PEMDA_MIN, IKU_PEMDA_MAX = 5, 10
# Above this many indicators in one level (real PDs have 3–20) only identical wording is matched: the
# spelling-variant comparison is quadratic, and a hostile or generated sheet must not hang validation.
BATAS_MIRIP = 400
AMBANG_EJAAN = 0.9  # word-level difflib ratio for a spelling variant; measured in tests/validate/test_rules_quality.py
_PANJANG_EJAAN = 5  # shorter words ("sd", "smp", "ibu") only match exactly

_STOP = frozenset({
    "yang", "dan", "di", "ke", "dari", "pada", "untuk", "dalam", "atas", "terhadap", "oleh", "dengan", "serta",
    "bagi", "tahun", "kabupaten", "kota", "provinsi", "pemerintah", "daerah", "memiliki", "mempunyai", "se",
})
_SINONIM = {
    "%": "persentase", "persen": "persentase", "presentase": "persentase", "prosentase": "persentase",
    "proporsi": "persentase", "prevalensi": "persentase", "jml": "jumlah", "jlh": "jumlah", "banyaknya": "jumlah",
    "ratio": "rasio", "index": "indeks", "kab": "kabupaten",
}
_KURUNG = re.compile(r"\([^)]*\)")
_SATUAN_EKOR = re.compile(r"\bper\s+[\d.,]+\b.*$")
_KATA = re.compile(r"%|[0-9a-z]+(?:-[0-9a-z]+)*")
_ULANG = re.compile(r"\b(\w+)\s+\1\b")  # 'rata rata' → 'rata-rata'
# Cheap tests that tell when the two slow substitutions above cannot change the text: _SATUAN_EKOR needs
# "per" and a space, _ULANG a word run that occurs twice.
_PER_SPASI = re.compile(r"per\s")
_RUN = re.compile(r"\w+")


@lru_cache(maxsize=65536)  # pure; duplicate, sasaran and cascading checks tokenise the same names
def token_indikator(text: str, buang: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words that carry an indicator's meaning (see module docstring)."""
    low = unicodedata.normalize("NFKC", text or "").lower()
    if "(" in low:
        low = _KURUNG.sub(" ", low)
    if _PER_SPASI.search(low):
        low = _SATUAN_EKOR.sub(" ", low)
    runs = _RUN.findall(low)
    if len(set(runs)) < len(runs):
        low = _ULANG.sub(r"\1-\1", low)
    return frozenset(map(_makna, _KATA.findall(low))) - _STOP - buang


@lru_cache(maxsize=65536)
def _makna(word: str) -> str:
    """A word with its synonym and verb ending folded; words repeat across indicators, so cached."""
    return _akar(_SINONIM.get(word, word))


def _akar(word: str) -> str:
    """Fold the verb endings a sasaran is spelt with: 'meningkatnya'/'meningkatkan' → 'meningkat'.
    Only me-/ber-/ter- verbs, so nouns such as 'pendidikan' keep their ending."""
    if len(word) > 7 and word.startswith(("me", "ber", "ter")) and word.endswith(("nya", "kan")):
        return word[:-3]
    return word


@lru_cache(maxsize=65536)
def _mirip_kata(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < _PANJANG_EJAAN:
        return False
    # real_quick_ratio() >= quick_ratio() >= ratio(): the cheap upper bounds reject most pairs first.
    matcher = difflib.SequenceMatcher(None, a, b)
    return (matcher.real_quick_ratio() >= AMBANG_EJAAN and matcher.quick_ratio() >= AMBANG_EJAAN
            and matcher.ratio() >= AMBANG_EJAAN)


def setara(a: frozenset[str], b: frozenset[str]) -> bool:
    """Every word of each set has an exact or spelling-variant counterpart in the other."""
    if not a or not b or abs(len(a) - len(b)) > 1:
        return False
    if a == b:
        return True
    sisa_a, sisa_b = a - b, b - a
    return all(any(_mirip_kata(x, y) for y in sisa_b) for x in sisa_a) and all(
        any(_mirip_kata(y, x) for x in sisa_a) for y in sisa_b)


def pasangan_mirip(items: Sequence[frozenset[str]]) -> Iterator[tuple[int, int]]:
    """For each near-duplicate set j, the index i < j of the first set it repeats: one pair per repeat.

    Linear in the number of repeats: identical sets are matched through a dict, and only sets that
    repeat nothing become candidates for later ones (1,000 copies of one indicator give 999 pairs, not
    half a million). Prefilter: two sets can only be ``setara`` if they share all but at most two
    words, so only candidates that share a word are compared, and only when enough words are shared.
    """
    first_of: dict[frozenset[str], int] = {}
    index: dict[str, list[int]] = defaultdict(list)
    fuzzy = len(items) <= BATAS_MIRIP
    for j, words in enumerate(items):
        if not words:
            continue
        if words in first_of:
            yield first_of[words], j
            continue
        if not fuzzy:
            first_of[words] = j
            continue
        match = next((i for i in _kandidat(items, index, words) if setara(items[i], words)), None)
        if match is not None:
            first_of[words] = match
            yield match, j
            continue
        first_of[words] = j
        for w in words:
            index[w].append(j)


def _kandidat(items: Sequence[frozenset[str]], index: dict[str, list[int]], words: frozenset[str]) -> list[int]:
    """Earlier sets that share enough words with ``words`` to be ``setara``, in index order.

    ``setara`` needs the sizes to differ by at most one and the sets to share all but at most two words
    of the smaller one, so a candidate misses at most three words of ``words``: it holds one of any four
    of them. Looking up only the four rarest words finds every candidate without walking the long lists
    of common words ("persentase", "layanan")."""
    k = len(words)
    lists = [index[w] for w in words if w in index]
    if k >= 4:  # a word no earlier set has is the rarest of all: it leaves fewer lists to look up
        need = 4 - (k - len(lists))
        if need <= 0:
            return []
        lists = sorted(lists, key=len)[:need]
    found = set().union(*lists)
    return sorted(i for i in found
                  if abs(len(items[i]) - k) <= 1 and len(items[i] & words) >= min(len(items[i]), k) - 2)


def _buang_daerah(model: Pemda) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\w+", model.nama_daerah))


def _kelompok_level(model: Pemda) -> Iterator[tuple[IKU, ...]]:
    """Indicators compared with each other: the Pemda's, and each PD's own."""
    yield model.iku
    for pd in model.perangkat_daerah:
        yield pd.iku


# --- Rules ------------------------------------------------------------------------------


def _jumlah(model: Pemda) -> Iterator[Temuan]:
    n = len(model.iku)
    if IKU_PEMDA_MIN <= n <= IKU_PEMDA_MAX:
        return
    yield temuan_lembar(JUMLAH_IKU, c.LEMBAR_IKU_PEMDA.nama, varian=None if n < IKU_PEMDA_MIN else "banyak",
                        nilai=str(n), jumlah=n, paling_sedikit=IKU_PEMDA_MIN, paling_banyak=IKU_PEMDA_MAX)


def _duplikat(model: Pemda) -> Iterator[Temuan]:
    buang = _buang_daerah(model)
    for ikus in _kelompok_level(model):
        tokens = [token_indikator(i.nama, buang) for i in ikus]
        for a, b in pasangan_mirip(tokens):
            first, dup = ikus[a], ikus[b]
            sama = first.nama.strip().lower() == dup.nama.strip().lower()
            yield temuan(DUPLIKAT, dup, varian="sama" if sama else None, indikator=ringkas(dup.nama),
                         indikator_lain=ringkas(first.nama), **lain(first))


def _sasaran_beda_tulis(model: Pemda) -> Iterator[Temuan]:
    for ikus in _kelompok_level(model):
        yield from _sasaran_varian(ikus)


def _sasaran_varian(ikus: Iterable[IKU]) -> Iterator[Temuan]:
    """Distinct Sasaran texts that are the same sasaran spelt differently; Lampiran I/II group IKU by the
    exact text, so each variant would print as a sasaran of its own."""
    pertama: dict[str, IKU] = {}
    for iku in ikus:
        pertama.setdefault(iku.sasaran, iku)
    teks = list(pertama)
    tokens = [token_indikator(t) for t in teks]
    for a, b in pasangan_mirip(tokens):
        first, other = pertama[teks[a]], pertama[teks[b]]
        yield temuan(SASARAN_BEDA_TULIS, other, c.KOLOM_SASARAN, sasaran=ringkas(other.sasaran),
                     sasaran_lain=ringkas(first.sasaran), **lain(first))


def _pd_tanpa_iku(model: Pemda) -> Iterator[Temuan]:
    for pd in model.perangkat_daerah:
        if not pd.iku:
            yield temuan_lembar(PD_TANPA_IKU, pd.asal.lembar, baris=pd.asal.baris, sel=pd.asal.sel(c.KODE_PD),
                                kolom=c.KODE_PD, nilai=pd.kode, nama_pd=pd.nama, kode_pd=pd.kode)


JUMLAH_IKU = Aturan("PORTO-JUMLAH-IKU", _jumlah)
DUPLIKAT = Aturan("PORTO-DUPLIKAT", _duplikat)
SASARAN_BEDA_TULIS = Aturan("PORTO-SASARAN-BEDA-TULIS", _sasaran_beda_tulis)
PD_TANPA_IKU = Aturan("PORTO-PD-TANPA-IKU", _pd_tanpa_iku)

ATURAN: tuple[Aturan, ...] = (JUMLAH_IKU, DUPLIKAT, SASARAN_BEDA_TULIS, PD_TANPA_IKU)
