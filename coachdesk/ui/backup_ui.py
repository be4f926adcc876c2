"""Backups in the window: automatic, in the background, said in the status bar.

- A backup when the window closes (``on_exit``, after the window is gone) and at
  most every 30 minutes while data changes (the bus's ``practiceChanged``), off
  the GUI thread (ui/tasks.run_task).
- A missing, full or read-only backup folder is said once in the status bar, not
  in a dialog; the coach keeps working. The status bar says when the last good
  backup was made.
- File > Restore backup… (dialogs/restore_dialog.py).
- One window per data folder (``acquire_instance``; a second start brings the
  first window forward, ui/instance_link.py), and SIGTERM or the session
  manager's quit go through the window's close, which writes every open note first.
"""

from __future__ import annotations

import logging
import signal
import socket
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from coachdesk.errors import CoachDeskError
from coachdesk.ui import early_signals, lang
from coachdesk.ui.bus import bus
from coachdesk.ui.tasks import run_task

if TYPE_CHECKING:
    from pathlib import Path

    from coachdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

INTERVAL_MS = 30 * 60 * 1000


def last_backup_text(moment: datetime | None) -> str:
    if moment is None:
        return QCoreApplication.translate("Backups", "No backup yet")
    from coachdesk.core.services.backup import when_text

    return QCoreApplication.translate("Backups", "Last backup: {when}").format(
        when=when_text(moment, lang.current())
    )


class BackupUi(QObject):
    """Composed into the main window: the scheduler, the status bar label, File > Restore."""

    def __init__(self, window: MainWindow, interval_ms: int = INTERVAL_MS):
        super().__init__(window)
        self.window = window
        self.dirty = False
        self.running = False
        self.paused = False  # during a restore
        self.warned: set[str] = set()  # a problem is said once per run
        self.last_good: datetime | None = None
        self.label = QLabel(self.tr_last(None), window)
        self.label.setObjectName("lastBackup")
        self.label.setAccessibleName(QCoreApplication.translate("Backups", "Last backup"))
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        bus().practiceChanged.connect(self._changed)
        self.restore_action = QAction(
            QCoreApplication.translate("Backups", "Restore backup…"), window
        )
        self.restore_action.setObjectName("action_restore_backup")
        self.restore_action.triggered.connect(self.open_restore)
        menu = getattr(window, "file_menu", None)
        if menu is not None:
            before = next((a for a in menu.actions() if a.isSeparator()), None)
            menu.insertAction(before, self.restore_action) if before else menu.addAction(
                self.restore_action
            )
        QTimer.singleShot(0, self.refresh_last)

    @staticmethod
    def tr_last(moment: datetime | None) -> str:
        return last_backup_text(moment)

    # --- state -----------------------------------------------------------------

    def _changed(self, _changes: Any) -> None:
        self.dirty = True

    def _practice(self) -> Any:
        practice = self.window.practice
        opened = getattr(practice, "opened", None)
        return opened() if callable(opened) else practice

    def refresh_last(self) -> None:
        practice = self._practice()
        if practice is None:
            QTimer.singleShot(2000, self.refresh_last)  # still opening
            return
        run_task(
            lambda _ctx: practice.backups.last_good(),
            on_done=self._show_last,
            on_error=lambda _exc: None,
        )

    def _show_last(self, found: Any) -> None:
        self.last_good = found.created_at if found is not None else None
        self.label.setText(self.tr_last(self.last_good))

    # --- making backups --------------------------------------------------------------

    def tick(self) -> None:
        """Every 30 minutes: a backup in the background if data changed since the last."""
        if not self.dirty or self.running or self.paused:
            return
        practice = self._practice()
        if practice is None:
            return
        self.dirty = False
        self.running = True
        run_task(
            lambda _ctx: practice.backups.create(kind="auto"),
            on_done=self._made,
            on_error=self._failed,
        )

    def _made(self, made: Any) -> None:
        self.running = False
        self.warned.clear()
        self._show_last(made)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.dirty = True  # try again at the next tick
        key = getattr(exc, "key", type(exc).__name__)
        if key in self.warned:
            return
        self.warned.add(key)
        text = exc.message(lang.current()) if isinstance(exc, CoachDeskError) else str(exc)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Backups", "No backup made: {problem}").format(problem=text)
        )
        self.label.setToolTip(text)

    def closing_backup(self) -> None:
        """The window has closed: one last backup if anything changed (quietly)."""
        practice = self._practice()
        if practice is None or self.paused:
            return
        try:
            if self.dirty or practice.backups.changed_since_last_backup():
                practice.backups.create(kind="auto")
        except Exception as exc:  # noqa: BLE001 - logged; closing goes on
            from coachdesk.log import describe

            log.warning("no backup at close: %s", describe(exc))

    # --- restore -----------------------------------------------------------------

    def open_restore(self) -> None:
        from coachdesk.ui.dialogs.restore_dialog import RestoreDialog

        practice = self._practice()
        if practice is None:
            return
        dialog = RestoreDialog(practice, self.window, on_restored=self._restored, ui=self)
        self.dialog = dialog
        dialog.exec()

    def _restored(self, result: Any) -> None:
        self.dirty = False
        self.refresh_last()  # the views follow the change notice of the restore itself


