"""Hardening corpus: every way a workbook arrives broken, built at test time, through the real CLI.

Nothing binary is committed: each case starts from the valid ``WorkbookBuilder`` workbook (or from
nothing) and breaks one thing at the byte level, the way a file arrives from a flash disk, an old
Office, a careless rename or a hostile sender. For each case both ``validate --report DIR`` and
``render --output DIR`` run through click's CliRunner (a few through a real subprocess, to prove
stderr holds no traceback and a named pipe does not hang), and the test checks:

- the exit code: 2 for a file that cannot be used, 1 for data with a galat, 0 otherwise;
- an Indonesian message naming the problem, and its place where it has one;
- no "Traceback", and no "Galat tak terduga" either (the CLI's last-resort handler would hide a bug);
- no partial output. Decided here: on exit 2 ``validate --report DIR`` writes no report at all (there is
  nothing validated to report) and ``render --output DIR`` writes nothing; on exit 1 render writes only
  ``DIR/laporan`` (the reports) and no document;
- the input file is byte-for-byte unchanged (sha256).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import struct
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from docx import Document

from iku_docs.cli import cli
from iku_docs.workbook import load
from iku_docs.workbook.load import EXCEL_MAX_ROWS, LoadedWorkbook
from tests.builders import IKU_PEMDA, IKU_PEMDA_ROWS, PROGRAM, WorkbookBuilder, rewrite_member, sheet_part

# --- building the corpus -------------------------------------------------------------------

SHEET_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b"]>\n")
XXE = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'


def valid(folder: Path, name: str = "kabupaten.xlsx", builder: WorkbookBuilder | None = None) -> Path:
    return (builder or WorkbookBuilder()).save(folder / name)


# --- the file ------------------------------------------------------------------------------


def a_folder(folder: Path) -> Path:
    return folder


def empty(folder: Path) -> Path:
    path = folder / "kosong.xlsx"
    path.write_bytes(b"")
    return path


def text_file(folder: Path) -> Path:
    path = folder / "teks.xlsx"
    path.write_text("Kode IKU;Satuan\nIKU-01;%\n", encoding="utf-8")
    return path


def truncated(folder: Path) -> Path:
    data = valid(folder, "asli.xlsx").read_bytes()
    path = folder / "terpotong.xlsx"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def corrupted_directory(folder: Path) -> Path:
    """Bytes flipped inside the zip central directory (the index of the archive)."""
    data = bytearray(valid(folder, "asli.xlsx").read_bytes())
    start = data.find(b"PK\x01\x02")
    for offset in range(start + 10, start + 46, 3):  # method, times, CRC, sizes, name length...
        data[offset] ^= 0xA5
    path = folder / "rusak.xlsx"
    path.write_bytes(bytes(data))
    return path


def _cfb(streams: tuple[str, ...]) -> bytes:
    """A minimal OLE2 compound file (the container of .xls and of encrypted .xlsx) with empty streams.

    Layout ([MS-CFB]): 512-byte header, sector 0 = FAT, sector 1 = directory (4 entries of 128 bytes).
    """
    end, free, fat_sect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH6sIIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0, 1, 1, 0, 0x1000, end, 0,
                            end, 0, 0)[:44])
    header = header[:76] + struct.pack("<I", 0) + struct.pack("<I", free) * 108
    fat = struct.pack("<II", fat_sect, end) + struct.pack("<I", free) * 126

    def entry(name: str, kind: int, child: int = free, right: int = free) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (encoded.ljust(64, b"\0") + struct.pack("<HBBIII", len(encoded), kind, 1, free, right, child)
                + bytes(16 + 4 + 16) + struct.pack("<IQ", end, 0))

    entries = [entry("Root Entry", 5, child=1)]
    for i, name in enumerate(streams, start=1):
        entries.append(entry(name, 2, right=i + 1 if i < len(streams) else free))
    directory = b"".join(entries).ljust(512, b"\0")
    return header + fat + directory


def old_xls(folder: Path) -> Path:
    path = folder / "lama.xlsx"
    path.write_bytes(_cfb(("Workbook", "\x05SummaryInformation")))
    return path


def encrypted(folder: Path) -> Path:
    """What Excel writes for "Encrypt with Password": the .xlsx inside a CFB with EncryptionInfo."""
    path = folder / "bersandi.xlsx"
    path.write_bytes(_cfb(("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces")))
    return path


def renamed_ods(folder: Path) -> Path:
    path = folder / "calc.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", '<?xml version="1.0"?><office:document-content '
                    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    return path


def with_macros(folder: Path) -> Path:
    path = valid(folder, "makro.xlsm")
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("xl/vbaProject.bin", _cfb(("VBA", "PROJECT")))
    return path


def named_pipe(folder: Path) -> Path:
    path = folder / "pipa.xlsx"
    os.mkfifo(path)
    return path


def device_link(folder: Path, device: str = "/dev/zero") -> Path:
    path = folder / "perangkat.xlsx"
    path.symlink_to(device)
    return path


def unreadable(folder: Path) -> Path:
    path = valid(folder, "terkunci.xlsx")
    path.chmod(0)
    return path


# --- the archive ---------------------------------------------------------------------------


def _with_sheet_xml(folder: Path, name: str, sheet: str, transform: Callable[[bytes], bytes],
                    builder: WorkbookBuilder | None = None) -> Path:
    path = valid(folder, name, builder)
    return rewrite_member(path, sheet_part(path, sheet), transform)


def xml_bomb_in_sheet(folder: Path) -> Path:
    """Billion laughs: ten levels of ten references, a gigabyte of "lol" when expanded."""
    return _with_sheet_xml(folder, "bom-xml.xlsx", IKU_PEMDA, lambda xml: LAUGHS + xml.replace(
        b'<is><t>Kode IKU</t></is>', b"<is><t>&lol9;</t></is>"))


def _shared_strings(folder: Path, name: str, prolog: bytes, text: bytes) -> Path:
    """A sharedStrings part (as Excel writes) whose first string is ``text``; cell A1 of IKU Pemda uses it."""
    path = valid(folder, name)
    sheet = sheet_part(path, IKU_PEMDA)
    sst = prolog + b'<sst xmlns="%s" count="1" uniqueCount="1"><si><t>%s</t></si></sst>' % (SHEET_NS, text)
    with zipfile.ZipFile(path) as zin:
        parts = {info.filename: zin.read(info.filename) for info in zin.infolist()}
    parts[sheet] = parts[sheet].replace(b'<c r="A1" t="inlineStr"><is><t>Kode IKU</t></is></c>',
                                        b'<c r="A1" t="s"><v>0</v></c>')
    parts["xl/sharedStrings.xml"] = sst
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for member, data in parts.items():
            zout.writestr(member, data)
    return path


def shared_strings(folder: Path) -> Path:
    """The valid workbook with a sharedStrings part, to prove the part itself is read normally."""
    return _shared_strings(folder, "sst.xlsx", b'<?xml version="1.0" encoding="UTF-8"?>\n', b"Kode IKU")


def xml_bomb_in_shared_strings(folder: Path) -> Path:
    return _shared_strings(folder, "bom-sst.xlsx", LAUGHS, b"&lol9;")


def external_entity(folder: Path) -> Path:
    return _with_sheet_xml(folder, "xxe.xlsx", IKU_PEMDA, lambda xml: XXE + xml.replace(
        b'<is><t>Kode IKU</t></is>', b"<is><t>&e;</t></is>"))


def external_entity_in_shared_strings(folder: Path) -> Path:
    return _shared_strings(folder, "xxe-sst.xlsx", XXE, b"&e;")


def declared_zip_bomb(folder: Path) -> Path:
    """A sheet whose central-directory entry declares 4 GB from a few hundred compressed bytes."""
    path = valid(folder, "bom-zip.xlsx")
    data = bytearray(path.read_bytes())
    member = sheet_part(path, IKU_PEMDA).encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46: at + 46 + name_len]) == member:
            struct.pack_into("<I", data, at + 24, 0xFFFF0000)  # uncompressed size
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    return path


def real_zip_bomb(folder: Path) -> Path:
    """A member that really inflates far beyond deflate's ratio (bzip2 of 64 MB of zeros, a few hundred bytes)."""
    path = valid(folder, "bom-zip-bz2.xlsx")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_BZIP2) as zf:
        zf.writestr("xl/media/image1.png", bytes(64 * 1024 * 1024))
    return path


