"""Indonesian formatting of numbers, money, dates and amounts in words.

The only place numbers become text for documents and reports; builders pass the
results to templates, which never format. babel does the locale work (``id_ID``:
"." for thousands, "," for decimals), num2words the terbilang.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
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
    """babel's format_decimal(q, format=pattern, locale=id_ID), with the locale and pattern parsed once."""
    return _pola(pattern).apply(q, _LOCALE)
TITIK_TITIK = "…………………"  # placeholder for a blank number/date in a draft
SPASI_TETAP = "\u00a0"  # no-break space: a region's name never breaks across lines in a title
_PENGIKAT = "\u2060"  # word joiner: no line break on either side of the range dash


def rentang_tahun(awal: int, akhir: int) -> str:
    """'2025–2029': PUEBI's en dash for a range, bound to both years so the range never breaks."""
    return f"{awal}{_PENGIKAT}\u2013{_PENGIKAT}{akhir}"


def tanpa_putus(teks: str) -> str:
    """A name whose words stay on one line ('PROVINSI JAWA TENGAH' in a centred title)."""
    return SPASI_TETAP.join(teks.split())


def angka(nilai: Decimal | int | float | None, desimal: int | None = None, kosong: str = "-") -> str:
    """'1.250.000', '93,75'; ``desimal`` fixes the number of decimals, None keeps up to 2."""
    if nilai is None:
        return kosong
    d = Decimal(str(nilai))
    if desimal is None:
        q = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
        places = max(0, -q.as_tuple().exponent) if isinstance(q.as_tuple().exponent, int) else 0
        pattern = "#,##0" + ("." + "#" * places if places else "")
        return _desimal(q, pattern)
    q = d.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)
    pattern = "#,##0" + ("." + "0" * desimal if desimal else "")
    return _desimal(q, pattern)


def persen(nilai: Decimal | None, desimal: int = 2, kosong: str = "-") -> str:
    """Capaian as printed in LKjIP tables: '93,75' (the % sign is in the header)."""
    return angka(nilai, desimal, kosong)


def rupiah(nilai: Decimal | int | None, kosong: str = "-") -> str:
    """'Rp1.250.000.000': PUEBI writes the symbol without a space (whole rupiah; sen are rounded). Where a
    column header already says "(Rp)", cells use ``angka(nilai, 0)`` instead."""
    if nilai is None:
        return kosong
    return "Rp" + angka(nilai, 0)


def tanggal(d: date | None, kosong: str = TITIK_TITIK) -> str:
    """'24 November 2026'; a blank date in a draft becomes a dotted placeholder."""
    if d is None:
        return kosong
    return format_date(d, format="d MMMM y", locale=_LOCALE)


def terbilang(nilai: Decimal | int) -> str:
    """Amount in words: 1250000 -> 'satu juta dua ratus lima puluh ribu'."""
    from num2words import num2words  # imported lazily: only money in words needs it

    return num2words(int(Decimal(nilai).to_integral_value(ROUND_HALF_UP)), lang="id")


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
            q = n.quantize(Decimal(1).scaleb(-batas), rounding=ROUND_HALF_UP).normalize()
            exponent = q.as_tuple().exponent
            terbanyak = max(terbanyak, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    return terbanyak
