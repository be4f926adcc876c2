"""Rescue what can still be read from a damaged store into a new one.

SQLite's own ``.recover`` (the ``sqlite3`` command-line shell, when installed)
reads every page it can, also past damage; without it, every table is copied
row by row, skipping the rows that cannot be read. The rescue is built under a
temporary name and checked, then given a lasting name (``coachdesk-rescued-<date>.db``,
which no clean-up of leftovers removes); only then is the damaged store kept under a
dated name (with its -wal and -shm, never deleted) and the rescue put in its place in
one rename, so a crash at any moment leaves a database in place and the rescue kept.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from coachdesk.errors import RecoverError
from coachdesk.store import files, sqlite_file
from coachdesk.store.restore import claim_alone, replace_damaged
from coachdesk.store.store_file import connect_file

log = logging.getLogger(__name__)

CHUNK = 500
# Past a failing query, this many windows of CHUNK rowids are read one by one before the
# rescue jumps ahead instead (JUMPS jumps of doubling length reach past any rowid): every
# table is read in bounded time, also when its last page is the damaged one.
WINDOWS = 20
JUMPS = 56
MAX_ROWID = (1 << 63) - 1


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
        keyed = {n for t, n, sql in schema if t == "table" and "WITHOUT ROWID" in sql.upper()}
        for table in tables:
            if table in shadow:
                continue
            if table in keyed:  # no rowid to walk: only session_month, totals recomputed after
                _copy_keyed(src, dst, table)
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


def _copy_keyed(src: sqlite3.Connection, dst: sqlite3.Connection, table: str) -> None:
    """A WITHOUT ROWID table in one read, or not at all: such tables hold only what is
    derived from the others (the home screen's totals, recomputed after a rescue)."""
    try:
        rows = src.execute(f'SELECT * FROM "{table}"').fetchall()
    except sqlite_file.DatabaseError:
        log.warning("a derived table could not be read; it is computed again")
        return
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        dst.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, table: str) -> int:
    """Copy ``table`` in rowid order, ``CHUNK`` rows a query (``rowid > last LIMIT``, so
    gaps cost nothing and ``max(rowid)`` is never needed: on a damaged last page it
    cannot be read). Where a query fails, the next ``CHUNK`` rowids are read one by one;
    after ``WINDOWS`` such windows in a row without a single row, jumps of doubling length
    look for a place past the damage where reading works again (``_past_damage``), and
    the walk stops when there is none. Returns the rowids that failed to read."""
    skipped = 0
    last = 0  # every rowid up to here has been copied or tried
    empty = 0
    while True:
        try:
            rows = src.execute(
                f'SELECT rowid, * FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?',
                (last, CHUNK),
            ).fetchall()
        except sqlite_file.DatabaseError:
            if empty >= WINDOWS:
                resume = _past_damage(src, table, last)
                if resume is None:
                    log.warning("a table could not be read to its end; the rescue stops there")
                    break
                last, empty = resume, 0
                continue
            rows, failed = _one_by_one(src, table, last)
            skipped += failed
            last += CHUNK
            empty = 0 if rows else empty + 1
        else:
            if not rows:
                break  # read to the end
            last = rows[-1][0]
            empty = 0
        if rows:
            marks = ", ".join("?" * (len(rows[0]) - 1))
            dst.executemany(
                f'INSERT OR IGNORE INTO "{table}" VALUES ({marks})', [r[1:] for r in rows]
            )
    return skipped


def _one_by_one(src: sqlite3.Connection, table: str, after: int) -> tuple[list[Any], int]:
    """The readable rows of the ``CHUNK`` rowids after ``after``, and how many failed."""
    rows: list[Any] = []
    failed = 0
    for rowid in range(after + 1, after + CHUNK + 1):
        try:
            rows += src.execute(f'SELECT rowid, * FROM "{table}" WHERE rowid = ?', (rowid,))
        except sqlite_file.DatabaseError:
            failed += 1
    return rows, failed


def _past_damage(src: sqlite3.Connection, table: str, after: int) -> int | None:
    """A rowid past ``after`` to go on from, or None when there is nothing more to read (at
    most ``JUMPS`` jumps of doubling length to where a read works again, a bisection back
    to the first such place, and then the row found there: going on from just before it
    always moves forward, so the walk ends)."""

    def probe(rowid: int) -> int | bool | None:
        """None: the read fails; False: nothing follows; else the next rowid after."""
        try:
            found = src.execute(
                f'SELECT rowid FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT 1', (rowid,)
            ).fetchall()
        except sqlite_file.DatabaseError:
            return None
        return int(found[0][0]) if found else False

    low, step = after, CHUNK
    for _ in range(JUMPS):
        high = after + step
        if high > MAX_ROWID:
            return None
        if probe(high) is not None:
            while high - low > 1:  # low fails, high reads
                middle = (low + high) // 2
                low, high = (low, middle) if probe(middle) is not None else (middle, high)
            found = probe(high)
            if not found:
                return None  # reading works there and nothing follows: the table ends
            return max(int(found) - 1, after + 1)
        low, step = high, step * 2
    return None


def _rescued_name(db_path: Path) -> Path:
    stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-rescued-{stamp}{db_path.suffix}")
    n = 1
    while target.exists():
        target = db_path.with_name(f"{db_path.stem}-rescued-{stamp}-{n}{db_path.suffix}")
        n += 1
    return target


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
        # Out of reach of clean_leftovers (which removes the .part of a dead process)
        # before anything else moves: a crash from here on never loses the rescue.
        rescued = _rescued_name(db_path)
        os.replace(part, rescued)
        files.fsync_dir(db_path.parent)
        aside = replace_damaged(db_path, rescued)
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
