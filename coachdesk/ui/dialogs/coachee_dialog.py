"""Create or edit a coachee."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from coachdesk.core.fields import COACHEE
from coachdesk.core.models import Coachee
from coachdesk.core.practice import Practice
from coachdesk.ui.widgets.form import FormDialog


class CoacheeDialog(FormDialog):
    def __init__(
        self, practice: Practice, coachee: Coachee | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.practice = practice
        self.coachee = coachee
        self.setWindowTitle(self.tr("Edit coachee") if coachee else self.tr("New coachee"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("e.g. Gemeente Utrecht"))
        self.role = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma separated, e.g. leadership, workload"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.add_field("name", self.tr("Name"), self.name, self._check("name", self.name))
        self.add_field(
            "organisation",
            self.tr("Organisation"),
            self.organisation,
            self._check("organisation", self.organisation),
        )
        self.add_field("role", self.tr("Role"), self.role)
        self.add_field("email", self.tr("Email"), self.email, self._check("email", self.email))
        self.add_field("phone", self.tr("Phone"), self.phone)
        self.add_field("tags", self.tr("Tags"), self.tags)
        self.add_field("notes", self.tr("Notes"), self.notes)
        if coachee is not None:
            self.name.setText(coachee.name)
            self.organisation.setText(coachee.organisation)
            self.role.setText(coachee.role)
            self.email.setText(coachee.email)
            self.phone.setText(coachee.phone)
            self.tags.setText(coachee.tags)
            self.notes.setPlainText(coachee.notes)
        for edit in (self.name, self.organisation, self.email):
            edit.textChanged.connect(self.validate)
        self.resize(460, self.sizeHint().height())
        self.validate()
        self.name.setFocus()

    @staticmethod
    def _check(field: str, edit: QLineEdit):  # noqa: ANN205
        return lambda: COACHEE[field](edit.text())

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "organisation": self.organisation.text(),
            "role": self.role.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "tags": self.tags.text(),
            "notes": self.notes.toPlainText(),
        }

    def submit(self) -> Coachee:
        values = self.values()
        if self.coachee is None:
            return self.practice.coachees.create(**values)
        return self.practice.coachees.update(self.coachee.id, **values)  # type: ignore[arg-type]
