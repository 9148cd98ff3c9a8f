"""An OOXML package patched in place: unchanged members are copied compressed, byte for byte.

The annotated copy changes a handful of parts (styles, one or two sheets, comments); inflating and
deflating every other member again (a 4 MB sharedStrings.xml, images, charts) would cost most of the
time. ``Package`` keeps the input's zip directory, hands out decompressed parts on demand and writes a
new archive where each untouched member's compressed bytes, CRC and sizes are reused as they are
(``ooxml.packed_from``); the archive is the deterministic one of ``ooxml.write_zip``.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from lxml import etree

from iku_docs.ooxml import CONTENT_TYPES, NS_R, Packed, pack, packed_from, write_zip

NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_OFFICE_DOCUMENT = f"{NS_R}/officeDocument"
REL_WORKSHEET = f"{NS_R}/worksheet"
REL_STYLES = f"{NS_R}/styles"
REL_COMMENTS = f"{NS_R}/comments"
REL_VML = f"{NS_R}/vmlDrawing"
REL_VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"

# The input passed workbook/load.py's DTD screen; entities are still never resolved nor fetched.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_blank_text=False)


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
        return write_zip(self._member(name) for name in self._live())

    def _member(self, name: str) -> Packed:
        if name in self._changed:
            return pack(name, self._changed[name])
        info = self._infos[name]
        # An encrypted member or another method is decompressed (zipfile raises if it cannot) and packed again.
        return packed_from(self._data, info) or pack(name, self._zip.read(info))


def add_override(types: etree._Element, part: str, content_type: str) -> None:
    """Declare ``part``'s content type in [Content_Types].xml, in the namespace the input's part uses."""
    etree.SubElement(types, f"{{{etree.QName(types).namespace}}}Override", PartName=f"/{part}",
                     ContentType=content_type)


def resolve(source_part: str, target: str) -> str:
    """A relationship target as a part name: '/xl/a.xml' is absolute, 'a.xml' is relative to the source's folder."""
    if target.startswith("/"):
        return posixpath.normpath(target).lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target)).lstrip("/")


def relative(source_part: str, target_part: str) -> str:
    return posixpath.relpath(target_part, posixpath.dirname(source_part) or ".")
