"""The hours under the home screen's sections: the chart's hours per month and the
hours coached in all (the ICF log's total).

Read from ``session_month`` (migration 0008): per month the sessions per status and
the minutes paid, counted and held, kept by triggers on every session write, so a
read is a few hundred rows at most, whatever the number of sessions. A change
notice reads again only the months of the sessions it names (``session_months``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime
from typing import Any

from coachdesk.core.overview_queries import by_session, parse_time, rows_in


def month_of(when: datetime | date) -> datetime:
    return datetime(when.year, when.month, 1)


def month_key(month: datetime) -> str:
    return f"{month.year:04d}-{month.month:02d}"


# session_month (migration 0008): per month, kept by triggers on every session write;
# a month with a session (of MONTH_STATUSES) has one of the four counts above zero.
_ROW = (
    "SELECT month, paid_minutes, counted_minutes, held, cancelled, no_show FROM session_month"
    " WHERE planned + held + cancelled + no_show > 0"
)


def _hours_row(row: Any) -> tuple[Any, ...]:
    key, paid, counted, held, cancelled, no_show = row
    return (key, paid / 60, (counted - paid) / 60, held, cancelled, no_show)


def month_rows(conn: Any, months: Iterable[datetime]) -> dict[str, tuple[Any, ...] | None]:
    """(month, paid hours, pro-bono hours, held, cancelled, no-show) of each month, or
    None for a month without a session (of MONTH_STATUSES)."""
    rows: dict[str, tuple[Any, ...] | None] = {month_key(m): None for m in months}
    if rows:
        found = rows_in(conn, _ROW + " AND month IN {ids}", list(rows))
        rows.update((row[0], _hours_row(row)) for row in found)
    return rows


def hours_by_month(conn: Any, start: date) -> list[tuple[Any, ...]]:
    """(month, paid hours, pro-bono hours, held, cancelled, no-show) per month from
    ``start`` that has a session (as hours.summary("month", start))."""
    found = conn.execute(
        _ROW + " AND month >= :first ORDER BY month", {"first": month_key(month_of(start))}
    )
    return [_hours_row(row) for row in found]


def held_minutes(conn: Any, months: Iterable[datetime] | None = None) -> dict[str, int]:
    """Minutes of the sessions held in each month (default: every month with one); their
    sum is every hour actually coached, the ICF log's total."""
    if months is None:
        found = conn.execute(
            "SELECT month, held_minutes FROM session_month WHERE held > 0 ORDER BY month"
        )
        return {key: int(minutes) for key, minutes in found}
    keys = [month_key(m) for m in months]
    rows = rows_in(conn, "SELECT month, held_minutes FROM session_month WHERE month IN {ids}", keys)
    held: dict[str, int] = {key: minutes for key, minutes in rows}
    return {key: int(held.get(key, 0)) for key in keys}


def session_months(conn: Any, ids: Collection[int]) -> dict[int, datetime]:
    """session id -> the first of its month, for the sessions of ``ids`` that still exist."""
    return {i: month_of(parse_time(at)) for i, at in by_session(conn, ids, "starts_at").items()}
