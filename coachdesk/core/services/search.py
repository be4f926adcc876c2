"""Search everything: notes (shared and private), agreements, goals, intake questions, names."""

from __future__ import annotations

from coachdesk.core import search as fts
from coachdesk.core.services.base import Service
from coachdesk.errors import ValidationError


class SearchService(Service):
    def find(
        self, query: str, limit: int = 50, *, shared_only: bool = False
    ) -> list[fts.SearchHit]:
        """Any text is a safe query; at most ``limit`` hits per kind (without private
        notes when ``shared_only``)."""
        if not isinstance(query, str):
            raise ValidationError(field="text")
        with self.db.session() as s:
            return fts.search(s.connection(), query, limit, shared_only=shared_only)
