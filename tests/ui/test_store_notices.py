"""What opening the store set aside, or its safety copy, is told once the window shows."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from coachdesk.core.practice import Practice
from coachdesk.ui import app, lang
from coachdesk.ui import settings as keys
from coachdesk.ui.main_window import MainWindow
from tests.store.test_migration_history import FIXTURES


def _boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_an_old_store_opened_in_the_window_names_its_safety_copy(qtbot, data_dir: Path):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "0007.db", data_dir / "coachdesk.db")
    lang.set_current("nl")
    practice = Practice.open(str(data_dir))
    try:
        assert practice.store.safety_copy is not None
        window = MainWindow(practice, keys.open_settings(data_dir))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=5000)
        text = window.statusBar().currentMessage()
        assert "omgezet naar deze versie" in text
        assert str(practice.store.safety_copy) in text
        assert _boxes(window) == []  # nothing set aside: no box to click away
    finally:
        practice.close()


def test_a_notice_from_the_fast_start_is_shown_in_the_coachs_language(
    qtbot, data_dir: Path, monkeypatch
):
    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Zoë Öztürk")
    lang.set_current("en")
    qt_app = app.create_application()
    window = app.start_window_fast(data_dir, keys.open_settings(data_dir), qt_app)
    qtbot.addWidget(window)
    window.show()
    original = Practice.open

    def open_with_a_notice(folder=None):  # as a journal set aside while opening
        practice = original(folder)
        practice.store.notices.append("store.stray_wal")
        return practice

    monkeypatch.setattr(Practice, "open", staticmethod(open_with_a_notice))
    window.start_opening()
    qtbot.waitUntil(lambda: bool(_boxes(window)), timeout=10000)
    (box,) = _boxes(window)
    assert box.windowTitle() == "While opening"
    assert (
        box.text()
        == "A leftover journal that did not belong to this database was set aside (not merged)."
    )
    box.accept()
    window.practice.close()
