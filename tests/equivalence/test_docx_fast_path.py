"""The fast render path gives the same documents as docxtpl's own render + python-docx's save.

Pins render/docx.py, which prepares a template once and then assembles each document from strings and its own
zip writer (ooxml.write_zip) instead of calling ``DocxTemplate.render`` + ``save``; it exists because the fast
path imitates docxtpl step by step and calls its ``patch_xml``, ``resolve_listing`` and ``fix_tables`` and
python-docx's private parts, so it is only correct while both libraries behave as the versions pinned in
pyproject.toml. Every shipped template is rendered from the sample workbooks both ways (docxtpl_reference.py
beside this file is the old path) and compared part by part as canonical XML, then read back with python-docx.
User templates (sandboxed) with a picture in the header, a ``{%tc %}`` column loop that docxtpl's fix_tables must
repair, a jinja core property and values with line breaks and tabs are compared the same way.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from PIL import Image

from iku_docs.documents import KINDS, Dokumen, Format, kind_named
from iku_docs.errors import UserTemplateError
from iku_docs.model import Pemda, Pengaturan
from iku_docs.pipeline import check_workbook
from iku_docs.render.docx import Gambar, render_docx_bytes
from tests.equivalence.docxtpl_reference import render_reference
from tests.factories import make_pemda

REPO = Path(__file__).resolve().parents[2]
WORKBOOKS = {
    "kabupaten": REPO / "sample_workbooks" / "kabupaten-contoh.xlsx",
    "kota": REPO / "tests" / "data" / "kota-contoh.xlsx",  # A4, Diktum, an acting (Plh.) head
    "provinsi": REPO / "tests" / "data" / "provinsi-contoh.xlsx",
}


@pytest.fixture(scope="module", params=sorted(WORKBOOKS))
def model(request) -> Pemda:
    hasil = check_workbook(WORKBOOKS[request.param])
    assert hasil.model is not None
    return hasil.model


def canonical_parts(data: bytes) -> dict[str, bytes]:
    """Every member of the package; XML members in exclusive canonical form, so only where a namespace is
    declared and how attributes are quoted may differ, never an element, attribute or text."""
    parts = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        for name in z.namelist():
            raw = z.read(name)
            if name.endswith((".xml", ".rels")):
                raw = etree.tostring(etree.fromstring(raw), method="c14n", exclusive=True)
            parts[name] = raw
    return parts


def readback(data: bytes) -> dict[str, Any]:
    """What a reader of the document sees, through python-docx."""
    d = docx.Document(io.BytesIO(data))
    props = d.core_properties
    return {
        "paragraphs": [p.text for p in d.paragraphs],
        "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
        "sections": [(s.orientation, s.page_width, s.page_height) for s in d.sections],
        "headers": [[p.text for p in s.header.paragraphs] for s in d.sections],
        "footers": [[p.text for p in s.footer.paragraphs] for s in d.sections],
        "images": [(rel.target_ref, rel.target_part.blob) for rel in d.part.rels.values() if "image" in rel.reltype],
        "props": (props.author, props.title, props.created, props.modified, props.revision, props.last_modified_by),
        "styles": [(s.name, s.font.name, s.font.size) for s in d.styles if s.type == 1],
    }


def assert_same_document(fast: bytes, reference: bytes) -> None:
    new, old = canonical_parts(fast), canonical_parts(reference)
    assert sorted(new) == sorted(old)
    for name in old:
        assert new[name] == old[name], name
    assert readback(fast) == readback(reference)


def render_both(dok: Dokumen, model: Pemda, **kwargs: Any) -> tuple[bytes, bytes]:
    context = dok.isi()
    args = dict(pengaturan=model.pengaturan, judul=dok.judul, **kwargs)
    return render_docx_bytes(dok.templat, context, **args), render_reference(dok.templat, context, **args)


@pytest.mark.parametrize("kind", [k.name for k in KINDS if k.format is Format.DOCX])
def test_every_shipped_template_renders_as_docxtpl_renders_it(model: Pemda, kind: str):
    documents = kind_named(kind).documents(model)
    assert documents
    for dok in documents:
        fast, reference = render_both(dok, model)
        assert_same_document(fast, reference)


def test_lkjip_chart_is_a_png_part_with_its_relationship_and_content_type(model: Pemda):
    dok = kind_named("lkjip").documents(model)[0]
    fast, _ = render_both(dok, model)
    with zipfile.ZipFile(io.BytesIO(fast)) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert media and all(n.endswith(".png") for n in media)
        assert b'Extension="png"' in z.read("[Content_Types].xml")
    d = docx.Document(io.BytesIO(fast))
    assert len(d.inline_shapes) == len(media)
    blips = d.element.body.findall(f".//{qn('a:blip')}")
    assert {d.part.rels[b.get(qn('r:embed'))].target_ref for b in blips} == {n[len("word/"):] for n in media}


@pytest.mark.parametrize("pengaturan", [
    Pengaturan(),
    Pengaturan(ukuran_kertas="A4", huruf="Arial", ukuran_huruf=Decimal("11")),
    Pengaturan(ukuran_kertas="F4", ukuran_huruf=Decimal("10.5")),
    Pengaturan(huruf="Times New Roman"),
], ids=["template-decides", "a4-arial-11", "f4-10.5", "times"])
def test_paper_and_font_settings_come_out_as_before(pengaturan: Pengaturan):
    model = replace(make_pemda(), pengaturan=replace(make_pemda().pengaturan, ukuran_kertas=pengaturan.ukuran_kertas,
                                                     huruf=pengaturan.huruf, ukuran_huruf=pengaturan.ukuran_huruf))
    for kind in ("perkada", "pk"):
        for dok in kind_named(kind).documents(model)[:2]:
            assert_same_document(*render_both(dok, model))


def test_a_font_setting_changes_only_the_documents_that_ask_for_it():
    """The styles part is cached per template and font: a later document without a font gets the template's."""
    base = make_pemda()
    arial = replace(base, pengaturan=replace(base.pengaturan, huruf="Arial"))
    dok = kind_named("pk").documents(base)[0]
    render_docx_bytes(dok.templat, dok.isi(), pengaturan=arial.pengaturan)
    plain = docx.Document(io.BytesIO(render_docx_bytes(dok.templat, dok.isi(), pengaturan=base.pengaturan)))
    assert plain.styles["Normal"].font.name != "Arial"


