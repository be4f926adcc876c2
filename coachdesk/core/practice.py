"""The practice: owns the store and hands out one service per area.

    with Practice.open() as practice:
        coachee = practice.coachees.create("Annelies de Boer")
        practice.sessions.new(trajectory_id)

The UI and the CLI read and write only through these services. Every call
opens a short database session, validates its input with clear, translatable
errors, and returns plain detached objects (SQLModel instances that no longer
belong to a session, or the records in core.records). What a write changed is
reported to ``core.changes.recording()``.
"""

from __future__ import annotations

import logging

from coachdesk.core.services.agreements import AgreementService
from coachdesk.core.services.audit import AuditService
from coachdesk.core.services.backup import BackupService
from coachdesk.core.services.coachees import CoacheeService
from coachdesk.core.services.consent import ConsentService
from coachdesk.core.services.db import Database
from coachdesk.core.services.demo import DemoService
from coachdesk.core.services.goals import GoalService
from coachdesk.core.services.health import HealthService
from coachdesk.core.services.hours import HoursService
from coachdesk.core.services.notes import NoteService
from coachdesk.core.services.overview import OverviewService
from coachdesk.core.services.portability import PortabilityService
from coachdesk.core.services.privacy import PrivacyService
from coachdesk.core.services.profiles import ProfileService
from coachdesk.core.services.retention import RetentionService
from coachdesk.core.services.search import SearchService
from coachdesk.core.services.sessions import SessionService
from coachdesk.core.services.settings import SettingsService
from coachdesk.core.services.sponsors import SponsorService
from coachdesk.core.services.trajectories import TrajectoryService
from coachdesk.core.services.undo import UndoService
from coachdesk.store.database import Store, open_store

log = logging.getLogger(__name__)


class Practice:
    """One coach's practice: the open store and its services."""

    def __init__(self, store: Store):
        self.store = store
        self.db = Database(store)
        self.coachees = CoacheeService(self)
        self.sponsors = SponsorService(self)
        self.trajectories = TrajectoryService(self)
        self.sessions = SessionService(self)
        self.notes = NoteService(self)
        self.agreements = AgreementService(self)
        self.goals = GoalService(self)
        self.profiles = ProfileService(self)
        self.settings = SettingsService(self)
        self.undo = UndoService(self)
        self.search = SearchService(self)
        self.health = HealthService(self)
        self.demo = DemoService(self)
        self.backups = BackupService(self)
        self.overview = OverviewService(self)
        self.hours = HoursService(self)
        self.audit = AuditService(self)
        self.privacy = PrivacyService(self)
        self.consent = ConsentService(self)
        self.retention = RetentionService(self)
        self.portability = PortabilityService(self)

    @classmethod
    def open(cls, data_dir: str | None = None) -> Practice:
        practice = cls(open_store(data_dir))
        try:
            practice.privacy.reapply()  # the erasure ledger, before anything is shown
            practice.privacy.finish_pending()  # an index merge a crash interrupted
        except BaseException:
            practice.close()
            raise
        return practice

    @property
    def folder(self) -> str:
        """The data folder (shown to the coach; never a path inside it to write to)."""
        return str(self.store.folder)

    def close(self) -> None:
        try:
            self.privacy.finish_pending()  # a background merge that has not run yet
        except Exception:  # noqa: BLE001 - the next open finishes it; closing goes on
            log.warning("search index merge after an erasure left for the next open")
        finally:
            self.store.close()

    def __enter__(self) -> Practice:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
