"""The profile charts per kind (energy bars with wheel, paired bars, ranked bars, radar, bipolar)."""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, Wedge
from reportlab.lib.colors import Color, HexColor

from coachdesk.core.i18n import tr
from coachdesk.core.instrument_types import Dimension, Instrument
from coachdesk.core.records import Profile
from coachdesk.report.chart_kit import Canvas, mix, number, short_date

Series = list[tuple[str, Profile]]


def draw(c: Canvas, instrument: Instrument, profiles: list[Profile]) -> Drawing:
    series = _series(c, instrument, profiles)
    _header(c, instrument, profiles)
    if not profiles:
        return c.centred_message(tr("chart.no_profile", c.lang))
    kind = {
        "energy_bars": _energy_bars,
        "paired_bars": _paired_bars,
        "ranked_bars": _ranked_bars,
        "radar": _radar,
        "bipolar": _bipolar,
    }[instrument.chart]
    kind(c, instrument, series)
    return c.drawing


# --- header, series, legend --------------------------------------------------


def _series(c: Canvas, instrument: Instrument, profiles: list[Profile]) -> Series:
    dates = {p.result.taken_on for p in profiles}
    out = []
    for p in profiles:
        name = instrument.variant_name(p.result.variant, c.lang) if p.result.variant else ""
        if len(dates) > 1:
            day = short_date(p.result.taken_on, c.lang, year=True)
            name = f"{name} · {day}" if name else day
        out.append((name or instrument.name(c.lang), p))
    return out


def _header(c: Canvas, instrument: Instrument, profiles: list[Profile]) -> None:
    title = instrument.name(c.lang)
    dates = sorted({p.result.taken_on for p in profiles})
    right = c.width - 8
    if instrument.chart == "bipolar" and profiles:
        first = profiles[0]
        letters = first.result.label or instrument.type_letters(first.scores)
        if letters:
            text = tr("chart.type", c.lang, letters=letters)
            c.text(right, c.height - 15, text, 10, c.t.text, "end", strong=True)
            right -= c.width_of(text, 10, True) + 10
    if len(dates) == 1:
        day = short_date(dates[0], c.lang, year=True)
        c.text(8 + c.width_of(title, 10, True) + 8, c.height - 15, day, 8, c.t.muted)
        right = min(right, c.width)
    c.text(8, c.height - 15, c.fit(title, right - 8, 10, True), 10, c.t.text, strong=True)


def _bar_style(c: Canvas, index: int, colour: Color) -> tuple[Color, Color | None, list[float]]:
    """(fill, stroke, dash) of the bars of the ``index``-th result: solid, light, dark, open."""
    bg = c.t.background
    styles = (
        (colour, None, []),
        (mix(colour, bg, 0.5 if c.t.dark else 0.38), colour, []),
        (mix(colour, HexColor("#000000"), 0.6), None, []),
        (bg, colour, [2, 1.5]),
    )
    return styles[index % len(styles)]


