"""Consent and sharing: what a coachee agreed to, and what their sponsor may see.

    practice.consent.record(coachee_id, given_on=date(2026, 3, 1), sponsor_sees="goal_progress")
    practice.consent.withdraw(coachee_id, date(2026, 6, 1))
    practice.consent.sponsor_sharing(trajectory_id)   # -> Sharing(parts, reason, ...)

A coachee has any number of consent records; the newest (by date, then by when it
was entered) is the one that counts. What the sponsor may see is one of
``SPONSOR_SEES``, each level including the ones before it:

    nothing           only that there is a trajectory
    attendance_hours  sessions held, cancelled, missed; hours of the contract
    goal_progress     and the goals with their progress
    read_summary      and the closing summary, which the coachee has read

Without a record, or after a withdrawal, the sponsor sees nothing: every sponsor
export says so (report/consent.py). The coachee page reminds the coach gently;
nothing is blocked. Every change is one line in the audit trail.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from coachdesk.core import validation as v
from coachdesk.core.models import (
    LEGAL_BASES,
    SPONSOR_SEES,
    Coachee,
    Consent,
    Trajectory,
    utcnow,
)
from coachdesk.core.services.base import Service

# What each level lets the sponsor see (the parts of report/consent.SHAREABLE).
PARTS: dict[str, frozenset[str]] = {
    "nothing": frozenset(),
    "attendance_hours": frozenset({"attendance"}),
    "goal_progress": frozenset({"attendance", "goals"}),
    "read_summary": frozenset({"attendance", "goals", "summary"}),
}
# Why the sponsor sees what they see.
GIVEN, WITHDRAWN, NO_RECORD = "given", "withdrawn", "no_record"


@dataclass(frozen=True)
class Sharing:
    """What the sponsor of one trajectory may see, and why."""

    parts: frozenset[str]
    reason: str  # GIVEN, WITHDRAWN or NO_RECORD
    given_on: date | None = None
    withdrawn_on: date | None = None
    statement_version: str = ""
    level: str = "nothing"

    @property
    def names_shown(self) -> bool:
        """May the sponsor see the coachee's name in an hours statement?"""
        return "attendance" in self.parts


def sharing_of(consent: Consent | None) -> Sharing:
    if consent is None:
        return Sharing(frozenset(), NO_RECORD)
    if consent.withdrawn_on is not None:
        return Sharing(
            frozenset(),
            WITHDRAWN,
            consent.given_on,
            consent.withdrawn_on,
            consent.statement_version,
            "nothing",
        )
    return Sharing(
        PARTS[consent.sponsor_sees],
        GIVEN,
        consent.given_on,
        None,
        consent.statement_version,
        consent.sponsor_sees,
    )


def _version(value: Any) -> str:
    text = v.text(value, "statement_version").strip()
    if len(text) > 80:
        from coachdesk.errors import ValidationError

        raise ValidationError(field="statement_version")
    return text


def _newest_first() -> tuple[Any, ...]:
    return (col(Consent.given_on).desc(), col(Consent.id).desc())


def _fields(
    given_on: Any, legal_basis: Any, statement_version: Any, sponsor_sees: Any
) -> dict[str, Any]:
    return {
        "given_on": v.required_date(given_on, "given_on"),
        "legal_basis": v.choice(legal_basis, "legal_basis", LEGAL_BASES),
        "statement_version": _version(statement_version),
        "sponsor_sees": v.choice(sponsor_sees, "sponsor_sees", SPONSOR_SEES),
    }


