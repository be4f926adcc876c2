"""The home screen's queries: the first lines of each section and its total, read
through the indexes (see migrations 0005-0008), never every matching row.

Each reader takes the database session, the moment (:class:`Moment`) and a limit
(``None``: every line) and returns ``(lines, total)``. Sessions stop at ``limit``
and are counted, only when the page is full, with a COUNT that reads the index
alone. The agreement and trajectory sections read their members (sort key and id)
from an index alone: what each needs to know of other tables (is the trajectory
open, how much of the contract is used, is a session planned ahead) is kept on
the row by triggers (migration 0008, core/overview_totals.py), so nothing is
summed or looked up per open trajectory at read time.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, DateTime, and_, bindparam, func, literal_column, or_
from sqlalchemy import select as wide_select
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


def _rows(s: Session, query: Any, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in s.connection().execute(query, params).all()]


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


# The agreement and trajectory sections are read as their members (sort key and id,
# all of them: the total, and what a change notice updates by id) and the lines of
# the first few. Their statements are built once, with the moment and the ids bound
# at run time: building one (aliases, correlated subqueries) costs more in Python
# than SQLite takes to run it.
Members = Callable[[Session, "Moment", Collection[int] | None], list[tuple[Any, ...]]]
Lines = Callable[[Session, list[int]], list[tuple[Any, ...]]]
CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound parameters
_NOW = bindparam("now", type_=DateTime())
_DAY = bindparam("day", type_=Date())
_IDS: Any = bindparam("ids", expanding=True)


def _chunks(ids: Collection[int]) -> list[list[int]]:
    ordered = sorted(ids)
    return [ordered[n : n + CHUNK] for n in range(0, len(ordered), CHUNK)]


def _members(query: Any, id_column: Any) -> Members:
    """Members from ``query`` (ordered by its sort key, the id last), or of just ``ids``."""
    by_ids = query.where(id_column.in_(_IDS))

    def members(s: Session, m: Moment, ids: Collection[int] | None) -> list[tuple[Any, ...]]:
        params = {"now": m.now, "day": m.day}
        if ids is None:
            return _rows(s, query, params)
        found = [
            row for chunk in _chunks(ids) for row in _rows(s, by_ids, {**params, "ids": chunk})
        ]
        return sorted(found)

    return members


def _lines(query: Any) -> Lines:
    """Lines from ``query`` (first column: the id; bound ``ids``), in the order of ids."""

    def lines(s: Session, ids: list[int]) -> list[tuple[Any, ...]]:
        by_id: dict[int, tuple[Any, ...]] = {}
        for chunk in _chunks(ids):
            by_id.update((row[0], row) for row in _rows(s, query, {"ids": chunk}))
        return [by_id[i] for i in ids if i in by_id]

    return lines


# (due date, id) of the open agreements past their due date, oldest first, of open
# trajectories of active coachees: a range of ``ix_agreement_live_due`` (live,
# done_date, due_date), the index alone ("live" is kept by triggers, migration 0008).
_LIVE: Any = literal_column("agreement.live")
overdue_members = _members(
    wide_select(col(Agreement.due_date), col(Agreement.id))
    .where(_LIVE == 1, col(Agreement.done_date).is_(None), col(Agreement.due_date) < _DAY)
    .order_by(col(Agreement.due_date), col(Agreement.id)),
    col(Agreement.id),
)
agreement_lines = _lines(
    wide_select(
        col(Agreement.id),
        col(Agreement.trajectory_id),
        col(Trajectory.coachee_id),
        col(Coachee.name),
        col(Agreement.text),
        col(Agreement.due_date),
    )
    .join(Trajectory, col(Trajectory.id) == Agreement.trajectory_id)
    .join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
    .where(col(Agreement.id).in_(_IDS))
)


# --- trajectories -------------------------------------------------------------------


# Kept by triggers (migration 0008, core/overview_totals.py): the sessions and minutes
# counted against the contract, and the start of the last planned session.
_used_sessions: Any = literal_column("trajectory.counted_sessions")
_used_minutes: Any = literal_column("trajectory.counted_minutes")
_last_planned: Any = literal_column("trajectory.last_planned_at")


def _trajectory_members(*where: Any) -> Members:
    """(coachee name, id) of the open trajectories of active coachees that meet
    ``where``, by name."""
    return _members(
        wide_select(col(Coachee.name), col(Trajectory.id))
        .join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
        .where(col(Trajectory.status).in_(OPEN_STATUSES), col(Coachee.status) == "active")
        .where(*where)
        .order_by(col(Coachee.name), col(Trajectory.id)),
        col(Trajectory.id),
    )


# The lines of just these trajectories: the contract use summed for a handful.
trajectory_lines = _lines(
    wide_select(
        col(Trajectory.id),
        col(Trajectory.coachee_id),
        col(Coachee.name),
        col(Trajectory.title),
        _used_sessions,
        col(Trajectory.contracted_sessions),
        _used_minutes / 60.0,
        col(Trajectory.contracted_hours),
        col(Trajectory.planned_end),
        col(Trajectory.status),
    )
    .join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
    .where(col(Trajectory.id).in_(_IDS))
)


def _near() -> list[Any]:
    """At or above 80% of the contracted sessions or hours: only trajectories with a
    contract are summed."""
    sessions, hours = col(Trajectory.contracted_sessions), col(Trajectory.contracted_hours)
    near = or_(
        and_(sessions > 0, _used_sessions >= NEAR_END * sessions),
        and_(hours > 0, _used_minutes >= NEAR_END * 60 * hours),
    )
    return [or_(sessions > 0, hours > 0), near]


def _no_next() -> list[Any]:
    """Active trajectories without a planned session ahead: the last one planned (if
    any) started by now."""
    return [
        col(Trajectory.status) == "active",
        or_(_last_planned.is_(None), _last_planned <= _NOW),
    ]


near_members = _trajectory_members(*_near())
no_next_members = _trajectory_members(*_no_next())
past_end_members = _trajectory_members(
    col(Trajectory.planned_end).is_not(None), col(Trajectory.planned_end) < _DAY
)


# --- what a change notice touched ----------------------------------------------------------


def by_session(s: Session, ids: Collection[int], column: Any) -> dict[int, Any]:
    """session id -> ``column`` of it, for the sessions of ``ids`` that still exist."""
    found: dict[int, Any] = {}
    for chunk in _chunks(ids):
        query = wide_select(col(_S.id), column).where(col(_S.id).in_(chunk))
        found.update((row[0], row[1]) for row in _rows(s, query))
    return found


def session_trajectories(s: Session, ids: Collection[int]) -> dict[int, int]:
    """session id -> its trajectory, for the sessions of ``ids`` that still exist."""
    return by_session(s, ids, col(_S.trajectory_id))


def planned_passed(s: Session, since: datetime, now: datetime) -> bool:
    """Did a planned session start between ``since`` and ``now``? (Then it moved from
    ahead to "to confirm", and its trajectory may have no next session: the sections
    on the clock are read again; else they are as they were.) One index seek."""
    query = (
        wide_select(col(_S.id))
        .where(col(_S.status) == "planned", col(_S.starts_at) > since, col(_S.starts_at) <= now)
        .limit(1)
    )
    return s.connection().execute(query).first() is not None
