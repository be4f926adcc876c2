"""Facade area: development goals with ratings over time, profiles, practice settings."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlmodel import select

from coachdesk.core import queries
from coachdesk.core import validation as v
from coachdesk.core.errors import EmptyValueError, ValidationError
from coachdesk.core.facade_base import FacadeBase
from coachdesk.core.fields import GOAL, clean
from coachdesk.core.models import (
    Coachee,
    CoachingSession,
    Goal,
    GoalRating,
    ProfileResult,
    ProfileScore,
    Setting,
    Trajectory,
)
from coachdesk.core.records import Profile


class GoalsProfilesMixin(FacadeBase):
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

    def list_ratings(self, goal_id: int) -> list[GoalRating]:
        with self._db() as s:
            self._get(s, Goal, goal_id)
            return queries.ratings_of(s, [goal_id])[goal_id]

    def delete_rating(self, rating_id: int) -> None:
        self._delete(GoalRating, rating_id)

    # --- profiles ---------------------------------------------------------

    def record_profile(
        self,
        coachee_id: int,
        instrument_key: str,
        scores: Mapping[str, float],
        taken_on: date | None = None,
        variant: str = "",
        note: str = "",
        label: str = "",
    ) -> Profile:
        key = v.text(instrument_key, "instrument", required=True)
        if not scores:
            raise EmptyValueError(field="scores")
        clean_scores: dict[str, float] = {}
        for dim, score in scores.items():
            dim = v.text(dim, "dimension", required=True)
            if isinstance(score, bool) or not isinstance(score, int | float) or score != score:
                raise ValidationError(field="scores")
            clean_scores[dim] = float(score)
        result = ProfileResult(
            coachee_id=coachee_id,
            instrument_key=key,
            taken_on=v.optional_date(taken_on, "done_on") or date.today(),
            variant=v.text(variant, "text").strip(),
            label=v.text(label, "text").strip(),
            note=v.text(note, "text"),
        )
        with self._db() as s:
            self._get(s, Coachee, coachee_id)
            s.add(result)
            s.flush()
            for dim, score in clean_scores.items():
                s.add(ProfileScore(result_id=result.id, dimension_key=dim, score=score))
            s.flush()
            s.refresh(result)
            return Profile(result=result, scores=clean_scores)

    def list_profiles(self, coachee_id: int, instrument_key: str | None = None) -> list[Profile]:
        with self._db() as s:
            self._get(s, Coachee, coachee_id)
            return queries.profiles_of(s, coachee_id, instrument_key)

    def delete_profile(self, result_id: int) -> None:
        self._delete(ProfileResult, result_id)

    # --- practice settings (coach name etc., needed by exports too) --------

    def get_settings(self) -> dict[str, str]:
        with self._db() as s:
            return {row.key: row.value for row in s.exec(select(Setting))}

    def set_setting(self, key: str, value: str) -> None:
        key = v.text(key, "name", required=True)
        with self._db() as s:
            s.merge(Setting(key=key, value=v.text(value, "text")))
