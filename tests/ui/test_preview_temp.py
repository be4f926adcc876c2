"""No preview PDF in the temp folder: not after a killed export, not from earlier versions."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from coachdesk.temp_leftovers import clean_preview_leftovers
from tests.conftest import REPO

_KILLED_EXPORT = """
import os, signal, sys
from coachdesk.core.practice import Practice
from coachdesk.ui.app import create_application
from coachdesk.ui.dialogs.export_pdf_dialog import ExportPdfDialog
from coachdesk.ui.tasks import set_synchronous
from tests.report.pdf_helpers import make_trajectory
app = create_application()
set_synchronous(True)
practice = Practice.open(sys.argv[1])
dialog = ExportPdfDialog(practice, make_trajectory(practice, sessions=3))
dialog.previewReady.connect(lambda pages: (print("shown", pages, flush=True),
                                           os.kill(os.getpid(), signal.SIGKILL)))
dialog.show()
dialog.build_preview()
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_export_leaves_no_preview_in_the_temp_folder(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "TMPDIR": str(temp),
        "QT_QPA_PLATFORM": "offscreen",
    }
    run = subprocess.run(
        [sys.executable, "-c", _KILLED_EXPORT, str(tmp_path / "data")],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == -9 and run.stdout.startswith("shown "), run.stderr[-2000:]
    left = [p for p in temp.rglob("*") if "preview" in p.name or p.suffix == ".pdf"]
    assert left == []


def test_leftovers_of_earlier_versions_are_removed_at_start(tmp_path):
    old = tmp_path / "coachdesk-preview-abc123"
    old.mkdir()
    (old / "preview.pdf").write_bytes(b"%PDF-1.4 notities van een coachee")
    other = tmp_path / "someone-elses-folder"
    other.mkdir()
    assert clean_preview_leftovers(tmp_path) == 1
    assert not old.exists() and other.exists()
