"""Hours: per month, year, sponsor or coachee; the hours statement for a sponsor; the
ICF client coaching log; the planned sessions for a calendar.

What counts: the contract's rule (held sessions and charged no-shows) for hours and
statements, because that is what a sponsor pays for; the ICF log counts only hours
actually coached (held sessions). Paid or pro bono follows the session's ``paid``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select as wide_select
from sqlmodel import Session, col

from coachdesk.core import validation as v
from coachdesk.core.models import Coachee, CoachingSession, Sponsor, Trajectory
from coachdesk.core.records import HoursRow
from coachdesk.core.services.base import Service

GROUPINGS = ("month", "year", "sponsor", "coachee")
CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class SessionFact:
    """One session with what the hour figures need (no note text)."""

    session_id: int
    session_uid: str
    starts_at: datetime
    duration_minutes: int
    paid: bool
    status: str
    charged: bool
    mode: str
    location: str
    trajectory_id: int
    trajectory_title: str
    coachee_id: int
    coachee_name: str
    coachee_email: str
    coachee_phone: str
    sponsor_id: int | None
    sponsor_name: str

    @property
    def counts(self) -> bool:
        return self.status == "held" or (self.status == "no_show" and self.charged)

    @property
    def hours(self) -> float:
        return self.duration_minutes / 60


@dataclass
class IcfClient:
    """One line of ICF's client coaching log."""

    name: str  # or a code (anonymous)
    email: str
    phone: str
    first_session: date
    last_session: date
    paid_hours: float = 0.0
    pro_bono_hours: float = 0.0
    kind: str = "individual"  # individual or group (groups arrive with intervision)


@dataclass
class Statement:
    """An hours statement ("urenspecificatie") for one sponsor and period."""

    sponsor: Sponsor
    start: date
    end: date
    lines: list[SessionFact] = field(default_factory=list)
    # The coachees whose name the sponsor may see (their consent, core/services/consent.py);
    # the others appear as a code.
    named: frozenset[int] = frozenset()

    def shown_name(self, line: SessionFact, anonymous: bool = False) -> str:
        if anonymous or line.coachee_id not in self.named:
            return client_code(line.coachee_id)
        return line.coachee_name

    def shown_title(self, line: SessionFact) -> str:
        """Without consent the trajectory's title stays back too ("re-integratie" says much)."""
        return line.trajectory_title if line.coachee_id in self.named else "—"

    def coded(self, anonymous: bool = False) -> bool:
        """Does any line show a code for lack of consent (said in the statement)?"""
        return not anonymous and any(line.coachee_id not in self.named for line in self.lines)

    @property
    def hours(self) -> float:
        return sum(line.hours for line in self.lines)

    @staticmethod
    def amount(line: SessionFact, rate: float) -> Decimal | None:
        """The line's amount, rounded to the cent; None for a pro-bono session (listed,
        not charged)."""
        if not line.paid:
            return None
        exact = Decimal(line.duration_minutes) * Decimal(str(rate)) / 60
        return exact.quantize(CENT, rounding=ROUND_HALF_UP)

    def total_amount(self, rate: float) -> Decimal:
        """The sum of the lines' rounded amounts: the total adds up to what is printed."""
        found = (self.amount(line, rate) for line in self.lines)
        return sum((a for a in found if a is not None), Decimal(0))

    def has_pro_bono(self) -> bool:
        return any(not line.paid for line in self.lines)


def client_code(coachee_id: int) -> str:
    """A stable code in place of a name (the same in every export)."""
    return f"C-{coachee_id:04d}"


def period(start: date | None, end: date | None) -> tuple[date, date]:
    first = v.optional_date(start, "done_on") or date(1900, 1, 1)
    if end is not None and end >= date(9999, 12, 30):
        end = None
    last = v.optional_date(end, "done_on") or date(9999, 12, 30)
    v.date_order(first, last)
    return first, last


