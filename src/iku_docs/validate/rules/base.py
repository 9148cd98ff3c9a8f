"""What every quality rule is made of: ``Aturan`` (metadata + check) and the ``temuan`` helpers.

Kept apart from ``rules/__init__.py`` so the family modules can import it while the
package collects them into ``RULES`` (no circular import). Rules do no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from iku_docs.findings import Temuan, Tingkat
from iku_docs.model import IKU, Nilai, Pemda
from iku_docs.workbook import contract as c

Periksa = Callable[[Pemda], Iterable[Temuan]]


class Kriteria:
    """The criterion a rule applies; spelled as reviewers read it (seed 000's quality table)."""

    SPESIFIK = "Spesifik"
    TERUKUR = "Terukur"
    DAPAT_DICAPAI = "Dapat dicapai"
    RELEVAN = "Relevan"
    BERBATAS_WAKTU = "Berbatas waktu"
    KONSISTENSI = "Konsistensi"
    AKUNTABEL = "Akuntabel"
    PORTOFOLIO = "Portofolio"
    CASCADING = "Cascading"


@dataclass(frozen=True, slots=True)
class Aturan:
    """One quality rule: stable code, severity, criterion, explanation for reviewers, and the check."""

    kode: str
    tingkat: Tingkat
    kriteria: str
    judul: str
    penjelasan: str
    periksa: Periksa


# --- Building findings ---------------------------------------------------------------


def nilai_teks(nilai: Nilai | None) -> str:
    """A target/baseline as the user wrote it: '6,5', 'WTP', '' for blank."""
    if nilai is None:
        return ""
    if isinstance(nilai, Decimal):
        text = format(nilai.normalize(), "f") if nilai == nilai.to_integral_value() else str(nilai)
        return text.replace(".", ",")
    return str(nilai)


def _cell_text(iku: IKU, kolom: str) -> str | None:
    """The text of ``kolom`` in the IKU's row, as far as the model keeps it."""
    if kolom.startswith(c.TARGET_PREFIX + " "):
        tahun = kolom.removeprefix(c.TARGET_PREFIX + " ")
        return nilai_teks(iku.target.get(int(tahun))) if tahun.isdigit() else None
    value = {
        c.KODE_IKU: iku.kode,
        c.KODE_PD: iku.kode_pd,
        c.KOLOM_SASARAN: iku.sasaran,
        c.KOLOM_INDIKATOR: iku.nama,
        c.KOLOM_DEFINISI: iku.definisi,
        c.KOLOM_FORMULA: iku.formula,
        c.KOLOM_ALASAN: iku.alasan,
        c.KOLOM_SATUAN: iku.satuan,
        c.KOLOM_JENIS_ANGKA: iku.jenis_angka,
        c.KOLOM_POLARITAS: iku.polaritas,
        c.KOLOM_SUMBER_DATA: iku.sumber_data,
        c.KOLOM_BASELINE: nilai_teks(iku.baseline),
        c.KOLOM_PD_PJ: ", ".join(iku.pd_penanggung_jawab),
        c.KOLOM_UNIT_TERKAIT: iku.unit_terkait,
        c.KOLOM_MENDUKUNG: iku.mendukung or "",
        c.KOLOM_JENIS_CASCADING: iku.jenis_cascading or "",
    }.get(kolom)
    return value


def temuan(aturan: Aturan, iku: IKU, kolom: str = c.KOLOM_INDIKATOR, *, pesan: str, saran: str | None = None,
           nilai: str | None = None) -> Temuan:
    """A finding on one cell of an IKU row; ``nilai`` defaults to the cell's text."""
    return Temuan(
        kode=aturan.kode, tingkat=aturan.tingkat, lembar=iku.asal.lembar, sel=iku.asal.sel(kolom),
        baris=iku.asal.baris, kolom=kolom, nilai=_cell_text(iku, kolom) if nilai is None else nilai,
        pesan=pesan, saran=saran, kriteria=aturan.kriteria,
    )


def temuan_lembar(aturan: Aturan, lembar: str, *, pesan: str, saran: str | None = None, baris: int | None = None,
                  sel: str | None = None, kolom: str | None = None, nilai: str | None = None) -> Temuan:
    """A finding about a whole sheet or a row that is not an IKU (the IKU count, a Perangkat Daerah)."""
    return Temuan(kode=aturan.kode, tingkat=aturan.tingkat, lembar=lembar, sel=sel, baris=baris, kolom=kolom,
                  nilai=nilai, pesan=pesan, saran=saran, kriteria=aturan.kriteria)


def lokasi(iku: IKU) -> str:
    """'IKU-01 (baris 5)' for messages that mention another row."""
    return f"{iku.kode} (lembar '{iku.asal.lembar}' baris {iku.asal.baris})"


# --- Text helpers shared by the families ----------------------------------------------

_WORD = re.compile(r"[0-9a-z%]+(?:-[0-9a-z]+)*")


@lru_cache(maxsize=65536)  # pure; every rule family tidies the same cells
def rapikan(text: str) -> str:
    """Collapse whitespace and strip; keeps case (suggestions reuse the user's words)."""
    # str.split() and re's \s both split on exactly the str.isspace() characters, so this is
    # re.sub(r"\s+", " ", ...).strip() without a regex replacement per space.
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


@lru_cache(maxsize=256)
def kolom_target(tahun: int) -> str:
    """``contract.target_header(tahun)``, cached: the target rules name a column for every value."""
    return c.target_header(tahun)


def kata(text: str) -> list[str]:
    """Lower-case words; '%' kept as a word, hyphenated words ('rata-rata') kept whole."""
    return _WORD.findall(rapikan(text).lower())


# Placeholders users type into a required cell when they have nothing to say.
_KOSONG = {"", "-", "--", "—", "–", ".", "..", "...", "…", "x", "n/a", "na", "nihil", "tidak ada", "belum ada",
           "tidak diketahui", "belum diketahui", "menyusul", "tba", "kosong", "0"}
_KOSONG_RAPI = frozenset(k.strip(" .") for k in _KOSONG)


@lru_cache(maxsize=65536)
def kosong(text: str | None) -> bool:
    """Blank, or a placeholder that says nothing ('-', '…', 'belum ada')."""
    return rapikan(text or "").lower().strip(" .") in _KOSONG_RAPI


def angka(nilai: Nilai | None) -> Decimal | None:
    return nilai if isinstance(nilai, Decimal) else None


def kutip(text: str, batas: int = 80) -> str:
    """A user's text quoted in a message, shortened when very long."""
    text = rapikan(text)
    return f"'{text if len(text) <= batas else text[: batas - 1].rstrip() + '…'}'"
