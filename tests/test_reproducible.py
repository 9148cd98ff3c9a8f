"""Output that can be archived: the same input rendered twice gives byte-identical .docx and .xlsx.

Runs are made in separate processes with different PYTHONHASHSEED values, so an order
that depends on set/dict hashing (and not only a timestamp) would show up as a difference.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import os
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from iku_docs.ooxml import normalize_zip
from tests.paths import REPO as REPO_ROOT

ROOT = REPO_ROOT


def _run(code: str, *args: str, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT, timeout=120)


def _differences(a: bytes, b: bytes) -> list[str]:
    """Names of the package members that differ, for a readable failure."""
    za, zb = zipfile.ZipFile(io.BytesIO(a)), zipfile.ZipFile(io.BytesIO(b))
    if za.namelist() != zb.namelist():
        return [f"member order: {za.namelist()} != {zb.namelist()}"]
    return [n for n in za.namelist() if za.read(n) != zb.read(n) or za.getinfo(n).date_time != zb.getinfo(n).date_time]


def test_an_openpyxl_workbook_saved_at_different_times_normalizes_to_the_same_bytes() -> None:
    from openpyxl import Workbook

    def save(created: datetime) -> bytes:
        wb = Workbook()
        wb.active["A1"] = "Capaian"
        wb.properties.created = created
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()

    first, second = save(datetime(2024, 1, 2, 3, 4, 5)), save(datetime(2026, 6, 7, 8, 9, 10))

    assert first != second
    assert normalize_zip(first) == normalize_zip(second)
    core = zipfile.ZipFile(io.BytesIO(normalize_zip(first))).read("docProps/core.xml")
    assert core.count(b">2000-01-01T00:00:00Z<") == 2


def test_normalized_package_keeps_content_types_first_and_every_member() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", b"<w:document/>")
        z.writestr("[Content_Types].xml", b"<Types/>")
        z.writestr("_rels/.rels", b"<Relationships/>")

    out = zipfile.ZipFile(io.BytesIO(normalize_zip(buf.getvalue())))

    assert out.namelist() == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]
    assert out.read("word/document.xml") == b"<w:document/>"
    assert {i.date_time for i in out.infolist()} == {(1980, 1, 1, 0, 0, 0)}


_RENDER_TEMPLATE = """
import io, sys
from pathlib import Path
from PIL import Image
from iku_docs.render.docx import Gambar, render_docx
from tests.factories import make_pemda
png = io.BytesIO(); Image.new("RGB", (40, 20), (200, 30, 30)).save(png, "PNG")
context = {"judul": "Perjanjian Kinerja & Lampiran <I>", "logo": Gambar(png.getvalue(), 25),
           "baris": [{"no": i, "uraian": f"Indikator {i}", "target": f"{i},5"} for i in range(1, 30)]}
render_docx("uji", context, Path(sys.argv[2]), templates_dir=Path(sys.argv[1]),
            pengaturan=make_pemda().pengaturan, judul="Dokumen uji")
"""


def _template(folder: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("{{ judul }}")
    d.add_paragraph("{{ logo }}")
    table = d.add_table(rows=4, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = "No", "Uraian", "Target"
    table.cell(1, 0).text = "{%tr for b in baris %}"  # docxtpl: a {%tr %} row is replaced by the loop tag
    row = table.rows[2].cells
    row[0].text, row[1].text, row[2].text = "{{ b.no }}", "{{ b.uraian }}", "{{ b.target }}"
    table.cell(3, 0).text = "{%tr endfor %}"
    folder.mkdir(parents=True, exist_ok=True)
    d.save(folder / "uji.docx")
    return folder


def test_a_template_with_an_image_and_a_table_renders_to_identical_bytes_in_two_processes(tmp_path: Path) -> None:
    templates = _template(tmp_path / "templat")

    _run(_RENDER_TEMPLATE, str(templates), str(tmp_path / "a.docx"), seed="1")
    _run(_RENDER_TEMPLATE, str(templates), str(tmp_path / "b.docx"), seed="2")

    a, b = (tmp_path / "a.docx").read_bytes(), (tmp_path / "b.docx").read_bytes()
    assert _differences(a, b) == []
    assert a == b


# --- the real documents, once they exist --------------------------------------------------

def _importable(*names: str) -> bool:
    """Every ``module`` or ``module:attribute`` can be imported."""
    try:
        for name in names:
            module, _, attr = name.partition(":")
            if attr and not hasattr(importlib.import_module(module), attr):
                return False
            importlib.import_module(module)
    except ImportError:
        return False
    return True


# The reader, validation, rules and documents are written in parallel; documents.kinds() needs all three.
_READER_READY = _importable("iku_docs.workbook.load", "iku_docs.workbook.reader", "iku_docs.validate.schema",
                            "iku_docs.validate.build", "iku_docs.validate.rules:run_rules", "iku_docs.report")
_KINDS = ["perkada", "pk", "lkjip"] if _importable(*(f"iku_docs.documents.{k}" for k in ("perkada", "pk", "lkjip"))) \
    else []

_BATCH = """
import sys
from pathlib import Path
from iku_docs.batch import run_batch
result = run_batch([Path(sys.argv[1])], Path(sys.argv[2]), jobs=1, documents=sys.argv[3].split(","))
assert result.ok, [(i.status, i.pesan) for i in result.items]
"""


@pytest.mark.skipif(not (_READER_READY and _KINDS), reason="reader or documents not written yet")
def test_the_same_workbook_rendered_twice_gives_identical_documents_and_reports(tmp_path: Path) -> None:
    from tests.builders import WorkbookBuilder

    workbook = WorkbookBuilder().save(tmp_path / "kabupaten-contoh.xlsx")

    _run(_BATCH, str(workbook), str(tmp_path / "satu"), ",".join(_KINDS), seed="11")
    _run(_BATCH, str(workbook), str(tmp_path / "dua"), ",".join(_KINDS), seed="22")

    first = sorted(p.relative_to(tmp_path / "satu") for p in (tmp_path / "satu").rglob("*")
                   if p.suffix in (".docx", ".xlsx"))
    second = sorted(p.relative_to(tmp_path / "dua") for p in (tmp_path / "dua").rglob("*")
                    if p.suffix in (".docx", ".xlsx"))
    assert first == second
    assert any(p.suffix == ".docx" for p in first)
    differing = {str(p): _differences((tmp_path / "satu" / p).read_bytes(), (tmp_path / "dua" / p).read_bytes())
                 for p in first}
    assert {k: v for k, v in differing.items() if v} == {}
