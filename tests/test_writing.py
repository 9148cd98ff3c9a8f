"""Writing a run's output: all or nothing, the previous set kept whole on failure, leftovers of killed runs swept.

Every failure is made to happen at test time (a read-only folder, a folder where a document goes, a full disk
raised midway) and checked through the real ``iku-docs render``: exit code, Indonesian message with the path,
no traceback, the input unchanged and the previous files untouched (same inode, same bytes).
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from iku_docs import output
from iku_docs.cli import cli
from tests.paths import REPO as REPO_ROOT

SAMPLE = REPO_ROOT / "sample_workbooks" / "kabupaten-contoh.xlsx"
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_permissions = pytest.mark.skipif(ROOT or os.name != "posix", reason="root ignores file permissions")


@pytest.fixture()
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "masukan" / "kabupaten.xlsx"
    path.parent.mkdir()
    shutil.copyfile(SAMPLE, path)
    return path


def render(workbook: Path, out: Path, *extra: str):
    before = hashlib.sha256(workbook.read_bytes()).hexdigest()
    start = time.monotonic()
    result = CliRunner().invoke(cli, ["render", str(workbook), "--output", str(out), *extra], obj={})
    assert time.monotonic() - start < 120
    assert hashlib.sha256(workbook.read_bytes()).hexdigest() == before  # the input is never modified
    assert "Traceback" not in result.output and "Galat tak terduga" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def state(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file below ``folder`` (hidden ones too) → (inode, sha256): a replaced file gets a new inode."""
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.rglob("*")) if p.is_file()}


def no_leftovers(folder: Path) -> None:
    hidden = [p for p in folder.rglob(".*")]
    assert hidden == [], hidden


@pytest.fixture()
def previous(workbook: Path, tmp_path: Path) -> tuple[Path, dict[str, tuple[int, str]]]:
    out = tmp_path / "hasil"
    assert render(workbook, out).exit_code == 0
    docs = sorted(p.name for p in out.rglob("*.docx"))
    assert len(docs) > 3 and (out / "laporan" / "laporan-validasi.html").is_file()
    return out, state(out)


@needs_permissions
def test_an_output_folder_inside_a_read_only_folder_gives_izin_ditolak(workbook, tmp_path):
    locked = tmp_path / "terkunci"
    locked.mkdir(mode=0o555)
    try:
        result = render(workbook, locked / "hasil")
        assert result.exit_code == 2
        assert "izin ditolak" in result.output and str(locked / "hasil") in result.output
    finally:
        locked.chmod(0o755)
    assert list(locked.iterdir()) == []


@needs_permissions
def test_a_read_only_output_folder_gives_izin_ditolak_and_stays_empty(workbook, tmp_path):
    out = tmp_path / "hasil"
    out.mkdir(mode=0o555)
    try:
        result = render(workbook, out)
        assert result.exit_code == 2
        assert "izin ditolak" in result.output and str(out) in result.output
    finally:
        out.chmod(0o755)
    assert list(out.iterdir()) == []


def test_a_folder_in_the_place_of_a_document_keeps_the_previous_set_whole(workbook, previous):
    out, before = previous
    victim = sorted(out.rglob("pk-*.docx"))[0]
    victim.unlink()
    (victim).mkdir()
    (victim / "milik-pengguna.txt").write_text("jangan dihapus")
    before = state(out)
    result = render(workbook, out)
    assert result.exit_code == 2
    assert "di tempatnya ada folder" in result.output and victim.name in result.output
    assert "tetap utuh" in result.output
    assert state(out) == before  # not one file replaced, the user's folder untouched
    no_leftovers(out)


@needs_permissions
def test_a_read_only_reports_subfolder_moves_nothing_in(workbook, previous):
    out, before = previous
    (out / "laporan").chmod(0o555)
    try:
        result = render(workbook, out)
    finally:
        (out / "laporan").chmod(0o755)
    assert result.exit_code == 2
    assert "izin ditolak" in result.output and "laporan" in result.output and "tetap utuh" in result.output
    assert state(out) == before
    no_leftovers(out)


@pytest.mark.parametrize("fail_at", [1, 5, -1], ids=["first", "midway", "last"])
def test_a_full_disk_while_the_set_moves_in_puts_the_previous_files_back(workbook, previous, monkeypatch, fail_at):
    out, before = previous
    real = os.replace
    calls: list[str] = []
    moving = len(before)  # moving aside N files, then N files in: fail_at counts from the start or the end

    def replace(src, dst):
        if ".iku-docs-" in str(src) and ".iku-docs-" in str(dst):  # a write inside the staging folder
            return real(src, dst)
        calls.append(str(dst))  # the set moving in: previous files aside, then new files in
        n = fail_at if fail_at > 0 else 2 * moving + fail_at + 1
        if len(calls) == n:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(output.os, "replace", replace)
    result = render(workbook, out)
    monkeypatch.undo()
    assert result.exit_code == 2, result.output
    assert "ruang disk habis" in result.output and "tetap utuh" in result.output and str(out) in result.output
    assert state(out) == before
    no_leftovers(out)


