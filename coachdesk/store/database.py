"""Opening, checking and closing the SQLite store.

``open_store`` is the one way in. It refuses files that are not a CoachDesk
database, are damaged, or were written by a newer CoachDesk, and leaves them
untouched. It runs pending Alembic migrations after a safety copy made with
SQLite's backup API. Later the driver can be swapped here (SQLCipher) without
anything above this module noticing.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from coachdesk import paths
from coachdesk.errors import (
    CorruptDatabaseError,
    DataDirError,
    ForeignDatabaseError,
    NotADatabaseError,
    StoreError,
    Term,
)
from coachdesk.store import migrate

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass
class Store:
    """An open store: the database file and its engine."""

    folder: Path
    path: Path
    engine: Engine
    migrated_from: str | None = None
    safety_copy: Path | None = None
    _closed: bool = field(default=False, repr=False)

    def session(self) -> Session:
        """A short-lived ORM session; objects stay readable after commit."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A raw DB-API connection from the pool (for bulk work and pragmas)."""
        raw = self.engine.raw_connection()
        try:
            yield raw.driver_connection  # type: ignore[misc]
        finally:
            raw.close()

    def close(self) -> None:
        if not self._closed:
            self.engine.dispose()
            self._closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_engine(path: Path, *, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    """An engine whose every connection has our pragmas and real transactions.

    pysqlite's own transaction handling does not BEGIN before DDL and commits
    at odd moments; we switch it off and emit BEGIN IMMEDIATE ourselves
    (SQLAlchemy's documented recipe), so a failed write or migration rolls back
    whole and concurrent writers wait for each other instead of failing.
    """
    kwargs: dict = {"connect_args": {"check_same_thread": False}}
    if not pooled:
        kwargs["poolclass"] = NullPool
    engine = create_engine(f"sqlite:///{path}", **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE: a transaction that reads and then writes takes the write lock
        # up front, so it waits (busy_timeout) for another writer instead of failing
        # at once with "database is locked" (the GUI thread and the autosave writer
        # write at the same time). WAL readers outside the engine are not blocked.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def ensure_folder(folder: Path) -> None:
    """Create the data folder, or explain in one sentence why it cannot be used."""
    if folder.exists() and not folder.is_dir():
        raise DataDirError(path=str(folder), reason=Term("reason.not_a_folder"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(path=str(folder), reason=Term("reason.missing")) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataDirError(path=str(folder), reason=Term("reason.readonly"))


def inspect_file(path: Path) -> str | None:
    """Read-only look at an existing file: its schema revision, or None when new.

    Raises NotADatabaseError, ForeignDatabaseError or CorruptDatabaseError and
    never writes to the file. It reads the header and the schema only (fast on a
    large store); damage deeper in the file is found by ``coachdesk check`` and
    reported as CorruptDatabaseError when a query meets it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabaseError(path=str(path))
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path=str(path), detail=str(exc)) from exc
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if revision is None:
        if user_tables:
            raise ForeignDatabaseError(path=str(path))
        return None
    if "coachee" not in user_tables:
        raise ForeignDatabaseError(path=str(path))
    return revision


def open_store(folder: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating or migrating as needed) the store in ``folder``."""
    root = paths.data_dir(folder)
    ensure_folder(root)
    db_path = paths.database_path(root)
    revision = inspect_file(db_path)
    migrate.refuse_newer(db_path, revision)
    safety_copy = None
    if migrate.pending(revision):
        safety_copy = migrate.upgrade(db_path, revision, paths.backups_dir(root))
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # pragma: no cover - surfaced as one sentence
        engine.dispose()
        raise StoreError(detail=str(exc)) from exc
    return Store(
        folder=root,
        path=db_path,
        engine=engine,
        migrated_from=revision if safety_copy or revision is None else None,
        safety_copy=safety_copy,
    )


def copy_database(source: Path, target: Path) -> Path:
    """Consistent copy of a (possibly live) database with the backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)
    return target
