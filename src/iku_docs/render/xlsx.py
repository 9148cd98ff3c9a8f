"""The LKjIP tables as one .xlsx, for reviewers who want to check the numbers.

``lkjip/tabel-lkjip-<tahun>.xlsx``: one sheet per table type (measurement, comparison with previous
years, progress toward the end-of-period target, budget), each holding the Pemda and every PD, one
``Unit`` column to filter on. The figures come from ``documents.lkjip.build_tables``, the same objects the
Word documents print, so the two never disagree. Numbers are stored as numbers (Excel shows them with the
reader's separators, "93,75" in an Indonesian Excel); text that starts with = + - @ is stored as text with
a quote prefix, never as a formula. Written atomically and byte-for-byte reproducibly.

Every sheet prints as a reviewer needs it: landscape on the workbook's paper (F4 unless Pengaturan says A4),
scaled to the page width, the header row repeated on every page, text wrapped in its column, grid lines, and
"Halaman n dari m" with the sheet name on each page. One font (Arial, which LibreOffice replaces by the
metric-compatible Liberation Sans) for every cell, bold included.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from iku_docs.capaian import Capaian, Efisiensi, Status
from iku_docs.documents.lkjip import BELUM, TabelLkjip, build_tables
from iku_docs.model import Nilai, Pemda
from iku_docs.ooxml import BUILTIN_FORMATS_REVERSE, column_letter, strip_illegal
from iku_docs.render.docx import FIXED_TIME
from iku_docs.render.output import write_bytes_atomic

FORMULA_START = ("=", "+", "-", "@")
FORMAT_PERSEN = "#,##0.00"
FORMAT_RUPIAH = '"Rp "#,##0'
# Column widths in characters (of 7 pixels at 96 dpi, 5.25 points). Text wraps, numbers do not: a number column
# is as wide as its largest usual value ("Rp 2.500.000.000.000" in the budget sheet). A sheet narrower than
# LEBAR_HALAMAN widens its columns in proportion up to it, so every sheet fills the page width: scaled to a landscape F4
# page (330 mm less margins), 190 characters print at 88 %, 10-point text at about 9 points.
LEBAR = {"Unit": 21, "Kode IKU": 12, "Sasaran": 28, "Indikator Kinerja": 34, "Program": 40, "Satuan": 11,
         "Target": 11, "Capaian (%)": 11, "Perangkat Daerah": 24, "Metode": 12, "Keterangan": 26, "Tahun": 14}
LEBAR_BAWAAN = 12
LEBAR_RUPIAH = 21  # the budget sheet's money columns
LEBAR_HALAMAN = 190
HURUF, UKURAN_HURUF = "Arial", 10
# ECMA-376 paper codes: 14 is Folio, 8.5 × 13 in (215.9 × 330.2 mm), which is F4; 9 is A4. No Pengaturan: F4,
# the contract's default.
KERTAS = {"F4": 14, "A4": 9}
KERTAS_BAWAAN = "F4"

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
    sheets = sheet_rows(model)
    styles = _Styles()
    cetak = _Cetak.of(model)
    parts = {f"xl/worksheets/sheet{n}.xml": _sheet_xml(title, headers, rows, styles, cetak)
             for n, ((title, headers), rows) in enumerate(sheets, start=1)}
    titles = [(title, len(headers), _last_row(parts[f"xl/worksheets/sheet{n}.xml"]))
              for n, ((title, headers), _) in enumerate(sheets, start=1)]
    parts.update({
        "[Content_Types].xml": _content_types(len(sheets)),
        "_rels/.rels": _ROOT_RELS,
        "docProps/app.xml": _APP,
        "docProps/core.xml": _core(f"Tabel LKjIP Tahun {model.tahun}"),
        "xl/workbook.xml": _workbook(titles),
        "xl/_rels/workbook.xml.rels": _workbook_rels(len(sheets)),
        "xl/styles.xml": styles.xml(),
        "xl/theme/theme1.xml": _theme(),
    })
    return _package(parts)


def sheet_rows(model: Pemda) -> list[tuple[tuple[str, tuple[str, ...]], Iterable[tuple[list[Sel], bool]]]]:
    """Each sheet's (title, headers) and its rows of cells (a lazy iterable), in workbook order."""
    tables = build_tables(model)
    progres_headers = list(PROGRES[1])
    progres_headers[5] = f"Realisasi {model.tahun}"
    progres_headers[6] = f"Target {model.periode_akhir}"
    return [
        (PENGUKURAN, _pengukuran_rows(tables)),
        (PERBANDINGAN, _perbandingan_rows(tables, model.periode_awal)),
        ((PROGRES[0], tuple(progres_headers)), _progres_rows(tables)),
        (ANGGARAN, _anggaran_rows(tables)),
    ]


