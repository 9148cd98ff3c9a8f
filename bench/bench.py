"""Benchmark of iku-docs on this machine: generate large synthetic workbooks, time the real CLI.

    python bench/bench.py            # the full run (a few minutes; needs LibreOffice for the PDF part)
    python bench/bench.py --quick    # scaled down, for a smoke test
    python bench/bench.py --no-pdf   # skip the LibreOffice measurements
    python bench/bench.py --reading  # only reading and validation (large, 10,000- and 30,000-row workbooks)

Every measurement runs the installed command line (or a small Python snippet) as a child
process, so wall times include interpreter start and imports, as a user sees them; the
peak memory is the largest resident set of any process of that child's tree
(``os.wait4`` → ``ru_maxrss``). Targets come from issue 7; see bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from iku_docs.workbook import contract as c

ROOT = Path(__file__).resolve().parents[1]
PERIODE = range(2025, 2030)
TAHUN = 2026


# --- synthetic workbook -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Ukuran:
    """How large a generated workbook is."""

    pd: int = 60
    iku_per_pd: int = 12
    iku_pemda: int = 24
    program_per_pd: int = 4
    realisasi_tahun: tuple[int, ...] = (2025, 2026)


# Indicator wording a reviewer accepts: a measurable result with its unit, formula and polarity.
# (name, satuan, jenis angka, polaritas, formula); {obj} is the service object of the PD.
_POLA_IKU = (
    ("Persentase {obj} yang terlayani sesuai standar pelayanan minimal", "%", "Persentase", "Maksimal",
     "Jumlah {obj} yang terlayani sesuai SPM ÷ Jumlah seluruh {obj} × 100%"),
    ("Indeks Kepuasan Masyarakat terhadap layanan {bidang}", "indeks", "Indeks", "Maksimal",
     "Rata-rata tertimbang nilai unsur pelayanan hasil survei kepuasan masyarakat"),
    ("Persentase pengaduan layanan {bidang} yang diselesaikan dalam 14 hari", "%", "Persentase", "Maksimal",
     "Jumlah pengaduan yang diselesaikan dalam 14 hari ÷ Jumlah pengaduan yang diterima × 100%"),
    ("Persentase rekomendasi hasil pemeriksaan bidang {bidang} yang belum ditindaklanjuti", "%", "Persentase",
     "Minimal", "Jumlah rekomendasi belum ditindaklanjuti ÷ Jumlah rekomendasi × 100%"),
    ("Jumlah {obj} yang menerima pembinaan teknis", "orang", "Kuantitas Absolut", "Maksimal",
     "Jumlah {obj} yang tercatat menerima pembinaan teknis dalam satu tahun"),
    ("Rasio {obj} terhadap jumlah petugas layanan {bidang}", "rasio", "Rasio", "Minimal",
     "Jumlah {obj} ÷ Jumlah petugas layanan"),
    ("Rata-rata waktu penyelesaian permohonan layanan {bidang}", "hari", "Rata-rata", "Minimal",
     "Jumlah hari penyelesaian seluruh permohonan ÷ Jumlah permohonan"),
    ("Persentase data {bidang} yang dimutakhirkan tepat waktu", "%", "Persentase", "Maksimal",
     "Jumlah data yang dimutakhirkan tepat waktu ÷ Jumlah data yang wajib dimutakhirkan × 100%"),
    ("Persentase capaian standar mutu layanan {bidang}", "%", "Persentase", "Maksimal",
     "Jumlah unsur standar mutu yang terpenuhi ÷ Jumlah unsur standar mutu × 100%"),
    ("Persentase anggaran program {bidang} yang terserap sesuai rencana", "%", "Persentase", "Maksimal",
     "Realisasi anggaran ÷ Pagu anggaran × 100%"),
    ("Jumlah inovasi layanan {bidang} yang diterapkan", "inovasi", "Kuantitas Absolut", "Maksimal",
     "Jumlah inovasi yang ditetapkan dan diterapkan dalam satu tahun"),
    ("Nilai evaluasi akuntabilitas kinerja {pd}", "predikat", "Kualitatif", "Maksimal",
     "Nilai hasil evaluasi SAKIP oleh Inspektorat"),
)
_SASARAN_PD = ("Meningkatnya mutu layanan {bidang}", "Meningkatnya akuntabilitas kinerja {pd}",
               "Meningkatnya cakupan layanan {bidang}")
_OBJEK = {
    "Pendidikan": "peserta didik", "Kesehatan": "pasien", "Sosial": "penerima bantuan sosial",
    "Tenaga Kerja": "pencari kerja", "Pertanian": "petani", "Perdagangan": "pedagang pasar",
    "Penanaman Modal": "pemohon izin usaha", "Perhubungan": "pengguna angkutan umum",
    "Kependudukan": "penduduk", "Koperasi, Usaha Kecil, dan Menengah": "pelaku usaha mikro",
}
_KECAMATAN = ("Mlati", "Depok", "Gamping", "Godean", "Seyegan", "Tempel", "Turi", "Pakem", "Cangkringan",
              "Ngaglik", "Kalasan", "Berbah", "Prambanan", "Minggir", "Moyudan", "Ngemplak", "Sleman",
              "Sayegan", "Banyurejo", "Sendangadi")
_NAMA = ("Ahmad Fauzi", "Siti Rahmawati", "Budi Santoso", "Dewi Lestari", "Agus Salim", "Rina Marlina",
         "Hendra Gunawan", "Sri Wahyuni", "Yusuf Hidayat", "Retno Wulandari", "Eko Prasetyo", "Nur Aini")
_PROGRAM = ("Program Penunjang Urusan Pemerintahan Daerah", "Program Peningkatan Mutu Layanan {bidang}",
            "Program Pengelolaan Data dan Informasi {bidang}", "Program Pembinaan dan Pengawasan {bidang}",
            "Program Pengembangan Kapasitas Aparatur {bidang}")


def _perangkat_daerah(n: int) -> list[dict[str, str]]:
    out = []
    for i in range(n):
        if i < len(c.SEMUA_URUSAN):
            bidang = c.SEMUA_URUSAN[i]
            nama = f"Dinas {bidang}" if i < 34 else f"Badan {bidang}"
        else:
            bidang = f"pemerintahan Kecamatan {_KECAMATAN[(i - len(c.SEMUA_URUSAN)) % len(_KECAMATAN)]}"
            nama = f"Kecamatan {_KECAMATAN[(i - len(c.SEMUA_URUSAN)) % len(_KECAMATAN)]}"
            if i - len(c.SEMUA_URUSAN) >= len(_KECAMATAN):
                nama += f" {i}"
                bidang += f" {i}"
        out.append({"kode": f"PD{i + 1:03d}", "nama": nama, "bidang": bidang.lower() if "Kecamatan" not in bidang
                    else bidang, "urusan": bidang, "objek": _OBJEK.get(bidang, f"penerima layanan {bidang.lower()}")})
    return out


def _nip(rng: random.Random) -> str:
    return f"19{rng.randint(65, 85)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
           f"{rng.randint(1990, 2010)}{rng.randint(1, 12):02d}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"


def _angka(x: Decimal) -> str | float:
    return float(x)


def _targets(rng: random.Random, polaritas: str, jenis: str) -> tuple[list, object]:
    if jenis == "Kualitatif":
        return ["B", "BB", "BB", "A", "A"], "B"
    base = Decimal(rng.randint(40, 80))
    step = Decimal(rng.randint(1, 4))
    if polaritas == "Minimal":
        return [_angka(base - step * (k + 1)) for k in range(len(PERIODE))], _angka(base)
    return [_angka(base + step * (k + 1)) for k in range(len(PERIODE))], _angka(base)


def build_workbook(path: Path, ukuran: Ukuran, seed: int = 7) -> Path:
    """Write a large, valid standardized workbook.

    Not openpyxl's write-only mode: it writes inline strings and no ``<dimension>``, which makes
    reading several times slower than for the shared strings Excel and LibreOffice write.
    """
    rng = random.Random(seed)
    pds = _perangkat_daerah(ukuran.pd)
    wb = Workbook()
    wb.remove(wb.active)

    def sheet(lembar: c.Lembar, rows: Iterator[Sequence[object]]) -> None:
        ws = wb.create_sheet(lembar.nama)
        if lembar.kv:
            ws.append(list(c.KV_HEADERS))
        else:
            ws.append([k.nama for k in c.columns_for(lembar, PERIODE)])
        for row in rows:
            ws.append(list(row))

    sheet(c.LEMBAR_IDENTITAS, iter([
        ("Jenis Daerah", "Kabupaten"), ("Nama Daerah", "Sembada Raya"), ("Provinsi", "Jawa Tengah"),
        ("Nama Kepala Daerah", "H. Ahmad Sudrajat, S.H., M.Si."), ("Status Kepala Daerah", "Definitif"),
        ("Ibu Kota", "Sembada"), ("Tahun", TAHUN), ("Periode Awal", PERIODE[0]), ("Periode Akhir", PERIODE[-1]),
        ("Nomor Peraturan", None), ("Tanggal Penetapan", None), ("Nama Sekretaris Daerah", "Ir. Budi Santoso, M.T."),
        ("Pangkat Sekretaris Daerah", "Pembina Utama Madya (IV/d)"), ("NIP Sekretaris Daerah", "196805121994031007"),
        ("Nomor Berita Daerah", None), ("Tanggal Dokumen", "2 Januari 2026"),
    ]))
    sheet(c.LEMBAR_PENGATURAN, iter([(i.nama, None) for i in c.LEMBAR_PENGATURAN.isian]))
    sheet(c.LEMBAR_DASAR_HUKUM, iter([
        (1, "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia "
            "Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587)"),
        (2, "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang "
            "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi "
            "Pemerintah (Berita Negara Republik Indonesia Tahun 2014 Nomor 1842)"),
    ]))
    sheet(c.LEMBAR_PD, (
        (p["kode"], p["nama"], f"Kepala {p['nama']}" if not p["nama"].startswith("Kecamatan") else "Camat",
         _NAMA[i % len(_NAMA)] + (", S.E., M.M." if i % 2 else ", S.Sos."), _nip(rng), "Pembina Utama Muda (IV/c)",
         "Plt." if i % 17 == 5 else "Definitif",
         f"Membantu Bupati melaksanakan urusan pemerintahan bidang {p['bidang']}.",
         f"Perumusan kebijakan bidang {p['bidang']};\nPelaksanaan kebijakan bidang {p['bidang']};\n"
         f"Evaluasi dan pelaporan bidang {p['bidang']};")
        for i, p in enumerate(pds)
    ))
    pemda_rows, pemda_kode = _iku_pemda_rows(rng, pds, ukuran)
    sheet(c.LEMBAR_IKU_PEMDA, iter(pemda_rows))
    pd_rows, pd_kode = _iku_pd_rows(rng, pds, ukuran, pemda_kode)
    sheet(c.LEMBAR_IKU_PD, iter(pd_rows))
    sheet(c.LEMBAR_PROGRAM, (
        (p["kode"], TAHUN, _PROGRAM[k].format(bidang=p["bidang"]), (a := rng.randint(5, 400) * 50_000_000),
         int(a * rng.uniform(0.78, 0.99)))
        for p in pds for k in range(min(ukuran.program_per_pd, len(_PROGRAM)))
    ))
    sheet(c.LEMBAR_REALISASI, (
        (kode, tahun, _realisasi(rng, target, polaritas), f"Capaian {kode} tahun {tahun} dipengaruhi oleh "
         "pelaksanaan program sesuai jadwal dan dukungan anggaran yang memadai.")
        for kode, targets, polaritas in pemda_kode + pd_kode
        for tahun, target in zip(PERIODE, targets, strict=False) if tahun in ukuran.realisasi_tahun
    ))
    wb.save(path)
    _to_shared_strings(path)
    return path


_INLINE = re.compile(rb'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="inlineStr"><is><t(?: xml:space="preserve")?>'
                     rb'(.*?)</t></is></c>', re.DOTALL)


def _to_shared_strings(path: Path) -> None:
    """Rewrite openpyxl's inline strings as a shared string table, as Excel and LibreOffice save text.

    openpyxl 3.1 writes every string inline (``t="inlineStr"``), which its read-only reader parses
    several times slower than shared strings; timing that would measure a file no user sends.
    """
    table: dict[bytes, int] = {}

    def shared(m: re.Match[bytes]) -> bytes:
        index = table.setdefault(m.group(3), len(table))
        return b'<c r="%s"%s t="s"><v>%d</v></c>' % (m.group(1), m.group(2), index)

    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
        parts[name] = _INLINE.sub(shared, parts[name])
    items = b"".join(b'<si><t xml:space="preserve">%s</t></si>' % text for text in table)
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>' % (len(table), len(table), items))
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)


def _realisasi(rng: random.Random, target: object, polaritas: str) -> object:
    if isinstance(target, str):
        return target
    factor = rng.uniform(0.9, 1.08)
    return round(float(target) * (factor if polaritas == "Maksimal" else 2 - factor), 2)


def _iku_pemda_rows(rng: random.Random, pds: list[dict[str, str]], ukuran: Ukuran) -> tuple[list, list]:
    rows, kode = [], []
    urusan = [(j, u) for j, daftar in c.URUSAN.items() for u in daftar]
    for i in range(ukuran.iku_pemda):
        jenis_urusan, nama_urusan = urusan[i % len(urusan)]
        pd = pds[i % len(pds)]
        nama, satuan, jenis, polaritas, formula = _POLA_IKU[i % 4 if i % 4 != 3 else 0]
        nama = nama.format(obj=pd["objek"], bidang=nama_urusan.lower(), pd=pd["nama"])
        targets, baseline = _targets(rng, polaritas, jenis)
        k = f"IKU-{i + 1:02d}"
        rows.append((k, jenis_urusan, nama_urusan, "Mewujudkan tata kelola pemerintahan yang akuntabel dan "
                     "pelayanan publik yang prima", f"Meningkatnya kualitas layanan urusan {nama_urusan.lower()}",
                     nama, f"{nama} di Kabupaten Sembada Raya dalam satu tahun anggaran.",
                     formula.format(obj=pd["objek"]), "Mengukur ketercapaian sasaran RPJMD.", satuan, jenis, polaritas,
                     None, pd["kode"], "BPS Kabupaten Sembada Raya", baseline, *targets))
        kode.append((k, targets, polaritas))
    return rows, kode


def _iku_pd_rows(rng: random.Random, pds: list[dict[str, str]], ukuran: Ukuran,
                 pemda: list) -> tuple[list, list]:
    rows, kode = [], []
    for n, pd in enumerate(pds):
        for j in range(ukuran.iku_per_pd):
            nama, satuan, jenis, polaritas, formula = _POLA_IKU[j % len(_POLA_IKU)]
            fmt = dict(obj=pd["objek"], bidang=pd["bidang"], pd=pd["nama"])
            nama = nama.format(**fmt)
            if j >= len(_POLA_IKU):
                nama += f" wilayah {j // len(_POLA_IKU) + 1}"
            targets, baseline = _targets(rng, polaritas, jenis)
            k = f"{pd['kode']}-{j + 1:02d}"
            mendukung = pemda[(n + j) % len(pemda)][0] if pemda and j % 3 == 0 else None
            rows.append((pd["kode"], k, _SASARAN_PD[j % len(_SASARAN_PD)].format(**fmt), nama,
                         f"{nama} dalam satu tahun anggaran, dihitung dari data {pd['nama']}.",
                         formula.format(**fmt), f"Mendukung sasaran strategis {pd['nama']}.", satuan, jenis, polaritas,
                         None, f"Bidang {j % 4 + 1}", f"Laporan tahunan {pd['nama']}", baseline, *targets,
                         mendukung, "Supportive" if mendukung else "Unique"))
            kode.append((k, targets, polaritas))
    return rows, kode


# --- measuring ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Ukur:
    detik: float
    rss_mb: float
    keluaran: str
    kode: int


def run(cmd: Sequence[str], *, cwd: Path | None = None) -> Ukur:
    """Run a child process; wall time and the peak RSS of the largest process in its tree.

    On Linux the tree (batch workers are children of the forkserver, which nobody waits for) is polled
    every 50 ms for ``VmHWM``: each process's own peak RSS since its exec, which only grows. ``wait4``'s
    ru_maxrss is no use there: it starts from the peak of the process that forked the child.
    """
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=subprocess.STDOUT, cwd=cwd, env=_ENV)
        polled = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            polled = max(polled, _tree_peak_kib(proc.pid))
            time.sleep(0.05)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if polled:  # /proc: each process's own peak, from its exec on
        return Ukur(elapsed, polled / 1024, text, proc.returncode)
    # Elsewhere ru_maxrss, which has a flaw: a child starts with its parent's peak (this benchmark's, which
    # built the workbooks), so it is only an upper bound. macOS reports it in bytes.
    waited = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)
    return Ukur(elapsed, waited / 1024, text, proc.returncode)


# Children run as on a user's machine, where an installed package has its bytecode: a sandbox that sets
# PYTHONDONTWRITEBYTECODE would otherwise recompile every module of the package at each start.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def best_of(n: int, cmd: Sequence[str]) -> tuple[Ukur, list[float]]:
    """One untimed warm-up run (bytecode, page cache), then ``n`` runs: the median run and every time."""
    checked(cmd[1] if len(cmd) > 1 else "run", run(cmd))
    runs = sorted((checked("run", run(cmd)) for _ in range(n)), key=lambda u: u.detik)
    return runs[len(runs) // 2], [u.detik for u in runs]


def _tree_peak_kib(root: int) -> int:
    """Largest VmHWM (KiB) among ``root`` and all its descendants; 0 where /proc is absent."""
    proc = Path("/proc")
    if not proc.is_dir():
        return 0
    children: dict[int, list[int]] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    peak, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack += children.get(pid, [])
        try:
            for line in (proc / str(pid) / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except OSError:
            continue
    return peak


def cli() -> list[str]:
    """The console script beside this interpreter (a pyenv/asdf shim on PATH would add its own start-up)."""
    beside = Path(sys.executable).with_name("iku-docs")
    if beside.is_file():
        return [str(beside)]
    return [sys.executable, "-m", "iku_docs.cli"]


def checked(label: str, u: Ukur, ok_codes: tuple[int, ...] = (0,)) -> Ukur:
    if u.kode not in ok_codes:
        sys.exit(f"{label}: exit {u.kode}\n{u.keluaran[-3000:]}")
    return u


_VALIDATE_SNIPPET = """
import sys, time
from pathlib import Path
import iku_docs.validate.schema, iku_docs.workbook.load, iku_docs.workbook.reader  # imports are not timed
from iku_docs.pipeline import check_workbook
t = time.perf_counter()
hasil = check_workbook(Path(sys.argv[1]))
print(f"{time.perf_counter() - t:.3f} {len(hasil.laporan.temuan)} {int(hasil.laporan.valid)}")
"""


# The LKjIP .xlsx and the LKjIP charts of the large workbook, in one process with imports and the model not timed:
# the .xlsx as the median of 5 runs, the charts once as a render draws them (fresh caches) and once more.
_LKJIP_SNIPPET = """
import sys, time
from pathlib import Path
from iku_docs.pipeline import check_workbook
from iku_docs.documents import lkjip
from iku_docs.render import chart, xlsx
model = check_workbook(Path(sys.argv[1])).model
grafik = [lkjip.build_context(model, t)["grafik"] for t in lkjip.build_tables(model)]
times = []
for _ in range(2):
    t = time.perf_counter(); n = sum(len(chart.draw_charts(g)) for g in grafik); times.append(time.perf_counter() - t)
