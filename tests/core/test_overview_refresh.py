"""The home screen read again after a change notice is what a full read gives.

Every write a coach makes in the daily loop (and some rarer ones: a coachee renamed
or archived, a session rescheduled or deleted, a trajectory closed), each with the changes
it recorded: the home screen read after it from the previous read and those changes
(kept, updated by id or read in full: core.overview_refresh) has the same lines, the
same totals and the same members as one read from nothing at the same moment; and
what it did not touch is the very Part of before.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coachdesk.core.changes import Changes, recording
from coachdesk.core.services.overview import SECTIONS

NOW = datetime(2026, 3, 11, 12, 0)  # a Wednesday


def _same(a, b) -> None:
    for d in SECTIONS:
        assert a[d.key] == b[d.key], d.key  # lines and total
        assert a[d.key].members == b[d.key].members, d.key


@pytest.fixture
def busy(practice):
    """Two coachees with open trajectories: contracts nearly used, overdue agreements,
    planned sessions ahead and one to confirm, a trajectory past its planned end."""
    p = practice
    ann = p.coachees.create("Annelies de Boer")
    bram = p.coachees.create("Bram Jansen")
    a = p.trajectories.create(ann.id, "Leiderschap", contracted_sessions=5, status="active")
    b = p.trajectories.create(
        bram.id,
        "Loopbaan",
        contracted_hours=3,
        status="active",
        planned_end=date(2026, 3, 1),
    )
    c = p.trajectories.create(bram.id, "Werkdruk", contracted_sessions=10, status="active")
    for n in range(3):
        p.sessions.create(a.id, datetime(2026, 1, 12, 10) + timedelta(weeks=n), status="held")
        p.sessions.create(b.id, datetime(2026, 2, 2, 10) + timedelta(weeks=n), status="held")
    ahead = p.sessions.plan(a.id, datetime(2026, 3, 11, 15))
    p.sessions.plan(c.id, datetime(2026, 3, 12, 9))
    p.sessions.plan(b.id, datetime(2026, 3, 10, 9))  # to confirm
    late = p.agreements.create(a.id, "Verslag schrijven", due_date=date(2026, 3, 1))
    p.agreements.create(c.id, "Lezen", due_date=date(2026, 3, 5))
    return p, {"ann": ann, "bram": bram, "a": a, "b": b, "c": c, "ahead": ahead, "late": late}


def _steps(p, x):
    """(name, write) pairs, applied in this order."""
    return [
        ("agreement ticked off", lambda: p.agreements.complete(x["late"].id, date(2026, 3, 11))),
        ("agreement opened again", lambda: p.agreements.reopen(x["late"].id)),
        (
            "agreement due later",
            lambda: p.agreements.update(x["late"].id, due_date=date(2026, 4, 1)),
        ),
        (
            "new overdue agreement",
            lambda: p.agreements.create(x["b"].id, "Bellen", due_date=date(2026, 3, 2)),
        ),
        ("session marked held", lambda: p.sessions.mark_held(x["ahead"].id)),
        ("session place changed", lambda: p.sessions.update(x["ahead"].id, location="Kantoor")),
        (
            "session notes typed",
            lambda: p.notes.save_draft(x["ahead"].id, shared_notes="Goed gesprek"),
        ),
        ("session planned", lambda: p.sessions.plan(x["a"].id, datetime(2026, 3, 20, 10))),
        ("no-show not charged", lambda: p.sessions.mark_no_show(x["ahead"].id, charged=False)),
        (
            "session rescheduled",
            lambda: p.sessions.reschedule(x["ahead"].id, starts_at=datetime(2026, 3, 18, 9)),
        ),
        ("session deleted", lambda: p.sessions.delete(x["ahead"].id)),
        ("contract widened", lambda: p.trajectories.update(x["b"].id, contracted_hours=10)),
        (
            "planned end moved",
            lambda: p.trajectories.update(x["b"].id, planned_end=date(2026, 6, 1)),
        ),
        ("trajectory paused", lambda: p.trajectories.update(x["c"].id, status="paused")),
        ("coachee renamed", lambda: p.coachees.update(x["bram"].id, name="Bram de Vries")),
        ("coachee archived", lambda: p.coachees.update(x["ann"].id, status="archived")),
    ]


def test_every_change_read_again_is_what_a_full_read_gives(busy):
    p, x = busy
    overview = p.overview
    reader = overview.reader()
    start = date(2025, 4, 1)
    previous = reader.read(start, NOW)
    for name, write in _steps(p, x):
        with recording() as rec:
            write()
        reader.note(rec.changes)
        again = reader.read(start, NOW)
        _same(again.today, overview.today(NOW))
        for key in set(again.today.parts) - again.today.fresh:
            assert again.today[key] is previous.today[key], (name, key)
        assert again.hours == overview.hours(start), name
        assert again.held == overview.held_minutes(), name
        assert again.coached_hours == overview.coached_hours(), name
        previous = again


def test_what_a_change_does_not_touch_is_not_read_again(busy):
    p, x = busy
    overview = p.overview
    previous = overview.today(NOW)
    with recording() as rec:
        p.notes.save_draft(x["ahead"].id, shared_notes="Alleen een notitie")
    assert overview.today(NOW, previous=previous, changes=rec.changes).fresh == frozenset()
    with recording() as rec:
        p.agreements.complete(x["late"].id, date(2026, 3, 11))
    again = overview.today(NOW, previous=previous, changes=rec.changes)
    assert again.fresh == {"overdue"} and again["overdue"].total == 1
    assert overview.reader().concerns(Changes(rows={"consent": frozenset({1})})) is False


def test_the_clock_reads_a_planned_session_that_has_started_as_to_confirm(busy):
    p, x = busy
    overview = p.overview
    previous = overview.today(NOW)
    assert previous["today"].total == 1 and previous["confirm"].total == 1
    nothing = Changes()
    quiet = overview.today(NOW + timedelta(hours=1), previous=previous, changes=nothing)
    assert quiet.fresh == frozenset()  # nothing started in that hour
    later = NOW + timedelta(hours=4)  # the 15:00 session has started
    again = overview.today(later, previous=quiet, changes=nothing)
    _same(again, overview.today(later))
    assert again["confirm"].total == 2 and again["today"].total == 0
    next_day = overview.today(later + timedelta(days=1), previous=again, changes=nothing)
    _same(next_day, overview.today(later + timedelta(days=1)))


def test_the_reader_reads_the_hours_again_only_after_a_session_change(busy):
    p, x = busy
    reader = p.overview.reader()
    start = date(2025, 4, 1)
    first = reader.read(start, NOW)
    with recording() as rec:
        p.agreements.complete(x["late"].id, date(2026, 3, 11))
    reader.note(rec.changes)
    again = reader.read(start, NOW)
    assert again.hours is first.hours and again.coached_hours == first.coached_hours
    with recording() as rec:
        p.sessions.mark_held(x["ahead"].id)
    reader.note(rec.changes)
    held = reader.read(start, NOW)
    assert held.hours == p.overview.hours(start) != first.hours
    assert held.coached_hours == p.overview.coached_hours() == first.coached_hours + 1
    _same(held.today, p.overview.today(NOW))
