"""Uploads: each in a temporary folder of its own, worked through by one thread, removed after an hour.

"Periksa saja" is what ``iku-docs validate --report`` does (``pipeline.validate_workbook``) for each
workbook. "Periksa dan buat dokumen" for one workbook is what ``iku-docs render`` does
(``pipeline.render_workbook``, then the PDFs when asked); for several, what ``iku-docs batch`` does
(``batch.run_batch``), each reported as it finishes. The work is
CPU-bound, so one worker thread takes the uploads in turn: two at once would only share the same cores
(and the pipeline's per-process caches are then never touched by two threads). A batch still uses every
core through ``run_batch``'s worker processes.

An upload is known only by its random id, which only the tab that sent it learns; nothing lists the
uploads, so two users (or two tabs) never see each other's files. Files are served by a code: a report's
fixed name, or a document's path under the output folder (built from codes by ``documents/``), looked up
in what the pipeline returned, never joined to a path the browser sent.
"""

from __future__ import annotations

import os
import queue
import secrets
import shutil
import sys
import threading
import time
import traceback
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from iku_docs.batch import SUMMARY_CSV, HasilItem, Status
from iku_docs.errors import DataError, IkuDocsError, WorkbookError
from iku_docs.findings import Tingkat
from iku_docs.report import ANNOTATED_SUFFIX, HTML_NAME, JSON_NAME

if TYPE_CHECKING:
    from iku_docs.pipeline import HasilValidasi

RESULT_TTL = 3600.0  # seconds a finished upload's files are kept
SWEEP_EVERY = 60.0
NAME_MAX = 120  # characters of an uploaded file name kept on disk and shown
# Names Windows refuses for a file, whatever the extension (the server also runs on office laptops).
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
# Imported by the worker thread at start, so the first upload does not pay for them (the CLI pays every run).
WARM_MODULES = (
    "iku_docs.pipeline", "iku_docs.batch", "iku_docs.workbook.load", "iku_docs.workbook.reader",
    "iku_docs.validate.schema", "iku_docs.validate.build", "iku_docs.validate.rules", "iku_docs.report.html",
    "iku_docs.report.json", "iku_docs.report.annotated", "iku_docs.documents.perkada", "iku_docs.documents.pk",
    "iku_docs.documents.lkjip", "iku_docs.render.docx", "iku_docs.render.xlsx", "iku_docs.render.pdf",
)
# From this many workbooks a batch uses worker processes (``run_batch``'s pool, one per core); below it
# they run here, one after the other: a worker starts cold (its imports preloaded, but templates and caches
# not), which costs more than it saves on a few workbooks (bench/web.py).
POOL_FROM = 8
LAPORAN = "laporan"  # the kind of the three report files
PERIKSA = "periksa"  # validate only (iku-docs validate --report)
BUAT = "buat"  # validate, then render (iku-docs render / batch)


@dataclass(frozen=True, slots=True)
class Berkas:
    """One file a workbook produced, downloadable under its code."""

    kode: str  # the URL part: a report's fixed code or a document's path under the output folder
    path: Path
    nama: str  # the name the browser saves it under
    jenis: str  # the document kind (``KIND_NAMES``) or LAPORAN


@dataclass(slots=True)
class HasilBuku:
    """One uploaded workbook: its state while waiting, then what the pipeline made of it."""

    no: int
    nama: str  # the uploaded file's name, cleaned; shown, never put in a URL
    path: Path
    status: Status | None = None  # None: not finished yet
    pesan: str = ""
    temuan: dict[str, int] = field(default_factory=dict)
    laporan: dict[str, Berkas] = field(default_factory=dict)  # "html", "json", "catatan"
    dokumen: dict[str, Berkas] = field(default_factory=dict)  # kode → file, in the order written
    catatan: list[str] = field(default_factory=list)
    detik: float = 0.0

    @property
    def selesai(self) -> bool:
        return self.status is not None

    def jumlah(self, tingkat: Tingkat) -> int | None:
        return self.temuan.get(str(tingkat)) if self.temuan else None

    def per_jenis(self) -> list[tuple[str, list[Berkas]]]:
        """The documents grouped by kind, kinds in the order they were written; a PDF goes with its .docx."""
        groups: dict[str, list[Berkas]] = {}
        for b in self.dokumen.values():
            if not b.kode.endswith(".pdf"):
                groups.setdefault(b.jenis, []).append(b)
        return list(groups.items())

    def pdf_of(self, b: Berkas) -> Berkas | None:
        return self.dokumen.get(b.kode.rpartition(".")[0] + ".pdf") if b.kode.endswith(".docx") else None

    @property
    def jumlah_dokumen(self) -> int:
        return len(self.dokumen)

    def berkas(self, kode: str) -> Berkas | None:
        return self.dokumen.get(kode)


