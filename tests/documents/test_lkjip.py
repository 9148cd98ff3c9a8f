"""LKjIP tables: context builders as data, rendered documents read back with python-docx, the .xlsx with openpyxl."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from PIL import Image, ImageChops, ImageDraw

from iku_docs.capaian import Capaian, Status, compute_capaian
from iku_docs.documents import lkjip
from iku_docs.documents.grafik import Batang, Grafik
from iku_docs.errors import UserTemplateError
from iku_docs.model import Pemda, Pengaturan, PerangkatDaerah, Predikat
from iku_docs.render import chart, xlsx
from iku_docs.render.docx import render_docx, render_docx_bytes
from iku_docs.render.xlsx import lkjip_xlsx_bytes, write_lkjip_xlsx
from tests.factories import iku_pd, make_pemda, program

PEMDA_DOC = "lkjip/lkjip-pemda-2026.docx"


def render(model: Pemda, out: Path, *only: str) -> dict[str, docx.document.Document]:
    """The LKjIP documents of ``model`` (or just those named in ``only``), keyed by file name."""
    result = {}
    for dok in lkjip.documents(model):
        if only and dok.berkas not in only:
            continue
        path = render_docx(dok.templat, dok.isi(), out / dok.berkas, pengaturan=model.pengaturan, judul=dok.judul)
        result[dok.berkas] = docx.Document(str(path))
    return result


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, docx.document.Document]:
    return render(make_pemda(), tmp_path_factory.mktemp("lkjip"))


def rows(table) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in table.rows]


def table_with(document, first_header: str, second_header: str):
    return next(t for t in document.tables
                if t.rows[0].cells[0].text == first_header and t.rows[0].cells[1].text == second_header)


def pengukuran(document):
    return table_with(document, "No", "Sasaran")


def anggaran(document):
    return table_with(document, "No", "Program")


def perbandingan(document):
    return next(t for t in document.tables if t.rows[0].cells[3].text == "Tahun")


def progres(document):
    return next(t for t in document.tables if t.rows[0].cells[3].text == "Kondisi Awal")


def rupiah_value(text: str) -> Decimal:
    assert text.startswith("Rp") and text[2:3].isdigit(), text  # PUEBI: no space after Rp
    return Decimal(text.removeprefix("Rp").replace(".", ""))


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


# --- which documents ------------------------------------------------------------------------------------------

def test_one_document_for_the_pemda_and_one_per_perangkat_daerah():
    docs = lkjip.documents(make_pemda())
    assert [d.berkas for d in docs] == [
        PEMDA_DOC, "lkjip/lkjip-dinkes-2026.docx", "lkjip/lkjip-disdik-2026.docx", "lkjip/lkjip-insp-2026.docx"]
    assert {d.templat for d in docs} == {"lkjip"}


def test_file_names_come_from_codes_and_never_collide():
    model = make_pemda()
    odd = replace(model.perangkat_daerah[0], kode="pemda")
    docs = lkjip.documents(replace(model, perangkat_daerah=(odd, *model.perangkat_daerah[1:])))
    names = [d.berkas for d in docs]
    assert len(set(names)) == len(names)
    assert names[:2] == [PEMDA_DOC, "lkjip/lkjip-pemda-2026-2.docx"]
    pd_doc = docs[1].isi()
    assert (pd_doc["adalah_pemda"], pd_doc["judul_unit"]) == (False, "DINAS KESEHATAN")
    assert [g["judul"] for g in pd_doc["anggaran"]] == [""]
    dotted = lkjip.documents(replace(model, perangkat_daerah=(replace(odd, kode="../../x"),)))
    assert dotted[1].berkas == "lkjip/lkjip-x-2026.docx"


def test_context_holds_only_strings_flags_lists_and_the_chart():
    def check(value):
        if isinstance(value, dict):
            for v in value.values():
                check(v)
        elif isinstance(value, list):
            for v in value:
                check(v)
        else:
            assert isinstance(value, str | bool | Grafik), repr(value)

    for dok in lkjip.documents(make_pemda()):
        check(dok.isi())


# --- measurement table ----------------------------------------------------------------------------------------

def test_measurement_table_prints_the_targets_of_the_year_and_the_computed_capaian(rendered):
    model = make_pemda()
    table = pengukuran(rendered[PEMDA_DOC])
    printed = {r[2]: r for r in rows(table)[1:] if r[2] in {i.nama for i in model.iku}}
    assert len(printed) == len(model.iku)
    for iku in model.iku:
        c = compute_capaian(iku, 2026, model.pengaturan)
        row = printed[iku.nama]
        assert row[4] == (iku.target[2026] if isinstance(iku.target[2026], str)
                          else f"{iku.target[2026]:n}".replace(".", ","))
        assert row[6] == ("-" if c.nilai is None else f"{c.nilai:.2f}".replace(".", ","))
        assert row[7] == (c.predikat or "-")
        assert row[8] == c.metode


def test_published_figures_appear_as_printed_in_indonesian(rendered):
    table = pengukuran(rendered[PEMDA_DOC])
    akb = next(r for r in rows(table) if r[2].startswith("Angka Kematian Bayi"))
    assert akb[3:9] == ["per 1.000 KH", "7", "6,8", "102,86", "Sangat Tinggi", "(2T-R)/T"]
    opini = next(r for r in rows(table) if r[2].startswith("Opini BPK"))
    assert opini[4:9] == ["WTP", "WTP", "100,00", "Sangat Tinggi", "Skala Opini BPK"]


def test_missing_realisasi_is_shown_as_not_reported_not_zero(rendered):
    table = pengukuran(rendered[PEMDA_DOC])
    apm = next(r for r in rows(table) if r[2] == "Angka Partisipasi Murni SMP")
    assert apm[5:8] == ["belum dilaporkan", "-", "-"]


def test_sasaran_cell_is_merged_vertically_over_its_indicators(rendered):
    table = pengukuran(rendered[PEMDA_DOC])
    sasaran_rows = [r for r in table.rows if r.cells[2].text in (
        "Persentase balita stunting yang ditangani", "Angka Kematian Bayi per 1.000 kelahiran hidup")]
    assert len(sasaran_rows) == 2
    merges = [r._tr.tc_lst[1].tcPr.find(qn("w:vMerge")) for r in sasaran_rows]
    assert [m.get(qn("w:val")) for m in merges] == ["restart", "continue"]
    assert sasaran_rows[0].cells[1].text == "Meningkatnya derajat kesehatan masyarakat"
    # python-docx repeats the merge's root cell in every row it covers
    assert sasaran_rows[1].cells[1].text == "Meningkatnya derajat kesehatan masyarakat"


def test_each_sasaran_is_followed_by_its_penjelasan(rendered):
    texts = [r[0] for r in rows(pengukuran(rendered[PEMDA_DOC]))]
    first = texts.index(next(t for t in texts if t.startswith("Penjelasan:")))
    assert "Persentase balita stunting yang ditangani: Penjelasan realisasi 2026." in texts[first]
    assert "Angka Kematian Bayi per 1.000 kelahiran hidup: Penjelasan realisasi 2026." in texts[first]
    assert any("Penjelasan belum diisi pada lembar Realisasi." in t for t in texts)


def test_average_capaian_row_leaves_out_indicators_not_reported(rendered):
    last = rows(pengukuran(rendered[PEMDA_DOC]))[-1]
    # (101,19 + 102,86 + 100,00) ÷ 3 = 101,35; APM and IKLH are not reported yet
    assert "Rata-rata capaian kinerja" in last[0] and "101,35" in last


def test_methods_and_the_predikat_scale_are_explained_under_the_table(rendered):
    text = all_text(rendered[PEMDA_DOC])
    assert "(2T-R)/T = (2 × Target − Realisasi) ÷ Target × 100, paling kecil 0" in text
    assert "Predikat capaian: ≥ 91: Sangat Tinggi; 76 – < 91: Tinggi; 66 – < 76: Sedang; 51 – < 66: Rendah; " \
           "< 51: Sangat Rendah." in text


def test_edge_case_notes_are_listed(rendered):
    text = all_text(rendered["lkjip/lkjip-insp-2026.docx"])
    assert "Opini BPK atas Laporan Keuangan Pemerintah Daerah: Skala Opini BPK: WDP bernilai 3, WTP bernilai 4." in text


def test_a_workbook_predikat_scale_replaces_the_default(tmp_path):
    skala = (Predikat(Decimal(100), "Tercapai"), Predikat(Decimal(0), "Belum Tercapai"))
    model = make_pemda(pengaturan=Pengaturan(skala_predikat=skala))
    docs = render(model, tmp_path, PEMDA_DOC, "lkjip/lkjip-insp-2026.docx")
    table = pengukuran(docs["lkjip/lkjip-insp-2026.docx"])
    assert [r[7] for r in rows(table)[1:] if r[2].startswith("Opini")] == ["Belum Tercapai"]
    assert "Predikat capaian: ≥ 100: Tercapai; < 100: Belum Tercapai." in all_text(docs[PEMDA_DOC])


# --- comparison and progress ----------------------------------------------------------------------------------

def test_comparison_lists_the_baseline_and_every_year_so_far(rendered):
    table = perbandingan(rendered["lkjip/lkjip-dinkes-2026.docx"])
    akb = [r[3:] for r in rows(table) if r[1].startswith("Angka Kematian Bayi")]
    assert akb == [
        ["Kondisi awal (sebelum 2025)", "-", "8", "-", "-"],
        ["2025", "7,5", "7,2", "104,00", "Sangat Tinggi"],
        ["2026", "7", "6,8", "102,86", "Sangat Tinggi"],
    ]


def test_progress_compares_with_the_end_of_period_target(rendered):
    header = rows(progres(rendered[PEMDA_DOC]))[0]
    assert header[4:6] == ["Realisasi 2026", "Target 2029"]
    akb = next(r for r in rows(progres(rendered[PEMDA_DOC])) if r[1].startswith("Angka Kematian Bayi"))
    # (2 × 5,5 − 6,8) ÷ 5,5 = 76,36
    assert akb[3:] == ["8", "6,8", "5,5", "76,36", "(2T-R)/T"]
    assert "TARGET AKHIR RPJMD 2025–2029" in all_text(rendered[PEMDA_DOC])
    assert "TARGET AKHIR RENSTRA 2025–2029" in all_text(rendered["lkjip/lkjip-dinkes-2026.docx"])


# --- budget ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("berkas", [PEMDA_DOC, "lkjip/lkjip-dinkes-2026.docx", "lkjip/lkjip-insp-2026.docx"])
def test_budget_total_equals_the_sum_of_programs(rendered, berkas):
    table = rows(anggaran(rendered[berkas]))
    programs = [r for r in table[1:] if r[0].isdigit()]
    total = next(r for r in table if r[0] == "JUMLAH")
    assert programs
    assert rupiah_value(total[3]) == sum(rupiah_value(r[3]) for r in programs)


def test_pemda_budget_lists_every_program_grouped_by_perangkat_daerah(rendered):
    table = rows(anggaran(rendered[PEMDA_DOC]))
    model = make_pemda()
    names = [r[1] for r in table if r[0].isdigit()]
    assert names == [p.nama for pd in model.perangkat_daerah for p in pd.program]
    headings = [r[0] for r in table if r[0] in {pd.nama for pd in model.perangkat_daerah}]
    assert headings == ["Dinas Kesehatan", "Dinas Pendidikan", "Inspektorat Daerah"]


def test_serapan_and_efisiensi_of_a_program(rendered):
    table = rows(anggaran(rendered["lkjip/lkjip-dinkes-2026.docx"]))
    first = next(r for r in table if r[0] == "1")
    # 11,8 M ÷ 12,5 M = 94,40; it serves PD-KES-01 and PD-KES-02: (101,33 + 102,86) ÷ 2 = 102,10;
    # 102,10 − 94,40 = +7,70 poin, above the default band of 5: Efisien
    assert first[2:] == ["PD-KES-01, PD-KES-02", "Rp12.500.000.000", "Rp11.800.000.000", "94,40", "102,10",
                         "+7,70", "Efisien"]
    total = next(r for r in table if r[0] == "JUMLAH")
    assert total[3:] == ["Rp13.750.000.000", "Rp12.900.000.000", "93,82", "102,10", "+8,28", "Efisien"]


def test_a_total_with_an_unreported_program_is_not_understated(rendered):
    total = next(r for r in rows(anggaran(rendered[PEMDA_DOC])) if r[0] == "JUMLAH")
    assert total[3] == "Rp45.750.000.000"
    assert total[4:7] == ["belum dilaporkan", "-", "101,35"]


# --- chart ----------------------------------------------------------------------------------------------------

def grafik_of(tabel: lkjip.TabelLkjip, skala=()) -> Grafik:
    """A table's chart, as build_context puts it in the context."""
    return lkjip.build_grafik(((b.iku.nama, b.capaian) for b in tabel.baris), skala)


