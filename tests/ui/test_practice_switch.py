"""A second start brings the first window forward (ui/instance_link.py), and
File > Open another practice folder… (ui/practice_switch.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

from coachdesk.core.instance import lock_data_folder
from coachdesk.core.practice import Practice
from coachdesk.errors import AlreadyOpenError
from coachdesk.store.lock import InstanceLock
from coachdesk.ui import backup_ui, long_lived
from coachdesk.ui import practice_switch as switch
from coachdesk.ui.instance_link import InstanceServer, ask_to_come_forward, server_name


def test_a_second_start_asks_the_running_window_to_come_forward(qtbot, tmp_path: Path):
    folder = tmp_path / "Praktijk Jansen"
    folder.mkdir()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    server = InstanceServer(folder, window)
    assert server.listening
    assert ask_to_come_forward(folder) is True
    assert server.requests == 1
    assert not window.isMinimized() and window.isVisible()
    # another folder has no window: nobody answers
    assert ask_to_come_forward(tmp_path / "other", 300) is False
    assert server.requests == 1
    name = server_name(folder)
    assert "Jansen" not in name and "Praktijk" not in name and str(tmp_path) not in name
    assert name != server_name(tmp_path / "other")
    server.close()


def test_a_second_start_on_an_open_folder_ends_after_raising_the_first(
    qtbot, tmp_path: Path, capsys, dutch
):
    folder = tmp_path / "praktijk"
    window = QMainWindow()
    qtbot.addWidget(window)
    held = lock_data_folder(folder)  # the first start
    server = InstanceServer(folder, window)
    try:
        started = backup_ui.acquire_instance(folder)
        assert started is False
        assert server.requests == 1
        assert "staat nu vooraan" in capsys.readouterr().err
    finally:
        server.close()
        held.release()


@pytest.fixture
def two_folders(data_dir: Path, tmp_path: Path):
    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Anna de Vries")
    other = tmp_path / "tweede praktijk"
    other.mkdir()
    return data_dir, other


def _start(qapp, make_window, folder: Path):
    assert backup_ui.acquire_instance(folder)
    window = make_window()
    window.show()
    return switch.PracticeSession(qapp, folder, window)


def test_open_another_practice_folder_closes_this_one_and_opens_the_other(
    qapp, qtbot, make_window, two_folders, monkeypatch, dutch
):
    first, other = two_folders
    session = _start(qapp, make_window, first)
    old = session.window
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(other))

    def confirm(_self, folder: Path) -> bool:
        asked.append(str(folder))
        return True

    monkeypatch.setattr(switch.PracticeSession, "_confirm_new", confirm)
    try:
        action = old.findChild(QAction, "action_open_practice")
        assert action is not None and action in old.file_menu.actions()
        assert action.text() == "Andere praktijkmap openen…"
        action.trigger()
        assert asked == [str(other)]  # an empty folder: asked first
        new = session.window
        assert new is not old and new.isVisible() and not old.isVisible()
        assert new.practice.store.folder == other
        assert (other / "coachdesk.db").is_file()
        assert new.practice.coachees.list() == []
        # the first practice is closed and its lock released; the other one is held
        assert InstanceLock(first).is_held_elsewhere() is None
        with pytest.raises(AlreadyOpenError):
            lock_data_folder(other)
        assert old.practice.store._closed  # the first store is closed
        assert switch.recent_folders()[:2] == [other, first]
        qtbot.addWidget(new)
        # back through the recent folders: a folder with a practice is not asked about
        session._fill_recent()
        [back] = [a for a in session.recent_menu.actions() if a.text() == str(first)]
        back.trigger()
        assert asked == [str(other)]
        again = session.window
        qtbot.addWidget(again)
        assert again.practice.store.folder == first
        assert [r.name for r in again.practice.coachees.list()] == ["Anna de Vries"]
    finally:
        session.window.practice.close()
        session.link.close()
        backup_ui.release_instance()


def test_declining_the_new_practice_keeps_everything_as_it_was(
    qapp, make_window, two_folders, monkeypatch
):
    first, other = two_folders
    session = _start(qapp, make_window, first)
    old = session.window
    monkeypatch.setattr(switch.PracticeSession, "_confirm_new", lambda _s, _f: False)
    try:
        assert session.open_folder(other) is False
        assert session.window is old and old.isVisible()
        assert not (other / "coachdesk.db").exists()
        assert InstanceLock(other).is_held_elsewhere() is None  # not taken
        with pytest.raises(AlreadyOpenError):
            lock_data_folder(first)  # still ours
        assert [r.name for r in old.practice.coachees.list()] == ["Anna de Vries"]
    finally:
        session.link.close()
        backup_ui.release_instance()


def test_an_encrypted_practice_is_opened_with_its_passphrase_and_kept_shut_without(
    qapp, qtbot, make_window, two_folders, monkeypatch
):
    from coachdesk.core import encryption
    from coachdesk.store import cipher
    from coachdesk.ui import encryption_ui

    first, other = two_folders
    with Practice.open(str(other)) as p:
        p.coachees.create("Bram Jansen")
    encryption.encrypt(other, "lang-en-geheim-wachtwoord")
    cipher.forget()
    session = _start(qapp, make_window, first)
    old = session.window
    answers = iter([False, True])

    def prompt(folder: Path) -> bool:
        if next(answers):
            encryption.unlock(folder, "lang-en-geheim-wachtwoord")
            return True
        return False  # the coach cancels the passphrase

    monkeypatch.setattr(encryption_ui, "unlock_at_start", prompt)
    thawed: list[bool] = []
    monkeypatch.setattr(long_lived, "thaw", lambda: thawed.append(True))
    try:
        assert session.open_folder(other) is False  # cancelled: nothing switched
        assert thawed == []
        assert session.window is old and old.isVisible()
        assert InstanceLock(other).is_held_elsewhere() is None  # its lock given back
        assert session.open_folder(other) is True
        qtbot.addWidget(session.window)
        assert [r.name for r in session.window.practice.coachees.list()] == ["Bram Jansen"]
        assert thawed == [True]  # the old window's objects back with the collector
    finally:
        session.window.practice.close()
        session.link.close()
        backup_ui.release_instance()
        cipher.forget()
