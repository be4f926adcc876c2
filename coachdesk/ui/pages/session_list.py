"""The sessions of a trajectory on the dashboard: open one to write its notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui import lang
from coachdesk.ui.icons import icon
from coachdesk.ui.labels import session_mode

if TYPE_CHECKING:
    from coachdesk.core.models import CoachingSession

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionList(QWidget):
    sessionActivated = Signal(int)  # noqa: N815 - session id
    newSessionRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("sessionList")
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(120)
        self.list.itemActivated.connect(self._activated)
        self.new_button = QPushButton(icon("note"), self.tr("New session"), self)
        self.new_button.setObjectName("newSessionButton")
        self.new_button.clicked.connect(self.newSessionRequested)
        self.open_button = QPushButton(self.tr("Open notes"), self)
        self.open_button.setObjectName("openSessionButton")
        self.open_button.clicked.connect(self._open_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def fill(self, sessions: Sequence[CoachingSession], contracted: int | None) -> None:
        self.list.clear()
        now = datetime.now()
        total = max(contracted or 0, len(sessions))  # never "session 6 of 3"
        for number, s in enumerate(sessions, start=1):
            parts = [
                self.tr("Session {n} of {total}").format(n=number, total=total),
                lang.fmt_datetime(s.starts_at),
                session_mode(s.mode),
                self.tr("{minutes} min").format(minutes=s.duration_minutes),
            ]
            if s.starts_at > now:
                parts.append(self.tr("planned"))
            elif not (s.shared_notes.strip() or s.private_notes.strip()):
                parts.append(self.tr("no notes yet"))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(SESSION_ID_ROLE, s.id)
            self.list.addItem(item)
        # The most recent held session first in view: that is the one a coach reopens.
        held = [n for n, s in enumerate(sessions) if s.starts_at <= now]
        if sessions:
            self.list.setCurrentRow(held[-1] if held else 0)
        self.open_button.setEnabled(bool(sessions))
        visible = min(max(len(sessions), 3), 8)
        self.list.setFixedHeight(visible * self.list.sizeHintForRow(0) + 6 if sessions else 60)

    def session_ids(self) -> list[int]:
        return [self.list.item(n).data(SESSION_ID_ROLE) for n in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self.sessionActivated.emit(item.data(SESSION_ID_ROLE))

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._activated(item)
