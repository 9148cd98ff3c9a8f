"""The blank standardized workbook, written entirely from ``contract.py``.

A Bagian Organisasi staff member must be able to fill it without a manual: a
``Petunjuk`` sheet first, a note on every header cell, dropdowns for every column
with a fixed list, frozen header rows, column widths and wrapped text. The sample
builder (``sample_workbooks/build_samples.py``) starts from the same blank workbook
and fills it through :func:`fill_isian` and :func:`append_rows`, so the samples
carry the dropdowns and notes too.

Output is deterministic: fixed document timestamps and a normalized zip, so the
same period always gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from iku_docs.ooxml import normalize_zip
from iku_docs.output import write_bytes_atomic
from iku_docs.workbook import contract as c

# Rows of each table sheet prepared with dropdowns; far more than any Pemda needs
# (a large province has about 60 PD with 3-6 IKU each).
BARIS_SIAP = 1000
# Excel refuses an inline list longer than 255 characters, and an inline item
# cannot contain a comma (the list separator); such lists live on the Daftar sheet.
_BATAS_DAFTAR_LANGSUNG = 255
# openpyxl stamps "modified" with the current time in save_workbook(); a fixed
# value makes two runs byte-identical (archives of generated files, tests).
_WAKTU_TETAP = datetime(2025, 1, 1)
_PENULIS = "iku-docs"

_SISI = Side(style="thin", color="7F7F7F")
_BINGKAI = Border(left=_SISI, right=_SISI, top=_SISI, bottom=_SISI)
_ISI_WAJIB = PatternFill("solid", fgColor="1F4E78")
_ISI_OPSIONAL = PatternFill("solid", fgColor="9DC3E6")
_ISI_NAMA_ISIAN = PatternFill("solid", fgColor="F2F2F2")
_HURUF_WAJIB = Font(bold=True, color="FFFFFF")
_HURUF_OPSIONAL = Font(bold=True, color="1F1F1F")
_RATA_JUDUL = Alignment(horizontal="center", vertical="center", wrap_text=True)
_RATA_DATA = Alignment(vertical="top", wrap_text=True)
# Characters of 11 pt Calibri per unit of column width, and points per wrapped line,
# kept on the safe side so estimated rows are never too short.
_HURUF_PER_LEBAR = 1.15
_TINGGI_BARIS = 15.0
_FORMAT_TEKS = "@"
_FORMAT_UANG = "#,##0"
_FORMAT_TANGGAL = "dd/mm/yyyy"

# The contract lists the year items of Identitas as Tahun, Periode Awal, Periode Akhir.
_ISIAN_PERIODE = tuple(i.nama for i in c.LEMBAR_IDENTITAS.isian if i.jenis is c.Jenis.TAHUN)[1:3]
_HEADERS_KV_KETERANGAN = {
    c.KV_HEADERS[0]: "Nama isian. Jangan diubah; iku-docs mencari baris menurut nama ini.",
    c.KV_HEADERS[1]: "Tulis nilai setiap isian di kolom ini.",
    c.KV_KETERANGAN: "Penjelasan setiap isian. Tidak dibaca oleh iku-docs; boleh dibiarkan.",
}


@dataclass(frozen=True, slots=True)
class Berformat:
    """A value written with an explicit number format (e.g. 0.935 shown as '93,5%')."""

    nilai: Any
    format: str


# --- public API ----------------------------------------------------------------------------


def write_blank_workbook(path: Path, periode: range) -> Path:
    """Write the blank standardized workbook for the RPJMD years in ``periode``, atomically."""
    return save_workbook(build_blank_workbook(periode), path)


def build_blank_workbook(periode: range) -> Workbook:
    """The blank workbook in memory: Petunjuk, every contract sheet, the hidden Daftar sheet."""
    wb = Workbook()
    _write_petunjuk(wb.active, periode)
    daftar = _Daftar()
    for lembar in c.SHEETS:
        ws = wb.create_sheet(lembar.nama)
        if lembar.kv:
            _write_kv_sheet(ws, lembar, periode, daftar)
        else:
            _write_table_sheet(ws, lembar, periode, daftar)
    daftar.write(wb.create_sheet(c.DAFTAR))
    wb.active = 0
    return wb


def save_workbook(wb: Workbook, path: Path) -> Path:
    """Save ``wb`` to ``path`` atomically with deterministic bytes."""
    return write_bytes_atomic(path, workbook_bytes(wb))


def workbook_bytes(wb: Workbook) -> bytes:
    wb.properties.creator = _PENULIS
    wb.properties.lastModifiedBy = _PENULIS
    wb.properties.created = _WAKTU_TETAP
    wb.properties.modified = _WAKTU_TETAP
    buffer = io.BytesIO()
    # ExcelWriter directly: openpyxl's save_workbook() overwrites `modified` with now().
    ExcelWriter(wb, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return normalize_zip(buffer.getvalue())


def fill_isian(ws: Worksheet, values: Mapping[str, Any]) -> None:
    """Write the Nilai of each named Isian row of a key/value sheet (Identitas, Pengaturan)."""
    rows = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}
    nilai_col = _header_columns(ws)[c.KV_HEADERS[1]]
    for nama, value in values.items():
        if nama not in rows:
            raise KeyError(f"sheet {ws.title!r} has no Isian row {nama!r}")
        _write_cell(ws.cell(row=rows[nama], column=nilai_col), value)
        fit_row_height(ws, rows[nama])


def append_rows(ws: Worksheet, rows: Iterable[Mapping[str, Any]]) -> None:
    """Append data rows to a table sheet; keys are headers, unknown headers raise KeyError."""
    columns = _header_columns(ws)
    teks = _text_headers(ws.title)
    row = _last_filled_row(ws) + 1
    for values in rows:
        for header, value in values.items():
            cell = ws.cell(row=row, column=columns[header])
            _write_cell(cell, value, teks=header in teks)
        fit_row_height(ws, row)
        row += 1


# --- table sheets ----------------------------------------------------------------------------


def _write_table_sheet(ws: Worksheet, lembar: c.Lembar, periode: range, daftar: _Daftar) -> None:
    kolom = c.columns_for(lembar, periode)
    for col, k in enumerate(kolom, start=1):
        _write_header(ws.cell(row=1, column=col), k.nama, wajib=k.wajib, catatan=_catatan_kolom(k))
        _style_column(ws, col, k)
        if k.pilihan:
            _add_list(ws, daftar, k.nama, k.pilihan, _range(col, 2, BARIS_SIAP + 1))
        elif k.jenis is c.Jenis.TAHUN:
            _add_year(ws, k.nama, periode, _range(col, 2, BARIS_SIAP + 1))
    ws.row_dimensions[1].height = 32
    # Keep the header and the leading code columns (Kode PD, Kode IKU) in view while scrolling.
    kode = next((i for i, k in enumerate(kolom) if k.jenis is not c.Jenis.KODE), 0)
    ws.freeze_panes = ws.cell(row=2, column=kode + 1).coordinate
    ws.auto_filter.ref = f"A1:{get_column_letter(len(kolom))}1"
    _fit_width(ws)


def _style_column(ws: Worksheet, col: int, kolom: c.Kolom) -> None:
    """Width, wrap and number format for the whole column, so typed cells inherit them."""
    dim = ws.column_dimensions[get_column_letter(col)]
    dim.width = kolom.lebar
    dim.alignment = _RATA_DATA
    if kolom.jenis is c.Jenis.KODE:
        dim.number_format = _FORMAT_TEKS  # keeps "01" and 18-digit NIPs as written
    elif kolom.jenis is c.Jenis.UANG:
        dim.number_format = _FORMAT_UANG


def _catatan_kolom(k: c.Kolom) -> str:
    parts = [k.nama, k.keterangan or "", "Wajib diisi." if k.wajib else "Boleh dikosongkan."]
    parts.append(_uraian_pilihan(k.pilihan))
    if k.contoh:
        parts.append(f"Contoh: {k.contoh}")
    return "\n".join(p for p in parts if p)


def _uraian_pilihan(pilihan: tuple[str, ...]) -> str:
    if not pilihan:
        return ""
    if len(pilihan) <= 8:
        return "Pilihan: " + "; ".join(pilihan) + "."
    return f"Pilih dari daftar ({len(pilihan)} pilihan)."


# --- key/value sheets ------------------------------------------------------------------------


def _write_kv_sheet(ws: Worksheet, lembar: c.Lembar, periode: range, daftar: _Daftar) -> None:
    headers = (*c.KV_HEADERS, c.KV_KETERANGAN)
    for col, (header, lebar) in enumerate(zip(headers, (30, 45, 90), strict=True), start=1):
        _write_header(ws.cell(row=1, column=col), header, wajib=col < 3, catatan=_HEADERS_KV_KETERANGAN[header])
        ws.column_dimensions[get_column_letter(col)].width = lebar
    for row, isian in enumerate(lembar.isian, start=2):
        nama = ws.cell(row=row, column=1, value=isian.nama)
        nama.fill = _ISI_NAMA_ISIAN
        nama.font = Font(bold=isian.wajib)
        nama.alignment = _RATA_DATA
        nilai = ws.cell(row=row, column=2, value=_prefill(isian, periode))
        nilai.alignment = _RATA_DATA
        if isian.jenis is c.Jenis.KODE:
            nilai.number_format = _FORMAT_TEKS
        ws.cell(row=row, column=3, value=_keterangan_isian(isian)).alignment = _RATA_DATA
        fit_row_height(ws, row)
        ref = nilai.coordinate
        if isian.pilihan:
            _add_list(ws, daftar, isian.nama, isian.pilihan, ref)
        elif isian.jenis is c.Jenis.TAHUN:
            # The period itself may change before the workbook is filled; only bound it loosely.
            bounds = range(2000, 2101) if isian.nama in _ISIAN_PERIODE else periode
            _add_year(ws, isian.nama, bounds, ref)
    ws.row_dimensions[1].height = 22
    ws.freeze_panes = "A2"
    _fit_width(ws)


def _prefill(isian: c.Isian, periode: range) -> int | None:
    """The template is written for one RPJMD period, so its first and last year are known already."""
    if not periode or isian.nama not in _ISIAN_PERIODE:
        return None
    return periode.start if isian.nama == _ISIAN_PERIODE[0] else periode.stop - 1


def _keterangan_isian(isian: c.Isian) -> str:
    parts = [isian.keterangan]
    if isian.wajib:
        parts.append("Wajib diisi.")
    elif isian.bawaan:
        parts.append(f"Boleh kosong; bila kosong dipakai: {isian.bawaan}.")
    else:
        parts.append("Boleh kosong.")
    if isian.pilihan:
        parts.append("Pilihan: " + "; ".join(isian.pilihan) + ".")
    if isian.contoh:
        parts.append(f"Contoh: {isian.contoh}")
    return " ".join(p for p in parts if p)


# --- cells, notes and validations ------------------------------------------------------------


def _write_header(cell: Any, header: str, *, wajib: bool, catatan: str) -> None:
    cell.value = header
    cell.font = _HURUF_WAJIB if wajib else _HURUF_OPSIONAL
    cell.fill = _ISI_WAJIB if wajib else _ISI_OPSIONAL
    cell.alignment = _RATA_JUDUL
    cell.border = _BINGKAI
    comment = Comment(catatan, _PENULIS)
    comment.width = 320
    comment.height = 40 + 15 * (len(catatan) // 45 + catatan.count("\n"))
    cell.comment = comment


def _add_list(ws: Worksheet, daftar: _Daftar, nama: str, pilihan: tuple[str, ...], ref: str) -> None:
    dv = DataValidation(
        type="list", formula1=daftar.formula(nama, pilihan), allow_blank=True, showErrorMessage=True,
        errorStyle="stop", errorTitle="Nilai tidak ada di daftar",
        error=f"Pilih salah satu nilai dari daftar untuk '{nama}' (klik panah di sisi sel)."[:255],
    )
    dv.add(ref)
    ws.add_data_validation(dv)


def _add_year(ws: Worksheet, nama: str, bounds: range, ref: str) -> None:
    # A warning, not a stop: a year outside the period is reported by `iku-docs validate` with context.
    dv = DataValidation(
        type="whole", operator="between", formula1=str(bounds.start), formula2=str(bounds.stop - 1),
        allow_blank=True, showErrorMessage=True, errorStyle="warning", errorTitle="Tahun di luar rentang",
        error=f"'{nama}' biasanya tahun {bounds.start} sampai {bounds.stop - 1} (empat angka).",
    )
    dv.add(ref)
    ws.add_data_validation(dv)


def _range(col: int, first: int, last: int) -> str:
    letter = get_column_letter(col)
    return f"{letter}{first}:{letter}{last}"


def _write_cell(cell: Any, value: Any, *, teks: bool = False) -> None:
    if isinstance(value, Berformat):
        cell.value = value.nilai
        cell.number_format = value.format
    else:
        cell.value = value
        if isinstance(value, date):
            cell.number_format = _FORMAT_TANGGAL
        elif teks or isinstance(value, str):
            cell.number_format = _FORMAT_TEKS
    cell.alignment = _RATA_DATA


def fit_row_height(ws: Worksheet, row: int, minimum: float = 15.0) -> None:
    """Set the row height from its wrapped text.

    Neither Excel nor LibreOffice re-fits the height of a row written by openpyxl when
    the file opens, so wrapped text would be cut to one line; estimate it instead.
    """
    lines = 1
    for cell in ws[row]:
        if cell.value is None or not isinstance(cell.value, str):
            continue
        width = ws.column_dimensions[cell.column_letter].width or 9
        per_line = max(int(width * _HURUF_PER_LEBAR), 1)
        wrapped = sum(-(-max(len(part), 1) // per_line) for part in cell.value.split("\n"))
        lines = max(lines, wrapped)
    ws.row_dimensions[row].height = max(minimum, lines * _TINGGI_BARIS + 3)


def _header_columns(ws: Worksheet) -> dict[str, int]:
    return {cell.value: cell.column for cell in ws[1] if cell.value is not None}


def _text_headers(sheet: str) -> frozenset[str]:
    lembar = c.SHEET_BY_NAME.get(sheet)
    if lembar is None:
        return frozenset()
    kolom = lembar.kolom + c.KOLOM_IKU_PD_SETELAH_TARGET
    return frozenset(k.nama for k in kolom if k.jenis is c.Jenis.KODE)


def _last_filled_row(ws: Worksheet) -> int:
    for row in range(ws.max_row, 1, -1):
        if any(cell.value is not None for cell in ws[row]):
            return row
    return 1


@dataclass(slots=True)
class _Daftar:
    """Lists too long (or with commas) for an inline dropdown, one column each on the hidden sheet."""

    kolom: dict[tuple[str, ...], tuple[str, int]] = field(default_factory=dict)  # values -> (title, column)

    def formula(self, nama: str, pilihan: tuple[str, ...]) -> str:
        inline = ",".join(pilihan)
        if len(inline) + 2 <= _BATAS_DAFTAR_LANGSUNG and not any("," in p or '"' in p for p in pilihan):
            return f'"{inline}"'
        if pilihan not in self.kolom:
            self.kolom[pilihan] = (nama, len(self.kolom) + 1)
        col = get_column_letter(self.kolom[pilihan][1])
        return f"{quote_sheetname(c.DAFTAR)}!${col}$2:${col}${len(pilihan) + 1}"

    def write(self, ws: Worksheet) -> None:
        for pilihan, (nama, col) in self.kolom.items():
            ws.cell(row=1, column=col, value=nama).font = Font(bold=True)
            for row, value in enumerate(pilihan, start=2):
                ws.cell(row=row, column=col, value=value)
            ws.column_dimensions[get_column_letter(col)].width = max(len(p) for p in pilihan) + 2
        # Hidden, not "veryHidden": a curious user can still unhide it and see where the lists come from.
        ws.sheet_state = "hidden"


# --- Petunjuk ----------------------------------------------------------------------------------

_LEBAR_PETUNJUK = (30, 80, 14, 46)
_HURUF_JUDUL = Font(bold=True, size=14, color="1F4E78")
_HURUF_BAGIAN = Font(bold=True, size=12, color="1F4E78")


def _write_petunjuk(ws: Worksheet, periode: range) -> None:
    ws.title = c.PETUNJUK
    for col, lebar in enumerate(_LEBAR_PETUNJUK, start=1):
        ws.column_dimensions[get_column_letter(col)].width = lebar
    tulis = _Penulis(ws)
    awal, akhir = (periode.start, periode.stop - 1) if periode else ("…", "…")
    tulis.judul("PETUNJUK PENGISIAN BUKU KERJA INDIKATOR KINERJA UTAMA (IKU)")
    tulis.baris("", f"Buku kerja ini disiapkan untuk periode RPJMD {awal}–{akhir}. Dari satu buku kerja ini "
                "iku-docs menyusun rancangan Peraturan Kepala Daerah tentang IKU (Lampiran I dan II), "
                "Perjanjian Kinerja dan tabel LKjIP. Jangan mengubah nama lembar maupun judul kolom; urutan "
                "kolom boleh berubah dan kolom tambahan boleh ditambahkan.")
    _petunjuk_langkah(tulis)
    _petunjuk_lembar(tulis)
    _petunjuk_nilai(tulis)
    _petunjuk_metode(tulis)
    _petunjuk_cascading(tulis)
    _petunjuk_urusan(tulis)
    for lembar in c.SHEETS:
        _petunjuk_kolom(tulis, lembar, periode)
    ws.freeze_panes = "A2"
    _fit_width(ws)


def _fit_width(ws: Worksheet) -> None:
    """Print landscape, all columns on one page width (staff often print the Petunjuk)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


