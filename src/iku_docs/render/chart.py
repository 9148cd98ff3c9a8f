"""The LKjIP capaian chart: a ``Grafik`` (documents/grafik.py) drawn with Pillow into PNG pictures.

``render/docx.py`` calls ``draw_charts`` for a ``Grafik`` it finds in a context and places each picture inline,
``LEBAR_GRAFIK_MM`` wide. Horizontal bars of capaian (%) per indicator with a 100 % reference line, drawn at
150 dpi for a 240 mm wide picture, with 9-point text: legible when printed, small and fast (a large Pemda draws
about 100 of these). Bars take the colour of their predikat band; an indicator without a capaian shows why
instead of a bar. A long list of indicators is split over several pictures.

Pillow is imported on the first chart only: nothing else of a run needs it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from iku_docs.documents.grafik import Batang, Grafik
from iku_docs.model import Predikat

LEBAR_GRAFIK_MM = 240.0  # fits the text width of an A4 landscape page too
_DPI = 150
_PX_PER_MM = _DPI / 25.4
_MAKS_BATANG = 12  # indicators per chart, so no chart is a wall of bars
# Tallest chart: the text height of an A4 landscape page (210 − 40 mm) less its heading and caption room.
_MAKS_TINGGI_MM = 150.0
# Layout in millimetres at print size (converted with _px): font sizes, label column, margins.
_HURUF_MM, _HURUF_KECIL_MM, _BARIS_MM = 3.3, 2.9, 4.3
_LABEL_MM, _NILAI_MM, _ATAS_MM, _BAWAH_MM = 88.0, 24.0, 9.0, 12.0
_WARNA = ("#1B5E20", "#558B2F", "#F9A825", "#EF6C00", "#B71C1C")  # best band → worst band
SUMBU = "Capaian (%)"  # the axis title, at the left of the bottom line


@cache
def _palette() -> Any:
    """White, 32 greys (anti-aliased text), the band colours and the reference red."""
    from PIL import Image, ImageColor

    colours = [(g, g, g) for g in range(0, 256, 8)] + [(255, 255, 255)]
    colours += [ImageColor.getrgb(c) for c in (*_WARNA, "#C62828", "#D0D0D0", "#404040", "#707070")]
    img = Image.new("P", (1, 1))
    img.putpalette([v for rgb in colours for v in rgb])
    return img


@cache
def _font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


def _px(mm: float) -> int:
    return round(mm * _PX_PER_MM)


def draw_charts(grafik: Grafik) -> list[bytes]:
    """The chart's pictures as PNG, none when it has no rows.

    Indicators are split over several pictures (at most 12 each, and never taller than a landscape page
    holds, long names taking more height), in table order.
    """
    legend = _legend_layout(grafik.skala, _px(_HURUF_KECIL_MM))
    return [draw_chart(replace(grafik, batang=chunk)) for chunk in _chunks(grafik.batang, legend.extra)]


def _row_height(nama: str) -> int:
    """Height in pixels of one indicator's row: its wrapped label, or the bar when the label is short."""
    lines = _wrap(nama, _px(_HURUF_MM), _px(_LABEL_MM))
    return max(len(lines) * _px(_BARIS_MM) + _px(3), _px(9))


def _chunks(batang: Sequence[Batang], legend_extra: int = 0) -> list[tuple[Batang, ...]]:
    budget = _px(_MAKS_TINGGI_MM) - _px(_ATAS_MM) - _px(_BAWAH_MM) - legend_extra
    chunks: list[list[Batang]] = []
    used = 0
    for item in batang:
        h = _row_height(item.nama)
        if not chunks or len(chunks[-1]) >= _MAKS_BATANG or used + h > budget:
            chunks.append([])
            used = 0
        chunks[-1].append(item)
        used += h
    return [tuple(chunk) for chunk in chunks]


