"""VALIDATE (structure): a pandera DataFrameSchema per sheet, built from ``contract.py``.

Each sheet becomes a DataFrame of raw cell values whose index is the Excel row (key/value
sheets: one row, one column per Isian). Every check is an ``_Aturan`` — code, the column the
finding points at, a vectorised function returning True for good rows — registered with pandera
under a unique name, and validated lazily so every problem appears at once. The failure cases
are mapped back to sheet and cell, and the message/fix templates come from ``KODE`` below, the
one table of structural codes. Values are parsed only through ``workbook/values.py``; parse
results are cached there, so ``build_model`` re-parses for free. pandera is imported only here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from iku_docs.findings import Temuan, Tingkat
from iku_docs.validate.columns import Distinct
from iku_docs.workbook import contract as c
from iku_docs.workbook import values
from iku_docs.workbook.reader import Tabel, TabelIsian, Tables

# pandera registers its pandas backends (and imports their modules) on the first validate() of a process;
# doing it here keeps that one-off import out of the first workbook's validation time.
pa.DataFrameSchema.register_default_backends(pd.DataFrame)

KODE_AMAN = re.compile(r"[A-Za-z0-9._-]+")
G, P = Tingkat.GALAT, Tingkat.PERINGATAN

# Structural codes: code → (tingkat, message template, fix template). Fields: lembar, kolom, nilai and
# the extra fields each check's ``detail`` returns; ``detail``/``saran_nilai`` come from values.py.
KODE: dict[str, tuple[Tingkat, str, str]] = {
    "STRUK-KOLOM-WAJIB": (G, "Kolom '{kolom}' wajib diisi, tetapi sel ini kosong.", "Isi sel ini.{contoh}"),
    "STRUK-ISIAN-WAJIB": (G, "Isian '{kolom}' wajib diisi.", "Isi kolom Nilai pada baris '{kolom}'.{contoh}"),
    "STRUK-ANGKA": (G, "{jenis_kolom} '{kolom}': {detail}", "{saran_nilai}"),
    "STRUK-ANGKA-RAGU": (P, "{jenis_kolom} '{kolom}': {detail}", "Pastikan nilainya benar; tulis tanpa titik "
                         "atau dengan koma desimal agar tidak bermakna ganda."),
    "STRUK-UANG": (G, "{jenis_kolom} '{kolom}': {detail}", "{saran_nilai}"),
    "STRUK-TAHUN": (G, "{jenis_kolom} '{kolom}': {detail}", "{saran_nilai}"),
    "STRUK-TANGGAL": (G, "{jenis_kolom} '{kolom}': {detail}", "{saran_nilai}"),
    "STRUK-NILAI": (G, "{jenis_kolom} '{kolom}': {detail}", "{saran_nilai}"),
    "STRUK-KODE": (G, "{jenis_kolom} '{kolom}': {detail}", "{saran_nilai}"),
    "STRUK-NIP-ANGKA": (G, "{jenis_kolom} '{kolom}': {detail}", "{saran_nilai}"),
    "STRUK-GALAT-EXCEL": (G, "{jenis_kolom} '{kolom}': {detail}", "{saran_nilai}"),
    "STRUK-SKALA-PREDIKAT": (G, "Isian '{kolom}': {detail}", "{saran_nilai}"),
    "STRUK-PILIHAN": (G, "'{nilai}' bukan pilihan yang sah untuk '{kolom}'.", "Pilih salah satu: {pilihan}.{mirip}"),
    "STRUK-URUSAN": (G, "Urusan '{nilai}' tidak dikenal dalam UU 23/2014.", "{mirip}Pilih nama urusan dari daftar "
                     "pilihan sel (lihat lembar Petunjuk)."),
    "STRUK-URUSAN-JENIS": (G, "Urusan '{nilai}' tidak termasuk Jenis Urusan '{jenis}'.",
                           "Urusan '{nilai}' termasuk '{jenis_benar}': ganti Jenis Urusan atau Urusan-nya."),
    "STRUK-KODE-FORMAT": (G, "Kode '{nilai}' memuat spasi atau karakter selain huruf, angka, titik, garis bawah dan "
                          "tanda hubung.", "Tulis kode seperti IKU-01 atau DINKES (tanpa spasi)."),
    "STRUK-KODE-GANDA": (G, "Kode '{nilai}' dipakai lebih dari sekali ({lain}).", "Beri setiap baris kode yang unik."),
    "STRUK-KUNCI-GANDA": (G, "Baris ini sama dengan baris {lain} untuk kolom {kunci}.",
                          "Gabungkan kedua baris atau perbaiki salah satunya."),
    "STRUK-RUJUKAN": (G, "'{nilai}' tidak ada di kolom '{kolom_tujuan}' lembar '{lembar_tujuan}'.",
                      "Tulis kode yang ada di lembar '{lembar_tujuan}'{mirip}, atau tambahkan barisnya di sana."),
    "STRUK-TAHUN-PERIODE": (G, "Tahun {nilai} di luar periode RPJMD {awal}–{akhir}.",
                            "Tulis tahun antara {awal} dan {akhir}, atau perbaiki Periode di lembar Identitas."),
    "STRUK-PERIODE": (G, "Periode RPJMD {awal}–{akhir} tidak masuk akal.", "Periode Awal tidak boleh lebih besar "
                      "dari Periode Akhir dan periode paling lama 10 tahun (RPJMD lazimnya 5 tahun)."),
    "STRUK-TARGET-PERIODE": (G, "Kolom '{kolom}' di luar periode RPJMD {awal}–{akhir}.",
                             "Hapus kolom itu atau perbaiki Periode Awal/Akhir di lembar Identitas."),
    "STRUK-NILAI-JENIS": (G, "Indikator berjenis angka '{jenis}' diisi '{nilai}' pada kolom '{kolom}'.",
                          "{saran_jenis}"),
    "STRUK-NIP": (P, "NIP '{nilai}' tidak terdiri atas 18 angka.", "Periksa NIP; tulis 18 angka tanpa spasi."),
    "STRUK-UKURAN-HURUF": (G, "Ukuran huruf {nilai} di luar rentang 8–16 pt.", "Tulis angka antara 8 dan 16, "
                           "atau kosongkan untuk memakai 12."),
    "STRUK-DATA-KOSONG": (G, "Lembar '{lembar}' belum berisi data.", "Isi paling sedikit satu baris di bawah baris "
                          "judul."),
}
KODE_KOSONG_PERINGATAN = frozenset({c.LEMBAR_PROGRAM.nama, c.LEMBAR_REALISASI.nama})


@dataclass(frozen=True, slots=True)
class _Aturan:
    """One check: ``fn`` gets the column (or the frame when ``wide``) and returns True for good rows."""

    kode: str
    kolom: str
    fn: Callable[[Any], pd.Series]
    detail: Callable[[Any, Any], dict[str, Any]] = field(default=lambda value, idx: {})
    wide: bool = False


@dataclass(slots=True)
class _Frame:
    lembar: str
    df: pd.DataFrame
    spec: dict[str, Any]  # header → contract Kolom/Isian
    sel: Callable[[str, Any], tuple[str | None, int | None]]  # (header, index) → (A1 ref, Excel row)
    skip: set[str]  # refs already reported by the reader (formula without cached value)
    kv: bool = False
    aturan: list[_Aturan] = field(default_factory=list)
    _distinct: dict[str, Distinct] = field(default_factory=dict)
    _kosong: dict[str, np.ndarray] = field(default_factory=dict)
    _kode: dict[str, pd.Series] = field(default_factory=dict)

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


def _parses(frame: _Frame, header: str, jenis: c.Jenis) -> Callable[[pd.Series], pd.Series]:
    coba, bad = values.coba, values.NilaiTidakSah

    def check(s: pd.Series) -> pd.Series:
        return _series(s, frame.kosong(header) | frame.mask(header, lambda v: not isinstance(coba(jenis, v), bad)))
    return check


def _parse_detail(jenis: c.Jenis) -> Callable[[Any, Any], dict[str, Any]]:
    def detail(value: Any, idx: Any) -> dict[str, Any]:
        err = values.coba(jenis, value)
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
    contoh = getattr(spec, "contoh", "")
    return f" Contoh: {contoh.rstrip('.')}." if contoh else ""


# --- frames --------------------------------------------------------------------------------


def _table_frame(tabel: Tabel, periode: range | None) -> _Frame:
    df = pd.DataFrame({h: pd.Series(v, dtype=object) for h, v in tabel.nilai.items()}, dtype=object)
    df.index = pd.Index(tabel.baris, dtype="int64")
    # Target columns outside the period are reported once (STRUK-TARGET-PERIODE), not cell by cell.
    if periode is None and tabel.target_tahun:
        periode = range(min(tabel.target_tahun), max(tabel.target_tahun) + 1)
    spec = {k.nama: k for k in c.columns_for(tabel.lembar, periode)}
    return _Frame(tabel.nama, df, spec, lambda h, i: (tabel.ref(h, int(i)), int(i)), tabel.tanpa_nilai)


def _kv_frame(tabel: TabelIsian) -> _Frame:
    df = pd.DataFrame({i.nama: pd.Series([tabel.raw(i.nama)], dtype=object) for i in tabel.lembar.isian},
                      dtype=object)

    def sel(header: str, idx: Any) -> tuple[str | None, int | None]:
        cell = tabel.isian.get(header)
        return (cell.ref, cell.baris) if cell else (None, None)

    return _Frame(tabel.nama, df, {i.nama: i for i in tabel.lembar.isian}, sel, tabel.tanpa_nilai, kv=True)


def _column_rules(frame: _Frame, present: set[str]) -> None:
    """Required, type, ambiguity and enumeration checks from the contract column definitions."""
    for header, spec in frame.spec.items():
        if header not in present:
            continue
        if spec.wajib:
            kode = "STRUK-ISIAN-WAJIB" if frame.kv else "STRUK-KOLOM-WAJIB"
            frame.aturan.append(_Aturan(kode, header, _filled(frame, header),
                                        lambda v, i, spec=spec: {"contoh": _contoh(spec)}))
        if spec.jenis not in (c.Jenis.TEKS, c.Jenis.DAFTAR):
            frame.aturan.append(_Aturan("STRUK-ANGKA", header, _parses(frame, header, spec.jenis),
                                        _parse_detail(spec.jenis)))
        if spec.jenis in (c.Jenis.ANGKA, c.Jenis.NILAI):
            frame.aturan.append(_Aturan("STRUK-ANGKA-RAGU", header, _unambiguous(frame, header),
                                        lambda v, i: {"detail": values.keraguan(v)}))
        if spec.pilihan:
            is_urusan = spec.pilihan == c.SEMUA_URUSAN
            frame.aturan.append(_Aturan(
                "STRUK-URUSAN" if is_urusan else "STRUK-PILIHAN", header, _in_options(frame, header, spec.pilihan),
                lambda v, i, o=spec.pilihan: _suggest(v, o)))


def _suggest(value: Any, options: tuple[str, ...]) -> dict[str, Any]:
    close = values.mirip(value, options)
    return {"pilihan": ", ".join(options), "mirip": f" Maksud Anda '{close}'?" if close else "",
            **({"mirip": f"Maksud Anda '{close}'? "} if close and options == c.SEMUA_URUSAN else {})}


def _unique_rule(frame: _Frame, header: str, others: pd.Series | None = None) -> None:
    """Codes unique within the sheet and, for Kode IKU, absent from the other IKU sheet."""
    other_set = set(others.dropna()) if others is not None else set()
    other_name = c.LEMBAR_IKU_PD.nama if frame.lembar == c.LEMBAR_IKU_PEMDA.nama else c.LEMBAR_IKU_PEMDA.nama

    def check(s: pd.Series) -> pd.Series:
        codes = frame.kode(header)
        dup = codes.notna() & codes.duplicated(keep=False)
        return ~(dup | codes.isin(other_set))

    def detail(value: Any, idx: Any) -> dict[str, Any]:
        code = values.coba(c.Jenis.KODE, value)
        codes = frame.kode(header)
        rows = [str(r) for r in codes.index[codes == code] if r != idx]
        where = [f"baris {', '.join(rows)}"] if rows else []
        if code in other_set:
            where.append(f"lembar '{other_name}'")
        return {"lain": "juga di " + " dan ".join(where)}

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


def _reference_rule(frame: _Frame, header: str, targets: pd.Series, lembar_tujuan: str, kolom_tujuan: str,
                    many: bool = False, pisah: str = r"[,;]") -> None:
    valid = set(targets.dropna())

    def split(v: Any) -> list[str]:
        if values.kosong(v):
            return []
        code = values.coba(c.Jenis.KODE, v)
        if isinstance(code, values.NilaiTidakSah):
            return []  # reported by the type check
        return [p.strip() for p in re.split(pisah, code) if p.strip()] if many else [code]

    def check(s: pd.Series) -> pd.Series:
        return _series(s, frame.mask(header, lambda v: all(p in valid for p in split(v))))

    def detail(value: Any, idx: Any) -> dict[str, Any]:
        wrong = [p for p in split(value) if p not in valid]
        close = values.mirip(wrong[0], tuple(sorted(valid))) if wrong and valid else None
        return {"nilai": ", ".join(wrong), "lembar_tujuan": lembar_tujuan, "kolom_tujuan": kolom_tujuan,
                "mirip": f" (maksud Anda '{close}'?)" if close else ""}

    frame.aturan.append(_Aturan("STRUK-RUJUKAN", header, check, detail))


def _year_rule(frame: _Frame, header: str, periode: range | None) -> None:
    if periode is None or header not in frame.df:
        return

    def check(s: pd.Series) -> pd.Series:
        return _series(s, frame.mask(header, lambda v: not isinstance(y := values.coba(c.Jenis.TAHUN, v), int)
                                     or y in periode))

    frame.aturan.append(_Aturan("STRUK-TAHUN-PERIODE", header, check,
                                lambda v, i: {"awal": periode.start, "akhir": periode.stop - 1}))


def _urusan_jenis_rule(frame: _Frame) -> None:
    if not {"Urusan", "Jenis Urusan"} <= set(frame.df):
        return
    owner = {u: j for j, daftar in c.URUSAN.items() for u in daftar}

    def check(df: pd.DataFrame) -> pd.Series:
        def ok(urusan: Any, jenis: Any) -> bool:
            u, j = values.pilihan(urusan, c.SEMUA_URUSAN), values.pilihan(jenis, c.JENIS_URUSAN)
            return u is None or j is None or owner[u] == j
        return _series(df, Distinct.pairs(frame.distinct("Urusan"), frame.distinct("Jenis Urusan")).mask(
            lambda pair: ok(*pair)))

    def detail(value: Any, idx: Any) -> dict[str, Any]:
        u = values.pilihan(value, c.SEMUA_URUSAN)
        return {"nilai": u, "jenis": values.pilihan(frame.df.at[idx, "Jenis Urusan"], c.JENIS_URUSAN),
                "jenis_benar": owner.get(u, "")}

    frame.aturan.append(_Aturan("STRUK-URUSAN-JENIS", "Urusan", check, detail, wide=True))


def _nilai_jenis_rules(frame: _Frame) -> None:
    """Kualitatif indicators take scale levels (WTP, BB...); the other kinds take numbers."""
    if "Jenis Angka" not in frame.df:
        return
    headers = [h for h, k in frame.spec.items() if k.jenis is c.Jenis.NILAI and h in frame.df]

    def kind_ok(jenis_raw: Any, v: Any) -> bool:
        jenis = values.pilihan(jenis_raw, c.JENIS_ANGKA)
        parsed = values.coba(c.Jenis.NILAI, v)
        if jenis is None or values.kosong(v) or isinstance(parsed, values.NilaiTidakSah):
            return True
        return isinstance(parsed, str) == (jenis == "Kualitatif")

    for header in headers:
        def check(df: pd.DataFrame, header: str = header) -> pd.Series:
            return _series(df, Distinct.pairs(frame.distinct("Jenis Angka"), frame.distinct(header)).mask(
                lambda pair: kind_ok(*pair)))

        def detail(value: Any, idx: Any) -> dict[str, Any]:
            jenis = values.pilihan(frame.df.at[idx, "Jenis Angka"], c.JENIS_ANGKA)
            saran = ("Untuk indikator Kualitatif tulis tingkat skala, misalnya WTP atau BB." if jenis == "Kualitatif"
                     else "Tulis angka, atau ubah Jenis Angka menjadi Kualitatif bila targetnya berupa tingkat.")
            return {"jenis": jenis, "saran_jenis": saran}

        frame.aturan.append(_Aturan("STRUK-NILAI-JENIS", header, check, detail, wide=True))


def _nip_rule(frame: _Frame, header: str) -> None:
    if header not in frame.df:
        return

    def ok(v: Any) -> bool:
        code = values.coba(c.Jenis.KODE, v)
        return values.kosong(v) or isinstance(code, values.NilaiTidakSah) or bool(
            re.fullmatch(r"\d{18}", code.replace(" ", "")))

    frame.aturan.append(_Aturan("STRUK-NIP", header, lambda s: _series(s, frame.mask(header, ok))))


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
        found.append(_temuan(frame.lembar, aturan, value, idx, sel, baris, kv=frame.kv))
    return found


def _temuan(lembar: str, aturan: _Aturan, value: Any, idx: Any, sel: str | None, baris: int | None,
            kv: bool = False) -> Temuan:
    fields: dict[str, Any] = {"lembar": lembar, "kolom": aturan.kolom, "nilai": values.teks(value),
                              "jenis_kolom": "Isian" if kv else "Kolom"}
    fields.update(aturan.detail(value, idx))
    kode = fields.pop("_kode", aturan.kode)
    tingkat, pesan, saran = KODE[kode]
    shown = fields["nilai"] if fields["nilai"] not in ("", None) else None
    return Temuan(kode=kode, tingkat=tingkat, lembar=lembar, sel=sel, baris=baris, kolom=aturan.kolom,
                  nilai=shown, pesan=pesan.format_map(_Fields(fields)), saran=saran.format_map(_Fields(fields)),
                  kriteria="Struktur")


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _plain(kode: str, lembar: str, *, sel: str | None = None, baris: int | None = None, kolom: str | None = None,
           nilai: Any = None, **extra: Any) -> Temuan:
    tingkat, pesan, saran = KODE[kode]
    fields = _Fields(lembar=lembar, kolom=kolom, nilai=nilai, **extra)
    if kode == "STRUK-DATA-KOSONG" and lembar in KODE_KOSONG_PERINGATAN:
        tingkat = Tingkat.PERINGATAN
    return Temuan(kode=kode, tingkat=tingkat, lembar=lembar, sel=sel, baris=baris, kolom=kolom,
                  nilai=None if nilai is None else str(nilai), pesan=pesan.format_map(fields),
                  saran=saran.format_map(fields), kriteria="Struktur")


# --- sheet-specific checks -----------------------------------------------------------------


def _identitas_checks(frame: _Frame, tables: Tables) -> list[Temuan]:
    awal = values.coba(c.Jenis.TAHUN, frame.df.at[0, "Periode Awal"])
    akhir = values.coba(c.Jenis.TAHUN, frame.df.at[0, "Periode Akhir"])
    if isinstance(awal, int) and isinstance(akhir, int) and not 0 <= akhir - awal <= 10:
        sel, baris = frame.sel("Periode Akhir", 0)
        return [_plain("STRUK-PERIODE", frame.lembar, sel=sel, baris=baris, kolom="Periode Akhir", nilai=akhir,
                       awal=awal, akhir=akhir)]
    return []


def _pengaturan_rules(frame: _Frame) -> None:
    frame.aturan.append(_Aturan(
        "STRUK-SKALA-PREDIKAT", "Skala Predikat",
        _parses_with(values.skala_predikat), lambda v, i: _failure_detail(values.skala_predikat, v)))

    def font_ok(v: Any) -> bool:
        size = values.coba(c.Jenis.ANGKA, v)
        return values.kosong(v) or isinstance(size, values.NilaiTidakSah) or 8 <= size <= 16

    frame.aturan.append(_Aturan("STRUK-UKURAN-HURUF", "Ukuran Huruf", lambda s: s.map(font_ok)))


def _parses_with(parser: Callable[[Any], Any]) -> Callable[[pd.Series], pd.Series]:
    def ok(v: Any) -> bool:
        if values.kosong(v):
            return True
        try:
            parser(v)
        except values.NilaiTidakSah:
            return False
        return True
    return lambda s: s.map(ok)


def _failure_detail(parser: Callable[[Any], Any], value: Any) -> dict[str, Any]:
    try:
        parser(value)
    except values.NilaiTidakSah as err:
        return {"_kode": err.kode, "detail": err.pesan, "saran_nilai": err.saran or ""}
    return {}


def _target_columns(tabel: Tabel, periode: range | None) -> list[Temuan]:
    if periode is None:
        return []
    found = []
    for year, header in sorted(tabel.target_tahun.items()):
        if year not in periode:
            found.append(_plain("STRUK-TARGET-PERIODE", tabel.nama, sel=tabel.ref(header, tabel.judul_baris),
                                baris=tabel.judul_baris, kolom=header, awal=periode.start, akhir=periode.stop - 1))
    return found


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

    codes = {nama: f.kode(k) if k in f.df else pd.Series(dtype=object)
             for nama, k in ((c.LEMBAR_PD.nama, c.KODE_PD), (c.LEMBAR_IKU_PEMDA.nama, c.KODE_IKU),
                             (c.LEMBAR_IKU_PD.nama, c.KODE_IKU)) if (f := frames.get(nama)) is not None}
    pd_codes = codes.get(c.LEMBAR_PD.nama, pd.Series(dtype=object))
    pemda_codes = codes.get(c.LEMBAR_IKU_PEMDA.nama, pd.Series(dtype=object))
    iku_pd_codes = codes.get(c.LEMBAR_IKU_PD.nama, pd.Series(dtype=object))
    all_iku = pd.concat([pemda_codes, iku_pd_codes], ignore_index=True)
    periode = tables.periode

    for nama, frame in frames.items():
        _column_rules(frame, set(frame.df.columns) - _missing(tables, nama))
        if nama == c.LEMBAR_PENGATURAN.nama:
            _pengaturan_rules(frame)
        elif nama == c.LEMBAR_IDENTITAS.nama:
            _year_rule(frame, "Tahun", periode)
        elif nama == c.LEMBAR_PD.nama:
            _unique_rule(frame, c.KODE_PD)
            _nip_rule(frame, "NIP")
        elif nama == c.LEMBAR_IKU_PEMDA.nama:
            _unique_rule(frame, c.KODE_IKU, iku_pd_codes)
            _urusan_jenis_rule(frame)
            _nilai_jenis_rules(frame)
            if "PD Penanggung Jawab" in frame.df:
                _reference_rule(frame, "PD Penanggung Jawab", pd_codes, c.LEMBAR_PD.nama, c.KODE_PD, many=True)
        elif nama == c.LEMBAR_IKU_PD.nama:
            _unique_rule(frame, c.KODE_IKU, pemda_codes)
            _nilai_jenis_rules(frame)
            if c.KODE_PD in frame.df:
                _reference_rule(frame, c.KODE_PD, pd_codes, c.LEMBAR_PD.nama, c.KODE_PD)
            if "Mendukung IKU Pemda" in frame.df:
                _reference_rule(frame, "Mendukung IKU Pemda", pemda_codes, c.LEMBAR_IKU_PEMDA.nama, c.KODE_IKU)
        elif nama == c.LEMBAR_PROGRAM.nama:
            if c.KODE_PD in frame.df:
                _reference_rule(frame, c.KODE_PD, pd_codes, c.LEMBAR_PD.nama, c.KODE_PD)
            if c.KOLOM_IKU_DIDUKUNG in frame.df:  # codes separated by commas or line breaks (teks made them spaces)
                _reference_rule(frame, c.KOLOM_IKU_DIDUKUNG, all_iku, "IKU Pemda / IKU Perangkat Daerah", c.KODE_IKU,
                                many=True, pisah=r"[,;\s]+")
            _year_rule(frame, "Tahun", periode)
        elif nama == c.LEMBAR_REALISASI.nama:
            if c.KODE_IKU in frame.df:
                _reference_rule(frame, c.KODE_IKU, all_iku, "IKU Pemda / IKU Perangkat Daerah", c.KODE_IKU)
            _year_rule(frame, "Tahun", periode)
        lembar = c.SHEET_BY_NAME[nama]
        if not frame.kv and len(lembar.kunci) > 1:
            _key_rule(frame, lembar.kunci)
        found += _validate(frame)
        if nama == c.LEMBAR_IDENTITAS.nama:
            found += _identitas_checks(frame, tables)
    for nama, tabel in tables.tabel.items():
        if tabel.ada and tabel.kolom and not tabel.baris and nama != c.LEMBAR_REALISASI.nama:
            found.append(_plain("STRUK-DATA-KOSONG", nama, baris=tabel.judul_baris + 1))
        found += _target_columns(tabel, periode)
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

