"""Which backups to keep: a ladder of the last ten, one a day, a week and a month.

``plan_rotation`` is pure (tested over a simulated year); ``rotate`` applies it to
a backup folder and never deletes safety copies or the newest good backup.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from coachdesk.store.backup import ROTATED_KINDS, list_backups, remove_backup

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Ladder:
    """Which backups rotation keeps: the newest ``last``, and the newest of each of
    the last ``days`` days, ``weeks`` weeks and ``months`` months."""

    last: int = 10
    days: int = 14
    weeks: int = 8
    months: int = 12


LADDER = Ladder()


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return (iso[0], iso[1])


def plan_rotation(moments: Sequence[datetime], now: datetime, ladder: Ladder = LADDER) -> set[int]:
    """Indices of ``moments`` the ladder keeps (the newest ``last``; the newest of each of
    the last ``days`` calendar days, ``weeks`` ISO weeks and ``months`` months up to
    ``now``). Pure: the same datetimes (in the coach's time zone) give the same answer."""
    order = sorted(range(len(moments)), key=lambda i: moments[i], reverse=True)
    keep = set(order[: ladder.last])
    today = now.date()
    days = {today - timedelta(days=n) for n in range(ladder.days)}
    weeks = {_week(today - timedelta(weeks=n)) for n in range(ladder.weeks)}
    months = set()
    year, month = today.year, today.month
    for _ in range(ladder.months):
        months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    seen_days: set[date] = set()
    seen_weeks: set[tuple[int, int]] = set()
    seen_months: set[tuple[int, int]] = set()
    for i in order:  # newest first: the first one met in a bucket is its newest
        day = moments[i].date()
        if day in days and day not in seen_days:
            seen_days.add(day)
            keep.add(i)
        week = _week(day)
        if week in weeks and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(i)
        m = (day.year, day.month)
        if m in months and m not in seen_months:
            seen_months.add(m)
            keep.add(i)
    if order and not keep:
        keep.add(order[0])
    return keep


def rotate(folder: Path, now: datetime | None = None, ladder: Ladder = LADDER) -> list[Path]:
    """Delete the good automatic and manual backups the ladder does not keep.

    Safety copies (before a restore, before a migration) and backups without a valid
    summary are never touched, and the newest good backup always stays."""
    backups = [b for b in list_backups(folder) if b.good and b.kind in ROTATED_KINDS]
    if len(backups) <= 1:
        return []
    moment = (now or datetime.now(UTC)).astimezone()
    keep = plan_rotation([b.created_at.astimezone() for b in backups], moment, ladder)
    keep.add(0)  # newest first: the newest good backup is never deleted
    removed = []
    for i, backup in enumerate(backups):
        if i not in keep:
            remove_backup(backup.path)
            removed.append(backup.path)
    if removed:
        log.info("rotation removed %d backup(s)", len(removed))
    return removed
