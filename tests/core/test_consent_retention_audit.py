"""Consent records, retention periods and the due-for-deletion list, the audit trail."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from coachdesk.core.services.consent import NO_RECORD, WITHDRAWN
from coachdesk.errors import CoachDeskError, ValidationError


def _with_trajectory(practice, name: str, **fields) -> tuple[int, int]:
    coachee = practice.coachees.create(name)
    t = practice.trajectories.create(coachee.id, "Traject", **fields)
    return coachee.id, t.id


def test_consent_history_newest_counts_and_withdrawal(practice):
    cid, tid = _with_trajectory(practice, "Anna")
    assert practice.consent.current(cid) is None
    assert practice.consent.sponsor_sharing(tid).reason == NO_RECORD
    assert practice.consent.without_record_count() == 1
    practice.consent.record(cid, given_on=date(2025, 1, 1), sponsor_sees="attendance_hours")
    newest = practice.consent.record(
        cid, given_on=date(2025, 6, 1), statement_version="2025-1", sponsor_sees="goal_progress"
    )
    assert practice.consent.current(cid).id == newest.id
    assert len(practice.consent.history(cid)) == 2
    assert practice.consent.sponsor_sharing(tid).parts == {"attendance", "goals"}
    assert practice.consent.without_record_count() == 0
    practice.consent.withdraw(cid, date(2025, 9, 1))
    sharing = practice.consent.sponsor_sharing(tid)
    assert sharing.parts == frozenset() and sharing.reason == WITHDRAWN
    actions = [(line.action, line.counts) for line in practice.audit.lines()]
    assert actions[0] == ("consent", {"withdrawn": 1})
    assert len(actions) == 3


@pytest.mark.parametrize(
    "bad",
    [
        {"sponsor_sees": "everything"},
        {"legal_basis": "because"},
        {"given_on": "gisteren"},
        {"statement_version": "v" * 81},
    ],
)
def test_bad_consent_input_is_a_sentence_and_writes_nothing(practice, bad):
    cid, _tid = _with_trajectory(practice, "Anna")
    with pytest.raises(CoachDeskError) as exc:
        practice.consent.record(cid, **{"given_on": date(2025, 1, 1), **bad})
    assert exc.value.message("nl")
    assert practice.consent.history(cid) == []
    assert practice.audit.lines() == []


def test_a_withdrawal_before_the_consent_is_refused(practice):
    cid, _tid = _with_trajectory(practice, "Anna")
    practice.consent.record(cid, given_on=date(2025, 6, 1))
    with pytest.raises(ValidationError):
        practice.consent.withdraw(cid, date(2025, 1, 1))
    assert practice.consent.current(cid).withdrawn_on is None


def test_due_for_deletion_follows_the_periods(practice):
    today = date(2030, 1, 15)
    running, _ = _with_trajectory(
        practice, "Loopt nog", status="active", start_date=date(2020, 1, 1)
    )
    recent, _ = _with_trajectory(
        practice,
        "Net klaar",
        status="completed",
        start_date=date(2029, 1, 1),
        ended_on=date(2029, 6, 1),
    )
    old, old_t = _with_trajectory(
        practice,
        "Twee jaar",
        status="completed",
        start_date=date(2026, 1, 1),
        ended_on=date(2027, 3, 1),
    )
    practice.sessions.create(old_t, datetime(2027, 12, 1, 10))  # the last session counts
    ancient, _ = _with_trajectory(
        practice,
        "Zeven jaar",
        status="completed",
        start_date=date(2021, 1, 1),
        ended_on=date(2022, 1, 1),
    )
    due = {d.coachee_id: d for d in practice.retention.due(today)}
    assert set(due) == {old, ancient}
    assert due[old].kind == "notes" and due[old].ended_on == date(2027, 12, 1)
    assert due[old].due_on == date(2029, 12, 1)
    assert due[ancient].kind == "administration"
    assert practice.retention.due_count(today) == 2
    assert running not in due and recent not in due

    practice.privacy.anonymise_coachee(old)  # anonymised: not due again until 7 years
    assert {d.coachee_id for d in practice.retention.due(today)} == {ancient}
    practice.retention.set_periods(1, 3)
    assert {d.coachee_id: d.kind for d in practice.retention.due(date(2031, 1, 15))} == {
        recent: "notes",
        old: "administration",
        ancient: "administration",
    }
    assert practice.audit.lines()[0].action == "retention"


@pytest.mark.parametrize(("notes", "admin"), [(0, 7), (2, 1), (2, 101), (True, 7), ("2", 7)])
def test_bad_retention_periods_are_refused(practice, notes, admin):
    with pytest.raises(ValidationError) as exc:
        practice.retention.set_periods(notes, admin)
    assert exc.value.message("nl")
    assert practice.retention.periods() == {"retention.notes_years": 2, "retention.admin_years": 7}


def test_the_audit_trail_holds_no_content(practice):
    practice.audit.record("export_pdf", ["0" * 32], {"pages": 3})
    for bad in (
        ("export pdf met Zoë", [], {}),
        ("export_pdf", ["Zoë de Bruïne"], {}),
        ("export_pdf", [], {"pages": "drie"}),
        ("export_pdf", [], {"notitie over burn-out": 1}),
    ):
        with pytest.raises(ValueError):
            practice.audit.record(*bad)
    assert [(x.action, x.uids, x.counts) for x in practice.audit.lines()] == [
        ("export_pdf", ("0" * 32,), {"pages": 3})
    ]
