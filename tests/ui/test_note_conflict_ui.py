"""Two session editors on one note: the second save asks, and nothing is lost
(ui/note_conflict_ui.py)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from coachdesk.core.practice import Practice
from coachdesk.ui.note_conflict_ui import NoteConflicts
from coachdesk.ui.pages.session_editor import SessionEditor


@pytest.fixture
def session(practice: Practice):
    c = practice.coachees.create("Zoë Çelik")
    t = practice.trajectories.create(c.id, "Leiderschap", contracted_sessions=8)
    return practice.sessions.create(t.id, datetime(2026, 3, 17, 10), template="grow")


@pytest.fixture
def two_editors(qtbot, practice, session):
    editors = []
    for _ in range(2):
        editor = SessionEditor(practice, session.id, lang="nl")
        qtbot.addWidget(editor)
        editor.show()
        editors.append(editor)
    return editors


def _write_elsewhere_then_here(first: SessionEditor, second: SessionEditor) -> None:
    first.shared.editors["goal"].setPlainText("Tekst van de laptop")
    first.flush()
    second.shared.editors["goal"].setPlainText("Tekst van de pc")
    second.private.editors["notes"].setPlainText("Gedachte op de pc")
    second.save_notes()
    second.writer.flush()


@pytest.mark.parametrize("answer", ["theirs", "mine"])
def test_the_second_save_asks_and_both_texts_survive(
    qtbot, practice, session, two_editors, monkeypatch, answer, synchronous_tasks
):
    first, second = two_editors
    asked: list[bool] = []

    def ask(_self) -> str:
        asked.append(True)
        return answer

    monkeypatch.setattr(NoteConflicts, "ask", ask)
    _write_elsewhere_then_here(first, second)
    assert asked == [True]
    second.flush()
    stored = practice.sessions.get(session.id)
    everything = stored.shared_notes + stored.private_notes
    assert "Tekst van de laptop" in everything and "Tekst van de pc" in everything
    assert "Gedachte op de pc" in stored.private_notes
    if answer == "theirs":
        assert "Tekst van de laptop" in stored.shared_notes
        assert "Tekst van de pc" not in stored.shared_notes
        assert "Mijn versie, niet opgeslagen" in stored.private_notes
        assert "Tekst van de laptop" in second.shared.editors["goal"].toPlainText()
    else:
        assert "Tekst van de pc" in stored.shared_notes
        assert "Versie die elders was geschreven" in stored.private_notes
    assert not second.unsaved  # the settled note was written; the window may close
    assert second.note_texts() == {  # the editor shows what is stored
        "shared_notes": stored.shared_notes,
        "private_notes": stored.private_notes,
    }


def test_a_conflict_while_closing_keeps_theirs_and_mine_as_a_copy_without_asking(
    qtbot, practice, session, two_editors, monkeypatch
):
    first, second = two_editors
    monkeypatch.setattr(NoteConflicts, "ask", lambda _s: pytest.fail("asked while closing"))
    first.shared.editors["goal"].setPlainText("Tekst van de laptop")
    first.flush()
    second.shared.editors["goal"].setPlainText("Tekst van de pc")
    second.close()  # flush: nobody is asked
    stored = practice.sessions.get(session.id)
    assert "Tekst van de laptop" in stored.shared_notes
    assert "Tekst van de pc" in stored.private_notes


def test_the_question_defaults_to_overwriting_nothing(qtbot, two_editors, dutch):
    editor = two_editors[0]
    box = editor.conflicts.question()
    qtbot.addWidget(box)
    assert box.defaultButton() is editor.conflicts.theirs_button
    assert box.escapeButton() is editor.conflicts.theirs_button
    assert editor.conflicts.theirs_button.text() == "De andere versie houden"
    assert "Er gaat niets verloren" in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning
