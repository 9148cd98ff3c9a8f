"""Render a Word template (docxtpl) in a sandboxed jinja environment.

A document is ``templates/<name>.docx`` + a context dict from ``documents/<name>.py``.
User templates (``--templates DIR``) are checked for syntax errors and unknown
variables first and rendered in a ``SandboxedEnvironment`` with autoescape on, so
``&``, ``<`` and quotes in cells come out exactly and no template can reach Python.
Jinja syntax inside a cell value is data, never evaluated: values are only ever
inserted by ``{{ }}``, not compiled.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import nsmap, qn
from docx.shared import Mm, Pt
from docxtpl import DocxTemplate, InlineImage
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from iku_docs.errors import Lokasi, UserTemplateError
from iku_docs.model import Pengaturan
from iku_docs.render.output import normalize_zip, write_bytes_atomic

PAPER_MM = {"F4": (215, 330), "A4": (210, 297)}
FIXED_TIME = datetime(2000, 1, 1)  # document properties must not vary between runs
_K = TypeVar("_K")
_V = TypeVar("_V")


@dataclass(frozen=True, slots=True)
class Gambar:
    """An image for a template variable; turned into a docxtpl InlineImage at render time,
    so context builders stay pure (an InlineImage needs the open template)."""

    png: bytes
    lebar_mm: float


def default_templates_dir() -> Path:
    """The shipped templates: inside the wheel, or the repository's top-level folder."""
    packaged = Path(__file__).resolve().parent.parent / "_templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "templates"


def template_path(name: str, templates_dir: Path | None) -> Path:
    """A user's folder may override any subset of the templates; the rest are the defaults."""
    if templates_dir is not None:
        user = templates_dir / f"{name}.docx"
        if user.is_file():
            return user
    return default_templates_dir() / f"{name}.docx"