# --- start and end of the window -----------------------------------------------------


_held: list[Any] = []  # the data folder's lock, held until the process ends


def acquire_instance(folder: Path) -> bool:
    """Take the data folder's lock; False after saying that CoachDesk is already open there."""
    from coachdesk.core.instance import lock_data_folder
    from coachdesk.errors import AlreadyOpenError

    try:
        _held.append(lock_data_folder(folder))
    except AlreadyOpenError as exc:
        import sys

        from coachdesk.ui.instance_link import ask_to_come_forward

        if ask_to_come_forward(folder):  # the running window is in front now: say so, end
            print(
                QCoreApplication.translate(
                    "Practices", "CoachDesk is already open for this practice: it is in front now."
                ),
                file=sys.stderr,
            )
            return False
        text = exc.message(lang.current())
        print(text, file=sys.stderr)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, "CoachDesk", text)
        box.setObjectName("alreadyOpen")
        box.exec()
        return False
    except OSError as exc:  # a folder that cannot hold a lock: the store's own open says why
        log.warning("no instance lock: %s", type(exc).__name__)
    return True


def hold_instance(lock: Any) -> None:
    """Keep another data folder's lock (File > Open another practice folder…)."""
    _held.append(lock)


def release_instance() -> None:
    """Release the data folder's lock (its practice has been closed)."""
    while _held:
        _held.pop().release()


class QuitHandlers(QObject):
    """SIGTERM (logout, shutdown, ``kill``) and the session manager's quit: every open note
    is written first, through the window's own close."""

    def __init__(self, app: Any, window: Any):
        super().__init__(app)
        self.window = window
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self.notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._woken)
        self._previous = signal.signal(signal.SIGTERM, lambda *_: None)  # handled via the fd
        app.commitDataRequest.connect(self._commit_data)
        app.aboutToQuit.connect(self.uninstall)
        if early_signals.take_sigterm():  # asked to stop while the window was being built
            QTimer.singleShot(0, self.terminate)

    def _woken(self) -> None:
        try:
            data = self._reader.recv(64)
        except OSError:
            return
        if signal.SIGTERM in data or bytes([signal.SIGTERM]) in data:
            self.terminate()

    def terminate(self) -> None:
        log.info("SIGTERM: closing the window (notes are written first)")
        if self.window.close():
            QCoreApplication.quit()

    def _commit_data(self, _manager: Any) -> None:
        features = getattr(self.window, "features", None)
        if features is not None:
            features.flush_all()

    def uninstall(self) -> None:
        try:
            signal.set_wakeup_fd(self._previous_fd)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
        except (ValueError, TypeError):
            pass


def install(app: Any, window: Any) -> QuitHandlers | None:
    """After the window is built: SIGTERM and session-manager quit go through its close."""
    try:
        handlers = QuitHandlers(app, window)
    except (ValueError, OSError):  # not the main thread, or no signals here
        return None
    app._coachdesk_quit_handlers = handlers
    return handlers


def on_exit(window: Any) -> None:
    """After the event loop: the closing backup (the window is gone, so nothing freezes)."""
    ui = getattr(window, "backups", None)
    if isinstance(ui, BackupUi):
        ui.closing_backup()
