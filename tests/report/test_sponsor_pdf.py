"""The progress report for the sponsor: only what the coachee agreed to share
(report.consent.sponsor_consent, patched here to each level), never notes."""

from __future__ import annotations

from datetime import date

import pytest

from coachdesk.errors import ExportError
from coachdesk.report import consent
from coachdesk.report.trajectory_pdf import render_trajectory_pdf
from tests.report.pdf_helpers import (
    NOW,
    PRIVATE_MARKER,
    SHARED_MARKER,
    all_stream_bytes,
    flat,
    make_trajectory,
    text_of,
)
from tests.report.ua_helpers import pdfua_findings, structure

LEVELS = {
    "nothing": frozenset(),
    "attendance": frozenset({"attendance"}),
    "default": consent.DEFAULT,
    "everything": frozenset(consent.SHAREABLE),
}


@pytest.fixture
def trajectory(practice) -> int:
    tid = make_trajectory(practice, sessions=5)
    practice.trajectories.update(tid, closing_evaluation="Samenvatting: SAMENVATTING-MARKER.")
    return tid


def _sponsor(practice, tid, monkeypatch, level: str, lang: str = "nl") -> bytes:
    monkeypatch.setattr(consent, "sponsor_consent", lambda practice, tid: LEVELS[level])
    monkeypatch.setattr(consent, "sponsor_reason", lambda practice, tid, lang: "")
    return render_trajectory_pdf(practice, tid, lang=lang, now=NOW, audience="sponsor").data


def test_without_a_consent_record_the_sponsor_sees_nothing_and_is_told_why(practice, trajectory):
    assert consent.sponsor_consent(practice, trajectory) == frozenset()
    data = render_trajectory_pdf(practice, trajectory, now=NOW, audience="sponsor").data
    text = flat(text_of(data))
    assert "Er is geen toestemming van de coachee vastgelegd" in text
    assert "Aanwezigheid en uren" not in text and "Grenzen stellen" not in text


@pytest.mark.parametrize(
    ("level", "parts"),
    [
        ("nothing", set()),
        ("attendance_hours", {"attendance"}),
        ("goal_progress", {"attendance", "goals"}),
        ("read_summary", {"attendance", "goals", "summary"}),
    ],
)
def test_the_consent_record_decides_what_the_sponsor_sees(practice, trajectory, level, parts):
    coachee_id = practice.trajectories.get(trajectory).coachee_id
    practice.consent.record(
        coachee_id, given_on=date(2025, 1, 6), statement_version="v2", sponsor_sees=level
    )
    assert consent.sponsor_consent(practice, trajectory) == parts
    text = flat(
        text_of(render_trajectory_pdf(practice, trajectory, now=NOW, audience="sponsor").data)
    )
    assert "Volgens de toestemming van de coachee van ma 6 jan 2025 (privacyverklaring v2)" in text
    assert ("Grenzen stellen" in text) == ("goals" in parts)
    assert ("SAMENVATTING-MARKER" in text) == ("summary" in parts)


def test_consent_nothing_keeps_every_sponsor_export_free_of_notes_and_goals(
    practice, trajectory, tmp_path
):
    from coachdesk.report.hours_statement import statement_pdf
    from coachdesk.report.tables import statement_rows, write_csv

    tr_ = practice.trajectories.get(trajectory)
    practice.consent.record(tr_.coachee_id, given_on=date(2025, 1, 6), sponsor_sees="nothing")
    pdf = render_trajectory_pdf(practice, trajectory, now=NOW, audience="sponsor").data
    statement = practice.hours.statement(tr_.sponsor_id, date(2025, 1, 1), date(2025, 12, 31))
    exports = {
        "sponsor.pdf": flat(text_of(pdf)),
        "statement.pdf": flat(text_of(statement_pdf(statement, "nl"))),
        "statement.csv": write_csv(
            tmp_path / "s.csv", statement_rows(statement, "nl", "nl"), "nl"
        ).read_text(encoding="utf-8-sig"),
    }
    assert len(statement.lines) == 5
    for name, text in exports.items():
        for secret in (PRIVATE_MARKER, SHARED_MARKER, "Grenzen stellen", "Afspraak 1", "punt één"):
            assert secret not in text, (name, secret)
        assert "Eerste score" not in text and "Doelen en voortgang" not in text, name
    for name in ("statement.pdf", "statement.csv"):  # a code instead of the name
        assert "Zoë de Bruïne" not in exports[name] and f"C-{tr_.coachee_id:04d}" in exports[name]
        assert "Leidinggeven in verandering" not in exports[name]  # the title says much too
        assert "geen toestemming" in exports[name], name  # and it says why
    assert "Aanwezigheid en uren" not in exports["sponsor.pdf"]
    assert "Niet gedeeld" in exports["sponsor.pdf"]


