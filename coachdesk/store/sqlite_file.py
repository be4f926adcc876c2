"""Opening an SQLite file by its path, never by a URI someone built by hand.

A hand-built URI breaks on ordinary folder names: ``sqlite:///{path}`` lets
SQLAlchemy read ``?`` as the start of a query string (``/x/q?x`` became the file
``/x/q``) and decode ``%20`` (``/x/pct%20x`` wrote into ``/x/pct x``), and
``Path.as_uri()`` refuses a relative path. So a connection is opened with the
path itself; only a read-only open needs SQLite's ``file:`` URI (Python 3.11 has
no other way to ask for ``mode=ro``), and that one is made from the absolute
path by pathlib, which percent-encodes every special character.

This is also the one place the driver is chosen (issue 13): a file that is not
plain SQLite (or a new one in the folder of an unlocked encrypted store) is
opened with SQLCipher and the key is its first statement (store/cipher.py
decides which key). ``Error``/``DatabaseError``/``OperationalError`` catch the
errors of both drivers.

No SQLAlchemy here: core/peek.py reads the coachee list with it before the ORM
is imported.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any, Literal

IsolationLevel = Literal["DEFERRED", "EXCLUSIVE", "IMMEDIATE"] | None
FileError: tuple[type[Exception], ...]  # a file problem, or SQLite's (module __getattr__)
Error: tuple[type[Exception], ...]
DatabaseError: tuple[type[Exception], ...]
OperationalError: tuple[type[Exception], ...]


def _sqlcipher() -> Any:
    """SQLCipher's driver, imported when first needed: a plain store is read at start
    (core/peek.py) without it."""
    import sqlcipher3.dbapi2 as sqlcipher  # type: ignore[import-untyped]

    return sqlcipher


def __getattr__(name: str) -> Any:
    """SQLCipher's driver (``sqlcipher``) and the error classes of both drivers (looked up
    where an error is caught), without importing SQLCipher before they are asked for."""
    if name == "sqlcipher":
        return _sqlcipher()
    if name in ("Error", "DatabaseError", "OperationalError"):
        return (getattr(sqlite3, name), getattr(_sqlcipher(), name))
    if name == "FileError":
        return (OSError, sqlite3.Error, _sqlcipher().Error)
    raise AttributeError(name)


def _cipher() -> Any:
    """store/cipher.py, imported when a key is to be chosen or used: a plain store
    read with ``key=None`` at start (core/quick_read.py) does without it."""
    from coachdesk.store import cipher

    return cipher


AUTO: Any = object()  # key=AUTO: the key cipher.key_for_file picks


def readonly_uri(path: Path) -> str:
    """SQLite's URI for opening ``path`` read-only (``?``, ``#``, ``%`` and spaces encoded)."""
    return f"{Path(path).absolute().as_uri()}?mode=ro"


def connect(
    path: Path,
    *,
    readonly: bool = False,
    immutable: bool = False,
    check_same_thread: bool = True,
    isolation_level: IsolationLevel = "DEFERRED",
    key: bytes | None = AUTO,
    cipher_driver: bool = False,
) -> sqlite3.Connection:
    """A DB-API connection to the file at ``path`` (made absolute first). ``key``:
    the SQLCipher key (default: the one cipher.key_for_file picks; None: plain).
    ``cipher_driver``: SQLCipher's driver also for a plain file (sqlcipher_export)."""
    if key is AUTO:
        key = _cipher().key_for_file(path)
    module: Any = _sqlcipher() if key or cipher_driver else sqlite3
    if module is not sqlite3:
        _quiet_cipher()
    if immutable:
        target, uri = f"{Path(path).absolute().as_uri()}?immutable=1", True
    elif readonly:
        target, uri = readonly_uri(path), True
    else:
        target, uri = str(Path(path).absolute()), False
    conn = module.connect(
        target, uri=uri, check_same_thread=check_same_thread, isolation_level=isolation_level
    )
    if key:
        try:
            conn.execute(_cipher().key_pragma(key))
        except BaseException:
            conn.close()
            raise
    return conn


_quiet: list[bool] = []


def _quiet_cipher() -> None:
    """SQLCipher writes its own errors (a wrong key) to stderr: the store says them
    once, in the coach's language, so its log goes off (a process-wide setting)."""
    if not _quiet:
        conn = _sqlcipher().connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
        _quiet.append(True)


def is_cipher(conn: object) -> bool:
    driver = sys.modules.get("sqlcipher3.dbapi2")  # (not imported: not SQLCipher's)
    return driver is not None and isinstance(conn, driver.Connection)
