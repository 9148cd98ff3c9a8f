"""Model objects built in code, so document and rule tests do not depend on the reader.

``make_pemda()`` is a small but realistic Kabupaten; every argument can be overridden
with ``dataclasses.replace`` in a test.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from iku_docs.model import (
    IKU,
    Asal,
    Pejabat,
    Pemda,
    Pengaturan,
    PerangkatDaerah,
    Predikat,
    Program,
    Realisasi,
)

PREDIKAT = (
    Predikat(D(91), "Sangat Tinggi"),
    Predikat(D(76), "Tinggi"),
    Predikat(D(66), "Sedang"),
    Predikat(D(51), "Rendah"),
    Predikat(D(0), "Sangat Rendah"),
)
PERIODE = range(2025, 2030)
_row = {"pemda": 1, "pd": 1, "prog": 1}


def _asal(lembar: str, key: str) -> Asal:
    _row[key] += 1
    return Asal(lembar, _row[key], {"Kode IKU": "A", "Indikator Kinerja Utama": "F", "Formula": "H",
                                   "Satuan": "J", "Jenis Angka": "K", "Sasaran": "E"})


def iku_pemda(kode: str, nama: str, *, sasaran: str = "Meningkatnya derajat kesehatan masyarakat",
              urusan: str = "Kesehatan", jenis_urusan: str = "Wajib Pelayanan Dasar", satuan: str = "%",
              jenis_angka: str = "Persentase", polaritas: str = "Maksimal", baseline: D | str | None = D(80),
              targets: tuple = (D(82), D(84), D(86), D(88), D(90)), realisasi: dict | None = None,
              formula: str = "Jumlah A ÷ Jumlah B × 100%", pd: tuple[str, ...] = ("DINKES",),
              metode: str | None = None) -> IKU:
    return IKU(
        kode=kode, level="pemda", sasaran=sasaran, nama=nama,
        definisi=f"Definisi operasional {nama.lower()}.", formula=formula, alasan="Mengukur hasil sasaran.",
        satuan=satuan, jenis_angka=jenis_angka, polaritas=polaritas, metode_capaian=metode,
        sumber_data="BPS Kabupaten", baseline=baseline, target=dict(zip(PERIODE, targets, strict=True)),
        asal=_asal("IKU Pemda", "pemda"), jenis_urusan=jenis_urusan, urusan=urusan, tujuan="Tujuan RPJMD",
        pd_penanggung_jawab=pd,
        realisasi={t: Realisasi(t, v, f"Penjelasan realisasi {t}.") for t, v in (realisasi or {}).items()},
    )


def iku_pd(kode_pd: str, kode: str, nama: str, *, mendukung: str | None = None, cascading: str | None = "Supportive",
           sasaran: str = "Meningkatnya mutu layanan", satuan: str = "%", jenis_angka: str = "Persentase",
           polaritas: str = "Maksimal", targets: tuple = (D(70), D(75), D(80), D(85), D(90)),
           realisasi: dict | None = None, baseline: D | str | None = D(65)) -> IKU:
    return IKU(
        kode=kode, level="pd", sasaran=sasaran, nama=nama, definisi=f"Definisi {nama.lower()}.",
        formula="Jumlah A ÷ Jumlah B × 100%", alasan="Mendukung IKU Pemda.", satuan=satuan,
        jenis_angka=jenis_angka, polaritas=polaritas, metode_capaian=None, sumber_data="Laporan bidang",
        baseline=baseline, target=dict(zip(PERIODE, targets, strict=True)), asal=_asal("IKU Perangkat Daerah", "pd"),
        kode_pd=kode_pd, unit_terkait="Bidang Pelayanan", mendukung=mendukung, jenis_cascading=cascading,
        realisasi={t: Realisasi(t, v, f"Penjelasan {t}.") for t, v in (realisasi or {}).items()},
    )


def program(kode_pd: str, nama: str, anggaran: int, realisasi: int | None, tahun: int = 2026,
            iku_didukung: tuple[str, ...] = ()) -> Program:
    _row["prog"] += 1
    return Program(kode_pd, tahun, nama, D(anggaran), None if realisasi is None else D(realisasi),
                   Asal("Program Anggaran", _row["prog"], {"Anggaran": "D"}), iku_didukung)


def kepala(nama: str, jabatan: str, status: str = "Definitif") -> Pejabat:
    return Pejabat(nama=nama, jabatan=jabatan, status=status, nip="197001011995031001",
                   pangkat="Pembina Utama Muda (IV/c)")


def make_pemda(**overrides) -> Pemda:
    dinkes_iku = (
        iku_pd("DINKES", "PD-KES-01", "Persentase balita gizi buruk yang ditangani", mendukung="IKU-01",
               realisasi={2025: D(72), 2026: D(76)}),
        iku_pd("DINKES", "PD-KES-02", "Angka Kematian Bayi per 1.000 kelahiran hidup", mendukung="IKU-02",
               cascading="Duplicate", satuan="per 1.000 KH", jenis_angka="Rata-rata", polaritas="Minimal",
               targets=(D("7.5"), D(7), D("6.5"), D(6), D("5.5")), baseline=D(8),
               realisasi={2025: D("7.2"), 2026: D("6.8")}),
    )
    disdik_iku = (
        iku_pd("DISDIK", "PD-DIK-01", "Angka Partisipasi Murni SMP", mendukung="IKU-03", cascading="Supportive",
               realisasi={2025: D(71)}),
    )
    insp_iku = (
        iku_pd("INSP", "PD-INS-01", "Opini BPK atas Laporan Keuangan Pemerintah Daerah", mendukung="IKU-05",
               cascading="Duplicate", satuan="opini", jenis_angka="Kualitatif", baseline="WDP",
               targets=("WTP",) * 5, realisasi={2025: "WTP", 2026: "WDP"}),
    )
    pds = (
        PerangkatDaerah("DINKES", "Dinas Kesehatan", kepala("dr. Siti Aminah, M.Kes.", "Kepala Dinas Kesehatan"),
                        "Membantu Bupati melaksanakan urusan pemerintahan bidang kesehatan.",
                        ("Perumusan kebijakan bidang kesehatan;", "Pelaksanaan kebijakan bidang kesehatan;"),
                        dinkes_iku,
                        (program("DINKES", "Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat",
                                 12_500_000_000, 11_800_000_000, iku_didukung=("PD-KES-01", "PD-KES-02")),
                         program("DINKES", "Program Peningkatan Kapasitas SDM Kesehatan", 1_250_000_000,
                                 1_100_000_000)),
                        Asal("Perangkat Daerah", 2)),
        PerangkatDaerah("DISDIK", "Dinas Pendidikan", kepala("Drs. Bambang Riyadi", "Kepala Dinas Pendidikan",
                                                             "Plt."),
                        "Membantu Bupati melaksanakan urusan pemerintahan bidang pendidikan.",
                        ("Perumusan kebijakan bidang pendidikan;",), disdik_iku,
                        (program("DISDIK", "Program Pengelolaan Pendidikan", 30_000_000_000, None,
                                 iku_didukung=("PD-DIK-01",)),),
                        Asal("Perangkat Daerah", 3)),
        PerangkatDaerah("INSP", "Inspektorat Daerah", kepala("Ir. Retno Wulandari", "Inspektur"),
                        "Membantu Bupati membina dan mengawasi pelaksanaan urusan pemerintahan.",
                        ("Perumusan kebijakan teknis pengawasan;", "Pelaksanaan pengawasan internal;"), insp_iku,
                        (program("INSP", "Program Penyelenggaraan Pengawasan", 2_000_000_000, 1_950_000_000,
                                 iku_didukung=("PD-INS-01",)),),
                        Asal("Perangkat Daerah", 4)),
    )
    iku = (
        iku_pemda("IKU-01", "Persentase balita stunting yang ditangani", realisasi={2025: D(83), 2026: D(85)}),
        iku_pemda("IKU-02", "Angka Kematian Bayi per 1.000 kelahiran hidup", satuan="per 1.000 KH",
                  jenis_angka="Rata-rata", polaritas="Minimal", baseline=D(8),
                  targets=(D("7.5"), D(7), D("6.5"), D(6), D("5.5")), realisasi={2025: D("7.2"), 2026: D("6.8")},
                  formula="Jumlah kematian bayi ÷ Jumlah kelahiran hidup × 1.000"),
        iku_pemda("IKU-03", "Angka Partisipasi Murni SMP", sasaran="Meningkatnya akses pendidikan",
                  urusan="Pendidikan", pd=("DISDIK",), realisasi={2025: D(81)}),
        iku_pemda("IKU-04", "Indeks Kualitas Lingkungan Hidup", sasaran="Meningkatnya kualitas lingkungan hidup",
                  urusan="Lingkungan Hidup", jenis_urusan="Wajib Non Pelayanan Dasar", satuan="indeks",
                  jenis_angka="Indeks", pd=("DLH",), baseline=D("60.5"),
                  targets=(D(61), D(62), D(63), D(64), D(65)), formula="Rata-rata tertimbang IKA, IKU, IKL"),
        iku_pemda("IKU-05", "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
                  sasaran="Meningkatnya akuntabilitas keuangan daerah", urusan="Pengawasan",
                  jenis_urusan="Penunjang", satuan="opini", jenis_angka="Kualitatif", baseline="WDP",
                  targets=("WTP",) * 5, realisasi={2025: "WTP", 2026: "WTP"}, pd=("INSP",),
                  formula="Opini BPK atas LKPD"),
    )
    pemda = Pemda(
        jenis_daerah="Kabupaten", nama_daerah="Contoh", provinsi="Jawa Tengah",
        kepala=Pejabat("H. Ahmad Sudrajat, S.H., M.Si.", "Bupati Contoh"), ibu_kota="Contoh",
        tahun=2026, periode_awal=2025, periode_akhir=2029, nomor_peraturan="", tanggal_penetapan=None,
        sekda=Pejabat("Ir. Budi Santoso, M.T.", "Sekretaris Daerah", nip="196805121994031007",
                      pangkat="Pembina Utama Madya (IV/d)"),
        nomor_berita_daerah="", tanggal_dokumen=date(2026, 1, 2),
        dasar_hukum=("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
                     "Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja"),
        pengaturan=Pengaturan(skala_predikat=PREDIKAT), iku=iku, perangkat_daerah=pds,
    )
    return replace(pemda, **overrides)
