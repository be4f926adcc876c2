"""What the profile charts share: the results as named series, scales, legends."""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.graphics.shapes import Line
from reportlab.lib.colors import Color, HexColor

from coachdesk.core.instrument_types import Instrument
from coachdesk.core.records import Profile
from coachdesk.report.chart_kit import Canvas, mix, rect

Series = list[tuple[str, Profile]]


def bar_style(c: Canvas, index: int, colour: Color) -> tuple[Color, Color | None, list[float]]:
    """(fill, stroke, dash) of the bars of the ``index``-th result: solid, light, dark, open."""
    bg = c.t.background
    styles: tuple[tuple[Color, Color | None, list[float]], ...] = (
        (colour, None, []),
        (mix(colour, bg, 0.5 if c.t.dark else 0.38), colour, []),
        (mix(colour, HexColor("#000000"), 0.6), None, []),
        (bg, colour, [2, 1.5]),
    )
    return styles[index % len(styles)]


def bar_legend(c: Canvas, series: Series) -> None:
    if len(series) < 2:
        return
    neutral = c.t.muted

    def swatch(i: int) -> Callable[[float, float], None]:
        fill, stroke, dash = bar_style(c, i, neutral)

        def draw(x: float, y: float) -> None:
            c.add(
                rect(
                    x,
                    y,
                    10,
                    8,
                    fillColor=fill,
                    strokeColor=stroke,
                    strokeWidth=1,
                    strokeDashArray=dash or None,
                )
            )

        return draw

    c.legend(8, c.height - 31, [(name, swatch(i)) for i, (name, _) in enumerate(series)])


def line_legend(c: Canvas, series: Series) -> None:
    if len(series) < 2:
        return

    def swatch(i: int) -> Callable[[float, float], None]:
        def draw(x: float, y: float) -> None:
            colour = series_colour(c, i)
            c.add(
                Line(
                    x,
                    y + 4,
                    x + 10,
                    y + 4,
                    strokeColor=colour,
                    strokeWidth=2.2,
                    # None (solid) is valid; types-reportlab leaves it out.
                    strokeDashArray=dash(i),  # type: ignore[arg-type]
                )
            )

        return draw

    c.legend(8, c.height - 31, [(name, swatch(i)) for i, (name, _) in enumerate(series)])


def series_colour(c: Canvas, i: int) -> Color:
    return c.t.series[i % len(c.t.series)]


def dash(i: int) -> list[float] | None:
    dashes: tuple[list[float] | None, ...] = (None, [5, 2], [2, 2], [6, 2, 2, 2])
    return dashes[i % 4]


def ticks(lo: float, hi: float, most: int = 6) -> list[float]:
    span = hi - lo
    for step in (0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500):
        if span / step <= most:
            break
    first = math.ceil(lo / step) * step
    out, value = [], first
    while value <= hi + 1e-9:
        out.append(round(value, 6))
        value += step
    return out


def range_of(instrument: Instrument) -> tuple[float, float]:
    return min(d.min for d in instrument.dimensions), max(d.max for d in instrument.dimensions)


def top_of(c: Canvas, series: Series) -> float:
    return c.height - (44 if len(series) > 1 else 30)
