"""Rescue what can still be read from a damaged store into a new one.

SQLite's own ``.recover`` (the ``sqlite3`` command-line shell, when installed)
reads every page it can, also past damage; without it, every table is copied
row by row, skipping the rows that cannot be read. The rescue is built under a
temporary name and checked; only then is the damaged store set aside (with its
-wal and -shm, under a dated name, never deleted) and the rescue put in its place.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coachdesk.errors import RecoverError
from coachdesk.store import files, sqlite_file
from coachdesk.store.database import connect_file
from coachdesk.store.restore import claim_alone, set_aside_damaged

log = logging.getLogger(__name__)

CHUNK = 500


@dataclass(frozen=True)
class Recovered:
    database: Path
    set_aside: Path
    method: str  # "recover" (SQLite's .recover) or "rows" (row by row)
    tables: dict[str, int] = field(default_factory=dict)
    skipped_rows: int = 0


def _shell() -> str | None:
    return shutil.which("sqlite3")


def _with_shell(shell: str, damaged: Path, part: Path) -> None:
    dump = subprocess.Popen(
        [shell, "-readonly", str(damaged), ".recover --ignore-freelist"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        load = subprocess.run(
            [shell, "-bail", str(part)],
            stdin=dump.stdout,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=3600,
            check=False,
        )
    finally:
        if dump.stdout is not None:
            dump.stdout.close()
        dump.wait(timeout=60)
    if load.returncode != 0 or dump.returncode != 0:
        raise RecoverError(detail="sqlite3 .recover", path=str(damaged))
    _validate(part, damaged)


def _validate(part: Path, damaged: Path) -> None:
    conn = connect_file(part)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "coachee" not in names or "alembic_version" not in names:
            raise RecoverError(detail="no CoachDesk tables could be read", path=str(damaged))
        if conn.execute("PRAGMA integrity_check(1)").fetchone()[0] != "ok":
            raise RecoverError(detail="the rescue is not sound", path=str(damaged))
    finally:
        conn.close()


def _row_by_row(damaged: Path, part: Path) -> int:
    """Copy every readable row of every table; the number of rows that could not be read."""
    src = connect_file(damaged, immutable=True)
    dst = connect_file(part)
    skipped = 0
    try:
        schema = src.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC"
        ).fetchall()
        dst.execute("BEGIN")
        tables = [n for t, n, sql in schema if t == "table" and "VIRTUAL" not in sql.upper()]
        shadow = {n for n in tables if n.startswith("search_index_")}
        for kind, name, sql in schema:
            if kind == "table" and name not in shadow:
                dst.execute(sql)
        for table in tables:
            if table in shadow:
                continue
            skipped += _copy_table(src, dst, table)
        for kind, _name, sql in schema:
            if kind in ("index", "trigger") or (kind == "table" and "VIRTUAL" in sql.upper()):
                try:
                    dst.execute(sql)
                except sqlite_file.Error:
                    log.warning("a %s could not be recreated in the rescue", kind)
        dst.execute("COMMIT")
    finally:
        src.close()
        dst.close()
    return skipped


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, table: str) -> int:
    skipped = 0
    try:
        top = src.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except sqlite_file.DatabaseError:
        top = 1 << 40
    start = 0
    while start <= top:
        try:
            rows = src.execute(
                f'SELECT rowid, * FROM "{table}" WHERE rowid > ? AND rowid <= ?',
                (start, start + CHUNK),
            ).fetchall()
        except sqlite_file.DatabaseError:
            rows = []
            for rowid in range(start + 1, start + CHUNK + 1):
                try:
                    rows += src.execute(
                        f'SELECT rowid, * FROM "{table}" WHERE rowid = ?', (rowid,)
                    ).fetchall()
                except sqlite_file.DatabaseError:
                    skipped += 1
        if rows:
            marks = ", ".join("?" * (len(rows[0]) - 1))
            dst.executemany(
                f'INSERT OR IGNORE INTO "{table}" VALUES ({marks})', [r[1:] for r in rows]
            )
        start += CHUNK
    return skipped


def recover(db_path: Path, tables: Sequence[str]) -> Recovered:
    """Rescue ``db_path`` into a new store in its place; the damaged one is set aside.
    Refused (RestoreWhileOpenError, nothing changed) while anyone has the store open."""
    use = claim_alone(db_path)
    try:
        return _recover(db_path, tables)
    finally:
        use.release()


def _recover(db_path: Path, tables: Sequence[str]) -> Recovered:
    part = files.part_name(db_path.with_name(db_path.name + ".recover"))
    skipped = 0
    method = "recover"
    try:
        files.create_private(part)
        shell = _shell()
        try:
            if shell is None:
                raise RecoverError(detail="no sqlite3", path=str(db_path))
            _with_shell(shell, db_path, part)
        except (RecoverError, OSError, subprocess.SubprocessError):
            files.remove_with_sides(part)
            files.create_private(part)
            method = "rows"
            skipped = _row_by_row(db_path, part)
            _validate(part, db_path)
        conn = connect_file(part)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            counts = {
                t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in tables
                if t in names
            }
        finally:
            conn.close()
        aside = set_aside_damaged(db_path)
        files.replace(part, db_path)
    except RecoverError:
        files.remove_with_sides(part)
        raise
    except sqlite_file.FileError as exc:
        files.remove_with_sides(part)
        raise RecoverError(detail=type(exc).__name__, path=str(db_path)) from exc
    log.warning("a damaged store was rescued (%s)", method)
    return Recovered(
        database=db_path, set_aside=aside, method=method, tables=counts, skipped_rows=skipped
    )
