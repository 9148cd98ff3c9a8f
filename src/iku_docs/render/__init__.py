"""RENDER stage: Word (docxtpl), Excel, PDF (LibreOffice); a document kind's output format picks the renderer.

The renderers are imported when first used, so importing this package costs nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from iku_docs.documents import Dokumen, Format
from iku_docs.model import Pemda


def render_bytes(dok: Dokumen, fmt: Format, model: Pemda, templates_dir: Path | None = None) -> bytes:
    """One document's bytes: a docx through its template (a user's own when ``templates_dir`` has it), an xlsx
    through the writer its ``templat`` names."""
    if fmt is Format.XLSX:
        from iku_docs.render.xlsx import workbook_bytes

        return workbook_bytes(dok.templat, **dok.isi())
    from iku_docs.render.docx import render_docx_bytes

    return render_docx_bytes(dok.templat, dok.isi(), templates_dir=templates_dir, pengaturan=model.pengaturan,
                             judul=dok.judul)


def prepare(documents: Iterable[tuple[Format, Dokumen]], templates_dir: Path | None = None) -> None:
    """Import the renderer of every format among ``documents`` and prepare every Word template several of them
    use, here and once: workers forked afterwards inherit both instead of each doing it again. A template used
    by a single document (the Perkada) is prepared by the worker that renders it, while the others work."""
    documents = list(documents)
    if any(fmt is Format.XLSX for fmt, _ in documents):
        import iku_docs.render.xlsx  # noqa: F401
    uses = Counter(dok.templat for fmt, dok in documents if fmt is Format.DOCX)
    if uses:
        from iku_docs.render.docx import prepare_templates

        prepare_templates([templat for templat, n in uses.items() if n > 1], templates_dir)
