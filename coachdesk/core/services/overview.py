"""What needs the coach today: the home screen's sections (SECTIONS), each read as
its first lines plus a count (core.overview_queries), never every matching row.

Each line names the place it opens (coachee, trajectory, session), so the window
can go there in one click; nothing here knows about widgets.

A change notice re-reads only what it touched: every section declares the columns
its lines and filters read and its clock, and ``today(previous=..., changes=...)``
keeps, updates by id or reads again each (core.overview_refresh, where
``HomeReader`` keeps the last read for the window). A section kept is the same
Part as before, so the window need not paint it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coachdesk.core import overview_hours as oh
from coachdesk.core import overview_queries as q
from coachdesk.core import overview_refresh as refresh
from coachdesk.core.changes import Changes
from coachdesk.core.overview_lines import (  # re-exported: the home screen reads them
    LIMIT,
    SECTION_KEYS,
    AgreementLine,
    Part,
    SessionLine,
    TrajectoryLine,
)
from coachdesk.core.overview_refresh import HomeReader, Reads
from coachdesk.core.services.base import Service

OPEN_STATUSES = q.OPEN_STATUSES
NEAR_END = q.NEAR_END


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


class OverviewService(Service):
    def today(
        self,
        now: datetime | None = None,
        limit: int | None = LIMIT,
        *,
        previous: Today | None = None,
        changes: Changes | None = None,
    ) -> Today:
        """The home screen: the first ``limit`` lines of every section, and its total.

        With the ``previous`` read and the ``changes`` made since, only what they (or
        the clock) touched is read again (see core.overview_refresh)."""
        moment = q.Moment.at(now or datetime.now())
        parts: dict[str, Part] = {}
        with self.db.session() as s:
            if previous is None or changes is None or previous.limit != limit:
                parts = {d.key: _part(s, d, moment, limit) for d in SECTIONS}
            else:
                passed = previous.at is not None and q.planned_passed(s, previous.at, moment.now)
                for d in SECTIONS:
                    parts[d.key] = _again(s, d, moment, limit, previous, changes, passed)
        kept = frozenset(k for k, part in parts.items() if previous and part is previous[k])
        return Today(moment.day, parts, frozenset(parts) - kept, limit, moment.now)

    def reader(self) -> HomeReader:
        """What the window reads the home screen with (keeps the last read)."""
        return HomeReader(self)

    def hours(
        self, start: date, *, previous: list[Any] | None = None, changes: Changes | None = None
    ) -> list[Any]:
        """Hours per month from ``start`` (HoursRow, as hours.summary("month", start)),
        summed in SQL, for the chart. With the ``previous`` rows (from the same
        ``start``) and the ``changes`` since: only the months of the sessions they name."""
        from coachdesk.core.services.hours import HoursRow

        with self.db.session() as s:
            months = _months_again(s, previous, changes, HOURS_READS)
            if months is None or previous is None:
                return [HoursRow(*row) for row in oh.hours_by_month(s, start)]
            if not months:
                return previous  # no session hour changed
            first = oh.month_of(start)
            rows = {row.key: row for row in previous}
            for key, row in oh.month_rows(s, sorted(m for m in months if m >= first)).items():
                if row is None:
                    rows.pop(key, None)
                else:
                    rows[key] = HoursRow(*row)
            return [rows[key] for key in sorted(rows)]

    def held_minutes(
        self, *, previous: dict[str, int] | None = None, changes: Changes | None = None
    ) -> dict[str, int]:
        """Minutes held per month (all of them: the ICF total is their sum); with the
        ``previous`` ones and the ``changes`` since, only the months they name."""
        with self.db.session() as s:
            months = _months_again(s, previous, changes, ICF_READS)
            if months is None or previous is None:
                held = oh.held_minutes(s)
            elif not months:
                return previous
            else:
                held = {**previous, **oh.held_minutes(s, sorted(months))}
            return {key: minutes for key, minutes in held.items() if minutes}

    def coached_hours(self) -> float:
        """Every hour actually coached (held sessions): the ICF log's total."""
        return sum(self.held_minutes().values()) / 60

    def section(self, key: str, now: datetime | None = None, limit: int | None = None) -> Part:
        """One section in full ("show all")."""
        moment = q.Moment.at(now or datetime.now())
        with self.db.session() as s:
            return _part(s, BY_KEY[key], moment, limit)


def _months_again(
    s: Any, previous: object | None, changes: Changes | None, reads: Reads
) -> frozenset[datetime] | None:
    """The months to sum again after ``changes`` (empty: none); None: every month."""
    if previous is None or changes is None:
        return None
    return refresh.touched_months(s, changes, reads)


def _again(
    s: Any,
    d: SectionDef,
    moment: q.Moment,
    limit: int | None,
    previous: Today,
    changes: Changes,
    passed: bool,
) -> Part:
    """A section after ``changes``: kept, updated by id, or read in full."""
    before = previous[d.key]
    if refresh.clock_moved(d, previous, moment, passed):
        return _part(s, d, moment, limit)
    ids = refresh.affected(s, d, changes)
    if isinstance(ids, str):  # KEEP
        return before
    if ids is None or before.members is None:
        return _part(s, d, moment, limit)
    found = refresh.merged(s, d, moment, before.members, ids)

    def ids_of(rows: Any) -> list[int]:
        return [row[-1] for row in (rows if limit is None else rows[:limit])]

    first = ids_of(found)
    if first == ids_of(before.members) and not ids & set(first):
        return Part(before.lines, len(found), tuple(found))  # the same first lines
    return _paged(s, d, found, limit)


def _part(s: Any, definition: SectionDef, moment: q.Moment, limit: int | None) -> Part:
    if definition.members is not None:
        return _paged(s, definition, definition.members(s, moment, None), limit)
    assert definition.read is not None
    rows, total = definition.read(s, moment, limit)
    return Part([definition.line(*row) for row in rows], total)


def _paged(s: Any, definition: SectionDef, found: list[tuple[Any, ...]], limit: int | None) -> Part:
    """A section read by member: the lines of the first ``limit``, all members kept."""
    assert definition.lines is not None
    first = found if limit is None else found[:limit]
    rows = definition.lines(s, [row[-1] for row in first])
    return Part([definition.line(*row) for row in rows], len(found), tuple(found))
