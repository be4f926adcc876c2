"""Every window read by a screen reader and driven by keyboard: named, reachable, in order.

EN 301 549 (public-sector buyers): every control has an accessible name (Qt's own
accessibility interface is asked, as a screen reader asks it), can be reached
without a mouse, and Tab follows the reading order. tests/ui/a11y_walk.py says
what exactly is checked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui.a11y_walk import accessible_name, controls, problems


@pytest.fixture
def demo_window(window):
    window.practice.demo.generate(coachees=4, seed=3)
    window.reload_list()
    first = window.list_panel.model.rows[0]
    window.list_panel.select(first.id)
    window.open_coachee(first.id)
    return window


def _modal(window, open_it: Callable[[], object]) -> QDialog:
    """Open a dialog that would run its own event loop, without waiting for it."""
    found: list[QDialog] = []
    original = QDialog.exec

    def capture(dialog: QDialog) -> int:
        dialog.show()
        found.append(dialog)
        return 0

    QDialog.exec = capture  # type: ignore[method-assign]
    try:
        open_it()
    finally:
        QDialog.exec = original  # type: ignore[method-assign]
    assert found, "no dialog opened"
    return found[-1]


def main(window) -> QWidget:
    return window


def welcome(window) -> QWidget:
    for row in list(window.list_panel.model.rows):
        window.practice.coachees.delete(row.id)
    window.reload_list()
    assert window.central.currentWidget() is window.welcome
    return window


def home(window) -> QWidget:
    window.show_home()
    return window


def restore_backup(window) -> QWidget:
    window.practice.backups.create()
    return _modal(window, window.backups.open_restore)


def session_notes(window) -> QWidget:
    f = window.features
    f.open_session(f.session_list.session_ids()[0])
    return next(iter(f.sessions.values()))


def goals(window) -> QWidget:
    return window.features.open_goals()


def profiles(window) -> QWidget:
    return window.features.open_profiles()


def export_pdf(window) -> QWidget:
    window.features.export_pdf()
    return window.features.export_dialog


def search(window) -> QWidget:
    window.features.search()
    dialog = window.features.search_dialog
    dialog.field.setText("werk")
    dialog.run_search()
    return dialog


def settings(window) -> QWidget:
    return _modal(window, window.open_settings)


def switcher(window) -> QWidget:
    return _modal(window, window.quick_switch)


def coachee_dialog(window) -> QWidget:
    return _modal(window, window.editing.edit_coachee)


def trajectory_dialog(window) -> QWidget:
    return _modal(window, window.editing.edit_trajectory)


def sponsor_dialog(window) -> QWidget:
    return _modal(window, window.editing.new_sponsor)


def profile_dialog(window) -> QWidget:
    from coachdesk.ui.dialogs.profile_dialog import ProfileDialog

    dialog = ProfileDialog(window.practice, window.page.coachee.id, window, "disc")
    dialog.show()
    return dialog


def agreement_dialog(window) -> QWidget:
    from coachdesk.ui.dialogs.agreement_dialog import AgreementDialog

    tid = window.page.current_trajectory_id()
    agreement = window.practice.agreements.create(tid, "Collega bellen", due_date=date.today())
    dialog = AgreementDialog(window.practice, agreement, window)
    dialog.show()
    return dialog


def plan_session(window) -> QWidget:
    from coachdesk.ui.dialogs.session_plan_dialog import SessionPlanDialog

    dialog = SessionPlanDialog(window.practice, window.page.current_trajectory_id(), parent=window)
    dialog.show()
    return dialog


def close_trajectory(window) -> QWidget:
    from coachdesk.ui.dialogs.close_trajectory_dialog import CloseTrajectoryDialog

    overview = window.practice.trajectories.overview(window.page.current_trajectory_id())
    dialog = CloseTrajectoryDialog(window.practice, overview, window)
    dialog.show()
    return dialog


def consent_dialog(window) -> QWidget:
    from coachdesk.ui.dialogs.consent_dialog import ConsentDialog

    dialog = ConsentDialog(window.practice, window.page.coachee.id, parent=window)
    dialog.show()
    return dialog


def due_for_deletion(window) -> QWidget:
    from coachdesk.ui.dialogs.due_dialog import DueDialog

    dialog = DueDialog(window.practice, window)
    dialog.show()
    return dialog


def audit_trail(window) -> QWidget:
    from coachdesk.ui.dialogs.audit_dialog import AuditDialog

    window.practice.audit.record("export_pdf", [window.page.coachee.uid], {"pages": 2})
    dialog = AuditDialog(window.practice, window)
    dialog.show()
    return dialog


def shortcuts(window) -> QWidget:
    return window.help.show_shortcuts()


def about(window) -> QWidget:
    return window.help.show_about()


WINDOWS = [
    main,
    home,
    welcome,
    session_notes,
    goals,
    profiles,
    export_pdf,
    search,
    settings,
    switcher,
    coachee_dialog,
    trajectory_dialog,
    sponsor_dialog,
    profile_dialog,
    agreement_dialog,
    plan_session,
    close_trajectory,
    shortcuts,
    about,
    restore_backup,
    consent_dialog,
    due_for_deletion,
    audit_trail,
]


@pytest.mark.parametrize("open_window", WINDOWS, ids=[w.__name__ for w in WINDOWS])
def test_every_control_is_named_reachable_and_in_reading_order(
    demo_window, open_window, qtbot, synchronous_tasks
):
    shown = open_window(demo_window)
    qtbot.waitExposed(shown)
    QApplication.processEvents()
    assert controls(shown), "nothing to check: the window did not build"
    found = problems(shown)
    assert found == [], "\n".join(found)
    if shown is not demo_window:
        shown.close()


def test_the_main_windows_controls_the_issue_found_unnamed(demo_window):
    panel = demo_window.list_panel
    names = {
        "filter": accessible_name(panel.filter),
        "table": accessible_name(panel.view),
        "header": accessible_name(panel.view.horizontalHeader()),
        "trajectories": accessible_name(demo_window.page.trajectories),
        "sessions": accessible_name(demo_window.features.session_list.list),
    }
    assert all(names.values()), names


def test_tab_walks_the_main_window_in_reading_order(demo_window, qtbot):
    panel = demo_window.list_panel
    panel.filter.setFocus()
    order = [panel.filter]
    for _ in range(4):
        QApplication.focusWidget().focusNextChild()
        order.append(QApplication.focusWidget())
    assert order[:3] == [panel.filter, panel.status, panel.view]
    # then the coachee page, from its top: the name's buttons
    assert demo_window.page.isAncestorOf(order[3])
    assert order[3].focusPolicy() & Qt.FocusPolicy.TabFocus


def test_reading_order_is_the_layouts_order_and_tab_follows_it_after_a_rebuild(qapp, qtbot):
    from PySide6.QtWidgets import QFormLayout, QGridLayout, QLineEdit, QPushButton, QVBoxLayout

    from coachdesk.ui.a11y import ReadingOrderTabs, reading_order

    class Window(ReadingOrderTabs, QWidget):
        pass

    window = Window()
    later = QPushButton("Later", window)  # made first, shown last
    grid = QGridLayout()
    cells = {(r, c): QLineEdit(window) for r in (1, 0) for c in (1, 0)}  # made out of order
    for (r, c), edit in cells.items():
        grid.addWidget(edit, r, c)
    form = QFormLayout()
    field = QLineEdit(window)
    form.addRow("Naam", field)
    column = QVBoxLayout(window)
    column.addLayout(grid)
    column.addLayout(form)
    column.addWidget(later)
    qtbot.addWidget(window)
    order = [w for w in reading_order(window) if isinstance(w, QLineEdit | QPushButton)]
    assert order == [cells[0, 0], cells[0, 1], cells[1, 0], cells[1, 1], field, later]
    window.show()
    cells[0, 0].setFocus()
    seen = []
    for _ in range(6):
        seen.append(window.focusWidget())
        window.focusNextPrevChild(True)
    assert seen == order
    added = QLineEdit(window)  # a row added later goes where it shows, not last
    column.insertWidget(1, added)
    QApplication.processEvents()
    cells[1, 1].setFocus()
    window.focusNextPrevChild(True)
    assert window.focusWidget() is added
    window.focusNextPrevChild(True)
    assert window.focusWidget() is field
