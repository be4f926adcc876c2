"""Edit an agreement in place: its text, who owns it, and when it is due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from coachdesk.core.fields import AGREEMENT
from coachdesk.core.models import AGREEMENT_OWNERS, Agreement
from coachdesk.ui.labels import agreement_owner
from coachdesk.ui.widgets.date_field import OptionalDateEdit
from coachdesk.ui.widgets.form import FormDialog

if TYPE_CHECKING:
    from coachdesk.core.practice import Practice


class AgreementDialog(FormDialog):
    def __init__(self, practice: Practice, agreement: Agreement, parent: QWidget | None = None):
        super().__init__(parent)
        self.practice, self.agreement = practice, agreement
        self.setWindowTitle(self.tr("Edit agreement"))
        self.text = QLineEdit(agreement.text)
        self.owner = QComboBox()
        for owner in AGREEMENT_OWNERS:
            self.owner.addItem(agreement_owner(owner), owner)
        self.owner.setCurrentIndex(max(0, self.owner.findData(agreement.owner)))
        self.due = OptionalDateEdit()
        self.due.set_value(agreement.due_date)
        self.add_field(
            "text", self.tr("Agreement"), self.text, lambda: AGREEMENT["text"](self.text.text())
        )
        self.add_field("owner", self.tr("Who"), self.owner)
        self.add_field("due_date", self.tr("Due"), self.due, aliases=("done_on",))
        self.text.textChanged.connect(self.validate)
        self.resize(480, self.sizeHint().height())
        self.validate()

    def submit(self) -> Agreement:
        return self.practice.agreements.update(
            self.agreement.id,  # type: ignore[arg-type]
            text=self.text.text(),
            owner=self.owner.currentData(),
            due_date=self.due.value(),
        )
