"""File > Open another practice folder…, for a coach who keeps two practices.

The process has one open practice at a time: its data folder, the folder's lock
(one window per folder, store/lock.py), its window and the local socket through
which a second start brings that window forward (ui/instance_link.py). Opening
another folder:

1. the coach chooses a folder (QFileDialog); a folder without a practice is
   only made one after a clear question;
2. the other folder's lock is taken and its store opened first, so a refusal
   (already open elsewhere, damaged, newer) leaves the current practice as it was;
3. the current window closes as it does on quit: every open note is written
   first (if one cannot be, nothing is switched), its app lock is stopped, then
   the closing backup, then the store is closed and its lock released;
4. the new window opens with an app lock of its own (ui/app_lock.py); the folder is remembered as recent. The recent folders
   are the account's (paths.config_dir()), not any practice's: QSettings.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from coachdesk import paths
from coachdesk.errors import AlreadyOpenError, CoachDeskError
from coachdesk.ui import backup_ui, lang, long_lived
from coachdesk.ui.instance_link import InstanceServer, ask_to_come_forward

log = logging.getLogger(__name__)

RECENT_FILE = "coachdesk-recent.ini"
RECENT_KEY = "practices/recent"
RECENT_MAX = 8


# --- recent practice folders ---------------------------------------------------------


def recent_settings() -> QSettings:
    return QSettings(str(paths.config_dir() / RECENT_FILE), QSettings.Format.IniFormat)


def recent_folders() -> list[Path]:
    """The practice folders opened lately, newest first (only those that still exist)."""
    value = recent_settings().value(RECENT_KEY)
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    found = [Path(v) for v in items if isinstance(v, str) and v]
    return [f for f in found if paths.database_path(f).is_file()]


def remember(folder: Path) -> None:
    folder = Path(folder).absolute()
    settings = recent_settings()
    value = settings.value(RECENT_KEY)
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    kept = [str(folder)] + [v for v in items if isinstance(v, str) and v and v != str(folder)]
    settings.setValue(RECENT_KEY, kept[:RECENT_MAX])
    settings.sync()


# --- the open practice ---------------------------------------------------------------


class PracticeSession(QObject):
    """This process's open practice: folder, window, instance link; switches folders."""

    def __init__(self, app: Any, folder: Path, window: Any):
        super().__init__(app)
        self.app = app
        self.folder = Path(folder).absolute()
        self.window = window
        self.link = InstanceServer(self.folder, window, parent=self)
        self.attach(window)
        remember(self.folder)

    # --- menu ----------------------------------------------------------------------

    def attach(self, window: Any) -> None:
        """Put File > Open another practice folder… and Recent practice folders in ``window``."""
        self.open_action = QAction(
            QCoreApplication.translate("Practices", "Open another practice folder…"), window
        )
        self.open_action.setObjectName("action_open_practice")
        self.open_action.setStatusTip(
            QCoreApplication.translate(
                "Practices", "Save and close this practice and open the practice in another folder"
            )
        )
        self.open_action.triggered.connect(self.choose_folder)
        self.recent_menu = QMenu(
            QCoreApplication.translate("Practices", "Recent practice folders"), window
        )
        self.recent_menu.setObjectName("recentPracticesMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu = getattr(window, "file_menu", None)
        if menu is None:
            return
        before = next((a for a in menu.actions() if a.isSeparator()), None)
        separator = menu.insertSeparator(before) if before else menu.addSeparator()
        menu.insertAction(separator, self.open_action)
        menu.insertMenu(separator, self.recent_menu)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        others = [f for f in recent_folders() if f != self.folder]
        for folder in others:
            action = self.recent_menu.addAction(str(folder))
            action.triggered.connect(lambda _=False, f=folder: self.open_folder(f))
        if not others:
            none = self.recent_menu.addAction(
                QCoreApplication.translate("Practices", "No other practice folders yet")
            )
            none.setEnabled(False)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self.window,
            QCoreApplication.translate("Practices", "Open another practice folder"),
            str(self.folder.parent),
        )
        if chosen:
            self.open_folder(Path(chosen))

    # --- switching -----------------------------------------------------------------

    def _say(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        box = QMessageBox(
            icon,
            QCoreApplication.translate("Practices", "Open another practice folder"),
            text,
            parent=self.window,
        )
        box.setObjectName("practiceSwitchMessage")
        self.message_box = box
        box.exec()

    def _confirm_new(self, folder: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Practices", "Open another practice folder"),
            QCoreApplication.translate(
                "Practices",
                "There is no practice in {folder} yet.\n\nStart a new, empty practice there?",
            ).format(folder=str(folder)),
            parent=self.window,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Practices", "The current practice is saved and closed first."
            )
        )
        box.setObjectName("newPracticeQuestion")
        create = box.addButton(
            QCoreApplication.translate("Practices", "Start a new practice"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        self.message_box = box
        box.exec()
        return box.clickedButton() is create

    def open_folder(self, folder: Path) -> bool:
        """Close this practice and open the one in ``folder``; False (and this practice
        kept as it was) when the coach declines or the other one cannot be opened."""
        from coachdesk.core.instance import lock_data_folder
        from coachdesk.core.practice import Practice

        folder = Path(folder).expanduser().absolute()
        if folder == self.folder:
            self._say(QCoreApplication.translate("Practices", "This practice is already open."))
            return False
        db = paths.database_path(folder)
        if not db.exists() and not db.is_symlink() and not self._confirm_new(folder):
            return False
        try:
            lock = lock_data_folder(folder)
        except AlreadyOpenError as exc:
            if ask_to_come_forward(folder):
                self._say(
                    QCoreApplication.translate(
                        "Practices",
                        "That practice is open in another CoachDesk window: it is in front now.",
                    )
                )
            else:
                self._say(exc.message(lang.current()))
            return False
        except OSError:
            self._say(
                QCoreApplication.translate(
                    "Practices",
                    "The folder {folder} cannot be used for a practice (no permission to write there).",
                ).format(folder=str(folder)),
                QMessageBox.Icon.Warning,
            )
            return False
        from coachdesk.ui import encryption_ui

        if not encryption_ui.unlock_at_start(folder):  # encrypted: keychain or passphrase
            lock.release()
            return False
        try:
            practice = Practice.open(str(folder))
        except CoachDeskError as exc:
            lock.release()
            self._say(exc.message(lang.current()), QMessageBox.Icon.Warning)
            return False
        if not self._close_current():
            practice.close()
            lock.release()
            return False
        backup_ui.hold_instance(lock)
        self._show(folder, practice)
        return True

    def _close_current(self) -> bool:
        """Close the window as on quit (notes first), the closing backup, the store, the lock."""
        old = self.window
        quits = QApplication.quitOnLastWindowClosed()
        QApplication.setQuitOnLastWindowClosed(False)
        try:
            if not old.close():  # a note could not be written: its window says why
                return False
        finally:
            QApplication.setQuitOnLastWindowClosed(quits)
        lock = getattr(old, "app_lock", None)
        if lock is not None:  # the old practice's app lock goes with its window
            lock.stop()
        backup_ui.on_exit(old)
        practice = old.practice
        opened = getattr(practice, "opened", None)
        practice = opened() if callable(opened) else practice
        if practice is not None:
            practice.close()
        backup_ui.release_instance()
        old.deleteLater()
        long_lived.thaw()  # the old window's objects, frozen at start-up, may go now
        return True

    def _show(self, folder: Path, practice: Any) -> None:
        from coachdesk.ui import settings as keys
        from coachdesk.ui.main_window import MainWindow

        window = MainWindow(practice, keys.open_settings(folder))
        self.window = window
        self.folder = folder
        self.link.close()
        self.link = InstanceServer(folder, window, parent=self)
        handlers = getattr(self.app, "_coachdesk_quit_handlers", None)
        if handlers is not None:
            handlers.window = window
        self.attach(window)
        remember(folder)
        window.show()
        from coachdesk.ui import app_lock

        app_lock.install(window, folder, window.settings)  # its idle lock and Ctrl+L
        log.info("another practice folder was opened")
