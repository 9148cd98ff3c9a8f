"""ooxml.py's package layer: the one deterministic zip writer of both fast paths, and the XML character rule."""

from __future__ import annotations

import io
import struct
import sys
import zipfile

import pytest

from iku_docs.ooxml import (
    CONTENT_TYPES,
    FIXED_W3CDTF,
    fix_core_dates,
    has_illegal,
    legal_utf8,
    normalize_zip,
    pack,
    packed_from,
    write_zip,
)

XML = b'<?xml version="1.0"?><a>' + b"<b>isi</b>" * 500 + b"</a>"
PNG = bytes(range(256)) * 8  # stands in for an image: only the name decides that it is stored


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED, level: int | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression, compresslevel=level) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def test_write_zip_puts_content_types_first_then_every_member_by_name_stamped_1980_with_mode_0600():
    data = write_zip([pack("word/document.xml", XML), pack("_rels/.rels", b"<r/>"), pack(CONTENT_TYPES, b"<T/>"),
                      pack("word/media/image1.png", PNG)])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        infos = z.infolist()
        assert [i.filename for i in infos] == [CONTENT_TYPES, "_rels/.rels", "word/document.xml",
                                               "word/media/image1.png"]
        assert {(i.date_time, i.external_attr >> 16, i.create_system) for i in infos} == {
            ((1980, 1, 1, 0, 0, 0), 0o600, 3)}
        assert z.read("word/document.xml") == XML and z.read("word/media/image1.png") == PNG
        methods = {i.filename: i.compress_type for i in infos}
    assert methods["word/media/image1.png"] == zipfile.ZIP_STORED
    assert methods["word/document.xml"] == zipfile.ZIP_DEFLATED


@pytest.mark.skipif(sys.platform == "win32", reason="zipfile marks members as made on Windows there")
def test_write_zip_writes_the_same_bytes_as_zipfile_with_the_fixed_time_and_mode():
    members = {CONTENT_TYPES: b"<Types/>", "xl/workbook.xml": XML, "docProps/app.xml": b"<Properties/>"}
    expected = io.BytesIO()
    with zipfile.ZipFile(expected, "w", zipfile.ZIP_DEFLATED) as z:
        for name in (CONTENT_TYPES, "docProps/app.xml", "xl/workbook.xml"):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16
            z.writestr(info, members[name])
    assert write_zip(pack(n, d) for n, d in members.items()) == expected.getvalue()


def test_a_name_outside_ascii_is_flagged_utf8_and_reads_back():
    with zipfile.ZipFile(io.BytesIO(write_zip([pack("xl/média/ß.xml", XML)]))) as z:
        (info,) = z.infolist()
        assert info.filename == "xl/média/ß.xml" and info.flag_bits & 0x800 and z.read(info) == XML


def test_a_deflated_member_is_reused_as_stored_in_the_input():
    archive = zip_of({"a.xml": XML}, level=1)  # not the level pack() deflates at: a recompressed copy would differ
    info = zipfile.ZipFile(io.BytesIO(archive)).getinfo("a.xml")
    packed = packed_from(archive, info)
    assert packed is not None and packed.method == zipfile.ZIP_DEFLATED
    start = info.header_offset + 30 + len("a.xml")
    assert bytes(packed.payload) == archive[start:start + info.compress_size]
    assert (packed.crc, packed.size) == (info.CRC, info.file_size)
    assert zipfile.ZipFile(io.BytesIO(write_zip([packed]))).read("a.xml") == XML


def test_a_stored_member_is_packed_again_deflated_unless_it_is_an_image():
    archive = zip_of({"a.xml": XML, "m/image1.png": PNG}, zipfile.ZIP_STORED)
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        packed = {i.filename: packed_from(archive, i) for i in z.infolist()}
    assert packed["a.xml"].method == zipfile.ZIP_DEFLATED and len(packed["a.xml"].payload) < len(XML)
    assert packed["m/image1.png"].method == zipfile.ZIP_STORED and bytes(packed["m/image1.png"].payload) == PNG


def test_another_method_is_left_to_the_caller_and_a_broken_local_header_is_a_bad_zip():
    archive = zip_of({"a.xml": XML}, zipfile.ZIP_BZIP2)
    info = zipfile.ZipFile(io.BytesIO(archive)).getinfo("a.xml")
    assert packed_from(archive, info) is None
    archive = zip_of({"a.xml": XML})
    info = zipfile.ZipFile(io.BytesIO(archive)).getinfo("a.xml")
    with pytest.raises(zipfile.BadZipFile, match="bad local header"):
        packed_from(b"XXXX" + archive[4:], info)
    with pytest.raises(zipfile.BadZipFile, match="truncated"):
        packed_from(archive[:info.header_offset + 40], info)


def test_the_local_extra_field_is_skipped_even_when_the_directory_has_none():
    archive = bytearray(zip_of({"a.xml": XML}))
    info = zipfile.ZipFile(io.BytesIO(bytes(archive))).getinfo("a.xml")
    extra = struct.pack("<2H4s", 0xCAFE, 4, b"abcd")  # e.g. an alignment field some writers add locally
    local_end = info.header_offset + 30 + len("a.xml")
    archive[info.header_offset + 28:info.header_offset + 30] = struct.pack("<H", len(extra))
    patched = bytes(archive[:local_end]) + extra + bytes(archive[local_end:])
    # packed_from reads only the local header and the data after it: the original directory entry still fits
    packed = packed_from(patched, info)
    assert packed is not None
    assert zipfile.ZipFile(io.BytesIO(write_zip([packed]))).read("a.xml") == XML


def test_normalize_zip_gives_the_same_bytes_whenever_a_package_was_saved():
    core = (b'<cp:coreProperties xmlns:dcterms="http://purl.org/dc/terms/"><dcterms:created xsi:type="W3CDTF">'
            b"%s</dcterms:created><dcterms:modified>%s</dcterms:modified></cp:coreProperties>")
    first = zip_of({"docProps/core.xml": core % (b"2024-05-01T10:00:00Z", b"2024-05-01T10:00:00Z"),
                    CONTENT_TYPES: b"<Types/>"})
    later = zip_of({CONTENT_TYPES: b"<Types/>",
                    "docProps/core.xml": core % (b"2025-01-02T03:04:05Z", b"2025-06-07T08:09:10Z")},
                   zipfile.ZIP_STORED)
    assert normalize_zip(first) == normalize_zip(later)
    fixed = zipfile.ZipFile(io.BytesIO(normalize_zip(first))).read("docProps/core.xml")
    assert fixed == fix_core_dates(core % (b"x", b"y")) and fixed.count(FIXED_W3CDTF.encode()) == 2


def test_legal_utf8_answers_as_the_xml_character_rule_for_every_character():
    for code in (*range(0x10000), 0x10000, 0x1F600, 0x10FFFF):
        char = chr(code)
        assert (legal_utf8(f"a{char}b") is None) == has_illegal(char), hex(code)
    assert legal_utf8("Wali Kota ≥ 90 %") == "Wali Kota ≥ 90 %".encode()
