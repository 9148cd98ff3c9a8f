"""The page in a real browser: ``iku-docs serve --no-browser --port 0`` driven by Playwright and Debian's Chromium.

The server is the real command in a subprocess; the test reads the address from its first line, uploads
through the file input, waits for htmx to swap the results in, downloads the zip and reads every document
back, then stops the server with Ctrl+C (SIGINT) and checks that its uploads are gone. Screenshots at a
desktop width and a 1366x768 laptop screen go to ``$IKU_DOCS_SCREENSHOTS`` (default: the test's temporary
folder) for a person to look at. Chromium is installed by ``.ci/run``; without it the test is skipped.
"""

from __future__ import annotations

import base64
import io
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document

from iku_docs import pipeline
from tests.paths import REPO as REPO_ROOT

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium (/usr/bin/chromium) is not installed; "
                                                             ".ci/run installs it with apt-get install chromium")

ROOT = REPO_ROOT
SAMPLE = ROOT / "sample_workbooks" / "kabupaten-contoh.xlsx"
SALAH = ROOT / "sample_workbooks" / "contoh-salah.xlsx"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SCREENS = ((1920, 1080), (1366, 768))


class Server:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        env = {**os.environ, "TMPDIR": str(tmp), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "iku_docs.cli", "serve", "--no-browser", "--port", "0"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.url = self.lines.get(timeout=60).strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?t=[A-Za-z0-9_-]{20,}", self.url), self.url
        self.base = self.url.split("/?", 1)[0]

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)

    def stop(self) -> tuple[int, str]:
        self.proc.send_signal(signal.SIGINT)
        code = self.proc.wait(timeout=30)
        rest = []
        while not self.lines.empty():
            rest.append(self.lines.get())
        return code, "".join(rest)


@pytest.fixture
def server(tmp_path) -> Iterator[Server]:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    s = Server(tmp)
    yield s
    if s.proc.poll() is None:
        s.proc.kill()
        s.proc.wait()


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("IKU_DOCS_SCREENSHOTS") or tmp_path / "layar")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_upload(page, path: Path | list[Path], button: str = "Periksa dan buat dokumen") -> str:
    """Upload through the file input; returns the new upload's id once htmx has swapped in its finished result."""
    before = page.evaluate("document.getElementById('unggahan')?.dataset.id || ''")
    page.set_input_files("#berkas", [str(p) for p in path] if isinstance(path, list) else str(path))
    page.get_by_role("button", name=button).click()
    page.wait_for_function("(b) => { const u = document.getElementById('unggahan');"
                           " return u && u.dataset.id !== b && u.dataset.selesai === 'ya'; }", arg=before,
                           timeout=90_000)
    return page.evaluate("document.getElementById('unggahan').dataset.id")


def test_a_user_uploads_reads_the_report_downloads_the_zip_and_sees_findings_with_their_cells(
        server, browser, tmp_path):
    folder = shots(tmp_path)
    requested: list[str] = []
    for width, height in SCREENS:
        page = browser.new_page(viewport={"width": width, "height": height}, accept_downloads=True, locale="id-ID")
        page.on("request", lambda r: requested.append(r.url))
        page.goto(server.url)
        assert page.url == f"{server.base}/"  # the token went into a cookie, out of the address bar
        assert page.evaluate("typeof htmx") == "object"  # the vendored htmx loaded
        page.screenshot(path=str(folder / f"1-halaman-{width}.png"))

        # The sample: the report inside the page, the documents by kind, the zip.
        uid = new_upload(page, SAMPLE)
        assert page.url == f"{server.base}/u/{uid}"  # htmx pushed the result's own address
        assert page.locator("section.buku").get_attribute("data-status") == "berhasil"
        report = page.frame_locator("details.laporan-penuh iframe")
        report.locator("h1").wait_for()
        assert report.locator("h1").inner_text() == "Laporan Validasi Buku Kerja IKU"
        assert report.locator("#pohon-kinerja svg").count() == 1
        page.screenshot(path=str(folder / f"2-sampel-{width}.png"))
        listed = {a.get_attribute("href").split("/dokumen/", 1)[1]
                  for a in page.locator("details.jenis a").all()}
        with page.expect_download() as download:
            page.get_by_role("link", name=re.compile("Unduh semua dokumen")).click()
        data = Path(download.value.path()).read_bytes()
        assert download.value.suggested_filename == "dokumen-kabupaten-contoh.zip"
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            assert set(zf.namelist()) == listed
            cli = pipeline.render_workbook(SAMPLE, tmp_path / f"cli-{width}")
            assert listed == {p.relative_to(tmp_path / f"cli-{width}").as_posix() for p in cli.berkas}
            for name in zf.namelist():
                if name.endswith(".docx"):
                    assert Document(io.BytesIO(zf.read(name))).paragraphs, name

        # The sample with errors: its findings, each with its cell, inside the page.
        new_upload(page, SALAH)
        assert page.locator("section.buku").get_attribute("data-status") == "galat data"
        report = page.frame_locator("details.laporan-penuh iframe")
        report.locator("table.temuan").first.wait_for()
        shown = set()
        for table in report.locator("table.temuan").all():
            lembar = table.get_attribute("data-lembar")
            shown |= {(lembar, cell.strip()) for cell in table.locator("td.letak").all_inner_texts()}
        expected = {(t.lembar or "Berkas secara umum", t.sel or (f"baris {t.baris}" if t.baris else "–"))
                    for t in pipeline.check_workbook(SALAH).laporan.temuan}
        assert shown == expected
        assert "belum dapat ditampilkan" in report.locator("#pohon-kinerja").inner_text()
        page.screenshot(path=str(folder / f"3-salah-{width}.png"))
        page.frame_locator("details.laporan-penuh iframe").locator("#temuan").scroll_into_view_if_needed()
        page.screenshot(path=str(folder / f"4-salah-temuan-{width}.png"), full_page=True)
        page.close()
    assert all(u.startswith(server.base) or u.startswith("data:") for u in requested), \
        [u for u in requested if not u.startswith(server.base)]


