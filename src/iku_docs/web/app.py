"""The local web page: a Flask app over ``pipeline`` and ``batch``, for staff who never open a terminal.

Every route only collects what the form sent, hands it to the same library calls as the CLI (through
``uploads.Gudang``) and lays out what came back; the messages are the CLI's own. The page works without
JavaScript (a normal form POST answers with a whole page); with it, htmx posts the same form and polls
each upload's status while a batch runs.

Safety, for a server that only this computer should reach:
- every request carries the per-launch token: ``?t=`` once (it becomes a cookie named after the port, so
  two servers do not overwrite each other's), and every POST also in the form (CSRF);
- the Host header must be the loopback address the server printed (DNS rebinding);
- one request carries at most ``max_upload`` bytes (413); each workbook then meets the CLI's own checks
  (``workbook/load.py``: size, archive, XML);
- pages forbid scripts from anywhere but this server and framing by other sites; the reviewer report is
  shown in a sandboxed frame with a policy that allows no script at all.
"""

from __future__ import annotations

import hmac
import io
import shutil
import sys
import tempfile
import traceback
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, current_app, redirect, render_template, request, send_file
from werkzeug.exceptions import HTTPException

from iku_docs.batch import Status
from iku_docs.errors import IkuDocsError
from iku_docs.findings import Tingkat
from iku_docs.report import LABEL_TINGKAT, PENJELASAN_TINGKAT, STATUS_LAYAK, STATUS_TIDAK_LAYAK
from iku_docs.web.uploads import BUAT, PERIKSA, RESULT_TTL, Gudang, HasilBuku, Unggah, Unggahan, clean_name

MB = 1024 * 1024
MAX_UPLOAD_BYTES = 200 * MB  # one request: four workbooks at the CLI's 50 MB limit, or dozens of real ones
MAX_WORKBOOKS = 100
HTMX_WAIT = 1.5  # seconds an htmx upload waits for its result before answering with a status to poll
POLL = "every 700ms"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Names and one-line descriptions of the document kinds; a kind without one is shown by its name.
KIND_LABEL = {
    "perkada": ("Peraturan Kepala Daerah", "Rancangan Peraturan Bupati/Wali Kota/Gubernur tentang IKU, dengan "
                "Lampiran I dan II"),
    "pk": ("Perjanjian Kinerja", "Satu untuk setiap Perangkat Daerah dan satu untuk kepala daerah"),
    "lkjip": ("Tabel LKjIP", "Pengukuran dan capaian kinerja, grafik, realisasi anggaran; juga sebagai .xlsx"),
}
STATUS_CLASS = {Status.BERHASIL: "ok", Status.GALAT_DATA: "galat", Status.TIDAK_TERBACA: "gagal",
                Status.GAGAL: "gagal"}
_PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
                "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'")
# The reviewer report is the CLI's self-contained file: inline CSS, an inline SVG, and nothing to run.
_REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox"
_MESSAGES = {
    400: ("Permintaan tidak dapat diproses.", "Muat ulang halaman lalu ulangi."),
    403: ("Akses ditolak: kunci halaman tidak ada atau salah.",
          "Buka alamat lengkap yang dicetak oleh 'iku-docs serve' (yang berakhiran ?t=…). Setiap kali server "
          "dinyalakan, kuncinya berganti."),
    404: ("Halaman atau berkas tidak ditemukan.", "Kembali ke halaman utama lalu unggah buku kerja lagi."),
    405: ("Cara membuka alamat ini tidak didukung.", "Kembali ke halaman utama."),
    413: ("Unggahan terlalu besar.", None),
    500: ("Galat tak terduga pada server iku-docs.",
          "Rinciannya tercetak di jendela tempat 'iku-docs serve' berjalan; laporkan kepada pengembang. Server "
          "tetap berjalan."),
}


def create_app(*, token: str, root: Path, hosts: Iterable[str], cookie: str = "iku-docs",
               max_upload: int = MAX_UPLOAD_BYTES, ttl: float = RESULT_TTL, jobs: int | None = None,
               warm: bool = True) -> Flask:
    """The app for one server run; its uploads live under ``root`` until ``close_app``.

    ``hosts``: the Host headers accepted (``127.0.0.1:<port>``, ``localhost:<port>``).
    """
    app = Flask(__name__)
    app.config.update(MAX_CONTENT_LENGTH=max_upload, IKU_TOKEN=token, IKU_COOKIE=cookie,
                      IKU_HOSTS=frozenset(h.lower() for h in hosts))
    app.extensions["iku_docs"] = Gudang(root, ttl=ttl, jobs=jobs, warm=warm)
    app.jinja_env.globals.update(KIND_LABEL=KIND_LABEL, STATUS_CLASS=STATUS_CLASS, Status=Status, Tingkat=Tingkat,
                                 LABEL_TINGKAT=LABEL_TINGKAT, PENJELASAN_TINGKAT=PENJELASAN_TINGKAT,
                                 STATUS_LAYAK=STATUS_LAYAK, STATUS_TIDAK_LAYAK=STATUS_TIDAK_LAYAK, POLL=POLL,
                                 PERIKSA=PERIKSA)
    app.before_request(_guard)
    app.after_request(_headers)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    _routes(app)
    return app


