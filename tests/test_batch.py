"""Batch runs: input expansion, one folder per workbook, failures isolated, summaries read back.

Most tests replace the per-workbook job with the fakes below (module-level, so worker
processes can import them); the end-to-end tests at the bottom run the real pipeline on
workbooks built by ``WorkbookBuilder`` once the reader and the documents exist.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import os
import shutil
import sys
import types
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from iku_docs import batch
from iku_docs.batch import HasilItem, Masukan, Status, run_batch
from iku_docs.cli import cli
from iku_docs.errors import DataError, IkuDocsError, OutputError, UserTemplateError, WorkbookError
from iku_docs.findings import Laporan, Temuan, Tingkat

# --- fake per-workbook jobs ----------------------------------------------------------------


def fake_job(m: Masukan, output_dir: Path, documents, templates_dir) -> HasilItem:
    """Copies the input into '<folder>/perkada.docx' so a test can tell which input went where;
    the input's name decides what goes wrong."""
    folder = output_dir / m.folder
    name = m.path.name
    if "rusak" in name:
        raise RuntimeError("kesalahan buatan")
    if "mati" in name:
        os._exit(3)  # the worker process dies as a segfault or the OOM killer would make it
    (folder / "laporan").mkdir(parents=True, exist_ok=True)
    (folder / "laporan" / "laporan-validasi.html").write_text("<p>laporan</p>", encoding="utf-8")
    laporan = (f"{m.folder}/laporan/laporan-validasi.html",)
    if "galat" in name:
        return HasilItem(str(m.path), m.folder, Status.GALAT_DATA, {"galat": 2, "peringatan": 1, "saran": 0},
                         laporan=laporan, detik=0.25, pesan="2 galat; tidak ada dokumen yang dibuat.")
    shutil.copyfile(m.path, folder / "perkada.docx")
    return HasilItem(str(m.path), m.folder, Status.BERHASIL, {"galat": 0, "peringatan": 1, "saran": 3},
                     dokumen=(f"{m.folder}/perkada.docx",), laporan=laporan, detik=1.5)


