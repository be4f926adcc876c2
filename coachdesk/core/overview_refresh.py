"""The home screen read again after change notices: only what they touched.

Every section (core.overview_sections.SECTIONS) declares the columns its lines and
filters read, per table, and its clock. After a change notice a section is

- kept as it was when no column it reads was written and its clock did not move
  ("day": the date is the same; "now": also no planned session started since);
- updated by id when the change names the rows (agreements; trajectories, or the
  sessions of trajectories): the members of those ids are read again and merged
  into the members kept from before (the total and the first lines follow);
- read in full otherwise (a coachee renamed, a session deleted or moved to another
  trajectory, a new day, a bulk change).

``HomeReader`` keeps the last read and the changes noted since, for the window.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from coachdesk.core import overview_hours as oh
from coachdesk.core import overview_queries as q
from coachdesk.core.changes import Changes

if TYPE_CHECKING:
    from coachdesk.core.overview_sections import SectionDef, Today
    from coachdesk.core.services.overview import OverviewService

# table -> the columns read (None: every column)
Reads = Mapping[str, frozenset[str] | None]

KEEP = "keep"  # the section is as it was


def touched(changes: Changes, reads: Reads) -> bool:
    """Did ``changes`` write a column of ``reads``?"""
    if changes.everything:
        return True
    for table, columns in reads.items():
        if table not in changes.rows:
            continue
        written = changes.columns.get(table)
        if written is None or columns is None or written & columns:
            return True
    return False


def clock_moved(definition: SectionDef, previous: Today, moment: q.Moment, passed: bool) -> bool:
    if definition.clock == "":
        return False
    return previous.day != moment.day or (definition.clock == "now" and passed)


def affected(conn: Any, definition: SectionDef, changes: Changes) -> frozenset[int] | str | None:
    """The member ids whose membership ``changes`` may have changed; KEEP when none;
    None when that is not known (read the section in full)."""
    if not touched(changes, definition.reads):
        return KEEP
    if changes.everything or definition.members is None:
        return None
    ids: set[int] = set()
    for table, columns in definition.reads.items():
        if not touched(changes, {table: columns}):
            continue
        written = changes.ids(table)
        if written is None:
            return None
        if table == definition.kind:  # agreement ids, trajectory ids
            ids |= written
        elif table == "coaching_session" and definition.kind == "trajectory":
            moved = changes.columns.get(table)
            if moved is not None and "trajectory_id" in moved:
                return None  # the trajectory it left is not known
            found = q.session_trajectories(conn, written)
            if len(found) < len(written):
                return None  # deleted: its trajectory is not known
            ids |= set(found.values())
        else:
            return None  # a coachee or trajectory under agreements: read in full
    return frozenset(ids)


def merged(
    conn: Any, definition: SectionDef, moment: q.Moment, kept: tuple, ids: Collection[int]
) -> list[tuple[Any, ...]]:
    """The members kept from before, with those of ``ids`` read again."""
    assert definition.members is not None
    rest = [row for row in kept if row[-1] not in ids]
    return sorted(rest + definition.members(conn, moment, ids)) if ids else rest


def touched_months(conn: Any, changes: Changes, reads: Reads) -> frozenset[datetime] | None:
    """The months (their first day) of the sessions ``changes`` wrote in a column of
    ``reads``; None when not known (a session deleted or moved to another date)."""
    if not touched(changes, reads):
        return frozenset()
    ids = changes.ids("coaching_session")
    if changes.everything or ids is None:
        return None
    written = changes.columns.get("coaching_session")
    if written is not None and "starts_at" in written:
        return None  # the month it left is not known
    found = oh.session_months(conn, ids)
    if len(found) < len(ids):
        return None  # deleted: its month is not known
    return frozenset(found.values())


@dataclass(frozen=True)
class Home:
    """Everything the home screen shows: the sections, the hours per month from the
    chart's first month ``start``, and the minutes held per month (all months: the
    hours coached in all, the ICF total, are their sum)."""

    today: Today
    hours: list[Any]
    held: dict[str, int]
    start: date

    @property
    def coached_hours(self) -> float:
        return sum(self.held.values()) / 60


class HomeReader:
    """``note(changes)`` for every change notice (also while the home screen is not
    shown), ``read(start)`` when it is shown or a noted change concerns it. The
    first read, and any after ``reset()``, reads everything."""

    def __init__(self, overview: OverviewService):
        self.overview = overview
        self.last: Home | None = None
        self._pending = Changes()

    def concerns(self, changes: Changes) -> bool:
        from coachdesk.core.overview_sections import READS

        return touched(changes, READS)

    def note(self, changes: Changes) -> None:
        if self.last is not None and self.concerns(changes):
            self._pending = self._pending.merged(changes)

    def reset(self) -> None:
        self.last = None
        self._pending = Changes()

    def read(self, start: date, now: datetime | None = None) -> Home:
        last, changes = self.last, self._pending
        overview = self.overview
        if last is None:
            home = Home(overview.today(now), overview.hours(start), overview.held_minutes(), start)
        else:
            before = last.hours if start == last.start else None
            home = Home(
                overview.today(now, previous=last.today, changes=changes),
                overview.hours(start, previous=before, changes=changes),
                overview.held_minutes(previous=last.held, changes=changes),
                start,
            )
        self.last, self._pending = home, Changes()  # only once all of it was read
        return home
