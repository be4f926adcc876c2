"""The home screen's totals kept by triggers (migration 0008) are what the rows say.

Random edits through the services (and a few through plain SQL, which the triggers
see as well) are checked against ``overview_totals.recompute`` after every step,
and recompute itself against totals summed here in Python from the rows.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coachdesk.core import overview_totals
from coachdesk.core.practice import Practice
from tests.store.test_migration_history import FIXTURES


def _totals(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {
            "trajectory": conn.execute(
                "SELECT id, counted_sessions, counted_minutes, last_planned_at FROM trajectory"
                " ORDER BY id"
            ).fetchall(),
            "agreement": conn.execute("SELECT id, live FROM agreement ORDER BY id").fetchall(),
            "session_month": conn.execute(
                "SELECT * FROM session_month WHERE planned + held + cancelled + no_show > 0"
                " ORDER BY month"
            ).fetchall(),
        }
    finally:
        conn.close()


def _recomputed(db: Path) -> dict[str, list[tuple]]:
    """The totals recomputed from the rows, in a copy (the store stays as it is)."""
    copy = db.with_name("recomputed.db")
    source = sqlite3.connect(db)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{copy}")
    with engine.begin() as conn:
        overview_totals.recompute(conn)
    engine.dispose()
    try:
        return _totals(copy)
    finally:
        copy.unlink()


def _summed_in_python(db: Path) -> dict[str, list[tuple]]:
    """The same totals from the rows, without SQL aggregates: an independent reading."""
    conn = sqlite3.connect(db)
    try:
        sessions = conn.execute(
            "SELECT trajectory_id, starts_at, duration_minutes, paid, status, charged"
            " FROM coaching_session"
        ).fetchall()
        trajectories = conn.execute("SELECT id, coachee_id, status FROM trajectory").fetchall()
        coachees = dict(conn.execute("SELECT id, status FROM coachee").fetchall())
        agreements = conn.execute("SELECT id, trajectory_id FROM agreement ORDER BY id").fetchall()
    finally:
        conn.close()
    use: dict[int, list] = {t: [0, 0, None] for t, _c, _s in trajectories}
    months: dict[str, list[int]] = {}
    for trajectory, starts, minutes, paid, status, charged in sessions:
        counted = status == "held" or (status == "no_show" and charged)
        if counted:
            use[trajectory][0] += 1
            use[trajectory][1] += minutes
        if status == "planned" and (use[trajectory][2] is None or starts > use[trajectory][2]):
            use[trajectory][2] = starts
        month = months.setdefault(starts[:7], [0] * 7)
        for n, name in enumerate(("planned", "held", "cancelled", "no_show")):
            month[n] += status == name
        month[4] += minutes if counted and paid else 0
        month[5] += minutes if counted else 0
        month[6] += minutes if status == "held" else 0
    open_ = {
        t: status in ("intake", "active", "paused") and coachees[c] == "active"
        for t, c, status in trajectories
    }
    return {
        "trajectory": sorted((t, *values) for t, values in use.items()),
        "agreement": [(a, int(open_[t])) for a, t in agreements],
        "session_month": sorted((m, *values) for m, values in months.items() if any(values[:4])),
    }


def _edit(p: Practice, rng: random.Random, start: datetime) -> str:
    """One random edit of the kind a coach makes (or a plain SQL write); what it was."""
    trajectories = [t.id for t in p.trajectories.list()]
    sessions = [s.id for t in trajectories for s in p.sessions.list(t)]
    agreements = [a.id for t in trajectories for a in p.agreements.list(t)]
    when = start + timedelta(days=rng.randint(-400, 60), hours=rng.randint(8, 17))
    kind = rng.choice(
        ["plan", "held", "cancel", "no_show", "replan", "reschedule", "duration", "delete",
         "agreement", "done", "close", "reopen", "archive", "restore", "move", "new"]
    )  # fmt: skip
    if kind == "new" or not sessions:
        coachee = p.coachees.create(f"Coachee {rng.randint(1, 10**6)}")
        p.trajectories.create(coachee.id, "Traject", contracted_sessions=rng.randint(0, 8))
    elif kind == "plan":
        p.sessions.plan(rng.choice(trajectories), when, duration_minutes=rng.choice([45, 60, 90]))
    elif kind == "held":
        p.sessions.mark_held(rng.choice(sessions))
    elif kind == "cancel":
        p.sessions.cancel(rng.choice(sessions), by=rng.choice(["coach", "coachee"]))
    elif kind == "no_show":
        p.sessions.mark_no_show(rng.choice(sessions), charged=rng.random() < 0.5)
    elif kind == "replan":
        p.sessions.replan(rng.choice(sessions))
    elif kind == "reschedule":
        p.sessions.reschedule(rng.choice(sessions), starts_at=when)
    elif kind == "duration":
        p.sessions.update(rng.choice(sessions), duration_minutes=rng.choice([30, 75]), paid=False)
    elif kind == "delete":
        p.sessions.delete(rng.choice(sessions))
    elif kind == "agreement":
        p.agreements.create(rng.choice(trajectories), "Afspraak", due_date=when.date())
    elif kind == "done" and agreements:
        p.agreements.complete(rng.choice(agreements))
    elif kind in ("close", "reopen"):
        t = rng.choice(trajectories)
        trajectory = p.trajectories.get(t)
        status, begun = trajectory.status, trajectory.start_date
        if (
            kind == "close"
            and status in ("intake", "active", "paused")
            and not (begun and begun > date.today())
        ):
            fates = {a.id: "carry" for a in p.agreements.list(t, open_only=True)}
            p.trajectories.close(t, outcome="completed", agreements=fates)
        elif kind == "reopen" and status in ("completed", "cancelled"):
            p.trajectories.reopen(t)
    elif kind in ("archive", "restore"):
        coachee = p.trajectories.coachee_of(rng.choice(trajectories))
        (p.coachees.archive if kind == "archive" else p.coachees.restore)(coachee.id)
    elif kind == "move":  # below the services: the triggers see every write
        with p.store.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE coaching_session SET trajectory_id = ? WHERE id = ?"
                " AND NOT EXISTS (SELECT 1 FROM agreement WHERE session_id = coaching_session.id)",
                (rng.choice(trajectories), rng.choice(sessions)),
            )
    return kind


def test_random_edits_keep_every_total_as_recomputed(practice: Practice):
    practice.demo.generate(coachees=6, seed=3)
    rng = random.Random(8)
    start = datetime(2026, 12, 2, 9)
    db = practice.store.path
    kinds: set[str] = set()
    for step in range(120):
        kinds.add(_edit(practice, rng, start))
        if step % 10 == 9:
            assert _totals(db) == _recomputed(db), f"after step {step} ({sorted(kinds)})"
    # A trajectory deleted cascades to its sessions, a coachee deleted to everything.
    some = practice.trajectories.list()[0]
    practice.trajectories.delete(some.id)
    practice.coachees.delete(practice.coachees.list()[0].id)
    totals = _totals(db)
    assert totals == _recomputed(db) == _summed_in_python(db)
    assert {"plan", "held", "cancel", "no_show", "delete", "move", "close"} <= kinds
    assert any(counted for _id, counted, _m, _last in totals["trajectory"])
    assert {live for _id, live in totals["agreement"]} == {0, 1}


def test_a_store_of_schema_0007_gets_its_totals_when_migrated(data_dir: Path):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "0007.db", data_dir / "coachdesk.db")
    with Practice.open(str(data_dir)) as p:
        db = p.store.path
        totals = _totals(db)
        assert totals == _summed_in_python(db)
        assert sum(n for _id, n, _m, _last in totals["trajectory"]) > 20
        assert len(totals["session_month"]) > 3


def test_an_import_into_an_empty_store_computes_the_totals(practice: Practice, tmp_path: Path):
    practice.demo.generate(coachees=5, seed=4)
    data = practice.portability.export_bytes()
    with Practice.open(str(tmp_path / "laptop")) as other:
        other.portability.apply(other.portability.plan_bytes(data))
        db = other.store.path
        assert _totals(db) == _summed_in_python(db)
        assert _totals(db)["session_month"] == _totals(practice.store.path)["session_month"]


def test_a_failed_bulk_load_keeps_the_triggers(practice: Practice):
    with (
        pytest.raises(RuntimeError),
        practice.store.engine.begin() as conn,
        overview_totals.triggers_paused(conn),
    ):
        raise RuntimeError("the load failed")
    with practice.store.engine.connect() as conn:
        names = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'home_%'"
        ).scalars()
        assert len(list(names)) == 7
    coachee = practice.coachees.create("Na de mislukte import")
    trajectory = practice.trajectories.create(coachee.id, "Traject")
    practice.sessions.create(trajectory.id, datetime(2026, 11, 3, 10), duration_minutes=50)
    assert practice.trajectories.get(trajectory.id)  # the trigger ran: counted below
    row = sqlite3.connect(practice.store.path).execute(
        "SELECT counted_sessions, counted_minutes FROM trajectory WHERE id = ?", (trajectory.id,)
    )
    assert row.fetchone() == (1, 50)
