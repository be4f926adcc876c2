"""The sessions of a trajectory on the dashboard: open one to write its notes, plan one
ahead, mark one held, cancelled or a no-show, move it, or remove it (buttons and a
context menu; the window runs what is asked, see ui/lifecycle.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
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


def status_text(session: CoachingSession, now: datetime) -> str:
    """How a session stands, in words ("" for one held with notes)."""
    if session.status == "planned":
        if session.starts_at > now:
            return QCoreApplication.translate("SessionList", "planned")
        return QCoreApplication.translate("SessionList", "to confirm: held?")
    if session.status == "cancelled":
        if session.cancelled_by == "coachee":
            return QCoreApplication.translate("SessionList", "cancelled by the coachee")
        return QCoreApplication.translate("SessionList", "cancelled by the coach")
    if session.status == "no_show":
        if session.charged:
            return QCoreApplication.translate("SessionList", "no-show")
        return QCoreApplication.translate("SessionList", "no-show, not charged")
    if not (session.shared_notes.strip() or session.private_notes.strip()):
        return QCoreApplication.translate("SessionList", "no notes yet")
    return ""


class SessionList(QWidget):
    sessionActivated = Signal(int)  # noqa: N815 - session id
    newSessionRequested = Signal()  # noqa: N815
    planRequested = Signal()  # noqa: N815 - plan a session ahead
    # (action, session id): "held", "cancel_coachee", "cancel_coach", "no_show",
    # "no_show_free", "replan", "reschedule", "delete"
    sessionAction = Signal(str, int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("sessionList")
        self.list.setAccessibleName(self.tr("Sessions"))
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(120)
        # Every row is one line in the same font: the view lays out 60 sessions without
        # asking each row for its size.
        self.list.setUniformItemSizes(True)
        self.list.itemActivated.connect(self._activated)
        self.new_button = QPushButton(icon("note"), self.tr("New session"), self)
        self.new_button.setObjectName("newSessionButton")
        self.new_button.clicked.connect(self.newSessionRequested)
        self.open_button = QPushButton(self.tr("Open notes"), self)
        self.open_button.setObjectName("openSessionButton")
        self.open_button.clicked.connect(self._open_current)
        self.plan_button = QPushButton(icon("add"), self.tr("Plan…"), self)
        self.plan_button.setObjectName("planSessionButton")
        self.plan_button.setToolTip(self.tr("Plan a session ahead"))
        self.plan_button.clicked.connect(self.planRequested)
        self.held_button = QPushButton(self.tr("Held"), self)
        self.held_button.setObjectName("heldSessionButton")
        self.held_button.setToolTip(self.tr("Mark the selected session as held"))
        self.held_button.clicked.connect(lambda: self._ask("held"))
        self.more_button = QPushButton(self.tr("More…"), self)
        self.more_button.setObjectName("moreSessionButton")
        self.more_button.setToolTip(self.tr("Cancel, no-show, move or remove the selected session"))
        self.more_button.clicked.connect(
            lambda: self._show_menu(
                self.more_button.mapToGlobal(QPoint(0, self.more_button.height()))
            )
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(
            lambda pos: self._show_menu(self.list.viewport().mapToGlobal(pos))
        )
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._sessions: dict[int, CoachingSession] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.held_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def fill(self, sessions: Sequence[CoachingSession], contracted: int | None) -> None:
        current = self.current_id()
        self._sessions = {s.id: s for s in sessions if s.id is not None}
        now = datetime.now()
        # Cancelled sessions have no number: they do not count against the contract.
        numbered = [s for s in sessions if s.status != "cancelled"]
        total = max(contracted or 0, len(numbered))  # never "session 6 of 3"
        number = 0
        # The items are kept and refilled in order (clearing and building 60 anew for
        # every trajectory shown was most of this list's time); extra ones are removed.
        # Signals blocked: the current row is chosen below, once.
        self.list.blockSignals(True)
        while self.list.count() > len(sessions):
            self.list.takeItem(self.list.count() - 1)  # ours now, and dropped
        kept = self.list.count()
        for n, s in enumerate(sessions):
            parts = []
            if s.status != "cancelled":
                number += 1
                parts.append(self.tr("Session {n} of {total}").format(n=number, total=total))
            parts += [
                lang.fmt_datetime(s.starts_at),
                session_mode(s.mode),
                self.tr("{minutes} min").format(minutes=s.duration_minutes),
            ]
            state = status_text(s, now)
            if state:
                parts.append(state)
            text = " · ".join(parts)
            if n < kept:
                item = self.list.item(n)
                if item.text() != text:
                    item.setText(text)
            else:
                item = QListWidgetItem(text)
                self.list.addItem(item)
            if item.data(SESSION_ID_ROLE) != s.id:
                item.setData(SESSION_ID_ROLE, s.id)
            cancelled = s.status == "cancelled"
            if item.font().strikeOut() != cancelled:
                font = item.font()
                font.setStrikeOut(cancelled)
                item.setFont(font)
        self.list.blockSignals(False)
        ids = self.session_ids()
        if current in ids:
            self.list.setCurrentRow(ids.index(current))
        elif sessions:
            # The most recent held session first in view: that is the one a coach reopens.
            held = [n for n, s in enumerate(sessions) if s.status == "held"]
            self.list.setCurrentRow(held[-1] if held else 0)
        self.open_button.setEnabled(bool(sessions))
        self._update_buttons()
        visible = min(max(len(sessions), 3), 8)
        self.list.setFixedHeight(visible * self.list.sizeHintForRow(0) + 6 if sessions else 60)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(SESSION_ID_ROLE) if item is not None else None

    def current_session(self) -> CoachingSession | None:
        sid = self.current_id()
        return self._sessions.get(sid) if sid is not None else None

    def _update_buttons(self) -> None:
        session = self.current_session()
        self.held_button.setEnabled(session is not None and session.status != "held")
        self.more_button.setEnabled(session is not None)

    def menu_actions(self) -> list[tuple[str, str]]:
        """(key, text) of what can be done with the selected session now."""
        session = self.current_session()
        if session is None:
            return []
        choices = [
            ("held", self.tr("Mark as held")),
            ("cancel_coachee", self.tr("Cancelled by the coachee")),
            ("cancel_coach", self.tr("Cancelled by the coach")),
            ("no_show", self.tr("No-show (charged)")),
            ("no_show_free", self.tr("No-show, not charged")),
            ("replan", self.tr("Back to planned")),
        ]
        current = {
            "held": "held",
            "planned": "replan",
            "cancelled": f"cancel_{session.cancelled_by or 'coach'}",
            "no_show": "no_show" if session.charged else "no_show_free",
        }[session.status]
        found = [(key, text) for key, text in choices if key != current]
        found += [("reschedule", self.tr("Move…")), ("delete", self.tr("Remove…"))]
        return found

    def _show_menu(self, where: QPoint) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        menu = QMenu(self)
        menu.setObjectName("sessionMenu")
        for key, text in self.menu_actions():
            if key == "reschedule":
                menu.addSeparator()
            action = QAction(text, menu)
            action.setObjectName(f"session_{key}")
            action.triggered.connect(lambda _=False, k=key: self._ask(k))
            menu.addAction(action)
        menu.exec(where)

    def _ask(self, key: str) -> None:
        session_id = self.current_id()
        if session_id is not None:
            self.sessionAction.emit(key, session_id)

    def session_ids(self) -> list[int]:
        return [self.list.item(n).data(SESSION_ID_ROLE) for n in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self.sessionActivated.emit(item.data(SESSION_ID_ROLE))

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._activated(item)
