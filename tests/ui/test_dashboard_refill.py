"""Switching the dashboard between trajectories refills its widgets in place: no widget
is built again, the spare ones are hidden and carry no name, and what is shown is right."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget
from reportlab.graphics.shapes import Drawing, String

from coachdesk.ui.pages.session_list import SessionList
from coachdesk.ui.pages.trajectory_dashboard import TrajectoryDashboard
from coachdesk.ui.widgets import chart_view
from coachdesk.ui.widgets.chart_view import ChartView


def _two_trajectories(practice) -> tuple[int, int]:
    """A big trajectory (3 goals rated twice, 3 agreements, 5 sessions, one cancelled)
    and a small one (1 goal, nothing else)."""
    coachee = practice.coachees.create("Jan de Vries")
    big = practice.trajectories.create(coachee.id, "Leiderschap", contracted_sessions=6)
    small = practice.trajectories.create(coachee.id, "Loopbaan")
    start = datetime(2024, 1, 8, 10, 0)
    sessions = [
        practice.sessions.create(big.id, start + timedelta(days=7 * n), duration_minutes=60)
        for n in range(5)
    ]
    practice.sessions.cancel(sessions[1].id, by="coachee")
    for g in range(3):
        goal = practice.goals.create(big.id, f"Doel {g + 1}")
        for n in range(2):
            practice.goals.rate(goal.id, 3 + n + g, rated_on=date(2024, 1, 8 + 7 * n))
    for a in range(3):
        practice.agreements.create(big.id, f"Afspraak {a + 1}", due_date=date(2024, 3, 1 + a))
    practice.goals.create(small.id, "Richting kiezen")
    return big.id, small.id


def _named(widget: QWidget, prefix: str) -> list[QWidget]:
    return [w for w in widget.findChildren(QWidget) if w.objectName().startswith(prefix)]


def test_switching_trajectories_builds_no_widgets_and_hides_the_spare_ones(
    qtbot, dutch, practice, synchronous_tasks
):
    big, small = _two_trajectories(practice)
    dashboard = TrajectoryDashboard()
    qtbot.addWidget(dashboard)
    dashboard.resize(600, 900)
    dashboard.show()
    dashboard.show_overview(practice.trajectories.overview(big))
    built = set(dashboard.widget().findChildren(QWidget))
    assert len([c for c in dashboard.findChildren(ChartView) if not c.isHidden()]) == 3

    dashboard.show_overview(practice.trajectories.overview(small))
    # The small trajectory: one goal, no rating (no chart), no agreements.
    [goal] = practice.trajectories.overview(small).goals
    assert dashboard.findChild(QLabel, f"goalScore_{goal.goal.id}").text() == "nog geen score"
    assert len(_named(dashboard, "goalScore_")) == 1 and not _named(dashboard, "goalChart_")
    assert not _named(dashboard, "agreement")  # the hidden rows carry no agreement's name
    assert dashboard.agreement_rows.none_open.isVisibleTo(dashboard)
    shown_labels = [
        label.text()
        for label in dashboard.findChildren(QLabel)
        if label.isVisibleTo(dashboard) and label.text().startswith("Doel ")
    ]
    assert shown_labels == []  # the big trajectory's goals are not shown
    kept = [label.text() for label in dashboard.findChildren(QLabel) if label.isHidden()]
    assert not [text for text in kept if "Afspraak" in text or text.startswith("Doel ")]
    assert all(c.isHidden() and not c.drawing() for c in dashboard.findChildren(ChartView))

    overview = practice.trajectories.overview(big)
    dashboard.show_overview(overview)
    assert set(dashboard.widget().findChildren(QWidget)) == built  # all reused, none new
    for progress in overview.goals:
        score = dashboard.findChild(QLabel, f"goalScore_{progress.goal.id}")
        assert score.isVisibleTo(dashboard) and score.text().endswith("/ 10")
        assert dashboard.findChild(ChartView, f"goalChart_{progress.goal.id}").isVisibleTo(
            dashboard
        )
    rows = [dashboard.findChild(QWidget, f"agreementRow_{a.id}") for a in overview.open_agreements]
    assert all(row is not None and row.isVisibleTo(dashboard) for row in rows)
    # Still in the agreements' order: the layout shows the kept rows first.
    tops = [row.mapTo(dashboard.widget(), row.rect().topLeft()).y() for row in rows]
    assert tops == sorted(tops)
    check = dashboard.findChild(QCheckBox, f"agreementDone_{overview.open_agreements[0].id}")
    ticked: list[tuple[int, bool]] = []
    dashboard.agreementTicked.connect(lambda aid, done: ticked.append((aid, done)))
    check.click()
    assert ticked == [(overview.open_agreements[0].id, True)]


def test_the_session_list_is_refilled_in_place(qtbot, dutch, practice):
    big, small = _two_trajectories(practice)
    panel = SessionList()
    qtbot.addWidget(panel)
    big_sessions = practice.trajectories.overview(big).sessions
    panel.fill(big_sessions, 6)
    first = panel.list.item(0)
    assert panel.session_ids() == [s.id for s in big_sessions]
    assert panel.list.item(1).font().strikeOut()  # the cancelled one
    assert "Sessie 2 van 6" in panel.list.item(2).text()  # the cancelled one has no number
    small_session = practice.sessions.create(small, datetime(2024, 2, 1, 9, 0))
    panel.fill([small_session], None)
    assert panel.session_ids() == [small_session.id] and panel.list.item(0) is first
    assert not first.font().strikeOut() and "Sessie 1 van 1" in first.text()
    assert panel.current_id() == small_session.id
    panel.fill(big_sessions, 6)
    assert panel.session_ids() == [s.id for s in big_sessions]
    assert panel.list.item(1).font().strikeOut() and not panel.list.item(2).font().strikeOut()
    assert panel.current_id() == big_sessions[-1].id  # the latest held one


def _drawing(text: str, threads: list[str]):
    def build(width: float, height: float, dark: bool) -> Drawing:
        threads.append(threading.current_thread().name)
        drawing = Drawing(width, height)
        drawing.add(String(10, 10, text))
        return drawing

    return build


def test_a_waiting_chart_is_drawn_off_the_gui_thread_and_only_the_latest_is_shown(qtbot):
    chart_view._svg_cache.clear()
    threads: list[str] = []
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(600, 240)
    view.set_chart(_drawing("eerste", threads), delay_ms=5, key="eerste")
    assert view.drawing() and view.last_svg == b""  # same size meanwhile, empty
    qtbot.waitUntil(lambda: not view.drawing(), timeout=5000)
    assert b"eerste" in view.last_svg
    assert threads and threading.main_thread().name not in threads
    # New data asked while the old draw is under way: the old one is never shown.
    shown: list[bytes] = []
    show = view._show
    view._show = lambda svg, drawn: (shown.append(svg), show(svg, drawn))
    gate = threading.Event()
    slow = _drawing("tweede", threads)
    view.set_chart(lambda w, h, dark: gate.wait(5) and slow(w, h, dark), delay_ms=1, key="2")
    qtbot.waitUntil(lambda: view._in_flight is not None, timeout=5000)
    view.set_chart(_drawing("derde", threads), delay_ms=1, key="derde")
    gate.set()
    qtbot.waitUntil(lambda: not view.drawing() and b"derde" in view.last_svg, timeout=5000)
    assert not any(b"tweede" in svg for svg in shown)
    calls = len(threads)
    view.redraw()  # drawn before at this size: not drawn again
    assert len(threads) == calls and b"derde" in view.last_svg
