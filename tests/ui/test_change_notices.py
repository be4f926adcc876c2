"""Views refresh themselves from the change notice of every write (ui/bus.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from coachdesk.core.changes import Changes
from coachdesk.ui.bus import bus
from coachdesk.ui.models.coachee_table import COL_LAST_SESSION
from coachdesk.ui.tasks import run_op


def _coachee_with_a_contract(practice) -> tuple[int, int]:
    c = practice.coachees.create("Annelies de Boer", organisation="Gemeente Utrecht")
    t = practice.trajectories.create(
        c.id, "Leiderschap", contracted_sessions=8, start_date=date.today() - timedelta(days=30)
    )
    return c.id, t.id


def _list_cell(window, coachee_id: int, column: int) -> str:
    proxy = window.list_panel.proxy
    row = proxy.proxy_row_of(coachee_id)
    return proxy.index(row, column).data()


def _trajectory_item(window) -> str:
    return window.page.trajectories.currentItem().text()


def test_a_session_written_in_the_window_shows_in_the_list_and_the_trajectory_count(
    qtbot, dutch, window
):
    coachee_id, trajectory_id = _coachee_with_a_contract(window.practice)
    window.practice.trajectories.update(trajectory_id, status="active")
    window.reload_list()
    window.open_coachee(coachee_id, trajectory_id)
    header = window.list_panel.proxy.headerData(COL_LAST_SESSION, Qt.Orientation.Horizontal)
    assert header == "Laatste sessie"  # what a Dutch coach reads
    assert _list_cell(window, coachee_id, COL_LAST_SESSION) in ("", None, "—")
    assert _trajectory_item(window).endswith("Actief · 0/8")

    window.features.actions["new_session"].trigger()  # Ctrl+Shift+S: a session starting now
    editor_window = next(iter(window.features.sessions.values()))
    editor_window.close()

    # No refresh call of the test's own: the change notice did it.
    last = _list_cell(window, coachee_id, COL_LAST_SESSION)
    assert last not in ("", None, "—")
    assert _trajectory_item(window).endswith("Actief · 1/8")
    assert window.page.dashboard.overview.sessions_used == 1


def test_every_write_reports_once_what_it_changed(window, qtbot):
    coachee_id, trajectory_id = _coachee_with_a_contract(window.practice)
    heard: list[Changes] = []
    bus().practiceChanged.connect(heard.append)
    try:
        session = run_op(
            window.practice.sessions.create, trajectory_id, datetime.now() - timedelta(hours=1)
        )
        run_op(window.practice.notes.save_draft, session.id, shared_notes="Doelen besproken")
        run_op(window.practice.coachees.get, coachee_id)  # a read: nothing to tell
    finally:
        bus().practiceChanged.disconnect(heard.append)
    assert len(heard) == 2
    created, noted = heard
    assert created.ids("coaching_session") == {session.id}
    assert created.touches("coaching_session")
    assert noted.touches("coaching_session")
    assert not noted.touches("coaching_session", ignoring=("shared_notes", "updated_at"))


def test_a_rating_in_the_goals_window_updates_the_dashboard(window, qtbot):
    coachee_id, trajectory_id = _coachee_with_a_contract(window.practice)
    goal = window.practice.goals.create(trajectory_id, "Grenzen aangeven")
    window.reload_list()
    window.open_coachee(coachee_id, trajectory_id)
    [shown] = window.page.dashboard.overview.goals
    assert shown.latest is None

    tool = window.features.open_goals()
    view = tool.body
    assert view.current_goal_id() == goal.id
    view.value.setValue(7)
    view.add_rating_button.click()

    [shown] = window.page.dashboard.overview.goals
    assert shown.latest == 7


def test_deleting_the_open_coachee_elsewhere_shows_the_home_screen(window, qtbot):
    coachee_id, trajectory_id = _coachee_with_a_contract(window.practice)
    window.practice.coachees.create("Bram Jansen")
    window.reload_list()
    window.open_coachee(coachee_id, trajectory_id)
    run_op(window.practice.coachees.delete, coachee_id)
    assert window.list_panel.model.find(coachee_id) is None
    assert window.right.currentWidget() is window.home


def test_the_goals_window_shows_a_rating_given_in_a_session(window, qtbot):
    coachee_id, trajectory_id = _coachee_with_a_contract(window.practice)
    goal = window.practice.goals.create(trajectory_id, "Grenzen aangeven")
    session = window.practice.sessions.create(trajectory_id, datetime.now() - timedelta(days=1))
    window.reload_list()
    window.open_coachee(coachee_id, trajectory_id)
    view = window.features.open_goals().body
    view.description.setPlainText("Nee zeggen zonder schuldgevoel")  # typed, not yet saved
    assert view.ratings.topLevelItemCount() == 0

    run_op(window.practice.goals.set_session_rating, session.id, goal.id, 6)  # the session window

    assert view.ratings.topLevelItemCount() == 1
    assert window.practice.goals.get(goal.id).description == "Nee zeggen zonder schuldgevoel"
    assert view.description.toPlainText() == "Nee zeggen zonder schuldgevoel"
