"""Atomic writes: a document, report or workbook is either complete on disk or not there at all,
and a run's whole set of files is either moved in together or not at all.

Leaf module (imports only ``errors``): every stage that writes a file uses it.

- ``write_atomic``: one file, written to ``.<name>.<random>.tmp`` beside it and renamed into place.
- ``StagedSet``: a run's files, written into a hidden folder ``.iku-docs-<random>.tmp`` inside the output
  folder (so on the same filesystem), then moved in at the end. Before the first new file moves in, every
  file it replaces is moved aside into that folder; if any move fails (a folder where a file goes, a file
  open in Word on Windows, a read-only subfolder) everything is moved back, so the previous set stays whole.
- ``sweep``: removes what a killed run left behind, only names this module makes, and only when they are
  old enough that no running write can still own them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from iku_docs.errors import OutputError

STAGE_PREFIX = ".iku-docs-"
TMP_SUFFIX = ".tmp"
_ASIDE = ".lama"  # inside the staging folder: the previous files while the new ones move in
# mkstemp/mkdtemp's random part: 8 characters of [a-z0-9_].
_OUR_FILE = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
_OUR_STAGE = re.compile(r"^\.iku-docs-[a-z0-9_]{8}\.tmp$")
# A write renames its temporary file within seconds; anything older was left by a killed run.
STALE_SECONDS = 15 * 60

_SARAN_IZIN = "Pilih folder keluaran yang boleh ditulis, atau minta izin tulis untuk folder itu."
_SARAN_TERBUKA = "Tutup berkas itu bila sedang dibuka di Word/Excel, atau pilih folder keluaran lain."
_SARAN_DISK = "Periksa ruang disk dan izin folder keluaran."


def write_atomic(path: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place.

    The rename is atomic on one filesystem, so an interrupted run never leaves a
    half-written document; a target held open by Word (Windows) or read-only gives
    a clear message instead of a traceback.
    """
    tmp: str | None = None
    try:
        _make_dir(path.parent)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are shared documents
        os.replace(tmp, path)
    except OutputError:
        raise
    except OSError as exc:
        _discard(tmp)
        raise _write_error(path, exc) from exc
    except BaseException:
        _discard(tmp)
        raise
    return path


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    return write_atomic(path, lambda fh: fh.write(data))


def _write_error(path: Path, exc: OSError) -> OutputError:
    if isinstance(exc, PermissionError):
        return OutputError(f"Berkas keluaran '{path}' tidak dapat ditulis (izin ditolak).", saran=_SARAN_TERBUKA)
    if isinstance(exc, IsADirectoryError) or (exc.errno == errno.EEXIST and path.is_dir()):
        return OutputError(f"Berkas keluaran '{path}' tidak dapat ditulis: di tempatnya ada folder.",
                           saran="Pindahkan atau ganti nama folder itu, lalu ulangi.")
    if exc.errno == errno.ENOSPC:
        return OutputError(f"Berkas keluaran '{path}' tidak dapat ditulis: ruang disk habis.", saran=_SARAN_DISK)
    return OutputError(f"Berkas keluaran '{path}' tidak dapat ditulis: {exc.strerror or exc}.", saran=_SARAN_DISK)


def _make_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:  # a file where the folder should be
        raise OutputError(f"Folder keluaran '{folder}' tidak dapat dibuat: di tempatnya ada berkas.",
                          saran="Pilih folder keluaran lain atau pindahkan berkas itu.") from exc
    except PermissionError as exc:
        raise OutputError(f"Folder keluaran '{folder}' tidak dapat dibuat atau ditulis (izin ditolak).",
                          saran=_SARAN_IZIN) from exc
    except OSError as exc:
        raise OutputError(f"Folder keluaran '{folder}' tidak dapat dibuat: {exc.strerror or exc}.",
                          saran=_SARAN_DISK) from exc


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _discard(tmp: str | Path | None) -> None:
    if tmp is not None:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


# --- Leftovers of killed runs -------------------------------------------------------


def sweep(folder: Path, now: float | None = None) -> list[Path]:
    """Remove this tool's leftovers in ``folder`` (not below): temporary files and staging folders
    older than ``STALE_SECONDS``. A user's own file never matches: a hidden name ending in
    ``.<8 random characters>.tmp`` that is a regular file (or, for a staging folder, ``.iku-docs-…``)."""
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        try:
            if entry.is_symlink() or now - entry.stat(follow_symlinks=False).st_mtime < STALE_SECONDS:
                continue
            if entry.is_file() and _OUR_FILE.match(entry.name):
                os.unlink(entry.path)
            elif entry.is_dir() and _OUR_STAGE.match(entry.name):
                shutil.rmtree(entry.path)
            else:
                continue
        except OSError:  # locked (Windows) or already gone: try again next run
            continue
        removed.append(Path(entry.path))
    return removed


