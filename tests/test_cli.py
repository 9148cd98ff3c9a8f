"""CLI wiring: help texts, fast imports, exit codes and messages without tracebacks."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from iku_docs import pipeline
from iku_docs.cli import cli
from iku_docs.errors import DataError
from iku_docs.findings import Laporan, Temuan, Tingkat

HEAVY = ("pandas", "pandera", "openpyxl", "docxtpl", "docx")


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            found += all_commands(command, (*prefix, name))
        else:
            found.append((*prefix, name))
    return found


@pytest.mark.parametrize("path", all_commands(cli), ids=lambda p: " ".join(p) or "iku-docs")
def test_every_command_has_help_with_an_example(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Contoh:" in result.output


def test_importing_the_cli_loads_no_heavy_library():
    code = (
        "import sys, iku_docs.cli\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_validate_of_a_missing_file_says_so_in_indonesian_with_exit_2(tmp_path):
    missing = tmp_path / "kabupaten-hilang.xlsx"
    result = CliRunner().invoke(cli, ["validate", str(missing)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "kabupaten-hilang.xlsx" in result.output
    assert "tidak ditemukan" in result.output.lower() or "tidak ada" in result.output.lower()


def laporan(*tingkat: Tingkat) -> Laporan:
    return Laporan("kabupaten-x.xlsx", "0" * 64, [
        Temuan("SMART-AKTIVITAS", t, "IKU Pemda", f"F{i + 2}", i + 2, "Indikator Kinerja Utama", "Menyusun laporan",
               "Indikator menyebut kegiatan, bukan hasil.", "Tulis ukuran hasil.", "Terukur")
        for i, t in enumerate(tingkat)
    ])


@pytest.mark.parametrize(("found", "exit_code", "status"), [
    ((), 0, "LAYAK"),
    ((Tingkat.PERINGATAN, Tingkat.SARAN), 0, "LAYAK"),
    ((Tingkat.GALAT, Tingkat.SARAN), 1, "TIDAK LAYAK"),
])
def test_validate_exits_1_only_when_there_is_a_galat(monkeypatch, tmp_path, found, exit_code, status):
    def fake_validate(path: Path, report_dir: Path | None = None) -> pipeline.HasilValidasi:
        from iku_docs.report import write_reports

        hasil = pipeline.HasilValidasi(laporan(*found), None)
        if report_dir is not None:
            hasil.laporan_berkas = write_reports(hasil.laporan, path, report_dir)
        return hasil

    from tests.builders import WorkbookBuilder

    book = WorkbookBuilder().save(tmp_path / "kabupaten-x.xlsx")
    monkeypatch.setattr(pipeline, "validate_workbook", fake_validate)
    result = CliRunner().invoke(cli, ["validate", str(book), "--report", str(tmp_path / "laporan")])
    assert result.exit_code == exit_code, result.output
    assert status in result.output and "Traceback" not in result.output
    assert "laporan-validasi.html" in result.output
    report = json.loads((tmp_path / "laporan" / "laporan-validasi.json").read_text(encoding="utf-8"))
    assert report["valid"] is (exit_code == 0) and len(report["temuan"]) == len(found)


def test_render_with_galat_exits_1_with_the_message_and_no_traceback(monkeypatch, tmp_path):
    def fake_render(*args, **kwargs):
        raise DataError("Buku kerja memuat 2 galat; tidak ada dokumen yang dibuat.",
                        saran="Baca laporan validasi, perbaiki, lalu ulangi.", berkas="kabupaten-x.xlsx")

    monkeypatch.setattr(pipeline, "render_workbook", fake_render)
    result = CliRunner().invoke(cli, ["render", str(tmp_path / "kabupaten-x.xlsx"), "--output", str(tmp_path)])
    assert result.exit_code == 1
    assert "2 galat" in result.output and "Saran: Baca laporan validasi" in result.output
    assert "Traceback" not in result.output


def test_render_lists_the_written_documents(monkeypatch, tmp_path):
    def fake_render(path, output_dir, **kwargs):
        return pipeline.HasilRender(pipeline.HasilValidasi(laporan(Tingkat.SARAN), None),
                                    berkas=[output_dir / "perkada.docx"])

    monkeypatch.setattr(pipeline, "render_workbook", fake_render)
    result = CliRunner().invoke(cli, ["render", "kabupaten-x.xlsx", "--output", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Dokumen ditulis (1)" in result.output and "perkada.docx" in result.output


def test_an_unexpected_error_gives_an_indonesian_message_and_no_traceback(monkeypatch, tmp_path):
    def broken(*args, **kwargs):
        raise RuntimeError("rusak")

    monkeypatch.setattr(pipeline, "validate_workbook", broken)
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "x.xlsx")])
    assert result.exit_code == 2
    assert "Galat tak terduga" in result.output and "--debug" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["render", "batch"])
def test_documents_choices_and_their_help_come_from_the_registry(command):
    from iku_docs.documents import KINDS

    result = CliRunner().invoke(cli, [command, "--help"], terminal_width=400)
    assert result.exit_code == 0, result.output
    for kind in KINDS:
        assert f"{kind.name} ({kind.label}" in result.output
    assert "lkjip (tabel LKjIP dalam Word; beserta tabel-lkjip)" in result.output
    assert "[bawaan: perkada,pk,lkjip,laporan]" in result.output


def test_an_unknown_document_kind_exits_2_naming_the_choices(tmp_path):
    result = CliRunner().invoke(cli, ["render", "x.xlsx", "--output", str(tmp_path), "--documents", "pk,renstra"])
    assert result.exit_code == 2
    assert "'renstra' tidak dikenal; pilih dari: perkada, pk, lkjip, tabel-lkjip, laporan." in result.output
    assert "Traceback" not in result.output


def test_render_hands_the_chosen_kinds_to_the_pipeline(monkeypatch, tmp_path):
    calls = []

    def fake_render(path, output_dir, **kwargs):
        calls.append(kwargs["documents"])
        return pipeline.HasilRender(pipeline.HasilValidasi(laporan(), None))

    monkeypatch.setattr(pipeline, "render_workbook", fake_render)
    result = CliRunner().invoke(cli, ["render", "x.xlsx", "--output", str(tmp_path), "--documents", " PK,tabel-lkjip"])
    assert result.exit_code == 0, result.output
    assert calls == [["pk", "tabel-lkjip"]]


def _rules_output(env: dict[str, str]) -> str:
    """`iku-docs rules` in a real process whose stdout is a pipe (this interpreter, so this checkout's code)."""
    result = subprocess.run([sys.executable, "-m", "iku_docs.cli", "rules"], capture_output=True, text=True,
                            env={**os.environ, **env}, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("columns", ["80", "120"])
def test_rules_is_readable_in_a_pipe_at_the_terminal_width(columns):
    from iku_docs.validate.rules import RULES

    text = _rules_output({"COLUMNS": columns})
    lines = text.splitlines()
    assert max(map(len, lines)) <= int(columns) and [x for x in lines if x != x.rstrip()] == []
    assert not set("─│┃━") & set(text)  # blocks, not a table rich would squeeze to one word per line
    assert all(f"\n{r.kode}  {r.tingkat}  {r.kriteria}\n  {r.judul}\n" in "\n" + text for r in RULES)
    assert "Contoh buruk: 'Terlaksananya pelatihan aparatur'; 'Terselenggaranya rehab gedung TK'; 'Menghadiri " \
        "rapat'" in text.replace("\n    ", " ")
    assert f"{len(RULES)} aturan." in text


def test_rules_names_sources_not_internal_labels():
    text = _rules_output({"COLUMNS": "80"})
    assert not re.search(r"\b(?:bahan|seed)\s+\d", text, re.IGNORECASE)
    assert "Pedoman Penyusunan IKU BKN 2022" in text.replace("\n  ", " ")
