"""Kill the app while the coach types: every autosaved word is there after a restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime

from coachdesk.core.practice import Practice

TYPIST = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from coachdesk.core.practice import Practice
    from coachdesk.ui.pages.session_editor import SessionEditor
    from tests.ui.helpers import type_text

    app = QApplication([])
    practice = Practice.open(sys.argv[1])
    editor = SessionEditor(practice, int(sys.argv[2]), lang="nl")
    editor.AUTOSAVE_DELAY_MS = 50
    editor.show()
    typed = {"n": 0}

    def next_word():
        n = typed["n"]
        type_text(editor.shared.editors["goal"], f" coördinatie{n}")
        type_text(editor.private.editors["notes"], f" privé{n}")
        typed["n"] = n + 1

    def saved(_session_id):
        if editor.writer.pending:
            return
        print(typed["n"] - 1, flush=True)  # every word up to n-1 is in the database
        next_word()

    editor.sessionSaved.connect(saved)
    next_word()
    app.exec()
    """
)


def test_autosaved_text_survives_sigkill(data_dir, tmp_path):
    with Practice.open(str(data_dir)) as p:
        c = p.coachees.create("Crash Test")
        t = p.trajectories.create(c.id, "Stroomstoring")
        session_id = p.sessions.create(t.id, datetime(2026, 6, 1, 9), template="grow").id
    script = tmp_path / "typist.py"
    script.write_text(TYPIST, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen(
        [sys.executable, str(script), str(data_dir), str(session_id)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    acked = -1
    for line in proc.stdout:
        acked = int(line)
        if acked >= 12:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    for line in proc.stdout:
        acked = int(line)
    assert acked >= 12
    with Practice.open(str(data_dir)) as p:
        s = p.sessions.get(session_id)
        for n in range(acked + 1):
            assert f"coördinatie{n}" in s.shared_notes
            assert f"privé{n}" in s.private_notes
        assert s.shared_notes.startswith("## Doel")
        assert session_id in {h.session_id for h in p.search.find(f"coordinatie{acked}")}
