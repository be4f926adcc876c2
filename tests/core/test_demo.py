from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from coachdesk.core.demo import generate
from coachdesk.core.practice import Practice
from coachdesk.core.schema import practice_tables
from coachdesk.store import migrate
from coachdesk.store.database import open_store

TODAY = date(2026, 11, 26)


def _dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, the home screen's trigger-kept totals included."""
    conn = sqlite3.connect(path)
    try:
        rows = {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in practice_tables()
        }
        rows["session_month"] = conn.execute("SELECT * FROM session_month ORDER BY 1").fetchall()
        return rows
    finally:
        conn.close()


def _model_columns(conn: sqlite3.Connection, table: str) -> str:
    """The columns the models write: not the totals the triggers keep (migration 0008)."""
    names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    kept = migrate.TOTALS_COLUMNS.get(table, frozenset())
    return ", ".join(name for name in names if name not in kept)


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


def _search_index(path: Path) -> tuple[list[tuple], list[tuple]]:
    """Every (term, document, column, position) in the full-text index, and every
    document's size: the index itself (it is contentless), not a stored copy."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        conn.execute(
            "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, search_index, instance)"
        )
        terms = conn.execute("SELECT term, doc, col, offset FROM temp.vocab ORDER BY 1, 2, 3, 4")
        sizes = conn.execute("SELECT id, sz FROM search_index_docsize ORDER BY id")
        return terms.fetchall(), sizes.fetchall()
    finally:
        conn.close()


def test_bulk_load_indexes_exactly_what_the_triggers_would(tmp_path: Path):
    """The demo writes its rows in batches with the search and home triggers paused,
    indexes them and computes the home screen's totals in bulk; the same rows
    inserted one by one through the triggers (into a fresh store, parents first)
    give the same index, the same totals and the same hits."""
    folder = tmp_path / "bulk"
    with open_store(str(folder)) as store:
        generate(store, coachees=3, seed=8, today=TODAY)  # adding to a practice
        generate(store, coachees=25, seed=7, today=TODAY)
        bulk = store.path
    with open_store(str(tmp_path / "triggers")) as store:
        by_triggers = store.path
    conn = sqlite3.connect(by_triggers, isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS bulk", (str(bulk),))
        conn.execute("BEGIN")
        for table in practice_tables():
            columns = _model_columns(conn, table)
            conn.execute(
                f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM bulk.{table} ORDER BY id"
            )
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert _dump(bulk) == _dump(by_triggers)
    bulk_index = _search_index(bulk)
    assert len(bulk_index[1]) > 200
    assert bulk_index == _search_index(by_triggers)
    assert _hits(tmp_path / "bulk") == _hits(tmp_path / "triggers")


def _hits(folder: Path) -> list[list[tuple]]:
    with Practice.open(str(folder)) as p:
        found = [
            [(h.kind, h.coachee_id) for h in p.search.find(word)]
            for word in ("coördinatie", "overleg", "wethouder", "gr")
        ]
    assert all(found)
    return found


def test_a_demo_stopped_halfway_leaves_the_store_as_it_was(tmp_path: Path):
    """Cancel (the window's progress dialog) or Ctrl+C between batches: the batch being
    written on the writer thread finishes, then everything rolls back together."""
    import threading

    import pytest

    from coachdesk.core.demo import generator

    class Stop(Exception):
        pass

    def stop_after_first(done: int, total: int) -> None:
        raise Stop

    with open_store(str(tmp_path / "stopped")) as store:
        with pytest.raises(Stop):
            generator.generate(
                store, coachees=generator.BATCH * 2, seed=3, progress=stop_after_first
            )
        assert not [t for t in threading.enumerate() if t.name == "demo-writer"]
        path = store.path
    assert all(not rows for rows in _dump(path).values())


def test_a_write_that_fails_on_the_writer_thread_fails_the_demo(tmp_path: Path, monkeypatch):
    import pytest

    from coachdesk.core.demo import writer

    def broken(conn, name, batch):  # as a full disk would
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(writer, "_insert", broken)
    with open_store(str(tmp_path / "full")) as store:
        with pytest.raises(sqlite3.OperationalError):
            generate(store, coachees=3, seed=1, today=TODAY)
        path = store.path
    assert all(not rows for rows in _dump(path).values())
