"""The trajectory's agreements on the dashboard: tick one done, edit it, or reopen it.

Open agreements first (overdue ones in red, unless the trajectory is closed),
then, behind a toggle, the closed ones (done, or not done). The widget only
asks; the window runs the writes (ui/lifecycle.py) and the change notice
refreshes the dashboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui import lang
from coachdesk.ui.icons import icon
from coachdesk.ui.labels import agreement_owner
from coachdesk.ui.widgets.card import clear_layout, muted

if TYPE_CHECKING:
    from coachdesk.core.models import Agreement


class AgreementRows(QWidget):
    agreementTicked = Signal(int, bool)  # noqa: N815 - agreement id, done
    agreementEditRequested = Signal(int)  # noqa: N815

    def __init__(self, alert_colour: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.alert_colour = alert_colour
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.closed_rows = QVBoxLayout()
        self.closed_rows.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("showClosedAgreements")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._show_closed)
        self.closed_box = QWidget(self)
        self.closed_box.setLayout(self.closed_rows)
        self.closed_box.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        layout.addWidget(self.toggle)
        layout.addWidget(self.closed_box)

    def fill(
        self,
        open_agreements: Sequence[Agreement],
        overdue_ids: set[int],
        closed: Sequence[Agreement],
    ) -> None:
        clear_layout(self.rows)
        clear_layout(self.closed_rows)
        if not open_agreements:
            self.rows.addWidget(muted(QLabel(self.tr("No open agreements."))))
        for a in open_agreements:
            self.rows.addWidget(self._row(a, a.id in overdue_ids))
        for a in closed:
            self.closed_rows.addWidget(self._row(a, False))
        self.toggle.setText(self.tr("Closed agreements (%n)", "", len(closed)))
        self.toggle.setVisible(bool(closed))

    def _row(self, a: Agreement, overdue: bool) -> QWidget:
        row = QWidget(self)
        row.setObjectName(f"agreementRow_{a.id}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        done = a.done_date is not None
        check = QCheckBox(row)
        check.setObjectName(f"agreementDone_{a.id}")
        check.setChecked(done)
        check.setAccessibleName(
            (self.tr("Open again: {text}") if done else self.tr("Done: {text}")).format(text=a.text)
        )
        check.toggled.connect(lambda value, aid=a.id: self.agreementTicked.emit(aid, value))
        if done:
            state = (
                self.tr("not done, closed {date}") if a.dropped else self.tr("done {date}")
            ).format(date=lang.fmt_date(a.done_date))
        elif a.due_date:
            state = self.tr("due {date}").format(date=lang.fmt_date(a.due_date))
        else:
            state = self.tr("no due date")
        text = f"{a.text} — {state} ({agreement_owner(a.owner)})"
        if overdue:
            text += " — " + self.tr("overdue")
        label = QLabel(text, row)
        label.setWordWrap(True)
        label.setObjectName(f"agreement_{a.id}")
        if overdue:
            label.setProperty("overdue", True)
            label.setStyleSheet(f"color: {self.alert_colour}; font-weight: bold;")
        edit = QToolButton(row)
        edit.setIcon(icon("edit"))
        edit.setAutoRaise(True)
        edit.setObjectName(f"agreementEdit_{a.id}")
        edit.setToolTip(self.tr("Edit agreement"))
        edit.setAccessibleName(self.tr("Edit agreement: {text}").format(text=a.text))
        edit.clicked.connect(lambda _=False, aid=a.id: self.agreementEditRequested.emit(aid))
        line.addWidget(check)
        line.addWidget(label, 1)
        line.addWidget(edit)
        return row

    def _show_closed(self, shown: bool) -> None:
        self.closed_box.setVisible(shown)
