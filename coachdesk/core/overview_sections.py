"""The home screen's sections, declared once (SECTIONS), and a read of them: the first
lines of each plus a count (core.overview_queries), never every matching row.

Plain SQL on a DB-API connection, no ORM: the window reads the home screen at start
from the read-only peek (core/peek.py) while the store still opens, and the practice
reads it on its session's connection (core/services/overview.py, which also reads it
again after change notices, core/overview_refresh.py).

Each line names the place it opens (coachee, trajectory, session), so the window can
go there in one click; nothing here knows about widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coachdesk.core import overview_hours as oh
from coachdesk.core import overview_queries as q
from coachdesk.core.overview_lines import (
    LIMIT,
    SECTION_KEYS,
    AgreementLine,
    Part,
    SessionLine,
    TrajectoryLine,
)
from coachdesk.core.overview_refresh import Home, Reads
from coachdesk.core.records import HoursRow


@dataclass(frozen=True, slots=True)
class SectionDef:
    """A section of the home screen: its key (the window's card), the kind of its
    lines (how they are shown and opened: session, agreement, trajectory), how it
    is read, the columns its lines and filters read per table, and its clock: "now"
    (moves when a planned session starts, and each day), "day" or "" (never).
    ``members``/``lines``: read by member, so a change notice updates it by id
    (``kind``: the table of the member ids). To add a section, add one here and
    give it a title in ui/pages/home_page."""

    key: str
    line: type
    read: q.Reader | None  # None: read by member (``members``/``lines``)
    reads: Reads
    clock: str = ""
    kind: str = ""
    members: q.Members | None = None
    lines: q.Lines | None = None


def _cols(*names: str) -> frozenset[str]:
    return frozenset(names)


_SESSION_LINE = _cols(
    "trajectory_id", "starts_at", "duration_minutes", "mode", "location", "status"
)
_USE = _cols("trajectory_id", "status", "charged", "duration_minutes")  # the contract use
_NEXT = _USE | _cols("starts_at")
_TRAJECTORY = {
    "trajectory": _cols(
        "coachee_id", "title", "contracted_sessions", "contracted_hours", "planned_end", "status"
    ),
    "coachee": _cols("name", "status"),
}
_SESSIONS: Reads = {
    "coaching_session": _SESSION_LINE,
    "trajectory": _cols("coachee_id"),
    "coachee": _cols("name"),
}


def _by_trajectory(key: str, members: q.Members, reads: Reads, clock: str = "") -> SectionDef:
    return SectionDef(
        key, TrajectoryLine, None, reads, clock, "trajectory", members, q.trajectory_lines
    )


# The home screen's sections, in the order shown: the one place they are declared.
SECTIONS: tuple[SectionDef, ...] = (
    SectionDef("today", SessionLine, q.sessions_today, _SESSIONS, "now"),
    # after today, to week's end
    SectionDef("week", SessionLine, q.sessions_this_week, _SESSIONS, "now"),
    # planned, time passed
    SectionDef("confirm", SessionLine, q.sessions_to_confirm, _SESSIONS, "now"),
    SectionDef(
        "overdue",
        AgreementLine,
        None,
        {
            "agreement": _cols("trajectory_id", "text", "due_date", "done_date"),
            "trajectory": _cols("coachee_id", "status"),
            "coachee": _cols("name", "status"),
        },
        "day",
        "agreement",
        q.overdue_members,
        q.agreement_lines,
    ),
    # >= 80% of the contract (every trajectory line shows its contract use)
    _by_trajectory("near_end", q.near_members, {"coaching_session": _USE, **_TRAJECTORY}),
    # active, nothing planned ahead
    _by_trajectory("no_next", q.no_next_members, {"coaching_session": _NEXT, **_TRAJECTORY}, "now"),
    # open after the planned end
    _by_trajectory(
        "past_end", q.past_end_members, {"coaching_session": _USE, **_TRAJECTORY}, "day"
    ),
)
HOURS_READS: Reads = {
    "coaching_session": _cols("status", "starts_at", "duration_minutes", "paid", "charged")
}
ICF_READS: Reads = {"coaching_session": _cols("status", "duration_minutes")}


def _every_read() -> Reads:
    columns: dict[str, set[str]] = {}
    for reads in [d.reads for d in SECTIONS] + [HOURS_READS, ICF_READS]:
        for table, names in reads.items():
            columns.setdefault(table, set()).update(names or ())
    return {table: frozenset(names) for table, names in columns.items()}


# Every column the home screen reads: a change elsewhere (a note typed) does not concern it.
READS = _every_read()
BY_KEY = {d.key: d for d in SECTIONS}
assert tuple(BY_KEY) == SECTION_KEYS, "core/overview_lines.SECTION_KEYS: the same, in order"


@dataclass(frozen=True)
class Today:
    day: date
    parts: dict[str, Part]
    # The sections read anew (the others are the previous read's Parts, unchanged).
    fresh: frozenset[str] = frozenset(BY_KEY)
    limit: int | None = LIMIT
    at: datetime | None = None  # when it was read (the clock of the next read)

    def __getitem__(self, key: str) -> Part:
        return self.parts[key]

    @property
    def empty(self) -> bool:
        return not any(part.total for part in self.parts.values())

    # The sections by name (their first lines).
    @property
    def sessions_today(self) -> list[SessionLine]:
        return self.parts["today"].lines

    @property
    def sessions_this_week(self) -> list[SessionLine]:
        return self.parts["week"].lines

    @property
    def to_confirm(self) -> list[SessionLine]:
        return self.parts["confirm"].lines

    @property
    def overdue_agreements(self) -> list[AgreementLine]:
        return self.parts["overdue"].lines

    @property
    def near_contract_end(self) -> list[TrajectoryLine]:
        return self.parts["near_end"].lines

    @property
    def no_next_session(self) -> list[TrajectoryLine]:
        return self.parts["no_next"].lines

    @property
    def past_planned_end(self) -> list[TrajectoryLine]:
        return self.parts["past_end"].lines


def read_part(conn: Any, definition: SectionDef, moment: q.Moment, limit: int | None) -> Part:
    if definition.members is not None:
        return paged(conn, definition, definition.members(conn, moment, None), limit)
    assert definition.read is not None
    rows, total = definition.read(conn, moment, limit)
    return Part([definition.line(*row) for row in rows], total)


def paged(
    conn: Any, definition: SectionDef, found: list[tuple[Any, ...]], limit: int | None
) -> Part:
    """A section read by member: the lines of the first ``limit``, all members kept."""
    assert definition.lines is not None
    first = found if limit is None else found[:limit]
    rows = definition.lines(conn, [row[-1] for row in first])
    return Part([definition.line(*row) for row in rows], len(found), tuple(found))


def read_today(conn: Any, moment: q.Moment, limit: int | None = LIMIT) -> Today:
    """Every section, read from nothing on ``conn``."""
    parts = {d.key: read_part(conn, d, moment, limit) for d in SECTIONS}
    return Today(moment.day, parts, frozenset(parts), limit, moment.now)


def read_home(conn: Any, start: date, now: datetime | None = None) -> Home:
    """The whole home screen read from nothing on ``conn`` (HomeReader's first read)."""
    today = read_today(conn, q.Moment.at(now or datetime.now()))
    hours = [HoursRow(*row) for row in oh.hours_by_month(conn, start)]
    held = {key: minutes for key, minutes in oh.held_minutes(conn).items() if minutes}
    return Home(today, hours, held, start)
