from __future__ import annotations

from datetime import date, datetime

import pytest

from coachdesk import errors
from coachdesk.core.practice import Practice


@pytest.fixture
def trajectory(practice: Practice):
    coachee = practice.coachees.create("Bram Bakker")
    return practice.trajectories.create(coachee.id, "Leiderschap")


def test_move_goal_reorders_and_renumbers(practice: Practice, trajectory):
    ids = [practice.goals.create(trajectory.id, t).id for t in ("Een", "Twee", "Drie", "Vier")]
    moved = practice.goals.move(ids[3], 0)
    assert [g.title for g in moved] == ["Vier", "Een", "Twee", "Drie"]
    assert [g.title for g in practice.goals.list(trajectory.id)] == ["Vier", "Een", "Twee", "Drie"]
    assert [g.position for g in practice.goals.list(trajectory.id)] == [0, 1, 2, 3]
    practice.goals.move(ids[0], 99)  # clamped to the end
    assert [g.title for g in practice.goals.list(trajectory.id)] == ["Vier", "Twee", "Drie", "Een"]
    with pytest.raises(errors.NotFoundError):
        practice.goals.move(4242, 0)


def test_status_changes(practice: Practice, trajectory):
    g = practice.goals.create(trajectory.id, "Delegeren", success_criteria="Ik vraag hulp")
    assert practice.goals.set_status(g.id, "achieved").status == "achieved"
    assert practice.goals.set_status(g.id, "dropped").status == "dropped"
    with pytest.raises(errors.InvalidChoiceError) as info:
        practice.goals.set_status(g.id, "klaar")
    assert "open, achieved, dropped" in info.value.message("nl")
    assert practice.goals.get(g.id).status == "dropped"


def test_ratings_over_time_give_the_right_trend(practice: Practice, trajectory):
    g = practice.goals.create(trajectory.id, "Grenzen aangeven")
    session = practice.sessions.create(trajectory.id, datetime(2026, 2, 1, 10))
    # Entered out of order; one from a session, the others on their own.
    practice.goals.rate(g.id, 6, date(2026, 3, 1), comment="Lukt steeds vaker")
    practice.goals.rate(g.id, 2, date(2026, 1, 1))
    practice.goals.rate(g.id, 4, date(2026, 1, 31), session_id=session.id)
    progress = practice.goals.progress(g.id)
    assert [r.value for r in progress.ratings] == [2, 4, 6]
    assert progress.ratings[1].session_id == session.id
    assert progress.ratings[2].comment == "Lukt steeds vaker"
    assert (progress.first, progress.latest, progress.trend, progress.change) == (2, 6, 2, 4)
    assert progress.direction == "up"
    assert progress.slope_per_month == pytest.approx(2.0, abs=0.1)
    practice.goals.rate(g.id, 3.5, date(2026, 3, 15))
    progress = practice.goals.list_progress(trajectory.id)[0]
    assert progress.trend == -2.5 and progress.direction == "down" and progress.change == 1.5


def test_trend_needs_two_ratings_on_different_days(practice: Practice, trajectory):
    g = practice.goals.create(trajectory.id, "Rust")
    empty = practice.goals.progress(g.id)
    assert (empty.first, empty.latest, empty.trend, empty.slope_per_month) == (None,) * 4
    assert empty.direction == "flat"
    practice.goals.rate(g.id, 5, date(2026, 1, 1))
    practice.goals.rate(g.id, 5, date(2026, 1, 1))
    same_day = practice.goals.progress(g.id)
    assert same_day.trend == 0 and same_day.slope_per_month is None
    assert same_day.direction == "flat"


def test_rating_from_a_session_of_another_trajectory_is_refused(practice: Practice, trajectory):
    g = practice.goals.create(trajectory.id, "X")
    other = practice.trajectories.create(trajectory.coachee_id, "Ander")
    s = practice.sessions.create(other.id, datetime(2026, 2, 1, 10))
    with pytest.raises(errors.ValidationError):
        practice.goals.rate(g.id, 5, session_id=s.id)
    for bad in (-1, 10.5, float("nan")):
        with pytest.raises(errors.RatingOutOfRangeError):
            practice.goals.rate(g.id, bad)
    assert practice.goals.ratings(g.id) == []


def test_reorder_goals_takes_the_whole_order(practice: Practice, trajectory):
    a, b, c = (practice.goals.create(trajectory.id, t).id for t in ("A", "B", "C"))
    practice.goals.reorder(trajectory.id, [c, a, b])
    assert [g.title for g in practice.goals.list(trajectory.id)] == ["C", "A", "B"]
    with pytest.raises(errors.ValidationError):
        practice.goals.reorder(trajectory.id, [c, a])
    assert [g.title for g in practice.goals.list(trajectory.id)] == ["C", "A", "B"]
