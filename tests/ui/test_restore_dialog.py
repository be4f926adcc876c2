"""A restore under way cannot be left half-way (ui/dialogs/restore_dialog.py)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from coachdesk.core.practice import Practice
from coachdesk.ui.tasks import run_op, set_synchronous


@pytest.fixture
def filled(data_dir: Path) -> Path:
    with Practice.open(str(data_dir)) as p:
        p.demo.generate(coachees=3, seed=4)
    return data_dir


def test_cancel_esc_and_close_do_not_leave_a_restore_half_way(
    qtbot, filled: Path, make_window, monkeypatch
):
    from coachdesk.ui.dialogs.restore_dialog import RestoreDialog

    window = make_window()
    window.show()
    window.practice.backups.create()
    run_op(window.practice.coachees.create, "Komt niet terug")
    backups = window.practice.backups
    real_restore = backups.restore
    started, go_on = threading.Event(), threading.Event()

    def slow_restore(path, progress=None):  # a restore that takes its time
        started.set()
        assert go_on.wait(60)
        return real_restore(path, progress=progress)

    monkeypatch.setattr(backups, "restore", slow_restore)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = RestoreDialog(
        window.practice, window, on_restored=window.backups._restored, ui=window.backups
    )
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()  # the window's start-up reads are done before the restore
    set_synchronous(False)  # the restore runs on the thread pool, as in the window
    try:
        dialog.confirm()
        assert started.wait(30)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.click()  # disabled: nothing happens
        assert not cancel.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.reject()
        dialog.close()
        assert dialog.isVisible() and dialog.result() == 0  # still there, still waiting
        assert window.backups.paused  # no automatic backup meanwhile
        go_on.set()
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=30_000)
    finally:
        go_on.set()
        set_synchronous(True)
    assert not window.backups.paused and cancel.isEnabled()
    assert len(window.practice.coachees.list()) == 3  # restored, the whole way