runs = []
for _ in range(5):
    t = time.perf_counter(); size = len(xlsx.lkjip_xlsx_bytes(model)); runs.append(time.perf_counter() - t)
print(f"{sorted(runs)[2]:.3f} {times[0]:.3f} {times[1]:.3f} {n} {size}")
"""


_STAGES_SNIPPET = """
import sys, time
from pathlib import Path
import iku_docs.validate.build, iku_docs.validate.rules, iku_docs.validate.schema  # imports are not timed
import iku_docs.workbook.load, iku_docs.workbook.reader
from iku_docs.errors import IkuDocsError
from iku_docs.validate import validate_tables
from iku_docs.workbook.load import load_workbook
from iku_docs.workbook.reader import read_tables
path = Path(sys.argv[1])
marks = [(time.perf_counter(), time.process_time())]
try:
    loaded = load_workbook(path)
    marks.append((time.perf_counter(), time.process_time()))
    tables = read_tables(loaded)
    marks.append((time.perf_counter(), time.process_time()))
    laporan, model = validate_tables(tables, berkas=loaded.name, sha256=loaded.sha256)
    marks.append((time.perf_counter(), time.process_time()))
    outcome = f"{len(laporan.temuan)}-temuan"
except IkuDocsError as exc:
    marks.append((time.perf_counter(), time.process_time()))
    outcome = "galat:" + exc.pesan.split(",")[0].replace(" ", "_")[:60]
