"""The app lock (ui/app_lock.py) against the rest of the window: a second start, another
practice folder, dialogs that were open when it locked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from coachdesk.core import encryption
from coachdesk.store import cipher
from coachdesk.ui import app_lock
from coachdesk.ui.instance_link import InstanceServer, ask_to_come_forward

PASS = "lang-geheim-wachtwoord"


@pytest.fixture
def locks(qapp) -> Iterator[list[app_lock.AppLock]]:
    """Every app lock a test installs is taken down again (it filters the application's events)."""
    made: list[app_lock.AppLock] = []
    yield made
    for lock in made:
        lock.timer.stop()
        qapp.removeEventFilter(lock)
        if lock.prompt is not None:
            lock.prompt.deleteLater()
        lock.deleteLater()
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
