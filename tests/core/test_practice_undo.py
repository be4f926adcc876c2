from __future__ import annotations

from datetime import date, datetime

import pytest

from coachdesk import errors
from coachdesk.core.practice import Practice
from coachdesk.core.schema import practice_tables


def dump(practice: Practice) -> dict[str, list[tuple]]:
    """Every row (not the audit trail: it records the delete and its undo, as it should)."""
    with practice.store.connect() as conn:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in practice_tables()
            if t != "audit_event"
        }


@pytest.fixture
def filled(practice: Practice):
    coachee = practice.coachees.create("Zoë Öztürk", organisation="Gemeente Utrecht", tags="x, y")
    other = practice.coachees.create("Bram Bakker")
    sponsor = practice.sponsors.create("Gemeente Utrecht", contact_name="Jan Smit")
    for title in ("Leiderschap", "Loopbaan"):
        t = practice.trajectories.create(
            coachee.id,
            title,
            sponsor_id=sponsor.id,
            contracted_sessions=8,
            start_date=date(2026, 1, 5),
            status="active",
        )
        s = practice.sessions.create(t.id, datetime(2026, 2, 1, 10), shared_notes="Goed gesprek")
        practice.agreements.create(t.id, "Plan maken", session_id=s.id, due_date=date(2026, 3, 1))
        g = practice.goals.create(t.id, "Grenzen aangeven")
        practice.goals.rate(g.id, 4, rated_on=date(2026, 2, 1), session_id=s.id)
        practice.goals.rate(g.id, 6.5, rated_on=date(2026, 3, 1))
    practice.profiles.record(
        coachee.id,
        "colour_energies",
        {"blue": 4, "green": 2, "yellow": 3, "red": 5},
        variant="conscious",
        label="director",
    )
    t_other = practice.trajectories.create(other.id, "Ander traject", sponsor_id=sponsor.id)
    return coachee, other, sponsor, t_other


def test_delete_and_restore_coachee_brings_back_every_row(practice: Practice, filled):
    coachee, *_ = filled
    before = dump(practice)
    snap = practice.undo.snapshot_coachee(coachee.id)
    assert snap.count("trajectory") == 2 and snap.count("goal_rating") == 4
    assert snap.count("profile_score") == 4 and snap.label == "Zoë Öztürk"
    practice.coachees.delete(coachee.id)
    assert dump(practice)["coaching_session"] == []
    practice.undo.restore(snap)
    assert dump(practice) == before


def test_delete_and_restore_trajectory_leaves_the_rest_alone(practice: Practice, filled):
    coachee, *_ = filled
    t = practice.trajectories.list(coachee.id)[0]
    before = dump(practice)
    snap = practice.undo.snapshot_trajectory(t.id)
    practice.trajectories.delete(t.id)
    assert len(dump(practice)["trajectory"]) == 2
    practice.undo.restore(snap)
    assert dump(practice) == before
    overview = practice.trajectories.overview(t.id)
    assert overview.goals[0].latest in (6.5, 4.0) and overview.sessions_used == 1


def test_restore_sponsor_relinks_its_trajectories(practice: Practice, filled):
    _, _, sponsor, t_other = filled
    before = dump(practice)
    snap = practice.undo.snapshot_sponsor(sponsor.id)
    practice.sponsors.delete(sponsor.id)
    assert practice.trajectories.get(t_other.id).sponsor_id is None
    practice.undo.restore(snap)
    assert dump(practice) == before


def test_restore_is_all_or_nothing_on_an_id_clash(practice: Practice, filled):
    coachee, *_ = filled
    snap = practice.undo.snapshot_coachee(coachee.id)
    practice.coachees.delete(coachee.id)
    after_delete = dump(practice)
    # Occupy one of the snapshot's trajectory ids with another coachee's trajectory.
    clash = snap.rows["trajectory"][1]["id"]
    with practice.store.connect() as conn:
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO trajectory (id, coachee_id, title, status, closing_evaluation, "
            "intake_question, created_at, updated_at) VALUES (?, ?, 'x', 'intake', '', '', "
            "'2026-01-01', '2026-01-01')",
            (clash, filled[1].id),
        )
        conn.execute("COMMIT")
    occupied = dump(practice)
    with pytest.raises(errors.ConflictError):
        practice.undo.restore(snap)
    assert dump(practice) == occupied != after_delete
    assert all(r[0] != coachee.id for r in dump(practice)["coachee"])


def test_restore_of_a_trajectory_whose_sponsor_is_gone_clears_the_link(practice: Practice, filled):
    _, _, sponsor, t_other = filled
    snap = practice.undo.snapshot_trajectory(t_other.id)
    practice.trajectories.delete(t_other.id)
    practice.sponsors.delete(sponsor.id)
    practice.undo.restore(snap)
    assert practice.trajectories.get(t_other.id).sponsor_id is None


def test_snapshot_of_a_missing_coachee_is_a_clear_error(practice: Practice):
    with pytest.raises(errors.NotFoundError):
        practice.undo.snapshot_coachee(999)
