"""Builds a realistic demo practice with bulk inserts.

Deterministic for a seed and a reference day: the same (seed, today) gives the
same practice. Rows are inserted with explicit ids in one transaction, so a
failure or Ctrl+C leaves the store as it was.
"""

from __future__ import annotations

import hashlib
import random
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import SQLModel

from coachdesk.core import overview_totals, schema, search_index
from coachdesk.core.demo import content as c
from coachdesk.core.demo.writer import BatchWriter
from coachdesk.core.instruments import get_instrument, suggest_label
from coachdesk.core.models import (
    Agreement,
    Coachee,
    CoachingSession,
    Goal,
    GoalRating,
    ProfileResult,
    ProfileScore,
    Sponsor,
    Trajectory,
)
from coachdesk.store.database import Store

Progress = Callable[[int, int], None]
BATCH = 500  # coachees per flush


@dataclass
class DemoSummary:
    coachees: int = 0
    trajectories: int = 0
    sessions: int = 0
    seconds: float = 0.0
    path: Path | None = None


@dataclass
class _Rows:
    """Rows waiting to be inserted, with the next free id per table."""

    next_id: dict[str, int]  # by table name
    namespace: str  # seed and day: the same practice gets the same uids
    pending: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    _prefix: dict[str, str] = field(default_factory=dict)  # table -> the uids' first half

    def add(self, model: type[SQLModel], **values: Any) -> int:
        name = str(model.__tablename__)
        values["id"] = row_id = self.next_id[name]
        prefix = self._prefix.get(name)
        if prefix is None:  # one hash per table: unique per practice, table and id
            digest = hashlib.sha1(f"{self.namespace}:{name}".encode(), usedforsecurity=False)
            prefix = self._prefix[name] = digest.hexdigest()[:16]
        values["uid"] = f"{prefix}{row_id:016x}"
        self.next_id[name] += 1
        self.pending.setdefault(name, []).append(values)
        return int(values["id"])


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch == ".")


def _working_day(day: date, back: bool) -> date:
    """The day itself on Monday to Friday; else the Friday before (``back``) or the Monday after."""
    weekend = day.weekday() - 4  # Saturday 1, Sunday 2
    if weekend <= 0:
        return day
    return day - timedelta(days=weekend) if back else day + timedelta(days=3 - weekend)


def _stamp(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, clock(hour), tzinfo=UTC)


