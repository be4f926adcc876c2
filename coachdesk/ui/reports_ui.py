"""Reports in the window (menu Reports): the ICF client coaching log, hours per month or
sponsor, the calendar of planned sessions, and a sponsor's hours statement. The same
writers as the command line (report/tables.py, calendar_ics.py, hours_statement.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from coachdesk.ui import lang

if TYPE_CHECKING:
    from coachdesk.ui.main_window import MainWindow


class StatementDialog(QDialog):
    """Which sponsor and period an hours statement covers."""

    def __init__(self, sponsors: list[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hours statement"))
        self.sponsor = QComboBox()
        for s in sponsors:
            self.sponsor.addItem(s.organisation, s.id)
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-1))
        self.end = QDateEdit(QDate(today.year(), today.month(), 1).addDays(-1))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(lang.DATE_FORMAT)
        self.anonymous = QCheckBox(self.tr("Codes instead of names"))
        form = QFormLayout(self)
        form.addRow(self.tr("Sponsor"), self.sponsor)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow("", self.anonymous)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]


class Reports(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("&Reports"))
        menu.setObjectName("reportsMenu")
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("icf_log", self.tr("ICF client coaching log…"), self.icf_log),
            ("hours_month", self.tr("Hours per month…"), lambda: self.hours("month")),
            ("hours_sponsor", self.tr("Hours per sponsor…"), lambda: self.hours("sponsor")),
            ("calendar", self.tr("Calendar of planned sessions…"), self.calendar),
            ("statement", self.tr("Hours statement for a sponsor…"), self.statement),
        ):
            action = QAction(text, window)
            action.setObjectName(f"action_report_{key}")
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[key] = action

    def _target(self, name: str, kind: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "ics": self.tr("Calendar files (*.ics)"),
            "pdf": self.tr("PDF files (*.pdf)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self.window, name, str(Path(folder) / f"{name}.{kind}"), filters[kind]
        )
        return Path(path) if path else None

    def _saved(self, path: Any) -> None:
        if path is not None:
            self.window.statusBar().showMessage(self.tr("Saved: {path}").format(path=path), 8000)

    def icf_log(self) -> None:
        from coachdesk.report.tables import icf_rows, write_csv

        target = self._target("ICF client coaching log", "csv")
        if target is None:
            return
        p = self.window.practice
        clients = self.window.guard(p.hours.icf_log)
        if clients is not None:
            excel = lang.current()
            self._saved(
                self.window.guard(write_csv, target, icf_rows(clients, excel, excel), excel)
            )

    def hours(self, by: str) -> None:
        from coachdesk.report.tables import hours_rows, write_csv

        target = self._target(f"hours-{by}", "csv")
        if target is None:
            return
        rows = self.window.guard(self.window.practice.hours.summary, by)
        if rows is not None:
            excel = lang.current()
            self._saved(
                self.window.guard(write_csv, target, hours_rows(rows, by, excel, excel), excel)
            )

    def calendar(self) -> None:
        from coachdesk.report.calendar_ics import write_calendar

        target = self._target("coachdesk-agenda", "ics")
        if target is None:
            return
        facts = self.window.guard(self.window.practice.hours.calendar)
        if facts is not None:
            self._saved(self.window.guard(write_calendar, target, facts, lang.current()))

    def statement(self) -> None:
        from coachdesk.report.hours_statement import statement_pdf, write_statement

        p = self.window.practice
        sponsors = self.window.guard(p.sponsors.list) or []
        dialog = StatementDialog(sponsors, self.window)
        if not sponsors or not dialog.exec():
            return
        start, end = dialog.period()
        sponsor_id = dialog.sponsor.currentData()
        statement = self.window.guard(p.hours.statement, sponsor_id, start, end)
        if statement is None:
            return
        target = self._target(f"urenspecificatie {statement.sponsor.organisation}", "pdf")
        if target is None:
            return
        settings = self.window.guard(p.settings.all) or {}
        coach = settings.get("coach_name") or settings.get("practice_name") or ""
        data = statement_pdf(
            statement, lang.current(), coach, anonymous=dialog.anonymous.isChecked()
        )
        written = self.window.guard(write_statement, target, data)
        if written is not None:
            from coachdesk.report.hours_statement import record_statement

            record_statement(p, statement)  # the audit trail
        self._saved(written)
