"""Many workbooks in one run: each validated and rendered into its own folder, in worker processes.

Each item is ``pipeline.render_workbook``, the function behind ``iku-docs render``, so a
batch item gives exactly what ``iku-docs render`` gives for that workbook (reports included).
One bad workbook never stops the others: every failure, even an unexpected exception or a
crashed worker process, becomes a ``HasilItem`` with a status.

Worker processes are started with ``forkserver`` where the platform has it (Linux) and
``spawn`` elsewhere: ``fork`` is a little faster to start but copies a process that may
run threads (the rich progress bar refreshes from one), which can deadlock a child;
Python 3.12 warns about exactly that. The forkserver preloads the heavy libraries once,
so each worker starts from an already-imported process (see ``bench/README.md``).

The summary is written twice, atomically: ``ringkasan.html`` (one self-contained page)
and ``ringkasan.csv``. The CSV is UTF-8 with a BOM and ``;`` between fields, with decimal
commas: what Excel expects under Indonesian regional settings (list separator ``;``), so
a double click opens it in columns with the accents intact.
"""

from __future__ import annotations

import csv
import io
import multiprocessing
import os
import shutil
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from iku_docs import pipeline
from iku_docs.documents import KINDS, safe_name
from iku_docs.errors import DataError, IkuDocsError, WorkbookError
from iku_docs.findings import Tingkat

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
REPORT_HTML = "laporan-validasi.html"
SUMMARY_HTML = "ringkasan.html"
SUMMARY_CSV = "ringkasan.csv"
CSV_DELIMITER = ";"
# Imported once in the forkserver so that every worker starts with them loaded: the heavy
# libraries (pandas/pandera, openpyxl, docxtpl) are most of a workbook's time otherwise.
_PRELOAD = [
    "iku_docs.batch", "iku_docs.pipeline", "iku_docs.workbook.load", "iku_docs.workbook.reader",
    "iku_docs.validate.schema", "iku_docs.validate.build", "iku_docs.validate.rules", "iku_docs.report",
    *sorted({kind.module for kind in KINDS}), "iku_docs.render.docx", "iku_docs.render.xlsx",
]
# Names Windows refuses for a file or folder, whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


class Status(StrEnum):
    BERHASIL = "berhasil"  # validated without galat, every selected document written
    GALAT_DATA = "galat data"  # read, but the data has galat: report written, no documents
    TIDAK_TERBACA = "tidak terbaca"  # not a workbook of this standard (WorkbookError)
    GAGAL = "gagal"  # anything else: template, output folder, an unexpected error, a crashed worker


@dataclass(frozen=True, slots=True)
class Masukan:
    """One workbook of the batch and the folder (under the output folder) it gets."""

    path: Path
    folder: str


@dataclass(frozen=True, slots=True)
class HasilItem:
    """The outcome for one workbook; paths are relative to the batch output folder."""

    berkas: str  # the input path as given (shown to the user)
    folder: str
    status: Status
    temuan: dict[str, int] = field(default_factory=dict)  # tingkat → count; empty when never validated
    dokumen: tuple[str, ...] = ()
    laporan: tuple[str, ...] = ()
    detik: float = 0.0
    pesan: str = ""

    @property
    def berhasil(self) -> bool:
        return self.status is Status.BERHASIL

    def jumlah(self, tingkat: Tingkat) -> int | None:
        return self.temuan.get(str(tingkat)) if self.temuan else None

    @property
    def laporan_html(self) -> str | None:
        return next((p for p in self.laporan if p.endswith(REPORT_HTML)), None)


@dataclass(frozen=True, slots=True)
class BatchResult:
    output_dir: Path
    items: tuple[HasilItem, ...]
    catatan: tuple[str, ...]  # inputs skipped, with the reason
    pdf_galat: str | None = None  # set when --pdf was asked and the conversion failed
    ringkasan: tuple[Path, ...] = ()

    @property
    def gagal(self) -> tuple[HasilItem, ...]:
        return tuple(i for i in self.items if not i.berhasil)

    @property
    def ok(self) -> bool:
        return not self.gagal and self.pdf_galat is None


# Progress callback: called in the main process after each workbook, with (item, done, total).
Progress = Callable[[HasilItem, int, int], None]
Job = Callable[[Masukan, Path, "Sequence[str] | None", "Path | None"], HasilItem]


# --- Inputs -----------------------------------------------------------------------