def test_the_context_describes_the_chart_as_data_a_bar_per_indicator():
    model = make_pemda()
    tabel = lkjip.build_tables(model)[0]
    grafik = lkjip.build_context(model, tabel)["grafik"]
    assert grafik == grafik_of(tabel, model.pengaturan.skala_predikat)
    assert [b.nama for b in grafik.batang] == [b.iku.nama for b in tabel.baris]
    assert [p.label for p in grafik.skala] == ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"]


def test_each_bar_carries_its_capaian_as_printed_or_why_it_has_none():
    grafik = lkjip.build_grafik(ODD_CHARTS["every status and band"])
    assert grafik.batang[:5] == (
        Batang("Persentase balita stunting yang ditangani", Decimal("101.19"), "101,19", "Sangat Tinggi"),
        Batang("Angka Partisipasi Murni SMP", None, "belum dilaporkan", None),
        Batang("Indeks tanpa target", None, "tanpa target", None),
        Batang("Rasio guru ÷ murid × 100% (SD/MI)", None, "tidak dapat dihitung", None),
        Batang("Tinggi", Decimal("80"), "80,00", "Tinggi"),
    )


def test_each_document_holds_the_capaian_chart_as_an_inline_png(rendered):
    for document in rendered.values():
        assert len(document.inline_shapes) == 1
        shape = document.inline_shapes[0]
        assert abs(shape.width.mm - chart.LEBAR_GRAFIK_MM) < 0.5
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        image = document.part.related_parts[blip.embed].image
        assert image.content_type == "image/png"


