"""Helpers for the backup tests: a filled practice, digests, a dump of every table."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from coachdesk.core import schema


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_digest(folder: Path) -> dict[str, str]:
    """Every file in the folder (not the lock files, not logs) by name -> digest."""
    return {
        p.name: digest(p)
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(".lock")
    }


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every practice table (via the schema graph), every row, ordered by id."""
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return {
            t: conn.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall()
            for t in (*schema.practice_tables(), "setting")
            if t != "setting"
        } | {"setting": conn.execute("SELECT * FROM setting ORDER BY key").fetchall()}
    finally:
        conn.close()
