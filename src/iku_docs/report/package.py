"""An OOXML package patched in place: unchanged members are copied compressed, byte for byte.

The annotated copy changes a handful of parts (styles, one or two sheets, comments); inflating and
deflating every other member again (a 4 MB sharedStrings.xml, images, charts) would cost most of the
time. ``Package`` keeps the input's zip directory, hands out decompressed parts on demand and writes a
new archive where each untouched member's compressed bytes, CRC and sizes are reused as they are.

The output is deterministic: ``[Content_Types].xml`` first, then the other members by name, every
member stamped 1980-01-01 with the same attributes (the same layout as ``render.output.normalize_zip``).
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from dataclasses import dataclass

from lxml import etree

CONTENT_TYPES = "[Content_Types].xml"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_OFFICE_DOCUMENT = f"{NS_R}/officeDocument"
REL_WORKSHEET = f"{NS_R}/worksheet"
REL_STYLES = f"{NS_R}/styles"
REL_COMMENTS = f"{NS_R}/comments"
REL_VML = f"{NS_R}/vmlDrawing"
REL_VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"

# The input passed workbook/load.py's DTD screen; entities are still never resolved nor fetched.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_blank_text=False)

_EPOCH_DOS_TIME, _EPOCH_DOS_DATE = 0, (0 << 9) | (1 << 5) | 1  # 1980-01-01 00:00:00
_VERSION = 20  # deflate, no zip64: load.py caps the archive far below 4 GB and 65,535 members
_MADE_BY = (3 << 8) | _VERSION  # "Unix" so the 0600 permission bits mean the same on every platform
_EXTERNAL_ATTR = 0o600 << 16
_UTF8_FLAG = 0x800


def parse_xml(data: bytes) -> etree._Element:
    return etree.fromstring(data, PARSER)


def xml_bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@dataclass(frozen=True, slots=True)
class Relationship:
    id: str
    type: str
    target: str  # absolute part name without the leading '/', or the raw target when external
    external: bool


class Package:
    """The members of one OOXML zip, read lazily; ``write``/``remove`` record the changes."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        self._infos = {info.filename: info for info in self._zip.infolist() if not info.is_dir()}
        self._changed: dict[str, bytes] = {}
        self._removed: set[str] = set()
        self._lower = {name.lower() for name in self._infos}

    # --- members ---------------------------------------------------------------------------------

    def names(self) -> list[str]:
        return sorted(self._live())

    def _live(self) -> set[str]:
        return ({*self._infos, *self._changed}) - self._removed

    def has(self, name: str) -> bool:
        return name in self._live()

    def read(self, name: str) -> bytes:
        if name in self._changed:
            return self._changed[name]
        if name in self._removed or name not in self._infos:
            raise KeyError(name)
        return self._zip.read(self._infos[name])

    def size(self, name: str) -> int:
        return len(self._changed[name]) if name in self._changed else self._infos[name].file_size

    def write(self, name: str, data: bytes) -> None:
        self._changed[name] = data
        self._removed.discard(name)
        self._lower.add(name.lower())

    def remove(self, name: str) -> None:
        self._removed.add(name)
        self._changed.pop(name, None)

    def free_name(self, pattern: str) -> str:
        """The first ``pattern % n`` (n = 1, 2, ...) no member uses, compared case-insensitively as Excel does."""
        n = 1
        while (pattern % n).lower() in self._lower:
            n += 1
        return pattern % n

    # --- relationships and content types ---------------------------------------------------------

    def rels_name(self, part: str) -> str:
        folder, base = posixpath.split(part)
        return posixpath.join(folder, "_rels", f"{base}.rels")

    def relationships(self, part: str) -> list[Relationship]:
        """The relationships of ``part`` ("" for the package), targets resolved to part names."""
        name = self.rels_name(part) if part else "_rels/.rels"
        if not self.has(name):
            return []
        root = parse_xml(self.read(name))
        rels = []
        for el in root.iter(f"{{{NS_REL}}}Relationship"):
            external = el.get("TargetMode") == "External"
            target = el.get("Target", "")
            rels.append(Relationship(el.get("Id", ""), el.get("Type", ""),
                                     target if external else resolve(part, target), external))
        return rels

    def add_relationship(self, part: str, rel_type: str, target_part: str) -> str:
        """Add a relationship from ``part`` to ``target_part``; returns its fresh Id."""
        name = self.rels_name(part)
        root = parse_xml(self.read(name)) if self.has(name) else etree.Element(f"{{{NS_REL}}}Relationships",
                                                                                nsmap={None: NS_REL})
        used = {el.get("Id") for el in root.iter(f"{{{NS_REL}}}Relationship")}
        n = 1
        while f"rId{n}" in used:
            n += 1
        rel = etree.SubElement(root, f"{{{NS_REL}}}Relationship")
        rel.set("Id", f"rId{n}")
        rel.set("Type", rel_type)
        rel.set("Target", relative(part, target_part))
        self.write(name, xml_bytes(root))
        return f"rId{n}"

    def remove_relationships(self, part: str, rel_type: str) -> list[str]:
        """Drop ``part``'s relationships of ``rel_type``; returns the part names they pointed to."""
        name = self.rels_name(part)
        if not self.has(name):
            return []
        root = parse_xml(self.read(name))
        targets = []
        for el in list(root.iter(f"{{{NS_REL}}}Relationship")):
            if el.get("Type") == rel_type:
                if el.get("TargetMode") != "External":
                    targets.append(resolve(part, el.get("Target", "")))
                el.getparent().remove(el)
        if targets:
            self.write(name, xml_bytes(root))
        return targets

    def content_types(self) -> etree._Element:
        return parse_xml(self.read(CONTENT_TYPES))

    # --- output -------------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        names = self._live()
        ordered = ([CONTENT_TYPES] if CONTENT_TYPES in names else []) + sorted(n for n in names if n != CONTENT_TYPES)
        out = io.BytesIO()
        central = []
        for name in ordered:
            offset = out.tell()
            crc, csize, usize, method, payload = self._member(name)
            encoded = name.encode("utf-8")
            flags = _UTF8_FLAG if not encoded.isascii() else 0
            out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", _VERSION, flags, method, _EPOCH_DOS_TIME,
                                  _EPOCH_DOS_DATE, crc, csize, usize, len(encoded), 0))
            out.write(encoded)
            out.write(payload)
            central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", _MADE_BY, _VERSION, flags, method,
                                       _EPOCH_DOS_TIME, _EPOCH_DOS_DATE, crc, csize, usize, len(encoded), 0, 0, 0, 0,
                                       _EXTERNAL_ATTR, offset) + encoded)
        start = out.tell()
        directory = b"".join(central)
        out.write(directory)
        out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), start, 0))
        return out.getvalue()

    def _member(self, name: str) -> tuple[int, int, int, int, memoryview | bytes]:
        """CRC, compressed size, size, method and the compressed bytes of one member."""
        if name in self._changed:
            return _deflate(self._changed[name])
        info = self._infos[name]
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            return _deflate(self._zip.read(info))  # encrypted or another method: decompress (raises if it cannot)
        if info.compress_type == zipfile.ZIP_STORED:
            return _deflate(self._raw(info))
        return info.CRC, info.compress_size, info.file_size, zipfile.ZIP_DEFLATED, self._raw(info)

    def _raw(self, info: zipfile.ZipInfo) -> memoryview:
        """The member's bytes as stored, found through its local header (whose extra field may differ)."""
        header = self._data[info.header_offset:info.header_offset + 30]
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            raise zipfile.BadZipFile(f"bad local header for {info.filename}")
        name_len, extra_len = struct.unpack("<2H", header[26:30])
        start = info.header_offset + 30 + name_len + extra_len
        raw = memoryview(self._data)[start:start + info.compress_size]
        if len(raw) != info.compress_size:
            raise zipfile.BadZipFile(f"truncated member {info.filename}")
        return raw


def _deflate(data: bytes) -> tuple[int, int, int, int, bytes]:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    payload = compressor.compress(data) + compressor.flush()
    return zlib.crc32(data), len(payload), len(data), zipfile.ZIP_DEFLATED, payload


def resolve(source_part: str, target: str) -> str:
    """A relationship target as a part name: '/xl/a.xml' is absolute, 'a.xml' is relative to the source's folder."""
    if target.startswith("/"):
        return posixpath.normpath(target).lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target)).lstrip("/")


def relative(source_part: str, target_part: str) -> str:
    return posixpath.relpath(target_part, posixpath.dirname(source_part) or ".")
