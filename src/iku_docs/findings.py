"""Findings as data: ``Temuan`` (one problem), ``Laporan`` (all of them for one workbook).

A bad cell is never an exception: validation collects every ``Temuan`` in one pass
and the reports (JSON, HTML, annotated copy) are views of a ``Laporan``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Tingkat(StrEnum):
    GALAT = "galat"  # makes a document wrong: nothing is rendered
    PERINGATAN = "peringatan"
    SARAN = "saran"


TINGKAT_ORDER = {Tingkat.GALAT: 0, Tingkat.PERINGATAN: 1, Tingkat.SARAN: 2}


@dataclass(frozen=True, slots=True)
class Temuan:
    """One finding; its fields are exactly the JSON record of the report."""

    kode: str
    tingkat: Tingkat
    lembar: str | None
    sel: str | None
    baris: int | None
    kolom: str | None
    nilai: str | None
    pesan: str
    saran: str | None = None
    kriteria: str | None = None  # SMART criterion or "Struktur", "Cascading"...

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tingkat"] = str(self.tingkat)
        return data


@dataclass(slots=True)
class Laporan:
    """Every finding for one workbook."""

    berkas: str
    sha256: str
    temuan: list[Temuan] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not any(t.tingkat == Tingkat.GALAT for t in self.temuan)

    def count(self, tingkat: Tingkat) -> int:
        return sum(1 for t in self.temuan if t.tingkat == tingkat)

    def count_galat(self) -> int:
        return self.count(Tingkat.GALAT)

    def sorted(self) -> list[Temuan]:
        return sorted(self.temuan, key=lambda t: (t.lembar or "", t.baris or 0, TINGKAT_ORDER[t.tingkat], t.kode,
                                                  t.sel or "", t.pesan))

    def ringkasan(self) -> dict[str, Any]:
        per_lembar: dict[str, Counter[str]] = {}
        for t in self.temuan:
            per_lembar.setdefault(t.lembar or "(berkas)", Counter())[str(t.tingkat)] += 1
        return {
            "jumlah_temuan": len(self.temuan),
            "per_tingkat": {str(k): self.count(k) for k in Tingkat},
            # fixed key order (galat, peringatan, saran) so the JSON bytes do not depend on finding order
            "per_lembar": {k: {str(t): v[str(t)] for t in Tingkat if v[str(t)]} for k, v in sorted(per_lembar.items())},
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "berkas": self.berkas,
            "sha256": self.sha256,
            "valid": self.valid,
            "ringkasan": self.ringkasan(),
            "temuan": [t.to_dict() for t in self.sorted()],
        }
