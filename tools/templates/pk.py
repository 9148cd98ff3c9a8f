"""Build the default Perjanjian Kinerja templates with python-docx.

    python3 tools/templates/pk.py            # writes templates/pk.docx and templates/pk-kepala-daerah.docx

The output is an ordinary Word document with docxtpl tags ({{ }}, {%tr for %}, {% vm %}),
so a Bagian Organisasi can restyle it in Word and pass it back with --templates. Layout
follows the PK form of PermenPANRB 53/2014 (Lampiran): statement page, page break,
attachment tables, signatures again. See docs/formats/pk.md for the choices.
"""

from __future__ import annotations

import sys
from pathlib import Path

from common import (
    ROOT,
    J,
    Line,
    Margins,
    cell_text,
    data_rows,
    empty_rows,
    header_row,
    keep_with_next,
    loop_row,
    new_document,
    new_table,
    page_break,
    para,
    save,
    signature_table,
    span,
    widths_for,
)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

MARGINS = Margins(top=25, bottom=25, left=30, right=20)
TEXT_MM = MARGINS.text_width_mm(landscape=False)  # 165 mm on F4; tables are rescaled to 160 mm on A4
CELL_MARGINS = {"top": 30, "bottom": 30}  # a little air above and below the text of a ruled cell
SPACE_PT = 56  # under the signatory's title: about 20 mm for the signature and the stamp

