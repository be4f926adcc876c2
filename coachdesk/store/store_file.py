"""One store file, raw: a connection to it, a read-only look at it, and the one
sentence for what went wrong with it.

Kept apart from store/database.py, which opens the store through SQLAlchemy: what is
here needs only sqlite3 (or SQLCipher), so the check run ahead while the window starts
(store/precheck.py), backups, restore and recovery read a file without importing the ORM.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coachdesk.errors import (
    CorruptDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    NotADatabaseError,
    PassphraseNeededError,
    StoreError,
    StoreIsFolderError,
    StoreLockedError,
    StoreReadOnlyError,
    StoreUnreadableError,
)
from coachdesk.store import cipher, files, sqlite_file

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

# SQLite's primary result codes that mean "this file is damaged / not a database".
_DAMAGE = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_FULL, _READONLY, _PERM, _BUSY, _LOCKED = 13, 8, 3, 5, 6
_LOW_SPACE = 4 * 1024 * 1024


def store_error(exc: BaseException, path: Path) -> StoreError:
    """The one sentence for a database error: damage only when SQLite says damage;
    a full disk is a full disk (also when it shows as an I/O or cannot-open error)."""
    if isinstance(exc, StoreError):
        return exc
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        exc = orig
    where = str(path)
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return StoreIsFolderError(path=where)
    if isinstance(exc, OSError):
        if files.is_disk_full(exc):
            return DiskFullError(path=where)
        if exc.errno in files.READ_ONLY:
            return StoreReadOnlyError(path=where)
        return StoreUnreadableError(path=where, detail=exc.strerror or type(exc).__name__)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary in _DAMAGE or (
        primary is None and ("malformed" in text or "not a database" in text)
    ):
        return CorruptDatabaseError(path=where, detail=text)
    if primary == _FULL or _low_on_space(path):
        return DiskFullError(path=where)
    if primary in (_READONLY, _PERM):
        return StoreReadOnlyError(path=where)
    if primary in (_BUSY, _LOCKED):
        return StoreLockedError()
    return StoreUnreadableError(path=where, detail=text)


def _low_on_space(path: Path) -> bool:
    free = files.free_bytes(path.parent if not path.is_dir() else path)
    return free is not None and free < _LOW_SPACE


def connect_file(
    path: Path,
    *,
    readonly: bool = False,
    immutable: bool = False,
    key: bytes | None = sqlite_file.AUTO,
) -> sqlite3.Connection:
    """A raw connection to a store-format file (driver and key: sqlite_file.connect;
    a writer of a new file passes ``key``). ``immutable``: read the main file only,
    write nothing (no -wal/-shm created, a WAL ignored) - for files nobody else has open."""
    conn = sqlite_file.connect(
        path,
        readonly=readonly,
        immutable=immutable,
        check_same_thread=False,
        isolation_level=None,
        key=key,
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA secure_delete = ON")  # as every store connection (issue 14)
    return conn


def encrypted_readable(path: Path) -> bool:
    """Is ``path`` a non-plain file this process holds a key for (an encrypted store file)?"""
    return cipher.has_plain_header(path) is False and cipher.key_for_file(path) is not None


def inspect_file(path: Path, *, quick_check: bool = False, immutable: bool = False) -> str | None:
    """Read-only look at an existing file: its schema revision, or None when new.

    Raises NotADatabaseError, ForeignDatabaseError, CorruptDatabaseError (only for
    real damage), StoreIsFolderError, DiskFullError or another StoreError and never
    writes to the file. Without ``quick_check`` it reads the header and the schema
    only; with it, also SQLite's ``PRAGMA quick_check`` over every page.
    """
    if path.is_dir():
        raise StoreIsFolderError(path=str(path))
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise store_error(exc, path) from exc
    if header != SQLITE_HEADER and cipher.key_for_file(path) is None:
        if cipher.is_encrypted(path.parent):
            raise PassphraseNeededError()
        raise NotADatabaseError(path=str(path))
    try:
        conn = connect_file(path, readonly=True, immutable=immutable)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if quick_check and revision is not None:
                found = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
                if found != ["ok"]:
                    raise CorruptDatabaseError(path=str(path), detail="; ".join(found))
        finally:
            conn.close()
    except sqlite_file.Error as exc:
        raise store_error(exc, path) from exc
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if revision is None:
        if user_tables:
            raise ForeignDatabaseError(path=str(path))
        return None
    if "coachee" not in user_tables:
        raise ForeignDatabaseError(path=str(path))
    return revision
