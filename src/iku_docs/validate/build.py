"""VALIDATE (model): structurally valid tables → ``model.Pemda``.

Runs after ``check_structure`` found no galat, so every value parses; a value that still does
not (a caller skipping the schema) becomes a ``Temuan`` and the model is None, never an
exception. Parsing goes through ``workbook/values.py`` (cached, so the schema's work is reused).
Each contract column names the model attribute it fills (``Kolom.field``): the IKU, Program and
Perangkat Daerah records are built from those names, so a new column is the contract, the model,
the document builder and the template; items and columns are looked up by attribute, never by header.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

from iku_docs import catalog
from iku_docs.findings import Temuan
from iku_docs.model import IKU, Pejabat, Pemda, Pengaturan, PerangkatDaerah, Predikat, Program, Realisasi
from iku_docs.validate.columns import Distinct, coba_bentuk
from iku_docs.workbook import contract as c
from iku_docs.workbook import values
from iku_docs.workbook.reader import Tabel, TabelIsian, Tables

STATUS_DEFINITIF = c.STATUS_KEPALA[0]
JABATAN_SEKDA = "Sekretaris Daerah"


class _Gagal(Exception):
    """Internal: carries the finding out of the nested builders."""

    def __init__(self, temuan: Temuan) -> None:
        super().__init__(temuan.pesan)
        self.temuan = temuan


def _parse(jenis: c.Jenis, raw: Any, lembar: str, sel: str | None, kolom: str, persen: bool = False) -> Any:
    """Parsed value or None for an empty cell; a failure stops the build with a Temuan."""
    return _checked(_parsed(jenis, raw, persen), raw, lembar, sel, kolom)


def _parsed(jenis: c.Jenis, raw: Any, persen: bool = False) -> Any:
    """Parsed value, None for an empty cell, or the NilaiTidakSah."""
    if jenis is c.Jenis.TEKS and _sudah_bersih(raw):
        return raw
    return None if values.kosong(raw) else values.coba(jenis, raw, persen)


def _sudah_bersih(raw: Any) -> bool:
    """Text that ``values.teks`` (the TEKS parser) returns unchanged: one printable line (no control
    characters, NBSP or other special spaces, which are not printable), no ``_x`` escape, no double or
    edge space, and no ``#`` (so never an Excel error value). Most cells are such text, and cleaning
    10,000 long indicator texts costs more than the rest of the build; tests/validate/test_validate_fast.py
    holds this test to ``values.coba``."""
    return (type(raw) is str and raw.isprintable() and "  " not in raw and "_x" not in raw and "#" not in raw
            and raw[:1] not in ("", " ") and raw[-1] != " ")


def _checked(result: Any, raw: Any, lembar: str, sel: str | None, kolom: str) -> Any:
    if isinstance(result, values.NilaiTidakSah):
        raise _Gagal(catalog.temuan(result.kode, lembar=lembar, sel=sel, kolom=kolom, nilai=values.teks(raw),
                                    jenis_kolom="Kolom", detail=result.pesan, saran_nilai=result.saran or ""))
    return result


class _Sheet:
    """A table whose columns are parsed on first use, once per distinct value (see validate/columns.py).

    A cell that does not parse is kept as its NilaiTidakSah and only stops the build when a row reads
    it, so the first failure reported is the first one of the first row that has one."""

    def __init__(self, tabel: Tabel) -> None:
        periode = range(min(tabel.target_tahun), max(tabel.target_tahun) + 1) if tabel.target_tahun else None
        self.tabel = tabel
        self.spec = {k.nama: k for k in c.columns_for(tabel.lembar, periode)}
        self._parsed: dict[str, list[Any]] = {}
        self._options: dict[str, list[str | None]] = {}
        self._gagal: set[str] = set()  # headers with a cell that does not parse

    def records(self) -> Iterator[dict[str, Any]]:
        """Every row's values by the model attribute its column fills (``Kolom.field``); "kepala.nama" fills
        ``nama`` of the row's ``kepala``. The columns are built whole (this runs for every cell of the model),
        the rows one at a time, so a row's dict is gone once its record is built."""
        fields = [(k.field.rpartition("."), self.column(k)) for k in self.spec.values() if k.field]
        for header in self.tabel.target_tahun.values():  # parsed now, so a bad target is met in its row
            self.parsed(header)
        if self._gagal:
            self._raise_first()
        names = tuple(name for (owner, _, name), _ in fields if not owner)
        nested = [(owner, name, column) for (owner, _, name), column in fields if owner]
        flat = zip(*(column for (owner, _, _), column in fields if not owner), strict=True)
        for index, row in enumerate(flat):
            record = dict(zip(names, row, strict=True))
            for owner, name, column in nested:
                record.setdefault(owner, {})[name] = column[index]
            yield record

    def column(self, kolom: c.Kolom) -> list[Any]:
        """The model value of ``kolom`` in every row: text never None, an option or a code '' when required
        and None when not; a cell that does not parse stays its NilaiTidakSah."""
        header = kolom.nama
        if kolom.pilihan:
            kosong = "" if kolom.wajib else None
            return [o or kosong for o in self.options(header)]
        parsed = self.parsed(header)
        if kolom.rujukan is not None and kolom.rujukan.banyak:  # "DINKES, DISDIK"
            pisah = kolom.rujukan.pisah
            return [v if isinstance(v, values.NilaiTidakSah) else _kode_kode(v, pisah) for v in parsed]
        if kolom.jenis is c.Jenis.TEKS or (kolom.jenis is c.Jenis.KODE and kolom.wajib):
            return [v or "" for v in parsed]  # a NilaiTidakSah is true, so it stays
        if kolom.jenis is c.Jenis.DAFTAR:
            return [v or () for v in parsed]
        return parsed

    def _raise_first(self) -> None:
        """The build failure of the first row with a cell that does not parse, at its first such column."""
        for index in range(len(self.tabel.baris)):
            for header in self.spec:
                if header in self._gagal and isinstance(self.parsed(header)[index], values.NilaiTidakSah):
                    self.checked(header, index)

    def parsed(self, header: str) -> list[Any]:
        column = self._parsed.get(header)
        if column is None:
            column = self._parsed[header] = self._parse(header)
        return column

    def _parse(self, header: str) -> list[Any]:
        raw = self.tabel.nilai.get(header)
        if raw is None:
            return [None] * len(self.tabel.baris)
        kolom = self.spec.get(header)
        jenis = kolom.jenis if kolom else c.Jenis.TEKS
        distinct = Distinct.of(raw)
        parsed = [_parsed(jenis, v) for v in distinct.values]
        column = distinct.spread(parsed)
        persen = self.tabel.persen.get(header)
        if persen:  # cells shown with a percent format (Excel stores 0.93 for 93%)
            for i, baris in enumerate(self.tabel.baris):
                if baris in persen:
                    column[i] = _parsed(jenis, raw[i], True)
                    parsed.append(column[i])
        if any(isinstance(v, values.NilaiTidakSah) for v in parsed):
            self._gagal.add(header)
        return column

    def options(self, header: str) -> list[str | None]:
        column = self._options.get(header)
        if column is None:
            kolom, raw = self.spec.get(header), self.tabel.nilai.get(header)
            if raw is None or not (kolom and kolom.pilihan):
                column = [None] * len(self.tabel.baris)
            else:
                pilihan = kolom.pilihan
                column = Distinct.of(raw).map(
                    lambda v: None if values.kosong(v) else values.pilihan(v, pilihan)).tolist()
            self._options[header] = column
        return column

    def checked(self, header: str, index: int) -> Any:
        """The value at (header, row index), raising the build failure if it does not parse."""
        raw = self.tabel.nilai.get(header)
        return _checked(self.parsed(header)[index], None if raw is None else raw[index], self.tabel.nama,
                        self.tabel.ref(header, self.tabel.baris[index]), header)


