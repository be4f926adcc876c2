from __future__ import annotations

from datetime import datetime

from coachdesk.core.practice import Practice


def test_coachee_list_shows_the_last_session_held_not_a_planned_one(practice: Practice):
    from datetime import timedelta

    c = practice.coachees.create("Zoë")
    t = practice.trajectories.create(c.id, "Traject")
    held = datetime.now().replace(microsecond=0) - timedelta(days=2)
    practice.sessions.create(t.id, held)
    practice.sessions.create(t.id, held + timedelta(days=9))
    [row] = practice.coachees.list()
    assert row.last_session == held
