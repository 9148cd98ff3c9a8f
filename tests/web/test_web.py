"""The local web page, through Flask's test client: safety, the forms, uploads, results and downloads.

Every result is checked against what the library (the CLI's own calls) gives for the same workbook:
the same messages, the same documents, the same reports. Documents are read back with python-docx.
"""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import threading
import time
import zipfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from iku_docs import pipeline
from iku_docs.batch import BatchResult, summary_html
from iku_docs.documents import DEFAULT_KIND_NAMES as KIND_NAMES
from iku_docs.errors import IkuDocsError
from iku_docs.web.app import close_app, create_app, gudang
from tests.paths import REPO as REPO_ROOT
from tests.workbook import test_corpus as corpus

ROOT = REPO_ROOT
SAMPLE = ROOT / "sample_workbooks" / "kabupaten-contoh.xlsx"
SALAH = ROOT / "sample_workbooks" / "contoh-salah.xlsx"
KOTA = ROOT / "tests" / "data" / "kota-contoh.xlsx"
TOKEN = "kunci-uji-yang-panjang"
COOKIE = "iku-docs-uji"
HOST = "localhost"  # the test client's default Host header


@pytest.fixture
def app(tmp_path):
    application = create_app(token=TOKEN, root=tmp_path / "akar", hosts=(HOST,), cookie=COOKIE, warm=False)
    yield application
    close_app(application)


@pytest.fixture
def client(app):
    c = app.test_client()
    c.set_cookie(COOKIE, TOKEN)
    return c


class Page(HTMLParser):
    """Links, forms, tables and text of a page, as a test reads them."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.links: list[str] = []
        self.urls: list[str] = []
        self.inputs: list[dict[str, str]] = []
        self.forms: list[dict[str, str]] = []
        self.rows: list[list[str]] = []
        self.headers: list[str] = []
        self.sections: dict[str, str] = {}
        self.kinds: dict[str, list[str]] = {}
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._kind: str | None = None
        self._link: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        self.urls += [v for k, v in attrs if k in ("href", "src", "action", "hx-get", "hx-post") and v]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
            self._link = a["href"]
        if tag == "input":
            self.inputs.append(a)
        if tag == "form":
            self.forms.append(a)
        if tag == "section" and "data-status" in a:
            self.sections[a["id"]] = a["data-status"]
        if tag == "details" and "data-jenis" in a:
            self._kind = a["data-jenis"]
            self.kinds[self._kind] = []
        if tag == "tr":
            self._row = []
        if tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "a":
            self._link = None
        if tag == "details":
            self._kind = None
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        if tag == "tr" and self._row is not None:
            if self._row and self._row[0] == "No":
                self.headers = self._row
            elif self._row:
                self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if self._kind is not None and self._link and "/dokumen/" in self._link and data.strip().endswith(
                (".docx", ".xlsx")):
            self.kinds[self._kind].append(self._link.split("/dokumen/", 1)[1])


def text_of(response) -> str:
    """The visible text, entities decoded and whitespace collapsed, for comparing with library messages."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", response.get_data(as_text=True), flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def upload(client, *paths: Path, names: tuple[str, ...] = (), aksi: str = "buat",
           documents: tuple[str, ...] = KIND_NAMES, htmx: bool = False, **extra):
    data = {"token": TOKEN, "aksi": aksi, "dokumen": list(documents),
            "berkas": [(io.BytesIO(p.read_bytes()), names[i] if i < len(names) else p.name)
                       for i, p in enumerate(paths)], **extra}
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post("/periksa", data=data, content_type="multipart/form-data", headers=headers)


def upload_id(response) -> str:
    match = re.search(r'data-id="([A-Za-z0-9_-]+)"', response.get_data(as_text=True))
    assert match, "no upload on the page"
    return match.group(1)


def rendered(tmp_path: Path, workbook: Path, **options) -> set[str]:
    """The documents ``iku-docs render`` writes for ``workbook``: what the page must offer."""
    out = tmp_path / f"cli-{workbook.stem}"
    result = pipeline.render_workbook(workbook, out, **options)
    return {p.relative_to(out).as_posix() for p in result.berkas}


# --- safety --------------------------------------------------------------------------------


