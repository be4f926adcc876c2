"""Demo data: a realistic made-up practice, for a first look and for benchmarks."""

from __future__ import annotations

from coachdesk.core.changes import current_recorder
from coachdesk.core.demo.generator import DemoSummary, Progress, generate
from coachdesk.core.services.base import Service


class DemoService(Service):
    def generate(
        self, coachees: int = 40, seed: int = 1, progress: Progress | None = None
    ) -> DemoSummary:
        summary = generate(self.db.store, coachees=coachees, seed=seed, progress=progress)
        recorder = current_recorder()
        if recorder is not None:  # a bulk load: every view shows everything anew
            recorder.everything()
        return summary
