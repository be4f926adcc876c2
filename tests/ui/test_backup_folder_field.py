"""Settings > Backup folder (ui/widgets/backup_folder_field.py): checked as typed, nothing
created or saved for a folder that cannot be used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from coachdesk.store import backup as plumbing


@pytest.fixture
def dialog(window, qtbot):
    from coachdesk.ui.dialogs.settings_dialog import SettingsDialog

    d = SettingsDialog(window.practice, window.settings, window)
    qtbot.addWidget(d)
    return d


def _refused(dialog, text: str) -> str:
    dialog.backup_folder.edit.setText(text)
    message = dialog.error_for("backup_folder")
    assert message and not dialog.save_button.isEnabled()
    dialog.save()
    assert dialog.practice.settings.all().get("backup.folder", "") == ""
    return message


def test_a_missing_folder_a_file_and_a_relative_path_are_refused_clearly(
    dialog, tmp_path: Path, dutch
):
    missing = tmp_path / "usb" / "CoachDesk"
    assert "bestaat niet" in _refused(dialog, str(missing))
    assert not missing.exists() and not missing.parent.exists()  # nothing created
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert "bestand, geen map" in _refused(dialog, str(a_file))
    assert "hele pad" in _refused(dialog, "backups")


def test_a_read_only_folder_is_refused(dialog, tmp_path: Path, monkeypatch, english):
    folder = tmp_path / "readonly"
    folder.mkdir()
    monkeypatch.setattr(plumbing.os, "access", lambda *_a, **_k: False)
    message = _refused(dialog, str(folder))
    assert "read-only" in message and str(folder) in message


def test_a_good_folder_is_saved_and_used_for_the_next_backup(
    dialog, window, tmp_path: Path, monkeypatch
):
    target = tmp_path / "tweede schijf"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    dialog.backup_folder.choose_button.click()
    assert dialog.error_for("backup_folder") == "" and dialog.save_button.isEnabled()
    dialog.save()
    assert window.practice.backups.folder() == target
    made = window.practice.backups.create()
    assert made.path.parent == target


def test_an_unchanged_folder_that_is_gone_does_not_block_the_other_settings(
    window, qtbot, tmp_path: Path
):
    from coachdesk.ui.dialogs.settings_dialog import SettingsDialog

    gone = tmp_path / "usb"
    gone.mkdir()
    window.practice.backups.set_folder(gone)
    gone.rmdir()  # the USB stick was unplugged
    dialog = SettingsDialog(window.practice, window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.backup_folder.text() == str(gone)
    dialog.coach_name.setText("Marieke")
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert window.practice.settings.all()["coach_name"] == "Marieke"


def test_typing_is_checked_once_the_coach_pauses_and_save_checks_at_once(
    dialog, qtbot, tmp_path: Path, monkeypatch, dutch
):
    """Each check looks at the disk (a network path can take seconds): not per key."""
    from PySide6.QtTest import QTest

    checked: list[str] = []
    real = dialog.practice.backups.check_folder
    monkeypatch.setattr(
        dialog.practice.backups, "check_folder", lambda text: checked.append(text) or real(text)
    )
    dialog.show()
    missing = str(tmp_path / "usb")
    QTest.keyClicks(dialog.backup_folder.edit, missing)
    assert checked == []  # still typing
    qtbot.waitUntil(lambda: bool(dialog.error_for("backup_folder")), timeout=5000)
    assert checked == [missing]  # once, for the whole path
    assert "bestaat niet" in dialog.error_for("backup_folder")
    QTest.keyClicks(dialog.backup_folder.edit, "x")
    dialog.save()  # before the pause: Save checks what is there
    assert checked[-1] == missing + "x"
    assert dialog.practice.settings.all().get("backup.folder", "") == ""