@dataclass(slots=True)
class _Penulis:
    ws: Worksheet
    row: int = 1

    def judul(self, teks: str) -> None:
        self.ws.cell(row=self.row, column=1, value=teks).font = _HURUF_JUDUL
        self.row += 2

    def bagian(self, teks: str) -> None:
        self.row += 1
        self.ws.cell(row=self.row, column=1, value=teks).font = _HURUF_BAGIAN
        self.row += 1

    def kepala_tabel(self, *teks: str) -> None:
        for col, t in enumerate(teks, start=1):
            cell = self.ws.cell(row=self.row, column=col, value=t)
            cell.font, cell.fill, cell.alignment, cell.border = _HURUF_WAJIB, _ISI_WAJIB, _RATA_JUDUL, _BINGKAI
        self.row += 1

    def baris(self, *teks: str, tebal: bool = False) -> None:
        for col, t in enumerate(teks, start=1):
            if not t:
                continue
            cell = self.ws.cell(row=self.row, column=col, value=t)
            cell.alignment = _RATA_DATA
            cell.font = Font(bold=tebal or col == 1)
        fit_row_height(self.ws, self.row)
        self.row += 1


def _petunjuk_langkah(tulis: _Penulis) -> None:
    nama = {lembar: lembar.nama for lembar in c.SHEETS}
    langkah = (
        f"Isi lembar '{nama[c.LEMBAR_IDENTITAS]}': jenis dan nama daerah, kepala daerah, tahun dan periode RPJMD, "
        f"serta sekretaris daerah. Tulis nilai di kolom {c.KV_HEADERS[1]}; kolom {c.KV_KETERANGAN} menjelaskan "
        "setiap isian.",
        f"Isi lembar '{nama[c.LEMBAR_DASAR_HUKUM]}' dengan peraturan yang dicantumkan pada bagian Mengingat, "
        "satu peraturan per baris, lengkap dengan Lembaran Negara/Daerah.",
        f"Isi lembar '{nama[c.LEMBAR_PD]}': satu baris untuk setiap Perangkat Daerah dengan kode singkat yang "
        "unik (misalnya DINKES). Kode ini dipakai di lembar-lembar berikutnya.",
        f"Isi lembar '{nama[c.LEMBAR_IKU_PEMDA]}' dari dokumen RPJMD: sasaran, indikator, definisi operasional, "
        "formula, alasan, satuan, baseline dan target setiap tahun.",
        f"Isi lembar '{nama[c.LEMBAR_IKU_PD]}' dari Renstra setiap Perangkat Daerah, termasuk IKU Pemda yang "
        "didukung dan jenis cascading-nya.",
        f"Isi lembar '{nama[c.LEMBAR_PROGRAM]}' dengan program, anggaran dan realisasi anggaran setiap "
        "Perangkat Daerah (untuk Perjanjian Kinerja dan LKjIP).",
        f"Isi lembar '{nama[c.LEMBAR_REALISASI]}' dengan realisasi setiap IKU per tahun beserta penjelasannya. "
        "Realisasi yang belum dilaporkan dibiarkan kosong, jangan diisi 0.",
        f"Bila perlu, ubah lembar '{nama[c.LEMBAR_PENGATURAN]}' (ukuran kertas, huruf, bentuk batang tubuh, "
        "metode capaian, skala predikat). Isian yang kosong memakai nilai bawaan.",
        "Simpan buku kerja, lalu periksa dengan perintah: iku-docs validate <nama-berkas>.xlsx --report laporan/ "
        "— laporan menunjukkan setiap sel yang perlu diperbaiki beserta saran perbaikannya.",
        "Setelah tidak ada galat, buat dokumen dengan perintah: iku-docs render <nama-berkas>.xlsx --output hasil/",
    )
    tulis.bagian("A. Langkah pengisian")
    for i, teks in enumerate(langkah, start=1):
        tulis.baris(f"Langkah {i}", teks)
    tulis.baris("Judul kolom", "Judul berwarna biru tua wajib diisi; judul berwarna biru muda boleh dikosongkan. "
                "Arahkan tetikus ke judul kolom untuk membaca catatan penjelasannya. Kolom yang nilainya "
                "terbatas memiliki daftar pilihan (klik panah di sisi sel).")