def expand_inputs(inputs: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Folders and wildcard patterns → workbook files, in a stable order, with a note per skipped file.

    Patterns are expanded here too because the Windows shell leaves ``masukan\\*.xlsx`` as is.
    """
    found: list[Path] = []
    catatan: list[str] = []
    for given in inputs:
        if given.is_dir():
            candidates = sorted((p for p in given.iterdir() if p.is_file()), key=lambda p: p.name.lower())
        elif given.exists():
            candidates = [given]
        elif _is_pattern(str(given)):
            candidates = _glob(given)
            if not candidates:
                catatan.append(f"{given}: tidak ada berkas yang cocok dengan pola ini.")
        else:
            catatan.append(f"{given}: berkas atau folder tidak ditemukan.")
            continue
        for path in candidates:
            reason = _skip_reason(path)
            if reason:
                catatan.append(f"{path}: dilewati, {reason}.")
            else:
                found.append(path)
    return _unique(found), catatan


def _is_pattern(text: str) -> bool:
    return any(c in text for c in "*?[")


def _glob(pattern: Path) -> list[Path]:
    anchor = Path(pattern.anchor) if pattern.is_absolute() else Path()
    relative = str(pattern.relative_to(anchor)) if pattern.is_absolute() else str(pattern)
    return sorted((p for p in anchor.glob(relative) if p.is_file()), key=lambda p: str(p).lower())


def _skip_reason(path: Path) -> str | None:
    if path.name.startswith("~$"):
        return "berkas kunci Office (dibuat Excel selama buku kerja dibuka), bukan buku kerja"
    if path.name.startswith(".~lock."):
        return "berkas kunci LibreOffice, bukan buku kerja"
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        return "bukan buku kerja Excel (.xlsx/.xlsm)"
    return None


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    out = []
    for p in paths:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def assign_folders(paths: Sequence[Path]) -> list[Masukan]:
    """Each workbook gets a folder named from its file stem, made safe; same stems get -2, -3...

    Compared case-insensitively because Windows and macOS folders are.
    """
    used: set[str] = {SUMMARY_HTML, SUMMARY_CSV}
    out = []
    for path in paths:
        base = safe_name(path.stem)
        if base in _RESERVED:
            base = f"{base}-buku"
        name, n = base, 1
        while name.lower() in used:
            n += 1
            name = f"{base}-{n}"
        used.add(name.lower())
        out.append(Masukan(path=path, folder=name))
    return out


# --- One workbook -----------------------------------------------------------------


def process_workbook(masukan: Masukan, output_dir: Path, documents: Sequence[str] | None,
                     templates_dir: Path | None) -> HasilItem:
    """One workbook's whole job into its folder, as ``iku-docs render`` does it (``pipeline.render_workbook``):
    reports into ``<folder>/laporan``, the documents when it has no galat. The PDFs are made for the whole
    batch at the end, and the documents of one item by this one process: the batch's workers share the cores.

    Never raises: this runs in a worker process and its result must reach the summary.
    """
    start = time.perf_counter()
    base = dict(berkas=str(masukan.path), folder=masukan.folder)
    validasi: list[pipeline.HasilValidasi] = []
    try:
        hasil = pipeline.render_workbook(masukan.path, output_dir / masukan.folder, documents=documents,
                                         templates_dir=templates_dir, jobs=1, validated=validasi.append)
        temuan, laporan = _found(validasi, output_dir)
        return HasilItem(**base, status=Status.BERHASIL, temuan=temuan, laporan=laporan,
                         dokumen=_relative(hasil.berkas, output_dir), detik=_since(start))
    except DataError as exc:
        status, pesan = Status.GALAT_DATA, exc.format_message()
        if exc.hasil is not None:  # galat in the data: the summary's own wording, with the counts
            pesan = _galat_message(_found(validasi, output_dir)[0])
    except WorkbookError as exc:
        status, pesan = Status.TIDAK_TERBACA, exc.format_message()
    except IkuDocsError as exc:
        status, pesan = Status.GAGAL, exc.format_message()
    except Exception as exc:  # a defect must not cost the other workbooks their documents
        status, pesan = Status.GAGAL, _unexpected(exc)
    temuan, laporan = _found(validasi, output_dir)
    return HasilItem(**base, status=status, temuan=temuan, laporan=laporan, detik=_since(start), pesan=pesan)


def _found(validasi: Sequence[pipeline.HasilValidasi], output_dir: Path) -> tuple[dict[str, int], tuple[str, ...]]:
    """Counts per tingkat and the report files, once the workbook was validated (nothing before)."""
    if not validasi:
        return {}, ()
    hasil = validasi[0]
    return hasil.laporan.ringkasan()["per_tingkat"], _relative(hasil.laporan_berkas, output_dir)


def _galat_message(temuan: dict[str, int]) -> str:
    return (f"{temuan.get(str(Tingkat.GALAT), 0)} galat; tidak ada dokumen yang dibuat. "
            "Perbaiki buku kerja menurut laporan validasinya, lalu ulangi.")


def _unexpected(exc: BaseException) -> str:
    return (f"Galat tak terduga ({type(exc).__name__}): {exc}. Ini kemungkinan cacat pada iku-docs; "
            "jalankan 'iku-docs --debug render' untuk buku kerja ini dan laporkan keluarannya.")


def _relative(paths: Iterable[Path], root: Path) -> tuple[str, ...]:
    out = []
    for p in paths:
        try:
            out.append(p.relative_to(root).as_posix())
        except ValueError:
            out.append(p.as_posix())
    return tuple(out)


def _since(start: float) -> float:
    return round(time.perf_counter() - start, 3)


# --- The batch --------------------------------------------------------------------


def run_batch(inputs: Sequence[Path], output_dir: Path, *, jobs: int = 1, documents: Sequence[str] | None = None,
              templates_dir: Path | None = None, pdf: bool = False, progress: Progress | None = None,
              job: Job | None = None) -> BatchResult:
    """Validate and render every workbook found in ``inputs`` into ``output_dir/<folder>/``.

    ``jobs`` worker processes (``1``: in this process). ``job`` is the per-workbook function,
    replaceable in tests; it must be a module-level function so worker processes can import it.
    Raises ``IkuDocsError`` only when no workbook was found or the summary cannot be written.
    """
    job = job or process_workbook  # looked up now, so a test can replace the module attribute
    paths, catatan = expand_inputs(inputs)
    if not paths:
        raise IkuDocsError(
            "Tidak ada buku kerja (.xlsx/.xlsm) pada masukan.",
            saran="Sebutkan berkas buku kerja atau folder yang memuatnya, misalnya: iku-docs batch masukan/ "
                  "--output hasil/." + (" Catatan: " + " ".join(catatan) if catatan else ""),
        )
    output_dir.mkdir(parents=True, exist_ok=True)
    masukan = assign_folders(paths)
    args = (output_dir, documents, templates_dir)
    if jobs <= 1 or len(masukan) == 1:
        items = _run_here(masukan, args, progress, job)
    else:
        items = _run_pool(masukan, args, min(jobs, len(masukan)), progress, job)
    pdf_galat = None
    if pdf:
        items, pdf_galat = _convert_pdf(items, output_dir)
    result = BatchResult(output_dir=output_dir, items=tuple(items), catatan=tuple(catatan), pdf_galat=pdf_galat)
    return replace(result, ringkasan=write_summary(result))


def _run_here(masukan: Sequence[Masukan], args: tuple, progress: Progress | None, job: Job) -> list[HasilItem]:
    items = []
    for m in masukan:
        try:
            item = job(m, *args)
        except Exception as exc:  # a replaced job may raise; the batch still goes on
            item = HasilItem(berkas=str(m.path), folder=m.folder, status=Status.GAGAL, pesan=_unexpected(exc))
        items.append(item)
        if progress:
            progress(item, len(items), len(masukan))
    return items


def _run_pool(masukan: Sequence[Masukan], args: tuple, workers: int, progress: Progress | None,
              job: Job) -> list[HasilItem]:
    """Run in worker processes; results are returned in input order, progress in completion order.

    A worker that dies (killed for memory, a crash in a C library) breaks the whole pool and
    every unfinished item with it; those are run again, each in a pool of its own, so only
    the workbook that really kills its worker is reported as failed.
    """
    done: dict[int, HasilItem] = {}
    broken: list[int] = []

    def finish(i: int, item: HasilItem) -> None:
        done[i] = item
        if progress:
            progress(item, len(done), len(masukan))

    with _executor(workers) as pool:
        futures: dict[Future[HasilItem], int] = {pool.submit(job, m, *args): i for i, m in enumerate(masukan)}
        try:
            for fut in as_completed(futures):
                i = futures[fut]
                try:
                    finish(i, fut.result())
                except BrokenProcessPool:
                    broken.append(i)
                except Exception as exc:
                    finish(i, _failed(masukan[i], exc))
        except BaseException:  # Ctrl+C: do not start the workbooks still waiting
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    for i in sorted(broken):
        finish(i, _run_isolated(masukan[i], args, job))
    return [done[i] for i in range(len(masukan))]


def _run_isolated(m: Masukan, args: tuple, job: Job) -> HasilItem:
    with _executor(1) as pool:
        try:
            return pool.submit(job, m, *args).result()
        except BrokenProcessPool:
            return HasilItem(berkas=str(m.path), folder=m.folder, status=Status.GAGAL,
                             pesan="Proses pekerja berhenti tak terduga saat memproses buku kerja ini (mungkin "
                                   "kehabisan memori). Coba sendiri dengan 'iku-docs render' untuk melihat galatnya.")
        except Exception as exc:
            return _failed(m, exc)


def _failed(m: Masukan, exc: BaseException) -> HasilItem:
    return HasilItem(berkas=str(m.path), folder=m.folder, status=Status.GAGAL, pesan=_unexpected(exc))


def _executor(workers: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        # The forkserver imports these once; a module that fails to import is skipped (ImportError only).
        ctx.set_forkserver_preload(_PRELOAD)
    else:
        ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)


# --- PDF --------------------------------------------------------------------------


def _convert_pdf(items: list[HasilItem], output_dir: Path) -> tuple[list[HasilItem], str | None]:
    """Every .docx of the batch in one LibreOffice call, each PDF then placed beside its .docx.

    Workbooks produce documents with the same names (``perkada.docx`` in every folder), and
    LibreOffice writes all outputs of one call into one folder; so the files are staged under
    unique numbered names first, converted together, and moved back.
    """
    jobs = [(n, rel) for n, item in enumerate(items) if item.berhasil for rel in item.dokumen
            if rel.lower().endswith(".docx")]
    if not jobs:
        return items, None
    from iku_docs.render.pdf import convert_to_pdf

    with tempfile.TemporaryDirectory(prefix="iku-docs-pdf-", dir=output_dir) as tmp:
        stage = Path(tmp)
        staged = []
        for k, (_, rel) in enumerate(jobs):
            target = stage / f"{k:05d}.docx"
            _link_or_copy(output_dir / rel, target)
            staged.append(target)
        try:
            produced = convert_to_pdf(staged, stage / "pdf")
        except IkuDocsError as exc:
            return items, exc.format_message()
        by_stem = {p.stem: p for p in produced}
        added: dict[int, list[str]] = {}
        missing = []
        for k, (n, rel) in enumerate(jobs):
            pdf = by_stem.get(f"{k:05d}")
            if pdf is None or not pdf.is_file():
                missing.append(rel)
                continue
            dest_rel = rel[: -len(".docx")] + ".pdf"
            os.replace(pdf, output_dir / dest_rel)
            added.setdefault(n, []).append(dest_rel)
    items = [replace(it, dokumen=it.dokumen + tuple(added.get(n, ()))) for n, it in enumerate(items)]
    pesan = None
    if missing:
        pesan = (f"{len(missing)} dokumen tidak berhasil diubah menjadi PDF: {', '.join(missing[:5])}"
                 f"{' ...' if len(missing) > 5 else ''}. Buka dokumen itu di Word/LibreOffice dan simpan sebagai PDF.")
    return items, pesan


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


# --- Summary ----------------------------------------------------------------------

CSV_HEADER = ("No", "Buku Kerja", "Folder", "Status", "Galat", "Peringatan", "Saran", "Jumlah Dokumen",
              "Dokumen", "Laporan", "Waktu (detik)", "Keterangan")


def write_summary(result: BatchResult) -> tuple[Path, Path]:
    """Write ``ringkasan.html`` and ``ringkasan.csv`` atomically into the output folder."""
    from iku_docs.output import write_bytes_atomic

    html = write_bytes_atomic(result.output_dir / SUMMARY_HTML, summary_html(result).encode("utf-8"))
    csv_path = write_bytes_atomic(result.output_dir / SUMMARY_CSV, summary_csv(result).encode("utf-8-sig"))
    return html, csv_path


def summary_rows(result: BatchResult) -> list[tuple[str, ...]]:
    """The table shared by the CSV (and, formatted, the HTML and terminal): one row per workbook."""
    rows = []
    for n, it in enumerate(result.items, 1):
        rows.append((
            str(n), it.berkas, it.folder, str(it.status),
            *(_count(it.jumlah(t)) for t in Tingkat),
            str(len(it.dokumen)), " | ".join(it.dokumen), it.laporan_html or "",
            _decimal_comma(it.detik), it.pesan,
        ))
    return rows


def summary_csv(result: BatchResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in summary_rows(result):
        writer.writerow([_no_formula(v) for v in row])
    return buf.getvalue()


def _count(n: int | None) -> str:
    return "" if n is None else str(n)


def _decimal_comma(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def _no_formula(value: str) -> str:
    """A file name such as '=HYPERLINK(...).xlsx' must stay text when Excel opens the CSV (OWASP CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


_STATUS_CLASS = {Status.BERHASIL: "ok", Status.GALAT_DATA: "galat", Status.TIDAK_TERBACA: "galat",
                 Status.GAGAL: "gagal"}

_HTML = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ringkasan pembuatan dokumen IKU</title>
<style>
body { font-family: "Segoe UI", Arial, sans-serif; margin: 2rem; color: #222; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; }
p.waktu { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid #bbb; padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: #eef1f5; }
td.angka { text-align: right; white-space: nowrap; }
.ok { color: #17612b; font-weight: 600; }
.galat { color: #a33a00; font-weight: 600; }
.gagal { color: #b00020; font-weight: 600; }
ul { margin: .2rem 0 0; padding-left: 1.1rem; }
summary { cursor: pointer; }
.ringkas span { display: inline-block; margin-right: 1.2rem; }
</style>
</head>
<body>
<h1>Ringkasan pembuatan dokumen IKU</h1>
<p class="waktu">Dibuat {{ waktu }} oleh iku-docs. Folder hasil: {{ folder }}</p>
<p class="ringkas">
  <span>Buku kerja: <strong>{{ jumlah }}</strong></span>
  {% for label, n, cls in hitung %}<span class="{{ cls }}">{{ label }}: {{ n }}</span>{% endfor %}
</p>
{% if pdf_galat %}<p class="gagal">PDF: {{ pdf_galat }}</p>{% endif %}
<table>
<thead><tr>
  <th>No</th><th>Buku kerja</th><th>Status</th><th>Galat</th><th>Peringatan</th><th>Saran</th>
  <th>Dokumen</th><th>Laporan validasi</th><th>Waktu (detik)</th><th>Keterangan</th>
</tr></thead>
<tbody>
{% for r in baris %}<tr>
  <td class="angka">{{ r.no }}</td>
  <td>{{ r.berkas }}<br><small>folder: {{ r.folder }}</small></td>
  <td class="{{ r.cls }}">{{ r.status }}</td>
  <td class="angka">{{ r.galat }}</td><td class="angka">{{ r.peringatan }}</td><td class="angka">{{ r.saran }}</td>
  <td>{% if r.dokumen %}<details{% if r.dokumen|length <= 6 %} open{% endif %}><summary>{{ r.dokumen|length }} berkas
  (<a href="{{ r.folder_href }}/">buka folder</a>)</summary><ul>{% for href, nama in r.dokumen %}
  <li><a href="{{ href }}">{{ nama }}</a></li>{% endfor %}</ul></details>{% else %}&ndash;{% endif %}</td>
  <td>{% if r.laporan %}<a href="{{ r.laporan }}">laporan</a>{% else %}&ndash;{% endif %}</td>
  <td class="angka">{{ r.detik }}</td>
  <td>{{ r.pesan }}</td>
</tr>
{% endfor %}</tbody>
</table>
{% if catatan %}<h2>Berkas yang dilewati</h2>
<ul>{% for c in catatan %}<li>{{ c }}</li>{% endfor %}</ul>{% endif %}
</body>
</html>
"""


def summary_html(result: BatchResult, now: datetime | None = None) -> str:
    import jinja2

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    baris = []
    for n, it in enumerate(result.items, 1):
        baris.append({
            "no": n, "berkas": it.berkas, "folder": it.folder, "folder_href": _href(it.folder),
            "status": str(it.status),
            "cls": _STATUS_CLASS[it.status],
            "galat": _count(it.jumlah(Tingkat.GALAT)), "peringatan": _count(it.jumlah(Tingkat.PERINGATAN)),
            "saran": _count(it.jumlah(Tingkat.SARAN)),
            "dokumen": [(_href(p), p.split("/", 1)[-1]) for p in it.dokumen],
            "laporan": _href(it.laporan_html) if it.laporan_html else "",
            "detik": _decimal_comma(it.detik), "pesan": it.pesan,
        })
    hitung = [(str(s).capitalize(), sum(1 for i in result.items if i.status is s), _STATUS_CLASS[s])
              for s in Status]
    return env.from_string(_HTML).render(
        waktu=(now or datetime.now()).strftime("%d-%m-%Y %H.%M"), folder=str(result.output_dir),
        jumlah=len(result.items), hitung=hitung, baris=baris, catatan=result.catatan, pdf_galat=result.pdf_galat,
    )


def _href(rel: str) -> str:
    """A relative link that works when the page is opened from disk, whatever the file name holds."""
    return urllib.parse.quote(rel, safe="/")
