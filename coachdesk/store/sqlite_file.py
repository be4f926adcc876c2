"""Opening an SQLite file by its path, never by a URI someone built by hand.

A hand-built URI breaks on ordinary folder names: ``sqlite:///{path}`` lets
SQLAlchemy read ``?`` as the start of a query string (``/x/q?x`` became the file
``/x/q``) and decode ``%20`` (``/x/pct%20x`` wrote into ``/x/pct x``), and
``Path.as_uri()`` refuses a relative path. So a connection is opened with the
path itself; only a read-only open needs SQLite's ``file:`` URI (Python 3.11 has
no other way to ask for ``mode=ro``), and that one is made from the absolute
path by pathlib, which percent-encodes every special character.

No SQLAlchemy here: core/peek.py reads the coachee list with it before the ORM
is imported.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Literal

IsolationLevel = Literal["DEFERRED", "EXCLUSIVE", "IMMEDIATE"] | None


def readonly_uri(path: Path) -> str:
    """SQLite's URI for opening ``path`` read-only (``?``, ``#``, ``%`` and spaces encoded)."""
    return f"{Path(path).absolute().as_uri()}?mode=ro"


def connect(
    path: Path,
    *,
    readonly: bool = False,
    check_same_thread: bool = True,
    isolation_level: IsolationLevel = "DEFERRED",
) -> sqlite3.Connection:
    """A DB-API connection to the file at ``path`` (made absolute first)."""
    if readonly:
        return sqlite3.connect(
            readonly_uri(path),
            uri=True,
            check_same_thread=check_same_thread,
            isolation_level=isolation_level,
        )
    return sqlite3.connect(
        str(Path(path).absolute()),
        check_same_thread=check_same_thread,
        isolation_level=isolation_level,
    )