def _petunjuk_lembar(tulis: _Penulis) -> None:
    tulis.bagian("B. Lembar dalam buku kerja")
    tulis.kepala_tabel("Lembar", "Isi", "Wajib ada")
    for lembar in c.SHEETS:
        tulis.baris(lembar.nama, lembar.keterangan, "Wajib" if lembar.wajib else "Boleh tidak ada")


def _petunjuk_nilai(tulis: _Penulis) -> None:
    tulis.bagian("C. Cara menulis nilai")
    contoh = (
        ("Angka desimal", "Tulis dengan koma desimal seperti biasa, misalnya 6,5 atau 98,75. Angka yang diketik "
         "sebagai teks ('6,5') juga diterima."),
        ("Angka ribuan", "Titik sebagai pemisah ribuan boleh dipakai: 1.250.000 dibaca satu juta dua ratus lima "
         "puluh ribu. Jangan menulis 1.250 untuk 1,25."),
        ("Persentase", "Tulis 93 atau 93% (atau 0,93 pada sel berformat persen). Kolom Satuan diisi '%'."),
        ("Rupiah", "Tulis 1250000000 atau Rp 1.250.000.000 (tanpa sen)."),
        ("Tahun", "Empat angka, misalnya 2026."),
        ("Tanggal", "Tanggal Excel atau teks seperti 2 Januari 2026."),
        ("Kode dan NIP", "Tulis sebagai teks agar angka 0 di depan tidak hilang; kolom kode sudah berformat teks."),
        ("Beberapa baris", "Di kolom Fungsi tulis satu fungsi per baris (Alt+Enter di Excel, Ctrl+Enter di "
         "LibreOffice)."),
        ("Belum ada data", "Biarkan sel kosong. Realisasi kosong berarti belum dilaporkan, berbeda dengan 0."),
    )
    for label, teks in contoh:
        tulis.baris(label, teks)
    tulis.baris("Nilai kualitatif", "Untuk indikator berjenis angka Kualitatif, target dan realisasi ditulis "
                "sebagai tingkat pada salah satu skala berikut (dari yang terbaik):")
    for nama, skala in c.SKALA_KUALITATIF.items():
        tulis.baris("", f"{nama}: {', '.join(skala)}")


