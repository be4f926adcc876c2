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

The merge rewrites the whole index (about 3 s at 10,000 coachees), too long for the
window to wait on. The window's delete therefore leaves a marker file beside the store
(``MERGE_PENDING``, written and synced before the delete commits) and merges in the
background, in short steps (``merge_search_index_in_steps``); whoever opens or closes the store next finishes a merge that a crash
interrupted (core/services/privacy.py, ``finish_pending``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from coachdesk.store.files import fsync_dir
from coachdesk.store.migrate import SEARCH_TABLE

log = logging.getLogger(__name__)

CHECKPOINT_TRIES = 3
MAX_MERGE_STEPS = 100_000  # 64 pages each: far beyond any practice's index
MERGE_PENDING = "search-merge.pending"  # no content: it only says a merge is owed


def merge_search_index(conn: Any) -> None:
    """Merge the search index's segments (in the caller's transaction): the words of
    deleted rows are gone from the index afterwards, not only marked deleted."""
    sql = f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')"
    if hasattr(conn, "exec_driver_sql"):
        conn.exec_driver_sql(sql)
    else:
        conn.execute(sql)


def merge_search_index_in_steps(conn: sqlite3.Connection, pages: int = 64) -> int:
    """The same merge as ``merge_search_index``, a few pages at a time, each step its own
    short write transaction, so other writers wait milliseconds, not the whole merge
    (seconds in a large practice). FTS5's 'merge' with a negative page count works
    toward one segment on every level; the steps stop when one changes nothing, and a
    final 'optimize' (a no-op on a merged index) guarantees the result. Returns the
    number of steps. ``conn`` is a pool connection (autocommit: no implicit BEGIN)."""
    step = f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rank) VALUES ('merge', ?)"
    steps = 0
    while steps < MAX_MERGE_STEPS:
        steps += 1
        before = conn.total_changes
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(step, (-pages,))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        if conn.total_changes - before <= 1:  # only the command's own row: nothing merged
            break
    conn.execute("BEGIN IMMEDIATE")
    try:
        merge_search_index(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return steps


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


def mark_merge_pending(folder: Path) -> None:
    """Note, durably, that the index still holds erased words (before the erasure commits)."""
    marker = folder / MERGE_PENDING
    fd = os.open(marker, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_dir(folder)


def merge_pending(folder: Path) -> bool:
    return (folder / MERGE_PENDING).exists()


def clear_merge_pending(folder: Path) -> None:
    """After the merge and the WAL cut: nothing is owed any more."""
    (folder / MERGE_PENDING).unlink(missing_ok=True)
