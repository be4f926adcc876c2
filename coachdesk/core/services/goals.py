"""Development goals, their order and status, and ratings 0-10 over time."""

from __future__ import annotations

import builtins
from datetime import date
from typing import Any, cast

from sqlmodel import select

from coachdesk.core import queries
from coachdesk.core import validation as v
from coachdesk.core.fields import GOAL, clean
from coachdesk.core.models import CoachingSession, Goal, GoalRating, Trajectory
from coachdesk.core.records import GoalProgress
from coachdesk.core.services.base import Service
from coachdesk.errors import ValidationError


class GoalService(Service):
    def create(self, trajectory_id: int, title: str, **fields: Any) -> Goal:
        cleaned = clean(GOAL, {"title": title, **fields})
        with self.db.session() as s:
            self.db.get(s, Trajectory, trajectory_id)
            if "position" not in fields:
                cleaned["position"] = queries.next_goal_position(s, trajectory_id)
            goal = Goal(trajectory_id=trajectory_id, **cleaned)
            s.add(goal)
            s.flush()
            s.refresh(goal)
            return goal

    def update(self, goal_id: int, **changes: Any) -> Goal:
        return self.db.update(Goal, goal_id, GOAL, changes)

    def set_status(self, goal_id: int, status: str) -> Goal:
        """Open, achieved or dropped."""
        return self.update(goal_id, status=status)

    def delete(self, goal_id: int) -> None:
        self.db.delete(Goal, goal_id)

    def get(self, goal_id: int) -> Goal:
        return self.db.fetch(Goal, goal_id)

    def list(self, trajectory_id: int) -> list[Goal]:
        with self.db.session() as s:
            self.db.get(s, Trajectory, trajectory_id)
            return queries.goals_of(s, trajectory_id)

    # --- order ----------------------------------------------------------------

    def move(self, goal_id: int, position: int) -> builtins.list[Goal]:
        """Move a goal to ``position`` (0-based, clamped) among its trajectory's goals.

        Renumbers the goals 0..n-1 and returns them in their new order.
        """
        if isinstance(position, bool) or not isinstance(position, int):
            raise ValidationError(field="position")
        with self.db.session() as s:
            goal = self.db.get(s, Goal, goal_id)
            goals = [g for g in queries.goals_of(s, goal.trajectory_id) if g.id != goal_id]
            goals.insert(max(0, min(position, len(goals))), goal)
            _renumber(s, goals)
            return goals

    def reorder(self, trajectory_id: int, goal_ids: builtins.list[int]) -> builtins.list[Goal]:
        """Put all goals of a trajectory in the given order (e.g. after a drag)."""
        with self.db.session() as s:
            self.db.get(s, Trajectory, trajectory_id)
            goals = {cast(int, g.id): g for g in queries.goals_of(s, trajectory_id)}
            if sorted(goal_ids) != sorted(goals):
                raise ValidationError(field="position")
            ordered = [goals[i] for i in goal_ids]
            _renumber(s, ordered)
            return ordered

    # --- ratings --------------------------------------------------------------

    def rate(
        self,
        goal_id: int,
        value: float,
        rated_on: date | None = None,
        session_id: int | None = None,
        comment: str = "",
    ) -> GoalRating:
        rating = GoalRating(
            goal_id=goal_id,
            value=v.rating(value),
            rated_on=v.optional_date(rated_on, "done_on") or date.today(),
            session_id=session_id,
            comment=v.text(comment, "text"),
        )
        with self.db.session() as s:
            goal = self.db.get(s, Goal, goal_id)
            if session_id is not None:
                session = self.db.get(s, CoachingSession, session_id)
                if session.trajectory_id != goal.trajectory_id:
                    raise ValidationError(field="session")
            s.add(rating)
            s.flush()
            s.refresh(rating)
            return rating

    def set_session_rating(
        self, session_id: int, goal_id: int, value: float | None
    ) -> GoalRating | None:
        """The one rating of ``goal_id`` in this session: set, change, or (None) remove."""
        if value is not None:
            value = v.rating(value)
        with self.db.session() as s:
            session = self.db.get(s, CoachingSession, session_id)
            goal = self.db.get(s, Goal, goal_id)
            if goal.trajectory_id != session.trajectory_id:
                raise ValidationError(field="session")
            existing = s.exec(
                select(GoalRating).where(
                    GoalRating.goal_id == goal_id, GoalRating.session_id == session_id
                )
            ).first()
            if value is None:
                if existing is not None:
                    s.delete(existing)
                return None
            rating = existing or GoalRating(
                goal_id=goal_id, session_id=session_id, rated_on=session.starts_at.date(), value=0
            )
            rating.value = value
            s.add(rating)
            s.flush()
            s.refresh(rating)
            return rating

    def ratings(self, goal_id: int) -> builtins.list[GoalRating]:
        with self.db.session() as s:
            self.db.get(s, Goal, goal_id)
            return queries.ratings_of(s, [goal_id])[goal_id]

    def delete_rating(self, rating_id: int) -> None:
        self.db.delete(GoalRating, rating_id)

    def progress(self, goal_id: int) -> GoalProgress:
        with self.db.session() as s:
            goal = self.db.get(s, Goal, goal_id)
            return GoalProgress(goal=goal, ratings=queries.ratings_of(s, [goal_id])[goal_id])

    def list_progress(self, trajectory_id: int) -> builtins.list[GoalProgress]:
        """Every goal of a trajectory (in order) with its ratings over time."""
        with self.db.session() as s:
            self.db.get(s, Trajectory, trajectory_id)
            goals = queries.goals_of(s, trajectory_id)
            ratings = queries.ratings_of(s, [g.id for g in goals if g.id is not None])
            return [GoalProgress(goal=g, ratings=ratings.get(g.id or 0, [])) for g in goals]


def _renumber(s: Any, goals: list[Goal]) -> None:
    for index, goal in enumerate(goals):
        if goal.position != index:
            goal.position = index
            s.add(goal)
    s.flush()
