"""The charts of CoachDesk, drawn once for the window (as SVG) and the PDF.

    goal_progress_chart(progress, lang="nl", width=420, height=180, dark=False) -> Drawing
    profile_chart(instrument, profiles, lang="nl", width=420, height=220, dark=False) -> Drawing
    to_svg(drawing) -> bytes

Every string names the embedded TTF family of report/fonts.py. A Drawing goes
into a PDF as a flowable (``story.append(drawing)``) or through
``renderPDF.draw(drawing, canvas, x, y)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine

from coachdesk.core.formatting import short_date
from coachdesk.core.instrument_types import Instrument
from coachdesk.core.records import GoalProgress, Profile
from coachdesk.i18n import Lang, tr
from coachdesk.report import profile_charts
from coachdesk.report.chart_kit import Anchor, Canvas
from coachdesk.report.fonts import BOLD, BOLD_ITALIC, DISPLAY_NAME, FAMILY, ITALIC, MONO
from coachdesk.report.numbers import consistent, signed

__all__ = ["goal_progress_chart", "profile_chart", "to_svg"]


def goal_progress_chart(
    progress: GoalProgress,
    *,
    lang: Lang = "nl",
    width: float = 420,
    height: float = 180,
    dark: bool = False,
) -> Drawing:
    """The ratings (0-10) of one goal over time: first and latest marked, the trend
    dashed (with a legend). One rating needs less room: give it a lower ``height``."""
    c = Canvas(width, height, dark, lang)
    t = c.t
    ratings = progress.ratings
    values = consistent([r.value for r in ratings], lang)  # "5,0" beside "5,1"
    # Header: title left, latest value and change right.
    summary = ""
    if ratings:
        summary = tr("chart.latest", lang, value=values[-1])
    trend = progress.trend
    trend_text, trend_colour = "", t.muted
    if trend is not None:
        delta = signed(trend, lang)
        if progress.direction == "up":
            trend_text, trend_colour = tr("chart.trend_up", lang, delta=delta), t.up
        elif progress.direction == "down":
            trend_text, trend_colour = tr("chart.trend_down", lang, delta=delta), t.down
        else:
            trend_text = tr("chart.trend_flat", lang)
    right = width - 8
    needed = c.width_of(trend_text, 8.5, True) + c.width_of(summary, 8.5, True) + 18
    # A long title keeps the first line; latest and change then go to the second.
    fits = c.width_of(progress.goal.title, 10, True) + needed <= width - 16
    row = height - 15 if fits else height - 28
    if trend_text:
        c.text(right, row, trend_text, 8.5, trend_colour, "end", strong=True)
        right -= c.width_of(trend_text, 8.5, True) + 8
    if summary:
        c.text(right, row, summary, 8.5, t.text, "end", strong=True)
        right -= c.width_of(summary, 8.5, True) + 10
    title_room = (right if row == height - 15 else width - 8) - 8
    c.text(
        8, height - 15, c.fit(progress.goal.title, title_room, 10, True), 10, t.text, strong=True
    )
    subtitle_room = (right if row == height - 28 else width - 8) - 8
    if not ratings:
        return c.centred_message(tr("chart.no_ratings", lang))
    first_day, last_day = ratings[0].rated_on, ratings[-1].rated_on
    count = (
        tr("chart.one_rating", lang)
        if len(ratings) == 1
        else tr("chart.ratings", lang, count=len(ratings))
    )
    span = short_date(first_day, lang, weekday=False)
    if last_day != first_day:
        same_year = first_day.year == last_day.year
        span = f"{short_date(first_day, lang, weekday=False, year=not same_year)} – " + (
            short_date(last_day, lang, weekday=False)
        )
    slope = progress.slope_per_month
    if slope is not None:  # the dashed line explained: end of the subtitle row, if free
        name = tr("chart.trend_line", lang)
        x = width - 8 - c.width_of(name, 7.5)
        y = height - 28 if row == height - 15 else height - 46
        c.text(x, y, name, 7.5, t.muted)
        line = Line(x - 20, y + 2.5, x - 5, y + 2.5, strokeColor=t.axis, strokeWidth=1)
        line.strokeDashArray = [4, 3]
        c.add(line)
        if row == height - 15:
            subtitle_room = min(subtitle_room, x - 30)
    c.text(8, height - 28, c.fit(f"{count} · {span}", subtitle_room, 7.5), 7.5, t.muted)

    left, bottom, top, plot_right = 26.0, 20.0, height - 38.0, width - 14.0
    pad = 8.0

    def y_of(value: float) -> float:
        return bottom + (top - bottom) * value / 10.0

    days = max((last_day - first_day).days, 0)

    def x_of(day: date) -> float:
        if days == 0:
            return (left + plot_right) / 2
        return left + pad + (plot_right - left - 2 * pad) * (day - first_day).days / days

    step = 2 if top - bottom >= 90 else 5 if top - bottom >= 36 else 10
    for value in range(0, 11, step):
        y = y_of(value)
        c.hline(left, plot_right, y, t.axis if value == 0 else t.grid, 0.8 if value == 0 else 0.5)
        c.text(left - 4, y - 2.5, str(value), 7, t.muted, "end")
    _date_ticks(c, [r.rated_on for r in ratings], x_of, bottom - 11)

    # The least-squares trend over all ratings, dashed and quiet.
    if slope is not None:
        xs = [(r.rated_on - first_day).days for r in ratings]
        mean_x = sum(xs) / len(xs)
        mean_y = sum(r.value for r in ratings) / len(ratings)
        per_day = slope / 30

        def at(d: int) -> float:
            return max(0.0, min(10.0, mean_y + per_day * (d - mean_x)))

        c.add(
            Line(
                x_of(first_day),
                y_of(at(0)),
                x_of(last_day),
                y_of(at(days)),
                strokeColor=t.axis,
                strokeWidth=1,
                strokeDashArray=[4, 3],
            )
        )
    points: list[float] = []
    for r in ratings:
        points += [x_of(r.rated_on), y_of(r.value)]
    if len(ratings) > 1:
        c.add(PolyLine(points, strokeColor=t.accent, strokeWidth=2, strokeLineJoin=1))
    for r in ratings[1:-1]:
        c.add(Circle(x_of(r.rated_on), y_of(r.value), 2.4, fillColor=t.accent, strokeColor=None))
    first, last = ratings[0], ratings[-1]
    if len(ratings) > 1:
        fx, fy = x_of(first.rated_on), y_of(first.value)
        c.add(Circle(fx, fy, 4, fillColor=t.background, strokeColor=t.accent, strokeWidth=1.8))
        label = tr("chart.first", lang, value=values[0])
        _point_label(c, fx, fy, first.value, label, "start")
    lx, ly = x_of(last.rated_on), y_of(last.value)
    c.add(Circle(lx, ly, 4.6, fillColor=t.accent, strokeColor=t.background, strokeWidth=1.2))
    label = tr("chart.latest", lang, value=values[-1])
    _point_label(c, lx, ly, last.value, label, "end" if len(ratings) > 1 else "middle")
    return c.drawing


def _point_label(c: Canvas, x: float, y: float, value: float, text: str, anchor: Anchor) -> None:
    dy = 8 if value <= 7.5 else -14
    c.text(x, y + dy, text, 7.5, c.t.text, anchor)


def _date_ticks(c: Canvas, days: list[date], x_of: Callable[[date], float], y: float) -> None:
    """Date labels under the plot, as many as fit without overlapping (first and last kept)."""
    unique = sorted(set(days))
    placed: list[tuple[float, float, date]] = []
    candidates = [unique[-1], unique[0], *unique[1:-1]] if len(unique) > 1 else unique
    for day in candidates:
        text = short_date(day, c.lang, weekday=False, year=False)
        half = c.width_of(text, 7) / 2 + 4
        x = x_of(day)
        if all(abs(x - px) >= half + ph for px, ph, _ in placed):
            placed.append((x, half, day))
    for x, _, day in placed:
        c.add(Line(x, y + 8, x, y + 11, strokeColor=c.t.axis, strokeWidth=0.6))
        anchor: Anchor = "middle"
        c.text(x, y, short_date(day, c.lang, weekday=False, year=False), 7, c.t.muted, anchor)


def profile_chart(
    instrument: Instrument,
    profiles: Sequence[Profile],
    *,
    lang: Lang = "nl",
    width: float = 420,
    height: float = 220,
    dark: bool = False,
) -> Drawing:
    """The chart that fits the instrument, for one or more results of it.

    ``profiles`` are the results to show together: the variants of one date
    (conscious / less conscious) or the same variant on two dates to compare.
    energy_bars: bars per energy with the wheel position; paired_bars: a bar per
    result side by side; ranked_bars: horizontal bars by rank; radar: one outline
    per result; bipolar: preference bars from the middle with the type letters.
    """
    c = Canvas(width, height, dark, lang)
    shown = [p for p in profiles if p.result.instrument_key == instrument.key]
    return profile_charts.draw(c, instrument, shown)


_FACES = (
    (BOLD_ITALIC, f"'{DISPLAY_NAME}', sans-serif", "font-weight: bold; font-style: italic"),
    (ITALIC, f"'{DISPLAY_NAME}', sans-serif", "font-style: italic"),
    (BOLD, f"'{DISPLAY_NAME}', sans-serif", "font-weight: bold"),
    (MONO, f"'Noto Sans Mono', '{DISPLAY_NAME}', monospace", ""),
    ("NotoSansSymbols2", f"'Noto Sans Symbols 2', '{DISPLAY_NAME}', sans-serif", ""),
    ("NotoSansSymbols", f"'Noto Sans Symbols', '{DISPLAY_NAME}', sans-serif", ""),
    (FAMILY, f"'{DISPLAY_NAME}', sans-serif", ""),
)


def to_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG (UTF-8) for QSvgWidget, with the font named as a family.

    reportlab writes the face name ("NotoSans-Bold"); SVG viewers need the
    family ("Noto Sans") plus weight and style.
    """
    svg = renderSVG.drawToString(drawing)
    # reportlab writes "fill: None" for polylines; SVG viewers (QtSvg) want "none".
    svg = svg.replace(": None;", ": none;")
    for face, families, style in _FACES:  # the symbol fallbacks hold ▲ ▼ and the minus
        family = f"font-family: {families};" + (f" {style};" if style else "")
        svg = re.sub(rf"font-family: {re.escape(face)};", family, svg)
    return svg.encode("utf-8")
