"""Command line: parse, call ``pipeline``, print, map errors to exit codes.

Exit codes: 0 clean, 1 galat in the data (or a failed batch item), 2 unusable input
or usage. Heavy libraries (pandas, pandera, openpyxl, docxtpl) are imported inside the
commands so that ``iku-docs --help`` starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from iku_docs import cli_id
from iku_docs.errors import IkuDocsError

cli_id.install()


class IkuGroup(click.Group):
    """Turns every ``IkuDocsError`` into an Indonesian message and its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except IkuDocsError as exc:
            click.secho(f"Galat: {exc.format_message()}", err=True, fg="red")
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.secho("Dihentikan oleh pengguna. Berkas yang sudah selesai tetap utuh.", err=True)
            ctx.exit(130)
        except Exception as exc:  # last resort: never show a traceback unless asked
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.secho(
                f"Galat tak terduga ({type(exc).__name__}): {exc}\n"
                "Ini kemungkinan cacat pada iku-docs. Ulangi dengan --debug dan laporkan keluarannya.",
                err=True, fg="red",
            )
            ctx.exit(2)


@click.group(cls=IkuGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Tampilkan traceback lengkap bila terjadi galat tak terduga.")
@click.version_option(package_name="iku-docs", message="iku-docs %(version)s",
                      help="Tampilkan versi lalu keluar.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """iku-docs: buku kerja IKU standar menjadi Peraturan Kepala Daerah, Perjanjian Kinerja dan tabel LKjIP.

    Contoh: iku-docs render sample_workbooks/kabupaten-contoh.xlsx --output hasil/
    """
    ctx.ensure_object(dict)["debug"] = debug


def templates_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--templates", "templates_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
        help="Folder templat Word milik sendiri (lihat 'iku-docs templates export').",
    )(f)


def documents_option(f: Callable[..., Any]) -> Callable[..., Any]:
    from iku_docs.documents import DEFAULT_KIND_NAMES

    return click.option(
        "--documents", "documents", default=",".join(DEFAULT_KIND_NAMES), show_default=True,
        callback=_parse_documents, help=_documents_help(),
    )(f)


def _documents_help() -> str:
    """The choices of ``--documents`` with what each writes, from the registry of document kinds."""
    from iku_docs.documents import KINDS

    def choice(kind: Any) -> str:
        included = [k.name for k in KINDS if k.included_in == kind.name]
        return f"{kind.name} ({kind.label}{'; beserta ' + ', '.join(included) if included else ''})"

    return "Dokumen yang dibuat, dipisah koma: " + "; ".join(choice(k) for k in KINDS) + "."


def _parse_documents(ctx: click.Context, param: click.Parameter, value: str) -> list[str]:
    from iku_docs.documents import KIND_NAMES

    chosen = [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [v for v in chosen if v not in KIND_NAMES]
    if unknown or not chosen:
        raise click.BadParameter(
            f"'{', '.join(unknown) or value}' tidak dikenal; pilih dari: {', '.join(KIND_NAMES)}.")
    return chosen


def _parse_periode(ctx: click.Context, param: click.Parameter, value: str) -> tuple[int, int]:
    try:
        awal, akhir = (int(p) for p in value.replace("–", "-").split("-"))
    except ValueError:
        raise click.BadParameter("tulis seperti 2025-2029.") from None
    if not (2000 <= awal <= akhir <= 2100 and akhir - awal <= 9):
        raise click.BadParameter("periode harus tahun awal-akhir, paling lama 10 tahun, misalnya 2025-2029.")
    return awal, akhir


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--periode", default="2025-2029", show_default=True, callback=_parse_periode,
              help="Periode RPJMD, tahun awal-akhir.")
@click.option("--jenis", "jenis_daerah", help="Jenis daerah yang langsung ditulis di lembar Identitas: Provinsi, "
              "Kabupaten atau Kota.")
@click.option("--nama", "nama_daerah", help="Nama daerah yang langsung ditulis di lembar Identitas, misalnya Sleman.")
@click.option("--timpa", is_flag=True, help="Timpa berkas yang sudah ada.")
def template(path: Path, periode: tuple[int, int], jenis_daerah: str | None, nama_daerah: str | None,
             timpa: bool) -> None:
    """Tulis buku kerja kosong yang standar (petunjuk, daftar pilihan, catatan kolom).

    Contoh: iku-docs template kabupaten-x.xlsx --periode 2025-2029 --jenis Kabupaten --nama Sleman
    """
    from iku_docs.pipeline import write_template_for

    if path.exists() and not timpa:
        raise IkuDocsError(f"Berkas '{path}' sudah ada.", saran="Pilih nama lain atau tambahkan --timpa.")
    write_template_for(path, *periode, jenis_daerah=jenis_daerah, nama_daerah=nama_daerah)
    click.echo(f"Buku kerja kosong ditulis: {path} (periode {periode[0]}–{periode[1]}).")
    click.echo("Isi setiap lembar mengikuti lembar 'Petunjuk', lalu jalankan: iku-docs validate " + str(path))


@cli.command()
@click.argument("workbook", type=click.Path(path_type=Path))
@click.option("--report", "report_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder laporan untuk peninjau (HTML, JSON, salinan bercatatan).")
def validate(workbook: Path, report_dir: Path | None) -> None:
    """Periksa buku kerja IKU dan tulis laporan validasi.

    Contoh: iku-docs validate kabupaten-x.xlsx --report laporan/
    """
    from iku_docs.pipeline import validate_workbook
    from iku_docs.report.console import print_summary

    hasil = validate_workbook(workbook, report_dir=report_dir)
    print_summary(hasil.laporan, hasil.laporan_berkas, catatan=hasil.catatan)
    sys.exit(0 if hasil.laporan.valid else 1)


@cli.command()
@click.argument("workbook", type=click.Path(path_type=Path))
@click.option("--output", "output_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder hasil dokumen.")
@documents_option
@templates_option
@click.option("--pdf", is_flag=True, help="Buat juga PDF lewat LibreOffice.")
@click.option("--jobs", "-j", type=click.IntRange(min=1, max=64), default=None,
              help="Jumlah proses yang membuat dokumen bersama-sama (bawaan: jumlah inti prosesor).")
def render(workbook: Path, output_dir: Path, documents: list[str], templates_dir: Path | None, pdf: bool,
           jobs: int | None) -> None:
    """Validasi lalu buat dokumen Word: Peraturan Kepala Daerah, PK dan LKjIP.

    Contoh: iku-docs render kabupaten-x.xlsx --output hasil/ --documents perkada,pk --pdf
    """
    from iku_docs.errors import DataError
    from iku_docs.pipeline import render_workbook
    from iku_docs.render.parallel import default_jobs
    from iku_docs.report.console import print_render, print_summary

    try:
        hasil = render_workbook(workbook, output_dir, documents=documents, templates_dir=templates_dir, pdf=pdf,
                                jobs=jobs or default_jobs())
    except DataError as exc:
        if exc.hasil is not None:  # show what is wrong before the closing message
            print_summary(exc.hasil.laporan, exc.hasil.laporan_berkas, catatan=exc.hasil.catatan)
        raise
    print_render(hasil)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "output_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder hasil; setiap buku kerja mendapat subfolder sendiri.")
@click.option("--jobs", "-j", type=click.IntRange(min=1, max=64), default=None,
              help="Jumlah proses paralel (bawaan: jumlah inti prosesor). 1 = satu per satu.")
@documents_option
@templates_option
@click.option("--pdf", is_flag=True, help="Buat juga PDF semua dokumen (satu kali panggilan LibreOffice).")
def batch(inputs: tuple[Path, ...], output_dir: Path, jobs: int | None, documents: list[str],
          templates_dir: Path | None, pdf: bool) -> None:
    """Validasi dan buat dokumen untuk banyak buku kerja sekaligus, masing-masing ke foldernya sendiri.

    INPUTS boleh berkas, folder atau pola seperti masukan/*.xlsx. Berkas kunci Office (~$...) dan berkas
    yang bukan buku kerja dilewati dengan catatan. Ringkasan ditulis ke ringkasan.html dan ringkasan.csv
    di folder hasil. Kode keluar 1 bila ada buku kerja yang gagal.

    Contoh: iku-docs batch masukan/*.xlsx --output hasil/ --jobs 4 --pdf
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from iku_docs.batch import run_batch
    from iku_docs.render.parallel import default_jobs

    err = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("Memproses buku kerja", total=None)

        def advance(item: Any, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=f"Memproses buku kerja ({item.folder})")

        result = run_batch(list(inputs), output_dir, jobs=jobs or default_jobs(), documents=documents,
                           templates_dir=templates_dir, pdf=pdf, progress=advance)
    _print_batch(result, Console())
    sys.exit(0 if result.ok else 1)


def _print_batch(result: Any, console: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    from iku_docs.batch import Status
    from iku_docs.findings import Tingkat

    colour = {Status.BERHASIL: "green", Status.GALAT_DATA: "yellow", Status.TIDAK_TERBACA: "red", Status.GAGAL: "red"}
    table = Table(title="Ringkasan batch", title_justify="left")
    for name, justify in (("Buku kerja", "left"), ("Status", "left"), ("Galat", "right"), ("Peringatan", "right"),
                          ("Saran", "right"), ("Dokumen", "right"), ("Waktu (detik)", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for it in result.items:
        counts = ["" if it.jumlah(t) is None else str(it.jumlah(t)) for t in Tingkat]
        table.add_row(it.folder, f"[{colour[it.status]}]{it.status}[/]", *counts, str(len(it.dokumen)),
                      f"{it.detik:.2f}".replace(".", ","))
    console.print(table)
    for it in result.gagal:
        console.print(f"[bold]{escape(it.berkas)}[/] ({it.status}): {escape(it.pesan)}",
                      highlight=False, soft_wrap=True)
    for note in result.catatan:
        console.print(f"Catatan: {escape(note)}", highlight=False, soft_wrap=True)
    if result.pdf_galat:
        console.print(f"[red]PDF gagal:[/] {escape(result.pdf_galat)}", highlight=False, soft_wrap=True)
    ok = sum(1 for it in result.items if it.berhasil)
    console.print(f"{ok} dari {len(result.items)} buku kerja berhasil. Ringkasan: "
                  f"{escape(' dan '.join(str(p) for p in result.ringkasan))}",
                  highlight=False, soft_wrap=True)


@cli.command()
@click.option("--port", type=click.IntRange(min=0, max=65535), default=0, show_default=True,
              help="Port di 127.0.0.1; 0 = pilih port yang bebas.")
@click.option("--no-browser", "no_browser", is_flag=True, help="Jangan membuka peramban; cukup cetak alamatnya.")
def serve(port: int, no_browser: bool) -> None:
    """Buka halaman iku-docs di peramban, hanya di komputer ini dan tanpa internet.

    Baris pertama yang dicetak adalah alamat halaman (dengan kunci sekali pakai). Tekan Ctrl+C untuk berhenti;
    semua berkas unggahan dan hasilnya dihapus saat server berhenti.

    Contoh: iku-docs serve
    """
    from iku_docs.web.server import serve as run_server  # Flask and waitress load only for this command

    run_server(port=port, open_browser=not no_browser)


@cli.command()
def rules() -> None:
    """Daftar aturan mutu indikator (kode, tingkat, kriteria, penjelasan, contoh).

    Contoh: iku-docs rules
    """
    from iku_docs.report.console import print_rules

    print_rules()


@cli.group()
def templates() -> None:
    """Templat Word bawaan.

    Contoh: iku-docs templates export templat-saya/
    """


@templates.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def templates_export(directory: Path) -> None:
    """Salin templat Word bawaan ke DIRECTORY untuk diubah gayanya di Word.

    Contoh: iku-docs templates export templat-saya/ lalu iku-docs render ... --templates templat-saya/
    """
    import shutil

    from iku_docs.render.docx import default_templates_dir

    directory.mkdir(parents=True, exist_ok=True)
    copied = []
    for src in sorted(default_templates_dir().glob("*.docx")):
        dst = directory / src.name
        if dst.exists():
            click.echo(f"Dilewati (sudah ada): {dst}")
            continue
        shutil.copyfile(src, dst)
        copied.append(dst)
    for dst in copied:
        click.echo(f"Disalin: {dst}")
    click.echo("Ubah gaya di Word tanpa mengubah teks di dalam {{ }} dan {% %}, lalu pakai --templates "
               f"{directory}")


def main() -> None:
    cli(obj={})


if __name__ == "__main__":
    main()
