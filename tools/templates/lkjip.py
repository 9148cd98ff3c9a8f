"""Build the default LKjIP tables template with python-docx.

    python3 tools/templates/lkjip.py            # writes templates/lkjip.docx

An ordinary Word document with docxtpl tags ({{ }}, {%tr for %}, {%p for %}, {% vm %}) that a Bagian
Organisasi can restyle in Word and pass back with --templates. One landscape F4 section (the tables are wide),
Bookman Old Style 12 for text and 10 in tables, header rows repeated on every page, rows kept whole, page
numbers in the footer. Every table is at most 245 mm wide so it still fits when Pengaturan asks for A4
(297 − 30 − 20 = 247 mm of text). The context comes from src/iku_docs/documents/lkjip.py; see
docs/formats/lkjip.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from common import (
    ROOT,
    J,
    Margins,
    allow_split,
    cell_text,
    data_rows,
    empty_rows,
    header_row,
    loop_row,
    new_document,
    new_table,
    page_number,
    para,
    save,
    span,
    widths_for,
)
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt
from docx.table import Table

TABLE_PT = 10
MARGINS = Margins(top=20, bottom=20, left=30, right=20)
TEXT_MM = MARGINS.text_width_mm(landscape=True)  # 280 mm on F4; tables are rescaled to 247 mm on A4
CELL_MARGINS = {"top": 30, "bottom": 30, "left": 70, "right": 70}
TABLE_STYLE = "Isi Tabel"
NOTE_STYLE = "Catatan Tabel"

METODE = (
    "Metode capaian: R/T = Realisasi ÷ Target × 100 (semakin tinggi semakin baik); "
    "T/R = Target ÷ Realisasi × 100 (semakin rendah semakin baik); "
    "(2T-R)/T = (2 × Target − Realisasi) ÷ Target × 100, paling kecil 0 (semakin rendah semakin baik); "
    "Skala = target kualitatif dinilai pada urutan skalanya (tingkat terbaik bernilai tertinggi, misalnya "
    "WTP 4, WDP 3, TW 2, TMP 1): realisasi pada atau di atas tingkat target = 100, di bawahnya = nilai "
    "realisasi ÷ nilai target × 100.")
KASUS_KHUSUS = (
    "Target 0 dan realisasi 0: capaian 100. {% if tak_terdefinisi_batas %}Target 0 dengan realisasi di atas 0: "
    "100 untuk R/T, 0 untuk T/R dan (2T-R)/T. Realisasi 0 dengan T/R: 200.{% else %}Target 0 dengan realisasi "
    "di atas 0, atau realisasi 0 dengan T/R: rumus membagi dengan 0, sehingga capaian tidak terdefinisi, dicetak "
    "“–” dan tidak masuk rata-rata maupun hitungan predikat.{% endif %} Realisasi yang belum dilaporkan tidak "
    "dihitung sebagai 0 dan tidak masuk rata-rata.")
ATURAN_EFISIENSI = (
    "Serapan = Realisasi ÷ Anggaran × 100. Capaian kinerja program = rata-rata capaian IKU yang didukung program "
    "(kolom IKU Didukung pada lembar Program Anggaran); program tanpa IKU Didukung tidak diberi capaian dan "
    "efisiensi. {% if adalah_pemda %}Baris Jumlah memakai rata-rata capaian IKU pemerintah daerah.{% else %}"
    "Baris Jumlah memakai rata-rata capaian IKU Perangkat Daerah ini.{% endif %} Efisiensi = capaian kinerja − "
    "serapan anggaran, dalam poin; lebih dari +{{ toleransi }} poin: Efisien; −{{ toleransi }} sampai "
    "+{{ toleransi }} poin: Cukup Efisien; kurang dari −{{ toleransi }} poin: Kurang Efisien.")


# --- document, styles, paragraphs ----------------------------------------------------------------------------

def new_lkjip_document():
    doc = new_document(MARGINS, landscape=True, header_mm=10, footer_mm=10)
    normal = doc.styles["Normal"]
    for name in (TABLE_STYLE, NOTE_STYLE):
        # Own styles, so a user restyles every table cell (or note) at once in Word.
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(TABLE_PT)
        style.paragraph_format.space_after = Pt(0)
    doc.styles[NOTE_STYLE].paragraph_format.space_after = Pt(2)
    page_number(doc.sections[0].footer.paragraphs[0])
    return doc


def heading(doc, text: str) -> None:
    """A part heading ('A. PENGUKURAN ...'), kept with the table or chart below it."""
    para(doc, text, bold=True, keep=True, before=12, after=6)


def text(cell, value: str, **kwargs):
    return cell_text(cell, value, style=TABLE_STYLE, **kwargs)


def cell_para(cell, value: str, *, bold: bool = False):
    return para(cell, value, TABLE_STYLE, bold=bold)


def note(doc, value: str, *, keep: bool = False) -> None:
    para(doc, value, NOTE_STYLE, align=J.JUSTIFY, keep=keep)


# --- tables --------------------------------------------------------------------------------------------------

def ruled_table(doc, weights: list[float], rows: int) -> Table:
    """A full-width ruled table in the table style; the weights are the column proportions."""
    table = new_table(doc, widths_for(weights, TEXT_MM), rows, full_width=True, cell_margins=CELL_MARGINS)
    for row in table.rows:
        for cell in row.cells:
            cell.paragraphs[0].style = TABLE_STYLE
    return table


def titles(table: Table, names: list[str]) -> None:
    header_row(table, names, style=TABLE_STYLE)


# --- the four tables -----------------------------------------------------------------------------------------

def pengukuran_table(doc) -> None:
    """No | Sasaran | Indikator | Satuan | Target | Realisasi | Capaian (%) | Predikat | Metode.

    The sasaran (and its number) is merged over its indicators with {% vm %} in the inner loop; docxtpl
    appends w:vMerge at the end of tcPr, so those cells keep a bare tcPr (width only), the one place the
    schema allows it. A full-width row after each sasaran carries its penjelasan.
    """
    widths = [9, 45, 55, 20, 21, 24, 21, 25, 25]
    last = len(widths) - 1
    table = ruled_table(doc, widths, 10)
    titles(table, ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)",
                   "Predikat", "Metode"])
    loop_row(table, 1, "{%tr for s in pengukuran %}")
    loop_row(table, 2, "{%tr for i in s.indikator %}")
    data = table.rows[3].cells
    text(data[0], "{% vm %}{{ s.no }}", align=J.CENTER)
    text(data[1], "{% vm %}{{ s.sasaran }}")
    text(data[2], "{{ i.nama }}")
    for cell, tag in zip(data[3:], ("i.satuan", "i.target", "i.realisasi", "i.capaian", "i.predikat", "i.metode"),
                         strict=True):
        text(cell, f"{{{{ {tag} }}}}", align=J.CENTER)
    loop_row(table, 4, "{%tr endfor %}")
    penjelasan = span(table.rows[5], 0, last)
    allow_split(table.rows[5])
    text(penjelasan, "Penjelasan:", bold=True, keep=True)
    cell_para(penjelasan, "{%p for t in s.penjelasan %}")
    cell_para(penjelasan, "{{ t }}")
    cell_para(penjelasan, "{%p endfor %}")
    empty_rows(table, 6, "(tidak ada indikator kinerja)")
    rata = table.rows[9]
    text(span(rata, 0, 5), "Rata-rata capaian kinerja", bold=True, align=J.RIGHT)
    text(rata.cells[6], "{{ rata_rata }}", bold=True, align=J.CENTER)
    span(rata, 7, last)


def perbandingan_table(doc) -> None:
    """No | Indikator | Satuan | Tahun | Target | Realisasi | Capaian (%) | Predikat: one row per year,
    the indicator merged over its years."""
    widths = [9, 80, 22, 42, 22, 24, 21, 25]
    table = ruled_table(doc, widths, 12)
    titles(table, ["No", "Indikator Kinerja", "Satuan", "Tahun", "Target", "Realisasi", "Capaian (%)",
                   "Predikat"])
    loop_row(table, 1, "{%tr for i in perbandingan %}")
    loop_row(table, 2, "{%tr for t in i.tahun %}")

    def fill(row) -> None:
        data = row.cells
        text(data[0], "{% vm %}{{ i.no }}", align=J.CENTER)
        text(data[1], "{% vm %}{{ i.nama }}")
        text(data[2], "{% vm %}{{ i.satuan }}", align=J.CENTER)
        text(data[3], "{{ t.tahun }}", align=J.CENTER)
        for cell, tag in zip(data[4:], ("t.target", "t.realisasi", "t.capaian", "t.predikat"), strict=True):
            text(cell, f"{{{{ {tag} }}}}", align=J.CENTER)

    # The years of one indicator stay on one page, under its merged name.
    after = data_rows(table, 3, fill, keep_if="not loop.last")
    loop_row(table, after, "{%tr endfor %}")
    empty_rows(table, after + 1, "(tidak ada indikator kinerja)")


def progres_table(doc) -> None:
    """No | Indikator | Satuan | Kondisi awal | Realisasi <tahun> | Target <akhir> | Capaian (%) | Metode."""
    widths = [9, 78, 22, 24, 24, 24, 34, 30]
    table = ruled_table(doc, widths, 6)
    titles(table, ["No", "Indikator Kinerja", "Satuan", "Kondisi Awal", "Realisasi {{ tahun }}",
                       "Target {{ tahun_akhir }}", "Capaian terhadap Target Akhir (%)", "Metode"])
    loop_row(table, 1, "{%tr for i in progres %}")
    data = table.rows[2].cells
    text(data[0], "{{ i.no }}", align=J.CENTER)
    text(data[1], "{{ i.nama }}")
    for cell, tag in zip(data[2:], ("i.satuan", "i.baseline", "i.realisasi", "i.target_akhir", "i.capaian",
                                    "i.metode"), strict=True):
        text(cell, f"{{{{ {tag} }}}}", align=J.CENTER)
    empty_rows(table, 3, "(tidak ada indikator kinerja)")


def anggaran_table(doc) -> None:
    """No | Program | IKU Didukung | Anggaran | Realisasi | Serapan (%) | Capaian Kinerja (%) | Efisiensi (poin) |
    Keterangan,
    grouped by Perangkat Daerah (a heading row when the group has a title), with the JUMLAH row.

    The very last program row is a copy of the data row that keeps with JUMLAH, so a page break never leaves
    the repeated header over a lone total.
    """
    widths = [9, 50, 30, 38, 38, 18, 19, 19, 24]
    last = len(widths) - 1
    table = ruled_table(doc, widths, 16)
    titles(table, ["No", "Program", "IKU Didukung", "Anggaran", "Realisasi", "Serapan (%)", "Capaian Kinerja (%)",
                   "Efisiensi (poin)", "Keterangan"])
    loop_row(table, 1, "{%tr for g in anggaran %}")
    loop_row(table, 2, "{%tr if g.judul %}")
    text(span(table.rows[3], 0, last), "{{ g.judul }}", bold=True, keep=True)
    loop_row(table, 4, "{%tr endif %}")
    loop_row(table, 5, "{%tr for p in g.program %}")

    def fill(row) -> None:
        data = row.cells
        text(data[0], "{{ p.no }}", align=J.CENTER)
        text(data[1], "{{ p.nama }}")
        text(data[2], "{{ p.iku_didukung }}", align=J.CENTER)
        text(data[3], "{{ p.anggaran }}", align=J.RIGHT)
        text(data[4], "{{ p.realisasi }}", align=J.RIGHT)
        for cell, tag in zip(data[5:], ("p.serapan", "p.capaian", "p.efisiensi_poin", "p.kategori"), strict=True):
            text(cell, f"{{{{ {tag} }}}}", align=J.CENTER)

    data_rows(table, 6, fill, keep_if="loop.last and g == anggaran|last")
    loop_row(table, 11, "{%tr endfor %}")
    empty_rows(table, 12, "(tidak ada program pada tahun {{ tahun }})")
    total = table.rows[15]
    text(span(total, 0, 2), "JUMLAH", bold=True, align=J.CENTER)
    total = total.cells
    text(total[3], "{{ total.anggaran }}", bold=True, align=J.RIGHT)
    text(total[4], "{{ total.realisasi }}", bold=True, align=J.RIGHT)
    for cell, tag in zip(total[5:], ("total.serapan", "total.capaian", "total.efisiensi_poin", "total.kategori"),
                         strict=True):
        text(cell, f"{{{{ {tag} }}}}", bold=True, align=J.CENTER)


def standar_table(doc) -> None:
    """No | Indikator | Satuan | Realisasi <tahun> | Standar Nasional | Sumber Standar | Capaian terhadap Standar
    (%) | Metode; "belum ada standar" where the workbook gives none."""
    widths = [9, 70, 20, 24, 26, 42, 28, 26]
    table = ruled_table(doc, widths, 6)
    titles(table, ["No", "Indikator Kinerja", "Satuan", "Realisasi {{ tahun }}", "Standar Nasional",
                   "Sumber Standar", "Capaian terhadap Standar (%)", "Metode"])
    loop_row(table, 1, "{%tr for i in standar %}")
    data = table.rows[2].cells
    text(data[0], "{{ i.no }}", align=J.CENTER)
    text(data[1], "{{ i.nama }}")
    for cell, tag in zip(data[2:], ("i.satuan", "i.realisasi", "i.standar", "i.sumber", "i.capaian", "i.metode"),
                         strict=True):
        text(cell, f"{{{{ {tag} }}}}", align=J.CENTER)
    empty_rows(table, 3, "(tidak ada indikator kinerja)")


def faktor_table(doc) -> None:
    """No | Sasaran | Indikator | Faktor Pendukung | Faktor Penghambat | Upaya Perbaikan; the sasaran merged over
    its indicators as in the measurement table."""
    widths = [9, 40, 46, 50, 50, 50]
    table = ruled_table(doc, widths, 6)
    titles(table, ["No", "Sasaran", "Indikator Kinerja", "Faktor Pendukung", "Faktor Penghambat",
                   "Upaya Perbaikan"])
    loop_row(table, 1, "{%tr for s in faktor %}")
    loop_row(table, 2, "{%tr for i in s.indikator %}")
    data = table.rows[3].cells
    text(data[0], "{% vm %}{{ s.no }}", align=J.CENTER)
    text(data[1], "{% vm %}{{ s.sasaran }}")
    for cell, tag in zip(data[2:], ("i.nama", "i.pendukung", "i.penghambat", "i.upaya"), strict=True):
        text(cell, f"{{{{ {tag} }}}}")
    loop_row(table, 4, "{%tr endfor %}")
    loop_row(table, 5, "{%tr endfor %}")


# --- the template --------------------------------------------------------------------------------------------

def build(path: Path) -> None:
    doc = new_lkjip_document()
    for line in ("TABEL PENGUKURAN KINERJA", "{{ judul_unit }}"):
        para(doc, line, bold=True, align=J.CENTER, keep=True)
    para(doc, "{%p if judul_daerah %}")
    para(doc, "{{ judul_daerah }}", bold=True, align=J.CENTER, keep=True)
    para(doc, "{%p endif %}")
    para(doc, "TAHUN {{ tahun }}", bold=True, align=J.CENTER, keep=True, after=6)

    heading(doc, "A. PENGUKURAN CAPAIAN KINERJA TAHUN {{ tahun }}")
    pengukuran_table(doc)
    para(doc, "", after=4)
    note(doc, METODE, keep=True)  # the three notes read as one block: never a lone line over a page end
    note(doc, KASUS_KHUSUS, keep=True)
    note(doc, "Predikat capaian: {{ skala_predikat }}.")
    para(doc, "{%p if catatan %}")
    note(doc, "Catatan perhitungan:", keep=True)
    para(doc, "{%p for c in catatan %}")
    note(doc, "- {{ c }}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")

    heading(doc, "B. GRAFIK CAPAIAN KINERJA TAHUN {{ tahun }}")
    para(doc, "{%p for g in grafik %}")
    para(doc, "{{ g }}", align=J.CENTER, after=6)
    para(doc, "{%p endfor %}")
    para(doc, "{%p if not grafik %}")
    note(doc, "Tidak ada indikator kinerja untuk digambarkan.")
    para(doc, "{%p endif %}")

    heading(doc, "C. PERBANDINGAN REALISASI DAN CAPAIAN KINERJA DENGAN TAHUN SEBELUMNYA")
    perbandingan_table(doc)

    heading(doc, "D. CAPAIAN KINERJA TERHADAP TARGET AKHIR {{ dokumen_rencana_kapital }} {{ periode }}")
    progres_table(doc)
    para(doc, "", after=4)
    note(doc, "Capaian terhadap target akhir = realisasi tahun {{ tahun }} dibandingkan dengan target tahun "
              "{{ tahun_akhir }}, dengan metode capaian indikator yang sama.")

    heading(doc, "E. PERBANDINGAN CAPAIAN KINERJA DENGAN STANDAR NASIONAL TAHUN {{ tahun }}")
    standar_table(doc)
    para(doc, "", after=4)
    note(doc, "Capaian terhadap standar nasional = realisasi tahun {{ tahun }} dibandingkan dengan standar "
              "nasional (kolom Standar Nasional pada lembar IKU), dengan polaritas dan metode capaian indikator "
              "yang sama. “belum ada standar”: lembar IKU belum memuat standar nasional indikator ini.")

    heading(doc, "F. FAKTOR PENDUKUNG, FAKTOR PENGHAMBAT DAN UPAYA PERBAIKAN TAHUN {{ tahun }}")
    faktor_table(doc)

    heading(doc, "G. REALISASI ANGGARAN DAN EFISIENSI TAHUN {{ tahun }}")
    anggaran_table(doc)
    para(doc, "", after=4)
    # The rule under the table, where reviewers look for it (issue 14).
    note(doc, ATURAN_EFISIENSI)
    save(doc, path, "Tabel Pengukuran Kinerja (LKjIP)")


def main(out_dir: Path = ROOT / "templates") -> None:
    build(out_dir / "lkjip.docx")
    print(f"ditulis: {out_dir / 'lkjip.docx'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "templates")
