"""Settings of one machine (the backup folder) stay on that machine: an export leaves them
out, and an import from another machine never sets them (review A #7)."""

from __future__ import annotations

import json
from pathlib import Path

from coachdesk.core.practice import Practice
from coachdesk.core.services.backup import FOLDER_SETTING
from coachdesk.report.portability_files import export_all


def _settings(doc: dict) -> dict[str, str]:
    return {r["key"]: r["value"] for r in doc["tables"]["setting"]}


def test_an_export_leaves_the_backup_folder_out(practice, tmp_path: Path):
    practice.settings.set("coach_name", "Marieke de Vries")
    practice.backups.set_folder(tmp_path / "usb" / "CoachDesk-backups")
    result = export_all(practice, tmp_path / "praktijk.json")
    doc = json.loads(result.path.read_text(encoding="utf-8"))
    assert FOLDER_SETTING not in _settings(doc)
    assert _settings(doc)["coach_name"] == "Marieke de Vries"
    assert str(tmp_path / "usb") not in result.path.read_text(encoding="utf-8")


def _file_from_another_machine(practice: Practice, tmp_path: Path) -> Path:
    """An export as an older CoachDesk wrote it on a Windows laptop: with its backup folder."""
    practice.settings.set("coach_name", "Marieke de Vries")
    doc = practice.portability.export_document()
    doc["tables"]["setting"].append(
        {"key": FOLDER_SETTING, "value": r"C:\Users\oud\OneDrive - Praktijk\CoachDesk-backups"}
    )
    doc["tables"]["setting"].append({"key": "export.path", "value": r"C:\Users\oud\Documents"})
    path = tmp_path / "van-de-laptop.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_an_import_keeps_this_machines_backup_folder(practice, tmp_path: Path):
    path = _file_from_another_machine(practice, tmp_path)
    with Practice.open(str(tmp_path / "mac")) as mac:
        mine = mac.backups.set_folder(tmp_path / "mac-backups")
        mac.settings.set("coach_name", "oud")
        plan = mac.portability.plan(path)
        mac.portability.apply(plan)
        assert mac.settings.get(FOLDER_SETTING) == str(mine)
        assert mac.backups.folder() == mine
        assert mac.settings.get("export.path") == ""  # path-like: never from another machine
        assert mac.settings.get("coach_name") == "Marieke de Vries"  # the others come along


def test_an_import_into_a_new_store_does_not_take_the_old_backup_folder(practice, tmp_path: Path):
    path = _file_from_another_machine(practice, tmp_path)
    with Practice.open(str(tmp_path / "nieuw")) as new:
        plan = new.portability.plan(path)
        assert plan.store_was_empty
        setting = next(t for t in plan.tables if t.name == "setting")
        assert setting.skip == 2  # said, not silently dropped
        new.portability.apply(plan)
        assert new.settings.get(FOLDER_SETTING) == ""
        assert new.backups.folder() == Path(new.folder) / "backups"
        assert new.settings.get("coach_name") == "Marieke de Vries"
