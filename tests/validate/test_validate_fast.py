"""The column-wise and indexed fast paths of the validate stage give what the plain per-cell code gives.

Each reference below is the straightforward algorithm the fast code replaced; the fast code must agree
with it on odd inputs (mixed types that compare equal, unhashable cells, repeated words, spelling variants).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from datetime import date, datetime

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from iku_docs.validate.build import _parsed, _Sheet, _sudah_bersih
from iku_docs.validate.columns import Distinct
from iku_docs.validate.rules import base, portfolio, wording
from iku_docs.workbook import contract as c
from iku_docs.workbook import values
from iku_docs.workbook.reader import Tabel
from tests.data.indikator_berlabel import BAIK, BURUK, PASANGAN

# --- Distinct: one call per distinct value, never merging cells that only compare equal ---------

CELLS = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from([0.0, 1.0, 1.5, -0.5]),
                  st.sampled_from(["", " ", "1", "1.0", "True", "WTP", "1.250", "Kesehatan", "kesehatan "]),
                  st.sampled_from([date(2026, 1, 1), datetime(2026, 1, 1)]))


def _typed(v: object) -> tuple[str, str]:
    return type(v).__name__, repr(v)


@given(st.lists(CELLS, max_size=30))
def test_distinct_map_equals_a_call_per_cell(cells):
    assert Distinct.of(cells).map(_typed).tolist() == [_typed(v) for v in cells]
    assert Distinct.of(cells).mask(values.kosong).tolist() == [values.kosong(v) for v in cells]


@given(st.lists(st.tuples(CELLS, CELLS), max_size=30))
def test_distinct_pairs_equal_a_call_per_row(rows):
    a, b = [r[0] for r in rows], [r[1] for r in rows]
    pairs = Distinct.pairs(Distinct.of(a), Distinct.of(b))
    assert pairs.map(lambda p: (_typed(p[0]), _typed(p[1]))).tolist() == [(_typed(x), _typed(y)) for x, y in rows]


def test_one_true_and_one_point_zero_stay_three_values():
    d = Distinct.of([1, True, 1.0, 1, "1"])
    assert d.map(_typed).tolist() == [("int", "1"), ("bool", "True"), ("float", "1.0"), ("int", "1"), ("str", "'1'")]
    assert len(d.values) == 4


def test_an_unhashable_cell_is_evaluated_on_its_own():
    cells = [["a"], "x", ["a"], None]
    assert Distinct.of(cells).map(repr).tolist() == [repr(v) for v in cells]
    assert isinstance(Distinct.of(cells).codes, np.ndarray)


def test_the_builder_parses_percent_formatted_cells_as_percent_points_only_in_their_rows():
    tabel = Tabel(c.LEMBAR_IKU_PEMDA, kolom={"Baseline": "P"}, baris=[2, 3, 4],
                  nilai={"Baseline": [0.93, 0.93, "bukan angka"]}, persen={"Baseline": {3}})
    parsed = _Sheet(tabel).parsed("Baseline")
    assert [str(v) for v in parsed[:2]] == [str(values.coba(c.Jenis.NILAI, 0.93)), "93"]
    assert isinstance(parsed[2], values.NilaiTidakSah)


# --- PORTO-DUPLIKAT: tokens and candidate pairs --------------------------------------------


def _token_reference(text: str, buang: frozenset[str] = frozenset()) -> frozenset[str]:
    low = unicodedata.normalize("NFKC", text or "").lower()
    low = portfolio._ULANG.sub(r"\1-\1", portfolio._SATUAN_EKOR.sub(" ", portfolio._KURUNG.sub(" ", low)))
    words = (portfolio._akar(portfolio._SINONIM.get(w, w)) for w in portfolio._KATA.findall(low))
    return frozenset(w for w in words if w not in portfolio._STOP and w not in buang)


def _mirip_reference(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 5 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.9)


def _pairs_reference(items):
    first_of, index = {}, defaultdict(list)
    fuzzy = len(items) <= portfolio.BATAS_MIRIP
    for j, words in enumerate(items):
        if not words:
            continue
        if words in first_of:
            yield first_of[words], j
            continue
        if not fuzzy:
            first_of[words] = j
            continue
        shared = defaultdict(int)
        for w in words:
            for i in index[w]:
                shared[i] += 1
        match = min((i for i, n in shared.items()
                     if n >= min(len(items[i]), len(words)) - 2 and portfolio.setara(items[i], words)), default=None)
        if match is not None:
            first_of[words] = match
            yield match, j
            continue
        first_of[words] = j
        for w in words:
            index[w].append(j)


NAMES = [*(b[0] for b in BAIK), *(b[0] for b in BURUK), *(n for pair in PASANGAN for n in pair[:2]),
         "Rata rata lama sekolah", "Angka kematian bayi per 1.000 kelahiran hidup", "Jumlah  jumlah (JJ) per  10 x",
         "Persentase_persentase", "Indeks Pembangunan Manusia (IPM) Kabupaten Sleman", "ＰＥＲ　５ orang", ""]
WORDS = ["persentase", "presentase", "penduduk", "pendudukk", "miskin", "ekstrem", "rata-rata", "sekolah",
         "sekolahh", "lama", "angka", "kematian", "bayi", "sd", "smp", "layanan", "pelayanan"]


def test_the_tokeniser_equals_the_plain_regex_pipeline_on_the_labelled_names():
    buang = frozenset({"sleman"})
    for name in NAMES:
        assert portfolio.token_indikator(name, buang) == _token_reference(name, buang), name


@given(st.text(alphabet=st.sampled_from(list("per 1.0,( )rata_xX%Ａ\u00a0\tab")), max_size=40))
def test_the_tokeniser_equals_the_plain_regex_pipeline_on_odd_text(text):
    assert portfolio.token_indikator(text) == _token_reference(text)


@given(st.text(alphabet="aeiknprst", min_size=1, max_size=9), st.text(alphabet="aeiknprst", min_size=1, max_size=9))
def test_the_spelling_variant_test_keeps_the_difflib_ratio_answer(a, b):
    assert portfolio._mirip_kata(a, b) == _mirip_reference(a, b)


@settings(max_examples=200)
@given(st.lists(st.frozensets(st.sampled_from(WORDS), max_size=7), max_size=40))
def test_candidate_lookup_finds_the_same_pairs_as_counting_every_shared_word(items):
    assert list(portfolio.pasangan_mirip(items)) == list(_pairs_reference(items))


def test_candidate_lookup_agrees_on_the_labelled_names():
    items = [portfolio.token_indikator(n) for n in NAMES * 2 if n]
    assert list(portfolio.pasangan_mirip(items)) == list(_pairs_reference(items))


# --- SMART wording: the quick phrase test only rules names out -----------------------------

PHRASE_TEXT = st.lists(st.sampled_from(["dengan", "baik", "secara", "optimal", "Optimal", "DENGAN", "ſecara",
                                        "İ", "\u212a", "-", "lancar", "berjalan", "x", "sebaik-baiknya", "Baik."]),
                       max_size=6).map(" ".join)


@given(PHRASE_TEXT)
def test_the_quick_phrase_test_finds_what_the_full_search_finds(text):
    fast, full = wording._cari_frasa(text), wording._FRASA.search(text)
    assert (fast and fast.span()) == (full and full.span())


def test_every_normative_phrase_is_found_in_any_case():
    for frasa in wording.FRASA_NORMATIF:
        for text in (f"Persentase tugas {frasa}", f"Tugas {frasa.upper()} selesai", frasa.title()):
            assert wording._cari_frasa(text).group(0).lower() == frasa.lower()


@given(st.text(alphabet=st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x85\u00a0\u2007\u3000ａAb.")), max_size=20))
def test_tidying_spaces_equals_the_regex_replacement(text):
    expected = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    assert base.rapikan(text) == expected


def test_target_column_names_are_the_contract_headers():
    assert [base.kolom_target(t) for t in (2025, 2030, 2025)] == [c.target_header(t) for t in (2025, 2030, 2025)]


@given(st.text(alphabet=st.sampled_from(list("ab #_x0D  \t\n\r\u00a0\u2007\u200b\u202f\x00\x85é%")), max_size=14))
def test_text_the_builder_keeps_as_is_is_text_the_parser_keeps_as_is(text):
    if _sudah_bersih(text):
        assert values.coba(c.Jenis.TEKS, text) == text and not values.kosong(text)


@given(st.text(max_size=12))
def test_the_builder_parses_any_text_cell_like_the_parser(text):
    expected = None if values.kosong(text) else values.coba(c.Jenis.TEKS, text)
    got = _parsed(c.Jenis.TEKS, text)
    assert (type(got), str(got)) == (type(expected), str(expected))
