"""The PDF embeds the same charts the window shows (report/charts.py), in embedded fonts."""

from __future__ import annotations

from coachdesk.report.trajectory_pdf import render_trajectory_pdf
from tests.report.pdf_helpers import NOW, fonts_of, is_embedded, make_trajectory, text_of


def test_goal_and_profile_charts_are_drawn_with_embedded_fonts(practice, monkeypatch):
    from coachdesk.report import charts

    calls: list[tuple] = []
    goal_chart, profile_chart = charts.goal_progress_chart, charts.profile_chart

    def spy_goal(progress, **kw):
        calls.append(("goal", progress.goal.title, kw["lang"]))
        return goal_chart(progress, **kw)

    def spy_profile(instrument, profiles, **kw):
        calls.append(("profile", instrument.key, len(profiles), kw["lang"]))
        return profile_chart(instrument, profiles, **kw)

    monkeypatch.setattr(charts, "goal_progress_chart", spy_goal)
    monkeypatch.setattr(charts, "profile_chart", spy_profile)
    tid = make_trajectory(practice, sessions=4)
    data = render_trajectory_pdf(practice, tid, lang="en", now=NOW).data
    text = text_of(data)
    assert ("goal", "Grenzen stellen", "en") in calls
    assert any(c[0] == "profile" and c[1] == "colour_energies" for c in calls)
    assert "Colour energies" in text  # the instrument's own English name
    fonts = fonts_of(data)
    assert fonts and all(is_embedded(f) for f in fonts)
