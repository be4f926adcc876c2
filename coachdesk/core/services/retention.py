"""Retention: how long each kind of data is kept, and what is due for deletion.

Two periods, practice settings with sensible defaults:

    retention.notes_years   notes and profiles: 2 years after the work ended
    retention.admin_years   administration (dates, durations, hours): 7 years

The work with a coachee has ended when no trajectory runs any more (intake, active
or paused without an end date); it ended on the latest of the trajectories' end
dates (closed on, else planned end, else start) and the last session. A coachee
without trajectories ended on their last change. Past the notes period a coachee
is due for anonymising (the hours stay); past the administration period, for
erasing. An anonymised coachee is due again only for erasing.

One SQL statement answers both the list and the count (the home screen's line),
so neither loads a coachee it does not show.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date

from coachdesk.core.services.base import Service
from coachdesk.errors import ValidationError

NOTES_YEARS, ADMIN_YEARS = "retention.notes_years", "retention.admin_years"
DEFAULTS = {NOTES_YEARS: 2, ADMIN_YEARS: 7}
MAX_YEARS = 100
NOTES, ADMINISTRATION = "notes", "administration"

_ENDED = """
WITH work AS (
    SELECT c.id, c.name, c.uid,
           EXISTS (SELECT 1 FROM trajectory t WHERE t.coachee_id = c.id
                    AND t.status IN ('intake', 'active', 'paused') AND t.ended_on IS NULL)
               AS running,
           (SELECT max(coalesce(t.ended_on, t.planned_end, t.start_date))
              FROM trajectory t WHERE t.coachee_id = c.id) AS trajectory_end,
           (SELECT max(date(s.starts_at)) FROM coaching_session s
              JOIN trajectory t ON t.id = s.trajectory_id WHERE t.coachee_id = c.id)
               AS last_session,
           date(c.updated_at) AS changed,
           EXISTS (SELECT 1 FROM trajectory t WHERE t.coachee_id = c.id) AS has_trajectory,
           c.uid IN (SELECT subject_uid FROM erasure WHERE action = 'anonymised')
               AS anonymised
      FROM coachee c
), ended AS (
    SELECT id, name, anonymised,
           CASE WHEN has_trajectory
                THEN max(coalesce(trajectory_end, last_session, changed),
                         coalesce(last_session, trajectory_end, changed))
                ELSE changed END AS ended_on
      FROM work WHERE NOT running
), due AS (
    SELECT id, name, ended_on,
           CASE WHEN date(ended_on, '+' || :admin || ' years') < :today THEN 'administration'
                WHEN NOT anonymised AND date(ended_on, '+' || :notes || ' years') < :today
                THEN 'notes' END AS kind
      FROM ended
)
"""


@dataclass(frozen=True)
class Due:
    """A coachee past a retention period: anonymise (notes) or erase (administration)."""

    coachee_id: int
    name: str
    kind: str  # NOTES or ADMINISTRATION
    ended_on: date
    due_on: date  # when the period ran out


class RetentionService(Service):
    def periods(self) -> dict[str, int]:
        """The retention periods in years (the settings, or the defaults)."""
        found = self.practice.settings.all()
        periods = {}
        for key, default in DEFAULTS.items():
            try:
                periods[key] = int(found.get(key, default))
            except ValueError:
                periods[key] = default
        return periods

    def set_periods(self, notes_years: int, admin_years: int) -> None:
        for years in (notes_years, admin_years):
            if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
                raise ValidationError(field="retention_years")
        if admin_years < notes_years:
            raise ValidationError("error.retention_order")
        with self.db.session() as s:
            from coachdesk.core.models import Setting

            s.merge(Setting(key=NOTES_YEARS, value=str(notes_years)))
            s.merge(Setting(key=ADMIN_YEARS, value=str(admin_years)))
        self.practice.audit.record(
            "retention", (), {"notes_years": notes_years, "admin_years": admin_years}
        )

    def _params(self, today: date | None) -> dict[str, object]:
        periods = self.periods()
        return {
            "today": (today or date.today()).isoformat(),
            "notes": periods[NOTES_YEARS],
            "admin": periods[ADMIN_YEARS],
        }

    def due(self, today: date | None = None) -> builtins.list[Due]:
        """Every coachee past a retention period, the longest overdue first."""
        params = self._params(today)
        years = {NOTES: int(str(params["notes"])), ADMINISTRATION: int(str(params["admin"]))}
        sql = _ENDED + "SELECT id, name, ended_on, kind FROM due WHERE kind IS NOT NULL"
        sql += " ORDER BY ended_on, name"
        with self.db.store.connect() as conn:
            rows = conn.execute(sql, params).fetchall()
        found = []
        for coachee_id, name, ended, kind in rows:
            ended_on = date.fromisoformat(str(ended)[:10])
            found.append(Due(coachee_id, name, kind, ended_on, _plus_years(ended_on, years[kind])))
        return found

    def due_count(self, today: date | None = None) -> int:
        """How many coachees are due (the home screen's line; one count query)."""
        params = self._params(today)
        sql = _ENDED + "SELECT count(*) FROM due WHERE kind IS NOT NULL"
        with self.db.store.connect() as conn:
            return int(conn.execute(sql, params).fetchone()[0])


def _plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
