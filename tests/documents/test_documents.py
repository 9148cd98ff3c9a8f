"""The registry of document kinds: each kind declared once, and the pipeline renders whatever it lists."""

from __future__ import annotations

import io
import re
import zipfile
from functools import partial
from pathlib import Path

import docx
import openpyxl
import pytest

from iku_docs import documents
from iku_docs.documents import KINDS, Dokumen, Format, Kind, kind_named, select_kinds
from iku_docs.documents.pk import build_context_pd
from iku_docs.errors import IkuDocsError
from iku_docs.model import Pemda
from iku_docs.pipeline import render_model
from iku_docs.render import render_bytes
from iku_docs.render.docx import default_templates_dir
from tests.factories import make_pemda


def pattern_of(kind: Kind) -> re.Pattern[str]:
    """The file names ``kind.file_name`` allows: each part a safe name, and a -2, -3… before the extension
    when two codes reduce to the same name."""
    stem, suffix = kind.file_name.rsplit(".", 1)
    regex = re.sub(r"\\\{\w+\\\}", "[a-z0-9_-]+", re.escape(stem))
    return re.compile(f"{regex}(-[0-9]+)?\\.{suffix}")


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_document_of_a_kind_uses_its_declared_templates_and_file_name(kind: Kind) -> None:
    model = make_pemda()
    made = kind.documents(model)
    assert made
    assert {d.templat for d in made} <= set(kind.templates)
    assert [d.berkas for d in made if not pattern_of(kind).fullmatch(d.berkas)] == []
    assert all(d.berkas.endswith(f".{kind.format}") for d in made)
    assert len({d.berkas for d in made}) == len(made)


@pytest.mark.parametrize("kind", [k for k in KINDS if k.format is Format.DOCX], ids=lambda k: k.name)
def test_every_declared_word_template_is_shipped(kind: Kind) -> None:
    assert [t for t in kind.templates if not (default_templates_dir() / f"{t}.docx").is_file()] == []


@pytest.mark.parametrize("kind", [k for k in KINDS if k.format is Format.XLSX], ids=lambda k: k.name)
def test_every_xlsx_kind_renders_to_a_workbook_excel_opens(kind: Kind) -> None:
    model = make_pemda()
    for dok in kind.documents(model):
        book = openpyxl.load_workbook(io.BytesIO(render_bytes(dok, kind.format, model)))
        assert book.sheetnames


def test_every_builder_lives_in_the_documents_package() -> None:
    assert [k.builder for k in KINDS if not k.module.startswith("iku_docs.documents.")] == []
    assert len({k.name for k in KINDS}) == len(KINDS)
    assert all(k.included_in in {None, *(j.name for j in KINDS)} for k in KINDS)


@pytest.mark.parametrize(("chosen", "expected"), [
    (None, ["perkada", "pk", "lkjip", "tabel-lkjip", "laporan"]),
    ([], ["perkada", "pk", "lkjip", "tabel-lkjip", "laporan"]),
    (["lkjip"], ["lkjip", "tabel-lkjip"]),
    (["tabel-lkjip"], ["tabel-lkjip"]),
    (["pk", "perkada", "pk"], ["perkada", "pk"]),  # registry order, each once
])
def test_a_choice_selects_its_kinds_and_those_included_in_them(chosen, expected) -> None:
    assert [k.name for k in select_kinds(chosen)] == expected


def test_an_unknown_kind_is_an_indonesian_error_naming_the_choices() -> None:
    with pytest.raises(IkuDocsError) as err:
        select_kinds(["perkada", "renstra"])
    assert "'renstra' tidak dikenal" in err.value.pesan
    assert err.value.saran == "Pilih dari: perkada, pk, lkjip, tabel-lkjip, laporan."


def test_file_name_parts_are_made_safe() -> None:
    assert kind_named("pk").file_name_for(unit="../DIN KES", tahun=2026) == "pk/pk-din-kes-2026.docx"
    assert kind_named("tabel-lkjip").file_name_for(tahun=2026) == "lkjip/tabel-lkjip-2026.xlsx"


# --- a new kind is one builder, one template and one entry -------------------------------------------------


def one_pk_per_pd(model: Pemda) -> list[Dokumen]:
    """The builder of the kind the test below adds: the PK context, under names of its own."""
    kind = kind_named("rencana-aksi")
    return [Dokumen(kind.file_name_for(unit=pd.kode, tahun=model.tahun), "pk", partial(build_context_pd, model, pd),
                    judul=f"Rencana Aksi {pd.nama}") for pd in model.perangkat_daerah]


def test_a_kind_added_to_the_registry_is_rendered_by_the_pipeline(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    added = Kind("rencana-aksi", "Rencana Aksi", "tests.documents.test_documents:one_pk_per_pd", templates=("pk",),
                 file_name="rencana-aksi/ra-{unit}-{tahun}.docx", cost_ms=5.0)
    monkeypatch.setattr(documents, "KINDS", (*KINDS, added))
    model = make_pemda()

    written = render_model(model, tmp_path, documents=["rencana-aksi"])

    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        f"rencana-aksi/ra-{pd.kode.lower()}-2026.docx" for pd in model.perangkat_daerah]
    first = docx.Document(str(written[0]))
    assert first.core_properties.title == f"Rencana Aksi {model.perangkat_daerah[0].nama}"
    assert model.perangkat_daerah[0].nama.upper() in "\n".join(p.text for p in first.paragraphs)


def test_the_lkjip_choice_writes_its_word_tables_and_the_xlsx_after_them(tmp_path: Path) -> None:
    model = make_pemda()
    written = [p.relative_to(tmp_path).as_posix() for p in render_model(model, tmp_path, documents=["lkjip"])]
    assert written[-1] == "lkjip/tabel-lkjip-2026.xlsx"
    assert written[:-1] == [d.berkas for d in kind_named("lkjip").documents(model)]
    with zipfile.ZipFile(tmp_path / written[-1]) as z:
        assert "xl/workbook.xml" in z.namelist()
