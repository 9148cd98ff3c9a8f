"""Build the default LKjIP draft template (Laporan Kinerja) with python-docx.

    python3 tools/templates/laporan.py          # writes templates/laporan-kinerja.docx

The chapters of PermenPANRB 53/2014 (Bab I Pendahuluan, Bab II Perencanaan Kinerja, Bab III Akuntabilitas
Kinerja, Bab IV Penutup, Lampiran) as an ordinary Word document with docxtpl tags. Every sentence is here, so a
Bagian Organisasi rewords it in Word and passes the template back with --templates; the context
(src/iku_docs/documents/laporan.py) gives only numbers, names and flags. Where only staff know the text, a
yellow-highlighted "[diisi: …]" placeholder is printed instead of invented prose.

Portrait F4 with Bookman Old Style 12 for the text; the budget table of Bab III B is the LKjIP tables' own
(tools/templates/lkjip.py) in a landscape section with the same margins, so its grid fits as there. See
docs/formats/lkjip.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from common import (
    ROOT,
    J,
    Line,
    header_row,
    loop_row,
    new_document,
    new_table,
    page_break,
    page_number,
    para,
    save,
    set_page,
    signature_table,
    widths_for,
)
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Mm, Pt
from lkjip import (
    ATURAN_EFISIENSI,
    CELL_MARGINS,
    KASUS_KHUSUS,
    MARGINS,
    NOTE_STYLE,
    TABLE_PT,
    TABLE_STYLE,
    anggaran_table,
    note,
    text,
)

TEXT_MM = MARGINS.text_width_mm(landscape=False)  # 165 mm on F4
INDENT_MM = 10
SIGNATURE_SPACE_PT = 60


# --- document and paragraphs ---------------------------------------------------------------------------------

def new_laporan_document():
    doc = new_document(MARGINS, landscape=False, header_mm=10, footer_mm=10, line_spacing=1.15)
    normal = doc.styles["Normal"]
    for name in (TABLE_STYLE, NOTE_STYLE):
        # The LKjIP tables' own styles, so the budget table (lkjip.anggaran_table) looks the same here.
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(TABLE_PT)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.line_spacing = 1.0
    doc.styles[NOTE_STYLE].paragraph_format.space_after = Pt(2)
    page_number(doc.sections[0].footer.paragraphs[0])
    return doc


def bab(doc, number: str, title: str, *, first: bool = False) -> None:
    """'BAB I' / 'PENDAHULUAN', centred, each chapter on a new page."""
    para(doc, f"BAB {number}", bold=True, align=J.CENTER, keep=True, before=0 if first else None)
    para(doc, title, bold=True, align=J.CENTER, keep=True, after=12)


def heading(doc, value: str) -> None:
    para(doc, value, bold=True, keep=True, before=10, after=4)


def body(doc, value: str, *, keep: bool = False):
    """A justified paragraph with a first-line indent: the report's running text."""
    return para(doc, value, align=J.JUSTIFY, after=6, keep=keep, first_indent_mm=INDENT_MM)


def isian(doc, before: str, value: str, placeholder: str, after: str = "") -> None:
    """'<before>{{ value }}<after>' when the context has the text, else '<before>' and a highlighted
    '[diisi: <placeholder>]': three runs, so only the placeholder is highlighted, and Word users see at a
    glance what is left to write."""
    p = para(doc, align=J.JUSTIFY, after=4)
    p.paragraph_format.left_indent = Mm(INDENT_MM)
    p.add_run(f"{before}{{% if {value} %}}{{{{ {value} }}}}{after}{{% else %}}")
    mark = p.add_run(f"[diisi: {placeholder}]")
    mark.font.highlight_color = WD_COLOR_INDEX.YELLOW
    p.add_run("{% endif %}")


def placeholder(doc, value: str) -> None:
    """A paragraph only staff can write: a highlighted '[diisi: …]'."""
    p = para(doc, align=J.JUSTIFY, after=6, first_indent_mm=INDENT_MM)
    p.add_run(f"[diisi: {value}]").font.highlight_color = WD_COLOR_INDEX.YELLOW


def ruled(doc, weights: list[float], rows: int):
    table = new_table(doc, widths_for(weights, TEXT_MM), rows, full_width=True, cell_margins=CELL_MARGINS)
    for row in table.rows:
        for cell in row.cells:
            cell.paragraphs[0].style = TABLE_STYLE
    return table


