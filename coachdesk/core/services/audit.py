"""The audit trail: what was done with the practice's personal data, and when.

    practice.audit.record("export_pdf", [trajectory.uid], {"pages": 4})

One line per export, erasure, anonymisation, restore, import, consent change or
encryption change: the time (UTC), the action, the uids of the rows it was about
and counts. Never content: a uid is 32 hex digits and a count a whole number, so a
name or note text cannot get in by mistake (``record`` refuses it).

The trail lives in the store (table ``audit_event``): it is in every backup and
moves with the practice. A restore replaces the store with an older one, so
core/services/backup.py carries the trail over: the lines the restored store
lacks are added back by uid, then the restore itself is added
(``merge`` + :meth:`AuditService.record`). Writes go through a raw connection in
a statement of their own, or inside the caller's transaction (``record_in``);
they change nothing a view shows, so they are not reported as changes.
"""

from __future__ import annotations

import builtins
import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from coachdesk.core.models import new_uid, utcnow
from coachdesk.core.services.base import Service

log = logging.getLogger(__name__)

# The actions CoachDesk writes (others may be added by name: an identifier).
ACTIONS = (
    "export_pdf",
    "export_sponsor_pdf",
    "export_statement",
    "export_data",
    "export_all",
    "import",
    "erase",
    "anonymise",
    "undo_erase",
    "restore",
    "consent",
    "encryption",
    "retention",
    "reapply_ledger",
)
_ACTION = re.compile(r"^[a-z][a-z0-9_.]{0,40}$")
_UID = re.compile(r"^[0-9a-f]{32}$")
_COLUMNS = "uid, at, action, uids, counts"


@dataclass(frozen=True)
class AuditLine:
    uid: str
    at: datetime  # aware UTC
    action: str
    uids: tuple[str, ...]
    counts: dict[str, int]


def _checked(
    action: str, uids: Iterable[str], counts: Mapping[str, int] | None
) -> tuple[str, str, str]:
    """The action, uids and counts as stored; ValueError for anything that is not
    an identifier, a uid or a whole number (content never gets in)."""
    if not isinstance(action, str) or not _ACTION.match(action):
        raise ValueError("audit action must be an identifier")
    listed = list(uids)
    if not all(isinstance(u, str) and _UID.match(u) for u in listed):
        raise ValueError("audit uids must be uids")
    numbers = dict(counts or {})
    for key, value in numbers.items():
        if not (isinstance(key, str) and _ACTION.match(key)):
            raise ValueError("audit count names must be identifiers")
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError("audit counts must be whole numbers")
    return action, json.dumps(listed), json.dumps(numbers, sort_keys=True)


def stamp(moment: datetime) -> str:
    """A UTC moment as SQLAlchemy stores it in SQLite (so raw and ORM writes agree)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def record_in(
    conn: Connection,
    action: str,
    uids: Iterable[str] = (),
    counts: Mapping[str, int] | None = None,
) -> None:
    """Write one line inside the caller's transaction (an erasure and its line
    commit together)."""
    action, listed, numbers = _checked(action, uids, counts)
    conn.exec_driver_sql(
        f"INSERT INTO audit_event ({_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
        (new_uid(), stamp(utcnow()), action, listed, numbers),
    )


def _line(row: Any) -> AuditLine:
    uid, at, action, uids, counts = row
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    try:
        listed = tuple(json.loads(uids))
        numbers = {str(k): int(v) for k, v in dict(json.loads(counts)).items()}
    except (ValueError, TypeError):
        listed, numbers = (), {}
    return AuditLine(uid, moment.replace(tzinfo=UTC), action, listed, numbers)


class AuditService(Service):
    def record(
        self, action: str, uids: Iterable[str] = (), counts: Mapping[str, int] | None = None
    ) -> None:
        """Add one line to the audit trail (after the thing it records was done).

        ValueError for content where uids and counts belong (a programming error).
        A store that cannot be written is logged, not raised: the export or
        restore it records has already happened.
        """
        action, listed, numbers = _checked(action, uids, counts)
        try:
            with self.db.store.connect() as conn:
                conn.execute(
                    f"INSERT INTO audit_event ({_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
                    (new_uid(), stamp(utcnow()), action, listed, numbers),
                )
        except Exception as exc:  # noqa: BLE001 - see the docstring
            log.warning("audit line not written (%s): %s", action, type(exc).__name__)

    def lines(self, limit: int | None = None) -> builtins.list[AuditLine]:
        """The trail, newest first."""
        sql = f"SELECT {_COLUMNS} FROM audit_event ORDER BY at DESC, id DESC"
        params: tuple[int, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (int(limit),)
        with self.db.store.connect() as conn:
            return [_line(row) for row in conn.execute(sql, params)]

    def count(self) -> int:
        with self.db.store.connect() as conn:
            return int(conn.execute("SELECT count(*) FROM audit_event").fetchone()[0])

    # --- through a restore ---------------------------------------------------------

    def rows(self) -> builtins.list[tuple[Any, ...]]:
        """Every line as stored (to carry over a restore)."""
        with self.db.store.connect() as conn:
            return list(conn.execute(f"SELECT {_COLUMNS} FROM audit_event ORDER BY id"))

    def merge(self, rows: Iterable[tuple[Any, ...]]) -> int:
        """Add the lines this store lacks (by uid); returns how many were added."""
        batch = list(rows)
        if not batch:
            return 0
        with self.db.store.connect() as conn:
            before = conn.total_changes
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany(
                    f"INSERT OR IGNORE INTO audit_event ({_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
                    batch,
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return int(conn.total_changes - before)