def _subfolders(root: Path) -> list[Path]:
    try:
        return [Path(e.path) for e in os.scandir(root)
                if not e.name.startswith(".") and e.is_dir(follow_symlinks=False)]
    except OSError:
        return []


# --- A run's set of files -----------------------------------------------------------


class StagedSet:
    """Files written under ``dir`` (the staging folder) and moved to the same relative place under
    ``root`` by ``commit``. Use as a context manager: whatever was not committed is removed."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        _make_dir(self.root)
        for folder in (self.root, *_subfolders(self.root)):  # documents and reports go one folder deep
            sweep(folder)
        try:
            self.dir = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, suffix=TMP_SUFFIX, dir=self.root))
        except PermissionError as exc:
            raise OutputError(f"Folder keluaran '{self.root}' tidak dapat ditulis (izin ditolak).",
                              saran=_SARAN_IZIN) from exc
        except OSError as exc:
            raise _write_error(self.root, exc) from exc

    def __enter__(self) -> StagedSet:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def final(self, staged: Path) -> Path:
        """Where a file written under the staging folder ends up."""
        return self.root / Path(staged).relative_to(self.dir)

    def staged_files(self) -> list[Path]:
        return sorted(p for p in self.dir.rglob("*") if p.is_file() and _ASIDE not in p.relative_to(self.dir).parts)

    def commit(self) -> list[Path]:
        """Move every staged file into place, all or none; return the final paths.

        On failure the files already replaced are put back and ``OutputError`` says that the
        previous files are unchanged."""
        moves = [(p, self.final(p)) for p in self.staged_files()]
        for _, target in moves:
            if target.is_dir() and not target.is_symlink():
                raise _kept(target, "di tempatnya ada folder")
        aside: list[tuple[Path, Path]] = []  # (previous file moved aside, its place)
        moved: list[Path] = []
        try:
            for n, (_, target) in enumerate(moves):
                _make_dir(target.parent)
                if target.exists() or target.is_symlink():
                    keep = self.dir / _ASIDE / str(n)
                    keep.parent.mkdir(exist_ok=True)
                    os.replace(target, keep)  # fails on Windows for a file open in Word: nothing replaced yet
                    aside.append((keep, target))
            for staged, target in moves:
                os.replace(staged, target)
                moved.append(target)
        except (OSError, OutputError) as exc:
            self._roll_back(moved, aside)
            if isinstance(exc, OutputError):
                raise
            where = next((t for s, t in moves if t not in moved), self.root)
            raise _kept(where, _reason(exc)) from exc
        return [t for _, t in moves]

    def _roll_back(self, moved: list[Path], aside: list[tuple[Path, Path]]) -> None:
        for target in moved:
            _discard(target)
        for keep, target in aside:
            with contextlib.suppress(OSError):
                os.replace(keep, target)

    def failed(self, exc: OutputError) -> OutputError:
        """A write into the staging folder failed: the same message about the file's real place,
        saying that nothing was replaced."""
        pesan = exc.pesan.replace(str(self.dir), str(self.root))
        return OutputError(f"{pesan} Tidak ada berkas yang diganti; berkas hasil sebelumnya di folder keluaran "
                           "tetap utuh.", saran=exc.saran)

    def discard(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "izin ditolak (mungkin sedang dibuka di Word/Excel)"
    if exc.errno == errno.ENOSPC:
        return "ruang disk habis"
    return str(exc.strerror or exc)


def _kept(path: Path, reason: str) -> OutputError:
    return OutputError(
        f"Berkas keluaran '{path}' tidak dapat ditulis: {reason}. Tidak ada berkas yang diganti; "
        "berkas hasil sebelumnya di folder keluaran tetap utuh.",
        saran=_SARAN_TERBUKA if "izin" in reason else "Perbaiki masalah itu, lalu ulangi.",
    )


@contextlib.contextmanager
def staged(root: Path) -> Iterator[StagedSet]:
    """A ``StagedSet`` whose staging writes that fail say where the file belongs and that nothing changed."""
    with StagedSet(root) as stage:
        try:
            yield stage
        except OutputError as exc:
            if str(stage.dir) not in exc.pesan:
                raise
            raise stage.failed(exc) from exc