class ConsentService(Service):
    def current(self, coachee_id: int) -> Consent | None:
        """The record that counts (the newest), or None."""
        with self.db.session() as s:
            self.db.get(s, Coachee, coachee_id)
            return s.exec(
                select(Consent).where(Consent.coachee_id == coachee_id).order_by(*_newest_first())
            ).first()

    def history(self, coachee_id: int) -> builtins.list[Consent]:
        with self.db.session() as s:
            self.db.get(s, Coachee, coachee_id)
            return list(
                s.exec(
                    select(Consent)
                    .where(Consent.coachee_id == coachee_id)
                    .order_by(*_newest_first())
                )
            )

    def record(
        self,
        coachee_id: int,
        *,
        given_on: date,
        legal_basis: str = "consent",
        statement_version: str = "",
        sponsor_sees: str = "nothing",
    ) -> Consent:
        """A new consent record (the earlier ones stay, as history)."""
        fields = _fields(given_on, legal_basis, statement_version, sponsor_sees)
        with self.db.session() as s:
            coachee = self.db.get(s, Coachee, coachee_id)
            consent = Consent(coachee_id=coachee_id, **fields)
            s.add(consent)
            s.flush()
            s.refresh(consent)
            self._audit(s, coachee.uid, consent.uid, "recorded")
            return consent

    def update(self, consent_id: int, **changes: Any) -> Consent:
        """Correct a record (a typo in the version, the wrong date)."""
        with self.db.session() as s:
            consent = self._get(s, consent_id)
            merged = {
                "given_on": consent.given_on,
                "legal_basis": consent.legal_basis,
                "statement_version": consent.statement_version,
                "sponsor_sees": consent.sponsor_sees,
                **changes,
            }
            for key, value in _fields(**merged).items():
                setattr(consent, key, value)
            withdrawn = changes.get("withdrawn_on", consent.withdrawn_on)
            consent.withdrawn_on = self._withdrawal(consent, withdrawn)
            consent.updated_at = utcnow()
            s.add(consent)
            s.flush()
            coachee = self.db.get(s, Coachee, consent.coachee_id)
            self._audit(s, coachee.uid, consent.uid, "changed")
            return consent

    def withdraw(self, coachee_id: int, on: date) -> Consent:
        """The coachee withdraws: the current record keeps its history and gets the
        date; from then on the sponsor sees nothing."""
        with self.db.session() as s:
            coachee = self.db.get(s, Coachee, coachee_id)
            consent = s.exec(
                select(Consent).where(Consent.coachee_id == coachee_id).order_by(*_newest_first())
            ).first()
            if consent is None:
                from coachdesk.errors import NotFoundError

                raise NotFoundError("consent", coachee_id)
            consent.withdrawn_on = self._withdrawal(consent, on)
            consent.updated_at = utcnow()
            s.add(consent)
            s.flush()
            self._audit(s, coachee.uid, consent.uid, "withdrawn")
            return consent

    def delete(self, consent_id: int) -> None:
        """Remove a record entered by mistake."""
        with self.db.session() as s:
            consent = self._get(s, consent_id)
            coachee = self.db.get(s, Coachee, consent.coachee_id)
            s.delete(consent)
            s.flush()
            self._audit(s, coachee.uid, consent.uid, "removed")

    # --- what sponsors see ---------------------------------------------------------

    def sponsor_sharing(self, trajectory_id: int) -> Sharing:
        """What the sponsor of this trajectory may see, under the coachee's consent."""
        with self.db.session() as s:
            trajectory = self.db.get(s, Trajectory, trajectory_id)
            consent = s.exec(
                select(Consent)
                .where(Consent.coachee_id == trajectory.coachee_id)
                .order_by(*_newest_first())
            ).first()
            return sharing_of(consent)

    def sharing_of_coachees(self, coachee_ids: Iterable[int]) -> dict[int, Sharing]:
        """For an export over several coachees (the hours statement): each one's sharing."""
        ids = sorted(set(coachee_ids))
        found: dict[int, Consent] = {}
        with self.db.session() as s:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for consent in s.exec(
                    select(Consent)
                    .where(col(Consent.coachee_id).in_(chunk))
                    .order_by(col(Consent.given_on), col(Consent.id))
                ):
                    found[consent.coachee_id] = consent  # the newest comes last
        return {cid: sharing_of(found.get(cid)) for cid in ids}

    def without_record_count(self) -> int:
        """Active coachees without any consent record (the home screen's line)."""
        with self.db.session() as s:
            has_record = select(Consent.coachee_id).where(Consent.coachee_id == Coachee.id)
            return int(
                s.exec(
                    select(func.count())
                    .select_from(Coachee)
                    .where(Coachee.status == "active", ~has_record.exists())
                ).one()
            )

    def without_record(self) -> builtins.list[int]:
        with self.db.session() as s:
            has_record = select(Consent.coachee_id).where(Consent.coachee_id == Coachee.id)
            query = (
                select(col(Coachee.id))
                .where(Coachee.status == "active", ~has_record.exists())
                .order_by(col(Coachee.name))
            )
            return [int(row) for row in s.exec(query) if row is not None]

    # --- helpers -------------------------------------------------------------------

    def _get(self, s: Any, consent_id: int) -> Consent:
        consent = s.get(Consent, consent_id) if isinstance(consent_id, int) else None
        if consent is None:
            from coachdesk.errors import NotFoundError

            raise NotFoundError("consent", consent_id)
        return consent

    @staticmethod
    def _withdrawal(consent: Consent, on: Any) -> date | None:
        withdrawn = v.optional_date(on, "withdrawn_on")
        if withdrawn is not None:
            v.date_order(consent.given_on, withdrawn)
        return withdrawn

    def _audit(self, s: Any, coachee_uid: str, consent_uid: str, what: str) -> None:
        from coachdesk.core.services import audit

        audit.record_in(s.connection(), "consent", [coachee_uid, consent_uid], {what: 1})
