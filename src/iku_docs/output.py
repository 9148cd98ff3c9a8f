"""Atomic writes: a document, report or workbook is either complete on disk or not there at all.

Leaf module (imports only ``errors``): every stage that writes a file uses it.
"""

from __future__ import annotations

import contextlib
import os
import re
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


# 1980-01-01 is the earliest date a zip can hold; any fixed value makes output reproducible.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed member timestamps and a stable order.

    python-docx and openpyxl stamp each member with the current time, so the same
    input would give different bytes on every run; archives need identical output.
    ``[Content_Types].xml`` stays first, as Office expects.
    """
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    first = [n for n in names if n == "[Content_Types].xml"]
    ordered = first + sorted(n for n in names if n != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            data = src.read(name)
            if name == "docProps/core.xml":
                data = _fix_core_dates(data)
            dst.writestr(info, data)
    return out.getvalue()


# openpyxl stamps dcterms:created/modified with the time of saving (openpyxl/writer/excel.py
# ``save_workbook``), which no caller can turn off; fixed here for every package. Same value as
# render/docx.FIXED_TIME, so Word and Excel outputs agree.
_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")
_FIXED_W3CDTF = b"2000-01-01T00:00:00Z"


def _fix_core_dates(xml: bytes) -> bytes:
    return _CORE_DATE.sub(lambda m: m.group(1) + _FIXED_W3CDTF + m.group(3), xml)
