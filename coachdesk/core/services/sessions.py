"""Coaching sessions: planning, the session sheet the editor shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import col, func, select

from coachdesk.core import queries
from coachdesk.core import validation as v
from coachdesk.core.fields import SESSION, clean
from coachdesk.core.models import Agreement, Coachee, CoachingSession, Goal, GoalRating, Trajectory
from coachdesk.core.services.base import Service


@dataclass(frozen=True)
class SessionSheet:
    """Everything the session editor shows, read in one go."""

    session: CoachingSession
    trajectory: Trajectory
    coachee_name: str
    number: int  # the session's place in its trajectory, counting from 1
    goals: list[Goal]  # the trajectory's open goals
    ratings: dict[int, float]  # goal id -> the rating given in this session
    agreements: list[Agreement]  # made in this session
    review: list[Agreement]  # earlier agreements: open, or ticked off since this session


class SessionService(Service):
    def create(self, trajectory_id: int, starts_at: datetime, **fields: Any) -> CoachingSession:
        """A session; ``status`` defaults to held for a start in the past, planned ahead."""
        cleaned = clean(SESSION, {"starts_at": starts_at, **fields})
        cleaned.setdefault("status", "planned" if cleaned["starts_at"] > datetime.now() else "held")
        with self.db.session() as s:
            self.db.get(s, Trajectory, trajectory_id)
            session = CoachingSession(trajectory_id=trajectory_id, **cleaned)
            s.add(session)
            s.flush()
            s.refresh(session)
            return session

    def update(self, session_id: int, **changes: Any) -> CoachingSession:
        return self.db.update(CoachingSession, session_id, SESSION, changes)

    def delete(self, session_id: int) -> None:
        """Remove a session (its agreements and ratings stay, without it); undo via undo."""
        self.db.delete(CoachingSession, session_id)

    # --- the lifecycle: planned -> held | cancelled | no-show ------------------

    def plan(self, trajectory_id: int, starts_at: datetime, **fields: Any) -> CoachingSession:
        """A session ahead (in the calendar, not yet held)."""
        return self.create(trajectory_id, starts_at, status="planned", **fields)

    def reschedule(self, session_id: int, **changes: Any) -> CoachingSession:
        """Move a session: date and time, duration, mode, location."""
        allowed = {"starts_at", "duration_minutes", "mode", "location"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"not part of a reschedule: {', '.join(sorted(unknown))}")
        return self.update(session_id, **changes)

    def mark_held(self, session_id: int) -> CoachingSession:
        return self.update(
            session_id, status="held", cancelled_by="", cancelled_on=None, charged=True
        )

    def cancel(self, session_id: int, by: str, on: date | None = None) -> CoachingSession:
        """Cancelled by the coach or the coachee (on ``on``, default today): never counted."""
        who = v.choice(by, "cancelled_by", ("coach", "coachee"))
        return self.update(
            session_id,
            status="cancelled",
            cancelled_by=who,
            cancelled_on=on or date.today(),
            charged=False,
        )

    def mark_no_show(self, session_id: int, charged: bool = True) -> CoachingSession:
        """The coachee did not come; counts against the contract unless not charged."""
        return self.update(
            session_id, status="no_show", cancelled_by="", cancelled_on=None, charged=charged
        )

    def replan(self, session_id: int) -> CoachingSession:
        """Back to planned (a cancel or a held mark undone by the coach)."""
        return self.update(
            session_id, status="planned", cancelled_by="", cancelled_on=None, charged=True
        )

    def get(self, session_id: int) -> CoachingSession:
        return self.db.fetch(CoachingSession, session_id)

    def list(self, trajectory_id: int) -> list[CoachingSession]:
        with self.db.session() as s:
            self.db.get(s, Trajectory, trajectory_id)
            return queries.sessions_of(s, trajectory_id)

    def new(self, trajectory_id: int, starts_at: datetime | None = None) -> CoachingSession:
        """A session to write in right away, set up like the trajectory's previous one.

        Start: ``starts_at``, or now rounded down to the quarter hour, or, when a
        session already starts then or later, a week after the latest one (same
        time of day). Duration, mode, location, paid and template follow the
        latest earlier session (GROW at first).
        """
        with self.db.session() as s:
            self.db.get(s, Trajectory, trajectory_id)
            if starts_at is None:
                now = datetime.now().replace(second=0, microsecond=0)
                starts_at = now.replace(minute=now.minute - now.minute % 15)
                latest = s.exec(
                    select(func.max(CoachingSession.starts_at)).where(
                        CoachingSession.trajectory_id == trajectory_id
                    )
                ).one()
                if latest is not None and latest >= starts_at:
                    starts_at = latest + timedelta(weeks=1)
            previous = s.exec(
                select(CoachingSession)
                .where(CoachingSession.trajectory_id == trajectory_id)
                .where(col(CoachingSession.starts_at) <= starts_at)
                .order_by(col(CoachingSession.starts_at).desc(), col(CoachingSession.id).desc())
            ).first()
        fields: dict[str, object] = {"template": "grow"}
        if previous is not None:
            fields = {
                "duration_minutes": previous.duration_minutes,
                "mode": previous.mode,
                "location": previous.location,
                "paid": previous.paid,
                "template": previous.template or "grow",
            }
        return self.create(trajectory_id, starts_at, **fields)  # held now, or planned ahead

    def title_parts(self, session_id: int) -> tuple[str, datetime]:
        """The coachee's name and the session's start (for a window title)."""
        with self.db.session() as s:
            session = self.db.get(s, CoachingSession, session_id)
            trajectory = self.db.get(s, Trajectory, session.trajectory_id)
            return self.db.get(s, Coachee, trajectory.coachee_id).name, session.starts_at

    def sheet(self, session_id: int) -> SessionSheet:
        agreements = self.practice.agreements
        with self.db.session() as s:
            session = self.db.get(s, CoachingSession, session_id)
            trajectory = self.db.get(s, Trajectory, session.trajectory_id)
            coachee = self.db.get(s, Coachee, trajectory.coachee_id)
            tid = session.trajectory_id
            sessions = queries.sessions_of(s, tid)
            number = next(n for n, x in enumerate(sessions, 1) if x.id == session_id)
            goals = [g for g in queries.goals_of(s, tid) if g.status == "open"]
            ratings = {
                r.goal_id: r.value
                for r in s.exec(select(GoalRating).where(GoalRating.session_id == session_id))
            }
            made = list(
                s.exec(
                    select(Agreement)
                    .where(Agreement.session_id == session_id)
                    .order_by(col(Agreement.id))
                )
            )
            return SessionSheet(
                session=session,
                trajectory=trajectory,
                coachee_name=coachee.name,
                number=number,
                goals=goals,
                ratings=ratings,
                agreements=made,
                review=agreements.review_in(s, session),
            )
