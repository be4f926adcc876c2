"""The ORM-free reads of ``coachdesk search`` / ``list coachees`` (core/quick_read.py)
give exactly what the services give, never write, and step aside when unsure."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from coachdesk.core import quick_read
from coachdesk.core.practice import Practice
from coachdesk.core.snippets import make_snippet, pattern_for

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"


@pytest.fixture
def demo_folder(data_dir: Path) -> Path:
    with Practice.open(str(data_dir)) as practice:
        practice.demo.generate(coachees=30, seed=5)
        coachee = practice.coachees.create("Søren Ærø")
        trajectory = practice.trajectories.create(coachee.id, "Leiderschap")
        practice.sessions.create(
            trajectory.id,
            datetime(2026, 3, 3, 10),
            shared_notes="Gesprek met de wethouder",
            private_notes="Søren twijfelt",
        )
    return data_dir


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("status", [None, "active", "archived"])
def test_coachee_rows_equal_the_service(demo_folder: Path, status):
    quick = quick_read.coachee_rows(demo_folder, status)
    with Practice.open(str(demo_folder)) as practice:
        slow = practice.coachees.list(status=status)
    assert quick is not None and len(quick) > 0
    assert quick == slow


@pytest.mark.parametrize(
    "query, shared_only",
    [
        ("wethouder", False),
        ("soren", False),
        ("soren", True),
        ("overleg dir", False),
        ('x"*(', False),
    ],
)
def test_search_equals_the_service(demo_folder: Path, query: str, shared_only: bool):
    quick = quick_read.search(demo_folder, query, 20, shared_only=shared_only)
    with Practice.open(str(demo_folder)) as practice:
        slow = practice.search.find(query, 20, shared_only=shared_only)
    assert quick == slow
    if query == "soren":
        assert quick and any("\ue000Søren\ue001" in h.snippet for h in quick)
        assert any(h.part == "private" for h in quick) is not shared_only


def test_reads_leave_the_store_as_it_was(demo_folder: Path):
    db = demo_folder / "coachdesk.db"
    digest = _digest(db)
    assert quick_read.search(demo_folder, "wethouder") is not None
    assert quick_read.coachee_rows(demo_folder) is not None
    assert _digest(db) == digest
    wal = db.with_name("coachdesk.db-wal")  # a reader may leave SQLite's empty side files
    assert not wal.exists() or wal.stat().st_size == 0
    assert quick_read.coachee_rows(demo_folder) is not None  # and is not put off by them


def test_steps_aside_for_an_older_schema_a_missing_store_and_not_a_database(tmp_path: Path):
    old = tmp_path / "old"
    old.mkdir()
    shutil.copyfile(FIXTURES / "0004.db", old / "coachdesk.db")
    assert quick_read.coachee_rows(old) is None
    assert quick_read.search(old, "a") is None
    assert quick_read.coachee_rows(tmp_path / "nothing") is None
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "coachdesk.db").write_bytes(b"not a database at all" * 20)
    assert quick_read.search(junk, "a") is None


def test_steps_aside_while_a_wal_is_pending(demo_folder: Path):
    with Practice.open(str(demo_folder)) as practice:
        practice.coachees.create("Nieuw")  # the open store keeps its WAL
        assert quick_read.coachee_rows(demo_folder) is None


def test_one_compiled_pattern_serves_the_hits_of_a_query():
    first = pattern_for("De wethouder belt. Zoë ook.", ["wethouder"])
    assert first is not None and first.search("WETHOUDER")
    second = pattern_for("Een wethouder, twee wethouders! Zoë.", ["wethouder"])
    assert first is second  # the letters that can spell the word are the same
    assert pattern_for("Weer een wethouder.", ["wethouder"]) is not first  # no ë: no ë in it
    assert pattern_for("Wéthouder", ["wethouder"]) is not first  # é spells an e here
    assert make_snippet("De Wéthouder komt", ["wethouder"], "[", "]") == "De [Wéthouder] komt"


def test_the_search_and_list_commands_do_not_import_the_orm(demo_folder: Path):
    probe = (
        "import sys; from coachdesk import cli;"
        "a = cli.run(['--data-dir', sys.argv[1], 'search', 'wethouder']);"
        "b = cli.run(['--data-dir', sys.argv[1], 'list', 'coachees', '--json']);"
        "print('exit', a, b, sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel', 'alembic'}))"
    )
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", probe, str(demo_folder)],
        capture_output=True,
        text=True,
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        check=True,
    )
    assert "wethouder" in done.stdout.lower() and '"name": "Søren Ærø"' in done.stdout
    assert done.stdout.strip().endswith("exit 0 0 []")


def test_the_coachee_list_reads_sessions_through_the_coachees_trajectories(demo_folder: Path):
    """Not through the (status, starts_at) index of migration 0005: that plan reads every
    held session of the practice once per coachee (minutes at 10,000 coachees)."""
    import sqlite3

    from coachdesk.core.coachee_rows import COACHEE_ROWS_SQL, params

    conn = sqlite3.connect(demo_folder / "coachdesk.db")
    try:
        plan = [
            row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + COACHEE_ROWS_SQL, params(None))
        ]
    finally:
        conn.close()
    sessions = [step for step in plan if step.startswith("SEARCH s ")]
    assert sessions and all("(trajectory_id=?" in step for step in sessions), plan
