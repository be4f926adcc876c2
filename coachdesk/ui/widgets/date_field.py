"""An optional date: a check box that switches a date editor on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from coachdesk.ui import a11y
from coachdesk.ui.lang import DATE_FORMAT


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.editor = QDateEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat(DATE_FORMAT)
        self.editor.setDate(QDate.currentDate())
        self.editor.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.editor, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self.editor.setEnabled)
        self.check.toggled.connect(self.changed)
        self.editor.dateChanged.connect(self.changed)

    def name_parts(self, label: str) -> None:
        """Accessible names from the form's label: the box switches the date on."""
        a11y.name(
            self.check,
            QCoreApplication.translate("OptionalDateEdit", "{label}: set a date").format(
                label=a11y.plain(label)
            ),
        )
        a11y.name(self.editor, label)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.editor.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.editor.setDate(QDate(value.year, value.month, value.day))
