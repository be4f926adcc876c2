"""Window speed with 10,000 coachees, against baselines measured in the same run.

(a) process start -> the coachee page usable (store open, start screen shown, every
    pending event processed; not the first paint of the list), as a ratio to a bare
    PySide6 window painted (subprocesses, offscreen); target <= 3x (issue 11).
(b) one filter keystroke in the real main window at 10,000 coachees, timed to the list
    repainted with all pending events processed, against a keystroke in the same field
    that leaves the filter as it is (a trailing space or its backspace) followed by a
    reset of the same model: the same key event, text change, list reset and repaint,
    without the filtering; target < 2x. The issue's absolute aim, < 16 ms a key, and
    the data() calls per key are printed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk.core.practice import Practice
from tests.benchmarks.large_store import fresh_copy

REPO = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("start_probe.py")
COACHEES = 10_000
START_RATIO = 3.0
ROUNDS_START = 5
KEYSTROKE_RATIO = 2.0
ROUNDS = 25


@pytest.fixture(scope="module")
def store10k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fresh_copy(COACHEES, 11, tmp_path_factory.mktemp("ui10k") / "data")


def _time_to_paint(*args: str) -> tuple[float, int]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "COACHDESK_LANG": "nl",
    }
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
    return elapsed, int(line.strip().split("=")[1])


@pytest.mark.benchmark
def test_start_to_painted_list_against_a_bare_window(store10k: Path):
    with Practice.open(str(store10k)) as practice:
        active = len(practice.coachees.list(status="active"))
    _time_to_paint("bare")  # warm the file cache for both
    _time_to_paint("app", str(store10k))
    bare, app = [], []
    for _ in range(ROUNDS_START):  # interleaved, so machine load hits both alike
        bare.append(_time_to_paint("bare")[0])
        seconds, rows = _time_to_paint("app", str(store10k))
        assert rows == active  # painted with the list filled (the active coachees)
        app.append(seconds)
    # Best of five: start-up time is a floor plus scheduler noise from other processes.
    ratio = min(app) / min(bare)
    median_ratio = statistics.median(app) / statistics.median(bare)
    print(
        f"\nstart to the coachee page usable, {COACHEES} coachees: app {min(app) * 1000:.0f} ms"
        f" (median {statistics.median(app) * 1000:.0f}), bare PySide6 window painted"
        f" {min(bare) * 1000:.0f} ms (median {statistics.median(bare) * 1000:.0f}),"
        f" best-of ratio {ratio:.2f}x (target <= {START_RATIO}x; medians: {median_ratio:.2f}x)"
    )
    assert ratio <= START_RATIO


@pytest.mark.benchmark
def test_one_filter_keystroke_in_the_main_window_on_10000_coachees(store10k: Path, qtbot):
    from coachdesk.ui import lang
    from coachdesk.ui import settings as keys
    from coachdesk.ui.main_window import MainWindow

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
    for _ in range(ROUNDS):  # interleaved, so machine load hits filter and baseline alike
        panel.filter.clear()
        settle()
        for n, key in enumerate(keys_typed):
            timings[keys_typed[: n + 1]].append(timed_key(key))
        shown = panel.proxy.rowCount()
        baseline.append(timed_key_without_filtering(" "))  # "jan " filters as "jan"
        baseline.append(timed_key_without_filtering(Qt.Key.Key_Backspace))
        assert panel.filter.text() == keys_typed and panel.proxy.rowCount() == shown
    assert panel.model.rowCount() > 0 and panel.model.total == COACHEES
    # data() calls for one key, counted on the source model.
    panel.filter.clear()
    settle()
    calls = [0]
    code = type(panel.model).data.__code__  # Qt calls the override: count its frames

    def count(frame, event, _arg):  # noqa: ANN001, ANN202
        if event == "call" and frame.f_code is code:
            calls[0] += 1

    sys.setprofile(count)
    try:
        timed_key("j")
    finally:
        sys.setprofile(None)
    assert 0 < panel.proxy.rowCount() < COACHEES
    practice.close()
    best = {k: min(v) * 1000 for k, v in timings.items()}
    medians = {k: statistics.median(v) * 1000 for k, v in timings.items()}
    base_ms, base_median = min(baseline) * 1000, statistics.median(baseline) * 1000
    ratio = max(medians.values()) / base_median
    print(
        f"\nfilter keystroke in the main window, {COACHEES} coachees (best/median ms): "
        + ", ".join(f"'{k}' {best[k]:.1f}/{medians[k]:.1f}" for k in timings)
        + f"; keystroke and list reset without filtering {base_ms:.1f}/{base_median:.1f} ms;"
        f" worst median ratio {ratio:.2f}x (target < {KEYSTROKE_RATIO}x; aim < 16 ms a key);"
        f" data() calls for one key: {calls[0]}"
    )
    assert ratio < KEYSTROKE_RATIO
