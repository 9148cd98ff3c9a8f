"""The LKjIP tables as one .xlsx, for reviewers who want to check the numbers.

``lkjip/tabel-lkjip-<tahun>.xlsx``: one sheet per table type (measurement, comparison with previous
years, progress toward the end-of-period target, budget), each holding the Pemda and every PD, one
``Unit`` column to filter on. The figures come from ``documents.lkjip.build_tables``, the same objects the
Word documents print, so the two never disagree. Numbers are stored as numbers (Excel shows them with the
reader's separators, "93,75" in an Indonesian Excel); text that starts with = + - @ is stored as text with
a quote prefix, never as a formula. Written atomically and byte-for-byte reproducibly.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from copy import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

from iku_docs.capaian import Capaian, Efisiensi, Status
from iku_docs.documents.lkjip import BELUM, TabelLkjip, build_tables
from iku_docs.model import Nilai, Pemda
from iku_docs.render.docx import FIXED_TIME
from iku_docs.render.output import normalize_zip, write_bytes_atomic

FORMULA_START = ("=", "+", "-", "@")
FORMAT_PERSEN = "#,##0.00"
FORMAT_RUPIAH = '"Rp "#,##0'
LEBAR = {"Unit": 28, "Kode IKU": 12, "Sasaran": 36, "Indikator Kinerja": 44, "Program": 44,
         "Perangkat Daerah": 28, "Metode": 14, "Keterangan": 40}

# (sheet title, headers) — headers are the document's column titles.
PENGUKURAN = ("Pengukuran Kinerja", ("Unit", "Kode IKU", "Sasaran", "Indikator Kinerja", "Satuan", "Target",
                                     "Realisasi", "Capaian (%)", "Predikat", "Metode", "Keterangan"))
PERBANDINGAN = ("Perbandingan Tahunan", ("Unit", "Kode IKU", "Indikator Kinerja", "Satuan", "Tahun", "Target",
                                         "Realisasi", "Capaian (%)", "Predikat"))
PROGRES = ("Target Akhir", ("Unit", "Kode IKU", "Indikator Kinerja", "Satuan", "Kondisi Awal", "Realisasi",
                            "Target Akhir", "Capaian terhadap Target Akhir (%)", "Metode"))
ANGGARAN = ("Anggaran", ("Unit", "Perangkat Daerah", "Program", "Anggaran", "Realisasi", "Serapan (%)",
                         "Capaian Kinerja (%)", "Efisiensi (%)", "Keterangan"))


def write_lkjip_xlsx(model: Pemda, output_dir: Path) -> Path:
    """Write ``lkjip/tabel-lkjip-<tahun>.xlsx`` under ``output_dir`` and return its path."""
    return write_bytes_atomic(lkjip_xlsx_path(model, output_dir), lkjip_xlsx_bytes(model))


def lkjip_xlsx_path(model: Pemda, output_dir: Path) -> Path:
    return output_dir / "lkjip" / f"tabel-lkjip-{model.tahun}.xlsx"


def lkjip_xlsx_bytes(model: Pemda) -> bytes:
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    tables = build_tables(model)
    wb = Workbook()
    wb.remove(wb.active)
    _sheet(wb, PENGUKURAN, _pengukuran_rows(tables))
    _sheet(wb, PERBANDINGAN, _perbandingan_rows(tables, model.periode_awal))
    progres_headers = list(PROGRES[1])
    progres_headers[5] = f"Realisasi {model.tahun}"
    progres_headers[6] = f"Target {model.periode_akhir}"
    _sheet(wb, (PROGRES[0], tuple(progres_headers)), _progres_rows(tables))
    _sheet(wb, ANGGARAN, _anggaran_rows(tables))
    wb.properties.creator = wb.properties.lastModifiedBy = "iku-docs"
    wb.properties.title = f"Tabel LKjIP Tahun {model.tahun}"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    # ExcelWriter directly: openpyxl's save_workbook() would stamp `modified` with the current time.
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    return normalize_zip(buf.getvalue())


# A cell: a value and, for numbers, its number format; bold marks a total row.
Sel = tuple[Any, str | None]


def _sheet(wb: Any, spec: tuple[str, Sequence[str]], rows: Iterable[tuple[list[Sel], bool]]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    title, headers = spec
    ws = wb.create_sheet(title)
    for col, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[get_column_letter(col)].width = LEBAR.get(header, 16)
    styles = _Styles(ws)
    for r, (cells, total) in enumerate(rows, start=2):
        for col, (value, fmt) in enumerate(cells, start=1):
            _put(ws.cell(row=r, column=col), value, fmt, total, styles)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(ws.max_row, 1)}"


class _Styles:
    """The few style combinations of the tables, each built once and copied onto its cells.

    Assigning a Font or an Alignment to a cell makes openpyxl hash it into the workbook's style tables, and a
    large Pemda has 40,000 cells: copying the finished style array (what openpyxl's own worksheet copy does)
    gives the same styles.xml at a fraction of the cost.
    """

    def __init__(self, ws: Any) -> None:
        self._ws = ws
        self._arrays: dict[tuple[str | None, bool, bool, bool], Any] = {}

    def apply(self, cell: Any, fmt: str | None, bold: bool, wrap: bool, quote: bool) -> None:
        key = (fmt, bold, wrap, quote)
        array = self._arrays.get(key)
        if array is None:
            array = self._arrays[key] = self._build(*key)
        if array is not None:
            cell._style = copy(array)

    def _build(self, fmt: str | None, bold: bool, wrap: bool, quote: bool) -> Any:
        from openpyxl.cell import Cell
        from openpyxl.styles import Alignment, Font

        if not (fmt or bold or wrap or quote):
            return None  # the default style: nothing to set
        proto = Cell(self._ws)
        if fmt:
            proto.number_format = fmt
        if quote:
            proto.quotePrefix = True  # and Excel keeps it text when the reviewer edits the cell
        if wrap:
            proto.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            proto.font = Font(bold=True)
        return proto._style


def _put(cell: Any, value: Any, fmt: str | None, bold: bool, styles: _Styles) -> None:
    if isinstance(value, Decimal):
        cell.value = value
        styles.apply(cell, fmt or _format_angka(value), bold, False, False)
    elif value is None or value == "":
        styles.apply(cell, None, bold, False, False)
    else:
        text = str(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl would take "=..." for a formula
        styles.apply(cell, None, bold, len(text) > 30, text.startswith(FORMULA_START))


def _format_angka(value: Decimal) -> str:
    """'#,##0' for whole numbers, otherwise as many decimals as the value has (at most 4)."""
    exponent = value.normalize().as_tuple().exponent
    places = min(-exponent, 4) if isinstance(exponent, int) and exponent < 0 else 0
    return "#,##0" + ("." + "0" * places if places else "")


def _nilai(v: Nilai | None) -> Sel:
    """A target/realisasi: a number stays a number, a scale level stays text."""
    return (v, None)


def _realisasi(c: Capaian) -> Sel:
    return (BELUM, None) if c.status is Status.BELUM_DILAPORKAN else _nilai(c.realisasi)


def _capaian(c: Capaian) -> Sel:
    return (c.nilai, FORMAT_PERSEN) if c.nilai is not None else (_STATUS[c.status], None)


_STATUS = {Status.BELUM_DILAPORKAN: "", Status.TANPA_TARGET: "tanpa target",
           Status.TIDAK_DAPAT_DIHITUNG: "tidak dapat dihitung"}


def _unit(t: TabelLkjip) -> str:
    return t.nama_unit


def _pengukuran_rows(tables: Sequence[TabelLkjip]) -> Iterable[tuple[list[Sel], bool]]:
    for t in tables:
        for b in t.baris:
            c = b.capaian
            yield [(_unit(t), None), (b.iku.kode, None), (b.iku.sasaran, None), (b.iku.nama, None),
                   (b.iku.satuan, None), _nilai(c.target), _realisasi(c), _capaian(c), (c.predikat, None),
                   (c.metode, None), (c.keterangan if c.status is not Status.BELUM_DILAPORKAN else "", None)], False
        if t.baris:
            yield [(_unit(t), None), ("", None), ("Rata-rata capaian kinerja", None), ("", None), ("", None),
                   ("", None), ("", None), (t.rata_rata, FORMAT_PERSEN), ("", None), ("", None), ("", None)], True


def _perbandingan_rows(tables: Sequence[TabelLkjip], periode_awal: int) -> Iterable[tuple[list[Sel], bool]]:
    for t in tables:
        for b in t.baris:
            head = [(_unit(t), None), (b.iku.kode, None), (b.iku.nama, None), (b.iku.satuan, None)]
            yield [*head, (f"Kondisi awal (sebelum {periode_awal})", None), ("", None), _nilai(b.iku.baseline),
                   ("", None), ("", None)], False
            for tahun, c in b.riwayat:
                yield [*head, (Decimal(tahun), "0"), _nilai(c.target), _realisasi(c), _capaian(c),
                       (c.predikat, None)], False


def _progres_rows(tables: Sequence[TabelLkjip]) -> Iterable[tuple[list[Sel], bool]]:
    for t in tables:
        for b in t.baris:
            p = b.progres
            yield [(_unit(t), None), (b.iku.kode, None), (b.iku.nama, None), (b.iku.satuan, None),
                   _nilai(b.iku.baseline), _realisasi(p), _nilai(p.target), _capaian(p), (p.metode, None)], False


def _efisiensi(e: Efisiensi) -> list[Sel]:
    return [(e.anggaran, FORMAT_RUPIAH), (e.realisasi, FORMAT_RUPIAH) if e.realisasi is not None else (BELUM, None),
            (e.serapan, FORMAT_PERSEN), (e.capaian_kinerja, FORMAT_PERSEN), (e.nilai, FORMAT_PERSEN),
            (e.kategori, None)]


def _anggaran_rows(tables: Sequence[TabelLkjip]) -> Iterable[tuple[list[Sel], bool]]:
    for t in tables:
        for p in t.program:
            yield [(_unit(t), None), (p.nama_pd, None), (p.program.nama, None), *_efisiensi(p.efisiensi)], False
        yield [(_unit(t), None), ("", None), ("JUMLAH", None), *_efisiensi(t.total)], True
