"""Facade area: session notes (templates, autosave), agreement review, ratings, search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, update
from sqlmodel import col, func, select

from coachdesk.core import queries
from coachdesk.core import search as fts
from coachdesk.core import validation as v
from coachdesk.core.errors import NotFoundError, ValidationError
from coachdesk.core.facade_base import FacadeBase
from coachdesk.core.models import (
    Agreement,
    Coachee,
    CoachingSession,
    Goal,
    GoalRating,
    Trajectory,
    utcnow,
)
from coachdesk.core.templates import (
    NoteTemplate,
    TemplateCatalogue,
    import_template,
    load_catalogue,
)


@dataclass(frozen=True)
class SessionSheet:
    """Everything the session editor shows, read in one go."""

    session: CoachingSession
    trajectory: Trajectory
    coachee_name: str
    number: int  # the session's place in its trajectory, counting from 1
    goals: list[Goal]  # the trajectory's open goals
    ratings: dict[int, float]  # goal id -> the rating given in this session
    agreements: list[Agreement]  # made in this session
    review: list[Agreement]  # earlier agreements: open, or ticked off since this session


class NotesSearchMixin(FacadeBase):
    # --- templates ----------------------------------------------------------

    def note_templates(self) -> TemplateCatalogue:
        """Built-in and own note templates; broken own files are listed in ``problems``."""
        return load_catalogue(self.store.folder)

    def import_note_template(self, path: str | Path) -> NoteTemplate:
        """Validate a coach's template file and add it to their templates."""
        return import_template(Path(path), self.store.folder)

    # --- a new session ------------------------------------------------------

    def new_session(self, trajectory_id: int, starts_at: datetime | None = None) -> CoachingSession:
        """A session to write in right away, set up like the trajectory's previous one.

        Start: ``starts_at``, or now rounded down to the quarter hour, or, when a
        session already starts then or later, a week after the latest one (same
        time of day). Duration, mode, location, paid and template follow the
        latest earlier session (GROW at first).
        """
        with self._db() as s:
            self._get(s, Trajectory, trajectory_id)
            if starts_at is None:
                now = datetime.now().replace(second=0, microsecond=0)
                starts_at = now.replace(minute=now.minute - now.minute % 15)
                latest = s.exec(
                    select(func.max(CoachingSession.starts_at)).where(
                        CoachingSession.trajectory_id == trajectory_id
                    )
                ).one()
                if latest is not None and latest >= starts_at:
                    starts_at = latest + timedelta(weeks=1)
            previous = s.exec(
                select(CoachingSession)
                .where(CoachingSession.trajectory_id == trajectory_id)
                .where(col(CoachingSession.starts_at) <= starts_at)
                .order_by(col(CoachingSession.starts_at).desc(), col(CoachingSession.id).desc())
            ).first()
        fields: dict[str, object] = {"template": "grow"}
        if previous is not None:
            fields = {
                "duration_minutes": previous.duration_minutes,
                "mode": previous.mode,
                "location": previous.location,
                "paid": previous.paid,
                "template": previous.template or "grow",
            }
        return self.add_session(trajectory_id, starts_at, **fields)  # type: ignore[attr-defined]

    # --- the note itself ----------------------------------------------------

    def save_note_draft(
        self,
        session_id: int,
        *,
        shared_notes: str | None = None,
        private_notes: str | None = None,
    ) -> datetime:
        """Write a session's note text (autosave): one UPDATE, nothing read back.

        Returns the new ``updated_at``. NUL bytes are removed, nothing else changes.
        """
        values: dict[str, object] = {}
        if shared_notes is not None:
            values["shared_notes"] = v.text(shared_notes, "text")
        if private_notes is not None:
            values["private_notes"] = v.text(private_notes, "text")
        stamp = utcnow()
        values["updated_at"] = stamp
        with self._db() as s:
            result = s.connection().execute(
                update(CoachingSession).where(col(CoachingSession.id) == session_id).values(values)
            )
            if result.rowcount != 1:
                raise NotFoundError("session", session_id)
        return stamp

    def session_sheet(self, session_id: int) -> SessionSheet:
        with self._db() as s:
            session = self._get(s, CoachingSession, session_id)
            trajectory = self._get(s, Trajectory, session.trajectory_id)
            coachee = self._get(s, Coachee, trajectory.coachee_id)
            sessions = queries.sessions_of(s, trajectory.id)  # type: ignore[arg-type]
            number = next(n for n, x in enumerate(sessions, 1) if x.id == session_id)
            goals = [g for g in queries.goals_of(s, trajectory.id) if g.status == "open"]  # type: ignore[arg-type]
            ratings = {
                r.goal_id: r.value
                for r in s.exec(select(GoalRating).where(GoalRating.session_id == session_id))
            }
            made = list(
                s.exec(
                    select(Agreement)
                    .where(Agreement.session_id == session_id)
                    .order_by(col(Agreement.id))
                )
            )
            return SessionSheet(
                session=session,
                trajectory=trajectory,
                coachee_name=coachee.name,
                number=number,
                goals=goals,
                ratings=ratings,
                agreements=made,
                review=self._review(s, session),
            )

    # --- agreements to review -----------------------------------------------

    @staticmethod
    def _review(s, session: CoachingSession) -> list[Agreement]:  # type: ignore[no-untyped-def]
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

    def review_agreements(self, session_id: int) -> list[Agreement]:
        """Agreements of earlier sessions to look back on at the start of this one:
        the open ones, and those ticked off on or after this session's date."""
        with self._db() as s:
            return self._review(s, self._get(s, CoachingSession, session_id))

    def tick_agreement(self, agreement_id: int, done: bool, on: date | None = None) -> Agreement:
        """Mark an agreement done (on ``on``, default today) or open again."""
        if done:
            # Done on the session's day, but never later than today (a planned session).
            day = min(on, date.today()) if on else date.today()
            return self.update_agreement(agreement_id, done_date=day)  # type: ignore[attr-defined]
        return self.update_agreement(agreement_id, done_date=None)  # type: ignore[attr-defined]

    # --- goal ratings given in a session ------------------------------------

    def set_session_rating(
        self, session_id: int, goal_id: int, value: float | None
    ) -> GoalRating | None:
        """The one rating of ``goal_id`` in this session: set, change, or (None) remove."""
        if value is not None:
            value = v.rating(value)
        with self._db() as s:
            session = self._get(s, CoachingSession, session_id)
            goal = self._get(s, Goal, goal_id)
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

    # --- search -------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[fts.SearchHit]:
        """Find words in notes (shared and private), agreements, goals, trajectories and
        names. Any text is a safe query; at most ``limit`` hits per kind."""
        if not isinstance(query, str):
            raise ValidationError(field="text")
        with self._db() as s:
            return fts.search(s.connection(), query, limit)
