"""The store's health, for ``coachdesk check``."""

from __future__ import annotations

from coachdesk.core import schema
from coachdesk.core.services.base import Service
from coachdesk.store.health import HealthReport, check


class HealthService(Service):
    def check(self) -> HealthReport:
        return check(self.db.store, schema.practice_tables())
