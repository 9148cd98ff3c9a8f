"""VALIDATE stage: structural schema (pandera), model building, quality rules.

``validate_tables`` collects every finding in one pass and never raises for data.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from iku_docs.findings import Laporan, Temuan, Tingkat
from iku_docs.model import Pemda
from iku_docs.workbook.contract import LEMBAR_PD

if TYPE_CHECKING:
    from iku_docs.workbook.reader import Tables


def validate_tables(tables: Tables, *, berkas: str, sha256: str) -> tuple[Laporan, Pemda | None]:
    from iku_docs.validate.build import build_model
    from iku_docs.validate.rules import run_rules
    from iku_docs.validate.schema import check_structure

    laporan = Laporan(berkas=berkas, sha256=sha256, temuan=list(tables.temuan))
    laporan.temuan += check_structure(tables)
    if not laporan.valid:
        # Still judge the wording of every indicator that parsed, so the reviewer sees all problems
        # in one pass instead of meeting the quality findings only after fixing the structure.
        partial = _partial_model(tables, laporan.temuan)
        if partial is not None:
            laporan.temuan += run_rules(partial, per_baris=True)
        return laporan, None
    model, found = build_model(tables)
    laporan.temuan += found
    if model is not None:
        laporan.temuan += run_rules(model)
    return laporan, (model if laporan.valid else None)


def _partial_model(tables: Tables, temuan: list[Temuan]) -> Pemda | None:
    """The model of the rows without galat. Perangkat Daerah rows are kept when the model builds with
    them, because dropping a PD would drop all of its indicators from the quality rules too."""
    from iku_docs.validate.build import build_model

    for keep in ({LEMBAR_PD.nama}, set()):
        model, _ = build_model(_without_bad_rows(tables, temuan, keep))
        if model is not None:
            return model
    return None


def _without_bad_rows(tables: Tables, temuan: list[Temuan], keep: set[str]) -> Tables:
    """A copy of ``tables`` without the table rows that have a galat (key/value sheets are kept whole:
    a galat there makes ``build_model`` give up, which is the right answer)."""
    bad: dict[str, set[int]] = {}
    for t in temuan:
        if t.tingkat == Tingkat.GALAT and t.lembar and t.baris and t.lembar not in keep:
            bad.setdefault(t.lembar, set()).add(t.baris)
    tabel = {}
    for nama, tab in tables.tabel.items():
        drop = bad.get(nama)
        if not drop:
            tabel[nama] = tab
            continue
        keep = [i for i, b in enumerate(tab.baris) if b not in drop]
        tabel[nama] = replace(tab, baris=[tab.baris[i] for i in keep],
                              nilai={h: [v[i] for i in keep] for h, v in tab.nilai.items()})
    return replace(tables, tabel=tabel, temuan=[])