def lebar_kolom(title: str, headers: Sequence[str]) -> list[int]:
    """A sheet's column widths in characters."""
    widths = [LEBAR_RUPIAH if title == ANGGARAN[0] and h in ("Anggaran", "Realisasi") else LEBAR.get(h, LEBAR_BAWAAN)
              for h in headers]
    total = sum(widths)
    return widths if total >= LEBAR_HALAMAN else [w * LEBAR_HALAMAN // total for w in widths]


@dataclass(frozen=True, slots=True)
class _Cetak:
    """Print settings shared by every sheet."""

    kertas: int  # ECMA-376 paperSize
    judul: str  # left part of the page header

    @classmethod
    def of(cls, model: Pemda) -> _Cetak:
        ukuran = model.pengaturan.ukuran_kertas or KERTAS_BAWAAN
        judul = f"Tabel LKjIP Pemerintah {model.nama_lengkap} Tahun {model.tahun}"
        return cls(KERTAS.get(ukuran, KERTAS["A4"]), judul)

    def xml(self) -> str:
        """printOptions .. headerFooter, in the order CT_Worksheet requires them after sheetData/autoFilter."""
        # Header and footer text is a format string where "&" starts a code; a literal one is doubled. Excel
        # refuses more than 255 characters in each.
        judul = self.judul.replace("&", "&&")[:150]
        font = f'&"{HURUF},Regular"&9'
        header = f"&L{font}{judul}&R{font}&A"
        footer = f"&L{font}&A&R{font}Halaman &P dari &N"
        return (
            '<printOptions gridLines="1"/>'
            '<pageMargins left="0.4" right="0.4" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            f'<pageSetup orientation="landscape" paperSize="{self.kertas}" fitToHeight="0" fitToWidth="1"/>'
            f"<headerFooter><oddHeader>{_escape(header)}</oddHeader>"
            f"<oddFooter>{_escape(footer)}</oddFooter></headerFooter>"
        )


# --- SpreadsheetML, written directly ----------------------------------------------------------------------------
# openpyxl built a Python object per cell, styled it and serialised it again: about 25 µs a cell, a second for a
# large Pemda. The tables are a fixed, simple shape (text, numbers, a few styles), so their XML is written here as
# openpyxl wrote it — the same elements, attributes and style table — and tests read it back with openpyxl.

# A cell: a value and, for numbers, its number format; bold marks a total row.
Sel = tuple[Any, str | None]
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_LAST_ROW = re.compile(r'<dimension ref="A1:[A-Z]+(\d+)"/>')
# Characters XML 1.0 cannot hold; openpyxl refused them (IllegalCharacterError), they are dropped here.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # as render/output.normalize_zip writes every package


def _sheet_xml(title: str, headers: Sequence[str], rows: Iterable[tuple[list[Sel], bool]], styles: _Styles,
               cetak: _Cetak) -> str:
    letters = [column_letter(c) for c in range(1, len(headers) + 1)]
    widths = lebar_kolom(title, headers)
    header_style = styles.header()
    height = max(_lines(h, w, True) for h, w in zip(headers, widths, strict=True))
    out = [f'<row r="1"{_row_height(height)}>']
    out += [f'<c r="{col}1" s="{header_style}" t="inlineStr">{_inline(h)}</c>'
            for col, h in zip(letters, headers, strict=True)]
    out.append("</row>")
    r = 1
    tails = styles.tails
    for r, (cells, total) in enumerate(rows, start=2):
        at = len(out)
        out.append("")  # the row's start tag, once its height is known
        height = 1
        for col, width, (value, fmt) in zip(letters, widths, cells, strict=True):
            # Most cells repeat a value already written (unit names, methods, predikat, common numbers):
            # everything after the cell reference is built once per (value, format, bold).
            key = (str(value), fmt, total) if isinstance(value, Decimal) else (value, fmt, total)
            tail = tails.get(key)
            if tail is None:
                tail = tails[key] = _cell_tail(value, fmt, total, styles)
            if tail:
                out.append(f'<c r="{col}{r}"{tail}')
                if isinstance(value, str) and (lines := _lines(value, width, total)) > height:
                    height = lines
        out[at] = f'<row r="{r}"{_row_height(height)}>'
        out.append("</row>")
    last = f"{letters[-1]}{r}"
    cols = "".join(f'<col width="{w}" customWidth="1" min="{n}" max="{n}"/>' for n, w in enumerate(widths, start=1))
    return (
        f'<worksheet xmlns="{_MAIN_NS}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/>'
        f'<pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:{last}"/><sheetViews><sheetView workbookViewId="0">'
        '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>'
        '<selection pane="topRight"/><selection pane="bottomLeft"/>'
        '<selection pane="bottomRight" activeCell="A1" sqref="A1"/></sheetView></sheetViews>'
        f'<sheetFormatPr baseColWidth="8" defaultRowHeight="12.75"/><cols>{cols}</cols>'
        f'<sheetData>{"".join(out)}</sheetData><autoFilter ref="A1:{last}"/>'
        f"{cetak.xml()}</worksheet>"
    )


# Row heights. Neither LibreOffice nor Excel reliably fits a row to its wrapped text when opening a file, so a
# row whose text wraps gets its height here, from the text's width in Arial (advance widths of " " .. "~" in
# thousandths of an em; Liberation Sans has the same): a row too short would hide the end of a name in print.
_ADVANCE = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
    556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
    556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
    500, 500, 500, 334, 260, 334, 584,
)
_ADVANCE_OTHER = 700  # any other character: wider than most, so a row is rather too tall than too short
_WIDEST = max(*_ADVANCE, _ADVANCE_OTHER)
_BOLD = 1.1  # Arial Bold is at most a tenth wider on ordinary text
_PT_PER_WIDTH = 5.25  # one unit of column width: 7 pixels at 96 dpi
_CELL_PADDING_PT = 3.75  # the 5 pixels a column's width holds beyond its characters
_LINE_PT = 12.75  # Excel's line height for 10-point Arial
_MAX_LINES = 32  # Excel's tallest row, 409 points