stages = [f"{b[0] - a[0]:.3f}/{b[1] - a[1]:.3f}" for a, b in zip(marks, marks[1:])]
stages += ["-"] * (3 - len(stages))
print(*stages, f"{marks[-1][0] - marks[0][0]:.3f}/{marks[-1][1] - marks[0][1]:.3f}", outcome)
"""


def _bench_reading(workbooks: dict[str, Path]) -> list[Baris]:
    """load, read (sheets to tables) and the rest of validation, each timed in one fresh process, imports not
    timed: wall / CPU seconds (the CPU time hides other processes on a shared machine); a warm-up run, then
    the median (by total wall time) of 3."""
    rows = []
    for label, path in workbooks.items():
        cmd = [sys.executable, "-c", _STAGES_SNIPPET, str(path)]
        checked(f"tahap {label}", run(cmd))  # warm-up
        runs = [checked(f"tahap {label}", run(cmd)) for _ in range(3)]
        fields = sorted(((u.keluaran.strip().splitlines()[-1].split(), u.rss_mb) for u in runs),
                        key=lambda f: float(f[0][3].split("/")[0]))
        (load, read, rest, total, outcome), rss = fields[1]
        totals = ", ".join(f[0][3].split("/")[0] for f in fields)
        size = path.stat().st_size // 1024
        rows += [Baris(f"{label}, {size} KB: load_workbook (dinding/CPU)", f"{load} s"),
                 Baris(f"{label}: read_tables", f"{read} s"),
                 Baris(f"{label}: validasi sesudah membaca ({outcome})", f"{rest} s"),
                 Baris(f"{label}: jumlah, median dari [{totals}]", f"{total} s", rss_mb=rss)]
    return rows


def _with_formulas_and_percent(src: Path, dst: Path) -> Path:
    """``src`` as Excel users fill it: every Baseline a formula with its cached value, every target shown with
    a percent format (the values stay; only the sheet scan has more to find)."""
    with zipfile.ZipFile(src) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    styles = parts["xl/styles.xml"]
    count = int(re.search(rb'<cellXfs count="(\d+)"', styles).group(1))
    parts["xl/styles.xml"] = re.sub(rb'<cellXfs count="\d+">(.*?)</cellXfs>', lambda m: b'<cellXfs count="%d">%s'
                                    b'<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" '
                                    b'applyNumberFormat="1"/></cellXfs>' % (count + 1, m.group(1)), styles, flags=re.S)
    for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
        xml = re.sub(rb'(<c r="N\d+" t="n">)<v>', rb'\1<f>ROUND(M1,2)</f><v>', parts[name])
        parts[name] = re.sub(rb'<c r="([O-S]\d+)" t="n">', rb'<c r="\1" s="%d" t="n">' % count, xml)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return dst


def _with_sheet_tail(src: Path, dst: Path, sheet: str, tail: bytes) -> Path:
    """``src`` with ``tail`` appended to the rows of ``sheet``'s part."""
    with zipfile.ZipFile(src) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    member = f"xl/worksheets/sheet{[ln.nama for ln in c.SHEETS].index(sheet) + 1}.xml"
    parts[member] = parts[member].replace(b"</sheetData>", tail + b"</sheetData>")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return dst


