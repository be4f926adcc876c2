"""Fixtures for driving the real window: synchronous tasks, Dutch locale, no modal waits."""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.core.practice import Practice
from coachdesk.core.services import db
from coachdesk.ui import lang
from coachdesk.ui import settings as keys
from coachdesk.ui.tasks import set_synchronous


@pytest.fixture
def synchronous_tasks() -> Iterator[None]:
    set_synchronous(True)
    yield
    set_synchronous(False)


def _fail_on_an_unrecorded_window_write() -> None:
    """A write the window made outside ui.tasks.run_op: no view would hear of it."""
    if any("/coachdesk/ui/" in frame.filename for frame in traceback.extract_stack()):
        raise AssertionError("a write from the window did not go through ui.tasks.run_op")


@pytest.fixture(autouse=True)
def _every_window_write_is_an_operation() -> Iterator[None]:
    db.unrecorded_write_hook = _fail_on_an_unrecorded_window_write
    yield
    db.unrecorded_write_hook = None


@pytest.fixture(autouse=True)
def frozen(monkeypatch) -> list[str]:
    """What the window asked to freeze (ui/long_lived.py): recorded, not done, so one
    test does not take the whole test run's objects out of garbage collection."""
    from coachdesk.ui import long_lived

    calls: list[str] = []
    monkeypatch.setattr(long_lived, "freeze", lambda: calls.append("freeze"))
    return calls


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    """Qt's and CoachDesk's Dutch translations installed: the window reads as a Dutch coach sees it."""
    from coachdesk.ui.app import install_translations

    lang.set_current("nl")
    translators = install_translations(qapp, "nl")
    assert translators, "the Dutch translation did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """The English window as an English coach sees it: with its plural forms ("1 page")."""
    from coachdesk.ui.app import install_translations

    lang.set_current("en")
    translators = install_translations(qapp, "en")
    assert translators, "the English plural forms did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    lang.set_current("nl")


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
