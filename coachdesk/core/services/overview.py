"""What needs the coach today: the home screen's lines, read in a few indexed queries.

Each line names the place it opens (coachee, trajectory, session), so the window
can go there in one click; nothing here knows about widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as wide_select
from sqlmodel import Session, col, select

from coachdesk.core.models import Agreement, Coachee, CoachingSession, Trajectory
from coachdesk.core.queries import counted_clause
from coachdesk.core.services.base import Service

OPEN_STATUSES = ("intake", "active", "paused")
NEAR_END = 0.8  # share of the contract used from which a trajectory is "near its end"


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


@dataclass(frozen=True)
class Today:
    day: date
    sessions_today: list[SessionLine]
    sessions_this_week: list[SessionLine]  # after today, to the end of the week
    to_confirm: list[SessionLine]  # planned, time passed, not marked
    overdue_agreements: list[AgreementLine]
    near_contract_end: list[TrajectoryLine]  # >= 80% of sessions or hours used
    no_next_session: list[TrajectoryLine]  # active, nothing planned ahead
    past_planned_end: list[TrajectoryLine]  # still open after the planned end

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.sessions_today,
                self.sessions_this_week,
                self.to_confirm,
                self.overdue_agreements,
                self.near_contract_end,
                self.no_next_session,
                self.past_planned_end,
            )
        )


class OverviewService(Service):
    def today(self, now: datetime | None = None) -> Today:
        """The home screen: this week's sessions and what asks for attention."""
        now = now or datetime.now()
        day = now.date()
        start = datetime.combine(day, datetime.min.time())
        tomorrow = start + timedelta(days=1)
        week_end = start + timedelta(days=7 - day.weekday())  # the Monday after
        with self.db.session() as s:
            week = self._sessions(s, s_from=start, s_to=week_end)
            confirm = self._sessions(s, s_to=now, planned_only=True)
            overdue = self._overdue(s, day)
            open_trajectories = self._open_trajectories(s)
            ahead = set(
                s.exec(
                    select(CoachingSession.trajectory_id)
                    .where(col(CoachingSession.status) == "planned")
                    .where(col(CoachingSession.starts_at) > now)
                    .distinct()
                ).all()
            )
        return Today(
            day=day,
            # Today's sessions held or ahead; a planned one whose time passed is "to confirm".
            sessions_today=[
                x
                for x in week
                if x.starts_at < tomorrow
                and (x.status == "held" or (x.status == "planned" and x.starts_at > now))
            ],
            sessions_this_week=[
                x for x in week if x.starts_at >= tomorrow and x.status == "planned"
            ],
            to_confirm=confirm,
            overdue_agreements=overdue,
            near_contract_end=[t for t in open_trajectories if _near_end(t)],
            no_next_session=[
                t
                for t in open_trajectories
                if t.status == "active" and t.trajectory_id not in ahead
            ],
            past_planned_end=[
                t for t in open_trajectories if t.planned_end is not None and t.planned_end < day
            ],
        )

    # --- the queries ----------------------------------------------------------

    def _sessions(
        self,
        s: Session,
        s_from: datetime | None = None,
        s_to: datetime | None = None,
        planned_only: bool = False,
    ) -> list[SessionLine]:
        query: Any = (
            wide_select(
                col(CoachingSession.id),
                col(CoachingSession.trajectory_id),
                col(Trajectory.coachee_id),
                col(Coachee.name),
                col(CoachingSession.starts_at),
                col(CoachingSession.duration_minutes),
                col(CoachingSession.mode),
                col(CoachingSession.location),
                col(CoachingSession.status),
            )
            .join(Trajectory, col(Trajectory.id) == CoachingSession.trajectory_id)
            .join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
            .order_by(col(CoachingSession.starts_at))
        )
        if s_from is not None:
            query = query.where(col(CoachingSession.starts_at) >= s_from)
        if s_to is not None:
            query = query.where(col(CoachingSession.starts_at) < s_to)
        if planned_only:
            query = query.where(col(CoachingSession.status) == "planned")
        return [SessionLine(*row) for row in s.connection().execute(query).all()]

    def _overdue(self, s: Session, day: date) -> list[AgreementLine]:
        query: Any = (
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
            .where(col(Agreement.done_date).is_(None))
            .where(col(Agreement.due_date) < day)
            .where(col(Trajectory.status).in_(OPEN_STATUSES))
            .where(col(Coachee.status) == "active")
            .order_by(col(Agreement.due_date), col(Agreement.id))
        )
        return [AgreementLine(*row) for row in s.connection().execute(query).all()]

    def _open_trajectories(self, s: Session) -> list[TrajectoryLine]:
        used: Any = (
            wide_select(
                col(CoachingSession.trajectory_id),
                func.count(col(CoachingSession.id)).label("n"),
                func.coalesce(func.sum(CoachingSession.duration_minutes), 0).label("minutes"),
            )
            .where(counted_clause())
            .group_by(col(CoachingSession.trajectory_id))
            .subquery()
        )
        query: Any = (
            wide_select(
                col(Trajectory.id),
                col(Trajectory.coachee_id),
                col(Coachee.name),
                col(Trajectory.title),
                func.coalesce(used.c.n, 0),
                col(Trajectory.contracted_sessions),
                func.coalesce(used.c.minutes, 0) / 60.0,
                col(Trajectory.contracted_hours),
                col(Trajectory.planned_end),
                col(Trajectory.status),
            )
            .join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
            .outerjoin(used, used.c.trajectory_id == Trajectory.id)
            .where(col(Trajectory.status).in_(OPEN_STATUSES))
            .where(col(Coachee.status) == "active")
            .order_by(col(Coachee.name), col(Trajectory.id))
        )
        return [TrajectoryLine(*row) for row in s.connection().execute(query).all()]


def _near_end(t: TrajectoryLine) -> bool:
    by_sessions = bool(t.contracted_sessions) and t.sessions_used >= NEAR_END * (
        t.contracted_sessions or 0
    )
    by_hours = bool(t.contracted_hours) and t.hours_used >= NEAR_END * (t.contracted_hours or 0)
    return by_sessions or by_hours