def draw_chart(grafik: Grafik) -> bytes:
    """All of the chart's rows in one picture, as PNG (``draw_charts`` splits a long chart first)."""
    bands, items = grafik.skala, grafik.batang
    besar, kecil = _px(_HURUF_MM), _px(_HURUF_KECIL_MM)  # font sizes in pixels: about 9 and 8 points
    line_h = _px(_BARIS_MM)
    width = _px(LEBAR_GRAFIK_MM)
    x0, x1 = _px(_LABEL_MM) + _px(4), width - _px(_NILAI_MM)
    label_w = _px(_LABEL_MM)
    top, bottom = _px(_ATAS_MM), _px(_BAWAH_MM)
    labels = [_wrap(b.nama, besar, label_w) for b in items]
    heights = [_row_height(b.nama) for b in items]
    legend = _legend_layout(bands, kecil)
    axis_y = top + sum(heights)  # the bottom of the plot: tick labels and the axis title go below it
    height = axis_y + bottom + legend.extra
    values = [b.nilai for b in items if b.nilai is not None]
    skala_maks = max(Decimal(120), *values) if values else Decimal(120)
    # Capped before the arithmetic: a capaian of 1e300 would not fit an integer division's 28 digits.
    axis_max = int((min(skala_maks, Decimal(200)) + 19) // 20 * 20)

    def x_of(v: Decimal | int) -> int:
        return x0 + round((x1 - x0) * min(float(v), axis_max) / axis_max)

    k = _Kanvas(width, height)
    for tick in range(0, axis_max + 1, 20):
        x = x_of(tick)
        k.line([(x, top), (x, axis_y)], "#D0D0D0", 1)
        k.stamp((x, axis_y + _px(1.5)), str(tick), kecil, "#404040", "ma")  # 0..200: no thousands separator
    baseline = axis_y + bottom - _px(1)
    k.stamp((x0, baseline), SUMBU, kecil, "#404040", "ld")  # the axis
    _legend(k, legend, baseline)
    k.stamp((width - _px(2), top - _px(2.5)), "Capaian (%)", kecil, "#404040", "rd")
    values_at: list[tuple[int, str]] = []
    y = top
    for lines, h, b in zip(labels, heights, items, strict=True):
        mid = y + h // 2
        first = mid - (len(lines) - 1) * line_h // 2
        for i, line in enumerate(lines):
            k.stamp_words((label_w, first + i * line_h), line, besar, "black")
        if b.nilai is None:
            k.stamp((x0 + _px(2), mid), b.teks, kecil, "#707070", "lm", over_lines=True)  # crosses the grid
        else:
            bar_h = _px(5)
            k.rectangle([x0, mid - bar_h // 2, max(x_of(b.nilai), x0 + 1), mid + bar_h // 2],
                        _warna(b.predikat, bands))
            values_at.append((mid, b.teks))
        y += h
    x100 = x_of(100)
    for y_dash in range(top - _px(2), axis_y, _px(3)):  # dashed: reads as a reference, not a bar
        k.line([(x100, y_dash), (x100, min(y_dash + _px(1.8), axis_y))], "#C62828", 3)
    k.stamp((x100, top - _px(2.5)), "100%", kecil, "#C62828", "md")
    k.line([(x0, top - _px(1)), (x0, axis_y)], "black", 2)
    for mid, teks in values_at:  # a column of their own at the right: never crossed by a bar or the line
        k.stamp((width - _px(2), mid), teks, besar, "black", "rm")
    return k.png()


class _Kanvas:
    """A chart picture drawn straight in palette mode, with the same pixels as drawing it in RGB and
    quantizing it to the fixed palette afterwards (tests compare the two), at a fraction of the cost.

    Every colour is known in advance (grey text on white, flat bars), so a fixed palette loses nothing. Flat
    shapes take their colour's palette index; text is pasted from cached tiles whose anti-aliased edges were
    quantized over white once; text that may cross a line (``over_lines``) is blended in RGB on its own box.
    """

    def __init__(self, width: int, height: int) -> None:
        from PIL import Image, ImageDraw

        self.image = Image.new("P", (width, height), _index("white"))
        self.image.putpalette(_palette().getpalette())
        self._draw = ImageDraw.Draw(self.image)

    def line(self, xy: Sequence[tuple[int, int]], colour: str, width: int) -> None:
        self._draw.line(list(xy), fill=_index(colour), width=width)

    def rectangle(self, box: Sequence[int], colour: str) -> None:
        self._draw.rectangle(list(box), fill=_index(colour))

    def stamp(self, xy: tuple[int, int], text: str, size: int, colour: str, anchor: str,
              over_lines: bool = False) -> None:
        if over_lines:
            self._blend(xy, text, size, colour, anchor)
        else:
            self._paste(_tile(text, size, anchor, colour), xy[0], xy[1])

    def stamp_words(self, xy: tuple[int, int], line: str, size: int, colour: str) -> None:
        """An indicator label right-aligned on ``xy`` (anchor "rm"), pasted word by word from cached tiles.

        Each label is drawn once, but its words ("Persentase", "layanan", "yang"...) recur in every chart, and
        FreeType rendering was most of a chart's cost. The built-in font has no kerning and whole-pixel
        advances, so words at their advance positions give exactly the pixels of the whole line (tests
        compare the two).
        """
        x = xy[0] - _width(line, size)
        baseline = xy[1] + _middle_to_baseline(size)
        space = _word_width(" ", size)
        for word in line.split(" "):
            if word:
                self._paste(_tile(word, size, "ls", colour), round(x), baseline)
            x += _word_width(word, size) + space

    def _paste(self, tile: _Tile, x: int, y: int) -> None:
        """A text tile with its anchor point at (x, y).

        The core paste itself: Image.paste re-checks modes and loads all three images on every call, several
        times the cost of copying a word, and a large Pemda pastes 10,000 words. The core clips at the edges.
        """
        pixels, inked, width, height, dx, dy = tile
        x, y = x + dx, y + dy
        self.image.im.paste(pixels, (x, y, x + width, y + height), inked)

    def _blend(self, xy: tuple[int, int], text: str, size: int, colour: str, anchor: str) -> None:
        """Text over whatever is drawn below it: blended in RGB and quantized, on the text's box only."""
        mask, dx, dy = _mask(text, size, anchor)
        left, top = xy[0] + dx, xy[1] + dy
        region = self.image.crop((left, top, left + mask.width, top + mask.height)).convert("RGB")
        region.paste(colour, (0, 0), mask)
        self.image.paste(_quantize(region), (left, top))

    def png(self) -> bytes:
        """The picture as PNG, written by Pillow: 8-bit palette, rows unfiltered (Pillow's choice for palette
        pictures), deflated at level 1.

        Level 1 for speed (a large Pemda writes about 100 charts); a faster deflater (ISA-L is 8x faster) would
        make the bytes of a document depend on what else happens to be installed, and archived outputs must not.
        """
        buf = io.BytesIO()
        self.image.save(buf, "PNG", optimize=False, compress_level=1)
        return buf.getvalue()


def _quantize(rgb: Any) -> Any:
    from PIL import Image

    return rgb.quantize(palette=_palette(), dither=Image.Dither.NONE)


@cache
def _lut(colour: str) -> bytes:
    """The palette index of ``colour`` laid over white at each coverage 0..255 (255: the flat colour).

    Made by the operations a picture drawn in RGB goes through (paste through an anti-aliased mask onto
    white, then quantize to the palette), so palette-mode drawing gives the same pixels.
    """
    from PIL import Image

    rgb = Image.new("RGB", (256, 1), "white")
    rgb.paste(colour, (0, 0, 256, 1), Image.frombytes("L", (256, 1), bytes(range(256))))
    return _quantize(rgb).tobytes()


def _index(colour: str) -> int:
    return _lut(colour)[255]


_INKED = bytes([0] + [255] * 255)  # coverage → paste mask: every pixel the text touches, and no other


# A text's pixels (palette indices over white) and the mask of those it touches, as Pillow's core images (pasted
# directly, see _Kanvas._paste), their width and height, and their offset from the text's anchor point.
_Tile = tuple[Any, Any, int, int, int, int]


@lru_cache(maxsize=4096)
def _tile(text: str, size: int, anchor: str, colour: str) -> _Tile:
    """``text`` in ``colour`` as a tile. Mapped with bytes.translate: Image.point rounds its 256-entry table in
    Python on every call."""
    from PIL import Image

    mask, dx, dy = _mask(text, size, anchor)
    coverage = mask.tobytes()
    pixels = Image.frombytes("P", mask.size, coverage.translate(_lut(colour)))
    inked = Image.frombytes("L", mask.size, coverage.translate(_INKED))
    return pixels.im, inked.im, mask.width, mask.height, dx, dy


@lru_cache(maxsize=4096)
def _mask(text: str, size: int, anchor: str) -> tuple[Any, int, int]:
    """Anti-aliased text as an 'L' mask and its offset from the anchor point, rendered once per text:
    tick labels, legend and common values repeat on every chart, and FreeType rendering dominates."""
    from PIL import Image

    # getmask2 lays the text out and renders it once; what ImageDraw.text does after measuring it again.
    bitmap, (left, top) = _font(size).getmask2(text, mode="L", anchor=anchor)
    width, height = bitmap.size
    mask = Image.new("L", (max(width, 1), max(height, 1)), 0)
    if width and height:
        mask.im.paste(bitmap, (0, 0, width, height))
    return mask, left, top


@dataclass(frozen=True, slots=True)
class Kunci:
    """One legend key: a colour swatch and its label's lines, each line a (left x, y, text) with y
    relative to the bottom line's baseline (0: on it; the rows under it are further down)."""

    warna: str
    swatch: tuple[int, int, int, int]  # left, top, right, bottom (relative y, as the lines)
    baris: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True, slots=True)
class TataLegenda:
    """Where the predikat legend goes: on the bottom line right of the axis title when it fits there
    (every usual scale), otherwise on rows of its own under that line, ``extra`` pixels taller."""

    kunci: tuple[Kunci, ...]
    size: int
    extra: int


def _legend(k: _Kanvas, tata: TataLegenda, baseline: int) -> None:
    """Predikat colour keys: the colours mean what the Predikat column says. Text blended as over lines (it
    never is now; kept so the usual legend keeps its exact pixels)."""
    for key in tata.kunci:
        for x, y, line in key.baris:
            k.stamp((x, baseline + y), line, tata.size, "#404040", "ld", over_lines=True)
        left, top, right, bottom = key.swatch
        k.rectangle([left, baseline + top, right, baseline + bottom], key.warna)


@lru_cache(maxsize=64)
def _legend_layout(bands: tuple[Predikat, ...], size: int) -> TataLegenda:
    """Right-aligned on the bottom line when the whole legend fits right of the axis title with a gap to
    spare; otherwise keys flow left to right on rows under that line, a label too long for a row wrapped
    over several lines. Never over the axis title, never past either edge of the picture."""
    gap, swatch = _px(4), _px(3)
    right = _px(LEBAR_GRAFIK_MM) - _px(2)
    widths = [_mask(b.label, size, "ld")[0].width for b in bands]
    one_line = sum(widths) + 2 * gap * len(bands) - gap
    title_right = _px(_LABEL_MM) + _px(4) + _text_box(SUMBU, size, "ld")[2]
    if right - one_line >= title_right + gap:
        keys, x = [], right
        for band, w in zip(reversed(bands), reversed(widths), strict=True):
            x -= w
            label_x = x
            x -= gap
            keys.append(Kunci(_warna(band.label, bands), (x, -swatch, x + swatch, 0), ((label_x, 0, band.label),)))
            x -= gap
        return TataLegenda(tuple(reversed(keys)), size, 0)
    line_h = _px(_BARIS_MM)
    left = _px(2)
    room = right - left - gap  # the widest label: a whole row less its swatch
    keys, x, y, row_lines = [], left, line_h, 1
    for band in bands:
        lines = [band.label] if _mask(band.label, size, "ld")[0].width <= room else \
            list(_wrap(band.label, size, room, max_lines=20))
        w = gap + max(_text_box(line, size, "ld")[2] for line in lines)
        if x > left and x + w > right:  # the next row
            x, y, row_lines = left, y + row_lines * line_h, 1
        keys.append(Kunci(_warna(band.label, bands), (x, y - swatch, x + swatch, y),
                          tuple((x + gap, y + i * line_h, line) for i, line in enumerate(lines))))
        row_lines = max(row_lines, len(lines))
        x += w + gap
    return TataLegenda(tuple(keys), size, y + (row_lines - 1) * line_h)


def _text_box(text: str, size: int, anchor: str) -> tuple[int, int, int, int]:
    """The box ``text`` inks around its anchor point, as (left, top, right, bottom) offsets."""
    mask, dx, dy = _mask(text, size, anchor)
    return dx, dy, dx + mask.width, dy + mask.height


def chart_boxes(grafik: Grafik) -> dict[str, Any]:
    """The picture's box, the axis title's and every legend swatch's and label line's, in pixels (left, top,
    right, bottom) as ``draw_chart`` places them: for tests to check nothing overlaps or leaves the picture."""
    kecil = _px(_HURUF_KECIL_MM)
    legend = _legend_layout(grafik.skala, kecil)
    axis_y = _px(_ATAS_MM) + sum(_row_height(b.nama) for b in grafik.batang)
    baseline = axis_y + _px(_BAWAH_MM) - _px(1)

    def at(x: int, y: int, text: str) -> tuple[int, int, int, int]:
        left, top, right, bottom = _text_box(text, kecil, "ld")
        return x + left, y + top, x + right, y + bottom

    x0 = _px(_LABEL_MM) + _px(4)
    return {
        "gambar": (0, 0, _px(LEBAR_GRAFIK_MM), axis_y + _px(_BAWAH_MM) + legend.extra),
        "sumbu": at(x0, baseline, SUMBU),
        "legenda": [box for key in legend.kunci for box in (
            (key.swatch[0], baseline + key.swatch[1], key.swatch[2], baseline + key.swatch[3]),
            *(at(x, baseline + y, line) for x, y, line in key.baris))],
    }


def _warna(predikat: str | None, bands: Sequence[Predikat]) -> str:
    labels = [b.label for b in bands]
    if predikat not in labels or len(labels) < 2:
        return _WARNA[0]
    pos = labels.index(predikat) / (len(labels) - 1)
    return _WARNA[round(pos * (len(_WARNA) - 1))]


@lru_cache(maxsize=4096)
def _word_width(word: str, size: int) -> float:
    return _font(size).getlength(word)


@cache
def _middle_to_baseline(size: int) -> int:
    """Pixels from a line's middle (anchor "m") down to its baseline: font metrics, the same for every text."""
    return _mask("x", size, "lm")[2] - _mask("x", size, "ls")[2]


def _width(text: str, size: int) -> float:
    """The advance width of ``text`` from cached word widths: exact for the built-in font, which has no
    kerning (Pillow's basic layout adds glyph advances), and a fifth of the cost of measuring each line."""
    words = text.split(" ")
    return sum(_word_width(w, size) for w in words) + (len(words) - 1) * _word_width(" ", size)


@lru_cache(maxsize=4096)
def _wrap(text: str, size: int, width_px: int, max_lines: int = 4) -> tuple[str, ...]:
    """Greedy word wrap by rendered width; text beyond ``max_lines`` lines ends in an ellipsis."""
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if _width(candidate, size) <= width_px or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        last = " ".join(lines[max_lines - 1:]).split()
        while len(last) > 1 and _width(" ".join(last) + " …", size) > width_px:
            last.pop()
        lines = [*lines[:max_lines - 1], " ".join(last) + " …"]
    return tuple(lines) or ("-",)

