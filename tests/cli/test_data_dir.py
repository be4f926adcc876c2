"""--data-dir as a user types it: relative, odd characters, or empty by mistake."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def run(
    *args: str, cwd: Path, env_dir: str | None = None, lang: str = "nl"
) -> subprocess.CompletedProcess:
    # The default folder (platformdirs) is inside the test's own folder: a refusal
    # that failed would show there, never in the real user folder.
    home = cwd.parent / "home"
    env = {**os.environ, "COACHDESK_LANG": lang, "PYTHONPATH": str(REPO)}
    env |= {"HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    env.pop("COACHDESK_DATA_DIR", None)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    if env_dir is not None:
        env["COACHDESK_DATA_DIR"] = env_dir
    argv = [sys.executable, "-m", "coachdesk", *args]
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, cwd=cwd)


@pytest.mark.parametrize("folder", ["rel", ".", "q?x", "h#x", "pct%20x", "a b"])
def test_every_start_works_in_a_relative_or_oddly_named_folder(folder: str, tmp_path: Path):
    tmp_path = tmp_path / "work"
    tmp_path.mkdir()
    demo = run("--data-dir", folder, "demo", "--coachees", "2", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    for _ in range(2):  # the second start onwards used to be a traceback
        check = run("--data-dir", folder, "check", cwd=tmp_path)
        assert check.returncode == 0, check.stderr
        assert "Traceback" not in check.stderr and "Gezond" in check.stdout
    listed = run("list", "coachees", "--data-dir", folder, cwd=tmp_path)
    assert listed.returncode == 0 and len(listed.stdout.strip().splitlines()) == 2
    db = (tmp_path / folder / "coachdesk.db").resolve()
    assert db.is_file() and str(db) in demo.stdout  # the absolute path is what it names
    if folder != ".":
        assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # nothing beside it


def test_a_relative_folder_in_the_environment(tmp_path: Path):
    tmp_path = tmp_path / "work"
    tmp_path.mkdir()
    assert run("demo", "--coachees", "2", cwd=tmp_path, env_dir="rel").returncode == 0
    check = run("check", cwd=tmp_path, env_dir="rel")
    assert check.returncode == 0, check.stderr
    assert (tmp_path / "rel" / "coachdesk.db").is_file()


@pytest.mark.parametrize("command", [(), ("check",), ("demo",), ("list", "coachees")])
def test_an_empty_data_dir_is_refused_in_one_sentence(command: tuple[str, ...], tmp_path: Path):
    work = tmp_path / "work"
    work.mkdir()
    given = run("--data-dir", "", *command, cwd=work)
    assert given.returncode == 2
    assert given.stderr.strip() == (
        "Er is geen gegevensmap opgegeven: --data-dir is leeg. Noem een map, of laat"
        " --data-dir weg om de standaardmap te gebruiken."
    )
    from_env = run(*command, cwd=work, env_dir="", lang="en_GB.UTF-8")
    assert from_env.returncode == 2
    assert from_env.stderr.strip() == (
        "No data folder was given: COACHDESK_DATA_DIR is empty. Name a folder, or leave"
        " COACHDESK_DATA_DIR out to use the default folder."
    )
    assert list(work.iterdir()) == [] and not (tmp_path / "home").exists()  # nothing made
