"""Trajectories: a coachee's contract of sessions, with its overview."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from coachdesk.core import queries
from coachdesk.core import validation as v
from coachdesk.core.fields import TRAJECTORY, clean
from coachdesk.core.models import TRAJECTORY_STATUSES, Coachee, Sponsor, Trajectory
from coachdesk.core.records import TrajectoryOverview, TrajectoryRow
from coachdesk.core.services.base import Service


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