def test_the_printed_address_sets_the_token_cookie_and_redirects_to_the_bare_page(app):
    c = app.test_client()
    response = c.get(f"/?t={TOKEN}")
    assert response.status_code == 303 and response.headers["Location"] == "/"
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith(f"{COOKIE}={TOKEN};") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert c.get("/").status_code == 200  # the cookie alone now opens the page


@pytest.mark.parametrize("path", ["/", "/static/htmx.min.js", "/gaya/laporan.css", "/u/abc", "/templat-word.zip"])
def test_a_request_without_the_token_or_with_a_wrong_one_is_refused_with_403(app, path):
    anonymous = app.test_client()
    wrong = app.test_client()
    wrong.set_cookie(COOKIE, "salah")
    for c, url in ((anonymous, path), (wrong, path), (anonymous, f"{path}?t=salah")):
        response = c.get(url)
        assert response.status_code == 403
        assert "Akses ditolak" in text_of(response) and "Traceback" not in text_of(response)


def test_a_post_needs_the_token_in_the_form_too_not_only_the_cookie(client):
    response = client.post("/periksa", data={"berkas": (io.BytesIO(SAMPLE.read_bytes()), SAMPLE.name)},
                           content_type="multipart/form-data")
    assert response.status_code == 403
    assert client.post("/templat", data={"periode": "2025-2029"}).status_code == 403
    assert client.post("/templat", data={"periode": "2025-2029", "token": "salah"}).status_code == 403


def test_a_foreign_host_header_is_refused_with_400(client):
    for base in ("http://evil.example/", "http://127.0.0.1.evil.example/", "http://localhost:9999/"):
        response = client.get("/", base_url=base)
        assert response.status_code == 400
        assert "Alamat server tidak dikenal" in text_of(response)


