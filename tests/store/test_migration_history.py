"""Real stores written by each earlier schema open with today's code, nothing lost.

tests/fixtures/stores/NNNN.db were made by the CoachDesk of that schema (demo
data in every table, a setting, private notes). Each is opened with today's
code: the safety copy is written before migrating and is complete, every row
is still there with the same values, every row got a unique uid, the foreign
keys hold, and the search index (kept by triggers a table rebuild must not
lose) still follows edits.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from coachdesk.core import schema
from coachdesk.core.practice import Practice
from coachdesk.store import migrate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
STORES = sorted(FIXTURES.glob("*.db"))


def _columns(db: Path) -> dict[str, list[str]]:
    """The columns of every model table the old store has (a later schema adds tables)."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        found = {
            t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')]
            for t in schema.ordered_tables()
        }
        return {t: columns for t, columns in found.items() if columns}
    finally:
        conn.close()


def _rows(db: Path, columns_of: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """Every row of every table, in the columns the old schema had."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        dump = {}
        for table, columns in columns_of.items():
            order = "key" if table == "setting" else "id"
            listed = ", ".join(f'"{c}"' for c in sorted(columns))
            dump[table] = conn.execute(
                f'SELECT {listed} FROM "{table}" ORDER BY {order}'
            ).fetchall()
        return dump
    finally:
        conn.close()


def _revision(db: Path) -> str:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_there_is_a_fixture_store_for_every_earlier_schema():
    earlier = migrate.known_revisions() - {migrate.head_revision()}
    assert {p.stem for p in STORES} == earlier


@pytest.mark.parametrize("fixture", STORES, ids=[p.stem for p in STORES])
def test_an_old_store_opens_with_every_row_and_a_complete_safety_copy(fixture: Path, data_dir):
    data_dir.mkdir(parents=True)
    db = data_dir / "coachdesk.db"
    shutil.copy(fixture, db)
    old_columns = _columns(db)
    before = _rows(db, old_columns)
    assert all(before.values()), "the fixture has rows in every table of its schema"
    fixture_digest = hashlib.sha256(fixture.read_bytes()).hexdigest()

    with Practice.open(str(data_dir)) as practice:
        store = practice.store
        assert store.migrated_from == fixture.stem
        copy = store.safety_copy
        assert copy is not None and copy.is_file()
        assert _revision(copy) == fixture.stem  # taken before migrating
        assert _rows(copy, old_columns) == before  # and complete
        assert _revision(db) == migrate.head_revision()
        assert _rows(db, old_columns) == before  # every row, every value
        report = practice.health.check()
        assert report.healthy, report

        with store.connect() as conn:
            for table in schema.practice_tables():
                count, distinct, shortest = conn.execute(
                    f'SELECT count(*), count(DISTINCT uid), min(length(uid)) FROM "{table}"'
                ).fetchone()
                assert count == distinct and shortest in ((32,) if count else (None,)), table

            # 0004 run by this open: sessions in the past were held, those ahead are
            # planned. (A store made at 0004 or later keeps the statuses it had, every
            # row and value as checked above: its planned sessions fall into the past
            # as the calendar moves on.)
            if fixture.stem < "0004":
                now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
                statuses = conn.execute(
                    "SELECT starts_at > ?, status, count(*) FROM coaching_session GROUP BY 1, 2",
                    (now,),
                ).fetchall()
                assert {(bool(ahead), status) for ahead, status, _n in statuses} <= {
                    (True, "planned"),
                    (False, "held"),
                }

        # The search index still follows the notes (its triggers survived the rebuild).
        session = practice.sessions.list(1)[0]
        practice.notes.save_draft(session.id, shared_notes="Zeldzaamwoord voor de index")
        hits = practice.search.find("zeldzaamwoord")
        assert [h.session_id for h in hits] == [session.id]
    assert hashlib.sha256(fixture.read_bytes()).hexdigest() == fixture_digest  # untouched


def test_new_rows_get_a_uid_on_every_insert_path(practice):
    coachee = practice.coachees.create("Zoë Öztürk")  # through the ORM
    assert len(coachee.uid) == 32
    with practice.store.connect() as conn:  # raw SQL, as an import might write
        conn.execute(
            "INSERT INTO sponsor (organisation, contact_name, email, phone, created_at, updated_at)"
            " VALUES ('Waterschap', '', '', '', '2026-01-01 09:00:00', '2026-01-01 09:00:00')"
        )
        uids = [r[0] for r in conn.execute("SELECT uid FROM sponsor")]
    assert len(uids) == 1 and len(uids[0]) == 32 and uids[0] != coachee.uid
    practice.demo.generate(coachees=3, seed=5)  # bulk Core inserts
    with practice.store.connect() as conn:
        count, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT uid) FROM coachee"
        ).fetchone()
    assert count == distinct == 4