# --- Bab I ----------------------------------------------------------------------------------------------------

LATAR = (
    "Laporan Kinerja ini disusun sebagai wujud pertanggungjawaban {{ nama_unit }} atas pelaksanaan Perjanjian "
    "Kinerja Tahun {{ tahun }}, sesuai dengan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
    "Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
    "Nomor 53 Tahun 2014. Laporan ini menyajikan capaian kinerja tahun {{ tahun }} terhadap target yang ditetapkan "
    "dalam {{ dokumen_rencana }} {{ periode }} beserta analisisnya, serta realisasi anggaran yang digunakan untuk "
    "mencapainya.")


def bab_i(doc) -> None:
    bab(doc, "I", "PENDAHULUAN", first=True)
    heading(doc, "A. Latar Belakang")
    body(doc, LATAR)
    heading(doc, "B. Identitas")
    body(doc, "{% if adalah_pemda %}{{ nama_unit }} beribu kota di {{ identitas.ibu_kota }}, dipimpin oleh "
              "{{ identitas.kepala }}, {{ identitas.nama_kepala }}, dan memiliki {{ identitas.jumlah_pd }} "
              "Perangkat Daerah yang menyusun Laporan Kinerja masing-masing.{% else %}{{ nama_unit }} merupakan "
              "Perangkat Daerah {{ nama_daerah }} yang dipimpin oleh {{ identitas.kepala }} "
              "({{ identitas.nama_kepala }}).{% endif %}")
    heading(doc, "C. Tugas Pokok")
    isian(doc, "", "identitas.tugas_pokok",
          "tugas pokok sesuai peraturan daerah tentang pembentukan dan susunan perangkat daerah")
    heading(doc, "D. Fungsi")
    para(doc, "{%p if identitas.fungsi %}")
    para(doc, "Dalam melaksanakan tugas pokok tersebut, {{ nama_unit }} menyelenggarakan fungsi:", align=J.JUSTIFY,
         after=2, first_indent_mm=INDENT_MM)
    para(doc, "{%p for f in identitas.fungsi %}")
    item = para(doc, "{{ loop.index }}. {{ f }}", align=J.JUSTIFY, after=2)
    item.paragraph_format.left_indent = Mm(INDENT_MM + 6)
    item.paragraph_format.first_line_indent = Mm(-6)
    para(doc, "{%p endfor %}")
    para(doc, "{%p else %}")
    placeholder(doc, "fungsi sesuai peraturan kepala daerah tentang kedudukan, susunan organisasi, tugas dan "
                     "fungsi, serta tata kerja")
    para(doc, "{%p endif %}")
    heading(doc, "E. Permasalahan Utama")
    placeholder(doc, "isu strategis dan permasalahan utama yang dihadapi pada tahun {{ tahun }}")
    heading(doc, "F. Sistematika Penyajian")
    body(doc, "Bab I Pendahuluan menyajikan latar belakang, identitas, tugas pokok, fungsi, dan permasalahan utama. "
              "Bab II Perencanaan Kinerja menyajikan sasaran, indikator kinerja utama, dan target tahun "
              "{{ tahun }}. Bab III Akuntabilitas Kinerja menyajikan capaian kinerja per sasaran beserta "
              "analisisnya, serta realisasi anggaran. Bab IV Penutup menyajikan simpulan capaian kinerja.")


# --- Bab II ---------------------------------------------------------------------------------------------------

def rencana_table(doc) -> None:
    """No | Sasaran | Indikator Kinerja | Satuan | Target <tahun> | Target <akhir>, the sasaran merged."""
    table = ruled(doc, [8, 40, 55, 20, 21, 21], 6)
    header_row(table, ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target {{ tahun }}",
                       "Target {{ tahun_akhir }}"], style=TABLE_STYLE)
    loop_row(table, 1, "{%tr for s in sasaran %}")
    loop_row(table, 2, "{%tr for i in s.indikator %}")
    data = table.rows[3].cells
    text(data[0], "{% vm %}{{ s.no }}", align=J.CENTER)
    text(data[1], "{% vm %}{{ s.nama }}")
    text(data[2], "{{ i.nama }}")
    for cell, tag in zip(data[3:], ("i.satuan", "i.target", "i.target_akhir"), strict=True):
        text(cell, f"{{{{ {tag} }}}}", align=J.CENTER)
    loop_row(table, 4, "{%tr endfor %}")
    loop_row(table, 5, "{%tr endfor %}")


