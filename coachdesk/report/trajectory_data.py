"""What goes into a trajectory PDF, gathered through the facade in one go.

Only what may be shown to the coachee is copied into these records: sessions
carry their shared notes and never their private notes, so nothing private can
reach the document by accident.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from coachdesk.core import formatting
from coachdesk.core.instrument_types import Instrument
from coachdesk.core.queries import latest_profiles
from coachdesk.core.records import GoalProgress, Profile
from coachdesk.errors import CoachDeskError
from coachdesk.i18n import Lang, tr

if TYPE_CHECKING:
    from coachdesk.core.practice import Practice


@dataclass(frozen=True, slots=True)
class SessionEntry:
    number: int
    starts_at: datetime
    duration_minutes: int
    mode: str
    location: str
    shared_notes: str
    # the scaling questions 0-10 asked in the session (None: not asked)
    scale_progress: int | None = None
    scale_motivation: int | None = None
    scale_confidence: int | None = None


@dataclass(frozen=True, slots=True)
class AgreementEntry:
    text: str
    owner: str
    due_date: date | None
    done_date: date | None  # closed on: done, or (dropped) not done
    dropped: bool = False


@dataclass(frozen=True)
class ReportData:
    today: date
    coachee_name: str
    organisation: str
    role: str
    title: str
    status: str
    start_date: date | None
    end_date: date | None  # the last session of a finished trajectory, else the planned end
    intake_question: str
    contracted_sessions: int | None
    contracted_hours: float | None
    closing_evaluation: str  # the coach's
    sponsor_organisation: str
    sponsor_contact: str
    coach_name: str
    practice_name: str
    sessions: list[SessionEntry]
    next_session: datetime | None
    agreements: list[AgreementEntry]
    goals: list[GoalProgress]
    profiles: list[Profile]
    # Definitions of the profiles' instruments; one that is no longer installed is
    # missing here and its scores are printed as a table.
    instruments: dict[str, Instrument] = field(default_factory=dict)
    # How it ended (a closed trajectory): outcome completed, ended_early or cancelled.
    outcome: str = ""
    outcome_reason: str = ""
    ended_on: date | None = None
    planned_end: date | None = None  # the agreed end, for the sponsor's "Period"
    coachee_evaluation: str = ""
    sponsor_evaluation: str = ""
    sessions_cancelled: int = 0
    no_shows: int = 0

    @property
    def minutes_held(self) -> int:
        return sum(s.duration_minutes for s in self.sessions)

    @property
    def closed(self) -> bool:
        return self.status in ("completed", "cancelled")

    @property
    def has_sponsor(self) -> bool:
        return bool(self.sponsor_organisation or self.sponsor_contact)

    @property
    def closing_outcome(self) -> str:
        """completed, ended_early or cancelled for a closed trajectory, else ""."""
        if not self.closed:
            return ""
        return self.outcome or ("cancelled" if self.status == "cancelled" else "completed")


def collect(practice: Practice, trajectory_id: int, now: datetime | None = None) -> ReportData:
    """Read everything the PDF needs (held sessions only; planned ones have no notes)."""
    now = now or datetime.now()
    ov = practice.trajectories.overview(trajectory_id, now=now)
    t, coachee = ov.trajectory, ov.coachee
    every = practice.sessions.list(trajectory_id)
    held = [s for s in every if s.status == "held"]
    settings = practice.settings.all()
    finished = t.status in ("completed", "cancelled")
    end = t.ended_on or (held[-1].starts_at.date() if finished and held else t.planned_end)
    start = t.start_date or (held[0].starts_at.date() if held else None)
    taken = practice.profiles.list(coachee.id or 0)  # oldest first
    profiles = latest_profiles(_in_period(taken, start, end if finished else None))
    return ReportData(
        today=now.date(),
        coachee_name=coachee.name,
        organisation=coachee.organisation,
        role=coachee.role,
        title=t.title,
        status=t.status,
        start_date=t.start_date,
        end_date=end,
        intake_question=t.intake_question,
        contracted_sessions=t.contracted_sessions,
        contracted_hours=t.contracted_hours,
        closing_evaluation=t.closing_evaluation,
        sponsor_organisation=ov.sponsor.organisation if ov.sponsor else "",
        sponsor_contact=ov.sponsor.contact_name if ov.sponsor else "",
        coach_name=settings.get("coach_name", "").strip(),
        practice_name=settings.get("practice_name", "").strip(),
        sessions=[
            SessionEntry(
                number=n,
                starts_at=s.starts_at,
                duration_minutes=s.duration_minutes,
                mode=s.mode,
                location=s.location,
                shared_notes=s.shared_notes,
                scale_progress=s.scale_progress,
                scale_motivation=s.scale_motivation,
                scale_confidence=s.scale_confidence,
            )
            for n, s in enumerate(held, start=1)
        ],
        next_session=ov.next_session.starts_at if ov.next_session else None,
        agreements=[
            AgreementEntry(a.text, a.owner, a.due_date, a.done_date, bool(a.dropped))
            for a in practice.agreements.list(trajectory_id)
        ],
        goals=list(ov.goals),
        profiles=profiles,
        instruments=_instruments(practice, {p.result.instrument_key for p in profiles}),
        outcome=t.outcome,
        outcome_reason=t.outcome_reason,
        ended_on=t.ended_on,
        planned_end=t.planned_end,
        coachee_evaluation=t.coachee_evaluation,
        sponsor_evaluation=t.sponsor_evaluation,
        sessions_cancelled=sum(1 for s in every if s.status == "cancelled"),
        no_shows=sum(1 for s in every if s.status == "no_show"),
    )


def _in_period(profiles: list[Profile], start: date | None, end: date | None) -> list[Profile]:
    """The profiles taken within the trajectory (one of another trajectory, perhaps for
    another sponsor, has no place in this one's PDF)."""
    return [
        p
        for p in profiles
        if (start is None or p.result.taken_on >= start)
        and (end is None or p.result.taken_on <= end)
    ]


def _instruments(practice: Practice, keys: set[str]) -> dict[str, Instrument]:
    found: dict[str, Instrument] = {}
    for key in keys:
        try:
            found[key] = practice.profiles.instrument(key)
        except CoachDeskError:  # removed or broken own instrument: scores as a table
            continue
    return found


class Formatter:
    """Dates and numbers the way the export's language writes them (core.formatting)."""

    def __init__(self, lang: Lang):
        self.lang = lang

    def t(self, key: str, /, **params: object) -> str:
        return tr(key, self.lang, **params)

    def date(self, day: date | None) -> str:
        if day is None:
            return self.t("pdf.no_value")
        return formatting.long_date(day, self.lang)

    def short_date(self, day: dt.date) -> str:
        return formatting.short_date(day, self.lang, weekday=False)

    def session_date(self, moment: datetime) -> str:
        weekday = formatting.weekday_short(moment.date(), self.lang)
        return f"{weekday} {self.date(moment.date())}, {moment:%H:%M}"

    def number(self, value: float, digits: int = 1) -> str:
        return formatting.number(value, self.lang, digits)

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        if start and end:
            return f"{self.date(start)} – {self.date(end)}"
        if start:
            return self.t("pdf.period_open", start=self.date(start))
        if end:
            return self.t("pdf.period_until", end=self.date(end))
        return ""