class _Lru(OrderedDict[_K, _V]):
    """A dict that forgets its least recently used entry beyond ``size``: the per-process caches below must
    not grow in a batch worker that meets many user templates."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def get(self, key: _K, default: Any = None) -> Any:
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def put(self, key: _K, value: _V) -> _V:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)
        return value


class _CachingEnv(SandboxedEnvironment):
    """Compiles each distinct template source once per process.

    docxtpl calls ``from_string`` on the whole document XML for every render; a batch
    renders the same template thousands of times, and compiling it is most of the cost.
    """

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined)
        # A compiled document part is a few MB of code; the shipped set has about ten parts.
        self._compiled: _Lru[str, Any] = _Lru(24)

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        template = self._compiled.get(source)
        if template is None:
            template = self._compiled.put(source, super().from_string(source))
        return template


# A w:t whose text holds a tab, newline, form feed or bell: the only case docxtpl's resolve_listing changes.
_LISTING_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>[^<]*[\t\n\f\a]")


class _Template(DocxTemplate):
    """DocxTemplate that reuses the template bytes and the patched XML between renders."""

    _patched: ClassVar[_Lru[str, str]] = _Lru(32)

    def patch_xml(self, src_xml: str) -> str:
        out = self._patched.get(src_xml)
        if out is None:
            out = self._patched.put(src_xml, super().patch_xml(src_xml))
        return out

    def fix_tables(self, xml: str) -> Any:
        """docxtpl's fix_tables parses the rendered body and then, in Python, counts every cell of every table
        to repair grids that a ``{%tc %}`` loop made too narrow or too wide. Rendered shipped templates never
        need it, so the same counts are taken faster first and docxtpl's repair runs only when a table needs it
        (identical result either way)."""
        tree = etree.fromstring(xml, parser=etree.XMLParser(recover=True))
        try:
            fits = all(_grid_fits(tbl) for tbl in tree.iter(_TBL))
        except (AttributeError, TypeError, ValueError):  # a malformed table: let docxtpl deal with it
            fits = False
        return tree if fits else super().fix_tables(xml)

    def resolve_listing(self, xml: str) -> str:
        """docxtpl rewrites every paragraph, run and text of the rendered part with nested regexes (a third
        of the render time) to turn \\n, \\t, \\f, \\a in values into Word breaks. Values rarely hold them:
        the part is returned as it is when no text does, which is exactly what docxtpl would return."""
        if _LISTING_TEXT.search(xml) is None:
            return xml
        return super().resolve_listing(xml)


_TBL, _TR, _TC, _GRID_COL = qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:gridCol")


def _grid_fits(tbl: Any) -> bool:
    """True when docxtpl's fix_tables would leave ``tbl`` as it is: no row has more cells than the grid has
    columns, and the widest row (cells counted with their w:gridSpan) fills the grid. Rows of nested tables
    count too, as in docxtpl."""
    columns = len(tbl.find(qn("w:tblGrid")).findall(_GRID_COL))
    most_cells = widest = 0
    for tr in tbl.iter(_TR):
        cells = len(tr.findall(_TC))
        spans = _SPANS(tr)
        most_cells = max(most_cells, cells)
        widest = max(widest, cells + sum(int(v) for v in spans) - len(spans))
    return most_cells <= columns <= widest


_SPANS = etree.XPath("w:tc/w:tcPr/w:gridSpan/@w:val", namespaces={"w": nsmap["w"]})
_ENV: _CachingEnv | None = None
_BYTES: _Lru[tuple[str, int, int], bytes] = _Lru(16)


def make_env() -> SandboxedEnvironment:
    """The process-wide sandboxed environment (autoescape on, unknown names are errors)."""
    global _ENV
    if _ENV is None:
        _ENV = _CachingEnv()
    return _ENV


def _template_bytes(path: Path) -> bytes:
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    data = _BYTES.get(key)
    if data is None:
        data = _BYTES.put(key, path.read_bytes())
    return data


def render_docx(name: str, context: Mapping[str, Any], out: Path, *, templates_dir: Path | None = None,
                pengaturan: Pengaturan | None = None, judul: str = "") -> Path:
    """Render template ``name`` with ``context`` and write it atomically to ``out``."""
    data = render_docx_bytes(name, context, templates_dir=templates_dir, pengaturan=pengaturan, judul=judul)
    return write_bytes_atomic(out, data)


def render_docx_bytes(name: str, context: Mapping[str, Any], *, templates_dir: Path | None = None,
                      pengaturan: Pengaturan | None = None, judul: str = "") -> bytes:
    path = template_path(name, templates_dir)
    where = Lokasi(lembar=None)
    try:
        tpl = _Template(io.BytesIO(_template_bytes(path)))
        tpl.init_docx()
    except Exception as exc:  # not a .docx, corrupted zip... (python-docx raises several kinds)
        raise UserTemplateError(
            f"Templat '{path}' bukan berkas Word (.docx) yang dapat dibuka.",
            saran="Simpan templat dari Word sebagai 'Word Document (*.docx)'.",
        ) from exc
    env = make_env()
    ctx = _with_images(tpl, context)
    if path.parent != default_templates_dir():  # shipped templates are checked by the test suite
        _check_variables(tpl, env, ctx, path)
    try:
        tpl.render(ctx, jinja_env=env, autoescape=True)
    except TemplateSyntaxError as exc:
        raise UserTemplateError(
            f"Templat '{path.name}' salah tulis di sekitar: {_snippet(exc)} ({exc.message}).",
            lokasi=where,
            saran="Periksa pasangan {{ }} / {% %} dan ejaan perintah di templat itu.",
        ) from exc
    except UndefinedError as exc:
        raise UserTemplateError(
            f"Templat '{path.name}' memakai isian yang tidak dikenal: {exc.message}.",
            saran="Gunakan hanya nama isian dari templat bawaan (iku-docs templates export DIR).",
        ) from exc
    except TemplateError as exc:
        raise UserTemplateError(
            f"Templat '{path.name}' tidak dapat diisi: {exc.message or exc} di sekitar: {_snippet(exc)}.",
            saran="Bandingkan dengan templat bawaan (iku-docs templates export DIR).",
        ) from exc
    docx = tpl.docx
    if pengaturan is not None:
        apply_pengaturan(docx, pengaturan)
    _fix_properties(docx, judul)
    return normalize_zip(_save_stored(docx))


def _save_stored(docx: Any) -> bytes:
    """Save without compression: ``normalize_zip`` compresses every member once anyway, and
    compressing twice was a fifth of the render time. python-docx has no option for it, so its
    writer's module constant is swapped for the duration of the save (rendering is single-threaded)."""
    from docx.opc import phys_pkg

    buf = io.BytesIO()
    saved = phys_pkg.ZIP_DEFLATED
    phys_pkg.ZIP_DEFLATED = zipfile.ZIP_STORED
    try:
        docx.save(buf)
    finally:
        phys_pkg.ZIP_DEFLATED = saved
    return buf.getvalue()


def _with_images(tpl: DocxTemplate, context: Mapping[str, Any]) -> dict[str, Any]:
    def conv(v: Any) -> Any:
        if isinstance(v, Gambar):
            return InlineImage(tpl, io.BytesIO(v.png), width=Mm(v.lebar_mm))
        if isinstance(v, dict):
            return {k: conv(x) for k, x in v.items()}
        if isinstance(v, list):
            return [conv(x) for x in v]
        return v

    return {k: conv(v) for k, v in context.items()}