@lru_cache(maxsize=16384)
def _word_advance(word: str) -> int:
    return sum(_ADVANCE[o - 32] if 32 <= (o := ord(c)) < 127 else _ADVANCE_OTHER for c in word)


@lru_cache(maxsize=16384)
def _lines(text: str, width: float, bold: bool) -> int:
    """Lines ``text`` takes when wrapped at spaces in a column ``width`` characters wide (a longer word
    breaks anywhere, as Excel breaks it), at most ``_MAX_LINES``."""
    room = (width * _PT_PER_WIDTH - _CELL_PADDING_PT) * 1000 / UKURAN_HURUF / (_BOLD if bold else 1)
    if len(text) * _WIDEST <= room:  # short texts (codes, units, predikat): one line, nothing to measure
        return 1
    space = _ADVANCE[0]
    count = 0
    for paragraph in text.split("\n"):
        count += 1
        used = 0.0
        for word in paragraph.split(" "):
            advance = _word_advance(word)
            if used and used + space + advance > room:
                count, used = count + 1, 0.0
            elif used:
                used += space
            if advance > room:
                count += int(advance // room)
                advance %= room
            used += advance
        if count >= _MAX_LINES:
            return _MAX_LINES
    return count


def _row_height(lines: int) -> str:
    return f' ht="{lines * _LINE_PT:g}" customHeight="1"' if lines > 1 else ""


def _cell_tail(value: Any, fmt: str | None, bold: bool, styles: _Styles) -> str:
    """A cell's XML after its reference, or "" for a cell not written at all (empty and unstyled)."""
    if isinstance(value, Decimal):
        s = styles.index(fmt or _format_angka(value), bold, False, False)
        number = f"{float(value):.16g}" if value.is_finite() else ""  # openpyxl's safe_string
        return f'{_s(s)} t="n"><v>{number}</v></c>'
    if value is None or value == "":
        return f' s="{styles.index(None, True, False, False)}" t="n"></c>' if bold else ""
    text = str(value)
    # Every text wraps in its column: a long unit name or indicator never runs over (or under) its neighbour.
    s = styles.index(None, bold, True, text.startswith(FORMULA_START))
    return f'{_s(s)} t="inlineStr">{_inline(text)}</c>'


def _s(style: int) -> str:
    return f' s="{style}"' if style else ""


def _inline(text: str) -> str:
    """``<is><t>…</t></is>``, as openpyxl writes an inline string (cut at Excel's 32,767 characters)."""
    clean = strip_illegal(text)[:32767]
    space = ' xml:space="preserve"' if clean != clean.strip() else ""
    return f"<is><t{space}>{_escape(clean)}</t></is>"


def _quote_sheetname(title: str) -> str:
    """A sheet name as a formula reference writes it, always quoted (as openpyxl's quote_sheetname)."""
    return "'" + title.replace("'", "''") + "'"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _last_row(sheet_xml: str) -> int:
    return int(_LAST_ROW.search(sheet_xml).group(1))


class _Styles:
    """The workbook's cell formats, numbered in the order the sheets first use them (as openpyxl numbered them)."""

    _BOLD_FONT, _HEADER_FILL = 1, 2

    def __init__(self) -> None:
        self._xfs: dict[tuple[Any, ...], int] = {("default",): 0}
        self._formats: dict[str, int] = {}
        self.tails: dict[tuple[Any, str | None, bool], str] = {}  # see _sheet_xml

    def header(self) -> int:
        return self._add(("header",))

    def index(self, fmt: str | None, bold: bool, wrap: bool, quote: bool) -> int:
        return self._add((fmt, bold, wrap, quote))

    def _add(self, key: tuple[Any, ...]) -> int:
        found = self._xfs.get(key)
        if found is None:
            found = self._xfs[key] = len(self._xfs)
            if key[0] and key[0] not in ("default", "header") and key[0] not in BUILTIN_FORMATS_REVERSE:
                self._formats.setdefault(key[0], 164 + len(self._formats))
        return found

    def _xf(self, key: tuple[Any, ...]) -> str:
        tail = 'pivotButton="0" quotePrefix="0" xfId="0"'
        if key == ("default",):
            return f'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" {tail}/>'
        if key == ("header",):
            return (f'<xf numFmtId="0" fontId="{self._BOLD_FONT}" fillId="{self._HEADER_FILL}" borderId="0" '
                    f'applyAlignment="1" {tail}><alignment horizontal="center" vertical="center" wrapText="1"/></xf>')
        fmt, bold, wrap, quote = key
        number = (BUILTIN_FORMATS_REVERSE.get(fmt) if fmt in BUILTIN_FORMATS_REVERSE else self._formats[fmt]) \
            if fmt else 0
        tail = tail.replace('quotePrefix="0"', f'quotePrefix="{int(quote)}"')
        attrs = f'numFmtId="{number}" fontId="{int(bold)}" fillId="0" borderId="0" applyAlignment="1"'
        # Top-aligned, so a row's figures stand level with the first line of its wrapped names.
        wrap_text = ' wrapText="1"' if wrap else ""
        return f'<xf {attrs} {tail}><alignment vertical="top"{wrap_text}/></xf>'

    def xml(self) -> str:
        formats = "".join(f'<numFmt numFmtId="{n}" formatCode="{_escape(f).replace(chr(34), "&quot;")}"/>'
                          for f, n in self._formats.items())
        xfs = "".join(self._xf(key) for key in self._xfs)
        return (
            f'<styleSheet xmlns="{_MAIN_NS}">'
            + (f'<numFmts count="{len(self._formats)}">{formats}</numFmts>' if self._formats else "")
            # Both fonts named: a bold font without a name printed in LibreOffice's serif fallback. No theme
            # scheme, which would make Excel use the theme's Calibri instead.
            + f'<fonts count="2"><font><name val="{HURUF}"/><family val="2"/><sz val="{UKURAN_HURUF}"/></font>'
            f'<font><name val="{HURUF}"/><family val="2"/><b val="1"/><sz val="{UKURAN_HURUF}"/></font></fonts>'
            '<fills count="3"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill>'
            '<fill><patternFill patternType="solid"><fgColor rgb="00D9D9D9"/></patternFill></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(self._xfs)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" hidden="0"/></cellStyles>'
            '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/>'
            "</styleSheet>"
        )


def _workbook(sheets: Sequence[tuple[str, int, int]]) -> str:
    entries = "".join(f'<sheet xmlns:r="{_REL_NS}" name="{_attr(title)}" sheetId="{n}" state="visible" r:id="rId{n}"/>'
                      for n, (title, _, _) in enumerate(sheets, start=1))
    # The autofilter's range, as Excel records it: the sheet's header and data rows; and the print titles: the
    # header row on top of every printed page.
    names = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
        f"{_escape(_quote_sheetname(title))}!$A$1:${column_letter(width)}${rows}</definedName>"
        f'<definedName name="_xlnm.Print_Titles" localSheetId="{n}">{_escape(_quote_sheetname(title))}!$1:$1'
        "</definedName>"
        for n, (title, width, rows) in enumerate(sheets))
    return (
        f'<workbook xmlns="{_MAIN_NS}"><workbookPr/><workbookProtection/><bookViews>'
        '<workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" '
        'showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews>'
        f"<sheets>{entries}</sheets><definedNames>{names}</definedNames>"
        '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
    )


