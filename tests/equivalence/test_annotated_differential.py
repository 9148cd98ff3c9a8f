"""Differential tests of the annotated copy (``<name>-catatan.xlsx``) on workbooks written in other ways.

Pins the annotated-copy patcher (report/annotated.py with package.py, sheetxml.py, xlstyles.py, notes.py), which
edits the input package in place at the byte level instead of loading and saving it with openpyxl (tens of times
slower, and it dropped images). It exists so that two independent readers, openpyxl and LibreOffice, keep seeing
the input's content plus exactly our marks. For each input: every value of every input sheet is unchanged in the
copy, the highlighted cells are exactly the cells of the findings in laporan-validasi.json, each such cell has a
comment holding its messages, existing comments, defined names and sheet states survive, and LibreOffice converts
every copy to PDF (one soffice call).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName

from iku_docs.pipeline import validate_workbook
from iku_docs.report.annotated import SHEET_CATATAN

ROOT = Path(__file__).resolve().parents[2]
SALAH = ROOT / "sample_workbooks" / "contoh-salah.xlsx"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
USER_COMMENT = "Komentar asli pengguna"


def rewrite_sheets(src: Path, dst: Path, transform) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet") and info.filename.endswith(".xml"):
                data = transform(data)
            zout.writestr(info.filename, data)
    return dst


def prefixed_single_quoted(x: bytes) -> bytes:
    """<x:c s='5' r='A1'>, rows without r: what hand-written or unusual generators save."""
    x = re.sub(rb'(<row\b[^>]*?)\s+r="\d+"', rb"\1", x)

    def tag(m: re.Match[bytes]) -> bytes:
        pairs = re.findall(rb'([\w:]+)="([^"]*)"', m.group(2))[::-1]
        return b"<" + m.group(1) + b"".join(b" " + k + b"='" + v + b"'" for k, v in pairs) + m.group(3)
    x = re.sub(rb"<(c|row)((?:\s+[\w:]+=\"[^\"]*\")*)\s*(/?>)", tag, x)
    x = re.sub(rb"<(/?)([A-Za-z]\w*)(?=[\s/>])", rb"<\1x:\2", x)
    return x.replace(f'xmlns="{MAIN}"'.encode(), f'xmlns:x="{MAIN}"'.encode(), 1).replace(b"><", b">\n<")


def with_comments_names_and_hidden_sheets(dst: Path, cells: list[tuple[str, str]]) -> Path:
    wb = openpyxl.load_workbook(SALAH)
    for sheet, ref in cells:
        wb[sheet][ref].comment = Comment(USER_COMMENT, "Budi")
    wb["IKU Pemda"]["Z50"].comment = Comment("komentar jauh dari temuan", "Ani")
    wb.defined_names["NamaSaya"] = DefinedName("NamaSaya", attr_text="'IKU Pemda'!$A$1:$B$3")
    wb["IKU Pemda"].defined_names["Lokal"] = DefinedName("Lokal", attr_text="'IKU Pemda'!$C$1")
    wb["Perangkat Daerah"].sheet_state = "hidden"
    wb["Daftar"].sheet_state = "veryHidden"
    wb.active = 5
    wb.save(dst)
    return dst


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path, dict]]:
    """name → (input, annotated copy, laporan-validasi.json) for each kind of input."""
    folder = tmp_path_factory.mktemp("catatan")
    first = validate_workbook(SALAH, folder / "asli")
    cells = sorted({(t.lembar, t.sel) for t in first.laporan.temuan if t.lembar and t.sel})[:3]
    inputs = {
        "asli": SALAH,
        "xml_tidak_lazim": rewrite_sheets(SALAH, folder / "xml-tidak-lazim.xlsx", prefixed_single_quoted),
        "komentar_nama_tersembunyi": with_comments_names_and_hidden_sheets(folder / "komentar.xlsx", cells),
    }
    result = {}
    for name, path in inputs.items():
        out = folder / name
        if name != "asli":
            validate_workbook(path, out)
        report = json.loads((out / "laporan-validasi.json").read_text())
        result[name] = (path, out / f"{path.stem}-catatan.xlsx", report)
    return result


def fill_of(cell) -> tuple:
    return cell.fill.fill_type, cell.fill.fgColor.rgb if cell.fill.fgColor is not None else None


def expected_marks(report: dict, wb) -> dict[tuple[str, str], list[str]]:
    """(sheet, A1) → messages: the finding's cell, else column A of its row, else A1; merged cells at their anchor."""
    marks: dict[tuple[str, str], list[str]] = {}
    for t in report["temuan"]:
        ref = t["sel"] or (f"A{t['baris']}" if t["baris"] else "A1")
        if not t["lembar"] or t["lembar"] not in wb.sheetnames or ":" in ref:
            continue
        for merged in wb[t["lembar"]].merged_cells.ranges:
            if ref in merged:
                ref = merged.start_cell.coordinate
        marks.setdefault((t["lembar"], ref), []).append(t["pesan"])
    return marks


