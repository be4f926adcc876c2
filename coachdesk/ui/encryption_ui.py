"""The passphrase at start, new passphrases, the recovery key shown once, the first-start offer.

The work itself is core/encryption.py; this module only asks and shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core import encryption
from coachdesk.errors import CoachDeskError
from coachdesk.ui import lang

OFFERED = "encryption/offered"  # the first-start offer was shown (QSettings key)


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setObjectName(name)
    field.setMinimumWidth(280)
    return field


class PassphraseDialog(QDialog):
    """Asks the passphrase of an encrypted practice (at start, or to lift the app lock)."""

    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        *,
        locked: bool = False,
        backup: Path | None = None,
    ):
        """``backup``: unlock that encrypted backup (its key file is beside it) with its
        practice's passphrase or recovery key, for a restore when the data folder is lost."""
        super().__init__(parent)
        self.folder = folder
        self.backup = backup
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("CoachDesk is locked") if locked else self.tr("CoachDesk"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        if locked:  # said in the dialog too: a locked screen may show no title bar
            heading = QLabel(self.tr("CoachDesk is locked"), self)
            font = heading.font()
            font.setBold(True)
            font.setPointSize(font.pointSize() + 2)
            heading.setFont(font)
            layout.addWidget(heading)
        intro = QLabel(
            self.tr("Enter the passphrase to continue.")
            if locked
            else self.tr(
                "The notes in this practice are encrypted. Enter the passphrase to open it."
            )
        )
        if backup is not None:
            intro.setText(
                self.tr(
                    "This backup is encrypted. Enter the passphrase or the recovery key of"
                    " the practice it belongs to."
                )
            )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase = _password_field(self, "passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        self.remember = QCheckBox(self.tr("Remember on this computer"), self)
        self.remember.setObjectName("rememberPassphrase")
        self.remember.setToolTip(
            self.tr(
                "Keeps the key in this computer's keychain, so CoachDesk opens without"
                " asking. Only when the disk itself is encrypted."
            )
        )
        self.remember.setVisible(not locked)
        layout.addWidget(self.remember)
        self.problem = QLabel("", self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B42318;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.forgot = buttons.addButton(
            self.tr("Forgot passphrase…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.forgot.setObjectName("forgotPassphrase")
        if not locked:
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        self.forgot.clicked.connect(self.use_recovery_key)
        layout.addWidget(buttons)
        if backup is not None:  # one field takes either; nothing to remember or reset
            self.remember.hide()
            self.forgot.hide()
        self.locked = locked
        self.last_passphrase = ""
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        text = self.passphrase.text()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.backup is not None:
                encryption.unlock_backup(self.backup, text)
                ok = True
            elif self.locked:
                ok = encryption.check_passphrase(self.folder, text)
            else:
                encryption.unlock(self.folder, text, remember=self.remember.isChecked() or None)
                ok = True
        except CoachDeskError as exc:
            self.say(lang.error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if not ok:
            self.say(self.tr("That passphrase is not right. Nothing was changed."))
            return
        self.last_passphrase = text  # for Settings > Stop encrypting (kept only there)
        self.passphrase.clear()
        self.accept()

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.adjustSize()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def use_recovery_key(self) -> None:
        dialog = RecoveryUnlockDialog(self.folder, self)
        if dialog.exec():
            self.accept()

    def reject(self) -> None:
        if not self.locked:  # the lock is only lifted by the passphrase
            super().reject()


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice (and the current one when ``ask_current``)."""

    def __init__(
        self, parent: QWidget | None = None, *, ask_current: bool = False, title: str = ""
    ):
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(title or self.tr("Encrypt the notes"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a passphrase of at least {n} characters. Without it (or the recovery"
                " key) nobody can read the notes, also not CoachDesk's makers."
            ).format(n=encryption.MIN_PASSPHRASE)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = _password_field(self, "currentPassphrase")
        if ask_current:
            form.addRow(self.tr("Current passphrase"), self.current)
        else:
            self.current.hide()
        self.first = _password_field(self, "newPassphrase")
        self.second = _password_field(self, "newPassphraseAgain")
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Once more"), self.second)
        layout.addLayout(form)
        self.problem = QLabel("", self)
        self.problem.setObjectName("newPassphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        try:
            encryption.check_new_passphrase(self.first.text())
        except CoachDeskError as exc:
            self.say(lang.error_text(exc))
            return
        if self.first.text() != self.second.text():
            self.say(self.tr("The two passphrases are not the same."))
            return
        self.finish()

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.adjustSize()

    def finish(self) -> None:
        self.accept()


class RecoveryUnlockDialog(NewPassphraseDialog):
    """A forgotten passphrase: the recovery key and a new passphrase."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent, title=QCoreApplication.translate("Encryption", "Recovery key"))
        self.folder = folder
        self.recovery = QLineEdit(self)
        self.recovery.setObjectName("recoveryKey")
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        form = self.layout().itemAt(1).layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(0, QCoreApplication.translate("Encryption", "Recovery key"), self.recovery)

    def finish(self) -> None:
        try:
            encryption.reset_with_recovery_key(self.folder, self.recovery.text(), self.first.text())
        except CoachDeskError as exc:
            self.say(lang.error_text(exc))
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once, to copy or print."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The notes are encrypted now. If you ever forget the passphrase, this recovery"
                " key opens them. It is shown only this once: print it or write it down, and"
                " keep it away from this computer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        shown = QLabel(key, self)
        shown.setObjectName("recoveryKeyText")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 4)
        shown.setFont(font)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(shown)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("Copy"), self)
        copy.setObjectName("copyRecoveryKey")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.key))
        printing = QPushButton(self.tr("Print…"), self)
        printing.setObjectName("printRecoveryKey")
        printing.clicked.connect(self.print_key)
        row.addWidget(copy)
        row.addWidget(printing)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(self)
        done = buttons.addButton(self.tr("I have kept it"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.setObjectName("recoveryKeyKept")
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText(self.tr("CoachDesk recovery key") + "\n\n" + self.key + "\n")
        doc.print_(printer)


def unlock_at_start(folder: Path) -> bool:
    """Before the window: unlock an encrypted practice (keychain, else the passphrase).
    False when the coach cancels."""
    if not encryption.needs_unlock(folder):
        return True
    if encryption.unlock_remembered(folder):
        return True
    return PassphraseDialog(folder).exec() == QDialog.DialogCode.Accepted


def encryption_required() -> bool:
    """The organisation's preset: encryption may not be left off (deployment.py)."""
    from coachdesk.ui.widgets.encryption_section import required_by_organisation

    return required_by_organisation()


def offer_encryption(window: Any, folder: Path, settings: QSettings) -> QMessageBox | None:
    """On the first start, once: a gentle, non-blocking offer to encrypt the notes. When
    the organisation requires encryption (coachdesk/deployment.py), at every start until
    the notes are encrypted."""
    required = encryption_required()
    if encryption.is_encrypted(folder) or (settings.value(OFFERED) and not required):
        return None
    settings.setValue(OFFERED, "1")
    settings.sync()
    text = (
        QCoreApplication.translate(
            "Encryption",
            "Your organisation requires the notes to be stored encrypted. Choose a passphrase"
            " now; until then CoachDesk asks at every start.",
        )
        if required
        else QCoreApplication.translate(
            "Encryption",
            "Your notes are about real people. With a passphrase, CoachDesk stores them"
            " (and every backup) encrypted, so a lost or stolen laptop reveals nothing."
            " You can also do this later in Settings.",
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning if required else QMessageBox.Icon.Information,
        QCoreApplication.translate("Encryption", "Protect your notes"),
        text,
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setObjectName("encryptionOffer")
    now = box.addButton(
        QCoreApplication.translate("Encryption", "Encrypt now…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("Encryption", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setWindowModality(Qt.WindowModality.NonModal)

    def answered() -> None:
        if box.clickedButton() is now:
            from coachdesk.ui.widgets.encryption_section import turn_on

            turn_on(window, window.practice)

    box.finished.connect(answered)
    QTimer.singleShot(0, box.show)
    return box
