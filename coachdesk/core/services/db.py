"""The one database helper every service shares: short sessions, detached
results, database errors turned into clear sentences, and change reports.

Every commit reports what it wrote to the ``changes.recording()`` block it runs
in (if any): rows the ORM flushed are found automatically; a service that
writes with a Core statement says what it touched with ``touched()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import event, inspect
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, SQLModel

from coachdesk.core import schema
from coachdesk.core.changes import current_recorder
from coachdesk.core.fields import Cleaner, clean
from coachdesk.core.models import utcnow
from coachdesk.errors import (
    CoachDeskError,
    ConflictError,
    CorruptDatabaseError,
    NotFoundError,
    StoreError,
    StoreLockedError,
)
from coachdesk.store.database import Store

M = TypeVar("M", bound=SQLModel)

# What a missing row is called in an error message, by table.
ENTITY = {
    "coachee": "coachee",
    "sponsor": "sponsor",
    "trajectory": "trajectory",
    "coaching_session": "session",
    "agreement": "agreement",
    "goal": "goal",
    "goal_rating": "goal_rating",
    "profile_result": "profile",
}
_PENDING = "coachdesk_changes"
# Raised (in tests of the window) when a write commits outside a recorded operation.
unrecorded_write_hook: Callable[[], None] | None = None


def table_name(model: type[SQLModel] | SQLModel) -> str:
    return str(model.__tablename__)


def valid_id(row_id: object) -> bool:
    # SQLite ids are 64-bit: a larger number cannot name a row (and would overflow).
    return isinstance(row_id, int) and not isinstance(row_id, bool) and 0 < row_id < 2**63


class Database:
    def __init__(self, store: Store):
        self.store = store
        self._sessions = sessionmaker(store.engine, class_=Session, expire_on_commit=False)
        event.listen(self._sessions, "after_flush", _note_flush)

    def engine_replaced(self) -> None:
        """The store got a new engine (encryption turned on or off): sessions use it."""
        self._sessions.configure(bind=self.store.engine)

    # --- sessions -------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short session that commits on success and maps database errors."""
        session = self._sessions()
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
        else:
            _report(session)
        finally:
            session.close()

    @staticmethod
    def touched(
        session: Session, table: str, row_id: int | None, columns: tuple[str, ...] | None = None
    ) -> None:
        """Say what a Core statement wrote (reported when the session commits)."""
        session.info.setdefault(_PENDING, []).append((table, row_id, columns))

    # --- single rows ----------------------------------------------------------

    @staticmethod
    def get(session: Session, model: type[M], row_id: int | None) -> M:
        obj = session.get(model, row_id) if valid_id(row_id) else None
        if obj is None:
            raise NotFoundError(ENTITY[table_name(model)], row_id)
        return obj

    def fetch(self, model: type[M], row_id: int) -> M:
        with self.session() as s:
            return self.get(s, model, row_id)

    def insert(self, obj: M) -> M:
        with self.session() as s:
            s.add(obj)
            s.flush()
            s.refresh(obj)
            return obj

    def delete(self, model: type[SQLModel], row_id: int) -> None:
        with self.session() as s:
            s.delete(self.get(s, model, row_id))

    def update(
        self,
        model: type[M],
        row_id: int,
        cleaners: Mapping[str, Cleaner],
        changes: Mapping[str, Any],
        check: Callable[[Session, M], None] | None = None,
    ) -> M:
        cleaned = clean(cleaners, changes)
        with self.session() as s:
            obj = self.get(s, model, row_id)
            for key, value in cleaned.items():
                setattr(obj, key, value)
            if check:
                with s.no_autoflush:
                    check(s, obj)
            if hasattr(obj, "updated_at"):
                obj.updated_at = utcnow()
            s.add(obj)
            s.flush()
            s.refresh(obj)
            return obj


def _note_flush(session: Session, _context: object) -> None:
    """After every flush: remember what it wrote, to report once the commit succeeded."""
    pending = session.info.setdefault(_PENDING, [])
    for obj in session.new:
        pending.append((table_name(obj), getattr(obj, "id", None), None))
    for obj in session.dirty:
        state = inspect(obj)
        columns = tuple(a.key for a in state.attrs if a.history.has_changes())
        if columns:
            pending.append((table_name(obj), getattr(obj, "id", None), columns))
    for obj in session.deleted:
        name = table_name(obj)
        pending.append((name, getattr(obj, "id", None), None))
        for below in schema.below(name):  # removed by the database's cascade
            pending.append((below, None, None))


def _report(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    recorder = current_recorder()
    if recorder is None:
        if unrecorded_write_hook is not None:
            unrecorded_write_hook()
        return
    for table, row_id, columns in pending:
        recorder.add(table, row_id, columns)
