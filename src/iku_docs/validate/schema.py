"""VALIDATE (structure): a pandera DataFrameSchema per sheet, derived from ``contract.py``.

Each sheet becomes a DataFrame of raw cell values whose index is the Excel row (key/value
sheets: one row, one column per Isian). Every check is an ``_Aturan`` — code, the column the
finding points at, a vectorised function returning True for good rows — registered with pandera
under a unique name, and validated lazily so every problem appears at once. The checks come from
what the contract declares, with no per-sheet code: a column's ``wajib``, ``jenis`` (``bentuk``), ``pilihan``
(and ``pilihan_menurut``), ``rujukan``, ``dalam_periode``, ``pola`` and ``rentang`` (or the kind's
``rentang_nilai``), a sheet's ``kunci`` (and ``kunci_bersama``), the column that says whether targets are
levels (``jenis_nilai``), the RPJMD period items, the target columns and ``bila_kosong``. The failure
cases are mapped back to sheet and cell; every finding's wording comes from ``catalog.py``.
Values are parsed only through ``workbook/values.py``; parse results are cached there, so
``build_model`` re-parses for free. pandera is imported only here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from iku_docs import catalog
from iku_docs.findings import Temuan
from iku_docs.validate.columns import Distinct, coba_bentuk
from iku_docs.workbook import contract as c
from iku_docs.workbook import values
from iku_docs.workbook.reader import Tabel, TabelIsian, Tables

# pandera registers its pandas backends (and imports their modules) on the first validate() of a process;
# doing it here keeps that one-off import out of the first workbook's validation time.
pa.DataFrameSchema.register_default_backends(pd.DataFrame)

KODE_AMAN = re.compile(r"[A-Za-z0-9._-]+")
# The structural codes as (tingkat, message template, fix template): a read-only view of the catalog.
KODE: dict[str, tuple[Any, str, str | None]] = {
    k.kode: (k.tingkat, k.pesan, k.saran) for k in catalog.KODE.values() if k.kode.startswith("STRUK-")}


@dataclass(frozen=True, slots=True)
class _Aturan:
    """One check: ``fn`` gets the column (or the frame when ``wide``) and returns True for good rows.

    ``detail(value, index)`` gives the fields of the catalog's templates; ``_kode`` and ``_varian`` in it
    pick another code (a parser's) or a variant of the wording."""

    kode: str
    kolom: str
    fn: Callable[[Any], pd.Series]
    detail: Callable[[Any, Any], dict[str, Any]] = field(default=lambda value, idx: {})
    wide: bool = False


@dataclass(slots=True)
class _Frame:
    lembar: c.Lembar
    df: pd.DataFrame
    spec: dict[str, Any]  # header → contract Kolom/Isian
    sel: Callable[[str, Any], tuple[str | None, int | None]]  # (header, index) → (A1 ref, Excel row)
    skip: set[str]  # refs already reported by the reader (formula without cached value)
    kv: bool = False
    persen: dict[str, set[int]] = field(default_factory=dict)  # header → rows of cells with a percent format
    aturan: list[_Aturan] = field(default_factory=list)
    _distinct: dict[str, Distinct] = field(default_factory=dict)
    _kosong: dict[str, np.ndarray] = field(default_factory=dict)
    _kode: dict[str, pd.Series] = field(default_factory=dict)

    @property
    def nama(self) -> str:
        return self.lembar.nama

    def distinct(self, header: str) -> Distinct:
        """The distinct values of a column, found once and shared by every check of the column."""
        if header not in self._distinct:
            self._distinct[header] = Distinct.of(self.df[header].tolist())
        return self._distinct[header]

    def mask(self, header: str, fn: Callable[[Any], bool]) -> np.ndarray:
        """``fn(cell)`` for every cell of a column, computed once per distinct value."""
        return self.distinct(header).mask(fn)

    def kosong(self, header: str) -> np.ndarray:
        """Empty-cell mask of a column, computed once and shared by every check."""
        if header not in self._kosong:
            self._kosong[header] = self.mask(header, values.kosong)
        return self._kosong[header]

    def kode(self, header: str) -> pd.Series:
        """Parsed codes of a column (None where empty or unparsable), computed once."""
        if header not in self._kode:
            self._kode[header] = pd.Series(self.distinct(header).map(_code), index=self.df.index, dtype=object)
        return self._kode[header]


# --- column-wise helpers (each pure cell function runs once per distinct value, see columns.py) ---


def _series(s: pd.Series, flags: np.ndarray) -> pd.Series:
    return pd.Series(flags, index=s.index, dtype=bool)


def _filled(frame: _Frame, header: str) -> Callable[[pd.Series], pd.Series]:
    return lambda s: _series(s, ~frame.kosong(header))


def _parser(spec: Any) -> Callable[[Any], Any]:
    """The cell's parse (value or NilaiTidakSah): its ``bentuk`` when it has one, else its ``jenis``."""
    if getattr(spec, "bentuk", None) is not None:
        return lambda v: coba_bentuk(spec.bentuk, v)
    return lambda v: values.coba(spec.jenis, v)


def _parses(frame: _Frame, header: str, coba: Callable[[Any], Any]) -> Callable[[pd.Series], pd.Series]:
    bad = values.NilaiTidakSah

    def check(s: pd.Series) -> pd.Series:
        return _series(s, frame.kosong(header) | frame.mask(header, lambda v: not isinstance(coba(v), bad)))
    return check


def _parse_detail(coba: Callable[[Any], Any]) -> Callable[[Any, Any], dict[str, Any]]:
    def detail(value: Any, idx: Any) -> dict[str, Any]:
        err = coba(value)
        return {"_kode": err.kode, "detail": err.pesan, "saran_nilai": err.saran or ""}
    return detail


def _unambiguous(frame: _Frame, header: str) -> Callable[[pd.Series], pd.Series]:
    return lambda s: _series(s, frame.mask(header, lambda v: not isinstance(v, str) or values.keraguan(v) is None))


def _in_options(frame: _Frame, header: str, options: tuple[str, ...]) -> Callable[[pd.Series], pd.Series]:
    def check(s: pd.Series) -> pd.Series:
        return _series(s, frame.kosong(header) | frame.mask(header, lambda v: values.pilihan(v, options) is not None))
    return check


def _code(v: Any) -> str | None:
    """The parsed code of a cell (None where empty or unparsable)."""
    r = None if values.kosong(v) else values.coba(c.Jenis.KODE, v)
    return None if isinstance(r, values.NilaiTidakSah) else r


def _contoh(spec: Any) -> str:
    return getattr(spec, "contoh", "").rstrip(".")


# --- frames --------------------------------------------------------------------------------


def _table_frame(tabel: Tabel, periode: range | None) -> _Frame:
    df = pd.DataFrame({h: pd.Series(v, dtype=object) for h, v in tabel.nilai.items()}, dtype=object)
    df.index = pd.Index(tabel.baris, dtype="int64")
    # Target columns outside the period are reported once (STRUK-TARGET-PERIODE), not cell by cell.
    if periode is None and tabel.target_tahun:
        periode = range(min(tabel.target_tahun), max(tabel.target_tahun) + 1)
    spec = {k.nama: k for k in c.columns_for(tabel.lembar, periode)}
    return _Frame(tabel.lembar, df, spec, lambda h, i: (tabel.ref(h, int(i)), int(i)), tabel.tanpa_nilai,
                  persen=tabel.persen)


def _kv_frame(tabel: TabelIsian) -> _Frame:
    df = pd.DataFrame({i.nama: pd.Series([tabel.raw(i.nama)], dtype=object) for i in tabel.lembar.isian},
                      dtype=object)

    def sel(header: str, idx: Any) -> tuple[str | None, int | None]:
        cell = tabel.isian.get(header)
        return (cell.ref, cell.baris) if cell else (None, None)

    return _Frame(tabel.lembar, df, {i.nama: i for i in tabel.lembar.isian}, sel, tabel.tanpa_nilai, kv=True)


# --- checks from the contract --------------------------------------------------------------


def _column_rules(frame: _Frame, present: set[str]) -> None:
    """Required, type, ambiguity and enumeration checks from the contract column definitions."""
    for header, spec in frame.spec.items():
        if header not in present:
            continue
        if spec.wajib:
            kode = "STRUK-ISIAN-WAJIB" if frame.kv else "STRUK-KOLOM-WAJIB"
            frame.aturan.append(_Aturan(kode, header, _filled(frame, header),
                                        lambda v, i, spec=spec: {"contoh": _contoh(spec)}))
        if spec.jenis not in (c.Jenis.TEKS, c.Jenis.DAFTAR) or getattr(spec, "bentuk", None) is not None:
            coba = _parser(spec)
            frame.aturan.append(_Aturan("STRUK-ANGKA", header, _parses(frame, header, coba), _parse_detail(coba)))
        if spec.jenis in (c.Jenis.ANGKA, c.Jenis.NILAI):
            frame.aturan.append(_Aturan("STRUK-ANGKA-RAGU", header, _unambiguous(frame, header),
                                        lambda v, i: {"detail": values.keraguan(v)}))
        if spec.pilihan:
            frame.aturan.append(_Aturan(getattr(spec, "kode_pilihan", "STRUK-PILIHAN"), header,
                                        _in_options(frame, header, spec.pilihan),
                                        lambda v, i, o=spec.pilihan: _suggest(v, o)))


def _suggest(value: Any, options: tuple[str, ...]) -> dict[str, Any]:
    return {"pilihan": ", ".join(options), "mirip": _mirip(value, options)}


@lru_cache(maxsize=4096, typed=True)  # a misspelt option is usually repeated down the column
def _mirip(value: Any, options: tuple[str, ...]) -> str | None:
    return values.mirip(value, options)


def _unique_rule(frame: _Frame, header: str, others: dict[str, set[str]]) -> None:
    """Codes unique within the sheet and absent from the sheets sharing the code space (``kunci_bersama``)."""
    other_set = set().union(*others.values())

    def check(s: pd.Series) -> pd.Series:
        codes = frame.kode(header)
        dup = codes.notna() & codes.duplicated(keep=False)
        return ~(dup | codes.isin(other_set))

    def detail(value: Any, idx: Any) -> dict[str, Any]:
        code = values.coba(c.Jenis.KODE, value)
        codes = frame.kode(header)
        rows = ", ".join(str(r) for r in codes.index[codes == code] if r != idx)
        lembar = " / ".join(nama for nama, kode in others.items() if code in kode)
        varian = ("baris-dan-lembar-lain" if rows else "lembar-lain") if lembar else None
        return {"_varian": varian, "baris_lain": rows, "lembar_lain": lembar}

    frame.aturan.append(_Aturan("STRUK-KODE-GANDA", header, check, detail))
    frame.aturan.append(_Aturan("STRUK-KODE-FORMAT", header, lambda s: _series(s, frame.mask(
        header, lambda v: (code := _code(v)) is None or bool(KODE_AMAN.fullmatch(code))))))


def _key_rule(frame: _Frame, kunci: tuple[str, ...]) -> None:
    if not all(k in frame.df for k in kunci):
        return

    def keys() -> list[tuple[str, ...]]:
        folded = (frame.distinct(h).map(lambda v: values.teks(v).casefold()).tolist() for h in kunci)
        return list(zip(*folded, strict=True))

    def check(df: pd.DataFrame) -> pd.Series:
        blank = np.logical_or.reduce([frame.kosong(h) for h in kunci])
        return _series(df, blank | ~pd.Series(keys(), dtype=object).duplicated(keep="first").to_numpy())

    def detail(value: Any, idx: Any) -> dict[str, Any]:
        k = keys()
        first = frame.df.index[k.index(k[frame.df.index.get_loc(idx)])]
        return {"lain": first, "kunci": " + ".join(f"'{h}'" for h in kunci)}

    frame.aturan.append(_Aturan("STRUK-KUNCI-GANDA", kunci[-1], check, detail, wide=True))


def _reference_rule(frame: _Frame, header: str, rujukan: c.Rujukan, targets: set[str]) -> None:
    lembar_tujuan = " / ".join(rujukan.lembar)

    def split(v: Any) -> list[str]:
        if values.kosong(v):
            return []
        code = values.coba(c.Jenis.KODE, v)
        if isinstance(code, values.NilaiTidakSah):
            return []  # reported by the type check
        return [p.strip() for p in re.split(rujukan.pisah, code) if p.strip()] if rujukan.banyak else [code]

    def check(s: pd.Series) -> pd.Series:
        return _series(s, frame.mask(header, lambda v: all(p in targets for p in split(v))))

    pilihan = tuple(sorted(targets))
    mirip: dict[str, str | None] = {}  # a wrong code is often repeated down the column: look it up once

    def detail(value: Any, idx: Any) -> dict[str, Any]:
        wrong = [p for p in split(value) if p not in targets]
        if wrong and pilihan and wrong[0] not in mirip:
            mirip[wrong[0]] = values.mirip(wrong[0], pilihan)
        return {"nilai": ", ".join(wrong), "lembar_tujuan": lembar_tujuan, "kolom_tujuan": rujukan.kolom,
                "mirip": mirip.get(wrong[0]) if wrong else None}

    frame.aturan.append(_Aturan("STRUK-RUJUKAN", header, check, detail))


def _year_rule(frame: _Frame, header: str, periode: range | None) -> None:
    if periode is None:
        return

    def check(s: pd.Series) -> pd.Series:
        return _series(s, frame.mask(header, lambda v: not isinstance(y := values.coba(c.Jenis.TAHUN, v), int)
                                     or y in periode))

    frame.aturan.append(_Aturan("STRUK-TAHUN-PERIODE", header, check,
                                lambda v, i: {"awal": periode.start, "akhir": periode.stop - 1}))


def _dependent_options_rule(frame: _Frame, header: str, spec: c.Kolom) -> None:
    """A value allowed only under some values of another column (Urusan under its Jenis Urusan)."""
    induk, per_induk = spec.pilihan_menurut
    if induk not in frame.df:
        return
    induk_pilihan = frame.spec[induk].pilihan
    owner = {u: j for j, daftar in per_induk for u in daftar}

    def check(df: pd.DataFrame) -> pd.Series:
        def ok(nilai: Any, induk_nilai: Any) -> bool:
            u, j = values.pilihan(nilai, spec.pilihan), values.pilihan(induk_nilai, induk_pilihan)
            return u is None or j is None or owner[u] == j
        return _series(df, Distinct.pairs(frame.distinct(header), frame.distinct(induk)).mask(lambda pair: ok(*pair)))

    def detail(value: Any, idx: Any) -> dict[str, Any]:
        u = values.pilihan(value, spec.pilihan)
        return {"nilai": u, "kolom_induk": induk, "induk": values.pilihan(frame.df.at[idx, induk], induk_pilihan),
                "induk_benar": owner.get(u, "")}

    frame.aturan.append(_Aturan("STRUK-URUSAN-JENIS", header, check, detail, wide=True))


def _nilai_jenis_rules(frame: _Frame, penentu: str) -> None:
    """The kind column (Jenis Angka) says the row's NILAI cells are scale levels (Kualitatif) or numbers."""
    pilihan = frame.spec[penentu].pilihan
    headers = [h for h, k in frame.spec.items() if k.jenis is c.Jenis.NILAI and h in frame.df]

    def kind_ok(jenis_raw: Any, v: Any) -> bool:
        jenis = values.pilihan(jenis_raw, pilihan)
        parsed = values.coba(c.Jenis.NILAI, v)
        if jenis is None or values.kosong(v) or isinstance(parsed, values.NilaiTidakSah):
            return True
        return isinstance(parsed, str) == (jenis == c.KUALITATIF)

    for header in headers:
        def check(df: pd.DataFrame, header: str = header) -> pd.Series:
            return _series(df, Distinct.pairs(frame.distinct(penentu), frame.distinct(header)).mask(
                lambda pair: kind_ok(*pair)))

        def detail(value: Any, idx: Any) -> dict[str, Any]:
            jenis = values.pilihan(frame.df.at[idx, penentu], pilihan)
            return {"induk": jenis, "_varian": None if jenis == c.KUALITATIF else "angka"}

        frame.aturan.append(_Aturan("STRUK-NILAI-JENIS", header, check, detail, wide=True))


def _pattern_rule(frame: _Frame, header: str, pola: c.Pola) -> None:
    regex = re.compile(pola.regex)

    def ok(v: Any) -> bool:
        code = values.coba(c.Jenis.KODE, v)
        return values.kosong(v) or isinstance(code, values.NilaiTidakSah) or bool(
            regex.fullmatch(code.replace(" ", "")))

    frame.aturan.append(_Aturan(pola.kode, header, lambda s: _series(s, frame.mask(header, ok))))


def _batas(n: int | Decimal) -> str:
    """A bound as a reader writes it: 100.000.000.000.000.000, -1.000, 0,000001 (no formatting module here)."""
    if isinstance(n, int):
        return f"{n:,}".replace(",", ".")
    return format(n, "f").replace(".", ",")


def _melanggar(rentang: c.Rentang, n: Any) -> str | None:
    """How ``n`` (a parsed number or date) leaves ``rentang``: "" above or below it, "negatif" for a negative
    amount where 0 is the floor, "kecil" for a number too close to 0; None when it lies within (or is not a
    number: a scale level, a parse failure or an empty cell, which other checks report)."""
    if isinstance(n, date):
        return None if rentang.bawah <= n.year <= rentang.atas else ""
    if not isinstance(n, Decimal | int) or isinstance(n, bool):
        return None
    if n < rentang.bawah:
        return "negatif" if rentang.bawah == 0 else ""
    if n > rentang.atas:
        return ""
    if rentang.terkecil is not None and n != 0 and abs(n) < rentang.terkecil:
        return "kecil"
    return None


def _seperti_tampil(n: Any, raw: Any, persen: bool) -> str:
    """The value as Excel shows it, for a range finding: 1E+26 (not the float's 27 digits), 5000% for a cell 50
    with a percent format, 31-12-9999 for a date."""
    if isinstance(n, date):
        return f"{n.day}-{n.month}-{n.year}"
    if persen and isinstance(n, Decimal):
        return format(n, "f").replace(".", ",") + "%"
    if isinstance(raw, float):
        return format(raw, ".15G").replace(".", ",")
    return values.teks(raw)


def _range_rule(frame: _Frame, header: str, spec: Any, penentu: str | None) -> None:
    """The cell's ``rentang``, or the range its row's kind declares (``rentang_nilai`` of the ``penentu``
    column: a Persentase target within ±1000); a cell shown as a percentage is judged by the number it means."""
    sendiri: c.Rentang | None = getattr(spec, "rentang", None)
    per_jenis = dict(frame.spec[penentu].rentang_nilai) if penentu and spec.jenis is c.Jenis.NILAI else {}
    if sendiri is None and not per_jenis:
        return
    pertama = sendiri or next(iter(per_jenis.values()))
    pilihan = frame.spec[penentu].pilihan if per_jenis else ()
    persen_rows = frame.persen.get(header, set())

    def rentang_of(jenis_raw: Any) -> c.Rentang | None:
        return per_jenis.get(values.pilihan(jenis_raw, pilihan), sendiri) if per_jenis else sendiri

    def varian(jenis_raw: Any, v: Any, persen: bool = False) -> str | None:
        rentang = rentang_of(jenis_raw)
        return None if rentang is None or values.kosong(v) else _melanggar(rentang, values.coba(spec.jenis, v, persen))

    def check(df: pd.DataFrame) -> pd.Series:
        if per_jenis:
            good = Distinct.pairs(frame.distinct(penentu), frame.distinct(header)).mask(
                lambda pair: varian(*pair) is None)
        else:
            good = frame.mask(header, lambda v: varian(None, v) is None)
        for pos in np.flatnonzero(df.index.isin(persen_rows)):  # few cells: one by one
            jenis_raw = df[penentu].iat[pos] if per_jenis else None
            good[pos] = varian(jenis_raw, df[header].iat[pos], True) is None
        return _series(df, good)

    def detail(value: Any, idx: Any) -> dict[str, Any]:
        jenis_raw = frame.df.at[idx, penentu] if per_jenis else None
        rentang = rentang_of(jenis_raw) or pertama  # the check fails only where a range applies
        persen = idx in persen_rows
        return {"_kode": rentang.kode, "_varian": varian(jenis_raw, value, persen) or None,
                "nilai": _seperti_tampil(values.coba(spec.jenis, value, persen), value, persen),
                **({"bawah": str(rentang.bawah), "atas": str(rentang.atas)} if spec.jenis is c.Jenis.TANGGAL  # years
                   else {"bawah": _batas(rentang.bawah), "atas": _batas(rentang.atas)}),
                "terkecil": _batas(rentang.terkecil) if rentang.terkecil is not None else "",
                "bawaan": getattr(spec, "bawaan", None) or "", "induk": values.pilihan(jenis_raw, pilihan) or ""}

    frame.aturan.append(_Aturan(pertama.kode, header, check, detail, wide=True))


def _declared_rules(frame: _Frame, codes: dict[str, dict[str, pd.Series]], periode: range | None) -> None:
    """Every check a column, an item or the sheet declares in the contract."""
    lembar = frame.lembar
    if len(lembar.kunci) == 1 and lembar.kunci[0] in frame.df:
        key = lembar.kunci[0]
        _unique_rule(frame, key, {nama: set(s.dropna()) for nama in lembar.kunci_bersama
                                  if (s := codes.get(nama, {}).get(key)) is not None})
    for header, spec in frame.spec.items():
        if header not in frame.df:
            continue
        if getattr(spec, "pola", None) is not None:
            _pattern_rule(frame, header, spec.pola)
        if getattr(spec, "pilihan_menurut", None) is not None:
            _dependent_options_rule(frame, header, spec)
        if getattr(spec, "rujukan", None) is not None:
            known = [codes.get(nama, {}).get(spec.rujukan.kolom) for nama in spec.rujukan.lembar]
            # A referred sheet without its header row or its key column is reported already; judging every
            # code against it would only repeat that finding on each row.
            if all(s is not None for s in known):
                _reference_rule(frame, header, spec.rujukan, set().union(*(set(s.dropna()) for s in known)))
        if spec.dalam_periode:
            _year_rule(frame, header, periode)
    penentu = next((h for h, k in frame.spec.items() if getattr(k, "jenis_nilai", False) and h in frame.df), None)
    for header, spec in frame.spec.items():
        if header in frame.df and spec.jenis in (c.Jenis.ANGKA, c.Jenis.UANG, c.Jenis.NILAI, c.Jenis.TANGGAL):
            _range_rule(frame, header, spec, penentu)
    if penentu is not None:
        _nilai_jenis_rules(frame, penentu)
    if not frame.kv and len(lembar.kunci) > 1:
        _key_rule(frame, lembar.kunci)


def _key_codes(frames: dict[str, _Frame]) -> dict[str, dict[str, pd.Series]]:
    """Parsed codes of every column another sheet refers to or shares its key with: sheet → header → codes."""
    wanted: dict[str, set[str]] = {}
    for lembar in c.SHEETS:
        for kolom in c.columns_for(lembar, None):
            if kolom.rujukan is not None:
                for nama in kolom.rujukan.lembar:
                    wanted.setdefault(nama, set()).add(kolom.rujukan.kolom)
        for nama in lembar.kunci_bersama:
            wanted.setdefault(nama, set()).update(lembar.kunci)
    return {nama: {h: f.kode(h) for h in headers if h in f.df} for nama, headers in wanted.items()
            if (f := frames.get(nama)) is not None}


# --- running pandera and mapping its failure cases -----------------------------------------


def _validate(frame: _Frame) -> list[Temuan]:
    columns: dict[str, list[pa.Check]] = {h: [] for h in frame.df.columns}
    wide: list[pa.Check] = []
    by_name: dict[str, _Aturan] = {}
    for n, aturan in enumerate(frame.aturan):
        name = f"{aturan.kode}#{n}"
        by_name[name] = aturan
        check = pa.Check(aturan.fn, name=name, ignore_na=False)
        (wide if aturan.wide else columns[aturan.kolom]).append(check)
    schema = pa.DataFrameSchema(
        # No dtype: the frame is built as object columns here, so pandera's per-column dtype check (which
        # also probes for geopandas on every call) could never fail.
        # Columns without a check are left out: pandera would only copy and walk them to find nothing.
        {h: pa.Column(None, checks=checks, nullable=True, required=False) for h, checks in columns.items()
         if checks},
        checks=wide, coerce=False)
    try:
        # inplace=False: pandera registers the validated frame in a module-level dict, and our checks close
        # over frame.df, so registering frame.df itself would keep every workbook alive in a batch worker.
        schema.validate(frame.df, lazy=True, inplace=False)
    except SchemaErrors as exc:
        return _map_failures(frame, exc.failure_cases, by_name)
    return []


def _map_failures(frame: _Frame, failures: pd.DataFrame, by_name: dict[str, _Aturan]) -> list[Temuan]:
    found: list[Temuan] = []
    seen: set[tuple[str, Any]] = set()
    for check, idx in zip(failures["check"], failures["index"], strict=True):
        aturan = by_name.get(str(check))
        if aturan is None or (check, idx) in seen or idx is None or (isinstance(idx, float) and idx != idx):
            continue  # pandera's own failures (none expected: no dtype, no coercion)
        seen.add((check, idx))
        value = frame.df.at[idx, aturan.kolom]
        sel, baris = frame.sel(aturan.kolom, idx)
        if sel is not None and sel in frame.skip:
            continue
        found.append(_temuan(frame, aturan, value, idx, sel, baris))
    return found


def _temuan(frame: _Frame, aturan: _Aturan, value: Any, idx: Any, sel: str | None, baris: int | None) -> Temuan:
    # "Isian 'Tahun': ..." on a key/value sheet (its first header names the item), "Kolom 'Tahun': ..." in a table.
    fields: dict[str, Any] = {"nilai": values.teks(value), "jenis_kolom": c.KV_HEADERS[0] if frame.kv else "Kolom"}
    fields.update(aturan.detail(value, idx))
    kode = fields.pop("_kode", aturan.kode)
    varian = fields.pop("_varian", None)
    shown = fields.pop("nilai")
    return catalog.temuan(kode, lembar=frame.nama, sel=sel, baris=baris, kolom=aturan.kolom,
                          nilai=shown if shown not in ("", None) else None, varian=varian, **{**c.NAMA, **fields})


def _plain(kode: str, lembar: str, *, sel: str | None = None, baris: int | None = None, kolom: str | None = None,
           nilai: Any = None, varian: str | None = None, **extra: Any) -> Temuan:
    return catalog.temuan(kode, lembar=lembar, sel=sel, baris=baris, kolom=kolom,
                          nilai=None if nilai is None else str(nilai), varian=varian, **{**c.NAMA, **extra})


# --- checks across items, columns and sheets -------------------------------------------------


def _period_check(frame: _Frame) -> list[Temuan]:
    """The RPJMD period items (Periode Awal/Akhir) make sense together."""
    if not {c.ISIAN_PERIODE_AWAL, c.ISIAN_PERIODE_AKHIR} <= frame.spec.keys():
        return []
    awal = values.coba(c.Jenis.TAHUN, frame.df.at[0, c.ISIAN_PERIODE_AWAL])
    akhir = values.coba(c.Jenis.TAHUN, frame.df.at[0, c.ISIAN_PERIODE_AKHIR])
    if isinstance(awal, int) and isinstance(akhir, int) and not 0 <= akhir - awal <= c.PERIODE_PALING_LAMA:
        sel, baris = frame.sel(c.ISIAN_PERIODE_AKHIR, 0)
        return [_plain("STRUK-PERIODE", frame.nama, sel=sel, baris=baris, kolom=c.ISIAN_PERIODE_AKHIR, nilai=akhir,
                       awal=awal, akhir=akhir, paling_lama=c.PERIODE_PALING_LAMA)]
    return []


def _target_columns(tabel: Tabel, periode: range | None) -> list[Temuan]:
    if periode is None:
        return []
    found = []
    for year, header in sorted(tabel.target_tahun.items()):
        if year not in periode:
            found.append(_plain("STRUK-TARGET-PERIODE", tabel.nama, sel=tabel.ref(header, tabel.judul_baris),
                                baris=tabel.judul_baris, kolom=header, awal=periode.start, akhir=periode.stop - 1))
    return found


def _empty_sheet(tabel: Tabel) -> list[Temuan]:
    """A table sheet with a header row and no data, reported as its contract says (``bila_kosong``)."""
    bila_kosong = tabel.lembar.bila_kosong
    if not (tabel.ada and tabel.kolom and not tabel.baris and bila_kosong):
        return []
    return [_plain("STRUK-DATA-KOSONG", tabel.nama, baris=tabel.judul_baris + 1,
                   varian="peringatan" if bila_kosong == "peringatan" else None)]


def check_structure(tables: Tables) -> list[Temuan]:
    """Every structural problem of the read tables, in sheet order; never raises for data."""
    found: list[Temuan] = []
    frames: dict[str, _Frame] = {}
    for nama, tabel in tables.isian.items():
        if tabel.ada and tabel.terbaca:
            frames[nama] = _kv_frame(tabel)
    for nama, tabel in tables.tabel.items():
        if tabel.ada and tabel.kolom:
            frames[nama] = _table_frame(tabel, tables.periode)
    codes = _key_codes(frames)
    for nama, frame in frames.items():
        _column_rules(frame, set(frame.df.columns) - _missing(tables, nama))
        _declared_rules(frame, codes, tables.periode)
        found += _validate(frame)
        if frame.kv:
            found += _period_check(frame)
    for tabel in tables.tabel.values():
        found += _empty_sheet(tabel)
        found += _target_columns(tabel, tables.periode)
    return _ordered(found)


def _missing(tables: Tables, nama: str) -> set[str]:
    tabel = tables.tabel.get(nama)
    return tabel.hilang if tabel is not None else set()


def _ordered(found: list[Temuan]) -> list[Temuan]:
    """Sheet order of the contract, then row, then column letter (stable for tests and reports)."""
    order = {s.nama: i for i, s in enumerate(c.SHEETS)}

    def key(t: Temuan) -> tuple[int, int, int, str, str]:
        letters = "".join(ch for ch in (t.sel or "") if ch.isalpha())
        return (order.get(t.lembar or "", 99), t.baris or 0, len(letters), letters, t.kode)

    return sorted(found, key=key)