def test_a_user_template_prints_the_charts_but_cannot_reach_the_renderer_through_them(tmp_path):
    model = make_pemda()
    context = lkjip.documents(model)[0].isi()
    for name, text in (("grafik", "{% for g in grafik %}{{ g }}{% endfor %}"), ("intip", "{{ grafik[0]._images }}")):
        d = docx.Document()
        d.add_paragraph(text)
        d.save(tmp_path / f"{name}.docx")
    shown = docx.Document(io.BytesIO(render_docx_bytes("grafik", context, templates_dir=tmp_path)))
    assert len(shown.inline_shapes) == len(chart.draw_charts(context["grafik"])) == 1
    with pytest.raises(UserTemplateError, match="_images"):
        render_docx_bytes("intip", context, templates_dir=tmp_path)


def test_chart_has_one_bar_row_per_indicator_and_is_split_beyond_twelve():
    model = make_pemda()
    many = tuple(iku_pd("DINKES", f"X-{n}", f"Indikator nomor {n}", realisasi={2026: Decimal(70 + n)})
                 for n in range(14))
    dinkes = replace(model.perangkat_daerah[0], iku=many)
    tabel = lkjip.build_tables(replace(model, perangkat_daerah=(dinkes,)))[1]
    pngs = chart.draw_charts(grafik_of(tabel))
    assert len(pngs) == 2
    short, long_ = Image.open(io.BytesIO(pngs[1])), Image.open(io.BytesIO(pngs[0]))
    assert short.width == long_.width and short.height < long_.height


