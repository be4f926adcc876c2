"""The scaling questions and rating comments as a section the coach can choose
(issue 16, part 2)."""

from __future__ import annotations

from datetime import date

import pytest

from coachdesk.report import SECTIONS
from coachdesk.report.trajectory_pdf import parse_sections, render_trajectory_pdf
from tests.report.pdf_helpers import NOW, flat, make_trajectory, text_of
from tests.report.ua_helpers import pdfua_errors


def _with_scales(practice) -> int:
    tid = make_trajectory(practice, sessions=3)
    sessions = practice.sessions.list(tid)
    practice.sessions.update(sessions[0].id, scale_progress=4, scale_motivation=8)
    practice.sessions.update(sessions[2].id, scale_progress=7, scale_confidence=6)
    goal = practice.goals.list(tid)[0]
    practice.goals.rate(goal.id, 6, rated_on=date(2025, 2, 3), comment="Zei twee keer nee.")
    return tid


def test_scaling_is_a_section_option():
    assert "scaling" in SECTIONS
    assert parse_sections("goals,scaling") == ("goals", "scaling")


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", ("Schaalvragen en toelichting bij scores", "Motivatie", "niet gevraagd")),
        ("en", ("Scaling questions and rating comments", "Motivation", "not asked")),
    ],
)
def test_the_section_prints_the_answers_and_the_comments(practice, lang, words):
    tid = _with_scales(practice)
    data = render_trajectory_pdf(practice, tid, lang=lang, sections="scaling", now=NOW).data
    text = flat(text_of(data))
    for word in words:
        assert word in text
    assert "Zei twee keer nee." in text and "Grenzen stellen" in text
    row = "1 6 jan 2025 4 8" if lang == "nl" else "1 6 Jan 2025 4 8"
    assert row in text  # session 1: progress 4, motivation 8, confidence not asked
    assert pdfua_errors(data) == []


def test_nothing_recorded_means_no_section_and_other_sections_leave_it_out(practice):
    tid = make_trajectory(practice, sessions=2)
    empty = text_of(render_trajectory_pdf(practice, tid, now=NOW).data)
    assert "Schaalvragen" not in empty
    tid = _with_scales(practice)
    without = render_trajectory_pdf(practice, tid, sections="goals,sessions", now=NOW).data
    assert "Schaalvragen" not in text_of(without)
