"""The home screen's running totals: kept by triggers, recomputed after bulk loads.

Migration 0008 added them (read its docstring for what each one holds):
trajectory.counted_sessions, counted_minutes and last_planned_at, agreement.live,
and the table session_month. Its triggers (``home_*``) add and subtract a row's
share as the row changes. A bulk load (the demo generator, an import) pauses them
and recomputes everything at the end, in the caller's transaction. RECOMPUTE must
compute what the triggers keep; a test runs random edits through the services and
checks that recomputing changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

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

RECOMPUTE = (
    f"UPDATE trajectory SET counted_sessions = (SELECT count(*) {_OF_TRAJECTORY} AND {_COUNTED}),"
    f" counted_minutes = (SELECT coalesce(sum(s.duration_minutes), 0) {_OF_TRAJECTORY}"
    f" AND {_COUNTED}),"
    f" last_planned_at = (SELECT max(s.starts_at) {_OF_TRAJECTORY} AND s.status = 'planned')",
    f"UPDATE agreement SET live = coalesce((SELECT t.status IN {OPEN} AND c.status = 'active'"
    " FROM trajectory t JOIN coachee c ON c.id = t.coachee_id"
    " WHERE t.id = agreement.trajectory_id), 0)",
    "DELETE FROM session_month",
    f"INSERT INTO session_month (month, {', '.join(MONTH_COLUMNS)})"
    f" SELECT substr(s.starts_at, 1, 7), {', '.join(f'sum({x})' for x in _SHARES)}"
    " FROM coaching_session s GROUP BY 1",
)


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