def test_chart_marks_the_100_percent_line_in_red():
    tabel = lkjip.build_tables(make_pemda())[0]
    img = Image.open(io.BytesIO(chart.draw_charts(grafik_of(tabel))[0])).convert("RGB")
    reds = [x for x in range(img.width) if img.getpixel((x, img.height // 2)) == (0xC6, 0x28, 0x28)]
    assert reds, "the reference line must cross the middle of the chart"


LABELS = ("Persentase rekomendasi hasil pemeriksaan bidang pendidikan yang belum ditindaklanjuti",
          "Rasio guru ÷ murid × 100% (SD/MI)", "Indeks Pembangunan Manusia (IPM) 2026 …", "Angka", "a  b")


@pytest.mark.parametrize("label", LABELS)
def test_labels_measured_word_by_word_have_pillows_width(label):
    size = chart._px(chart._HURUF_MM)
    assert chart._width(label, size) == chart._font(size).getlength(label)


@pytest.mark.parametrize("label", LABELS)
def test_labels_pasted_word_by_word_draw_the_same_pixels_as_the_whole_line(label):
    size = chart._px(chart._HURUF_MM)
    whole = Image.new("RGB", (1400, 60), "white")
    ImageDraw.Draw(whole).text((1300, 30), label, fill="black", font=chart._font(size), anchor="rm")
    kanvas = chart._Kanvas(1400, 60)
    kanvas.stamp_words((1300, 30), label, size, "black")
    assert ImageChops.invert(whole).getbbox() is not None, "the label must have been drawn"
    assert kanvas.image.tobytes() == chart._quantize(whole).tobytes()


class RgbKanvas:
    """The straightforward way to draw a chart, kept here as the reference: RGB, every text drawn by
    ImageDraw over whatever lies below it, the whole picture quantized to the palette at the end."""

    def __init__(self, width: int, height: int) -> None:
        self.img = Image.new("RGB", (width, height), "white")
        self.draw = ImageDraw.Draw(self.img)

    def line(self, xy, colour, width):
        self.draw.line(xy, fill=colour, width=width)

    def rectangle(self, box, colour):
        self.draw.rectangle(box, fill=colour)

    def stamp(self, xy, text, size, colour, anchor, over_lines=False):
        self.draw.text(xy, text, fill=colour, font=chart._font(size), anchor=anchor)

    def stamp_words(self, xy, line, size, colour):
        self.draw.text(xy, line, fill=colour, font=chart._font(size), anchor="rm")

    def png(self) -> bytes:
        buf = io.BytesIO()
        chart._quantize(self.img).save(buf, format="PNG")
        return buf.getvalue()


def chart_pixels(png: bytes) -> tuple[str, tuple[int, int], bytes, list[int]]:
    img = Image.open(io.BytesIO(png))
    img.load()
    return img.mode, img.size, img.tobytes(), img.getpalette()


def capaian(nilai: str | None, predikat: str | None = None, status=Status.DIHITUNG) -> Capaian:
    return Capaian(target=None, realisasi=None, nilai=None if nilai is None else Decimal(nilai), metode="R/T",
                   status=status, predikat=predikat)


ODD_CHARTS = {
    "every status and band": [
        ("Persentase balita stunting yang ditangani", capaian("101.19", "Sangat Tinggi")),
        ("Angka Partisipasi Murni SMP", capaian(None, status=Status.BELUM_DILAPORKAN)),
        ("Indeks tanpa target", capaian(None, status=Status.TANPA_TARGET)),
        ("Rasio guru ÷ murid × 100% (SD/MI)", capaian(None, status=Status.TIDAK_DAPAT_DIHITUNG)),
        ("Tinggi", capaian("80", "Tinggi")), ("Sedang", capaian("70", "Sedang")),
        ("Rendah", capaian("55", "Rendah")), ("Sangat rendah", capaian("3.5", "Sangat Rendah")),
    ],
    "beyond the axis and a word too long to wrap": [
        ("Persentase" * 12, capaian("250", "Sangat Tinggi")),
        ("Indeks Pembangunan Manusia (IPM) " * 6, capaian("0")),
        ("Ω ñ ü — “kutip” 𝔘nicode", capaian("199.99", "Sangat Tinggi")),
    ],
}
SIX_BANDS = tuple(Predikat(Decimal(b), f"Band {b}") for b in (90, 75, 60, 45, 30, 0))
LONG_SCALE = tuple(Predikat(Decimal(b), f"Predikat yang sangat panjang nomor {b}") for b in (90, 75, 60, 45, 30, 0))
# One label longer than a whole row of the legend, one that fills most of it, and short ones.
WRAPPED_SCALE = (Predikat(Decimal(90), "Sangat memuaskan menurut " + "ketentuan peraturan perundang-undangan " * 8),
                 Predikat(Decimal(70), "Memuaskan dengan catatan pembinaan " * 3), Predikat(Decimal(50), "Cukup"),
                 Predikat(Decimal(0), "Kurang"))


@pytest.mark.parametrize("name", ODD_CHARTS)
@pytest.mark.parametrize("skala", [(), SIX_BANDS, LONG_SCALE, WRAPPED_SCALE],
                         ids=["default scale", "six bands", "long labels", "wrapped labels"])
def test_palette_charts_have_exactly_the_pixels_of_charts_drawn_in_rgb(monkeypatch, name, skala):
    fast = chart.draw_chart(lkjip.build_grafik(ODD_CHARTS[name], skala))
    monkeypatch.setattr(chart, "_Kanvas", RgbKanvas)
    reference = chart.draw_chart(lkjip.build_grafik(ODD_CHARTS[name], skala))
    assert chart_pixels(fast) == chart_pixels(reference)


def overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(box: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    return outer[0] <= box[0] and box[2] <= outer[2] and outer[1] <= box[1] and box[3] <= outer[3]


@pytest.mark.parametrize("skala", [LONG_SCALE, WRAPPED_SCALE], ids=["long labels", "wrapped labels"])
def test_a_long_predikat_scale_gets_legend_rows_inside_the_picture_clear_of_the_axis_title(skala):
    items = ODD_CHARTS["every status and band"]
    boxes = chart.chart_boxes(lkjip.build_grafik(items, skala))
    picture, title, legend = boxes["gambar"], boxes["sumbu"], boxes["legenda"]
    assert len(legend) >= 2 * len(skala)  # a swatch and at least one line per band
    for n, box in enumerate(legend):
        assert inside(box, picture), box
        assert not overlaps(box, title), box
        assert not any(overlaps(box, other) for other in legend[n + 1:]), box
        assert box[1] > title[3], "rows of their own, under the axis title"
    img = Image.open(io.BytesIO(chart.draw_chart(lkjip.build_grafik(items, skala)))).convert("L")
    assert img.size == picture[2:]
    for box in legend:  # drawn where the layout says: every swatch and line has ink
        assert img.crop(box).getextrema()[0] < 200, box
    usual = chart.chart_boxes(lkjip.build_grafik(items))
    assert picture[3] > usual["gambar"][3], "the picture grows by the legend's rows"


def test_the_usual_legend_stays_on_the_axis_line_right_of_its_title():
    items = ODD_CHARTS["every status and band"]
    for skala in ((), SIX_BANDS):
        boxes = chart.chart_boxes(lkjip.build_grafik(items, skala))
        title, picture = boxes["sumbu"], boxes["gambar"]
        for box in boxes["legenda"]:
            assert inside(box, picture) and box[0] > title[2]
            assert box[1] < title[3] and title[1] < box[3], "on the same line"
        img = Image.open(io.BytesIO(chart.draw_chart(lkjip.build_grafik(items, skala))))
        assert img.size == picture[2:]


def test_a_long_scale_legend_still_keeps_charts_within_a_landscape_page():
    model = make_pemda(pengaturan=Pengaturan(skala_predikat=WRAPPED_SCALE))
    long_name = "Persentase rumah tangga miskin penerima bantuan sosial yang tepat sasaran dan tepat waktu " * 3
    many = tuple(iku_pd("DINKES", f"X-{n}", f"{long_name} {n}", realisasi={2026: Decimal(80)}) for n in range(10))
    tabel = lkjip.build_tables(replace(model, perangkat_daerah=(replace(model.perangkat_daerah[0], iku=many),)))[1]
    for png in chart.draw_charts(grafik_of(tabel, WRAPPED_SCALE)):
        img = Image.open(io.BytesIO(png))
        assert img.height / img.width * chart.LEBAR_GRAFIK_MM <= 150.5


def test_every_chart_of_the_sample_models_matches_the_rgb_reference(monkeypatch):
    model = make_pemda()
    tables = lkjip.build_tables(model)
    fast = [png for t in tables for png in chart.draw_charts(grafik_of(t, model.pengaturan.skala_predikat))]
    monkeypatch.setattr(chart, "_Kanvas", RgbKanvas)
    reference = [png for t in tables for png in chart.draw_charts(grafik_of(t, model.pengaturan.skala_predikat))]
    assert [chart_pixels(p) for p in fast] == [chart_pixels(p) for p in reference]


def test_chart_png_is_a_valid_palette_picture_with_reproducible_bytes():
    items = ODD_CHARTS["every status and band"]
    png = chart.draw_chart(lkjip.build_grafik(items))
    assert png == chart.draw_chart(lkjip.build_grafik(items)), "the same chart twice gives the same bytes"
    img = Image.open(io.BytesIO(png))
    img.verify()  # checksums of every chunk
    assert img.mode == "P" and img.width == chart._px(chart.LEBAR_GRAFIK_MM)


# --- layout ---------------------------------------------------------------------------------------------------

def test_pages_are_landscape_f4_by_default(rendered):
    for document in rendered.values():
        for section in document.sections:
            assert section.orientation == WD_ORIENT.LANDSCAPE
            assert abs(section.page_width.mm - 330) < 0.5 and abs(section.page_height.mm - 215) < 0.5


@pytest.mark.parametrize(("kertas", "lebar", "tinggi"), [(None, 330, 215), ("A4", 297, 210)])
def test_every_table_is_centred_and_fills_the_text_width_of_the_paper(kertas, lebar, tinggi, tmp_path):
    model = make_pemda(pengaturan=Pengaturan(ukuran_kertas=kertas))
    for document in render(model, tmp_path, PEMDA_DOC, "lkjip/lkjip-dinkes-2026.docx").values():
        section = document.sections[0]
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert abs(section.page_width.mm - lebar) < 0.5 and abs(section.page_height.mm - tinggi) < 0.5
        text_twips = (section.page_width - section.left_margin - section.right_margin) // 635  # EMU → twips
        for table in document.tables:
            grid = sum(int(gc.get(qn("w:w"))) for gc in table._tbl.tblGrid.findall(qn("w:gridCol")))
            assert text_twips - 10 <= grid <= text_twips, "a table never wider than the text, nor narrower"
            tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
            assert (tbl_w.get(qn("w:type")), tbl_w.get(qn("w:w"))) == ("pct", "5000")  # Word: 100 %
            assert table.alignment == WD_TABLE_ALIGNMENT.CENTER


def keeps(row) -> bool:
    return all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs)


def test_last_program_row_keeps_with_the_total_and_no_other_row_does(rendered):
    table = anggaran(rendered[PEMDA_DOC])
    programs = [r for r in table.rows if r.cells[0].text.isdigit()]
    assert [keeps(r) for r in programs] == [False] * (len(programs) - 1) + [True]
    assert table.rows[-1].cells[0].text == "JUMLAH"
    assert table.rows[-2].cells[0].text == programs[-1].cells[0].text  # directly above JUMLAH


def test_the_years_of_one_indicator_stay_together(rendered):
    table = perbandingan(rendered[PEMDA_DOC])
    body = table.rows[1:]
    # each indicator's rows keep with the next, except its last year: a page may break between indicators only
    last_of_indicator = [i == len(body) - 1 or body[i + 1].cells[0].text != r.cells[0].text
                         for i, r in enumerate(body)]
    assert [keeps(r) for r in body] == [not last for last in last_of_indicator]
    assert last_of_indicator.count(True) == len(make_pemda().iku)


def test_header_rows_repeat_and_data_rows_do_not_split(rendered):
    for document in rendered.values():
        for table in document.tables:
            assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
            data = table.rows[1]._tr.trPr
            assert data is not None and data.find(qn("w:cantSplit")) is not None


def test_footer_numbers_the_pages(rendered):
    footer = rendered[PEMDA_DOC].sections[0].footer._element
    assert any(f.get(qn("w:instr")) == "PAGE" for f in footer.iter(qn("w:fldSimple")))


def test_title_names_the_unit_and_year(rendered):
    pemda = [p.text for p in rendered[PEMDA_DOC].paragraphs[:4]]
    assert pemda[:3] == ["TABEL PENGUKURAN KINERJA", "PEMERINTAH KABUPATEN CONTOH", "TAHUN 2026"]
    pd = [p.text for p in rendered["lkjip/lkjip-dinkes-2026.docx"].paragraphs[:4]]
    assert pd == ["TABEL PENGUKURAN KINERJA", "DINAS KESEHATAN", "KABUPATEN CONTOH", "TAHUN 2026"]


def test_a_perangkat_daerah_without_indicators_or_programs_still_renders(tmp_path):
    model = make_pemda()
    kosong = PerangkatDaerah("BPBD", "Badan Penanggulangan Bencana Daerah", model.perangkat_daerah[0].kepala,
                             "Tugas.", (), (), (), model.perangkat_daerah[0].asal)
    docs = render(replace(model, perangkat_daerah=(*model.perangkat_daerah, kosong)), tmp_path,
                  "lkjip/lkjip-bpbd-2026.docx")
    document = docs["lkjip/lkjip-bpbd-2026.docx"]
    assert len(document.inline_shapes) == 0
    text = all_text(document)
    assert "(tidak ada indikator kinerja)" in text
    assert "(tidak ada program pada tahun 2026)" in text
    assert "Tidak ada indikator kinerja untuk digambarkan." in text


def test_cell_text_that_looks_like_markup_or_a_formula_is_printed_literally(tmp_path):
    model = make_pemda()
    dinkes = model.perangkat_daerah[0]
    odd = replace(dinkes, iku=(iku_pd("DINKES", "X-1", "=SUM(A1) & <b>{{ x }}</b>", realisasi={2026: Decimal(80)}),),
                  program=(program("DINKES", "+Program {% if %} & <i>", 1000, 900),))
    docs = render(replace(model, perangkat_daerah=(odd,)), tmp_path, "lkjip/lkjip-dinkes-2026.docx")
    text = all_text(docs["lkjip/lkjip-dinkes-2026.docx"])
    assert "=SUM(A1) & <b>{{ x }}</b>" in text
    assert "+Program {% if %} & <i>" in text


# --- xlsx -----------------------------------------------------------------------------------------------------

def test_xlsx_holds_the_same_tables_with_numbers_as_numbers(tmp_path):
    model = make_pemda()
    path = write_lkjip_xlsx(model, tmp_path)
    assert path == tmp_path / "lkjip" / "tabel-lkjip-2026.xlsx"
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Pengukuran Kinerja", "Perbandingan Tahunan", "Target Akhir", "Standar Nasional",
                             "Faktor", "Anggaran"]
    ws = wb["Pengukuran Kinerja"]
    header = [c.value for c in ws[1]]
    rows_ = [dict(zip(header, (c.value for c in r), strict=True)) for r in ws.iter_rows(min_row=2)]
    akb = next(r for r in rows_ if r["Unit"] == "Pemerintah Kabupaten Contoh" and r["Kode IKU"] == "IKU-02")
    assert (akb["Target"], akb["Realisasi"], akb["Capaian (%)"], akb["Metode"]) == (7, 6.8, 102.86, "(2T-R)/T")
    units = {r["Unit"] for r in rows_}
    assert units == {"Pemerintah Kabupaten Contoh", "Dinas Kesehatan", "Dinas Pendidikan", "Inspektorat Daerah"}
    capaian_cell = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "IKU-02")[7]
    assert capaian_cell.data_type == "n" and capaian_cell.number_format == "#,##0.00"


def test_xlsx_budget_totals_equal_the_sum_of_programs(tmp_path):
    ws = openpyxl.load_workbook(write_lkjip_xlsx(make_pemda(), tmp_path))["Anggaran"]
    data = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    anggaran = [c.value for c in ws[1]].index("Anggaran")
    for unit in {r[0] for r in data}:
        programs = [r for r in data if r[0] == unit and r[2] != "JUMLAH"]
        total = next(r for r in data if r[0] == unit and r[2] == "JUMLAH")
        assert total[anggaran] == sum(r[anggaran] for r in programs)
    money = next(r for r in ws.iter_rows(min_row=2))[anggaran]
    assert money.data_type == "n" and "#,##0" in money.number_format


def sheet_dicts(ws) -> list[dict]:
    header = [c.value for c in ws[1]]
    return [dict(zip(header, (c.value for c in r), strict=True)) for r in ws.iter_rows(min_row=2)]


def test_xlsx_budget_lists_the_iku_each_program_serves_and_efficiency_in_signed_points(tmp_path):
    ws = openpyxl.load_workbook(write_lkjip_xlsx(make_pemda(), tmp_path))["Anggaran"]
    header = [c.value for c in ws[1]]
    assert header[2:5] == ["Program", "IKU Didukung", "Anggaran"] and "Efisiensi (poin)" in header
    rows_ = sheet_dicts(ws)
    row = next(r for r in rows_ if r["Unit"] == "Dinas Kesehatan" and r["Program"].startswith("Program Pemenuhan"))
    assert row["IKU Didukung"] == "PD-KES-01, PD-KES-02"
    assert row["Keterangan"] in ("Efisien", "Cukup Efisien", "Kurang Efisien")
    # capaian − serapan, in points: the stored number is exactly the difference of its neighbours.
    assert row["Efisiensi (poin)"] == pytest.approx(row["Capaian Kinerja (%)"] - row["Serapan (%)"], abs=0.011)
    column = header.index("Efisiensi (poin)")
    cell = next(r for r in ws.iter_rows(min_row=2) if r[2].value == row["Program"])[column]
    assert cell.data_type == "n" and cell.number_format.startswith("+")
    bare = next(r for r in rows_ if r["Program"] == "Program Peningkatan Kapasitas SDM Kesehatan")
    assert (bare["IKU Didukung"], bare["Capaian Kinerja (%)"], bare["Keterangan"]) == (None, None, None)


def test_xlsx_national_standard_and_factor_sheets(tmp_path):
    model = make_pemda()
    pd = model.perangkat_daerah[0]
    first = pd.iku[0]
    real = replace(first.realisasi[2026], faktor_pendukung="Kader aktif", upaya_perbaikan="Pelatihan kader")
    first = replace(first, standar_nasional=Decimal(70), sumber_standar="SPM",
                    realisasi={**first.realisasi, 2026: real})
    model = replace(model, perangkat_daerah=(replace(pd, iku=(first, pd.iku[1])), *model.perangkat_daerah[1:]))
    wb = openpyxl.load_workbook(write_lkjip_xlsx(model, tmp_path))
    standar = {r["Kode IKU"]: r for r in sheet_dicts(wb["Standar Nasional"])}
    assert (standar["PD-KES-01"]["Standar Nasional"], standar["PD-KES-01"]["Sumber Standar"],
            standar["PD-KES-01"]["Capaian terhadap Standar (%)"]) == (70, "SPM", 108.57)
    assert standar["PD-KES-02"]["Standar Nasional"] == lkjip.BELUM_ADA_STANDAR
    faktor = {r["Kode IKU"]: r for r in sheet_dicts(wb["Faktor"])}
    assert (faktor["PD-KES-01"]["Faktor Pendukung"], faktor["PD-KES-01"]["Faktor Penghambat"],
            faktor["PD-KES-01"]["Upaya Perbaikan"]) == ("Kader aktif", lkjip.BELUM_DIISI, "Pelatihan kader")


def test_xlsx_scale_levels_are_right_aligned_like_the_numbers_beside_them(tmp_path):
    ws = openpyxl.load_workbook(write_lkjip_xlsx(make_pemda(), tmp_path))["Pengukuran Kinerja"]
    opini = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "PD-INS-01")
    target, realisasi = opini[5], opini[6]
    assert (target.value, realisasi.value) == ("WTP", "WDP")
    assert target.alignment.horizontal == realisasi.alignment.horizontal == "right"
    assert opini[3].alignment.horizontal is None  # the indicator's name stays left-aligned


