"""Create or edit a trajectory: title, sponsor, intake question, contract, dates, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from coachdesk.core import validation as v
from coachdesk.core.fields import TRAJECTORY
from coachdesk.core.formatting import parse_number
from coachdesk.core.models import TRAJECTORY_STATUSES, Trajectory
from coachdesk.core.practice import Practice
from coachdesk.errors import ValidationError
from coachdesk.ui import lang
from coachdesk.ui.labels import trajectory_status
from coachdesk.ui.widgets.date_field import OptionalDateEdit
from coachdesk.ui.widgets.form import FormDialog


class TrajectoryDialog(FormDialog):
    def __init__(
        self,
        practice: Practice,
        coachee_id: int,
        trajectory: Trajectory | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.practice = practice
        self.coachee_id = coachee_id
        self.trajectory = trajectory
        self.setWindowTitle(self.tr("Edit trajectory") if trajectory else self.tr("New trajectory"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Leadership in change"))
        self.sponsor = QComboBox(self)
        self.new_sponsor = QPushButton(self.tr("New sponsor…"), self)
        sponsor_row = QWidget(self)
        row = QHBoxLayout(sponsor_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sponsor, 1)
        row.addWidget(self.new_sponsor)
        self.intake = QPlainTextEdit(self)
        self.intake.setTabChangesFocus(True)
        self.intake.setFixedHeight(80)
        self.sessions = QLineEdit(self)
        self.sessions.setPlaceholderText(self.tr("e.g. 8"))
        self.hours = QLineEdit(self)
        self.hours.setPlaceholderText(self.tr("e.g. 12"))
        self.start = OptionalDateEdit(self)
        self.end = OptionalDateEdit(self)
        self.status = QComboBox(self)
        for status in TRAJECTORY_STATUSES:
            self.status.addItem(trajectory_status(status), status)

        self.add_field(
            "title", self.tr("Title"), self.title, lambda: TRAJECTORY["title"](self.title.text())
        )
        self.add_field("sponsor", self.tr("Sponsor"), sponsor_row, aliases=("sponsor_id",))
        self.add_field(
            "intake_question", self.tr("Intake question"), self.intake, aliases=("text",)
        )
        self.add_field(
            "contracted_sessions",
            self.tr("Contracted sessions"),
            self.sessions,
            lambda: self._number(self.sessions, "contracted_sessions", integer=True),
        )
        self.add_field(
            "contracted_hours",
            self.tr("Contracted hours"),
            self.hours,
            lambda: self._number(self.hours, "contracted_hours"),
        )
        self.add_field("start_date", self.tr("Start date"), self.start)
        self.add_field(
            "planned_end",
            self.tr("Planned end"),
            self.end,
            lambda: v.date_order(self.start.value(), self.end.value()),
        )
        self.add_field("status", self.tr("Status"), self.status)
        self._load_sponsors()
        if trajectory is not None:
            self.title.setText(trajectory.title)
            self._select_sponsor(trajectory.sponsor_id)
            self.intake.setPlainText(trajectory.intake_question)
            self.sessions.setText(lang.fmt_number(trajectory.contracted_sessions))
            self.hours.setText(lang.fmt_number(trajectory.contracted_hours, 2))
            self.start.set_value(trajectory.start_date)
            self.end.set_value(trajectory.planned_end)
            self.status.setCurrentIndex(TRAJECTORY_STATUSES.index(trajectory.status))
        self.new_sponsor.clicked.connect(self._add_sponsor)
        for edit in (self.title, self.sessions, self.hours):
            edit.textChanged.connect(self.validate)
        self.start.changed.connect(self.validate)
        self.end.changed.connect(self.validate)
        self.resize(520, self.sizeHint().height())
        self.validate()
        self.title.setFocus()

    def _load_sponsors(self) -> None:
        self.sponsor.clear()
        self.sponsor.addItem(self.tr("(no sponsor)"), None)
        for sponsor in self.practice.sponsors.list():
            label = sponsor.organisation
            if sponsor.contact_name:
                label += f" — {sponsor.contact_name}"
            self.sponsor.addItem(label, sponsor.id)

    def _select_sponsor(self, sponsor_id: int | None) -> None:
        index = self.sponsor.findData(sponsor_id)
        self.sponsor.setCurrentIndex(max(index, 0))

    def _add_sponsor(self) -> None:
        from coachdesk.ui.dialogs.sponsor_dialog import SponsorDialog

        dialog = SponsorDialog(self.practice, parent=self)
        if dialog.exec():
            self._load_sponsors()
            self._select_sponsor(dialog.result_object.id)

    @staticmethod
    def _number(edit: QLineEdit, field: str, integer: bool = False) -> float | int | None:
        try:
            value = parse_number(edit.text())
        except ValueError:
            raise ValidationError(field=field) from None
        if integer and value is not None and value.is_integer():
            value = int(value)
        return v.non_negative(value, field, integer=integer)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "sponsor_id": self.sponsor.currentData(),
            "intake_question": self.intake.toPlainText(),
            "contracted_sessions": self._number(self.sessions, "contracted_sessions", True),
            "contracted_hours": self._number(self.hours, "contracted_hours"),
            "start_date": self.start.value(),
            "planned_end": self.end.value(),
            "status": self.status.currentData(),
        }

    def submit(self) -> Trajectory:
        values = self.values()
        if self.trajectory is None:
            return self.practice.trajectories.create(self.coachee_id, **values)
        return self.practice.trajectories.update(self.trajectory.id, **values)  # type: ignore[arg-type]