class _Row:
    """One data row of a table; ``get`` knows the cell, so a value that does not parse names it."""

    __slots__ = ("baris", "index", "sheet", "tabel")

    def __init__(self, sheet: _Sheet, index: int) -> None:
        self.sheet, self.tabel, self.index = sheet, sheet.tabel, index
        self.baris = sheet.tabel.baris[index]

    def get(self, header: str) -> Any:
        # Read the parsed column straight from the sheet's cache: this runs for every cell of the model.
        column = self.sheet._parsed.get(header) or self.sheet.parsed(header)
        value = column[self.index]
        if isinstance(value, values.NilaiTidakSah):
            return self.sheet.checked(header, self.index)
        return value


def _rows(tabel: Tabel) -> Iterator[tuple[_Row, dict[str, Any]]]:
    """Each data row with its values by model attribute (``_Sheet.records``)."""
    sheet = _Sheet(tabel)
    if not tabel.baris:  # no column to zip: no row
        return iter(())
    return zip((_Row(sheet, i) for i in range(len(tabel.baris))), sheet.records(), strict=True)


def _isian(tabel: TabelIsian, spec: c.Isian) -> Any:
    sel = tabel.isian.get(spec.nama)
    raw = None if sel is None else sel.nilai
    if spec.pilihan and not values.kosong(raw):
        return values.pilihan(raw, spec.pilihan)
    ref = sel.ref if sel else None
    value = _parse(spec.jenis, raw, tabel.nama, ref, spec.nama, bool(sel and sel.persen))
    if spec.bentuk is not None and value is not None:
        return _checked(coba_bentuk(spec.bentuk, value), raw, tabel.nama, ref, spec.nama)
    return value