def _attr(text: str) -> str:
    return _escape(text).replace('"', "&quot;")


def _workbook_rels(count: int) -> str:
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = [(f"{kind}/worksheet", f"/xl/worksheets/sheet{n}.xml") for n in range(1, count + 1)]
    rels += [(f"{kind}/styles", "styles.xml"), (f"{kind}/theme", "theme/theme1.xml")]
    return (f'<Relationships xmlns="{_PKG_REL_NS}">'
            + "".join(f'<Relationship Type="{t}" Target="{target}" Id="rId{n}"/>'
                      for n, (t, target) in enumerate(rels, start=1))
            + "</Relationships>")


def _content_types(count: int) -> str:
    office = "application/vnd.openxmlformats-officedocument"
    overrides = [("/xl/styles.xml", f"{office}.spreadsheetml.styles+xml"),
                 ("/xl/theme/theme1.xml", f"{office}.theme+xml"),
                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                 ("/docProps/app.xml", f"{office}.extended-properties+xml")]
    overrides += [(f"/xl/worksheets/sheet{n}.xml", f"{office}.spreadsheetml.worksheet+xml")
                  for n in range(1, count + 1)]
    overrides.append(("/xl/workbook.xml", f"{office}.spreadsheetml.sheet.main+xml"))
    return ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides)
            + "</Types>")


