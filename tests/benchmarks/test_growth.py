"""How the everyday steps grow with the practice: list, filter, search, dashboard, home.

Run by ``python3 -m tests.benchmarks`` at every store size (1,000 and 10,000 coachees by
default; marked ``growth``), which prints each figure's growth factor: a step that is
linear in the number of coachees grows about 10x from 1,000 to 10,000, one that should
not depend on it (the dashboard of one trajectory) about 1x; a quadratic path shows as
about 100x. Measured in the real main window on a copy of the cached demo store, median
of the rounds, every pending event processed before the clock stops.

The baseline of each figure, same run and store: the same rows read with plain sqlite3
(list), a keystroke and list reset without the filtering (filter), the same FTS5 query in plain
sqlite3 (search), the dashboard of a 1-session trajectory (dashboard), and the coachee
list read (home screen). Asserted: the ratio stays below a guard (not in quick mode).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk.core.coachee_rows import COACHEE_ROWS_SQL
from coachdesk.core.practice import Practice
from tests.benchmarks import suite

pytestmark = [pytest.mark.benchmark, pytest.mark.growth]
ROUNDS = suite.rounds(7)
WORD = "wethouder"


@pytest.fixture(scope="module")
def window(large_copy: Path, qapp):
    from coachdesk.ui import lang
    from coachdesk.ui import settings as keys
    from coachdesk.ui.main_window import MainWindow

    lang.set_current("nl")
    practice = Practice.open(str(large_copy))
    shown = MainWindow(practice, keys.open_settings(large_copy))
    shown.resize(1366, 768)
    shown.show()
    settle()
    yield shown
    shown.close()
    practice.close()


def settle() -> None:  # every posted event (layout, repaint) done before the clock stops
    app = QApplication.instance()
    for _ in range(3):
        app.sendPostedEvents()
        app.processEvents()


def timed(work, rounds: int = ROUNDS) -> float:  # noqa: ANN001
    """Median ms of ``work()`` followed by every pending event."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        settle()
        times.append((time.perf_counter() - started) * 1000)
    return suite.median(times)


def _plain_rows(db: Path) -> int:
    from datetime import datetime

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
        return len(conn.execute(COACHEE_ROWS_SQL, {"status": None, "now": now}).fetchall())
    finally:
        conn.close()


def test_coachee_list_reload(window, large_copy: Path):
    n = suite.coachees()
    window.list_panel.set_status_filter(None)
    ms = timed(window.reload_list)
    assert window.list_panel.model.total == n
    base = timed(lambda: _plain_rows(large_copy / "coachdesk.db"))
    assert _plain_rows(large_copy / "coachdesk.db") == n
    ratio = ms / base
    suite.record(
        "list: coachee list reloaded and painted",
        ms,
        coachees=n,
        baseline=base,
        baseline_name="the same rows read with plain sqlite3",
        note="window.reload_list",
    )
    assert suite.QUICK or ratio < 20


def test_filter_keystroke(window, qtbot):
    n = suite.coachees()
    panel = window.list_panel
    panel.set_status_filter(None)
    typed, same = [], []

    def key(k: str | Qt.Key, reset: bool = False) -> float:
        started = time.perf_counter()
        qtbot.keyClick(panel.filter, k)
        if reset:  # the list reset and repainted as after a filter, without the filtering
            panel.model.beginResetModel()
            panel.model.endResetModel()
        settle()
        return (time.perf_counter() - started) * 1000

    for _ in range(ROUNDS):
        panel.filter.clear()
        settle()
        typed += [key(k) for k in "jan"]
        shown = panel.proxy.rowCount()
        same.append(key(" ", reset=True))  # "jan " filters as "jan"
        same.append(key(Qt.Key.Key_Backspace, reset=True))
        assert panel.filter.text() == "jan" and panel.proxy.rowCount() == shown
    assert 0 < panel.proxy.rowCount() < n
    panel.filter.clear()
    settle()
    ms, base = suite.median(typed), suite.median(same)
    suite.record(
        "filter: one keystroke, main window",
        ms,
        coachees=n,
        baseline=base,
        baseline_name="a keystroke and list reset without filtering",
        at_most=16,
    )
    assert suite.QUICK or ms / base < 3


def plain_search(db: Path, query: str) -> tuple[float, int]:
    """The FTS5 queries ``search.find(query)`` runs, in plain sqlite3: (ms, rows)."""
    from coachdesk.core import search

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        match = search.build_query(
            query, spellings=lambda folded, prefix: search.spellings(conn, folded, prefix)
        )
        started = time.perf_counter()
        found = 0
        for kind in search.KIND_ORDER:
            sql = search._kind_sql(kind)
            found += len(conn.execute(sql, {"match": match, "limit": 50}).fetchall())
        return (time.perf_counter() - started) * 1000, found
    finally:
        conn.close()


def test_search_one_word(window, large_copy: Path):
    n = suite.coachees()
    practice = window.practice
    hits = len(practice.search.find(WORD))
    assert hits > 0
    ms = timed(lambda: practice.search.find(WORD))
    base = suite.median([plain_search(large_copy / "coachdesk.db", WORD)[0] for _ in range(ROUNDS)])
    suite.record(
        "search: one word, in the process",
        ms,
        coachees=n,
        baseline=base,
        baseline_name="the same FTS5 queries in plain sqlite3",
    )
    assert suite.QUICK or ms / base < 10


def _trajectories_by_size(practice: Practice) -> tuple[tuple[int, int], tuple[int, int]]:
    """(coachee id, trajectory id) of the trajectory with the most sessions and of one with
    the fewest (at least one)."""
    with practice.store.connect() as conn:
        rows = conn.execute(
            "SELECT t.coachee_id, t.id, count(s.id) AS n FROM trajectory t"
            " JOIN coaching_session s ON s.trajectory_id = t.id"
            " GROUP BY t.id ORDER BY n DESC, t.id"
        ).fetchall()
    return (rows[0][0], rows[0][1]), (rows[-1][0], rows[-1][1])


def test_dashboard(window):
    n = suite.coachees()
    big, small = _trajectories_by_size(window.practice)

    def show(which: tuple[int, int]) -> None:
        window.open_coachee(*which)

    show(big), settle(), show(small), settle()  # warm-up
    ms, base = [], []
    for _ in range(ROUNDS):
        ms.append(timed(lambda: show(big), 1))
        base.append(timed(lambda: show(small), 1))
    assert window.page.dashboard.overview.trajectory.id == small[1]
    suite.record(
        "dashboard: largest demo trajectory opened and painted",
        suite.median(ms),
        coachees=n,
        baseline=suite.median(base),
        baseline_name="the dashboard of the smallest trajectory",
    )
    assert suite.QUICK or suite.median(ms) / suite.median(base) < 5


def test_home_screen(window):
    n = suite.coachees()
    practice = window.practice

    def read_in_full() -> None:  # not the cached refresh of a change notice: all of it
        window._home_reader = None
        window.show_home()

    ms = timed(read_in_full)
    assert window.right.currentWidget() is window.home
    base = timed(practice.coachees.list)
    suite.record(
        "home screen: read in full and painted",
        ms,
        coachees=n,
        baseline=base,
        baseline_name="the coachee list read",
        at_most=50,
    )
    assert suite.QUICK or ms / base < 10
