"""The home screen's queries: the first lines of each section and its total, read
through the indexes (see migrations 0005-0008), never every matching row.

Plain SQL on a DB-API connection (sqlite3 or SQLCipher's): the window reads the home
screen at start from the read-only peek (core/peek.py) before SQLAlchemy is imported,
and the practice runs the very same statements on its session's connection
(core/services/overview.py). Dates and times are stored as SQLAlchemy writes them
(``2026-03-02 09:30:00.000000``, ``2026-03-02``), so a moment is bound in that form
and compared as text, as SQLAlchemy's own statements did.

Each reader takes the connection, the moment (:class:`Moment`) and a limit (``None``:
every line) and returns ``(lines, total)``. Sessions stop at ``limit`` and are counted,
only when the page is full, with a COUNT that reads the index alone. The agreement and
trajectory sections read their members (sort key and id) from an index alone: what
each needs to know of other tables (is the trajectory open, how much of the contract
is used, is a session planned ahead) is kept on the row by triggers (migration 0008,
core/overview_totals.py), so nothing is summed or looked up per open trajectory.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

OPEN_STATUSES = ("intake", "active", "paused")
NEAR_END = 0.8  # share of the contract used from which a trajectory is "near its end"
CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound parameters

Row = tuple[Any, ...]
Reader = Callable[[Any, "Moment", int | None], tuple[list[Row], int]]
Members = Callable[[Any, "Moment", Collection[int] | None], list[Row]]
Lines = Callable[[Any, list[int]], list[Row]]


def stamp(moment: datetime) -> str:
    """A moment as the store keeps it (SQLAlchemy's DateTime on SQLite)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def parse_day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


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

    def params(self) -> dict[str, str]:
        return {
            "now": stamp(self.now),
            "day": self.day.isoformat(),
            "start": stamp(self.start),
            "tomorrow": stamp(self.tomorrow),
            "week_end": stamp(self.week_end),
        }


def chunks(ids: Collection[Any]) -> list[list[Any]]:
    ordered = sorted(ids)
    return [ordered[n : n + CHUNK] for n in range(0, len(ordered), CHUNK)]


def in_list(values: list[Any]) -> tuple[str, dict[str, Any]]:
    """``(:in0, :in1, ...)`` and its parameters, for ``column IN`` a list of values."""
    names = [f"in{n}" for n in range(len(values))]
    return "(" + ", ".join(f":{name}" for name in names) + ")", dict(
        zip(names, values, strict=True)
    )


def rows_in(
    conn: Any, sql: str, values: Collection[Any], params: dict[str, Any] | None = None
) -> Iterator[Any]:
    """The rows of ``sql`` (its ``{ids}`` an IN list) for ``values``, a chunk at a time."""
    for chunk in chunks(values):
        fragment, bound = in_list(chunk)
        yield from conn.execute(sql.format(ids=fragment), {**(params or {}), **bound})


# --- sessions -----------------------------------------------------------------------

_SESSION_LINES = """
    SELECT s.id, s.trajectory_id, t.coachee_id, c.name, s.starts_at, s.duration_minutes,
           s.mode, s.location, s.status
      FROM coaching_session s
      JOIN trajectory t ON t.id = s.trajectory_id
      JOIN coachee c ON c.id = t.coachee_id
     WHERE {where}
     ORDER BY s.starts_at, s.id
     LIMIT :limit
"""
# Every session has a trajectory and a coachee (foreign keys): the count needs no
# join and reads ``ix_session_status_hours`` alone.
_SESSION_COUNT = "SELECT count(*) FROM coaching_session s WHERE {where}"


def _session_line(row: Row) -> Row:
    return (*row[:4], parse_time(row[4]), *row[5:])


def _sessions(where: str) -> Reader:
    lines_sql = _SESSION_LINES.format(where=where)
    count_sql = _SESSION_COUNT.format(where=where)

    def read(conn: Any, m: Moment, limit: int | None) -> tuple[list[Row], int]:
        params = m.params()
        found = conn.execute(lines_sql, {**params, "limit": -1 if limit is None else limit})
        lines = [_session_line(row) for row in found]
        if limit is None or len(lines) < limit:
            return lines, len(lines)
        return lines, int(conn.execute(count_sql, params).fetchone()[0])

    return read


# Today: held, or planned and still ahead (a planned one whose time passed is to confirm).
sessions_today = _sessions(
    "s.status IN ('held', 'planned') AND s.starts_at >= :start AND s.starts_at < :tomorrow"
    " AND (s.status = 'held' OR s.starts_at > :now)"
)
sessions_this_week = _sessions(
    "s.status = 'planned' AND s.starts_at >= :tomorrow AND s.starts_at < :week_end"
)
sessions_to_confirm = _sessions("s.status = 'planned' AND s.starts_at <= :now")


# --- read by member -----------------------------------------------------------------

# The agreement and trajectory sections are read as their members (sort key and id,
# all of them: the total, and what a change notice updates by id) and the lines of
# the first few.


def _members(query: str, id_column: str, order: str) -> Members:
    """Members from ``query`` (a SELECT with a WHERE) in ``order`` (its sort key, the id
    last), or of just ``ids``."""
    by_ids = f"{query} AND {id_column} IN {{ids}} ORDER BY {order}"
    query = f"{query} ORDER BY {order}"

    def members(conn: Any, m: Moment, ids: Collection[int] | None) -> list[Row]:
        params = m.params()
        if ids is None:
            return [tuple(row) for row in conn.execute(query, params)]
        return sorted(tuple(row) for row in rows_in(conn, by_ids, ids, params))

    return members


def _lines(query: str, convert: Callable[[Row], Row]) -> Lines:
    """Lines from ``query`` (first column: the id; ``{ids}`` an IN list), in the order of ids."""

    def lines(conn: Any, ids: list[int]) -> list[Row]:
        by_id = {row[0]: convert(tuple(row)) for row in rows_in(conn, query, ids)}
        return [by_id[i] for i in ids if i in by_id]

    return lines


# --- agreements ---------------------------------------------------------------------

# (due date, id) of the open agreements past their due date, oldest first, of open
# trajectories of active coachees: a range of ``ix_agreement_live_due`` (live,
# done_date, due_date), the index alone ("live" is kept by triggers, migration 0008).
overdue_members = _members(
    "SELECT due_date, id FROM agreement WHERE live = 1 AND done_date IS NULL AND due_date < :day",
    "id",
    "due_date, id",
)
agreement_lines = _lines(
    """
    SELECT a.id, a.trajectory_id, t.coachee_id, c.name, a.text, a.due_date
      FROM agreement a
      JOIN trajectory t ON t.id = a.trajectory_id
      JOIN coachee c ON c.id = t.coachee_id
     WHERE a.id IN {ids}
    """,
    lambda row: (*row[:5], parse_day(row[5])),
)


# --- trajectories -------------------------------------------------------------------

# Kept by triggers (migration 0008, core/overview_totals.py): the sessions and minutes
# counted against the contract (counted_sessions, counted_minutes), and the start of
# the last planned session (last_planned_at).


def _trajectory_members(where: str) -> Members:
    """(coachee name, id) of the open trajectories of active coachees that meet
    ``where``, by name."""
    return _members(
        "SELECT c.name, t.id FROM trajectory t JOIN coachee c ON c.id = t.coachee_id"
        f" WHERE t.status IN {OPEN_STATUSES!r} AND c.status = 'active' AND ({where})",
        "t.id",
        "c.name, t.id",
    )


# The lines of just these trajectories: the contract use, kept on the row.
trajectory_lines = _lines(
    """
    SELECT t.id, t.coachee_id, c.name, t.title, t.counted_sessions, t.contracted_sessions,
           t.counted_minutes / 60.0, t.contracted_hours, t.planned_end, t.status
      FROM trajectory t
      JOIN coachee c ON c.id = t.coachee_id
     WHERE t.id IN {ids}
    """,
    lambda row: (*row[:8], parse_day(row[8]), row[9]),
)

# At or above 80% of the contracted sessions or hours: only trajectories with a contract.
near_members = _trajectory_members(
    "(t.contracted_sessions > 0 OR t.contracted_hours > 0) AND ("
    f"(t.contracted_sessions > 0 AND t.counted_sessions >= {NEAR_END} * t.contracted_sessions)"
    f" OR (t.contracted_hours > 0 AND t.counted_minutes >= {NEAR_END * 60} * t.contracted_hours))"
)
# Active trajectories without a planned session ahead: the last one planned (if any)
# started by now.
no_next_members = _trajectory_members(
    "t.status = 'active' AND (t.last_planned_at IS NULL OR t.last_planned_at <= :now)"
)
past_end_members = _trajectory_members("t.planned_end IS NOT NULL AND t.planned_end < :day")


# --- what a change notice touched ----------------------------------------------------------


def by_session(conn: Any, ids: Collection[int], column: str) -> dict[int, Any]:
    """session id -> ``column`` of it, for the sessions of ``ids`` that still exist."""
    sql = f"SELECT id, {column} FROM coaching_session WHERE id IN {{ids}}"
    return {row[0]: row[1] for row in rows_in(conn, sql, ids)}


def session_trajectories(conn: Any, ids: Collection[int]) -> dict[int, int]:
    """session id -> its trajectory, for the sessions of ``ids`` that still exist."""
    return by_session(conn, ids, "trajectory_id")


def planned_passed(conn: Any, since: datetime, now: datetime) -> bool:
    """Did a planned session start between ``since`` and ``now``? (Then it moved from
    ahead to "to confirm", and its trajectory may have no next session: the sections
    on the clock are read again; else they are as they were.) One index seek."""
    found = conn.execute(
        "SELECT 1 FROM coaching_session"
        " WHERE status = 'planned' AND starts_at > :since AND starts_at <= :now LIMIT 1",
        {"since": stamp(since), "now": stamp(now)},
    )
    return found.fetchone() is not None
