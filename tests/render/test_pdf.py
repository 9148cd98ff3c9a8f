"""PDF conversion through LibreOffice: one soffice call, PDFs beside their documents, page sizes kept."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from iku_docs.documents import perkada, pk
from iku_docs.errors import IkuDocsError
from iku_docs.render import pdf
from iku_docs.render.docx import render_docx
from tests.factories import make_pemda, program

needs_soffice = pytest.mark.skipif(pdf.find_soffice() is None or shutil.which("pdfinfo") is None,
                                   reason="LibreOffice or poppler-utils not installed (CI installs them)")

MM = 72 / 25.4
F4 = (215 * MM, 330 * MM)  # 609.4 × 935.4 pt
A4 = (210 * MM, 297 * MM)


def page_sizes(path: Path) -> list[tuple[float, float]]:
    pages = int(re.search(r"Pages:\s+(\d+)", _pdfinfo(path)).group(1))
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", _pdfinfo(path, "-f", "1", "-l", str(pages)))
    assert len(sizes) == pages
    return [(float(w), float(h)) for w, h in sizes]


def _pdfinfo(path: Path, *args: str) -> str:
    return subprocess.run(["pdfinfo", *args, str(path)], capture_output=True, text=True, check=True).stdout


def close(size: tuple[float, float], paper: tuple[float, float]) -> bool:
    return abs(size[0] - paper[0]) < 1.5 and abs(size[1] - paper[1]) < 1.5


def render_all(model, folder: Path, docs) -> list[Path]:
    return [render_docx(d.templat, d.isi(), folder / d.berkas, pengaturan=model.pengaturan, judul=d.judul)
            for d in docs]


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """Perkada (F4), a Kota Perkada on A4, and two PKs in a subfolder: converted in one call."""
    out = tmp_path_factory.mktemp("hasil")
    model = make_pemda()
    kota = replace(model, jenis_daerah="Kota", nama_daerah="Yogyakarta",
                   pengaturan=replace(model.pengaturan, ukuran_kertas="A4", bentuk_batang_tubuh="Diktum"))
    paths = render_all(model, out, perkada.documents(model))
    paths += render_all(kota, out, perkada.documents(kota))
    paths += render_all(model, out, pk.documents(model)[:2])
    panjang = _pk_with_many_programs(model)
    paths.append(render_docx(panjang.templat, panjang.isi(), out / "pk" / "pk-dinkes-panjang.docx",
                             pengaturan=model.pengaturan))
    calls = []
    real_run = subprocess.run

    def counting_run(command, *args, **kwargs):
        calls.append(command)
        return real_run(command, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pdf.subprocess, "run", counting_run)
        pdfs = pdf.convert_to_pdf(paths, out)
    return paths, pdfs, calls


def _pk_with_many_programs(model):
    """The Dinas Kesehatan PK with 16 programs: its last program no longer fits on the attachment page."""
    extra = tuple(program("DINKES", f"Program Tambahan Nomor {k} untuk Pelayanan Kesehatan Masyarakat",
                          1_000_000_000, None) for k in range(14))
    pds = tuple(replace(pd, program=pd.program + extra) if pd.kode == "DINKES" else pd
                for pd in model.perangkat_daerah)
    return next(d for d in pk.documents(replace(model, perangkat_daerah=pds)) if "dinkes" in d.berkas)


def page_texts(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")[:-1]


@needs_soffice
def test_all_documents_of_a_run_are_converted_in_one_soffice_call_with_a_private_profile(converted):
    paths, pdfs, calls = converted
    assert len(calls) == 1
    assert any(str(arg).startswith("-env:UserInstallation=file://") for arg in calls[0])
    assert pdfs == [p.with_suffix(".pdf") for p in paths]
    assert all(p.is_file() and p.stat().st_size > 0 for p in pdfs)
    assert pdfs[-2].parent.name == "pk"  # beside its .docx, not in the top folder
    assert not list(paths[0].parent.glob(".*.tmp"))


@needs_soffice
def test_perkada_pages_are_f4_portrait_then_landscape_lampiran(converted):
    sizes = page_sizes(converted[1][0])
    model = make_pemda()
    # body (3+ pages), Lampiran I (1+), Lampiran II (a new page per Perangkat Daerah)
    assert 3 + 1 + len(model.perangkat_daerah) <= len(sizes) <= 20
    portrait = [s for s in sizes if s[0] < s[1]]
    assert all(close(s, F4) for s in portrait) and len(portrait) >= 3
    assert all(close(s, (F4[1], F4[0])) for s in sizes[len(portrait):])
    assert sizes[:len(portrait)] == portrait  # no portrait page after the first landscape one
    assert len(sizes) - len(portrait) >= 1 + len(model.perangkat_daerah)


@needs_soffice
def test_a4_setting_reaches_every_page_including_the_landscape_lampiran(converted):
    sizes = page_sizes(converted[1][1])
    assert all(close(s, A4) or close(s, (A4[1], A4[0])) for s in sizes)
    assert any(s[0] > s[1] for s in sizes) and sizes[0][0] < sizes[0][1]


@needs_soffice
def test_other_documents_keep_their_paper_size(converted):
    for path in converted[1][2:]:
        sizes = page_sizes(path)
        assert 1 <= len(sizes) <= 10
        assert all(close(s, F4) or close(s, (F4[1], F4[0])) for s in sizes)


@needs_soffice
def test_pk_total_moves_to_a_new_page_with_the_last_program_and_the_signatures(converted):
    pages = page_texts(converted[1][-1])
    last = next(p for p in pages if "JUMLAH" in p)
    assert pages.index(last) == len(pages) - 1 > 1  # the attachment ran onto a second page
    assert "Program Tambahan Nomor 13" in last  # never a repeated header over a lone JUMLAH row
    assert "PIHAK PERTAMA" in last and "NIP. 19700101 199503 1 001" in last  # the signature block whole
    # and only what did not fit moved: the page before is filled with programs up to the row before.
    before = [int(n) for n in re.findall(r"Program Tambahan Nomor (\d+)", pages[-2])]
    moved = [int(n) for n in re.findall(r"Program Tambahan Nomor (\d+)", last)]
    assert before and moved[0] == max(before) + 1 and len(moved) < len(before)


@needs_soffice
def test_no_lampiran_page_holds_only_the_signature(converted):
    for path in converted[1][:2]:
        signed = [p for p in page_texts(path) if "H. AHMAD SUDRAJAT" in p and "LAMPIRAN" not in p]
        assert signed, "the Lampiran signatures were not found"
        lampiran = [p for p in signed if "Diundangkan" not in p]  # not the regulation's own closing
        assert len(lampiran) == 2 and all("Sumber data" in p for p in lampiran)


def test_without_libreoffice_the_message_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    with pytest.raises(IkuDocsError) as info:
        pdf.convert_to_pdf([tmp_path / "a.docx"], tmp_path)
    message = str(info.value)
    assert "LibreOffice tidak ditemukan" in message
    assert "apt-get install libreoffice-writer-nogui" in message and "Windows" in message


def test_nothing_to_convert_starts_nothing(monkeypatch, tmp_path):
    monkeypatch.setattr(pdf, "find_soffice", lambda: pytest.fail("LibreOffice must not be looked for"))
    assert pdf.convert_to_pdf([], tmp_path) == []


def test_documents_with_the_same_name_in_different_folders_need_a_second_call():
    paths = [Path("/x/a.docx"), Path("/x/b.docx"), Path("/x/pk/a.docx"), Path("/x/pk/c.docx")]
    assert pdf._batches(paths) == [[Path("/x/a.docx"), Path("/x/b.docx"), Path("/x/pk/c.docx")],
                                   [Path("/x/pk/a.docx")]]
