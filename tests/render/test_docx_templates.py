"""The shipped Word templates carry no python-docx leftovers: every render reads and rewrites every part."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest

from iku_docs.render.docx import default_templates_dir
from tests.paths import REPO as REPO_ROOT

TEMPLATES = sorted(default_templates_dir().glob("*.docx"))
LEFTOVERS = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/")


def test_every_document_kind_has_a_shipped_template():
    assert {p.stem for p in TEMPLATES} >= {"perkada", "pk", "pk-kepala-daerah", "lkjip"}


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_shipped_templates_hold_no_styles_with_effects_thumbnail_or_custom_xml(path: Path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        package_text = b"".join(z.read(n) for n in names if n.endswith((".rels", ".xml")))
    assert [n for n in names if n.startswith(LEFTOVERS)] == []
    for leftover in (b"stylesWithEffects", b"thumbnail", b"customXml", b"savePreviewPicture"):
        assert leftover not in package_text  # no relationship, content type or setting points at them


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_every_style_a_template_uses_is_defined_and_no_latent_styles_remain(path: Path):
    document = docx.Document(str(path))
    defined = {s.style_id for s in document.styles}
    with zipfile.ZipFile(path) as z:
        xml = b"".join(z.read(n) for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
    used = set(re.findall(rb'<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link) w:val="([^"]+)"', xml))
    assert {u.decode() for u in used} <= defined
    assert {"Normal", "DefaultParagraphFont", "TableNormal"} <= defined
    assert len(defined) < 40, "python-docx's 160 default styles were pruned"
    assert document.styles.latent_styles is None or len(document.styles.latent_styles) == 0


def test_rendering_every_document_kind_imports_no_plotting_library(tmp_path: Path):
    """The LKjIP chart is drawn with Pillow: matplotlib (seconds to import) must never load on the way."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tests.factories import make_pemda\n"
        "from iku_docs.pipeline import render_model\n"
        f"render_model(make_pemda(), Path({str(tmp_path)!r}))\n"
        "print(sorted(m for m in ('matplotlib', 'seaborn', 'plotly') if m in sys.modules))\n"
    )
    root = REPO_ROOT
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, check=True)
    assert out.stdout.strip() == "[]"
    assert list(tmp_path.rglob("lkjip-*.docx")), "the LKjIP documents (with their charts) were rendered"