def test_xlsx_leaves_out_a_keterangan_column_no_row_fills(tmp_path):
    model = make_pemda()
    plain = replace(model, iku=model.iku[:2], perangkat_daerah=model.perangkat_daerah[:1])
    assert all(not b.capaian.keterangan for t in lkjip.build_tables(plain) for b in t.baris)
    header = [c.value for c in openpyxl.load_workbook(write_lkjip_xlsx(plain, tmp_path))["Pengukuran Kinerja"][1]]
    assert header[-1] == "Metode"
    with_notes = [c.value for c in openpyxl.load_workbook(write_lkjip_xlsx(model, tmp_path / "b"))[
        "Pengukuran Kinerja"][1]]
    assert with_notes[-1] == "Keterangan"


def test_xlsx_stores_formula_like_text_as_text(tmp_path):
    model = make_pemda()
    odd = replace(model.perangkat_daerah[0], program=(program("DINKES", "=HYPERLINK(\"x\")", 1000, 900),
                                                       program("DINKES", "@cmd", 1000, 900)))
    ws = openpyxl.load_workbook(write_lkjip_xlsx(replace(model, perangkat_daerah=(odd,)), tmp_path))["Anggaran"]
    cells = [r[2] for r in ws.iter_rows(min_row=2) if str(r[2].value).startswith(("=", "@"))]
    assert [c.value for c in cells] == ['=HYPERLINK("x")', "@cmd"] * 2  # Pemda and DINKES rows
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_xlsx_is_byte_for_byte_reproducible():
    model = make_pemda()
    assert lkjip_xlsx_bytes(model) == lkjip_xlsx_bytes(model)