@pytest.mark.parametrize("name", ["asli", "xml_tidak_lazim", "komentar_nama_tersembunyi"])
def test_the_copy_keeps_every_value_and_marks_exactly_the_finding_cells_with_their_messages(name, copies):
    source, copy, report = copies[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        before, after = openpyxl.load_workbook(source), openpyxl.load_workbook(copy)
    assert after.sheetnames == [SHEET_CATATAN, *before.sheetnames]
    marks = expected_marks(report, before)
    assert len(marks) > 10  # contoh-salah.xlsx has findings on several sheets
    highlighted = set()
    for ws in before.worksheets:
        out = after[ws.title]
        assert out.sheet_state == ws.sheet_state
        for row in ws.iter_rows():
            for cell in row:
                copied = out[cell.coordinate]
                assert copied.value == cell.value, (ws.title, cell.coordinate)
                if fill_of(copied) != fill_of(cell):
                    highlighted.add((ws.title, cell.coordinate))
                if cell.comment is not None:  # the user's own comment stays, beside ours
                    assert cell.comment.text in copied.comment.text, (ws.title, cell.coordinate)
        for (sheet, ref), messages in marks.items():
            if sheet == ws.title:
                if out[ref].fill.fill_type is not None:
                    highlighted.add((sheet, ref))
                text = out[ref].comment.text if out[ref].comment else ""
                assert all(m in text for m in messages), (sheet, ref, text)
    assert highlighted == set(marks)
    assert set(after.defined_names) == set(before.defined_names)
    for ws in before.worksheets:
        assert set(after[ws.title].defined_names) == set(ws.defined_names)


def test_a_user_comment_on_a_finding_cell_is_kept_with_the_finding_message(copies):
    source, copy, report = copies["komentar_nama_tersembunyi"]
    before, after = openpyxl.load_workbook(source), openpyxl.load_workbook(copy)
    commented = [(s, r) for s, r in expected_marks(report, after) if before[s][r].comment is not None]
    assert sum(before[s][r].comment.text == USER_COMMENT for s, r in commented) == 3
    for sheet, ref in commented:
        assert before[sheet][ref].comment.text in after[sheet][ref].comment.text
        assert after[sheet][ref].comment.text.count("\n") > before[sheet][ref].comment.text.count("\n")
    assert after["IKU Pemda"]["Z50"].comment.text.startswith("komentar jauh")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_turns_every_copy_into_a_pdf(copies, tmp_path):
    paths = [str(copies[name][1]) for name in ("xml_tidak_lazim", "komentar_nama_tersembunyi")]  # asli: test_annotated
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'profil'}", "--convert-to",
                    "pdf", "--outdir", str(tmp_path / "pdf"), *paths], check=True, capture_output=True, timeout=240)
    for path in paths:
        pdf = tmp_path / "pdf" / f"{Path(path).stem}.pdf"
        assert pdf.exists() and pdf.stat().st_size > 10_000, path
