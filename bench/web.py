"""Web timings (issue 15): the warm ``iku-docs serve`` process, from upload to page.

    python bench/web.py              # sample + a 60-PD workbook, 5 timed runs each (a few minutes)
    python bench/web.py --quick      # a 12-PD workbook, 3 runs: a smoke test
    python bench/web.py --workdir /tmp/bench-web   # keep the generated workbook

The real command runs as a child process (``iku-docs serve --no-browser --port 0``); this script reads its
address from the first line and talks HTTP to it like the page's plain form does (multipart POST, the token
in the form and the cookie), timing each request from the first byte sent to the last byte of the page
read: the page that comes back already lists the report and every document. Each case has one untimed
warm-up request, then the median of the runs. Targets (issue 15, on 2 cores): validation and report of the
sample < 0.5 s, all documents of the sample < 2 s, all documents of a 60-PD workbook < 3 s. Measured here,
never asserted in a test; the exit code is 1 when a target is missed. See bench/README.md.
"""

from __future__ import annotations

import argparse
import http.client
import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # beside this file: the synthetic workbook and the memory probe of bench.py

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_workbooks" / "kabupaten-contoh.xlsx"
SALAH = ROOT / "sample_workbooks" / "contoh-salah.xlsx"
KINDS = ("perkada", "pk", "lkjip")


@dataclass(slots=True)
class Server:
    proc: subprocess.Popen[str]
    host: str
    port: int
    token: str
    started: float  # perf_counter when the process was started
    url_after: float  # seconds until the first line (the address) was printed

    @property
    def cookie(self) -> str:
        return f"iku-docs-{self.port}={self.token}"


