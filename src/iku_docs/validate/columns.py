"""Column-wise evaluation shared by the schema and the model builder, and the structured texts both parse.

A sheet column repeats its values a lot (Satuan, Jenis Angka, Kode PD, targets), so a pure
function of one cell is computed once per distinct value and the results are spread back
over the column with one numpy take, instead of a Python call per cell.

Values are keyed so that "equal" never merges two cells a parser would tell apart: ``1``,
``1.0`` and ``True`` compare equal in Python, so when a column mixes such types every
non-text value is keyed with its type (the rule of ``functools.lru_cache(typed=True)`` that
``values.coba`` already uses). Unhashable values fall back to one call per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from iku_docs.workbook import values
from iku_docs.workbook.contract import Bentuk

_PLAIN = frozenset({str, type(None)})


def coba_bentuk(bentuk: Bentuk, raw: Any) -> Any:
    """A structured text parsed (``contract.Bentuk``), or the NilaiTidakSah; cached like ``values.coba``."""
    try:
        return _bentuk(bentuk, raw)
    except TypeError:  # unhashable raw value: never produced by the reader, but stay total
        return _bentuk.__wrapped__(bentuk, raw)


@lru_cache(maxsize=256)
def _bentuk(bentuk: Bentuk, raw: Any) -> Any:
    parser = {Bentuk.SKALA_PREDIKAT: values.skala_predikat}[bentuk]
    try:
        return parser(raw)
    except values.NilaiTidakSah as exc:
        return exc


class Distinct:
    """The distinct values of a column (``values``) and, per cell, the position of its value (``codes``)."""

    __slots__ = ("codes", "values")

    def __init__(self, values: list[Any], codes: np.ndarray) -> None:
        self.values, self.codes = values, codes

    @classmethod
    def of(cls, seq: Sequence[Any]) -> Distinct:
        seq = list(seq)
        # One non-text type at most: no two distinct cells can compare equal, so the values are their own keys.
        typed = len(set(map(type, seq)) - _PLAIN) > 1
        keys = list(zip(map(type, seq), seq, strict=True)) if typed else seq
        try:
            index: dict[Any, int] = dict.fromkeys(keys)  # type: ignore[arg-type]
        except TypeError:  # an unhashable cell value (openpyxl never gives one): every cell its own value
            return cls(seq, np.arange(len(seq), dtype=np.intp))
        for i, k in enumerate(index):
            index[k] = i
        codes = np.fromiter(map(index.__getitem__, keys), dtype=np.intp, count=len(seq))
        return cls([k[1] for k in index] if typed else list(index), codes)

    @classmethod
    def pairs(cls, a: Distinct, b: Distinct) -> Distinct:
        """The distinct (a, b) pairs of two columns of the same sheet."""
        combined = a.codes * max(len(b.values), 1) + b.codes
        uniq, codes = np.unique(combined, return_inverse=True)
        nb = max(len(b.values), 1)
        return cls([(a.values[x // nb], b.values[x % nb]) for x in uniq.tolist()], codes.reshape(-1))

    def spread(self, results: Sequence[Any]) -> list[Any]:
        """One result per distinct value (in ``values`` order) spread back over the column."""
        out = np.empty(len(self.values), dtype=object)
        for i in range(len(self.values)):  # item by item: numpy would unpack a tuple result into a new axis
            out[i] = results[i]
        return out[self.codes].tolist()

    def map(self, fn: Callable[[Any], Any]) -> np.ndarray:
        """``fn(cell)`` for every cell, as an object array."""
        out = np.empty(len(self.values), dtype=object)
        for i, v in enumerate(self.values):
            out[i] = fn(v)
        return out[self.codes]

    def mask(self, fn: Callable[[Any], bool]) -> np.ndarray:
        """``bool(fn(cell))`` for every cell, as a boolean array."""
        return np.fromiter((bool(fn(v)) for v in self.values), dtype=bool, count=len(self.values))[self.codes]
