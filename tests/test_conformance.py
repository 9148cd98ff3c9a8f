"""Office conformance: every file the tool writes passes the Open XML SDK's schema and semantic rules.

Nobody here has Microsoft Word or Excel, which report a file breaking these rules as "unreadable content"
and offer to repair it. openxml-audit (pure Python, the Open XML SDK 3.5 rules) checks every .docx of the
sample, Kota and Provinsi workbooks in every body form, and every .xlsx the tool writes: the blank
template, the LKjIP table and the annotated copy.

Only findings of severity ERROR count. Exactly one class of them is ignored, named below; a warning
(e.g. Excel moving inline strings to a shared-strings table on its next save) is not a conformance error.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator, ValidationError, ValidationSeverity

from iku_docs.model import Pemda
from iku_docs.pipeline import check_workbook, render_model, validate_workbook, write_template
from tests.paths import REPO as REPO_ROOT

ROOT = REPO_ROOT
WORKBOOKS = {
    "kabupaten": ROOT / "sample_workbooks" / "kabupaten-contoh.xlsx",
    "kota": ROOT / "tests" / "data" / "kota-contoh.xlsx",
    "provinsi": ROOT / "tests" / "data" / "provinsi-contoh.xlsx",
}
# (Jenis Penetapan, Bentuk Batang Tubuh): a Peraturan in Pasal, a Peraturan in diktum, a Keputusan.
BODY_FORMS = {"Pasal": ("Peraturan", "Pasal"), "Diktum": ("Peraturan", "Diktum"),
              "Keputusan": ("Keputusan", "Diktum")}


def is_font_child_order(e: ValidationError) -> bool:
    """The known false positive: the order of <font> children in xl/styles.xml.

    ECMA-376 Part 1 §18.8.22 declares CT_Font a repeatable xsd:choice, so any order is valid and Excel opens
    such files (openpyxl writes them too); the SDK's model wrongly checks them as a sequence.
    """
    return (e.part_uri == "/xl/styles.xml" and e.description.startswith("Unexpected element")
            and "/fonts[1]/font[" in e.path and e.path.rsplit("/", 1)[-1].startswith("font["))


@pytest.fixture(scope="module")
def validator() -> OpenXmlValidator:
    return OpenXmlValidator(max_errors=200)


def errors(validator: OpenXmlValidator, path: Path) -> list[str]:
    result = validator.validate(path)
    return [str(e) for e in result.errors
            if e.severity == ValidationSeverity.ERROR and not is_font_child_order(e)]


def with_body_form(model: Pemda, form: str) -> Pemda:
    jenis, bentuk = BODY_FORMS[form]
    return replace(model, pengaturan=replace(model.pengaturan, jenis_penetapan=jenis, bentuk_batang_tubuh=bentuk))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, list[Path]]:
    """Every document of each workbook in each body form (the LKjIP .xlsx once per workbook)."""
    out: dict[str, list[Path]] = {}
    for name, workbook in WORKBOOKS.items():
        model = check_workbook(workbook).model
        assert model is not None, name
        for form in BODY_FORMS:
            folder = tmp_path_factory.mktemp(f"{name}-{form}")
            documents = None if form == "Pasal" else ["perkada"]
            out[f"{name}-{form}"] = render_model(with_body_form(model, form), folder, documents=documents)
    return out


@pytest.mark.parametrize("case", [f"{w}-{f}" for w in WORKBOOKS for f in BODY_FORMS])
def test_every_document_is_schema_valid(rendered, validator, case):
    paths = rendered[case]
    assert any(p.name.startswith(("peraturan-", "keputusan-")) for p in paths)
    found = {p.name: errors(validator, p) for p in paths}
    assert {name: e for name, e in found.items() if e} == {}


def test_every_body_form_and_kind_was_checked(rendered):
    names = {p.name for paths in rendered.values() for p in paths}
    assert {"tabel-lkjip-2026.xlsx", "pk-bupati-2026.docx", "pk-walikota-2026.docx", "pk-gubernur-2026.docx",
            "lkjip-pemda-2026.docx", "laporan-kinerja-pemda-2026.docx", "laporan-kinerja-dinkes-2026.docx"} <= names


def test_blank_template_is_schema_valid(tmp_path, validator):
    path = write_template(tmp_path / "kosong.xlsx", 2025, 2029)
    assert errors(validator, path) == []


@pytest.mark.parametrize("workbook", [ROOT / "sample_workbooks" / "contoh-salah.xlsx", WORKBOOKS["kota"]])
def test_annotated_copy_adds_no_schema_error(tmp_path, validator, workbook):
    hasil = validate_workbook(workbook, report_dir=tmp_path)
    copies = [p for p in hasil.laporan_berkas if p.suffix == ".xlsx"]
    assert len(copies) == 1
    # The copy patches the user's package: what the input itself carried is not the tool's to answer for.
    assert set(errors(validator, copies[0])) - set(errors(validator, workbook)) == set()


def test_the_ignored_class_is_exactly_font_child_order():
    font = ValidationError(error_type=None, description="Unexpected element 'sz' found",
                           part_uri="/xl/styles.xml", path="/styleSheet[1]/fonts[1]/font[2]", node="sz")
    other = [replace(font, part_uri="/xl/worksheets/sheet1.xml"),
             replace(font, path="/styleSheet[1]/cellXfs[1]/xf[2]"),
             replace(font, description="The attribute 'val' has invalid value")]
    assert is_font_child_order(font)
    assert not any(is_font_child_order(e) for e in other)


def test_a_misordered_section_property_is_caught(tmp_path, validator):
    """The check itself can fail: pgNumType after docGrid, as the Perkada template had it."""
    from docx import Document
    from docx.oxml import OxmlElement

    doc = Document()
    doc.sections[0]._sectPr.append(OxmlElement("w:pgNumType"))
    doc.save(tmp_path / "salah.docx")
    assert any("pgNumType" in e for e in errors(validator, tmp_path / "salah.docx"))
