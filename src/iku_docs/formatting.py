"""Indonesian formatting of numbers, money, dates and amounts in words.

The only place numbers become text for documents and reports; builders pass the
results to templates, which never format. babel does the locale work (``id_ID``:
"." for thousands, "," for decimals), num2words the terbilang.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import date
from decimal import MAX_EMAX, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern, parse_pattern

LOCALE = "id_ID"
_LOCALE = Locale.parse(LOCALE)  # parsed once: format_decimal(locale="id_ID") parses it again on every call


@lru_cache(maxsize=32)
def _pola(pattern: str) -> NumberPattern:
    return parse_pattern(pattern)


def _desimal(q: Decimal, pattern: str) -> str:
    """babel's format_decimal(q, format=pattern, locale=id_ID), with the locale and pattern parsed once; in a
    context wide enough for ``q`` (babel quantizes again, in the current context)."""
    with _konteks(q, 2):
        return _pola(pattern).apply(q, _LOCALE)


def _konteks(d: Decimal, desimal: int) -> AbstractContextManager[Context]:
    """A decimal context that holds ``d`` with ``desimal`` places exactly, whatever its size."""
    ctx = Context(prec=max(28, d.adjusted() + desimal + 2), rounding=ROUND_HALF_UP, Emax=MAX_EMAX, Emin=MIN_EMIN)
    return localcontext(ctx)


TITIK_TITIK = "…………………"  # placeholder for a blank number/date in a draft
SPASI_TETAP = "\u00a0"  # no-break space: a region's name never breaks across lines in a title
_PENGIKAT = "\u2060"  # word joiner: no line break on either side of the range dash


def rentang_tahun(awal: int, akhir: int) -> str:
    """'2025–2029': PUEBI's en dash for a range, bound to both years so the range never breaks."""
    return f"{awal}{_PENGIKAT}\u2013{_PENGIKAT}{akhir}"


def tanpa_putus(teks: str) -> str:
    """A name whose words stay on one line ('PROVINSI JAWA TENGAH' in a centred title)."""
    return SPASI_TETAP.join(teks.split())


def bulatkan(d: Decimal, desimal: int) -> Decimal:
    """``d`` rounded half up to ``desimal`` places, for any finite Decimal: the default context's 28 digits
    cannot hold 1e26 with two decimals (quantize raises InvalidOperation), so the precision grows with the
    number, and the exponent limits are opened for 1e-300 or 1e308."""
    with _konteks(d, desimal):
        return d.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)


def _sebagai_decimal(nilai: Decimal | int | float) -> Decimal | None:
    """The Decimal of a number, or None for NaN, an infinity or anything Decimal cannot read."""
    try:
        d = nilai if isinstance(nilai, Decimal) else Decimal(str(nilai))
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def angka(nilai: Decimal | int | float | None, desimal: int | None = None, kosong: str = "-") -> str:
    """'1.250.000', '93,75'; ``desimal`` fixes the number of decimals, None keeps up to 2. Never raises: a value
    that is not a finite number prints as ``kosong``."""
    d = None if nilai is None else _sebagai_decimal(nilai)
    if d is None:
        return kosong
    if desimal is None:
        q = bulatkan(d, 2)
        places = len(str(q).rpartition(".")[2].rstrip("0")) if "." in str(q) else 0
        q = bulatkan(q, places)
        pattern = "#,##0" + ("." + "#" * places if places else "")
        return _tanpa_minus_nol(_desimal(q, pattern))
    q = bulatkan(d, desimal)
    pattern = "#,##0" + ("." + "0" * desimal if desimal else "")
    return _tanpa_minus_nol(_desimal(q, pattern))


def _tanpa_minus_nol(teks: str) -> str:
    """'-0' or '-0,00' (a tiny negative rounded away, or Decimal's negative zero) printed without its sign."""
    return teks[1:] if teks.startswith("-") and not teks.strip("-0,.") else teks


def persen(nilai: Decimal | None, desimal: int = 2, kosong: str = "-") -> str:
    """Capaian as printed in LKjIP tables: '93,75' (the % sign is in the header)."""
    return angka(nilai, desimal, kosong)


def rupiah(nilai: Decimal | int | None, kosong: str = "-") -> str:
    """'Rp1.250.000.000': PUEBI writes the symbol without a space (whole rupiah; sen are rounded). Where a
    column header already says "(Rp)", cells use ``angka(nilai, 0)`` instead."""
    if nilai is None or _sebagai_decimal(nilai) is None:
        return kosong
    return "Rp" + angka(nilai, 0)


def tanggal(d: date | None, kosong: str = TITIK_TITIK) -> str:
    """'24 November 2026'; a blank date in a draft becomes a dotted placeholder."""
    if d is None:
        return kosong
    return format_date(d, format="d MMMM y", locale=_LOCALE)


_TERBILANG_BATAS = 10**36  # num2words' Indonesian names stop below this (its "desiliun" is 10^33)


def terbilang(nilai: Decimal | int) -> str:
    """Amount in words: 1250000 -> 'satu juta dua ratus lima puluh ribu'. Beyond the largest number num2words
    names (10^36) the amount is written in figures rather than failing."""
    from num2words import num2words  # imported lazily: only money in words needs it

    d = _sebagai_decimal(nilai)
    if d is None:
        return angka(nilai, 0)
    bulat = int(bulatkan(d, 0))
    # num2words refuses a positive amount past its names (OverflowError) but fails on a negative one with a
    # KeyError: the bound is checked here for both signs.
    if abs(bulat) >= _TERBILANG_BATAS:
        return angka(bulat, 0)
    return num2words(bulat, lang="id")


def nilai_teks(nilai: Decimal | str | None, kosong: str = "-", desimal: int | None = None) -> str:
    """A target/realisasi as printed: numbers the Indonesian way, scale levels as written. ``desimal`` (from
    ``desimal_indikator``) gives every value of one indicator the same number of decimals."""
    if nilai is None:
        return kosong
    if isinstance(nilai, str):
        return nilai
    return angka(nilai, desimal)


def desimal_indikator(nilai: Iterable[Decimal | str | None], batas: int = 2) -> int:
    """The decimals one indicator's numbers share: as many as the most precise of its targets, realisasi and
    baseline (at most ``batas``), so a reviewer reads 7,0 beside 7,5 rather than 7 beside 7,5."""
    terbanyak = 0
    for n in nilai:
        if isinstance(n, Decimal) and n.is_finite():
            q = bulatkan(n, batas)
            exponent = q.normalize().as_tuple().exponent if q else 0
            terbanyak = max(terbanyak, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    return terbanyak
