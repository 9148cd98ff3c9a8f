"""Render a Word template: docxtpl prepares it once, each document is assembled from strings.

A document is ``templates/<name>.docx`` + a context dict from ``documents/<name>.py``.
User templates (``--templates DIR``) are checked for syntax errors and unknown
variables first and rendered in a ``SandboxedEnvironment`` with autoescape on, so
``&``, ``<`` and quotes in cells come out exactly and no template can reach Python.
Jinja syntax inside a cell value is data, never evaluated: values are only ever
inserted by ``{{ }}``, not compiled.

Why not ``DocxTemplate.render`` + ``save`` per document: a batch renders the same few templates a hundred
times, and docxtpl re-opens the package with python-docx, re-patches every part, saves through python-docx
and the zip was then rewritten for reproducibility — most of the time went there, not into jinja. So a
template is prepared ONCE per process (:func:`_prepare`: python-docx opens it, docxtpl's ``patch_xml`` turns
every part into jinja source, jinja compiles it, python-docx saves the untouched package once as the base),
and a document only renders the compiled parts to strings and does what ``DocxTemplate.render`` does after
jinja (resolve_listing, fix_tables, fix_docpr_ids, headers/footers, core properties, footnotes, images the
way ``InlineImage`` adds them), then writes the zip with the unchanged members compressed once per template.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from docx.enum.section import WD_ORIENT
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import CT_Relationships, CT_Types, serialize_part_xml
from docx.opc.oxml import parse_xml as parse_opc_xml
from docx.opc.packuri import PackURI
from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import element_class_lookup, parse_xml
from docx.oxml.shape import CT_Inline
from docx.shared import Mm, Pt
from jinja2 import Environment, StrictUndefined, Template, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from iku_docs.documents.grafik import Grafik
from iku_docs.errors import Lokasi, UserTemplateError
from iku_docs.model import Pengaturan
from iku_docs.ooxml import CONTENT_TYPES, FIXED_TIME, Packed, legal_utf8, pack, parts_declaring_dtd, write_zip
from iku_docs.output import write_bytes_atomic
from iku_docs.render.sandbox import BoundedSandbox, TemplateLimitError, refused_tags, render_bounded

PAPER_MM = {"F4": (215, 330), "A4": (210, 297)}
_K = TypeVar("_K")
_V = TypeVar("_V")


@dataclass(frozen=True, slots=True)
class Gambar:
    """A picture for a top-level context variable, placed inline where the template prints it (as docxtpl's
    InlineImage would). A chart is given as a ``Grafik`` instead and drawn here (see ``_with_pictures``)."""

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


_SANDBOX: SandboxedEnvironment | None = None
_TRUSTED: Environment | None = None


def make_env() -> SandboxedEnvironment:
    """The process-wide sandboxed environment for user templates (autoescape on, unknown names are errors)."""
    global _SANDBOX
    if _SANDBOX is None:
        _SANDBOX = BoundedSandbox(autoescape=True, undefined=StrictUndefined)
    return _SANDBOX


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _TrustedEnv(Environment):
    """The shipped templates are part of the program and checked by the test suite, so they render in a plain
    environment: the sandbox's attribute checks were half of the jinja time of a document. Autoescape and
    StrictUndefined stay, so values still come out exactly and a typo in a shipped template still fails."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``row.nama`` on a context dict: jinja tries the attribute first and looks the key up after the
        AttributeError; the templates do this tens of thousands of times per Perkada. Same result, key first,
        except for names that are dict methods, which keep jinja's order."""
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def _trusted_env() -> Environment:
    global _TRUSTED
    if _TRUSTED is None:
        _TRUSTED = _TrustedEnv(autoescape=True, undefined=StrictUndefined)
    return _TRUSTED


# ---------------------------------------------------------------------------------------------------------
# Preparing a template (once per file and process)