def bab_ii(doc) -> None:
    bab(doc, "II", "PERENCANAAN KINERJA")
    body(doc, "Perencanaan kinerja {{ nama_unit }} mengacu pada {{ dokumen_rencana }} {{ periode }}. Sasaran, "
              "indikator kinerja utama, dan target tahun {{ tahun }} sebagaimana ditetapkan dalam Perjanjian "
              "Kinerja Tahun {{ tahun }}, beserta target akhir periode {{ dokumen_rencana }}, adalah sebagai "
              "berikut.", keep=True)
    para(doc, "{%p if sasaran %}")
    rencana_table(doc)
    para(doc, "{%p else %}")
    body(doc, "Belum ada indikator kinerja utama yang ditetapkan.")
    para(doc, "{%p endif %}")


# --- Bab III --------------------------------------------------------------------------------------------------

def ukur_table(doc) -> None:
    """The measurement table of one sasaran: Indikator | Satuan | Target | Realisasi | Capaian (%) | Predikat."""
    table = ruled(doc, [55, 20, 21, 24, 21, 24], 4)
    header_row(table, ["Indikator Kinerja", "Satuan", "Target {{ tahun }}", "Realisasi {{ tahun }}", "Capaian (%)",
                       "Predikat"], style=TABLE_STYLE)
    loop_row(table, 1, "{%tr for i in s.indikator %}")
    data = table.rows[2].cells
    text(data[0], "{{ i.nama }}")
    for cell, tag in zip(data[1:], ("i.satuan", "i.target", "i.realisasi", "i.capaian", "i.predikat"), strict=True):
        text(cell, f"{{{{ {tag} }}}}", align=J.CENTER)
    loop_row(table, 3, "{%tr endfor %}")


ANALISIS_CAPAIAN = (
    "{% if a.terukur %}Capaian {{ a.nama }} tahun {{ tahun }} sebesar {{ a.capaian }}% ({{ a.predikat }}), dengan "
    "realisasi {{ a.realisasi }} terhadap target {{ a.target }}{% if a.lalu %}, {% if a.lalu.arah == 'naik' %}lebih "
    "baik daripada{% elif a.lalu.arah == 'turun' %}lebih rendah daripada{% else %}sama dengan{% endif %} capaian "
    "tahun {{ a.lalu.tahun }} ({{ a.lalu.capaian }}%){% endif %}.{% else %}Capaian {{ a.nama }} tahun {{ tahun }} "
    "belum dapat diukur ({{ a.alasan }}){% if a.realisasi %}; realisasinya {{ a.realisasi }} dengan target "
    "{{ a.target }}{% endif %}.{% endif %}"
    "{% if not a.lalu and a.awal != '-' %} Kondisi awal sebelum periode {{ dokumen_rencana }} sebesar "
    "{{ a.awal }}.{% endif %}"
    "{% if a.akhir.terukur %} Terhadap target akhir {{ dokumen_rencana }} tahun {{ tahun_akhir }} sebesar "
    "{{ a.akhir.target }}, capaian sampai dengan tahun {{ tahun }} sebesar {{ a.akhir.capaian }}%.{% endif %}"
    "{% if a.standar.ada %} Dibandingkan dengan standar nasional sebesar {{ a.standar.nilai }}"
    "{% if a.standar.sumber %} menurut {{ a.standar.sumber }}{% endif %}, {% if a.standar.arah %}capaiannya "
    "{{ a.standar.capaian }}% sehingga {% if a.standar.arah == 'naik' %}melampaui{% elif a.standar.arah == 'sama' %}"
    "memenuhi{% else %}masih di bawah{% endif %} standar nasional{% else %}capaiannya belum dapat dihitung"
    "{% endif %}.{% else %} Perbandingan dengan standar nasional belum dapat dilakukan karena belum ada standar "
    "untuk indikator ini.{% endif %}"
    "{% if a.program %} Indikator ini didukung oleh {% for p in a.program %}{{ p.nama }}"
    "{% if p.capaian %} (capaian kinerja program {{ p.capaian }}%{% if p.kategori %}, {{ p.kategori }}{% endif %})"
    "{% endif %}{% if not loop.last %}; {% endif %}{% endfor %}.{% else %} Belum ada program yang dicatat "
    "mendukung indikator ini pada kolom IKU Didukung.{% endif %}")


