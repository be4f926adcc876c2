from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coachdesk.ui.dialogs.export_pdf_dialog import ExportPdfDialog
from coachdesk.ui.tasks import set_synchronous
from tests.report.pdf_helpers import PRIVATE_MARKER, make_trajectory, reader, text_of


@pytest.fixture
def sync_tasks():
    set_synchronous(True)
    yield
    set_synchronous(False)


@pytest.fixture
def dialog(qtbot, practice, sync_tasks):
    tid = make_trajectory(practice, sessions=3)
    dlg = ExportPdfDialog(practice, tid)
    qtbot.addWidget(dlg)
    return dlg


def test_preview_then_save_writes_the_previewed_pdf(qtbot, dialog, tmp_path: Path):
    dialog.section_boxes["signatures"].setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.previewReady) as ready:
        dialog.preview_button.click()
    pages = ready.args[0]
    assert pages >= 2 and dialog.document.pageCount() == pages
    assert "page" in dialog.status.text()
    out = tmp_path / "summary.pdf"
    with qtbot.waitSignal(dialog.exportFinished) as finished:
        dialog.save_to(str(out))
    assert finished.args == [str(out)]
    assert out.read_bytes() == dialog.preview_bytes()
    text = text_of(out)
    assert "Zoë de Bruïne" in text and "Page 2 of" in text
    assert "Signatures" not in text and PRIVATE_MARKER not in text
    assert len(reader(out).pages) == pages


def test_changed_choices_are_rebuilt_before_saving(qtbot, dialog, tmp_path: Path):
    dialog.build_preview()
    dialog.section_boxes["cover"].setChecked(False)
    assert "again" in dialog.status.text() or "opnieuw" in dialog.status.text()
    out = tmp_path / "x.pdf"
    with qtbot.waitSignal(dialog.exportFinished):
        dialog.save_to(str(out))
    assert "COACHTRAJECT" not in text_of(out)


def test_no_section_disables_export_and_errors_are_shown(qtbot, dialog, tmp_path: Path):
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert not dialog.preview_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.section_boxes["goals"].setChecked(True)
    with qtbot.waitSignal(dialog.exportFailed) as failed:
        dialog.save_to(str(tmp_path / "missing-folder" / "x.pdf"))
    assert "de map bestaat niet" in failed.args[0]
    assert dialog.error.isVisibleTo(dialog) and "niets overschreven" in dialog.error.text()
    assert not (tmp_path / "missing-folder").exists()


def test_the_preview_is_in_memory_only(qtbot, dialog):
    import tempfile

    before = set(Path(tempfile.gettempdir()).iterdir())
    dialog.build_preview()
    assert dialog.preview_bytes().startswith(b"%PDF") and dialog.document.pageCount() >= 1
    assert set(Path(tempfile.gettempdir()).iterdir()) - before == set()  # no file, no folder
    dialog.reject()
    assert dialog.preview_bytes() == b""


def test_preview_is_built_on_a_worker_thread(qtbot, practice):
    dlg = ExportPdfDialog(practice, make_trajectory(practice, sessions=2))
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.previewReady, timeout=20000) as ready:
        dlg.build_preview()
        assert not dlg.preview_button.isEnabled()  # busy while the worker builds
    assert ready.args[0] >= 2 and dlg.preview_button.isEnabled()


def test_characters_the_font_lacks_are_mentioned(qtbot, practice, sync_tasks):
    tid = make_trajectory(practice, sessions=1, notes="Top! 😀 ✓")
    dlg = ExportPdfDialog(practice, tid)
    qtbot.addWidget(dlg)
    dlg.build_preview()
    assert "😀" in dlg.status.text() and "✓" not in dlg.status.text()


