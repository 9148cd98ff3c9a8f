"""Quality rules (SMART, portfolio, cascading): the one registry and the runner.

A rule is an ``Aturan`` (a code of ``catalog.py`` and its check) defined in its family module
(``wording``, ``consistency``, ``targets``, ``portfolio``, ``cascading``) and listed in that module's
``ATURAN``; ``RULES`` collects them. To add a rule: give its code an entry in ``catalog.py``
(severity, criterion, title, explanation, message and suggestion templates, good and bad
examples), write its ``periksa`` function and ``Aturan`` beside its family, add it to the family's
``ATURAN``, and regenerate docs/rules.md with ``python tools/rules_md.py``.
"""

from __future__ import annotations

import difflib

from iku_docs import catalog
from iku_docs.findings import Temuan
from iku_docs.model import Pemda
from iku_docs.validate.rules import bentuk, cascading, consistency, portfolio, targets, wording
from iku_docs.validate.rules.base import Aturan, Kriteria, temuan, temuan_lembar
from iku_docs.workbook import contract as c

__all__ = ["RULES", "Aturan", "Kriteria", "aturan", "run_rules", "temuan", "temuan_lembar"]

RULES: tuple[Aturan, ...] = (
    *wording.ATURAN, *bentuk.ATURAN, *consistency.ATURAN, *targets.ATURAN, *portfolio.ATURAN,
    *cascading.ATURAN,
)
# Rules that judge one indicator row on its own. When some rows have structural galat, only these run
# on the rows that parsed: cross-row rules (portfolio, cascading, responsible PD) would report rows
# that were merely left out as missing.
RULES_PER_BARIS: tuple[Aturan, ...] = tuple(
    a for a in (*wording.ATURAN, *bentuk.ATURAN, *consistency.ATURAN, *targets.ATURAN)
    if a.kode not in {"SMART-PJ-KOSONG", bentuk.RELEVANSI.kode})
_BY_KODE = {a.kode: a for a in RULES}
assert len(_BY_KODE) == len(RULES), "rule codes must be unique"
assert _BY_KODE.keys() == {k.kode for k in catalog.KODE.values() if k.mutu}, "catalog quality codes = rules"

# Code of the finding about an unknown code in Aturan Nonaktif; not a rule, so it cannot be switched off.
KODE_NONAKTIF_TIDAK_DIKENAL = "PENGATURAN-ATURAN-TIDAK-DIKENAL"


def aturan(kode: str) -> Aturan:
    """The rule with this code (KeyError for an unknown one)."""
    return _BY_KODE[kode]


def run_rules(model: Pemda, *, per_baris: bool = False) -> list[Temuan]:
    """Every finding of every active rule, in registry order; rules named in Aturan Nonaktif are skipped.

    ``per_baris``: the model holds only the rows without structural galat; run the row-local rules only.
    """
    nonaktif = {k.strip().upper() for k in model.pengaturan.aturan_nonaktif if k.strip()}
    found: list[Temuan] = list(_nonaktif_tidak_dikenal(nonaktif))
    for rule in RULES_PER_BARIS if per_baris else RULES:
        if rule.kode not in nonaktif:
            found.extend(rule.periksa(model))
    return found


def _nonaktif_tidak_dikenal(nonaktif: set[str]) -> list[Temuan]:
    out = []
    for kode in sorted(nonaktif - _BY_KODE.keys()):
        mirip = difflib.get_close_matches(kode, list(_BY_KODE), n=1, cutoff=0.6)
        out.append(catalog.temuan(KODE_NONAKTIF_TIDAK_DIKENAL, lembar=c.LEMBAR_PENGATURAN.nama, kolom=c.ISIAN_NONAKTIF,
                                  nilai=kode, mirip=mirip[0] if mirip else None))
    return out
