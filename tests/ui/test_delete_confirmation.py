"""The delete question is the real QMessageBox: Enter and Esc both keep the coachee."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

Role = QMessageBox.ButtonRole


def answer_the_box_with(key: Qt.Key | None, seen: dict) -> None:
    """Once the delete question is up (modal, in its own event loop), press ``key`` where
    the keyboard focus is (or click Delete for ``None``) and record what the box was."""
    tries = [0]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            tries[0] += 1
            if tries[0] < 2000:  # the box is not up yet: look again on a later turn
                QTimer.singleShot(5, answer)
            return
        roles = {box.buttonRole(b): b for b in box.buttons()}
        seen["roles"] = set(roles)
        seen["default"] = box.standardButton(box.defaultButton())
        seen["escape"] = box.standardButton(box.escapeButton())
        if key is None:
            roles[Role.DestructiveRole].click()
        else:
            QTest.keyClick(box.focusWidget() or box, key)
        seen["closed"] = not box.isVisible()
        if box.isVisible():  # the key did nothing: close it, or exec() would never return
            box.done(0)

    QTimer.singleShot(0, answer)


@pytest.fixture
def open_coachee(window):
    practice = window.practice
    coachee = practice.coachees.create("Anaïs Jansen", organisation="Waterschap Rivierenland")
    trajectory = practice.trajectories.create(coachee.id, "Leiderschap")
    practice.sessions.create(trajectory.id, datetime(2026, 3, 3, 10), shared_notes="Grenzen")
    window.reload_list()
    window.open_coachee(coachee.id)
    assert window.page.coachee is not None and window.page.coachee.id == coachee.id
    return coachee.id


@pytest.mark.parametrize(
    "key",
    [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape],
    ids=["return", "enter", "escape"],
)
def test_enter_or_escape_in_the_delete_question_keeps_the_coachee(window, open_coachee, key):
    seen: dict = {}
    answer_the_box_with(key, seen)
    window.editing.delete_coachee()
    assert seen["roles"] == {Role.DestructiveRole, Role.RejectRole}  # Delete and Cancel
    assert seen["default"] == QMessageBox.StandardButton.Cancel
    assert seen["escape"] == QMessageBox.StandardButton.Cancel
    assert seen["closed"], "the key did not answer the question"
    assert window.practice.coachees.get(open_coachee).name == "Anaïs Jansen"
    assert [t.title for t in window.practice.trajectories.list(open_coachee)] == ["Leiderschap"]
    assert window.page.coachee is not None and window.page.coachee.id == open_coachee
    assert not window.acts["undo"].isEnabled()  # nothing was deleted, nothing to undo


def test_clicking_delete_in_the_question_deletes_the_coachee(window, open_coachee):
    """The same drive with the Delete button: the test above can see a delete happen."""
    seen: dict = {}
    answer_the_box_with(None, seen)
    window.editing.delete_coachee()
    assert seen["closed"]
    assert all(c.id != open_coachee for c in window.practice.coachees.list())
    assert window.acts["undo"].isEnabled()


def test_the_index_merge_of_a_delete_runs_in_the_background(window, open_coachee, qtbot):
    """The delete returns before the search index is merged (seconds in a large
    practice); the merge follows off the GUI thread and leaves the word nowhere."""
    from coachdesk.store import scrub
    from tests.core.privacy_helpers import index_terms

    folder = window.practice.store.folder
    assert b"anais" in index_terms(window.practice)
    seen: dict = {}
    answer_the_box_with(None, seen)
    window.editing.delete_coachee()
    assert all(c.id != open_coachee for c in window.practice.coachees.list())
    qtbot.waitUntil(lambda: not scrub.merge_pending(folder), timeout=20_000)
    assert b"anais" not in index_terms(window.practice)
    assert window.practice.search.find("grenzen") == []
