"""A copy of the erasure ledger beside the store, in the data folder.

The ledger's home is the ``erasure`` table: it is in every backup and travels with
the store. But a backup made before an erasure does not know that erasure. So
after every change of the ledger its entries are also written here
(``erasure-ledger.json``, owner-only, atomically), and every open of a store in
this folder - after a restore from the window or the command line, after a
backup was copied over the store by hand, after a damaged store was recovered -
re-applies what the store's own ledger lacks, before anything is shown.

It holds no personal data: a table name, a uid, what was done and when. A file
that cannot be read (damaged, hand-edited) is ignored with a warning: the
ledger in the store still counts.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coachdesk import paths
from coachdesk.store import files

log = logging.getLogger(__name__)

FORMAT = "coachdesk-erasure-ledger"
VERSION = 1
_UID = re.compile(r"^[0-9a-f]{32}$")
_NAME = re.compile(r"^[a-z_]{1,40}$")
_ACTIONS = ("erased", "anonymised")


@dataclass(frozen=True)
class Entry:
    subject_table: str
    subject_uid: str
    action: str
    erased_at: str  # ISO 8601, UTC
    uid: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.subject_uid, self.action)

    def to_json(self) -> list[str]:
        return [self.subject_table, self.subject_uid, self.action, self.erased_at, self.uid]


def _valid(item: object) -> Entry | None:
    if not isinstance(item, list) or len(item) != 5 or not all(isinstance(x, str) for x in item):
        return None
    entry = Entry(*item)
    if not (
        _NAME.match(entry.subject_table)
        and _UID.match(entry.subject_uid)
        and _UID.match(entry.uid)
        and entry.action in _ACTIONS
        and len(entry.erased_at) <= 40
    ):
        return None
    return entry


def read(folder: Path) -> list[Entry]:
    path = paths.erasure_ledger_path(folder)
    try:
        if not path.is_file():
            return []
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a ledger")
        entries = [_valid(item) for item in data.get("entries", [])]
    except (OSError, ValueError, TypeError) as exc:
        log.warning("erasure ledger file ignored: %s", type(exc).__name__)
        return []
    valid = [e for e in entries if e is not None]
    if len(valid) != len(entries):
        log.warning("erasure ledger file: %d entries ignored", len(entries) - len(valid))
    return valid


def write(folder: Path, entries: list[Entry]) -> bool:
    """Write the ledger copy atomically (no file while the ledger is empty)."""
    path = paths.erasure_ledger_path(folder)
    try:
        if not entries:
            if path.exists():
                path.unlink()
            return True
        text = json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "entries": [e.to_json() for e in sorted(entries, key=lambda e: e.erased_at)],
            },
            indent=0,
        )
        part = files.part_name(path)
        files.create_private(part)
        try:
            part.write_text(text, encoding="utf-8")
            files.replace(part, path)  # durable once this returns
        except BaseException:
            files.remove_with_sides(part)
            raise
    except OSError as exc:
        log.warning("erasure ledger file not written: %s", type(exc).__name__)
        return False
    return True


def store_lags(conn: Any, folder: Path) -> bool:
    """For readers that skip Practice.open (core/peek.py, core/quick_read.py): does the
    copy beside the store name erasures the store (a plain sqlite3 connection) lacks?
    Then the full open must run first, or an erased coachee could be shown."""
    path = paths.erasure_ledger_path(folder)
    if not path.is_file():
        return False
    try:
        present = {(r[0], r[1]) for r in conn.execute("SELECT subject_uid, action FROM erasure")}
    except Exception:  # noqa: BLE001 - an older schema without the ledger: the full open
        return True
    return any(e.key not in present for e in read(folder))
