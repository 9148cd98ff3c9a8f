"""Hostile-input boundary: check the file, sniff its bytes, cap the archive, then read cells with python-calamine.

Workbooks arrive by e-mail and flash disk from forty offices, so before any XML is parsed:
the path must be a readable regular file (a FIFO would block ``open`` forever, a device never ends);
it is read once, hashed, and every later step works on those bytes (the input is never written);
the first bytes tell an encrypted workbook or an old ``.xls`` (both OLE2/CFB) and a renamed
``.ods`` from a real ``.xlsx``; the zip directory is checked for member count, duplicated names
and declared sizes/ratios before anything is decompressed (zip bomb).

XML: ``_refuse_dtd`` rejects any part whose prolog declares a DTD or an entity, before any part is
parsed. Behind that screen the metadata parts are parsed with defusedxml (``scan.read_package``;
``_require_defusedxml`` makes it a precondition rather than an accident of the environment), the
sheets are scanned as bytes (``scan.scan_sheet``) and the cell values are read by python-calamine
(Rust, quick-xml), which knows no DTD and expands no entity: a reference to one makes it fail, and
that failure is reported as the dangerous declaration it is.

Values are calamine's, adapted in ``_value`` to what the reader has always received (an empty cell is
None, a whole number an int, a date a datetime) and completed from the scan: cached errors such as
``#DIV/0!`` as their text, the true last row, the formulas saved without a value, the merged ranges,
the cells shown as percentages. The scan's extent is checked before calamine builds its dense grid of
a sheet, so that one cell at XFD1048576 cannot exhaust memory. Where calamine cannot read a sheet as
it is (a part in UTF-16, an error code it does not know, a megabyte of formatted empty rows after the
data), it reads a copy of the package with that part rewritten.

Every failure, including calamine's while a sheet is read, becomes a ``WorkbookError`` with an
Indonesian message and a suggestion.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from iku_docs.errors import Lokasi, WorkbookError
from iku_docs.ooxml import EXCEL_MAX_COL, as_utf8, range_bounds, ref_of
from iku_docs.workbook import scan as sheet_scan
from iku_docs.workbook.scan import SheetScan

EXCEL_MAX_ROWS = 1_048_576  # rows of an Excel sheet since 2007; a larger row number means a crafted file
MAX_MERGED_CELLS = 200_000  # Sasaran merged over its IKU rows is a few thousand cells in the largest workbook
# calamine holds a sheet as one grid of 32-byte cells from its first to its last value, twice while it
# converts it: 2 million cells (100,000 rows of 20 columns) is ~130 MB; the bench's 30,000 rows are 630,000.
MAX_GRID_CELLS = 2_000_000
MAX_FILE_BYTES = 50 * 1024 * 1024  # a filled IKU workbook is well under 5 MB
MAX_MEMBERS = 2000  # Excel writes a few dozen parts; thousands mean a crafted archive
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # total declared size of all parts
MAX_RATIO = 1100  # deflate cannot exceed ~1032:1; a higher declared ratio is a lying header
RATIO_CHECK_FROM = 1024 * 1024  # tiny parts compress absurdly well and are harmless
# Parts calamine reads besides the sheets (it finds them by these names).
CALAMINE_PARTS = ("_rels/.rels", sheet_scan.WORKBOOK_RELS, sheet_scan.WORKBOOK_PART, sheet_scan.STYLES_PART,
                  "xl/sharedStrings.xml")
EXACT_FLOAT_INTS = 2 ** 53  # every whole number below this is exact in a float

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

SARAN_SIMPAN_ULANG = ("Buka berkas di Excel atau LibreOffice Calc, lalu simpan sebagai 'Buku Kerja Excel (.xlsx)' "
                      "dan jalankan lagi.")


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    hidden: bool  # hidden or very hidden
    part: str  # archive member
    chart: bool = False  # a chart sheet has no cells


@dataclass(frozen=True, slots=True)
class LoadedWorkbook:
    path: Path
    name: str
    sha256: str
    sheets: tuple[SheetInfo, ...]
    has_macros: bool = False
    catatan: tuple[str, ...] = ()  # notes for the user (macros ignored...)
    data: bytes = field(default=b"", repr=False)
    _book: CalamineWorkbook | None = field(default=None, repr=False, compare=False)
    _scans: dict[str, SheetScan] = field(default_factory=dict, repr=False, compare=False)

    @property
    def sheetnames(self) -> list[str]:
        return [s.name for s in self.sheets]

    def sheet_hidden(self, title: str) -> bool:
        return self._sheet(title).hidden

    def scan(self, title: str) -> SheetScan:
        """What the sheet's XML says beside its values (scanned when the workbook was loaded)."""
        return self._scans[title]

    def rows(self, title: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(Excel row number, cell values) from row 1 to the true last row; a row may be shorter than another.

        The values of ``_value``, with each cached error as its text; the percent number format comes from
        ``scan(title).percent``. Every failure becomes a WorkbookError.
        """
        info = self._sheet(title)
        if info.chart:
            raise WorkbookError(f"Lembar '{title}' adalah lembar grafik, bukan lembar data.",
                                Lokasi(lembar=title), "Ganti dengan lembar biasa yang berisi tabel.", berkas=self.name)
        scan = self._scans[title]
        _check_extent(scan.extent, title, self.name)
        if scan.last_row == 0:
            return
        try:
            grid = self._book.get_sheet_by_name(title).to_python(skip_empty_area=False)
        except BaseException as exc:
            if not _is_failure(exc):
                raise
            raise _translate_sheet_error(exc, self.name, title, self.data, info.part) from exc
        yield from _rows(grid, scan)

    def _sheet(self, title: str) -> SheetInfo:
        for info in self.sheets:  # the first of that name, as calamine's get_sheet_by_name
            if info.name == title:
                return info
        raise KeyError(title)


def _value(value: Any) -> Any:
    """A calamine value as the reader has always received it: an empty cell (calamine's "") is None, a whole
    number an int as Excel writes it ("42", which calamine reads as 42.0), a date cell a datetime (calamine
    gives a date when the time is midnight). Text, other numbers, booleans, times and durations pass."""
    cls = value.__class__
    if cls is str:
        return value or None
    if cls is float:
        return int(value) if value.is_integer() and -EXACT_FLOAT_INTS < value < EXACT_FLOAT_INTS else value
    if cls is date:
        return datetime(value.year, value.month, value.day)
    return value


def _rows(grid: list[list[Any]], scan: SheetScan) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The grid's rows, then empty ones down to the last row with a value or a formula; cached errors filled in
    (calamine reads them as empty cells)."""
    errors: dict[int, list[tuple[int, str]]] = {}
    for ref, text in scan.errors.items():
        min_col, row, _, _ = range_bounds(ref)
        errors.setdefault(row, []).append((min_col, text))
    last = max(len(grid), scan.last_row or 0, max(errors, default=0))
    for number in range(1, last + 1):
        values = ()
        if number <= len(grid):
            values = tuple(map(_value, grid[number - 1]))
            grid[number - 1] = []  # the reader keeps what it needs: calamine's row can go
        if number in errors:
            cells = list(values)
            for col, text in errors[number]:
                cells += [None] * (col - len(cells))
                cells[col - 1] = text
            values = tuple(cells)
        yield number, values


def _is_failure(exc: BaseException) -> bool:
    """An Exception, or the PanicException (a BaseException) that pyo3 raises when calamine's Rust code panics."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _check_extent(extent: tuple[int, int], title: str, name: str) -> None:
    """Refuse a sheet whose cells lie beyond Excel's grid, or so far apart that calamine's grid would not fit."""
    rows, cols = extent
    if rows > EXCEL_MAX_ROWS:
        baris = f"baris nomor {rows}" if rows < sheet_scan.FAR_ROW else "nomor baris lebih dari 18 angka"
        raise WorkbookError(f"Lembar '{title}' memuat {baris}, melampaui batas Excel {EXCEL_MAX_ROWS} baris; "
                            "berkas rusak atau dibuat oleh program lain.",
                            Lokasi(lembar=title, baris=rows if rows < sheet_scan.FAR_ROW else None),
                            SARAN_SIMPAN_ULANG, berkas=name)
    if cols > EXCEL_MAX_COL:
        raise WorkbookError(f"Lembar '{title}' memuat sel di sebelah kanan kolom XFD, kolom terakhir Excel; berkas "
                            "rusak atau dibuat oleh program lain.", Lokasi(lembar=title), SARAN_SIMPAN_ULANG,
                            berkas=name)
    if rows * cols > MAX_GRID_CELLS:
        ref = ref_of(rows, cols)
        raise WorkbookError(f"Lembar '{title}' memuat sel sampai {ref}, sehingga rentang datanya mencakup "
                            f"{_ribuan(rows * cols)} sel (batas {_ribuan(MAX_GRID_CELLS)} sel).",
                            Lokasi(lembar=title, sel=ref),
                            f"Hapus isi dan format sel di luar tabel (sampai {ref}) atau salin tabelnya ke lembar "
                            "baru, simpan, lalu jalankan lagi.", berkas=name)


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # 2.000.000: Indonesian thousands separator


def _require_defusedxml() -> None:
    try:
        import defusedxml.ElementTree  # noqa: F401 - the metadata parser and the source of the refusal errors
    except ImportError:  # defusedxml is a declared dependency
        raise WorkbookError("Pustaka defusedxml tidak terpasang; buku kerja tidak dibaca demi keamanan.",
                            saran="Pasang ulang iku-docs: pip install iku-docs (defusedxml ikut terpasang).") from None


def _corrupt(name: str, pesan: str, exc: BaseException, lokasi: Lokasi | None = None) -> WorkbookError:
    return WorkbookError(f"{pesan} ({type(exc).__name__})", lokasi, SARAN_SIMPAN_ULANG, berkas=name)


# --- the file ------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    name = path.name
    try:
        st = path.stat()  # follows links: a link to /dev/zero is a device
    except FileNotFoundError:
        raise WorkbookError("Berkas tidak ditemukan.", saran="Periksa nama dan folder berkas.", berkas=name) from None
    except OSError as exc:
        raise WorkbookError(f"Berkas tidak dapat dibuka ({exc.strerror}).", saran="Periksa nama berkas dan izin "
                            "aksesnya.", berkas=name) from exc
    if stat.S_ISDIR(st.st_mode):
        raise WorkbookError("Yang diberikan adalah folder, bukan berkas buku kerja.",
                            saran="Sebutkan berkas .xlsx di dalam folder itu.", berkas=name)
    if not stat.S_ISREG(st.st_mode):
        raise WorkbookError("Ini bukan berkas biasa (pipa bernama, soket atau perangkat), sehingga tidak dibaca.",
                            saran="Salin buku kerja ke sebuah berkas .xlsx biasa lalu jalankan lagi.", berkas=name)
    if st.st_size == 0:
        raise WorkbookError("Berkas kosong (0 byte).", saran="Simpan ulang buku kerja dari Excel; berkas mungkin "
                            "belum selesai tersalin.", berkas=name)
    if st.st_size > MAX_FILE_BYTES:
        raise WorkbookError(f"Berkas terlalu besar ({st.st_size // (1024 * 1024)} MB; batas "
                            f"{MAX_FILE_BYTES // (1024 * 1024)} MB).", saran="Hapus lembar lain, gambar dan baris "
                            "berformat kosong yang tidak perlu, lalu simpan ulang.", berkas=name)
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO after stat, open must not hang.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        raise WorkbookError("Berkas tidak boleh dibaca oleh pengguna ini (izin ditolak).",
                            saran="Minta izin baca atau salin berkas ke folder Anda sendiri.", berkas=name) from None
    except OSError as exc:
        raise WorkbookError(f"Berkas tidak dapat dibuka ({exc.strerror}).", saran="Periksa berkasnya.",
                            berkas=name) from exc
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise WorkbookError("Ini bukan berkas biasa, sehingga tidak dibaca.", saran="Salin buku kerja ke "
                                "sebuah berkas .xlsx biasa.", berkas=name)
        try:
            data = fh.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise WorkbookError(f"Berkas tidak dapat dibaca ({exc.strerror}).", saran="Salin ulang berkasnya.",
                                berkas=name) from exc
    if len(data) > MAX_FILE_BYTES:
        raise WorkbookError("Berkas terlalu besar.", saran="Simpan ulang tanpa data yang tidak perlu.", berkas=name)
    return data


def _sniff(data: bytes, name: str) -> None:
    if data.startswith(OLE2_MAGIC):
        # Excel's password protection wraps the .xlsx in a CFB container with an EncryptedPackage stream.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise WorkbookError("Buku kerja dilindungi kata sandi (terenkripsi) sehingga tidak dapat dibaca.",
                                saran="Buka di Excel, hapus kata sandi (File > Info > Lindungi Buku Kerja > "
                                "Enkripsi dengan Kata Sandi, kosongkan), simpan, lalu jalankan lagi.", berkas=name)
        raise WorkbookError("Ini buku kerja Excel format lama (.xls) atau dokumen Office lama, bukan .xlsx.",
                            saran=SARAN_SIMPAN_ULANG, berkas=name)
    if not data.startswith(ZIP_MAGICS):
        raise WorkbookError("Berkas ini bukan buku kerja Excel (.xlsx).", saran=SARAN_SIMPAN_ULANG, berkas=name)


def _check_archive(data: bytes, name: str) -> bool:
    """Validate the zip directory before any part is decompressed; returns has_macros."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise WorkbookError(f"Arsip berisi {len(infos)} bagian (batas {MAX_MEMBERS}); ini bukan buku kerja "
                                    "yang wajar.", saran=SARAN_SIMPAN_ULANG, berkas=name)
            names = [i.filename for i in infos]
            if len(set(names)) != len(names):
                dup = sorted({n for n in names if names.count(n) > 1})[0]
                raise WorkbookError(f"Arsip memuat bagian ganda '{dup}'; berkas rusak atau sengaja diubah.",
                                    saran=SARAN_SIMPAN_ULANG, berkas=name)
            total = 0
            for info in infos:
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > RATIO_CHECK_FROM and ratio > MAX_RATIO:
                    raise WorkbookError(f"Bagian '{info.filename}' mengaku {info.file_size} byte dari "
                                        f"{info.compress_size} byte terkompresi (bom zip).", saran=SARAN_SIMPAN_ULANG,
                                        berkas=name)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise WorkbookError(f"Isi arsip terlalu besar setelah dibuka ({total // (1024 * 1024)} MB; batas "
                                    f"{MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB).", saran="Hapus baris berformat "
                                    "kosong dan lembar yang tidak perlu, lalu simpan ulang.", berkas=name)
            if "mimetype" in names and zf.read("mimetype").strip().startswith(ODS_MIMETYPE):
                raise WorkbookError("Ini lembar kerja OpenDocument (.ods) yang diberi nama lain, bukan .xlsx.",
                                    saran="Di LibreOffice Calc: File > Simpan Sebagai > 'Excel 2007-365 (.xlsx)'.",
                                    berkas=name)
            excel_parts = any(n.startswith("xl/") for n in names)
            if "xl/workbook.xml" not in names and "[Content_Types].xml" in names and not excel_parts:
                what = "dokumen Word" if "word/document.xml" in names else "dokumen Office lain"
                raise WorkbookError(f"Ini {what}, bukan buku kerja Excel.", saran="Pilih berkas .xlsx buku kerja "
                                    "IKU.", berkas=name)
            if "xl/workbook.xml" not in names:
                raise WorkbookError("Arsip ini tidak memuat buku kerja Excel (xl/workbook.xml tidak ada).",
                                    saran=SARAN_SIMPAN_ULANG, berkas=name)
            _refuse_dtd(zf, infos, name)
            return any(n.lower().endswith("vbaproject.bin") for n in names)
    except WorkbookError:
        raise
    except Exception as exc:  # zipfile lets zlib.error, lzma/bz2 errors, NotImplementedError (unknown
        # compression method), RuntimeError (encrypted member) and struct.error through
        raise _corrupt(name, "Berkas rusak atau terpotong: arsip .xlsx tidak utuh.", exc) from exc


_DTD_MARKERS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be"))
PROLOG_BYTES = 64 * 1024


def _refuse_dtd(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> None:
    """No part of an OOXML package has a DTD; one that does is an entity attack (defence in depth).

    defusedxml refuses DTDs in the metadata parts and calamine expands no entity; this screen refuses
    them before any parser runs. A DOCTYPE must come before the root element, so the first bytes of each
    part suffice.
    """
    part = _dtd_part(zf, infos)
    if part is not None:
        raise WorkbookError(f"Bagian '{part}' memuat deklarasi DTD/entitas XML yang berbahaya; berkas "
                            "ditolak demi keamanan.", saran=SARAN_SIMPAN_ULANG, berkas=name)


def _dtd_part(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> str | None:
    """The first XML part whose prolog declares a DTD or an entity."""
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels", ".vml")) and _declares_dtd(zf, info):
            return info.filename
    return None


def _declares_dtd(zf: zipfile.ZipFile, member: zipfile.ZipInfo | str) -> bool:
    with zf.open(member) as fh:
        head = fh.read(PROLOG_BYTES)
    return any(marker in head for marker in _DTD_MARKERS)


def load_workbook(path: Path) -> LoadedWorkbook:
    """Read ``path`` once, check it and open it for calamine; WorkbookError on any failure."""
    _require_defusedxml()
    path = Path(path)
    name = path.name
    data = _read_bytes(path)
    _sniff(data, name)
    has_macros = _check_archive(data, name)
    catatan = ("Berkas memuat makro (VBA); makro diabaikan dan tidak pernah dijalankan.",) if has_macros else ()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        package = _open(zf, name)
        # Every sheet, not only the contract's: the merged-cell check guards the annotated copy too.
        scans, rewrites = _scan_sheets(zf, package, name)
        rewrites.update(_utf8_parts(zf, name))
        view = _view(zf, rewrites) if rewrites else data
    book = _open_calamine(view, data, name)
    sheets = []
    for meta in book.sheets_metadata:
        if meta.name not in package.parts:  # both read the same attribute; a difference means a damaged part
            raise WorkbookError(f"Lembar '{meta.name}' tidak dapat dicocokkan dengan isi arsip: berkas rusak.",
                                Lokasi(lembar=meta.name), SARAN_SIMPAN_ULANG, berkas=name)
        sheets.append(SheetInfo(meta.name, meta.visible != SheetVisibleEnum.Visible, package.parts[meta.name][0],
                                meta.typ == SheetTypeEnum.ChartSheet))
    return LoadedWorkbook(path=path, name=name, sha256=hashlib.sha256(data).hexdigest(), sheets=tuple(sheets),
                          has_macros=has_macros, catatan=catatan, data=data, _book=book, _scans=scans)


def _open(zf: zipfile.ZipFile, name: str) -> sheet_scan.Package:
    """The package's sheet parts and percent styles; a sheet listed but absent, or no sheet at all, is an error."""
    try:
        package = sheet_scan.read_package(zf)
    except Exception as exc:  # KeyError (missing part), ValueError, XML and defusedxml errors
        raise _translate_open_error(exc, name) from exc
    if package.missing:
        title, part = package.missing[0]
        raise WorkbookError(f"Lembar '{title}' terdaftar di buku kerja, tetapi isinya ({part.lstrip('/')}) tidak ada "
                            "di dalam arsip: berkas rusak.", Lokasi(lembar=title),
                            "Buka berkas di Excel (Excel akan menawarkan perbaikan) atau LibreOffice Calc, simpan "
                            "sebagai .xlsx, lalu jalankan lagi.", berkas=name)
    if not package.parts:
        raise WorkbookError("Buku kerja tidak memuat satu lembar pun.", saran="Gunakan buku kerja standar dari "
                            "'iku-docs template'.", berkas=name)
    return package


def _scan_sheets(zf: zipfile.ZipFile, package: sheet_scan.Package,
                 name: str) -> tuple[dict[str, SheetScan], dict[str, bytes]]:
    """Every sheet's scan, and the sheet parts calamine must read rewritten (member → UTF-8 XML)."""
    scans: dict[str, SheetScan] = {}
    rewrites: dict[str, bytes] = {}
    for title, (part, chart) in package.parts.items():
        if chart:
            scans[title] = SheetScan(None, frozenset(), ())
            continue
        try:
            raw = zf.read(part)
            xml = as_utf8(raw)
        except Exception as exc:  # zlib.error, NotImplementedError, UnicodeError...: as in _check_archive
            raise _corrupt(name, f"Bagian lembar '{title}' di dalam berkas hilang atau rusak.", exc,
                           Lokasi(lembar=title)) from exc
        scan, rewritten = sheet_scan.scan_sheet(xml, package.percent_styles)
        _check_merged(scan.merged, title, name)
        scans[title] = scan
        if rewritten is not None or xml is not raw:
            rewrites[part] = xml if rewritten is None else rewritten
    return scans, rewrites


def _utf8_parts(zf: zipfile.ZipFile, name: str) -> dict[str, bytes]:
    """calamine's other parts that are not in UTF-8 (XML allows UTF-16; calamine would read nothing), converted."""
    converted = {}
    names = set(zf.namelist())
    for part in CALAMINE_PARTS:
        if part not in names:
            continue
        with zf.open(part) as fh:
            head = fh.read(256)
        try:
            utf8 = as_utf8(head) is head
        except (LookupError, UnicodeError):  # a UTF-16 character cut in half, or an unknown codec
            utf8 = False
        if not utf8:
            try:
                converted[part] = as_utf8(zf.read(part))
            except Exception as exc:
                raise _corrupt(name, f"Bagian '{part}' di dalam berkas rusak.", exc) from exc
    return converted


def _view(zf: zipfile.ZipFile, rewrites: dict[str, bytes]) -> bytes:
    """A copy of the package's XML parts, stored uncompressed, with the rewritten ones replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as view:
        for info in zf.infolist():
            if info.filename.lower().endswith((".xml", ".rels")):
                view.writestr(info.filename, rewrites.get(info.filename) or zf.read(info))
    return out.getvalue()


def _open_calamine(view: bytes, data: bytes, name: str) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(view))
    except BaseException as exc:
        if not _is_failure(exc):
            raise
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            dangerous = _dtd_part(zf, zf.infolist()) is not None
        if dangerous:  # calamine met a reference to an entity the DTD declares
            raise WorkbookError("Berkas memuat deklarasi XML berbahaya (entitas/DTD) dan ditolak demi keamanan.",
                                saran=SARAN_SIMPAN_ULANG, berkas=name) from exc
        raise _corrupt(name, "Berkas tidak dapat dibaca sebagai buku kerja Excel.", exc) from exc


def _caused_by(exc: BaseException | None, kind: type[BaseException]) -> bool:
    seen = 0
    while exc is not None and seen < 20:  # a bounded walk: a cause chain can in principle loop
        if isinstance(exc, kind):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _translate_sheet_error(exc: BaseException, name: str, title: str, data: bytes, part: str) -> WorkbookError:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        dangerous = _declares_dtd(zf, part)
    if dangerous:  # calamine read the sheet only when asked, and stopped at the first entity reference
        return WorkbookError(f"Lembar '{title}' memuat deklarasi XML berbahaya (entitas/DTD) dan ditolak demi "
                             "keamanan.", Lokasi(lembar=title), SARAN_SIMPAN_ULANG, berkas=name)
    return _corrupt(name, f"Lembar '{title}' tidak dapat dibaca: isinya rusak.", exc, Lokasi(lembar=title))


def _translate_open_error(exc: Exception, name: str) -> WorkbookError:
    from defusedxml import DefusedXmlException

    if _caused_by(exc, DefusedXmlException):
        return WorkbookError("Berkas memuat deklarasi XML berbahaya (entitas/DTD) dan ditolak demi keamanan.",
                             saran=SARAN_SIMPAN_ULANG, berkas=name)
    if isinstance(exc, KeyError):
        return _corrupt(name, "Bagian wajib buku kerja tidak ada di dalam arsip.", exc)
    return _corrupt(name, "Berkas tidak dapat dibaca sebagai buku kerja Excel.", exc)


def _check_merged(merged: tuple[str, ...], title: str, name: str) -> None:
    """Refuse merged ranges whose total area no real sheet has (a cell-by-cell copy would never finish)."""
    sizes: dict[str, int] = {}
    for rng in merged:
        try:
            min_col, min_row, max_col, max_row = range_bounds(rng)
        except (ValueError, TypeError):
            continue  # not a range: nothing to build
        sizes[rng] = max(0, max_col - min_col + 1) * max(0, max_row - min_row + 1)
    area = sum(sizes.values())
    if area > MAX_MERGED_CELLS:
        widest = max(sizes, key=sizes.__getitem__)
        raise WorkbookError(f"Lembar '{title}' memuat sel gabungan seluas {area} sel (batas {MAX_MERGED_CELLS}), "
                            f"misalnya {widest}.", Lokasi(lembar=title, sel=widest.split(":")[0]),
                            f"Pisahkan sel gabungan {widest} (Beranda > Gabung & Tengahkan > Pisahkan Sel), simpan, "
                            "lalu jalankan lagi.", berkas=name)
