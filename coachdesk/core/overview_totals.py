"""The home screen's running totals: kept by triggers, recomputed after bulk loads.

Migration 0008 added them (read its docstring for what each one holds):
trajectory.counted_sessions, counted_minutes and last_planned_at, agreement.live,
and the table session_month. Its triggers (``home_*``) add and subtract a row's
share as the row changes. A bulk load (the demo generator, an import) pauses them
and recomputes everything at the end, in the caller's transaction. RECOMPUTE must
compute what the triggers keep; a test runs random edits through the services and
checks that recomputing changes nothing. ``coachdesk check`` compares them
(``verify``), and ``coachdesk check --rebuild-index`` recomputes them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from coachdesk.i18n import tr

OPEN = "('intake', 'active', 'paused')"  # overview_queries.OPEN_STATUSES
MONTH_COLUMNS = (
    "planned", "held", "cancelled", "no_show", "paid_minutes", "counted_minutes", "held_minutes"
)  # fmt: skip
_COUNTED = "(s.status = 'held' OR (s.status = 'no_show' AND s.charged))"
_MINUTES = f"CASE WHEN {_COUNTED} THEN s.duration_minutes ELSE 0 END"
_SHARES = (
    "s.status = 'planned'",
    "s.status = 'held'",
    "s.status = 'cancelled'",
    "s.status = 'no_show'",
    f"CASE WHEN {_COUNTED} AND s.paid THEN s.duration_minutes ELSE 0 END",
    _MINUTES,
    "CASE WHEN s.status = 'held' THEN s.duration_minutes ELSE 0 END",
)
_OF_TRAJECTORY = "FROM coaching_session s WHERE s.trajectory_id = trajectory.id"

# What each total should be, from the rows: RECOMPUTE writes it, verify() compares.
_TRAJECTORY = {
    "counted_sessions": f"(SELECT count(*) {_OF_TRAJECTORY} AND {_COUNTED})",
    "counted_minutes": (
        f"(SELECT coalesce(sum(s.duration_minutes), 0) {_OF_TRAJECTORY} AND {_COUNTED})"
    ),
    "last_planned_at": f"(SELECT max(s.starts_at) {_OF_TRAJECTORY} AND s.status = 'planned')",
}
_LIVE = (
    f"coalesce((SELECT t.status IN {OPEN} AND c.status = 'active'"
    " FROM trajectory t JOIN coachee c ON c.id = t.coachee_id"
    " WHERE t.id = agreement.trajectory_id), 0)"
)
_SUMS = ", ".join(f"sum({x}) AS {c}" for x, c in zip(_SHARES, MONTH_COLUMNS, strict=True))
_MONTHS = f"SELECT substr(s.starts_at, 1, 7) AS month, {_SUMS} FROM coaching_session s GROUP BY 1"
_ANY = "planned + held + cancelled + no_show > 0"  # a month row that says something

RECOMPUTE = (
    "UPDATE trajectory SET " + ", ".join(f"{c} = {e}" for c, e in _TRAJECTORY.items()),
    f"UPDATE agreement SET live = {_LIVE}",
    "DELETE FROM session_month",
    f"INSERT INTO session_month (month, {', '.join(MONTH_COLUMNS)}) {_MONTHS}",
)


def verify(conn: sqlite3.Connection) -> list[str]:
    """Problems found (sentences for ``coachdesk check``); empty when every total is what
    the rows say. Reads only; a store of an older schema (no totals yet) has none."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(trajectory)")}
    if "counted_sessions" not in columns:
        return []
    wrong = conn.execute(
        "SELECT count(*) FROM trajectory WHERE "
        + " OR ".join(f"{c} IS NOT {e}" for c, e in _TRAJECTORY.items())
    ).fetchone()[0]
    wrong += conn.execute(f"SELECT count(*) FROM agreement WHERE live IS NOT {_LIVE}").fetchone()[0]
    stored = f"SELECT month, {', '.join(MONTH_COLUMNS)} FROM session_month WHERE {_ANY}"
    expected = f"SELECT * FROM ({_MONTHS}) WHERE {_ANY}"
    wrong += sum(
        conn.execute(f"SELECT count(*) FROM ({a} EXCEPT {b})").fetchone()[0]
        for a, b in ((stored, expected), (expected, stored))
    )
    return [tr("totals.differ", None, count=wrong)] if wrong else []


def recompute(conn: Connection) -> None:
    """Every total from the rows (inside the caller's transaction)."""
    for statement in RECOMPUTE:
        conn.exec_driver_sql(statement)


@contextmanager
def triggers_paused(conn: Connection) -> Iterator[None]:
    """For bulk loads in one transaction: no trigger per row, one recompute at the end.
    The triggers are dropped and recreated in the caller's transaction, so a failure
    rolls everything back together."""
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'home\\_%'"
        " ESCAPE '\\'"
    ).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
    recompute(conn)
