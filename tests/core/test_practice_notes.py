from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date, datetime

import pytest

from coachdesk.core.practice import Practice
from coachdesk.errors import NotFoundError, RatingOutOfRangeError, ValidationError


@pytest.fixture
def setup(practice: Practice):
    c = practice.coachees.create("Femke de Boer")
    t = practice.trajectories.create(c.id, "Werkdruk")
    first = practice.sessions.create(t.id, datetime(2026, 2, 1, 10))
    second = practice.sessions.create(t.id, datetime(2026, 2, 15, 10))
    return practice, t, first, second


def test_save_note_draft_writes_only_the_given_parts(setup):
    practice, _, first, _ = setup
    practice.notes.save_draft(first.id, shared_notes="gedeeld")
    practice.notes.save_draft(first.id, private_notes="privé")
    got = practice.sessions.get(first.id)
    assert (got.shared_notes, got.private_notes) == ("gedeeld", "privé")
    assert got.updated_at > first.updated_at
    with pytest.raises(NotFoundError):
        practice.notes.save_draft(9999, shared_notes="x")


def test_review_shows_open_agreements_of_earlier_sessions(setup):
    practice, t, first, second = setup
    open_one = practice.agreements.create(t.id, "Agenda opschonen", session_id=first.id)
    done_before = practice.agreements.create(
        t.id, "Al lang klaar", session_id=first.id, done_date=date(2026, 2, 5)
    )
    later = practice.agreements.create(t.id, "Uit de tweede sessie", session_id=second.id)
    loose = practice.agreements.create(t.id, "Zonder sessie")
    review = practice.agreements.review(second.id)
    assert {a.id for a in review} == {open_one.id, loose.id}
    assert done_before.id not in {a.id for a in review} and later.id not in {a.id for a in review}
    practice.agreements.tick(open_one.id, True, on=second.starts_at.date())
    ticked = {a.id: a for a in practice.agreements.review(second.id)}
    assert ticked[open_one.id].done_date == date(2026, 2, 15)  # stays visible, so can be unticked
    practice.agreements.tick(open_one.id, False)
    assert practice.agreements.get(open_one.id).done_date is None
    # The first session has nothing earlier; an agreement without a session is always shown.
    assert {a.id for a in practice.agreements.review(first.id)} == {loose.id}


def test_session_rating_is_one_per_goal_and_session(setup):
    practice, t, first, _ = setup
    goal = practice.goals.create(t.id, "Grenzen stellen")
    practice.goals.set_session_rating(first.id, goal.id, 4)
    practice.goals.set_session_rating(first.id, goal.id, 6.5)
    [rating] = practice.goals.ratings(goal.id)
    assert rating.value == 6.5 and rating.rated_on == date(2026, 2, 1)
    sheet = practice.sessions.sheet(first.id)
    assert sheet.ratings == {goal.id: 6.5} and [g.id for g in sheet.goals] == [goal.id]
    assert sheet.number == 1 and sheet.coachee_name == "Femke de Boer"
    practice.goals.set_session_rating(first.id, goal.id, None)
    assert practice.goals.ratings(goal.id) == []
    with pytest.raises(RatingOutOfRangeError):
        practice.goals.set_session_rating(first.id, goal.id, 11)
    other = practice.trajectories.create(t.coachee_id, "Ander traject")
    stranger = practice.goals.create(other.id, "Niet van deze sessie")
    with pytest.raises(ValidationError):
        practice.goals.set_session_rating(first.id, stranger.id, 5)


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from coachdesk.core.practice import Practice

    p = Practice.open(sys.argv[1])
    c = p.coachees.create("Kill Test")
    t = p.trajectories.create(c.id, "Crash")
    n = 0
    while True:
        s = p.sessions.create(t.id, datetime(2026, 1, 1, 9))
        text = f"notitie {n} " + "tekst " * (n % 50)
        p.notes.save_draft(s.id, shared_notes=text, private_notes=f"privé {n}")
        print(s.id, n, flush=True)  # acknowledged: the save returned
        n += 1
    """
)


def test_notes_survive_a_killed_process(data_dir, tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen(
        [sys.executable, str(script), str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
    )
    acknowledged: list[tuple[int, int]] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        session_id, n = map(int, line.split())
        acknowledged.append((session_id, n))
        if len(acknowledged) >= 40:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    for line in proc.stdout:  # whatever was acknowledged before the kill landed
        session_id, n = map(int, line.split())
        acknowledged.append((session_id, n))
    with Practice.open(str(data_dir)) as p:
        for session_id, n in acknowledged:
            s = p.sessions.get(session_id)
            assert s.shared_notes == f"notitie {n} " + "tekst " * (n % 50)
            assert s.private_notes == f"privé {n}"
        last_id, last_n = acknowledged[-1]
        assert [h.session_id for h in p.search.find(f"privé {last_n}") if h.part == "private"][
            :1
        ] == [last_id]


def test_new_session_follows_the_previous_one(setup):
    practice, t, first, second = setup
    practice.sessions.update(second.id, mode="online", duration_minutes=90, template="oskar")
    new = practice.sessions.new(t.id, datetime(2026, 3, 1, 14))
    assert (new.mode, new.duration_minutes, new.template) == ("online", 90, "oskar")
    other = practice.trajectories.create(t.coachee_id, "Leeg traject")
    fresh = practice.sessions.new(other.id)
    assert fresh.template == "grow" and fresh.starts_at.minute % 15 == 0
    assert fresh.starts_at <= datetime.now()


def test_new_session_right_after_another_goes_a_week_later(practice):
    from datetime import timedelta

    c = practice.coachees.create("Noël")
    t = practice.trajectories.create(c.id, "Loopbaan")
    first = practice.sessions.new(t.id)
    second = practice.sessions.new(t.id)
    assert second.starts_at == first.starts_at + timedelta(weeks=1)


def test_ticking_in_a_planned_session_is_done_today_not_in_the_future(practice):
    from datetime import date, timedelta

    c = practice.coachees.create("Floor")
    t = practice.trajectories.create(c.id, "Rust")
    a = practice.agreements.create(t.id, "Agenda opschonen")
    later = date.today() + timedelta(days=12)
    assert practice.agreements.tick(a.id, True, on=later).done_date == date.today()
    earlier = date.today() - timedelta(days=3)
    assert practice.agreements.tick(a.id, True, on=earlier).done_date == earlier
