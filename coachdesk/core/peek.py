"""A quick, read-only look at the coachee list without importing the ORM.

The window paints its list from this while SQLAlchemy/SQLModel import and the
store opens for real in the background (that full open still runs every check
and migration). Anything unusual — no file, not SQLite, an older or newer
schema, a read error — returns None, and the caller takes the normal path.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coachdesk import paths
from coachdesk.core.coachee_rows import COACHEE_ROWS_SQL, params, to_rows
from coachdesk.core.records import CoacheeRow
from coachdesk.store import migrate, sqlite_file

_HEADER = b"SQLite format 3\x00"


def peek_coachee_rows(folder: Path) -> list[CoacheeRow] | None:
    db = paths.database_path(folder)
    try:
        if not db.is_file() or db.stat().st_size < 100:
            return None
        with db.open("rb") as fh:
            if fh.read(len(_HEADER)) != _HEADER:
                return None
        conn = sqlite_file.connect(db, readonly=True)
        try:
            conn.execute("PRAGMA query_only = ON")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != migrate.head_revision():
                return None
            return to_rows(conn.execute(COACHEE_ROWS_SQL, params(None)))
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return None