PEMBUKA = ("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
           "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
JANJI_PIHAK_PERTAMA = (
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, "
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen "
    "perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.")
JANJI_PIHAK_KEDUA = (
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian "
    "kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan "
    "dan sanksi.")
JANJI_KEPALA_DAERAH = (
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini dalam rangka mencapai "
    "target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan "
    "dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.")


# --- building blocks of a PK ---------------------------------------------------------------------------------

def heading(doc, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        para(doc, line, bold=True, align=J.CENTER, keep=True, after=12 if i == len(lines) - 1 else 0)


def identity(doc, rows: list[tuple[str, str] | str]) -> None:
    """'Nama : …' / 'Jabatan : …' lines aligned on the colon, borderless; a plain string is a
    sentence across the whole width ('selanjutnya disebut pihak pertama')."""
    table = new_table(doc, widths_for([28, 5, TEXT_MM - 33], TEXT_MM), len(rows), borders=False,
                      align=WD_TABLE_ALIGNMENT.LEFT, full_width=True)
    for row, content in zip(table.rows, rows, strict=True):
        if isinstance(content, str):
            cell_text(span(row, 0, 2), content)
            row.cells[0].paragraphs[0].paragraph_format.space_after = Pt(8)
            continue
        label, value = content
        cell_text(row.cells[0], label)
        cell_text(row.cells[1], ":")
        cell_text(row.cells[2], value)


def ruled_table(doc, weights: list[float], rows: int):
    return new_table(doc, widths_for(weights, TEXT_MM), rows, full_width=True, cell_margins=CELL_MARGINS)


def sasaran_table(doc) -> None:
    """No | Sasaran Strategis | Indikator Kinerja | Target | Satuan, the sasaran merged over its indicators.

    The inner loop carries {% vm %}: docxtpl restarts the merge at each sasaran (loop.first of the
    inner loop). The vm cells keep a bare tcPr (width only): docxtpl appends w:vMerge at its end,
    which the schema only allows before borders, shading and alignment.
    """
    table = ruled_table(doc, [10, 47, 58, 22, 28], 8)
    header_row(table, ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Satuan"])
    loop_row(table, 1, "{%tr for s in sasaran %}")
    loop_row(table, 2, "{%tr for i in s.indikator %}")
    data = table.rows[3].cells
    cell_text(data[0], "{% vm %}{{ s.no }}", align=J.CENTER)
    cell_text(data[1], "{% vm %}{{ s.nama }}")
    cell_text(data[2], "{{ i.nama }}")
    cell_text(data[3], "{{ i.target }}", align=J.CENTER)
    cell_text(data[4], "{{ i.satuan }}", align=J.CENTER)
    loop_row(table, 4, "{%tr endfor %}")
    empty_rows(table, 5, "(tidak ada indikator kinerja untuk tahun {{ tahun }})")


def program_table(doc) -> None:
    """No | Program | Anggaran (Rp) | Keterangan (PermenPANRB 53/2014), then the total computed in Python
    when Pengaturan asks for it (``tampilkan_jumlah``). The amounts carry no "Rp": the header says it.

    The last program row is a second copy of the data row whose paragraphs keep with the next: the last
    program, JUMLAH, the amount in words and the signatures then move to a new page together when they do
    not fit, and a repeated header never stands over a lone JUMLAH row.
    """
    weights = [10, 75, 45, 35]  # 165 mm; "140.490.000.000" in bold fits the Anggaran column
    table = ruled_table(doc, weights, 13)
    header_row(table, ["No", "Program", "Anggaran (Rp)", "Keterangan"])
    loop_row(table, 1, "{%tr for p in program %}")

    def fill(row) -> None:
        data = row.cells
        cell_text(data[0], "{{ p.no }}", align=J.CENTER)
        cell_text(data[1], "{{ p.nama }}")
        cell_text(data[2], "{{ p.anggaran }}", align=J.RIGHT)
        cell_text(data[3], "{{ p.keterangan }}")

    data_rows(table, 2, fill, keep_if="loop.last and tampilkan_jumlah")
    empty_rows(table, 7, "(tidak ada program untuk tahun {{ tahun }})")
    loop_row(table, 10, "{%tr if tampilkan_jumlah %}")
    total = table.rows[11]
    cell_text(span(total, 0, 1), "JUMLAH", bold=True, align=J.CENTER)
    cell_text(total.cells[2], "{{ jumlah_anggaran }}", bold=True, align=J.RIGHT)
    keep_with_next(total)
    loop_row(table, 12, "{%tr endif %}")
    tag_p = "{%p if tampilkan_jumlah %}"
    para(doc, tag_p)
    para(doc, "Terbilang: {{ terbilang_anggaran }}.", italic=True, keep=True)
    para(doc, "{%p endif %}")


def signatures_two(doc) -> None:
    """PIHAK KEDUA left, PIHAK PERTAMA right (PermenPANRB 53/2014), with place and date over the right one."""
    def block(who: str, date: str, title: str) -> list[Line]:
        return [Line(date), Line(title, bold=True), Line(f"{{{{ {who}.jabatan_ttd }}}},", bold=True, after=SPACE_PT),
                Line(f"{{{{ {who}.nama }}}}", bold=True, underline=True), Line(f"{{{{ {who}.pangkat }}}}"),
                Line(f"{{% if {who}.nip %}}NIP. {{{{ {who}.nip }}}}{{% endif %}}")]

    _signatures(doc, [block("pihak_kedua", "", "PIHAK KEDUA,"),
                 block("pihak_pertama", "{{ tempat }}, {{ tanggal }}", "PIHAK PERTAMA,")])


def signature_one(doc) -> None:
    """The head of the region alone, on the right half, as in a Perkada closing."""
    _signatures(doc, [[], [Line("{{ tempat }}, {{ tanggal }}"),
                      Line("{{ kepala_daerah.jabatan_ttd }},", bold=True, after=SPACE_PT),
                      Line("{{ kepala_daerah.nama }}", bold=True, underline=True)]])


def _signatures(doc, columns: list[list[Line]]) -> None:
    para(doc, "", keep=True, after=6)
    signature_table(doc, columns, widths_for([1, 1], TEXT_MM), full_width=True, line_align=J.CENTER)


# --- the two templates ---------------------------------------------------------------------------------------

def build_pd(path: Path) -> None:
    doc = new_document(MARGINS, landscape=False)
    heading(doc, ["PERJANJIAN KINERJA TAHUN {{ tahun }}", "{{ judul_unit }}", "{{ judul_daerah }}"])
    para(doc, PEMBUKA, align=J.JUSTIFY, after=6)
    identity(doc, [
        ("Nama", "{{ pihak_pertama.nama }}"),
        ("Jabatan", "{{ pihak_pertama.jabatan }}"),
        "selanjutnya disebut pihak pertama",
        ("Nama", "{{ pihak_kedua.nama }}"),
        ("Jabatan", "{{ pihak_kedua.jabatan }}"),
        "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    ])
    para(doc, JANJI_PIHAK_PERTAMA, align=J.JUSTIFY, after=8, first_indent_mm=12.5)
    para(doc, JANJI_PIHAK_KEDUA, align=J.JUSTIFY, first_indent_mm=12.5)
    signatures_two(doc)
    page_break(doc)
    heading(doc, ["PERJANJIAN KINERJA TAHUN {{ tahun }}", "{{ judul_unit }}", "{{ judul_daerah }}"])
    sasaran_table(doc)
    para(doc, "", after=6)
    program_table(doc)
    signatures_two(doc)
    save(doc, path, "Perjanjian Kinerja")


def build_kepala_daerah(path: Path) -> None:
    doc = new_document(MARGINS, landscape=False)
    heading(doc, ["PERJANJIAN KINERJA TAHUN {{ tahun }}", "{{ judul_kepala }}", "{{ judul_daerah }}"])
    para(doc, PEMBUKA, align=J.JUSTIFY, after=6)
    identity(doc, [
        ("Nama", "{{ kepala_daerah.nama }}"),
        ("Jabatan", "{{ kepala_daerah.jabatan }}"),
    ])
    para(doc)
    para(doc, JANJI_KEPALA_DAERAH, align=J.JUSTIFY)
    signature_one(doc)
    page_break(doc)
    heading(doc, ["PERJANJIAN KINERJA TAHUN {{ tahun }}", "{{ judul_kepala }}", "{{ judul_daerah }}"])
    sasaran_table(doc)
    para(doc, "", after=6)
    program_table(doc)
    signature_one(doc)
    save(doc, path, "Perjanjian Kinerja")


def main(out_dir: Path = ROOT / "templates") -> None:
    build_pd(out_dir / "pk.docx")
    build_kepala_daerah(out_dir / "pk-kepala-daerah.docx")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "templates")
