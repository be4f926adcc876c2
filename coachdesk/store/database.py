"""Opening, checking and closing the SQLite store.

``open_store`` is the one way in. It refuses files that are not a CoachDesk
database, are damaged, or were written by a newer CoachDesk, and leaves them
untouched. It runs pending Alembic migrations after a safety copy made with
SQLite's backup API. The driver (plain SQLite or SQLCipher with the store's key)
is chosen in sqlite_file.connect, which every connection here goes through; an
encrypted store opens only once unlocked (store/encrypt.unlock).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool, QueuePool
from sqlmodel import Session

from coachdesk import paths
from coachdesk.errors import (
    DataDirError,
    MigrationError,
    PassphraseNeededError,
    Term,
)
from coachdesk.store import cipher, files, migrate, precheck, sqlite_file, wal
from coachdesk.store.lock import UseLock
from coachdesk.store.store_file import (
    BUSY_TIMEOUT_MS,
    encrypted_readable,
    inspect_file,
    store_error,
)


@dataclass
class Store:
    """An open store: the database file and its engine."""

    folder: Path
    path: Path
    engine: Engine
    migrated_from: str | None = None
    safety_copy: Path | None = None
    notices: list[str] = field(default_factory=list)  # message keys to tell the coach
    _use: UseLock | None = field(default=None, repr=False)
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

    @property
    def key(self) -> bytes | None:
        """The SQLCipher key of this store (None: plain): whatever it writes (a backup
        in another folder, a safety copy) is written under it."""
        return getattr(self.engine, "coachdesk_key", None)

    def close(self, *, keep_key: bool = False) -> None:
        """Close the store; the last store of its folder to close forgets the folder's
        key (a practice opened later in this process never gets it, and this one asks
        for its passphrase again), unless ``keep_key`` (a restore reopens it at once)."""
        if not self._closed:
            self.engine.dispose()
            self._closed = True
            if self._use is not None:
                self._use.release()
            if _closed_last(self.folder) and not keep_key:
                cipher.forget(self.folder)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_open_lock = threading.Lock()
_open_stores: dict[str, int] = {}  # realpath of a data folder -> stores open on it


def _opened(folder: Path) -> None:
    with _open_lock:
        name = os.path.realpath(folder)
        _open_stores[name] = _open_stores.get(name, 0) + 1


def _closed_last(folder: Path) -> bool:
    with _open_lock:
        name = os.path.realpath(folder)
        left = _open_stores.get(name, 1) - 1
        if left > 0:
            _open_stores[name] = left
            return False
        _open_stores.pop(name, None)
        return True


def make_engine(
    path: Path,
    *,
    foreign_keys: bool = True,
    pooled: bool = True,
    key: bytes | None = sqlite_file.AUTO,
) -> Engine:
    """An engine whose every connection has our pragmas and real transactions.

    pysqlite's own transaction handling does not BEGIN before DDL and commits
    at odd moments; we switch it off and emit BEGIN IMMEDIATE ourselves
    (SQLAlchemy's documented recipe), so a failed write or migration rolls back
    whole and concurrent writers wait for each other instead of failing.

    The file is opened by its path (sqlite_file.connect), not through a database
    URL: a folder named ``q?x`` or ``pct%20x`` is a file name, not a query string
    or an escape. With a bare ``sqlite://`` URL SQLAlchemy would assume an
    in-memory database and pick a single-connection pool, so the pool is named.
    ``key``: the SQLCipher key (default: cipher.key_for_file; None: plain).
    """
    path = Path(path).absolute()
    if key is sqlite_file.AUTO:
        key = cipher.key_for_file(path)

    def connect() -> sqlite3.Connection:
        return sqlite_file.connect(path, check_same_thread=False, key=key)

    engine = create_engine(
        "sqlite://",
        creator=connect,
        poolclass=QueuePool if pooled else NullPool,
        # the DB-API module whose errors SQLAlchemy wraps: SQLCipher's for an encrypted store
        **({"module": sqlite_file.sqlcipher} if key else {}),
    )
    engine.coachdesk_key = key  # type: ignore[attr-defined]  # Store.key

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        # Deleted content is overwritten, whatever SQLite's build default (issue 14).
        cur.execute("PRAGMA secure_delete = ON")
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
    """Create the data folder (owner-only), or explain in one sentence why it cannot be used."""
    if folder.exists() and not folder.is_dir():
        raise DataDirError(path=str(folder), reason=Term("reason.not_a_folder"))
    try:
        files.private_folder(folder)
    except OSError as exc:
        raise DataDirError(path=str(folder), reason=Term("reason.missing")) from exc
    files.tighten(folder, files.FOLDER_MODE)  # it holds personal data: the owner's only
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataDirError(path=str(folder), reason=Term("reason.readonly"))


def _leftover_wal(db_path: Path, use: UseLock) -> Path | None:
    """Decide about a WAL left beside the database while nobody else has it open:
    one from another history is set aside (returned); one of a crash is merged."""
    if not use.try_exclusive():
        return None  # someone has the store open: their WAL is live
    verdict = wal.belongs(db_path)
    if verdict is False:
        return wal.set_aside(db_path)
    return None


def _create_new(db_path: Path) -> None:
    """A fresh store: built under a temporary name and renamed into place, so a full
    disk leaves nothing behind (no 0-byte database)."""
    part = files.part_name(db_path.with_name(db_path.name + ".new"))
    try:
        files.create_private(part)
        # encrypted only when THIS folder is (an unlocked key file), never by another's key
        migrate.upgrade(part, None, db_path.parent, key=cipher.registered(db_path.parent))
        files.replace(part, db_path)
    except MigrationError as exc:
        files.remove_with_sides(part)
        cause = exc.__cause__
        if cause is not None:
            raise store_error(cause, db_path) from exc
        raise
    except sqlite_file.FileError as exc:
        files.remove_with_sides(part)
        raise store_error(exc, db_path) from exc


def open_store(folder: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating or migrating as needed) the store in ``folder``."""
    root = paths.data_dir(folder)
    ensure_folder(root)
    db_path = paths.database_path(root)
    files.clean_leftovers([root, paths.backups_dir(root)])
    finished = None
    if cipher.is_encrypted(root):
        if cipher.registered(root) is None:
            raise PassphraseNeededError()  # before anything is read or written
        from coachdesk.store import encrypt

        finished = encrypt.finish(root)  # what a killed encrypt or decrypt left plain
    use = UseLock(db_path)
    try:
        notices: list[str] = []
        if finished is not None and finished.failed:
            notices.append("crypto.backups_set_aside")
        if db_path.is_file() and _leftover_wal(db_path, use) is not None:
            notices.append("store.stray_wal")
        use.shared()
        revision = inspect_file(db_path)
        # An encrypted store skips the page-by-page check at open: SQLCipher checks the
        # HMAC of every page whenever it is read (damage is refused then), and the
        # quick_check costs 17x the plain one there (13 s at 10,000 coachees).
        # ``coachdesk check`` and every backup still run the full check. The window
        # checks ahead, beside its imports (store/precheck.py).
        plain = revision is not None and not encrypted_readable(db_path)
        if plain and not precheck.take(db_path):
            inspect_file(db_path, quick_check=True)
        migrate.refuse_newer(db_path, revision)
        if revision is None:
            if db_path.exists():  # an empty (0-byte) file: nothing to keep
                db_path.unlink()
            _create_new(db_path)
        files.tighten(db_path, files.FILE_MODE)
        safety_copy = None
        if migrate.pending(revision) and revision is not None:
            safety_copy = migrate.upgrade(db_path, revision, paths.backups_dir(root))
        engine = make_engine(db_path)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except Exception as exc:  # surfaced as one sentence
            engine.dispose()
            raise store_error(exc, db_path) from exc
    except BaseException:
        use.release()
        raise
    _opened(root)
    return Store(
        folder=root,
        path=db_path,
        engine=engine,
        migrated_from=revision if safety_copy or revision is None else None,
        safety_copy=safety_copy,
        notices=notices,
        _use=use,
    )


def copy_database(source: Path, target: Path) -> Path:
    """Consistent copy of a (possibly live) database with the backup API, owner-only,
    under a temporary name until complete (a failure leaves no ``.part`` behind)."""
    files.private_folder(target.parent)
    tmp = files.part_name(target)
    key = cipher.key_for_file(source)  # the copy is encrypted exactly as its source
    try:
        files.create_private(tmp)
        src = sqlite_file.connect(source, readonly=True, key=key)
        try:
            dst = sqlite_file.connect(tmp, key=key)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        files.replace(tmp, target)
    except BaseException:
        files.remove_with_sides(tmp)
        raise
    return target