@dataclass(frozen=True, slots=True)
class _Part:
    """A part of the template that holds jinja (document body, header, footer, footnotes)."""

    name: str  # zip member, e.g. "word/header1.xml"
    partname: PackURI
    source: str  # docxtpl-patched XML with each paragraph on its own line, exactly what docxtpl compiles
    compiled: Template | None
    error: TemplateError | None  # a syntax error, raised when docxtpl would have met it: at this part's turn
    next_id: int  # python-docx's StoryPart.next_id of the template part: the id InlineImage gives a picture
    rel_ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Prepared:
    path: Path
    trusted: bool
    members: dict[str, bytes]  # the template as python-docx saves it, member name → bytes
    packed: dict[str, Packed]  # the same members compressed once
    body: _Part
    document_head: bytes  # the document part around its w:body
    document_tail: bytes
    stories: tuple[_Part, ...]  # headers, then footers, in docxtpl's order
    footnotes: tuple[_Part, ...]
    core_name: str
    core: Any  # CT_CoreProperties of the template
    properties: tuple[tuple[str, Template | None, TemplateError | None], ...]
    styles_name: str | None
    styles: Any  # CT_Styles of the template
    styled: dict[tuple[str | None, str | None], Packed] = field(default_factory=dict)  # font → styles part


# Properties docxtpl renders with jinja (DocxTemplate.render_properties); the others it cannot set as text.
_RENDERED_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
_PARA_START = re.compile(r"<w:p([ >])")
_PREPARED: _Lru[tuple[str, int, int, bool], _Prepared] = _Lru(16)


_HELPER: Any = None


def _docxtpl() -> Any:
    """A DocxTemplate used only for its text transformations (patch_xml, resolve_listing, fix_tables), which
    never touch the document it would hold."""
    global _HELPER
    if _HELPER is None:
        from docxtpl import DocxTemplate

        _HELPER = DocxTemplate(None)  # type: ignore[arg-type]
    return _HELPER


def _prepared(path: Path, trusted: bool) -> _Prepared:
    try:
        st = path.stat()
    except OSError as exc:
        raise _not_a_docx(path) from exc
    key = (str(path), st.st_mtime_ns, st.st_size, trusted)
    prep = _PREPARED.get(key)
    if prep is None:
        prep = _PREPARED.put(key, _prepare(path, trusted))
    return prep


def _not_a_docx(path: Path) -> UserTemplateError:
    return UserTemplateError(
        f"Templat '{path}' bukan berkas Word (.docx) yang dapat dibuka.",
        saran="Simpan templat dari Word sebagai 'Word Document (*.docx)'.",
    )


def _prepare(path: Path, trusted: bool) -> _Prepared:
    import io
    import zipfile

    import docx

    try:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            dtd = parts_declaring_dtd(zf)
        document = None if dtd else docx.Document(io.BytesIO(data))
    except Exception as exc:  # not a .docx, corrupted zip... (python-docx raises several kinds)
        raise _not_a_docx(path) from exc
    if document is None:
        raise UserTemplateError(
            f"Templat '{path.name}' ditolak: bagian '{dtd[0]}' memuat deklarasi DTD/entitas XML yang berbahaya.",
            saran="Buat ulang templat dari templat bawaan (iku-docs templates export DIR) dan simpan dari Word.",
        )
    env = _trusted_env() if trusted else make_env()
    helper = _docxtpl()
    main = document.part
    core = document.core_properties  # python-docx adds a default core part to a package without one
    base = io.BytesIO()
    document.save(base)
    with zipfile.ZipFile(base) as z:
        members = {n: z.read(n) for n in z.namelist()}

    body = _story(main, etree.tostring(main.element.body, encoding="unicode"), env, helper)
    head, tail = _split_document(main.element)
    stories = tuple(
        _story(rel.target_part, etree.tostring(parse_xml(rel.target_part.blob), encoding="unicode"), env, helper)
        for uri in (RT.HEADER, RT.FOOTER) for rel in main.rels.values()
        if not rel.is_external and rel.reltype == uri and rel.target_part.blob
    )
    footnotes = tuple(
        _story(part, helper.patch_xml(part.blob.decode("utf-8")), env, None, patched=True)
        for part in main.package.iter_parts() if part.content_type == CT.WML_FOOTNOTES
    )
    properties = tuple(_compile_property(name, getattr(core, name), env) for name in _RENDERED_PROPERTIES)
    styles = main._styles_part.element if any(r.reltype == RT.STYLES for r in main.rels.values()) else None
    return _Prepared(
        path=path, trusted=trusted, members=members, packed={n: pack(n, b) for n, b in members.items()},
        body=body, document_head=head, document_tail=tail, stories=stories, footnotes=footnotes,
        core_name=main.package._core_properties_part.partname[1:], core=core._element,
        properties=properties, styles_name=None if styles is None else main._styles_part.partname[1:],
        styles=styles,
    )


