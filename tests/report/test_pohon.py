"""The pohon kinerja SVG: valid XML, every IKU code drawn, text escaped, orphans and gaps marked."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

from iku_docs.model import Pemda
from iku_docs.report.pohon import render_pohon_svg
from iku_docs.validate.rules import run_rules
from tests.factories import iku_pd, make_pemda
from tests.paths import REPO as REPO_ROOT

SVG = "{http://www.w3.org/2000/svg}"


def _with_orphans() -> Pemda:
    model = make_pemda()
    dinkes = model.perangkat_daerah[0]
    extra = (
        iku_pd("DINKES", "PD-KES-03", "Rasio bidan <per> desa & kelurahan", mendukung="IKU-99"),
        iku_pd("DINKES", "PD-KES-04", "Persentase posyandu aktif", cascading="Supportive"),
        iku_pd("DINKES", "PD-KES-05", "Indeks kepuasan layanan puskesmas", cascading="Unique"),
    )
    return replace(model, perangkat_daerah=(replace(dinkes, iku=dinkes.iku + extra), *model.perangkat_daerah[1:]))


def _render(model: Pemda) -> tuple[str, ET.Element]:
    svg = render_pohon_svg(model, run_rules(model))
    return svg, ET.fromstring(svg)


def _texts(root: ET.Element) -> str:
    return " ".join("".join(e.itertext()) for e in root.iter() if e.tag in (f"{SVG}text", f"{SVG}title"))


def _by_kode(root: ET.Element, kode: str) -> list[ET.Element]:
    return [e for e in root.iter() if e.get("data-kode") == kode]


def test_pohon_is_one_self_contained_svg_sized_to_its_content():
    svg, root = _render(make_pemda())
    assert root.tag == f"{SVG}svg" and float(root.get("height")) > 300
    assert root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}"
    assert "href" not in svg and "url(" not in svg and "@import" not in svg


def test_pohon_contains_every_pemda_and_pd_iku_code_and_the_sasaran():
    model = _with_orphans()
    _, root = _render(model)
    text = _texts(root)
    for iku in model.all_iku():
        assert iku.kode in text and _by_kode(root, iku.kode), iku.kode
    assert "Meningkatnya derajat kesehatan masyarakat" in text


def test_pohon_escapes_names_that_contain_markup_characters():
    svg, root = _render(_with_orphans())
    assert "Rasio bidan &lt;per&gt; desa &amp; kelurahan" in svg
    assert "Rasio bidan <per> desa & kelurahan" in _texts(root)


def test_pohon_marks_broken_links_orphans_and_unsupported_pemda_iku():
    _, root = _render(_with_orphans())
    (putus,) = _by_kode(root, "PD-KES-03")
    assert "putus" in putus.get("class") and "IKU-99 (tidak ada)" in "".join(putus.itertext())
    (tanpa_induk,) = _by_kode(root, "PD-KES-04")
    assert "tanpa-induk" in tanpa_induk.get("class")
    (unique,) = _by_kode(root, "PD-KES-05")
    assert unique.get("class") == "chip"  # Unique without a parent is legitimate: not coloured as a problem
    (iku04,) = _by_kode(root, "IKU-04")
    assert "tanpa-dukungan" in iku04.get("class")
    (iku01,) = _by_kode(root, "IKU-01")
    assert "tanpa-dukungan" not in iku01.get("class")


def test_pohon_styles_edges_by_cascading_type_and_shows_a_legend():
    _, root = _render(make_pemda())
    text = _texts(root)
    for label in ("D = Duplicate", "C = Cluster", "S = Supportive", "U = Unique"):
        assert label in text
    edges = [e for e in root.iter(f"{SVG}path") if "cascading" in (e.get("class") or "")]
    assert {e.get("stroke") for e in edges} == {"#1f6feb", "#1a7f37"}  # Duplicate and Supportive in the factory


def test_large_pohon_collapses_into_per_pd_chips_and_stays_readable():
    base = make_pemda()
    pds = []
    for n in range(60):
        kode = f"PD{n:02d}"
        iku = tuple(iku_pd(kode, f"{kode}-{k:02d}", f"Indikator {k} bidang {n}", mendukung=f"IKU-0{k % 5 + 1}")
                    for k in range(12))
        pds.append(replace(base.perangkat_daerah[0], kode=kode, nama=f"Dinas {n}", iku=iku))
    model = replace(base, perangkat_daerah=tuple(pds))
    svg, root = _render(model)
    chips = [e for e in root.iter(f"{SVG}g") if "chip" in (e.get("class") or "")]
    assert len(chips) == 720 and all(_by_kode(root, i.kode) for i in model.all_iku())
    assert float(root.get("height")) < 6000  # a few screens, not one box per indicator
    assert len(svg) < 600_000


ODD_TEXTS = ["a", 'a"b', "a'b", "a\"b'c", "<&>\n\r\t x", "", "&amp;", "Rasio bidan <per> desa & \"kelurahan\""]


def test_escaping_gives_exactly_what_saxutils_gives():
    from xml.sax.saxutils import escape, quoteattr

    from iku_docs.report import pohon

    for text in ODD_TEXTS:
        assert pohon.escape(text) == escape(text)
        assert pohon.quoteattr(text) == quoteattr(text)


def test_drawing_the_pohon_does_not_import_urllib():
    import subprocess
    import sys

    code = ("import sys; from iku_docs.report.pohon import render_pohon_svg; from tests.factories import make_pemda; "
            "render_pohon_svg(make_pemda(), []); print('urllib.request' in sys.modules)")
    root = REPO_ROOT
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "False"