def _png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, "PNG")
    return buf.getvalue()


def _user_template(folder: Path) -> Path:
    """A user's template with a picture in the header, a picture twice in the body, a column loop that
    changes the table grid ({%tc %}), a footer variable and a jinja core property."""
    d = docx.Document()
    d.core_properties.subject = "{{ judul }}"
    d.sections[0].header.paragraphs[0].text = "{{ logo }} {{ judul }}"
    d.sections[0].footer.paragraphs[0].text = "Halaman {{ judul }}"
    d.add_paragraph("{{ judul }}")
    d.add_paragraph("{{ logo }} dan {{ grafik }} dan {{ logo }}")
    d.add_paragraph("{{ catatan }}")
    table = d.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "Tahun"
    table.cell(0, 1).text = "{%tc for t in tahun %}{{ t }}"
    table.cell(0, 2).text = "{%tc endfor %}"
    table.cell(1, 0).text = "Target"
    table.cell(1, 1).text = "{%tc for t in tahun %}{{ t }},5"
    table.cell(1, 2).text = "{%tc endfor %}"
    folder.mkdir(parents=True, exist_ok=True)
    d.save(folder / "uji.docx")
    return folder


def test_a_user_template_with_header_pictures_column_loops_and_listing_values_renders_as_before(tmp_path: Path):
    folder = _user_template(tmp_path / "templat")
    context = {
        "judul": "Perjanjian Kinerja & <Lampiran> \"I\"",
        "logo": Gambar(_png(40, 20, (200, 30, 30)), 25),
        "grafik": Gambar(_png(300, 120, (30, 30, 200)), 120.5),
        "catatan": "baris satu\nbaris dua\tbertab\fhalaman baru\aparagraf baru {{ bukan_jinja }}",
        "tahun": ["2025", "2026", "2027", "2028"],
    }
    pengaturan = Pengaturan(ukuran_kertas="A4", huruf="Arial")
    fast = render_docx_bytes("uji", context, templates_dir=folder, pengaturan=pengaturan, judul="Uji")
    reference = render_reference("uji", context, templates_dir=folder, pengaturan=pengaturan, judul="Uji")
    assert_same_document(fast, reference)
    d = docx.Document(io.BytesIO(fast))
    assert len(d.inline_shapes) == 3
    assert "{{ bukan_jinja }}" in "\n".join(p.text for p in d.paragraphs)
    # docxtpl renders core properties with the autoescaping environment, so they hold "&amp;" for "&";
    # kept as it was (the shipped templates have no jinja in their properties).
    assert d.core_properties.subject.startswith("Perjanjian Kinerja &amp; &lt;Lampiran&gt;")
    header_rels = [r for r in d.sections[0].header.part.rels.values() if "image" in r.reltype]
    assert len(header_rels) == 1 and header_rels[0].target_part.blob == context["logo"].png


