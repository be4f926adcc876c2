"""The session editor's form cards: the appointment details, and the scores."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coachdesk.core.models import SESSION_MODES, CoachingSession, Goal
from coachdesk.ui.lang import DATE_FORMAT

SCALES = ("scale_progress", "scale_motivation", "scale_confidence")


def _buddy(label: QLabel, field: QWidget) -> QLabel:
    """The label names the field (for a screen reader) and its mnemonic focuses it."""
    label.setBuddy(field)
    return label


class ScoreSpin(QDoubleSpinBox):
    """0-10 (in halves for goal ratings), with "—" for not asked / not rated."""

    def __init__(self, parent: QWidget | None = None, *, halves: bool = False):
        super().__init__(parent)
        self.setDecimals(1 if halves else 0)
        self.setSingleStep(0.5 if halves else 1)
        self.setRange(-0.5 if halves else -1, 10)
        self.setSpecialValueText("—")
        self.setMinimumWidth(70)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def score(self) -> float | None:
        return None if self.value() <= self.minimum() else self.value()

    def set_score(self, value: float | None) -> None:
        self.blockSignals(True)
        self.setValue(self.minimum() if value is None else value)
        self.blockSignals(False)


class DetailsCard(QFrame):
    """Date and time, duration, mode, location, paid. ``changed`` after an edit."""

    changed = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(14)
        self.starts_at = QDateTimeEdit()
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat(f"{DATE_FORMAT}  HH:mm")
        self.starts_at.setLocale(locale)
        self.duration = QSpinBox()
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.mode = QComboBox()
        names = {
            "in_person": self.tr("In person"),
            "online": self.tr("Online"),
            "phone": self.tr("By phone"),
        }
        for mode in SESSION_MODES:
            self.mode.addItem(names[mode], mode)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. town hall, room 2.14"))
        self.paid = QCheckBox(self.tr("Paid (untick for pro bono)"))
        for n, (label, widget) in enumerate(
            (
                (self.tr("Date and time"), self.starts_at),
                (self.tr("Duration"), self.duration),
                (self.tr("Mode"), self.mode),
            )
        ):
            grid.addWidget(_buddy(QLabel(label), widget), 0, n * 2)
            grid.addWidget(widget, 0, n * 2 + 1)
        grid.addWidget(_buddy(QLabel(self.tr("Location")), self.location), 1, 0)
        grid.addWidget(self.location, 1, 1, 1, 3)
        grid.addWidget(self.paid, 1, 4, 1, 2)
        self._loading = False
        for sig in (
            self.starts_at.editingFinished,
            self.duration.editingFinished,
            self.mode.currentIndexChanged,
            self.location.editingFinished,
            self.paid.toggled,
        ):
            sig.connect(self._emit)

    def _emit(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, s: CoachingSession) -> None:
        self._loading = True
        try:
            self.starts_at.setDateTime(QDateTime(s.starts_at))
            self.duration.setValue(s.duration_minutes)
            self.mode.setCurrentIndex(max(0, self.mode.findData(s.mode)))
            self.location.setText(s.location)
            self.paid.setChecked(s.paid)
        finally:
            self._loading = False

    def values(self) -> dict[str, object]:
        return {
            "starts_at": self.starts_at.dateTime().toPython(),
            "duration_minutes": self.duration.value(),
            "mode": self.mode.currentData(),
            "location": self.location.text(),
            "paid": self.paid.isChecked(),
        }


class ScoresCard(QFrame):
    """Scaling questions of the session, and a rating for each open goal."""

    scalesChanged = Signal()
    goalRated = Signal(int, object)  # goal id, rating or None

    def __init__(self, locale: QLocale, parent: QWidget | None = None):
        super().__init__(parent)
        self.locale = locale
        self.setObjectName("card")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(28)
        scales = QFormLayout()
        title = QLabel(self.tr("Scaling questions (0–10)"))
        title.setObjectName("cardTitle")
        scales.addRow(title)
        self.scales: dict[str, ScoreSpin] = {}
        labels = (self.tr("Progress"), self.tr("Motivation"), self.tr("Confidence"))
        for key, label in zip(SCALES, labels, strict=True):
            spin = ScoreSpin()
            spin.setToolTip(self.tr("— means: not asked in this session"))
            spin.valueChanged.connect(lambda _v: self.scalesChanged.emit())
            scales.addRow(label, spin)
            self.scales[key] = spin
        row.addLayout(scales)
        self.goals_form = QFormLayout()
        self.goals_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        goals_title = QLabel(self.tr("Goals: where is the coachee now? (0–10)"))
        goals_title.setObjectName("cardTitle")
        self.goals_form.addRow(goals_title)
        self.goal_spins: dict[int, ScoreSpin] = {}
        row.addLayout(self.goals_form, 1)

    def load(self, s: CoachingSession, goals: list[Goal], ratings: dict[int, float]) -> None:
        for key, spin in self.scales.items():
            spin.set_score(getattr(s, key))
        for goal in goals:
            spin = ScoreSpin(halves=True)
            spin.setLocale(self.locale)
            spin.set_score(ratings.get(goal.id))  # type: ignore[arg-type]
            spin.valueChanged.connect(
                lambda _v, g=goal.id, w=spin: self.goalRated.emit(g, w.score())
            )
            label = QLabel(goal.title)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(spin)  # its accessible name: the goal
            self.goals_form.addRow(label, spin)
            self.goal_spins[goal.id] = spin  # type: ignore[index]
        if not goals:
            hint = QLabel(self.tr("This trajectory has no open goals yet."))
            hint.setObjectName("muted")
            self.goals_form.addRow(hint)

    def scale_values(self) -> dict[str, int | None]:
        return {
            key: None if spin.score() is None else int(spin.score())  # type: ignore[arg-type]
            for key, spin in self.scales.items()
        }
