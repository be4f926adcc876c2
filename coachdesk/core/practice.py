"""The practice facade: the one door through which the UI and the CLI read and write.

Every call opens a short database session, validates its input with clear,
translatable errors, and returns plain detached objects (SQLModel instances that
no longer belong to a session, or the records in core.records).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.core import queries
from coachdesk.core import validation as v
from coachdesk.core.errors import (
    ValidationError,
)
from coachdesk.core.facade_base import FacadeBase
from coachdesk.core.fields import (
    AGREEMENT,
    COACHEE,
    SESSION,
    SPONSOR,
    TRAJECTORY,
    clean,
)
from coachdesk.core.models import (
    COACHEE_STATUSES,
    TRAJECTORY_STATUSES,
    Agreement,
    Coachee,
    CoachingSession,
    Sponsor,
    Trajectory,
)
from coachdesk.core.practice_goals import GoalsMixin
from coachdesk.core.practice_notes import NotesSearchMixin
from coachdesk.core.practice_profiles import ProfilesMixin
from coachdesk.core.practice_undo import UndoMixin
from coachdesk.core.records import CoacheeRow, TrajectoryOverview, TrajectoryRow
from coachdesk.store.database import open_store


class Practice(UndoMixin, NotesSearchMixin, GoalsMixin, ProfilesMixin, FacadeBase):
    """All reads and writes of one coach's practice.

    Areas live in their own modules as mixins on FacadeBase (plumbing):
    practice_goals.py (goals, ratings, settings), practice_profiles.py
    (profiles and their instruments), practice_notes.py (notes, templates,
    agreement review, search), and so on.
    """

    @classmethod
    def open(cls, data_dir: str | None = None) -> Practice:
        return cls(open_store(data_dir))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Practice:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- coachees ---------------------------------------------------------

    def create_coachee(self, name: str, **fields: Any) -> Coachee:
        return self._insert(Coachee(**clean(COACHEE, {"name": name, **fields})))

    def update_coachee(self, coachee_id: int, **changes: Any) -> Coachee:
        return self._update(Coachee, coachee_id, COACHEE, changes)

    def archive_coachee(self, coachee_id: int) -> Coachee:
        return self.update_coachee(coachee_id, status="archived")

    def restore_coachee(self, coachee_id: int) -> Coachee:
        return self.update_coachee(coachee_id, status="active")

    def delete_coachee(self, coachee_id: int) -> None:
        """Delete a coachee and, by cascade, everything about them."""
        self._delete(Coachee, coachee_id)

    def get_coachee(self, coachee_id: int) -> Coachee:
        return self._fetch(Coachee, coachee_id)

    def list_coachees(self, status: str | None = None) -> list[CoacheeRow]:
        if status is not None:
            v.choice(status, "status", COACHEE_STATUSES)
        with self._db() as s:
            return queries.coachee_rows(s, status)

    # --- sponsors ---------------------------------------------------------

    def create_sponsor(self, organisation: str, **fields: Any) -> Sponsor:
        return self._insert(Sponsor(**clean(SPONSOR, {"organisation": organisation, **fields})))

    def update_sponsor(self, sponsor_id: int, **changes: Any) -> Sponsor:
        return self._update(Sponsor, sponsor_id, SPONSOR, changes)

    def delete_sponsor(self, sponsor_id: int) -> None:
        """Delete a sponsor; its trajectories stay, without a sponsor."""
        self._delete(Sponsor, sponsor_id)

    def get_sponsor(self, sponsor_id: int) -> Sponsor:
        return self._fetch(Sponsor, sponsor_id)

    def list_sponsors(self) -> list[Sponsor]:
        with self._db() as s:
            return list(s.exec(select(Sponsor).order_by(col(Sponsor.organisation))))

    # --- trajectories -----------------------------------------------------

    def _check_trajectory(self, s: Session, t: Trajectory) -> None:
        self._get(s, Coachee, t.coachee_id)
        if t.sponsor_id is not None:
            self._get(s, Sponsor, t.sponsor_id)
        v.date_order(t.start_date, t.planned_end)

    def create_trajectory(self, coachee_id: int, title: str, **fields: Any) -> Trajectory:
        t = Trajectory(coachee_id=coachee_id, **clean(TRAJECTORY, {"title": title, **fields}))
        with self._db() as s:
            self._check_trajectory(s, t)
            s.add(t)
            s.flush()
            s.refresh(t)
            return t

    def update_trajectory(self, trajectory_id: int, **changes: Any) -> Trajectory:
        return self._update(Trajectory, trajectory_id, TRAJECTORY, changes, self._check_trajectory)

    def delete_trajectory(self, trajectory_id: int) -> None:
        self._delete(Trajectory, trajectory_id)

    def get_trajectory(self, trajectory_id: int) -> Trajectory:
        return self._fetch(Trajectory, trajectory_id)

    def list_trajectories(
        self, coachee_id: int | None = None, status: str | None = None
    ) -> list[TrajectoryRow]:
        if status is not None:
            v.choice(status, "status", TRAJECTORY_STATUSES)
        with self._db() as s:
            if coachee_id is not None:
                self._get(s, Coachee, coachee_id)
            return queries.trajectory_rows(s, coachee_id, status)

    def trajectory_overview(
        self, trajectory_id: int, now: datetime | None = None
    ) -> TrajectoryOverview:
        with self._db() as s:
            t = self._get(s, Trajectory, trajectory_id)
            return queries.overview(s, t, now or datetime.now())

    # --- sessions ---------------------------------------------------------

    def add_session(
        self, trajectory_id: int, starts_at: datetime, **fields: Any
    ) -> CoachingSession:
        cleaned = clean(SESSION, {"starts_at": starts_at, **fields})
        with self._db() as s:
            self._get(s, Trajectory, trajectory_id)
            session = CoachingSession(trajectory_id=trajectory_id, **cleaned)
            s.add(session)
            s.flush()
            s.refresh(session)
            return session

    def update_session(self, session_id: int, **changes: Any) -> CoachingSession:
        return self._update(CoachingSession, session_id, SESSION, changes)

    def delete_session(self, session_id: int) -> None:
        self._delete(CoachingSession, session_id)

    def get_session(self, session_id: int) -> CoachingSession:
        return self._fetch(CoachingSession, session_id)

    def list_sessions(self, trajectory_id: int) -> list[CoachingSession]:
        with self._db() as s:
            self._get(s, Trajectory, trajectory_id)
            return queries.sessions_of(s, trajectory_id)

    # --- agreements -------------------------------------------------------

    def _check_agreement(self, s: Session, a: Agreement) -> None:
        if a.session_id is not None:
            session = self._get(s, CoachingSession, a.session_id)
            if session.trajectory_id != a.trajectory_id:
                raise ValidationError(field="session")

    def add_agreement(self, trajectory_id: int, text: str, **fields: Any) -> Agreement:
        a = Agreement(trajectory_id=trajectory_id, **clean(AGREEMENT, {"text": text, **fields}))
        with self._db() as s:
            self._get(s, Trajectory, trajectory_id)
            self._check_agreement(s, a)
            s.add(a)
            s.flush()
            s.refresh(a)
            return a

    def update_agreement(self, agreement_id: int, **changes: Any) -> Agreement:
        return self._update(Agreement, agreement_id, AGREEMENT, changes, self._check_agreement)

    def complete_agreement(self, agreement_id: int, done_on: date | None = None) -> Agreement:
        return self.update_agreement(agreement_id, done_date=done_on or date.today())

    def reopen_agreement(self, agreement_id: int) -> Agreement:
        return self.update_agreement(agreement_id, done_date=None)

    def delete_agreement(self, agreement_id: int) -> None:
        self._delete(Agreement, agreement_id)

    def get_agreement(self, agreement_id: int) -> Agreement:
        return self._fetch(Agreement, agreement_id)

    def list_agreements(self, trajectory_id: int, open_only: bool = False) -> list[Agreement]:
        with self._db() as s:
            self._get(s, Trajectory, trajectory_id)
            return queries.agreements_of(s, trajectory_id, open_only)
