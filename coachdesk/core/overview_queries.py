"""The home screen's queries: the first lines of each section and its total, read
through the indexes (see migration 0005), never every matching row.

Each reader takes the database session, the moment (:class:`Moment`) and a limit
(``None``: every line) and returns ``(lines, total)``. Sessions and agreements are
counted with a COUNT on the same index range; the trajectory sections carry their
total as a window count over the (small) set of open trajectories. The contract
use is summed per open trajectory in a correlated subquery on
``ix_session_trajectory_start``, not grouped over every session of the practice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, func, or_
from sqlalchemy import select as wide_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from coachdesk.core.models import Agreement, Coachee, CoachingSession, Trajectory

OPEN_STATUSES = ("intake", "active", "paused")
NEAR_END = 0.8  # share of the contract used from which a trajectory is "near its end"

Reader = Callable[[Session, "Moment", int | None], tuple[list[tuple[Any, ...]], int]]


@dataclass(frozen=True, slots=True)
class Moment:
    now: datetime
    day: date
    start: datetime  # today 00:00
    tomorrow: datetime
    week_end: datetime  # the Monday after

    @classmethod
    def at(cls, now: datetime) -> Moment:
        day = now.date()
        start = datetime.combine(day, datetime.min.time())
        return cls(
            now, day, start, start + timedelta(days=1), start + timedelta(days=7 - day.weekday())
        )


def _rows(s: Session, query: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in s.connection().execute(query).all()]


def _count(s: Session, query: Any) -> int:
    return int(s.connection().execute(query).scalar_one())


# --- sessions -----------------------------------------------------------------------

_S = CoachingSession


def _session_lines(where: list[Any]) -> Any:
    return (
        wide_select(
            col(_S.id),
            col(_S.trajectory_id),
            col(Trajectory.coachee_id),
            col(Coachee.name),
            col(_S.starts_at),
            col(_S.duration_minutes),
            col(_S.mode),
            col(_S.location),
            col(_S.status),
        )
        .join(Trajectory, col(Trajectory.id) == _S.trajectory_id)
        .join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
        .where(*where)
        .order_by(col(_S.starts_at), col(_S.id))
    )


def _sessions(where: list[Any]) -> Reader:
    """Sessions on ``ix_session_status_hours``: every session has a trajectory and a
    coachee (foreign keys), so the count needs no join and reads the index only."""

    def read(s: Session, m: Moment, limit: int | None) -> tuple[list[tuple[Any, ...]], int]:
        clauses = [c(m) for c in where]
        lines = _rows(s, _session_lines(clauses).limit(limit))
        if limit is None or len(lines) < limit:
            return lines, len(lines)
        return lines, _count(s, wide_select(func.count()).select_from(_S).where(*clauses))

    return read


# Today: held, or planned and still ahead (a planned one whose time passed is to confirm).
sessions_today = _sessions(
    [
        lambda m: col(_S.status).in_(("held", "planned")),
        lambda m: col(_S.starts_at) >= m.start,
        lambda m: col(_S.starts_at) < m.tomorrow,
        lambda m: or_(col(_S.status) == "held", col(_S.starts_at) > m.now),
    ]
)
sessions_this_week = _sessions(
    [
        lambda m: col(_S.status) == "planned",
        lambda m: col(_S.starts_at) >= m.tomorrow,
        lambda m: col(_S.starts_at) < m.week_end,
    ]
)
sessions_to_confirm = _sessions(
    [lambda m: col(_S.status) == "planned", lambda m: col(_S.starts_at) <= m.now]
)


# --- agreements ---------------------------------------------------------------------


def overdue_agreements(
    s: Session, m: Moment, limit: int | None
) -> tuple[list[tuple[Any, ...]], int]:
    """Open agreements past their due date, oldest first, on ``ix_agreement_open_due``."""
    # Against the set of open trajectories of active coachees (built once), not a join
    # per agreement: most old open agreements belong to closed trajectories.
    open_ids = (
        wide_select(col(Trajectory.id))
        .join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
        .where(col(Trajectory.status).in_(OPEN_STATUSES), col(Coachee.status) == "active")
    )
    where = [
        col(Agreement.done_date).is_(None),
        col(Agreement.due_date) < m.day,
        col(Agreement.trajectory_id).in_(open_ids),
    ]
    query: Any = (
        wide_select(
            col(Agreement.id),
            col(Agreement.trajectory_id),
            col(Trajectory.coachee_id),
            col(Coachee.name),
            col(Agreement.text),
            col(Agreement.due_date),
            func.count().over(),  # the total in the same walk of the index
        )
        .join(Trajectory, col(Trajectory.id) == Agreement.trajectory_id)
        .join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
        .where(*where)
        .order_by(col(Agreement.due_date), col(Agreement.id))
    )
    rows = _rows(s, query.limit(limit))
    return [row[:-1] for row in rows], (int(rows[0][-1]) if rows else 0)


# --- trajectories -------------------------------------------------------------------


def _used() -> tuple[Any, Any]:
    """Sessions and minutes counted against the contract, per trajectory (correlated)."""
    x: Any = aliased(CoachingSession)
    counted = and_(
        x.trajectory_id == Trajectory.id,
        or_(x.status == "held", and_(x.status == "no_show", x.charged)),
    )
    n = wide_select(func.count()).where(counted).scalar_subquery()
    minutes = wide_select(func.coalesce(func.sum(x.duration_minutes), 0)).where(counted)
    return n, minutes.scalar_subquery()


def _trajectory_lines(
    s: Session, where: list[Any], limit: int | None
) -> tuple[list[tuple[Any, ...]], int]:
    """Open trajectories of active coachees, by coachee name, with their total.

    Two steps: the ids of the first ``limit`` (and the total, a window count), then
    the lines of just those, so the contract use is summed for a handful only."""
    ids: Any = (
        wide_select(col(Trajectory.id), func.count().over())
        .join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
        .where(col(Trajectory.status).in_(OPEN_STATUSES), col(Coachee.status) == "active")
        .where(*where)
        .order_by(col(Coachee.name), col(Trajectory.id))
        .limit(limit)
    )
    found = _rows(s, ids)
    if not found:
        return [], 0
    n, minutes = _used()
    query: Any = (
        wide_select(
            col(Trajectory.id),
            col(Trajectory.coachee_id),
            col(Coachee.name),
            col(Trajectory.title),
            n,
            col(Trajectory.contracted_sessions),
            minutes / 60.0,
            col(Trajectory.contracted_hours),
            col(Trajectory.planned_end),
            col(Trajectory.status),
        )
        .join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
        .where(col(Trajectory.id).in_([row[0] for row in found]))
        .order_by(col(Coachee.name), col(Trajectory.id))
    )
    return _rows(s, query), int(found[0][1])


def near_contract_end(
    s: Session, m: Moment, limit: int | None
) -> tuple[list[tuple[Any, ...]], int]:
    """At or above 80% of the contracted sessions or hours: only trajectories with a
    contract are summed."""
    n, minutes = _used()
    sessions, hours = col(Trajectory.contracted_sessions), col(Trajectory.contracted_hours)
    near = or_(
        and_(sessions > 0, n >= NEAR_END * sessions),
        and_(hours > 0, minutes >= NEAR_END * 60 * hours),
    )
    return _trajectory_lines(s, [or_(sessions > 0, hours > 0), near], limit)


def no_next_session(s: Session, m: Moment, limit: int | None) -> tuple[list[tuple[Any, ...]], int]:
    """Active trajectories without a planned session ahead (a seek per trajectory on
    ``ix_session_trajectory_start``)."""
    x: Any = aliased(CoachingSession)
    # ``status || ''``: keeps SQLite on (trajectory_id, starts_at) for this seek; on
    # (status, starts_at) it would scan every planned session once per trajectory.
    ahead = exists().where(
        x.trajectory_id == Trajectory.id, x.starts_at > m.now, x.status.concat("") == "planned"
    )
    return _trajectory_lines(s, [col(Trajectory.status) == "active", ~ahead], limit)


def past_planned_end(s: Session, m: Moment, limit: int | None) -> tuple[list[tuple[Any, ...]], int]:
    return _trajectory_lines(
        s,
        [col(Trajectory.planned_end).is_not(None), col(Trajectory.planned_end) < m.day],
        limit,
    )


# --- the hours under the sections ---------------------------------------------------------


def hours_by_month(s: Session, start: date) -> list[tuple[Any, ...]]:
    """(month, paid hours, pro-bono hours, held, cancelled, no-show) per month from
    ``start``, summed in SQL on ``ix_session_status_hours`` (as hours.summary("month"))."""
    counts = or_(col(_S.status) == "held", and_(col(_S.status) == "no_show", col(_S.charged)))
    hours = col(_S.duration_minutes) / 60.0

    def total(clause: Any) -> Any:
        return func.coalesce(func.sum(case((clause, hours), else_=0)), 0)

    def number(status: str) -> Any:
        return func.coalesce(func.sum(case((col(_S.status) == status, 1), else_=0)), 0)

    month = func.strftime("%Y-%m", col(_S.starts_at))
    query: Any = (
        wide_select(
            month,
            total(and_(counts, col(_S.paid))),
            total(and_(counts, ~col(_S.paid))),
            number("held"),
            number("cancelled"),
            number("no_show"),
        )
        .where(col(_S.status).in_(("held", "cancelled", "no_show", "planned")))
        .where(col(_S.starts_at) >= datetime.combine(start, datetime.min.time()))
        .group_by(month)
        .order_by(month)
    )
    return _rows(s, query)


def coached_hours(s: Session) -> float:
    """Every hour actually coached (held sessions): the ICF log's total."""
    query: Any = wide_select(func.coalesce(func.sum(col(_S.duration_minutes)), 0)).where(
        col(_S.status) == "held"
    )
    return _count(s, query) / 60
