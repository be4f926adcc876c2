"""coachdesk/log.py: the rotating file, its permissions, the fallback, safe tracebacks."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from coachdesk import cli, log, paths
from coachdesk.errors import DataDirError, InvalidEmailError, Term

SECRET = "Zoë Öztürk zoe@example.org"


def _text(folder: Path) -> str:
    return log.log_file(folder).read_text(encoding="utf-8")


def test_setup_writes_a_start_line_with_version_and_system(data_dir):
    target = log.setup(data_dir, command="demo")
    assert target == data_dir / "logs" / "coachdesk.log"
    assert log.setup(data_dir) == target  # a second call (the window after the CLI): same file
    [line] = _text(data_dir).splitlines()
    assert "INFO coachdesk: CoachDesk" in line and "starting (demo): Python 3." in line
    assert f"data folder {data_dir}" in line
    if sys.platform != "win32":
        assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_home_folder_is_written_as_a_tilde(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "marieke"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "marieke"))
    folder = tmp_path / "marieke" / ".local" / "share" / "CoachDesk"
    log.setup(folder)
    text = _text(folder)
    assert "data folder ~" in text and "marieke" not in text


def test_a_folder_that_cannot_hold_a_log_means_no_file_logging(data_dir, capsys):
    data_dir.mkdir(parents=True)
    (data_dir / "logs").write_text("a file where the folder should be")
    assert log.setup(data_dir) is None
    logging.getLogger("coachdesk.test").error("nowhere to go")  # and nothing breaks
    assert cli.run(["--data-dir", str(data_dir), "demo", "--coachees", "1"]) == cli.EXIT_OK
    assert (data_dir / "logs").read_text() == "a file where the folder should be"
    assert "Logging error" not in capsys.readouterr().err


def test_a_write_that_fails_later_is_dropped_quietly(data_dir, capsys):
    log.setup(data_dir)
    log._handler.stream.close()  # type: ignore[union-attr] - as if the disk went away
    logging.getLogger("coachdesk.test").error("lost")
    assert capsys.readouterr().err == ""


def test_check_on_a_typo_creates_no_folder(tmp_path):
    typo = tmp_path / "typo"
    assert cli.run(["--data-dir", str(typo), "check"]) == cli.EXIT_UNHEALTHY
    assert not typo.exists()


def test_the_file_rotates_at_its_size_and_keeps_three_old_ones(data_dir, monkeypatch):
    monkeypatch.setattr(log, "MAX_BYTES", 2_000)
    log.setup(data_dir)
    writer = logging.getLogger("coachdesk.test")
    for n in range(200):
        writer.info("line %04d %s", n, "x" * 40)
    logs = paths.logs_dir(data_dir)
    names = sorted(p.name for p in logs.iterdir())
    assert names == ["coachdesk.log", "coachdesk.log.1", "coachdesk.log.2", "coachdesk.log.3"]
    assert all((logs / n).stat().st_size <= 2_000 for n in names)
    assert "line 0199" in (logs / "coachdesk.log").read_text()
    if sys.platform != "win32":
        assert all(stat.S_IMODE((logs / n).stat().st_mode) == 0o600 for n in names)


def test_only_coachdesk_and_migrations_below_warning(data_dir):
    log.setup(data_dir)
    logging.getLogger("alembic.runtime.plugins").info("setup plugin")
    logging.getLogger("alembic.runtime.migration").info("Running upgrade 0001 -> 0002")
    logging.getLogger("somelib").info("chatter")
    logging.getLogger("somelib").warning("a warning")
    text = _text(data_dir)
    assert "Running upgrade" in text and "a warning" in text
    assert "setup plugin" not in text and "chatter" not in text


def _raise_chain() -> None:
    try:
        raise OSError(13, "Permission denied", f"/home/{SECRET}/coachdesk.db")
    except OSError as low:
        try:
            raise DataDirError(path=f"/home/{SECRET}", reason=Term("reason.readonly")) from low
        except DataDirError:
            error = ValueError(SECRET)
            error.add_note(SECRET)
            raise error from None


def test_tracebacks_keep_classes_keys_and_frames_never_texts(data_dir):
    log.setup(data_dir)
    writer = logging.getLogger("coachdesk.test")
    try:
        _raise_chain()
    except ValueError as exc:
        writer.error("failed", exc_info=exc)
    try:
        raise InvalidEmailError(field="email", value=SECRET) from KeyError(SECRET)
    except InvalidEmailError as exc:
        writer.warning("refused: %s", exc, exc_info=True)  # an error as an argument too
    text = _text(data_dir)
    assert "Zoë" not in text and "example.org" not in text
    assert "ValueError (message withheld)" in text and "in _raise_chain" in text
    assert "refused: coachdesk.errors.InvalidEmailError [error.email] field=email" in text
    assert "KeyError (message withheld)" in text
    assert "The above exception was the direct cause of the following exception:" in text
    assert "DataDirError" not in text  # ``from None``: the context is not shown, as in Python
    chained = log.format_exception(_caught_context())
    assert "PermissionError [errno 13] Permission denied" in chained
    assert "coachdesk.errors.DataDirError [error.data_dir]" in chained
    assert "During handling of the above exception, another exception occurred:" in chained
    assert "Zoë" not in chained


def _caught_context() -> BaseException:
    try:
        try:
            raise OSError(13, "Permission denied", f"/home/{SECRET}")
        except OSError:
            raise DataDirError(path=SECRET, reason=Term("reason.readonly"))  # noqa: B904
    except DataDirError as exc:
        return exc


def test_an_uncaught_exception_is_logged_then_reported_as_before(data_dir, monkeypatch):
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: seen.append(kind))
    log.setup(data_dir)
    log.install_excepthook()
    try:
        raise RuntimeError(SECRET)
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert seen == [RuntimeError]
    text = _text(data_dir)
    assert "unexpected error: RuntimeError (message withheld)" in text and "Zoë" not in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_log_folder_and_file_are_made_private(data_dir):
    logs = paths.logs_dir(data_dir)
    logs.mkdir(parents=True, mode=0o755)
    logs.chmod(0o755)
    (logs / "coachdesk.log").write_text("")
    (logs / "coachdesk.log").chmod(0o644)
    log.setup(data_dir)
    assert stat.S_IMODE(logs.stat().st_mode) == 0o700
    assert stat.S_IMODE((logs / "coachdesk.log").stat().st_mode) == 0o600
