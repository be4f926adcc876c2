"""Close a trajectory: when and how it ended, the evaluations, what happens to the
agreements still open, and a last rating per goal. All of it is written at once."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coachdesk.core.records import TrajectoryOverview
from coachdesk.ui import lang
from coachdesk.ui.widgets.form import FormDialog

if TYPE_CHECKING:
    from coachdesk.core.models import Trajectory
    from coachdesk.core.practice import Practice


def _text_box(text: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(72)
    return box


class CloseTrajectoryDialog(FormDialog):
    def __init__(
        self, practice: Practice, overview: TrajectoryOverview, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.practice, self.overview = practice, overview
        t = overview.trajectory
        self.setWindowTitle(self.tr("Close trajectory — {title}").format(title=t.title))
        self.outcome = QComboBox()
        for key, text in (
            ("completed", self.tr("Completed")),
            ("ended_early", self.tr("Ended early")),
            ("cancelled", self.tr("Cancelled")),
        ):
            self.outcome.addItem(text, key)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it ended early (needed for “Ended early”)"))
        self.ended_on = QDateEdit(QDate.currentDate())
        self.ended_on.setCalendarPopup(True)
        self.ended_on.setDisplayFormat(lang.DATE_FORMAT)
        last = overview.last_session
        if last is not None and last.starts_at.date() <= date.today():
            self.ended_on.setDate(QDate(last.starts_at.date()))
        self.evaluation = _text_box(t.closing_evaluation, self.tr("What changed, what worked"))
        self.coachee_words = _text_box(
            t.coachee_evaluation, self.tr("The coachee's own words (optional)")
        )
        self.sponsor_words = _text_box(
            t.sponsor_evaluation, self.tr("The sponsor's view (optional)")
        )
        self.add_field("outcome", self.tr("Outcome"), self.outcome)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.add_field("ended_on", self.tr("End date"), self.ended_on)
        self.add_field("evaluation", self.tr("Your evaluation"), self.evaluation)
        self.add_field("coachee_evaluation", self.tr("Coachee"), self.coachee_words)
        self.add_field("sponsor_evaluation", self.tr("Sponsor"), self.sponsor_words)
        self.fates: dict[int, QComboBox] = {}
        if overview.open_agreements:
            box = QGroupBox(self.tr("Agreements still open"), self)
            grid = QGridLayout(box)
            for row, a in enumerate(overview.open_agreements):
                label = QLabel(a.text)
                label.setWordWrap(True)
                fate = QComboBox()
                fate.addItem(self.tr("Done"), "done")
                fate.addItem(self.tr("Not done"), "dropped")
                fate.addItem(self.tr("Carry over (stays open)"), "carry")
                fate.setAccessibleName(self.tr("What happens to: {text}").format(text=a.text))
                label.setBuddy(fate)
                grid.addWidget(label, row, 0)
                grid.addWidget(fate, row, 1)
                self.fates[a.id] = fate  # type: ignore[index]
            grid.setColumnStretch(0, 1)
            self.add_field("agreements", "", box, aliases=("agreement",))
        self.finals: dict[int, tuple[QCheckBox, QDoubleSpinBox]] = {}
        goals = [g for g in overview.goals if g.goal.status == "open" or g.ratings]
        if goals:
            box = QGroupBox(self.tr("A last rating per goal (optional)"), self)
            grid = QGridLayout(box)
            for row, progress in enumerate(goals):
                check = QCheckBox(progress.goal.title)
                value = QDoubleSpinBox(minimum=0, maximum=10, singleStep=0.5, decimals=1)
                value.setValue(progress.latest if progress.latest is not None else 5)
                value.setEnabled(False)
                value.setAccessibleName(
                    self.tr("Last rating of {goal}").format(goal=progress.goal.title)
                )
                check.toggled.connect(value.setEnabled)
                grid.addWidget(check, row, 0)
                grid.addWidget(value, row, 1)
                self.finals[progress.goal.id] = (check, value)  # type: ignore[index]
            grid.setColumnStretch(0, 1)
            self.add_field("goal", "", box)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.reason.textChanged.connect(lambda _t: self.validate())
        self._outcome_changed()
        self.save_button.setText(self.tr("Close trajectory"))
        self.resize(620, self.sizeHint().height())

    def _outcome_changed(self) -> None:
        self.reason.setEnabled(self.outcome.currentData() == "ended_early")
        self.validate()

    def submit(self) -> Trajectory:
        t = self.overview.trajectory
        return self.practice.trajectories.close(
            t.id,  # type: ignore[arg-type]
            outcome=self.outcome.currentData(),
            reason=self.reason.text() if self.reason.isEnabled() else "",
            ended_on=self.ended_on.date().toPython(),  # type: ignore[arg-type]
            evaluation=self.evaluation.toPlainText(),
            coachee_evaluation=self.coachee_words.toPlainText(),
            sponsor_evaluation=self.sponsor_words.toPlainText(),
            agreements={aid: box.currentData() for aid, box in self.fates.items()},
            ratings={gid: v.value() for gid, (c, v) in self.finals.items() if c.isChecked()},
        )
