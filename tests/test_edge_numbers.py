"""Numbers and dates at the edges: past Decimal's precision, negative money, dates Excel cannot show.

Each case starts from the valid ``WorkbookBuilder`` workbook and puts one value out of its plausible range
(``contract.RENTANG_*``), then runs ``validate --report`` and ``render --output`` through click's CliRunner
(``test_corpus.invoke`` checks that the input is unchanged and that no traceback and no "Galat tak terduga"
comes out). The test checks the exit code (1: a galat), the Indonesian message at its sheet and cell, and
that render writes no document. Values just inside the ranges render, so the arithmetic of capaian, the
documents and the chart holds for whatever passes validation; a few cases run the real command in a
subprocess with a timeout, so that a slow path (a 300-digit number formatted digit by digit) cannot hang.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from docx import Document

from iku_docs.validate.rules import run_rules
from iku_docs.workbook import contract as c
from tests.builders import IDENTITAS, IKU_PEMDA, PENGATURAN, PROGRAM, REALISASI, WorkbookBuilder
from tests.factories import make_pemda
from tests.workbook.test_corpus import documents_in, fingerprint, found, invoke, report

# Data row 1 of IKU Pemda is IKU-01 (Persentase), data row 4 IKU-04 (Indeks): a percent and a plain value.
PERSENTASE, INDEKS = 1, 4


@dataclass(frozen=True)
class Kasus:
    nama: str
    change: Callable[[WorkbookBuilder], object]
    kode: str
    lembar: str
    sel: str
    words: tuple[str, ...]  # all in the message the CLI prints

    def __repr__(self) -> str:
        return self.nama


CASES = [
    Kasus("target-1e26", lambda b: b.set_value(IKU_PEMDA, "Target 2025", INDEKS, 1e26), "STRUK-NILAI-RENTANG",
          IKU_PEMDA, "Q5", ("Target 2025", "1E+26", "di luar rentang wajar", "100.000.000.000.000.000")),
    Kasus("baseline-1e26", lambda b: b.set_value(IKU_PEMDA, "Baseline", INDEKS, 1e26), "STRUK-NILAI-RENTANG",
          IKU_PEMDA, "P5", ("Baseline", "1E+26", "di luar rentang wajar")),
    Kasus("target-1e28-tahun-berikutnya", lambda b: b.set_value(IKU_PEMDA, "Target 2028", INDEKS, 1e28),
          "STRUK-NILAI-RENTANG", IKU_PEMDA, "T5", ("Target 2028", "1E+28")),
    Kasus("target-teks-30-digit", lambda b: b.set_value(IKU_PEMDA, "Target 2026", INDEKS, "1" + "0" * 30),
          "STRUK-NILAI-RENTANG", IKU_PEMDA, "R5", ("Target 2026", "di luar rentang wajar")),
    Kasus("realisasi-1e308", lambda b: b.set_value(REALISASI, "Realisasi", 1, 1e308), "STRUK-NILAI-RENTANG",
          REALISASI, "C2", ("Realisasi", "1E+308")),
    Kasus("realisasi-negatif-raksasa", lambda b: b.set_value(REALISASI, "Realisasi", 1, -1e300),
          "STRUK-NILAI-RENTANG", REALISASI, "C2", ("-1E+300", "-100.000.000.000.000.000")),
    Kasus("target-1e-300", lambda b: b.set_value(IKU_PEMDA, "Target 2026", INDEKS, 1e-300), "STRUK-NILAI-RENTANG",
          IKU_PEMDA, "R5", ("1E-300", "terlalu dekat dengan 0", "0,000001")),
    Kasus("persentase-5000", lambda b: b.set_value(IKU_PEMDA, "Target 2026", PERSENTASE, 5000),
          "STRUK-PERSEN-RENTANG", IKU_PEMDA, "R2", ("persentase 5000", "-1.000 sampai 1.000", "'Persentase'")),
    # 50 shown with a percent format is 5000%: judged by the number the cell means, and named as Excel shows it.
    Kasus("persentase-berformat-persen", lambda b: b.set_value(IKU_PEMDA, "Target 2026", PERSENTASE, 50, "0%"),
          "STRUK-PERSEN-RENTANG", IKU_PEMDA, "R2", ("persentase 5000%",)),
    Kasus("anggaran-1e28", lambda b: b.set_value(PROGRAM, "Anggaran", 1, 1e28), "STRUK-UANG-RENTANG", PROGRAM,
          "D2", ("Anggaran", "1E+28", "melebihi batas wajar 10.000.000.000.000.000 rupiah")),
    Kasus("anggaran-negatif", lambda b: b.set_value(PROGRAM, "Anggaran", 1, -1000), "STRUK-UANG-RENTANG", PROGRAM,
          "D2", ("Anggaran", "-1000", "negatif", "tanpa tanda minus")),
    Kasus("anggaran-negatif-teks", lambda b: b.set_value(PROGRAM, "Anggaran", 2, "Rp -1.000"), "STRUK-UANG-RENTANG",
          PROGRAM, "D3", ("Rp -1.000", "negatif")),
    Kasus("realisasi-anggaran-negatif", lambda b: b.set_value(PROGRAM, "Realisasi Anggaran", 1, -1000),
          "STRUK-UANG-RENTANG", PROGRAM, "E2", ("Realisasi Anggaran", "negatif")),
    Kasus("toleransi-efisiensi-1e30", lambda b: b.set_kv(PENGATURAN, "Toleransi Efisiensi", 1e30),
          "STRUK-ANGKA-RENTANG", PENGATURAN, "B13", ("Toleransi Efisiensi", "1E+30", "antara 0 dan 100", "memakai 5")),
    # A number in a date cell that Excel shows as ####: named as such, never as a formula error.
    Kasus("seri-tanggal-99999999", lambda b: b.set_kv(IDENTITAS, "Tanggal Penetapan", 99999999, "dd/mm/yyyy"),
          "STRUK-TANGGAL", IDENTITAS, "B12", ("Tanggal Penetapan", "99999999", "bukan nomor seri tanggal Excel",
                                               "sesudah 31 Desember 9999")),
    Kasus("seri-tanggal-negatif", lambda b: b.set_kv(IDENTITAS, "Tanggal Dokumen", -5, "dd/mm/yyyy"),
          "STRUK-TANGGAL", IDENTITAS, "B17", ("Tanggal Dokumen", "tanpa tanggal", "sebelum 1 Januari 1900")),
    Kasus("tanggal-penetapan-9999", lambda b: b.set_kv(IDENTITAS, "Tanggal Penetapan", datetime(9999, 12, 31)),
          "STRUK-TANGGAL-RENTANG", IDENTITAS, "B12", ("Tanggal Penetapan", "31-12-9999", "1945 sampai 2100")),
    Kasus("tanggal-pengundangan-1900", lambda b: b.set_kv(IDENTITAS, "Tanggal Pengundangan", "5 Januari 1900"),
          "STRUK-TANGGAL-RENTANG", IDENTITAS, "B18", ("Tanggal Pengundangan", "5-1-1900")),  # a row added below
    Kasus("tanggal-dokumen-seri-1900", lambda b: b.set_kv(IDENTITAS, "Tanggal Dokumen", 5, "dd/mm/yyyy"),
          "STRUK-TANGGAL-RENTANG", IDENTITAS, "B17", ("Tanggal Dokumen", "5-1-1900")),
]


def _build(tmp_path: Path, kasus: Kasus) -> Path:
    source = tmp_path / "masukan"
    source.mkdir()
    builder = WorkbookBuilder()
    kasus.change(builder)
    return builder.save(source / f"{kasus.nama}.xlsx")


@pytest.mark.parametrize("kasus", CASES, ids=repr)
def test_validate_names_the_value_out_of_range_at_its_cell(tmp_path, kasus):
    run = invoke("validate", _build(tmp_path, kasus), tmp_path)
    assert run.exit_code == 1, run.output
    assert (kasus.kode, kasus.lembar, kasus.sel) in found(run), found(run)
    message = " ".join(run.output.split())
    assert f"{kasus.lembar}!{kasus.sel}" in message and f"[{kasus.kode}]" in message, message
    for words in kasus.words:
        assert words in message, message
    assert "galat rumus" not in message  # nothing here is a formula error
    galat = [t for t in report(run)["temuan"] if t["tingkat"] == "galat"]
    assert [(t["kode"], t["sel"]) for t in galat] == [(kasus.kode, kasus.sel)]  # one finding, not a cascade
    assert galat[0]["pesan"] and galat[0]["saran"]


@pytest.mark.parametrize("kasus", CASES, ids=repr)
def test_render_refuses_the_value_out_of_range_and_writes_no_document(tmp_path, kasus):
    run = invoke("render", _build(tmp_path, kasus), tmp_path)
    assert run.exit_code == 1, run.output
    assert (kasus.kode, kasus.lembar, kasus.sel) in found(run)
    assert documents_in(run.out_dir) == []
    assert "tidak ada dokumen yang dibuat" in " ".join(run.output.split())


@pytest.mark.parametrize("kasus", [k for k in CASES if k.nama in ("realisasi-1e308", "target-1e-300",
                                                                  "anggaran-negatif", "seri-tanggal-99999999")],
                         ids=repr)
def test_the_installed_command_reports_an_edge_value_in_time_without_a_traceback(tmp_path, kasus):
    path = _build(tmp_path, kasus)
    before = fingerprint(path)
    result = subprocess.run([sys.executable, "-m", "iku_docs.cli", "render", str(path), "--output",
                             str(tmp_path / "hasil")], capture_output=True, text=True, timeout=120)
    output = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 1, output
    assert f"{kasus.lembar}!{kasus.sel}" in output and kasus.kode in output, output
    assert "Traceback" not in output and "Galat tak terduga" not in output
    assert fingerprint(path) == before


# --- whatever passes validation renders -------------------------------------------------------


def _document_text(path: Path) -> str:
    doc = Document(str(path))
    cells = (cell.text for table in doc.tables for row in table.rows for cell in row.cells)
    return " ".join([*(p.text for p in doc.paragraphs), *cells])


def test_values_at_the_edges_of_their_ranges_render_into_the_documents(tmp_path):
    b = WorkbookBuilder()
    b.set_value(IKU_PEMDA, "Baseline", INDEKS, 10**17)  # the largest plausible value
    b.set_value(IKU_PEMDA, "Target 2026", INDEKS, "0,000001")  # the smallest one other than 0
    b.add_row(REALISASI, {c.KODE_IKU: "IKU-04", "Tahun": 2026, "Realisasi": 10**17})  # capaian 10^25 %
    b.set_value(IKU_PEMDA, "Target 2026", PERSENTASE, -1000)  # the lowest percentage
    b.set_value(PROGRAM, "Anggaran", 1, 10**16).set_value(PROGRAM, "Realisasi Anggaran", 1, 10**16)
    b.set_value(PROGRAM, "Anggaran", 2, 0).set_value(PROGRAM, "Realisasi Anggaran", 2, 0)
    b.set_kv(IDENTITAS, "Tanggal Penetapan", datetime(1945, 8, 17)).set_kv(IDENTITAS, "Tanggal Dokumen", "31-12-2100")
    path = b.save(tmp_path / "tepi.xlsx")
    run = invoke("render", path, tmp_path)
    assert run.exit_code == 0, run.output
    docs = documents_in(run.out_dir)
    assert docs
    perkada = _document_text(run.out_dir / next(d for d in docs if d.startswith("peraturan")))
    assert "17 Agustus 1945" in perkada and "-1.000" in perkada
    pk = _document_text(run.out_dir / "pk" / "pk-dinkes-2026.docx")
    assert "10.000.000.000.000.000" in pk
    assert "sepuluh kuadriliun rupiah" in pk  # the total in words: Rp 10^16 and Rp 0
    lkjip = _document_text(run.out_dir / "lkjip" / "lkjip-pemda-2026.docx")
    # Realisasi 10^17 against a target of 0,000001 (printed with the indicator's decimals: 0): capaian 10^25 %.
    assert "100.000.000.000.000.000 10.000.000.000.000.000.000.000.000,00 Sangat Tinggi" in lkjip


def test_the_target_rule_takes_a_ratio_beyond_decimal_precision():
    """A jump from 63 to 10^28 (the rule used to quantize a 27-digit ratio in a 28-digit context)."""
    pemda = make_pemda()
    iku = next(i for i in pemda.iku if i.jenis_angka == "Indeks")
    huge = replace(iku, target={**iku.target, 2028: D("1E+28"), 2029: D("1E+300")})
    temuan = run_rules(replace(pemda, iku=tuple(huge if i is iku else i for i in pemda.iku)))
    lonjakan = [t for t in temuan if t.kode == "SMART-LONJAKAN-TARGET" and t.kolom in ("Target 2028", "Target 2029")]
    assert [t.kolom for t in lonjakan] == ["Target 2028", "Target 2029"]
    assert "158730158730158730158730158,7 kali" in lonjakan[0].pesan  # 10^28 ÷ 63, to one decimal
