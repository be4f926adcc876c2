"""Session notes: the autosaved text and the note templates."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlmodel import col

from coachdesk.core import validation as v
from coachdesk.core.models import CoachingSession, utcnow
from coachdesk.core.note_conflict import PARTS, NoteConflictError
from coachdesk.core.services.base import Service
from coachdesk.core.templates import (
    NoteTemplate,
    TemplateCatalogue,
    import_template,
    load_catalogue,
)
from coachdesk.errors import NotFoundError

# The columns a note autosave writes (views that show no note text ignore them).
NOTE_TEXT = ("shared_notes", "private_notes", "updated_at")


class NoteService(Service):
    def templates(self) -> TemplateCatalogue:
        """Built-in and own note templates; broken own files are listed in ``problems``."""
        return load_catalogue(self.db.store.folder)

    def import_template(self, path: str | Path) -> NoteTemplate:
        """Validate a coach's template file and add it to their templates."""
        return import_template(Path(path), self.db.store.folder)

    def save_draft(
        self,
        session_id: int,
        *,
        shared_notes: str | None = None,
        private_notes: str | None = None,
        expected: dict[str, str] | None = None,
    ) -> datetime:
        """Write a session's note text (autosave): one UPDATE, nothing read back.

        Returns the new ``updated_at``. NUL bytes are removed, nothing else changes.
        ``expected``: the note parts as the editor loaded them (or last saved them);
        the UPDATE then writes only while the stored text is still that, and
        NoteConflictError (with the stored text) says it was written elsewhere
        meanwhile (core/note_conflict.py). Nothing is written then.
        """
        values: dict[str, object] = {}
        if shared_notes is not None:
            values["shared_notes"] = v.text(shared_notes, "text")
        if private_notes is not None:
            values["private_notes"] = v.text(private_notes, "text")
        stamp = utcnow()
        values["updated_at"] = stamp
        where = [col(CoachingSession.id) == session_id]
        for part, text in (expected or {}).items():
            if part not in PARTS:
                raise ValueError(part)
            where.append(col(getattr(CoachingSession, part)) == v.text(text, "text"))
        with self.db.session() as s:
            result = s.connection().execute(update(CoachingSession).where(*where).values(values))
            if result.rowcount != 1:
                row = (
                    s.connection()
                    .execute(
                        select(
                            col(CoachingSession.shared_notes), col(CoachingSession.private_notes)
                        ).where(col(CoachingSession.id) == session_id)
                    )
                    .first()
                )
                if row is None:
                    raise NotFoundError("session", session_id)
                raise NoteConflictError(
                    session_id, {"shared_notes": row[0], "private_notes": row[1]}
                )
            self.db.touched(s, "coaching_session", session_id, tuple(values))
        return stamp