def _inputs(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        p = folder / name
        p.write_bytes(f"isi {folder.name}/{name}".encode())
        paths.append(p)
    return paths


# --- inputs --------------------------------------------------------------------------------


def test_lock_files_and_non_workbooks_in_a_folder_are_skipped_with_a_note(tmp_path: Path) -> None:
    masukan = tmp_path / "masukan"
    _inputs(masukan, "sleman.xlsx", "~$sleman.xlsx", "catatan.txt", "bantul.XLSM", ".~lock.sleman.xlsx#")
    (masukan / "arsip").mkdir()

    result = run_batch([masukan], tmp_path / "hasil", job=fake_job)

    assert [Path(i.berkas).name for i in result.items] == ["bantul.XLSM", "sleman.xlsx"]
    notes = "\n".join(result.catatan)
    assert "~$sleman.xlsx: dilewati, berkas kunci Office" in notes
    assert "catatan.txt: dilewati, bukan buku kerja Excel (.xlsx/.xlsm)" in notes
    assert ".~lock.sleman.xlsx#: dilewati, berkas kunci LibreOffice" in notes
    assert result.ok


def test_a_wildcard_pattern_is_expanded_even_when_the_shell_did_not(tmp_path: Path) -> None:
    masukan = tmp_path / "masukan"
    _inputs(masukan, "a.xlsx", "b.xlsx", "c.docx")

    paths, catatan = batch.expand_inputs([masukan / "*.xlsx", tmp_path / "tidak-ada.xlsx"])

    assert [p.name for p in paths] == ["a.xlsx", "b.xlsx"]
    assert catatan == [f"{tmp_path / 'tidak-ada.xlsx'}: berkas atau folder tidak ditemukan."]


def test_the_same_workbook_given_twice_is_processed_once(tmp_path: Path) -> None:
    (a,) = _inputs(tmp_path / "masukan", "a.xlsx")

    paths, _ = batch.expand_inputs([a, tmp_path / "masukan", tmp_path / "masukan" / ".." / "masukan" / "a.xlsx"])

    assert paths == [a]


def test_no_workbook_at_all_is_a_clear_error_naming_the_skipped_files(tmp_path: Path) -> None:
    _inputs(tmp_path / "masukan", "~$a.xlsx", "b.pdf")

    with pytest.raises(IkuDocsError) as info:
        run_batch([tmp_path / "masukan"], tmp_path / "hasil", job=fake_job)

    assert "Tidak ada buku kerja (.xlsx/.xlsm)" in info.value.pesan
    assert "b.pdf" in (info.value.saran or "")
    assert not (tmp_path / "hasil" / "ringkasan.csv").exists()


# --- folders -------------------------------------------------------------------------------


def test_each_workbook_is_written_into_its_own_folder(tmp_path: Path) -> None:
    paths = _inputs(tmp_path / "masukan", "kab-sleman.xlsx", "kota-yogya.xlsx")

    result = run_batch(paths, tmp_path / "hasil", job=fake_job)

    for item, path in zip(result.items, paths, strict=True):
        out = tmp_path / "hasil" / item.folder
        assert out.parent == tmp_path / "hasil"
        assert (out / "perkada.docx").read_bytes() == path.read_bytes()
        assert (out / "laporan" / "laporan-validasi.html").is_file()
    assert [i.folder for i in result.items] == ["kab-sleman", "kota-yogya"]


def test_inputs_with_the_same_stem_do_not_overwrite_each_other(tmp_path: Path) -> None:
    paths = [*_inputs(tmp_path / "2025", "sleman.xlsx"), *_inputs(tmp_path / "2026", "sleman.xlsx"),
             *_inputs(tmp_path / "revisi", "SLEMAN.xlsm")]

    result = run_batch(paths, tmp_path / "hasil", job=fake_job)

    assert [i.folder for i in result.items] == ["sleman", "sleman-2", "sleman-3"]
    contents = [(tmp_path / "hasil" / i.folder / "perkada.docx").read_bytes() for i in result.items]
    assert contents == [p.read_bytes() for p in paths]


@pytest.mark.parametrize(("stem", "folder"), [
    ("Kab. Sleman (final) #2", "kab-sleman-final-2"),
    ("..", "tanpa-kode"),
    ("con", "con-buku"),
    ("ringkasan", "ringkasan"),
    ("IKU 2026 — revisi", "iku-2026-revisi"),
])
def test_folder_names_are_safe_and_stay_inside_the_output_folder(stem: str, folder: str) -> None:
    (m,) = batch.assign_folders([Path("masukan") / f"{stem}.xlsx"])

    assert m.folder == folder
    assert Path("hasil", m.folder).resolve().parent == Path("hasil").resolve()


# --- failures ------------------------------------------------------------------------------


def test_one_broken_workbook_does_not_stop_the_others(tmp_path: Path) -> None:
    paths = _inputs(tmp_path / "masukan", "a.xlsx", "b-rusak.xlsx", "c-galat.xlsx", "d.xlsx")
    seen: list[tuple[str, int, int]] = []

    result = run_batch(paths, tmp_path / "hasil", jobs=1, job=fake_job,
                       progress=lambda item, done, total: seen.append((item.folder, done, total)))

    assert [(i.folder, i.status) for i in result.items] == [
        ("a", Status.BERHASIL), ("b-rusak", Status.GAGAL), ("c-galat", Status.GALAT_DATA), ("d", Status.BERHASIL)]
    assert "RuntimeError" in result.items[1].pesan and "kesalahan buatan" in result.items[1].pesan
    assert seen == [("a", 1, 4), ("b-rusak", 2, 4), ("c-galat", 3, 4), ("d", 4, 4)]
    assert not result.ok


def test_worker_processes_return_results_in_input_order(tmp_path: Path) -> None:
    paths = _inputs(tmp_path / "masukan", "a.xlsx", "b-rusak.xlsx", "c.xlsx", "d-galat.xlsx", "e.xlsx")
    progress: list[int] = []

    result = run_batch(paths, tmp_path / "hasil", jobs=2, job=fake_job,
                       progress=lambda item, done, total: progress.append(done))

    assert [i.folder for i in result.items] == ["a", "b-rusak", "c", "d-galat", "e"]
    assert [i.status for i in result.items] == [Status.BERHASIL, Status.GAGAL, Status.BERHASIL, Status.GALAT_DATA,
                                                Status.BERHASIL]
    assert progress == [1, 2, 3, 4, 5]
    assert (tmp_path / "hasil" / "e" / "perkada.docx").read_bytes() == paths[4].read_bytes()


def test_a_worker_process_that_dies_costs_only_its_own_workbook(tmp_path: Path) -> None:
    paths = _inputs(tmp_path / "masukan", "a.xlsx", "b-mati.xlsx", "c.xlsx", "d.xlsx")

    result = run_batch(paths, tmp_path / "hasil", jobs=2, job=fake_job)

    assert [i.status for i in result.items] == [Status.BERHASIL, Status.GAGAL, Status.BERHASIL, Status.BERHASIL]
    assert "Proses pekerja berhenti tak terduga" in result.items[1].pesan


# --- the real per-workbook job, with the pipeline replaced ---------------------------------


def _laporan(*tingkat: Tingkat) -> Laporan:
    return Laporan("x.xlsx", "0" * 64, [Temuan("KODE", t, "IKU Pemda", "F3", 3, "Formula", None, "pesan")
                                        for t in tingkat])


def _fake_render(laporan: Laporan, model: object, berkas: tuple[str, ...] = (), fail: Exception | None = None,
                 calls: list | None = None):
    """``pipeline.render_workbook`` as batch sees it: reports into '<output>/laporan', the validation handed
    to ``validated``, then DataError on galat, ``fail`` when given, or the documents."""
    def render_workbook(path: Path, output_dir: Path, *, documents=None, templates_dir=None, pdf=False, jobs=1,
                        validated=None):
        from iku_docs.pipeline import HasilRender, HasilValidasi

        if calls is not None:
            calls.append((path, output_dir, documents, templates_dir, pdf, jobs))
        report_dir = output_dir / "laporan"
        report_dir.mkdir(parents=True)
        html = report_dir / "laporan-validasi.html"
        html.write_text("laporan", encoding="utf-8")
        hasil = HasilValidasi(laporan=laporan, model=model, laporan_berkas=[html, report_dir / "laporan.json"])
        validated(hasil)
        if not laporan.valid:
            raise DataError(f"Buku kerja memuat {laporan.count_galat()} galat.", hasil=hasil)
        if fail is not None:
            raise fail
        return HasilRender(validasi=hasil, berkas=[output_dir / b for b in berkas])

    return render_workbook


def test_a_valid_workbook_gets_its_reports_and_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list = []
    monkeypatch.setattr("iku_docs.pipeline.render_workbook", _fake_render(
        _laporan(Tingkat.SARAN), "MODEL", ("perkada.docx", "pk/pk-dinkes.docx"), calls=calls))

    item = batch.process_workbook(Masukan(tmp_path / "x.xlsx", "x"), tmp_path, ["pk"], None)

    assert item.status is Status.BERHASIL
    assert item.temuan == {"galat": 0, "peringatan": 0, "saran": 1}
    assert item.dokumen == ("x/perkada.docx", "x/pk/pk-dinkes.docx")
    assert item.laporan_html == "x/laporan/laporan-validasi.html"
    # the PDFs are made for the whole batch at once, and one item's documents by its own worker only
    assert calls == [(tmp_path / "x.xlsx", tmp_path / "x", ["pk"], None, False, 1)]


def test_a_workbook_with_galat_gets_its_report_and_no_documents(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("iku_docs.pipeline.render_workbook",
                        _fake_render(_laporan(Tingkat.GALAT, Tingkat.GALAT, Tingkat.PERINGATAN), None))

    item = batch.process_workbook(Masukan(tmp_path / "x.xlsx", "x"), tmp_path, None, None)

    assert (item.status, item.temuan, item.dokumen) == (
        Status.GALAT_DATA, {"galat": 2, "peringatan": 1, "saran": 0}, ())
    assert item.pesan.startswith("2 galat; tidak ada dokumen yang dibuat.")
    assert (tmp_path / item.laporan_html).is_file()


def test_a_document_that_fails_after_validation_keeps_the_findings_and_the_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = UserTemplateError("Templat 'pk.docx' memakai isian yang tidak dikenal: nama_dinas.")
    monkeypatch.setattr("iku_docs.pipeline.render_workbook",
                        _fake_render(_laporan(Tingkat.PERINGATAN), "MODEL", fail=broken))

    item = batch.process_workbook(Masukan(tmp_path / "x.xlsx", "x"), tmp_path, None, None)

    assert (item.status, item.temuan, item.dokumen) == (Status.GAGAL, {"galat": 0, "peringatan": 1, "saran": 0}, ())
    assert "nama_dinas" in item.pesan
    assert item.laporan_html == "x/laporan/laporan-validasi.html"


@pytest.mark.parametrize(("exc", "status", "text"), [
    (WorkbookError("Berkas ini bukan buku kerja Excel."), Status.TIDAK_TERBACA, "bukan buku kerja"),
    (DataError("Buku kerja memuat 3 galat."), Status.GALAT_DATA, "3 galat"),
    (OutputError("Berkas keluaran 'x.docx' tidak dapat ditulis (izin ditolak)."), Status.GAGAL, "izin ditolak"),
    (KeyError("Sasaran"), Status.GAGAL, "Galat tak terduga (KeyError)"),
])
def test_each_kind_of_failure_gets_its_status_and_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          exc: Exception, status: Status, text: str) -> None:
    def check_workbook(path: Path):
        raise exc

    monkeypatch.setattr("iku_docs.pipeline.check_workbook", check_workbook)

    item = batch.process_workbook(Masukan(tmp_path / "x.xlsx", "x"), tmp_path, None, None)

    assert item.status is status
    assert text in item.pesan
    assert (item.temuan, item.laporan) == ({}, ())


# --- summaries -----------------------------------------------------------------------------


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8")), delimiter=";"))


def test_summary_csv_has_one_row_per_workbook_in_excel_conventions(tmp_path: Path) -> None:
    paths = _inputs(tmp_path / "masukan", "Kabupaten Ñgawi.xlsx", "b-galat.xlsx", "c-rusak.xlsx")

    result = run_batch(paths, tmp_path / "hasil", job=fake_job)

    rows = _read_csv(tmp_path / "hasil" / "ringkasan.csv")
    assert rows[0] == list(batch.CSV_HEADER)
    assert [r[:8] for r in rows[1:]] == [
        ["1", str(paths[0]), "kabupaten-gawi", "berhasil", "0", "1", "3", "1"],
        ["2", str(paths[1]), "b-galat", "galat data", "2", "1", "0", "0"],
        ["3", str(paths[2]), "c-rusak", "gagal", "", "", "", "0"],
    ]
    assert rows[1][8:11] == ["kabupaten-gawi/perkada.docx", "kabupaten-gawi/laporan/laporan-validasi.html", "1,50"]
    assert "kesalahan buatan" in rows[3][11]
    assert result.ringkasan == (tmp_path / "hasil" / "ringkasan.html", tmp_path / "hasil" / "ringkasan.csv")


def test_a_file_name_that_looks_like_a_formula_stays_text_in_the_csv(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _inputs(tmp_path, "=HYPERLINK(1).xlsx")

    run_batch([Path("=HYPERLINK(1).xlsx")], Path("hasil"), job=fake_job)

    row = _read_csv(tmp_path / "hasil" / "ringkasan.csv")[1]
    assert row[1:3] == ["'=HYPERLINK(1).xlsx", "hyperlink-1"]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.text: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "a":
            self.hrefs.append(a["href"] or "")
        if tag in ("link", "script", "img"):
            self.external.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_summary_html_links_to_every_report_and_document_and_escapes_names(tmp_path: Path) -> None:
    import urllib.parse

    paths = _inputs(tmp_path / "masukan", "a <b>&amp;.xlsx", "b-galat.xlsx", "c-rusak.xlsx")

    run_batch(paths, tmp_path / "hasil", job=fake_job)

    page = (tmp_path / "hasil" / "ringkasan.html").read_text(encoding="utf-8")
    parser = _Links()
    parser.feed(page)
    assert parser.hrefs == ["a-b-amp/", "a-b-amp/perkada.docx", "a-b-amp/laporan/laporan-validasi.html",
                            "b-galat/laporan/laporan-validasi.html"]
    for href in parser.hrefs:
        assert (tmp_path / "hasil" / urllib.parse.unquote(href)).exists()
    text = " ".join(parser.text)
    assert "a <b>&amp;.xlsx" in text  # shown as typed, not as markup
    assert "<b>" not in page
    assert "Ringkasan pembuatan dokumen IKU" in text and "Berhasil: 1" in text and "Gagal: 1" in text
    assert parser.external == []  # self-contained: opens without network


def test_a_link_to_a_name_with_spaces_or_hashes_is_percent_encoded() -> None:
    assert batch._href("kab-x/Lampiran #1 (final).docx") == "kab-x/Lampiran%20%231%20%28final%29.docx"


# --- PDF -----------------------------------------------------------------------------------


def test_pdf_for_the_whole_batch_is_one_conversion_and_each_pdf_lands_beside_its_docx(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[Path]] = []

    def convert_to_pdf(docx_paths: list[Path], output_dir: Path) -> list[Path]:
        calls.append(list(docx_paths))
        output_dir.mkdir(parents=True, exist_ok=True)
        out = []
        for p in docx_paths:
            pdf = output_dir / f"{p.stem}.pdf"
            pdf.write_bytes(b"%PDF " + p.read_bytes())
            out.append(pdf)
        return out

    fake = types.ModuleType("iku_docs.render.pdf")
    fake.convert_to_pdf = convert_to_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "iku_docs.render.pdf", fake)
    paths = [*_inputs(tmp_path / "a", "sleman.xlsx"), *_inputs(tmp_path / "b", "sleman.xlsx", "x-galat.xlsx")]

    result = run_batch(paths, tmp_path / "hasil", pdf=True, job=fake_job)

    assert len(calls) == 1 and len(calls[0]) == 2  # the galat workbook has no documents to convert
    for item, path in zip(result.items[:2], paths[:2], strict=True):
        pdf = tmp_path / "hasil" / item.folder / "perkada.pdf"
        assert pdf.read_bytes() == b"%PDF " + path.read_bytes()
        assert item.dokumen == (f"{item.folder}/perkada.docx", f"{item.folder}/perkada.pdf")
    assert result.pdf_galat is None
    assert not [p for p in (tmp_path / "hasil").iterdir() if p.name.startswith("iku-docs-pdf-")]


def test_a_failed_pdf_conversion_is_reported_and_fails_the_batch(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def convert_to_pdf(docx_paths: list[Path], output_dir: Path) -> list[Path]:
        raise IkuDocsError("LibreOffice (soffice) tidak ditemukan.", saran="Pasang LibreOffice.")

    fake = types.ModuleType("iku_docs.render.pdf")
    fake.convert_to_pdf = convert_to_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "iku_docs.render.pdf", fake)

    result = run_batch(_inputs(tmp_path / "m", "a.xlsx"), tmp_path / "hasil", pdf=True, job=fake_job)

    assert result.pdf_galat and "soffice" in result.pdf_galat
    assert not result.ok
    assert "soffice" in (tmp_path / "hasil" / "ringkasan.html").read_text(encoding="utf-8")


# --- CLI -----------------------------------------------------------------------------------


def test_batch_command_prints_the_summary_and_exits_1_when_a_workbook_failed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "process_workbook", fake_job)
    masukan = tmp_path / "masukan"
    _inputs(masukan, "a.xlsx", "b-galat.xlsx", "~$a.xlsx")

    res = CliRunner().invoke(cli, ["batch", str(masukan), "--output", str(tmp_path / "hasil"), "--jobs", "1"],
                             obj={})

    assert res.exit_code == 1, res.output
    assert "Ringkasan batch" in res.output
    assert "1 dari 2 buku kerja berhasil" in res.output
    assert "~$a.xlsx: dilewati" in res.output
    assert "Traceback" not in res.output
    assert (tmp_path / "hasil" / "ringkasan.csv").is_file()


