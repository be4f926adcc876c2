from __future__ import annotations

from datetime import datetime

from coachdesk.core.practice import Practice


def test_coachee_list_shows_the_last_session_held_not_a_planned_one(practice: Practice):
    from datetime import timedelta

    c = practice.create_coachee("Zoë")
    t = practice.create_trajectory(c.id, "Traject")
    held = datetime.now().replace(microsecond=0) - timedelta(days=2)
    practice.add_session(t.id, held)
    practice.add_session(t.id, held + timedelta(days=9))
    [row] = practice.list_coachees()
    assert row.last_session == held
