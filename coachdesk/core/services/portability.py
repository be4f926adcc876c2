"""Moving a practice (export-all, import) and the rows held about one person (access export).

    data = practice.portability.export_bytes()          # the whole practice as JSON
    plan = practice.portability.plan("old-laptop.json")  # what an import would add/change/skip
    practice.portability.apply(plan)                     # one transaction (re-planned inside it)

Writing the export to a file is the report layer's (report/portability_files.py): atomic, never
through a device or a folder.
"""

from __future__ import annotations

import json
import os
from typing import Any

from sqlalchemy import select

from coachdesk.core import overview_totals, search_index
from coachdesk.core import portability as port
from coachdesk.core.changes import current_recorder
from coachdesk.core.models import Coachee
from coachdesk.core.portability_check import parse, read_bytes, validate
from coachdesk.core.portability_import import ImportPlan, apply_plan, make_plan, store_keys
from coachdesk.core.services import audit
from coachdesk.core.services.base import Service
from coachdesk.errors import NotFoundError


class PortabilityService(Service):
    def export_document(self, progress: port.Progress | None = None) -> dict[str, Any]:
        with self.db.store.engine.connect() as conn, conn.begin():
            return port.export_document(conn, progress)

    def export_bytes(self, progress: port.Progress | None = None) -> bytes:
        doc = self.export_document(progress)
        return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    def check(self, data: bytes) -> dict[str, list[dict[str, Any]]]:
        """The file's rows, fully checked against the format and the store (nothing written)."""
        doc = parse(data)
        with self.db.store.engine.connect() as conn:
            return validate(doc, lambda table: store_keys(conn, table))

    def plan_bytes(self, data: bytes) -> ImportPlan:
        rows = self.check(data)
        with self.db.store.engine.connect() as conn, conn.begin():
            return make_plan(conn, rows)

    def plan(self, path: str | os.PathLike[str]) -> ImportPlan:
        """What importing the file at ``path`` would do (ImportFileError: it cannot be)."""
        return self.plan_bytes(read_bytes(path))

    def apply(self, plan: ImportPlan, progress: port.Progress | None = None) -> ImportPlan:
        """Import the plan's rows in one transaction, planned again inside it (the store may
        have changed since the coach saw the plan); the plan that was written is returned."""
        with self.db.store.engine.begin() as conn:
            fresh = make_plan(conn, plan.rows)
            if fresh.changes:
                apply_plan(conn, fresh, progress)
            else:  # only new rows (a new laptop): index them in one go at the end
                with search_index.triggers_paused(conn), overview_totals.triggers_paused(conn):
                    apply_plan(conn, fresh, progress)
            counts = {"added": fresh.adds, "changed": fresh.changes, "skipped": fresh.skips}
            audit.record_in(conn, "import", (), counts)  # in the import's own transaction
        recorder = current_recorder()
        if recorder is not None and fresh.writes:
            recorder.everything()
        return fresh

    def person(self, coachee_id: int, *, private: bool) -> dict[str, Any]:
        """Everything held about one coachee, in the export's representation."""
        self.db.fetch(Coachee, coachee_id)  # NotFoundError for an unknown id
        with self.db.store.engine.connect() as conn, conn.begin():
            rows = port.rows_about(conn, coachee_id, private=private)
            sponsors = port.sponsors_of(conn, rows)
            t = Coachee.__table__  # type: ignore[attr-defined]
            if conn.execute(select(t.c.id).where(t.c.id == coachee_id)).first() is None:
                raise NotFoundError("coachee", coachee_id)
        return {"rows": rows, "sponsors": sponsors}