def _story(part: Any, xml: str, env: Environment, helper: Any, *, patched: bool = False) -> _Part:
    source = xml if patched else helper.patch_xml(xml)
    source = _PARA_START.sub(r"\n<w:p\1", source)
    compiled, error = None, None
    try:
        compiled = env.from_string(source)
        if isinstance(env, BoundedSandbox) and (refused := refused_tags(env, source)):
            tag, lineno = refused[0]
            compiled, error = None, TemplateLimitError(f"perintah {{% {tag} %}} tidak diizinkan: templat tidak boleh "
                                                       "memuat templat atau berkas lain")
            error.lineno = lineno  # type: ignore[attr-defined]
            _with_docx_context(error, source)
    except TemplateError as exc:
        error = _with_docx_context(exc, source)
    ids = [int(v) for v in part.element.xpath("//@id") if v.isdigit()] if hasattr(part, "element") else []
    return _Part(
        name=part.partname[1:], partname=part.partname, source=source, compiled=compiled, error=error,
        next_id=max(ids) + 1 if ids else 1, rel_ids=frozenset(part.rels.keys()),
    )


def _compile_property(name: str, text: str, env: Environment) -> tuple[str, Template | None, TemplateError | None]:
    try:
        return name, env.from_string(text), None
    except TemplateError as exc:
        return name, None, exc


_BODY_MARK = "iku-docs-body"


def _split_document(root: Any) -> tuple[bytes, bytes]:
    """The serialized document part before and after its w:body, as python-docx writes the part."""
    copy_ = copy.deepcopy(root)
    body = copy_.find(qn("w:body"))
    marker = etree.Element(qn("w:body"))
    marker.text = _BODY_MARK
    copy_.replace(body, marker)
    xml = serialize_part_xml(copy_)
    mark = re.search(rb"<w:body[^>]*>" + _BODY_MARK.encode() + rb"</w:body>", xml)
    assert mark is not None
    return xml[: mark.start()], xml[mark.end():]


def _with_docx_context(exc: TemplateError, source: str) -> TemplateError:
    """The paragraph text around a jinja error, as docxtpl's render_xml_part attaches it."""
    lineno = getattr(exc, "lineno", None)
    if lineno is not None:
        first = max(lineno - 4, 0)
        exc.docx_context = [re.sub(r"<[^>]+>", "", x) for x in source.splitlines()[first:first + 7]]  # type: ignore[attr-defined]
    return exc


# ---------------------------------------------------------------------------------------------------------
# Rendering one document


