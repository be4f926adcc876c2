"""Settings > Encryption: turn it on or off, change the passphrase, the app lock's idle time.

Turning encryption on or off rewrites every database file (core/encryption.py) off the
GUI thread, behind a modal progress dialog, after every open note of the main window
is saved and its session windows closed (as before a restore); while it runs, the
automatic backup and the idle lock wait.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk import deployment
from coachdesk.core import encryption
from coachdesk.errors import CoachDeskError
from coachdesk.ui import lang

LOCK_MINUTES = "encryption/lock_minutes"  # QSettings: idle minutes before the app lock (0: never)
DEFAULT_LOCK_MINUTES = 10


def lock_minutes(settings: QSettings) -> int:
    """The idle minutes in force: the organisation's fixed preset, else the coach's own
    choice, else the organisation's default, else 10 (coachdesk/deployment.py)."""
    own = settings.value(LOCK_MINUTES) if settings.contains(LOCK_MINUTES) else None
    chosen = deployment.current().choose(deployment.IDLE_LOCK_MINUTES, own, DEFAULT_LOCK_MINUTES)
    try:
        return max(0, int(chosen))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES


def required_by_organisation() -> bool:
    return bool(deployment.current().choose(deployment.ENCRYPTION_REQUIRED, None, False))


def lock_minutes_fixed() -> bool:
    return deployment.current().is_fixed(deployment.IDLE_LOCK_MINUTES)


def main_window(widget: QWidget) -> Any:
    """The main window behind ``widget`` (Settings is a dialog on top of it), or None."""
    found: Any = widget
    while found is not None and not hasattr(found, "features"):
        found = found.parentWidget()
    return found


def _refuse(parent: QWidget, text: str) -> bool:
    QMessageBox.warning(parent, QCoreApplication.translate("Encryption", "Encryption"), text)
    return False


def _writers_stopped(parent: QWidget, window: Any) -> bool:
    """Before the files are rewritten: every open note written and its window closed
    (as before a restore), and no backup being made. False (after saying why): the
    rewrite must not start."""
    if window is None:
        return True
    backups = getattr(window, "backups", None)
    if backups is not None and backups.running:
        return _refuse(
            parent,
            QCoreApplication.translate(
                "Encryption",
                "A backup is being made right now. Nothing was changed; try again in a moment.",
            ),
        )
    features = getattr(window, "features", None)
    if features is not None and not features.flush_all():
        return _refuse(
            parent,
            QCoreApplication.translate(
                "Encryption",
                "A session note could not be saved yet, so nothing was changed. Try again"
                " once it is saved (its window says why).",
            ),
        )
    return True


def _hold_writers(window: Any) -> Any:
    """While the files are rewritten: no automatic backup and no idle lock. Returns the
    function that lets them go again."""
    backups = getattr(window, "backups", None)
    lock = getattr(window, "app_lock", None)
    if backups is not None:
        backups.paused = True
    if lock is not None:
        lock.pause(True)

    def release() -> None:
        if backups is not None:
            backups.paused = False
        if lock is not None:
            lock.pause(False)

    return release


