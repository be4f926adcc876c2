"""Session notes: the autosaved text and the note templates."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import update
from sqlmodel import col

from coachdesk.core import validation as v
from coachdesk.core.models import CoachingSession, utcnow
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
        with self.db.session() as s:
            result = s.connection().execute(
                update(CoachingSession).where(col(CoachingSession.id) == session_id).values(values)
            )
            if result.rowcount != 1:
                raise NotFoundError("session", session_id)
            self.db.touched(s, "coaching_session", session_id, tuple(values))
        return stamp
