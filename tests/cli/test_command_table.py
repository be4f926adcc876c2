"""The lazy command table (coachdesk/cli.py): a run loads only its command's module."""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys

from coachdesk import cli
from tests.conftest import REPO

LOADED = """
import sys
from coachdesk import cli
parser, args = cli.parse(sys.argv[1:])
print(args.handler.__module__ if hasattr(args, 'handler') else None)
watched = {*cli.COMMANDS, 'coachdesk.cli', 'coachdesk.core.encryption', 'coachdesk.keychain'}
print(' '.join(sorted(watched & set(sys.modules))))
"""


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def test_the_table_names_every_command_of_every_module():
    built = _commands(cli.build_parser())
    for module, commands in cli.COMMANDS.items():
        for name in commands:
            handler = built[name].get_default("handler")
            assert handler is not None and handler.__module__ == module, name
    listed = {c for commands in cli.COMMANDS.values() for c in commands} | set(cli._OWN)
    assert listed == set(built)  # and nothing that the table does not know


def test_a_run_imports_only_the_module_of_its_command(tmp_path):
    def loaded(*argv: str) -> list[str]:
        out = subprocess.run(
            [sys.executable, "-c", LOADED, *argv],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        )
        return out.stdout.splitlines()

    folder = str(tmp_path / "data")
    assert loaded("--data-dir", folder, "search", "coach") == [
        "coachdesk.cli_search",
        "coachdesk.cli coachdesk.cli_search",
    ]
    assert loaded("--data", folder, "check") == [  # (an abbreviated --data-dir)
        "coachdesk.cli_backup",
        "coachdesk.cli coachdesk.cli_backup",
    ]
    assert loaded("list", "coachees", "--json") == ["coachdesk.cli", "coachdesk.cli"]
    assert loaded("--data-dir", folder) == ["None", "coachdesk.cli"]  # the window


def test_help_lists_every_command_and_a_typo_every_choice(capsys):
    for argv in (["--help"], ["zoek"]):
        with contextlib.suppress(SystemExit):
            cli.parse(argv)
        out = capsys.readouterr()
        text = out.out + out.err
        for commands in cli.COMMANDS.values():
            for name in commands:
                assert name in text, (argv, name)
