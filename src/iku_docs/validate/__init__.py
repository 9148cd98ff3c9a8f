"""VALIDATE stage: structural schema (pandera), model building, quality rules.

``validate_tables`` collects every finding in one pass and never raises for data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iku_docs.findings import Laporan
from iku_docs.model import Pemda

if TYPE_CHECKING:
    from iku_docs.workbook.reader import Tables


def validate_tables(tables: Tables, *, berkas: str, sha256: str) -> tuple[Laporan, Pemda | None]:
    from iku_docs.validate.build import build_model
    from iku_docs.validate.rules import run_rules
    from iku_docs.validate.schema import check_structure

    laporan = Laporan(berkas=berkas, sha256=sha256, temuan=list(tables.temuan))
    laporan.temuan += check_structure(tables)
    if not laporan.valid:
        return laporan, None
    model, found = build_model(tables)
    laporan.temuan += found
    if model is not None:
        laporan.temuan += run_rules(model)
    return laporan, (model if laporan.valid else None)