def test_a_full_disk_while_a_document_is_written_changes_nothing(workbook, previous, monkeypatch):
    out, before = previous
    real = os.fdopen
    opened: list[int] = []

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    def fdopen(fd, *args, **kwargs):
        opened.append(fd)
        fh = real(fd, *args, **kwargs)
        return Full(fh) if len(opened) == 6 else fh  # 1-3: the reports, then the documents

    monkeypatch.setattr(output.os, "fdopen", fdopen)
    result = render(workbook, out)
    monkeypatch.undo()
    assert result.exit_code == 2, result.output
    assert "ruang disk habis" in result.output and "tetap utuh" in result.output
    assert ".iku-docs-" not in result.output and str(out) in result.output
    assert state(out) == before
    no_leftovers(out)


def test_a_successful_run_replaces_the_set_and_leaves_nothing_hidden(workbook, previous):
    out, before = previous
    mine = out / "catatan-saya.txt"
    mine.write_text("milik pengguna")
    assert render(workbook, out).exit_code == 0
    after = state(out)
    assert set(after) == set(before) | {"catatan-saya.txt"}
    assert all(after[k][0] != before[k][0] for k in before)  # every document of the set is new
    assert mine.read_text() == "milik pengguna"
    no_leftovers(out)


def test_the_next_run_sweeps_only_this_tools_old_leftovers(workbook, previous):
    out, _ = previous
    old = time.time() - 2 * output.STALE_SECONDS
    ours_old = [out / ".perkada.docx.k2j_x9q1.tmp", out / "pk" / ".pk-a.docx.qwertyui.tmp",
                out / "laporan" / ".laporan-validasi.html.abcdefgh.tmp"]
    stage_old = out / ".iku-docs-a1b2c3d4.tmp"
    ours_new = out / "pk" / ".pk-dinkes.docx.zz11yy22.tmp"  # a write that may still be running
    users = [out / ".rahasia.tmp", out / "draf.abcdefgh.tmp", out / ".catatan.txt", out / ".draf.abcdefgh.tmp.bak"]
    user_dir = out / ".iku-docs-milik-saya"
    stage_old.mkdir()
    (stage_old / "perkada.docx").write_bytes(b"setengah")
    user_dir.mkdir()
    for p in (*ours_old, ours_new, *users):
        p.write_bytes(b"x")
    for p in (*ours_old, *users, stage_old, user_dir):
        os.utime(p, (old, old))
    assert render(workbook, out).exit_code == 0
    assert not any(p.exists() for p in (*ours_old, stage_old))
    assert ours_new.exists() and all(p.exists() for p in users) and user_dir.is_dir()


def test_validate_report_writes_its_three_reports_as_one_set(workbook, tmp_path, monkeypatch):
    out = tmp_path / "laporan"
    ok = CliRunner().invoke(cli, ["validate", str(workbook), "--report", str(out)], obj={})
    assert ok.exit_code == 0, ok.output
    before = state(out)
    assert len(before) == 3
    real = os.replace
    calls: list[str] = []

    def replace(src, dst):
        if ".iku-docs-" in str(src) and ".iku-docs-" in str(dst):
            return real(src, dst)
        calls.append(str(dst))
        if len(calls) == 5:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(output.os, "replace", replace)
    result = CliRunner().invoke(cli, ["validate", str(workbook), "--report", str(out)], obj={})
    monkeypatch.undo()
    assert result.exit_code == 2 and "tetap utuh" in result.output and "Traceback" not in result.output
    assert state(out) == before


@pytest.mark.parametrize("where", ["mkdir", "mkdtemp", "mkstemp"])
def test_a_read_only_mount_gives_izin_ditolak_also_as_root(workbook, tmp_path, monkeypatch, where):
    """Root ignores chmod, so the refusal of a read-only mount is raised where the OS would raise it."""
    out = tmp_path / "hasil"

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    if where == "mkdir":
        monkeypatch.setattr(output.Path, "mkdir", refuse)
    else:
        monkeypatch.setattr(output.tempfile, where, refuse)
    result = render(workbook, out)
    monkeypatch.undo()
    assert result.exit_code == 2, result.output
    assert "izin ditolak" in result.output and str(out) in result.output
    assert not out.exists() or not any(out.rglob("*.docx"))
