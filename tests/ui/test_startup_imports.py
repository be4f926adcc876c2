"""The window module must not pull in the ORM: the list paints before SQLAlchemy loads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_main_window_imports_without_sqlalchemy():
    code = (
        "import sys; import coachdesk.ui.main_window, coachdesk.ui.app, coachdesk.core.peek; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'sqlmodel', 'alembic', 'pydantic', 'reportlab'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


FAST_START = """
import sys, threading
from pathlib import Path

HEAVY = {'sqlalchemy', 'sqlmodel', 'alembic', 'pydantic', 'reportlab'}
on_gui_thread = set()  # heavy packages first imported on the GUI thread

class Watch:
    def find_spec(self, name, path=None, target=None):
        top = name.split('.')[0]
        if top in HEAVY and threading.current_thread() is threading.main_thread():
            on_gui_thread.add(top)
        return None

sys.meta_path.insert(0, Watch())
from coachdesk.ui import app, settings as keys
folder = Path(sys.argv[1])
qt_app = app.create_application()
window = app.start_window_fast(folder, keys.open_settings(folder), qt_app)
window.show()
for _ in range(5):
    qt_app.processEvents()
loaded = sorted(HEAVY & {m.split('.')[0] for m in sys.modules})  # on any thread
print(window.list_panel.model.total, sorted(on_gui_thread), loaded, window.home.today is not None)
"""


def test_the_fast_start_shows_the_list_before_the_orm_or_reportlab_load(data_dir):
    """Building and painting the window with the list and the home screen read ahead
    (hours chart, import menu included) loads neither the ORM nor reportlab: they load
    in the background open (start_ahead.DeferredPractice) and the chart's worker, afterwards."""
    from coachdesk.core.practice import Practice

    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Zoë Öztürk")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", FAST_START, str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    # The list and the home screen shown, and nothing heavy loaded at all: the background
    # open starts only once the first page has painted (ui/app.run_gui).
    assert out.stdout.strip() == "1 [] [] True"
