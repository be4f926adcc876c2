"""Plain, detached results the facade hands out (no lazy loading, no session)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: CoacheeRow stays importable without the ORM
    from coachdesk.core.models import (
        Agreement,
        Coachee,
        CoachingSession,
        Goal,
        GoalRating,
        ProfileResult,
        Sponsor,
        Trajectory,
    )


@dataclass(slots=True)
class CoacheeRow:
    """One line of the coachee list: narrow, for 10,000 rows. Not frozen, though never
    changed: a frozen dataclass sets each field through object.__setattr__, 4x the cost
    of building a row (8 against 2 ms for the list of 10,000 read at every start)."""

    id: int
    name: str
    organisation: str
    role: str
    tags: str
    status: str
    last_session: datetime | None
    trajectories: int


@dataclass(frozen=True, slots=True)
class TrajectoryRow:
    id: int
    coachee_id: int
    coachee_name: str
    title: str
    status: str
    start_date: date | None
    sessions_used: int
    contracted_sessions: int | None


@dataclass(frozen=True, slots=True)
class Profile:
    """A profile result with its scores, keyed by dimension."""

    result: ProfileResult
    scores: dict[str, float]


@dataclass(frozen=True, slots=True)
class ProfileSet:
    """The results of one instrument taken on one date (one per variant)."""

    instrument_key: str
    taken_on: date
    profiles: list[Profile]

    def variant(self, key: str) -> Profile | None:
        return next((p for p in self.profiles if p.result.variant == key), None)


@dataclass(frozen=True, slots=True)
class ProfileComparison:
    """Two dates of one instrument side by side; ``changes[variant][dimension]`` = second - first."""

    instrument_key: str
    first: ProfileSet
    second: ProfileSet
    changes: dict[str, dict[str, float]]


@dataclass(frozen=True, slots=True)
class GoalProgress:
    goal: Goal
    ratings: list[GoalRating]

    @property
    def change(self) -> float | None:
        """Latest minus first rating (None with fewer than two)."""
        if len(self.ratings) < 2:
            return None
        return self.ratings[-1].value - self.ratings[0].value

    @property
    def slope_per_month(self) -> float | None:
        """The least-squares trend over all ratings, in points per 30 days.

        None with fewer than two ratings or when all fall on one day.
        """
        if len(self.ratings) < 2:
            return None
        start = self.ratings[0].rated_on
        xs = [(r.rated_on - start).days for r in self.ratings]
        ys = [r.value for r in self.ratings]
        mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
        var = sum((x - mean_x) ** 2 for x in xs)
        if var == 0:
            return None
        cov = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
        return cov / var * 30

    @property
    def direction(self) -> str:
        """ "up", "down" or "flat" (by the latest change; "flat" when unknown)."""
        trend = self.trend
        if trend is None or abs(trend) < 0.05:
            return "flat"
        return "up" if trend > 0 else "down"

    @property
    def first(self) -> float | None:
        return self.ratings[0].value if self.ratings else None

    @property
    def latest(self) -> float | None:
        return self.ratings[-1].value if self.ratings else None

    @property
    def trend(self) -> float | None:
        """Change from the previous rating to the latest (None with fewer than two)."""
        if len(self.ratings) < 2:
            return None
        return self.ratings[-1].value - self.ratings[-2].value


@dataclass(frozen=True)
class TrajectoryOverview:
    trajectory: Trajectory
    coachee: Coachee
    sponsor: Sponsor | None
    sessions_used: int
    sessions_planned: int
    minutes_used: int
    last_session: CoachingSession | None
    next_session: CoachingSession | None
    open_agreements: list[Agreement]
    overdue_agreements: list[Agreement]
    goals: list[GoalProgress]
    profiles: list[Profile] = field(default_factory=list)
    # Planned sessions whose time has passed: held, cancelled or missed? The coach says.
    sessions_to_confirm: list[CoachingSession] = field(default_factory=list)
    sessions_cancelled: int = 0
    no_shows: int = 0
    closed_agreements: list[Agreement] = field(default_factory=list)  # done or not done
    sessions: list[CoachingSession] = field(default_factory=list)  # all, by start

    @property
    def closed(self) -> bool:
        return self.trajectory.status in ("completed", "cancelled")

    @property
    def sessions_contracted(self) -> int | None:
        return self.trajectory.contracted_sessions

    @property
    def hours_used(self) -> float:
        return round(self.minutes_used / 60, 2)

    @property
    def hours_contracted(self) -> float | None:
        return self.trajectory.contracted_hours


@dataclass
class HoursRow:
    """Hours per month, year, sponsor or coachee (hours.summary; the home screen's chart)."""

    key: str  # "2026-03", "2026", a sponsor or coachee name
    paid_hours: float = 0.0
    pro_bono_hours: float = 0.0
    held: int = 0
    cancelled: int = 0
    no_show: int = 0

    @property
    def hours(self) -> float:
        return self.paid_hours + self.pro_bono_hours
