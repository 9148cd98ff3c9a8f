"""``WorkbookBuilder``: a small, complete and VALID standardized workbook built in code.

Tests start from the valid workbook and break exactly one thing::

    path = WorkbookBuilder().set("IKU Pemda", "F3", "Menghadiri rapat").save(tmp_path / "x.xlsx")
    path = WorkbookBuilder().drop_sheet("Realisasi").save(tmp_path / "x.xlsx")
    b = WorkbookBuilder(); b.set(*b.ref("IKU Pemda", "Satuan", 2), "")   # 2nd data row, by header

Every sheet is kept as a grid (row 1 = header row) until ``save``; all methods return
``self`` so calls chain. Sheet names and headers come from ``contract``; the content
mirrors ``tests/factories.make_pemda()`` (Kabupaten Contoh, RPJMD 2025-2029).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import coordinate_from_string

from iku_docs.workbook import contract as c

PERIODE = range(2025, 2030)
IDENTITAS = c.LEMBAR_IDENTITAS.nama
PENGATURAN = c.LEMBAR_PENGATURAN.nama
DASAR_HUKUM = c.LEMBAR_DASAR_HUKUM.nama
PD = c.LEMBAR_PD.nama
IKU_PEMDA = c.LEMBAR_IKU_PEMDA.nama
IKU_PD = c.LEMBAR_IKU_PD.nama
PROGRAM = c.LEMBAR_PROGRAM.nama
REALISASI = c.LEMBAR_REALISASI.nama


def _targets(*values: Any) -> dict[str, Any]:
    return {c.target_header(t): v for t, v in zip(PERIODE, values, strict=True)}


IDENTITAS_ROWS: dict[str, Any] = {
    "Jenis Daerah": "Kabupaten",
    "Nama Daerah": "Contoh",
    "Provinsi": "Jawa Tengah",
    "Nama Kepala Daerah": "H. Ahmad Sudrajat, S.H., M.Si.",
    "Status Kepala Daerah": "Definitif",
    "Ibu Kota": "Contoh",
    "Tahun": 2026,
    "Periode Awal": 2025,
    "Periode Akhir": 2029,
    "Nomor Peraturan": "",
    "Tanggal Penetapan": None,
    "Nama Sekretaris Daerah": "Ir. Budi Santoso, M.T.",
    "Pangkat Sekretaris Daerah": "Pembina Utama Madya (IV/d)",
    "NIP Sekretaris Daerah": "196805121994031007",
    "Nomor Berita Daerah": "",
    "Tanggal Dokumen": "2 Januari 2026",
}

PENGATURAN_ROWS: dict[str, Any] = {i.nama: None for i in c.LEMBAR_PENGATURAN.isian}

DASAR_HUKUM_ROWS = [
    {"No": 1, "Peraturan": "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik "
     "Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587)"},
    {"No": 2, "Peraturan": "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun "
     "2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja "
     "Instansi Pemerintah (Berita Negara Republik Indonesia Tahun 2014 Nomor 1842)"},
]


def _pd(kode: str, nama: str, jabatan: str, kepala: str, nip: str, status: str, bidang: str,
        fungsi: str) -> dict[str, Any]:
    return {c.KODE_PD: kode, "Nama Perangkat Daerah": nama, "Jabatan Kepala": jabatan, "Nama Kepala": kepala,
            "NIP": nip, "Pangkat/Golongan": "Pembina Utama Muda (IV/c)", "Status Kepala": status,
            "Tugas Pokok": f"Membantu Bupati melaksanakan urusan pemerintahan bidang {bidang}.", "Fungsi": fungsi}


PD_ROWS = [
    _pd("DINKES", "Dinas Kesehatan", "Kepala Dinas Kesehatan", "dr. Siti Aminah, M.Kes.", "197003121998032004", "",
        "kesehatan", "Perumusan kebijakan bidang kesehatan;\nPelaksanaan kebijakan bidang kesehatan;"),
    _pd("DISDIK", "Dinas Pendidikan", "Kepala Dinas Pendidikan", "Drs. Bambang Riyadi", "196911051994031006",
        "Plt.", "pendidikan", "Perumusan kebijakan bidang pendidikan;"),
    _pd("DLH", "Dinas Lingkungan Hidup", "Kepala Dinas Lingkungan Hidup", "Ir. Yusuf Hidayat, M.Sc.",
        "197205201999031003", "Definitif", "lingkungan hidup",
        "Perumusan kebijakan bidang lingkungan hidup;\nPengendalian pencemaran dan kerusakan lingkungan hidup;"),
    _pd("INSP", "Inspektorat Daerah", "Inspektur", "Ir. Retno Wulandari", "196808081993032005", "Definitif",
        "pengawasan", "Perumusan kebijakan teknis pengawasan;\nPelaksanaan pengawasan internal;"),
]


def _iku_pemda(kode: str, jenis_urusan: str, urusan: str, sasaran: str, nama: str, formula: str, satuan: str,
               jenis_angka: str, polaritas: str, pd: str, baseline: Any, targets: tuple) -> dict[str, Any]:
    return {
        c.KODE_IKU: kode, "Jenis Urusan": jenis_urusan, "Urusan": urusan,
        "Tujuan": "Mewujudkan masyarakat yang sehat, cerdas dan sejahtera", "Sasaran": sasaran,
        "Indikator Kinerja Utama": nama, "Definisi Operasional": f"{nama} dalam satu tahun anggaran.",
        "Formula": formula, "Alasan": "Mengukur ketercapaian sasaran RPJMD.", "Satuan": satuan,
        "Jenis Angka": jenis_angka, "Polaritas": polaritas, "Metode Capaian": None, "PD Penanggung Jawab": pd,
        "Sumber Data": "BPS Kabupaten Contoh", "Baseline": baseline, **_targets(*targets),
    }


IKU_PEMDA_ROWS = [
    _iku_pemda("IKU-01", "Wajib Pelayanan Dasar", "Kesehatan", "Meningkatnya derajat kesehatan masyarakat",
               "Persentase balita stunting yang ditangani", "Jumlah balita stunting ditangani ÷ Jumlah balita "
               "stunting × 100%", "%", "Persentase", "Maksimal", "DINKES", 80, (82, 84, 86, 88, 90)),
    _iku_pemda("IKU-02", "Wajib Pelayanan Dasar", "Kesehatan", "Meningkatnya derajat kesehatan masyarakat",
               "Angka Kematian Bayi per 1.000 kelahiran hidup", "Jumlah kematian bayi ÷ Jumlah kelahiran hidup × "
               "1.000", "per 1.000 KH", "Rata-rata", "Minimal", "DINKES", 8, ("7,5", 7, "6,5", 6, "5,5")),
    _iku_pemda("IKU-03", "Wajib Pelayanan Dasar", "Pendidikan", "Meningkatnya akses pendidikan",
               "Angka Partisipasi Murni SMP", "Jumlah siswa SMP usia 13-15 tahun ÷ Jumlah penduduk usia 13-15 "
               "tahun × 100%", "%", "Persentase", "Maksimal", "DISDIK", 80, (82, 84, 86, 88, 90)),
    _iku_pemda("IKU-04", "Wajib Non Pelayanan Dasar", "Lingkungan Hidup", "Meningkatnya kualitas lingkungan hidup",
               "Indeks Kualitas Lingkungan Hidup", "Rata-rata tertimbang IKA, IKU dan IKL", "indeks", "Indeks",
               "Maksimal", "DLH", "60,5", (61, 62, 63, 64, 65)),
    _iku_pemda("IKU-05", "Penunjang", "Pengawasan", "Meningkatnya akuntabilitas keuangan daerah",
               "Opini BPK atas Laporan Keuangan Pemerintah Daerah", "Opini BPK atas LKPD", "opini", "Kualitatif",
               "Maksimal", "INSP", "WDP", ("WTP",) * 5),
]


def _iku_pd(kode_pd: str, kode: str, sasaran: str, nama: str, satuan: str, jenis_angka: str, polaritas: str,
            baseline: Any, targets: tuple, mendukung: str | None, cascading: str | None) -> dict[str, Any]:
    return {
        c.KODE_PD: kode_pd, c.KODE_IKU: kode, "Sasaran": sasaran, "Indikator Kinerja Utama": nama,
        "Definisi Operasional": f"{nama} dalam satu tahun anggaran.", "Formula": "Jumlah A ÷ Jumlah B × 100%",
        "Alasan": "Mendukung IKU Pemda.", "Satuan": satuan, "Jenis Angka": jenis_angka, "Polaritas": polaritas,
        "Metode Capaian": None, "Unit Terkait": "Bidang Pelayanan", "Sumber Data": "Laporan bidang",
        "Baseline": baseline, **_targets(*targets), "Mendukung IKU Pemda": mendukung, "Jenis Cascading": cascading,
    }


IKU_PD_ROWS = [
    _iku_pd("DINKES", "PD-KES-01", "Meningkatnya mutu layanan kesehatan", "Persentase balita gizi buruk yang "
            "ditangani", "%", "Persentase", "Maksimal", 65, (70, 75, 80, 85, 90), "IKU-01", "Supportive"),
    _iku_pd("DINKES", "PD-KES-02", "Meningkatnya mutu layanan kesehatan", "Angka Kematian Bayi per 1.000 "
            "kelahiran hidup", "per 1.000 KH", "Rata-rata", "Minimal", 8, ("7,5", 7, "6,5", 6, "5,5"), "IKU-02",
            "Duplicate"),
    _iku_pd("DISDIK", "PD-DIK-01", "Meningkatnya mutu layanan pendidikan", "Angka Partisipasi Murni SMP", "%",
            "Persentase", "Maksimal", 65, (70, 75, 80, 85, 90), "IKU-03", "Supportive"),
    _iku_pd("DLH", "PD-LH-01", "Meningkatnya kualitas air sungai", "Indeks Kualitas Air", "indeks", "Indeks",
            "Maksimal", "52,5", (53, 54, 55, 56, 57), "IKU-04", "Supportive"),
    _iku_pd("INSP", "PD-INS-01", "Meningkatnya kualitas pengawasan internal", "Opini BPK atas Laporan Keuangan "
            "Pemerintah Daerah", "opini", "Kualitatif", "Maksimal", "WDP", ("WTP",) * 5, "IKU-05", "Duplicate"),
]

_PROGRAM_ROWS = [
    {c.KODE_PD: "DINKES", "Tahun": 2026, "Program": "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya "
     "Kesehatan Masyarakat", "Anggaran": 12_500_000_000, "Realisasi Anggaran": 11_800_000_000},
    {c.KODE_PD: "DINKES", "Tahun": 2026, "Program": "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
     "Anggaran": "Rp 1.250.000.000", "Realisasi Anggaran": "Rp 1.100.000.000"},
    {c.KODE_PD: "DISDIK", "Tahun": 2026, "Program": "Program Pengelolaan Pendidikan", "Anggaran": 30_000_000_000,
     "Realisasi Anggaran": None},
    {c.KODE_PD: "INSP", "Tahun": 2026, "Program": "Program Penyelenggaraan Pengawasan", "Anggaran": 2_000_000_000,
     "Realisasi Anggaran": 1_950_000_000},
]
# The indicators each program serves (Program Anggaran → IKU Didukung): without them a program gets a saran.
_IKU_DIDUKUNG = ("PD-KES-01, PD-KES-02", "PD-KES-01", "PD-DIK-01", "PD-INS-01")
PROGRAM_ROWS = [{**row, c.KOLOM_IKU_DIDUKUNG: kode} for row, kode in zip(_PROGRAM_ROWS, _IKU_DIDUKUNG, strict=True)]

REALISASI_ROWS = [
    {c.KODE_IKU: kode, "Tahun": tahun, "Realisasi": nilai, "Penjelasan": f"Penjelasan capaian {kode} tahun {tahun}."}
    for kode, tahun, nilai in (
        ("IKU-01", 2025, 83), ("IKU-01", 2026, 85), ("IKU-02", 2025, "7,2"), ("IKU-02", 2026, "6,8"),
        ("IKU-03", 2025, 81), ("IKU-05", 2025, "WTP"), ("IKU-05", 2026, "WTP"), ("PD-KES-01", 2025, 72),
        ("PD-KES-01", 2026, 76), ("PD-KES-02", 2025, "7,2"), ("PD-INS-01", 2025, "WTP"),
    )
]

TABLE_ROWS: dict[str, list[dict[str, Any]]] = {
    DASAR_HUKUM: DASAR_HUKUM_ROWS,
    PD: PD_ROWS,
    IKU_PEMDA: IKU_PEMDA_ROWS,
    IKU_PD: IKU_PD_ROWS,
    PROGRAM: PROGRAM_ROWS,
    REALISASI: REALISASI_ROWS,
}
KV_ROWS: dict[str, dict[str, Any]] = {IDENTITAS: IDENTITAS_ROWS, PENGATURAN: PENGATURAN_ROWS}


@dataclass(slots=True)
class _Sheet:
    cells: dict[tuple[int, int], Any] = field(default_factory=dict)  # (row, col) 1-based
    formats: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden: bool = False
    bottom: int = 0  # last row holding a key; kept up to date so add_row stays O(1) for 10,000-row tests

    def put(self, row: int, col: int, value: Any) -> None:
        self.cells[(row, col)] = value
        self.bottom = max(self.bottom, row)

    def replace_cells(self, cells: dict[tuple[int, int], Any]) -> None:
        self.cells = cells
        self.bottom = max((r for r, _ in cells), default=0)

    def header_col(self, header: str, header_row: int = 1) -> int:
        for (r, col), v in self.cells.items():
            if r == header_row and v == header:
                return col
        raise KeyError(f"no header {header!r}")


class WorkbookBuilder:
    """A valid standardized workbook; break one thing, then ``save``."""

    def __init__(self, periode: range = PERIODE) -> None:
        self.periode = periode
        self.sheets: dict[str, _Sheet] = {}
        self._cols: dict[str, dict[str, int]] = {}  # header -> column cache for add_row
        for lembar in c.SHEETS:
            sheet = _Sheet()
            self.sheets[lembar.nama] = sheet
            if lembar.kv:
                self._write_row(sheet, 1, list(c.KV_HEADERS))
                for i, (nama, nilai) in enumerate(KV_ROWS[lembar.nama].items(), start=2):
                    self._write_row(sheet, i, [nama, nilai])
            else:
                headers = [k.nama for k in c.columns_for(lembar, periode)]
                self._write_row(sheet, 1, headers)
                for row in TABLE_ROWS[lembar.nama]:
                    self.add_row(lembar.nama, row)

    # --- editing -------------------------------------------------------------------------

    def set(self, sheet: str, ref: str, value: Any, number_format: str | None = None) -> WorkbookBuilder:
        """Write one cell by A1 reference ("F3"); ``None`` empties it."""
        letters, row = coordinate_from_string(ref)
        key = (row, column_index_from_string(letters))
        self.sheets[sheet].put(*key, value)
        if number_format:
            self.sheets[sheet].formats[key] = number_format
        return self

    def set_kv(self, sheet: str, isian: str, value: Any, number_format: str | None = None) -> WorkbookBuilder:
        """Write the Nilai of an Isian row of a key/value sheet (appends the row when absent)."""
        return self.set(sheet, f"B{self.kv_row(sheet, isian)}", value, number_format)

    def set_value(self, sheet: str, header: str, data_row: int, value: Any,
                  number_format: str | None = None) -> WorkbookBuilder:
        """Write by header and 1-based data row (data_row 1 = Excel row 2)."""
        return self.set(sheet, self.ref(sheet, header, data_row), value, number_format)

    def add_row(self, sheet: str, values: Mapping[str, Any]) -> WorkbookBuilder:
        """Append a data row; keys are headers (unknown headers raise KeyError)."""
        s = self.sheets[sheet]
        row = s.bottom + 1
        for header, value in values.items():
            s.put(row, self._col(sheet, header), value)
        return self

    def drop_sheet(self, name: str) -> WorkbookBuilder:
        del self.sheets[name]
        return self

    def hide_sheet(self, name: str) -> WorkbookBuilder:
        self.sheets[name].hidden = True
        return self

    def rename_header(self, sheet: str, old: str, new: str) -> WorkbookBuilder:
        s = self.sheets[sheet]
        s.put(1, s.header_col(old), new)
        self._cols.pop(sheet, None)
        return self

    def drop_column(self, sheet: str, header: str) -> WorkbookBuilder:
        """Remove a column entirely (the columns on its right move left)."""
        s = self.sheets[sheet]
        col = s.header_col(header)
        s.replace_cells({(r, cc - (cc > col)): v for (r, cc), v in s.cells.items() if cc != col})
        self._cols.pop(sheet, None)
        s.formats = {(r, cc - (cc > col)): v for (r, cc), v in s.formats.items() if cc != col}
        return self

    def delete_rows(self, sheet: str, predicate: Any) -> WorkbookBuilder:
        """Delete every data row whose {header: value} dict satisfies ``predicate``."""
        s = self.sheets[sheet]
        headers = {col: v for (r, col), v in s.cells.items() if r == 1}
        rows = sorted({r for r, _ in s.cells if r > 1})
        keep = [r for r in rows if not predicate({headers.get(col): s.cells.get((r, col)) for col in headers})]
        new_cells = {k: v for k, v in s.cells.items() if k[0] == 1}
        for new_row, old_row in enumerate(keep, start=2):
            for (r, col), v in s.cells.items():
                if r == old_row:
                    new_cells[(new_row, col)] = v
        s.replace_cells(new_cells)
        s.formats = {}
        return self

    def insert_rows_above(self, sheet: str, count: int, title: str | None = None) -> WorkbookBuilder:
        """Push everything down ``count`` rows (header no longer on row 1); ``title`` goes in A1.

        Call it last: ``ref``/``add_row`` assume the header on row 1.
        """
        s = self.sheets[sheet]
        self._cols.pop(sheet, None)
        s.replace_cells({(r + count, col): v for (r, col), v in s.cells.items()})
        s.formats = {(r + count, col): v for (r, col), v in s.formats.items()}
        if title:
            s.put(1, 1, title)
        return self

    # --- lookup --------------------------------------------------------------------------

    def ref(self, sheet: str, header: str, data_row: int = 1) -> str:
        """A1 reference of ``header``'s cell in the 1-based ``data_row`` (header on row 1)."""
        return f"{get_column_letter(self.sheets[sheet].header_col(header))}{data_row + 1}"

    def kv_row(self, sheet: str, isian: str) -> int:
        s = self.sheets[sheet]
        for (r, col), v in s.cells.items():
            if col == 1 and v == isian:
                return r
        row = s.bottom + 1
        s.put(row, 1, isian)
        return row

    # --- output --------------------------------------------------------------------------

    def build(self) -> Workbook:
        wb = Workbook()
        wb.remove(wb.active)
        for name, s in self.sheets.items():
            ws = wb.create_sheet(name)
            for (r, col), v in sorted(s.cells.items()):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=col, value=v)
                fmt = s.formats.get((r, col))
                if fmt:
                    cell.number_format = fmt
            if s.hidden:
                ws.sheet_state = "hidden"
        if not wb.sheetnames:
            wb.create_sheet("Kosong")
        return wb

    def save(self, path: Path) -> Path:
        self.build().save(path)
        return path

    def _col(self, sheet: str, header: str) -> int:
        cols = self._cols.get(sheet)
        if cols is None:
            cols = self._cols[sheet] = {v: col for (r, col), v in self.sheets[sheet].cells.items() if r == 1}
        return cols[header]

    @staticmethod
    def _write_row(sheet: _Sheet, row: int, values: list[Any]) -> None:
        for col, v in enumerate(values, start=1):
            sheet.put(row, col, v)


def rewrite_member(path: Path, member: str, transform: Any) -> Path:
    """Rewrite one part of a saved .xlsx in place: ``transform(bytes) -> bytes`` (None deletes the part)."""
    import zipfile

    with zipfile.ZipFile(path) as zin:
        parts = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in parts:
            if info.filename == member:
                data = transform(data)
                if data is None:
                    continue
            zout.writestr(info.filename, data)
    return path


def sheet_part(path: Path, sheet: str) -> str:
    """Zip member name of a sheet of a workbook saved by ``WorkbookBuilder`` (openpyxl numbers them in order)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return wb[sheet]._worksheet_path.lstrip("/")
    finally:
        wb.close()
