"""Record a coachee's consent: date, legal basis, privacy-statement version, what the
sponsor may see, and a withdrawal with its date (core/services/consent.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from coachdesk.core.models import Consent
from coachdesk.core.practice import Practice
from coachdesk.ui.widgets.card import muted
from coachdesk.ui.widgets.date_field import DATE_FORMAT, OptionalDateEdit
from coachdesk.ui.widgets.form import FormDialog


def legal_basis_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "consent": QCoreApplication.translate(
            "Consent", "Consent of the coachee (needed for health data)"
        ),
        "contract": QCoreApplication.translate("Consent", "Contract with the coachee"),
        "legitimate_interest": QCoreApplication.translate("Consent", "Legitimate interest"),
        "legal_obligation": QCoreApplication.translate("Consent", "Legal obligation"),
    }


def sponsor_sees_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "nothing": QCoreApplication.translate("Consent", "Nothing"),
        "attendance_hours": QCoreApplication.translate("Consent", "Attendance and hours"),
        "goal_progress": QCoreApplication.translate(
            "Consent", "Attendance, hours and progress on goals"
        ),
        "read_summary": QCoreApplication.translate(
            "Consent", "All that, and a summary the coachee has read"
        ),
    }


class ConsentDialog(FormDialog):
    """A new consent record (``consent`` None) or a correction / withdrawal of one."""

    def __init__(
        self,
        practice: Practice,
        coachee_id: int,
        consent: Consent | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.practice = practice
        self.coachee_id = coachee_id
        self.consent = consent
        self.setWindowTitle(
            self.tr("Consent and sharing") if consent is None else self.tr("Change consent")
        )
        intro = muted(
            QLabel(
                self.tr(
                    "What the coachee agreed to, on what basis, and what their sponsor may see. "
                    "Every report for the sponsor follows this and says what it holds back. "
                    "Session notes are never shared."
                ),
                self,
            )
        )
        intro.setWordWrap(True)
        self.layout().insertWidget(0, intro)
        self.given_on = QDateEdit(self)
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat(DATE_FORMAT)
        self.given_on.setDate(QDate.currentDate())
        self.basis = QComboBox(self)
        for key, label in legal_basis_labels().items():
            self.basis.addItem(label, key)
        self.version = QLineEdit(self)
        self.version.setPlaceholderText(self.tr("e.g. 2026-1"))
        self.sponsor_sees = QComboBox(self)
        for key, label in sponsor_sees_labels().items():
            self.sponsor_sees.addItem(label, key)
        self.sponsor_sees.setCurrentIndex(self.sponsor_sees.findData("goal_progress"))
        self.add_field("given_on", self.tr("Date of consent"), self.given_on)
        self.add_field("legal_basis", self.tr("Legal basis"), self.basis)
        self.add_field("statement_version", self.tr("Privacy statement version"), self.version)
        self.add_field("sponsor_sees", self.tr("The sponsor may see"), self.sponsor_sees)
        self.withdrawn: OptionalDateEdit | None = None
        if consent is not None:
            self.withdrawn = OptionalDateEdit(self)
            self.add_field("withdrawn_on", self.tr("Withdrawn on"), self.withdrawn)
            self.given_on.setDate(
                QDate(consent.given_on.year, consent.given_on.month, consent.given_on.day)
            )
            self.basis.setCurrentIndex(self.basis.findData(consent.legal_basis))
            self.version.setText(consent.statement_version)
            self.sponsor_sees.setCurrentIndex(self.sponsor_sees.findData(consent.sponsor_sees))
            self.withdrawn.set_value(consent.withdrawn_on)
        self.resize(520, self.sizeHint().height())
        self.validate()
        self.given_on.setFocus()

    def values(self) -> dict[str, Any]:
        d = self.given_on.date()
        return {
            "given_on": date(d.year(), d.month(), d.day()),
            "legal_basis": self.basis.currentData(),
            "statement_version": self.version.text(),
            "sponsor_sees": self.sponsor_sees.currentData(),
        }

    def submit(self) -> Consent:
        if self.consent is None:
            return self.practice.consent.record(self.coachee_id, **self.values())
        return self.practice.consent.update(
            self.consent.id,
            **self.values(),
            withdrawn_on=self.withdrawn.value() if self.withdrawn else None,
        )
