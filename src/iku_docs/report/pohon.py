"""The pohon kinerja as inline SVG for the HTML report: Pemda sasaran → Pemda IKU → supporting PD IKU.

Drawn left to right in three columns. Small models get one box per PD IKU with its name and an
edge styled by cascading type (seed 001: Duplicate, Cluster, Supportive, Unique). Large models
(more than ``BATAS_RINCI`` linked PD IKU, e.g. 60 PD × 12 IKU) collapse each Pemda IKU's support
into one box where every PD's codes flow as chips, the chip border carrying the cascading type;
the full indicator name is in each chip's tooltip. PD IKU without a parent, or pointing to a
Pemda IKU that does not exist, are listed below the tree in colour, as are Pemda IKU that no PD
IKU supports. Every text is escaped; the SVG uses no external resource and is sized to its content.
"""

from __future__ import annotations

import textwrap
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from iku_docs.findings import Temuan, Tingkat
from iku_docs.model import IKU, Pemda
from iku_docs.workbook import contract as c


def escape(text: str) -> str:
    """``xml.sax.saxutils.escape``: importing saxutils pulls in urllib.request and http.client, a third of
    the report's time for a large Pemda."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(text: str) -> str:
    """``xml.sax.saxutils.quoteattr``: the escaped value in the quotes it does not contain."""
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))


DUPLICATE, CLUSTER, UNIQUE, SUPPORTIVE = c.JENIS_CASCADING
BATAS_RINCI = 40  # up to this many linked PD IKU, each gets its own named box

# Column geometry (px).
PAD = 16
X_SASARAN, W_SASARAN = PAD, 220
X_IKU, W_IKU = X_SASARAN + W_SASARAN + 24, 270
X_PD = X_IKU + W_IKU + 48
W_PD = 560
LEBAR = X_PD + W_PD + PAD
BARIS = 15  # line height of 12 px text
CHAR = 6.4  # average width of a 12 px sans-serif character
CHAR_KECIL = 6.3  # 11 px
CELAH = 10  # vertical gap between boxes

# Edge/chip styles per cascading type: (colour, dash pattern, letter).
GAYA: dict[str, tuple[str, str, str]] = {
    DUPLICATE: ("#1f6feb", "", "D"),
    CLUSTER: ("#8250df", "7 4", "C"),
    SUPPORTIVE: ("#1a7f37", "2 3", "S"),
    UNIQUE: ("#6e7781", "1 5", "U"),
    "": ("#6e7781", "", "?"),
}
CAMPURAN = ("#57606a", "", "")
MERAH, MERAH_MUDA, JINGGA, JINGGA_MUDA = "#cf222e", "#ffebe9", "#bc4c00", "#fff1e5"

_CSS = (
    "text{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;font-size:12px;fill:#1f2328}"
    ".judul{font-size:14px;font-weight:bold}.kode{font-weight:bold}.kecil{font-size:11px}"
    ".redup{fill:#57606a}.galat{fill:#cf222e;font-weight:bold}.peringatan{fill:#9a6700}"
    ".kotak{stroke-width:1.2}.tepi{fill:none;stroke-width:1.6}"
)


@dataclass(frozen=True, slots=True)
class _Tanda:
    """Findings on one row, for the badge under its box."""

    galat: int = 0
    peringatan: int = 0

    def teks(self) -> str:
        parts = [f"{self.galat} galat"] if self.galat else []
        parts += [f"{self.peringatan} peringatan"] if self.peringatan else []
        return " · ".join(parts)


class _Kanvas:
    """Collects SVG elements; every text goes through ``escape``."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str, stroke: str, cls: str = "kotak",
             dash: str = "", rx: int = 6, data: dict[str, str] | None = None, judul: str | None = None) -> None:
        data = dict(data or {})
        cls = data.pop("class", cls)  # a caller's class replaces the default one
        attrs = _attrs(data)
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        title = f"<title>{escape(judul)}</title>" if judul else ""
        self.parts.append(f'<rect class="{cls}" x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" rx="{rx}" '
                          f'fill="{fill}" stroke="{stroke}"{dash_attr}{attrs}>{title}</rect>')

    def text(self, x: float, y: float, lines: Iterable[str], *, cls: str = "", fill: str | None = None) -> float:
        """Lines from baseline ``y``; returns the y below the last line."""
        out = []
        for line in lines:
            out.append(f'<text x="{x:.0f}" y="{y:.0f}"' + (f' class="{cls}"' if cls else "")
                       + (f' style="fill:{fill}"' if fill else "") + f">{escape(line)}</text>")
            y += BARIS
        self.parts.extend(out)
        return y

    def edge(self, x1: float, y1: float, x2: float, y2: float, gaya: tuple[str, str, str], kelas: str) -> None:
        colour, dash, _ = gaya
        mid = (x1 + x2) / 2
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(f'<path class="tepi {kelas}" d="M{x1:.0f},{y1:.0f} C{mid:.0f},{y1:.0f} {mid:.0f},{y2:.0f} '
                          f'{x2:.0f},{y2:.0f}" stroke="{colour}"{dash_attr}/>')