def close_app(app: Flask) -> None:
    """Stop the worker and remove every upload's files."""
    gudang(app).close()


def gudang(app: Flask | None = None) -> Gudang:
    return (app or current_app).extensions["iku_docs"]


# --- safety ------------------------------------------------------------------------------


def _guard() -> Response | None:
    cfg = current_app.config
    if request.host.lower() not in cfg["IKU_HOSTS"]:
        abort(400, "Alamat server tidak dikenal; halaman ini hanya dapat dibuka lewat alamat yang dicetak oleh "
                   "'iku-docs serve' (http://127.0.0.1:…).")
    token = cfg["IKU_TOKEN"]
    given = request.args.get("t")
    if given is not None:
        if not _same(given, token):
            abort(403)
        if request.method == "GET" and request.path == "/":  # the printed address: keep the token out of sight
            response = redirect("/", code=303)
            response.set_cookie(cfg["IKU_COOKIE"], token, httponly=True, samesite="Strict", path="/")
            return response
    elif not _same(request.cookies.get(cfg["IKU_COOKIE"]), token):
        abort(403)
    if request.method == "POST" and not _same(request.form.get("token") or request.headers.get("X-Iku-Token"),
                                              token):
        abort(403)
    return None


def _same(given: str | None, token: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), token.encode())


def _headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", _PAGE_POLICY)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    return response


def _http_error(exc: HTTPException) -> Response:
    code = exc.code or 500
    pesan, saran = _MESSAGES.get(code, _MESSAGES[400])
    if exc.description and exc.description != type(exc).description:
        pesan, saran = exc.description, None  # our own Indonesian text, given to abort(), says what to do
    if code == 413:
        from iku_docs.workbook.load import MAX_FILE_BYTES

        saran = (f"Satu unggahan paling besar {_max_upload_text()}, dan satu buku kerja paling besar "
                 f"{_size_text(MAX_FILE_BYTES)}. Unggah lebih sedikit berkas sekaligus.")
    return _error_page(code, pesan, saran)


def _unexpected_error(exc: Exception) -> Response:
    traceback.print_exc(file=sys.stderr)
    pesan, saran = _MESSAGES[500]
    return _error_page(500, f"{pesan} ({type(exc).__name__}: {exc})", saran)


def _error_page(code: int, pesan: str, saran: str | None) -> Response:
    if _htmx():
        return Response(render_template("_galat.html", code=code, pesan=pesan, saran=saran), status=code)
    from markupsafe import Markup

    from iku_docs.report.html import stylesheet

    web_css = (Path(__file__).parent / "static" / "web.css").read_text(encoding="utf-8")
    page = render_template("galat.html", code=code, pesan=pesan, saran=saran,
                           gaya_sisip=Markup(stylesheet() + web_css))
    response = Response(page, status=code)
    response.headers["Content-Security-Policy"] = _PAGE_POLICY.replace("style-src 'self'",
                                                                       "style-src 'unsafe-inline'")
    return response


def _size_text(n: int) -> str:
    return f"{n // MB} MB" if n >= MB else f"{max(1, n // 1024)} kB"


def _max_upload_text() -> str:
    return _size_text(current_app.config["MAX_CONTENT_LENGTH"])


def _htmx() -> bool:
    return request.headers.get("HX-Request") == "true" and "HX-History-Restore-Request" not in request.headers


# --- pages -------------------------------------------------------------------------------


def _common() -> dict[str, Any]:
    from iku_docs.documents import DEFAULT_KIND_NAMES
    from iku_docs.render.pdf import find_soffice
    from iku_docs.workbook.contract import JENIS_DAERAH

    return {
        "token": current_app.config["IKU_TOKEN"], "kinds": DEFAULT_KIND_NAMES, "jenis_daerah": JENIS_DAERAH,
        "pdf_tersedia": find_soffice() is not None, "batas_unggah": _max_upload_text(),
        "batas_buku": MAX_WORKBOOKS,
    }


