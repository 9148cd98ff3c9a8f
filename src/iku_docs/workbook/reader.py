"""READ: sheets → tables of raw cell values that keep their A1 reference.

For each sheet of ``contract.SHEETS``: find the header row in the first rows (titles above it
are common), match headers ignoring case, spaces and order (extra columns are welcome, a
misspelt one gets "did you mean"), then collect the data rows up to the true last row that
``scan.SheetScan`` found in the XML (never the possibly understated ``<dimension>`` tag, never
iterating millions of empty formatted rows). Values stay raw here; ``values.py`` parses them
in the schema and the model builder. A missing required sheet stops the run (``WorkbookError``);
every other problem is a ``Temuan`` in ``Tables.temuan``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from iku_docs import catalog
from iku_docs.errors import Lokasi, WorkbookError
from iku_docs.findings import Temuan
from iku_docs.model import Asal
from iku_docs.ooxml import column_letter, range_bounds
from iku_docs.workbook import contract as c
from iku_docs.workbook import values
from iku_docs.workbook.load import LoadedWorkbook

HEADER_SCAN_ROWS = 10
_TARGET = re.compile(rf"{c.TARGET_PREFIX.lower()}\s*(\d{{4}})")

EXCEL_MAX_CHARS = 32_767  # characters in one cell (Excel specifications and limits)


def temuan(kode: str, lembar: str | None, *, sel: str | None = None, baris: int | None = None,
           kolom: str | None = None, nilai: Any = None, **extra: Any) -> Temuan:
    """A reader finding; its wording comes from ``catalog.py``."""
    return catalog.temuan(kode, lembar=lembar, sel=sel, baris=baris, kolom=kolom,
                          nilai=None if nilai is None else values.teks(nilai), **{**c.NAMA, **extra})


def norm(text: Any) -> str:
    """Header/name key: case, spaces, NBSP, line breaks and ``_x000D_`` do not matter."""
    return " ".join(values.bersihkan(text).split()).casefold()


@dataclass(frozen=True, slots=True)
class Sel:
    ref: str
    baris: int
    nilai: Any
    persen: bool = False


@dataclass(slots=True)
class Tabel:
    """A table sheet: raw values column-wise, one entry per data row (Excel row in ``baris``)."""

    lembar: c.Lembar
    judul_baris: int = 1
    kolom: dict[str, str] = field(default_factory=dict)  # contract header → column letter
    baris: list[int] = field(default_factory=list)
    nilai: dict[str, list[Any]] = field(default_factory=dict)
    persen: dict[str, set[int]] = field(default_factory=dict)  # header → rows whose number has a % format
    tanpa_nilai: set[str] = field(default_factory=set)  # refs of formulas without a cached value (reported)
    hilang: set[str] = field(default_factory=set)  # contract headers absent or misspelt (reported once)
    target_tahun: dict[int, str] = field(default_factory=dict)  # year → "Target <year>" header found
    ada: bool = True  # False: optional sheet absent from the workbook

    @property
    def nama(self) -> str:
        return self.lembar.nama

    def ref(self, header: str, baris: int) -> str | None:
        letter = self.kolom.get(header)
        return f"{letter}{baris}" if letter else None

    def asal(self, baris: int) -> Asal:
        return Asal(self.nama, baris, self.kolom)


@dataclass(slots=True)
class TabelIsian:
    """A key/value sheet (``Isian | Nilai``): contract Isian name → its Nilai cell."""

    lembar: c.Lembar
    isian: dict[str, Sel] = field(default_factory=dict)
    tanpa_nilai: set[str] = field(default_factory=set)
    ada: bool = True
    terbaca: bool = True  # header row found

    @property
    def nama(self) -> str:
        return self.lembar.nama

    def raw(self, nama: str) -> Any:
        sel = self.isian.get(nama)
        return None if sel is None else sel.nilai


@dataclass(slots=True)
class Tables:
    berkas: str
    tabel: dict[str, Tabel] = field(default_factory=dict)
    isian: dict[str, TabelIsian] = field(default_factory=dict)
    temuan: list[Temuan] = field(default_factory=list)
    periode: range | None = None
    catatan: tuple[str, ...] = ()


# --- sheet discovery -----------------------------------------------------------------------


def _find_sheets(loaded: LoadedWorkbook, tables: Tables) -> dict[str, str]:
    """contract sheet name → workbook sheet title; WorkbookError naming every missing required sheet."""
    by_norm: dict[str, str] = {}
    for title in loaded.sheetnames:
        by_norm.setdefault(norm(title), title)
    found: dict[str, str] = {}
    missing: list[str] = []
    for lembar in c.SHEETS:
        if lembar.nama in loaded.sheetnames:
            found[lembar.nama] = lembar.nama
        elif (title := by_norm.get(norm(lembar.nama))) is not None:
            found[lembar.nama] = title
            tables.temuan.append(temuan("STRUK-NAMA-LEMBAR", lembar.nama, nilai=title))
        elif lembar.wajib:
            missing.append(lembar.nama)
    if missing:
        daftar = ", ".join(f"'{m}'" for m in missing)
        hints = []
        for m in missing:
            close = difflib.get_close_matches(norm(m), list(by_norm), n=1, cutoff=0.6)
            if close:
                hints.append(f"lembar '{by_norm[close[0]]}' mungkin maksudnya '{m}'")
        saran = "Gunakan buku kerja dari 'iku-docs template' atau tambahkan lembar itu dengan nama persis."
        if hints:
            saran = "Ganti nama: " + "; ".join(hints) + ". " + saran
        raise WorkbookError(f"Lembar wajib tidak ada: {daftar}.", Lokasi(lembar=missing[0]), saran,
                            berkas=loaded.name)
    for nama, title in found.items():
        if loaded.sheet_hidden(title):
            tables.temuan.append(temuan("STRUK-LEMBAR-TERSEMBUNYI", nama))
    return found


# --- header row ----------------------------------------------------------------------------


def _header_row(head: list[tuple[int, tuple[Any, ...]]], expected: set[str]) -> int | None:
    """The row among the first ones whose cells match the most expected headers."""
    best, best_score = None, 0
    for row, cells in head:
        score = sum(1 for value in cells if value is not None and (
            norm(value) in expected or _TARGET.fullmatch(norm(value))))
        if score > best_score:
            best, best_score = row, score
    need = min(2, len(expected))
    return best if best_score >= need else None


def _read_rows(loaded: LoadedWorkbook, title: str) -> tuple[list[tuple[int, tuple[Any, ...]]], Any]:
    rows = loaded.rows(title)
    head = []
    for item in rows:
        head.append(item)
        if len(head) >= HEADER_SCAN_ROWS:
            break
    return head, rows


def _data_rows(head: list, rest: Any, after: int) -> Any:
    for row, cells in head:
        if row > after:
            yield row, cells
    yield from rest


# --- table sheets --------------------------------------------------------------------------


def _match_headers(tabel: Tabel, cells: tuple[Any, ...], expected: tuple[c.Kolom, ...], periode: range | None,
                   found: list[Temuan]) -> dict[str, int]:
    """contract header → 0-based cell index; records missing/misspelt/duplicate headers."""
    lembar = tabel.nama
    want = {norm(k.nama): k for k in expected}
    index: dict[str, int] = {}
    unknown: list[tuple[int, str]] = []
    for i, value in enumerate(cells):
        if values.kosong(value):
            continue
        key = norm(value)
        kolom = want.get(key)
        target = _TARGET.fullmatch(key)
        if kolom is None and target and tabel.lembar.target_tahunan:
            kolom = c.Kolom(c.target_header(int(target.group(1))), c.Jenis.NILAI)
        if kolom is None:
            unknown.append((i, str(value)))
        elif kolom.nama in index:
            found.append(temuan("STRUK-KOLOM-GANDA", lembar, sel=f"{column_letter(i + 1)}{tabel.judul_baris}",
                                baris=tabel.judul_baris, kolom=kolom.nama))
        else:
            index[kolom.nama] = i
    for header in index:
        if target := _TARGET.fullmatch(norm(header)):
            tabel.target_tahun[int(target.group(1))] = header
    missing = {norm(k.nama): k for k in expected if k.nama not in index}
    for i, text in unknown:
        close = difflib.get_close_matches(norm(text), list(missing), n=1, cutoff=0.75)
        if close:
            kolom = missing.pop(close[0])
            tabel.hilang.add(kolom.nama)
            found.append(temuan("STRUK-KOLOM-SALAH-EJA", lembar, sel=f"{column_letter(i + 1)}{tabel.judul_baris}",
                                baris=tabel.judul_baris, kolom=kolom.nama, nilai=text))
    for kolom in missing.values():
        tabel.hilang.add(kolom.nama)
        if kolom.wajib:
            found.append(temuan("STRUK-KOLOM-HILANG", lembar, baris=tabel.judul_baris, kolom=kolom.nama))
    return index


def _read_table(loaded: LoadedWorkbook, title: str, lembar: c.Lembar, periode: range | None,
                found: list[Temuan]) -> Tabel:
    tabel = Tabel(lembar)
    expected = c.columns_for(lembar, periode)
    head, rest = _read_rows(loaded, title)
    header_row = _header_row(head, {norm(k.nama) for k in expected})
    if header_row is None:
        found.append(temuan("STRUK-JUDUL-HILANG", lembar.nama, n=HEADER_SCAN_ROWS,
                            kolom=", ".join(k.nama for k in expected[:3]) + ", ..."))
        tabel.hilang = {k.nama for k in expected}
        return tabel
    tabel.judul_baris = header_row
    cells = dict(head)[header_row]
    index = _match_headers(tabel, cells, expected, periode, found)
    tabel.kolom = {h: column_letter(i + 1) for h, i in index.items()}
    tabel.nilai = {h: [] for h in index}
    tabel.persen = {h: set() for h in index}
    scan = loaded.scan(title)
    pending, percent = scan.formulas_without_value, scan.percent
    columns = list(tabel.nilai.values())
    positions = list(index.values())
    width = max(positions, default=-1) + 1
    kosong = values.kosong
    for row, cells in _data_rows(head, rest, header_row):
        if len(cells) < width:
            cells = cells + (None,) * (width - len(cells))
        picked = [cells[i] for i in positions]
        formula_refs = [f"{tabel.kolom[h]}{row}" for h in index if f"{tabel.kolom[h]}{row}" in pending] \
            if pending else []
        if not formula_refs and all(v is None or kosong(v) for v in picked):
            continue
        if any(type(v) is str and len(v) > EXCEL_MAX_CHARS for v in picked):
            _too_long(tabel, index, picked, row, found)
        tabel.baris.append(row)
        for column, value in zip(columns, picked, strict=True):
            column.append(value)
        if percent:
            for h in index:
                if f"{tabel.kolom[h]}{row}" in percent:
                    tabel.persen[h].add(row)
        for ref in formula_refs:
            tabel.tanpa_nilai.add(ref)
            header = next(h for h, letter in tabel.kolom.items() if ref.rstrip("0123456789") == letter)
            found.append(temuan("STRUK-RUMUS-TANPA-NILAI", lembar.nama, sel=ref, baris=row, kolom=header))
    _fill_merged(tabel, scan.merged, found)
    return tabel


def _too_long(tabel: Tabel, index: dict[str, int], picked: list[Any], row: int, found: list[Temuan]) -> None:
    for header, value in zip(index, picked, strict=True):
        if type(value) is str and len(value) > EXCEL_MAX_CHARS:
            found.append(temuan("STRUK-SEL-TERLALU-PANJANG", tabel.nama, sel=f"{tabel.kolom[header]}{row}", baris=row,
                                kolom=header, n=_ribuan(len(value))))


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # 40.000: Indonesian thousands separator


def _fill_merged(tabel: Tabel, merged: tuple[str, ...], found: list[Temuan]) -> None:
    """A merged block reads as its top-left value in every row (Sasaran merged over its IKU is common)."""
    if not merged or not tabel.baris:
        return
    position = {row: i for i, row in enumerate(tabel.baris)}
    letters = {letter: h for h, letter in tabel.kolom.items()}
    for rng in merged:
        min_col, min_row, max_col, max_row = range_bounds(rng)
        if max_row <= tabel.judul_baris or min_row not in position:
            continue
        filled = False
        for col in range(min_col, max_col + 1):
            header = letters.get(column_letter(col))
            if header is None:
                continue
            top = tabel.nilai[header][position[min_row]]
            for row in range(min_row, max_row + 1):
                if row in position and row != min_row:
                    tabel.nilai[header][position[row]] = top
                    filled = True
        if filled:
            found.append(temuan("STRUK-SEL-GABUNG", tabel.nama, sel=rng.split(":")[0], baris=min_row, nilai=rng))


# --- key/value sheets ----------------------------------------------------------------------


def _read_isian(loaded: LoadedWorkbook, title: str, lembar: c.Lembar, found: list[Temuan]) -> TabelIsian:
    tabel = TabelIsian(lembar)
    head, rest = _read_rows(loaded, title)
    expected = {norm(h) for h in c.KV_HEADERS}
    header_row = _header_row(head, expected)
    if header_row is None:
        found.append(temuan("STRUK-JUDUL-HILANG", lembar.nama, n=HEADER_SCAN_ROWS, kolom=" | ".join(c.KV_HEADERS)))
        tabel.terbaca = False
        return tabel
    cells = dict(head)[header_row]
    pos = {norm(value): i for i, value in reversed(list(enumerate(cells))) if value is not None}
    i_isian, i_nilai = pos.get(norm(c.KV_HEADERS[0]), 0), pos.get(norm(c.KV_HEADERS[1]), 1)
    letter = column_letter(i_nilai + 1)
    known = {norm(i.nama): i.nama for i in lembar.isian}
    scan = loaded.scan(title)
    pending = scan.formulas_without_value
    for row, cells in _data_rows(head, rest, header_row):
        key = cells[i_isian] if i_isian < len(cells) else None
        if values.kosong(key):
            continue
        value = cells[i_nilai] if i_nilai < len(cells) else None
        nama = known.get(norm(key))
        if nama is None:
            close = difflib.get_close_matches(norm(key), list(known), n=1, cutoff=0.75)
            mirip = known[close[0]] if close else None
            found.append(temuan("STRUK-ISIAN-TIDAK-DIKENAL", lembar.nama, sel=f"{column_letter(i_isian + 1)}{row}",
                                baris=row, nilai=key, mirip=mirip, kolom=mirip or lembar.isian[0].nama))
            continue
        if nama in tabel.isian:
            found.append(temuan("STRUK-ISIAN-GANDA", lembar.nama, sel=f"{letter}{row}", baris=row, kolom=nama))
            continue
        ref = f"{letter}{row}"
        if type(value) is str and len(value) > EXCEL_MAX_CHARS:
            found.append(temuan("STRUK-SEL-TERLALU-PANJANG", lembar.nama, sel=ref, baris=row, kolom=nama,
                                n=_ribuan(len(value))))
        if ref in pending:
            tabel.tanpa_nilai.add(ref)
            found.append(temuan("STRUK-RUMUS-TANPA-NILAI", lembar.nama, sel=ref, baris=row, kolom=nama))
        tabel.isian[nama] = Sel(ref, row, value, ref in scan.percent)
    return tabel


def _periode(identitas: TabelIsian) -> range | None:
    """RPJMD years from Identitas, or None when they cannot be read (the schema reports why)."""
    awal = values.coba(c.Jenis.TAHUN, identitas.raw(c.ISIAN_PERIODE_AWAL))
    akhir = values.coba(c.Jenis.TAHUN, identitas.raw(c.ISIAN_PERIODE_AKHIR))
    if isinstance(awal, int) and isinstance(akhir, int) and 0 <= akhir - awal <= 10:
        return range(awal, akhir + 1)
    return None


def read_tables(loaded: LoadedWorkbook) -> Tables:
    """Every contract sheet as a table; WorkbookError when a required sheet is missing."""
    tables = Tables(berkas=loaded.name, catatan=loaded.catatan)
    if loaded.has_macros:  # said in every report, so a reviewer knows nothing in the file was run
        tables.temuan.append(temuan("STRUK-MAKRO", None))
    titles = _find_sheets(loaded, tables)
    for lembar in c.SHEETS:
        if not lembar.kv:
            continue
        title = titles.get(lembar.nama)
        tables.isian[lembar.nama] = (_read_isian(loaded, title, lembar, tables.temuan) if title
                                     else TabelIsian(lembar, ada=False))
    tables.periode = _periode(tables.isian[c.LEMBAR_IDENTITAS.nama])
    for lembar in c.SHEETS:
        if lembar.kv:
            continue
        title = titles.get(lembar.nama)
        tables.tabel[lembar.nama] = (_read_table(loaded, title, lembar, tables.periode, tables.temuan) if title
                                     else Tabel(lembar, ada=False))
    return tables