def many_members(folder: Path, count: int = 5000) -> Path:
    path = valid(folder, "banyak.xlsx")
    with zipfile.ZipFile(path, "a") as zf:
        for i in range(count):
            zf.writestr(f"xl/media/image{i}.png", b"")
    return path


def missing_workbook_part(folder: Path) -> Path:
    return rewrite_member(valid(folder, "tanpa-workbook.xlsx"), "xl/workbook.xml", lambda _: None)


def missing_sheet_part(folder: Path) -> Path:
    path = valid(folder, "tanpa-lembar.xlsx")
    return rewrite_member(path, sheet_part(path, IKU_PEMDA), lambda _: None)


def duplicated_part(folder: Path) -> Path:
    path = valid(folder, "ganda.xlsx")
    data = path.read_bytes()
    out = folder / "bagian-ganda.xlsx"
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        parts = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(out, "w") as zout, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": exactly what this case is about
        for member, content in parts:
            zout.writestr(member, content)
        zout.writestr("xl/workbook.xml", b"<workbook/>")
    path.unlink()
    return out


def no_sheets(folder: Path) -> Path:
    return rewrite_member(valid(folder, "tanpa-lembar-apa-pun.xlsx"), "xl/workbook.xml",
                          lambda xml: re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", xml))


# --- the sheets ----------------------------------------------------------------------------


def hidden_sheet(folder: Path) -> Path:
    return valid(folder, "tersembunyi.xlsx", WorkbookBuilder().hide_sheet(IKU_PEMDA))


def empty_formatted_rows(folder: Path, rows: int = 1_048_576) -> Path:
    """Every row down to Excel's last one written as a formatted empty row, as a careless 'format all' leaves."""
    def add_rows(xml: bytes) -> bytes:
        last = int(re.findall(rb'<row r="(\d+)"', xml)[-1])
        empty = b"".join(b'<row r="%d" s="1" customFormat="1"/>' % r for r in range(last + 1, rows + 1))
        return xml.replace(b"</sheetData>", empty + b"</sheetData>")

    return _with_sheet_xml(folder, "baris-kosong.xlsx", PROGRAM, add_rows)


def understated_dimension(folder: Path, last_row: int = 50) -> Path:
    """<dimension ref="A1:C3"/> while Program Anggaran goes down to ``last_row``, with a bad Tahun there."""
    b = WorkbookBuilder()
    first = dict(zip(("Kode PD", "Tahun", "Program", "Anggaran", "Realisasi Anggaran"),
                     ("DINKES", 2026, "Program Penunjang Urusan Pemerintahan Daerah", 1_000_000, 900_000),
                     strict=True))
    while b.sheets[PROGRAM].bottom < last_row:
        b.add_row(PROGRAM, {**first, "Program": f"Program Penunjang {b.sheets[PROGRAM].bottom}"})
    b.set_value(PROGRAM, "Tahun", last_row - 1, "dua ribu")
    return _with_sheet_xml(folder, "dimensi.xlsx", PROGRAM,
                           lambda xml: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:C3"/>', xml), b)


def merged_cells(folder: Path) -> Path:
    """Sasaran merged over the two IKU rows of the same sasaran (E2:E3), as drafters lay it out."""
    return _with_sheet_xml(folder, "gabung.xlsx", IKU_PEMDA, lambda xml: xml.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="E2:E3"/></mergeCells>'),
        WorkbookBuilder().set(IKU_PEMDA, "E3", None))


def headers_below_title(folder: Path) -> Path:
    return valid(folder, "judul.xlsx", WorkbookBuilder().insert_rows_above(
        IKU_PEMDA, 2, title="INDIKATOR KINERJA UTAMA PEMERINTAH KABUPATEN CONTOH"))


def formula_without_value(folder: Path) -> Path:
    b = WorkbookBuilder()
    return valid(folder, "rumus.xlsx", b.set(IKU_PEMDA, b.ref(IKU_PEMDA, "Target 2026", 2), "=Q3+1"))


def cached_errors(folder: Path) -> Path:
    """Formulas whose cached results are #DIV/0! and #REF!, as Excel saves them (t="e")."""
    b = WorkbookBuilder()
    target, baseline = b.ref(IKU_PEMDA, "Target 2027", 1), b.ref(IKU_PEMDA, "Baseline", 3)
    b.set(IKU_PEMDA, target, "X").set(IKU_PEMDA, baseline, "Y")

    def errors(xml: bytes) -> bytes:
        for ref, formula, error in ((target, b"Q2/0", b"#DIV/0!"), (baseline, b"#REF!+1", b"#REF!")):
            xml = re.sub(rb'<c r="%s" t="inlineStr"><is><t>\w</t></is></c>' % ref.encode(),
                         b'<c r="%s" t="e"><f>%s</f><v>%s</v></c>' % (ref.encode(), formula, error), xml)
        return xml

    return _with_sheet_xml(folder, "galat-rumus.xlsx", IKU_PEMDA, errors, b)


def long_cell(folder: Path, length: int = 40_000, name: str = "panjang.xlsx") -> Path:
    """A Definisi Operasional of ``length`` characters (Excel itself stops at 32,767)."""
    b = WorkbookBuilder()
    b.set(IKU_PEMDA, b.ref(IKU_PEMDA, "Definisi Operasional", 1), "X")
    text = ("Jumlah balita stunting yang ditangani sesuai standar pelayanan minimal. " * 600)[:length]
    return _with_sheet_xml(folder, name, IKU_PEMDA, lambda xml: xml.replace(b"<t>X</t>", b"<t>%s</t>" % text.encode()),
                           b)


def escapes(folder: Path) -> Path:
    """``_x000D_`` (carriage return) and other escapes Excel writes for control characters."""
    b = WorkbookBuilder()
    return _with_sheet_xml(folder, "escape.xlsx", IKU_PEMDA, lambda xml: xml.replace(
        b"<t>Persentase balita stunting yang ditangani</t>",
        b"<t>Persentase balita stunting_x000D_\nyang ditangani_x0007__x0000_</t>"), b)


def huge_merge(folder: Path) -> Path:
    """One merged range covering a whole sheet from E2 on: openpyxl's full mode would build 17 billion cells."""
    return _with_sheet_xml(folder, "gabung-raksasa.xlsx", IKU_PEMDA, lambda xml: xml.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="E2:XFD1048576"/></mergeCells>'))


def row_beyond_excel(folder: Path) -> Path:
    """A value in row 99,999,999,999: openpyxl would fill every row before it, forever."""
    return _with_sheet_xml(folder, "baris-ajaib.xlsx", PROGRAM, lambda xml: xml.replace(
        b"</sheetData>", b'<row r="99999999999"><c r="A99999999999"><v>1</v></c></row></sheetData>'))


def unclosed_tags(folder: Path) -> Path:
    """A megabyte of cells opened and never closed, after one formula: once quadratic in the sheet scan."""
    return _with_sheet_xml(folder, "tag-terbuka.xlsx", IKU_PEMDA, lambda xml: xml.replace(
        b"</sheetData>", b'<row r="7">' + b'<c r="A7"><f>1' * 80_000 + b"</row></sheetData>"))


FORMULA_LIKE = ('=HYPERLINK("http://x","klik")', "+6281234567890 Persentase layanan", "@SUM(A1)",
                "-1+1 Indeks kepuasan", '=1+1 Persentase "kutip" & <b>tebal</b>')
MARKUP = "Persentase <script>alert(1)</script> desa & kelurahan"
JINJA = "Angka {{ 7*7 }} per {% for x in range(3) %}x{% endfor %} penduduk {# komentar #}"


def hostile_text(folder: Path) -> Path:
    """Indicator names as typed text (Excel's leading apostrophe): formulas, markup, template syntax."""
    b = WorkbookBuilder()
    wb = b.build()
    ws = wb[IKU_PEMDA]
    texts = {b.ref(IKU_PEMDA, "Indikator Kinerja Utama", i): t for i, t in enumerate((*FORMULA_LIKE[:3], MARKUP,
                                                                                       JINJA), start=1)}
    texts[b.ref(IKU_PEMDA, "Sasaran", 1)] = FORMULA_LIKE[3]
    texts[b.ref(IKU_PEMDA, "Definisi Operasional", 1)] = FORMULA_LIKE[4]
    for ref, text in texts.items():
        cell = ws[ref]
        cell.value = text
        cell.data_type = "s"  # what Excel stores for '=... typed with an apostrophe: text, not a formula
    path = folder / "teks-jahil.xlsx"
    wb.save(path)
    return path


# --- running the CLI -----------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    exit_code: int
    output: str  # stdout and stderr as the user sees them
    out_dir: Path


def fingerprint(path: Path) -> str:
    """sha256 of a regular file's bytes; the type and identity of anything else (a FIFO cannot be read)."""
    st = os.lstat(path)
    if stat.S_ISREG(st.st_mode):
        return hashlib.sha256(path.read_bytes()).hexdigest()
    return f"{stat.S_IFMT(st.st_mode)}:{st.st_ino}:{os.readlink(path) if stat.S_ISLNK(st.st_mode) else ''}"


def invoke(command: str, path: Path, folder: Path) -> Run:
    out_dir = folder / ("laporan" if command == "validate" else "hasil")
    option = "--report" if command == "validate" else "--output"
    before = fingerprint(path)
    result = CliRunner().invoke(cli, [command, str(path), option, str(out_dir)], terminal_width=200)
    assert fingerprint(path) == before, "the input must never change"
    output = result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), output
    assert "Traceback" not in output and "Galat tak terduga" not in output, output
    return Run(result.exit_code, output, out_dir)


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def documents_in(folder: Path) -> list[str]:
    return [f for f in files_in(folder) if not f.startswith("laporan")]


def report(run: Run) -> dict:
    folder = run.out_dir if run.out_dir.name == "laporan" else run.out_dir / "laporan"
    return json.loads((folder / "laporan-validasi.json").read_text(encoding="utf-8"))


def found(run: Run) -> list[tuple[str, str | None, str | None]]:
    return [(t["kode"], t["lembar"], t["sel"]) for t in report(run)["temuan"]]


# --- files that cannot be used: exit 2, a message, nothing written -------------------------


@dataclass(frozen=True)
class Unusable:
    build: Callable[[Path], Path]
    words: tuple[str, ...]  # all must appear in the message (the problem, and its place when it has one)

    def __repr__(self) -> str:
        return self.build.__name__


UNUSABLE = [
    Unusable(empty, ("kosong.xlsx", "Berkas kosong")),
    Unusable(a_folder, ("folder, bukan berkas",)),
    Unusable(text_file, ("bukan buku kerja Excel",)),
    Unusable(truncated, ("rusak atau terpotong",)),
    Unusable(corrupted_directory, ("rusak atau terpotong",)),
    Unusable(old_xls, ("format lama (.xls)",)),
    Unusable(renamed_ods, ("OpenDocument (.ods)",)),
    Unusable(encrypted, ("dilindungi kata sandi",)),
    Unusable(xml_bomb_in_sheet, ("xl/worksheets/sheet5.xml", "berbahaya")),
    Unusable(xml_bomb_in_shared_strings, ("xl/sharedStrings.xml", "berbahaya")),
    Unusable(external_entity, ("xl/worksheets/sheet5.xml", "berbahaya")),
    Unusable(external_entity_in_shared_strings, ("xl/sharedStrings.xml", "berbahaya")),
    Unusable(declared_zip_bomb, ("xl/worksheets/sheet5.xml", "bom zip")),
    Unusable(real_zip_bomb, ("xl/media/image1.png", "bom zip")),
    Unusable(many_members, ("bagian (batas 2000)",)),
    Unusable(missing_workbook_part, ("xl/workbook.xml tidak ada",)),
    Unusable(missing_sheet_part, ("lembar 'IKU Pemda'", "xl/worksheets/sheet5.xml", "tidak ada di dalam arsip")),
    Unusable(duplicated_part, ("bagian ganda 'xl/workbook.xml'",)),
    Unusable(no_sheets, ("tidak memuat satu lembar pun",)),
]
if os.geteuid() != 0:  # root reads every file
    UNUSABLE.append(Unusable(unreadable, ("izin ditolak",)))


@pytest.mark.parametrize("command", ["validate", "render"])
@pytest.mark.parametrize("case", UNUSABLE, ids=repr)
def test_an_unusable_file_exits_2_with_its_problem_named_and_writes_nothing(tmp_path, case, command):
    source = tmp_path / "masukan"
    source.mkdir()
    run = invoke(command, case.build(source), tmp_path)
    assert run.exit_code == 2, run.output
    message = " ".join(run.output.split())
    assert message.startswith("Galat: ") and "Saran: " in message, message
    for words in case.words:
        assert words in message, message
    assert not run.out_dir.exists()  # not even an empty report or output folder


# Cases that once hung (or would hang without their guard) run in a real process with a timeout.
HANG_PRONE = [
    Unusable(named_pipe, ("pipa.xlsx", "bukan berkas biasa")),
    Unusable(device_link, ("perangkat.xlsx", "bukan berkas biasa")),
    Unusable(lambda folder: device_link(folder, "/dev/urandom"), ("perangkat.xlsx", "bukan berkas biasa")),
    Unusable(huge_merge, ("lembar 'IKU Pemda'", "sel E2", "sel gabungan", "E2:XFD1048576")),
    Unusable(row_beyond_excel, ("lembar 'Program Anggaran'", "99999999999", "batas Excel")),
    Unusable(unclosed_tags, ("lembar 'IKU Pemda'", "rusak")),
]


@pytest.mark.parametrize("case", HANG_PRONE, ids=["pipa-bernama", "tautan-ke-dev-zero", "tautan-ke-dev-urandom",
                                                  "gabungan-raksasa", "baris-di-luar-batas", "tag-tak-tertutup"])
def test_a_file_that_could_hang_the_reader_is_refused_by_the_real_command_in_time(tmp_path, case):
    path = case.build(tmp_path)
    before = fingerprint(path)
    result = subprocess.run([sys.executable, "-m", "iku_docs.cli", "validate", str(path), "--report",
                             str(tmp_path / "laporan")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    message = " ".join(result.stderr.split())
    for words in (*case.words, "Saran:"):
        assert words in message, message
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "laporan").exists()
    assert fingerprint(path) == before


def test_the_installed_command_reports_an_xml_bomb_without_a_traceback(tmp_path):
    path = xml_bomb_in_shared_strings(tmp_path)
    before = fingerprint(path)
    result = subprocess.run(["iku-docs", "render", str(path), "--output", str(tmp_path / "hasil")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "berbahaya" in result.stderr and "Traceback" not in result.stderr + result.stdout
    assert files_in(tmp_path / "hasil") == []
    assert fingerprint(path) == before


# --- the XML defences --------------------------------------------------------------------


def test_defusedxml_protects_the_sheets_even_without_our_dtd_screen(tmp_path, monkeypatch):
    assert openpyxl.DEFUSEDXML is True
    monkeypatch.setattr(load, "_refuse_dtd", lambda *args: None)  # the first line of defence gone
    for build in (xml_bomb_in_sheet, external_entity, xml_bomb_in_shared_strings, external_entity_in_shared_strings):
        run = invoke("validate", build(tmp_path), tmp_path / build.__name__)
        assert run.exit_code == 2 and "berbahaya" in run.output, run.output
        assert "root:" not in run.output  # /etc/passwd never read into a message


def test_a_workbook_with_shared_strings_is_read_normally(tmp_path):
    run = invoke("validate", shared_strings(tmp_path), tmp_path)
    assert run.exit_code == 0, run.output
    assert found(run) == []


# --- readable workbooks with something odd: findings, not crashes --------------------------


def test_a_macro_workbook_is_read_and_says_that_macros_are_ignored(tmp_path):
    path = with_macros(tmp_path)
    run = invoke("validate", path, tmp_path)
    assert run.exit_code == 0, run.output
    assert "makro diabaikan dan tidak pernah dijalankan" in " ".join(run.output.split())
    assert found(run) == [("STRUK-MAKRO", None, None)]
    assert (run.out_dir / "makro-catatan.xlsx").exists()  # the copy is a plain .xlsx
    rendered = invoke("render", path, tmp_path)
    assert rendered.exit_code == 0, rendered.output
    assert "peraturan-bupati-iku-2026.docx" in documents_in(rendered.out_dir)


def test_a_hidden_required_sheet_is_read_with_a_note(tmp_path):
    run = invoke("validate", hidden_sheet(tmp_path), tmp_path)
    assert run.exit_code == 0, run.output
    assert found(run) == [("STRUK-LEMBAR-TERSEMBUNYI", IKU_PEMDA, None)]
    assert "disembunyikan, tetapi tetap dibaca" in run.output


def test_a_million_empty_formatted_rows_are_not_read_one_by_one(tmp_path, monkeypatch):
    path = empty_formatted_rows(tmp_path)
    with zipfile.ZipFile(path) as zf:
        assert zf.read(sheet_part(path, PROGRAM)).count(b"<row ") == EXCEL_MAX_ROWS
    yielded: dict[str, int] = {}
    original = LoadedWorkbook.rows

    def counting_rows(self, title):
        for item in original(self, title):
            yielded[title] = yielded.get(title, 0) + 1
            yield item

    monkeypatch.setattr(LoadedWorkbook, "rows", counting_rows)
    run = invoke("validate", path, tmp_path)
    assert run.exit_code == 0, run.output
    assert yielded[PROGRAM] == 5  # the header and four programs, not 1,048,576 rows
    copy = openpyxl.load_workbook(run.out_dir / "baris-kosong-catatan.xlsx", read_only=True)
    assert copy[PROGRAM].max_row < 10  # the annotated copy dropped the empty rows too


def test_an_understated_dimension_tag_drops_no_row(tmp_path):
    path = understated_dimension(tmp_path)
    run = invoke("validate", path, tmp_path)
    assert run.exit_code == 1, run.output
    assert found(run) == [("STRUK-TAHUN", PROGRAM, "B50")]  # row 50 was read, though the tag says C3
    rendered = invoke("render", path, tmp_path)
    assert rendered.exit_code == 1 and "1 galat" in rendered.output
    assert documents_in(rendered.out_dir) == [] and files_in(rendered.out_dir / "laporan")


def test_merged_cells_inside_the_data_are_read_for_every_row(tmp_path):
    path = merged_cells(tmp_path)
    run = invoke("validate", path, tmp_path)
    assert run.exit_code == 0, run.output
    assert found(run) == [("STRUK-SEL-GABUNG", IKU_PEMDA, "E2")]
    rendered = invoke("render", path, tmp_path)
    assert rendered.exit_code == 0, rendered.output


def test_headers_below_a_title_are_found(tmp_path):
    path = headers_below_title(tmp_path)
    run = invoke("validate", path, tmp_path)
    assert run.exit_code == 0 and found(run) == [], run.output
    rendered = invoke("render", path, tmp_path)
    assert rendered.exit_code == 0, rendered.output
    text = docx_text(rendered.out_dir / "peraturan-bupati-iku-2026.docx")
    assert all(row["Indikator Kinerja Utama"] in text for row in IKU_PEMDA_ROWS)


def test_a_formula_without_a_cached_value_is_reported_as_such_not_as_empty(tmp_path):
    run = invoke("validate", formula_without_value(tmp_path), tmp_path)
    assert run.exit_code == 1, run.output
    assert found(run) == [("STRUK-RUMUS-TANPA-NILAI", IKU_PEMDA, "R3")]
    assert "rumus yang belum pernah dihitung" in report(run)["temuan"][0]["pesan"]


def test_cached_excel_errors_are_a_clear_finding(tmp_path):
    run = invoke("validate", cached_errors(tmp_path), tmp_path)
    assert run.exit_code == 1, run.output
    temuan = {t["sel"]: t for t in report(run)["temuan"]}
    assert sorted(temuan) == ["P4", "S2"]
    assert temuan["S2"]["kode"] == temuan["P4"]["kode"] == "STRUK-GALAT-EXCEL"
    assert "#DIV/0!" in temuan["S2"]["pesan"] and "#REF!" in temuan["P4"]["pesan"]
    assert (temuan["S2"]["kolom"], temuan["P4"]["kolom"]) == ("Target 2027", "Baseline")


def test_a_cell_over_excels_32767_characters_is_named_as_such(tmp_path):
    path = long_cell(tmp_path)
    run = invoke("validate", path, tmp_path)
    assert run.exit_code == 1, run.output
    assert found(run) == [("STRUK-SEL-TERLALU-PANJANG", IKU_PEMDA, "G2")]
    pesan = report(run)["temuan"][0]["pesan"]
    assert "40.000 karakter" in pesan and "32.767" in pesan
    rendered = invoke("render", path, tmp_path)
    assert rendered.exit_code == 1 and documents_in(rendered.out_dir) == []


def test_a_long_cell_under_the_limit_comes_out_whole_in_the_word_document(tmp_path):
    path = long_cell(tmp_path, length=30_000, name="panjang-sah.xlsx")
    run = invoke("render", path, tmp_path)
    assert run.exit_code == 0, run.output
    text = docx_text(run.out_dir / "peraturan-bupati-iku-2026.docx")
    longest = max(text.split("\n"), key=len)
    assert len(longest) >= 29_000 and longest.startswith("Jumlah balita stunting yang ditangani")


def test_escapes_and_control_characters_never_reach_the_documents(tmp_path):
    run = invoke("render", escapes(tmp_path), tmp_path)
    assert run.exit_code == 0, run.output
    text = docx_text(run.out_dir / "peraturan-bupati-iku-2026.docx")
    assert "Persentase balita stunting yang ditangani" in text
    assert "_x000D_" not in text and "\x07" not in text and "\x00" not in text
    assert any(f.endswith("tabel-lkjip-2026.xlsx") for f in documents_in(run.out_dir))


def test_no_partial_set_of_documents_when_one_cannot_be_built(tmp_path, monkeypatch):
    from iku_docs.render import xlsx

    def broken(model):
        raise RuntimeError("simulated failure after every Word document was rendered")

    monkeypatch.setattr(xlsx, "lkjip_xlsx_bytes", broken)
    result = CliRunner().invoke(cli, ["render", str(valid(tmp_path)), "--output", str(tmp_path / "hasil")])
    assert result.exit_code == 2
    assert documents_in(tmp_path / "hasil") == []


# --- cell text is data: never a formula, never markup, never a template --------------------


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Run, Run]:
    folder = tmp_path_factory.mktemp("jahil")
    path = hostile_text(folder)
    return invoke("validate", path, folder), invoke("render", path, folder)


def sheet_xml(path: Path, sheet: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(sheet_part(path, sheet))


def test_formula_looking_text_stays_text_in_the_annotated_copy(hostile):
    validated, _ = hostile
    assert validated.exit_code == 0, validated.output
    copy = validated.out_dir / "teks-jahil-catatan.xlsx"
    cells = {c.value: c for row in openpyxl.load_workbook(copy)[IKU_PEMDA].iter_rows() for c in row}
    for text in FORMULA_LIKE:
        assert cells[text].data_type == "s" and cells[text].quotePrefix, text
    xml = sheet_xml(copy, IKU_PEMDA)
    assert b"<f>" not in xml and b"<f " not in xml  # Excel and LibreOffice evaluate only <f> elements
    assert b"HYPERLINK" in xml


def test_formula_looking_text_stays_text_in_the_lkjip_xlsx(hostile):
    _, rendered = hostile
    assert rendered.exit_code == 0, rendered.output
    path = rendered.out_dir / "lkjip" / "tabel-lkjip-2026.xlsx"
    values = {c.value: c for ws in openpyxl.load_workbook(path) for row in ws.iter_rows() for c in row}
    for text in (*FORMULA_LIKE[:3], MARKUP, JINJA):
        assert values[text].data_type == "s", text
    with zipfile.ZipFile(path) as zf:
        sheets = b"".join(zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/"))
    assert b"<f>" not in sheets and b"<f " not in sheets
    assert re.search(rb'<c [^>]*t="(?:s|inlineStr)"', sheets)


def test_markup_stays_inert_in_the_html_report(hostile):
    validated, _ = hostile
    page = (validated.out_dir / "laporan-validasi.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "desa &amp; kelurahan" in page
    assert "<b>tebal</b>" not in page


def test_markup_and_template_syntax_come_out_exactly_in_the_word_documents(hostile):
    _, rendered = hostile
    for name in ("peraturan-bupati-iku-2026.docx", "pk/pk-bupati-2026.docx", "lkjip/lkjip-pemda-2026.docx"):
        text = docx_text(rendered.out_dir / name)
        for literal in (MARKUP, JINJA, FORMULA_LIKE[0], FORMULA_LIKE[1]):
            assert literal in text, (name, literal)
        assert "Angka 49" not in text and "xxx" not in text  # {{ 7*7 }} and the loop were never run



def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(load, "MAX_FILE_BYTES", 1000)
    run = invoke("validate", valid(tmp_path), tmp_path)
    assert run.exit_code == 2 and "Berkas terlalu besar" in run.output, run.output
    assert not run.out_dir.exists()
