"""The LKjIP draft (laporan kind): its context as data, and rendered drafts read back with python-docx."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX

from iku_docs.documents import laporan, lkjip
from iku_docs.model import Pemda
from iku_docs.pipeline import check_workbook, render_model
from iku_docs.render.docx import render_docx
from tests.factories import iku_pd, make_pemda, program
from tests.paths import REPO

ROOT = REPO
SAMPLE = ROOT / "sample_workbooks" / "kabupaten-contoh.xlsx"
CHAPTERS = ["BAB I", "PENDAHULUAN", "BAB II", "PERENCANAAN KINERJA", "BAB III", "AKUNTABILITAS KINERJA",
            "A. Capaian Kinerja Organisasi", "B. Realisasi Anggaran dan Efisiensi Tahun 2026", "BAB IV", "PENUTUP",
            "LAMPIRAN"]


def tabel(model: Pemda, kode: str = "") -> lkjip.TabelLkjip:
    return next(t for t in lkjip.build_tables(model) if t.kode == kode)


def analisis(context: dict, nama: str) -> dict:
    return next(a for s in context["sasaran"] for a in s["analisis"] if a["nama"] == nama)


def paragraphs(document) -> list[str]:
    """Body paragraphs, then every table cell's, in document order per kind."""
    result = [p.text for p in document.paragraphs]
    for t in document.tables:
        for row in t.rows:
            result += [c.text for c in row.cells]
    return result


def render_all(model: Pemda, out: Path) -> dict[str, docx.document.Document]:
    result = {}
    for dok in laporan.documents(model):
        path = render_docx(dok.templat, dok.isi(), out / dok.berkas, pengaturan=model.pengaturan, judul=dok.judul)
        result[dok.berkas] = docx.Document(str(path))
    return result


@pytest.fixture(scope="module")
def sample_model() -> Pemda:
    model = check_workbook(SAMPLE).model
    assert model is not None
    return model


@pytest.fixture(scope="module")
def sample_drafts(sample_model, tmp_path_factory) -> dict[str, docx.document.Document]:
    return render_all(sample_model, tmp_path_factory.mktemp("laporan"))


# --- the context, as data -------------------------------------------------------------------------------------

def test_one_draft_per_unit_named_like_the_lkjip_tables():
    names = [d.berkas for d in laporan.documents(make_pemda())]
    assert names == ["lkjip/laporan-kinerja-pemda-2026.docx", "lkjip/laporan-kinerja-dinkes-2026.docx",
                     "lkjip/laporan-kinerja-disdik-2026.docx", "lkjip/laporan-kinerja-insp-2026.docx"]


def test_capaian_and_previous_year_are_the_tables_numbers_with_the_direction():
    model = make_pemda()
    context = laporan.build_context(model, tabel(model, "DINKES"))
    a = analisis(context, "Persentase balita gizi buruk yang ditangani")
    # 2026: 76 ÷ 75 × 100 = 101,33; 2025: 72 ÷ 70 × 100 = 102,86 — this year is lower.
    assert (a["capaian"], a["realisasi"], a["target"]) == ("101,33", "76%", "75%")
    assert a["lalu"] == {"tahun": "2025", "capaian": "102,86", "arah": laporan.TURUN}
    # The end-of-Renstra target is 90 in 2029: 76 ÷ 90 × 100 = 84,44.
    assert a["akhir"] == {"terukur": True, "capaian": "84,44", "target": "90%"}
    assert a["program"] == [{"nama": "Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat",
                             "capaian": a["program"][0]["capaian"], "kategori": a["program"][0]["kategori"]}]


def test_every_number_of_the_draft_equals_the_lkjip_tables(sample_model):
    for t in lkjip.build_tables(sample_model):
        tables = lkjip.build_context(sample_model, t)
        context = laporan.build_context(sample_model, t)
        assert [s["indikator"] for s in tables["pengukuran"]] == [
            [{k: v for k, v in i.items() if k != "target_akhir"} for i in s["indikator"]] for s in context["sasaran"]]
        flat = [a for s in context["sasaran"] for a in s["analisis"]]
        by_name = {row["nama"]: row for row in tables["progres"]}
        assert [a["akhir"]["capaian"] for a in flat] == [by_name[a["nama"]]["capaian"] for a in flat]
        standar = {row["nama"]: row for row in tables["standar"]}
        assert [a["standar"]["capaian"] for a in flat] == [standar[a["nama"]]["capaian"] for a in flat]
        assert (context["anggaran"], context["total"]) == (tables["anggaran"], tables["total"])