@dataclass(slots=True)
class Baris:
    nama: str
    nilai: str
    target: str = ""
    ok: bool | None = None
    rss_mb: float | None = None


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller workbooks and batches (smoke test)")
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice measurements")
    ap.add_argument("--workdir", type=Path, help="keep generated files here (default: a temporary folder)")
    ap.add_argument("--reading", action="store_true", help="only time load, read and validation")
    args = ap.parse_args(argv)

    ukuran = Ukuran(pd=12, iku_per_pd=6, iku_pemda=8) if args.quick else Ukuran()
    n_batch = 8 if args.quick else 40
    n_pdf = 8 if args.quick else 40
    rows_10k = 2_000 if args.quick else 10_000
    work = args.workdir or Path(tempfile.mkdtemp(prefix="iku-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"Folder kerja: {work}  (inti CPU: {os.cpu_count()}, Python {sys.version.split()[0]})", flush=True)
    hasil: list[Baris] = []

    t = time.perf_counter()
    besar = build_workbook(work / "besar.xlsx", ukuran)
    n_iku = ukuran.pd * ukuran.iku_per_pd + ukuran.iku_pemda
    print(f"buku kerja besar: {ukuran.pd} PD, {n_iku} IKU, {besar.stat().st_size // 1024} KB, dibuat dalam "
          f"{time.perf_counter() - t:.1f} s", flush=True)
    per_pd = 50
    sepuluh_ribu = build_workbook(work / "iku-10000.xlsx", Ukuran(pd=rows_10k // per_pd, iku_per_pd=per_pd,
                                                                  iku_pemda=24, program_per_pd=1,
                                                                  realisasi_tahun=()))
    if args.reading:
        rows_30k = 3 * rows_10k
        tiga_puluh_ribu = build_workbook(work / f"iku-{rows_30k}.xlsx", Ukuran(
            pd=rows_30k // per_pd, iku_per_pd=per_pd, iku_pemda=24, program_per_pd=1, realisasi_tahun=()))
        program_rows = ukuran.pd * ukuran.program_per_pd + 1
        empty_rows = b"".join(b'<row r="%d" s="1" customFormat="1"/>' % r for r in range(program_rows + 1, 1_048_577))
        workbooks = {
            f"besar ({n_iku} IKU)": besar,
            f"IKU {rows_10k} baris": sepuluh_ribu,
            f"IKU {rows_10k} baris, rumus dan format persen": _with_formulas_and_percent(
                sepuluh_ribu, work / f"iku-{rows_10k}-rumus.xlsx"),
            f"IKU {rows_30k} baris": tiga_puluh_ribu,
            "besar, baris kosong berformat sampai 1.048.576": _with_sheet_tail(
                besar, work / "besar-baris-kosong.xlsx", c.LEMBAR_PROGRAM.nama, empty_rows),
            "besar, satu nilai di XFD1048576": _with_sheet_tail(
                besar, work / "besar-xfd.xlsx", c.LEMBAR_IKU_PD.nama,
                b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
        }
        _print(_bench_reading(workbooks))
        return 0

    # 1. validate only (CLI, wall incl. interpreter start)
    u = checked("validate", run([*cli(), "validate", str(besar)]), (0, 1))
    hasil.append(Baris(f"validasi saja, buku kerja besar ({n_iku} IKU), CLI", f"{u.detik:.2f} s", rss_mb=u.rss_mb))

    # 2. render every document of the large workbook (CLI, wall incl. interpreter start): median of 3
    out_render = work / "render"
    for jobs in (1, 2):
        u, times = best_of(3, [*cli(), "render", str(besar), "--output", str(out_render), "--jobs", str(jobs)])
        docs = sorted(out_render.rglob("*.docx"))
        semua = ", ".join(f"{t:.2f}" for t in times)
        target = ("< 2 s", u.detik < 2) if jobs == 2 else ("", None)
        hasil.append(Baris(f"render semua dokumen ({len(docs)} .docx), CLI --jobs {jobs}, median dari [{semua}]",
                           f"{u.detik:.2f} s", *target, u.rss_mb))

    # 2b. the LKjIP .xlsx and charts alone (in-process, imports excluded)
    u = checked("lkjip", run([sys.executable, "-c", _LKJIP_SNIPPET, str(besar)]))
    xlsx_s, first_s, again_s, n_grafik, size = u.keluaran.strip().splitlines()[-1].split()
    hasil.append(Baris(f"tabel LKjIP .xlsx ({int(size) // 1024} KB), tanpa impor, median dari 5",
                       f"{float(xlsx_s):.2f} s"))
    hasil.append(Baris(f"grafik LKjIP ({n_grafik} gambar), pertama kali / diulang", f"{float(first_s):.2f} / "
                       f"{float(again_s):.2f} s", rss_mb=u.rss_mb))

    # 3. validation of a 10,000-row IKU sheet (in-process time, imports excluded; and CLI wall): median of 3
    cmd = [sys.executable, "-c", _VALIDATE_SNIPPET, str(sepuluh_ribu)]
    checked("validate 10k", run(cmd))  # warm-up
    runs = [checked("validate 10k", run(cmd)) for _ in range(3)]
    lines = sorted((u.keluaran.strip().splitlines()[-1].split() for u in runs), key=lambda f: float(f[0]))
    detik, n_temuan, valid = lines[1]
    semua = ", ".join(f[0] for f in lines)
    hasil.append(Baris(f"validasi lembar IKU {rows_10k} baris (tanpa impor; {n_temuan} temuan, "
                       f"{'tanpa' if valid == '1' else 'ada'} galat), median dari [{semua}]",
                       f"{float(detik):.2f} s", "< 1 s", float(detik) < 1, max(u.rss_mb for u in runs)))
    u = checked("validate 10k cli", run([*cli(), "validate", str(sepuluh_ribu)]), (0, 1))
    hasil.append(Baris(f"validasi lembar IKU {rows_10k} baris, CLI", f"{u.detik:.2f} s", rss_mb=u.rss_mb))

    # 4. batch of n copies, --jobs 1 vs --jobs 2
    masukan = work / "batch-masukan"
    masukan.mkdir(exist_ok=True)
    for i in range(n_batch):
        shutil.copyfile(besar, masukan / f"kabupaten-{i + 1:02d}.xlsx")
    waktu = {}
    for jobs in (1, 2):
        out = work / f"batch-j{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        u = checked(f"batch j{jobs}", run([*cli(), "batch", str(masukan), "--output", str(out), "--jobs", str(jobs)]))
        waktu[jobs] = u.detik
        hasil.append(Baris(f"batch {n_batch} buku kerja --jobs {jobs}", f"{u.detik:.1f} s", rss_mb=u.rss_mb))
    rasio = waktu[1] / waktu[2]
    hasil.append(Baris("rasio --jobs 1 / --jobs 2", f"{rasio:.2f}×", "≥ 1,7×", rasio >= 1.7))

    # 5. PDF: n documents in one LibreOffice call vs one call per document
    if args.no_pdf:
        hasil.append(Baris("PDF", "dilewati (--no-pdf)"))
    elif shutil.which("soffice") is None:
        hasil.append(Baris("PDF", "dilewati: soffice tidak ditemukan"))
    else:
        hasil += _bench_pdf(docs, n_pdf, work)

    _print(hasil)
    return 0 if all(b.ok is not False for b in hasil) else 1


_PDF_SNIPPET = """
import sys
from pathlib import Path
from iku_docs.render.pdf import convert_to_pdf
out = Path(sys.argv[1]); files = [Path(p) for p in sys.argv[2:]]
if out.name == "satu":
    assert len(convert_to_pdf(files, out)) == len(files)
else:
    for f in files:
        assert len(convert_to_pdf([f], out)) == 1
"""


def _bench_pdf(docs: list[Path], n: int, work: Path) -> list[Baris]:
    if not docs:
        return [Baris("PDF", "dilewati: tidak ada dokumen")]
    files = [docs[i % len(docs)] for i in range(n)]
    stage = work / "pdf-masukan"
    stage.mkdir(exist_ok=True)
    staged = []
    for i, f in enumerate(files):  # unique names: LibreOffice writes every output of a call into one folder
        dst = stage / f"{i + 1:02d}-{f.name}"
        shutil.copyfile(f, dst)
        staged.append(str(dst))
    one = checked("pdf satu", run([sys.executable, "-c", _PDF_SNIPPET, str(work / "pdf" / "satu"), *staged]))
    many = checked("pdf banyak", run([sys.executable, "-c", _PDF_SNIPPET, str(work / "pdf" / "banyak"), *staged]))
    rasio = many.detik / one.detik
    # No memory figure here: the largest process is LibreOffice itself, not iku-docs.
    return [
        Baris(f"PDF {n} dokumen, satu panggilan LibreOffice", f"{one.detik:.1f} s"),
        Baris(f"PDF {n} dokumen, satu panggilan per dokumen", f"{many.detik:.1f} s"),
        Baris("rasio per dokumen / satu panggilan", f"{rasio:.1f}×", "≥ 3×", rasio >= 3),
    ]


def _print(rows: list[Baris]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="iku-docs bench", title_justify="left")
    for name, justify in (("Pengukuran", "left"), ("Hasil", "right"), ("Sasaran", "right"), ("", "left"),
                          ("Memori puncak/proses", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for b in rows:
        mark = "" if b.ok is None else ("[green]ok[/]" if b.ok else "[red]meleset[/]")
        mem = "" if b.rss_mb is None else f"{b.rss_mb:.0f} MB" + (" [red]> 300[/]" if b.rss_mb > 300 else "")
        table.add_row(b.nama, b.nilai, b.target, mark, mem)
    Console(width=max(110, shutil.get_terminal_size().columns)).print(table)


if __name__ == "__main__":
    raise SystemExit(main())
