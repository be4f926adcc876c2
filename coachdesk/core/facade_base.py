"""The plumbing every part of the practice facade shares: short sessions, error mapping."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlmodel import Session, SQLModel

from coachdesk.core.errors import (
    CoachDeskError,
    ConflictError,
    CorruptDatabaseError,
    NotFoundError,
    StoreError,
    StoreLockedError,
)
from coachdesk.core.fields import Cleaner, clean
from coachdesk.core.models import (
    Agreement,
    Coachee,
    CoachingSession,
    Goal,
    GoalRating,
    ProfileResult,
    Sponsor,
    Trajectory,
    utcnow,
)
from coachdesk.store.database import Store

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


class FacadeBase:
    """Holds the store; every facade area (a mixin of Practice) builds on this."""

    def __init__(self, store: Store):
        self.store = store

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
            if "malformed" in str(exc.orig) or "not a database" in str(exc.orig):
                raise CorruptDatabaseError(path=str(self.store.path), detail=str(exc.orig)) from exc
            raise StoreError(detail=str(exc.orig)) from exc
        finally:
            session.close()

    @staticmethod
    def _get(session: Session, model: type[M], id: int | None) -> M:
        # SQLite ids are 64-bit: a larger number cannot name a row (and would overflow).
        valid = isinstance(id, int) and not isinstance(id, bool) and 0 < id < 2**63
        obj = session.get(model, id) if valid else None
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
