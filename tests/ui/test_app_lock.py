"""The app lock (ui/app_lock.py) against the rest of the window: a second start, another
practice folder, dialogs that were open when it locked."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from coachdesk.core import encryption
from coachdesk.core.practice import Practice
from coachdesk.store import cipher
from coachdesk.ui import app_lock, backup_ui, encryption_ui
from coachdesk.ui import practice_switch as switch
from coachdesk.ui.instance_link import InstanceServer, ask_to_come_forward
from coachdesk.ui.widgets import encryption_section

PASS = "lang-geheim-wachtwoord"
OTHER_PASS = "een-heel-ander-wachtwoord"


@pytest.fixture
def locks(qapp) -> Iterator[list[app_lock.AppLock]]:
    """Every app lock a test installs is taken down again (it filters the application's events)."""
    made: list[app_lock.AppLock] = []
    yield made
    for lock in made:
        with contextlib.suppress(RuntimeError):  # stopped and deleted already
            if lock.prompt is not None:
                lock.prompt.deleteLater()
            lock.stop()
    cipher.forget()


@pytest.fixture
def encrypted_window(window, data_dir, locks):
    encryption.encrypt_open(window.practice, PASS)
    lock = app_lock.install(window, data_dir, window.settings)
    locks.append(lock)
    return window


def _visible() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_second_start_while_locked_brings_the_prompt_forward_not_the_window(
    qtbot, encrypted_window, data_dir
):
    window = encrypted_window
    lock = window.app_lock
    server = InstanceServer(data_dir, window)
    try:
        lock.lock_now()
        assert lock.locked and not window.isVisible()
        lock.prompt.showMinimized()
        assert ask_to_come_forward(data_dir) is True  # the second start is answered
        assert server.requests == 1
        assert not window.isVisible()  # the coachees stay hidden behind the lock
        assert _visible() == [lock.prompt] and not lock.prompt.isMinimized()
        lock.prompt.passphrase.setText(PASS)
        lock.prompt.ok.click()
        assert not lock.locked and window.isVisible()
        window.showMinimized()
        assert ask_to_come_forward(data_dir) is True  # unlocked: the window itself
        assert window.isVisible() and not window.isMinimized()
    finally:
        server.close()


def test_after_opening_another_practice_folder_the_lock_is_the_new_practices(
    qapp, qtbot, data_dir, tmp_path: Path, synchronous_tasks, monkeypatch, locks
):
    from coachdesk.ui import settings as keys
    from coachdesk.ui.main_window import MainWindow

    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Anna de Vries")
    other = tmp_path / "tweede praktijk"
    with Practice.open(str(other)) as p:
        p.coachees.create("Bram Jansen")
    encryption.encrypt(data_dir, PASS)
    encryption.encrypt(other, OTHER_PASS)
    cipher.forget()
    encryption.unlock(data_dir, PASS)
    monkeypatch.setattr(
        encryption_ui, "unlock_at_start", lambda f: encryption.unlock(f, OTHER_PASS) or True
    )
    assert backup_ui.acquire_instance(data_dir)
    old = MainWindow(Practice.open(str(data_dir)), keys.open_settings(data_dir))
    old.show()  # not given to qtbot: the switch deletes it
    old_lock = app_lock.install(old, data_dir, old.settings)  # as ui/app.py does at start
    locks.append(old_lock)
    session = switch.PracticeSession(qapp, data_dir, old)
    try:
        assert session.open_folder(other) is True
        new = session.window
        qtbot.addWidget(new)
        lock = getattr(new, "app_lock", None)
        assert lock is not None and lock is not old_lock
        locks.append(lock)
        assert lock.folder == other.absolute() and lock.window is new
        assert not old_lock.timer.isActive()  # the old practice's idle lock is gone
        old_lock.timer.timeout.emit()
        assert not old_lock.locked and new.isVisible()
        # Settings' idle time reaches the new lock
        section = encryption_section.EncryptionSection(new.practice, new.settings, new)
        section.lock_minutes.setValue(3)
        section.save()
        assert lock.minutes == 3 and lock.timer.interval() == 3 * 60_000
        assert lock.timer.isActive()
        # Ctrl+L locks the new practice, and its own passphrase lifts it
        new.activateWindow()  # as the window manager does with a window just shown
        qtbot.waitUntil(new.isActiveWindow)
        qtbot.keyClick(new, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: lock.locked)
        assert not new.isVisible() and _visible() == [lock.prompt]
        assert lock.prompt.folder == other.absolute()
        cipher.tries.sleep = lambda _s: None
        lock.prompt.passphrase.setText(PASS)  # the old practice's passphrase does not
        lock.prompt.ok.click()
        assert lock.locked
        lock.prompt.passphrase.setText(OTHER_PASS)
        lock.prompt.ok.click()
        assert not lock.locked and new.isVisible()
    finally:
        cipher.tries.sleep = __import__("time").sleep
        session.window.practice.close()
        session.link.close()
        backup_ui.release_instance()


def _lock_and_unlock_inside(dialog_type, lock, window, then) -> dict:
    """While the next modal dialog runs: the idle lock fires; later (the event loop ran
    in between, as when the coach is away) the coach unlocks and ``then(dialog)``
    finishes the dialog. Returns what was seen; "done" once it all ran."""
    seen: dict = {}
    found: list = []

    def locking() -> None:
        dialog = QApplication.activeModalWidget()
        found.append(dialog)
        assert isinstance(dialog, dialog_type), dialog
        seen["title"] = dialog.windowTitle()
        lock.timer.timeout.emit()  # the idle time passes while the dialog is open
        covers = dialog.findChildren(QWidget, "appLockCover")
        seen["locked"] = lock.locked and not window.isVisible()
        seen["covered"] = len(covers) == 1 and covers[0].isVisible()
        seen["cover fills it"] = bool(covers) and covers[0].geometry() == dialog.rect()
        seen["title hidden"] = dialog.windowTitle() != seen["title"]
        seen["prompt on top"] = QApplication.activeModalWidget() is lock.prompt
        QTimer.singleShot(0, unlocking)

    def unlocking() -> None:
        dialog = found[0]
        try:
            lock.prompt.passphrase.setText(PASS)
            lock.prompt.ok.click()
            seen["unlocked"] = not lock.locked and window.isVisible()
            seen["dialog as it was"] = (
                dialog.isVisible() and dialog.isModal() and dialog.windowTitle() == seen["title"]
            )
            then(dialog)
        finally:
            seen["done"] = True
            if dialog.isVisible():
                dialog.done(0)  # never leave the test waiting in exec()

    QTimer.singleShot(0, locking)
    return seen


def _wait_done(qtbot, seen: dict) -> None:
    qtbot.waitUntil(lambda: seen.get("done", False))
    seen.pop("done")
    seen.pop("title")


ALL_SEEN = dict.fromkeys(
    (
        "locked",
        "covered",
        "cover fills it",
        "title hidden",
        "prompt on top",
        "unlocked",
        "dialog as it was",
    ),
    True,
)


def test_an_idle_lock_during_the_passphrase_change_keeps_the_dialog_and_its_answer(
    qtbot, encrypted_window, data_dir
):
    window = encrypted_window
    new = "een-nieuw-lang-wachtwoord"
    section = encryption_section.EncryptionSection(window.practice, window.settings, window)

    def finish(dialog) -> None:
        dialog.current.setText(PASS)
        dialog.first.setText(new)
        dialog.second.setText(new)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    seen = _lock_and_unlock_inside(
        encryption_ui.NewPassphraseDialog, window.app_lock, window, finish
    )
    section.change_button.click()  # change(): while dialog.exec()
    _wait_done(qtbot, seen)
    assert encryption.check_passphrase(data_dir, new)  # the change was made
    assert len(window.messages) == 1  # "The passphrase was changed"
    assert seen == ALL_SEEN


def test_an_idle_lock_during_new_coachee_still_opens_the_coachee(qtbot, encrypted_window):
    from coachdesk.ui.dialogs.coachee_dialog import CoacheeDialog

    window = encrypted_window

    def finish(dialog) -> None:
        dialog.name.setText("Nieuwe Coachee")
        dialog.save_button.click()

    seen = _lock_and_unlock_inside(CoacheeDialog, window.app_lock, window, finish)
    window.editing.new_coachee()
    _wait_done(qtbot, seen)
    page = window._page
    assert page is not None and page.coachee is not None
    assert page.coachee.name == "Nieuwe Coachee"  # opened, as without the lock
    assert seen == ALL_SEEN