_ROOT_RELS = (
    f'<Relationships xmlns="{_PKG_REL_NS}">'
    '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml" Id="rId1"/>'
    '<Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml" Id="rId2"/>'
    '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
    'Target="docProps/app.xml" Id="rId3"/></Relationships>'
)
_APP = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>iku-docs</Application></Properties>")


def _core(title: str) -> str:
    when = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    dates = "".join(
        f'<dcterms:{tag} xmlns:dcterms="http://purl.org/dc/terms/" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="dcterms:W3CDTF">{when}</dcterms:{tag}>'
        for tag in ("created", "modified"))
    dc = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    return ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">'
            f"<dc:creator {dc}>iku-docs</dc:creator><dc:title {dc}>{_escape(title)}</dc:title>{dates}"
            "<cp:lastModifiedBy>iku-docs</cp:lastModifiedBy></cp:coreProperties>")


def _theme() -> str:
    from openpyxl.writer.theme import theme_xml  # the default Office theme the fonts refer to

    return theme_xml


def _package(parts: dict[str, str]) -> bytes:
    """The parts as a zip laid out as ``normalize_zip`` lays out every package: content types first, the rest
    by name, fixed timestamps and permissions, so the same model always gives the same bytes."""
    names = ["[Content_Types].xml", *sorted(n for n in parts if n != "[Content_Types].xml")]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            # Level 1: a fifth of the default level's time on 2 MB of repetitive XML, for a file a quarter larger.
            archive.writestr(info, parts[name].encode("utf-8"), compresslevel=1)
    return buf.getvalue()


@lru_cache(maxsize=1024)
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