def test_national_standard_direction_and_missing_standard():
    model = make_pemda()
    pd = model.perangkat_daerah[0]
    better = replace(pd.iku[0], standar_nasional=D(70), sumber_standar="SPM")  # 76 against 70: above
    model = replace(model, perangkat_daerah=(replace(pd, iku=(better, pd.iku[1])), *model.perangkat_daerah[1:]))
    context = laporan.build_context(model, tabel(model, "DINKES"))
    a = analisis(context, better.nama)
    assert a["standar"] == {"ada": True, "nilai": "70%", "sumber": "SPM", "capaian": "108,57", "arah": laporan.NAIK}
    assert analisis(context, pd.iku[1].nama)["standar"]["ada"] is False


def test_workbook_factors_are_sentences_and_missing_ones_are_placeholders():
    model = make_pemda()
    pd = model.perangkat_daerah[0]
    first = pd.iku[0]
    real = replace(first.realisasi[2026], faktor_pendukung="Kader posyandu aktif", upaya_perbaikan="Sudah baik.")
    first = replace(first, realisasi={**first.realisasi, 2026: real})
    model = replace(model, perangkat_daerah=(replace(pd, iku=(first, pd.iku[1])), *model.perangkat_daerah[1:]))
    a = analisis(laporan.build_context(model, tabel(model, "DINKES")), first.nama)
    assert (a["pendukung"], a["penghambat"], a["upaya"]) == ("Kader posyandu aktif.", "", "Sudah baik.")


def test_undefined_capaian_is_stated_and_left_out_of_the_predikat_summary():
    model = make_pemda()
    pd = model.perangkat_daerah[0]
    nol = iku_pd("DINKES", "PD-KES-09", "Jumlah kasus KLB", targets=(D(0),) * 5,
                 realisasi={2026: D(3)})
    model = replace(model, perangkat_daerah=(replace(pd, iku=(*pd.iku, nol)), *model.perangkat_daerah[1:]))
    context = laporan.build_context(model, tabel(model, "DINKES"))
    a = analisis(context, "Jumlah kasus KLB")
    assert a["terukur"] is False and a["alasan"] and a["capaian"] == "–"
    assert sum(int(p["jumlah"]) for p in context["predikat"]) == 2
    assert context["belum_terukur"] == [{"alasan": "tidak terdefinisi", "jumlah": "1"}]


def test_efficiency_summary_counts_programs_by_category():
    model = make_pemda()
    context = laporan.build_context(model, tabel(model, "DINKES"))
    e = context["efisiensi"]
    # Two programs: one serving two IKU (judged), one without IKU Didukung (not judged).
    assert (e["jumlah"], e["tanpa_iku"], e["tak_dinilai"]) == ("2", "1", "0")
    assert int(e["efisien"]) + int(e["cukup"]) + int(e["kurang"]) == 1


def test_a_pemda_indicator_is_served_by_programs_of_the_pd_indicators_that_support_it():
    model = make_pemda()
    context = laporan.build_context(model, tabel(model))
    names = [p["nama"] for p in analisis(context, "Persentase balita stunting yang ditangani")["program"]]
    assert names == ["Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat"]


def test_pd_identity_comes_from_the_workbook_and_the_pemda_asks_for_its_tugas_pokok():
    model = make_pemda()
    assert laporan.build_context(model, tabel(model))["identitas"]["tugas_pokok"] == ""
    pd = laporan.build_context(model, tabel(model, "DINKES"))["identitas"]
    assert pd["tugas_pokok"].startswith("Membantu Bupati") and len(pd["fungsi"]) == 2


# --- rendered drafts ------------------------------------------------------------------------------------------

def test_the_draft_has_every_chapter_in_order(sample_drafts):
    for name, document in sample_drafts.items():
        texts = [p.text.strip() for p in document.paragraphs]
        positions = [texts.index(c) for c in CHAPTERS]
        assert positions == sorted(positions), name


