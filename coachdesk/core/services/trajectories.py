"""Trajectories: a coachee's contract of sessions, with its overview."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.core import queries
from coachdesk.core import validation as v
from coachdesk.core.fields import TRAJECTORY, clean
from coachdesk.core.models import (
    TRAJECTORY_STATUSES,
    Agreement,
    Coachee,
    Goal,
    GoalRating,
    Sponsor,
    Trajectory,
    utcnow,
)
from coachdesk.core.records import TrajectoryOverview, TrajectoryRow
from coachdesk.core.services.base import Service
from coachdesk.errors import (
    AgreementChoiceError,
    AlreadyClosedError,
    DateText,
    EndedBeforeStartError,
    NotClosedError,
    ReasonNeededError,
    ValidationError,
)

CLOSED = ("completed", "cancelled")
# What happens to an agreement still open when its trajectory closes.
AGREEMENT_FATES = ("done", "dropped", "carry")


class TrajectoryService(Service):
    def _check(self, s: Session, t: Trajectory) -> None:
        self.db.get(s, Coachee, t.coachee_id)
        if t.sponsor_id is not None:
            self.db.get(s, Sponsor, t.sponsor_id)
        v.date_order(t.start_date, t.planned_end)

    def create(self, coachee_id: int, title: str, **fields: Any) -> Trajectory:
        t = Trajectory(coachee_id=coachee_id, **clean(TRAJECTORY, {"title": title, **fields}))
        with self.db.session() as s:
            self._check(s, t)
            s.add(t)
            s.flush()
            s.refresh(t)
            return t

    def update(self, trajectory_id: int, **changes: Any) -> Trajectory:
        return self.db.update(Trajectory, trajectory_id, TRAJECTORY, changes, self._check)

    def delete(self, trajectory_id: int) -> None:
        self.db.delete(Trajectory, trajectory_id)

    def get(self, trajectory_id: int) -> Trajectory:
        return self.db.fetch(Trajectory, trajectory_id)

    def list(self, coachee_id: int | None = None, status: str | None = None) -> list[TrajectoryRow]:
        if status is not None:
            v.choice(status, "status", TRAJECTORY_STATUSES)
        with self.db.session() as s:
            if coachee_id is not None:
                self.db.get(s, Coachee, coachee_id)
            return queries.trajectory_rows(s, coachee_id, status)

    def coachee_of(self, trajectory_id: int) -> Coachee:
        with self.db.session() as s:
            t = self.db.get(s, Trajectory, trajectory_id)
            return self.db.get(s, Coachee, t.coachee_id)

    def overview(self, trajectory_id: int, now: datetime | None = None) -> TrajectoryOverview:
        with self.db.session() as s:
            t = self.db.get(s, Trajectory, trajectory_id)
            return queries.overview(s, t, now or datetime.now())

    # --- closing ----------------------------------------------------------------

    def close(
        self,
        trajectory_id: int,
        *,
        outcome: str,
        ended_on: date | None = None,
        reason: str = "",
        evaluation: str | None = None,
        coachee_evaluation: str | None = None,
        sponsor_evaluation: str | None = None,
        agreements: Mapping[int, str] | None = None,
        ratings: Mapping[int, float] | None = None,
    ) -> Trajectory:
        """Close a trajectory in one go (all or nothing).

        ``outcome``: completed, ended_early (with a ``reason``) or cancelled.
        ``agreements``: for every agreement still open, "done", "dropped" (not
        done) or "carry" (stays open). ``ratings``: final goal ratings, dated
        ``ended_on``. Evaluations left None keep what is stored.
        """
        outcome = v.choice(outcome, "outcome", ("completed", "ended_early", "cancelled"))
        day = v.optional_date(ended_on, "ended_on") or date.today()
        reason = v.text(reason, "text").strip()
        if outcome == "ended_early" and not reason:
            raise ReasonNeededError(field="reason")
        texts = {
            key: v.text(value, "text")
            for key, value in (
                ("closing_evaluation", evaluation),
                ("coachee_evaluation", coachee_evaluation),
                ("sponsor_evaluation", sponsor_evaluation),
            )
            if value is not None
        }
        fates = dict(agreements or {})
        if any(fate not in AGREEMENT_FATES for fate in fates.values()):
            raise AgreementChoiceError(field="agreement")
        finals = {goal_id: v.rating(value) for goal_id, value in (ratings or {}).items()}
        with self.db.session() as s:
            t = self.db.get(s, Trajectory, trajectory_id)
            if t.status in CLOSED:
                raise AlreadyClosedError(field="status")
            if t.start_date is not None and day < t.start_date:
                raise EndedBeforeStartError(
                    field="ended_on", start=DateText(t.start_date), end=DateText(day)
                )
            still_open = s.exec(
                select(Agreement).where(
                    Agreement.trajectory_id == trajectory_id, col(Agreement.done_date).is_(None)
                )
            ).all()
            if {a.id for a in still_open} != set(fates):
                raise AgreementChoiceError(field="agreement")
            closed_on = min(day, date.today())
            for agreement in still_open:
                fate = fates[agreement.id or 0]
                if fate != "carry":
                    agreement.done_date = closed_on
                    agreement.dropped = fate == "dropped"
                    s.add(agreement)
            for goal_id, rating in finals.items():
                goal = self.db.get(s, Goal, goal_id)
                if goal.trajectory_id != trajectory_id:
                    raise ValidationError(field="goal")
                s.add(GoalRating(goal_id=goal_id, value=rating, rated_on=day))
            for key, text in texts.items():
                setattr(t, key, text)
            t.status = "cancelled" if outcome == "cancelled" else "completed"
            t.outcome, t.outcome_reason, t.ended_on = outcome, reason, day
            t.updated_at = utcnow()
            s.add(t)
            s.flush()
            s.refresh(t)
            return t

    def reopen(self, trajectory_id: int) -> Trajectory:
        """Undo a close: active again (evaluations and closed agreements are kept)."""
        with self.db.session() as s:
            t = self.db.get(s, Trajectory, trajectory_id)
            if t.status not in CLOSED:
                raise NotClosedError(field="status")
            t.status, t.outcome, t.outcome_reason, t.ended_on = "active", "", "", None
            t.updated_at = utcnow()
            s.add(t)
            s.flush()
            s.refresh(t)
            return t
