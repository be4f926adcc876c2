"""Every write reports what it changed (core/changes.py), whatever service made it."""

from __future__ import annotations

from datetime import datetime

import pytest

from coachdesk.core.changes import Changes, recording
from coachdesk.errors import CoachDeskError


def test_inserts_updates_and_deletes_are_reported_with_their_ids(practice):
    with recording() as rec:
        coachee = practice.coachees.create("Zoë Öztürk")
    assert rec.changes.ids("coachee") == {coachee.id}
    assert rec.changes.columns["coachee"] is None  # a whole new row

    with recording() as rec:
        practice.coachees.update(coachee.id, organisation="Provincie Utrecht")
    assert rec.changes.ids("coachee") == {coachee.id}
    assert {"organisation", "updated_at"} <= rec.changes.columns["coachee"]
    assert rec.changes.touches("coachee", ignoring=("updated_at",))
    assert not rec.changes.touches("trajectory")

    t = practice.trajectories.create(coachee.id, "Loopbaan")
    with recording() as rec:
        practice.coachees.delete(coachee.id)
    changes = rec.changes
    assert changes.ids("coachee") == {coachee.id}
    # Rows the database removed by cascade: reported with unknown ids.
    assert changes.may_touch("trajectory", t.id) and changes.ids("trajectory") is None
    assert changes.touches("goal_rating", "profile_score")


def test_a_note_autosave_reports_only_the_note_columns(practice):
    c = practice.coachees.create("Bram")
    t = practice.trajectories.create(c.id, "Werkdruk")
    s = practice.sessions.create(t.id, datetime(2026, 3, 3, 10, 0))
    with recording() as rec:
        practice.notes.save_draft(s.id, private_notes="Alleen voor mij")
    assert rec.changes.ids("coaching_session") == {s.id}
    assert rec.changes.touches("coaching_session")
    assert not rec.changes.touches(
        "coaching_session", ignoring=("shared_notes", "private_notes", "updated_at")
    )


def test_a_refused_write_reports_nothing_and_reads_report_nothing(practice):
    c = practice.coachees.create("Bram")
    with recording() as rec, pytest.raises(CoachDeskError):
        practice.coachees.update(c.id, name="   ")
    practice.coachees.list()
    assert not rec.changes


def test_nested_recordings_reach_the_outer_one_and_undo_restores_are_reported(practice):
    c = practice.coachees.create("Zoë")
    snapshot = practice.undo.snapshot_coachee(c.id)
    practice.coachees.delete(c.id)
    with recording() as outer, recording() as inner:
        practice.undo.restore(snapshot)
    assert inner.changes.ids("coachee") == {c.id}
    assert outer.changes.ids("coachee") == {c.id}


def test_changes_merge_and_everything():
    a = Changes(rows={"coachee": frozenset({1})}, columns={"coachee": frozenset({"name"})})
    b = Changes(rows={"coachee": frozenset({2})}, columns={"coachee": None})
    merged = a.merged(b)
    assert merged.ids("coachee") == {1, 2} and merged.columns["coachee"] is None
    assert Changes.all().touches("anything") and not Changes()
