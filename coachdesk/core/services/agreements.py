"""Agreements ("afspraken") made in a trajectory, and looking back on them."""

from __future__ import annotations

import builtins
from datetime import date
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, col, select

from coachdesk.core import queries
from coachdesk.core.fields import AGREEMENT, clean
from coachdesk.core.models import Agreement, CoachingSession, Trajectory
from coachdesk.core.services.base import Service
from coachdesk.errors import ValidationError


class AgreementService(Service):
    def _check(self, s: Session, a: Agreement) -> None:
        if a.session_id is not None:
            session = self.db.get(s, CoachingSession, a.session_id)
            if session.trajectory_id != a.trajectory_id:
                raise ValidationError(field="session")

    def create(self, trajectory_id: int, text: str, **fields: Any) -> Agreement:
        a = Agreement(trajectory_id=trajectory_id, **clean(AGREEMENT, {"text": text, **fields}))
        with self.db.session() as s:
            self.db.get(s, Trajectory, trajectory_id)
            self._check(s, a)
            s.add(a)
            s.flush()
            s.refresh(a)
            return a

    def update(self, agreement_id: int, **changes: Any) -> Agreement:
        return self.db.update(Agreement, agreement_id, AGREEMENT, changes, self._check)

    def complete(self, agreement_id: int, done_on: date | None = None) -> Agreement:
        return self.update(agreement_id, done_date=done_on or date.today(), dropped=False)

    def drop(self, agreement_id: int, on: date | None = None) -> Agreement:
        """Close an agreement that was not done ("niet afgerond")."""
        return self.update(agreement_id, done_date=on or date.today(), dropped=True)

    def reopen(self, agreement_id: int) -> Agreement:
        return self.update(agreement_id, done_date=None, dropped=False)

    def tick(self, agreement_id: int, done: bool, on: date | None = None) -> Agreement:
        """Mark an agreement done (on ``on``, default today) or open again."""
        if done:
            # Done on the session's day, but never later than today (a planned session).
            return self.complete(agreement_id, min(on, date.today()) if on else date.today())
        return self.reopen(agreement_id)

    def delete(self, agreement_id: int) -> None:
        self.db.delete(Agreement, agreement_id)

    def get(self, agreement_id: int) -> Agreement:
        return self.db.fetch(Agreement, agreement_id)

    def list(self, trajectory_id: int, open_only: bool = False) -> list[Agreement]:
        with self.db.session() as s:
            self.db.get(s, Trajectory, trajectory_id)
            return queries.agreements_of(s, trajectory_id, open_only)

    def review(self, session_id: int) -> builtins.list[Agreement]:
        """Agreements of earlier sessions to look back on at the start of this one:
        the open ones, and those ticked off on or after this session's date."""
        with self.db.session() as s:
            return self.review_in(s, self.db.get(s, CoachingSession, session_id))

    @staticmethod
    def review_in(s: Session, session: CoachingSession) -> builtins.list[Agreement]:
        earlier = select(CoachingSession.id).where(
            CoachingSession.trajectory_id == session.trajectory_id,
            col(CoachingSession.starts_at) < session.starts_at,
        )
        query = (
            select(Agreement)
            .where(Agreement.trajectory_id == session.trajectory_id)
            .where(
                or_(
                    col(Agreement.session_id).is_(None),
                    col(Agreement.session_id).in_(earlier),
                )
            )
            .where(
                or_(
                    col(Agreement.done_date).is_(None),
                    col(Agreement.done_date) >= session.starts_at.date(),
                )
            )
            .order_by(col(Agreement.due_date).is_(None), col(Agreement.due_date), col(Agreement.id))
        )
        return list(s.exec(query))