@dataclass(slots=True)
class Unggahan:
    """One form submission: one or more workbooks and the options chosen for them."""

    id: str
    folder: Path
    buku: list[HasilBuku]
    aksi: str  # PERIKSA or BUAT
    documents: list[str]
    pdf: bool
    templates_dir: Path | None
    catatan: list[str] = field(default_factory=list)
    pdf_galat: str | None = None
    ringkasan_csv: Path | None = None
    selesai: threading.Event = field(default_factory=threading.Event)
    selesai_pada: float | None = None
    zip_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def jumlah_selesai(self) -> int:
        return sum(1 for b in self.buku if b.selesai)

    def cari(self, no: int) -> HasilBuku | None:
        return self.buku[no - 1] if 1 <= no <= len(self.buku) else None


@dataclass(frozen=True, slots=True)
class Unggah:
    """An uploaded file as the web layer hands it over: its name as sent and a way to save its bytes."""

    nama: str
    save: Callable[[Path], None]


class Gudang:
    """The uploads of one server run, under one temporary root removed by ``close``."""

    def __init__(self, root: Path, *, ttl: float = RESULT_TTL, jobs: int | None = None, warm: bool = True) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.ttl = ttl
        self.jobs = jobs
        self._uploads: dict[str, Unggahan] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[Unggahan | None] = queue.Queue()
        self._warm = warm
        self._worker = threading.Thread(target=self._loop, name="iku-docs-pekerja", daemon=True)
        self._worker.start()

    # --- uploads ---------------------------------------------------------------------

    def tambah(self, files: Sequence[Unggah], *, aksi: str = BUAT, documents: Sequence[str] = (), pdf: bool = False,
               templat: Sequence[Unggah] = ()) -> Unggahan:
        """Save the files into a new upload's folder and queue it; returns at once."""
        uid = secrets.token_urlsafe(16)
        folder = self.root / uid
        (folder / "masukan").mkdir(parents=True)
        buku = []
        for no, f in enumerate(files, start=1):
            nama = clean_name(f.nama, f"buku-kerja-{no}.xlsx")
            path = folder / "masukan" / str(no) / nama  # a folder each: two uploads may share a name
            path.parent.mkdir()
            f.save(path)
            buku.append(HasilBuku(no=no, nama=nama, path=path))
        templates_dir = None
        if templat:
            templates_dir = folder / "templat"
            templates_dir.mkdir()
            for t in templat:
                t.save(templates_dir / t.nama)
        u = Unggahan(id=uid, folder=folder, buku=buku, aksi=aksi, documents=list(documents), pdf=pdf,
                     templates_dir=templates_dir)
        with self._lock:
            self._uploads[uid] = u
        self._queue.put(u)
        return u

    def ambil(self, uid: str) -> Unggahan | None:
        with self._lock:
            u = self._uploads.get(uid)
        if u is not None and self._expired(u, time.time()):
            self._remove(u)
            return None
        return u

    def zip_dokumen(self, u: Unggahan, buku: HasilBuku) -> Path:
        """All documents of one workbook in one zip, under the same paths as in the output folder."""
        target = u.folder / "zip" / f"{buku.no}.zip"
        with u.zip_lock:
            if not target.exists():
                target.parent.mkdir(exist_ok=True)
                tmp = target.with_suffix(".tmp")
                with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
                    for b in buku.dokumen.values():
                        zf.write(b.path, b.kode)
                os.replace(tmp, target)
        return target

    # --- housekeeping ----------------------------------------------------------------

    def sweep(self, now: float | None = None) -> int:
        """Remove every upload whose results are older than the TTL; returns how many."""
        now = time.time() if now is None else now
        with self._lock:
            old = [u for u in self._uploads.values() if self._expired(u, now)]
        for u in old:
            self._remove(u)
        return len(old)

    def close(self) -> None:
        """Stop the worker (an upload in progress is abandoned) and remove every upload's files."""
        self._queue.put(None)
        self._worker.join(timeout=5)
        with self._lock:
            self._uploads.clear()
        shutil.rmtree(self.root, ignore_errors=True)

    def _expired(self, u: Unggahan, now: float) -> bool:
        return u.selesai_pada is not None and now - u.selesai_pada > self.ttl

    def _remove(self, u: Unggahan) -> None:
        with self._lock:
            self._uploads.pop(u.id, None)
        shutil.rmtree(u.folder, ignore_errors=True)

    # --- the worker ------------------------------------------------------------------

    def _loop(self) -> None:
        if self._warm:
            try:
                warm_up(self.root / "pemanasan")
            except Exception:  # only a head start: the first upload then pays for it, or reports the problem
                traceback.print_exc(file=sys.stderr)
        while True:
            try:
                u = self._queue.get(timeout=SWEEP_EVERY)
            except queue.Empty:
                self.sweep()
                continue
            if u is None:
                return
            try:
                self._kerjakan(u)
            finally:
                u.selesai_pada = time.time()
                u.selesai.set()
            self.sweep()

    def _kerjakan(self, u: Unggahan) -> None:
        try:
            if u.aksi == PERIKSA:
                for b in u.buku:
                    _validate_one(b, u.folder / "hasil" / str(b.no))
            elif len(u.buku) == 1:
                _render_one(u, u.buku[0])
            else:
                _render_batch(u, self.jobs)
        except Exception as exc:  # the page must say so, and the server must go on serving
            traceback.print_exc(file=sys.stderr)
            for b in u.buku:
                if not b.selesai:
                    b.status, b.pesan = Status.GAGAL, unexpected(exc)