def test_a_user_template_without_the_picture_it_is_given_adds_no_media(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("{{ judul }}")
    d.save(tmp_path / "uji.docx")
    context = {"judul": "Tanpa gambar", "logo": Gambar(_png(4, 4, (0, 0, 0)), 10)}
    fast = render_docx_bytes("uji", context, templates_dir=tmp_path)
    assert_same_document(fast, render_reference("uji", context, templates_dir=tmp_path))
    assert not [n for n in zipfile.ZipFile(io.BytesIO(fast)).namelist() if n.startswith("word/media/")]


def test_a_user_template_cannot_reach_python_through_a_value_or_a_tag(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("{{ judul.__class__.__mro__ }}")
    d.save(tmp_path / "uji.docx")
    with pytest.raises(UserTemplateError, match=r"uji\.docx"):
        render_docx_bytes("uji", {"judul": "x"}, templates_dir=tmp_path)


def test_an_error_in_a_user_header_names_the_template_as_before(tmp_path: Path):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "{{ judul }"
    d.add_paragraph("{{ judul }}")
    d.save(tmp_path / "uji.docx")
    with pytest.raises(UserTemplateError, match=r"uji\.docx' salah tulis"):
        render_docx_bytes("uji", {"judul": "x"}, templates_dir=tmp_path)


def test_a_file_that_is_not_a_word_document_is_refused(tmp_path: Path):
    (tmp_path / "uji.docx").write_bytes(b"bukan zip")
    with pytest.raises(UserTemplateError, match="bukan berkas Word"):
        render_docx_bytes("uji", {}, templates_dir=tmp_path)


def test_a_changed_user_template_is_prepared_again(tmp_path: Path):
    for text in ("Versi satu {{ judul }}", "Versi dua yang lebih panjang {{ judul }}"):
        d = docx.Document()
        d.add_paragraph(text)
        d.save(tmp_path / "uji.docx")
        out = docx.Document(io.BytesIO(render_docx_bytes("uji", {"judul": "x"}, templates_dir=tmp_path)))
        assert out.paragraphs[0].text == text.replace("{{ judul }}", "x")


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _table(columns: int, rows: list[list[int]], inner: str = "") -> str:
    """A w:tbl with ``columns`` grid columns and rows of cells given by their w:gridSpan (1 = no span)."""
    grid = "".join('<w:gridCol w:w="500"/>' for _ in range(columns))
    body = "".join(
        "<w:tr>" + "".join(
            "<w:tc><w:tcPr>" + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + f"</w:tcPr><w:p/>{inner}</w:tc>"
            for span in row) + "</w:tr>"
        for row in rows)
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


NESTED = _table(2, [[1, 1]], inner=_table(2, [[1, 1]]))


@pytest.mark.parametrize("xml", [
    _table(3, [[1, 1, 1], [1, 1, 1]]),
    _table(3, [[3], [1, 2], [1, 1, 1]]),
    _table(3, [[3], [1, 2]]),
    _table(3, [[1, 1], [1, 1]]),  # a {%tc %} loop rendered fewer cells: docxtpl narrows the grid
    _table(2, [[1, 1, 1], [1, 1]]),  # more cells than columns: docxtpl widens the grid
    _table(2, [[2, 2]]),
    _table(0, []),
    _table(3, []),
    NESTED,
    _table(2, [[1, 1]]) + "<w:p/>" + _table(4, [[2, 2], [1, 1, 1, 1]]) + _table(4, [[1, 1, 1, 1, 1]]),
], ids=lambda x: str(len(x)))
def test_reading_table_grids_from_the_markup_agrees_with_the_parsed_tree(xml: str):
    from iku_docs.render.docx import _body_tree, _grid_fits, _tables_fit

    body = f"<w:body {W}>{xml}<w:sectPr/></w:body>"
    parsed = all(_grid_fits(t) for t in etree.fromstring(body).iter(qn("w:tbl")))
    # A table inside a row is left to the tree (False); every other table is read exactly as the tree reads it.
    assert _tables_fit(body) == (False if xml is NESTED else parsed)
    fixed = _body_tree(body)  # the tree path repairs what does not fit, as docxtpl's fix_tables
    assert all(_grid_fits(t) for t in fixed.iter(qn("w:tbl"))) or xml == _table(3, [])