def test_batch_command_exits_0_when_every_workbook_succeeded(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "process_workbook", fake_job)
    paths = _inputs(tmp_path / "masukan", "a.xlsx", "b.xlsx")

    res = CliRunner().invoke(cli, ["batch", *map(str, paths), "--output", str(tmp_path / "hasil")], obj={})

    assert res.exit_code == 0, res.output
    assert "2 dari 2 buku kerja berhasil" in res.output


def test_batch_command_without_any_workbook_exits_2_with_a_message(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["batch", str(tmp_path / "*.xlsx"), "--output", str(tmp_path / "hasil")], obj={})

    assert res.exit_code == 2
    assert "Tidak ada buku kerja" in res.output
    assert "Traceback" not in res.output


def test_batch_command_has_indonesian_help_with_an_example() -> None:
    res = CliRunner().invoke(cli, ["batch", "--help"])

    assert res.exit_code == 0
    assert "Contoh:" in res.output and "--jobs" in res.output and "--pdf" in res.output


# --- end to end, once the reader and the documents exist ------------------------------------

def _pipeline_ready() -> bool:
    """The reader, validation, rules and at least one document exist (they are written in parallel)."""
    try:
        from iku_docs.validate.build import build_model  # noqa: F401
        from iku_docs.validate.rules import run_rules  # noqa: F401
        from iku_docs.validate.schema import check_structure  # noqa: F401
        from iku_docs.workbook.load import load_workbook  # noqa: F401
        from iku_docs.workbook.reader import read_tables  # noqa: F401
    except ImportError:
        return False
    return all(importlib.util.find_spec(f"iku_docs.documents.{k}") is not None for k in ("perkada", "pk", "lkjip"))


