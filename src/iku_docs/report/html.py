"""``laporan-validasi.html``: one self-contained page for a reviewer (Inspektorat, Bagian Organisasi).

The page has no network references (inline CSS, system fonts, inline SVG), so it opens
the same from a USB stick, an e-mail attachment or an archive years later. The
context is a plain dict built here; ``laporan.html.j2`` only lays it out. Jinja2 runs
with autoescape on: cell values such as ``<script>`` or ``&`` are shown, never executed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iku_docs.findings import Laporan, Temuan, Tingkat
from iku_docs.output import write_bytes_atomic
from iku_docs.report import (
    LABEL_TINGKAT,
    LEMBAR_UMUM,
    PENJELASAN_TINGKAT,
    ordered,
    sheet_rank,
    status,
)

if TYPE_CHECKING:
    from jinja2 import Template

    from iku_docs.model import Pemda

TEMPLATE_NAME = "laporan.html.j2"
STYLESHEET_NAME = "laporan.css"  # inlined into the page; the web page (web/) links the same file
JUDUL = "Laporan Validasi Buku Kerja IKU"
PEMDA_KEY = ""  # the row of the per-PD table for findings tied to no Perangkat Daerah
NILAI_MAX = 400  # a pasted paragraph in a cell must not push the message off the page
# A page a browser still opens: a rule that fires on 50,000 rows lists its first findings here, the rest
# stay in the JSON and the annotated copy. Counts always cover every finding.
TEMUAN_PER_ATURAN_MAX = 200


@dataclass(frozen=True, slots=True)
class BarisPD:
    """One row of the per-Perangkat-Daerah summary."""

    kode: str
    nama: str
    jumlah_iku: int
    galat: int
    peringatan: int
    saran: int

    @property
    def jumlah_temuan(self) -> int:
        return self.galat + self.peringatan + self.saran


def write_html(laporan: Laporan, path: Path, model: Pemda | None = None, tanggal: date | None = None) -> Path:
    return write_bytes_atomic(path, render_html(laporan, model=model, tanggal=tanggal).encode("utf-8"))


def render_html(laporan: Laporan, model: Pemda | None = None, tanggal: date | None = None) -> str:
    from markupsafe import Markup

    # Markup: our own stylesheet, inlined as it is (autoescape would turn its quotes into entities).
    return _template().render(gaya=Markup(stylesheet()), **build_context(laporan, model=model, tanggal=tanggal))


@cache
def stylesheet() -> str:
    """The report's CSS: inlined into every report, so the file stays self-contained."""
    return resources.files("iku_docs.report").joinpath(STYLESHEET_NAME).read_text(encoding="utf-8")


def build_context(laporan: Laporan, model: Pemda | None = None, tanggal: date | None = None) -> dict[str, Any]:
    """Everything the page shows, already counted, ordered and formatted."""
    from iku_docs.formatting import tanggal as format_tanggal

    temuan = ordered(laporan.temuan)
    context: dict[str, Any] = {
        "judul": JUDUL,
        "berkas": laporan.berkas,
        "sha256": laporan.sha256,
        "tanggal": format_tanggal(tanggal or date.today()),
        "valid": laporan.valid,
        "status": status(laporan),
        "jumlah_temuan": len(temuan),
        "per_tingkat": [
            {"kode": str(t), "label": LABEL_TINGKAT[t], "jumlah": laporan.count(t), "penjelasan": PENJELASAN_TINGKAT[t]}
            for t in Tingkat
        ],
        "kelompok": _groups(temuan),
        "terpotong": _truncated_rules(temuan),
        "temuan_per_aturan_max": TEMUAN_PER_ATURAN_MAX,
        "per_pd": None,
        "pohon_svg": None,
        "tanpa_model": None,
    }
    if model is not None:
        context["per_pd"] = per_perangkat_daerah(temuan, model)
        context["pohon_svg"] = _pohon(model, temuan)
    else:
        context["tanpa_model"] = _why_no_model(laporan)
    return context


def _why_no_model(laporan: Laporan) -> str:
    """Why the per-PD summary and the pohon kinerja are absent, so a reviewer does not look for them in vain.

    Both are drawn from the validated model, and the pipeline builds none while the workbook has galat.
    """
    galat = laporan.count(Tingkat.GALAT)
    if galat:
        return (f"Bagian ini belum dapat ditampilkan karena buku kerja masih memuat {galat} galat. Ringkasan per "
                "Perangkat Daerah dan pohon kinerja disusun dari data yang sudah lolos pemeriksaan; keduanya muncul "
                "setelah semua galat diperbaiki dan buku kerja diperiksa ulang.")
    return "Bagian ini tidak ditampilkan karena data Perangkat Daerah dan IKU tidak disertakan pada pemeriksaan ini."