def _run(parent: QWidget, work: Any, done: Any) -> None:
    """``work(progress)`` off the GUI thread behind a modal progress dialog, with the
    main window's other writers held (``_writers_stopped`` came first)."""
    from coachdesk.ui.tasks import run_task

    progress = QProgressDialog(
        QCoreApplication.translate("Encryption", "Rewriting the notes and backups…"),
        "",
        0,
        0,
        parent,
    )
    progress.setCancelButton(None)  # a half-way stop is safe, but a cancel would only confuse
    progress.setWindowTitle(QCoreApplication.translate("Encryption", "Encryption"))
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.setValue(0)
    release = _hold_writers(main_window(parent))

    def finished(result: Any) -> None:
        progress.close()
        release()
        done(result)

    def failed(exc: BaseException) -> None:
        progress.close()
        release()
        text = lang.error_text(exc) if isinstance(exc, CoachDeskError) else str(exc)
        QMessageBox.warning(parent, QCoreApplication.translate("Encryption", "Encryption"), text)

    def moved(n: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(n)

    parent._encryption_task = run_task(  # type: ignore[attr-defined]
        lambda ctx: work(ctx.progress), on_done=finished, on_error=failed, on_progress=moved
    )


def _say_skipped(parent: QWidget, skipped: int, *, encrypting: bool) -> None:
    """Backups that could not be converted (core's sentence, in the window's language)."""
    if skipped:
        text = encryption.skipped_text(skipped, encrypting, lang.current())
        QMessageBox.warning(parent, QCoreApplication.translate("Encryption", "Encryption"), text)


def turn_on(parent: QWidget, practice: Any, after: Any = None) -> None:
    from coachdesk.ui.encryption_ui import NewPassphraseDialog, RecoveryKeyDialog

    dialog = NewPassphraseDialog(parent)
    if not dialog.exec() or not _writers_stopped(parent, main_window(parent)):
        return
    passphrase = dialog.first.text()

    def done(result: Any) -> None:
        RecoveryKeyDialog(result.recovery_key, parent).exec()
        _say_skipped(parent, result.skipped, encrypting=True)
        if after:
            after()

    _run(parent, lambda progress: encryption.encrypt_open(practice, passphrase, progress), done)


def turn_off(parent: QWidget, practice: Any, after: Any = None) -> None:
    from coachdesk.ui.encryption_ui import PassphraseDialog

    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Encryption", "Encryption"),
        QCoreApplication.translate(
            "Encryption",
            "Store the notes and every backup unencrypted again? Anyone with this"
            " computer's disk can then read them.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    ask = PassphraseDialog(Path(practice.folder), parent, locked=True)
    ask.setWindowTitle(QCoreApplication.translate("Encryption", "Encryption"))
    ask.remember.hide()
    ask.reject = ask.close  # type: ignore[method-assign]  # here Cancel (Esc) may leave
    if not ask.exec() or not _writers_stopped(parent, main_window(parent)):
        return
    passphrase = ask.last_passphrase

    def done(result: Any) -> None:
        _say_skipped(parent, result.skipped, encrypting=False)
        if after:
            after()

    _run(parent, lambda progress: encryption.decrypt_open(practice, passphrase, progress), done)


def change(parent: QWidget, practice: Any, after: Any = None) -> None:
    from coachdesk.ui.encryption_ui import NewPassphraseDialog

    dialog = NewPassphraseDialog(
        parent,
        ask_current=True,
        title=QCoreApplication.translate("Encryption", "Change the passphrase"),
    )
    while dialog.exec():
        try:
            encryption.change_passphrase(
                Path(practice.folder), dialog.current.text(), dialog.first.text()
            )
        except CoachDeskError as exc:
            dialog.say(lang.error_text(exc))
            continue
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Encryption", "Encryption"),
            QCoreApplication.translate(
                "Encryption", "The passphrase was changed. The recovery key stays valid."
            ),
        )
        break
    if after:
        after()


class EncryptionSection(QGroupBox):
    """The Encryption group in Settings."""

    def __init__(self, practice: Any, settings: QSettings, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("Encryption", "Encryption"), parent)
        self.setObjectName("encryptionSection")
        self.practice = practice
        self.settings = settings
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("encryptionStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.on_button = QPushButton(
            QCoreApplication.translate("Encryption", "Encrypt the notes…"), self
        )
        self.on_button.setObjectName("encryptionOn")
        self.off_button = QPushButton(
            QCoreApplication.translate("Encryption", "Stop encrypting…"), self
        )
        self.off_button.setObjectName("encryptionOff")
        self.change_button = QPushButton(
            QCoreApplication.translate("Encryption", "Change passphrase…"), self
        )
        self.change_button.setObjectName("encryptionChange")
        for button in (self.on_button, self.change_button, self.off_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        lock_row = QHBoxLayout()
        lock_label = QLabel(QCoreApplication.translate("Encryption", "Lock the window after"), self)
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSuffix(QCoreApplication.translate("Encryption", " min"))
        self.lock_minutes.setSpecialValueText(QCoreApplication.translate("Encryption", "never"))
        self.lock_minutes.setValue(lock_minutes(settings))
        self.lock_minutes.setEnabled(not lock_minutes_fixed())  # set by the organisation
        self.lock_minutes.setAccessibleName(
            QCoreApplication.translate("Encryption", "Lock the window after (minutes without use)")
        )
        lock_label.setBuddy(self.lock_minutes)
        lock_row.addWidget(lock_label)
        lock_row.addWidget(self.lock_minutes)
        lock_row.addWidget(
            QLabel(
                QCoreApplication.translate("Encryption", "without use (Ctrl+L locks at once)"), self
            )
        )
        lock_row.addStretch(1)
        layout.addLayout(lock_row)
        self.on_button.clicked.connect(lambda: turn_on(self, self.practice, self.refresh))
        self.off_button.clicked.connect(lambda: turn_off(self, self.practice, self.refresh))
        self.change_button.clicked.connect(lambda: change(self, self.practice, self.refresh))
        self.refresh()

    def refresh(self) -> None:
        on = encryption.is_encrypted(Path(self.practice.folder))
        self.status.setText(
            QCoreApplication.translate(
                "Encryption", "The notes and every backup are encrypted with your passphrase."
            )
            if on
            else QCoreApplication.translate(
                "Encryption",
                "The notes are not encrypted: anyone with this computer's disk can read them.",
            )
        )
        self.on_button.setVisible(not on)
        # An organisation that requires encryption (deployment.py) gets no "turn off".
        self.off_button.setVisible(on and not required_by_organisation())
        self.change_button.setVisible(on)

    def save(self) -> None:
        if not lock_minutes_fixed():
            self.settings.setValue(LOCK_MINUTES, self.lock_minutes.value())
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            lock = getattr(widget, "app_lock", None)
            if lock is not None:
                lock.set_minutes(self.lock_minutes.value())
