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
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from coachdesk.ui import lang

if TYPE_CHECKING:
    from coachdesk.ui.main_window import MainWindow


class StatementDialog(QDialog):
    """Which sponsor and period an hours statement covers, with an optional hourly rate
    and the sponsor's PO or reference number."""

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
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0, 10_000)
        self.rate.setDecimals(2)
        self.rate.setPrefix("€ ")
        self.rate.setSpecialValueText(self.tr("no amounts"))  # 0: hours only
        self.reference = QLineEdit()
        self.reference.setMaxLength(80)
        self.reference.setPlaceholderText(self.tr("e.g. PO-2026-17"))
        self.anonymous = QCheckBox(self.tr("Codes instead of names"))
        form = QFormLayout(self)
        form.addRow(self.tr("Sponsor"), self.sponsor)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Hourly rate"), self.rate)
        form.addRow(self.tr("Reference/PO"), self.reference)
        form.addRow("", self.anonymous)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def hourly_rate(self) -> float | None:
        return self.rate.value() or None


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

    def _target(self, name: str, kind: str, *also: str) -> Path | None:
        """Where to save (``also``: other file kinds offered; the name chosen decides)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "ics": self.tr("Calendar files (*.ics)"),
            "pdf": self.tr("PDF files (*.pdf)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            name,
            str(Path(folder) / f"{name}.{kind}"),
            ";;".join(filters[k] for k in (kind, *also)),
        )
        return Path(path) if path else None

    def _saved(self, path: Any) -> None:
        if path is not None:
            self.window.statusBar().showMessage(self.tr("Saved: {path}").format(path=path), 8000)

    def icf_log(self) -> None:
        from coachdesk.report.tables import icf_rows, write_csv

        target = self._target(self.tr("ICF client coaching log"), "csv")
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

        names = {"month": self.tr("hours per month"), "sponsor": self.tr("hours per sponsor")}
        target = self._target(names[by], "csv")
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

        target = self._target(self.tr("CoachDesk calendar"), "ics")
        if target is None:
            return
        facts = self.window.guard(self.window.practice.hours.calendar)
        if facts is not None:
            self._saved(self.window.guard(write_calendar, target, facts, lang.current()))

    def statement(self) -> None:
        p = self.window.practice
        sponsors = self.window.guard(p.sponsors.list) or []
        if not sponsors:
            QMessageBox.information(
                self.window,
                self.tr("Hours statement"),
                self.tr("There is no sponsor yet. Give a trajectory its sponsor first."),
            )
            return
        dialog = StatementDialog(sponsors, self.window)
        self.statement_dialog = dialog  # (tests fill it in)
        if not dialog.exec():
            return
        start, end = dialog.period()
        statement = self.window.guard(p.hours.statement, dialog.sponsor.currentData(), start, end)
        if statement is None:
            return
        name = self.tr("Hours statement {sponsor}").format(sponsor=statement.sponsor.organisation)
        target = self._target(name, "pdf", "csv")
        if target is not None:
            self._saved(self.write_statement(statement, target, dialog))

    def write_statement(self, statement: Any, target: Path, dialog: StatementDialog) -> Any:
        """The statement as PDF, or as CSV when the name chosen ends in .csv; one line
        in the audit trail once it is written."""
        from coachdesk.report.hours_statement import (
            record_statement,
            statement_pdf,
            write_statement,
        )
        from coachdesk.report.tables import statement_rows, write_csv
        from coachdesk.ui.tasks import run_op

        p, guard, language = self.window.practice, self.window.guard, lang.current()
        rate, anonymous = dialog.hourly_rate(), dialog.anonymous.isChecked()
        if target.suffix.lower() == ".csv":
            rows = statement_rows(statement, language, language, rate, anonymous)
            written = guard(write_csv, target, rows, language)
        else:
            settings = guard(p.settings.all) or {}
            coach = settings.get("coach_name") or settings.get("practice_name") or ""
            reference = dialog.reference.text().strip()
            data = guard(statement_pdf, statement, language, coach, rate, reference, anonymous)
            written = None if data is None else guard(write_statement, target, data)
        if written is not None:
            guard(run_op, record_statement, p, statement)  # the audit trail
        return written
