"""After an erasure: the erased bytes gone from the search index, the file and its WAL.

Every store connection has ``PRAGMA secure_delete = ON`` (store/database.py), so a
deleted row's bytes are overwritten in the page, whatever SQLite's build default.
Two places still hold them after the commit:

- the FTS5 search index: a contentless table forgets a row by adding a delete
  marker; the words stay in the older segments until they are merged.
  ``optimize`` merges every segment into one, which drops them (and the freed
  segment pages are overwritten, secure_delete again);
- the WAL: the frames written before the erasure still hold the old pages. A
  ``wal_checkpoint(TRUNCATE)`` copies the newest pages into the database file and
  cuts the WAL to zero bytes.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from coachdesk.store.migrate import SEARCH_TABLE

log = logging.getLogger(__name__)

CHECKPOINT_TRIES = 3


def merge_search_index(conn: Any) -> None:
    """Merge the search index's segments (in the caller's transaction): the words of
    deleted rows are gone from the index afterwards, not only marked deleted."""
    sql = f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')"
    if hasattr(conn, "exec_driver_sql"):
        conn.exec_driver_sql(sql)
    else:
        conn.execute(sql)


def truncate_wal(conn: sqlite3.Connection) -> bool:
    """Checkpoint the whole WAL into the database and cut it to zero bytes.

    True when done; False when a reader still held an older snapshot after a few
    tries (the next checkpoint, at the latest when the store closes, finishes it).
    """
    for _ in range(CHECKPOINT_TRIES):
        busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return True
    log.warning("WAL checkpoint after an erasure was blocked by a reader")
    return False
