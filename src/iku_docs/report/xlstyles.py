"""xl/styles.xml of the annotated copy: the input's styles plus the few the copy needs, appended.

A problem cell keeps its number format, font, border and alignment: its cell format (<xf>) is cloned
with a fill added, so only the colour changes. Existing indexes never move, so every untouched cell
of every sheet keeps pointing at the same style.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml import etree

from iku_docs.ooxml import NS_MAIN
from iku_docs.report.package import parse_xml, xml_bytes

# CT_Stylesheet's sequence: a missing list is created in its place.
_ORDER = ("numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles",
          "colors", "extLst")
_MINIMAL = (b'<styleSheet xmlns="' + NS_MAIN.encode() + b'"><fonts count="1"><font><sz val="11"/><name val="Calibri"/>'
            b'</font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
            b'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/>'
            b'<diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
            b'borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" '
            b'xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            b'</cellStyles></styleSheet>')


@dataclass(frozen=True, slots=True)
class Font:
    name: str = "Calibri"
    bold: bool = False
    italic: bool = False
    underline: bool = False
    color: str | None = None  # RRGGBB
    size: float | None = None  # None: the workbook's default size


@dataclass(frozen=True, slots=True)
class Look:
    """A cell format of the Catatan sheet."""

    font: Font | None = None  # None: the workbook's default font
    fill: str | None = None  # RRGGBB of a solid fill
    wrap: bool = False
    vertical: str | None = None
    quote: bool = False  # text that looks like a formula stays text when edited


class StyleSheet:
    def __init__(self, xml: bytes | None) -> None:
        self.root = parse_xml(xml if xml else _MINIMAL)
        self.ns = etree.QName(self.root).namespace or NS_MAIN
        self.fonts = self._list("fonts")
        self.fills = self._list("fills")
        self.xfs = self._list("cellXfs")
        if len(self.fills) < 2:  # Excel reserves fills 0 and 1 (none, gray125)
            for pattern in ("none", "gray125")[len(self.fills):]:
                fill = etree.SubElement(self.fills, self._q("fill"))
                etree.SubElement(fill, self._q("patternFill")).set("patternType", pattern)
        if len(self.fonts) == 0:
            etree.SubElement(self.fonts, self._q("font"))
        if len(self.xfs) == 0:
            xf = etree.SubElement(self.xfs, self._q("xf"))
            for attr in ("numFmtId", "fontId", "fillId", "borderId"):
                xf.set(attr, "0")
        self._size = self._default_size()
        self._base_count = len(self.xfs)  # the input's formats: only these are cloned
        self._memo: dict[object, int] = {}
        self.changed = xml is None

    def _q(self, local: str) -> str:
        return f"{{{self.ns}}}{local}"

    def _list(self, local: str) -> etree._Element:
        found = self.root.find(self._q(local))
        if found is not None:
            return found
        element = etree.Element(self._q(local))
        later = [self.root.find(self._q(name)) for name in _ORDER[_ORDER.index(local) + 1:]]
        later = [el for el in later if el is not None]
        if later:
            later[0].addprevious(element)
        else:
            self.root.append(element)
        return element

    def _default_size(self) -> str:
        first = self.fonts.find(self._q("font"))
        size = first.find(self._q("sz")) if first is not None else None
        return size.get("val", "11") if size is not None else "11"

    def _append(self, parent: etree._Element, child: etree._Element) -> int:
        parent.append(child)
        self.changed = True
        return len(parent) - 1

    def fill(self, rgb: str) -> int:
        key = ("fill", rgb)
        if key not in self._memo:
            fill = etree.Element(self._q("fill"))
            pattern = etree.SubElement(fill, self._q("patternFill"), patternType="solid")
            etree.SubElement(pattern, self._q("fgColor"), rgb=f"FF{rgb}")
            etree.SubElement(pattern, self._q("bgColor"), rgb=f"FF{rgb}")
            self._memo[key] = self._append(self.fills, fill)
        return self._memo[key]

    def font(self, spec: Font) -> int:
        key = ("font", spec)
        if key not in self._memo:
            font = etree.Element(self._q("font"))
            if spec.bold:
                etree.SubElement(font, self._q("b"))
            if spec.italic:
                etree.SubElement(font, self._q("i"))
            if spec.underline:
                etree.SubElement(font, self._q("u"))  # val defaults to "single"
            etree.SubElement(font, self._q("sz"), val=str(spec.size) if spec.size else self._size)
            if spec.color:
                etree.SubElement(font, self._q("color"), rgb=f"FF{spec.color}")
            etree.SubElement(font, self._q("name"), val=spec.name)
            etree.SubElement(font, self._q("family"), val="2")
            self._memo[key] = self._append(self.fonts, font)
        return self._memo[key]

    def marked(self, base: int | None, fill: str | None, quote: bool) -> int:
        """The index of cell format ``base`` (0 when absent or out of range) with ``fill`` and/or quotePrefix."""
        base = base if base is not None and 0 <= base < self._base_count else 0
        original = self.xfs[base]
        if fill is None and (not quote or original.get("quotePrefix") in ("1", "true")):
            return base
        key = ("xf", base, fill, quote)
        if key not in self._memo:
            xf = copy.deepcopy(original)
            if fill is not None:
                xf.set("fillId", str(self.fill(fill)))
                xf.set("applyFill", "1")
            if quote:
                xf.set("quotePrefix", "1")
            self._memo[key] = self._append(self.xfs, xf)
        return self._memo[key]

    def look(self, look: Look) -> int:
        """The index of a new cell format for the Catatan sheet."""
        key = ("look", look)
        if key not in self._memo:
            xf = etree.Element(self._q("xf"), numFmtId="0", fontId="0", fillId="0", borderId="0", xfId="0")
            if look.font is not None:
                xf.set("fontId", str(self.font(look.font)))
                xf.set("applyFont", "1")
            if look.fill is not None:
                xf.set("fillId", str(self.fill(look.fill)))
                xf.set("applyFill", "1")
            if look.quote:
                xf.set("quotePrefix", "1")
            if look.wrap or look.vertical:
                xf.set("applyAlignment", "1")
                alignment = etree.SubElement(xf, self._q("alignment"))
                if look.vertical:
                    alignment.set("vertical", look.vertical)
                if look.wrap:
                    alignment.set("wrapText", "1")
            self._memo[key] = self._append(self.xfs, xf)
        return self._memo[key]

    def to_bytes(self) -> bytes:
        for parent in (self.fonts, self.fills, self.xfs):
            parent.set("count", str(len(parent)))
        return xml_bytes(self.root)
