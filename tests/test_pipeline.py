"""The library API end to end: stage order, all-or-nothing rendering, reports on galat."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from iku_docs.errors import DataError, UserTemplateError
from iku_docs.pipeline import render_workbook
from iku_docs.render.docx import default_templates_dir
from tests.paths import REPO as REPO_ROOT

REPO = REPO_ROOT
SAMPLE = REPO / "sample_workbooks" / "kabupaten-contoh.xlsx"
SALAH = REPO / "sample_workbooks" / "contoh-salah.xlsx"


def _break_template(src: Path, dst: Path, insert: str) -> None:
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode()
    at = xml.index("{{")
    parts["word/document.xml"] = (xml[:at] + insert + xml[at:]).encode()
    with zipfile.ZipFile(dst, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_a_broken_user_template_leaves_no_document_behind(tmp_path):
    user = tmp_path / "templat"
    user.mkdir()
    _break_template(default_templates_dir() / "lkjip.docx", user / "lkjip.docx", "{{ isian_tak_dikenal }}")
    out = tmp_path / "hasil"
    with pytest.raises(UserTemplateError) as err:
        render_workbook(SAMPLE, out, templates_dir=user)
    assert "isian_tak_dikenal" in err.value.pesan and "lkjip.docx" in err.value.pesan
    assert not out.exists() or not list(out.rglob("*.docx"))


def test_a_user_folder_may_override_only_some_templates(tmp_path):
    user = tmp_path / "templat"
    user.mkdir()
    shutil.copyfile(default_templates_dir() / "pk.docx", user / "pk.docx")
    hasil = render_workbook(SAMPLE, tmp_path / "hasil", documents=["pk", "perkada"], templates_dir=user)
    names = {p.name for p in hasil.berkas}
    assert "peraturan-bupati-iku-2026.docx" in names and "pk-dinkes-2026.docx" in names


def test_galat_writes_the_report_and_no_document(tmp_path):
    out = tmp_path / "hasil"
    with pytest.raises(DataError) as err:
        render_workbook(SALAH, out)
    assert err.value.exit_code == 1
    assert (out / "laporan" / "laporan-validasi.html").is_file()
    assert not list(out.rglob("*.docx"))


def test_a_workbook_full_mode_openpyxl_could_not_reopen_still_gets_its_annotated_copy(tmp_path):
    import re

    from tests.builders import WorkbookBuilder, rewrite_member, sheet_part

    path = WorkbookBuilder().save(tmp_path / "gaya.xlsx")
    part = sheet_part(path, "Dasar Hukum")
    # a cell style index that does not exist: the copy patches the package instead of reloading it
    rewrite_member(path, part, lambda xml: re.sub(rb'<c r="B2"( s="\d+")?', b'<c r="B2" s="999"', xml, count=1))
    hasil = render_workbook(path, tmp_path / "hasil", documents=["pk"])
    assert hasil.berkas and all(p.is_file() for p in hasil.berkas)
    assert {p.name for p in hasil.validasi.laporan_berkas} == {"laporan-validasi.html", "laporan-validasi.json",
                                                               "gaya-catatan.xlsx"}
    assert hasil.validasi.catatan == []


def test_an_annotated_copy_that_fails_is_a_note_and_the_documents_still_render(tmp_path, monkeypatch):
    import iku_docs.report.annotated as annotated

    def fail(laporan, data):
        raise ValueError("bagian rusak")

    monkeypatch.setattr(annotated, "_annotate", fail)
    hasil = render_workbook(SAMPLE, tmp_path / "hasil", documents=["pk"])
    assert hasil.berkas and all(p.is_file() for p in hasil.berkas)
    assert {p.name for p in hasil.validasi.laporan_berkas} == {"laporan-validasi.html", "laporan-validasi.json"}
    assert len(hasil.validasi.catatan) == 1 and "bercatatan" in hasil.validasi.catatan[0]


def test_a_document_that_fails_before_any_is_rendered_still_leaves_the_reports(tmp_path, monkeypatch):
    import iku_docs.documents.pk as pk

    def broken(model):
        raise RuntimeError("pembangun rusak")

    monkeypatch.setattr(pk, "documents", broken)
    out = tmp_path / "hasil"
    with pytest.raises(RuntimeError, match="pembangun rusak"):
        render_workbook(SAMPLE, out, documents=["pk"])
    assert (out / "laporan" / "laporan-validasi.html").is_file()
    assert not list(out.rglob("*.docx"))


def test_the_validation_is_handed_over_before_anything_can_fail(tmp_path):
    seen = []
    with pytest.raises(DataError) as err:
        render_workbook(SALAH, tmp_path / "hasil", validated=seen.append)
    assert seen == [err.value.hasil] and not seen[0].laporan.valid
    assert [p.name for p in seen[0].laporan_berkas if p.suffix == ".html"] == ["laporan-validasi.html"]


def test_only_the_chosen_kinds_are_written_with_the_reports_beside_them(tmp_path):
    out = tmp_path / "hasil"
    hasil = render_workbook(SAMPLE, out, documents=["tabel-lkjip"])
    assert [p.relative_to(out).as_posix() for p in hasil.berkas] == ["lkjip/tabel-lkjip-2026.xlsx"]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == sorted(
        ["lkjip/tabel-lkjip-2026.xlsx", *(p.relative_to(out).as_posix() for p in hasil.validasi.laporan_berkas)])