def sasaran_part(doc) -> None:
    para(doc, "{%p for s in sasaran %}")
    para(doc, "Sasaran {{ s.no }}: {{ s.nama }}", bold=True, keep=True, before=8, after=4)
    ukur_table(doc)
    para(doc, "", after=4)
    para(doc, "{%p for a in s.analisis %}")
    body(doc, ANALISIS_CAPAIAN)
    isian(doc, "Faktor pendukung: ", "a.pendukung", "faktor pendukung keberhasilan {{ a.nama }}")
    isian(doc, "Faktor penghambat: ", "a.penghambat", "faktor penghambat atau penyebab kegagalan {{ a.nama }}")
    isian(doc, "Upaya perbaikan: ", "a.upaya", "upaya perbaikan dan tindak lanjut untuk {{ a.nama }}")
    para(doc, "", after=2)
    para(doc, "{%p endfor %}")
    para(doc, "{%p if s.ada_penjelasan %}")
    para(doc, "Penjelasan pada lembar Realisasi:", align=J.JUSTIFY, keep=True, after=2, first_indent_mm=INDENT_MM)
    para(doc, "{%p for t in s.penjelasan %}")
    item = para(doc, "{{ t }}", align=J.JUSTIFY, after=2)
    item.paragraph_format.left_indent = Mm(INDENT_MM)
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")


RINGKASAN_EFISIENSI = (
    "{% if efisiensi.ada %}Dari {{ efisiensi.jumlah }} program tahun {{ tahun }}, {{ efisiensi.efisien }} program "
    "Efisien, {{ efisiensi.cukup }} program Cukup Efisien, dan {{ efisiensi.kurang }} program Kurang Efisien"
    "{% if efisiensi.tanpa_iku != '0' %}; {{ efisiensi.tanpa_iku }} program belum mencantumkan IKU Didukung "
    "sehingga efisiensinya tidak dinilai{% endif %}{% if efisiensi.tak_dinilai != '0' %}; "
    "{{ efisiensi.tak_dinilai }} program belum dapat dinilai karena realisasi anggaran atau capaian IKU yang "
    "didukungnya belum tersedia{% endif %}. {% if efisiensi.serapan_ada %}Secara keseluruhan, realisasi anggaran "
    "sebesar {{ total.realisasi }} dari anggaran {{ total.anggaran }} (serapan {{ total.serapan }}%)"
    "{% if efisiensi.nilai_ada %}, dengan rata-rata capaian kinerja {{ total.capaian }}% sehingga efisiensinya "
    "{{ total.efisiensi_poin }} poin ({{ total.kategori }}){% endif %}.{% else %}Realisasi anggaran belum "
    "dilaporkan untuk semua program, sehingga serapan keseluruhan belum dapat dihitung.{% endif %}"
    "{% else %}Tidak ada program yang dianggarkan pada tahun {{ tahun }}.{% endif %}")


def bab_iii(doc) -> None:
    bab(doc, "III", "AKUNTABILITAS KINERJA")
    heading(doc, "A. Capaian Kinerja Organisasi")
    body(doc, "Pengukuran kinerja membandingkan realisasi tahun {{ tahun }} dengan target pada Perjanjian Kinerja. "
              "Predikat capaian: {{ skala_predikat }}. Capaian dianalisis untuk setiap sasaran: terhadap target "
              "tahun ini, terhadap tahun sebelumnya, terhadap target akhir {{ dokumen_rencana }}, terhadap standar "
              "nasional, beserta faktor pendukung, faktor penghambat, upaya perbaikan, dan program yang "
              "mendukungnya.")
    note(doc, KASUS_KHUSUS)
    para(doc, "{%p if catatan %}")
    note(doc, "Catatan perhitungan:", keep=True)
    para(doc, "{%p for c in catatan %}")
    note(doc, "- {{ c }}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")
    sasaran_part(doc)
    para(doc, "{%p if not sasaran %}")
    body(doc, "Belum ada indikator kinerja utama untuk diukur.")
    para(doc, "{%p endif %}")

    # The budget table is the LKjIP tables' own, on a landscape page with their margins.
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(section, MARGINS, landscape=True, header_mm=10, footer_mm=10)
    heading(doc, "B. Realisasi Anggaran dan Efisiensi Tahun {{ tahun }}")
    anggaran_table(doc)
    para(doc, "", after=4)
    note(doc, ATURAN_EFISIENSI)  # the rule with the workbook's tolerance (issue 14)
    para(doc, "", after=4)
    body(doc, RINGKASAN_EFISIENSI)
    placeholder(doc, "analisis efisiensi penggunaan sumber daya dan penjelasan program yang serapannya jauh dari "
                     "capaian kinerjanya")