def warm_up(folder: Path | None = None) -> None:
    """Pay at start what the CLI pays on every run: the imports, the shipped Word templates prepared, and
    (given a scratch folder) one validation with its reports, of a blank workbook. Measured on the sample
    (bench/web.py): the first upload's documents then take about what every later upload takes."""
    import importlib

    for name in WARM_MODULES:
        importlib.import_module(name)
    from iku_docs.pipeline import validate_workbook, write_template
    from iku_docs.render.docx import default_templates_dir, prepare_templates

    prepare_templates(sorted(p.stem for p in default_templates_dir().glob("*.docx")))
    if folder is not None:
        try:
            validate_workbook(write_template(folder / "kosong.xlsx", 2025, 2029), report_dir=folder / "laporan")
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def clean_name(given: str, fallback: str) -> str:
    """The last part of the name a browser sent, without what no file system or screen should get.

    Some browsers send a whole path ('C:\\fakepath\\x.xlsx'); control characters and the characters
    Windows refuses go; a name Windows reserves ('CON.xlsx') gets a prefix.
    """
    base = given.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in unicodedata.normalize("NFC", base)
                   if unicodedata.category(ch)[0] != "C" and ch not in '<>:"|?*')
    base = " ".join(base.split()).strip(". ")
    if not base:
        return fallback
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    if len(base) > NAME_MAX:
        stem = stem[: NAME_MAX - len(suffix) - 1].rstrip(". ")
    if stem.lower() in _RESERVED or not stem:
        stem = f"buku-{stem}"
    return f"{stem}.{suffix}" if dot else stem


def unexpected(exc: BaseException) -> str:
    """The CLI's last-resort message, pointing at the terminal where the traceback went."""
    return (f"Galat tak terduga ({type(exc).__name__}): {exc}. Ini kemungkinan cacat pada iku-docs; rinciannya "
            "tercetak di jendela tempat 'iku-docs serve' berjalan. Laporkan keluaran itu kepada pengembang.")


# --- validation only: iku-docs validate --report --------------------------------------


def _validate_one(buku: HasilBuku, out: Path) -> None:
    from iku_docs.pipeline import validate_workbook

    start = time.perf_counter()
    try:
        hasil = validate_workbook(buku.path, report_dir=out / "laporan")
    except WorkbookError as exc:
        buku.status, buku.pesan = Status.TIDAK_TERBACA, exc.format_message()
    except IkuDocsError as exc:
        buku.status, buku.pesan = Status.GAGAL, exc.format_message()
    else:
        _validated(buku, hasil, out)
        galat = hasil.laporan.count_galat()
        buku.pesan = _galat_message(galat) if galat else ""
        buku.status = Status.GALAT_DATA if galat else Status.BERHASIL
    buku.detik = round(time.perf_counter() - start, 3)


# --- one workbook: iku-docs render ---------------------------------------------------


