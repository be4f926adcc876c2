"""The hours under the home screen's sections: the chart's hours per month and the
hours coached in all (the ICF log's total), summed in SQL per month.

Each month is a range of ``ix_session_status_hours`` (status, starts_at, duration,
paid, charged) read from the index alone: a GROUP BY on the month would sort every
session of the year in a temporary B-tree first (several times slower at 100,000
sessions). Per month, so a change notice sums again only the months of the
sessions it names (``session_months``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import DateTime, String, bindparam, case, func, or_
from sqlalchemy import select as wide_select
from sqlmodel import Session, col

from coachdesk.core.models import CoachingSession

_S = CoachingSession
MONTH_STATUSES = ("held", "cancelled", "no_show", "planned")  # as hours.summary's facts
CHUNK = 500


def month_of(when: datetime | date) -> datetime:
    return datetime(when.year, when.month, 1)


def month_key(month: datetime) -> str:
    return f"{month.year:04d}-{month.month:02d}"


def next_month(month: datetime) -> datetime:
    if month.month == 12:
        return month.replace(year=month.year + 1, month=1)
    return month.replace(month=month.month + 1)


def _months(first: datetime, last: datetime) -> list[datetime]:
    months, month = [], month_of(first)
    while month <= last:
        months.append(month)
        month = next_month(month)
    return months


def _last(s: Session, statuses: Iterable[str], first: datetime | None) -> Any:
    query = wide_select(func.max(col(_S.starts_at))).where(col(_S.status).in_(tuple(statuses)))
    if first is not None:
        query = query.where(col(_S.starts_at) >= first)
    return s.connection().execute(query).scalar_one()


_LOW, _HIGH = bindparam("low", type_=DateTime()), bindparam("high", type_=DateTime())
_STATUS = bindparam("status", type_=String())
_COUNTS = or_(col(_S.status) == "held", col(_S.charged))  # a no-show: only if charged
_MINUTES = case((_COUNTS, col(_S.duration_minutes)), else_=0)
_MONTH: Any = wide_select(
    func.count(),
    func.coalesce(func.sum(case((col(_S.paid), _MINUTES), else_=0)), 0),
    func.coalesce(func.sum(_MINUTES), 0),
).where(col(_S.status) == _STATUS, col(_S.starts_at) >= _LOW, col(_S.starts_at) < _HIGH)


def month_rows(s: Session, months: Iterable[datetime]) -> dict[str, tuple[Any, ...] | None]:
    """(month, paid hours, pro-bono hours, held, cancelled, no-show) of each month, or
    None for a month without a session (of MONTH_STATUSES)."""
    rows: dict[str, tuple[Any, ...] | None] = {}
    for month in months:
        bounds = {"low": month, "high": next_month(month)}
        got = {
            name: s.connection().execute(_MONTH, {"status": name, **bounds}).one()
            for name in MONTH_STATUSES
        }
        key = month_key(month)
        if not any(n for n, _paid, _all in got.values()):
            rows[key] = None
            continue
        paid = got["held"][1] + got["no_show"][1]
        every = got["held"][2] + got["no_show"][2]
        held, cancelled, no_show = got["held"][0], got["cancelled"][0], got["no_show"][0]
        rows[key] = (key, paid / 60, (every - paid) / 60, held, cancelled, no_show)
    return rows


def hours_by_month(s: Session, start: date) -> list[tuple[Any, ...]]:
    """(month, paid hours, pro-bono hours, held, cancelled, no-show) per month from
    ``start`` that has a session (as hours.summary("month", start))."""
    first = month_of(start)
    last = _last(s, MONTH_STATUSES, first)
    if last is None:
        return []
    return [row for row in month_rows(s, _months(first, last)).values() if row is not None]


_HELD: Any = wide_select(func.coalesce(func.sum(col(_S.duration_minutes)), 0)).where(
    col(_S.status) == "held", col(_S.starts_at) >= _LOW, col(_S.starts_at) < _HIGH
)


def held_minutes(s: Session, months: Iterable[datetime] | None = None) -> dict[str, int]:
    """Minutes of the sessions held in each month (default: every month with one); their
    sum is every hour actually coached, the ICF log's total."""
    if months is None:
        first_query = wide_select(func.min(col(_S.starts_at))).where(col(_S.status) == "held")
        first = s.connection().execute(first_query).scalar_one()
        if first is None:
            return {}
        months = _months(first, _last(s, ("held",), None))
    found = {}
    for month in months:
        bounds = {"low": month, "high": next_month(month)}
        found[month_key(month)] = int(s.connection().execute(_HELD, bounds).scalar_one())
    return found


def session_months(s: Session, ids: Collection[int]) -> dict[int, datetime]:
    """session id -> the first of its month, for the sessions of ``ids`` that still exist."""
    found: dict[int, datetime] = {}
    ordered = sorted(ids)
    for n in range(0, len(ordered), CHUNK):
        query = wide_select(col(_S.id), col(_S.starts_at)).where(
            col(_S.id).in_(ordered[n : n + CHUNK])
        )
        rows: Any = s.connection().execute(query)
        found.update((row[0], month_of(row[1])) for row in rows)
    return found