class _Builder:
    def __init__(self, rng: random.Random, today: date, rows: _Rows):
        self.rng, self.today, self.rows = rng, today, rows
        self.sponsors: dict[str, int] = {}
        self.sessions = self.trajectories = 0
        self.colours = get_instrument("colour_energies")

    def sponsor_for(self, organisation: str) -> int:
        if organisation not in self.sponsors:
            r = self.rng
            contact = f"{r.choice(c.FIRST_NAMES)} {r.choice(c.SURNAMES)}"
            domain = _ascii(organisation.split(" ", 1)[-1]).replace(".", "") + ".example"
            self.sponsors[organisation] = self.rows.add(
                Sponsor,
                organisation=organisation,
                contact_name=f"{contact} ({r.choice(c.CONTACT_ROLES)})",
                email=f"hr@{domain}",
                phone=f"0{r.randint(10, 79)}-{r.randint(1000000, 9999999)}",
                demo=True,
                created_at=_stamp(self.today - timedelta(days=900)),
                updated_at=_stamp(self.today - timedelta(days=900)),
            )
        return self.sponsors[organisation]

    def coachee(self) -> None:
        r = self.rng
        first, last = r.choice(c.FIRST_NAMES), r.choice(c.SURNAMES)
        organisation = r.choice(c.ORGANISATIONS)
        domain = _ascii(organisation.split(" ", 1)[-1]).replace(".", "") + ".example"
        created = self.today - timedelta(days=r.randint(20, 800))
        coachee_id = self.rows.add(
            Coachee,
            name=f"{first} {last}",
            email=f"{_ascii(first)}.{_ascii(last)}@{domain}",
            phone=f"06-{r.randint(10000000, 99999999)}",
            organisation=organisation,
            role=r.choice(c.ROLES),
            notes="Aangemeld via HR." if r.random() < 0.5 else "",
            tags=", ".join(r.sample(c.TAGS, r.randint(1, 3))),
            status="archived" if r.random() < 0.12 else "active",
            demo=True,
            created_at=_stamp(created),
            updated_at=_stamp(created),
        )
        count = r.choices((1, 2, 3), weights=(60, 32, 8))[0]
        for n in range(count):
            latest = n == count - 1
            self.trajectory(coachee_id, organisation, created, latest)
        if r.random() < 0.6:
            self.profiles(coachee_id, created)

    def trajectory(self, coachee_id: int, organisation: str, created: date, latest: bool) -> None:
        r = self.rng
        status = (
            r.choices(("intake", "active", "paused", "completed", "cancelled"), (8, 55, 7, 25, 5))[
                0
            ]
            if latest
            else "completed"
        )
        contracted = r.randint(5, 12)
        span = {"intake": 0, "active": r.randint(1, contracted - 1), "paused": r.randint(1, 4)}
        held = span.get(status, contracted if status == "completed" else r.randint(1, 3))
        weeks = r.choice((2, 3, 4))
        if status in ("completed", "cancelled"):
            start = self.today - timedelta(days=r.randint(held * weeks * 7 + 30, 900))
        else:
            # The last held session lies before today, the first planned one after it.
            start = self.today - timedelta(days=held * weeks * 7 - r.randint(1, weeks * 7 - 1))
        sponsored = r.random() < 0.8
        trajectory_id = self.rows.add(
            Trajectory,
            coachee_id=coachee_id,
            sponsor_id=self.sponsor_for(organisation) if sponsored else None,
            title=r.choice(c.TRAJECTORY_TITLES),
            intake_question=r.choice(c.INTAKE_QUESTIONS),
            contracted_sessions=contracted,
            contracted_hours=float(contracted) * r.choice((1.0, 1.5)),
            start_date=start,
            planned_end=start + timedelta(weeks=contracted * weeks + 4),
            status=status,
            closing_evaluation=r.choice(c.CLOSING) if status == "completed" else "",
            outcome=status if status in ("completed", "cancelled") else "",
            ended_on=_working_day(start + timedelta(weeks=(held - 1) * weeks), back=True)
            if status in ("completed", "cancelled") and held
            else None,
            created_at=_stamp(start),
            updated_at=_stamp(start),
        )
        self.trajectories += 1
        goals = [
            self.rows.add(
                Goal,
                trajectory_id=trajectory_id,
                title=title,
                description=criteria,
                success_criteria=r.choice(c.SUCCESS_CRITERIA),
                status="achieved" if status == "completed" and r.random() < 0.7 else "open",
                position=pos,
                created_at=_stamp(start),
            )
            for pos, (title, criteria) in enumerate(r.sample(c.GOALS, r.randint(2, 3)))
        ]
        levels = {g: r.uniform(2, 5) for g in goals}
        planned = (r.randint(1, 2) if status == "active" else 0) if held < contracted else 0
        for n in range(held + planned):
            future = n >= held
            day = _working_day(start + timedelta(weeks=n * weeks), back=not future)
            self.session(trajectory_id, day, n, future=future, goals=levels)

    def session(
        self, trajectory_id: int, day: date, n: int, future: bool, goals: dict[int, float]
    ) -> None:
        r = self.rng
        starts = datetime.combine(day, clock(r.choice((9, 10, 11, 13, 14, 15, 16))))
        shared = private = ""
        if not future:
            shared = (
                f"## Doel\n{r.choice(c.GOAL_LINES)}\n\n## Realiteit\n{r.choice(c.REALITY)}\n\n"
                "## Opties\n" + "".join(f"- {o}\n" for o in r.sample(c.OPTIONS, 2)) + "\n"
                f"## Wil\n**Afspraak:** {r.choice(c.WILL)}\n"
            )
            private = r.choice(c.PRIVATE)
        mode = r.choices(("in_person", "online", "phone"), (60, 35, 5))[0]
        session_id = self.rows.add(
            CoachingSession,
            trajectory_id=trajectory_id,
            starts_at=starts,
            duration_minutes=r.choice((60, 60, 75, 90)),
            mode=mode,
            location=r.choice(c.LOCATIONS) if mode == "in_person" else "",
            paid=r.random() < 0.93,
            template="grow" if not future else "",
            status="planned" if future else "held",
            shared_notes=shared,
            private_notes=private,
            created_at=_stamp(day),
            updated_at=_stamp(day),
        )
        self.sessions += 1
        if future:
            return
        for _ in range(r.randint(0, 2)):
            due = day + timedelta(days=r.randint(7, 28))
            done = (
                due - timedelta(days=r.randint(0, 6))
                if due < self.today and r.random() < 0.8
                else None
            )
            self.rows.add(
                Agreement,
                trajectory_id=trajectory_id,
                session_id=session_id,
                text=r.choice(c.AGREEMENTS),
                owner=r.choices(("coachee", "coach", "sponsor"), (80, 15, 5))[0],
                due_date=due,
                done_date=done,
                created_at=_stamp(day),
            )
        if n % 2 == 0:
            for goal_id, level in goals.items():
                goals[goal_id] = min(10.0, max(0.0, level + r.uniform(-0.5, 1.5)))
                self.rows.add(
                    GoalRating,
                    goal_id=goal_id,
                    session_id=session_id,
                    rated_on=day,
                    value=round(goals[goal_id], 1),
                    comment="",
                )

    def profiles(self, coachee_id: int, created: date) -> None:
        r = self.rng
        taken = created + timedelta(days=r.randint(0, 30))
        base = [r.uniform(0.5, 5.8) for _ in range(4)]
        for variant, shift in (("conscious", 0.0), ("less_conscious", 0.8)):
            scores = {
                key: round(min(6.0, max(0.0, value + r.uniform(-shift, shift))), 2)
                for key, value in zip(("blue", "green", "yellow", "red"), base, strict=True)
            }
            result_id = self.rows.add(
                ProfileResult,
                coachee_id=coachee_id,
                instrument_key="colour_energies",
                taken_on=taken,
                variant=variant,
                label=suggest_label(self.colours, scores),
                note="",
                created_at=_stamp(taken),
            )
            for key, score in scores.items():
                self.rows.add(ProfileScore, result_id=result_id, dimension_key=key, score=score)
        if r.random() < 0.3:
            for variant in ("natural", "adapted"):
                result_id = self.rows.add(
                    ProfileResult,
                    coachee_id=coachee_id,
                    instrument_key="disc",
                    taken_on=taken,
                    variant=variant,
                    label="",
                    note="",
                    created_at=_stamp(taken),
                )
                for key in ("d", "i", "s", "c"):
                    self.rows.add(
                        ProfileScore,
                        result_id=result_id,
                        dimension_key=key,
                        score=r.randint(10, 95),
                    )


def generate(
    store: Store,
    coachees: int = 40,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add ``coachees`` demo coachees with everything around them to ``store``."""
    started = time.perf_counter()
    rng = random.Random(seed)
    with (
        store.engine.begin() as conn,
        search_index.triggers_paused(conn),
        overview_totals.triggers_paused(conn),
    ):
        next_id = {
            name: (conn.execute(select(func.max(schema.table(name).c.id))).scalar() or 0) + 1
            for name in schema.practice_tables()
        }
        day = today or date.today()
        rows = _Rows(next_id, f"demo:{seed}:{day.isoformat()}")
        builder = _Builder(rng, day, rows)
        with BatchWriter(conn) as write:  # SQLite writes one batch while Python builds the next
            for n in range(coachees):
                builder.coachee()
                if (n + 1) % BATCH == 0 or n + 1 == coachees:
                    write(rows.pending)
                    rows.pending = {}
                    if progress:
                        progress(n + 1, coachees)
    return DemoSummary(
        coachees=coachees,
        trajectories=builder.trajectories,
        sessions=builder.sessions,
        seconds=time.perf_counter() - started,
        path=store.path,
    )
