"""The render as it was before the fast path: docxtpl's own render and python-docx's save, then normalize_zip.

Kept only as the reference that test_docx_fast_path.py beside it compares render/docx.py with: the fast path
re-implements what this does through docxtpl's and python-docx's public API. It is plain docxtpl (no caching,
no shortcuts), with the Pengaturan and property steps exactly as render/docx.py had them.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docxtpl import DocxTemplate, InlineImage
from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from iku_docs.documents.grafik import Grafik
from iku_docs.model import Pengaturan
from iku_docs.ooxml import normalize_zip
from iku_docs.render.chart import LEBAR_GRAFIK_MM, draw_charts
from iku_docs.render.docx import FIXED_TIME, PAPER_MM, Gambar, _fit_grid, template_path


def render_reference(name: str, context: Mapping[str, Any], *, templates_dir: Path | None = None,
                     pengaturan: Pengaturan | None = None, judul: str = "") -> bytes:
    tpl = DocxTemplate(io.BytesIO(template_path(name, templates_dir).read_bytes()))
    tpl.init_docx()
    ctx = _with_images(tpl, context)
    tpl.render(ctx, jinja_env=SandboxedEnvironment(autoescape=True, undefined=StrictUndefined), autoescape=True)
    if pengaturan is not None:
        _apply_pengaturan(tpl.docx, pengaturan)
    props = tpl.docx.core_properties
    props.author = "iku-docs"
    props.last_modified_by = "iku-docs"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    if judul:
        props.title = judul
    buf = io.BytesIO()
    tpl.save(buf)
    return normalize_zip(buf.getvalue())


def _with_images(tpl: DocxTemplate, context: Mapping[str, Any]) -> dict[str, Any]:
    def conv(v: Any) -> Any:
        if isinstance(v, Gambar):
            return InlineImage(tpl, io.BytesIO(v.png), width=Mm(v.lebar_mm))
        if isinstance(v, Grafik):  # a chart: its pictures, one per paragraph of the template's loop
            return [InlineImage(tpl, io.BytesIO(png), width=Mm(LEBAR_GRAFIK_MM)) for png in draw_charts(v)]
        if isinstance(v, dict):
            return {k: conv(x) for k, x in v.items()}
        if isinstance(v, list):
            return [conv(x) for x in v]
        return v

    return {k: conv(v) for k, v in context.items()}


def _apply_pengaturan(docx: Any, p: Pengaturan) -> None:
    if p.ukuran_kertas:
        short, long_ = PAPER_MM[p.ukuran_kertas]
        for section in docx.sections:
            landscape = section.orientation == WD_ORIENT.LANDSCAPE
            section.page_width = Mm(long_ if landscape else short)
            section.page_height = Mm(short if landscape else long_)
        sections = iter(docx.sections)
        section = next(sections)
        for el in docx.element.body.iterchildren():
            if el.tag == qn("w:tbl"):
                width = section.page_width - section.left_margin - section.right_margin
                _fit_grid(el, int(width / 635))
            elif el.tag == qn("w:p") and el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
                section = next(sections)
    if p.huruf or p.ukuran_huruf:
        for style in docx.styles:
            if style.type != 1 or not hasattr(style, "font"):
                continue
            if p.huruf:
                style.font.name = p.huruf
                rpr = style.element.get_or_add_rPr()
                rpr.get_or_add_rFonts().set(qn("w:eastAsia"), p.huruf)
                rpr.get_or_add_rFonts().set(qn("w:cs"), p.huruf)
            if p.ukuran_huruf and style.name == "Normal":
                style.font.size = Pt(float(p.ukuran_huruf))
