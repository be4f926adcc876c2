"""Backups in the window: the scheduler, the status bar, File > Restore, one instance,
and SIGTERM through the window's close."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coachdesk.core.practice import Practice
from coachdesk.ui.tasks import run_op
from tests.conftest import REPO


@pytest.fixture
def filled(data_dir: Path) -> Path:
    with Practice.open(str(data_dir)) as p:
        p.demo.generate(coachees=5, seed=2)
    return data_dir


def test_a_change_is_backed_up_at_the_next_tick_and_the_status_bar_says_when(
    filled: Path, make_window, dutch
):
    window = make_window()
    ui = window.backups
    ui.tick()
    assert window.practice.backups.list() == []  # nothing changed: no backup
    run_op(window.practice.coachees.create, "Nieuwe coachee")
    assert ui.dirty
    ui.tick()
    [made] = window.practice.backups.list()
    assert made.good and made.kind == "auto" and not ui.dirty
    assert ui.label.text().startswith("Laatste back-up:")
    assert ui.restore_action in window.file_menu.actions()
    assert window.acts["quit"] in window.file_menu.actions()


def test_an_unusable_backup_folder_is_said_once_in_the_status_bar(
    filled: Path, tmp_path: Path, make_window, dutch
):
    window = make_window()
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    with Practice.open(str(filled)) as p:
        p.settings.set("backup.folder", str(blocked))
    ui = window.backups
    for attempt in range(3):
        run_op(window.practice.coachees.create, f"Coachee {attempt}")
        ui.tick()
        if attempt == 0:
            text = window.statusBar().currentMessage()
            assert "back-upmap" in text and "doorwerken" in text
            window.statusBar().clearMessage()
        else:
            assert window.statusBar().currentMessage() == ""  # not again, no dialog storm
    assert window.messages == []
    assert ui.dirty  # tried again next time


def test_the_closing_backup(filled: Path, make_window):
    window = make_window()
    run_op(window.practice.coachees.create, "Vlak voor sluiten")
    window.close()
    window.backups.closing_backup()
    [made] = window.practice.backups.list()
    assert made.summary is not None and made.summary.coachees == 6


def _confirm(monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_restore_from_the_window(filled: Path, make_window, monkeypatch, dutch):
    from coachdesk.ui.dialogs.restore_dialog import RestoreDialog

    window = make_window()
    window.practice.backups.create()
    run_op(window.practice.coachees.create, "Komt niet terug")
    assert len(window.list_panel.model.rows) == 6
    dialog = RestoreDialog(
        window.practice, window, on_restored=window.backups._restored, ui=window.backups
    )
    assert dialog.list.topLevelItemCount() == 1 and dialog.restore_button.isEnabled()
    assert "gaan verloren" in dialog.detail.text()
    assert "5 coachees" in dialog.list.topLevelItem(0).text(3)
    _confirm(monkeypatch)
    dialog.confirm()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(window.practice.coachees.list()) == 5
    assert len(window.list_panel.model.rows) == 5  # the views followed
    assert "veiligheidskopie" not in window.statusBar().currentMessage()
    kinds = sorted(b.kind for b in window.practice.backups.list())
    assert kinds == ["before-restore", "manual"]


def test_restore_of_a_junk_file_is_one_sentence_in_the_dialog(
    filled: Path, tmp_path: Path, make_window, monkeypatch
):
    from coachdesk.ui.dialogs.restore_dialog import RestoreDialog

    junk = tmp_path / "boodschappen.db"
    junk.write_bytes(b"melk, brood\n" * 300)
    window = make_window()
    before = (filled / "coachdesk.db").read_bytes()
    dialog = RestoreDialog(window.practice, window)
    dialog.chosen = junk
    _confirm(monkeypatch)
    dialog.confirm()
    assert dialog.error.isVisibleTo(dialog)
    assert "geen CoachDesk-back-up" in dialog.error.text()
    assert len(window.practice.coachees.list()) == 5
    window.practice.store.close()
    assert (filled / "coachdesk.db").read_bytes() == before


def test_a_second_start_on_the_same_folder_says_it_is_open(data_dir: Path, qapp, monkeypatch):
    from coachdesk.ui import backup_ui

    data_dir.mkdir(parents=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from pathlib import Path;"
            "from coachdesk.core.instance import lock_data_folder;"
            "l = lock_data_folder(Path(sys.argv[1])); print('ok', flush=True); time.sleep(60)",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        assert backup_ui.acquire_instance(data_dir) is False
        assert shown and "al geopend" in shown[0] and str(holder.pid) in shown[0]
    finally:
        holder.kill()
        holder.wait()
    assert backup_ui.acquire_instance(data_dir) is True  # free again once it has gone
    backup_ui._held.pop().release()


def test_sigterm_closes_the_window_and_makes_the_closing_backup(tmp_path: Path):
    data = tmp_path / "data"
    with Practice.open(str(data)) as p:
        p.demo.generate(coachees=3, seed=1)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "COACHDESK_LANG": "nl",
    }
    env.pop("COACHDESK_DATA_DIR", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "coachdesk", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lock = data / "coachdesk.lock"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # the window is up once it holds the lock
            if lock.exists() and lock.read_text().strip() == str(proc.pid):
                break
            time.sleep(0.05)
        from coachdesk.store.lock import UseLock

        use = UseLock(data / "coachdesk.db")
        while time.monotonic() < deadline and proc.poll() is None:  # the store has opened
            if not use.try_exclusive():
                break
            use.release()
            time.sleep(0.05)
        use.release()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    with Practice.open(str(data)) as p:
        assert p.backups.list(), "the closing backup was not made"


def test_an_encrypted_backup_of_a_lost_practice_restores_with_its_passphrase(
    filled: Path, tmp_path: Path, make_window, monkeypatch, dutch
):
    """The laptop is gone; the USB stick holds an encrypted backup and coachdesk.key."""
    from coachdesk.core import encryption
    from coachdesk.ui import encryption_ui
    from coachdesk.ui.dialogs.restore_dialog import RestoreDialog

    lost = tmp_path / "oude laptop"
    with Practice.open(str(lost)) as p:
        for name in ("Anna", "Bram", "Cor"):
            p.coachees.create(name)
    encryption.encrypt(lost, "lang-geheim-wachtwoord")
    with Practice.open(str(lost)) as p:
        made = Path(p.backups.create(tmp_path / "usb").path)
    window = make_window()
    asked: list[str] = []

    def answer(dialog) -> int:
        asked.append(dialog.backup)
        dialog.passphrase.setText("niet-dit")
        dialog.try_unlock()
        assert dialog.problem.isVisibleTo(dialog)  # a wrong one: one sentence, try again
        dialog.passphrase.setText("lang-geheim-wachtwoord")
        dialog.try_unlock()
        return dialog.result()

    monkeypatch.setattr(encryption_ui.PassphraseDialog, "exec", answer)
    from coachdesk.store import cipher

    monkeypatch.setattr(cipher.tries, "sleep", lambda _s: None)
    dialog = RestoreDialog(window.practice, window, on_restored=window.backups._restored)
    dialog.chosen = made
    _confirm(monkeypatch)
    dialog.confirm()
    assert asked == [made] and dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert sorted(c.name for c in window.practice.coachees.list()) == ["Anna", "Bram", "Cor"]
    assert encryption.is_encrypted(filled)  # restored as it was: encrypted, with its key file
    assert not (filled / "coachdesk.db").read_bytes().startswith(b"SQLite format 3")
