"""Pure parsers for cell values as staff type them: the only place values are parsed.

Rules (Indonesian usage, PUEBI and BPS publications: "." groups thousands, "," marks decimals):

- ``"6,5"`` → 6.5; ``"1.250.000"`` → 1250000; ``"1.250.000,75"`` → 1250000.75.
- ``"1.250"`` → **1250**, never 1.25: a single dot followed by exactly three digits is a thousands
  separator in Indonesian. Because an English-locale copy/paste means 1.25, ``keraguan()`` reports
  that pattern (and its mirror ``"1,250"`` → 1.25) so the schema can ask the user to confirm.
- A single dot followed by 1-2 or 4+ digits (``"6.5"``) cannot be a thousands group: decimal point.
- Both separators present: the last one is the decimal mark, the other must group by three
  (``"1.250,5"`` and ``"1,250.5"`` are both 1250.5).
- Percent: ``"93%"`` → 93; a number cell shown with a percent format (Excel stores 0.93) → 93.
  Targets are kept in percent points because the Satuan column already says "%".
- Floats from Excel go through 15 significant digits (Excel's precision), so 0.1 + 0.2 is 0.3.
- Text is cleaned of non-breaking spaces, ``_x000D_`` escapes, tabs and repeated spaces.

Every parser returns ``Decimal`` (never float), ``int``, ``date`` or ``str`` and raises
``NilaiTidakSah`` (a ``DataError``) with a stable ``kode`` and a fix hint; ``coba`` returns
the failure as a value instead, cached, for column-wise use by the schema and the builder.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from iku_docs.errors import DataError
from iku_docs.ooxml import has_illegal, strip_illegal
from iku_docs.workbook.contract import SKALA_KUALITATIF, Jenis

EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
                          "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!"})
SARAN_ANGKA = "Tulis angka seperti 6,5 atau 1.250.000 (koma untuk desimal, titik untuk ribuan), atau 93%."
SARAN_UANG = "Tulis jumlah rupiah seperti 1250000000 atau Rp 1.250.000.000."
SARAN_TAHUN = "Tulis tahun empat angka, misalnya 2026."
SARAN_TANGGAL = "Tulis tanggal seperti 24 November 2026, 24-11-2026 atau 2026-11-24, atau pakai sel bertipe tanggal."

# Levels of every qualitative scale, upper case, for case-insensitive matching.
TINGKAT_KUALITATIF = frozenset(t for skala in SKALA_KUALITATIF.values() for t in skala)

BULAN = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}

# Excel and LibreOffice write a character XML cannot hold as "_xHHHH_" (a carriage return is "_x000D_"),
# and a literal "_xHHHH_" typed by a user as "_x005F_xHHHH_". Only the control range is decoded, and
# "_x005F_" is matched (and kept) so that the text after it is never taken for an escape: decoding it to
# "_" would make cleaning a second time change the text again.
_ESCAPE = re.compile(r"_x005[Ff]_|_x00([01][0-9A-Fa-f])_")
# A vertical tab or form feed is a space between words (ooxml.XML_ILLEGAL would drop it).
_BLANK_CONTROLS = str.maketrans("\x0b\x0c", "  ")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2007\u202f\u200b]+")
_NUMBER_INDONESIAN = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_NUMBER_ENGLISH = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,2}|\d+\.\d{4,}")
_AMBIGUOUS_DOT = re.compile(r"[+-]?[1-9]\d{0,2}\.\d{3}")
_AMBIGUOUS_COMMA = re.compile(r"[+-]?[1-9]\d{0,2},\d{3}")
_CURRENCY = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_DATE_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_DATE_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")
_DATE_TEXT = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})")
_EXCEL_EPOCH = datetime(1899, 12, 30)
_SERI_TERAKHIR = 2958465  # 9999-12-31, the last date Excel writes
_HUNDRED = Decimal(100)


class NilaiTidakSah(DataError):
    """A cell value that cannot be parsed as its column's type; the schema turns it into a Temuan."""

    def __init__(self, kode: str, pesan: str, saran: str) -> None:
        super().__init__(pesan, saran=saran)
        self.kode = kode


def _fail(kode: str, pesan: str, saran: str) -> NilaiTidakSah:
    return NilaiTidakSah(kode, pesan, saran)


