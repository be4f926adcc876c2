"""Fixtures for driving the real window: synchronous tasks, Dutch locale, no modal waits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.core.practice import Practice
from coachdesk.ui import lang
from coachdesk.ui import settings as keys
from coachdesk.ui.tasks import set_synchronous


@pytest.fixture
def synchronous_tasks() -> Iterator[None]:
    set_synchronous(True)
    yield
    set_synchronous(False)


@pytest.fixture
def make_window(qtbot, data_dir: Path, synchronous_tasks, monkeypatch):
    """Build MainWindow on the test's data folder; message boxes are recorded, not shown."""
    from PySide6.QtWidgets import QMessageBox

    from coachdesk.ui.main_window import MainWindow

    lang.set_current("nl")
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: messages.append(text))
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a, **k: messages.append(text)
    )
    opened: list[MainWindow] = []

    def make() -> MainWindow:
        practice = Practice.open(str(data_dir))
        window = MainWindow(practice, keys.open_settings(data_dir))
        window.messages = messages  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.practice.close()


@pytest.fixture
def window(make_window):
    w = make_window()
    w.show()
    return w