def _isi(tabel: TabelIsian) -> dict[str, Any]:
    """Every item of a key/value sheet by the model attribute it fills (None for an absent optional sheet)."""
    return {i.field: _isian(tabel, i) if tabel.ada else None for i in tabel.lembar.isian}


def _pengaturan(tabel: TabelIsian) -> Pengaturan:
    setting = _isi(tabel)
    skala = setting["skala_predikat"] or values.skala_predikat(c.DEFAULT_SKALA_PREDIKAT)
    nonaktif = setting["aturan_nonaktif"] or ""
    return Pengaturan(
        ukuran_kertas=setting["ukuran_kertas"],
        huruf=setting["huruf"],
        ukuran_huruf=setting["ukuran_huruf"],
        bentuk_batang_tubuh=setting["bentuk_batang_tubuh"] or c.BENTUK_BATANG_TUBUH[0],
        jenis_penetapan=setting["jenis_penetapan"] or c.JENIS_PENETAPAN[0],
        pangkat_nip_sekda=setting["pangkat_nip_sekda"] == c.YA_TIDAK[0],
        jumlah_anggaran_pk=setting["jumlah_anggaran_pk"] != c.YA_TIDAK[1],
        metode_capaian_negatif=setting["metode_capaian_negatif"] or c.DEFAULT_METODE_NEGATIF,
        skala_predikat=tuple(Predikat(batas, label) for batas, label in skala),
        tampilkan_target=setting["tampilkan_target"] != c.YA_TIDAK[1],
        toleransi_efisiensi=_toleransi(setting["toleransi_efisiensi"]),
        capaian_tak_terdefinisi=setting["capaian_tak_terdefinisi"] or c.CAPAIAN_TAK_TERDEFINISI[0],
        aturan_nonaktif=frozenset(p.strip().upper() for p in nonaktif.replace(";", ",").split(",") if p.strip()),
    )


def _toleransi(nilai: Decimal | None) -> Decimal:
    # A negative band has no meaning (Efisien would start below Kurang Efisien); its size is what counts.
    return abs(nilai) if nilai is not None else Decimal(c.DEFAULT_TOLERANSI_EFISIENSI)


def _targets(row: _Row) -> dict[int, Any]:
    targets = {}
    for year, header in sorted(row.tabel.target_tahun.items()):
        value = row.get(header)
        if value is not None:
            targets[year] = value
    return targets


def _kode_kode(text: str | None, pisah: str = r"[,;]") -> tuple[str, ...]:
    """'DINKES, DISDIK' (or ';') → ('DINKES', 'DISDIK'): each code once, in the order written."""
    return tuple(dict.fromkeys(p.strip() for p in re.split(pisah, text or "") if p.strip()))


def _iku(row: _Row, record: dict[str, Any], level: str, realisasi: dict[str, dict[int, Realisasi]]) -> IKU:
    return IKU(**record, level=level, target=_targets(row), asal=row.tabel.asal(row.baris),
               realisasi=realisasi.get(record["kode"], {}))


def _realisasi(tabel: Tabel) -> dict[str, dict[int, Realisasi]]:
    result: dict[str, dict[int, Realisasi]] = defaultdict(dict)
    if not tabel.ada:
        return result
    for row, record in _rows(tabel):
        if record["nilai"] is None or record["tahun"] is None:  # not yet reported is not 0
            continue
        kode = record.pop("kode_iku")
        result[kode][record["tahun"]] = Realisasi(**record, asal=tabel.asal(row.baris))
    return result


def _perangkat_daerah(tables: Tables, realisasi: dict[str, dict[int, Realisasi]]) -> tuple[PerangkatDaerah, ...]:
    iku_by_pd: dict[str, list[IKU]] = defaultdict(list)
    for row, record in _rows(tables.tabel[c.LEMBAR_IKU_PD.nama]):
        iku = _iku(row, record, "pd", realisasi)
        iku_by_pd[iku.kode_pd].append(iku)
    program_by_pd: dict[str, list[Program]] = defaultdict(list)
    for row, record in _rows(tables.tabel[c.LEMBAR_PROGRAM.nama]):
        program = Program(**record, asal=row.tabel.asal(row.baris))
        program_by_pd[program.kode_pd].append(program)
    result = []
    for row, record in _rows(tables.tabel[c.LEMBAR_PD.nama]):
        kepala = record.pop("kepala")
        kode = record["kode"]
        result.append(PerangkatDaerah(
            **record, kepala=Pejabat(**{**kepala, "status": kepala["status"] or STATUS_DEFINITIF,
                                        "nip": kepala["nip"].replace(" ", "")}),
            iku=tuple(iku_by_pd.get(kode, ())), program=tuple(program_by_pd.get(kode, ())),
            asal=row.tabel.asal(row.baris)))
    return tuple(result)


