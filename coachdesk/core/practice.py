"""The practice facade: the one door through which the UI and the CLI read and write.

Every call opens a short database session, validates its input with clear,
translatable errors, and returns plain detached objects (SQLModel instances that
no longer belong to a session, or the records in core.records).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlmodel import Session, SQLModel, col, select

from coachdesk.core import queries
from coachdesk.core import validation as v
from coachdesk.core.errors import (
    CoachDeskError,
    ConflictError,
    EmptyValueError,
    NotFoundError,
    StoreError,
    StoreLockedError,
    ValidationError,
)
from coachdesk.core.fields import (
    AGREEMENT,
    COACHEE,
    GOAL,
    SESSION,
    SPONSOR,
    TRAJECTORY,
    Cleaner,
    clean,
)
from coachdesk.core.models import (
    COACHEE_STATUSES,
    TRAJECTORY_STATUSES,
    Agreement,
    Coachee,
    CoachingSession,
    Goal,
    GoalRating,
    ProfileResult,
    ProfileScore,
    Sponsor,
    Trajectory,
    utcnow,
)
from coachdesk.core.records import CoacheeRow, Profile, TrajectoryOverview, TrajectoryRow
from coachdesk.store.database import Store, open_store

M = TypeVar("M", bound=SQLModel)

ENTITY = {
    Coachee: "coachee",
    Sponsor: "sponsor",
    Trajectory: "trajectory",
    CoachingSession: "session",
    Agreement: "agreement",
    Goal: "goal",
    GoalRating: "goal_rating",
    ProfileResult: "profile",
}


class Practice:
    """All reads and writes of one coach's practice."""

    def __init__(self, store: Store):
        self.store = store

    @classmethod
    def open(cls, data_dir: str | None = None) -> Practice:
        return cls(open_store(data_dir))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Practice:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing ---------------------------------------------------------

    @contextmanager
    def _db(self) -> Iterator[Session]:
        """A short session that commits on success and maps database errors."""
        session = self.store.session()
        try:
            yield session
            session.commit()
        except CoachDeskError:
            session.rollback()
            raise
        except IntegrityError as exc:
            session.rollback()
            raise ConflictError(detail=str(exc.orig)) from exc
        except OperationalError as exc:
            session.rollback()
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                raise StoreLockedError() from exc
            raise StoreError(detail=str(exc.orig)) from exc
        except DatabaseError as exc:
            session.rollback()
            raise StoreError(detail=str(exc.orig)) from exc
        finally:
            session.close()

    @staticmethod
    def _get(session: Session, model: type[M], id: int | None) -> M:
        obj = session.get(model, id) if isinstance(id, int) else None
        if obj is None:
            raise NotFoundError(ENTITY[model], id)
        return obj

    def _fetch(self, model: type[M], id: int) -> M:
        with self._db() as s:
            return self._get(s, model, id)

    def _insert(self, obj: M) -> M:
        with self._db() as s:
            s.add(obj)
            s.flush()
            s.refresh(obj)
            return obj

    def _delete(self, model: type[SQLModel], id: int) -> None:
        with self._db() as s:
            s.delete(self._get(s, model, id))

    def _update(
        self,
        model: type[M],
        id: int,
        cleaners: Mapping[str, Cleaner],
        changes: Mapping[str, Any],
        check: Callable[[Session, M], None] | None = None,
    ) -> M:
        cleaned = clean(cleaners, changes)
        with self._db() as s:
            obj = self._get(s, model, id)
            for key, value in cleaned.items():
                setattr(obj, key, value)
            if check:
                with s.no_autoflush:
                    check(s, obj)
            if hasattr(obj, "updated_at"):
                obj.updated_at = utcnow()  # type: ignore[attr-defined]
            s.add(obj)
            s.flush()
            s.refresh(obj)
            return obj

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