class _Images:
    """The pictures one render adds, placed as python-docx's StoryPart.new_pic_inline places them: one media
    part per distinct image (word/media/imageN.ext), one relationship per part that shows it."""

    def __init__(self, prep: _Prepared) -> None:
        self.prep = prep
        self.part: _Part | None = None
        self.media: dict[str, tuple[PackURI, bytes, str]] = {}  # sha1 → partname, blob, content type
        self.rels: dict[PackURI, dict[PackURI, str]] = {}  # source part → image partname → rId

    def inline(self, gambar: Gambar) -> str:
        from docx.image.image import Image

        part = self.part
        assert part is not None
        image = Image.from_blob(gambar.png)
        digest = hashlib.sha1(gambar.png).hexdigest()
        if digest not in self.media:
            self.media[digest] = (self._next_media_name(image.ext), gambar.png, image.content_type)
        media = self.media[digest][0]
        rels = self.rels.setdefault(part.partname, {})
        if media not in rels:
            used = part.rel_ids | set(rels.values())
            rels[media] = next(f"rId{n}" for n in range(1, len(used) + 2) if f"rId{n}" not in used)
        cx, cy = image.scaled_dimensions(Mm(gambar.lebar_mm), None)
        pic = CT_Inline.new_pic_inline(part.next_id, rels[media], image.filename, cx, cy).xml
        return f'</w:t></w:r><w:r><w:drawing>{pic}</w:drawing></w:r><w:r><w:t xml:space="preserve">'

    def _next_media_name(self, ext: str) -> PackURI:
        taken = {f"/{n}" for n in self.prep.members} | {m[0] for m in self.media.values()}
        return next(PackURI(f"/word/media/image{n}.{ext}") for n in range(1, len(taken) + 2)
                    if f"/word/media/image{n}.{ext}" not in taken)


class _Inline:
    """A picture of the document being rendered: printing it (autoescape calls ``__html__``, as for docxtpl's
    InlineImage) adds its drawing to the part being rendered. Its attributes are private, so a sandboxed user
    template cannot reach the render's state through it."""

    __slots__ = ("_gambar", "_images")

    def __init__(self, gambar: Gambar, images: _Images) -> None:
        self._gambar = gambar
        self._images = images

    def __html__(self) -> str:
        return self._images.inline(self._gambar)


def _with_pictures(context: Mapping[str, Any], images: _Images) -> Mapping[str, Any]:
    """The context with its pictures bound to this render: a top-level ``Gambar`` prints inline, a top-level
    ``Grafik`` is drawn (render/chart.py) into the list of its pictures, one per paragraph of a
    ``{% for %}`` loop.

    Only the top level is looked at, and copied only when it holds a picture: copying a whole context to
    wrap the pictures in it cost a tenth of a Perkada.
    """
    found = [key for key, value in context.items() if isinstance(value, Gambar | Grafik)]
    if not found:
        return context
    bound = dict(context)
    for key in found:
        value = bound[key]
        if isinstance(value, Gambar):
            bound[key] = _Inline(value, images)
        else:
            from iku_docs.render.chart import LEBAR_GRAFIK_MM, draw_charts  # Pillow, for documents with charts

            bound[key] = [_Inline(Gambar(png, LEBAR_GRAFIK_MM), images) for png in draw_charts(value)]
    return bound


def prepare_templates(names: Iterable[str], templates_dir: Path | None = None) -> None:
    """Prepare these templates now, e.g. before forking render workers, which then all share the work.

    A template that cannot be prepared is left alone: rendering it reports the error with its context.
    """
    for name in sorted(set(names)):
        path = template_path(name, templates_dir)
        with contextlib.suppress(Exception):
            _prepared(path, path.parent == default_templates_dir())


def render_docx(name: str, context: Mapping[str, Any], out: Path, *, templates_dir: Path | None = None,
                pengaturan: Pengaturan | None = None, judul: str = "") -> Path:
    """Render template ``name`` with ``context`` and write it atomically to ``out``."""
    data = render_docx_bytes(name, context, templates_dir=templates_dir, pengaturan=pengaturan, judul=judul)
    return write_bytes_atomic(out, data)


