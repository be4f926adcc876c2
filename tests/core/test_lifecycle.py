"""The coach's loop: plan, hold, cancel, no-show, remove a session; close a trajectory."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coachdesk import errors


@pytest.fixture
def trajectory(practice):
    c = practice.coachees.create("Annelies de Boer")
    return practice.trajectories.create(
        c.id,
        "Leiderschap",
        contracted_sessions=6,
        contracted_hours=6,
        start_date=date.today() - timedelta(days=60),
        status="active",
    )


def _used(practice, trajectory_id: int) -> tuple[int, float]:
    o = practice.trajectories.overview(trajectory_id)
    return o.sessions_used, o.hours_used


def test_cancelled_sessions_never_count_no_shows_do_unless_not_charged(practice, trajectory):
    past = datetime.now().replace(microsecond=0) - timedelta(days=7)
    practice.sessions.create(trajectory.id, past - timedelta(days=14))  # held
    assert _used(practice, trajectory.id) == (1, 1.0)

    planned = practice.sessions.plan(trajectory.id, datetime.now() + timedelta(days=7))
    assert planned.status == "planned"
    assert _used(practice, trajectory.id) == (1, 1.0)
    cancelled = practice.sessions.cancel(planned.id, by="coachee")
    assert (cancelled.status, cancelled.cancelled_by) == ("cancelled", "coachee")
    assert cancelled.cancelled_on == date.today()
    assert _used(practice, trajectory.id) == (1, 1.0)  # the contract count did not change

    missed = practice.sessions.create(trajectory.id, past, duration_minutes=90)
    practice.sessions.mark_no_show(missed.id)
    assert _used(practice, trajectory.id) == (2, 2.5)
    practice.sessions.mark_no_show(missed.id, charged=False)
    assert _used(practice, trajectory.id) == (1, 1.0)
    practice.sessions.mark_held(missed.id)
    assert _used(practice, trajectory.id) == (2, 2.5)
    rows = {r.id: r for r in practice.trajectories.list(trajectory.coachee_id)}
    assert rows[trajectory.id].sessions_used == 2


def test_a_planned_session_whose_time_passed_is_to_be_confirmed(practice, trajectory):
    s = practice.sessions.plan(trajectory.id, datetime.now() - timedelta(hours=3))
    o = practice.trajectories.overview(trajectory.id)
    assert [x.id for x in o.sessions_to_confirm] == [s.id]
    assert o.next_session is None and o.sessions_used == 0
    with pytest.raises(errors.ValidationError):
        practice.sessions.cancel(s.id, by="sponsor")
    with pytest.raises(TypeError):
        practice.sessions.reschedule(s.id, shared_notes="not a reschedule")
    moved = practice.sessions.reschedule(
        s.id, starts_at=datetime.now() + timedelta(days=2), mode="online"
    )
    assert moved.mode == "online" and moved.status == "planned"
    assert practice.trajectories.overview(trajectory.id).next_session.id == s.id


def test_a_removed_session_comes_back_with_undo(practice, trajectory):
    s = practice.sessions.create(trajectory.id, datetime.now() - timedelta(days=3))
    made = practice.agreements.create(trajectory.id, "Collega bellen", session_id=s.id)
    goal = practice.goals.create(trajectory.id, "Grenzen")
    practice.goals.set_session_rating(s.id, goal.id, 6)
    snapshot = practice.undo.snapshot_session(s.id)
    practice.sessions.delete(s.id)
    assert practice.agreements.get(made.id).session_id is None  # the agreement stays
    practice.undo.restore(snapshot)
    back = practice.sessions.get(s.id)
    assert (back.uid, back.starts_at) == (s.uid, s.starts_at)
    assert practice.agreements.get(made.id).session_id == s.id
    assert [r.session_id for r in practice.goals.ratings(goal.id)] == [s.id]


def test_closing_resolves_every_open_agreement_and_ends_overdue(practice, trajectory):
    late = practice.agreements.create(
        trajectory.id, "Verslag", due_date=date.today() - timedelta(days=5)
    )
    drop = practice.agreements.create(trajectory.id, "Cursus zoeken")
    carry = practice.agreements.create(trajectory.id, "Evaluatie met HR")
    goal = practice.goals.create(trajectory.id, "Aanspreken")
    assert practice.trajectories.overview(trajectory.id).overdue_agreements

    with pytest.raises(errors.AgreementChoiceError):  # every open one must be decided
        practice.trajectories.close(
            trajectory.id, outcome="completed", agreements={late.id: "done"}
        )
    with pytest.raises(errors.ReasonNeededError):
        practice.trajectories.close(
            trajectory.id,
            outcome="ended_early",
            agreements={late.id: "done", drop.id: "dropped", carry.id: "carry"},
        )
    with pytest.raises(errors.EndedBeforeStartError):
        practice.trajectories.close(
            trajectory.id,
            outcome="completed",
            ended_on=date(2000, 1, 1),
            agreements={late.id: "done", drop.id: "dropped", carry.id: "carry"},
        )
    assert practice.trajectories.get(trajectory.id).status == "active"  # nothing half-done

    closed = practice.trajectories.close(
        trajectory.id,
        outcome="ended_early",
        reason="Nieuwe baan bij een andere gemeente",
        evaluation="Veel gegroeid in aanspreken.",
        coachee_evaluation="Ik durf nu nee te zeggen.",
        agreements={late.id: "done", drop.id: "dropped", carry.id: "carry"},
        ratings={goal.id: 8},
    )
    assert (closed.status, closed.outcome, closed.ended_on) == (
        "completed",
        "ended_early",
        date.today(),
    )
    assert closed.coachee_evaluation == "Ik durf nu nee te zeggen."
    assert practice.agreements.get(late.id).done_date == date.today()
    assert practice.agreements.get(drop.id).dropped
    assert practice.agreements.get(carry.id).done_date is None
    o = practice.trajectories.overview(trajectory.id)
    assert o.closed and o.overdue_agreements == []
    assert o.goals[0].latest == 8
    with pytest.raises(errors.AlreadyClosedError):
        practice.trajectories.close(
            trajectory.id, outcome="completed", agreements={carry.id: "carry"}
        )

    reopened = practice.trajectories.reopen(trajectory.id)
    assert (reopened.status, reopened.outcome, reopened.ended_on) == ("active", "", None)
    assert reopened.closing_evaluation == "Veel gegroeid in aanspreken."


def test_remove_demo_data_keeps_what_the_coach_entered(practice):
    own = practice.coachees.create("Eigen Coachee")
    practice.demo.generate(coachees=5, seed=3)
    demo_sponsor = practice.sponsors.list()[0]
    assert demo_sponsor.demo
    practice.trajectories.create(own.id, "Eigen traject", sponsor_id=demo_sponsor.id)
    removed = practice.demo.remove()
    assert removed.coachees == 5
    assert [c.name for c in practice.coachees.list()] == ["Eigen Coachee"]
    assert [s.id for s in practice.sponsors.list()] == [demo_sponsor.id]  # still in use
    assert practice.demo.remove().coachees == 0


def test_demo_sessions_fall_on_working_days_at_working_hours(practice):
    practice.demo.generate(coachees=30, seed=11)
    with practice.store.connect() as conn:
        starts = [
            datetime.fromisoformat(r[0])
            for r in conn.execute("SELECT starts_at FROM coaching_session")
        ]
        statuses = {r[0] for r in conn.execute("SELECT DISTINCT status FROM coaching_session")}
    assert starts and all(s.weekday() < 5 and 9 <= s.hour <= 17 for s in starts)
    assert {"held", "planned"} <= statuses
