from __future__ import annotations

from datetime import datetime

from coachdesk.core import search_index
from coachdesk.core.demo import generate
from coachdesk.core.practice import Practice


def _index(practice: Practice) -> list[tuple[str, int, int]]:
    """Every (term, document, position) in the index: the index itself, not a stored copy."""
    with practice.store.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab"
            " USING fts5vocab(main, search_index, instance)"
        )
        conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        return conn.exec_driver_sql(
            "SELECT term, doc, offset FROM temp.search_vocab ORDER BY 1, 2, 3"
        ).all()


def test_rebuild_gives_exactly_what_the_triggers_made(practice: Practice):
    c = practice.coachees.create("Daniëlle Smit")
    t = practice.trajectories.create(c.id, "Loopbaan", intake_question="Wat wil ik?")
    s = practice.sessions.create(t.id, datetime(2026, 1, 1, 9), shared_notes="a", private_notes="b")
    practice.sessions.create(t.id, datetime(2026, 1, 8, 9))  # empty notes: not indexed
    practice.agreements.create(t.id, "Bellen", session_id=s.id)
    practice.goals.create(t.id, "Rust", description="minder mail", success_criteria="inbox leeg")
    practice.notes.save_draft(s.id, shared_notes="a eerst", private_notes="")  # forget "b"
    practice.notes.save_draft(s.id, shared_notes="a dan", private_notes="b weer")
    by_triggers = _index(practice)
    assert {doc for _, doc, _ in by_triggers}.__len__() == 6
    assert "eerst" not in {term for term, _, _ in by_triggers}
    with practice.store.engine.begin() as conn:
        search_index.rebuild(conn)
    assert _index(practice) == by_triggers


def test_demo_data_is_indexed_in_bulk_and_triggers_come_back(practice: Practice):
    practice.coachees.create("Al Aanwezig")
    generate(practice.store, coachees=15, seed=2)
    bulk = _index(practice)
    with practice.store.engine.begin() as conn:
        search_index.rebuild(conn)
    assert _index(practice) == bulk and len(bulk) > 15
    [row] = [r for r in practice.coachees.list() if r.name == "Al Aanwezig"]
    practice.coachees.update(row.id, name="Nu Anders")  # the triggers work again
    assert practice.search.find("anders")[0].coachee_id == row.id
    assert practice.search.find("aanwezig") == []
