from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from coachdesk.core.practice import Practice
from coachdesk.core.search import HL_OPEN
from coachdesk.ui.dialogs.search_dialog import SearchDialog
from coachdesk.ui.models.search_results import HIT_ROLE
from coachdesk.ui.pages.session_editor import SessionEditor
from tests.ui.helpers import type_text


@pytest.fixture
def practice_with_notes(practice: Practice):
    c = practice.coachees.create("Anaïs Bakker")
    t = practice.trajectories.create(c.id, "Regie nemen", intake_question="Hoe bewaak ik grenzen?")
    older = practice.sessions.create(t.id, datetime(2026, 1, 5, 9), shared_notes="Over planning")
    hit = practice.sessions.create(
        t.id,
        datetime(2026, 2, 2, 9),
        template="free",
        shared_notes="Gesprek over de coördinatie met de wethouder",
    )
    return practice, t, older, hit


def _search(qtbot, dialog: SearchDialog, text: str) -> list:
    with qtbot.waitSignal(dialog.searched, timeout=3000):
        dialog.field.setText(text)
    return [dialog.model.index(r).data(HIT_ROLE) for r in range(dialog.model.rowCount())]


@pytest.mark.parametrize("query", ["coordinatie", "coördinatie", "coörd", "COORD"])
def test_search_with_and_without_diacritics_opens_the_right_session(
    qtbot, practice_with_notes, query
):
    practice, t, _, hit = practice_with_notes
    dialog = SearchDialog(practice, lang="nl")
    qtbot.addWidget(dialog)
    dialog.show()
    [found] = _search(qtbot, dialog, query)
    assert found.session_id == hit.id and found.coachee_name == "Anaïs Bakker"
    assert "1 result" in dialog.status.text()
    html = dialog.list.itemDelegate().html_for(found, selected=False)
    assert "<b style" in html and "coördinatie</b>" in html and HL_OPEN not in html
    with qtbot.waitSignal(dialog.sessionRequested) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert opened.args == [hit.id, query]
    editor = SessionEditor(practice, opened.args[0], lang="nl")  # what the window will do
    qtbot.addWidget(editor)
    assert editor.reveal(opened.args[1])
    assert editor.shared.editors["notes"].textCursor().selectedText() == "coördinatie"


def test_soren_finds_and_highlights_soren_with_a_slashed_o(qtbot, practice: Practice):
    """The index keeps "ø"; the search folds it as the coachee list does."""
    c = practice.coachees.create("Søren Ærø")
    t = practice.trajectories.create(c.id, "Loopbaan")
    s = practice.sessions.create(
        t.id, datetime(2026, 2, 2, 9), template="free", shared_notes="Verder met Søren praten"
    )
    dialog = SearchDialog(practice, lang="nl")
    qtbot.addWidget(dialog)
    dialog.show()
    found = _search(qtbot, dialog, "soren")
    assert [(h.kind, h.session_id) for h in found] == [("coachee", None), ("session", s.id)]
    delegate = dialog.list.itemDelegate()
    for hit in found:
        assert ">Søren</b>" in delegate.html_for(hit, selected=False)
    editor = SessionEditor(practice, s.id, lang="nl")
    qtbot.addWidget(editor)
    assert editor.reveal("soren")
    assert editor.shared.editors["notes"].textCursor().selectedText() == "Søren"


def test_hits_without_a_session_open_the_trajectory_or_coachee(qtbot, practice_with_notes):
    practice, t, _, _ = practice_with_notes
    dialog = SearchDialog(practice)
    qtbot.addWidget(dialog)
    [intake] = _search(qtbot, dialog, "grenzen")
    assert intake.kind == "trajectory"
    with qtbot.waitSignal(dialog.trajectoryRequested) as opened:
        dialog.list.activated.emit(dialog.model.index(0))
    assert opened.args == [t.id]
    dialog.show()
    [name] = _search(qtbot, dialog, "anais")
    with qtbot.waitSignal(dialog.coacheeRequested) as opened:
        dialog.list.doubleClicked.emit(dialog.model.index(0))
    assert opened.args == [t.coachee_id] and name.kind == "coachee"


@pytest.mark.parametrize(
    "query",
    ['"', "NEAR(", "*", "((", ")", "a OR", "\x00", "'; DROP TABLE coachee; --", "🙂", "مرحبا"],
)
def test_fts_looking_input_never_errors(qtbot, practice_with_notes, query):
    practice, *_ = practice_with_notes
    dialog = SearchDialog(practice)
    qtbot.addWidget(dialog)
    dialog.field.setText("x")  # so that the field changes for every query
    _search(qtbot, dialog, query)
    assert "failed" not in dialog.status.text().lower()
    assert practice.coachees.list()  # nothing was dropped


def test_typing_searches_after_a_pause_and_arrows_move_through_results(qtbot, practice_with_notes):
    practice, t, older, hit = practice_with_notes
    dialog = SearchDialog(practice)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.searched, timeout=3000) as done:
        type_text(dialog.field, "over")
    assert done.args == ["over", 2]
    first = dialog.list.currentIndex().row()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    assert dialog.list.currentIndex().row() == first + 1
    rows = [dialog.model.index(r).data(HIT_ROLE).session_id for r in range(2)]
    assert rows == [hit.id, older.id]  # newest first


def test_says_when_a_kind_is_cut_off(qtbot, practice_with_notes):
    practice, t, older, hit = practice_with_notes
    practice.sessions.create(t.id, datetime(2026, 3, 2, 9), shared_notes="Nog eens over iets")
    dialog = SearchDialog(practice, lang="en")
    qtbot.addWidget(dialog)
    dialog.LIMIT = 2
    found = _search(qtbot, dialog, "over")
    assert len(found) == 2 and "newest 2 per kind" in dialog.status.text()
    assert found[0].when == datetime(2026, 3, 2, 9)


def test_results_follow_a_note_changed_elsewhere(qtbot, practice_with_notes):
    from coachdesk.ui.tasks import run_op

    practice, _t, older, hit = practice_with_notes
    dialog = SearchDialog(practice)
    qtbot.addWidget(dialog)
    assert [h.session_id for h in _search(qtbot, dialog, "planning")] == [older.id]
    with qtbot.waitSignal(dialog.searched, timeout=3000):
        run_op(practice.notes.save_draft, hit.id, shared_notes="Nieuwe planning gemaakt")
    shown = [dialog.model.index(r).data(HIT_ROLE) for r in range(dialog.model.rowCount())]
    assert sorted(h.session_id for h in shown) == sorted([older.id, hit.id])