# --- text ----------------------------------------------------------------------------------


def _unescape(match: re.Match[str]) -> str:
    if match.group(1) is None:  # "_x005F_": an escaped underscore, kept as written
        return match.group(0)
    char = chr(int(match.group(1), 16)).translate(_BLANK_CONTROLS)
    return "" if has_illegal(char) else char


def _decode_escapes(text: str) -> str:
    decoded = _ESCAPE.sub(_unescape, text)
    if any(m.group(1) is not None for m in _ESCAPE.finditer(decoded)):
        # Dropping a decoded control character joined its neighbours into a new escape (only a crafted
        # cell does this); break it up so that cleaning twice gives the same text.
        decoded = _ESCAPE.sub(lambda m: m.group(0) if m.group(1) is None else "_ " + m.group(0)[1:], decoded)
    return decoded


def bersihkan(raw: Any) -> str:
    """Text of a cell without ``_x000D_`` escapes, control characters, NBSP, tabs, repeated spaces; lines kept,
    trimmed. Idempotent, and the result can always be written to XML (Word, Excel)."""
    if raw is None:
        return ""
    text = str(raw)
    if not text.isprintable():  # cheap test first: most cells are one printable line
        # Before decoding, so that an escape it joins is decoded too. Word, Excel and lxml refuse the characters
        # XML 1.0 forbids, so one in a cell would otherwise break every document built from it.
        text = strip_illegal(text.translate(_BLANK_CONTROLS))
    if "_x" in text:
        text = _decode_escapes(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def teks(raw: Any) -> str:
    """One-line text: line breaks become single spaces (Word paragraphs come from the template). A float beyond
    Excel's 15 digits is written as Excel shows it (1E+308), not as the 309 digits of its binary value."""
    if isinstance(raw, float) and raw == raw and (abs(raw) >= 1e15 or 0 < abs(raw) < 1e-9):
        return format(raw, ".15G")
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return bersihkan(raw).replace("\n", " ")


def daftar(raw: Any) -> tuple[str, ...]:
    """One item per line (Fungsi); blank lines dropped."""
    return tuple(bersihkan(raw).split("\n")) if bersihkan(raw) else ()


def kosong(raw: Any) -> bool:
    """None, or text with nothing but spaces/NBSP/line breaks/``_x000D_`` escapes."""
    if raw is None:
        return True
    if not isinstance(raw, str):
        return False
    if not raw.strip():
        return True
    if "_x" in raw or not raw.isprintable():  # escapes, control and zero-width characters clean away
        return not bersihkan(raw)
    return False


def galat_excel(raw: Any) -> bool:
    """A cached Excel error value such as ``#DIV/0!``."""
    return isinstance(raw, str) and "#" in raw and bersihkan(raw).upper() in EXCEL_ERRORS


def kode(raw: Any) -> str:
    """An identifier as written: numbers stay digits ("01" only survives as text), spaces trimmed."""
    if isinstance(raw, bool):
        raise _fail("STRUK-KODE", f"Nilai '{raw}' bukan kode.", "Tulis kode sebagai teks, misalnya IKU-01.")
    if isinstance(raw, float):
        if not raw.is_integer():
            raise _fail("STRUK-KODE", f"Nilai '{raw}' bukan kode.", "Tulis kode sebagai teks, misalnya IKU-01.")
        raw = int(raw)
    if isinstance(raw, int) and len(str(abs(raw))) > 15:
        # Excel keeps 15 significant digits: an 18-digit NIP typed as a number has already lost digits.
        raise _fail("STRUK-NIP-ANGKA", f"Angka {raw} lebih dari 15 digit sehingga digit terakhirnya sudah diubah "
                    "oleh Excel.", "Ketik ulang sebagai teks: awali dengan tanda petik, misalnya '196805121994031007.")
    if isinstance(raw, datetime | date):
        raise _fail("STRUK-KODE", "Sel berisi tanggal, bukan kode.", "Tulis kode sebagai teks, misalnya IKU-01.")
    return teks(raw)


# --- numbers -------------------------------------------------------------------------------


def _decimal_from_float(value: float) -> Decimal:
    if value != value or value in (float("inf"), float("-inf")):
        raise _fail("STRUK-ANGKA", "Sel berisi nilai bukan angka (NaN/tak hingga).", SARAN_ANGKA)
    return Decimal(format(value, ".15g"))


def normalize_decimal(d: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation (1250000, not 1.25E+6)."""
    if not d.is_finite():
        raise _fail("STRUK-ANGKA", "Sel berisi nilai bukan angka (NaN/tak hingga).", SARAN_ANGKA)
    if d == d.to_integral_value():
        return Decimal(int(d))  # exact at any size, unlike quantize (limited by the context precision)
    return d.normalize()


def _text_to_decimal(text: str) -> Decimal:
    s = text.replace(" ", "")
    sign = ""
    if s[:1] and s[0] in "+-−":  # s[:1] guard: "" is "in" every string ("%" alone leaves nothing)
        sign, s = ("-" if s[0] in "-−" else ""), s[1:]
    if _NUMBER_INDONESIAN.fullmatch(s):
        digits = s.replace(".", "").replace(",", ".")
    elif _NUMBER_ENGLISH.fullmatch(s):
        digits = s.replace(",", "")
    else:
        raise ValueError(text)
    return Decimal(sign + digits)


def angka(raw: Any, persen: bool = False) -> Decimal:
    """A decimal number; ``persen`` = the cell has a percent number format (0.93 shown as 93%)."""
    if isinstance(raw, bool | datetime | date | timedelta):
        raise _fail("STRUK-ANGKA", "Sel berisi tanggal atau nilai logika, bukan angka.", SARAN_ANGKA)
    if isinstance(raw, int):
        return normalize_decimal(Decimal(raw) * _HUNDRED) if persen else Decimal(raw)
    if isinstance(raw, float):
        d = _decimal_from_float(raw)
        return normalize_decimal(d * _HUNDRED if persen else d)
    if isinstance(raw, Decimal):
        return normalize_decimal(raw)
    text = bersihkan(raw).replace("\n", " ")
    if not text:
        raise _fail("STRUK-KOLOM-WAJIB", "Sel kosong.", SARAN_ANGKA)
    if galat_excel(text):
        raise _fail("STRUK-GALAT-EXCEL", f"Sel berisi galat rumus Excel {text}.", "Perbaiki rumusnya atau ketik "
                    "nilainya langsung.")
    body = text.rstrip("%").strip()  # "93%" is 93: the Satuan column already says "%"
    try:
        d = _text_to_decimal(body)
    except (ValueError, InvalidOperation):
        raise _fail("STRUK-ANGKA", f"'{text}' bukan angka.", SARAN_ANGKA) from None
    return normalize_decimal(d)


def keraguan(raw: Any) -> str | None:
    """Why a text number could be read two ways (None when it cannot); see the module rules."""
    if not isinstance(raw, str):
        return None
    body = bersihkan(raw).rstrip("%").replace(" ", "")
    if _AMBIGUOUS_DOT.fullmatch(body):
        return (f"'{body}' dibaca sebagai {body.replace('.', '')} (titik = pemisah ribuan). Jika yang dimaksud "
                f"pecahan desimal, tulis {body.replace('.', ',')}.")
    if _AMBIGUOUS_COMMA.fullmatch(body):
        pecahan = str(normalize_decimal(Decimal(body.replace(",", ".")))).replace(".", ",")
        return (f"'{body}' dibaca sebagai pecahan desimal {pecahan} (koma = desimal). Jika yang dimaksud "
                f"{body.replace(',', '')}, tulis {body.replace(',', '.')} atau {body.replace(',', '')}.")
    return None


def uang(raw: Any) -> Decimal:
    """Rupiah: ``"Rp 1.250.000.000"``, ``"Rp1.250.000,00"``, ``1250000000``. Thousands dots are never ambiguous here."""
    if isinstance(raw, str):
        text = _CURRENCY.sub("", bersihkan(raw).replace("\n", " ")).strip()
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?", text.replace(" ", "")):
            return normalize_decimal(Decimal(text.replace(" ", "").replace(".", "").replace(",", ".")))
        try:
            return angka(text)
        except NilaiTidakSah as exc:
            raise _fail(exc.kode if exc.kode != "STRUK-ANGKA" else "STRUK-UANG", exc.pesan, SARAN_UANG) from None
    try:
        return angka(raw)
    except NilaiTidakSah as exc:
        raise _fail("STRUK-UANG", exc.pesan, SARAN_UANG) from None


def tahun(raw: Any) -> int:
    """A four-digit year between 1945 and 2100."""
    value: Any = raw
    if isinstance(raw, str):
        value = bersihkan(raw)
        if galat_excel(value):
            raise _fail("STRUK-GALAT-EXCEL", f"Sel berisi galat rumus Excel {value}.", SARAN_TAHUN)
        value = int(value) if re.fullmatch(r"\d{4}", value) else None
    elif isinstance(raw, float) and raw.is_integer():
        value = int(raw)
    if isinstance(value, bool) or not isinstance(value, int) or not 1945 <= value <= 2100:
        raise _fail("STRUK-TAHUN", f"'{teks(raw)}' bukan tahun.", SARAN_TAHUN)
    return value


def _make_date(y: int, m: int, d: int, raw: Any) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise _fail("STRUK-TANGGAL", f"'{teks(raw)}' bukan tanggal yang ada.", SARAN_TANGGAL) from None


def tanggal(raw: Any) -> date:
    """A date cell, an Excel serial, or text "24 November 2026", "24-11-2026", "2026-11-24"."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, time):  # a date cell holding a serial below 1: calamine reads the time of day alone
        raise _fail("STRUK-TANGGAL", f"Sel bertipe tanggal berisi jam {raw.isoformat()} tanpa tanggal: nomor seri "
                    "tanggal Excel-nya kurang dari 1, sebelum 1 Januari 1900.", SARAN_TANGGAL)
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if 1 <= raw < _SERI_TERAKHIR + 1:  # 1900-01-01 .. 9999-12-31 in the 1900 date system
            return (_EXCEL_EPOCH + timedelta(days=int(raw))).date()
        # A date cell whose number Excel cannot show as a date (it shows ####): say so, with Excel's limits.
        batas = "sesudah 31 Desember 9999" if raw > _SERI_TERAKHIR else "sebelum 1 Januari 1900"
        raise _fail("STRUK-TANGGAL", f"Angka {teks(raw)} bukan nomor seri tanggal Excel: tanggalnya jatuh {batas}, "
                    f"di luar tanggal yang dapat ditulis Excel (nomor seri 1 sampai {_SERI_TERAKHIR}).", SARAN_TANGGAL)
    text = bersihkan(raw).replace("\n", " ")
    if m := _DATE_YMD.fullmatch(text):
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), raw)
    if m := _DATE_DMY.fullmatch(text):
        return _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)), raw)
    if (m := _DATE_TEXT.fullmatch(text)) and m.group(2).lower() in BULAN:
        return _make_date(int(m.group(3)), BULAN[m.group(2).lower()], int(m.group(1)), raw)
    if galat_excel(text):
        raise _fail("STRUK-GALAT-EXCEL", f"Sel berisi galat rumus Excel {text}.", SARAN_TANGGAL)
    raise _fail("STRUK-TANGGAL", f"'{text}' bukan tanggal.", SARAN_TANGGAL)


