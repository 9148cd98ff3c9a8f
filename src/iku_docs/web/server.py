"""``iku-docs serve``: waitress on 127.0.0.1, a fresh token, the browser, and a clean stop.

The first line printed is the page's address with its token, so a script (or the browser test) can
read it; ``--port 0`` lets the system pick a free port. The socket is bound before the app exists, so
the Host check knows the real port. Ctrl+C (or SIGTERM) stops the server and removes every upload.
waitress is pure Python and runs the same on Windows; its threads only wait on the one worker thread
that does the CPU-bound work, so a few suffice.
"""

from __future__ import annotations

import secrets
import signal
import socket
import sys
import tempfile
import threading
import webbrowser
from pathlib import Path
from types import FrameType

from iku_docs.errors import IkuDocsError

HOST = "127.0.0.1"
THREADS = 8
# waitress refuses a larger body itself (in English); below it the app answers 413 in Indonesian.
WAITRESS_BODY_LIMIT = 1024 * 1024 * 1024


def serve(port: int = 0, open_browser: bool = True) -> None:
    """Serve the page until Ctrl+C; returns normally once everything is cleaned up."""
    import waitress

    from iku_docs.web.app import close_app, create_app

    sock = _bind(port)
    port = sock.getsockname()[1]
    root = Path(tempfile.mkdtemp(prefix="iku-docs-web-"))
    token = secrets.token_urlsafe(24)
    app = create_app(token=token, root=root, hosts=(f"{HOST}:{port}", f"localhost:{port}"),
                     cookie=f"iku-docs-{port}")
    try:
        server = waitress.create_server(app, sockets=[sock], threads=THREADS, ident="iku-docs",
                                        max_request_body_size=WAITRESS_BODY_LIMIT, clear_untrusted_proxy_headers=True)
        url = f"http://{HOST}:{port}/?t={token}"
        print(url, flush=True)
        print("Halaman iku-docs berjalan di komputer ini saja (tanpa internet). Buka alamat di atas di peramban;\n"
              "tekan Ctrl+C di jendela ini untuk berhenti. Berkas unggahan dan hasilnya dihapus saat server berhenti.",
              flush=True)
        if open_browser:
            threading.Timer(0.3, _open, args=(url,)).start()
        previous = _stop_on_sigterm()
        try:
            server.run()  # returns on KeyboardInterrupt (waitress catches it and shuts its threads down)
        finally:
            _restore(previous)
    finally:
        close_app(app)
        sock.close()
    print("Server iku-docs berhenti; berkas unggahan dan hasilnya sudah dihapus.", flush=True)


def _bind(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if sys.platform != "win32":  # on Windows this flag lets a second server share the port silently
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        raise IkuDocsError(f"Port {port} di {HOST} tidak dapat dipakai: {exc.strerror or exc}.",
                           saran="Pilih port lain dengan --port, atau jalankan tanpa --port agar iku-docs memilih "
                                 "port yang bebas.") from None
    sock.listen(64)
    return sock


def _open(url: str) -> None:
    try:
        opened = webbrowser.open(url)
    except Exception:  # no browser, or a broken registration: the printed address is enough
        opened = False
    if not opened:
        print("Peramban tidak dapat dibuka otomatis; salin alamat di atas ke peramban.", flush=True)


def _stop_on_sigterm() -> object:
    """SIGTERM stops the server like Ctrl+C, so a service manager's stop also removes the uploads."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        return None

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, stop)


def _restore(previous: object) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)  # type: ignore[arg-type]
