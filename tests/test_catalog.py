"""catalog.py: every code the tool emits is in the catalog, every wording is reachable with its fields,
and every quality rule's examples produce (bad) or avoid (good) its code.

The examples are data in the catalog (``Contoh``); ``_apply`` runs them on ``_base()``, the factory model
with its two known gaps closed, so an example's own cells are the only thing a rule can see.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path
from string import Formatter

import pytest

from iku_docs import catalog
from iku_docs.model import IKU, Asal, Pemda, PerangkatDaerah
from iku_docs.pipeline import check_workbook
from iku_docs.validate.build import build_model
from iku_docs.validate.rules import RULES, run_rules
from iku_docs.workbook import contract as c
from iku_docs.workbook import values
from iku_docs.workbook.reader import Tables
from tests.builders import (
    DASAR_HUKUM,
    IDENTITAS,
    IKU_PD,
    IKU_PD_ROWS,
    IKU_PEMDA,
    PD,
    PENGATURAN,
    PROGRAM,
    WorkbookBuilder,
)
from tests.factories import PERIODE, iku_pd, kepala, make_pemda
from tests.paths import REPO as REPO_ROOT
from tests.workbook import test_corpus as corpus

ROOT = REPO_ROOT
SRC = ROOT / "src" / "iku_docs"
_CODE = re.compile(r"""["']((?:STRUK|SMART|PORTO|CASC|PENGATURAN)-[A-Z0-9]+(?:-[A-Z0-9]+)*)["']""")


def _literals() -> dict[str, set[str]]:
    """Every code literal in the package outside the catalog: code → the files that write it."""
    found: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        if path.name == "catalog.py":
            continue
        for kode in _CODE.findall(path.read_text(encoding="utf-8")):
            found.setdefault(kode, set()).add(str(path.relative_to(SRC)))
    return found


def test_every_code_written_in_the_source_is_in_the_catalog():
    literals = _literals()
    assert {k: v for k, v in literals.items() if k not in catalog.KODE} == {}
    assert len(literals) > 60  # the scan sees the emitters (a broken regex would pass the line above)


def test_every_catalog_code_is_emitted_somewhere():
    assert sorted(set(catalog.KODE) - _literals().keys()) == []


def test_every_entry_has_a_severity_a_criterion_a_title_an_explanation_and_parsable_templates():
    for entri in catalog.KODE.values():
        assert entri.kode == entri.kode.upper() and entri.judul and len(entri.penjelasan) > 40, entri.kode
        assert entri.bagian in catalog.BAGIAN_STRUKTUR + catalog.BAGIAN_MUTU and entri.kriteria
        assert (entri.kriteria == catalog.Kriteria.STRUKTUR) != entri.mutu, entri.kode
        for templat in entri.semua_templat().values():
            for text in (templat.pesan, templat.saran or "", *entri.opsional.values()):
                list(Formatter().parse(text))  # raises on a stray brace
        assert set(entri.opsional) <= _fields(entri), f"{entri.kode}: an optional fragment no template uses"


def _fields(entri: catalog.Kode) -> set[str]:
    return {name for t in entri.semua_templat().values() for text in (t.pesan, t.saran or "")
            for _, name, _, _ in Formatter().parse(text) if name}


def test_every_name_the_contract_offers_to_messages_is_used_by_a_template():
    used = {field for entri in catalog.KODE.values() for field in _fields(entri)}
    assert sorted(set(c.NAMA) - used) == []


def test_explanations_name_no_internal_source_labels():
    for entri in catalog.KODE.values():
        texts = [entri.judul, entri.penjelasan, *(x.teks for x in entri.buruk + entri.baik)]
        assert not [t for t in texts if re.search(r"\b(?:bahan|seed)\s*\d", t, re.IGNORECASE)], entri.kode


def test_every_quality_rule_has_good_and_bad_examples_and_structural_codes_have_none():
    for entri in catalog.KODE.values():
        assert bool(entri.buruk and entri.baik) == entri.mutu, entri.kode


def test_unknown_codes_fields_or_variants_are_errors_not_silent_blanks():
    with pytest.raises(catalog.TemplatError):
        catalog.temuan("STRUK-PILIHAN", lembar=IKU_PEMDA, kolom="Polaritas", nilai="Naik")  # no 'pilihan'
    with pytest.raises(catalog.TemplatError):
        catalog.temuan("STRUK-NIP", nilai="1", varian="tidak-ada")
    with pytest.raises(catalog.TemplatError):
        catalog.temuan("STRUK-TIDAK-ADA")


def test_an_optional_fragment_prints_only_when_its_field_is_given():
    def saran(mirip):
        return catalog.temuan("STRUK-PILIHAN", kolom="Polaritas", nilai="Maks", pilihan="Maksimal, Minimal",
                              mirip=mirip).saran
    assert saran("Maksimal") == "Pilih salah satu: Maksimal, Minimal. Maksud Anda 'Maksimal'?"
    assert saran(None) == saran("") == "Pilih salah satu: Maksimal, Minimal."


# --- the examples ---------------------------------------------------------------------------------


def _base() -> Pemda:
    """make_pemda() with DLH registered and supporting IKU-04: no rule finds anything in it."""
    model = make_pemda()
    dlh_iku = iku_pd("DLH", "PD-DLH-01", "Indeks Kualitas Lingkungan Hidup", mendukung="IKU-04", cascading="Duplicate",
                     satuan="indeks", jenis_angka="Indeks", baseline=D("60.5"),
                     targets=(D(61), D(62), D(63), D(64), D(65)))
    dlh = PerangkatDaerah("DLH", "Dinas Lingkungan Hidup", kepala("Ir. Sri Lestari", "Kepala Dinas Lingkungan Hidup"),
                          "Membantu Bupati di bidang lingkungan hidup.", ("Perumusan kebijakan lingkungan hidup;",),
                          (dlh_iku,), (), Asal(c.LEMBAR_PD.nama, 5))
    return replace(model, perangkat_daerah=(*model.perangkat_daerah, dlh))


def test_the_base_of_the_examples_has_no_finding():
    assert run_rules(_base()) == []


def _nilai(text: str) -> object:
    """A target or baseline as the model holds it; text that is no number nor level stays text (the rules
    also judge models built in code, where a schema never ran)."""
    parsed = values.coba(c.Jenis.NILAI, text)
    return text if isinstance(parsed, values.NilaiTidakSah) else parsed


def _value(attribute: str, text: str) -> object:
    if attribute == "baseline":
        return _nilai(text) if text else None
    if attribute == "pd_penanggung_jawab":
        return tuple(p.strip() for p in text.split(",") if p.strip())
    if attribute in ("mendukung", "jenis_cascading", "metode_capaian"):
        return text or None
    return text


def _edit(iku: IKU, cells: dict[str, str]) -> IKU:
    changes: dict[str, object] = {}
    target = dict(iku.target)
    for attribute, text in cells.items():
        if attribute == "target":
            target = {t: _nilai(v.strip()) for t, v in zip(PERIODE, text.split(";"), strict=True) if v.strip()}
        elif attribute.startswith("target_"):
            tahun = int(attribute.removeprefix("target_"))
            target.pop(tahun, None)
            if text:
                target[tahun] = _nilai(text)
        else:
            changes[attribute] = _value(attribute, text)
    return replace(iku, **changes, target=target)


def _apply(model: Pemda, contoh: catalog.Contoh) -> Pemda:
    """The model with the example's cells written (see ``catalog.Contoh``)."""
    cells: dict[str, dict[str, str]] = {"": {}, "induk": {}, "kembar": {}}
    for key, text in contoh.isian:
        where, _, attribute = key.rpartition(".")
        cells[where][attribute] = text
    own = cells[""]
    jumlah, hapus = own.pop("jumlah_iku", None), own.pop("hapus", None)
    pds = list(model.perangkat_daerah)
    if contoh.pada == "pd":
        at = next(i for i, p in enumerate(pds) if len(p.iku) == 1 and p.iku[0].mendukung == "IKU-03")
        level = list(pds[at].iku)
    else:
        level = list(model.iku)
    induk = level[0].mendukung  # the Pemda IKU it supports before the example's edits
    subject = _edit(level[0], own)
    level[0] = subject
    if cells["kembar"]:
        level.append(_edit(replace(subject, kode=f"{subject.kode}-B"), cells["kembar"]))
    if hapus:
        del level[0]
    pemda = level if contoh.pada == "pemda" else list(model.iku)
    if cells["induk"]:
        at_induk = next(i for i, p in enumerate(pemda) if p.kode == induk)
        pemda[at_induk] = _edit(pemda[at_induk], cells["induk"])
    if jumlah is not None:
        n = int(jumlah)
        pemda = pemda[:n] + [replace(pemda[0], kode=f"IKU-{90 + i}", nama=f"Indeks uji {i}")
                             for i in range(n - len(pemda))]
    if contoh.pada == "pd":
        pds[at] = replace(pds[at], iku=tuple(level))
    return replace(model, iku=tuple(pemda), perangkat_daerah=tuple(pds))


EXAMPLES = [(entri.kode, jenis, contoh) for entri in catalog.KODE.values()
            for jenis, daftar in (("buruk", entri.buruk), ("baik", entri.baik)) for contoh in daftar]


@pytest.mark.parametrize(("kode", "jenis", "contoh"), EXAMPLES,
                         ids=[f"{k}-{j}-{i}" for i, (k, j, _) in enumerate(EXAMPLES)])
def test_each_bad_example_produces_its_code_and_each_good_one_avoids_it(kode, jenis, contoh):
    found = {t.kode for t in run_rules(_apply(_base(), contoh))}
    assert (kode in found) == (jenis == "buruk"), contoh.teks
    assert found <= catalog.KODE.keys()


# --- every wording is reachable, with all of its fields -----------------------------------------------


def _workbooks(folder: Path) -> list[Path]:
    """Workbooks that between them reach every structural wording of the catalog."""
    def saved(name: str, b: WorkbookBuilder) -> Path:
        return b.save(folder / f"{name}.xlsx")

    sel = WorkbookBuilder()
    sel.set_value(IKU_PEMDA, "Satuan", 2, None).set_value(IKU_PEMDA, "Target 2027", 3, "1.250")
    sel.set_value(IKU_PEMDA, "Baseline", 1, "#DIV/0!").set_value(IKU_PEMDA, "Polaritas", 1, "Naik")
    sel.set_value(IKU_PEMDA, "Urusan", 2, "Pariwisata").set_value(IKU_PEMDA, "Urusan", 3, "Kesehatn")
    sel.set_value(IKU_PEMDA, "Target 2028", 1, "WTP").set_value(IKU_PEMDA, "Target 2028", 5, 90)
    sel.set_value(IKU_PEMDA, "Target 2026", 2, "delapan").set_value(IKU_PD, "Mendukung IKU Pemda", 1, "IKU-09")
    sel.set_value(PD, "NIP", 1, "12345").set_value(PD, "NIP", 2, 197001011995031001)
    sel.set_value(PD, "Kode PD", 3, "INSP 01").set_value(PROGRAM, "Anggaran", 1, "sejuta")
    sel.set_value(PROGRAM, "Anggaran", 2, "Rp").set_value(PROGRAM, "Tahun", 3, 2035)
    sel.add_row(PROGRAM, {c.KODE_PD: "DINKES", "Tahun": 2026, "Program": "Program Kesehatan", "Anggaran": 1})
    sel.add_row(PROGRAM, {c.KODE_PD: "DINKES", "Tahun": 2026, "Program": "Program Kesehatan", "Anggaran": 1})
    sel.set_value(IKU_PEMDA, "Kode IKU", 4, "IKU-05").set_value(IKU_PEMDA, "Kode IKU", 3, "PD-KES-01")
    sel.set_value(IKU_PEMDA, "Kode IKU", 2, "PD-KES-02").add_row(IKU_PD, {**IKU_PD_ROWS[0], c.KODE_IKU: "PD-KES-02"})
    sel.set_kv(IDENTITAS, "Nama Daerah", None).set_kv(IDENTITAS, "Tahun", "x")
    sel.set_kv(IDENTITAS, "Tanggal Penetapan", "32 Januari 2026")
    sel.set_kv(PENGATURAN, "Ukuran Huruf", "30").set_kv(PENGATURAN, "Skala Predikat", "91:A; 50 B")
    sel.set("Identitas", "A30", "Nama Dearah").set("Identitas", "B30", "x")
    sel.set("Identitas", "A31", "Ibu Kota").set("Identitas", "B31", "x")
    sel.rename_header(IKU_PEMDA, "Tujuan", "Sasaran").rename_header(IKU_PD, "Indikator Kinerja Utama", "Indikator Utma")
    sel.drop_column(IKU_PD, "Formula").rename_header(DASAR_HUKUM, "Peraturan", "Apa")
    sel.rename_header(DASAR_HUKUM, "No", "Itu").hide_sheet(PROGRAM)
    sel.set(IKU_PEMDA, sel.ref(IKU_PEMDA, "Formula", 2), "=B1")
    sel.sheets["realisasi"] = sel.sheets.pop(c.LEMBAR_REALISASI.nama)
    kode = WorkbookBuilder().set_value(IKU_PEMDA, "Kode IKU", 1, True).set_kv(PENGATURAN, "Ukuran Huruf", "besar")
    kode.set_kv(IDENTITAS, "Periode Akhir", 2045).set_value(IKU_PEMDA, "Kode IKU", 2, "IKU-03")
    kosong = WorkbookBuilder().delete_rows(PROGRAM, lambda row: True).delete_rows(DASAR_HUKUM, lambda row: True)
    kosong.rename_header(IKU_PEMDA, "Target 2029", "Target 2031")
    kosong.set_kv(PENGATURAN, "Aturan Nonaktif", "SMART-AKTIFITAS, XYZ")  # the rules run on the rows that parsed
    kosong.set_kv(PENGATURAN, "Bentuk Batang Tubuh", "Diktum")  # a Peraturan in diktum
    program = WorkbookBuilder().set_value(PROGRAM, c.KOLOM_IKU_DIDUKUNG, 1, None)  # a program serving no IKU
    # Numbers and dates out of their plausible ranges (IKU-01 is a Persentase, IKU-04 an Indeks).
    rentang = WorkbookBuilder().set_value(IKU_PEMDA, "Target 2026", 1, 5000).set_value(IKU_PEMDA, "Baseline", 1, 1e-9)
    rentang.set_value(IKU_PEMDA, "Target 2026", 4, 1e26).set_value(IKU_PEMDA, "Baseline", 4, 1e-300)
    rentang.set_value(PROGRAM, "Anggaran", 1, -1000).set_value(PROGRAM, "Realisasi Anggaran", 2, 1e28)
    rentang.set_kv(PENGATURAN, "Toleransi Efisiensi", 500).set_kv(IDENTITAS, "Tanggal Penetapan", "1900-01-05")
    return [saved("sel", sel), saved("kode", kode), saved("kosong", kosong), saved("program", program),
            saved("rentang", rentang),
            corpus.with_macros(folder),
            corpus.merged_cells(folder), corpus.long_cell(folder)]


def test_every_wording_of_every_code_is_reached_by_a_real_check_with_all_its_fields(tmp_path, monkeypatch):
    reached: set[tuple[str, str | None]] = set()
    temuan = catalog.temuan

    def recording(kode: str, **kwargs: object):
        reached.add((kode, kwargs.get("varian")))
        return temuan(kode, **kwargs)  # a missing field is a TemplatError here, failing the test

    monkeypatch.setattr(catalog, "temuan", recording)
    for path in _workbooks(tmp_path):
        check_workbook(path)
    build_model(Tables(berkas="kosong.xlsx"))  # no sheet at all: STRUK-MODEL
    for _, _, contoh in EXAMPLES:
        run_rules(_apply(_base(), contoh))
    run_rules(replace(make_pemda(), periode_awal=None, iku=(replace(make_pemda().iku[0], baseline=None),)),
              per_baris=True)
    every = {(k.kode, v) for k in catalog.KODE.values() for v in k.semua_templat()}
    assert sorted(map(str, every - reached)) == []
    assert reached <= every


def test_rules_and_catalog_agree():
    assert {r.kode for r in RULES} == {k.kode for k in catalog.KODE.values() if k.mutu}
    for rule in RULES:
        assert (rule.tingkat, rule.kriteria, rule.judul) == (rule.entri.tingkat, rule.entri.kriteria, rule.entri.judul)


def test_docs_rules_md_is_what_the_generator_writes():
    spec = importlib.util.spec_from_file_location("rules_md", ROOT / "tools" / "rules_md.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module.render()
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == text, "python tools/rules_md.py docs/rules.md"
    assert all(f"`{k}`" in text for k in catalog.KODE)
    assert not re.search(r"\b(?:bahan|seed)\s+\d", text, re.IGNORECASE)
