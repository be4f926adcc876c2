"""``coachdesk unlock``: the recovery key is not needed on the command line, where other
local users see it (ps, /proc/*/cmdline) and the shell history keeps it (review A #8)."""

from __future__ import annotations

import pytest

from coachdesk import cli_crypto
from coachdesk.cli import build_parser, run
from coachdesk.core import encryption
from coachdesk.store import cipher
from tests.store.test_encryption import NEW, PASS, fill


@pytest.fixture
def recovery(data_dir, monkeypatch, capsys) -> str:
    """An encrypted store (passphrase PASS) and its recovery key; the next passphrase NEW."""
    fill(data_dir)
    done = encryption.encrypt(data_dir, PASS)
    cipher.forget()
    monkeypatch.delenv("COACHDESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("COACHDESK_RECOVERY_KEY", raising=False)
    monkeypatch.setenv("COACHDESK_NEW_PASSPHRASE", NEW)
    capsys.readouterr()
    return done.recovery_key


def _new_passphrase_works(data_dir) -> None:
    cipher.forget()
    encryption.unlock(data_dir, NEW)


def test_unlock_reads_the_recovery_key_from_the_environment(data_dir, recovery, monkeypatch):
    monkeypatch.setenv("COACHDESK_RECOVERY_KEY", recovery)
    assert run(["--data-dir", str(data_dir), "unlock"]) == 0
    _new_passphrase_works(data_dir)


@pytest.mark.parametrize("argv", [["unlock"], ["unlock", "--recovery-key"]])
def test_unlock_asks_the_recovery_key_on_the_terminal(
    data_dir, recovery, monkeypatch, capsys, argv
):
    asked: list[str] = []

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return recovery

    monkeypatch.setattr(cli_crypto, "_tty", lambda: True)
    monkeypatch.setattr(cli_crypto.getpass, "getpass", getpass)
    assert run(["--data-dir", str(data_dir), *argv]) == 0
    assert asked == ["Herstelsleutel: "]  # hidden input, never echoed
    assert recovery not in capsys.readouterr().out
    _new_passphrase_works(data_dir)


def test_unlock_without_a_terminal_or_variable_says_where_the_key_goes(data_dir, recovery, capsys):
    assert run(["--data-dir", str(data_dir), "unlock"]) == 2
    assert "COACHDESK_RECOVERY_KEY" in capsys.readouterr().err
    cipher.forget()
    encryption.unlock(data_dir, PASS)  # nothing changed


def test_the_old_form_still_works_with_a_warning(data_dir, recovery, capsys):
    assert run(["--data-dir", str(data_dir), "unlock", "--recovery-key", recovery]) == 0
    err = capsys.readouterr().err
    assert "COACHDESK_RECOVERY_KEY" in err and "ps" in err
    _new_passphrase_works(data_dir)


def test_the_help_does_not_ask_for_the_key_as_an_argument():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    text = sub.choices["unlock"].format_help()  # type: ignore[index]
    assert "COACHDESK_RECOVERY_KEY" in text and "unsafe" in text