def _truncated_rules(temuan: list[Temuan]) -> list[dict[str, Any]]:
    """Rules with more findings than the page lists: code, count and how many are shown."""
    counts = Counter(t.kode for t in temuan)
    return [
        {"kode": kode, "jumlah": n, "ditampilkan": TEMUAN_PER_ATURAN_MAX}
        for kode, n in sorted(counts.items()) if n > TEMUAN_PER_ATURAN_MAX
    ]


def _groups(temuan: list[Temuan]) -> list[dict[str, Any]]:
    """Findings grouped by sheet, sheets in workbook order; each group carries its own counts.

    Each rule lists at most ``TEMUAN_PER_ATURAN_MAX`` rows (its first ones in report order); a
    group's counts still cover all of its findings and ``disembunyikan`` says how many are not listed.
    """
    groups: dict[str | None, list[Temuan]] = {}
    shown: dict[str | None, list[Temuan]] = {}
    per_rule: Counter[str] = Counter()
    for t in temuan:
        groups.setdefault(t.lembar, []).append(t)
        per_rule[t.kode] += 1
        if per_rule[t.kode] <= TEMUAN_PER_ATURAN_MAX:
            shown.setdefault(t.lembar, []).append(t)
    result = []
    for number, lembar in enumerate(sorted(groups, key=sheet_rank), start=1):
        items = groups[lembar]
        counts = Counter(str(t.tingkat) for t in items)
        result.append({
            "id": f"lembar-{number}",
            "lembar": lembar or LEMBAR_UMUM,
            "jumlah": len(items),
            "galat": counts[Tingkat.GALAT], "peringatan": counts[Tingkat.PERINGATAN], "saran": counts[Tingkat.SARAN],
            "temuan": [_row(t) for t in shown.get(lembar, [])],
            "disembunyikan": len(items) - len(shown.get(lembar, [])),
        })
    return result


def _row(t: Temuan) -> dict[str, Any]:
    tingkat = Tingkat(t.tingkat)
    nilai = None if t.nilai is None else str(t.nilai)
    if nilai is not None and len(nilai) > NILAI_MAX:
        nilai = nilai[:NILAI_MAX].rstrip() + " …"
    letak = t.sel or (f"baris {t.baris}" if t.baris else "")
    return {
        "tingkat": str(tingkat), "label": LABEL_TINGKAT[tingkat], "letak": letak, "kolom": t.kolom or "",
        "nilai": nilai, "pesan": t.pesan, "saran": t.saran or "", "kode": t.kode, "kriteria": t.kriteria or "",
    }


def _rows_of_pd(model: Pemda) -> dict[tuple[str, int], str]:
    """(sheet, Excel row) → Kode PD for every row the model knows belongs to one Perangkat Daerah.

    Rows of the IKU Pemda sheet and their realisasi are absent on purpose: they are the
    Pemda's own. The row positions come from each record's ``Asal``.
    """
    owner: dict[tuple[str, int], str] = {}
    for pd in model.perangkat_daerah:
        owner[(pd.asal.lembar, pd.asal.baris)] = pd.kode
        for iku in pd.iku:
            owner[(iku.asal.lembar, iku.asal.baris)] = pd.kode
            for real in iku.realisasi.values():
                if real.asal is not None:
                    owner[(real.asal.lembar, real.asal.baris)] = pd.kode
        for prog in pd.program:
            owner[(prog.asal.lembar, prog.asal.baris)] = pd.kode
    return owner


def per_perangkat_daerah(temuan: list[Temuan], model: Pemda) -> list[BarisPD]:
    """Pemda first (its own IKU and every finding tied to no PD), then each PD in workbook order."""
    owner = _rows_of_pd(model)
    counts: dict[str, Counter[str]] = {PEMDA_KEY: Counter(), **{pd.kode: Counter() for pd in model.perangkat_daerah}}
    for t in temuan:
        kode = owner.get((t.lembar or "", t.baris or 0), PEMDA_KEY) if t.baris else PEMDA_KEY
        counts[kode][str(t.tingkat)] += 1

    def row(kode: str, nama: str, jumlah_iku: int) -> BarisPD:
        c = counts[kode]
        return BarisPD(kode, nama, jumlah_iku, c[Tingkat.GALAT], c[Tingkat.PERINGATAN], c[Tingkat.SARAN])

    rows = [row(PEMDA_KEY, f"Pemerintah {model.nama_lengkap} (IKU Pemda dan temuan umum)", len(model.iku))]
    rows += [row(pd.kode, pd.nama, len(pd.iku)) for pd in model.perangkat_daerah]
    return rows


def _pohon(model: Pemda, temuan: list[Temuan]) -> Any:
    from markupsafe import Markup

    from iku_docs.report.pohon import render_pohon_svg

    # Markup only for our own SVG: render_pohon_svg escapes every text it draws.
    return Markup(render_pohon_svg(model, temuan))


@cache
def _template() -> Template:
    """Compiled once per process: a batch worker writes one report per workbook."""
    from jinja2 import Environment, StrictUndefined

    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    text = resources.files("iku_docs.report").joinpath(TEMPLATE_NAME).read_text(encoding="utf-8")
    return env.from_string(text)
