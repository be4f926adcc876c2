"""Plan a session ahead, or move one: date and time, duration, mode, location."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QSpinBox, QWidget

from coachdesk.core.models import SESSION_MODES, CoachingSession
from coachdesk.ui import lang
from coachdesk.ui.labels import session_mode
from coachdesk.ui.widgets.form import FormDialog

if TYPE_CHECKING:
    from coachdesk.core.practice import Practice


class SessionPlanDialog(FormDialog):
    """``session`` None: plan a new one in ``trajectory_id``; else move ``session``."""

    def __init__(
        self,
        practice: Practice,
        trajectory_id: int,
        session: CoachingSession | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.practice, self.trajectory_id, self.session = practice, trajectory_id, session
        self.setWindowTitle(
            self.tr("Plan a session") if session is None else self.tr("Move session")
        )
        self.starts_at = QDateTimeEdit()
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat(f"{lang.DATE_FORMAT}  HH:mm")
        self.starts_at.setLocale(lang.qlocale(lang.current()))
        self.duration = QSpinBox()
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.mode = QComboBox()
        for mode in SESSION_MODES:
            self.mode.addItem(session_mode(mode), mode)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. town hall, room 2.14"))
        self.add_field("starts_at", self.tr("Date and time"), self.starts_at, aliases=("session",))
        self.add_field(
            "duration_minutes", self.tr("Duration"), self.duration, aliases=("duration",)
        )
        self.add_field("mode", self.tr("Mode"), self.mode)
        self.add_field("location", self.tr("Location"), self.location)
        if session is not None:
            start, minutes = session.starts_at, session.duration_minutes
            self.mode.setCurrentIndex(max(0, self.mode.findData(session.mode)))
            self.location.setText(session.location)
        else:
            start, minutes = self._suggestion()
        self.starts_at.setDateTime(QDateTime(start))
        self.duration.setValue(minutes)
        self.validate()

    def _suggestion(self) -> tuple[datetime, int]:
        """A week after the latest session, same time; else next working day at 10:00."""
        sessions = self.practice.sessions.list(self.trajectory_id)
        if sessions:
            latest = sessions[-1]
            start = max(latest.starts_at + timedelta(weeks=1), datetime.now())
            self.mode.setCurrentIndex(max(0, self.mode.findData(latest.mode)))
            self.location.setText(latest.location)
            start = start.replace(hour=latest.starts_at.hour, minute=latest.starts_at.minute)
            return start, latest.duration_minutes
        day = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day, 60

    def values(self) -> dict[str, object]:
        return {
            "starts_at": self.starts_at.dateTime().toPython().replace(second=0, microsecond=0),
            "duration_minutes": self.duration.value(),
            "mode": self.mode.currentData(),
            "location": self.location.text(),
        }

    def submit(self) -> CoachingSession:
        if self.session is None:
            return self.practice.sessions.plan(self.trajectory_id, **self.values())  # type: ignore[arg-type]
        return self.practice.sessions.reschedule(self.session.id, **self.values())  # type: ignore[arg-type]