def _check_variables(tpl: DocxTemplate, env: SandboxedEnvironment, ctx: Mapping[str, Any], path: Path) -> None:
    try:
        unknown = tpl.get_undeclared_template_variables(jinja_env=env, context=dict(ctx))
    except TemplateSyntaxError:
        return  # reported by the render itself, which knows the paragraph text around the error
    if unknown:
        names = ", ".join(sorted(unknown))
        raise UserTemplateError(
            f"Templat '{path.name}' memakai isian yang tidak dikenal: {names}.",
            saran="Gunakan hanya nama isian dari templat bawaan (iku-docs templates export DIR).",
        )


def _snippet(exc: TemplateError) -> str:
    lines = [s.strip() for s in getattr(exc, "docx_context", []) or [] if s.strip()]
    return " ".join(lines)[:200] or "(tidak diketahui)"


def apply_pengaturan(docx: Any, p: Pengaturan) -> None:
    """Paper and font from the workbook's Pengaturan, only where the workbook set them:
    otherwise the (possibly user-restyled) template decides."""
    if p.ukuran_kertas:
        short, long_ = PAPER_MM[p.ukuran_kertas]
        for section in docx.sections:
            landscape = section.orientation == WD_ORIENT.LANDSCAPE
            section.page_width = Mm(long_ if landscape else short)
            section.page_height = Mm(short if landscape else long_)
        _fit_tables(docx)
    if p.huruf or p.ukuran_huruf:
        for style in docx.styles:
            if style.type != 1 or not hasattr(style, "font"):  # paragraph styles only
                continue
            if p.huruf:
                style.font.name = p.huruf
                rpr = style.element.get_or_add_rPr()
                rpr.get_or_add_rFonts().set(qn("w:eastAsia"), p.huruf)
                rpr.get_or_add_rFonts().set(qn("w:cs"), p.huruf)
            if p.ukuran_huruf and style.name == "Normal":
                style.font.size = Pt(float(p.ukuran_huruf))


def _fit_tables(docx: Any) -> None:
    """Fit the grid of each top-level table to the text width of its section after a paper change.

    A table marked 100 % wide (w:tblW w:type="pct") gets exactly its share of the new text width; any other
    table only shrinks, and only when it no longer fits. Cells keep their proportions (equal columns stay
    equal), and each w:tcW follows its grid columns, so Word and LibreOffice draw the same table.
    """
    sections = iter(docx.sections)
    section = next(sections)
    for el in docx.element.body.iterchildren():
        if el.tag == qn("w:tbl"):
            width = section.page_width - section.left_margin - section.right_margin
            _fit_grid(el, int(width / 635))  # EMU → twips
        elif el.tag == qn("w:p") and el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            section = next(sections)  # this paragraph ends its section


def _fit_grid(tbl: Any, text_twips: int) -> None:
    cols = tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
    grid = [int(c.get(qn("w:w"), "0")) for c in cols]
    tbl_w = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblW')}")
    total = sum(grid)
    if tbl_w is not None and tbl_w.get(qn("w:type")) == "pct":
        share = tbl_w.get(qn("w:w"), "5000")  # fiftieths of a percent, or "100%" (ISO 29500 transitional)
        target = int(text_twips * (float(share[:-1]) * 50 if share.endswith("%") else int(share)) // 5000)
    elif total > text_twips:
        target = text_twips
    else:
        return
    if not total or target == total:
        return
    grid = [w * target // total for w in grid]
    for col, w in zip(cols, grid, strict=True):
        col.set(qn("w:w"), str(w))
    if tbl_w is not None and tbl_w.get(qn("w:type")) == "dxa":
        tbl_w.set(qn("w:w"), str(sum(grid)))
    for tr in tbl.iterchildren(qn("w:tr")):
        start = 0
        for tc in tr.iterchildren(qn("w:tc")):
            span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
            end = start + (int(span.get(qn("w:val"))) if span is not None else 1)
            tc_w = tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
            if tc_w is not None and tc_w.get(qn("w:type")) == "dxa":
                tc_w.set(qn("w:w"), str(sum(grid[start:end])))
            start = end


def _fix_properties(docx: Any, judul: str) -> None:
    props = docx.core_properties
    props.author = "iku-docs"
    props.last_modified_by = "iku-docs"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    if judul:
        props.title = judul
