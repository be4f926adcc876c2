"""Reading a CoachDesk SQLite file for backup and restore: its schema revision,
row counts per table, newest change, integrity, a page-by-page copy with the
backup API, and the check of a finished copy against the counts of its source.

Shared by store/backup.py (making backups) and store/restore.py (restoring
them). Connections are opened only through store/store_file.connect_file, so an
encrypted store (issue 13) changes the driver there and nothing here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from coachdesk.errors import BackupVerifyError
from coachdesk.store.sqlite_file import AUTO
from coachdesk.store.store_file import connect_file

Progress = Callable[[int, int], None]

STEP_PAGES = 16384  # pages per backup step (64 MB at 4 kB pages): progress without slowing down


@dataclass
class Snapshot:
    schema: str | None
    tables: dict[str, int] = field(default_factory=dict)
    newest_change: datetime | None = None


def read_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def row_counts(conn: sqlite3.Connection, tables: Iterable[str]) -> dict[str, int]:
    present = {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    return {
        t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if t in present
    }


def read_newest_change(conn: sqlite3.Connection, tables: Iterable[str]) -> datetime | None:
    newest: str | None = None
    for table in tables:
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        column = "updated_at" if "updated_at" in columns else "created_at"
        if column not in columns:
            continue
        value = conn.execute(f'SELECT max("{column}") FROM "{table}"').fetchone()[0]
        if isinstance(value, str) and (newest is None or value > newest):
            newest = value
    if newest is None:
        return None
    try:
        moment = datetime.fromisoformat(newest).replace(tzinfo=UTC)
    except ValueError:
        return None
    return min(moment, datetime.now(UTC))  # rows dated ahead (demo data) changed no later than now


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("PRAGMA integrity_check(10)")]


def copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection, progress: Progress | None) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    src.backup(dst, pages=STEP_PAGES, progress=step)


def verify_copy(
    part: Path, tables: Sequence[str], expected: dict[str, int], key: bytes | None = AUTO
) -> datetime | None:
    """integrity_check and the row counts of the copy; its newest change (for the summary)."""
    conn = connect_file(part, readonly=True, key=key)
    try:
        found = integrity_problems(conn)
        if found != ["ok"]:
            raise BackupVerifyError(detail="; ".join(found))
        counts = row_counts(conn, tables)
        newest = read_newest_change(conn, tables) if counts == expected else None
    finally:
        conn.close()
    if counts != expected:
        differ = ", ".join(t for t in expected if counts.get(t) != expected[t])
        raise BackupVerifyError(detail=differ)
    return newest
