"""The PDF uses the charts of issue 5 when they exist (here: stand-ins with its contract)."""

from __future__ import annotations

import sys
import types
from types import SimpleNamespace

from reportlab.graphics.shapes import Drawing, Rect, String

from coachdesk.report.fonts import register_fonts
from coachdesk.report.trajectory_pdf import render_trajectory_pdf
from tests.report.pdf_helpers import NOW, fonts_of, is_embedded, make_trajectory, text_of


def _fake_modules(monkeypatch, calls: list[tuple]) -> None:
    family = register_fonts()

    def goal_progress_chart(progress, *, lang="nl", width=420, height=180, dark=False):
        calls.append(("goal", progress.goal.title, lang, width, height))
        d = Drawing(width, height)
        d.add(Rect(0, 0, width, height, fillColor=None))
        d.add(
            String(4, 4, f"GRAFIEK {progress.goal.title} {len(progress.ratings)}", fontName=family)
        )
        return d

    def profile_chart(instrument, profiles, *, lang="nl", width=420, height=220, dark=False):
        calls.append(("profile", instrument.key, len(profiles), lang))
        d = Drawing(width, height)
        d.add(String(4, 4, f"PROFIEL {instrument.key}", fontName=family))
        return d

    charts = types.ModuleType("coachdesk.report.charts")
    charts.goal_progress_chart = goal_progress_chart
    charts.profile_chart = profile_chart
    instruments = types.ModuleType("coachdesk.core.instruments")
    instruments.get_instrument = lambda key: SimpleNamespace(
        key=key, name={"nl": "Kleurenenergieën", "en": "Colour energies"}
    )
    monkeypatch.setitem(sys.modules, "coachdesk.report.charts", charts)
    monkeypatch.setitem(sys.modules, "coachdesk.core.instruments", instruments)


def test_goal_and_profile_charts_are_drawn_with_embedded_fonts(practice, monkeypatch):
    calls: list[tuple] = []
    _fake_modules(monkeypatch, calls)
    tid = make_trajectory(practice, sessions=4)
    data = render_trajectory_pdf(practice, tid, lang="en", now=NOW).data
    text = text_of(data)
    assert "GRAFIEK Grenzen stellen 2" in text and "PROFIEL colour_energies" in text
    assert "Colour energies" in text and "Rating (0–10)" not in text  # no fallback table
    assert ("goal", "Grenzen stellen", "en", 459, 180) in calls
    assert ("profile", "colour_energies", 1, "en") in calls
    assert all(is_embedded(f) for f in fonts_of(data))
