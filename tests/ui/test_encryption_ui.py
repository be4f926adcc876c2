"""Encryption in the window (issue 13): the prompt, Settings, the recovery key, the app lock."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coachdesk.core import encryption
from coachdesk.core.practice import Practice
from coachdesk.store import cipher
from coachdesk.ui import app_lock, encryption_ui
from coachdesk.ui.widgets import encryption_section

PASS = "lang-geheim-wachtwoord"


@pytest.fixture(autouse=True)
def _no_app_lock_left(qapp):
    """An app lock lives on the application: one left running locks a later test's
    windows when its idle time runs out (its folder is still encrypted)."""
    yield
    for lock in qapp.findChildren(app_lock.AppLock):
        lock.stop()


@pytest.fixture
def session_id(data_dir):
    with Practice.open(str(data_dir)) as p:
        c = p.coachees.create("Anouk Vermeer")
        t = p.trajectories.create(c.id, "Leiderschap", contracted_sessions=8)
        return p.sessions.create(t.id, datetime(2026, 3, 17, 10), template="grow").id


def test_prompt_says_wrong_passphrase_and_opens_with_the_right_one(qtbot, data_dir, dutch):
    Practice.open(str(data_dir)).close()
    encryption.encrypt(data_dir, PASS)
    cipher.forget()
    cipher.tries.sleep = lambda _s: None
    dialog = encryption_ui.PassphraseDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("verkeerd-wachtwoord")
    dialog.ok.click()
    assert dialog.problem.isVisible() and "klopt niet" in dialog.problem.text()
    assert not encryption.is_unlocked(data_dir)
    dialog.passphrase.setText(PASS)
    dialog.remember.setChecked(True)  # the fail keychain of the tests: remembering does nothing
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert encryption.is_unlocked(data_dir)
    cipher.tries.sleep = __import__("time").sleep


def test_settings_turns_encryption_on_and_shows_the_recovery_key_once(
    qtbot, window, data_dir, monkeypatch
):
    shown: list[str] = []

    def new_passphrase_exec(dialog):
        dialog.first.setText(PASS)
        dialog.second.setText(PASS)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(encryption_ui.NewPassphraseDialog, "exec", new_passphrase_exec)
    monkeypatch.setattr(encryption_ui.RecoveryKeyDialog, "exec", lambda d: shown.append(d.key) or 1)
    section = encryption_section.EncryptionSection(window.practice, window.settings, window)
    qtbot.addWidget(section)
    assert section.on_button.isVisibleTo(section) and not section.off_button.isVisibleTo(section)
    section.on_button.click()
    assert len(shown) == 1 and shown[0].count("-") == 7
    assert encryption.is_encrypted(data_dir)
    assert section.off_button.isVisibleTo(section) and not section.on_button.isVisibleTo(section)
    assert b"Anouk" not in (data_dir / "coachdesk.db").read_bytes()
    window.practice.coachees.create("Na versleutelen")  # the open window carries on
    cipher.forget()
    with pytest.raises(Exception):  # noqa: B017 - a fresh process would need the passphrase
        Practice.open(str(data_dir))


def test_lock_hides_every_window_and_saves_what_was_typed(
    qtbot, window, data_dir, session_id, dutch
):
    encryption.encrypt_open(window.practice, PASS)
    lock = app_lock.install(window, data_dir, window.settings)
    assert lock.minutes == encryption_section.DEFAULT_LOCK_MINUTES
    assert lock.timer.isActive() and lock.timer.interval() == 10 * 60_000
    editor = window.features.open_session(session_id)
    assert editor is not None
    editor.private.editors["notes"].setPlainText("Getypt vlak voor het slot")
    assert editor._timer.isActive()  # not yet saved by the autosave timer
    extra = QWidget()  # another window (e.g. a dialog the coach left open)
    qtbot.addWidget(extra)
    extra.show()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: lock.locked)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [lock.prompt]  # only the passphrase prompt is left
    assert "vlak voor het slot" in window.practice.sessions.get(session_id).private_notes
    prompt = lock.prompt
    prompt.passphrase.setText("verkeerd-wachtwoord")
    cipher.tries.sleep = lambda _s: None
    prompt.ok.click()
    assert lock.locked and prompt.problem.isVisible()
    prompt.reject()  # Esc does not lift the lock
    assert lock.locked and prompt.isVisible()
    prompt.passphrase.setText(PASS)
    prompt.ok.click()
    assert not lock.locked
    assert window.isVisible() and extra.isVisible()
    cipher.tries.sleep = __import__("time").sleep


def test_idle_time_locks_and_ctrl_l_without_encryption_only_says_why(qtbot, window, data_dir):
    lock = app_lock.install(window, data_dir, window.settings)
    lock.lock_now()
    assert not lock.locked
    assert "Settings" in window.statusBar().currentMessage() or "Instellingen" in (
        window.statusBar().currentMessage()
    )
    encryption.encrypt_open(window.practice, PASS)
    lock.set_minutes(1)
    lock.timer.timeout.emit()  # the idle time has passed
    assert lock.locked
    lock.prompt.passphrase.setText(PASS)
    lock.prompt.ok.click()
    assert not lock.locked and lock.timer.isActive()
