"""Context builders: model → plain dicts for the Word templates. Pure: no I/O, no formatting in templates.

Each document module exposes ``documents(model) -> list[Dokumen]``; ``KINDS`` maps the
``--documents`` names to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from iku_docs.model import Pemda


@dataclass(frozen=True, slots=True)
class Dokumen:
    """One output document. Its context is built on demand (``isi()``), so the costly ones (charts) are built
    by whichever worker renders the document (render/parallel.py), not all up front."""

    berkas: str  # output path relative to the output folder, built from codes only
    templat: str  # template name (templates/<templat>.docx)
    konteks: Callable[[], dict[str, Any]] = field(repr=False)  # builds the template context
    judul: str = ""

    def isi(self) -> dict[str, Any]:
        """The template context."""
        return self.konteks()


def safe_name(kode: str) -> str:
    """A file-name part built from a code: letters, digits, '-' and '_' only, never a path.

    Output names come from codes, never raw cell text, so no name can leave the output
    folder ('../', drive letters, reserved characters all vanish).
    """
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", kode).strip("-_").lower()
    return slug[:60] or "tanpa-kode"


def berkas_unik(berkas: str, dipakai: set[str]) -> str:
    """``berkas``, or ``<stem>-2.<ext>``, ``-3``… when it is already in ``dipakai`` (which it joins).

    Two codes may reduce to the same safe name ('DIN KES', 'DIN-KES'), and a PD may be coded 'PEMDA':
    no document may overwrite another.
    """
    stem, suffix = berkas.rsplit(".", 1)
    candidate, n = berkas, 2
    while candidate in dipakai:
        candidate, n = f"{stem}-{n}.{suffix}", n + 1
    dipakai.add(candidate)
    return candidate


def kinds() -> dict[str, Callable[[Pemda], list[Dokumen]]]:
    """The document kinds in the order they are written; imported lazily to keep start-up fast."""
    from iku_docs.documents import lkjip, perkada, pk

    return {"perkada": perkada.documents, "pk": pk.documents, "lkjip": lkjip.documents}


KIND_NAMES = ("perkada", "pk", "lkjip")