needs_pipeline = pytest.mark.skipif(not _pipeline_ready(), reason="reader/validation/documents not written yet")


@needs_pipeline
def test_a_real_batch_renders_valid_workbooks_and_reports_broken_ones(tmp_path: Path) -> None:
    from tests.builders import IKU_PEMDA, WorkbookBuilder

    masukan = tmp_path / "masukan"
    masukan.mkdir()
    (tmp_path / "lain").mkdir()
    WorkbookBuilder().save(masukan / "kabupaten-contoh.xlsx")
    WorkbookBuilder().save(tmp_path / "lain" / "kabupaten-contoh.xlsx")
    WorkbookBuilder().set_value(IKU_PEMDA, "Satuan", 1, None).save(masukan / "salah-isi.xlsx")
    (masukan / "bukan-excel.xlsx").write_bytes(b"ini bukan berkas Excel")
    (masukan / "~$kabupaten-contoh.xlsx").write_bytes(b"kunci")

    res = CliRunner().invoke(cli, ["batch", str(masukan), str(tmp_path / "lain" / "kabupaten-contoh.xlsx"),
                                   "--output", str(tmp_path / "hasil"), "--jobs", "2"], obj={})

    assert res.exit_code == 1, res.output
    rows = {r[2]: r for r in _read_csv(tmp_path / "hasil" / "ringkasan.csv")[1:]}
    assert {k: v[3] for k, v in rows.items()} == {
        "bukan-excel": "tidak terbaca", "kabupaten-contoh": "berhasil", "salah-isi": "galat data",
        "kabupaten-contoh-2": "berhasil"}
    for folder in ("kabupaten-contoh", "kabupaten-contoh-2"):
        out = tmp_path / "hasil" / folder
        assert sorted(p.name for p in out.glob("*.docx")), folder
        assert (out / "laporan" / "laporan-validasi.html").is_file()
        assert int(rows[folder][7]) == len(rows[folder][8].split(" | "))
    assert (tmp_path / "hasil" / "salah-isi" / "laporan" / "laporan-validasi.html").is_file()
    assert not list((tmp_path / "hasil" / "salah-isi").glob("*.docx"))
    assert "~$kabupaten-contoh.xlsx: dilewati" in res.output


@needs_pipeline
@pytest.mark.skipif(shutil.which("soffice") is None or importlib.util.find_spec("iku_docs.render.pdf") is None,
                    reason="LibreOffice or render/pdf.py not available")
def test_a_real_batch_with_pdf_converts_same_named_documents_of_two_workbooks(tmp_path: Path) -> None:
    from tests.builders import WorkbookBuilder

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        WorkbookBuilder().save(tmp_path / name / "kab.xlsx")

    result = run_batch([tmp_path / "a" / "kab.xlsx", tmp_path / "b" / "kab.xlsx"], tmp_path / "hasil",
                       documents=["pk"], pdf=True)

    assert result.ok, (result.pdf_galat, [i.pesan for i in result.items])
    for item in result.items:
        docx = sorted(p for p in item.dokumen if p.endswith(".docx"))
        pdf = sorted(p for p in item.dokumen if p.endswith(".pdf"))
        assert [p[:-5] for p in docx] == [p[:-4] for p in pdf]
        assert all((tmp_path / "hasil" / p).read_bytes().startswith(b"%PDF") for p in pdf)