def tingkat_kualitatif(raw: Any) -> str | None:
    """The canonical level ("WTP", "BB") when ``raw`` is one, else None."""
    if not isinstance(raw, str):
        return None
    text = bersihkan(raw).upper().replace(" ", "")
    return text if text in TINGKAT_KUALITATIF else None


def nilai(raw: Any, persen: bool = False) -> Decimal | str:
    """A target/realisasi/baseline: a number, or a level of a qualitative scale."""
    level = tingkat_kualitatif(raw)
    if level is not None:
        return level
    try:
        return angka(raw, persen)
    except NilaiTidakSah as exc:
        if exc.kode != "STRUK-ANGKA":
            raise
        levels = ", ".join("/".join(s) for s in SKALA_KUALITATIF.values())
        raise _fail("STRUK-NILAI", f"'{teks(raw)}' bukan angka dan bukan tingkat skala kualitatif.",
                    f"Tulis angka (misalnya 6,5 atau 93%) atau, untuk indikator Kualitatif, salah satu tingkat: "
                    f"{levels}.") from None


def skala_predikat(raw: Any) -> tuple[tuple[Decimal, str], ...]:
    """``"91:Sangat Tinggi; 76:Tinggi; 0:Sangat Rendah"`` → bands, highest first (must end at 0)."""
    saran = "Tulis seperti: 91:Sangat Tinggi; 76:Tinggi; 66:Sedang; 51:Rendah; 0:Sangat Rendah."
    bands: list[tuple[Decimal, str]] = []
    for part in filter(None, (p.strip() for p in bersihkan(raw).replace("\n", ";").split(";"))):
        batas, sep, label = part.partition(":")
        if not sep or not label.strip():
            raise _fail("STRUK-SKALA-PREDIKAT", f"Bagian '{part}' tidak berbentuk batas:predikat.", saran)
        try:
            bands.append((angka(batas), teks(label)))
        except NilaiTidakSah:
            raise _fail("STRUK-SKALA-PREDIKAT", f"Batas '{batas.strip()}' bukan angka.", saran) from None
    bands.sort(key=lambda b: b[0], reverse=True)
    if not bands or bands[-1][0] != 0 or len({b for b, _ in bands}) != len(bands):
        raise _fail("STRUK-SKALA-PREDIKAT", "Skala predikat harus memuat batas berbeda dan berakhir pada batas 0.",
                    saran)
    return tuple(bands)