def openpyxl_reference(model: Pemda) -> bytes:
    """The same sheets written cell by cell through openpyxl, as the .xlsx used to be made: the reference.

    Row heights come from the writer's own line estimate (tested on its own below)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    def font(bold: bool) -> Font:
        return Font(name="Arial", family=2, sz=10, bold=bold)

    def height(lines: int) -> float | None:
        return lines * 12.75 if lines > 1 else None

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    paper = {"A4": 9}.get(model.pengaturan.ukuran_kertas, 14)
    for (title, headers), rows_ in xlsx.sheet_rows(model):
        ws = wb.create_sheet(title)
        widths = xlsx.lebar_kolom(title, headers)
        for col, header in enumerate(headers, start=1):
            cell = ws.cell(row=1, column=col, value=header)
            cell.font = font(True)
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            ws.column_dimensions[get_column_letter(col)].width = widths[col - 1]
        ws.row_dimensions[1].height = height(max(xlsx._lines(h, w, True) for h, w in zip(headers, widths, strict=True)))
        for r, (cells, total) in enumerate(rows_, start=2):
            lines = 1
            for col, (value, fmt) in enumerate(cells, start=1):
                cell = ws.cell(row=r, column=col)
                if isinstance(value, Decimal):
                    cell.value = value
                    cell.number_format = fmt or xlsx._format_angka(value)
                    cell.alignment = Alignment(vertical="top")
                    cell.font = font(total)
                elif value not in (None, ""):
                    # Where openpyxl refused a character XML cannot hold, the direct writer drops it.
                    cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(value))
                    cell.data_type = "s"
                    cell.alignment = Alignment(wrap_text=True, vertical="top",
                                               horizontal="right" if fmt == xlsx.RATA_KANAN else None)
                    cell.quotePrefix = cell.value.startswith(xlsx.FORMULA_START)
                    cell.font = font(total)
                    lines = max(lines, xlsx._lines(str(value), widths[col - 1], total))
                elif total:
                    cell.font = font(True)
                    cell.alignment = Alignment(vertical="top")
            ws.row_dimensions[r].height = height(lines)
        ws.freeze_panes = "B2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{ws.max_row}"
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation, ws.page_setup.paperSize = "landscape", paper
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.75
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.oddHeader.left.text = f"Tabel LKjIP Pemerintah {model.nama_lengkap} Tahun {model.tahun}"
        ws.oddHeader.right.text = ws.oddFooter.left.text = "&A"
        ws.oddFooter.right.text = "Halaman &P dari &N"
        for part in (ws.oddHeader.left, ws.oddHeader.right, ws.oddFooter.left, ws.oddFooter.right):
            part.font, part.size = "Arial,Regular", 9
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def xlsx_content(data: bytes) -> dict:
    """Everything a reviewer sees of the .xlsx, read back with openpyxl."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    result: dict = {"sheets": wb.sheetnames}
    for ws in wb:
        # The fill's colour without its alpha byte, which Excel ignores (openpyxl writes 00, Excel and
        # xlsxwriter FF); a width per column, however the file groups equal neighbours into one <col>; an absent
        # fitToWidth is the schema's default, 1.
        cells = [(c.coordinate, c.value, c.data_type, c.number_format, c.font.b, c.font.name, c.font.sz,
                  c.fill.fill_type, c.fill.fgColor.rgb[-6:], c.alignment.wrap_text, c.alignment.vertical,
                  c.alignment.horizontal, c.quotePrefix)
                 for row in ws.iter_rows() for c in row if c.value is not None or c.has_style]
        widths = {n: v.width for v in ws.column_dimensions.values() for n in range(v.min, v.max + 1)}
        heights = {k: (v.height, v.customHeight) for k, v in ws.row_dimensions.items() if v.height}
        ps, m = ws.page_setup, ws.page_margins
        printing = (ps.orientation, ps.paperSize, 1 if ps.fitToWidth is None else ps.fitToWidth, ps.fitToHeight,
                    ws.sheet_properties.pageSetUpPr.fitToPage, ws.print_title_rows, ws.print_options.gridLines,
                    (m.left, m.right, m.top, m.bottom, m.header, m.footer),
                    [(p.text, p.font, p.size) for hf in (ws.oddHeader, ws.oddFooter)
                     for p in (hf.left, hf.center, hf.right)])
        result[ws.title] = (cells, widths, heights, ws.freeze_panes, ws.auto_filter.ref, ws.dimensions,
                            sorted(map(str, ws.merged_cells.ranges)), printing)
    return result


