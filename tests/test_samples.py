"""The sample workbooks: up to date with their build script, complete, and judged as intended."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from iku_docs.workbook import contract as c
from tests.paths import REPO as REPO_ROOT

REPO = REPO_ROOT
SCRIPT = REPO / "sample_workbooks" / "build_samples.py"
KABUPATEN = REPO / "sample_workbooks" / "kabupaten-contoh.xlsx"
SALAH = REPO / "sample_workbooks" / "contoh-salah.xlsx"
KOTA = REPO / "tests" / "data" / "kota-contoh.xlsx"
PROVINSI = REPO / "tests" / "data" / "provinsi-contoh.xlsx"
COMMITTED = (KABUPATEN, SALAH, KOTA, PROVINSI)


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_samples", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script runs
    spec.loader.exec_module(module)
    return module


def _validation_ready() -> bool:
    """The reader, schema, model builder and rules are written by other parts of the project."""
    try:
        from iku_docs.validate.build import build_model  # noqa: F401
        from iku_docs.validate.rules import run_rules  # noqa: F401
        from iku_docs.validate.schema import check_structure  # noqa: F401
        from iku_docs.workbook.reader import read_tables  # noqa: F401
    except ImportError:
        return False
    return True


needs_validation = pytest.mark.skipif(not _validation_ready(), reason="validasi (schema/build/rules) belum ada")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("samples")
    return {p.name: p for p in _load_script().build_all(out, out)}


def _cells(wb: Workbook) -> dict[str, dict[str, Any]]:
    return {ws.title: {cell.coordinate: cell.value for row in ws.iter_rows() for cell in row
                       if cell.value is not None} for ws in wb.worksheets}


def _records(wb: Workbook, lembar: c.Lembar) -> list[dict[str, Any]]:
    rows = list(wb[lembar.nama].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:] if any(v is not None for v in row)]


def _isian(wb: Workbook, lembar: c.Lembar) -> dict[str, Any]:
    return {row[0]: row[1] for row in wb[lembar.nama].iter_rows(min_row=2, values_only=True)}


@pytest.mark.parametrize("committed", COMMITTED, ids=lambda p: p.name)
def test_committed_sample_matches_what_the_build_script_writes(regenerated: dict[str, Path],
                                                              committed: Path) -> None:
    assert committed.exists(), f"run: python3 {SCRIPT.relative_to(REPO)}"
    fresh = load_workbook(regenerated[committed.name])
    stored = load_workbook(committed)
    assert fresh.sheetnames == stored.sheetnames
    assert _cells(fresh) == _cells(stored), f"{committed.name} is stale; run: python3 {SCRIPT.relative_to(REPO)}"


@pytest.fixture(scope="module")
def kabupaten() -> Workbook:
    return load_workbook(KABUPATEN)


def test_kabupaten_contoh_has_at_least_eight_pemda_iku_across_five_urusan(kabupaten: Workbook) -> None:
    iku = _records(kabupaten, c.LEMBAR_IKU_PEMDA)
    assert len(iku) >= 8
    assert len({r["Urusan"] for r in iku}) >= 5
    assert {r["Urusan"] for r in iku} <= set(c.SEMUA_URUSAN)
    assert "Minimal" in {r["Polaritas"] for r in iku}
    kualitatif = {r[c.target_header(2026)] for r in iku if r["Jenis Angka"] == "Kualitatif"}
    assert kualitatif & set(c.SKALA_KUALITATIF["Opini BPK"]) and kualitatif & set(c.SKALA_KUALITATIF["SAKIP"])
    for r in iku:
        assert all(r[h] not in (None, "") for h in ("Definisi Operasional", "Formula", "Alasan", "Sumber Data",
                                                    "Baseline")), r[c.KODE_IKU]
        assert all(r[c.target_header(t)] is not None for t in range(2025, 2030)), r[c.KODE_IKU]


def test_kabupaten_contoh_targets_move_with_the_polarity(kabupaten: Workbook) -> None:
    for lembar in (c.LEMBAR_IKU_PEMDA, c.LEMBAR_IKU_PD):
        for r in _records(kabupaten, lembar):
            targets = [r[c.target_header(t)] for t in range(2025, 2030)]
            if not all(isinstance(t, int | float) for t in targets):
                continue
            steps = [b - a for a, b in itertools.pairwise(targets)]
            if r["Polaritas"] == "Maksimal":
                assert all(s >= 0 for s in steps) and targets[0] >= r["Baseline"], r[c.KODE_IKU]
            else:
                assert all(s <= 0 for s in steps) and targets[0] <= r["Baseline"], r[c.KODE_IKU]
            if r["Jenis Angka"] == "Persentase":
                assert max(targets) <= 100, r[c.KODE_IKU]


def test_kabupaten_contoh_has_six_pd_with_three_to_six_iku_and_every_cascading_type(kabupaten: Workbook) -> None:
    pd = _records(kabupaten, c.LEMBAR_PD)
    assert len(pd) == 6
    assert "Plt." in {r["Status Kepala"] for r in pd}
    assert all(len(r["Fungsi"].splitlines()) >= 3 for r in pd)
    iku_pd = _records(kabupaten, c.LEMBAR_IKU_PD)
    per_pd = Counter(r[c.KODE_PD] for r in iku_pd)
    assert set(per_pd) == {r[c.KODE_PD] for r in pd}
    assert all(3 <= n <= 6 for n in per_pd.values()), per_pd
    assert {r["Jenis Cascading"] for r in iku_pd} == set(c.JENIS_CASCADING)
    pemda = {r[c.KODE_IKU]: r for r in _records(kabupaten, c.LEMBAR_IKU_PEMDA)}
    for r in iku_pd:
        if r["Jenis Cascading"] == "Unique":
            assert r["Mendukung IKU Pemda"] is None
        else:
            assert r["Mendukung IKU Pemda"] in pemda, r[c.KODE_IKU]
        if r["Jenis Cascading"] == "Duplicate":
            induk = pemda[r["Mendukung IKU Pemda"]]
            assert [r[c.target_header(t)] for t in range(2025, 2030)] == \
                [induk[c.target_header(t)] for t in range(2025, 2030)]


def test_kabupaten_contoh_has_two_years_of_realisasi_and_budgets(kabupaten: Workbook) -> None:
    kode = {r[c.KODE_IKU] for lembar in (c.LEMBAR_IKU_PEMDA, c.LEMBAR_IKU_PD) for r in _records(kabupaten, lembar)}
    realisasi = _records(kabupaten, c.LEMBAR_REALISASI)
    assert {(r[c.KODE_IKU], r["Tahun"]) for r in realisasi} == {(k, t) for k in kode for t in (2025, 2026)}
    assert all(r["Penjelasan"] for r in realisasi)
    program = _records(kabupaten, c.LEMBAR_PROGRAM)
    assert {r["Tahun"] for r in program} == {2025, 2026}
    assert all(100_000_000 <= r["Anggaran"] <= 99_000_000_000 for r in program)
    assert all(0 < r["Realisasi Anggaran"] <= r["Anggaran"] for r in program)


def test_kabupaten_contoh_cites_the_legal_bases_with_their_gazette_places(kabupaten: Workbook) -> None:
    dasar = [r["Peraturan"] for r in _records(kabupaten, c.LEMBAR_DASAR_HUKUM)]
    for judul in ("Nomor 23 Tahun 2014", "Nomor 12 Tahun 2011", "Nomor 8 Tahun 2006", "Nomor 29 Tahun 2014",
                  "PER/09/M.PAN/5/2007", "Nomor 53 Tahun 2014", "Rencana Pembangunan Jangka Menengah Daerah"):
        assert any(judul in d for d in dasar), judul
    assert all("Lembaran" in d or "Berita Negara" in d or "PER/09" in d for d in dasar)
    pengaturan = {k: v for k, v in _isian(kabupaten, c.LEMBAR_PENGATURAN).items() if v is not None}
    assert list(pengaturan) == ["Skala Predikat"]


def test_contoh_salah_holds_each_deliberate_mistake() -> None:
    wb = load_workbook(SALAH)
    iku = _records(wb, c.LEMBAR_IKU_PEMDA)
    values = {v for r in iku for v in r.values()}
    assert "6.5.1" in values and "Kesehatn" in values and "Meningkatkan kualitas pelayanan" in values
    assert Counter(r[c.KODE_IKU] for r in iku).most_common(1)[0][1] == 2
    assert any(r["Formula"] in (None, "") for r in iku)
    assert any(r["Jenis Angka"] == "Persentase" and (r[c.target_header(2029)] or 0) > 100 for r in iku)
    assert c.target_header(2031) in [cell.value for cell in wb[c.LEMBAR_IKU_PEMDA.nama][1]]
    iku_pd = _records(wb, c.LEMBAR_IKU_PD)
    pd = {r[c.KODE_PD] for r in _records(wb, c.LEMBAR_PD)}
    salah = next(r for r in iku_pd if r[c.KODE_PD] not in pd)
    assert salah["Mendukung IKU Pemda"] not in {r[c.KODE_IKU] for r in iku}
    assert "Terlaksananya rapat koordinasi" in {r["Indikator Kinerja Utama"] for r in iku_pd}
    assert any(r["Nama Kepala"] is None for r in _records(wb, c.LEMBAR_PD))


def test_provinsi_contoh_types_values_the_odd_but_legal_ways() -> None:
    wb = load_workbook(PROVINSI)
    values = {v for lembar in (c.LEMBAR_IKU_PEMDA, c.LEMBAR_IKU_PD, c.LEMBAR_PROGRAM, c.LEMBAR_REALISASI)
              for r in _records(wb, lembar) for v in r.values()}
    assert {"168,5", "1.250.000", "93%", "2026", "Rp 1.250.000.000"} <= values
    identitas = _isian(wb, c.LEMBAR_IDENTITAS)
    assert identitas["Jenis Daerah"] == "Provinsi" and identitas["Tanggal Penetapan"] == "15 Januari 2026"
    ws = wb[c.LEMBAR_REALISASI.nama]
    assert any("%" in cell.number_format and isinstance(cell.value, float) for row in ws.iter_rows(min_row=2)
               for cell in row)


def test_kota_contoh_has_a_plh_head_a4_paper_and_a_keputusan_in_diktum() -> None:
    wb = load_workbook(KOTA)
    assert _isian(wb, c.LEMBAR_IDENTITAS)["Status Kepala Daerah"] == "Plh."
    pengaturan = _isian(wb, c.LEMBAR_PENGATURAN)
    assert (pengaturan["Ukuran Kertas"], pengaturan["Bentuk Batang Tubuh"]) == ("A4", "Diktum")
    assert pengaturan["Jenis Penetapan"] == "Keputusan"
    assert len(_records(wb, c.LEMBAR_PD)) == 3


@needs_validation
@pytest.mark.parametrize("path", (KABUPATEN, KOTA, PROVINSI), ids=lambda p: p.name)
def test_valid_samples_have_no_galat(path: Path) -> None:
    from iku_docs.findings import Tingkat
    from iku_docs.pipeline import check_workbook

    hasil = check_workbook(path)
    galat = [(t.kode, t.lembar, t.sel, t.pesan) for t in hasil.laporan.temuan if t.tingkat == Tingkat.GALAT]
    assert galat == []
    assert hasil.model is not None


@needs_validation
def test_contoh_salah_has_galat_on_its_deliberate_mistakes() -> None:
    from iku_docs.findings import Tingkat
    from iku_docs.pipeline import check_workbook

    wb = load_workbook(SALAH)
    laporan = check_workbook(SALAH).laporan
    assert not laporan.valid
    galat = {(t.lembar, t.baris) for t in laporan.temuan if t.tingkat == Tingkat.GALAT}

    def row_of(lembar: c.Lembar, value: Any) -> tuple[str, int]:
        ws = wb[lembar.nama]
        return lembar.nama, next(cell.row for row in ws.iter_rows(min_row=2) for cell in row if cell.value == value)

    assert row_of(c.LEMBAR_IKU_PEMDA, "6.5.1") in galat  # not a number
    assert row_of(c.LEMBAR_IKU_PEMDA, "Kesehatn") in galat  # unknown urusan
    assert row_of(c.LEMBAR_IKU_PD, "DINSOS") in galat  # PD that does not exist
    assert (c.LEMBAR_PD.nama, 2) in galat  # required Nama Kepala left empty
    # quality rules still judge the rows without galat, so the demo shows both kinds at once
    kinds = {(t.kode, t.lembar) for t in laporan.temuan}
    assert ("SMART-AKTIVITAS", c.LEMBAR_IKU_PD.nama) in kinds
    assert ("SMART-NORMATIF", c.LEMBAR_IKU_PEMDA.nama) in kinds