def render_docx_bytes(name: str, context: Mapping[str, Any], *, templates_dir: Path | None = None,
                      pengaturan: Pengaturan | None = None, judul: str = "") -> bytes:
    """The .docx bytes of template ``name`` rendered with ``context``; the same input gives the same bytes."""
    path = template_path(name, templates_dir)
    trusted = path.parent == default_templates_dir()
    prep = _prepared(path, trusted)
    images = _Images(prep)
    if not trusted:  # shipped templates are checked by the test suite
        _check_variables(prep, context)
    try:
        members = _render(prep, _with_pictures(context, images), images, pengaturan, judul)
    except TemplateSyntaxError as exc:
        raise UserTemplateError(
            f"Templat '{path.name}' salah tulis di sekitar: {_snippet(exc)} ({exc.message}).",
            lokasi=Lokasi(lembar=None),
            saran="Periksa pasangan {{ }} / {% %} dan ejaan perintah di templat itu.",
        ) from exc
    except UndefinedError as exc:
        raise UserTemplateError(
            f"Templat '{path.name}' memakai isian yang tidak dikenal: {_undefined_teks(exc.message)}.",
            saran="Gunakan hanya nama isian dari templat bawaan (iku-docs templates export DIR).",
        ) from exc
    except TemplateLimitError as exc:
        raise UserTemplateError(
            f"Templat '{path.name}' ditolak: {exc.pesan}, di sekitar: {_snippet(exc)}.",
            saran="Hapus perintah itu dari templat; templat hanya boleh menampilkan isian dari buku kerja "
                  "(bandingkan dengan iku-docs templates export DIR).",
        ) from exc
    except TemplateError as exc:
        raise UserTemplateError(
            f"Templat '{path.name}' tidak dapat diisi: {exc.message or exc} di sekitar: {_snippet(exc)}.",
            saran="Bandingkan dengan templat bawaan (iku-docs templates export DIR).",
        ) from exc
    return _zip(prep, members, _styles_member(prep, pengaturan))


def _render(prep: _Prepared, ctx: Mapping[str, Any], images: _Images, pengaturan: Pengaturan | None,
            judul: str) -> dict[str, bytes]:
    """The members that differ from the template, in docxtpl's order: body, headers, footers, properties,
    footnotes (so a user template with several errors reports the one docxtpl reported)."""
    out: dict[str, bytes] = {}
    paper = pengaturan.ukuran_kertas if pengaturan is not None else None
    out[prep.body.name] = _document_xml(prep, _render_part(prep.body, ctx, images), paper)
    for story in prep.stories:
        out[story.name] = serialize_part_xml(parse_xml(_render_part(story, ctx, images).encode("utf-8")))
    out[prep.core_name] = _core_xml(prep, ctx, judul)
    for part in prep.footnotes:
        out[part.name] = _render_part(part, ctx, images).encode("utf-8")
    if images.media:
        out.update(_image_members(prep, images))
    return out


def _render_part(part: _Part, ctx: Mapping[str, Any], images: _Images) -> str:
    """docxtpl's render_xml_part on a compiled part."""
    if part.error is not None:
        raise part.error
    assert part.compiled is not None
    images.part = part
    try:
        if isinstance(part.compiled.environment, BoundedSandbox):
            compiled = part.compiled
            xml = render_bounded(lambda: compiled.generate(ctx))
        else:
            xml = part.compiled.render(ctx)
    except TemplateError as exc:
        _with_docx_context(exc, part.source)
        raise
    if "\n<w:p" in xml:  # each test below saves whole passes over the part when there is nothing to replace
        xml = xml.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")  # docxtpl's re.sub(r"\n<w:p([ >])")
    if "{_" in xml or "_}" in xml or "%_" in xml:
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    return _resolve_listing(xml)


# A w:t whose text holds a tab, newline, form feed or bell: the only case docxtpl's resolve_listing changes.
_LISTING_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>[^<]*[\t\n\f\a]")


def _resolve_listing(xml: str) -> str:
    """docxtpl rewrites every paragraph, run and text of the rendered part with nested regexes to turn \\n,
    \\t, \\f, \\a in values into Word breaks. Values rarely hold them: the part is returned as it is when no
    text does, which is exactly what docxtpl would return."""
    if not any(c in xml for c in "\t\n\f\a") or _LISTING_TEXT.search(xml) is None:
        return xml
    return _docxtpl().resolve_listing(xml)