def _petunjuk_metode(tulis: _Penulis) -> None:
    tulis.bagian("D. Metode menghitung capaian")
    for rumus in c.MEMBACA_METODE.rstrip(".").split("; "):
        kode, _, uraian = rumus.partition(" = ")
        tulis.baris(kode, uraian[:1].upper() + uraian[1:] + ".")
    tulis.baris("Bawaan", f"Kolom Metode Capaian yang kosong berarti {c.METODE_CAPAIAN[0]} untuk polaritas "
                f"{c.POLARITAS[0]}, dan isian '{c.ISIAN_METODE_NEGATIF}' di lembar {c.LEMBAR_PENGATURAN.nama} "
                f"(bawaan {c.DEFAULT_METODE_NEGATIF}) untuk polaritas {c.POLARITAS[1]}.")
    tulis.baris("Predikat", f"Capaian dikelompokkan menjadi predikat menurut isian '{c.ISIAN_SKALA_PREDIKAT}' di "
                f"lembar {c.LEMBAR_PENGATURAN.nama}; bawaannya: {c.DEFAULT_SKALA_PREDIKAT}.")


def _petunjuk_cascading(tulis: _Penulis) -> None:
    tulis.bagian("E. Jenis cascading IKU Perangkat Daerah")
    for jenis, uraian in _cascading_uraian().items():
        tulis.baris(jenis, uraian[:1].upper() + uraian[1:])
    tulis.baris("", f"Untuk Duplicate, Cluster dan Supportive isi kolom '{c.KOLOM_MENDUKUNG}' dengan kode IKU "
                "Pemda yang didukung; untuk Unique biarkan kosong.")


