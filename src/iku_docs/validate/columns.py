"""Column-wise evaluation helpers shared by the schema and the model builder.

A sheet column repeats its values a lot (Satuan, Jenis Angka, Kode PD, targets), so a pure
function of one cell is computed once per distinct value and the results are spread back
over the column with C-level ``dict``/``map`` operations instead of a Python call per cell.

Values are keyed so that "equal" never merges two cells a parser would tell apart: ``1``,
``1.0`` and ``True`` compare equal in Python, so every non-text value is keyed with its type
(the same rule as ``functools.lru_cache(typed=True)`` in ``values.coba``). Text and None,
the bulk of a sheet, are keyed by themselves. Unhashable values fall back to one call per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

R = TypeVar("R")
_PLAIN = frozenset({str, type(None)})


def _keys(seq: Sequence[Any]) -> Sequence[Any]:
    if set(map(type, seq)) <= _PLAIN:
        return seq
    return list(zip(map(type, seq), seq, strict=True))


def per_value(seq: Sequence[Any], fn: Callable[[Any], R]) -> list[R]:
    """``[fn(v) for v in seq]``, calling ``fn`` once per distinct (type, value)."""
    keys = _keys(seq)
    try:
        memo: dict[Any, Any] = dict.fromkeys(keys)
    except TypeError:  # an unhashable cell value (openpyxl never gives one): no sharing
        return [fn(v) for v in seq]
    if keys is seq:
        for k in memo:
            memo[k] = fn(k)
    else:
        for k in memo:
            memo[k] = fn(k[1])
    return list(map(memo.__getitem__, keys))


def per_pair(a: Sequence[Any], b: Sequence[Any], fn: Callable[[Any, Any], R]) -> list[R]:
    """``[fn(x, y) for x, y in zip(a, b)]``, calling ``fn`` once per distinct pair (typed as above)."""
    ka, kb = _keys(a), _keys(b)
    keys = list(zip(ka, kb, strict=True))
    try:
        memo: dict[Any, Any] = dict.fromkeys(keys)
    except TypeError:
        return [fn(x, y) for x, y in zip(a, b, strict=True)]
    plain_a, plain_b = ka is a, kb is b
    for k in memo:
        memo[k] = fn(k[0] if plain_a else k[0][1], k[1] if plain_b else k[1][1])
    return list(map(memo.__getitem__, keys))
