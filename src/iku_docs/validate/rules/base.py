"""What every quality rule is made of: ``Aturan`` (a catalog code + its check) and the ``temuan`` helpers.

Kept apart from ``rules/__init__.py`` so the family modules can import it while the
package collects them into ``RULES`` (no circular import). A rule's severity, criterion,
title, explanation and wording live in ``catalog.py`` under its code; the check passes the
fields (the user's words, the rewrite it computed). Rules do no I/O.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from iku_docs import catalog
from iku_docs.catalog import Kriteria
from iku_docs.findings import Temuan, Tingkat
from iku_docs.model import IKU, Nilai, Pemda
from iku_docs.workbook import contract as c

__all__ = ["Aturan", "Kriteria", "Periksa", "angka", "kolom_target", "kosong", "lain", "rapikan", "ringkas",
           "seperti_ditulis", "temuan", "temuan_lembar"]

Periksa = Callable[[Pemda], Iterable[Temuan]]


@dataclass(frozen=True, slots=True)
class Aturan:
    """One quality rule: its catalog code and the check; everything a reviewer reads comes from the catalog."""

    kode: str
    periksa: Periksa
    entri: catalog.Kode = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "entri", catalog.KODE[self.kode])  # an unknown code fails at import

    @property
    def tingkat(self) -> Tingkat:
        return self.entri.tingkat

    @property
    def kriteria(self) -> str:
        return self.entri.kriteria

    @property
    def judul(self) -> str:
        return self.entri.judul

    @property
    def penjelasan(self) -> str:
        return self.entri.penjelasan

    @property
    def buruk(self) -> tuple[catalog.Contoh, ...]:
        return self.entri.buruk

    @property
    def baik(self) -> tuple[catalog.Contoh, ...]:
        return self.entri.baik


# --- Building findings ---------------------------------------------------------------


def seperti_ditulis(nilai: Nilai | None) -> str:
    """A target/baseline as the user wrote it: '6,5', 'WTP', '' for blank (documents print values through
    ``formatting.nilai_teks`` instead)."""
    if nilai is None:
        return ""
    if isinstance(nilai, Decimal):
        text = format(nilai.normalize(), "f") if nilai == nilai.to_integral_value() else str(nilai)
        return text.replace(".", ",")
    return str(nilai)


# Header of each IKU column → (model attribute, whether it holds a target-like value), from the contract.
_FIELD = {k.nama: (k.field, k.jenis is c.Jenis.NILAI) for lembar in (c.LEMBAR_IKU_PEMDA, c.LEMBAR_IKU_PD)
          for k in c.columns_for(lembar, None) if k.field}


def _cell_text(iku: IKU, kolom: str) -> str | None:
    """The text of ``kolom`` in the IKU's row, as far as the model keeps it."""
    if kolom.startswith(c.TARGET_PREFIX + " "):
        tahun = kolom.removeprefix(c.TARGET_PREFIX + " ")
        return seperti_ditulis(iku.target.get(int(tahun))) if tahun.isdigit() else None
    if kolom not in _FIELD:
        return None
    field_, nilai = _FIELD[kolom]
    value = getattr(iku, field_)
    if nilai:
        return seperti_ditulis(value)
    return ", ".join(value) if isinstance(value, tuple) else value or ""


def temuan(aturan: Aturan, iku: IKU, kolom: str = c.KOLOM_INDIKATOR, *, varian: str | None = None,
           nilai: str | None = None, **fields: Any) -> Temuan:
    """The rule's finding on one cell of an IKU row; ``nilai`` defaults to the cell's text. ``fields`` fill the
    catalog's templates (``kode_iku`` is always given)."""
    return catalog.temuan(
        aturan.kode, lembar=iku.asal.lembar, sel=iku.asal.sel(kolom), baris=iku.asal.baris, kolom=kolom,
        nilai=_cell_text(iku, kolom) if nilai is None else nilai, varian=varian,
        **{**c.NAMA, "kode_iku": iku.kode, **fields})


def temuan_lembar(aturan: Aturan, lembar: str, *, varian: str | None = None, baris: int | None = None,
                  sel: str | None = None, kolom: str | None = None, nilai: str | None = None,
                  **fields: Any) -> Temuan:
    """A finding about a whole sheet or a row that is not an IKU (the IKU count, a Perangkat Daerah)."""
    return catalog.temuan(aturan.kode, lembar=lembar, sel=sel, baris=baris, kolom=kolom, nilai=nilai, varian=varian,
                          **{**c.NAMA, **fields})


def lain(iku: IKU) -> dict[str, Any]:
    """The fields that name another row in a message: its code, sheet and row."""
    return {"kode_lain": iku.kode, "lembar_lain": iku.asal.lembar, "baris_lain": iku.asal.baris}


# --- Text helpers shared by the families ----------------------------------------------

@lru_cache(maxsize=65536)  # pure; every rule family tidies the same cells
def rapikan(text: str) -> str:
    """Collapse whitespace and strip; keeps case (suggestions reuse the user's words)."""
    # str.split() and re's \s both split on exactly the str.isspace() characters, so this is
    # re.sub(r"\s+", " ", ...).strip() without a regex replacement per space.
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


@lru_cache(maxsize=256)
def kolom_target(tahun: int) -> str:
    """``contract.target_header(tahun)``, cached: the target rules name a column for every value."""
    return c.target_header(tahun)


# Placeholders users type into a required cell when they have nothing to say.
_KOSONG = {"", "-", "--", "—", "–", ".", "..", "...", "…", "x", "n/a", "na", "nihil", "tidak ada", "belum ada",
           "tidak diketahui", "belum diketahui", "menyusul", "tba", "kosong", "0"}
_KOSONG_RAPI = frozenset(k.strip(" .") for k in _KOSONG)


@lru_cache(maxsize=65536)
def kosong(text: str | None) -> bool:
    """Blank, or a placeholder that says nothing ('-', '…', 'belum ada')."""
    return rapikan(text or "").lower().strip(" .") in _KOSONG_RAPI


def angka(nilai: Nilai | None) -> Decimal | None:
    return nilai if isinstance(nilai, Decimal) else None


def ringkas(text: str, batas: int = 80) -> str:
    """A user's text as a message quotes it: tidied, and shortened when very long."""
    text = rapikan(text)
    return text if len(text) <= batas else text[: batas - 1].rstrip() + "…"
