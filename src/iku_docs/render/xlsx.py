"""The LKjIP tables as one .xlsx, for reviewers who want to check the numbers.

``lkjip/tabel-lkjip-<tahun>.xlsx``: one sheet per table type (measurement, comparison with previous
years, progress toward the end-of-period target, national standard, factors, budget with the IKU each program
serves and its efficiency in points), each holding the Pemda and every PD, one ``Unit`` column to filter on.
The figures come from ``documents.lkjip.build_tables``, the same objects the Word documents print, so the two
never disagree. Numbers are stored as numbers (Excel shows them with the
reader's separators, "93,75" in an Indonesian Excel); text that starts with = + - @ is stored as text with
a quote prefix, never as a formula. Written by xlsxwriter, in memory, byte-for-byte reproducibly, and
atomically.

Every sheet prints as a reviewer needs it: landscape on the workbook's paper (F4 unless Pengaturan says A4),
scaled to the page width, the header row repeated on every page, text wrapped in its column, grid lines, and
"Halaman n dari m" with the sheet name on each page. A scale level (WTP, BB) among numbers is right-aligned
like them; a Keterangan column that no row fills is left out rather than printed wide and empty. One font
(Arial, which LibreOffice replaces by the metric-compatible Liberation Sans) for every cell, bold included.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from iku_docs.capaian import Capaian, Efisiensi, Status
from iku_docs.documents.lkjip import (
    BELUM,
    BELUM_ADA_STANDAR,
    BELUM_DIISI,
    TabelLkjip,
    build_tables,
    capaian_standar,
    tabel_documents,
)
from iku_docs.model import Nilai, Pemda
from iku_docs.ooxml import strip_illegal
from iku_docs.output import write_bytes_atomic
from iku_docs.render.docx import FIXED_TIME

FORMULA_START = ("=", "+", "-", "@")
FORMAT_PERSEN = "#,##0.00"
FORMAT_RUPIAH = '"Rp "#,##0'
FORMAT_POIN = '+#,##0.00;-#,##0.00;0.00'  # efficiency in percentage points, with its sign
# Not a number format: a text cell marked so is right-aligned, as a scale level among numbers.
RATA_KANAN = "rata-kanan"
# Column widths in characters (of 7 pixels at 96 dpi, 5.25 points). Text wraps, numbers do not: a number column
# is as wide as its largest usual value ("Rp 2.500.000.000.000" in the budget sheet). A sheet narrower than
# LEBAR_HALAMAN widens its columns in proportion up to it, so every sheet fills the page width: scaled to a landscape F4
# page (330 mm less margins), 190 characters print at 88 %, 10-point text at about 9 points.
LEBAR = {"Unit": 21, "Kode IKU": 12, "Sasaran": 28, "Indikator Kinerja": 34, "Program": 40, "Satuan": 11,
         "Target": 11, "Capaian (%)": 11, "Perangkat Daerah": 24, "Metode": 12, "Keterangan": 26, "Tahun": 14,
         "IKU Didukung": 14, "Sumber Standar": 24, "Faktor Pendukung": 36, "Faktor Penghambat": 36,
         "Upaya Perbaikan": 36}
LEBAR_BAWAAN = 12
LEBAR_RUPIAH = 21  # the budget sheet's money columns
LEBAR_HALAMAN = 190
HURUF, UKURAN_HURUF = "Arial", 10
# ECMA-376 paper codes: 14 is Folio, 8.5 × 13 in (215.9 × 330.2 mm), which is F4; 9 is A4. No Pengaturan: F4,
# the contract's default.
KERTAS = {"F4": 14, "A4": 9}
KERTAS_BAWAAN = "F4"

# (sheet title, headers) — headers are the document's column titles.
PENGUKURAN = ("Pengukuran Kinerja", ("Unit", "Kode IKU", "Sasaran", "Indikator Kinerja", "Satuan", "Target",
                                     "Realisasi", "Capaian (%)", "Predikat", "Metode", "Keterangan"))
PERBANDINGAN = ("Perbandingan Tahunan", ("Unit", "Kode IKU", "Indikator Kinerja", "Satuan", "Tahun", "Target",
                                         "Realisasi", "Capaian (%)", "Predikat"))
PROGRES = ("Target Akhir", ("Unit", "Kode IKU", "Indikator Kinerja", "Satuan", "Kondisi Awal", "Realisasi",
                            "Target Akhir", "Capaian terhadap Target Akhir (%)", "Metode"))
STANDAR = ("Standar Nasional", ("Unit", "Kode IKU", "Indikator Kinerja", "Satuan", "Realisasi", "Standar Nasional",
                                "Sumber Standar", "Capaian terhadap Standar (%)", "Metode"))
FAKTOR = ("Faktor", ("Unit", "Kode IKU", "Sasaran", "Indikator Kinerja", "Faktor Pendukung", "Faktor Penghambat",
                     "Upaya Perbaikan"))
ANGGARAN = ("Anggaran", ("Unit", "Perangkat Daerah", "Program", "IKU Didukung", "Anggaran", "Realisasi",
                         "Serapan (%)", "Capaian Kinerja (%)", "Efisiensi (poin)", "Keterangan"))

# A cell of a table: its value (Decimal, text or None) and, for numbers, its number format; None lets the value
# choose (_format_angka). ("Sel" means an A1 reference elsewhere in the package.)
CellValue = tuple[Any, str | None]
# A table row: its cells and whether it is a total row (printed bold).
Row = tuple[list[CellValue], bool]


def write_lkjip_xlsx(model: Pemda, output_dir: Path) -> Path:
    """Write ``lkjip/tabel-lkjip-<tahun>.xlsx`` under ``output_dir`` and return its path."""
    return write_bytes_atomic(lkjip_xlsx_path(model, output_dir), lkjip_xlsx_bytes(model))


def lkjip_xlsx_path(model: Pemda, output_dir: Path) -> Path:
    (dok,) = tabel_documents(model)
    return output_dir / dok.berkas


def workbook_bytes(layout: str, model: Pemda) -> bytes:
    """The .xlsx of a document kind whose format is xlsx (documents.KINDS); ``layout`` is its ``templat``."""
    writers = {"tabel-lkjip": lkjip_xlsx_bytes}  # looked up at each call, so a test may replace a writer
    return writers[layout](model)


def lkjip_xlsx_bytes(model: Pemda) -> bytes:
    """The workbook's bytes; the same model always gives the same bytes.

    xlsxwriter in ``in_memory`` mode stamps every zip member 1980-01-01 00:00 (``Workbook._store_workbook``)
    and the core properties carry ``created`` instead of the clock, so nothing varies between runs.
    """
    buf = io.BytesIO()
    workbook = Workbook(buf, {
        "in_memory": True,
        # write_string is the only text writer used; these keep any other path from turning text into
        # formulas, links or numbers too.
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        # Both fonts named, no theme scheme (which would make Excel use the theme's Calibri instead): a bold font
        # without a name printed in LibreOffice's serif fallback.
        "default_format_properties": {"font_name": HURUF, "font_size": UKURAN_HURUF, "font_scheme": "none"},
        "default_row_height": _LINE_PX,
    })
    workbook.set_properties({"title": f"Tabel LKjIP Tahun {model.tahun}", "author": "iku-docs",
                             "created": FIXED_TIME})
    cells = _Cells(workbook)
    cetak = _Cetak.of(model)
    for (title, headers), rows in sheet_rows(model):
        _write_sheet(workbook.add_worksheet(title), title, headers, rows, cells, cetak)
    workbook.close()
    return buf.getvalue()


def sheet_rows(model: Pemda) -> list[tuple[tuple[str, tuple[str, ...]], Iterable[Row]]]:
    """Each sheet's (title, headers) and its rows (a lazy iterable), in workbook order."""
    tables = build_tables(model)
    progres_headers = list(PROGRES[1])
    progres_headers[5] = f"Realisasi {model.tahun}"
    progres_headers[6] = f"Target {model.periode_akhir}"
    standar_headers = list(STANDAR[1])
    standar_headers[4] = f"Realisasi {model.tahun}"
    # The Keterangan column holds the edge-case notes; most years have none, and an empty column 26 wide would
    # only narrow every other one on the page.
    keterangan = any(_keterangan(b.capaian) for t in tables for b in t.baris)
    pengukuran = PENGUKURAN if keterangan else (PENGUKURAN[0], PENGUKURAN[1][:-1])
    return [
        (pengukuran, _pengukuran_rows(tables, keterangan)),
        (PERBANDINGAN, _perbandingan_rows(tables, model.periode_awal)),
        ((PROGRES[0], tuple(progres_headers)), _progres_rows(tables)),
        ((STANDAR[0], tuple(standar_headers)), _standar_rows(model, tables)),
        (FAKTOR, _faktor_rows(tables, model.tahun)),
        (ANGGARAN, _anggaran_rows(tables)),
    ]