def test_an_error_page_is_styled_without_the_token_its_stylesheets_would_need(app):
    response = app.test_client().get("/")
    assert response.status_code == 403 and "<style>" in response.get_data(as_text=True)
    assert "/gaya/laporan.css" not in response.get_data(as_text=True)
    assert "style-src 'unsafe-inline'" in response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_every_page_forbids_foreign_scripts_and_framing_and_is_not_cached(client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer" and response.headers["Cache-Control"] == "no-store"


# --- the page ------------------------------------------------------------------------------


def test_the_page_has_both_forms_as_plain_posts_and_no_external_asset(client):
    response = client.get("/")
    assert response.status_code == 200
    page = Page(response.get_data(as_text=True))
    forms = {f["action"].split("#")[0]: f for f in page.forms}
    assert forms["/periksa"]["method"] == "post" and forms["/periksa"]["enctype"] == "multipart/form-data"
    assert forms["/templat"]["method"] == "post"
    assert [i["value"] for i in page.inputs if i.get("name") == "token"] == [TOKEN, TOKEN]
    assert [i["value"] for i in page.inputs if i.get("name") == "dokumen"] == list(KIND_NAMES)
    berkas = next(i for i in page.inputs if i.get("name") == "berkas")
    assert berkas["type"] == "file" and "multiple" in berkas
    assert all(u.startswith(("/", "#", "data:")) for u in page.urls), page.urls
    text = text_of(response)
    assert "Periksa dan buat dokumen" in text and "Buat buku kerja kosong" in text and "Periksa saja" in text


def test_the_vendored_htmx_is_a_2x_release_served_locally_with_its_licence(client):
    response = client.get("/static/htmx.min.js")
    assert response.status_code == 200
    assert re.search(r'version:"2\.\d+\.\d+"', response.get_data(as_text=True))
    licence = (ROOT / "src" / "iku_docs" / "web" / "static" / "htmx.LICENSE.txt").read_text(encoding="utf-8")
    assert "Zero-Clause BSD" in licence and "htmx.org" in licence


def test_the_page_uses_the_reports_own_stylesheet(client):
    from iku_docs.report.html import stylesheet

    assert client.get("/gaya/laporan.css").get_data(as_text=True) == stylesheet()
    assert '<link rel="stylesheet" href="/gaya/laporan.css">' in client.get("/").get_data(as_text=True)


def test_the_pdf_option_is_disabled_with_the_reason_when_libreoffice_is_missing(client, monkeypatch):
    import iku_docs.render.pdf

    monkeypatch.setattr(iku_docs.render.pdf, "find_soffice", lambda: None)
    page = Page(client.get("/").get_data(as_text=True))
    assert "disabled" in next(i for i in page.inputs if i.get("name") == "pdf")
    assert "LibreOffice tidak ditemukan di komputer ini" in text_of(client.get("/"))
    monkeypatch.setattr(iku_docs.render.pdf, "find_soffice", lambda: "/usr/bin/soffice")
    page = Page(client.get("/").get_data(as_text=True))
    assert "disabled" not in next(i for i in page.inputs if i.get("name") == "pdf")


# --- 1. the blank workbook -------------------------------------------------------------------------


def test_the_blank_workbook_downloads_with_identitas_filled_and_one_target_column_a_year(client):
    response = client.post("/templat", data={"token": TOKEN, "jenis": "Kabupaten", "nama": "Sleman",
                                             "periode": "2026-2030"})
    assert response.status_code == 200
    assert 'filename=kabupaten-sleman.xlsx' in response.headers["Content-Disposition"]
    wb = openpyxl.load_workbook(io.BytesIO(response.data))
    identitas = {r[0]: r[1] for r in wb["Identitas"].iter_rows(min_row=2, max_col=2, values_only=True)}
    assert identitas["Jenis Daerah"] == "Kabupaten" and identitas["Nama Daerah"] == "Sleman"
    headers = [c.value for c in wb["IKU Pemda"][1]]
    assert [h for h in headers if str(h).startswith("Target ")] == [f"Target {y}" for y in range(2026, 2031)]


def test_the_blank_workbook_without_a_name_is_the_clis_blank_workbook(client, tmp_path):
    response = client.post("/templat", data={"token": TOKEN, "jenis": "", "nama": "", "periode": "2025-2029"})
    assert 'filename=buku-kerja-iku-2025-2029.xlsx' in response.headers["Content-Disposition"]
    assert response.data == pipeline.write_template(tmp_path / "cli.xlsx", 2025, 2029).read_bytes()


@pytest.mark.parametrize(("form", "message"), [
    ({"periode": "2025"}, "tulis seperti 2025-2029"),
    ({"periode": "2025-2040"}, "paling lama 10 tahun"),
    ({"periode": "2025-2029", "nama": "=HYPERLINK(\"x\")"}, "tidak boleh diawali '='"),
    ({"periode": "2025-2029", "jenis": "Negara"}, "Jenis daerah 'Negara' tidak dikenal"),
])
def test_a_bad_blank_workbook_request_shows_the_message_on_the_form_with_400(client, form, message):
    response = client.post("/templat", data={"token": TOKEN, **form})
    assert response.status_code == 400
    assert message in text_of(response)
    assert f'value="{html.escape(form["periode"])}"' in response.get_data(as_text=True)  # what was typed stays


# --- 2. one workbook ------------------------------------------------------------------------------


def test_the_sample_shows_its_summary_report_and_every_document_by_kind(client, tmp_path):
    response = upload(client, SAMPLE)
    assert response.status_code == 200
    page = Page(response.get_data(as_text=True))
    assert page.sections == {"buku-1": "berhasil"}
    text = text_of(response)
    hasil = pipeline.check_workbook(SAMPLE)
    assert "LAYAK Tidak ada galat" in text
    expected = rendered(tmp_path, SAMPLE)
    assert {kode for codes in page.kinds.values() for kode in codes} == expected
    assert list(page.kinds) == list(KIND_NAMES)
    assert page.kinds["perkada"] == ["peraturan-bupati-iku-2026.docx"]
    assert all(k.startswith("pk/") for k in page.kinds["pk"]) and "lkjip/tabel-lkjip-2026.xlsx" in page.kinds["lkjip"]
    uid = upload_id(response)
    report = client.get(f"/u/{uid}/1/laporan")
    assert report.status_code == 200 and report.mimetype == "text/html"
    assert "sandbox" in report.headers["Content-Security-Policy"]
    assert "Laporan Validasi Buku Kerja IKU" in text_of(report) and hasil.laporan.sha256 in text_of(report)
    data = json.loads(client.get(f"/u/{uid}/1/laporan.json").data)
    assert data["sha256"] == hasil.laporan.sha256 and data["valid"] is True
    catatan = client.get(f"/u/{uid}/1/catatan.xlsx")
    assert "kabupaten-contoh-catatan.xlsx" in catatan.headers["Content-Disposition"]
    assert "Catatan Validasi" in openpyxl.load_workbook(io.BytesIO(catatan.data)).sheetnames
    for link in (u for u in page.links if u.startswith("/u/")):
        assert client.get(link).status_code == 200, link


def test_the_zip_holds_every_document_and_python_docx_opens_each(client, tmp_path):
    response = upload(client, SAMPLE)
    uid = upload_id(response)
    archive = client.get(f"/u/{uid}/1/dokumen.zip")
    assert archive.status_code == 200 and "dokumen-kabupaten-contoh.zip" in archive.headers["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(archive.data)) as zf:
        assert set(zf.namelist()) == rendered(tmp_path, SAMPLE)
        for name in zf.namelist():
            if name.endswith(".docx"):
                doc = Document(io.BytesIO(zf.read(name)))
                assert any(p.text.strip() for p in doc.paragraphs) or doc.tables, name
    perkada = Document(io.BytesIO(client.get(f"/u/{uid}/1/dokumen/peraturan-bupati-iku-2026.docx").data))
    assert "PERATURAN BUPATI" in " ".join(p.text for p in perkada.paragraphs).upper()


def test_the_documents_option_renders_only_the_chosen_kinds(client, tmp_path):
    page = Page(upload(client, SAMPLE, documents=("pk",)).get_data(as_text=True))
    assert list(page.kinds) == ["pk"]
    assert set(page.kinds["pk"]) == rendered(tmp_path, SAMPLE, documents=["pk"])


def test_periksa_saja_gives_the_reports_and_no_document(client):
    response = upload(client, SAMPLE, aksi="periksa")
    assert response.status_code == 200
    page = Page(response.get_data(as_text=True))
    assert page.kinds == {} and not [u for u in page.links if "/dokumen" in u]
    assert "Dokumen tidak dibuat karena yang dipilih Periksa saja" in text_of(response)
    uid = upload_id(response)
    assert json.loads(client.get(f"/u/{uid}/1/laporan.json").data)["valid"] is True


def test_a_workbook_with_galat_lists_the_count_and_no_document(client):
    response = upload(client, SALAH)
    assert response.status_code == 200
    galat = pipeline.check_workbook(SALAH).laporan.count_galat()
    text = text_of(response)
    assert f"Buku kerja memuat {galat} galat" in text and "Belum ada dokumen" in text
    uid = upload_id(response)
    report = text_of(client.get(f"/u/{uid}/1/laporan"))
    for t in pipeline.check_workbook(SALAH).laporan.temuan:
        assert t.pesan in report
    assert "belum dapat ditampilkan karena buku kerja masih memuat" in report  # why no pohon kinerja
    assert client.get(f"/u/{uid}/1/dokumen.zip").status_code == 404


def corpus_cases() -> Iterator[str]:
    yield from ("text_file", "truncated", "old_xls", "encrypted", "renamed_ods", "xml_bomb_in_sheet",
                "external_entity", "declared_zip_bomb", "many_members", "no_sheets", "empty")


@pytest.mark.parametrize("case", list(corpus_cases()))
def test_a_broken_or_hostile_file_gets_the_clis_message_with_422_and_the_server_goes_on(client, tmp_path, case):
    folder = tmp_path / case
    folder.mkdir()
    path = getattr(corpus, case)(folder)
    with pytest.raises(IkuDocsError) as cli_error:
        pipeline.validate_workbook(path)
    response = upload(client, path)
    assert response.status_code == 422
    text = text_of(response)
    assert " ".join(cli_error.value.format_message().split()) in text
    assert "Traceback" not in text and "Galat tak terduga" not in text
    assert upload(client, SAMPLE).status_code == 200  # the server goes on serving


def test_an_oversized_upload_gets_413_in_indonesian_and_the_server_goes_on(tmp_path):
    small = create_app(token=TOKEN, root=tmp_path / "akar", hosts=(HOST,), cookie=COOKIE, warm=False,
                       max_upload=SAMPLE.stat().st_size // 2)
    try:
        c = small.test_client()
        c.set_cookie(COOKIE, TOKEN)
        response = upload(c, SAMPLE)
        assert response.status_code == 413
        assert "Unggahan terlalu besar" in text_of(response) and "Traceback" not in text_of(response)
        assert "satu buku kerja paling besar 50 MB" in text_of(response)
        assert not any((tmp_path / "akar").iterdir())  # nothing was saved
        assert c.get("/").status_code == 200
    finally:
        close_app(small)


def test_an_unexpected_error_is_shown_in_indonesian_and_the_server_goes_on(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("rusak di dalam")

    monkeypatch.setattr(pipeline, "render_workbook", broken)
    response = upload(client, SAMPLE)
    assert response.status_code == 422
    text = text_of(response)
    assert "Galat tak terduga (RuntimeError): rusak di dalam" in text and "Traceback" not in text
    monkeypatch.undo()
    assert upload(client, SAMPLE).status_code == 200


@pytest.mark.parametrize(("form", "message"), [
    ({"berkas": []}, "Belum ada buku kerja yang dipilih"),
    ({"dokumen": []}, "Pilih paling sedikit satu jenis dokumen"),
    ({"dokumen": ["surat"]}, "tidak dikenal: surat"),
])
def test_a_form_without_workbook_or_document_kind_is_answered_with_400(client, form, message):
    data = {"token": TOKEN, "aksi": "buat", "dokumen": list(KIND_NAMES),
            "berkas": [(io.BytesIO(SAMPLE.read_bytes()), SAMPLE.name)], **form}
    response = client.post("/periksa", data=data, content_type="multipart/form-data")
    assert response.status_code == 400 and message in text_of(response)


# --- user templates -----------------------------------------------------------------------------


def test_a_users_word_template_is_used_like_the_templates_option(client, tmp_path):
    from iku_docs.render.docx import default_templates_dir

    own = tmp_path / "perkada.docx"
    with zipfile.ZipFile(default_templates_dir() / "perkada.docx") as src, zipfile.ZipFile(own, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><w:p><w:r><w:t>TEMPLAT SENDIRI</w:t></w:r></w:p>", 1)
            dst.writestr(item, data)
    response = upload(client, SAMPLE, documents=("perkada",),
                      templat=[(io.BytesIO(own.read_bytes()), "Perkada.docx")])
    assert response.status_code == 200
    uid = upload_id(response)
    doc = Document(io.BytesIO(client.get(f"/u/{uid}/1/dokumen/peraturan-bupati-iku-2026.docx").data))
    assert doc.paragraphs[0].text == "TEMPLAT SENDIRI"


def test_a_template_with_an_unknown_name_is_refused_before_anything_runs(client):
    response = upload(client, SAMPLE, templat=[(io.BytesIO(b"x"), "surat.docx")])
    assert response.status_code == 400
    assert "Templat 'surat.docx' tidak dikenal" in text_of(response) and "pk-kepala-daerah.docx" in text_of(response)


def test_the_default_word_templates_download_like_templates_export(client):
    from iku_docs.render.docx import default_templates_dir

    with zipfile.ZipFile(io.BytesIO(client.get("/templat-word.zip").data)) as zf:
        assert sorted(zf.namelist()) == sorted(p.name for p in default_templates_dir().glob("*.docx"))


# --- 3. several workbooks -------------------------------------------------------------------------


def test_several_workbooks_get_one_row_each_under_the_batch_summarys_columns(client, tmp_path):
    teks = tmp_path / "catatan.txt"
    teks.write_text("bukan buku kerja", encoding="utf-8")
    response = upload(client, SAMPLE, SALAH, teks)
    assert response.status_code == 422  # one of them could not be read
    page = Page(response.get_data(as_text=True))
    batch_page = Page(summary_html(BatchResult(output_dir=tmp_path, items=(), catatan=())))
    assert page.headers == batch_page.headers
    status = [(r[1], r[2]) for r in page.rows]
    assert status == [(SAMPLE.name, "berhasil"), (SALAH.name, "galat data"), ("catatan.txt", "tidak terbaca")]
    assert page.sections == {"buku-1": "berhasil", "buku-2": "galat data", "buku-3": "tidak terbaca"}
    assert "catatan.txt: dilewati, bukan buku kerja Excel (.xlsx/.xlsm)." in text_of(response)
    uid = upload_id(response)
    csv = client.get(f"/u/{uid}/ringkasan.csv").data.decode("utf-8-sig")
    assert csv.splitlines()[0].startswith("No;Buku Kerja;Folder;Status") and "galat data" in csv
    assert f";{SAMPLE.name};" in csv and "masukan" not in csv  # the uploaded names, not the server's paths
    assert set(page.kinds) == set(KIND_NAMES)


def test_an_htmx_upload_answers_with_a_fragment_that_polls_until_done(client):
    response = upload(client, SAMPLE, SALAH, htmx=True)
    body = response.get_data(as_text=True)
    assert response.status_code == 200 and "<html" not in body
    uid = upload_id(response)
    assert response.headers["HX-Push-Url"] == f"/u/{uid}"
    gudang(client.application).ambil(uid).selesai.wait(60)
    done = client.get(f"/u/{uid}/status", headers={"HX-Request": "true"}).get_data(as_text=True)
    assert 'data-selesai="ya"' in done and "hx-trigger" not in done.split(">", 1)[0]
    assert "<html" in client.get(f"/u/{uid}").get_data(as_text=True)  # a reload gets the whole page


def test_an_unfinished_upload_polls_and_refreshes_without_javascript(client, app):
    from iku_docs.web.uploads import Unggah

    u = gudang(app).tambah([Unggah(SAMPLE.name, lambda p: shutil.copyfile(SAMPLE, p))], aksi="periksa")
    u.selesai.wait(60)
    u.selesai.clear()  # as it was while the worker had it
    u.buku[0].status = None
    body = client.get(f"/u/{u.id}").get_data(as_text=True)
    assert f'hx-get="/u/{u.id}/status"' in body and '<meta http-equiv="refresh" content="2">' in body


# --- isolation, names, cleanup --------------------------------------------------------------------


def test_two_concurrent_uploads_see_only_their_own_files(app, tmp_path):
    results: dict[str, object] = {}

    def send(path: Path) -> None:
        c = app.test_client()
        c.set_cookie(COOKIE, TOKEN)
        results[path.name] = upload(c, path)

    threads = [threading.Thread(target=send, args=(p,)) for p in (SAMPLE, KOTA)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    a, b = results[SAMPLE.name], results[KOTA.name]
    ida, idb = upload_id(a), upload_id(b)
    assert ida != idb
    links_a = [u for u in Page(a.get_data(as_text=True)).links if u.startswith("/u/")]
    links_b = [u for u in Page(b.get_data(as_text=True)).links if u.startswith("/u/")]
    assert all(u.startswith(f"/u/{ida}") for u in links_a) and all(u.startswith(f"/u/{idb}") for u in links_b)
    assert KOTA.name not in text_of(a) and SAMPLE.name not in text_of(b)
    c = app.test_client()
    c.set_cookie(COOKIE, TOKEN)
    assert c.get(f"/u/{idb}/1/dokumen/peraturan-bupati-iku-2026.docx").status_code == 404
    assert c.get(f"/u/{ida}/1/dokumen/peraturan-walikota-iku-2026.docx").status_code == 404
    assert c.get(f"/u/{ida}/1/dokumen/../../{idb}/1/laporan").status_code == 404
    assert gudang(app).ambil(ida).folder != gudang(app).ambil(idb).folder


def test_urls_come_from_codes_while_the_users_file_name_is_only_shown(client, tmp_path):
    from markupsafe import escape

    from iku_docs.web.uploads import clean_name

    name = "<img src=x onerror=alert(1)> & 'Kab' =HYPERLINK(1).xlsx"
    response = upload(client, SAMPLE, names=(name,))
    body = response.get_data(as_text=True)
    shown = clean_name(name, "")
    assert shown == "img src=x onerror=alert(1) & 'Kab' =HYPERLINK(1).xlsx"  # the characters Windows refuses go
    assert "<img" not in body and str(escape(shown)) in body and shown in text_of(response)
    for link in (u for u in Page(body).links if u.startswith("/u/")):
        assert re.fullmatch(r"/u/[A-Za-z0-9_-]+(/[0-9]+(/[a-z0-9./_-]+)?)?(#[a-z0-9-]+)?", link), link


def test_a_browser_sent_path_keeps_only_its_last_part():
    from iku_docs.web.uploads import clean_name

    assert clean_name(r"C:\fakepath\kabupaten x.xlsx", "f") == "kabupaten x.xlsx"
    assert clean_name("../../etc/passwd", "f") == "passwd"
    assert clean_name("CON.xlsx", "f") == "buku-CON.xlsx"
    assert clean_name('a<b>:"|?*\x00\x1f.xlsx', "f") == "ab.xlsx"
    assert clean_name("...", "cadangan.xlsx") == "cadangan.xlsx"
    assert len(clean_name("x" * 300 + ".xlsx", "f")) == 120 and clean_name("x" * 300 + ".xlsx", "f").endswith(".xlsx")


def test_results_older_than_an_hour_are_removed_and_then_say_so(client, app):
    response = upload(client, SAMPLE)
    uid = upload_id(response)
    folder = gudang(app).ambil(uid).folder
    assert gudang(app).sweep(now=time.time() + 1800) == 0 and folder.is_dir()
    assert gudang(app).sweep(now=time.time() + 3601) == 1
    assert not folder.exists()
    gone = client.get(f"/u/{uid}")
    assert gone.status_code == 404 and "hasil disimpan paling lama satu jam" in text_of(gone)


def test_stopping_removes_every_upload(tmp_path):
    app = create_app(token=TOKEN, root=tmp_path / "akar", hosts=(HOST,), cookie=COOKIE, warm=False)
    c = app.test_client()
    c.set_cookie(COOKIE, TOKEN)
    upload(c, SAMPLE)
    assert any((tmp_path / "akar").iterdir())
    close_app(app)
    assert not (tmp_path / "akar").exists()


def test_the_warm_up_leaves_nothing_behind_and_the_first_upload_works(tmp_path):
    app = create_app(token=TOKEN, root=tmp_path / "akar", hosts=(HOST,), cookie=COOKIE, warm=True)
    try:
        c = app.test_client()
        c.set_cookie(COOKIE, TOKEN)
        assert upload(c, SAMPLE).status_code == 200  # queued behind the warm-up
        assert not (tmp_path / "akar" / "pemanasan").exists()
    finally:
        close_app(app)


# --- the library and the CLI behind the page --------------------------------------------------------


def test_document_kind_names_the_kind_of_every_file_each_kind_writes(tmp_path):
    model = pipeline.check_workbook(SAMPLE).model
    for kind in KIND_NAMES:
        out = tmp_path / kind
        written = pipeline.render_model(model, out, documents=[kind])
        assert written and {pipeline.document_kind(p.relative_to(out)) for p in written} == {kind}
        assert pipeline.document_kind(written[0].relative_to(out).with_suffix(".pdf")) == kind


def test_the_template_command_writes_jenis_and_nama_like_the_page(tmp_path):
    from click.testing import CliRunner

    from iku_docs.cli import cli

    path = tmp_path / "kota-x.xlsx"
    result = CliRunner().invoke(cli, ["template", str(path), "--jenis", "kota", "--nama", " Bukit  Tinggi "])
    assert result.exit_code == 0, result.output
    identitas = {r[0]: r[1] for r in openpyxl.load_workbook(path)["Identitas"].iter_rows(min_row=2, max_col=2,
                                                                                            values_only=True)}
    assert identitas["Jenis Daerah"] == "Kota" and identitas["Nama Daerah"] == "Bukit Tinggi"
    bad = CliRunner().invoke(cli, ["template", str(tmp_path / "y.xlsx"), "--nama", "+62 Sleman"])
    assert bad.exit_code == 2 and "tidak boleh diawali" in bad.output and "Traceback" not in bad.output


def test_importing_the_cli_loads_neither_flask_nor_waitress():
    import subprocess
    import sys

    code = "import sys, iku_docs.cli; print(','.join(m for m in ('flask', 'waitress', 'werkzeug') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_serve_command_refuses_a_port_in_use_in_indonesian(tmp_path):
    import socket

    from click.testing import CliRunner

    from iku_docs.cli import cli

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--no-browser", "--port", str(port)])
    assert result.exit_code == 2
    assert f"Port {port} di 127.0.0.1 tidak dapat dipakai" in result.output and "Traceback" not in result.output


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_pdf_documents_sit_beside_their_word_documents_when_libreoffice_is_installed(client):
    response = upload(client, SAMPLE, documents=("perkada",), pdf="ya")
    assert response.status_code == 200
    uid = upload_id(response)
    links = [u for u in Page(response.get_data(as_text=True)).links if u.endswith(".pdf")]
    assert links == [f"/u/{uid}/1/dokumen/peraturan-bupati-iku-2026.pdf"]
    assert client.get(links[0]).data.startswith(b"%PDF")
