"""The trajectory's agreements on the dashboard: tick one done, edit it, or reopen it.

Open agreements first (overdue ones in red, unless the trajectory is closed),
then, behind a toggle, the closed ones (done, or not done). The widget only
asks; the window runs the writes (ui/lifecycle.py) and the change notice
refreshes the dashboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
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
from coachdesk.ui.widgets.card import muted

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
        self.none_open = muted(QLabel(self.tr("No open agreements."), self))
        self._open: list[_Row] = []
        self._closed: list[_Row] = []
        # Rows not needed now, hidden in their layout (after the shown ones, last-hidden
        # first) and shown again when a trajectory with more agreements comes: switching
        # between trajectories builds no widgets.
        self._spare_open: list[_Row] = []
        self._spare_closed: list[_Row] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.none_open)
        layout.addLayout(self.rows)
        layout.addWidget(self.toggle)
        layout.addWidget(self.closed_box)

    def fill(
        self,
        open_agreements: Sequence[Agreement],
        overdue_ids: set[int],
        closed: Sequence[Agreement],
    ) -> None:
        """Show these agreements; the row widgets are kept and refilled in order (building
        them anew for every dashboard shown was most of its layout time)."""
        self.none_open.setVisible(not open_agreements)
        self._fill(
            self._open,
            self._spare_open,
            self.rows,
            [(a, a.id in overdue_ids) for a in open_agreements],
        )
        self._fill(self._closed, self._spare_closed, self.closed_rows, [(a, False) for a in closed])
        self.toggle.setText(self.tr("Closed agreements (%n)", "", len(closed)))
        self.toggle.setVisible(bool(closed))

    def _fill(
        self,
        rows: list[_Row],
        spare: list[_Row],
        layout: QVBoxLayout,
        shown: list[tuple[Agreement, bool]],
    ) -> None:
        # The layout holds rows + reversed(spare): taking from the end of one and putting
        # on the end of the other keeps the shown rows first, in order.
        while len(rows) > len(shown):
            gone = rows.pop()
            gone.hide()
            gone.forget()
            spare.append(gone)
        parent = layout.parentWidget() or self
        while len(rows) < len(shown):
            if spare:
                row = spare.pop()
                row.show()
            else:
                row = _Row(self, parent)
                layout.addWidget(row)
            rows.append(row)
        for row, (a, overdue) in zip(rows, shown, strict=True):
            row.show_agreement(a, overdue)

    def _show_closed(self, shown: bool) -> None:
        self.closed_box.setVisible(shown)


class _Row(QWidget):
    """One agreement: ticked done, its text and state, an edit button."""

    def __init__(self, owner: AgreementRows, parent: QWidget):
        super().__init__(parent)
        self.owner = owner
        self.agreement_id = 0
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self)
        self.check.toggled.connect(self._ticked)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.edit = QToolButton(self)
        self.edit.setIcon(icon("edit"))
        self.edit.setAutoRaise(True)
        self.edit.setToolTip(QCoreApplication.translate("AgreementRows", "Edit agreement"))
        self.edit.clicked.connect(self._edit)
        self._overdue_style = ""
        line.addWidget(self.check)
        line.addWidget(self.label, 1)
        line.addWidget(self.edit)

    def _ticked(self, value: bool) -> None:
        self.owner.agreementTicked.emit(self.agreement_id, value)

    def _edit(self) -> None:
        self.owner.agreementEditRequested.emit(self.agreement_id)

    def forget(self) -> None:
        """Kept hidden for later: nothing of an agreement no longer shown (no name, id
        or text left in a hidden widget)."""
        self.agreement_id = 0
        for widget in (self, self.check, self.label, self.edit):
            widget.setObjectName("")
        self.label.setText("")
        self.check.setAccessibleName("")
        self.edit.setAccessibleName("")

    def show_agreement(self, a: Agreement, overdue: bool) -> None:
        self.agreement_id = a.id or 0
        self.setObjectName(f"agreementRow_{a.id}")
        done = a.done_date is not None
        self.check.setObjectName(f"agreementDone_{a.id}")
        self.check.blockSignals(True)  # shown, not ticked by the coach
        self.check.setChecked(done)
        self.check.blockSignals(False)
        self.check.setAccessibleName(
            (
                QCoreApplication.translate("AgreementRows", "Open again: {text}")
                if done
                else QCoreApplication.translate("AgreementRows", "Done: {text}")
            ).format(text=a.text)
        )
        if done:
            state = (
                QCoreApplication.translate("AgreementRows", "not done, closed {date}")
                if a.dropped
                else QCoreApplication.translate("AgreementRows", "done {date}")
            ).format(date=lang.fmt_date(a.done_date))
        elif a.due_date:
            state = QCoreApplication.translate("AgreementRows", "due {date}").format(
                date=lang.fmt_date(a.due_date)
            )
        else:
            state = QCoreApplication.translate("AgreementRows", "no due date")
        text = f"{a.text} — {state} ({agreement_owner(a.owner)})"
        if overdue:
            text += " — " + QCoreApplication.translate("AgreementRows", "overdue")
        self.label.setText(text)
        self.label.setObjectName(f"agreement_{a.id}")
        self.label.setProperty("overdue", True if overdue else None)
        style = f"color: {self.owner.alert_colour}; font-weight: bold;" if overdue else ""
        if style != self._overdue_style:  # a style sheet is costly: set only when it changes
            self.label.setStyleSheet(style)
            self._overdue_style = style
        self.edit.setObjectName(f"agreementEdit_{a.id}")
        self.edit.setAccessibleName(
            QCoreApplication.translate("AgreementRows", "Edit agreement: {text}").format(
                text=a.text
            )
        )
