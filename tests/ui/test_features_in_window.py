"""The feature widgets reached from the window, as a coach would: keys and menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from coachdesk.ui.dialogs.export_pdf_dialog import ExportPdfDialog
from coachdesk.ui.dialogs.search_dialog import SearchDialog
from coachdesk.ui.pages.goals_view import GoalsView
from coachdesk.ui.pages.profiles_view import ProfilesView
from coachdesk.ui.pages.session_editor import SessionEditor
from tests.ui.helpers import type_text
from tests.ui.test_main_window import fill


def _open(window) -> tuple[int, int]:
    coachee_id, trajectory_id = fill(window.practice)
    window.reload_list()
    window.open_coachee(coachee_id, trajectory_id)
    assert window.page.current_trajectory_id() == trajectory_id
    return coachee_id, trajectory_id


def test_dashboard_lists_the_sessions_and_opens_one_to_write(qtbot, window):
    _, tid = _open(window)
    sessions = window.practice.sessions.list(tid)
    panel = window.features.session_list
    assert panel.session_ids() == [s.id for s in sessions]
    assert (
        "planned" in panel.list.item(3).text()
    )  # the future one (English: no translator in tests)
    held = sessions[2]
    assert panel.list.currentItem().text().startswith("Session 3 of 8")
    panel.open_button.click()
    tool = window.features.sessions[held.id]
    editor = tool.body
    assert isinstance(editor, SessionEditor) and tool.isVisible()
    type_text(editor.shared.editors["goal"], "Meer coördinatie")
    type_text(editor.private.editors["notes"], "Alleen voor mij")
    tool.close()  # closing writes what the timer did not yet
    qtbot.waitUntil(lambda: "coördinatie" in window.practice.sessions.get(held.id).shared_notes)
    saved = window.practice.sessions.get(held.id)
    assert "Alleen voor mij" in saved.private_notes and held.id not in window.features.sessions


def test_new_session_action_adds_and_opens_a_session(qtbot, window):
    _, tid = _open(window)
    before = len(window.practice.sessions.list(tid))
    action = window.features.actions["new_session"]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+S"
    action.trigger()
    sessions = window.practice.sessions.list(tid)
    assert len(sessions) == before + 1
    new = max(sessions, key=lambda s: s.id)
    assert new.id in window.features.sessions
    assert new.id in window.features.session_list.session_ids()
    window.features.sessions[new.id].close()


def test_search_everything_opens_the_session_at_the_hit(qtbot, window):
    _, tid = _open(window)
    target = window.practice.sessions.list(tid)[1]
    window.practice.sessions.update(target.id, shared_notes="## Realiteit\nDe coördinatie hapert")
    window.open_coachee(window.practice.coachees.list()[-1].id)  # somewhere else first
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.features.search_dialog
    assert isinstance(dialog, SearchDialog) and dialog.isVisible()
    dialog.field.setText("coordinatie")  # without the diaeresis
    with qtbot.waitSignal(dialog.searched, timeout=5000):
        dialog.run_search()
    assert dialog.model.rowCount() >= 1
    with qtbot.waitSignal(dialog.sessionRequested) as hit:
        dialog.list.activated.emit(dialog.model.index(0))
    assert hit.args[0] == target.id
    assert window.page.current_trajectory_id() == tid
    assert target.id in window.features.sessions
    window.features.sessions[target.id].close()


def test_goals_profiles_and_pdf_export_open_for_the_current_trajectory(
    qtbot, window, tmp_path: Path
):
    coachee_id, tid = _open(window)
    goals = window.features.open_goals()
    assert isinstance(goals.body, GoalsView) and goals.body.trajectory_id == tid
    profiles = window.features.open_profiles()
    assert isinstance(profiles.body, ProfilesView) and profiles.body.coachee_id == coachee_id
    assert window.features.open_goals() is goals  # one window per trajectory
    goals.close()
    profiles.close()

    window.features.actions["export_pdf"].trigger()
    dialog = window.features.export_dialog
    assert isinstance(dialog, ExportPdfDialog)
    out = tmp_path / "samenvatting.pdf"
    with qtbot.waitSignal(dialog.exportFinished, timeout=20000):
        dialog.save_to(str(out))
    assert out.read_bytes().startswith(b"%PDF")
    dialog.close()


def test_feature_actions_follow_the_selection(window):
    for key in ("new_session", "goals", "export_pdf", "profiles"):
        assert not window.features.actions[key].isEnabled()  # nothing chosen yet
    _open(window)
    for key in ("new_session", "goals", "export_pdf", "profiles"):
        assert window.features.actions[key].isEnabled()


def test_demo_data_is_only_added_to_real_coachees_when_the_coach_agrees(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.practice.coachees.create("Echte Coachee")
    window.reload_list()
    asked: list[str] = []

    def answer(reply):
        def ask(_parent, _title, text, *_args):
            asked.append(text)
            return reply

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window.editing.load_demo()
    assert len(window.practice.coachees.list()) == 1 and "1 coachees" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.editing.load_demo()
    assert len(window.practice.coachees.list()) > 1


def test_undo_puts_back_what_was_written_last_also_after_redo(qtbot, window, monkeypatch):
    coachee_id, tid = _open(window)
    held = window.practice.sessions.list(tid)[0]
    editor = window.features.open_session(held.id)
    editor.private.editors["notes"].setPlainText("Geschreven vlak voor het verwijderen")
    monkeypatch.setattr(window.editing, "confirm", lambda *a: True)
    window.acts["delete_trajectory"].trigger()  # the open note is written and closed first
    assert held.id not in window.features.sessions
    window.undo_stack.undo()
    assert "vlak voor het verwijderen" in window.practice.sessions.get(held.id).private_notes
    window.practice.sessions.update(held.id, private_notes="Later nog aangevuld")
    window.undo_stack.redo()  # deleted again: the snapshot is taken anew
    window.undo_stack.undo()
    assert window.practice.sessions.get(held.id).private_notes == "Later nog aangevuld"


def test_a_note_that_cannot_be_written_keeps_its_window_open_until_it_is(
    qtbot, window, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from coachdesk.errors import StoreLockedError

    _, tid = _open(window)
    held = window.practice.sessions.list(tid)[0]
    editor = window.features.open_session(held.id)
    editor.RETRY_MS = 50
    real_save = window.practice.notes.save_draft
    failures = {"left": 2}

    def flaky(*args, **kwargs):
        if failures["left"]:
            failures["left"] -= 1
            raise StoreLockedError()
        return real_save(*args, **kwargs)

    monkeypatch.setattr(window.practice.notes, "save_draft", flaky)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    editor.private.editors["notes"].setPlainText("Mag nooit verloren gaan")
    tool = window.features.sessions[held.id]
    assert tool.close() is False  # the write failed: the window stays, the coach is told
    assert warned and held.id in window.features.sessions
    assert window.close() is False  # nor does the main window close over it
    qtbot.waitUntil(lambda: not editor.unsaved, timeout=5000)  # retried until it landed
    assert window.practice.sessions.get(held.id).private_notes == "Mag nooit verloren gaan"
    assert tool.close() is True


def test_goal_text_edited_in_the_goals_window_is_kept_on_close_and_on_switching(window):
    _, tid = _open(window)
    window.practice.goals.create(tid, "Tweede doel")
    tool = window.features.open_goals()
    view = tool.body
    first = view.current_goal_id()
    view.description.setPlainText("Bewerkt zonder op opslaan te drukken")
    view.goal_list.setCurrentRow(1)  # switching goals writes the edit
    assert window.practice.goals.get(first).description == "Bewerkt zonder op opslaan te drukken"
    second = view.current_goal_id()
    view.criteria.setPlainText("Merkbaar aan rust")
    assert tool.close() is True  # closing writes it too
    assert window.practice.goals.get(second).success_criteria == "Merkbaar aan rust"

    tool = window.features.open_goals()
    tool.body.title.setText("")  # refused: the window stays open, nothing is lost
    assert tool.close() is False and tool.body.error.isVisibleTo(tool)
