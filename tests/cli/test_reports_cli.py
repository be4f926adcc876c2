"""Practice reports from the command line, read back by parsers nobody here wrote."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar
import recurring_ical_events
from pypdf import PdfReader

from coachdesk.core.practice import Practice
from tests.cli.test_cli import run


def _practice(folder: Path) -> dict[str, int]:
    with Practice.open(str(folder)) as p:
        gem = p.sponsors.create("Gemeente Utrecht")
        c = p.coachees.create("Annelies de Boer", email="annelies@utrecht.example")
        t = p.trajectories.create(c.id, "Leiderschap", sponsor_id=gem.id, status="active")
        p.sessions.create(
            t.id,
            datetime(2025, 12, 29, 10),
            duration_minutes=90,
            status="held",
            private_notes="geheim-privé",
        )
        p.sessions.create(t.id, datetime(2026, 1, 5, 10), paid=False, status="held")
        ahead = p.sessions.plan(
            t.id,
            datetime.now().replace(microsecond=0) + timedelta(days=3),
            location="Stadskantoor",
            shared_notes="gedeelde tekst",
        )
        gone = p.sessions.plan(t.id, datetime.now().replace(microsecond=0) + timedelta(days=10))
        p.sessions.cancel(gone.id, by="coachee")
        return {"sponsor": gem.id, "ahead": ahead.id, "gone": gone.id, "trajectory": t.id}


def _csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents
    text = raw.decode("utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0] + "\n" + text.splitlines()[1])
    return list(csv.reader(io.StringIO(text), dialect))


def test_hours_csv_opens_in_a_dutch_excel(tmp_path: Path):
    _practice(tmp_path / "data")
    out = tmp_path / "uren.csv"
    result = run("hours", str(out), "--by", "month", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    rows = _csv(out)
    assert rows[0][:3] == ["Maand", "Betaalde uren", "Pro-bono-uren"]
    by_month = {r[0]: r for r in rows[1:]}
    assert by_month["2025-12"][1] == "1,50" and by_month["2026-01"][2] == "1,00"
    assert rows[-1][0] == "Totaal" and rows[-1][1] == "1,50"
    english = tmp_path / "hours.csv"
    run(
        "hours",
        str(english),
        "--by",
        "year",
        "--excel",
        "en",
        data_dir=tmp_path / "data",
        lang="en",
    )
    rows = _csv(english)
    assert rows[0][0] == "Year" and {r[0]: r[1] for r in rows}["2025"] == "1.50"


def test_icf_log_has_the_client_log_columns_and_totals(tmp_path: Path):
    _practice(tmp_path / "data")
    out = tmp_path / "icf.csv"
    assert run("icf-log", str(out), data_dir=tmp_path / "data").returncode == 0
    rows = _csv(out)
    assert rows[1][0] == "Annelies de Boer" and "annelies@utrecht.example" in rows[1][1]
    assert rows[1][4:8] == ["29-12-2025", "05-01-2026", "1,50", "1,00"]
    anonymous = tmp_path / "icf-anon.csv"
    run(
        "icf-log", str(anonymous), "--anonymous", "--from", "2025-01-01", data_dir=tmp_path / "data"
    )
    text = anonymous.read_text(encoding="utf-8-sig")
    assert "Annelies" not in text and "annelies@" not in text and "C-0001" in text


def test_calendar_reads_in_two_parsers_with_stable_uids_and_no_notes(tmp_path: Path):
    ids = _practice(tmp_path / "data")
    out = tmp_path / "agenda.ics"
    assert run("calendar", str(out), data_dir=tmp_path / "data").returncode == 0
    raw = out.read_bytes()
    assert b"geheim" not in raw and b"gedeelde" not in raw and b"Annelies" not in raw
    cal = icalendar.Calendar.from_ical(raw)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert len(events) == 2
    statuses = sorted(str(e["STATUS"]) for e in events.values())
    assert statuses == ["CANCELLED", "CONFIRMED"]
    confirmed = next(e for e in events.values() if str(e["STATUS"]) == "CONFIRMED")
    assert str(confirmed["SUMMARY"]) == "Coaching — A. de B."
    assert str(confirmed["LOCATION"]) == "Stadskantoor"
    window = recurring_ical_events.of(cal).between(date.today(), date.today() + timedelta(days=30))
    assert len(window) == 2 and all(e["DTSTART"].dt.tzinfo is not None for e in window)

    with Practice.open(str(tmp_path / "data")) as p:  # move a session, export again
        p.sessions.reschedule(
            ids["ahead"], starts_at=datetime.now().replace(microsecond=0) + timedelta(days=4)
        )
    again = tmp_path / "agenda2.ics"
    run("calendar", str(again), data_dir=tmp_path / "data")
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(again.read_bytes()).walk("VEVENT")}
    assert uids == set(events)  # a re-import updates, never duplicates


def test_statement_pdf_and_csv_for_a_sponsor(tmp_path: Path):
    ids = _practice(tmp_path / "data")
    pdf = tmp_path / "uren.pdf"
    result = run(
        "statement",
        str(ids["sponsor"]),
        str(pdf),
        "--from",
        "2025-12-01",
        "--to",
        "2026-01-31",
        "--rate",
        "110",
        "--reference",
        "PO-2026-17",
        data_dir=tmp_path / "data",
    )
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Urenspecificatie" in text and "Gemeente Utrecht" in text and "PO-2026-17" in text
    # 1.5 h x 110; the pro-bono hour is listed without an amount, not charged
    assert "29-12-2025" in text and "165,00" in text and "pro bono" in text
    assert "275,00" not in text
    assert "geheim" not in text
    out = tmp_path / "uren.csv"
    run(
        "statement",
        str(ids["sponsor"]),
        str(out),
        "--from",
        "01-12-2025",
        "--to",
        "31-01-2026",
        "--anonymous",
        data_dir=tmp_path / "data",
    )
    rows = _csv(out)
    assert [r[1] for r in rows[1:-1]] == ["C-0001", "C-0001"] and rows[-1][4] == "2,50"