def test_per_sasaran_a_sentence_for_each_analysis_with_data(sample_model, sample_drafts):
    for t in lkjip.build_tables(sample_model):
        unit = "pemda" if t.adalah_pemda else t.kode.lower()
        text = "\n".join(paragraphs(sample_drafts[f"lkjip/laporan-kinerja-{unit}-2026.docx"]))
        tables = lkjip.build_context(sample_model, t)
        standar = {row["nama"]: row for row in tables["standar"]}
        progres = {row["nama"]: row for row in tables["progres"]}
        for s in tables["pengukuran"]:
            assert f"Sasaran {s['no']}: {s['sasaran']}" in text
            for i in s["indikator"]:
                if i["capaian"][0].isdigit():
                    assert f"Capaian {i['nama']} tahun 2026 sebesar {i['capaian']}% ({i['predikat']})" in text
                else:
                    assert f"Capaian {i['nama']} tahun 2026 belum dapat diukur" in text
                if progres[i["nama"]]["capaian"][0].isdigit():
                    assert f"capaian sampai dengan tahun 2026 sebesar {progres[i['nama']]['capaian']}%" in text
                row = standar[i["nama"]]
                if row["ada"] and row["capaian"][0].isdigit():
                    assert f"capaiannya {row['capaian']}% sehingga" in text
        if not all(r["ada"] for r in tables["standar"]):
            assert "belum ada standar" in text


def test_the_sample_draft_compares_with_last_year_in_words(sample_drafts):
    text = "\n".join(paragraphs(sample_drafts["lkjip/laporan-kinerja-dinkes-2026.docx"]))
    assert "Capaian Angka Kematian Bayi (AKB) tahun 2026 sebesar 102,47% (Sangat Baik)" in text
    assert "lebih baik daripada capaian tahun 2025 (102,35%)" in text
    assert ".." not in text


def test_budget_table_of_the_draft_is_the_lkjip_budget_table(sample_model, tmp_path, sample_drafts):
    (dok,) = [d for d in lkjip.documents(sample_model) if d.berkas.endswith("dinkes-2026.docx")]
    tables = docx.Document(str(render_docx(dok.templat, dok.isi(), tmp_path / "t.docx"))).tables
    draft = sample_drafts["lkjip/laporan-kinerja-dinkes-2026.docx"].tables

    def budget(ts):
        t = next(t for t in ts if t.rows[0].cells[2].text == "IKU Didukung")
        return [[c.text for c in r.cells] for r in t.rows]

    assert budget(draft) == budget(tables)
    text = "\n".join(paragraphs(sample_drafts["lkjip/laporan-kinerja-dinkes-2026.docx"]))
    assert "lebih dari +5 poin: Efisien" in text


def test_missing_text_is_a_highlighted_placeholder(sample_drafts):
    document = sample_drafts["lkjip/laporan-kinerja-pemda-2026.docx"]
    marked = [r.text for p in document.paragraphs for r in p.runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert any(t.startswith("[diisi: tugas pokok") for t in marked)
    assert all(t.startswith("[diisi: ") and t.endswith("]") for t in marked)
    # Text the workbook holds is never highlighted: the sample's DINKES tugas pokok is printed as written.
    pd = sample_drafts["lkjip/laporan-kinerja-dinkes-2026.docx"]
    assert not any(r.text.startswith("[diisi: tugas pokok") for p in pd.paragraphs for r in p.runs)


def test_budget_section_is_landscape_and_the_rest_portrait(sample_drafts):
    sections = sample_drafts["lkjip/laporan-kinerja-pemda-2026.docx"].sections
    assert [s.page_width > s.page_height for s in sections] == [False, True, False]


@pytest.mark.parametrize("workbook", ["kota-contoh.xlsx", "provinsi-contoh.xlsx"])
def test_kota_and_provinsi_drafts_render(tmp_path, workbook):
    model = check_workbook(ROOT / "tests" / "data" / workbook).model
    assert model is not None
    paths = render_model(model, tmp_path, documents=["laporan"])
    assert len(paths) == len(model.perangkat_daerah) + 1
    for path in paths:
        texts = [p.text.strip() for p in docx.Document(str(path)).paragraphs]
        assert all(c.replace("2026", str(model.tahun)) in texts for c in CHAPTERS), path.name


def test_a_pd_without_programs_or_iku_still_renders(tmp_path):
    model = make_pemda()
    pd = replace(model.perangkat_daerah[1], iku=(), program=(program("DISDIK", "Program X", 100, 90),))
    model = replace(model, perangkat_daerah=(model.perangkat_daerah[0], pd))
    drafts = render_all(model, tmp_path)
    text = "\n".join(paragraphs(drafts["lkjip/laporan-kinerja-disdik-2026.docx"]))
    assert "belum memiliki indikator kinerja utama" in text
    assert "1 program belum mencantumkan IKU Didukung" in text