def _pemda(tables: Tables) -> Pemda:
    isi = _isi(tables.isian[c.LEMBAR_IDENTITAS.nama])
    realisasi = _realisasi(tables.tabel[c.LEMBAR_REALISASI.nama])
    dasar = tuple(text for _, record in _rows(tables.tabel[c.LEMBAR_DASAR_HUKUM.nama])
                  if (text := record["dasar_hukum"]))
    pemda = Pemda(
        jenis_daerah=isi["jenis_daerah"], nama_daerah=isi["nama_daerah"], provinsi=isi["provinsi"] or "",
        kepala=Pejabat(nama=isi["kepala.nama"], jabatan="", status=isi["kepala.status"] or STATUS_DEFINITIF),
        ibu_kota=isi["ibu_kota"], tahun=isi["tahun"], periode_awal=isi["periode_awal"],
        periode_akhir=isi["periode_akhir"], nomor_peraturan=isi["nomor_peraturan"] or "",
        tanggal_penetapan=isi["tanggal_penetapan"], tanggal_pengundangan=isi["tanggal_pengundangan"],
        sekda=Pejabat(nama=isi["sekda.nama"], jabatan=JABATAN_SEKDA, nip=(isi["sekda.nip"] or "").replace(" ", ""),
                      pangkat=isi["sekda.pangkat"] or ""),
        nomor_berita_daerah=isi["nomor_berita_daerah"] or "", tanggal_dokumen=isi["tanggal_dokumen"],
        dasar_hukum=dasar, pengaturan=_pengaturan(tables.isian[c.LEMBAR_PENGATURAN.nama]),
        iku=tuple(_iku(row, record, "pemda", realisasi)
                  for row, record in _rows(tables.tabel[c.LEMBAR_IKU_PEMDA.nama])),
        perangkat_daerah=_perangkat_daerah(tables, realisasi),
    )
    # "Bupati Sleman", "Wali Kota Yogyakarta", "Gubernur Jawa Tengah": the title needs the built Pemda.
    return replace(pemda, kepala=replace(pemda.kepala, jabatan=f"{pemda.jabatan_kepala} {pemda.nama_daerah}"))


def _bentuk_penetapan(tables: Tables, pemda: Pemda) -> list[Temuan]:
    """A Peraturan written in diktum is rendered as asked, with a warning at the setting's cell."""
    p = pemda.pengaturan
    if p.jenis_penetapan != c.JENIS_PENETAPAN[0] or p.bentuk_batang_tubuh != c.BENTUK_BATANG_TUBUH[1]:
        return []
    tabel = tables.isian[c.LEMBAR_PENGATURAN.nama]
    kolom = c.ISIAN_BENTUK_BATANG_TUBUH
    sel = tabel.isian.get(kolom)
    return [catalog.temuan("PENGATURAN-DIKTUM-PERATURAN", lembar=tabel.nama, sel=sel.ref if sel else None,
                           kolom=kolom, nilai=p.bentuk_batang_tubuh, jenis=c.ISIAN_JENIS_PENETAPAN)]


def _program_tanpa_iku(pemda: Pemda) -> list[Temuan]:
    """A saran per program that names no indicator: its capaian kinerja and efficiency stay empty."""
    kolom = c.KOLOM_IKU_DIDUKUNG
    return [catalog.temuan("STRUK-PROGRAM-TANPA-IKU", lembar=p.asal.lembar, sel=p.asal.sel(kolom),
                           baris=p.asal.baris, kolom=kolom, nilai="", program=p.nama, kode_pd=pd_.kode, tahun=p.tahun)
            for pd_ in pemda.perangkat_daerah for p in pd_.program if not p.iku_didukung and p.asal is not None]


def build_model(tables: Tables) -> tuple[Pemda | None, list[Temuan]]:
    """The model, or None with the finding that prevented it (only when the schema was skipped)."""
    try:
        pemda = _pemda(tables)
        return pemda, _bentuk_penetapan(tables, pemda) + _program_tanpa_iku(pemda)
    except _Gagal as exc:
        return None, [exc.temuan]
    except (KeyError, TypeError) as exc:  # a required value absent: the schema reports it with its cell
        return None, [catalog.temuan("STRUK-MODEL", sebab=exc)]