# --- Bab IV and Lampiran --------------------------------------------------------------------------------------

RINGKASAN_PREDIKAT = (
    "{% if jumlah_iku == '0' %}{{ nama_unit }} belum memiliki indikator kinerja utama yang diukur pada tahun "
    "{{ tahun }}.{% else %}Pada tahun {{ tahun }}, {{ nama_unit }} mengukur {{ jumlah_iku }} indikator kinerja "
    "utama{% if predikat %}: {% for p in predikat %}{{ p.jumlah }} indikator berpredikat {{ p.label }}"
    "{% if not loop.last %}, {% endif %}{% endfor %}{% endif %}{% if belum_terukur %}{% if predikat %}; "
    "{% else %}: {% endif %}{% for b in belum_terukur %}{{ b.jumlah }} indikator belum dapat diukur "
    "({{ b.alasan }}){% if not loop.last %}, {% endif %}{% endfor %}{% endif %}."
    "{% if rata_rata != '-' %} Rata-rata capaian kinerja sebesar {{ rata_rata }}%.{% endif %}{% endif %}")


def bab_iv(doc) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(section, MARGINS, landscape=False, header_mm=10, footer_mm=10)
    bab(doc, "IV", "PENUTUP")
    body(doc, RINGKASAN_PREDIKAT)
    placeholder(doc, "simpulan umum atas capaian kinerja, permasalahan yang masih dihadapi, dan langkah perbaikan "
                     "pada tahun berikutnya")
    para(doc, "", after=12)
    signature_table(doc, [[], [Line("{{ ttd.tempat }}, {{ ttd.tanggal }}"),
                               Line("{{ ttd.jabatan_ttd }},", bold=True, after=SIGNATURE_SPACE_PT),
                               Line("{{ ttd.nama }}", bold=True, underline=True), Line("{{ ttd.pangkat }}"),
                               Line("{% if ttd.nip %}NIP. {{ ttd.nip }}{% endif %}")]],
                    widths_for([1, 1], TEXT_MM), full_width=True, line_align=J.CENTER)

    heading(doc, "LAMPIRAN")
    lampiran = [
        "Perjanjian Kinerja Tahun {{ tahun }} {{ nama_unit }}{% if berkas_pk %} (berkas {{ berkas_pk }}){% endif %}.",
        "Tabel Pengukuran Kinerja {{ nama_unit }} Tahun {{ tahun }} (berkas {{ berkas_tabel }}).",
    ]
    for no, value in enumerate(lampiran, start=1):
        item = para(doc, f"{no}. {value}", align=J.JUSTIFY, after=2)
        item.paragraph_format.left_indent = Mm(6)
        item.paragraph_format.first_line_indent = Mm(-6)


# --- the template ---------------------------------------------------------------------------------------------

def build(path: Path) -> None:
    doc = new_laporan_document()
    for line in ("LAPORAN KINERJA INSTANSI PEMERINTAH", "{{ judul_unit }}"):
        para(doc, line, bold=True, align=J.CENTER, keep=True)
    para(doc, "{%p if judul_daerah %}")
    para(doc, "{{ judul_daerah }}", bold=True, align=J.CENTER, keep=True)
    para(doc, "{%p endif %}")
    para(doc, "TAHUN {{ tahun }}", bold=True, align=J.CENTER, keep=True, after=18)
    bab_i(doc)
    page_break(doc)
    bab_ii(doc)
    page_break(doc)
    bab_iii(doc)
    bab_iv(doc)
    save(doc, path, "Laporan Kinerja (LKjIP)")


def main(out_dir: Path = ROOT / "templates") -> None:
    build(out_dir / "laporan-kinerja.docx")
    print(f"ditulis: {out_dir / 'laporan-kinerja.docx'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "templates")