def _document_xml(prep: _Prepared, xml: str, paper: str | None) -> bytes:
    """The document part around the rendered body. docxtpl parses the body (fix_tables), renumbers drawings
    and python-docx serializes it again; for a shipped template whose tables keep their grid, with no drawing,
    no paper change and no character XML forbids, that round trip changes nothing but the spelling of the
    markup, and it was most of a Perkada's render: the rendered text is used as it is."""
    body = _plain_body(xml) if prep.trusted and paper is None else None
    if body is None:
        tree = _body_tree(xml)
        if paper is not None:
            _set_paper(tree, paper)
        body = etree.tostring(tree, encoding="UTF-8", xml_declaration=False)
    return prep.document_head + body + prep.document_tail


_DOC_PR_ID = re.compile(r'(<wp:docPr id=")\d+(?=" name="[^"<>]*"/>)')
_TABLE_TOKENS = re.compile(r'<w:(?:(tbl)|(tr)|(gridCol))[ >/]|</w:(?:(tbl)|(tr))>|<w:gridSpan w:val="(\d+)"')


def _plain_body(xml: str) -> bytes | None:
    """The rendered body as it is, when parsing it could only change its spelling; None otherwise.
    Drawings (the LKjIP charts) are renumbered from 1001 in document order as docxtpl's fix_docpr_ids does."""
    if "docPr" in xml:
        count = iter(range(1001, 1001 + xml.count("docPr")))
        xml, renumbered = _DOC_PR_ID.subn(lambda m: f"{m.group(1)}{next(count)}", xml)
        if renumbered != xml.count("docPr"):  # a docPr spelled otherwise, or one with children
            return None
    # A character XML 1.0 forbids (workbook/values.py drops most of them, not \v and \f) is left to lxml's
    # recovering parser, as in docxtpl.
    body = legal_utf8(xml)
    return body if body is not None and _tables_fit(xml) else None


def _tables_fit(xml: str) -> bool:
    """:func:`_grid_fits` for every table of a rendered shipped body, read from the markup without parsing it
    (a regex over the tags and a count of the cells of each row). A table inside a row, or anything else
    unexpected, answers False, and the parsed tree decides."""
    tables: list[list[int]] = []  # per open table: grid columns, most cells in a row, widest row
    row_start, spans = -1, 0
    for m in _TABLE_TOKENS.finditer(xml):
        token = m.lastindex
        if token == 6:  # the w:gridSpan group
            spans += int(m.group(6)) - 1
        elif token == 2:  # <w:tr>
            if row_start >= 0:
                return False
            row_start, spans = m.end(), 0
        elif token == 5:  # </w:tr>
            if row_start < 0 or not tables:
                return False
            cells = xml.count("<w:tc>", row_start, m.start()) + xml.count("<w:tc ", row_start, m.start())
            table = tables[-1]
            table[1], table[2] = max(table[1], cells), max(table[2], cells + spans)
            row_start = -1
        elif token == 3:  # <w:gridCol>
            if not tables:
                return False
            tables[-1][0] += 1
        elif token == 1:  # <w:tbl>
            if row_start >= 0:
                return False
            tables.append([0, 0, 0])
        else:  # </w:tbl>
            if not tables or row_start >= 0:
                return False
            columns, most_cells, widest = tables.pop()
            if not most_cells <= columns <= widest:
                return False
    return not tables and row_start < 0


_BODY_PARSER = etree.XMLParser(recover=True, resolve_entities=False)  # docxtpl's fix_tables parser
_BODY_PARSER.set_element_class_lookup(element_class_lookup)  # python-docx's classes, for the section helpers
_TBL, _TR, _TC, _GRID_COL = qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:gridCol")
_DOC_PR = etree.XPath("//wp:docPr", namespaces=nsmap)


