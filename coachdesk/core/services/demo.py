"""Demo data: a realistic made-up practice, for a first look and for benchmarks."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, exists
from sqlmodel import col, select

from coachdesk.core.changes import current_recorder
from coachdesk.core.demo.generator import DemoSummary, Progress, generate
from coachdesk.core.models import Coachee, Sponsor, Trajectory
from coachdesk.core.services.base import Service


@dataclass(frozen=True)
class DemoRemoved:
    coachees: int
    sponsors: int


class DemoService(Service):
    def generate(
        self, coachees: int = 40, seed: int = 1, progress: Progress | None = None
    ) -> DemoSummary:
        summary = generate(self.db.store, coachees=coachees, seed=seed, progress=progress)
        recorder = current_recorder()
        if recorder is not None:  # a bulk load: every view shows everything anew
            recorder.everything()
        return summary

    def count(self) -> DemoRemoved:
        """How many demo coachees and sponsors there are (what ``remove`` would remove)."""
        with self.db.session() as s:
            coachees = len(s.exec(select(Coachee.id).where(col(Coachee.demo))).all())
            sponsors = len(s.exec(select(Sponsor.id).where(col(Sponsor.demo))).all())
        return DemoRemoved(coachees, sponsors)

    def remove(self) -> DemoRemoved:
        """Delete exactly the demo generator's coachees (with everything about them) and
        its sponsors; a coachee the coach entered, and a sponsor a real trajectory
        uses, stay."""
        with self.db.session() as s:
            coachees = s.exec(select(Coachee.id).where(col(Coachee.demo))).all()
            s.exec(delete(Coachee).where(col(Coachee.demo)))
            in_use = exists().where(col(Trajectory.sponsor_id) == Sponsor.id)
            sponsors = s.exec(select(Sponsor.id).where(col(Sponsor.demo), ~in_use)).all()
            s.exec(delete(Sponsor).where(col(Sponsor.id).in_(sponsors)))
            for table in ("coachee", "sponsor"):
                self.db.touched(s, table, None)
        recorder = current_recorder()
        if recorder is not None:
            recorder.everything()
        return DemoRemoved(len(coachees), len(sponsors))
