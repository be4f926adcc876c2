"""Create or edit a sponsor (the organisation that commissions and pays)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from coachdesk.core.fields import SPONSOR
from coachdesk.core.models import Sponsor
from coachdesk.core.practice import Practice
from coachdesk.ui.widgets.form import FormDialog


class SponsorDialog(FormDialog):
    def __init__(
        self, practice: Practice, sponsor: Sponsor | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.practice = practice
        self.sponsor = sponsor
        self.setWindowTitle(self.tr("Edit sponsor") if sponsor else self.tr("New sponsor"))
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("e.g. Provincie Utrecht, afdeling HR"))
        self.contact = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.add_field(
            "organisation",
            self.tr("Organisation"),
            self.organisation,
            lambda: SPONSOR["organisation"](self.organisation.text()),
        )
        self.add_field("contact_name", self.tr("Contact person"), self.contact, aliases=("name",))
        self.add_field(
            "email", self.tr("Email"), self.email, lambda: SPONSOR["email"](self.email.text())
        )
        self.add_field("phone", self.tr("Phone"), self.phone)
        if sponsor is not None:
            self.organisation.setText(sponsor.organisation)
            self.contact.setText(sponsor.contact_name)
            self.email.setText(sponsor.email)
            self.phone.setText(sponsor.phone)
        self.organisation.textChanged.connect(self.validate)
        self.email.textChanged.connect(self.validate)
        self.resize(420, self.sizeHint().height())
        self.validate()
        self.organisation.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation.text(),
            "contact_name": self.contact.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
        }

    def submit(self) -> Sponsor:
        if self.sponsor is None:
            return self.practice.sponsors.create(**self.values())
        return self.practice.sponsors.update(self.sponsor.id, **self.values())  # type: ignore[arg-type]
