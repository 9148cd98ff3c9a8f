"""PDF copies of the rendered Word documents through LibreOffice, all in one soffice call.

Starting LibreOffice costs seconds, converting a document a fraction of that, so every .docx
of a run goes into a single ``soffice --convert-to pdf`` call (a second call only when two
documents in different folders share a file name, since ``--outdir`` is one folder).
Each call gets its own throw-away user profile (``-env:UserInstallation``): two runs at the
same time would otherwise fight over the default profile and one of them silently does nothing.
PDFs are written to a temporary folder first and moved beside their .docx with ``os.replace``,
so a PDF on disk is always complete.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from iku_docs.errors import IkuDocsError, Lokasi, OutputError

TIMEOUT_DASAR = 120  # seconds for the first document (LibreOffice start-up included)
TIMEOUT_PER_BERKAS = 30
_PROGRAM = ("soffice", "libreoffice")
_WINDOWS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
            r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


def find_soffice() -> str | None:
    """The LibreOffice executable: on PATH, or in its usual Windows folder."""
    for name in _PROGRAM:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _WINDOWS if os.path.isfile(p)), None)


def convert_to_pdf(docx_paths: Sequence[Path], output_dir: Path) -> list[Path]:
    """Write ``<name>.pdf`` beside every ``<name>.docx``; returns the PDFs in the order given.

    ``output_dir`` is the run's output folder: it only names the place in messages, the PDFs
    always go beside their documents (``pk/pk-dinkes-2026.pdf`` next to ``pk/pk-dinkes-2026.docx``).
    """
    if not docx_paths:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise IkuDocsError(
            "LibreOffice tidak ditemukan, sehingga berkas PDF tidak dapat dibuat. Dokumen Word (.docx) sudah "
            f"ditulis di '{output_dir}'.",
            lokasi=Lokasi(),
            saran="Pasang LibreOffice: di Debian/Ubuntu 'sudo apt-get install libreoffice-writer-nogui'; di "
                  "Windows unduh dan pasang LibreOffice dari https://www.libreoffice.org/ lalu ulangi dengan --pdf. "
                  "Tanpa --pdf hanya dokumen Word yang dibuat.",
        )
    for batch in _batches([Path(p).resolve() for p in docx_paths]):
        _convert(soffice, batch, output_dir)
    return [Path(p).with_suffix(".pdf") for p in docx_paths]


def _batches(paths: list[Path]) -> list[list[Path]]:
    """Split only where two documents would produce the same PDF name in the shared --outdir."""
    batches: list[tuple[set[str], list[Path]]] = []
    for path in dict.fromkeys(paths):
        target = next((b for b in batches if path.stem not in b[0]), None)
        if target is None:
            target = (set(), [])
            batches.append(target)
        target[0].add(path.stem)
        target[1].append(path)
    return [b[1] for b in batches]


def _convert(soffice: str, paths: list[Path], folder: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="iku-docs-pdf-") as tmp:
        tmp_dir = Path(tmp)
        profile = (tmp_dir / "profil").as_uri()
        out_dir = tmp_dir / "pdf"
        out_dir.mkdir()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, paths)]
        timeout = TIMEOUT_DASAR + TIMEOUT_PER_BERKAS * len(paths)
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise OutputError(
                f"LibreOffice tidak selesai mengubah {len(paths)} dokumen di '{folder}' menjadi PDF dalam "
                f"{timeout} detik.",
                lokasi=Lokasi(),
                saran="Tutup jendela LibreOffice yang masih terbuka, lalu ulangi; dokumen Word sudah tersedia.",
            ) from exc
        except OSError as exc:
            raise OutputError(
                f"LibreOffice ('{soffice}') tidak dapat dijalankan: {exc.strerror or exc}.",
                lokasi=Lokasi(),
                saran="Periksa pemasangan LibreOffice, atau jalankan tanpa --pdf.",
            ) from exc
        missing = [p for p in paths if not (out_dir / f"{p.stem}.pdf").is_file()]
        if missing:
            names = ", ".join(p.name for p in missing)
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise OutputError(
                f"LibreOffice tidak menghasilkan PDF untuk: {names}"
                + (f" (pesan LibreOffice: {detail[-1]})" if detail else "") + ".",
                lokasi=Lokasi(),
                saran="Buka dokumen itu di Word atau LibreOffice untuk memeriksanya; dokumen Word sudah tersedia.",
            )
        for path in paths:
            _move(out_dir / f"{path.stem}.pdf", path.with_suffix(".pdf"))


def _move(src: Path, dst: Path) -> None:
    """Copy into the destination folder under a temporary name, then rename: never a half PDF."""
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=dst.parent)
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
    except PermissionError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(
            f"Berkas PDF '{dst}' tidak dapat ditulis (izin ditolak).",
            lokasi=Lokasi(),
            saran="Tutup berkas PDF itu bila sedang dibuka, lalu ulangi.",
        ) from exc
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