# Shaped like the rich-text XML xlsxwriter writes through unescaped: as plain text it would end the shared string.
RICH_LOOKING = "<r></si><si><t>sisipan</t></r>"


def odd_model() -> Pemda:
    """Text that needs escaping or a quote prefix, padded and control characters, long and numeric-looking text,
    many decimals, and a Perangkat Daerah with nothing to report."""
    model = make_pemda()
    dinkes = replace(model.perangkat_daerah[0],
                     nama="Dinas <Kesehatan> & \"KB\"",
                     program=(program("DINKES", "=HYPERLINK(\"x\")", 1000, 900),
                              program("DINKES", "  @cmd ", 1000, None),
                              program("DINKES", "Program\u000bdengan karakter kendali", 1000, 900),
                              program("DINKES", "Program " + "sangat panjang " * 2500, 1000, 900),
                              program("DINKES", RICH_LOOKING, 1000, 900)),
                     iku=(iku_pd("DINKES", "0012", "+62 nomor yang terlihat seperti angka " * 3,
                                 realisasi={2026: Decimal("70.123456")}),))
    kosong = replace(model.perangkat_daerah[1], kode="KOSONG", iku=(), program=())
    return replace(model, perangkat_daerah=(dinkes, kosong, *model.perangkat_daerah[2:]))


@pytest.mark.parametrize("model", [make_pemda(), odd_model()], ids=["sample", "odd text"])
def test_xlsx_written_directly_reads_back_as_the_openpyxl_reference(model):
    assert xlsx_content(lkjip_xlsx_bytes(model)) == xlsx_content(openpyxl_reference(model))


def test_xlsx_package_is_laid_out_as_every_normalized_package():
    from iku_docs.ooxml import normalize_zip

    data = lkjip_xlsx_bytes(odd_model())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names[0] == "[Content_Types].xml" and "xl/theme/theme1.xml" in names
        core = archive.read("docProps/core.xml").decode()
    assert "<dcterms:created" in core and "2000-01-01T00:00:00Z" in core
    assert [i.date_time for i in zipfile.ZipFile(io.BytesIO(normalize_zip(data))).infolist()] == \
        [i.date_time for i in zipfile.ZipFile(io.BytesIO(data)).infolist()]
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert (wb.properties.creator, wb.properties.title) == ("iku-docs", "Tabel LKjIP Tahun 2026")


def test_xlsx_drops_characters_xml_cannot_hold_and_keeps_the_rest_of_the_text():
    ws = openpyxl.load_workbook(io.BytesIO(lkjip_xlsx_bytes(odd_model())))["Anggaran"]
    names = [r[2].value for r in ws.iter_rows(min_row=2)]
    assert "Programdengan karakter kendali" in names and "  @cmd " in names


def test_xlsx_keeps_text_shaped_like_rich_text_xml_as_that_text():
    data = lkjip_xlsx_bytes(odd_model())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))  # well-formed
    ws = openpyxl.load_workbook(io.BytesIO(data))["Anggaran"]
    cells = [r[2] for r in ws.iter_rows(min_row=2) if r[2].value == RICH_LOOKING]
    assert len(cells) == 2 and all(c.data_type == "s" and c.font.name == "Arial" for c in cells)  # Pemda and DINKES
    longest = max((r[2].value for r in ws.iter_rows(min_row=2)), key=len)
    assert len(longest) == 32767 and longest.startswith("Program sangat panjang")


def test_no_chart_is_taller_than_a_landscape_page_holds():
    model = make_pemda()
    long_name = "Persentase rumah tangga miskin penerima bantuan sosial yang tepat sasaran dan tepat waktu " * 3
    many = tuple(iku_pd("DINKES", f"X-{n}", f"{long_name} {n}", realisasi={2026: Decimal(80)}) for n in range(10))
    tabel = lkjip.build_tables(replace(model, perangkat_daerah=(replace(model.perangkat_daerah[0], iku=many),)))[1]
    pngs = chart.draw_charts(grafik_of(tabel))
    assert len(pngs) > 1
    for png in pngs:
        img = Image.open(io.BytesIO(png))
        height_mm = img.height / img.width * chart.LEBAR_GRAFIK_MM
        assert height_mm <= 150.5


# --- issue 14: program capaian from the indicators it serves, national standard, factors ------------------------

def _tabel(model: Pemda, kode: str) -> lkjip.TabelLkjip:
    return next(t for t in lkjip.build_tables(model) if t.kode == kode and not t.adalah_pemda)


def _dinkes_with(*programs, **pengaturan) -> Pemda:
    model = make_pemda()
    dinkes = replace(model.perangkat_daerah[0], program=programs)
    return replace(model, perangkat_daerah=(dinkes, *model.perangkat_daerah[1:]),
                   pengaturan=replace(model.pengaturan, **pengaturan))


def test_a_program_serving_indicators_of_two_sasaran_averages_exactly_those():
    # IKU-01 (Pemda, sasaran "derajat kesehatan"): 85 ÷ 84 = 101,19; PD-KES-01 (sasaran "mutu layanan"):
    # 76 ÷ 75 = 101,33; mean 101,26. Serapan 1,1 M ÷ 1,25 M = 88,00; 101,26 − 88,00 = +13,26 poin: Efisien.
    model = _dinkes_with(program("DINKES", "Program A", 1_250_000_000, 1_100_000_000,
                                 iku_didukung=("IKU-01", "PD-KES-01")))
    assert {i.sasaran for i in (model.iku[0], model.perangkat_daerah[0].iku[0])} == {
        "Meningkatnya derajat kesehatan masyarakat", "Meningkatnya mutu layanan"}
    [baris] = _tabel(model, "DINKES").program
    e = baris.efisiensi
    assert (e.capaian_kinerja, e.serapan, e.nilai, e.kategori) == (
        Decimal("101.26"), Decimal("88.00"), Decimal("13.26"), "Efisien")


