"""``laporan-validasi.json``: the findings in a stable, machine-readable shape.

Shape (documented in issue 3, relied on by batch runs and other tools)::

    {"berkas", "sha256", "valid", "ringkasan",
     "temuan": [{"kode", "tingkat", "lembar", "sel", "baris", "kolom", "nilai", "pesan", "saran", "kriteria"}]}

``kriteria`` (the SMART criterion or "Struktur"/"Cascading") is an extra key beside the
required ones. Keys keep this order and findings a total order, so the same workbook
always gives the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from iku_docs.findings import Laporan, Tingkat
from iku_docs.output import write_bytes_atomic
from iku_docs.report import ordered

TEMUAN_KEYS = ("kode", "tingkat", "lembar", "sel", "baris", "kolom", "nilai", "pesan", "saran", "kriteria")


def _temuan_record(data: dict[str, Any]) -> dict[str, Any]:
    # Fixed key order, independent of how Temuan's fields happen to be declared.
    return {key: data.get(key) for key in TEMUAN_KEYS}


def _stable_ringkasan(ringkasan: dict[str, Any]) -> dict[str, Any]:
    """Laporan.ringkasan() counts per sheet in the order findings were met; fix galat, peringatan, saran."""
    order = [str(t) for t in Tingkat]
    per_lembar = {
        lembar: {k: counts[k] for k in order if k in counts} for lembar, counts in ringkasan["per_lembar"].items()
    }
    return {**ringkasan, "per_lembar": per_lembar}


def build_json(laporan: Laporan) -> dict[str, Any]:
    base = laporan.to_dict()
    return {
        "berkas": base["berkas"],
        "sha256": base["sha256"],
        "valid": base["valid"],
        "ringkasan": _stable_ringkasan(base["ringkasan"]),
        "temuan": [_temuan_record(t.to_dict()) for t in ordered(laporan.temuan)],
    }


def json_bytes(laporan: Laporan) -> bytes:
    # default=str: a rule that put a Decimal or date in ``nilai`` must not break the report.
    text = json.dumps(build_json(laporan), ensure_ascii=False, indent=2, default=str)
    return (text + "\n").encode("utf-8")


def write_json(laporan: Laporan, path: Path) -> Path:
    return write_bytes_atomic(path, json_bytes(laporan))
