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

from sqlalchemy import bindparam, column, table
from sqlalchemy import select as wide_select
from sqlmodel import Session, col

from coachdesk.core.models import CoachingSession
from coachdesk.core.overview_queries import by_session

_S = CoachingSession


def month_of(when: datetime | date) -> datetime:
    return datetime(when.year, when.month, 1)


def month_key(month: datetime) -> str:
    return f"{month.year:04d}-{month.month:02d}"


# session_month (migration 0008): per month, kept by triggers on every session write.
_MONTHS: Any = table(
    "session_month",
    *(column(name) for name in ("month", "planned", "held", "cancelled", "no_show")),
    *(column(name) for name in ("paid_minutes", "counted_minutes", "held_minutes")),
)
_M = _MONTHS.c
_ANY = _M.planned + _M.held + _M.cancelled + _M.no_show > 0  # a month with a session
_ROW = wide_select(
    _M.month, _M.paid_minutes, _M.counted_minutes, _M.held, _M.cancelled, _M.no_show
).where(_ANY)
_KEYS: Any = bindparam("keys", expanding=True)


def _hours_row(row: Any) -> tuple[Any, ...]:
    key, paid, counted, held, cancelled, no_show = row
    return (key, paid / 60, (counted - paid) / 60, held, cancelled, no_show)


def month_rows(s: Session, months: Iterable[datetime]) -> dict[str, tuple[Any, ...] | None]:
    """(month, paid hours, pro-bono hours, held, cancelled, no-show) of each month, or
    None for a month without a session (of MONTH_STATUSES)."""
    rows: dict[str, tuple[Any, ...] | None] = {month_key(m): None for m in months}
    if rows:
        found = s.connection().execute(_ROW.where(_M.month.in_(_KEYS)), {"keys": list(rows)})
        rows.update((row[0], _hours_row(row)) for row in found)
    return rows


def hours_by_month(s: Session, start: date) -> list[tuple[Any, ...]]:
    """(month, paid hours, pro-bono hours, held, cancelled, no-show) per month from
    ``start`` that has a session (as hours.summary("month", start))."""
    query = _ROW.where(_M.month >= month_key(month_of(start))).order_by(_M.month)
    return [_hours_row(row) for row in s.connection().execute(query)]


def held_minutes(s: Session, months: Iterable[datetime] | None = None) -> dict[str, int]:
    """Minutes of the sessions held in each month (default: every month with one); their
    sum is every hour actually coached, the ICF log's total."""
    query = wide_select(_M.month, _M.held_minutes).order_by(_M.month)
    if months is None:
        return {
            key: int(minutes) for key, minutes in s.connection().execute(query.where(_M.held > 0))
        }
    keys = [month_key(m) for m in months]
    rows = s.connection().execute(query.where(_M.month.in_(_KEYS)), {"keys": keys})
    found: dict[str, int] = {key: minutes for key, minutes in rows}
    return {key: int(found.get(key, 0)) for key in keys}


def session_months(s: Session, ids: Collection[int]) -> dict[int, datetime]:
    """session id -> the first of its month, for the sessions of ``ids`` that still exist."""
    return {i: month_of(at) for i, at in by_session(s, ids, col(_S.starts_at)).items()}
