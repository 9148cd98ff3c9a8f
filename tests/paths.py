"""Where the tests find the repository's files, so a test module's depth in tests/ does not matter."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
SAMPLES = REPO / "sample_workbooks"
SAMPLE = SAMPLES / "kabupaten-contoh.xlsx"
DATA = REPO / "tests" / "data"
KOTA = DATA / "kota-contoh.xlsx"
PROVINSI = DATA / "provinsi-contoh.xlsx"
