"""Helpers of the portability tests: a practice with rows in every table, a table-by-table
dump that does not depend on integer ids, and the store file's hash."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from coachdesk.core import schema
from coachdesk.core.models import new_uid
from coachdesk.core.practice import Practice


def fill_every_table(practice: Practice) -> None:
    """Demo data, plus a row in each table the demo generator leaves empty."""
    practice.demo.generate(coachees=4, seed=3)
    practice.settings.set("coach_name", "Marieke de Vries")
    coachee = practice.coachees.list()[0]
    extra: dict[str, dict[str, Any]] = {
        "consent": {"coachee_id": coachee.id, "given_on": date(2026, 1, 5)},
        "erasure": {
            "subject_table": "coachee",
            "subject_uid": new_uid(),
            "erased_at": datetime(2026, 2, 1, tzinfo=UTC),
        },
        "audit_event": {"action": "test", "at": datetime(2026, 2, 1, tzinfo=UTC)},
    }
    with practice.db.store.engine.begin() as conn:
        for name, row in extra.items():
            if name in schema.ordered_tables():
                conn.execute(insert(schema.table(name)).values(uid=new_uid(), **row))


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, integer ids replaced by uids (references too), sorted."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        uids = {
            t: dict(conn.execute(f"SELECT id, uid FROM {t}").fetchall())
            for t in schema.ordered_tables()
            if t != "setting"
        }
        out: dict[str, list[tuple]] = {}
        for t in schema.ordered_tables():
            refs = {e.column: e.parent for e in schema.edges() if e.child == t}
            cur = conn.execute(f"SELECT * FROM {t}")
            names = [d[0] for d in cur.description]
            rows = []
            for raw in cur.fetchall():
                row = []
                for name, value in zip(names, raw, strict=True):
                    if name == "id":
                        continue
                    if name in refs and value is not None:
                        value = uids[refs[name]][value]
                    row.append((name, value))
                rows.append(tuple(sorted(row)))
            out[t] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def file_hash(folder: Path) -> str:
    """The store's bytes: the database file and, if there is one, its WAL."""
    digest = hashlib.sha256()
    for name in ("coachdesk.db", "coachdesk.db-wal"):
        path = folder / name
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()
