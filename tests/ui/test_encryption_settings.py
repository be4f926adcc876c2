"""Settings > Encryption on or off: the main window's notes are written first and nothing
else writes while the files are rewritten (ui/widgets/encryption_section.py)."""

from __future__ import annotations

import contextlib
from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from coachdesk.core import encryption
from coachdesk.core.practice import Practice
from coachdesk.errors import StoreLockedError
from coachdesk.store import cipher
from coachdesk.ui import app_lock, encryption_ui
from coachdesk.ui.dialogs.settings_dialog import SettingsDialog
from coachdesk.ui.widgets import encryption_section

PASS = "lang-geheim-wachtwoord"


@pytest.fixture
def session_id(data_dir):
    with Practice.open(str(data_dir)) as p:
        c = p.coachees.create("Anouk Vermeer")
        t = p.trajectories.create(c.id, "Leiderschap", contracted_sessions=8)
        return p.sessions.create(t.id, datetime(2026, 3, 17, 10), template="grow").id


@pytest.fixture
def settings_section(qtbot, window, data_dir, monkeypatch):
    """The Encryption group inside the real Settings dialog, the window's app lock installed."""
    lock = app_lock.install(window, data_dir, window.settings)

    def new_passphrase_exec(dialog):
        dialog.first.setText(PASS)
        dialog.second.setText(PASS)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(encryption_ui.NewPassphraseDialog, "exec", new_passphrase_exec)
    monkeypatch.setattr(encryption_ui.RecoveryKeyDialog, "exec", lambda _d: 1)
    dialog = SettingsDialog(window.practice, window.settings, window)
    qtbot.addWidget(dialog)
    yield dialog.encryption
    with contextlib.suppress(RuntimeError):
        lock.stop()
    cipher.forget()


def test_turning_encryption_on_writes_the_open_note_first_and_holds_the_other_writers(
    window, session_id, settings_section, monkeypatch
):
    editor = window.features.open_session(session_id)
    editor.private.editors["notes"].setPlainText("Getypt vlak voor het versleutelen")
    assert editor._timer.isActive()  # waiting for the autosave
    seen: dict[str, object] = {}
    real = encryption.encrypt_open

    def encrypt_open(practice, passphrase, progress=None):
        seen["note"] = practice.sessions.get(session_id).private_notes
        seen["sessions open"] = dict(window.features.sessions)
        seen["backups paused"] = window.backups.paused
        seen["lock paused"] = window.app_lock.paused and not window.app_lock.timer.isActive()
        return real(practice, passphrase, progress)

    monkeypatch.setattr(encryption, "encrypt_open", encrypt_open)
    settings_section.on_button.click()
    assert seen == {
        "note": "Getypt vlak voor het versleutelen",
        "sessions open": {},
        "backups paused": True,
        "lock paused": True,
    }
    assert encryption.is_encrypted(window.practice.store.folder)
    assert not window.backups.paused  # let go again
    assert not window.app_lock.paused and window.app_lock.timer.isActive()
    assert window.practice.sessions.get(session_id).private_notes.endswith("versleutelen")


def test_turning_encryption_off_writes_the_open_note_first(
    window, data_dir, session_id, settings_section, monkeypatch
):
    encryption.encrypt_open(window.practice, PASS)
    settings_section.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def passphrase_exec(dialog):
        dialog.last_passphrase = PASS
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(encryption_ui.PassphraseDialog, "exec", passphrase_exec)
    editor = window.features.open_session(session_id)
    editor.shared.editors[next(iter(editor.shared.editors))].setPlainText("Vlak voor het uitzetten")
    seen: list[object] = []
    real = encryption.decrypt_open

    def decrypt_open(practice, passphrase, progress=None):
        seen.append(practice.sessions.get(session_id).shared_notes)
        seen.append(window.backups.paused)
        return real(practice, passphrase, progress)

    monkeypatch.setattr(encryption, "decrypt_open", decrypt_open)
    settings_section.off_button.click()
    assert seen and "Vlak voor het uitzetten" in str(seen[0]) and seen[1] is True
    assert not encryption.is_encrypted(data_dir) and not window.backups.paused


def test_a_note_that_cannot_be_written_stops_the_rewrite_with_a_reason(
    window, session_id, settings_section, monkeypatch, dutch
):
    editor = window.features.open_session(session_id)

    def locked(*_a, **_k):
        raise StoreLockedError()

    monkeypatch.setattr(window.practice.notes, "save_draft", locked)
    editor.private.editors["notes"].setPlainText("Mag nooit verloren gaan")
    called: list[bool] = []
    monkeypatch.setattr(encryption, "encrypt_open", lambda *a, **k: called.append(True))
    settings_section.on_button.click()
    assert called == []  # nothing rewritten
    assert not encryption.is_encrypted(window.practice.store.folder)
    assert any("niets veranderd" in m.lower() for m in window.messages), window.messages
    assert session_id in window.features.sessions  # the note's window stays, text and all
    assert editor.private.editors["notes"].toPlainText() == "Mag nooit verloren gaan"
    assert not window.backups.paused and not window.app_lock.paused
    monkeypatch.undo()  # the store answers again: the note lands
    editor.flush()
    editor.writer.retry_failed()
    editor.writer.flush()
    assert not editor.unsaved


def test_a_backup_being_made_stops_the_rewrite(window, settings_section, monkeypatch):
    window.backups.running = True
    called: list[bool] = []
    monkeypatch.setattr(encryption, "encrypt_open", lambda *a, **k: called.append(True))
    settings_section.on_button.click()
    assert called == [] and window.messages
    window.backups.running = False
    assert encryption_section.main_window(settings_section) is window
