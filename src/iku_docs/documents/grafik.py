"""A chart as a context builder describes it: what to draw, not how.

A builder puts a ``Grafik`` in its context; ``render/docx.py`` has ``render/chart.py`` draw it into one or more
pictures (a long list of indicators is split over several) when the document is rendered. Text arrives
formatted, as everywhere in a context ("101,19", "belum dilaporkan"), so drawing needs no formatting rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from iku_docs.model import Predikat


@dataclass(frozen=True, slots=True)
class Batang:
    """One indicator's row of the chart: its label, the bar (if it has a capaian) and the text beside it."""

    nama: str  # the indicator's name, wrapped at the left of its bar
    nilai: Decimal | None  # capaian (%): the bar's length; None draws no bar but ``teks`` in its place
    teks: str  # the capaian as printed ("101,19"), or why there is none ("belum dilaporkan")
    predikat: str | None  # the band the capaian falls in: the bar's colour


@dataclass(frozen=True, slots=True)
class Grafik:
    """A horizontal bar chart of capaian per indicator, coloured by predikat band, with a 100 % line."""

    batang: tuple[Batang, ...]  # in table order; no rows, no picture
    skala: tuple[Predikat, ...]  # the effective predikat scale, highest band first: the legend and bar colours
