"""The app lock: after an idle time (Settings, default 10 minutes) and on Ctrl+L.

Locking first saves every open note (the same flush as closing a session window),
then hides every window of the application and shows only the passphrase prompt;
the passphrase brings back exactly the windows that were visible. A modal dialog
that is open (a passphrase change, a new coachee) is covered instead of hidden,
with the prompt above it: hiding it would end it as if cancelled. Only for an
encrypted practice: without a passphrase there is nothing to unlock with, and
Ctrl+L says so in the status bar.
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
        self.covers: list[_Cover] = []
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

        shown = [w for w in self.app.topLevelWidgets() if w.isVisible()]
        # A modal dialog is covered, not hidden: hiding would end its exec() as if
        # cancelled (a passphrase change, a new coachee) and bring it back non-modal.
        self.covers = [_Cover.over(w) for w in shown if w.isModal()]
        self.hidden = [w for w in shown if not w.isModal()]
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
        covers, self.covers = self.covers, []
        for cover in covers:
            cover.lift()
        if prompt is not None:
            prompt.deleteLater()
        # Back to where the coach was: the innermost dialog still open, else the window.
        on_top = next((c.dialog for c in reversed(covers) if c.alive()), None)
        (on_top or self.window).activateWindow()
        self.set_minutes(self.minutes)


class _Cover(QWidget):
    """An opaque sheet over a modal dialog while locked: the dialog keeps running (its
    answer survives the lock) but shows nothing, not even its title. Kept (hidden) with
    its dialog afterwards, for the next lock: deleting it under a running exec() is
    not worth the risk."""

    @classmethod
    def over(cls, dialog: QWidget) -> _Cover:
        cover = dialog.findChild(cls, "appLockCover", Qt.FindChildOption.FindDirectChildrenOnly)
        if cover is None:
            cover = cls(dialog)
        cover.cover()
        return cover

    def __init__(self, dialog: QWidget):
        super().__init__(dialog)
        self.dialog = dialog
        self.title = ""
        self.setObjectName("appLockCover")
        self.setAutoFillBackground(True)
        self.hide()

    def cover(self) -> None:
        dialog = self.dialog
        self.title = dialog.windowTitle()
        dialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", "CoachDesk is locked"))
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.dialog and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.setGeometry(self.dialog.rect())
            self.raise_()
        return False

    def alive(self) -> bool:
        try:
            return self.dialog.isVisible()
        except RuntimeError:  # the dialog was deleted meanwhile
            return False

    def lift(self) -> None:
        try:
            self.dialog.removeEventFilter(self)
            self.dialog.setWindowTitle(self.title)
            self.hide()
        except RuntimeError:  # deleted with its dialog
            pass


def install(window: Any, folder: Path, settings: Any) -> AppLock:
    from coachdesk.ui.widgets.encryption_section import lock_minutes

    lock = AppLock(window, folder, lock_minutes(settings))
    window.app_lock = lock
    return lock