def _body_tree(xml: str) -> Any:
    """The rendered w:body as docxtpl leaves it: tables fixed when a ``{%tc %}`` loop changed their width,
    drawing ids renumbered from 1001 (fix_docpr_ids)."""
    tree = etree.fromstring(xml, parser=_BODY_PARSER)
    if tree is None:
        raise TemplateError("isi dokumen bukan XML yang sah setelah diisi")
    try:
        fits = all(_grid_fits(tbl) for tbl in tree.iter(_TBL))
    except (AttributeError, TypeError, ValueError):  # a malformed table: let docxtpl deal with it
        fits = False
    if not fits:
        fixed = _docxtpl().fix_tables(xml)
        tree = etree.fromstring(etree.tostring(fixed), parser=_BODY_PARSER)
    if "docPr" in xml:
        for n, elt in enumerate(_DOC_PR(tree), start=1001):
            elt.attrib["id"] = str(n)
    return tree


def _grid_fits(tbl: Any) -> bool:
    """True when docxtpl's fix_tables would leave ``tbl`` as it is: no row has more cells than the grid has
    columns, and the widest row (cells counted with their w:gridSpan) fills the grid. Rows of nested tables
    count too, as in docxtpl."""
    columns = len(tbl.find(qn("w:tblGrid")).findall(_GRID_COL))
    filled = False  # some row is as wide as the grid: the spans of the other rows need not be counted
    for tr in tbl.iter(_TR):
        cells = len(tr.findall(_TC))
        if cells > columns:
            return False
        if not filled:
            spans = _SPANS(tr)
            filled = cells + sum(int(v) for v in spans) - len(spans) >= columns
    return filled or columns == 0


_SPANS = etree.XPath("w:tc/w:tcPr/w:gridSpan/@w:val", namespaces={"w": nsmap["w"]})


def _core_xml(prep: _Prepared, ctx: Mapping[str, Any], judul: str) -> bytes:
    core = copy.deepcopy(prep.core)
    props = CoreProperties(core)
    for name, compiled, error in prep.properties:  # docxtpl's render_properties
        if error is not None:
            raise error
        assert compiled is not None
        setattr(props, name, compiled.render(ctx))
    _fix_properties(props, judul)
    return serialize_part_xml(core)


def _fix_properties(props: CoreProperties, judul: str) -> None:
    props.author = "iku-docs"
    props.last_modified_by = "iku-docs"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    if judul:
        props.title = judul


def _image_members(prep: _Prepared, images: _Images) -> dict[str, bytes]:
    out = {str(name)[1:]: blob for name, blob, _ in images.media.values()}
    types = parse_opc_xml(prep.members[CONTENT_TYPES])
    assert isinstance(types, CT_Types)
    known = {d.get("Extension", "").lower() for d in types.defaults}
    for name, _, content_type in images.media.values():
        if name.ext.lower() not in known:
            types.add_default(name.ext, content_type)
            known.add(name.ext.lower())
    for default in sorted(types.defaults, key=lambda d: d.get("Extension"), reverse=True):
        types.insert(0, default)  # python-docx writes the defaults first, by extension
    out[CONTENT_TYPES] = serialize_part_xml(types)
    for source, targets in images.rels.items():
        rels_name = source.rels_uri[1:]
        rels = parse_opc_xml(prep.members[rels_name]) if rels_name in prep.members else CT_Relationships.new()
        for media, rid in targets.items():
            rels.add_rel(rid, RT.IMAGE, media.relative_ref(source.baseURI))
        out[rels_name] = rels.xml
    return out


def _check_variables(prep: _Prepared, ctx: Mapping[str, Any]) -> None:
    """docxtpl's get_undeclared_template_variables: body, headers and footers; a syntax error is left to the
    render, which knows the paragraph text around it."""
    from jinja2 import meta

    source = prep.body.source + "".join(s.source for s in prep.stories)
    try:
        unknown = meta.find_undeclared_variables(make_env().parse(source)) - set(ctx)
    except TemplateSyntaxError:
        return
    if unknown:
        names = ", ".join(sorted(unknown))
        raise UserTemplateError(
            f"Templat '{prep.path.name}' memakai isian yang tidak dikenal: {names}.",
            saran="Gunakan hanya nama isian dari templat bawaan (iku-docs templates export DIR).",
        )