def test_a_program_without_iku_didukung_has_no_capaian_and_no_category(rendered):
    table = rows(anggaran(rendered["lkjip/lkjip-dinkes-2026.docx"]))
    second = next(r for r in table if r[0] == "2")
    assert second[1:] == ["Program Peningkatan Kapasitas SDM Kesehatan", "-", "Rp1.250.000.000",
                          "Rp1.100.000.000", "88,00", "-", "-", "-"]


def test_a_pd_whose_programs_serve_nothing_keeps_its_own_mean_in_the_total_only():
    model = _dinkes_with(program("DINKES", "Program A", 1_000_000_000, 900_000_000),
                         program("DINKES", "Program B", 1_000_000_000, 1_000_000_000))
    tabel = _tabel(model, "DINKES")
    assert [p.efisiensi.capaian_kinerja for p in tabel.program] == [None, None]
    assert [p.efisiensi.kategori for p in tabel.program] == [None, None]
    # JUMLAH: Dinkes mean (101,33 + 102,86) ÷ 2 = 102,10 against serapan 95,00: +7,10 poin
    assert (tabel.total.capaian_kinerja, tabel.total.serapan, tabel.total.nilai) == (
        Decimal("102.10"), Decimal("95.00"), Decimal("7.10"))


def test_an_undefined_capaian_prints_a_dash_and_stays_out_of_program_and_unit_means(tmp_path):
    nol = iku_pd("DINKES", "PD-KES-09", "Jumlah kasus KLB yang tidak tertangani", targets=(Decimal(0),) * 5,
                 realisasi={2026: Decimal(3)})
    model = make_pemda()
    dinkes = replace(model.perangkat_daerah[0], iku=(*model.perangkat_daerah[0].iku, nol), program=(
        program("DINKES", "Program A", 1_000_000_000, 1_000_000_000, iku_didukung=("PD-KES-09", "PD-KES-01")),))
    model = replace(model, perangkat_daerah=(dinkes, *model.perangkat_daerah[1:]))
    tabel = _tabel(model, "DINKES")
    assert tabel.baris[-1].capaian.status is Status.TIDAK_TERDEFINISI
    assert tabel.rata_rata == Decimal("102.10")  # (101,33 + 102,86) ÷ 2: the undefined one is left out
    # Program A: only PD-KES-01 counts (101,33); serapan 100,00; +1,33 poin: within ±5, Cukup Efisien
    e = tabel.program[0].efisiensi
    assert (e.capaian_kinerja, e.nilai, e.kategori) == (Decimal("101.33"), Decimal("1.33"), "Cukup Efisien")
    doc = render(model, tmp_path, "lkjip/lkjip-dinkes-2026.docx")["lkjip/lkjip-dinkes-2026.docx"]
    row = next(r for r in rows(pengukuran(doc)) if r[2] == nol.nama)
    assert row[6] == "–"
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Jumlah kasus KLB yang tidak tertangani: Target 0 dengan realisasi 3" in text


def test_the_tolerance_band_comes_from_pengaturan_and_the_rule_is_printed_under_the_table(tmp_path):
    base = make_pemda()
    model = replace(base, pengaturan=replace(base.pengaturan, toleransi_efisiensi=Decimal(10)))
    first = _tabel(model, "DINKES").program[0]
    assert (first.efisiensi.nilai, first.efisiensi.kategori) == (Decimal("7.70"), "Cukup Efisien")
    doc = render(model, tmp_path, "lkjip/lkjip-dinkes-2026.docx")["lkjip/lkjip-dinkes-2026.docx"]
    text = "\n".join(p.text for p in doc.paragraphs)
    assert ("Efisiensi = capaian kinerja − serapan anggaran, dalam poin; lebih dari +10 poin: Efisien; −10 sampai "
            "+10 poin: Cukup Efisien; kurang dari −10 poin: Kurang Efisien.") in text
    body = doc.element.body
    tables = list(body.iterchildren(qn("w:tbl")))
    rule = next(p for p in body.iterchildren(qn("w:p")) if "dalam poin" in "".join(p.itertext()))
    assert list(body).index(rule) > list(body).index(tables[-1])  # under the budget table


def test_comparison_with_the_national_standard_uses_the_indicators_own_method():
    model = make_pemda()
    kes1, kes2 = model.perangkat_daerah[0].iku
    dinkes = replace(model.perangkat_daerah[0], iku=(
        replace(kes1, standar_nasional=Decimal(80), sumber_standar="SPM"),
        replace(kes2, standar_nasional=Decimal(8), sumber_standar="Long Form SP2020")))
    model = replace(model, perangkat_daerah=(dinkes, *model.perangkat_daerah[1:]))
    rows_ = lkjip.build_context(model, _tabel(model, "DINKES"))["standar"]
    # R/T: 76 ÷ 80 = 95,00; Minimal with (2T-R)/T: (2 × 8 − 6,8) ÷ 8 = 115,00
    assert [(r["standar"], r["sumber"], r["capaian"], r["metode"]) for r in rows_] == [
        ("80", "SPM", "95,00", "R/T"), ("8", "Long Form SP2020", "115,00", "(2T-R)/T")]
    disdik = lkjip.build_context(model, _tabel(model, "DISDIK"))["standar"]
    assert [(r["standar"], r["capaian"], r["ada"]) for r in disdik] == [("belum ada standar", "-", False)]


def test_factors_and_improvements_are_grouped_per_sasaran(tmp_path):
    model = make_pemda()
    kes1, kes2 = model.perangkat_daerah[0].iku
    r = replace(kes1.realisasi[2026], faktor_pendukung="Posyandu aktif.", faktor_penghambat="Akses jalan.",
                upaya_perbaikan="Kunjungan rumah.")
    dinkes = replace(model.perangkat_daerah[0], iku=(replace(kes1, realisasi={**kes1.realisasi, 2026: r}), kes2))
    model = replace(model, perangkat_daerah=(dinkes, *model.perangkat_daerah[1:]))
    [group] = lkjip.build_context(model, _tabel(model, "DINKES"))["faktor"]
    assert group["sasaran"] == "Meningkatnya mutu layanan"
    assert [(i["pendukung"], i["penghambat"], i["upaya"]) for i in group["indikator"]] == [
        ("Posyandu aktif.", "Akses jalan.", "Kunjungan rumah."), ("belum diisi", "belum diisi", "belum diisi")]
    doc = render(model, tmp_path, "lkjip/lkjip-dinkes-2026.docx")["lkjip/lkjip-dinkes-2026.docx"]
    table = next(t for t in doc.tables if t.rows[0].cells[3].text == "Faktor Pendukung")
    assert rows(table)[1][1:] == ["Meningkatnya mutu layanan", kes1.nama, "Posyandu aktif.", "Akses jalan.",
                                  "Kunjungan rumah."]