def _attrs(data: dict[str, str] | None) -> str:
    return "".join(f" {k}={quoteattr(v)}" for k, v in (data or {}).items())


def _wrap(text: str, width_px: float, char: float = CHAR, max_lines: int = 4) -> list[str]:
    lines = textwrap.wrap(" ".join(text.split()), max(8, int(width_px / char))) or [""]
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], textwrap.shorten(" ".join(lines[max_lines - 1:]), int(width_px / char),
                                                          placeholder=" …")]
    return lines


def _tanda(temuan: Iterable[Temuan]) -> dict[tuple[str | None, int | None], _Tanda]:
    counts: dict[tuple[str | None, int | None], Counter[Tingkat]] = defaultdict(Counter)
    for t in temuan:
        counts[(t.lembar, t.baris)][t.tingkat] += 1
    return {k: _Tanda(v[Tingkat.GALAT], v[Tingkat.PERINGATAN]) for k, v in counts.items()}


def _gaya(iku: IKU) -> tuple[str, str, str]:
    return GAYA.get(iku.jenis_cascading or "", GAYA[""])


# --- Layout -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Chip:
    iku: IKU
    label: str
    width: float
    kelas: str  # "" | "putus" (parent code does not exist) | "tanpa-induk" (type needs a parent, none given)


def _chips(ikus: Iterable[IKU], induk: set[str]) -> list[_Chip]:
    out = []
    for i in ikus:
        putus = bool(i.mendukung) and i.mendukung not in induk
        tanpa_induk = not i.mendukung and i.jenis_cascading != UNIQUE
        label = f"{_gaya(i)[2]} {i.kode}" + (f" → {i.mendukung} (tidak ada)" if putus else "")
        kelas = "putus" if putus else ("tanpa-induk" if tanpa_induk else "")
        out.append(_Chip(i, label, len(label) * CHAR_KECIL + 14, kelas))
    return out


_WARNA_CHIP = {"putus": (MERAH, MERAH_MUDA), "tanpa-induk": (JINGGA, JINGGA_MUDA)}


def _chip_svg(chip: _Chip, x: float, y: float) -> str:
    colour, dash, _ = _gaya(chip.iku)
    colour, fill = _WARNA_CHIP.get(chip.kelas, (colour, "#ffffff"))
    dash_attr = f' stroke-dasharray="{dash}"' if dash and not chip.kelas else ""
    judul = f"{chip.iku.kode} ({chip.iku.kode_pd}, {chip.iku.jenis_cascading or 'jenis kosong'}): {chip.iku.nama}"
    text_fill = f' style="fill:{colour}"' if chip.kelas else ""
    kelas = f"chip {chip.kelas}".strip()
    return (f'<g class="{kelas}" data-kode={quoteattr(chip.iku.kode)}><title>{escape(judul)}</title>'
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{chip.width:.0f}" height="18" rx="9" fill="{fill}" '
            f'stroke="{colour}" stroke-width="1.4"{dash_attr}/>'
            f'<text x="{x + 7:.0f}" y="{y + 13:.0f}" class="kecil"{text_fill}>{escape(chip.label)}</text></g>')


def _flow(kanvas: _Kanvas, x: float, y: float, width: float, per_pd: list[tuple[str, list[_Chip]]],
          *, draw: bool) -> float:
    """PD labels followed by their chips, wrapped within ``width``; returns the height used."""
    cx, cy, row_h = x, y, 22
    for pd_label, chips in per_pd:
        label_w = len(pd_label) * CHAR_KECIL + 8
        first_w = label_w + (chips[0].width if chips else 0)
        if cx > x and cx + first_w > x + width:
            cx, cy = x, cy + row_h
        if draw:
            kanvas.text(cx, cy + 15, [pd_label], cls="kecil kode redup")
        cx += label_w
        for chip in chips:
            if cx + chip.width > x + width:
                cx, cy = x + 12, cy + row_h
            if draw:
                kanvas.parts.append(_chip_svg(chip, cx, cy + 2))
            cx += chip.width + 4
        cx += 8
    return cy - y + row_h


def _per_pd(model: Pemda, ikus: list[IKU], induk: set[str]) -> list[tuple[str, list[_Chip]]]:
    groups: dict[str, list[IKU]] = defaultdict(list)
    for i in ikus:
        groups[i.kode_pd].append(i)
    order = [p.kode for p in model.perangkat_daerah if p.kode in groups]
    return [(f"{k}:", _chips(groups[k], induk)) for k in order]