def _render_one(u: Unggahan, buku: HasilBuku) -> None:
    from iku_docs.pipeline import render_workbook

    start = time.perf_counter()
    out = u.folder / "hasil"
    try:
        hasil = render_workbook(buku.path, out, documents=u.documents, templates_dir=u.templates_dir)
    except DataError as exc:
        if exc.hasil is None:
            buku.status, buku.pesan = Status.GALAT_DATA, exc.format_message()
        else:
            _validated(buku, exc.hasil, out)
            buku.status, buku.pesan = Status.GALAT_DATA, _galat_message(exc.hasil.laporan.count_galat())
    except WorkbookError as exc:
        buku.status, buku.pesan = Status.TIDAK_TERBACA, exc.format_message()
    except IkuDocsError as exc:
        buku.status, buku.pesan = Status.GAGAL, exc.format_message()
    else:
        _validated(buku, hasil.validasi, out)
        written = list(hasil.berkas)
        if u.pdf:
            written += _pdf(u, [p for p in hasil.berkas if p.suffix == ".docx"], out)
        _documents(buku, [p.relative_to(out).as_posix() for p in written], out)
        buku.status = Status.BERHASIL
    buku.detik = round(time.perf_counter() - start, 3)


def _validated(buku: HasilBuku, hasil: HasilValidasi, out: Path) -> None:
    buku.temuan = hasil.laporan.ringkasan()["per_tingkat"]
    buku.catatan = list(hasil.catatan)
    _reports(buku, [p.relative_to(out).as_posix() for p in hasil.laporan_berkas], out)


def _pdf(u: Unggahan, docx: list[Path], out: Path) -> list[Path]:
    """The PDFs beside the documents, as ``render --pdf`` makes them; a failure is noted, the .docx stay."""
    from iku_docs.render.pdf import convert_to_pdf

    try:
        return convert_to_pdf(docx, out)
    except IkuDocsError as exc:
        u.pdf_galat = exc.format_message()
        return []


def _galat_message(galat: int) -> str:
    return (f"{galat} galat; tidak ada dokumen yang dibuat. Perbaiki buku kerja menurut laporan validasinya, "
            "lalu unggah lagi.")


# --- several workbooks: iku-docs batch -----------------------------------------------


def _render_batch(u: Unggahan, jobs: int | None) -> None:
    from iku_docs.batch import expand_inputs, run_batch, summary_csv
    from iku_docs.output import write_bytes_atomic
    from iku_docs.render.parallel import default_jobs

    out = u.folder / "hasil"
    by_path = {str(b.path): b for b in u.buku}
    paths, skipped = expand_inputs([b.path for b in u.buku])
    for note in skipped:  # "<path>: dilewati, …": the batch's own words, with the name the user knows
        for b in u.buku:
            if note.startswith(f"{b.path}:"):
                b.status, b.pesan = Status.TIDAK_TERBACA, b.nama + note[len(str(b.path)):]
    if not paths:
        return

    def progress(item: HasilItem, done: int, total: int) -> None:
        _from_item(by_path[item.berkas], item, out)

    if jobs is None:
        jobs = default_jobs() if len(paths) >= POOL_FROM else 1
    result = run_batch(paths, out, jobs=jobs, documents=u.documents,
                       templates_dir=u.templates_dir, pdf=u.pdf, progress=progress)
    for item in result.items:  # again: the PDFs are added after the last workbook
        _from_item(by_path[item.berkas], item, out)
    u.pdf_galat = result.pdf_galat
    # The batch's own CSV, with the names the user uploaded instead of this server's temporary paths.
    shown = replace(result, items=tuple(replace(i, berkas=by_path[i.berkas].nama) for i in result.items))
    u.ringkasan_csv = write_bytes_atomic(u.folder / SUMMARY_CSV, summary_csv(shown).encode("utf-8-sig"))


def _from_item(buku: HasilBuku, item: HasilItem, out: Path) -> None:
    prefix = f"{item.folder}/"
    _reports(buku, [p.removeprefix(prefix) for p in item.laporan], out / item.folder)
    _documents(buku, [p.removeprefix(prefix) for p in item.dokumen], out / item.folder)
    buku.temuan, buku.detik = dict(item.temuan), item.detik
    buku.pesan = item.pesan
    buku.status = item.status  # last: a reader that sees the status sees the files too


# --- files -------------------------------------------------------------------------


def _reports(buku: HasilBuku, relative: list[str], out: Path) -> None:
    for rel in relative:
        name = rel.rsplit("/", 1)[-1]
        if name == HTML_NAME:
            buku.laporan["html"] = Berkas("laporan", out / rel, name, LAPORAN)
        elif name == JSON_NAME:
            buku.laporan["json"] = Berkas("laporan.json", out / rel, name, LAPORAN)
        elif name.endswith(ANNOTATED_SUFFIX):
            buku.laporan["catatan"] = Berkas("catatan.xlsx", out / rel, name, LAPORAN)


def _documents(buku: HasilBuku, relative: list[str], out: Path) -> None:
    from iku_docs.pipeline import document_kind

    buku.dokumen = {rel: Berkas(rel, out / rel, rel.rsplit("/", 1)[-1], document_kind(rel)) for rel in relative}