def start(work: Path) -> Server:
    env = {**bench._ENV, "TMPDIR": str(work), "PYTHONUNBUFFERED": "1"}
    t0 = time.perf_counter()
    proc = subprocess.Popen([*bench.cli(), "serve", "--no-browser", "--port", "0"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
    first = lines.get(timeout=120).strip()
    m = re.fullmatch(r"http://([0-9.]+):(\d+)/\?t=(\S+)", first)
    if not m:
        sys.exit(f"unexpected first line: {first!r}")
    return Server(proc, m[1], int(m[2]), m[3], t0, time.perf_counter() - t0)


def request(s: Server, method: str, path: str, body: bytes = b"", content_type: str | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, bytes, float]:
    conn = http.client.HTTPConnection(s.host, s.port, timeout=600)
    hdrs = {"Cookie": s.cookie, **(headers or {})}
    if content_type:
        hdrs["Content-Type"] = content_type
    t0 = time.perf_counter()
    conn.request(method, path, body=body, headers=hdrs)
    response = conn.getresponse()
    data = response.read()
    elapsed = time.perf_counter() - t0
    conn.close()
    return response.status, data, elapsed


def multipart(s: Server, files: Sequence[Path], aksi: str) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts: list[bytes] = []

    def field(name: str, value: str) -> None:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())

    field("token", s.token)
    field("aksi", aksi)
    for kind in KINDS:
        field("dokumen", kind)
    for path in files:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="berkas"; filename="{path.name}"\r\n'
                     "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n"
                     .encode() + path.read_bytes() + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def upload(s: Server, files: Sequence[Path], aksi: str = "buat", htmx: bool = False) -> tuple[float, str]:
    body, ctype = multipart(s, files, aksi)
    status, data, elapsed = request(s, "POST", "/periksa", body, ctype, {"HX-Request": "true"} if htmx else None)
    page = data.decode("utf-8")
    if status != 200:
        sys.exit(f"upload of {[p.name for p in files]}: HTTP {status}\n{page[-2000:]}")
    return elapsed, page


def timed(n: int, fn: Callable[[], float]) -> tuple[float, list[float]]:
    fn()  # warm-up, untimed
    runs = sorted(fn() for _ in range(n))
    return runs[len(runs) // 2], runs


def peak_mb(s: Server) -> float:
    return bench._tree_peak_kib(s.proc.pid) / 1024


@dataclass(slots=True)
class Hasil:
    nama: str
    detik: float
    runs: list[float]
    target: float | None = None

    @property
    def ok(self) -> bool | None:
        return None if self.target is None else self.detik < self.target


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a 12-PD workbook and 3 runs (smoke test)")
    ap.add_argument("--runs", type=int, help="timed runs per case (default 5, --quick 3)")
    ap.add_argument("--workdir", type=Path, help="keep the generated workbook here (default: a temporary folder)")
    args = ap.parse_args(argv)
    n = args.runs or (3 if args.quick else 5)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="iku-bench-web-"))
    work.mkdir(parents=True, exist_ok=True)
    ukuran = bench.Ukuran(pd=12, iku_per_pd=6, iku_pemda=12) if args.quick else bench.Ukuran()
    besar = work / f"besar-{ukuran.pd}pd.xlsx"
    if not besar.exists():
        bench.build_workbook(besar, ukuran)
    print(f"{os.cpu_count()} CPU, load average {os.getloadavg()[0]:.1f} at start; {n} timed runs per case",
          flush=True)

    s = start(work)
    results: list[Hasil] = []
    try:
        status, _, _ = request(s, "GET", "/")
        assert status == 200, status
        ready = time.perf_counter() - s.started
        first_upload, _ = upload(s, [SAMPLE])  # right away: queued behind the warm-up if it still runs
        results += [Hasil("start → address printed", s.url_after, [s.url_after]),
                    Hasil("start → first page answered", ready, [ready]),
                    Hasil("first upload right after start: sample, all documents", first_upload, [first_upload])]
        time.sleep(1)
        results.append(Hasil("page (GET /)", *timed(n, lambda: request(s, "GET", "/")[2])))
        results.append(Hasil("sample: validation + report (Periksa saja) → page",
                             *timed(n, lambda: upload(s, [SAMPLE], "periksa")[0]), target=0.5))
        results.append(Hasil("sample with galat (contoh-salah): validation + report → page",
                             *timed(n, lambda: upload(s, [SALAH])[0])))
        results.append(Hasil("sample: all documents → page listing them",
                             *timed(n, lambda: upload(s, [SAMPLE])[0]), target=2.0))
        _, page = upload(s, [SAMPLE])
        uid = re.search(r'data-id="([^"]+)"', page)[1]  # type: ignore[index]
        results.append(Hasil("sample: zip of all documents (built on the first request)",
                             *timed(n, lambda: request(s, "GET", f"/u/{uid}/1/dokumen.zip")[2])))
        results.append(Hasil("sample, htmx: upload → finished fragment",
                             *timed(n, lambda: upload(s, [SAMPLE], htmx=True)[0]), target=2.0))
        results.append(Hasil(f"{ukuran.pd}-PD workbook: all documents → page",
                             *timed(n, lambda: upload(s, [besar])[0]), target=None if args.quick else 3.0))
        results.append(Hasil("4 workbooks at once (3 samples + 1 with galat), all documents",
                             *timed(max(1, n // 2), lambda: upload(s, [SAMPLE, SAMPLE, SAMPLE, SALAH])[0])))
        memory = peak_mb(s)
    finally:
        t0 = time.perf_counter()
        s.proc.send_signal(signal.SIGINT)
        code = s.proc.wait(timeout=60)
        stopped = time.perf_counter() - t0
    left = [p for p in work.iterdir() if p.name.startswith("iku-docs-web-")]
    results.append(Hasil("Ctrl+C → process exited (uploads removed before)", stopped, [stopped]))

    print(f"\n{'Measurement':<66} {'median':>8}  {'target':>7}  runs")
    for r in results:
        target = "" if r.target is None else f"< {r.target:g} s"
        mark = {True: " ✓", False: " ✗", None: ""}[r.ok]
        print(f"{r.nama:<66} {r.detik:7.2f}s  {target:>7}{mark}  [{', '.join(f'{x:.2f}' for x in r.runs)}]")
    print(f"peak memory of the server process (VmHWM): {memory:.0f} MB; exit code after Ctrl+C: {code}; "
          f"upload folders left: {len(left)}")
    return 1 if any(r.ok is False for r in results) or code != 0 or left else 0


if __name__ == "__main__":
    sys.exit(main())
