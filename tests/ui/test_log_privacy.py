"""The log file holds what a developer needs and none of the coach's data.

A note, a name and an e-mail address carrying one unique marker go through the real
code paths that log: the CLI's start, the practice services, failing background
tasks, refused commands, an unexpected CLI error, and a store that is refused (by
the CLI, by the window's normal open and by its fast start). The marker must appear
nowhere in the log, while the lines that explain what happened are there.
"""

from __future__ import annotations

import sqlite3
import stat
import sys
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from coachdesk import __version__, cli, paths
from coachdesk.core.practice import Practice
from coachdesk.errors import CoachDeskError, InvalidEmailError
from coachdesk.ui import app, lang
from coachdesk.ui import settings as keys
from coachdesk.ui.tasks import run_task


def _log_text(data_dir: Path) -> str:
    logs = paths.logs_dir(data_dir)
    return "".join(p.read_text(encoding="utf-8") for p in sorted(logs.glob("coachdesk.log*")))


def _make_store_newer(data_dir: Path) -> None:
    conn = sqlite3.connect(paths.database_path(data_dir))
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()


def test_the_log_explains_failures_without_a_trace_of_the_coachs_data(
    qtbot, qapp, data_dir, tmp_path, monkeypatch, capsys
):
    mark = f"zq{uuid.uuid4().hex[:12]}"  # lower case: some refusals quote it so
    note = f"Vertrouwelijk: {mark} vertelde over de reorganisatie."

    # The CLI's start sets up the log (the real entry point).
    assert cli.run(["--data-dir", str(data_dir), "demo", "--coachees", "2"]) == cli.EXIT_OK

    # The practice services: a coachee, a trajectory, a session with its notes.
    practice = Practice.open(str(data_dir))
    try:
        coachee = practice.coachees.create(f"Zoë {mark}", email=f"{mark}@example.org")
        trajectory = practice.trajectories.create(coachee.id, f"Traject {mark}")
        session = practice.sessions.create(trajectory.id, datetime(2026, 3, 3, 10, 0))
        practice.notes.save_draft(session.id, shared_notes=note, private_notes=note)
        with pytest.raises(InvalidEmailError) as refused:
            practice.coachees.update(coachee.id, email=f"{mark} geen adres")
        assert mark in refused.value.message()  # the error text does carry the data

        # Failing background tasks (the real thread pool): a bug whose message quotes
        # the note, one whose cause is a CoachDeskError quoting the name, and a
        # CoachDeskError itself (a user-facing refusal, not logged as a failure).
        def reads_the_note_as_a_number(_ctx):
            return int(practice.sessions.get(session.id).shared_notes or "")

        def wraps_a_refusal(_ctx):
            try:
                practice.coachees.update(coachee.id, email=f"{mark} geen adres")
            except CoachDeskError as exc:
                error = RuntimeError(f"import of {coachee.name} failed")
                error.add_note(f"while reading {note}")
                raise error from exc

        def refuses(_ctx):
            raise InvalidEmailError(field="email", value=f"{mark}@")

        errors: list[BaseException] = []
        for work in (reads_the_note_as_a_number, wraps_a_refusal, refuses):
            run_task(work, on_error=errors.append)
        qtbot.waitUntil(lambda: len(errors) == 3, timeout=10000)
        assert any(mark in str(e) for e in errors)
    finally:
        practice.close()

    # A refused CLI command whose message quotes what was typed.
    out = tmp_path / f"{mark}.pdf"
    argv = ["--data-dir", str(data_dir), "export-pdf", str(trajectory.id), str(out)]
    assert cli.run([*argv, "--sections", mark]) == cli.EXIT_ERROR
    assert mark in capsys.readouterr().err

    # An unexpected error in the CLI: logged, then raised as before.
    from coachdesk.core.services.coachees import CoacheeService

    def broken_list(self, status=None):
        raise KeyError(coachee.name)

    monkeypatch.setattr(CoacheeService, "list", broken_list)
    from coachdesk.core import quick_read  # past the ORM-free read, to the service

    monkeypatch.setattr(quick_read, "coachee_rows", lambda *_a, **_k: None)
    with pytest.raises(KeyError):
        cli.run(["--data-dir", str(data_dir), "list", "coachees"])
    monkeypatch.undo()

    # The window's fast start paints the list; then the store is refused while it opens.
    lang.set_current("nl")
    shown: list[QMessageBox] = []
    exits: list[int] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(qapp, "exit", exits.append)
    window = app.start_window_fast(data_dir, keys.open_settings(data_dir), qapp)
    assert window is not None  # not given to qtbot: its close would ask the refused store
    _make_store_newer(data_dir)
    window.show()
    window.start_opening()
    qtbot.waitUntil(lambda: bool(exits), timeout=10000)
    window.deleteLater()  # now: no later test's change notice may reach it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # The same refused store: the window's normal open, and the CLI.
    assert app.start_window(data_dir, keys.open_settings(data_dir)) is None
    assert len(shown) == 2
    assert cli.run(["--data-dir", str(data_dir), "check"]) == 1
    assert cli.run(["--data-dir", str(data_dir), "list", "coachees"]) == cli.EXIT_ERROR
    capsys.readouterr()

    text = _log_text(data_dir)
    assert mark not in text.lower()
    assert "Zoë" not in text and "Vertrouwelijk" not in text and "example.org" not in text
    lines = text.splitlines()
    assert f"INFO coachdesk: CoachDesk {__version__} starting (demo): Python 3." in text
    assert f"data folder {data_dir}" in text
    assert sum("background task failed" in line for line in lines) == 2  # not the refusal
    assert "ValueError (message withheld)" in text
    assert "coachdesk.errors.InvalidEmailError [error.email] field=email" in text
    assert "The above exception was the direct cause of the following exception:" in text
    assert "RuntimeError (message withheld)" in text
    assert "in reads_the_note_as_a_number\n    return int(practice.sessions.get" in text
    assert "command refused: coachdesk.errors.ExportSectionsError [error.export_sections]" in text
    assert "ERROR coachdesk.cli: unexpected error: KeyError (message withheld)" in text
    refusals = [line for line in lines if "store could not be opened" in line]
    assert len(refusals) == 4, refusals  # fast start, normal open, check, list
    assert all("NewerSchemaError [error.newer_schema]" in line for line in refusals)
    assert sum("coachdesk.ui.app: store could not be opened" in line for line in lines) == 2
    assert "Traceback (most recent call last):" in text
    if sys.platform != "win32":
        assert stat.S_IMODE(paths.logs_dir(data_dir).stat().st_mode) == 0o700
        assert stat.S_IMODE((paths.logs_dir(data_dir) / "coachdesk.log").stat().st_mode) == 0o600