def test_a_withdrawal_shares_nothing_from_then_on(practice, trajectory):
    coachee_id = practice.trajectories.get(trajectory).coachee_id
    practice.consent.record(coachee_id, given_on=date(2025, 1, 6), sponsor_sees="read_summary")
    practice.consent.withdraw(coachee_id, date(2025, 6, 1))
    assert consent.sponsor_consent(practice, trajectory) == frozenset()
    text = flat(
        text_of(render_trajectory_pdf(practice, trajectory, now=NOW, audience="sponsor").data)
    )
    assert "ingetrokken op zo 1 jun 2025" in text and "SAMENVATTING-MARKER" not in text


@pytest.mark.parametrize("level", sorted(LEVELS))
def test_no_session_note_ever_reaches_the_sponsor(practice, trajectory, monkeypatch, level):
    data = _sponsor(practice, trajectory, monkeypatch, level)
    text = flat(text_of(data))
    assert SHARED_MARKER not in text and PRIVATE_MARKER not in text
    assert "punt één" not in text and "rust in mijn team" not in text  # notes, intake
    assert "Afspraak 1" not in text  # agreements are the coachee's
    for stream in all_stream_bytes(data):
        assert PRIVATE_MARKER.encode() not in stream
    assert "Verslagen van sessies en persoonlijke notities staan er niet in" in text
    assert pdfua_findings(data) == []
    structure(data)


def test_each_consent_level_shows_what_it_allows(practice, trajectory, monkeypatch):
    nothing = flat(text_of(_sponsor(practice, trajectory, monkeypatch, "nothing")))
    assert "Aanwezigheid en uren" not in nothing and "Grenzen stellen" not in nothing
    assert "geen toestemming" in nothing and "aanwezigheid en uren" in nothing

    attendance = flat(text_of(_sponsor(practice, trajectory, monkeypatch, "attendance")))
    assert "Aanwezigheid en uren" in attendance and "5 van 8" in attendance
    assert "Grenzen stellen" not in attendance
    assert "de doelen en hun voortgang" in attendance.split("geen toestemming")[1]

    default = flat(text_of(_sponsor(practice, trajectory, monkeypatch, "default")))
    assert "Doelen en voortgang" in default and "Grenzen stellen" in default
    assert "Eerste score 3, laatste score 5" in default
    assert "SAMENVATTING-MARKER" not in default
    assert "Ik zeg vaker" not in default  # a goal's description stays with the coachee

    everything = flat(text_of(_sponsor(practice, trajectory, monkeypatch, "everything")))
    assert "SAMENVATTING-MARKER" in everything and "geen toestemming" not in everything


def test_the_sponsor_report_in_english(practice, trajectory, monkeypatch):
    data = _sponsor(practice, trajectory, monkeypatch, "default", lang="en")
    text = flat(text_of(data))
    assert "Progress report" in text and "Attendance and hours" in text
    assert "Session notes and private notes are not included" in text
    assert pdfua_findings(data) == []
    with structure(data).pdf.open_metadata() as meta:
        assert meta["dc:title"].startswith("Progress report Zoë de Bruïne")


def test_without_a_sponsor_there_is_no_sponsor_report(practice):
    coachee = practice.coachees.create("Zonder Opdrachtgever")
    tid = practice.trajectories.create(coachee.id, "Eigen traject").id
    with pytest.raises(ExportError) as exc:
        render_trajectory_pdf(practice, tid, now=NOW, audience="sponsor")
    assert "geen opdrachtgever" in exc.value.message("nl")


def test_sections_are_for_the_coachees_pdf_only(practice, trajectory):
    with pytest.raises(ExportError) as exc:
        render_trajectory_pdf(practice, trajectory, sections="goals", audience="sponsor")
    assert "--sections" in exc.value.message("en")