def test_several_workbooks_get_a_status_each_and_periksa_saja_makes_no_document(server, browser, tmp_path):
    folder = shots(tmp_path)
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(server.url)
    new_upload(page, [SAMPLE, SALAH])
    rows = page.locator("table.ringkasan-batch tbody tr")
    assert [rows.nth(i).get_attribute("data-status") for i in range(rows.count())] == ["berhasil", "galat data"]
    page.screenshot(path=str(folder / "5-banyak-1366.png"), full_page=True)
    new_upload(page, SAMPLE, button="Periksa saja")  # htmx sends the button that was pressed
    assert page.locator("details.jenis").count() == 0
    assert "yang dipilih Periksa saja" in page.locator("section.buku").inner_text()


def test_a_workbook_dropped_anywhere_on_the_zone_is_taken_and_a_drop_elsewhere_is_cancelled(server, browser):
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(server.url)
    make = """([name, b64]) => { const dt = new DataTransfer();
        dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name)); return dt; }"""
    data = base64.b64encode(SAMPLE.read_bytes()).decode()
    # Off the zone, the page cancels the drop: the browser's own action would open the file instead of the page.
    assert page.evaluate("""() => { const e = new DragEvent("drop", {bubbles: true, cancelable: true,
        dataTransfer: new DataTransfer()}); document.querySelector("footer").dispatchEvent(e);
        return e.defaultPrevented; }""")
    dropped = page.evaluate_handle(make, [SAMPLE.name, data])
    page.dispatch_event("label.jatuhkan .ajakan", "drop", {"dataTransfer": dropped})  # on the text, not the input
    assert page.evaluate("document.getElementById('berkas').files.length") == 1
    assert page.locator("label.jatuhkan .terpilih").inner_text() == f"Dipilih (1): {SAMPLE.name}"
    page.get_by_role("button", name="Periksa saja").click()
    page.wait_for_selector("#unggahan[data-selesai='ya'] section.buku[data-status='berhasil']")


def test_the_page_works_without_javascript(server, browser, tmp_path):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(server.url)
    page.set_input_files("#berkas", str(SALAH))
    page.get_by_role("button", name="Periksa dan buat dokumen").click()
    page.wait_for_load_state()
    assert page.url == f"{server.base}/periksa#hasil"  # a plain form POST answered with a whole page
    assert page.locator("section.buku").get_attribute("data-status") == "galat data"
    page.screenshot(path=str(shots(tmp_path) / "6-tanpa-js-1366.png"))
    context.close()


def test_ctrl_c_stops_the_server_and_removes_the_uploads(server, browser):
    page = browser.new_page()
    page.goto(server.url)
    new_upload(page, SAMPLE)
    assert [p.name for p in server.tmp.iterdir() if p.name.startswith("iku-docs-web-")]
    code, output = server.stop()
    assert code == 0, output
    assert "Server iku-docs berhenti" in output
    assert not [p for p in server.tmp.iterdir() if p.name.startswith("iku-docs-web-")]
