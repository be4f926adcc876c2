"""Line charts of profiles: radar for multi-dimension instruments, bipolar preferences."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Line, Polygon

from coachdesk.core.formatting import number
from coachdesk.core.instrument_types import Dimension, Instrument
from coachdesk.i18n import tr
from coachdesk.report.chart_kit import Anchor, Canvas, mix, rect
from coachdesk.report.chart_series import (
    Series,
    dash,
    line_legend,
    range_of,
    series_colour,
    top_of,
)


def radar(c: Canvas, instrument: Instrument, series: Series) -> None:
    line_legend(c, series)
    t = c.t
    dims = instrument.dimensions
    lo, hi = range_of(instrument)
    top = top_of(c, series)
    r = max(20.0, min((top - 50) / 2, c.width / 2 - 110))
    cx, cy = c.width / 2, 26 + r

    def point(i: int, fraction: float) -> tuple[float, float]:
        angle = math.radians(90 - i * 360 / len(dims))
        return cx + r * fraction * math.cos(angle), cy + r * fraction * math.sin(angle)

    def ring(fraction: float) -> list[float]:
        return [v for i in range(len(dims)) for v in point(i, fraction)]

    for n in range(1, 5):
        c.add(Polygon(ring(n / 4), fillColor=None, strokeColor=t.grid, strokeWidth=0.6))
    for i in range(len(dims)):
        x, y = point(i, 1)
        c.add(Line(cx, cy, x, y, strokeColor=t.grid, strokeWidth=0.6))
    # Scale values along the middle of the first sector, clear of the axis labels.
    half = math.radians(90 - 180 / len(dims))
    for n in range(1, 5):
        f = n / 4 * math.cos(math.pi / len(dims))
        x, y = cx + r * f * math.cos(half), cy + r * f * math.sin(half)
        c.text(x + 2, y + 2, number(lo + (hi - lo) * n / 4, c.lang), 6.5, t.muted)
    if instrument.reference is not None and lo < instrument.reference < hi:
        f = (instrument.reference - lo) / (hi - lo)
        c.add(Polygon(ring(f), fillColor=None, strokeColor=t.axis, strokeDashArray=[3, 2]))
        name = tr("chart.reference", c.lang, value=number(instrument.reference, c.lang))

        def norm(x: float, y: float) -> None:
            c.add(rect(x, y, 10, 8, fillColor=None, strokeColor=t.axis, strokeDashArray=[3, 2]))

        c.legend(8, 6, [(name, norm)], size=7.5)  # the dashed polygon explained
    for i, (_, profile) in enumerate(series):
        colour = series_colour(c, i)
        pts: list[float] = []
        for d, dim in enumerate(dims):
            pts += point(d, dim.fraction(profile.scores.get(dim.key, dim.min)))
        fill = mix(colour, t.background, 0.22) if i == 0 else None
        c.add(
            Polygon(
                pts,
                fillColor=fill,
                strokeColor=colour,
                strokeWidth=1.8,
                # None (solid) is valid; types-reportlab leaves it out.
                strokeDashArray=dash(i),  # type: ignore[arg-type]
            )
        )
        for k in range(0, len(pts), 2):
            c.add(Circle(pts[k], pts[k + 1], 2.2, fillColor=colour, strokeColor=None))
    for d, dim in enumerate(dims):
        _radar_label(c, instrument, dim, series, point(d, 1), (cx, cy))


def _radar_label(
    c: Canvas,
    instrument: Instrument,
    dim: Dimension,
    series: Series,
    at: tuple[float, float],
    centre: tuple[float, float],
) -> None:
    x, y = at
    dx, dy = x - centre[0], y - centre[1]
    length = math.hypot(dx, dy) or 1
    ux, uy = dx / length, dy / length
    anchor: Anchor = "start" if ux > 0.3 else "end" if ux < -0.3 else "middle"
    x += ux * 8
    y += uy * 8 + (4 if uy > 0.3 else -9 if uy < -0.3 else -2)
    values = " / ".join(
        number(p.scores[dim.key], c.lang, instrument.decimals)
        for _, p in series
        if dim.key in p.scores
    )
    if anchor == "start":
        room = c.width - x - 4
    elif anchor == "end":
        room = x - 4
    else:
        room = 2 * min(x, c.width - x) - 8
    c.text(x, y, c.fit(dim.name(c.lang), room, 8, True), 8, c.t.text, anchor, strong=True)
    c.text(x, y - 9, values, 7.5, c.t.muted, anchor)


# --- bipolar preferences ----------------------------------------------------------------


def bipolar(c: Canvas, instrument: Instrument, series: Series) -> None:
    line_legend(c, series)
    t = c.t
    dims = instrument.dimensions
    side = min(c.width * 0.25, 110)
    left, right = side + 10, c.width - side - 10
    centre = (left + right) / 2
    bottom, top = 22.0, top_of(c, series) - 4
    row = (top - bottom) / len(dims)
    lead = series[0][1].scores
    for tick in (-1, -0.5, 0, 0.5, 1):
        x = centre + (right - centre) * tick
        colour = t.axis if tick == 0 else t.grid
        c.add(Line(x, bottom, x, top, strokeColor=colour, strokeWidth=0.6))
    reach = max(max(abs(d.min), abs(d.max)) for d in dims) or 1
    for tick in (-1, -0.5, 0, 0.5, 1):
        x = centre + (right - centre) * tick
        c.text(x, bottom - 10, number(abs(tick * reach), c.lang), 7, t.muted, "middle")
    for n, dim in enumerate(dims):
        mid = top - (n + 0.5) * row
        poles = dim.poles
        score = lead.get(dim.key, 0.0)
        if poles is not None:
            sides: tuple[tuple[float, Anchor], ...] = ((left - 8, "end"), (right + 8, "start"))
            for side_i, (x, anchor) in enumerate(sides):
                pole = poles[side_i]
                preferred = (score < 0) == (side_i == 0) and score != 0
                colour = t.text if preferred else t.muted
                text = c.fit(f"{pole.letter}  {pole.name(c.lang)}", side - 8, 8, preferred)
                if anchor == "end":
                    text = c.fit(f"{pole.name(c.lang)}  {pole.letter}", side - 8, 8, preferred)
                c.text(x, mid - 3, text, 8, colour, anchor, strong=preferred)
        thick = min(12.0, row * 0.6 / len(series))
        y = mid + thick * len(series) / 2
        for i, (_, profile) in enumerate(series):
            y -= thick
            value = profile.scores.get(dim.key)
            if value is None:
                continue
            x = centre + (right - centre) * value / reach
            colour = series_colour(c, i)
            fill = colour if i == 0 else mix(colour, t.background, 0.45)
            c.add(
                rect(
                    min(centre, x),
                    y + 0.6,
                    max(abs(x - centre), 0.8),
                    thick - 1.2,
                    fillColor=fill,
                    strokeColor=colour if i else None,
                    strokeWidth=0.8,
                )
            )
            label = number(abs(value), c.lang, instrument.decimals)
            anchor = "start" if value >= 0 else "end"
            c.text(x + (3 if value >= 0 else -3), y + thick / 2 - 2.6, label, 7, t.text, anchor)
