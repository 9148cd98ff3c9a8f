"""Hostile-input boundary: check the file, sniff its bytes, cap the archive, open it with ``xlsx_reader``.

Workbooks arrive by e-mail and flash disk from forty offices, so before any XML is parsed:
the path must be a readable regular file (a FIFO would block ``open`` forever, a device never ends);
it is read once, hashed, and every later step works on those bytes (the input is never written);
the first bytes tell an encrypted workbook or an old ``.xls`` (both OLE2/CFB) and a renamed
``.ods`` from a real ``.xlsx``; the zip directory is checked for member count, duplicated names
and declared sizes/ratios before anything is decompressed (zip bomb).

XML: ``_refuse_dtd`` rejects any part whose prolog declares a DTD or an entity, before any part is
parsed. Behind that screen ``xlsx_reader`` parses the metadata parts with defusedxml and the sheets
and shared strings with the C expat parser under defusedxml's rules (DOCTYPE, entity declarations
and external references raise); ``_require_defusedxml`` makes defusedxml a precondition rather than
an accident of the environment. openpyxl is not used to read (it writes the annotated copy).

The values are those openpyxl's ``read_only=True, data_only=True`` mode gave (tests compare the two),
read from the raw sheet XML, which is also scanned once with regular expressions: the
``<dimension>`` tag may understate the used range, and a formula saved without a cached value reads
as empty. ``SheetScan`` gives the true last row, the cells with a formula but no value, the merged
ranges and the number cells shown as percentages.

Every failure, including zipfile/XML errors raised while a sheet is read, becomes a
``WorkbookError`` with an Indonesian message and a suggestion.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iku_docs.errors import Lokasi, WorkbookError
from iku_docs.ooxml import as_utf8, last_value_pos
from iku_docs.workbook import xlsx_reader

EXCEL_MAX_ROWS = 1_048_576  # rows of an Excel sheet since 2007; a larger row number means a crafted file
MAX_MERGED_CELLS = 200_000  # Sasaran merged over its IKU rows is a few thousand cells in the largest workbook
MAX_FILE_BYTES = 50 * 1024 * 1024  # a filled IKU workbook is well under 5 MB
MAX_MEMBERS = 2000  # Excel writes a few dozen parts; thousands mean a crafted archive
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # total declared size of all parts
MAX_RATIO = 1100  # deflate cannot exceed ~1032:1; a higher declared ratio is a lying header
RATIO_CHECK_FROM = 1024 * 1024  # tiny parts compress absurdly well and are harmless

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

SARAN_SIMPAN_ULANG = ("Buka berkas di Excel atau LibreOffice Calc, lalu simpan sebagai 'Buku Kerja Excel (.xlsx)' "
                      "dan jalankan lagi.")


@dataclass(frozen=True, slots=True)
class SheetScan:
    """What the raw sheet XML says that read-only openpyxl would hide."""

    last_row: int | None  # last row holding a value or a formula; None = unknown (read everything)
    formulas_without_value: frozenset[str]  # A1 refs of formulas saved without a cached result
    merged: tuple[str, ...]  # "A3:A5" ranges
    percent: frozenset[str] = frozenset()  # A1 refs of number cells shown with a percent format


@dataclass(frozen=True, slots=True)
class LoadedWorkbook:
    path: Path
    name: str
    sha256: str
    workbook: xlsx_reader.Book  # sheet list, shared strings and styles
    has_macros: bool = False
    catatan: tuple[str, ...] = ()  # notes for the user (macros ignored...)
    data: bytes = field(default=b"", repr=False)
    _scans: dict[str, SheetScan] = field(default_factory=dict, repr=False, compare=False)
    _parts: dict[str, bytes] = field(default_factory=dict, repr=False, compare=False)  # scanned, not yet read

    @property
    def sheetnames(self) -> list[str]:
        return list(self.workbook.sheetnames)

    def sheet_hidden(self, title: str) -> bool:
        return self.workbook.sheet(title).state != "visible"

    def scan(self, title: str) -> SheetScan:
        """Scan the sheet's XML once (cached)."""
        if title not in self._scans:
            info = self.workbook.sheet(title)
            if info.chart:
                scan = SheetScan(None, frozenset(), ())
            else:
                xml = self._read_part(info.part, title)
                scan = _scan_sheet(xml, self.workbook.styles.percent)
                self._parts[title] = xml
            _check_merged(scan.merged, title, self.name)
            self._scans[title] = scan
        return self._scans[title]

    def rows(self, title: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(Excel row number, cell values) up to the true last row; reader errors become WorkbookError.

        Values as openpyxl's read-only ``iter_rows(values_only=True)`` gave them; the percent number
        format comes from ``scan(title).percent``.
        """
        info = self.workbook.sheet(title)
        if info.chart:
            raise WorkbookError(f"Lembar '{title}' adalah lembar grafik, bukan lembar data.",
                                Lokasi(lembar=title), "Ganti dengan lembar biasa yang berisi tabel.", berkas=self.name)
        last = self.scan(title).last_row
        if last is not None and last > EXCEL_MAX_ROWS:
            raise WorkbookError(f"Lembar '{title}' memuat baris nomor {last}, melampaui batas Excel "
                                f"{EXCEL_MAX_ROWS} baris; berkas rusak atau dibuat oleh program lain.",
                                Lokasi(lembar=title, baris=last), SARAN_SIMPAN_ULANG, berkas=self.name)
        xml = self._parts.pop(title, None)
        if xml is None:
            xml = self._read_part(info.part, title)
        if last == 0:
            return
        try:
            # max_row is never open-ended: the reader fills every missing row up to the next row
            # number it meets, so one cell in row 10^11 would otherwise never finish.
            rows = xlsx_reader.SheetReader(self.workbook, xml).rows(last or EXCEL_MAX_ROWS)
            yield from enumerate(rows, start=1)
        except WorkbookError:
            raise
        except Exception as exc:  # expat/zipfile/value errors while streaming the sheet
            raise _translate_sheet_error(exc, self.name, title) from exc

    def _read_part(self, part: str, title: str) -> bytes:
        try:
            with zipfile.ZipFile(io.BytesIO(self.data)) as zf:
                return as_utf8(zf.read(part.lstrip("/")))
        except Exception as exc:  # zlib.error, NotImplementedError, UnicodeError...: as in _check_archive
            raise _corrupt(self.name, f"Bagian lembar '{title}' di dalam berkas hilang atau rusak.", exc,
                           Lokasi(lembar=title)) from exc


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

    ``xlsx_reader`` refuses DTDs too (defusedxml for the metadata parts, expat with defusedxml's
    handlers for the sheets and shared strings); this screen refuses them before any parser runs.
    A DOCTYPE must come before the root element, so the first bytes of each part suffice.
    """
    for info in infos:
        if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        with zf.open(info) as fh:
            head = fh.read(PROLOG_BYTES)
        if any(marker in head for marker in _DTD_MARKERS):
            raise WorkbookError(f"Bagian '{info.filename}' memuat deklarasi DTD/entitas XML yang berbahaya; berkas "
                                "ditolak demi keamanan.", saran=SARAN_SIMPAN_ULANG, berkas=name)


def load_workbook(path: Path) -> LoadedWorkbook:
    """Read ``path`` once and open its package (sheets, strings, styles); WorkbookError on any failure."""
    _require_defusedxml()
    path = Path(path)
    name = path.name
    data = _read_bytes(path)
    _sniff(data, name)
    has_macros = _check_archive(data, name)
    catatan = ("Berkas memuat makro (VBA); makro diabaikan dan tidak pernah dijalankan.",) if has_macros else ()
    wb = _open(data, name)
    if not wb.sheetnames:
        raise WorkbookError("Buku kerja tidak memuat satu lembar pun.", saran="Gunakan buku kerja standar dari "
                            "'iku-docs template'.", berkas=name)
    loaded = LoadedWorkbook(path=path, name=name, sha256=hashlib.sha256(data).hexdigest(), workbook=wb,
                            has_macros=has_macros, catatan=catatan, data=data)
    for title in loaded.sheetnames:
        # Every sheet, not only the contract's: the annotated copy opens them all in full mode, where
        # openpyxl builds one object per merged cell (a crafted "A1:XFD1048576" would never finish).
        loaded.scan(title)
    return loaded


def _open(data: bytes, name: str) -> xlsx_reader.Book:
    """The package's sheet list, shared strings and styles; a sheet listed but absent is an error."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            book = xlsx_reader.read_book(zf)
    except Exception as exc:  # KeyError (missing part), ValueError, XML and defusedxml errors
        raise _translate_open_error(exc, name) from exc
    if book.missing:
        title, part = book.missing[0]
        raise WorkbookError(f"Lembar '{title}' terdaftar di buku kerja, tetapi isinya ({part.lstrip('/')}) tidak ada "
                            "di dalam arsip: berkas rusak.", Lokasi(lembar=title),
                            "Buka berkas di Excel (Excel akan menawarkan perbaikan) atau LibreOffice Calc, simpan "
                            "sebagai .xlsx, lalu jalankan lagi.", berkas=name)
    return book


def _caused_by(exc: BaseException | None, kind: type[BaseException]) -> bool:
    seen = 0
    while exc is not None and seen < 20:  # a bounded walk: a cause chain can in principle loop
        if isinstance(exc, kind):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _translate_sheet_error(exc: Exception, name: str, title: str) -> WorkbookError:
    from defusedxml import DefusedXmlException

    if _caused_by(exc, DefusedXmlException):  # a sheet part is parsed only when it is read
        return WorkbookError(f"Lembar '{title}' memuat deklarasi XML berbahaya (entitas/DTD) dan ditolak demi "
                             "keamanan.", Lokasi(lembar=title), SARAN_SIMPAN_ULANG, berkas=name)
    return _corrupt(name, f"Lembar '{title}' tidak dapat dibaca: isinya rusak.", exc, Lokasi(lembar=title))


def _translate_open_error(exc: Exception, name: str) -> WorkbookError:
    from defusedxml import DefusedXmlException

    if _caused_by(exc, DefusedXmlException):  # raised by defusedxml or by xlsx_reader's expat handlers
        return WorkbookError("Berkas memuat deklarasi XML berbahaya (entitas/DTD) dan ditolak demi keamanan.",
                             saran=SARAN_SIMPAN_ULANG, berkas=name)
    if isinstance(exc, KeyError):
        return _corrupt(name, "Bagian wajib buku kerja tidak ada di dalam arsip.", exc)
    return _corrupt(name, "Berkas tidak dapat dibaca sebagai buku kerja Excel.", exc)


# --- the sheet XML -------------------------------------------------------------------------

# Attribute values may be single- or double-quoted, with white space around "=" (XML 1.0, production Eq).
# At most 18 digits: int() of 4301+ digits raises.
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b[^<>]*?\br\s*=\s*[\"'](\d{1,18})[\"']")
_HAS_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")
# Every pattern stays linear on crafted input: a tag's attributes never contain "<" ([^<>], not [^>]),
# and a cell body never runs past the start of another cell (a lazy ".*?" up to "</c>" made a sheet of
# unclosed "<c>" tags quadratic: 112 kB took 6 s, 40 MB would never finish).
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\b((?:[^<>/]|/(?!>))*)>((?:[^<]|<(?!/?(?:[A-Za-z_][\w.-]*:)?c[\s/>]))*)"
                   rb"</(?:[A-Za-z_][\w.-]*:)?c>")
_ATTR_R = re.compile(rb"\br\s*=\s*[\"']([A-Z]+\d+)[\"']")
_ATTR_T = re.compile(rb"\bt\s*=\s*[\"'](\w+)[\"']")
_ATTR_S = re.compile(rb"\bs\s*=\s*[\"'](\d+)[\"']")
_CELL_OPEN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\b([^<>]*)>")
_NONEMPTY_V = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v(?:\s[^<>]*)?>[^<]")
_MERGE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^<>]*\bref\s*=\s*[\"']([A-Z]+\d+:[A-Z]+\d+)[\"']")


def _last_row(xml: bytes) -> int | None:
    pos = last_value_pos(xml)
    if pos < 0:
        return 0
    start = max(xml.rfind(b"<row", 0, pos), xml.rfind(b":row", 0, pos))
    if start < 0:
        return None
    match = _ROW_TAG.match(xml, start if xml[start:start + 1] == b"<" else xml.rfind(b"<", 0, start))
    return int(match.group(1)) if match else None


def _formulas_without_value(xml: bytes) -> frozenset[str]:
    if not _HAS_FORMULA.search(xml):
        return frozenset()
    refs = set()
    for match in _CELL.finditer(xml):
        attrs, inner = match.group(1), match.group(2)
        if not _HAS_FORMULA.search(inner):
            continue
        t = _ATTR_T.search(attrs)
        # t="str" with an empty <v></v> is a cached empty string, a real (blank) result.
        has_value = _NONEMPTY_V.search(inner) or (t and t.group(1) == b"str" and b"v>" in inner)
        r = _ATTR_R.search(attrs)
        if not has_value and r:
            refs.add(r.group(1).decode())
    return frozenset(refs)


def _percent_refs(xml: bytes, styles: frozenset[int]) -> frozenset[str]:
    if not styles:
        return frozenset()
    wanted = {str(i).encode() for i in styles}
    refs = set()
    for match in _CELL_OPEN.finditer(xml):
        attrs = match.group(1)
        s = _ATTR_S.search(attrs)
        if (s.group(1) if s else b"0") not in wanted:  # no s attribute: style 0, which may be a percent too
            continue
        t = _ATTR_T.search(attrs)
        r = _ATTR_R.search(attrs)
        if r and (t is None or t.group(1) == b"n"):
            refs.add(r.group(1).decode())
    return frozenset(refs)


def _check_merged(merged: tuple[str, ...], title: str, name: str) -> None:
    """Refuse merged ranges whose total area no real sheet has (openpyxl's full mode builds a cell for each)."""
    sizes: dict[str, int] = {}
    for rng in merged:
        try:
            min_col, min_row, max_col, max_row = xlsx_reader.range_bounds(rng)
        except (ValueError, TypeError):
            continue  # openpyxl skipped what it could not parse too
        sizes[rng] = max(0, max_col - min_col + 1) * max(0, max_row - min_row + 1)
    area = sum(sizes.values())
    if area > MAX_MERGED_CELLS:
        widest = max(sizes, key=sizes.__getitem__)
        raise WorkbookError(f"Lembar '{title}' memuat sel gabungan seluas {area} sel (batas {MAX_MERGED_CELLS}), "
                            f"misalnya {widest}.", Lokasi(lembar=title, sel=widest.split(":")[0]),
                            f"Pisahkan sel gabungan {widest} (Beranda > Gabung & Tengahkan > Pisahkan Sel), simpan, "
                            "lalu jalankan lagi.", berkas=name)


def _scan_sheet(xml: bytes, percent_styles: frozenset[int] = frozenset()) -> SheetScan:
    merged = tuple(m.decode() for m in _MERGE.findall(xml)) if b"mergeCell" in xml else ()
    return SheetScan(_last_row(xml), _formulas_without_value(xml), merged, _percent_refs(xml, percent_styles))
