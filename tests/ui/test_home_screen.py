"""The home screen in the window: the right lines, one click to the right place, and
true while the coach works elsewhere."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QFileDialog, QPushButton

from coachdesk.ui.tasks import run_op


def _lines(window, key: str) -> list[str]:
    card = window.home.sections[key]
    return [b.text() for b in card.findChildren(QPushButton) if not b.isHidden()]


def test_home_lists_what_needs_the_coach_and_follows_changes(window, qtbot):
    p = window.practice
    c = p.coachees.create("Annelies de Boer")
    t = p.trajectories.create(c.id, "Leiderschap", contracted_sessions=5, status="active")
    for n in range(4):
        p.sessions.create(t.id, datetime(2026, 1, 5, 10) + timedelta(weeks=n))
    late = p.agreements.create(t.id, "Verslag schrijven", due_date=date.today() - timedelta(days=2))
    missed = p.sessions.plan(t.id, datetime.now().replace(microsecond=0) - timedelta(hours=2))
    window.reload_list()
    window.show_home()
    assert window.right.currentWidget() is window.home
    assert any("Verslag schrijven" in line for line in _lines(window, "overdue"))
    assert any("Annelies de Boer" in line for line in _lines(window, "near_end"))
    assert len(_lines(window, "confirm")) == 1
    assert any("Leiderschap" in line for line in _lines(window, "no_next"))

    run_op(p.agreements.complete, late.id)  # ticked off in another window
    assert not window.home.sections["overdue"].isVisibleTo(window.home)
    run_op(p.sessions.mark_held, missed.id)
    assert not window.home.sections["confirm"].isVisibleTo(window.home)

    [line] = [
        b for b in window.home.sections["near_end"].findChildren(QPushButton) if not b.isHidden()
    ]
    line.click()  # one click to the trajectory
    assert window.page.coachee.id == c.id and window.page.current_trajectory_id() == t.id
    window.acts["home"].trigger()  # Ctrl+1
    assert window.right.currentWidget() is window.home


def test_the_icf_log_from_the_reports_menu(window, tmp_path, monkeypatch):
    p = window.practice
    c = p.coachees.create("Zoë Öztürk")
    t = p.trajectories.create(c.id, "Loopbaan", status="active")
    p.sessions.create(t.id, datetime(2026, 2, 2, 10), duration_minutes=90)
    out = tmp_path / "icf.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.reports.actions["icf_log"].trigger()
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][0] == "Zoë Öztürk" and rows[1][6] == "1,50"
    assert "icf.csv" in window.statusBar().currentMessage()


def test_a_long_section_shows_its_first_lines_and_all_on_request(window, qtbot):
    from PySide6.QtWidgets import QListWidget

    from coachdesk.core.services.overview import LIMIT

    p = window.practice
    c = p.coachees.create("Bram Jansen")
    t = p.trajectories.create(c.id, "Loopbaan", status="active")
    late = [
        p.agreements.create(
            t.id, f"Afspraak {n:02d}", due_date=date.today() - timedelta(days=30 - n)
        )
        for n in range(LIMIT + 4)
    ]
    window.reload_list()
    window.show_home()
    card = window.home.sections["overdue"]
    shown = _lines(window, "overdue")
    toggle = card.findChild(QPushButton, "home_overdue_toggle")
    assert len(shown) == LIMIT + 1 and shown[-1] == toggle.text()  # 8 lines, then the toggle
    assert "Afspraak 00" in shown[0] and "(12)" in toggle.text()

    def full_list() -> QListWidget:
        [view] = [w for w in card.findChildren(QListWidget) if not w.isHidden()]
        return view

    toggle.click()  # the whole section, in one list
    assert full_list().count() == LIMIT + 4 and len(_lines(window, "overdue")) == 1
    run_op(p.agreements.complete, late[0].id)  # still in full after a change notice
    full = full_list()
    assert full.count() == LIMIT + 3
    assert "Afspraak 01" in full.item(0).text()
    full.itemClicked.emit(full.item(LIMIT + 2))  # the last one opens its trajectory
    assert window.page.coachee.id == c.id and window.page.current_trajectory_id() == t.id


def test_home_rebuilds_only_what_a_change_touched_and_catches_up_after_being_hidden(window, qtbot):
    p = window.practice
    c = p.coachees.create("Annelies de Boer")
    t = p.trajectories.create(c.id, "Leiderschap", contracted_sessions=5, status="active")
    for n in range(4):
        p.sessions.create(t.id, datetime(2026, 1, 5, 10) + timedelta(weeks=n))
    late = p.agreements.create(t.id, "Verslag schrijven", due_date=date.today() - timedelta(days=2))
    window.reload_list()
    window.show_home()
    near = window.home.sections["near_end"].findChildren(QPushButton)
    run_op(p.agreements.create, t.id, "Bellen", due_date=date.today() - timedelta(days=1))
    assert len(_lines(window, "overdue")) == 2
    assert window.home.sections["near_end"].findChildren(QPushButton) == near  # not rebuilt

    window.open_coachee(c.id, t.id)  # the home screen hidden while the coach works
    assert window.right.currentWidget() is not window.home
    run_op(p.agreements.complete, late.id)
    run_op(p.sessions.create, t.id, datetime(2026, 2, 9, 10))  # the fifth of five
    window.acts["home"].trigger()  # Ctrl+1: what changed meanwhile, read again
    assert [line for line in _lines(window, "overdue") if "Verslag" in line] == []
    assert len(_lines(window, "overdue")) == 1
    [line] = window.home.today["near_end"].lines
    assert line.sessions_used == 5
    full = window.practice.overview.today()
    assert all(window.home.today[k] == full[k] for k in full.parts)
