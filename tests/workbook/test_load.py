"""load.py: the hostile-input boundary turns every unusable file into a WorkbookError."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from iku_docs.errors import WorkbookError
from iku_docs.workbook import load
from iku_docs.workbook.load import OLE2_MAGIC, load_workbook
from tests.builders import WorkbookBuilder, rewrite_member
from tests.paths import REPO as REPO_ROOT
from tests.workbook.test_corpus import (
    external_entity,
    external_entity_in_shared_strings,
    xml_bomb_in_shared_strings,
    xml_bomb_in_sheet,
)


@pytest.fixture
def valid(tmp_path: Path) -> Path:
    return WorkbookBuilder().save(tmp_path / "kabupaten.xlsx")


def error_of(path: Path) -> WorkbookError:
    with pytest.raises(WorkbookError) as info:
        load_workbook(path)
    assert info.value.saran, "every failure says what to do"
    assert info.value.exit_code == 2
    return info.value


def test_a_valid_workbook_loads_read_only_with_its_hash(valid):
    data = valid.read_bytes()
    loaded = load_workbook(valid)
    assert loaded.sha256 == hashlib.sha256(data).hexdigest()
    assert loaded.name == "kabupaten.xlsx"
    assert "IKU Pemda" in loaded.sheetnames
    assert loaded.has_macros is False
    assert valid.read_bytes() == data  # never modified


def test_the_metadata_parts_are_parsed_with_defusedxml(valid, monkeypatch):
    import defusedxml.ElementTree

    parsed: list[bytes] = []
    original = defusedxml.ElementTree.fromstring

    def spy(text, *args, **kwargs):
        parsed.append(text)
        return original(text, *args, **kwargs)

    monkeypatch.setattr(defusedxml.ElementTree, "fromstring", spy)
    load_workbook(valid)
    with zipfile.ZipFile(valid) as zf:
        for part in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"):  # calamine reads the rest
            assert zf.read(part) in parsed, part


def test_loading_refuses_to_run_without_defusedxml(valid, monkeypatch):
    monkeypatch.setitem(sys.modules, "defusedxml.ElementTree", None)  # import now fails
    assert "defusedxml" in error_of(valid).pesan


def test_the_workbook_is_read_without_importing_openpyxl(valid):
    code = ("import sys; from iku_docs.workbook.load import load_workbook; from iku_docs.workbook.reader import "
            f"read_tables; read_tables(load_workbook({str(valid)!r})); print('openpyxl' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("build", [xml_bomb_in_sheet, external_entity, xml_bomb_in_shared_strings,
                                   external_entity_in_shared_strings])
def test_a_dtd_in_a_sheet_or_the_shared_strings_is_refused_even_behind_the_screen(tmp_path, monkeypatch, build):
    """The DTD screen and, with the screen gone, the parsers themselves refuse a DOCTYPE in the big parts."""
    path = build(tmp_path)
    assert "berbahaya" in error_of(path).pesan  # the screen
    monkeypatch.setattr(load, "_refuse_dtd", lambda *args: None)
    with pytest.raises(WorkbookError) as info:
        list(load_workbook(path).rows("IKU Pemda"))
    assert "berbahaya" in info.value.pesan
    assert "root:" not in info.value.pesan  # /etc/passwd never read into a message


@pytest.mark.parametrize(("content", "words"), [
    (b"", "kosong"),
    (b"Kode IKU;Satuan\nIKU-01;%\n", "bukan buku kerja"),
    (OLE2_MAGIC + b"\0" * 600 + "EncryptedPackage".encode("utf-16-le"), "kata sandi"),
    (OLE2_MAGIC + b"\0" * 600 + "Workbook".encode("utf-16-le"), ".xls"),
])
def test_files_that_are_not_xlsx_are_named_for_what_they_are(tmp_path, content, words):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    assert words in error_of(path).pesan


def test_a_renamed_ods_is_recognised(tmp_path):
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    assert ".ods" in error_of(path).pesan


def test_a_renamed_word_document_is_recognised(tmp_path):
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    assert "Word" in error_of(path).pesan


def test_a_truncated_workbook_is_reported_as_damaged(tmp_path, valid):
    path = tmp_path / "potong.xlsx"
    path.write_bytes(valid.read_bytes()[: valid.stat().st_size // 2])
    assert "rusak" in error_of(path).pesan


def test_a_directory_is_not_a_workbook(tmp_path):
    assert "folder" in error_of(tmp_path).pesan


def test_a_missing_file_is_reported(tmp_path):
    assert "tidak ditemukan" in error_of(tmp_path / "tidak-ada.xlsx").pesan


def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipa.xlsx"
    os.mkfifo(fifo)
    assert "bukan berkas biasa" in error_of(fifo).pesan


def test_a_link_to_a_device_is_refused(tmp_path):
    link = tmp_path / "perangkat.xlsx"
    link.symlink_to("/dev/zero")
    assert "bukan berkas biasa" in error_of(link).pesan


@pytest.mark.skipif(os.geteuid() == 0, reason="root may read any file")
def test_an_unreadable_file_is_reported(valid):
    valid.chmod(0)
    assert "izin" in error_of(valid).pesan


def test_duplicated_parts_are_refused(tmp_path, valid):
    path = tmp_path / "ganda.xlsx"
    with zipfile.ZipFile(valid) as zin, zipfile.ZipFile(path, "w") as zout, pytest.warns(UserWarning):
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
        zout.writestr("xl/workbook.xml", zin.read("xl/workbook.xml"))
    assert "ganda" in error_of(path).pesan


def test_thousands_of_members_are_refused_before_parsing(tmp_path, valid, monkeypatch):
    monkeypatch.setattr(load, "MAX_MEMBERS", 5)
    assert "bagian" in error_of(valid).pesan


def test_a_declared_size_ratio_beyond_deflate_is_a_zip_bomb(valid, monkeypatch):
    monkeypatch.setattr(load, "RATIO_CHECK_FROM", 0)
    monkeypatch.setattr(load, "MAX_RATIO", 1.5)
    assert "bom zip" in error_of(valid).pesan


def test_a_total_declared_size_beyond_the_cap_is_refused(valid, monkeypatch):
    monkeypatch.setattr(load, "MAX_UNCOMPRESSED_BYTES", 1000)
    assert "terlalu besar" in error_of(valid).pesan


def test_an_xml_entity_bomb_is_refused(valid):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
            b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol2;</workbook>')
    rewrite_member(valid, "xl/workbook.xml", lambda _: bomb)
    assert "berbahaya" in error_of(valid).pesan


def test_an_external_entity_is_refused(valid):
    xxe = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
           b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&e;</workbook>')
    rewrite_member(valid, "xl/workbook.xml", lambda _: xxe)
    assert "berbahaya" in error_of(valid).pesan


def test_a_missing_workbook_part_is_reported(valid):
    rewrite_member(valid, "xl/workbook.xml", lambda _: None)
    assert "xl/workbook.xml" in error_of(valid).pesan


def test_a_workbook_with_macros_loads_with_a_note_that_macros_are_ignored(tmp_path, valid):
    path = tmp_path / "makro.xlsm"
    path.write_bytes(valid.read_bytes())
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not run")
    before = path.read_bytes()
    loaded = load_workbook(path)
    assert loaded.has_macros
    assert "diabaikan" in loaded.catatan[0]
    assert path.read_bytes() == before


def test_a_corrupt_sheet_fails_while_reading_with_a_workbook_error(valid):
    from tests.builders import sheet_part

    rewrite_member(valid, sheet_part(valid, "IKU Pemda"), lambda data: data[: len(data) // 2])
    loaded = load_workbook(valid)
    with pytest.raises(WorkbookError) as info:
        list(loaded.rows("IKU Pemda"))
    assert info.value.lokasi.lembar == "IKU Pemda"



# --- byte-level sheet scans: every legal spelling ---------------------------------------------------------------

@pytest.mark.parametrize("quote", ['"', "'"])
def test_sheet_scans_read_attributes_in_either_quote_and_with_spaces_around_the_equals_sign(quote: str) -> None:
    from iku_docs.workbook.scan import scan_sheet

    q = quote
    xml = (f"<worksheet><sheetData><row r={q}1{q}><c r = {q}B1{q} s={q}2{q}><v>0.93</v></c>"
           f"<c r={q}C1{q}><f>1+1</f></c><c r={q}D1{q} t={q}e{q}><v>#N/A</v></c></row><row r={q}4{q}>"
           f"<c r={q}A4{q}><v\n>5</v\n></c></row></sheetData><mergeCells><mergeCell ref={q}A1:B1{q}/></mergeCells>"
           "</worksheet>").encode()
    scan, _ = scan_sheet(xml, frozenset({2}))
    assert scan.percent == frozenset({"B1"})
    assert scan.formulas_without_value == frozenset({"C1"})
    assert scan.errors == {"D1": "#N/A"}
    assert scan.last_row == 4
    assert scan.merged == ("A1:B1",)


def test_a_cell_without_a_style_attribute_has_style_0_which_may_be_a_percent() -> None:
    from iku_docs.workbook.scan import scan_sheet

    xml = b'<worksheet><sheetData><row r="1"><c r="A1"><v>0.5</v></c></row></sheetData></worksheet>'
    assert scan_sheet(xml, frozenset({0}))[0].percent == frozenset({"A1"})
    assert scan_sheet(xml, frozenset({3}))[0].percent == frozenset()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le-declared", "iso-8859-1", "utf-8"])
def test_parts_in_any_legal_encoding_are_scanned_as_utf8(encoding: str) -> None:
    from iku_docs.ooxml import as_utf8

    text = ('<?xml version="1.0" encoding="{}"?><worksheet><sheetData><row r="3"><c r="A3" t="inlineStr"><is>'
            '<t>é</t></is></c></row></sheetData></worksheet>')
    if encoding == "utf-16":
        raw = text.format("UTF-16").encode("utf-16")  # with its byte order mark
    elif encoding == "utf-16-le-declared":
        raw = b"\xff\xfe" + text.format("UTF-16").encode("utf-16-le")
    else:
        raw = text.format(encoding).encode(encoding)
    out = as_utf8(raw)
    assert out.decode("utf-8").endswith("<t>é</t></is></c></row></sheetData></worksheet>")
    if encoding == "utf-8":
        assert out is raw
    else:
        assert out.startswith(b'<?xml version="1.0" encoding="UTF-8"?><worksheet>')


def test_a_sheet_saved_in_utf16_reads_like_its_utf8_original(tmp_path: Path) -> None:
    src = REPO_ROOT / "sample_workbooks" / "kabupaten-contoh.xlsx"
    out = tmp_path / "utf16.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
                data = text.encode("utf-16")
            zout.writestr(info, data)
    original, converted = load_workbook(src), load_workbook(out)
    for title in original.sheetnames:
        assert list(converted.rows(title)) == list(original.rows(title)), title