# --- dispatch ------------------------------------------------------------------------------

_PARSERS = {
    Jenis.TEKS: teks,
    Jenis.KODE: kode,
    Jenis.UANG: uang,
    Jenis.TAHUN: tahun,
    Jenis.TANGGAL: tanggal,
    Jenis.DAFTAR: daftar,
}


def parse(jenis: Jenis, raw: Any, persen: bool = False) -> Any:
    """Parse a non-empty cell as ``jenis``; raises NilaiTidakSah."""
    if jenis is Jenis.ANGKA:
        return angka(raw, persen)
    if jenis is Jenis.NILAI:
        return nilai(raw, persen)
    if galat_excel(raw):
        raise _fail("STRUK-GALAT-EXCEL", f"Sel berisi galat rumus Excel {bersihkan(raw)}.",
                    "Perbaiki rumusnya atau ketik nilainya langsung.")
    return _PARSERS[jenis](raw)


@lru_cache(maxsize=65536, typed=True)  # typed: 1, 1.0 and True are different cells
def _coba_cached(jenis: Jenis, raw: Any, persen: bool) -> Any:
    try:
        return parse(jenis, raw, persen)
    except NilaiTidakSah as exc:
        return exc


def coba(jenis: Jenis, raw: Any, persen: bool = False) -> Any:
    """``parse`` that returns the NilaiTidakSah instead of raising; cached (staff repeat values a lot)."""
    try:
        return _coba_cached(jenis, raw, persen)
    except TypeError:  # unhashable raw value: never produced by the reader, but stay total
        try:
            return parse(jenis, raw, persen)
        except NilaiTidakSah as exc:
            return exc


