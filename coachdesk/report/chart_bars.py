"""Bar charts of profiles: colour energies with the wheel, paired variants, ranked team roles."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Line, Wedge
from reportlab.lib.colors import Color, HexColor

from coachdesk.core.formatting import number
from coachdesk.core.instrument_types import Instrument
from coachdesk.report.chart_kit import Canvas, rect
from coachdesk.report.chart_series import (
    Series,
    bar_legend,
    bar_style,
    range_of,
    ticks,
    top_of,
)
from coachdesk.report.numbers import consistent


def _bars(c: Canvas, instrument: Instrument, series: Series, left: float, right: float) -> None:
    t = c.t
    lo, hi = range_of(instrument)
    base = 0.0 if lo <= 0 <= hi else lo
    bottom, top = 30.0, top_of(c, series) - 12

    def y_of(v: float) -> float:
        return bottom + (top - bottom) * (v - lo) / (hi - lo)

    for tick in ticks(lo, hi):
        c.hline(left, right, y_of(tick), t.axis if tick == base else t.grid, 0.5)
        c.text(left - 4, y_of(tick) - 2.5, number(tick, c.lang), 7, t.muted, "end")
    dims = instrument.dimensions
    group = (right - left) / len(dims)
    bar = min(30.0, group * 0.8 / len(series))
    shown = _labels(c, instrument, series)
    for g, dim in enumerate(dims):
        centre = left + group * (g + 0.5)
        x = centre - bar * len(series) / 2
        for i, (_, profile) in enumerate(series):
            value = profile.scores.get(dim.key)
            if value is not None:
                fill, stroke, dash = bar_style(c, i, HexColor(dim.colour))
                y0, y1 = y_of(base), y_of(value)
                c.add(
                    rect(
                        x + 1,
                        min(y0, y1),
                        bar - 2,
                        abs(y1 - y0),
                        fillColor=fill,
                        strokeColor=stroke,
                        strokeWidth=1,
                        strokeDashArray=dash or None,
                    )
                )
                size = 7 if bar >= 16 else 6
                label = shown[(g, i)]
                c.text(x + bar / 2, max(y0, y1) + 2.5, label, size, t.text, "middle")
            x += bar
        lines = c.wrap(dim.name(c.lang), group - 4, 7.5)
        for n, line in enumerate(lines):
            c.text(centre, bottom - 11 - n * 9, line, 7.5, t.text, "middle")


def _labels(c: Canvas, instrument: Instrument, series: Series) -> dict[tuple[int, int], str]:
    """The value labels of every bar, all with the same decimals ("2,0" beside "4,5")."""
    keys = [
        (g, i)
        for g, dim in enumerate(instrument.dimensions)
        for i, (_, p) in enumerate(series)
        if dim.key in p.scores
    ]
    values = [series[i][1].scores[instrument.dimensions[g].key] for g, i in keys]
    return dict(zip(keys, consistent(values, c.lang, instrument.decimals), strict=True))


def paired_bars(c: Canvas, instrument: Instrument, series: Series) -> None:
    bar_legend(c, series)
    _bars(c, instrument, series, 30, c.width - 10)


def energy_bars(c: Canvas, instrument: Instrument, series: Series) -> None:
    bar_legend(c, series)
    if instrument.labels is None or not any(p.result.label for _, p in series):
        # No position on the wheel recorded: no wheel (an empty one says nothing).
        _bars(c, instrument, series, 30, c.width - 10)
        return
    wheel = min(c.width * 0.36, top_of(c, series) - 20)
    _bars(c, instrument, series, 30, c.width - wheel - 18)
    _wheel(c, instrument, series, c.width - wheel - 6, wheel)


def _wheel(c: Canvas, instrument: Instrument, series: Series, x0: float, size: float) -> None:
    labels = instrument.labels
    assert labels is not None
    t = c.t
    named = [(name, p) for name, p in series if p.result.label]
    caption = 10.0 * len(named) + 12
    r = min(size / 2, (top_of(c, series) - 8 - caption) / 2)
    cx, cy = x0 + size / 2, 8 + caption + r
    c.text(cx, cy + r + 4, labels.name(c.lang), 7.5, t.muted, "middle")
    options = labels.options
    step = 360 / len(options)
    for i, option in enumerate(options):
        colours = [HexColor(d.colour) for k in option.colours if (d := instrument.dimension(k))]
        fill = _average(colours) if colours else t.grid
        centre = 90 - i * step
        wedge = Wedge(cx, cy, r, centre - step / 2, centre + step / 2, radius1=r * 0.42)
        wedge.fillColor, wedge.strokeColor, wedge.strokeWidth = fill, t.background, 1.2
        c.add(wedge)
    for n, (name, profile) in enumerate(named):
        index = next((i for i, o in enumerate(options) if o.key == profile.result.label), None)
        chosen = labels.option(profile.result.label)
        text = chosen.name(c.lang) if chosen else profile.result.label
        y = 8 + caption - 14 - n * 10
        left = x0 - 16
        _marker(c, left + 5, y + 2.5, n)
        c.text(left + 12, y, c.fit(f"{name}: {text}", c.width - left - 16, 7.5), 7.5, t.text)
        if index is None:
            continue
        angle = math.radians(90 - index * step)
        radius = r * 0.71 if len(named) == 1 else r * (0.6 if n == 0 else 0.84)
        _marker(c, cx + radius * math.cos(angle), cy + radius * math.sin(angle), n)


def _marker(c: Canvas, x: float, y: float, n: int) -> None:
    """Series marker on the wheel: a dark dot (first), a ring (second), a small square."""
    ink, bg = c.t.text, c.t.background
    if n == 0:
        c.add(Circle(x, y, 3.8, fillColor=ink, strokeColor=bg, strokeWidth=1.2))
    elif n == 1:
        c.add(Circle(x, y, 3.4, fillColor=bg, strokeColor=ink, strokeWidth=1.6))
    else:
        c.add(rect(x - 3, y - 3, 6, 6, fillColor=ink, strokeColor=bg, strokeWidth=1))


def _average(colours: list[Color]) -> Color:
    n = len(colours)
    return Color(
        sum(x.red for x in colours) / n,
        sum(x.green for x in colours) / n,
        sum(x.blue for x in colours) / n,
    )


# --- horizontal ranked bars (team roles) ----------------------------------------


def ranked_bars(c: Canvas, instrument: Instrument, series: Series) -> None:
    bar_legend(c, series)
    t = c.t
    lead = series[0][1].scores
    ranks = instrument.ranks(lead)
    dims = sorted(
        instrument.dimensions, key=lambda d: (ranks.get(d.key, 99), instrument.dimensions.index(d))
    )
    lo, hi = range_of(instrument)
    label_w = min(c.width * 0.36, 150)
    left, right, bottom, top = label_w + 12, c.width - 30, 18.0, top_of(c, series) - 4
    row = (top - bottom) / len(dims)
    shown = _labels(c, instrument, series)
    dims_order = {d.key: g for g, d in enumerate(instrument.dimensions)}

    def x_of(v: float) -> float:
        return left + (right - left) * (v - lo) / (hi - lo)

    for tick in ticks(lo, hi):
        x = x_of(tick)
        c.add(
            Line(x, bottom, x, top, strokeColor=t.axis if tick == lo else t.grid, strokeWidth=0.5)
        )
        c.text(x, bottom - 10, number(tick, c.lang), 7, t.muted, "middle")
    size = 8 if row >= 14 else 7
    for n, dim in enumerate(dims):
        y_top = top - n * row
        rank = ranks.get(dim.key)
        c.text(8, y_top - row / 2 - 3, f"{rank}." if rank else "–", size, t.muted)
        c.text(24, y_top - row / 2 - 3, c.fit(dim.name(c.lang), label_w - 16, size), size, t.text)
        thick = row * 0.72 / len(series)
        y = y_top - row * 0.14
        for i, (_, profile) in enumerate(series):
            y -= thick
            value = profile.scores.get(dim.key)
            if value is None:
                continue
            fill, stroke, dash = bar_style(c, i, HexColor(dim.colour))
            c.add(
                rect(
                    left,
                    y,
                    max(x_of(value) - left, 0.5),
                    thick - 0.8,
                    fillColor=fill,
                    strokeColor=stroke,
                    strokeWidth=0.8,
                    strokeDashArray=dash or None,
                )
            )
            c.text(x_of(value) + 3, y + thick / 2 - 2.8, shown[(dims_order[dim.key], i)], 7, t.text)
