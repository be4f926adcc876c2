"""Coachees: the people a coach works with."""

from __future__ import annotations

import builtins
from typing import Any

from coachdesk.core import queries
from coachdesk.core import validation as v
from coachdesk.core.fields import COACHEE, clean
from coachdesk.core.models import COACHEE_STATUSES, Coachee, Sponsor
from coachdesk.core.records import CoacheeRow
from coachdesk.core.services.base import Service


class CoacheeService(Service):
    def create(self, name: str, **fields: Any) -> Coachee:
        return self.db.insert(Coachee(**clean(COACHEE, {"name": name, **fields})))

    def update(self, coachee_id: int, **changes: Any) -> Coachee:
        return self.db.update(Coachee, coachee_id, COACHEE, changes)

    def archive(self, coachee_id: int) -> Coachee:
        return self.update(coachee_id, status="archived")

    def restore(self, coachee_id: int) -> Coachee:
        return self.update(coachee_id, status="active")

    def delete(self, coachee_id: int, merge_later: bool = False) -> None:
        """Delete a coachee and, by cascade, everything about them: an erasure that
        sticks (ledger, index, WAL; core/services/privacy.py; ``merge_later`` there)."""
        self.practice.privacy.erase_coachee(coachee_id, merge_later=merge_later)

    def get(self, coachee_id: int) -> Coachee:
        return self.db.fetch(Coachee, coachee_id)

    def list(self, status: str | None = None) -> list[CoacheeRow]:
        if status is not None:
            v.choice(status, "status", COACHEE_STATUSES)
        with self.db.session() as s:
            return queries.coachee_rows(s, status)

    def sponsors_of(self, coachee_id: int) -> builtins.list[Sponsor]:
        """The sponsors of a coachee's trajectories, in the order of the trajectories."""
        with self.db.session() as s:
            self.db.get(s, Coachee, coachee_id)
            return queries.sponsors_of_coachee(s, coachee_id)
