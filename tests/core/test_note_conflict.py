"""A note written elsewhere since it was opened is never overwritten without asking
(core/note_conflict.py, the notes service's conditional UPDATE)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from coachdesk.core.note_conflict import NoteConflictError, resolve
from coachdesk.core.practice import Practice
from coachdesk.errors import NotFoundError


@pytest.fixture
def session(practice: Practice):
    c = practice.coachees.create("Zoë Çelik")
    t = practice.trajectories.create(c.id, "Leiderschap")
    s = practice.sessions.create(t.id, datetime(2026, 3, 17, 10))
    practice.notes.save_draft(s.id, shared_notes="Begin", private_notes="Eigen")
    return s


LOADED = {"shared_notes": "Begin", "private_notes": "Eigen"}


def test_a_save_with_the_loaded_text_writes(practice: Practice, session):
    practice.notes.save_draft(
        session.id, shared_notes="Verder", private_notes="Eigen", expected=LOADED
    )
    assert practice.sessions.get(session.id).shared_notes == "Verder"


def test_a_note_written_elsewhere_is_not_overwritten(practice: Practice, session):
    practice.notes.save_draft(session.id, shared_notes="Van de laptop")  # elsewhere
    before = practice.sessions.get(session.id)
    with pytest.raises(NoteConflictError) as caught:
        practice.notes.save_draft(
            session.id, shared_notes="Van de pc", private_notes="Eigen", expected=LOADED
        )
    after = practice.sessions.get(session.id)
    assert after.shared_notes == "Van de laptop" and after.updated_at == before.updated_at
    assert caught.value.theirs == {"shared_notes": "Van de laptop", "private_notes": "Eigen"}
    assert "elders gewijzigd" in caught.value.message("nl")
    assert "Van de laptop" not in caught.value.message("nl")  # no note text in messages


def test_a_deleted_session_is_still_not_found(practice: Practice, session):
    practice.sessions.delete(session.id)
    with pytest.raises(NotFoundError):
        practice.notes.save_draft(session.id, shared_notes="x", expected=LOADED)


def test_the_check_is_atomic_under_two_racing_writers(practice: Practice, session):
    """Two writers that both loaded the same note: exactly one of them writes."""
    outcome: list[str] = []
    start = threading.Barrier(2)

    def writer(name: str) -> None:
        start.wait()
        try:
            practice.notes.save_draft(
                session.id, shared_notes=name, private_notes="Eigen", expected=LOADED
            )
            outcome.append("written")
        except NoteConflictError:
            outcome.append("conflict")

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("een", "twee")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcome) == ["conflict", "written"]
    assert practice.sessions.get(session.id).shared_notes in ("een", "twee")


def test_resolving_keeps_both_versions_either_way():
    mine = {"shared_notes": "Mijn verslag", "private_notes": "Mijn reflectie"}
    theirs = {"shared_notes": "Hun verslag", "private_notes": "Mijn reflectie"}
    when = datetime(2026, 3, 17, 9, 30, tzinfo=UTC)
    kept_theirs = resolve(mine, theirs, "theirs", when, "nl")
    assert kept_theirs["shared_notes"] == "Hun verslag"
    assert kept_theirs["private_notes"].startswith("Mijn reflectie\n\n---")
    assert "Mijn versie, niet opgeslagen" in kept_theirs["private_notes"]
    assert "Mijn verslag" in kept_theirs["private_notes"]
    kept_mine = resolve(mine, theirs, "mine", when, "en")
    assert kept_mine["shared_notes"] == "Mijn verslag"
    assert "Version written elsewhere" in kept_mine["private_notes"]
    assert "Hun verslag" in kept_mine["private_notes"]
    # the private part was the same: it is not copied twice
    assert kept_mine["private_notes"].count("Mijn reflectie") == 1
    assert resolve(mine, mine, "mine", when, "nl") == mine