def lebar_kolom(title: str, headers: Sequence[str]) -> list[int]:
    """A sheet's column widths in characters."""
    widths = [LEBAR_RUPIAH if title == ANGGARAN[0] and h in ("Anggaran", "Realisasi") else LEBAR.get(h, LEBAR_BAWAAN)
              for h in headers]
    total = sum(widths)
    return widths if total >= LEBAR_HALAMAN else [w * LEBAR_HALAMAN // total for w in widths]


@dataclass(frozen=True, slots=True)
class _Cetak:
    """Print settings shared by every sheet."""

    kertas: int  # ECMA-376 paperSize
    judul: str  # left part of the page header

    @classmethod
    def of(cls, model: Pemda) -> _Cetak:
        ukuran = model.pengaturan.ukuran_kertas or KERTAS_BAWAAN
        judul = f"Tabel LKjIP Pemerintah {model.nama_lengkap} Tahun {model.tahun}"
        return cls(KERTAS.get(ukuran, KERTAS["A4"]), judul)

    def apply(self, ws: Worksheet, last_row: int, last_col: int) -> None:
        ws.set_landscape()
        ws.set_paper(self.kertas)
        ws.fit_to_pages(1, 0)  # one page wide, as many pages tall as the rows need
        ws.repeat_rows(0)
        ws.hide_gridlines(0)  # 0: grid lines on screen and in print
        ws.set_margins(left=0.4, right=0.4, top=0.75, bottom=0.75)
        font = f'&"{HURUF},Regular"&9'
        ws.set_header(f"&L{font}{_header_text(self.judul)}&R{font}&A", {"margin": 0.3})
        ws.set_footer(f"&L{font}&A&R{font}Halaman &P dari &N", {"margin": 0.3})
        ws.freeze_panes(1, 1)  # the header row and the Unit column stay in view
        ws.autofilter(0, 0, last_row, last_col)


_FONT_ONLY = f'&"{HURUF},Regular"'
_HEADER_ROOM = 150


def _header_text(text: str) -> str:
    """``text`` as literal page-header text, at most ``_HEADER_ROOM`` characters of codes (Excel refuses more
    than 255 in a header).

    "&" starts a code there and a literal one is doubled. xlsxwriter's set_header counts every "&G" and
    "&[Picture]" as an image placeholder and drops a header whose count does not match its images, even after
    "&&"; so a literal "&" before "G" or "[" is followed by a font code (the same font), which prints nothing.
    """
    out: list[str] = []
    used = 0
    for n, ch in enumerate(text):
        piece = ch if ch != "&" else "&&" + (_FONT_ONLY if text[n + 1:n + 2] in ("G", "[") else "")
        if used + len(piece) > _HEADER_ROOM:
            break
        out.append(piece)
        used += len(piece)
    return "".join(out)


# --- writing a sheet ------------------------------------------------------------------------------------------

_PX_PER_CHARACTER = 7  # a column's width unit at 96 dpi (Arial 10 and Calibri 11 both have 7-pixel digits)
_LINE_PX = 17  # 12.75 points: Excel's line height for 10-point Arial
# ECMA-376 Part 1, 18.8.30: the built-in number formats the tables use, written by id as Excel writes them.
_BUILTIN_FORMATS = {"0": 1, "#,##0": 3, "#,##0.00": 4}


def _write_sheet(ws: Worksheet, title: str, headers: Sequence[str], rows: Iterable[Row], cells: _Cells,
                 cetak: _Cetak) -> None:
    widths = lebar_kolom(title, headers)
    for col, width in enumerate(widths):
        # In pixels, so the file holds exactly ``width`` (set_column would add the 5 pixels of cell padding).
        ws.set_column_pixels(col, col, width * _PX_PER_CHARACTER)
    for col, header in enumerate(headers):
        ws.write_string(0, col, header, cells.header)
    _set_lines(ws, 0, max(_lines(h, w, True) for h, w in zip(headers, widths, strict=True)))
    write = (None, ws.write_number, ws.write_blank, ws.write_string)  # indexed by a plan's kind
    plan = cells.plan
    r = 0
    for r, (row, total) in enumerate(rows, start=1):
        height = 1
        for col, (width, (value, fmt)) in enumerate(zip(widths, row, strict=True)):
            kind, data, form, lines = plan(value, fmt, total, width)
            if kind == _RICH:
                ws.write_rich_string(r, col, form, data[0], form, data[1:], form)
            elif kind:
                write[kind](r, col, data, form)
            if lines > height:
                height = lines
        _set_lines(ws, r, height)
    cetak.apply(ws, r, len(headers) - 1)


def _set_lines(ws: Worksheet, row: int, lines: int) -> None:
    if lines > 1:
        ws.set_row_pixels(row, lines * _LINE_PX)


# How a cell is written: nothing (empty, not bold), write_number, write_blank (styled, empty), write_string, or
# write_rich_string; the value to write, its format and the lines its text takes.
_SKIP, _NUMBER, _BLANK, _TEXT, _RICH = range(5)
_Plan = tuple[int, Any, Format | None, int]


class _Cells:
    """The workbook's cell formats, each made once, and how each distinct cell is written, worked out once: most
    cells repeat a value already written (unit names, methods, predikat, common numbers)."""

    def __init__(self, workbook: Workbook) -> None:
        self._workbook = workbook
        self._formats: dict[tuple[str | None, bool, bool, bool, bool], Format] = {}
        self._plans: dict[tuple[Any, str | None, bool, int], _Plan] = {}
        self.header = workbook.add_format({"bold": True, "bg_color": "#D9D9D9", "pattern": 1, "align": "center",
                                           "valign": "vcenter", "text_wrap": True})

    def plan(self, value: Any, fmt: str | None, bold: bool, width: int) -> _Plan:
        key = (value, fmt, bold, width)
        found = self._plans.get(key)
        if found is None:
            found = self._plans[key] = self._plan(value, fmt, bold, width)
        return found

    def _plan(self, value: Any, fmt: str | None, bold: bool, width: int) -> _Plan:
        if isinstance(value, Decimal):
            number = self._format(fmt or _format_angka(value), bold)
            return (_NUMBER, float(value), number, 1) if value.is_finite() else (_BLANK, None, number, 1)
        if value is None or value == "":
            # The total row is bold across, its empty cells included.
            return (_BLANK, None, self._format(None, True), 1) if bold else (_SKIP, None, None, 1)
        # Text is always text (write_string, never write). One that starts like a formula gets a quote prefix, as
        # Excel gives it.
        text = _excel_text(str(value))
        form = self._format(None, bold, wrap=True, quote=text.startswith(FORMULA_START), right=fmt == RATA_KANAN)
        # xlsxwriter writes a shared string shaped like "<r>…</r>" unescaped, as rich-text XML it made itself: a
        # program named "<r></si>…</r>" would break the file. Such text goes as a rich string of two runs in the
        # cell's own font instead, which xlsxwriter escapes; it reads back as the same text.
        kind = _RICH if text.startswith("<r>") and text.endswith("</r>") else _TEXT
        return kind, text, form, _lines(str(value), width, bold)

    def _format(self, num_format: str | None, bold: bool, *, wrap: bool = False, quote: bool = False,
                right: bool = False) -> Format:
        key = (num_format, bold, wrap, quote, right)
        found = self._formats.get(key)
        if found is None:
            # Top-aligned, so a row's figures stand level with the first line of its wrapped names; text wraps in
            # its column, so a long unit name or indicator never runs over (or under) its neighbour. Only the
            # properties that are set: xlsxwriter tells fonts apart by str() of each property, so a bold=False
            # font would be a second regular font beside the default's bold=0.
            properties = {"valign": "top", "bold": bold, "text_wrap": wrap, "quote_prefix": quote,
                          "align": "right" if right else None,
                          "num_format": _BUILTIN_FORMATS.get(num_format, num_format)}
            found = self._formats[key] = self._workbook.add_format({k: v for k, v in properties.items() if v})
        return found


_EXCEL_MAX_UNITS = 32_767  # Excel's longest cell text, in UTF-16 code units


def _excel_text(text: str) -> str:
    """``text`` without the characters XML cannot hold, cut to what a cell holds. Cut here rather than by
    xlsxwriter, so the "<r>…</r>" check above sees the text that is written."""
    clean = strip_illegal(text)
    if len(clean) * 2 > _EXCEL_MAX_UNITS:  # only then can it be too long: a code point is at most 2 units
        encoded = clean.encode("utf-16-le")
        if len(encoded) > 2 * _EXCEL_MAX_UNITS:
            clean = encoded[:2 * _EXCEL_MAX_UNITS].decode("utf-16-le", "ignore")  # never half a surrogate pair
    return clean


# Row heights. Neither LibreOffice nor Excel reliably fits a row to its wrapped text when opening a file, so a
# row whose text wraps gets its height here, from the text's width in Arial (advance widths of " " .. "~" in
# thousandths of an em; Liberation Sans has the same): a row too short would hide the end of a name in print.
_ADVANCE = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
    556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
    556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
    500, 500, 500, 334, 260, 334, 584,
)
_ADVANCE_OTHER = 700  # any other character: wider than most, so a row is rather too tall than too short
_WIDEST = max(*_ADVANCE, _ADVANCE_OTHER)
_BOLD = 1.1  # Arial Bold is at most a tenth wider on ordinary text
_PT_PER_WIDTH = 5.25  # one unit of column width: 7 pixels at 96 dpi
_CELL_PADDING_PT = 3.75  # the 5 pixels a column's width holds beyond its characters
_LINE_PT = 12.75  # Excel's line height for 10-point Arial
_MAX_LINES = 32  # Excel's tallest row, 409 points