def render_pohon_svg(model: Pemda, temuan: list[Temuan]) -> str:
    """The pohon kinerja of ``model`` as one self-contained ``<svg>`` element (Bahasa Indonesia labels)."""
    tanda = _tanda(temuan)
    induk = {i.kode for i in model.iku}
    anak: dict[str, list[IKU]] = defaultdict(list)
    yatim: list[IKU] = []
    for pd in model.perangkat_daerah:
        for i in pd.iku:
            (anak[i.mendukung] if i.mendukung in induk else yatim).append(i)
    rinci = sum(len(v) for v in anak.values()) <= BATAS_RINCI

    kanvas = _Kanvas()
    y = _legenda(kanvas, model)
    for sasaran, ikus in _per_sasaran(model.iku):
        y = _sasaran(kanvas, model, y, sasaran, ikus, anak, induk, tanda, rinci) + CELAH * 2
    y = _yatim(kanvas, model, y, yatim, induk)
    tinggi = y + PAD
    label = quoteattr(f"Pohon kinerja {model.nama_lengkap}")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{LEBAR}" height="{tinggi:.0f}" '
            f'viewBox="0 0 {LEBAR} {tinggi:.0f}" role="img" aria-label={label}>'
            f"<style>{_CSS}</style>" + "".join(kanvas.parts) + "</svg>")


def _per_sasaran(ikus: Iterable[IKU]) -> list[tuple[str, list[IKU]]]:
    groups: dict[str, list[IKU]] = {}
    for i in ikus:
        groups.setdefault(i.sasaran, []).append(i)
    return list(groups.items())


def _legenda(kanvas: _Kanvas, model: Pemda) -> float:
    kanvas.text(PAD, PAD + 12, [f"Pohon Kinerja {model.nama_lengkap} {model.periode_awal}–{model.periode_akhir}"],
                cls="judul")
    x, y = PAD, PAD + 32
    for jenis in (DUPLICATE, CLUSTER, SUPPORTIVE, UNIQUE):
        colour, dash, huruf = GAYA[jenis]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        kanvas.parts.append(f'<line x1="{x}" y1="{y - 4}" x2="{x + 28}" y2="{y - 4}" stroke="{colour}" '
                            f'stroke-width="2"{dash_attr}/>')
        label = f"{huruf} = {jenis}"
        kanvas.text(x + 32, y, [label], cls="kecil")
        x += 32 + len(label) * CHAR_KECIL + 16
    for (stroke, fill), label in (((MERAH, MERAH_MUDA), "tidak didukung / IKU Pemda tidak ada"),
                                  ((JINGGA, JINGGA_MUDA), "tanpa IKU Pemda")):
        kanvas.rect(x, y - 10, 12, 12, fill=fill, stroke=stroke, rx=2)
        kanvas.text(x + 16, y, [label], cls="kecil")
        x += 16 + len(label) * CHAR_KECIL + 16
    y += 26
    kanvas.text(X_SASARAN, y, ["Sasaran Pemda"], cls="kecil kode redup")
    kanvas.text(X_IKU, y, [c.LEMBAR_IKU_PEMDA.nama], cls="kecil kode redup")
    kanvas.text(X_PD, y, ["IKU Perangkat Daerah yang mendukung"], cls="kecil kode redup")
    return y + 10


