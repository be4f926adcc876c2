"""The first export asks for the coach's name when Settings has none (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.ui.dialogs.export_pdf_dialog import ExportPdfDialog
from coachdesk.ui.tasks import set_synchronous
from tests.report.pdf_helpers import make_trajectory, reader, text_of


@pytest.fixture
def sync_tasks():
    set_synchronous(True)
    yield
    set_synchronous(False)


def _dialog(qtbot, practice, tid):
    dlg = ExportPdfDialog(practice, tid)
    qtbot.addWidget(dlg)
    return dlg


def test_a_missing_coach_name_is_asked_stored_and_printed(qtbot, practice, sync_tasks, tmp_path):
    tid = make_trajectory(practice, sessions=1)
    practice.settings.set("coach_name", "")
    practice.settings.set("practice_name", "")
    dialog = _dialog(qtbot, practice, tid)
    box = dialog.coach_names
    assert not box.isHidden()
    dialog.build_preview()  # shown before anything was typed: no name in it
    assert "Marit Jansen" not in text_of(dialog.preview_bytes())
    box.coach_name.setText("  Marit Jansen ")  # setText: keyClicks and non-ASCII abort Qt
    box.practice_name.setText("Jansen Coaching")
    out = tmp_path / "met-naam.pdf"
    with qtbot.waitSignal(dialog.exportFinished):
        dialog.save_to(str(out))  # the typed name makes the preview stale: built anew
    assert practice.settings.get("coach_name") == "Marit Jansen"
    assert practice.settings.get("practice_name") == "Jansen Coaching"
    assert "Marit Jansen" in text_of(out)
    assert reader(out).metadata.author == "Marit Jansen"
    assert box.isHidden()
    # asked once: the next export does not ask again
    assert _dialog(qtbot, practice, tid).coach_names.isHidden()


def test_no_question_when_the_name_is_set_and_an_empty_answer_stores_nothing(
    qtbot, practice, sync_tasks, tmp_path: Path
):
    tid = make_trajectory(practice, sessions=1)  # sets "Marieke de Vries"
    assert _dialog(qtbot, practice, tid).coach_names.isHidden()
    practice.settings.set("coach_name", "")
    dialog = _dialog(qtbot, practice, tid)
    dialog.coach_names.coach_name.setText("   ")
    dialog.build_preview()
    assert practice.settings.get("coach_name") == ""
    assert not dialog.coach_names.isHidden()