def _page(unggahan: Unggahan | None = None, status: int = 200, **context: Any) -> Response:
    context.setdefault("isian", {})
    html = render_template("beranda.html", unggahan=unggahan, **_common(), **context)
    return Response(html, status=status)


def _fragment(unggahan: Unggahan) -> Response:
    return Response(render_template("_unggahan.html", unggahan=unggahan, **_common()))


def _routes(app: Flask) -> None:
    app.add_url_rule("/", "beranda", lambda: _page(), methods=["GET"])
    app.add_url_rule("/templat", "templat", _template_workbook, methods=["POST"])
    app.add_url_rule("/templat-word.zip", "templat_word", _word_templates, methods=["GET"])
    app.add_url_rule("/periksa", "periksa", _upload, methods=["POST"])
    app.add_url_rule("/u/<uid>", "unggahan", _upload_page, methods=["GET"])
    app.add_url_rule("/u/<uid>/status", "status", _upload_status, methods=["GET"])
    app.add_url_rule("/u/<uid>/ringkasan.csv", "ringkasan", _summary_csv, methods=["GET"])
    app.add_url_rule("/u/<uid>/<int:no>/laporan", "laporan", _report_page, methods=["GET"])
    app.add_url_rule("/u/<uid>/<int:no>/laporan.json", "laporan_json", _report_file("json"), methods=["GET"])
    app.add_url_rule("/u/<uid>/<int:no>/catatan.xlsx", "catatan", _report_file("catatan"), methods=["GET"])
    app.add_url_rule("/u/<uid>/<int:no>/dokumen.zip", "dokumen_zip", _documents_zip, methods=["GET"])
    app.add_url_rule("/u/<uid>/<int:no>/dokumen/<path:kode>", "dokumen", _document, methods=["GET"])
    app.add_url_rule("/gaya/laporan.css", "gaya", _report_stylesheet, methods=["GET"])


# --- 1. the blank workbook (iku-docs template) --------------------------------------------------


def _template_workbook() -> Response:
    from iku_docs.pipeline import write_template_for

    isian = {k: request.form.get(k, "").strip() for k in ("jenis", "nama", "periode")}
    folder = Path(tempfile.mkdtemp(prefix="templat-", dir=gudang().root))
    try:
        awal, akhir = _periode(isian["periode"])
        path = write_template_for(folder / "templat.xlsx", awal, akhir, jenis_daerah=isian["jenis"] or None,
                                  nama_daerah=isian["nama"] or None)
        data = path.read_bytes()
    except IkuDocsError as exc:
        return _page(status=400, galat_templat=exc.format_message(), isian=isian)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return send_file(io.BytesIO(data), mimetype=XLSX, as_attachment=True,
                     download_name=_template_name(isian["jenis"], isian["nama"], awal, akhir))


def _periode(text: str) -> tuple[int, int]:
    """The CLI's own reading of '2025-2029' (``iku-docs template --periode``)."""
    import click

    from iku_docs.cli import _parse_periode

    try:
        return _parse_periode(None, None, text)  # type: ignore[arg-type]
    except click.BadParameter as exc:
        raise IkuDocsError(f"Periode RPJMD '{text}' tidak dapat dipakai: {exc.message}",
                           saran="Tulis tahun awal dan akhir, misalnya 2025-2029.") from None


def _template_name(jenis: str, nama: str, awal: int, akhir: int) -> str:
    from iku_docs.documents import safe_name

    if nama:
        return f"{safe_name(jenis) + '-' if jenis else ''}{safe_name(nama)}.xlsx"
    return f"buku-kerja-iku-{awal}-{akhir}.xlsx"


def _word_templates() -> Response:
    """The default Word templates, as ``iku-docs templates export`` copies them out."""
    from iku_docs.render.docx import default_templates_dir

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(default_templates_dir().glob("*.docx")):
            zf.write(path, path.name)
    buffer.seek(0)
    return send_file(buffer, mimetype="application/zip", as_attachment=True, download_name="templat-word-iku.zip")


# --- 2. and 3. check and render one or several workbooks (iku-docs render / batch) --------------


