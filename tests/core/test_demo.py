from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from coachdesk.core.demo import generate
from coachdesk.core.practice import Practice
from coachdesk.core.schema import practice_tables
from coachdesk.store.database import open_store

TODAY = date(2026, 11, 26)


def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in practice_tables()
        }
    finally:
        conn.close()


def _make(folder: Path, seed: int, coachees: int = 30) -> Path:
    with open_store(str(folder)) as store:
        summary = generate(store, coachees=coachees, seed=seed, today=TODAY)
        assert summary.coachees == coachees
        return store.path


def test_same_seed_same_practice(tmp_path: Path):
    a = _dump(_make(tmp_path / "a", seed=5))
    b = _dump(_make(tmp_path / "b", seed=5))
    c = _dump(_make(tmp_path / "c", seed=6))
    assert a == b
    assert a["coachee"] != c["coachee"]


def test_realistic_content(tmp_path: Path):
    folder = tmp_path / "demo"
    _make(folder, seed=1, coachees=60)
    with Practice.open(str(folder)) as p:
        coachees = p.coachees.list()
        trajectories = p.trajectories.list()
        assert len(coachees) == 60
        orgs = {c.organisation for c in coachees}
        assert any(o.startswith("Gemeente") for o in orgs)
        assert any(o.startswith("Provincie") for o in orgs)
        assert {t.status for t in trajectories} == {
            "intake",
            "active",
            "paused",
            "completed",
            "cancelled",
        }
        assert any(any(ch in c.name for ch in "ëïöüé") for c in coachees)
        sessions = [s for t in trajectories for s in p.sessions.list(t.id)]
        held = [s for s in sessions if s.shared_notes]
        assert held and all(
            "## Doel" in s.shared_notes and "## Wil" in s.shared_notes for s in held
        )
        assert all(s.private_notes and s.private_notes not in s.shared_notes for s in held)
        overviews = [p.trajectories.overview(t.id) for t in trajectories]
        assert any(o.overdue_agreements for o in overviews)
        assert any(o.next_session for o in overviews)
        assert any(len(g.ratings) >= 2 for o in overviews for g in o.goals)
        assert any(o.profiles for o in overviews)
        for o in overviews:
            if o.trajectory.status == "completed":
                assert o.sessions_used == o.sessions_contracted
                assert o.trajectory.closing_evaluation


def test_demo_adds_to_an_existing_practice(tmp_path: Path):
    folder = tmp_path / "twice"
    _make(folder, seed=1, coachees=5)
    _make(folder, seed=2, coachees=5)
    with Practice.open(str(folder)) as p:
        assert len(p.coachees.list()) == 10


def test_sessions_before_today_have_notes_and_later_ones_are_planned(tmp_path: Path):
    folder = tmp_path / "timeline"
    _make(folder, seed=4, coachees=80)
    conn = sqlite3.connect(folder / "coachdesk.db")
    cutoff = TODAY.isoformat()
    past_without_notes = conn.execute(
        "SELECT count(*) FROM coaching_session WHERE starts_at < ? AND shared_notes = ''",
        (cutoff,),
    ).fetchone()[0]
    future_with_notes = conn.execute(
        "SELECT count(*) FROM coaching_session WHERE starts_at > ? AND shared_notes != ''",
        (cutoff + " 23:59",),
    ).fetchone()[0]
    assert (past_without_notes, future_with_notes) == (0, 0)
