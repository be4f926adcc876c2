"""Hostile input through the services: a clear sentence and nothing changed, in linear time."""

from __future__ import annotations

import math
import time
from datetime import datetime

import pytest

from coachdesk import errors
from coachdesk.core import validation as v


@pytest.fixture
def trajectory(practice):
    coachee = practice.coachees.create("Annelies")
    return practice.trajectories.create(coachee.id, "Leiderschap")


def _one_sentence(exc: errors.CoachDeskError) -> None:
    for lang in ("nl", "en"):
        text = exc.message(lang)
        assert text and "{" not in text and "Traceback" not in text and "\ud800" not in text


LONE = "Zo\ud83d"  # half of an emoji


@pytest.mark.parametrize("field", ["name", "notes", "organisation"])
def test_lone_surrogates_are_refused_with_a_sentence(practice, field):
    with pytest.raises(errors.TextEncodingError) as info:
        if field == "name":
            practice.coachees.create(LONE)
        else:
            practice.coachees.create("Bram", **{field: LONE})
    _one_sentence(info.value)
    assert practice.coachees.list() == []


def test_lone_surrogates_in_a_note(practice, trajectory):
    session = practice.sessions.create(trajectory.id, datetime(2026, 3, 3, 10))
    with pytest.raises(errors.TextEncodingError):
        practice.notes.save_draft(session.id, shared_notes=f"goed gesprek {LONE}")
    assert practice.sessions.get(session.id).shared_notes == ""


def test_a_name_of_only_zero_width_characters_is_empty(practice):
    for name in ("\u200b\u200b", "\ufeff", "\u200d\u2060 \u00ad", "\u3164"):
        with pytest.raises(errors.EmptyValueError):
            practice.coachees.create(name)
    assert practice.coachees.create("Zoë\u200d").name.startswith("Zoë")


@pytest.mark.parametrize("huge", [2**64, 2**63, -1, 10**30])
def test_ids_out_of_range_are_not_found_or_invalid(practice, trajectory, huge):
    with pytest.raises((errors.NotFoundError, errors.ValidationError)) as info:
        practice.sessions.create(huge, datetime(2026, 3, 3, 10))
    _one_sentence(info.value)
    with pytest.raises(errors.ValidationError) as info:
        practice.trajectories.update(trajectory.id, sponsor_id=huge)
    _one_sentence(info.value)
    with pytest.raises((errors.NotFoundError, errors.ValidationError)):
        practice.coachees.get(huge)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("contracted_sessions", 10**20),
        ("contracted_sessions", 1e300),
        ("contracted_hours", math.inf),
        ("contracted_hours", 1e300),
        ("contracted_hours", math.nan),
    ],
)
def test_numbers_too_large_are_refused(practice, trajectory, field, value):
    with pytest.raises(errors.ValidationError) as info:
        practice.trajectories.update(trajectory.id, **{field: value})
    _one_sentence(info.value)
    assert getattr(practice.trajectories.get(trajectory.id), field) is None


@pytest.mark.parametrize("minutes", [10**20, 1e300, math.inf, 24 * 60 + 1])
def test_durations_too_long_are_refused(practice, trajectory, minutes):
    with pytest.raises(errors.ValidationError) as info:
        practice.sessions.create(trajectory.id, datetime(2026, 3, 3, 10), duration_minutes=minutes)
    _one_sentence(info.value)
    assert practice.sessions.list(trajectory.id) == []


def test_a_date_at_the_end_of_time_is_refused(practice, trajectory):
    with pytest.raises(errors.DateRangeError) as info:
        practice.sessions.create(trajectory.id, datetime(9999, 12, 31, 10))
    _one_sentence(info.value)
    practice.sessions.create(trajectory.id, datetime(2199, 12, 31, 10))
    practice.sessions.new(trajectory.id)  # a week later still fits


def test_tag_validation_is_linear():
    def cost(n: int) -> float:
        tags = ",".join(f"tag{i}" for i in range(n))
        start = time.perf_counter()
        assert len(v.tag_list(v.tags(tags))) == n
        return time.perf_counter() - start

    cost(1000)
    small, large = cost(5_000), cost(50_000)
    assert large < small * 40  # quadratic would be ~100x; a ratio, not a clock
    assert v.tags("Loopbaan, loopbaan, LOOPBAAN, stress") == "Loopbaan, stress"