def test_save_as_suggests_a_name_and_saves_where_the_coach_chose(
    qtbot, dialog, tmp_path: Path, monkeypatch
):
    from datetime import date

    from PySide6.QtWidgets import QFileDialog

    suggested = dialog.suggested_name()
    assert suggested == f"Trajectverslag Zoë de Bruïne {date.today().isoformat()}.pdf"
    seen = {}

    def fake_dialog(parent, caption, name, filters):
        seen["name"] = name
        return str(tmp_path / "gekozen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    with qtbot.waitSignal(dialog.exportFinished) as finished:
        dialog.save_button.click()
    offered = Path(seen["name"])
    assert offered.name == suggested and offered.is_absolute()  # in Documents, not the cwd
    assert finished.args == [str(tmp_path / "gekozen.pdf")]
    assert (tmp_path / "gekozen.pdf").read_bytes().startswith(b"%PDF")


def test_saving_after_the_notes_changed_rebuilds_instead_of_the_old_preview(
    qtbot, dialog, practice, tmp_path: Path
):
    session = practice.sessions.list(dialog.trajectory_id)[0]
    practice.sessions.update(session.id, shared_notes="Gedeeld. TE-PERSOONLIJK verhaal.")
    dialog.build_preview()
    shown = tmp_path / "shown.pdf"
    shown.write_bytes(dialog.preview_bytes())
    assert "TE-PERSOONLIJK" in text_of(shown)
    # The coach sees it in the preview and moves the sentence to the private part.
    practice.sessions.update(
        session.id, shared_notes="Gedeeld.", private_notes="TE-PERSOONLIJK verhaal."
    )
    out = tmp_path / "na-wijziging.pdf"
    with qtbot.waitSignal(dialog.exportFinished):
        dialog.save_to(str(out))
    assert "TE-PERSOONLIJK" not in text_of(out)


def test_the_sponsor_progress_report_has_fixed_contents(qtbot, dialog, practice, tmp_path: Path):
    # what the sponsor sees follows the coachee's consent (#14): attendance and hours
    coachee_id = practice.trajectories.get(dialog.trajectory_id).coachee_id
    practice.consent.record(coachee_id, given_on=date(2025, 1, 6), sponsor_sees="attendance_hours")
    dialog.audience.setCurrentIndex(dialog.audience.findData("sponsor"))
    assert not dialog._sections_box.isEnabled() and dialog.audience_note.isVisibleTo(dialog)
    assert dialog.suggested_name().startswith("Voortgangsrapportage Zoë de Bruïne")
    out = tmp_path / "sponsor.pdf"
    with qtbot.waitSignal(dialog.exportFinished):
        dialog.save_to(str(out))
    text = text_of(out)
    assert "Voortgangsrapportage" in text and "Aanwezigheid en uren" in text
    assert "Gedeeld verslag" not in text and PRIVATE_MARKER not in text
    dialog.audience.setCurrentIndex(dialog.audience.findData("coachee"))
    assert dialog._sections_box.isEnabled()


def test_an_error_is_shown_in_the_windows_language_not_the_systems(
    qtbot, dialog, tmp_path: Path, english, monkeypatch
):
    """A coach who chose English on a Dutch system reads the error in English."""
    monkeypatch.setenv("COACHDESK_LANG", "nl")  # what the system (and the CLI) would use
    with qtbot.waitSignal(dialog.exportFailed) as failed:
        dialog.save_to(str(tmp_path / "missing-folder" / "x.pdf"))
    assert "de map bestaat niet" not in failed.args[0]
    assert "folder" in failed.args[0].lower()


def test_a_pdf_written_but_not_noted_in_the_audit_trail_says_so(
    qtbot, dialog, tmp_path: Path, monkeypatch, dutch
):
    """The file is there: the coach is told so, and that the audit line is missing,
    instead of an exception escaping the slot (no "saved" at all)."""
    from coachdesk.errors import DiskFullError

    def full(*_args, **_kwargs):
        raise DiskFullError(path=str(tmp_path))

    monkeypatch.setattr(dialog.practice.audit, "record", full)
    out = tmp_path / "summary.pdf"
    with qtbot.waitSignal(dialog.exportFinished):
        dialog.save_to(str(out))
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    status = dialog.status.text()
    assert str(out) in status
    assert "audit" in status.lower() or "logboek" in status.lower()
    assert DiskFullError(path=str(tmp_path)).message("nl") in status
