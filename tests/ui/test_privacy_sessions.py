"""Erasing or anonymising a coachee first writes and closes their session windows, so no
editor can write the old text back afterwards (ui/dialogs/due_dialog.py, ui/privacy_ui.py,
ui/lifecycle.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk.errors import StoreLockedError
from coachdesk.ui.tasks import run_op

TYPED = "Zij vertelde over haar burn-out"


def _confirm(monkeypatch) -> None:
    """confirm_privacy_action (and Remove demo data) answered with the destructive button."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda box: next(
            (
                b
                for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
            ),
            None,  # any other question (a note conflict): its Esc answer
        ),
    )


@pytest.fixture
def due(make_window):
    """A window with two coachees due: Anna (erase) and Bert (anonymise), each a session."""
    window = make_window()
    window.show()
    p = window.practice
    made = {}
    for name, end in (("Anna Oud", date(2016, 1, 1)), ("Bert Minder Oud", date(2022, 1, 1))):
        c = run_op(p.coachees.create, name)
        t = run_op(p.trajectories.create, c.id, "Klaar", status="completed", ended_on=end)
        s = run_op(p.sessions.create, t.id, datetime(end.year - 1, 3, 1, 10), private_notes="oud")
        made[name] = (c.id, s.id)
    return window, made


def _type_unsaved(window, session_id: int) -> object:
    editor = window.features.open_session(session_id)
    editor.private.editors["notes"].setPlainText(TYPED)
    assert editor._timer.isActive()  # not yet written by the autosave
    return editor


def test_anonymising_closes_the_coachees_session_window_and_nothing_comes_back(
    due, monkeypatch, dutch
):
    from coachdesk.ui.dialogs.due_dialog import ANONYMISE, DueDialog

    window, made = due
    bert, bert_session = made["Bert Minder Oud"]
    _, anna_session = made["Anna Oud"]
    _type_unsaved(window, bert_session)
    window.features.open_session(anna_session)  # another coachee's window stays
    dialog = DueDialog(window.practice, window)
    dialog.table.selectRow(next(r for r, d in enumerate(dialog.due) if d.coachee_id == bert))
    _confirm(monkeypatch)
    dialog.act_on_selected(ANONYMISE)
    still_open = set(window.features.sessions)
    assert window.practice.coachees.get(bert).name.startswith("C-")
    # what the window held is written and then anonymised; closing the window and
    # quitting (the note-conflict path of an editor still open) writes nothing back
    QApplication.processEvents()
    assert window.close()
    QApplication.instance().aboutToQuit.emit()
    notes = window.practice.sessions.get(bert_session)
    assert TYPED not in (notes.private_notes or "") + (notes.shared_notes or "")
    assert "oud" not in (notes.private_notes or "")
    assert still_open == {anna_session}  # Bert's window was closed first, Anna's stayed


def test_a_note_that_cannot_be_written_stops_the_erasure_with_a_reason(due, monkeypatch, dutch):
    from coachdesk.ui.dialogs.due_dialog import ERASE, DueDialog

    window, made = due
    anna, anna_session = made["Anna Oud"]
    editor = _type_unsaved(window, anna_session)

    def locked(*_a, **_k):
        raise StoreLockedError()

    monkeypatch.setattr(window.practice.notes, "save_draft", locked)
    dialog = DueDialog(window.practice, window)
    dialog.table.selectRow(next(r for r, d in enumerate(dialog.due) if d.coachee_id == anna))
    _confirm(monkeypatch)
    dialog.act_on_selected(ERASE)
    assert window.practice.coachees.get(anna).name == "Anna Oud"  # nothing erased
    assert any("niets gewist" in m.lower() for m in window.messages), window.messages
    assert anna_session in window.features.sessions  # the window and its text stay
    assert editor.private.editors["notes"].toPlainText() == TYPED


def test_anonymise_this_coachee_and_remove_demo_data_stop_on_an_unwritable_note(
    due, monkeypatch, dutch
):
    window, made = due
    bert, bert_session = made["Bert Minder Oud"]
    window.open_coachee(bert)
    _type_unsaved(window, bert_session)

    def locked(*_a, **_k):
        raise StoreLockedError()

    monkeypatch.setattr(window.practice.notes, "save_draft", locked)
    removed: list[bool] = []
    monkeypatch.setattr(window.practice.demo, "remove", lambda: removed.append(True))
    monkeypatch.setattr(
        window.practice.demo, "count", lambda: type("N", (), {"coachees": 3, "sponsors": 0})()
    )
    _confirm(monkeypatch)
    window.privacy.anonymise_current()
    assert window.practice.coachees.get(bert).name == "Bert Minder Oud"
    window.lifecycle.remove_demo()
    assert removed == []
    assert sum("niets gewist" in m.lower() for m in window.messages) == 2, window.messages
    assert bert_session in window.features.sessions