def _bar_legend(c: Canvas, series: Series) -> None:
    if len(series) < 2:
        return
    neutral = c.t.muted

    def swatch(i: int) -> Callable[[float, float], None]:
        fill, stroke, dash = _bar_style(c, i, neutral)

        def draw(x: float, y: float) -> None:
            c.add(
                Rect(
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


def _line_legend(c: Canvas, series: Series) -> None:
    if len(series) < 2:
        return

    def swatch(i: int) -> Callable[[float, float], None]:
        def draw(x: float, y: float) -> None:
            colour = _series_colour(c, i)
            c.add(
                Line(
                    x,
                    y + 4,
                    x + 10,
                    y + 4,
                    strokeColor=colour,
                    strokeWidth=2.2,
                    strokeDashArray=_dash(i),
                )
            )

        return draw

    c.legend(8, c.height - 31, [(name, swatch(i)) for i, (name, _) in enumerate(series)])


def _series_colour(c: Canvas, i: int) -> Color:
    return c.t.series[i % len(c.t.series)]


def _dash(i: int) -> list[float] | None:
    return (None, [5, 2], [2, 2], [6, 2, 2, 2])[i % 4]


def _ticks(lo: float, hi: float, most: int = 6) -> list[float]:
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


def _range(instrument: Instrument) -> tuple[float, float]:
    return min(d.min for d in instrument.dimensions), max(d.max for d in instrument.dimensions)


def _top(c: Canvas, series: Series) -> float:
    return c.height - (44 if len(series) > 1 else 30)


# --- vertical bars: colour energies and paired variants ----------------------


def _bars(c: Canvas, instrument: Instrument, series: Series, left: float, right: float) -> None:
    t = c.t
    lo, hi = _range(instrument)
    base = 0.0 if lo <= 0 <= hi else lo
    bottom, top = 30.0, _top(c, series) - 12

    def y_of(v: float) -> float:
        return bottom + (top - bottom) * (v - lo) / (hi - lo)

    for tick in _ticks(lo, hi):
        c.hline(left, right, y_of(tick), t.axis if tick == base else t.grid, 0.5)
        c.text(left - 4, y_of(tick) - 2.5, number(tick, c.lang), 7, t.muted, "end")
    dims = instrument.dimensions
    group = (right - left) / len(dims)
    bar = min(30.0, group * 0.8 / len(series))
    for g, dim in enumerate(dims):
        centre = left + group * (g + 0.5)
        x = centre - bar * len(series) / 2
        for i, (_, profile) in enumerate(series):
            value = profile.scores.get(dim.key)
            if value is not None:
                fill, stroke, dash = _bar_style(c, i, HexColor(dim.colour))
                y0, y1 = y_of(base), y_of(value)
                c.add(
                    Rect(
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
                label = number(value, c.lang, instrument.decimals)
                c.text(x + bar / 2, max(y0, y1) + 2.5, label, size, t.text, "middle")
            x += bar
        lines = c.wrap(dim.name(c.lang), group - 4, 7.5)
        for n, line in enumerate(lines):
            c.text(centre, bottom - 11 - n * 9, line, 7.5, t.text, "middle")


def _paired_bars(c: Canvas, instrument: Instrument, series: Series) -> None:
    _bar_legend(c, series)
    _bars(c, instrument, series, 30, c.width - 10)


def _energy_bars(c: Canvas, instrument: Instrument, series: Series) -> None:
    _bar_legend(c, series)
    if instrument.labels is None:
        _bars(c, instrument, series, 30, c.width - 10)
        return
    wheel = min(c.width * 0.36, _top(c, series) - 20)
    _bars(c, instrument, series, 30, c.width - wheel - 18)
    _wheel(c, instrument, series, c.width - wheel - 6, wheel)


def _wheel(c: Canvas, instrument: Instrument, series: Series, x0: float, size: float) -> None:
    labels = instrument.labels
    assert labels is not None
    t = c.t
    named = [(name, p) for name, p in series if p.result.label]
    caption = 10.0 * len(named) + 12
    r = min(size / 2, (_top(c, series) - 8 - caption) / 2)
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
        option = labels.option(profile.result.label)
        text = option.name(c.lang) if option else profile.result.label
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
        c.add(Rect(x - 3, y - 3, 6, 6, fillColor=ink, strokeColor=bg, strokeWidth=1))


def _average(colours: list[Color]) -> Color:
    n = len(colours)
    return Color(
        sum(x.red for x in colours) / n,
        sum(x.green for x in colours) / n,
        sum(x.blue for x in colours) / n,
    )


# --- horizontal ranked bars (team roles) ----------------------------------------


def _ranked_bars(c: Canvas, instrument: Instrument, series: Series) -> None:
    _bar_legend(c, series)
    t = c.t
    lead = series[0][1].scores
    ranks = instrument.ranks(lead)
    dims = sorted(
        instrument.dimensions, key=lambda d: (ranks.get(d.key, 99), instrument.dimensions.index(d))
    )
    lo, hi = _range(instrument)
    label_w = min(c.width * 0.36, 150)
    left, right, bottom, top = label_w + 12, c.width - 30, 18.0, _top(c, series) - 4
    row = (top - bottom) / len(dims)

    def x_of(v: float) -> float:
        return left + (right - left) * (v - lo) / (hi - lo)

    for tick in _ticks(lo, hi):
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
            fill, stroke, dash = _bar_style(c, i, HexColor(dim.colour))
            c.add(
                Rect(
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
            label = number(value, c.lang, instrument.decimals)
            c.text(x_of(value) + 3, y + thick / 2 - 2.8, label, 7, t.text)


# --- radar -------------------------------------------------------------------------


def _radar(c: Canvas, instrument: Instrument, series: Series) -> None:
    _line_legend(c, series)
    t = c.t
    dims = instrument.dimensions
    lo, hi = _range(instrument)
    top = _top(c, series)
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
    for i, (_, profile) in enumerate(series):
        colour = _series_colour(c, i)
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
                strokeDashArray=_dash(i),
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
    anchor = "start" if ux > 0.3 else "end" if ux < -0.3 else "middle"
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


def _bipolar(c: Canvas, instrument: Instrument, series: Series) -> None:
    _line_legend(c, series)
    t = c.t
    dims = instrument.dimensions
    side = min(c.width * 0.25, 110)
    left, right = side + 10, c.width - side - 10
    centre = (left + right) / 2
    bottom, top = 22.0, _top(c, series) - 4
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
            for side_i, (x, anchor) in enumerate(((left - 8, "end"), (right + 8, "start"))):
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
            colour = _series_colour(c, i)
            fill = colour if i == 0 else mix(colour, t.background, 0.45)
            c.add(
                Rect(
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