class HoursService(Service):
    def facts(
        self,
        start: date | None = None,
        end: date | None = None,
        sponsor_id: int | None = None,
        statuses: tuple[str, ...] | None = None,
    ) -> list[SessionFact]:
        """Every session in the period (start and end inclusive), oldest first."""
        first, last = period(start, end)
        with self.db.session() as s:
            if sponsor_id is not None:
                self.db.get(s, Sponsor, sponsor_id)
            return _facts(s, first, last, sponsor_id, statuses)

    def summary(
        self, by: str, start: date | None = None, end: date | None = None
    ) -> list[HoursRow]:
        """Hours and sessions held, cancelled and missed, grouped ``by``."""
        v.choice(by, "by", GROUPINGS)
        rows: dict[str, HoursRow] = {}
        for fact in self.facts(start, end):
            key = _key(fact, by)
            row = rows.setdefault(key, HoursRow(key))
            if fact.counts:
                if fact.paid:
                    row.paid_hours += fact.hours
                else:
                    row.pro_bono_hours += fact.hours
            if fact.status == "held":
                row.held += 1
            elif fact.status == "cancelled":
                row.cancelled += 1
            elif fact.status == "no_show":
                row.no_show += 1
        return [rows[k] for k in sorted(rows, key=str.casefold)]

    def statement(self, sponsor_id: int, start: date, end: date) -> Statement:
        first, last = period(start, end)
        with self.db.session() as s:
            sponsor = self.db.get(s, Sponsor, sponsor_id)
            lines = [f for f in _facts(s, first, last, sponsor_id, None) if f.counts]
        sharing = self.practice.consent.sharing_of_coachees(f.coachee_id for f in lines)
        named = frozenset(cid for cid, shared in sharing.items() if shared.names_shown)
        return Statement(sponsor, first, last, lines, named)

    def icf_log(
        self, start: date | None = None, end: date | None = None, anonymous: bool = False
    ) -> list[IcfClient]:
        clients: dict[int, IcfClient] = {}
        for fact in self.facts(start, end, statuses=("held",)):
            day = fact.starts_at.date()
            client = clients.get(fact.coachee_id)
            if client is None:
                client = clients[fact.coachee_id] = IcfClient(
                    name=client_code(fact.coachee_id) if anonymous else fact.coachee_name,
                    email="" if anonymous else fact.coachee_email,
                    phone="" if anonymous else fact.coachee_phone,
                    first_session=day,
                    last_session=day,
                )
            client.last_session = max(client.last_session, day)
            if fact.paid:
                client.paid_hours += fact.hours
            else:
                client.pro_bono_hours += fact.hours
        return sorted(clients.values(), key=lambda c: (c.first_session, c.name))

    def calendar(self, start: date | None = None, end: date | None = None) -> list[SessionFact]:
        """Planned and cancelled sessions (cancelled ones so a calendar removes them)."""
        if start is None:
            start = date.today() - timedelta(days=30)
        return self.facts(start, end, statuses=("planned", "cancelled"))


def _key(fact: SessionFact, by: str) -> str:
    if by == "month":
        return fact.starts_at.strftime("%Y-%m")
    if by == "year":
        return fact.starts_at.strftime("%Y")
    if by == "sponsor":
        return fact.sponsor_name or "—"
    return fact.coachee_name


def _facts(
    s: Session,
    first: date,
    last: date,
    sponsor_id: int | None,
    statuses: tuple[str, ...] | None,
) -> list[SessionFact]:
    query: Any = (
        wide_select(
            col(CoachingSession.id),
            col(CoachingSession.uid),
            col(CoachingSession.starts_at),
            col(CoachingSession.duration_minutes),
            col(CoachingSession.paid),
            col(CoachingSession.status),
            col(CoachingSession.charged),
            col(CoachingSession.mode),
            col(CoachingSession.location),
            col(Trajectory.id),
            col(Trajectory.title),
            col(Coachee.id),
            col(Coachee.name),
            col(Coachee.email),
            col(Coachee.phone),
            col(Trajectory.sponsor_id),
            col(Sponsor.organisation),
        )
        .join(Trajectory, col(Trajectory.id) == CoachingSession.trajectory_id)
        .join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
        .outerjoin(Sponsor, col(Sponsor.id) == Trajectory.sponsor_id)
        .where(col(CoachingSession.starts_at) >= datetime.combine(first, time()))
        .where(col(CoachingSession.starts_at) < datetime.combine(last + timedelta(days=1), time()))
        .order_by(col(CoachingSession.starts_at), col(CoachingSession.id))
    )
    if sponsor_id is not None:
        query = query.where(col(Trajectory.sponsor_id) == sponsor_id)
    if statuses is not None:
        query = query.where(col(CoachingSession.status).in_(statuses))
    facts = []
    for row in s.connection().execute(query).all():
        values = list(row)
        values[-1] = values[-1] or ""  # no sponsor
        facts.append(SessionFact(*values))
    return facts
