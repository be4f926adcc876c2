"""The app lock: after an idle time (Settings, default 10 minutes) and on Ctrl+L.

Locking first saves every open note (the same flush as closing a session window),
then hides every window and dialog of the application and shows only the
passphrase prompt; the passphrase brings back exactly the windows that were
visible. Only for an encrypted practice: without a passphrase there is nothing
to unlock with, and Ctrl+L says so in the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from coachdesk.core import encryption

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def save_open_notes(app: Any) -> None:
    """Write what is typed in every open note editor (autosave would do it a bit later)."""
    for widget in app.allWidgets():
        flush = getattr(widget, "flush", None)
        if callable(flush) and hasattr(widget, "unsaved"):
            flush()


class AppLock(QObject):
    def __init__(self, window: QWidget, folder: Path, minutes: int):
        app = QApplication.instance()
        super().__init__(app)
        self.app = app
        self.window = window
        self.folder = Path(folder)
        self.hidden: list[QWidget] = []
        self.prompt: Any = None
        self.stopped = False
        self.paused = False  # while Settings rewrites the files (encryption on or off)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app.installEventFilter(self)
        self.shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.lock_now)

    @property
    def locked(self) -> bool:
        return self.prompt is not None

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, minutes)
        if self.minutes and not self.stopped and not self.paused:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def pause(self, paused: bool) -> None:
        """Hold the idle lock (and Ctrl+L) while ``paused``; the idle time starts afresh after."""
        self.paused = paused
        if paused:
            self.timer.stop()
        else:
            self.set_minutes(self.minutes)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not self.locked and not self.paused and self.minutes and event.type() in _ACTIVITY:
            self.timer.start(self.minutes * 60_000)
        return False

    def lock_now(self) -> None:
        if not encryption.is_encrypted(self.folder):
            bar = getattr(self.window, "statusBar", None)
            if callable(bar):
                bar().showMessage(
                    QCoreApplication.translate(
                        "Encryption",
                        "Locking needs a passphrase: turn on encryption in Settings.",
                    ),
                    8000,
                )
            return
        self.lock()

    def lock(self) -> None:
        if self.locked or self.stopped or self.paused or not encryption.is_encrypted(self.folder):
            return
        save_open_notes(self.app)
        from coachdesk.ui.encryption_ui import PassphraseDialog

        self.hidden = [w for w in self.app.topLevelWidgets() if w.isVisible()]
        for widget in self.hidden:
            widget.hide()
        prompt = PassphraseDialog(self.folder, None, locked=True)
        prompt.setWindowModality(Qt.WindowModality.ApplicationModal)
        prompt.accepted.connect(self.unlock)
        self.prompt = prompt
        prompt.show()
        prompt.raise_()
        prompt.activateWindow()

    def stop(self) -> None:
        """This practice is closing (File > Open another practice folder…): no more idle
        lock, Ctrl+L or event filter for it; the next practice installs its own."""
        self.stopped = True
        self.timer.stop()
        self.app.removeEventFilter(self)
        self.shortcut.setEnabled(False)
        if getattr(self.window, "app_lock", None) is self:
            self.window.app_lock = None
        self.deleteLater()

    def unlock(self) -> None:
        prompt, self.prompt = self.prompt, None
        for widget in self.hidden:
            widget.show()
        self.hidden = []
        if prompt is not None:
            prompt.deleteLater()
        self.window.activateWindow()
        self.set_minutes(self.minutes)


def install(window: Any, folder: Path, settings: Any) -> AppLock:
    from coachdesk.ui.widgets.encryption_section import lock_minutes

    lock = AppLock(window, folder, lock_minutes(settings))
    window.app_lock = lock
    return lock