def _cascading_uraian() -> dict[str, str]:
    """Split the contract's one-sentence-per-type description of Jenis Cascading."""
    kolom = next(k for k in c.KOLOM_IKU_PD_SETELAH_TARGET if k.pilihan == c.JENIS_CASCADING)
    pola = "|".join(re.escape(j) for j in c.JENIS_CASCADING)
    potongan = re.split(rf"\b({pola}):\s*", kolom.keterangan)
    uraian = dict(zip(potongan[1::2], (p.strip() for p in potongan[2::2]), strict=True))
    return {j: uraian.get(j, "") for j in c.JENIS_CASCADING}


def _petunjuk_urusan(tulis: _Penulis) -> None:
    tulis.bagian("F. Jenis Urusan dan Urusan (UU 23/2014)")
    tulis.kepala_tabel(c.KOLOM_JENIS_URUSAN, c.KOLOM_URUSAN)
    for jenis, urusan in c.URUSAN.items():
        tulis.baris(jenis, "; ".join(urusan))


def _petunjuk_kolom(tulis: _Penulis, lembar: c.Lembar, periode: range) -> None:
    tulis.bagian(f"Lembar '{lembar.nama}'")
    tulis.baris("", lembar.keterangan)
    if lembar.kv:
        tulis.kepala_tabel(c.KV_HEADERS[0], c.KV_KETERANGAN, "Wajib diisi", "Pilihan / bawaan / contoh")
        for isian in lembar.isian:
            tulis.baris(isian.nama, isian.keterangan, _wajib(isian.wajib), _pilihan_atau_contoh(isian))
        return
    tulis.kepala_tabel("Kolom", c.KV_KETERANGAN, "Wajib diisi", "Pilihan / contoh")
    for kolom in c.columns_for(lembar, periode):
        tulis.baris(kolom.nama, kolom.keterangan, _wajib(kolom.wajib), _pilihan_atau_contoh(kolom))


def _wajib(wajib: bool) -> str:
    return "Ya" if wajib else "Tidak"


def _pilihan_atau_contoh(item: c.Kolom | c.Isian) -> str:
    parts = []
    if item.pilihan:
        parts.append(_uraian_pilihan(item.pilihan) if len(item.pilihan) > 8 else "; ".join(item.pilihan))
    if isinstance(item, c.Isian) and item.bawaan:
        parts.append(f"Bawaan: {item.bawaan}")
    if item.contoh:
        parts.append(f"Contoh: {item.contoh}")
    return "\n".join(parts)