_UNDEFINED = re.compile(r"^'([^']*)' is undefined$")
_NO_ATTRIBUTE = re.compile(r"^'(?:[^']*)' (?:object )?has no attribute '([^']*)'$")


def _undefined_teks(message: str | None) -> str:
    """jinja's English 'x' is undefined / has no attribute 'x', in Indonesian."""
    text = message or ""
    if m := _UNDEFINED.match(text):
        return f"'{m.group(1)}' tidak ada"
    if m := _NO_ATTRIBUTE.match(text):
        return f"'{m.group(1)}' tidak ada pada isian itu"
    return text


def _snippet(exc: TemplateError) -> str:
    lines = [s.strip() for s in getattr(exc, "docx_context", []) or [] if s.strip()]
    return " ".join(lines)[:200] or "(tidak diketahui)"


# ---------------------------------------------------------------------------------------------------------
# Pengaturan: paper and fonts


def _sections(body: Any) -> list[Any]:
    """The w:sectPr of each section in document order, as python-docx's ``Document.sections`` finds them."""
    return body.xpath("./w:p/w:pPr/w:sectPr | ./w:sectPr")


def _set_paper(body: Any, ukuran_kertas: str) -> None:
    short, long_ = PAPER_MM[ukuran_kertas]
    sections = _sections(body)
    for sect_pr in sections:
        landscape = sect_pr.orientation == WD_ORIENT.LANDSCAPE
        sect_pr.page_width = Mm(long_ if landscape else short)
        sect_pr.page_height = Mm(short if landscape else long_)
    _fit_tables(body, sections)


def _set_fonts(styles: Any, p: Pengaturan) -> None:
    for style in styles:
        if style.type != 1 or not hasattr(style, "font"):  # paragraph styles only
            continue
        if p.huruf:
            style.font.name = p.huruf
            rpr = style.element.get_or_add_rPr()
            rpr.get_or_add_rFonts().set(qn("w:eastAsia"), p.huruf)
            rpr.get_or_add_rFonts().set(qn("w:cs"), p.huruf)
        if p.ukuran_huruf and style.name == "Normal":
            style.font.size = Pt(float(p.ukuran_huruf))


def _styles_member(prep: _Prepared, p: Pengaturan | None) -> Packed | None:
    """The styles part with the workbook's font, built and compressed once per template and font."""
    if prep.styles_name is None or p is None or not (p.huruf or p.ukuran_huruf):
        return None
    key = (p.huruf, p.ukuran_huruf)
    packed = prep.styled.get(key)
    if packed is None:
        from docx.styles.styles import Styles

        element = copy.deepcopy(prep.styles)
        _set_fonts(Styles(element), p)
        packed = prep.styled.setdefault(key, pack(prep.styles_name, serialize_part_xml(element)))
    return packed


def _fit_tables(body: Any, sections: list[Any]) -> None:
    """Fit the grid of each top-level table to the text width of its section after a paper change.

    A table marked 100 % wide (w:tblW w:type="pct") gets exactly its share of the new text width; any other
    table only shrinks, and only when it no longer fits. Cells keep their proportions (equal columns stay
    equal), and each w:tcW follows its grid columns, so Word and LibreOffice draw the same table.
    """
    remaining = iter(sections)
    section = next(remaining)
    for el in body.iterchildren():
        if el.tag == _TBL:
            width = section.page_width - (section.left_margin or 0) - (section.right_margin or 0)
            _fit_grid(el, int(width / 635))  # EMU → twips
        elif el.tag == qn("w:p") and el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            section = next(remaining)  # this paragraph ends its section


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


# ---------------------------------------------------------------------------------------------------------
# The package


def _zip(prep: _Prepared, changed: dict[str, bytes], styles: Packed | None) -> bytes:
    """The package: the members the render changed, the styles part with the workbook's font, and the
    template's other members as they were compressed once (ooxml.write_zip orders and stamps them)."""
    packed = dict(prep.packed)
    packed.update((name, pack(name, data)) for name, data in changed.items())
    if styles is not None:
        packed[styles.name] = styles
    return write_zip(packed.values())
