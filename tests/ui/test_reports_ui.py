"""Reports > Hours statement for a sponsor, driven in the window: the rate and PO number
reach the PDF, a .csv name gives the CSV, the audit trail gets its line, and without a
sponsor the coach is told why nothing happens."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coachdesk.ui.reports_ui import StatementDialog
from tests.report.pdf_helpers import flat, text_of


def _sponsored(practice) -> None:
    sponsor = practice.sponsors.create("Provincie Gelderland")
    coachee = practice.coachees.create("Sanne Bakker")
    t = practice.trajectories.create(coachee.id, "Leiderschap", sponsor_id=sponsor.id)
    for n in range(3):
        practice.sessions.create(
            t.id, datetime(2026, 3, 2 + n, 10), duration_minutes=50, status="held"
        )


def _fill(monkeypatch, rate: float, reference: str) -> None:
    def exec_filled(dialog: StatementDialog) -> int:
        dialog.start.setDate(QDate(2026, 1, 1))
        dialog.end.setDate(QDate(2026, 12, 31))
        dialog.rate.setValue(rate)
        dialog.reference.setText(reference)
        return 1

    monkeypatch.setattr(StatementDialog, "exec", exec_filled)


def _save_as(monkeypatch, path: Path, seen: list) -> None:
    def save(_parent, title, suggested, filters):  # noqa: ANN001, ANN202
        seen.append((title, suggested, filters))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)


def test_the_statement_pdf_carries_the_rate_and_po_number(window, monkeypatch, tmp_path, dutch):
    _sponsored(window.practice)
    _fill(monkeypatch, 95.0, "PO-2026-17")
    seen: list = []
    _save_as(monkeypatch, tmp_path / "urenspecificatie.pdf", seen)
    window.reports.actions["statement"].trigger()
    (title, suggested, filters) = seen[0]
    assert title == "Urenspecificatie Provincie Gelderland"
    assert suggested.endswith("Urenspecificatie Provincie Gelderland.pdf")
    assert "PDF" in filters and "CSV" in filters
    text = flat(text_of(tmp_path / "urenspecificatie.pdf"))
    assert "PO-2026-17" in text and "€ 95,00" in text and "237,51" in text
    assert window.practice.audit.lines()[0].action == "export_statement"


def test_a_csv_name_writes_the_statement_as_csv(window, monkeypatch, tmp_path, dutch):
    _sponsored(window.practice)
    _fill(monkeypatch, 0.0, "")  # no rate: hours only
    out = tmp_path / "uren.csv"
    _save_as(monkeypatch, out, [])
    window.reports.actions["statement"].trigger()
    text = out.read_text("utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0])
    rows = list(csv.reader(text.splitlines(), dialect))
    assert dialect.delimiter == ";" and rows[0][0] == "Datum" and len(rows[0]) == 5  # no amount
    assert rows[1][0] == "02-03-2026" and rows[1][4] == "0,83"


def test_without_a_sponsor_the_coach_is_told_why(window, monkeypatch, dutch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(
        StatementDialog, "exec", lambda _d: (_ for _ in ()).throw(AssertionError("asked"))
    )
    window.reports.actions["statement"].trigger()
    assert told and "nog geen opdrachtgever" in told[0]
