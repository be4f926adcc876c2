"""The CLI, run as a real subprocess like a user would."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from coachdesk import __version__
from tests.conftest import REPO


def run(*args: str, data_dir: Path | None = None, lang: str = "nl") -> subprocess.CompletedProcess:
    env = {**os.environ, "COACHDESK_LANG": lang, "PYTHONPATH": str(REPO)}
    env.pop("COACHDESK_DATA_DIR", None)
    argv = [sys.executable, "-m", "coachdesk", *args]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, cwd=REPO)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"coachdesk {__version__}"


def test_demo_list_and_check(tmp_path: Path):
    demo = run("demo", "--coachees", "12", "--seed", "7", data_dir=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "12 coachees" in demo.stdout

    listed = run("list", "coachees", "--json", data_dir=tmp_path)
    coachees = json.loads(listed.stdout)
    assert len(coachees) == 12
    assert all({"id", "name", "organisation", "status"} <= set(c) for c in coachees)

    plain = run("list", "coachees", data_dir=tmp_path)
    assert coachees[0]["name"] in plain.stdout

    first = coachees[0]["id"]
    trajectories = json.loads(
        run("list", "trajectories", "--coachee", str(first), "--json", data_dir=tmp_path).stdout
    )
    assert trajectories and all(t["coachee_id"] == first for t in trajectories)
    assert all({"id", "coachee_id", "title", "status"} <= set(t) for t in trajectories)

    check = run("check", data_dir=tmp_path)
    assert check.returncode == 0, check.stderr
    assert "Gezond" in check.stdout and "wal" in check.stdout
    assert (
        sqlite3.connect(tmp_path / "coachdesk.db").execute("PRAGMA journal_mode").fetchone()[0]
        == "wal"
    )


def test_env_var_selects_the_folder(tmp_path: Path):
    env = {**os.environ, "COACHDESK_DATA_DIR": str(tmp_path / "env"), "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "coachdesk", "demo", "--coachees", "2"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env" / "coachdesk.db").exists()


def test_check_reports_an_unhealthy_store(tmp_path: Path):
    assert run("demo", "--coachees", "3", data_dir=tmp_path).returncode == 0
    conn = sqlite3.connect(tmp_path / "coachdesk.db")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE trajectory SET coachee_id = 9999 WHERE id = 1")
    conn.commit()
    conn.close()
    result = run("check", data_dir=tmp_path)
    assert result.returncode == 1
    assert "NIET gezond" in result.stderr and "verwijzing" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_finds_home_totals_that_drifted_and_rebuild_repairs_them(tmp_path: Path):
    assert run("demo", "--coachees", "6", data_dir=tmp_path).returncode == 0
    conn = sqlite3.connect(tmp_path / "coachdesk.db")
    conn.execute("UPDATE trajectory SET counted_sessions = counted_sessions + 1 WHERE id = 1")
    conn.commit()  # below the triggers: as a bug or a hand edit would leave them
    conn.close()
    result = run("check", data_dir=tmp_path, lang="en_GB.UTF-8")
    assert result.returncode == 1
    assert "home screen's totals do not match the data (1 difference(s))" in result.stderr
    assert "coachdesk check --rebuild-index" in result.stderr
    rebuilt = run("check", "--rebuild-index", data_dir=tmp_path)
    assert rebuilt.returncode == 0 and "opnieuw berekend" in rebuilt.stdout
    again = run("check", data_dir=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "Totalen van het startscherm: kloppen met de gegevens" in again.stdout


def test_check_on_a_foreign_file_is_unhealthy_not_a_traceback(tmp_path: Path):
    (tmp_path / "coachdesk.db").write_text("geen database")
    result = run("check", data_dir=tmp_path, lang="en_GB.UTF-8")
    assert result.returncode == 1
    assert "not a CoachDesk database" in result.stderr
    assert "Traceback" not in result.stderr


def test_errors_are_one_sentence_without_traceback(tmp_path: Path):
    result = run("list", "trajectories", "--coachee", "404", data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "Coachee met nummer 404 bestaat niet (meer)."

    english = run("list", "trajectories", "--coachee", "404", data_dir=tmp_path, lang="en_US.UTF-8")
    assert english.stderr.strip() == "Coachee number 404 does not exist (any more)."

    bad_dir = run("list", "coachees", data_dir=Path("/proc/coachdesk"))
    assert bad_dir.returncode == 2 and "Traceback" not in bad_dir.stderr
    assert "--data-dir" in bad_dir.stderr

    bad_arg = run("demo", "--coachees", "-3", data_dir=tmp_path)
    assert bad_arg.returncode == 2 and "Traceback" not in bad_arg.stderr


def test_demo_on_a_practice_with_coachees_says_so(tmp_path: Path):
    assert run("demo", "--coachees", "2", data_dir=tmp_path).returncode == 0
    again = run("demo", "--coachees", "2", data_dir=tmp_path)
    assert again.returncode == 0 and "bevat al 2 coachees" in again.stderr


def test_empty_list_says_so(tmp_path: Path):
    result = run("list", "coachees", data_dir=tmp_path)
    assert result.returncode == 0 and "Nog niets" in result.stdout
    assert json.loads(run("list", "coachees", "--json", data_dir=tmp_path).stdout) == []


def test_check_never_creates_a_store(tmp_path: Path):
    result = run("check", data_dir=tmp_path / "typo")
    assert result.returncode == 1 and "geen CoachDesk-database" in result.stderr
    assert not (tmp_path / "typo").exists()


def test_ids_too_large_for_sqlite_are_just_unknown(tmp_path: Path):
    assert run("demo", "--coachees", "2", data_dir=tmp_path).returncode == 0
    huge = "9" * 25
    for argv in (("list", "trajectories", "--coachee", huge), ("export-pdf", huge, "x.pdf")):
        result = run(*argv, data_dir=tmp_path)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert f"nummer {huge} bestaat niet" in result.stderr
