"""The practice as SQLModel tables.

Constraints live in the database (NOT NULL, CHECK, foreign keys with ON DELETE)
so that no path around the services can store nonsense. Every table is reachable
from its coachee (directly or through a trajectory) or declared practice-wide;
core/schema.py derives that graph from the foreign keys, so "everything about
this person" is one walk and erasure is one cascading delete.

Times: ``created_at``/``updated_at`` are UTC timestamps. A session's
``starts_at`` is the appointment's wall-clock time in the coach's own time zone
(as a coach enters and reads it), and dates (start, due, rated on) are local
calendar dates.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

COACHEE_STATUSES = ("active", "archived")
TRAJECTORY_STATUSES = ("intake", "active", "paused", "completed", "cancelled")
SESSION_MODES = ("in_person", "online", "phone")
AGREEMENT_OWNERS = ("coachee", "coach", "sponsor")
GOAL_STATUSES = ("open", "achieved", "dropped")
# planned: ahead (or past and still to confirm); held; cancelled (by coach or coachee);
# no_show: the coachee did not come (counts against the contract unless not charged).
SESSION_STATUSES = ("planned", "held", "cancelled", "no_show")
CANCELLED_BY = ("", "coach", "coachee")
# How a closed trajectory ended ("" while it runs).
OUTCOMES = ("", "completed", "ended_early", "cancelled")


# A row's stable identity across stores (exports, imports, calendar UIDs, sync):
# 32 lowercase hex digits. Integer ids stay internal to one store. The database
# fills it too (server default), so bulk inserts and raw SQL get one as well.
UID_SQL = "(lower(hex(randomblob(16))))"


def new_uid() -> str:
    return uuid.uuid4().hex


def uid_field() -> Any:
    return Field(
        default_factory=new_uid,
        nullable=False,
        sa_column_kwargs={"server_default": text(UID_SQL)},
    )


def uid_index(table: str) -> Index:
    return Index(f"ix_{table}_uid", "uid", unique=True)


def utcnow() -> datetime:
    """An aware UTC timestamp (stored as UTC, read back as aware UTC)."""
    return datetime.now(UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Coachee(SQLModel, table=True):
    __tablename__ = "coachee"
    __table_args__ = (
        uid_index("coachee"),
        CheckConstraint("length(trim(name)) > 0", name="ck_coachee_name"),
        CheckConstraint(_in("status", COACHEE_STATUSES), name="ck_coachee_status"),
        Index("ix_coachee_name", "name"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    name: str
    email: str = ""
    phone: str = ""
    organisation: str = ""
    role: str = ""
    notes: str = ""
    tags: str = ""  # comma separated, as typed; the facade exposes a list
    status: str = "active"
    demo: bool = False  # made by the demo generator: "Remove demo data" removes exactly these
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Sponsor(SQLModel, table=True):
    __tablename__ = "sponsor"
    __table_args__ = (
        uid_index("sponsor"),
        CheckConstraint("length(trim(organisation)) > 0", name="ck_sponsor_organisation"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    organisation: str
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    demo: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Trajectory(SQLModel, table=True):
    __tablename__ = "trajectory"
    __table_args__ = (
        uid_index("trajectory"),
        CheckConstraint("length(trim(title)) > 0", name="ck_trajectory_title"),
        CheckConstraint(_in("status", TRAJECTORY_STATUSES), name="ck_trajectory_status"),
        CheckConstraint(
            "contracted_sessions IS NULL OR contracted_sessions >= 0",
            name="ck_trajectory_sessions",
        ),
        CheckConstraint(
            "contracted_hours IS NULL OR contracted_hours >= 0", name="ck_trajectory_hours"
        ),
        CheckConstraint(
            "planned_end IS NULL OR start_date IS NULL OR planned_end >= start_date",
            name="ck_trajectory_dates",
        ),
        Index("ix_trajectory_status_end", "status", "planned_end"),  # past the planned end
        CheckConstraint(_in("outcome", OUTCOMES), name="ck_trajectory_outcome"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    coachee_id: int = Field(foreign_key="coachee.id", ondelete="CASCADE", index=True)
    sponsor_id: int | None = Field(
        default=None, foreign_key="sponsor.id", ondelete="SET NULL", index=True
    )
    title: str
    intake_question: str = ""
    contracted_sessions: int | None = None
    contracted_hours: float | None = None
    start_date: date | None = None
    planned_end: date | None = None
    status: str = "intake"
    closing_evaluation: str = ""  # the coach's evaluation
    # Closing: when and how it ended, and the evaluations of the coachee and the sponsor.
    ended_on: date | None = None
    outcome: str = ""
    outcome_reason: str = ""
    coachee_evaluation: str = ""
    sponsor_evaluation: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class CoachingSession(SQLModel, table=True):
    """One coaching session (named so it never shadows a database Session)."""

    __tablename__ = "coaching_session"
    __table_args__ = (
        uid_index("coaching_session"),
        CheckConstraint("duration_minutes > 0", name="ck_session_duration"),
        CheckConstraint(_in("mode", SESSION_MODES), name="ck_session_mode"),
        *(
            CheckConstraint(f"{c} IS NULL OR ({c} >= 0 AND {c} <= 10)", name=f"ck_session_{c}")
            for c in ("scale_progress", "scale_motivation", "scale_confidence")
        ),
        # A trajectory's sessions in order, and its contract use and next session from
        # the index alone (the home screen at 10,000 coachees).
        Index(
            "ix_session_trajectory_use",
            "trajectory_id",
            "starts_at",
            "status",
            "duration_minutes",
            "charged",
        ),
        # The home screen's agenda, and its hours chart and ICF total from the index alone.
        Index(
            "ix_session_status_hours", "status", "starts_at", "duration_minutes", "paid", "charged"
        ),
        CheckConstraint(_in("status", SESSION_STATUSES), name="ck_session_status"),
        CheckConstraint(_in("cancelled_by", CANCELLED_BY), name="ck_session_cancelled_by"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    trajectory_id: int = Field(foreign_key="trajectory.id", ondelete="CASCADE")
    starts_at: datetime = Field(sa_type=DateTime)  # naive local wall-clock time
    duration_minutes: int = 60
    mode: str = "in_person"
    location: str = ""
    paid: bool = True
    status: str = "held"
    cancelled_by: str = ""
    cancelled_on: date | None = None
    charged: bool = True  # a no-show counts against the contract unless marked not charged
    template: str = ""
    shared_notes: str = ""
    private_notes: str = ""
    # Scaling questions 0-10 asked in the session (None: not asked).
    scale_progress: int | None = None
    scale_motivation: int | None = None
    scale_confidence: int | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Agreement(SQLModel, table=True):
    __tablename__ = "agreement"
    __table_args__ = (
        uid_index("agreement"),
        CheckConstraint("length(trim(text)) > 0", name="ck_agreement_text"),
        CheckConstraint(_in("owner", AGREEMENT_OWNERS), name="ck_agreement_owner"),
        # Overdue across the practice, counted from the index alone.
        Index("ix_agreement_open_due", "done_date", "due_date", "trajectory_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    trajectory_id: int = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    session_id: int | None = Field(
        default=None, foreign_key="coaching_session.id", ondelete="SET NULL", index=True
    )
    text: str
    owner: str = "coachee"
    due_date: date | None = None
    done_date: date | None = None  # closed on: done, or (dropped) not done
    dropped: bool = False  # closed without being done ("niet afgerond")
    created_at: datetime = Field(default_factory=utcnow)


class Goal(SQLModel, table=True):
    __tablename__ = "goal"
    __table_args__ = (
        uid_index("goal"),
        CheckConstraint("length(trim(title)) > 0", name="ck_goal_title"),
        CheckConstraint(_in("status", GOAL_STATUSES), name="ck_goal_status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    trajectory_id: int = Field(foreign_key="trajectory.id", ondelete="CASCADE", index=True)
    title: str
    description: str = ""
    success_criteria: str = ""
    status: str = "open"
    position: int = 0
    created_at: datetime = Field(default_factory=utcnow)


class GoalRating(SQLModel, table=True):
    __tablename__ = "goal_rating"
    __table_args__ = (
        uid_index("goal_rating"),
        CheckConstraint("value >= 0 AND value <= 10", name="ck_rating_value"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    goal_id: int = Field(foreign_key="goal.id", ondelete="CASCADE", index=True)
    session_id: int | None = Field(
        default=None, foreign_key="coaching_session.id", ondelete="SET NULL", index=True
    )
    rated_on: date
    value: float
    comment: str = ""


class ProfileResult(SQLModel, table=True):
    """A coachee's result on a profile instrument on one date, in one variant."""

    __tablename__ = "profile_result"
    __table_args__ = (
        uid_index("profile_result"),
        CheckConstraint("length(trim(instrument_key)) > 0", name="ck_profile_instrument"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    coachee_id: int = Field(foreign_key="coachee.id", ondelete="CASCADE", index=True)
    instrument_key: str
    taken_on: date
    variant: str = ""
    label: str = ""  # a categorical result, e.g. the colour wheel position "coordinator"
    note: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class ProfileScore(SQLModel, table=True):
    __tablename__ = "profile_score"
    __table_args__ = (
        uid_index("profile_score"),
        UniqueConstraint("result_id", "dimension_key", name="uq_profile_score_dimension"),
        CheckConstraint("length(trim(dimension_key)) > 0", name="ck_profile_score_dimension"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    result_id: int = Field(foreign_key="profile_result.id", ondelete="CASCADE", index=True)
    dimension_key: str
    score: float


class Setting(SQLModel, table=True):
    """Practice-wide settings that exports need too (coach name, practice name, ...).

    Window-only preferences (geometry, UI language) live in QSettings instead.
    """

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str = ""


# --- privacy (issue 14) --------------------------------------------------------------

# Why the coach may hold the data (AVG art. 6; special categories need consent).
LEGAL_BASES = ("consent", "contract", "legitimate_interest", "legal_obligation")
# What the sponsor may see; each level includes the ones before it.
SPONSOR_SEES = ("nothing", "attendance_hours", "goal_progress", "read_summary")
ERASURE_ACTIONS = ("erased", "anonymised")


class Consent(SQLModel, table=True):
    """A coachee's consent record: what they agreed to, when, on what basis, and what
    the sponsor may see. A withdrawal keeps the record (with its date): the sponsor
    then sees nothing. The newest record of a coachee is the one that counts."""

    __tablename__ = "consent"
    __table_args__ = (
        uid_index("consent"),
        CheckConstraint(_in("legal_basis", LEGAL_BASES), name="ck_consent_legal_basis"),
        CheckConstraint(_in("sponsor_sees", SPONSOR_SEES), name="ck_consent_sponsor_sees"),
        CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= given_on", name="ck_consent_dates"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    coachee_id: int = Field(foreign_key="coachee.id", ondelete="CASCADE", index=True)
    given_on: date
    legal_basis: str = "consent"
    statement_version: str = ""  # the version of the privacy statement agreed to
    sponsor_sees: str = "nothing"
    withdrawn_on: date | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Erasure(SQLModel, table=True):
    """The erasure ledger: which rows were erased (or a coachee anonymised) and when.

    No personal data: a table name, a uid and a time. It is in every backup, and
    every restore re-applies it (core/services/privacy.py), so an erased coachee
    does not come back with an older backup.
    """

    __tablename__ = "erasure"
    __table_args__ = (
        uid_index("erasure"),
        UniqueConstraint("subject_uid", "action", name="uq_erasure_subject"),
        CheckConstraint(_in("action", ERASURE_ACTIONS), name="ck_erasure_action"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    subject_table: str
    subject_uid: str
    action: str = "erased"
    erased_at: datetime = Field(default_factory=utcnow)


class AuditEvent(SQLModel, table=True):
    """One line of the audit trail: when, what was done, which rows (uids) and how
    many; never content (no names, no note text)."""

    __tablename__ = "audit_event"
    __table_args__ = (
        uid_index("audit_event"),
        CheckConstraint("length(trim(action)) > 0", name="ck_audit_action"),
        Index("ix_audit_event_at", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    at: datetime = Field(default_factory=utcnow)
    action: str
    uids: str = "[]"  # JSON list of the rows' uids
    counts: str = "{}"  # JSON object: what -> how many
