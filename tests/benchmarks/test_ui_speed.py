"""Window speed with 10,000 coachees, against baselines measured in the same run.

(a) process start -> the coachee page usable (the list filled and the home screen
    painted with its sections, every pending event processed; not the first paint of
    the list), as a ratio to a bare PySide6 window painted (subprocesses, offscreen);
    target <= 3x (issue 11). Also reported: start -> the store open in the background
    (the ORM imported, the page filled through it), no target.
(b) one filter keystroke in the real main window at 10,000 coachees, timed to the list
    repainted with all pending events processed, against a keystroke in the same field
    that leaves the filter as it is (a trailing space or its backspace) followed by a
    reset of the same model: the same key event, text change, list reset and repaint,
    without the filtering; target < 2x. The issue's absolute aim, < 16 ms a key (median
    and p90 of every filter key), the list's repaints per key and the data() calls per
    key are printed.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk.core.practice import Practice
from tests.benchmarks import suite
from tests.benchmarks.large_store import fresh_copy

REPO = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("start_probe.py")
COACHEES = suite.coachees()
START_RATIO = 3.0
ROUNDS_START = suite.rounds(5)
KEYSTROKE_RATIO = 2.0
ROUNDS = suite.rounds(25)


@pytest.fixture(scope="module")
def store10k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fresh_copy(COACHEES, suite.SEED, tmp_path_factory.mktemp("ui10k") / "data")


def _time_to_paint(*args: str, end: str = "usable") -> tuple[float, int]:
    env = {
        "PROBE_END": end,
        **os.environ,
        # Both windows byte-compiled, as an installed app is (a bare PySide6 ships .pyc;
        # a developer's box may set PYTHONDONTWRITEBYTECODE): a cache of their own.
        "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "coachdesk-bench-pycache"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "COACHDESK_LANG": "nl",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(PROBE), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    assert line.startswith("painted rows="), line
    fields = dict(part.split("=") for part in line.split()[1:])
    if end == "usable" and args[0] == "app":
        assert int(fields["home"]) > 0, line  # the home screen shown with its sections
    return elapsed, int(fields["rows"])


@pytest.mark.benchmark
def test_start_to_painted_list_against_a_bare_window(store10k: Path):
    with Practice.open(str(store10k)) as practice:
        active = len(practice.coachees.list(status="active"))
    _time_to_paint("bare")  # warm the file cache for both
    _time_to_paint("app", str(store10k))
    bare, app, opened = [], [], []
    for _ in range(ROUNDS_START):  # interleaved, so machine load hits both alike
        bare.append(_time_to_paint("bare")[0])
        seconds, rows = _time_to_paint("app", str(store10k))
        assert rows == active  # painted with the list filled (the active coachees)
        app.append(seconds)
        opened.append(_time_to_paint("app", str(store10k), end="open")[0])
    # Best of five: start-up time is a floor plus scheduler noise from other processes.
    ratio = min(app) / min(bare)
    median_ratio = statistics.median(app) / statistics.median(bare)
    print(
        f"\nstart to the coachee page usable, {COACHEES} coachees: app {min(app) * 1000:.0f} ms"
        f" (median {statistics.median(app) * 1000:.0f}), bare PySide6 window painted"
        f" {min(bare) * 1000:.0f} ms (median {statistics.median(bare) * 1000:.0f}),"
        f" best-of ratio {ratio:.2f}x (target <= {START_RATIO}x; medians: {median_ratio:.2f}x)"
    )
    suite.record(
        "start to the coachee page usable (best of rounds)",
        min(app) * 1000,
        coachees=COACHEES,
        baseline=min(bare) * 1000,
        baseline_name="a bare PySide6 window painted",
        ratio_at_most=START_RATIO,
        note="the list and the home screen, read without the ORM",
    )
    suite.record(  # no target: what a first click that needs the store may wait for
        "start to the store open in the background (best of rounds)",
        min(opened) * 1000,
        coachees=COACHEES,
        baseline=min(bare) * 1000,
        baseline_name="a bare PySide6 window painted",
        note="every action possible; the page was usable before",
    )
    assert suite.QUICK or ratio <= START_RATIO


@pytest.mark.benchmark
def test_one_filter_keystroke_in_the_main_window_on_10000_coachees(store10k: Path, qtbot):
    from PySide6.QtCore import QEvent, QObject

    from coachdesk.ui import lang
    from coachdesk.ui import settings as keys
    from coachdesk.ui.main_window import MainWindow

    class Paints(QObject):  # the list's repaints (paint events of the table's viewport)
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    lang.set_current("nl")
    practice = Practice.open(str(store10k))
    window = MainWindow(practice, keys.open_settings(store10k))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    panel = window.list_panel
    panel.set_status_filter(None)
    app = QApplication.instance()

    def settle() -> None:  # every posted event (layout, repaint) done before the clock stops
        for _ in range(3):
            app.sendPostedEvents()
            app.processEvents()

    def timed_key(key: str | Qt.Key) -> float:
        started = time.perf_counter()
        qtbot.keyClick(panel.filter, key)  # ASCII: a real key event through QLineEdit
        settle()
        return time.perf_counter() - started

    def timed_key_without_filtering(key: str | Qt.Key) -> float:
        started = time.perf_counter()
        qtbot.keyClick(panel.filter, key)  # the text changes, its words do not
        panel.model.beginResetModel()  # the list resets and repaints as after a filter
        panel.model.endResetModel()
        settle()
        return time.perf_counter() - started

    settle()
    keys_typed = "jan"
    timings: dict[str, list[float]] = {keys_typed[: n + 1]: [] for n in range(len(keys_typed))}
    baseline: list[float] = []
    paints = Paints()
    viewport = panel.view.viewport()
    for _ in range(ROUNDS):  # interleaved, so machine load hits filter and baseline alike
        panel.filter.clear()
        settle()
        viewport.installEventFilter(paints)
        for n, key in enumerate(keys_typed):
            timings[keys_typed[: n + 1]].append(timed_key(key))
        viewport.removeEventFilter(paints)
        shown = panel.proxy.rowCount()
        baseline.append(timed_key_without_filtering(" "))  # "jan " filters as "jan"
        baseline.append(timed_key_without_filtering(Qt.Key.Key_Backspace))
        assert panel.filter.text() == keys_typed and panel.proxy.rowCount() == shown
    assert panel.model.rowCount() > 0 and panel.model.total == COACHEES
    repaints = paints.count / (ROUNDS * len(keys_typed))
    # data() calls per key, counted on the source model, for each key typed once.
    panel.filter.clear()
    settle()
    calls = [0]
    code = type(panel.model).data.__code__  # Qt calls the override: count its frames

    def count(frame, event, _arg):  # noqa: ANN001, ANN202
        if event == "call" and frame.f_code is code:
            calls[0] += 1

    sys.setprofile(count)
    try:
        for key in keys_typed:
            timed_key(key)
    finally:
        sys.setprofile(None)
    assert 0 < panel.proxy.rowCount() < COACHEES
    practice.close()
    best = {k: min(v) * 1000 for k, v in timings.items()}
    medians = {k: statistics.median(v) * 1000 for k, v in timings.items()}
    every_key = sorted(t * 1000 for v in timings.values() for t in v)
    median_ms = statistics.median(every_key)
    p90_ms = every_key[int(0.9 * (len(every_key) - 1))]
    base_ms, base_median = min(baseline) * 1000, statistics.median(baseline) * 1000
    ratio = max(medians.values()) / base_median
    print(
        f"\nfilter keystroke in the main window, {COACHEES} coachees (best/median ms): "
        + ", ".join(f"'{k}' {best[k]:.1f}/{medians[k]:.1f}" for k in timings)
        + f"; every filter key: median {median_ms:.1f} ms, p90 {p90_ms:.1f} ms (aim < 16 ms);"
        f" keystroke and list reset without filtering {base_ms:.1f}/{base_median:.1f} ms;"
        f" worst median ratio {ratio:.2f}x (target < {KEYSTROKE_RATIO}x);"
        f" list repaints per key {repaints:.2f};"
        f" data() calls per key {calls[0] / len(keys_typed):.0f}"
    )
    suite.record(
        "filter keystroke, main window (slowest of j/ja/jan, median)",
        max(medians.values()),
        coachees=COACHEES,
        baseline=base_median,
        baseline_name="the keystroke and list reset without filtering",
        at_most=16,
        ratio_at_most=KEYSTROKE_RATIO,
        note=f"data() calls for one key: {calls[0]}",
    )
    assert suite.QUICK or ratio < KEYSTROKE_RATIO


# --- the trajectory dashboard ---------------------------------------------------------

DASHBOARD_ROUNDS = suite.rounds(15)
DASHBOARD_SESSIONS = 60


def _dashboard_practice(folder: Path) -> tuple[Practice, int, int, int]:
    """One coachee with a 60-session trajectory (goals rated along the way, agreements)
    and a 2-session one: (practice, coachee id, big trajectory id, small trajectory id)."""
    from datetime import date, datetime, timedelta

    practice = Practice.open(str(folder))
    coachee = practice.coachees.create("Jan de Vries", organisation="Acme")
    big = practice.trajectories.create(coachee.id, "Leiderschap", contracted_sessions=60)
    small = practice.trajectories.create(coachee.id, "Loopbaan", contracted_sessions=4)
    start = datetime(2024, 1, 8, 10, 0)
    sessions = [
        practice.sessions.create(big.id, start + timedelta(days=7 * n), duration_minutes=60)
        for n in range(DASHBOARD_SESSIONS)
    ]
    for g in range(4):
        goal = practice.goals.create(big.id, f"Doel {g + 1}: helder delegeren")
        for n, session in enumerate(sessions[::5]):
            practice.goals.rate(
                goal.id, 3 + (n + g) % 7, rated_on=session.starts_at.date(), session_id=session.id
            )
    for a in range(8):
        practice.agreements.create(big.id, f"Afspraak {a + 1}", due_date=date(2024, 3, 1 + a))
    for n in range(2):
        practice.sessions.create(small.id, start + timedelta(days=7 * n), duration_minutes=60)
    goal = practice.goals.create(small.id, "Richting kiezen")
    for n in range(2):
        practice.goals.rate(goal.id, 4 + n, rated_on=date(2024, 1, 8 + 7 * n))
    return practice, coachee.id, big.id, small.id


@pytest.mark.benchmark
def test_dashboard_selection_to_painted_60_sessions_against_2(tmp_path: Path, qtbot):
    """Selecting a trajectory in the real window, to the dashboard laid out and painted
    ("painted"), and on to every chart drawn and painted with every pending event
    processed ("charts"), for a 60-session trajectory against a 2-session one in the same run.
    Issue 11: < 50 ms painted, charts < 100 ms (before: 128 ms, charts 208-236 ms,
    against 32 ms for 2 sessions)."""
    from coachdesk.ui import lang
    from coachdesk.ui import settings as keys
    from coachdesk.ui.main_window import MainWindow
    from coachdesk.ui.pages.coachee_page import TRAJECTORY_ID_ROLE
    from coachdesk.ui.widgets.chart_view import ChartView

    lang.set_current("nl")
    practice, coachee_id, big, small = _dashboard_practice(tmp_path / "data")
    window = MainWindow(practice, keys.open_settings(tmp_path / "data"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_coachee(coachee_id, big)
    app = QApplication.instance()
    page = window.page
    dashboard = page.dashboard

    def settle() -> None:
        for _ in range(3):
            app.sendPostedEvents()
            app.processEvents()

    def charts_pending() -> bool:
        return any(
            # due or under way (before ChartView.drawing(): only its timer, to compare)
            c.drawing() if hasattr(c, "drawing") else c._timer.isActive()
            for c in dashboard.findChildren(ChartView)
        )

    def select(trajectory_id: int) -> tuple[float, float]:
        row = [
            page.trajectories.item(n).data(TRAJECTORY_ID_ROLE)
            for n in range(page.trajectories.count())
        ].index(trajectory_id)
        started = time.perf_counter()
        page.trajectories.setCurrentRow(row)
        app.sendPostedEvents()  # the layout passes the filling asked for
        app.sendPostedEvents()
        window.repaint()  # and the window painted with them
        painted = time.perf_counter() - started
        while charts_pending():
            app.processEvents()
            time.sleep(0.0005)
        settle()
        charts = time.perf_counter() - started
        assert dashboard.overview.trajectory.id == trajectory_id
        return painted, charts

    for tid in (small, big, small, big):  # warm up: imports, fonts, first layouts
        select(tid)
    full_gcs = [0]  # full garbage collections while timing (each 100-400 ms)

    def count_full_gc(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            full_gcs[0] += 1

    gc.callbacks.append(count_full_gc)
    results: dict[int, tuple[list[float], list[float]]] = {big: ([], []), small: ([], [])}
    for _ in range(DASHBOARD_ROUNDS):  # interleaved, so machine load hits both alike
        for tid in (big, small):
            painted, charts = select(tid)
            results[tid][0].append(painted * 1000)
            results[tid][1].append(charts * 1000)
    assert len(window.features.session_list.session_ids()) == 2
    # A trajectory not seen before in this run: every chart drawn anew (no SVG cache).
    from coachdesk.ui.widgets import chart_view

    cold: list[float] = []
    for _ in range(DASHBOARD_ROUNDS):
        select(small)
        getattr(chart_view, "_svg_cache", {}).clear()
        cold.append(select(big)[1] * 1000)
    gc.callbacks.remove(count_full_gc)
    practice.close()

    def p90(values: list[float]) -> float:  # (quick mode: one round, its one value)
        return statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]

    med = {tid: (statistics.median(p), statistics.median(c)) for tid, (p, c) in results.items()}
    ratio = med[big][0] / med[small][0]
    chart_ratio = med[big][1] / med[small][1]
    print(
        f"\ndashboard, selection to painted (median ms): {DASHBOARD_SESSIONS} sessions"
        f" {med[big][0]:.1f}, charts {med[big][1]:.1f}; 2 sessions {med[small][0]:.1f},"
        f" charts {med[small][1]:.1f}; ratio painted {ratio:.2f}x, charts {chart_ratio:.2f}x"
        " (aim: < 50 ms painted, charts < 100 ms);"
        f" charts of a trajectory not drawn before {statistics.median(cold):.1f};"
        f" p90: painted {p90(results[big][0]):.1f}, charts {p90(results[big][1]):.1f},"
        f" not drawn before {p90(cold):.1f}; 2 sessions painted {p90(results[small][0]):.1f};"
        f" full garbage collections while timing: {full_gcs[0]}"
    )
    suite.record(
        "dashboard, 60 sessions: selection to painted",
        med[big][0],
        baseline=med[small][0],
        baseline_name="a 2-session trajectory",
        at_most=50,
    )
    suite.record(
        "dashboard, 60 sessions: charts drawn, first view",
        statistics.median(cold),
        baseline=med[small][1],
        baseline_name="a 2-session trajectory's charts (drawn before)",
        at_most=100,
    )
