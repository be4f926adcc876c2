"""What needs the coach today, read through the practice: the home screen's sections
(core/overview_sections.SECTIONS, plain SQL run on the session's connection), the hours
per month for its chart and the hours coached in all.

A change notice re-reads only what it touched: every section declares the columns
its lines and filters read and its clock, and ``today(previous=..., changes=...)``
keeps, updates by id or reads again each (core.overview_refresh, where
``HomeReader`` keeps the last read for the window). A section kept is the same
Part as before, so the window need not paint it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from coachdesk.core import overview_hours as oh
from coachdesk.core import overview_queries as q
from coachdesk.core import overview_refresh as refresh
from coachdesk.core.changes import Changes
from coachdesk.core.overview_lines import (  # re-exported: the home screen reads them
    LIMIT,
    SECTION_KEYS,
    AgreementLine,
    Part,
    SessionLine,
    TrajectoryLine,
)
from coachdesk.core.overview_refresh import HomeReader, Reads
from coachdesk.core.overview_sections import (  # re-exported
    BY_KEY,
    HOURS_READS,
    ICF_READS,
    READS,
    SECTIONS,
    SectionDef,
    Today,
    paged,
    read_part,
)
from coachdesk.core.records import HoursRow
from coachdesk.core.services.base import Service

OPEN_STATUSES = q.OPEN_STATUSES
NEAR_END = q.NEAR_END
__all__ = [
    "BY_KEY",
    "LIMIT",
    "READS",
    "SECTIONS",
    "SECTION_KEYS",
    "AgreementLine",
    "HomeReader",
    "OverviewService",
    "Part",
    "SectionDef",
    "SessionLine",
    "Today",
    "TrajectoryLine",
]


class OverviewService(Service):
    @contextmanager
    def connection(self) -> Iterator[Any]:
        """The DB-API connection under a short session: the plain SQL of the home screen
        runs on it, in the session's transaction."""
        with self.db.session() as s:
            yield s.connection().connection.driver_connection

    def today(
        self,
        now: datetime | None = None,
        limit: int | None = LIMIT,
        *,
        previous: Today | None = None,
        changes: Changes | None = None,
    ) -> Today:
        """The home screen: the first ``limit`` lines of every section, and its total.

        With the ``previous`` read and the ``changes`` made since, only what they (or
        the clock) touched is read again (see core.overview_refresh)."""
        moment = q.Moment.at(now or datetime.now())
        parts: dict[str, Part] = {}
        with self.connection() as conn:
            if previous is None or changes is None or previous.limit != limit:
                parts = {d.key: read_part(conn, d, moment, limit) for d in SECTIONS}
            else:
                at = previous.at
                passed = at is not None and q.planned_passed(conn, at, moment.now)
                for d in SECTIONS:
                    parts[d.key] = _again(conn, d, moment, limit, previous, changes, passed)
        kept = frozenset(k for k, part in parts.items() if previous and part is previous[k])
        return Today(moment.day, parts, frozenset(parts) - kept, limit, moment.now)

    def reader(self) -> HomeReader:
        """What the window reads the home screen with (keeps the last read)."""
        return HomeReader(self)

    def hours(
        self, start: date, *, previous: list[Any] | None = None, changes: Changes | None = None
    ) -> list[Any]:
        """Hours per month from ``start`` (HoursRow, as hours.summary("month", start)),
        summed in SQL, for the chart. With the ``previous`` rows (from the same
        ``start``) and the ``changes`` since: only the months of the sessions they name."""
        with self.connection() as conn:
            months = _months_again(conn, previous, changes, HOURS_READS)
            if months is None or previous is None:
                return [HoursRow(*row) for row in oh.hours_by_month(conn, start)]
            if not months:
                return previous  # no session hour changed
            first = oh.month_of(start)
            rows = {row.key: row for row in previous}
            for key, row in oh.month_rows(conn, sorted(m for m in months if m >= first)).items():
                if row is None:
                    rows.pop(key, None)
                else:
                    rows[key] = HoursRow(*row)
            return [rows[key] for key in sorted(rows)]

    def held_minutes(
        self, *, previous: dict[str, int] | None = None, changes: Changes | None = None
    ) -> dict[str, int]:
        """Minutes held per month (all of them: the ICF total is their sum); with the
        ``previous`` ones and the ``changes`` since, only the months they name."""
        with self.connection() as conn:
            months = _months_again(conn, previous, changes, ICF_READS)
            if months is None or previous is None:
                held = oh.held_minutes(conn)
            elif not months:
                return previous
            else:
                held = {**previous, **oh.held_minutes(conn, sorted(months))}
            return {key: minutes for key, minutes in held.items() if minutes}

    def coached_hours(self) -> float:
        """Every hour actually coached (held sessions): the ICF log's total."""
        return sum(self.held_minutes().values()) / 60

    def section(self, key: str, now: datetime | None = None, limit: int | None = None) -> Part:
        """One section in full ("show all")."""
        moment = q.Moment.at(now or datetime.now())
        with self.connection() as conn:
            return read_part(conn, BY_KEY[key], moment, limit)


def _months_again(
    conn: Any, previous: object | None, changes: Changes | None, reads: Reads
) -> frozenset[datetime] | None:
    """The months to sum again after ``changes`` (empty: none); None: every month."""
    if previous is None or changes is None:
        return None
    return refresh.touched_months(conn, changes, reads)


def _again(
    conn: Any,
    d: SectionDef,
    moment: q.Moment,
    limit: int | None,
    previous: Today,
    changes: Changes,
    passed: bool,
) -> Part:
    """A section after ``changes``: kept, updated by id, or read in full."""
    before = previous[d.key]
    if refresh.clock_moved(d, previous, moment, passed):
        return read_part(conn, d, moment, limit)
    ids = refresh.affected(conn, d, changes)
    if isinstance(ids, str):  # KEEP
        return before
    if ids is None or before.members is None:
        return read_part(conn, d, moment, limit)
    found = refresh.merged(conn, d, moment, before.members, ids)

    def ids_of(rows: Any) -> list[int]:
        return [row[-1] for row in (rows if limit is None else rows[:limit])]

    first = ids_of(found)
    if first == ids_of(before.members) and not ids & set(first):
        return Part(before.lines, len(found), tuple(found))  # the same first lines
    return paged(conn, d, found, limit)
