from __future__ import annotations

from datetime import datetime

from coachdesk.core import search_index
from coachdesk.core.demo import generate
from coachdesk.core.practice import Practice


def _index(practice: Practice) -> list[tuple[int, str]]:
    with practice.store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT rowid, body FROM search_index ORDER BY rowid").all()


def test_rebuild_gives_exactly_what_the_triggers_made(practice: Practice):
    c = practice.create_coachee("Daniëlle Smit")
    t = practice.create_trajectory(c.id, "Loopbaan", intake_question="Wat wil ik?")
    s = practice.add_session(t.id, datetime(2026, 1, 1, 9), shared_notes="a", private_notes="b")
    practice.add_session(t.id, datetime(2026, 1, 8, 9))  # empty notes: not indexed
    practice.add_agreement(t.id, "Bellen", session_id=s.id)
    practice.add_goal(t.id, "Rust", description="minder mail", success_criteria="inbox leeg")
    by_triggers = _index(practice)
    assert len(by_triggers) == 6
    with practice.store.engine.begin() as conn:
        search_index.rebuild(conn)
    assert _index(practice) == by_triggers


def test_demo_data_is_indexed_in_bulk_and_triggers_come_back(practice: Practice):
    practice.create_coachee("Al Aanwezig")
    generate(practice.store, coachees=15, seed=2)
    bulk = _index(practice)
    with practice.store.engine.begin() as conn:
        search_index.rebuild(conn)
    assert _index(practice) == bulk and len(bulk) > 15
    [row] = [r for r in practice.list_coachees() if r.name == "Al Aanwezig"]
    practice.update_coachee(row.id, name="Nu Anders")  # the triggers work again
    assert practice.search("anders")[0].coachee_id == row.id
    assert practice.search("aanwezig") == []
