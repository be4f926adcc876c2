"""The profile charts per kind (energy bars with wheel, paired bars, ranked bars, radar, bipolar)."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing

from coachdesk.core.formatting import short_date
from coachdesk.core.instrument_types import Instrument
from coachdesk.core.records import Profile
from coachdesk.i18n import tr
from coachdesk.report import chart_bars, chart_radar
from coachdesk.report.chart_kit import Canvas
from coachdesk.report.chart_series import Series


def draw(c: Canvas, instrument: Instrument, profiles: list[Profile]) -> Drawing:
    series = _series(c, instrument, profiles)
    _header(c, instrument, profiles)
    if not profiles:
        return c.centred_message(tr("chart.no_profile", c.lang))
    kind = {
        "energy_bars": chart_bars.energy_bars,
        "paired_bars": chart_bars.paired_bars,
        "ranked_bars": chart_bars.ranked_bars,
        "radar": chart_radar.radar,
        "bipolar": chart_radar.bipolar,
    }[instrument.chart]
    kind(c, instrument, series)
    return c.drawing


def _series(c: Canvas, instrument: Instrument, profiles: list[Profile]) -> Series:
    dates = {p.result.taken_on for p in profiles}
    out = []
    for p in profiles:
        name = instrument.variant_name(p.result.variant, c.lang) if p.result.variant else ""
        if len(dates) > 1:
            day = short_date(p.result.taken_on, c.lang, weekday=False)
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
        day = short_date(dates[0], c.lang, weekday=False)
        c.text(8 + c.width_of(title, 10, True) + 8, c.height - 15, day, 8, c.t.muted)
        right = min(right, c.width)
    c.text(8, c.height - 15, c.fit(title, right - 8, 10, True), 10, c.t.text, strong=True)