@lru_cache(maxsize=16384)
def _word_advance(word: str) -> int:
    return sum(_ADVANCE[o - 32] if 32 <= (o := ord(c)) < 127 else _ADVANCE_OTHER for c in word)


@lru_cache(maxsize=16384)
def _lines(text: str, width: float, bold: bool) -> int:
    """Lines ``text`` takes when wrapped at spaces in a column ``width`` characters wide (a longer word
    breaks anywhere, as Excel breaks it), at most ``_MAX_LINES``."""
    room = (width * _PT_PER_WIDTH - _CELL_PADDING_PT) * 1000 / UKURAN_HURUF / (_BOLD if bold else 1)
    if len(text) * _WIDEST <= room:  # short texts (codes, units, predikat): one line, nothing to measure
        return 1
    space = _ADVANCE[0]
    count = 0
    for paragraph in text.split("\n"):
        count += 1
        used = 0.0
        for word in paragraph.split(" "):
            advance = _word_advance(word)
            if used and used + space + advance > room:
                count, used = count + 1, 0.0
            elif used:
                used += space
            if advance > room:
                count += int(advance // room)
                advance %= room
            used += advance
        if count >= _MAX_LINES:
            return _MAX_LINES
    return count


@lru_cache(maxsize=1024)
def _format_angka(value: Decimal) -> str:
    """'#,##0' for whole numbers, otherwise as many decimals as the value has (at most 4)."""
    exponent = value.normalize().as_tuple().exponent
    places = min(-exponent, 4) if isinstance(exponent, int) and exponent < 0 else 0
    return "#,##0" + ("." + "0" * places if places else "")


def _nilai(v: Nilai | None) -> CellValue:
    """A target/realisasi: a number stays a number, a scale level stays text, right-aligned like the numbers."""
    return (v, RATA_KANAN) if isinstance(v, str) else (v, None)


def _realisasi(c: Capaian) -> CellValue:
    return (BELUM, None) if c.status is Status.BELUM_DILAPORKAN else _nilai(c.realisasi)


def _capaian(c: Capaian) -> CellValue:
    return (c.nilai, FORMAT_PERSEN) if c.nilai is not None else (_STATUS[c.status], None)


_STATUS = {Status.BELUM_DILAPORKAN: "", Status.TANPA_TARGET: "tanpa target",
           Status.TIDAK_DAPAT_DIHITUNG: "tidak dapat dihitung", Status.TIDAK_TERDEFINISI: "–"}


def _unit(t: TabelLkjip) -> str:
    return t.nama_unit


def _keterangan(c: Capaian) -> str:
    return c.keterangan if c.status is not Status.BELUM_DILAPORKAN else ""


def _pengukuran_rows(tables: Sequence[TabelLkjip], keterangan: bool = True) -> Iterable[Row]:
    end = None if keterangan else -1  # without the Keterangan column when no row has one
    for t in tables:
        for b in t.baris:
            c = b.capaian
            yield [(_unit(t), None), (b.iku.kode, None), (b.iku.sasaran, None), (b.iku.nama, None),
                   (b.iku.satuan, None), _nilai(c.target), _realisasi(c), _capaian(c), (c.predikat, None),
                   (c.metode, None), (_keterangan(c), None)][:end], False
        if t.baris:
            yield [(_unit(t), None), ("", None), ("Rata-rata capaian kinerja", None), ("", None), ("", None),
                   ("", None), ("", None), (t.rata_rata, FORMAT_PERSEN), ("", None), ("", None),
                   ("", None)][:end], True


def _perbandingan_rows(tables: Sequence[TabelLkjip], periode_awal: int) -> Iterable[Row]:
    for t in tables:
        for b in t.baris:
            head = [(_unit(t), None), (b.iku.kode, None), (b.iku.nama, None), (b.iku.satuan, None)]
            yield [*head, (f"Kondisi awal (sebelum {periode_awal})", None), ("", None), _nilai(b.iku.baseline),
                   ("", None), ("", None)], False
            for tahun, c in b.riwayat:
                yield [*head, (Decimal(tahun), "0"), _nilai(c.target), _realisasi(c), _capaian(c),
                       (c.predikat, None)], False


def _progres_rows(tables: Sequence[TabelLkjip]) -> Iterable[Row]:
    for t in tables:
        for b in t.baris:
            p = b.progres
            yield [(_unit(t), None), (b.iku.kode, None), (b.iku.nama, None), (b.iku.satuan, None),
                   _nilai(b.iku.baseline), _realisasi(p), _nilai(p.target), _capaian(p), (p.metode, None)], False


def _standar_rows(model: Pemda, tables: Sequence[TabelLkjip]) -> Iterable[Row]:
    """This year's realisasi against the national standard, "belum ada standar" where the workbook has none."""
    for t in tables:
        for b in t.baris:
            c = capaian_standar(model, b.iku)
            standar = (BELUM_ADA_STANDAR, None) if c is None else _nilai(b.iku.standar_nasional)
            yield [(_unit(t), None), (b.iku.kode, None), (b.iku.nama, None), (b.iku.satuan, None),
                   _realisasi(b.capaian), standar, (b.iku.sumber_standar, None),
                   ("", None) if c is None else _capaian(c), (b.capaian.metode, None)], False


def _faktor_rows(tables: Sequence[TabelLkjip], tahun: int) -> Iterable[Row]:
    for t in tables:
        for b in t.baris:
            r = b.iku.realisasi.get(tahun)
            texts = (r.faktor_pendukung, r.faktor_penghambat, r.upaya_perbaikan) if r else ("", "", "")
            yield [(_unit(t), None), (b.iku.kode, None), (b.iku.sasaran, None), (b.iku.nama, None),
                   *((x.strip() or BELUM_DIISI, None) for x in texts)], False


def _efisiensi(e: Efisiensi) -> list[CellValue]:
    return [(e.anggaran, FORMAT_RUPIAH), (e.realisasi, FORMAT_RUPIAH) if e.realisasi is not None else (BELUM, None),
            (e.serapan, FORMAT_PERSEN), (e.capaian_kinerja, FORMAT_PERSEN), (e.nilai, FORMAT_POIN),
            (e.kategori, None)]


def _anggaran_rows(tables: Sequence[TabelLkjip]) -> Iterable[Row]:
    for t in tables:
        for p in t.program:
            yield [(_unit(t), None), (p.nama_pd, None), (p.program.nama, None),
                   (", ".join(p.program.iku_didukung), None), *_efisiensi(p.efisiensi)], False
        yield [(_unit(t), None), ("", None), ("JUMLAH", None), ("", None), *_efisiensi(t.total)], True