def _sasaran(kanvas: _Kanvas, model: Pemda, y0: float, sasaran: str, ikus: list[IKU], anak: dict[str, list[IKU]],
             induk: set[str], tanda: dict, rinci: bool) -> float:
    y = y0
    for iku in ikus:
        y = _iku(kanvas, model, y, iku, anak.get(iku.kode, []), induk, tanda, rinci) + CELAH
    tinggi = y - y0 - CELAH
    lines = _wrap(sasaran, W_SASARAN - 16, max_lines=max(1, int((tinggi - 12) // BARIS)))
    kanvas.rect(X_SASARAN, y0, W_SASARAN, tinggi, fill="#f6f8fa", stroke="#8c959f",
                data={"class": "kotak sasaran"}, judul=sasaran)
    kanvas.text(X_SASARAN + 8, y0 + 18, lines)
    return y - CELAH


def _iku(kanvas: _Kanvas, model: Pemda, y0: float, iku: IKU, pendukung: list[IKU], induk: set[str], tanda: dict,
         rinci: bool) -> float:
    nama = _wrap(iku.nama, W_IKU - 16)
    badge = tanda.get((iku.asal.lembar, iku.asal.baris))
    tanpa = not pendukung
    own_h = 14 + BARIS * (1 + len(nama)) + (BARIS if tanpa else 0) + (BARIS if badge else 0)
    if rinci:
        boxes = [(i, _wrap(i.nama, W_PD - 16, max_lines=3)) for i in pendukung]
        child_h = sum(14 + BARIS * (1 + len(lines)) + CELAH for _, lines in boxes) - CELAH if boxes else 0
    else:
        per_pd = _per_pd(model, pendukung, induk)
        child_h = _flow(kanvas, X_PD + 8, 0, W_PD - 16, per_pd, draw=False) + 12 if per_pd else 0
    h = max(own_h, child_h)
    fill, stroke = (MERAH_MUDA, MERAH) if tanpa else ("#ddf4ff", "#0969da")
    cls = "kotak iku-pemda" + (" tanpa-dukungan" if tanpa else "")
    kanvas.rect(X_IKU, y0, W_IKU, h, fill=fill, stroke=stroke, data={"data-kode": iku.kode, "class": cls},
                judul=f"{iku.kode}: {iku.nama}")
    y = kanvas.text(X_IKU + 8, y0 + 18, [iku.kode], cls="kode")
    y = kanvas.text(X_IKU + 8, y, nama)
    if tanpa:
        y = kanvas.text(X_IKU + 8, y, ["Belum didukung IKU PD"], cls="kecil galat")
    if badge:
        kanvas.text(X_IKU + 8, y, [badge.teks()], cls="kecil " + ("galat" if badge.galat else "peringatan"))
    # Sasaran → IKU connector.
    kanvas.edge(X_SASARAN + W_SASARAN, y0 + 16, X_IKU, y0 + 16, ("#8c959f", "", ""), "sasaran-iku")
    if not pendukung:
        return y0 + h
    if rinci:
        cy = y0
        for i, lines in boxes:
            bh = 14 + BARIS * (1 + len(lines))
            _pd_box(kanvas, model, cy, bh, i, lines, tanda)
            kanvas.edge(X_IKU + W_IKU, y0 + 16, X_PD, cy + bh / 2, _gaya(i), "cascading")
            cy += bh + CELAH
    else:
        kinds = {i.jenis_cascading or "" for i in pendukung}
        gaya = GAYA.get(kinds.pop(), CAMPURAN) if len(kinds) == 1 else CAMPURAN
        kanvas.rect(X_PD, y0, W_PD, child_h, fill="#ffffff", stroke="#d0d7de", data={"class": "kotak pendukung"})
        _flow(kanvas, X_PD + 8, y0 + 6, W_PD - 16, per_pd, draw=True)
        kanvas.edge(X_IKU + W_IKU, y0 + 16, X_PD, y0 + 16, gaya, "cascading")
    return y0 + h


def _pd_box(kanvas: _Kanvas, model: Pemda, y0: float, h: float, iku: IKU, lines: list[str], tanda: dict) -> None:
    colour, dash, _ = _gaya(iku)
    pd = model.pd(iku.kode_pd)
    badge = tanda.get((iku.asal.lembar, iku.asal.baris))
    kanvas.rect(X_PD, y0, W_PD, h, fill="#ffffff", stroke=colour, dash=dash,
                data={"data-kode": iku.kode, "class": "kotak iku-pd"}, judul=f"{iku.kode}: {iku.nama}")
    head = f"{iku.kode} · {pd.nama if pd else iku.kode_pd} · {iku.jenis_cascading or 'jenis belum dipilih'}"
    if badge:
        head += f" · {badge.teks()}"
    kanvas.text(X_PD + 8, y0 + 18, [head], cls="kecil kode" + (" galat" if badge and badge.galat else ""))
    kanvas.text(X_PD + 8, y0 + 18 + BARIS, lines)


def _yatim(kanvas: _Kanvas, model: Pemda, y0: float, yatim: list[IKU], induk: set[str]) -> float:
    if not yatim:
        return y0
    y = kanvas.text(PAD, y0 + 20, ["IKU Perangkat Daerah tanpa induk"], cls="judul")
    keterangan = ("Merah: menunjuk IKU Pemda yang tidak ada. Jingga: Duplicate/Cluster/Supportive atau jenis kosong "
                  "tanpa IKU Pemda. Abu-abu: Unique (memang tidak terkait IKU Pemda).")
    kanvas.text(PAD, y, [keterangan], cls="kecil redup")
    y += 10
    per_pd = _per_pd(model, yatim, induk)
    width = LEBAR - 2 * PAD
    h = _flow(kanvas, PAD + 8, 0, width - 16, per_pd, draw=False) + 12
    putus = any(i.mendukung for i in yatim)
    perlu_induk = any(not i.mendukung and i.jenis_cascading != UNIQUE for i in yatim)
    fill, stroke = (MERAH_MUDA, MERAH) if putus else ((JINGGA_MUDA, JINGGA) if perlu_induk else ("#f6f8fa", "#8c959f"))
    kanvas.rect(PAD, y, width, h, fill=fill, stroke=stroke, data={"class": "kotak yatim"})
    _flow(kanvas, PAD + 8, y + 6, width - 16, per_pd, draw=True)
    return y + h
