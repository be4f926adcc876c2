"""Presets an IT department sets machine-wide (coachdesk/deployment.py)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from coachdesk import deployment, i18n
from coachdesk.deployment import Presets


def write(path: Path, text: str, bom: bool = False) -> Path:
    path.write_text(("\ufeff" if bom else "") + text, encoding="utf-8")
    return path


def test_a_presets_file_gives_defaults_and_fixed_values(tmp_path, monkeypatch):
    ini = write(
        tmp_path / "presets.ini",
        "[CoachDesk]\n"
        "language = EN\n"
        "backup_folder = %PRESET_SHARE%/backups\n"
        "encryption_required = ja\n"
        "idle_lock_minutes = 10\n"
        "demo_offer = no\n"
        "fixed = language; encryption_required\n",
        bom=True,  # as Notepad saves it
    )
    monkeypatch.setenv("PRESET_SHARE", str(tmp_path / "share"))
    presets = deployment.load({"COACHDESK_PRESETS": str(ini)})
    assert presets.values == {
        "language": "en",
        "backup_folder": str(tmp_path / "share" / "backups"),
        "encryption_required": True,
        "idle_lock_minutes": 10,
        "demo_offer": False,
    }
    assert presets.fixed_keys() == ["language", "encryption_required"]
    assert presets.sources == (str(ini),)


def test_the_coachs_own_choice_overrides_a_default_but_not_a_fixed_value():
    presets = Presets({"language": "en", "backup_folder": "/org"}, frozenset({"backup_folder"}))
    assert presets.choose("language", "nl") == "nl"
    assert presets.choose("language", "") == "en"  # no choice of their own: the preset
    assert presets.choose("backup_folder", "/mine") == "/org"
    assert presets.choose("idle_lock_minutes", None, 30) == 30
    assert not presets.is_fixed("language")


def test_the_environment_wins_over_the_file_per_key(tmp_path):
    ini = write(tmp_path / "p.ini", "[CoachDesk]\nlanguage = nl\nidle_lock_minutes = 5\n")
    presets = deployment.load(
        {
            "COACHDESK_PRESETS": str(ini),
            "COACHDESK_PRESET_LANGUAGE": "en",
            "COACHDESK_PRESET_FIXED": "language",
        }
    )
    assert presets.get("language") == "en"
    assert presets.get("idle_lock_minutes") == 5
    assert presets.is_fixed("language")
    assert presets.sources == (str(ini), "environment")


def test_wrong_values_are_ignored_and_logged_without_stopping_anything(tmp_path, caplog):
    ini = write(
        tmp_path / "p.ini",
        "[CoachDesk]\nlanguage = fr\nidle_lock_minutes = soon\ndemo_offer = maybe\n"
        "colour = blue\nbackup_folder = /ok\nfixed = language, colour\n",
    )
    with caplog.at_level(logging.WARNING, logger="coachdesk.deployment"):
        presets = deployment.load({"COACHDESK_PRESETS": str(ini)})
    assert presets.values == {"backup_folder": str(Path("/ok"))}
    assert presets.fixed_keys() == []  # a fixed key without a valid value fixes nothing
    logged = caplog.text
    for key in ("language", "idle_lock_minutes", "demo_offer", "colour"):
        assert repr(key) in logged or key in logged


@pytest.mark.parametrize(
    "text",
    ["", "not an ini", "[Other]\nlanguage = en\n", "[CoachDesk]\nlanguage\n", "\xff\xfe"],
)
def test_a_broken_or_foreign_file_means_no_presets(tmp_path, text):
    path = tmp_path / "p.ini"
    path.write_bytes(text.encode("latin-1"))
    assert deployment.load({"COACHDESK_PRESETS": str(path)}).values == {}


def test_missing_files_and_an_empty_choice_mean_no_presets(tmp_path):
    assert deployment.load({"COACHDESK_PRESETS": str(tmp_path / "none.ini")}) == Presets()
    assert deployment.preset_files({"COACHDESK_PRESETS": ""}) == []


def test_without_a_chosen_file_the_machine_wide_folder_is_read(monkeypatch):
    import platformdirs

    monkeypatch.setattr(platformdirs, "site_config_dir", lambda *a, **k: "/etc/xdg/CoachDesk")
    files = deployment.preset_files({})
    assert files[-1] == Path("/etc/xdg/CoachDesk/presets.ini")


def test_a_frozen_program_also_reads_the_file_beside_it(monkeypatch, tmp_path):
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "CoachDesk" / "coachdesk.exe"))
    files = deployment.preset_files({})
    assert files[0] == (tmp_path / "CoachDesk" / "presets.ini").resolve()


def test_the_preset_language_is_the_cli_language_unless_coachdesk_lang_says(tmp_path, monkeypatch):
    ini = write(tmp_path / "p.ini", "[CoachDesk]\nlanguage = en\n")
    monkeypatch.setenv("COACHDESK_PRESETS", str(ini))
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert i18n.default_language() == "nl"  # COACHDESK_LANG=nl (conftest) wins
    monkeypatch.delenv("COACHDESK_LANG")
    assert i18n.default_language() == "en"
    monkeypatch.setenv("COACHDESK_PRESETS", "")
    assert i18n.default_language() == "nl"


def test_the_backup_folder_preset_is_used_until_the_coach_chooses_one(
    practice, tmp_path, monkeypatch
):
    ini = write(tmp_path / "p.ini", f"[CoachDesk]\nbackup_folder = {tmp_path / 'org'}\n")
    monkeypatch.setenv("COACHDESK_PRESETS", str(ini))
    assert practice.backups.folder() == tmp_path / "org"
    mine = tmp_path / "mine"
    mine.mkdir()
    assert practice.backups.set_folder(mine) == mine
    write(ini, f"[CoachDesk]\nbackup_folder = {tmp_path / 'org'}\nfixed = backup_folder\n")
    monkeypatch.setenv("COACHDESK_PRESET_FIXED", "backup_folder")  # a new environment: read again
    assert practice.backups.folder() == tmp_path / "org"


def test_group_policy_wins_over_the_environment_and_the_msi_values(monkeypatch):
    """A variable any user can set must not beat what the organisation fixed in Group
    Policy (HKLM\\Software\\Policies\\CoachDesk); the MSI's values are defaults below it."""
    registry = [
        (
            {"encryption_required": "no", "language": "en"},
            r"HKLM\Software\CoachDesk\Presets",
            False,
        ),
        ({"encryption_required": "yes"}, r"HKLM\Software\Policies\CoachDesk", True),
    ]
    monkeypatch.setattr(deployment, "_windows_registry", lambda _env: registry)
    presets = deployment.load(
        {"COACHDESK_PRESETS": "", "COACHDESK_PRESET_ENCRYPTION_REQUIRED": "no"}
    )
    assert presets.get("encryption_required") is True and presets.is_fixed("encryption_required")
    assert presets.get("language") == "en" and not presets.is_fixed("language")
    assert presets.sources[-1] == r"HKLM\Software\Policies\CoachDesk"