def _upload() -> Response:
    files = [f for f in request.files.getlist("berkas") if f and f.filename]
    if not files:
        abort(400, "Belum ada buku kerja yang dipilih. Pilih atau jatuhkan satu atau beberapa berkas .xlsx, lalu "
                   "tekan tombol Periksa dan buat dokumen atau Periksa saja.")
    if len(files) > MAX_WORKBOOKS:
        abort(400, f"Terlalu banyak berkas sekaligus ({len(files)}; batas {MAX_WORKBOOKS}). Unggah dalam beberapa "
                   "kali.")
    aksi = request.form.get("aksi", BUAT)
    if aksi not in (BUAT, PERIKSA):
        abort(400)
    saved = [Unggah(f.filename or "", f.save) for f in files]
    if aksi == PERIKSA:  # iku-docs validate --report: the document options do not apply
        u = gudang().tambah(saved, aksi=PERIKSA)
    else:
        documents = _documents_chosen(request.form.getlist("dokumen"))
        templat = _user_templates([f for f in request.files.getlist("templat") if f and f.filename])
        u = gudang().tambah(saved, aksi=BUAT, documents=documents, pdf=request.form.get("pdf") == "ya",
                            templat=templat)
    if _htmx():
        u.selesai.wait(HTMX_WAIT)
        response = _fragment(u)
        response.headers["HX-Push-Url"] = f"/u/{u.id}"
        return response
    u.selesai.wait()
    failed = any(b.status in (Status.TIDAK_TERBACA, Status.GAGAL) for b in u.buku)
    return _page(u, status=422 if failed else 200)


def _documents_chosen(chosen: Sequence[str]) -> list[str]:
    from iku_docs.documents import KIND_NAMES

    unknown = [c for c in chosen if c not in KIND_NAMES]
    if unknown or not chosen:
        abort(400, "Pilih paling sedikit satu jenis dokumen yang dibuat"
                   f"{' (tidak dikenal: ' + ', '.join(unknown) + ')' if unknown else ''}.")
    return list(dict.fromkeys(chosen))


def _user_templates(files: Sequence[Any]) -> list[Unggah]:
    """Word templates sent with the form, under the names ``--templates FOLDER`` looks for."""
    if not files:
        return []
    from iku_docs.render.docx import default_templates_dir

    known = sorted(p.name for p in default_templates_dir().glob("*.docx"))
    out = []
    for f in files:
        nama = clean_name(f.filename or "", "").lower()
        if nama not in known:
            abort(400, f"Templat '{clean_name(f.filename or '', '?')}' tidak dikenal. Nama berkas templat harus "
                       f"salah satu dari: {', '.join(known)} (seperti hasil unduhan templat bawaan).")
        out.append(Unggah(nama, f.save))
    return out


def _upload_page(uid: str) -> Response:
    return _page(_find(uid))


def _upload_status(uid: str) -> Response:
    return _fragment(_find(uid))


def _find(uid: str) -> Unggahan:
    u = gudang().ambil(uid)
    if u is None:
        abort(404, "Hasil unggahan ini tidak ada lagi: hasil disimpan paling lama satu jam dan dihapus saat server "
                   "berhenti. Unggah buku kerja lagi.")
    return u


def _finished(uid: str, no: int) -> tuple[Unggahan, HasilBuku]:
    u = _find(uid)
    buku = u.cari(no)
    if buku is None or not buku.selesai:
        abort(404)
    return u, buku


# --- files -------------------------------------------------------------------------------


def _report_page(uid: str, no: int) -> Response:
    _, buku = _finished(uid, no)
    b = buku.laporan.get("html") or abort(404)
    response = send_file(b.path, mimetype="text/html")
    response.headers["Content-Security-Policy"] = _REPORT_POLICY
    return response


def _report_file(code: str) -> Callable[[str, int], Response]:
    def view(uid: str, no: int) -> Response:
        _, buku = _finished(uid, no)
        b = buku.laporan.get(code) or abort(404)
        return send_file(b.path, as_attachment=True, download_name=b.nama)

    view.__name__ = f"laporan_{code}"
    return view


def _document(uid: str, no: int, kode: str) -> Response:
    _, buku = _finished(uid, no)
    b = buku.berkas(kode) or abort(404)
    return send_file(b.path, as_attachment=True, download_name=b.nama)


def _documents_zip(uid: str, no: int) -> Response:
    from iku_docs.documents import safe_name

    u, buku = _finished(uid, no)
    if not buku.dokumen:
        abort(404)
    path = gudang().zip_dokumen(u, buku)
    return send_file(path, mimetype="application/zip", as_attachment=True,
                     download_name=f"dokumen-{safe_name(buku.path.stem)}.zip")


def _summary_csv(uid: str) -> Response:
    u = _find(uid)
    if u.ringkasan_csv is None or not u.selesai.is_set() or not u.ringkasan_csv.is_file():
        abort(404)
    return send_file(u.ringkasan_csv, mimetype="text/csv", as_attachment=True, download_name="ringkasan.csv")


def _report_stylesheet() -> Response:
    from iku_docs.report.html import stylesheet

    return Response(stylesheet(), mimetype="text/css")
