"""Facade area: development goals with ratings over time; practice settings."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import select

from coachdesk.core import queries
from coachdesk.core import validation as v
from coachdesk.core.errors import ValidationError
from coachdesk.core.facade_base import FacadeBase
from coachdesk.core.fields import GOAL, clean
from coachdesk.core.models import (
    CoachingSession,
    Goal,
    GoalRating,
    Setting,
    Trajectory,
)
from coachdesk.core.records import GoalProgress


class GoalsMixin(FacadeBase):
    # --- goals and ratings ------------------------------------------------

    def add_goal(self, trajectory_id: int, title: str, **fields: Any) -> Goal:
        cleaned = clean(GOAL, {"title": title, **fields})
        with self._db() as s:
            self._get(s, Trajectory, trajectory_id)
            if "position" not in fields:
                cleaned["position"] = queries.next_goal_position(s, trajectory_id)
            goal = Goal(trajectory_id=trajectory_id, **cleaned)
            s.add(goal)
            s.flush()
            s.refresh(goal)
            return goal

    def update_goal(self, goal_id: int, **changes: Any) -> Goal:
        return self._update(Goal, goal_id, GOAL, changes)

    def delete_goal(self, goal_id: int) -> None:
        self._delete(Goal, goal_id)

    def get_goal(self, goal_id: int) -> Goal:
        return self._fetch(Goal, goal_id)

    def list_goals(self, trajectory_id: int) -> list[Goal]:
        with self._db() as s:
            self._get(s, Trajectory, trajectory_id)
            return queries.goals_of(s, trajectory_id)

    def rate_goal(
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
        with self._db() as s:
            goal = self._get(s, Goal, goal_id)
            if session_id is not None:
                session = self._get(s, CoachingSession, session_id)
                if session.trajectory_id != goal.trajectory_id:
                    raise ValidationError(field="session")
            s.add(rating)
            s.flush()
            s.refresh(rating)
            return rating

    def move_goal(self, goal_id: int, position: int) -> list[Goal]:
        """Move a goal to ``position`` (0-based, clamped) among its trajectory's goals.

        Renumbers the goals 0..n-1 and returns them in their new order.
        """
        if isinstance(position, bool) or not isinstance(position, int):
            raise ValidationError(field="position")
        with self._db() as s:
            goal = self._get(s, Goal, goal_id)
            goals = [g for g in queries.goals_of(s, goal.trajectory_id) if g.id != goal_id]
            goals.insert(max(0, min(position, len(goals))), goal)
            for index, g in enumerate(goals):
                if g.position != index:
                    g.position = index
                    s.add(g)
            s.flush()
            return goals

    def reorder_goals(self, trajectory_id: int, goal_ids: list[int]) -> list[Goal]:
        """Put all goals of a trajectory in the given order (e.g. after a drag)."""
        with self._db() as s:
            self._get(s, Trajectory, trajectory_id)
            goals = {g.id: g for g in queries.goals_of(s, trajectory_id)}
            if sorted(goal_ids) != sorted(goals):
                raise ValidationError(field="position")
            for index, goal_id in enumerate(goal_ids):
                goal = goals[goal_id]
                if goal.position != index:
                    goal.position = index
                    s.add(goal)
            s.flush()
            return [goals[i] for i in goal_ids]

    def set_goal_status(self, goal_id: int, status: str) -> Goal:
        """Open, achieved or dropped."""
        return self.update_goal(goal_id, status=status)

    def goal_progress(self, goal_id: int) -> GoalProgress:
        with self._db() as s:
            goal = self._get(s, Goal, goal_id)
            return GoalProgress(goal=goal, ratings=queries.ratings_of(s, [goal_id])[goal_id])

    def list_goal_progress(self, trajectory_id: int) -> list[GoalProgress]:
        """Every goal of a trajectory (in order) with its ratings over time."""
        with self._db() as s:
            self._get(s, Trajectory, trajectory_id)
            goals = queries.goals_of(s, trajectory_id)
            ratings = queries.ratings_of(s, [g.id for g in goals])  # type: ignore[misc]
            return [GoalProgress(goal=g, ratings=ratings[g.id]) for g in goals]  # type: ignore[index]

    def list_ratings(self, goal_id: int) -> list[GoalRating]:
        with self._db() as s:
            self._get(s, Goal, goal_id)
            return queries.ratings_of(s, [goal_id])[goal_id]

    def delete_rating(self, rating_id: int) -> None:
        self._delete(GoalRating, rating_id)

    # --- practice settings (coach name etc., needed by exports too) --------

    def get_settings(self) -> dict[str, str]:
        with self._db() as s:
            return {row.key: row.value for row in s.exec(select(Setting))}

    def set_setting(self, key: str, value: str) -> None:
        key = v.text(key, "name", required=True)
        with self._db() as s:
            s.merge(Setting(key=key, value=v.text(value, "text")))
