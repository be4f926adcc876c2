"""Privacy in the window (issue 14): the consent card on the coachee page, the home
screen's lines (coachees without consent, due for deletion), and File > Privacy
(due for deletion, audit trail). Composed into MainWindow with one line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from coachdesk.errors import CoachDeskError
from coachdesk.ui import lang
from coachdesk.ui.bus import bus
from coachdesk.ui.widgets.card import Card

if TYPE_CHECKING:
    from coachdesk.core.changes import Changes
    from coachdesk.ui.main_window import MainWindow

WATCHED = ("coachee", "consent", "trajectory", "coaching_session", "erasure", "setting")


def _flat(button: QPushButton) -> QPushButton:
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("QPushButton { text-align: left; padding: 2px 4px; }")
    return button


class ConsentCard(Card):
    """What the coachee agreed to, or a gentle reminder that nothing is on record."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("ConsentCard", "Consent and sharing"), parent)
        self.setObjectName("section_consent")
        self.summary = QLabel(self)
        self.summary.setObjectName("consentSummary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        row = QHBoxLayout()
        self.record = QPushButton(self.tr("Record consent…"), self)
        self.record.setObjectName("recordConsent")
        self.change = QPushButton(self.tr("Change…"), self)
        self.change.setObjectName("changeConsent")
        row.addWidget(self.record)
        row.addWidget(self.change)
        row.addStretch(1)
        self.body.addLayout(row)

    def show_consent(self, consent: Any) -> None:
        from coachdesk.ui.dialogs.consent_dialog import sponsor_sees_labels

        if consent is None:
            self.summary.setText(
                self.tr(
                    "No consent is on record yet. Record what the coachee agreed to, and what "
                    "their sponsor may see; until then, reports for the sponsor share nothing."
                )
            )
            self.change.hide()
            return
        text = self.tr("Agreed on {date} (privacy statement {version}).").format(
            date=lang.fmt_date(consent.given_on), version=consent.statement_version or "—"
        )
        if consent.withdrawn_on is not None:
            text += " " + self.tr("Withdrawn on {date}: the sponsor sees nothing.").format(
                date=lang.fmt_date(consent.withdrawn_on)
            )
        else:
            text += " " + self.tr("The sponsor may see: {what}.").format(
                what=sponsor_sees_labels()[consent.sponsor_sees].lower()
            )
        self.summary.setText(text)
        self.change.show()


class PrivacyUi(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.coachee_id: int | None = None
        self.consent: Any = None
        self.card: ConsentCard | None = None
        if window._page is not None:  # the page is built when first needed (start-up)
            self.attach_page(window._page)

        home = window.home
        self.home_card = Card(self.tr("Privacy"), home.widget())
        self.home_card.setObjectName("home_privacy")
        self.no_consent = _flat(QPushButton(self.home_card))
        self.no_consent.setObjectName("homeNoConsent")
        self.due = _flat(QPushButton(self.home_card))
        self.due.setObjectName("homeDue")
        self.home_card.body.addWidget(self.no_consent)
        self.home_card.body.addWidget(self.due)
        self.no_consent.clicked.connect(self._open_first_without_consent)
        self.due.clicked.connect(self.show_due)
        home.column.insertWidget(home.column.indexOf(home.sections["hours"]), self.home_card)
        home.installEventFilter(self)

        menu = window.file_menu.addMenu(self.tr("&Privacy"))
        menu.setObjectName("privacyMenu")
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("due", self.tr("Due for deletion…"), self.show_due),
            ("audit", self.tr("Audit trail…"), self.show_audit),
            ("anonymise", self.tr("Anonymise this coachee…"), self.anonymise_current),
        ):
            action = QAction(text, window)
            action.setObjectName(f"action_privacy_{key}")
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[key] = action
        quit_action = window.acts.get("quit")
        if quit_action is not None:  # Quit stays last in the File menu
            window.file_menu.removeAction(quit_action)
            window.file_menu.addAction(quit_action)
        bus().practiceChanged.connect(self._changed)
        self.refresh_home()

    # --- the coachee page ------------------------------------------------------------

    def attach_page(self, page: Any) -> None:
        self.card = ConsentCard(page)
        column = page.column
        column.insertWidget(column.indexOf(page.contact) + 1, self.card)
        page.coacheeShown.connect(self._coachee_shown)
        self.card.record.clicked.connect(lambda: self.edit_consent(new=True))
        self.card.change.clicked.connect(lambda: self.edit_consent(new=False))

    def _coachee_shown(self, coachee_id: int) -> None:
        self.coachee_id = coachee_id
        self._load_consent()

    def _load_consent(self) -> None:
        if self.coachee_id is None:
            return
        try:
            self.consent = self.window.practice.consent.current(self.coachee_id)
        except CoachDeskError:
            self.consent = None
        if self.card is not None:
            self.card.show_consent(self.consent)

    def edit_consent(self, new: bool) -> None:
        from coachdesk.ui.dialogs.consent_dialog import ConsentDialog

        if self.coachee_id is None:
            return
        dialog = ConsentDialog(
            self.window.practice, self.coachee_id, None if new else self.consent, self.window
        )
        dialog.exec()

    def anonymise_current(self) -> None:
        from coachdesk.ui.dialogs.due_dialog import (
            ANONYMISE,
            close_their_sessions,
            confirm_privacy_action,
        )
        from coachdesk.ui.tasks import run_op

        coachee = self.window.page.coachee
        if coachee is None or not self.window.page.isVisible():
            self.window.editing.inform(self.tr("Open the coachee to anonymise first."))
            return
        if not confirm_privacy_action(self.window, ANONYMISE, [coachee.name]):
            return
        if not close_their_sessions(self.window, self.window, [coachee.id]):
            return
        try:
            outcome = run_op(self.window.practice.privacy.anonymise_coachee, coachee.id)
        except CoachDeskError as exc:
            self.window.editing.show_error(exc)
            return
        self.window.statusBar().showMessage(
            self.tr("Anonymised: {code}").format(code=outcome.code), 8000
        )

    # --- the home screen ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window.home and event.type() == QEvent.Type.Show:
            self.refresh_home()
        return False

    def refresh_home(self) -> None:
        """Two counts (one query each), never the rows themselves. While the store is
        still opening in the background (the fast start) this never waits for it: it
        looks again a moment later."""
        practice = self.window.practice
        opened = getattr(practice, "opened", None)  # ui/start_ahead.DeferredPractice
        if callable(opened):
            practice = opened()
            if practice is None:
                QTimer.singleShot(300, self.refresh_home)
                return
        try:
            missing = practice.consent.without_record_count()
            due = practice.retention.due_count()
        except (CoachDeskError, AttributeError):
            return
        self.no_consent.setText(
            self.tr("%n active coachee(s) without a consent record", "", missing)
        )
        self.due.setText(self.tr("%n coachee(s) due for deletion", "", due))
        for button in (self.no_consent, self.due):
            button.setAccessibleName(button.text())
        self.no_consent.setVisible(missing > 0)
        self.due.setVisible(due > 0)
        self.home_card.setVisible(missing > 0 or due > 0)

    def _open_first_without_consent(self) -> None:
        ids = self.window.guard(self.window.practice.consent.without_record) or []
        if ids:
            self.window.open_coachee(ids[0])

    # --- dialogs -----------------------------------------------------------------------

    def show_due(self) -> None:
        from coachdesk.ui.dialogs.due_dialog import DueDialog

        DueDialog(self.window.practice, self.window).exec()

    def show_audit(self) -> None:
        from coachdesk.ui.dialogs.audit_dialog import AuditDialog

        AuditDialog(self.window.practice, self.window).exec()

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(*WATCHED):
            return
        if changes.touches("consent", "coachee", "erasure"):
            self._load_consent()
        if self.window.home.isVisible():
            self.refresh_home()
