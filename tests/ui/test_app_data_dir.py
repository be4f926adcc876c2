"""The window on a relative or oddly named data folder, started as a user starts it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.core.practice import Practice
from coachdesk.ui import app
from tests.conftest import REPO

# Starts ``python -m coachdesk ARGS`` in this process, waits until the window shows and
# its store has opened for real (the fast start opens it after the first paint), then
# reports what the window shows and quits.
SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

qapp = QApplication(sys.argv[:1])
tries = [0]

def look():
    from coachdesk.ui.start_ahead import DeferredPractice
    from coachdesk.ui.main_window import MainWindow

    tries[0] += 1
    windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    practice = windows[0].practice if windows else None
    if isinstance(practice, DeferredPractice):
        practice = practice.opened()
    if practice is None and tries[0] < 600:
        QTimer.singleShot(50, look)
        return
    report = {"window": bool(windows)}
    if practice is not None:
        report["db"] = str(practice.store.path)
        report["rows"] = windows[0].list_panel.model.total
        report["names"] = [row.name for row in windows[0].list_panel.model.rows]
    print("REPORT " + json.dumps(report), flush=True)
    qapp.quit()

QTimer.singleShot(0, look)
from coachdesk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def start(cwd: Path, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("COACHDESK_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )
    lines = [x for x in result.stdout.splitlines() if x.startswith("REPORT ")]
    return result, json.loads(lines[-1][len("REPORT ") :]) if lines else {}


@pytest.mark.parametrize("folder", ["rel", ".", "q?x", "pct%20x"])
def test_the_window_opens_a_relative_or_odd_folder_on_every_start(folder: str, tmp_path: Path):
    work = tmp_path / "work"
    work.mkdir()
    expected = (work / folder / "coachdesk.db").resolve()
    first, report = start(work, "--data-dir", folder)  # a new, empty store: the welcome page
    assert first.returncode == 0, first.stderr
    assert report["db"] == str(expected) and report["rows"] == 0
    with Practice.open(str(work / folder)) as practice:
        practice.coachees.create(name="Zoë de Vries")
    for _ in range(2):  # with a store: the fast start (peek) and then the full open
        again, report = start(work, "--data-dir", folder)
        assert again.returncode == 0, again.stderr
        assert "Traceback" not in again.stderr
        assert report == {"window": True, "db": str(expected), "rows": 1, "names": ["Zoë de Vries"]}


def test_an_empty_data_dir_is_a_message_box_in_the_window(qapp, monkeypatch, capsys):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(app, "has_display", lambda: True)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert app.run_gui("") == app.EXIT_ERROR
    sentence = "Er is geen gegevensmap opgegeven: --data-dir is leeg."
    assert shown and shown[0].startswith(sentence)
    assert capsys.readouterr().err.startswith(sentence)
