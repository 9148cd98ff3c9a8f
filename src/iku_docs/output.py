"""Atomic writes: a document, report or workbook is either complete on disk or not there at all.

Leaf module (imports only ``errors``): every stage that writes a file uses it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from iku_docs.errors import Lokasi, OutputError


def write_atomic(path: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place.

    The rename is atomic on one filesystem, so an interrupted run never leaves a
    half-written document; a target held open by Word (Windows) or read-only gives
    a clear message instead of a traceback.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are shared documents
        os.replace(tmp, path)
    except PermissionError as exc:
        _discard(tmp)
        raise OutputError(
            f"Berkas keluaran '{path}' tidak dapat ditulis (izin ditolak).",
            lokasi=Lokasi(),
            saran="Tutup berkas itu bila sedang dibuka di Word/Excel, atau pilih folder keluaran lain.",
        ) from exc
    except OSError as exc:
        _discard(tmp)
        raise OutputError(
            f"Berkas keluaran '{path}' tidak dapat ditulis: {exc.strerror or exc}.",
            saran="Periksa ruang disk dan izin folder keluaran.",
        ) from exc
    except BaseException:
        _discard(tmp)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    return write_atomic(path, lambda fh: fh.write(data))


def _discard(tmp: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)