# --- enumerations --------------------------------------------------------------------------


def _kunci_pilihan(text: Any) -> str:
    """Key that forgives case, spacing, "&" for "dan", the comma before "dan" and a trailing dot ("Plt")."""
    s = bersihkan(text).casefold().replace("&", " dan ").replace(",", " ").replace(".", " ")
    return " ".join(s.split())


@lru_cache(maxsize=64)
def _pilihan_map(pilihan: tuple[str, ...]) -> dict[str, str]:
    return {_kunci_pilihan(p): p for p in pilihan}


@lru_cache(maxsize=4096, typed=True)
def pilihan(raw: Any, options: tuple[str, ...]) -> str | None:
    """The canonical option ``raw`` stands for ("kesehatan " → "Kesehatan"), or None."""
    if raw is None or isinstance(raw, bool):
        return None
    return _pilihan_map(options).get(_kunci_pilihan(raw))


def mirip(raw: Any, options: tuple[str, ...]) -> str | None:
    """The closest option, for a "did you mean" hint."""
    import difflib

    table = _pilihan_map(options)
    key = _kunci_pilihan(raw)
    if key and (containing := [k for k in table if key in k]):  # "Pekerjaan Umum" → "Pekerjaan Umum dan ..."
        return table[containing[0]]
    close = difflib.get_close_matches(key, list(table), n=1, cutoff=0.6)
    return table[close[0]] if close else None
