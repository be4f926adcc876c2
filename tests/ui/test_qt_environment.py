"""Qt as CoachDesk runs it: paints stay on the GUI thread (issue 11).

Qt's raster engine hands tall fills (a scroll bar, a chart) to a pool of threads and
waits for them; for a window's widgets the hand-off costs more than the fill.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.ui import app

REPO = Path(__file__).resolve().parents[2]

# A fresh process: Qt reads the setting once, at its first tall fill. Prints the number of
# the process's threads before and after painting a 600-pixel scroll bar.
PAINT = """
import os, sys
from coachdesk.ui import app
if sys.argv[1] == "coachdesk":
    qt_app = app.create_application()
else:
    from PySide6.QtWidgets import QApplication
    qt_app = QApplication(sys.argv[:1])
from PySide6.QtWidgets import QScrollBar
bar = QScrollBar()
bar.resize(16, 600)
before = len(os.listdir("/proc/self/task"))
bar.grab()
print(before, len(os.listdir("/proc/self/task")))
"""


def _threads_around_a_paint(how: str) -> tuple[int, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    env.pop("QT_NO_GUI_THREADPOOL", None)  # as on a coach's laptop
    out = subprocess.run(
        [sys.executable, "-c", PAINT, how], capture_output=True, text=True, env=env, check=True
    )
    before, after = out.stdout.split()
    return int(before), int(after)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads counted in /proc")
def test_the_window_paints_without_qts_thread_pool():
    before, after = _threads_around_a_paint("coachdesk")
    assert after == before
    # The check can fail: a plain QApplication starts the pool for the same paint (with
    # one core to run on Qt would not split the fill, so the comparison needs two).
    if len(os.sched_getaffinity(0)) > 1:
        plain_before, plain_after = _threads_around_a_paint("plain")
        assert plain_after > plain_before


def test_a_setting_the_user_made_is_kept(monkeypatch):
    monkeypatch.setenv("QT_NO_GUI_THREADPOOL", "")
    app.prepare_qt_environment()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == ""
    monkeypatch.delenv("QT_NO_GUI_THREADPOOL")
    app.prepare_qt_environment()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "1"
