"""The library API: the only module that knows the order of the stages.

load → read → schema → build_model → rules → (capaian inside documents) → render,
and the validation reports whenever validation ran. The CLI and the tests call these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from iku_docs.errors import DataError, IkuDocsError
from iku_docs.findings import Laporan
from iku_docs.model import Pemda
from iku_docs.output import StagedSet, write_bytes_atomic

REPORT_FOLDER = "laporan"


@dataclass(slots=True)
class HasilValidasi:
    laporan: Laporan
    model: Pemda | None  # None when the structure has galat
    laporan_berkas: list[Path] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)  # non-fatal notes for the user (e.g. no annotated copy)
    data: bytes = field(default=b"", repr=False)  # the bytes that were validated (hashed once, read once)


@dataclass(slots=True)
class HasilRender:
    validasi: HasilValidasi
    berkas: list[Path] = field(default_factory=list)
    pdf: list[Path] = field(default_factory=list)


def check_workbook(path: Path) -> HasilValidasi:
    """Read and validate one workbook; never raises for bad data, only for an unusable file."""
    from iku_docs.validate import validate_tables
    from iku_docs.workbook.load import load_workbook
    from iku_docs.workbook.reader import read_tables

    loaded = load_workbook(path)
    tables = read_tables(loaded)
    laporan, model = validate_tables(tables, berkas=loaded.name, sha256=loaded.sha256)
    return HasilValidasi(laporan=laporan, model=model, data=loaded.data)


def validate_workbook(path: Path, report_dir: Path | None = None) -> HasilValidasi:
    """Validate and, when ``report_dir`` is given, write the three reviewer reports there."""
    hasil = check_workbook(path)
    if report_dir is not None:
        _write_reports(hasil, path, report_dir)
    return hasil


def _write_reports(hasil: HasilValidasi, path: Path, report_dir: Path) -> None:
    """The three reports as one set: written into a staging folder, then moved into ``report_dir`` together."""
    from iku_docs.output import staged

    with staged(report_dir) as stage:
        _stage_reports(hasil, path, stage.dir)
        hasil.laporan_berkas = stage.commit()


def _stage_reports(hasil: HasilValidasi, path: Path, report_dir: Path) -> None:
    from iku_docs.report import write_reports

    hasil.laporan_berkas = write_reports(hasil.laporan, path, report_dir, model=hasil.model,
                                         catatan=hasil.catatan, data=hasil.data or None)


def render_workbook(
    path: Path,
    output_dir: Path,
    *,
    documents: Sequence[str] | None = None,
    templates_dir: Path | None = None,
    pdf: bool = False,
    jobs: int = 1,
    validated: Callable[[HasilValidasi], None] | None = None,
) -> HasilRender:
    """A workbook's whole job, the same for ``iku-docs render`` and each ``batch`` item: validate, write the
    reports into ``<output>/laporan``, write every selected document, then (``pdf``) their PDFs.

    On galat nothing is rendered and ``DataError`` (exit 1) carries the validation and points at the report.
    The reports are written whenever validation ran, even when a document then fails; ``validated`` is given
    the validation as soon as it is known, so a caller can still report the findings of a later failure.
    With ``jobs`` > 1 the documents are rendered by that many worker processes while this one writes the reports.
    """
    from iku_docs.output import staged

    hasil = check_workbook(path)
    if validated is not None:
        validated(hasil)
    with staged(output_dir) as stage:
        report_dir = output_dir / REPORT_FOLDER
        if not hasil.laporan.valid or hasil.model is None:
            _commit_reports(hasil, path, stage)
            raise DataError(
                f"Buku kerja memuat {hasil.laporan.count_galat()} galat; tidak ada dokumen yang dibuat.",
                saran=f"Baca laporan validasi di '{report_dir / 'laporan-validasi.html'}', perbaiki, lalu ulangi.",
                berkas=path.name,
                hasil=hasil,
            )
        reports = _Once(lambda: _stage_reports(hasil, path, stage.dir / REPORT_FOLDER))
        result = HasilRender(validasi=hasil)
        try:
            rendered = _render(hasil.model, documents=documents, templates_dir=templates_dir, jobs=jobs,
                               meanwhile=reports)
            reports()
        except Exception:
            # A document that failed (a user template) must not cost the reports: they move in alone.
            reports()
            _commit_reports(hasil, path, stage)
            raise
        for name, data in rendered:
            write_bytes_atomic(stage.dir / name, data)
        stage.commit()
        hasil.catatan = [c.replace(str(stage.dir), str(output_dir)) for c in hasil.catatan]
    hasil.laporan_berkas = [output_dir / p.relative_to(stage.dir) for p in hasil.laporan_berkas]
    result.berkas = [output_dir / name for name, _ in rendered]  # in the registry's order
    if pdf:
        from iku_docs.render.pdf import convert_to_pdf

        result.pdf = convert_to_pdf([p for p in result.berkas if p.suffix == ".docx"], output_dir)
    return result


def _commit_reports(hasil: HasilValidasi, path: Path, stage: StagedSet) -> None:
    """Only the reports of this run move in (the documents already there stay as they were)."""
    if not hasil.laporan_berkas:
        _stage_reports(hasil, path, stage.dir / REPORT_FOLDER)
    hasil.laporan_berkas = [p for p in stage.commit() if p.parent.name == REPORT_FOLDER]


class _Once:
    """Calls ``action`` the first time it is called, never again."""

    def __init__(self, action: Callable[[], None]) -> None:
        self._action: Callable[[], None] | None = action

    def __call__(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()


def render_model(
    model: Pemda,
    output_dir: Path,
    *,
    documents: Sequence[str] | None = None,
    templates_dir: Path | None = None,
    jobs: int = 1,
    meanwhile: Callable[[], None] | None = None,
) -> list[Path]:
    """Write the documents of the selected kinds (``documents.KINDS``; all when none) for a validated model.

    Every document is rendered in memory, written into a staging folder and the set moved in at the end
    (``output.StagedSet``): a broken template, a full disk or a file open in Word leaves the previous set whole.
    ``jobs`` worker processes share the rendering (render/parallel.py); ``meanwhile`` runs here while they work.
    """
    from iku_docs.output import staged

    with staged(output_dir) as stage:
        rendered = _render(model, documents=documents, templates_dir=templates_dir, jobs=jobs, meanwhile=meanwhile)
        for name, data in rendered:
            write_bytes_atomic(stage.dir / name, data)
        stage.commit()
    return [output_dir / name for name, _ in rendered]


def _render(model: Pemda, *, documents: Sequence[str] | None, templates_dir: Path | None, jobs: int,
            meanwhile: Callable[[], None] | None) -> list[tuple[str, bytes]]:
    """(file name, bytes) of every selected document, all rendered in memory; nothing is written."""
    from iku_docs.documents import select_kinds
    from iku_docs.render import prepare, render_bytes
    from iku_docs.render.parallel import run_tasks

    planned = [(kind, dok) for kind in select_kinds(documents) for dok in kind.documents(model)]
    prepare(((kind.format, dok) for kind, dok in planned), templates_dir)
    tasks = [partial(render_bytes, dok, kind.format, model, templates_dir) for kind, dok in planned]
    rendered = run_tasks(tasks, jobs, costs=[kind.cost_ms for kind, _ in planned], meanwhile=meanwhile)
    return [(dok.berkas, data) for (_, dok), data in zip(planned, rendered, strict=True)]


def write_template(path: Path, periode_awal: int, periode_akhir: int) -> Path:
    """Write a blank standardized workbook for the given RPJMD period."""
    from iku_docs.workbook.template import write_blank_workbook

    return write_blank_workbook(path, range(periode_awal, periode_akhir + 1))


def write_template_for(path: Path, periode_awal: int, periode_akhir: int, *, jenis_daerah: str | None = None,
                       nama_daerah: str | None = None) -> Path:
    """The blank workbook with Jenis Daerah and Nama Daerah already written on Identitas (both optional)."""
    from iku_docs.workbook import contract as c
    from iku_docs.workbook.template import build_blank_workbook, fill_isian, save_workbook

    jenis_isian, nama_isian = (i.nama for i in c.LEMBAR_IDENTITAS.isian[:2])  # the contract lists them first
    isian: dict[str, str] = {}
    if jenis_daerah:
        jenis = next((j for j in c.JENIS_DAERAH if j.lower() == jenis_daerah.strip().lower()), None)
        if jenis is None:
            raise IkuDocsError(f"Jenis daerah '{jenis_daerah}' tidak dikenal.",
                               saran=f"Pilih salah satu: {', '.join(c.JENIS_DAERAH)}.")
        isian[jenis_isian] = jenis
    if nama_daerah and nama_daerah.strip():
        isian[nama_isian] = _nama_daerah(nama_daerah)
    wb = build_blank_workbook(range(periode_awal, periode_akhir + 1))
    if isian:
        fill_isian(wb[c.LEMBAR_IDENTITAS.nama], isian)
    return save_workbook(wb, path)


NAMA_DAERAH_MAX = 80  # the longest Indonesian regency name is well under 40 characters


def _nama_daerah(text: str) -> str:
    """A name typed on the command line or the web page, refused when a spreadsheet would not keep it as text."""
    nama = " ".join(text.split())
    if len(nama) > NAMA_DAERAH_MAX:
        raise IkuDocsError(f"Nama daerah terlalu panjang ({len(nama)} karakter; batas {NAMA_DAERAH_MAX}).",
                           saran="Tulis nama daerah saja, misalnya Sleman.")
    # openpyxl writes a text beginning with '=' as a formula, and Excel reads '+', '-', '@' as one too.
    if nama[0] in "=+-@" or any(ord(ch) < 32 for ch in nama):
        raise IkuDocsError(f"Nama daerah '{nama}' tidak dapat dipakai: nama tidak boleh diawali '=', '+', '-' atau "
                           "'@' dan tidak boleh memuat karakter kendali.", saran="Tulis nama daerah saja, misalnya "
                           "Sleman.")
    return nama


def document_kind(relative: str | Path) -> str:
    """The ``--documents`` kind that wrote ``relative`` (a path under the output folder, PDFs included): the
    registry's file-name patterns decide; a kind included in another (the LKjIP .xlsx) is listed with it."""
    from iku_docs.documents import DEFAULT_KIND_NAMES, kind_of_file

    kind = kind_of_file(Path(relative).as_posix())
    if kind is None:
        return DEFAULT_KIND_NAMES[0]
    return kind.included_in or kind.name
