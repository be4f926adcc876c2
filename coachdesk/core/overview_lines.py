"""The home screen's lines and sections as the window shows them, without the ORM.

The window builds and fills the home screen from these alone, so it does not load
SQLAlchemy (core/overview_queries) on the GUI thread at start; how each section is
read is declared in core/services/overview.SECTIONS, in the order of ``SECTION_KEYS``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

LIMIT = 8  # lines per section on the home screen; the rest is counted

# The keys of core.services.overview.SECTIONS, in the order shown (checked there).
SECTION_KEYS = ("today", "week", "confirm", "overdue", "near_end", "no_next", "past_end")


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
    """One section of the home screen: its first lines and how many there are in all
    (and, for the sections updated by id, every member: sort key and id)."""

    lines: list[Any]
    total: int
    members: tuple[tuple[Any, ...], ...] | None = field(default=None, compare=False)

    @property
    def more(self) -> int:
        return self.total - len(self.lines)
