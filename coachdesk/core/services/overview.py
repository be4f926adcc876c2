"""What needs the coach today: the home screen's sections (SECTIONS), each read as
its first lines plus a count (core.overview_queries), never every matching row.

Each line names the place it opens (coachee, trajectory, session), so the window
can go there in one click; nothing here knows about widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coachdesk.core import overview_queries as q
from coachdesk.core.services.base import Service

OPEN_STATUSES = q.OPEN_STATUSES
NEAR_END = q.NEAR_END


@dataclass(frozen=True, slots=True)
class SessionLine:
    session_id: int
    trajectory_id: int
    coachee_id: int
    coachee_name: str
    starts_at: datetime
    duration_minutes: int
    mode: str
    location: str
    status: str  # planned (ahead or to confirm) or held

    @property
    def to_confirm(self) -> bool:
        return self.status == "planned" and self.starts_at <= datetime.now()


@dataclass(frozen=True, slots=True)
class AgreementLine:
    agreement_id: int
    trajectory_id: int
    coachee_id: int
    coachee_name: str
    text: str
    due_date: date


@dataclass(frozen=True, slots=True)
class TrajectoryLine:
    trajectory_id: int
    coachee_id: int
    coachee_name: str
    title: str
    sessions_used: int
    contracted_sessions: int | None
    hours_used: float
    contracted_hours: float | None
    planned_end: date | None
    status: str


@dataclass(frozen=True, slots=True)
class Part:
    """One section of the home screen: its first lines and how many there are in all."""

    lines: list[Any]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.lines)


@dataclass(frozen=True, slots=True)
class SectionDef:
    """A section of the home screen: its key (the window's card), the kind of its
    lines (how they are shown and opened: session, agreement, trajectory) and how it
    is read. To add a section, add one here and give it a title in ui/pages/home_page."""

    key: str
    line: type
    read: q.Reader


# The home screen's sections, in the order shown: the one place they are declared.
SECTIONS: tuple[SectionDef, ...] = (
    SectionDef("today", SessionLine, q.sessions_today),
    SectionDef("week", SessionLine, q.sessions_this_week),  # after today, to week's end
    SectionDef("confirm", SessionLine, q.sessions_to_confirm),  # planned, time passed
    SectionDef("overdue", AgreementLine, q.overdue_agreements),
    SectionDef("near_end", TrajectoryLine, q.near_contract_end),  # >= 80% of the contract
    SectionDef("no_next", TrajectoryLine, q.no_next_session),  # active, nothing ahead
    SectionDef("past_end", TrajectoryLine, q.past_planned_end),  # open after planned end
)
BY_KEY = {d.key: d for d in SECTIONS}
LIMIT = 8  # lines per section on the home screen; the rest is counted


@dataclass(frozen=True)
class Today:
    day: date
    parts: dict[str, Part]

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
    def today(self, now: datetime | None = None, limit: int | None = LIMIT) -> Today:
        """The home screen: the first ``limit`` lines of every section, and its total."""
        moment = q.Moment.at(now or datetime.now())
        with self.db.session() as s:
            parts = {d.key: _part(s, d, moment, limit) for d in SECTIONS}
        return Today(day=moment.day, parts=parts)

    def hours(self, start: date) -> list[Any]:
        """Hours per month from ``start`` (HoursRow, as hours.summary("month", start)),
        and the hours coached in all (the ICF log's total): summed in SQL, for the chart."""
        from coachdesk.core.services.hours import HoursRow

        with self.db.session() as s:
            return [HoursRow(*row) for row in q.hours_by_month(s, start)]

    def coached_hours(self) -> float:
        with self.db.session() as s:
            return q.coached_hours(s)

    def section(self, key: str, now: datetime | None = None, limit: int | None = None) -> Part:
        """One section in full ("show all")."""
        moment = q.Moment.at(now or datetime.now())
        with self.db.session() as s:
            return _part(s, BY_KEY[key], moment, limit)


def _part(s: Any, definition: SectionDef, moment: q.Moment, limit: int | None) -> Part:
    rows, total = definition.read(s, moment, limit)
    return Part([definition.line(*row) for row in rows], total)
