"""The one user-facing exception, and where in the workbook a problem lies.

Leaf module: imports nothing from the package. Every problem a user can cause that
stops the run is an ``IkuDocsError`` with an Indonesian message; problems in the
data that do not stop the run are ``findings.Temuan`` instead.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Lokasi:
    """A place in a workbook (or a template/output file) that a message points at."""

    lembar: str | None = None
    sel: str | None = None
    baris: int | None = None
    kolom: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.lembar:
            parts.append(f"lembar '{self.lembar}'")
        if self.sel:
            parts.append(f"sel {self.sel}")
        elif self.baris:
            parts.append(f"baris {self.baris}")
        if self.kolom:
            parts.append(f"kolom '{self.kolom}'")
        return ", ".join(parts)


class IkuDocsError(Exception):
    """A problem the user can fix; the CLI prints it and exits with ``exit_code``."""

    exit_code = 2

    def __init__(self, pesan: str, lokasi: Lokasi | None = None, saran: str | None = None,
                 berkas: str | None = None) -> None:
        super().__init__(pesan)
        self.pesan = pesan
        self.lokasi = lokasi
        self.saran = saran
        self.berkas = berkas

    def format_message(self) -> str:
        lines = []
        where = ", ".join(p for p in (self.berkas and f"berkas '{self.berkas}'", self.lokasi and str(self.lokasi)) if p)
        lines.append(f"{where}: {self.pesan}" if where else self.pesan)
        if self.saran:
            lines.append(f"Saran: {self.saran}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.format_message()


class WorkbookError(IkuDocsError):
    """The file cannot be read as a workbook of this standard (exit 2)."""


class UserTemplateError(IkuDocsError):
    """A Word template (usually a user's own) cannot be rendered."""


class OutputError(IkuDocsError):
    """An output file cannot be written (folder not writable, file open in Word...)."""


class DataError(IkuDocsError):
    """The workbook was read but its data has errors (``galat``); nothing rendered."""

    exit_code = 1

    def __init__(self, pesan: str, lokasi: Lokasi | None = None, saran: str | None = None,
                 berkas: str | None = None, hasil: object = None) -> None:
        super().__init__(pesan, lokasi, saran, berkas)
        self.hasil = hasil  # pipeline.HasilValidasi, so the CLI can print the findings
