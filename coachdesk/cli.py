"""Headless commands: ``coachdesk demo``, ``check``, ``list``, ...

Every command honours ``--data-dir``. Errors are one clear sentence on stderr
and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from coachdesk import __version__
from coachdesk.errors import CoachDeskError, StoreError
from coachdesk.i18n import tr

log = logging.getLogger(__name__)

EXIT_OK, EXIT_UNHEALTHY, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130

# The commands, by the module that adds them to the parser and runs them (its
# ``add_parser(sub, common)``). A run builds, and so imports, only the module of its
# own command; ``--help`` (and anything the short parser cannot parse) builds them all.
# ``demo``, ``check`` and ``list`` are added here; ``check`` is run by cli_backup.
COMMANDS: dict[str, tuple[str, ...]] = {
    "coachdesk.cli_export": ("export-pdf",),
    "coachdesk.cli_reports": ("hours", "icf-log", "calendar", "statement"),
    "coachdesk.cli_search": ("search",),
    "coachdesk.cli_backup": ("check", "backup", "backups", "restore", "recover"),
    "coachdesk.cli_privacy": ("erase", "anonymise", "due", "audit"),
    "coachdesk.cli_portability": ("export-all", "import", "export-data"),
    "coachdesk.cli_crypto": ("encrypt", "decrypt", "change-passphrase", "unlock"),
}
_OWN = ("demo", "list")  # the commands cli.py adds and runs itself
_MODULE_OF = {command: module for module, commands in COMMANDS.items() for command in commands}


class _ShortParserFailed(Exception):
    """The parser with one command's module could not parse: the full one decides."""


class _ShortParser(argparse.ArgumentParser):
    def error(self, message: str):  # noqa: ANN201 - argparse's signature (NoReturn)
        raise _ShortParserFailed(message)

    def exit(self, status: int = 0, message: str | None = None):  # noqa: ANN201
        if status:  # (a successful exit, --version or a command's --help, stays one)
            raise _ShortParserFailed(message or "")
        super().exit(status, message)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' must be 1 or more")
    return value


def build_parser(
    modules: Sequence[str] | None = None, parser_class: type = argparse.ArgumentParser
) -> argparse.ArgumentParser:
    """The parser with the commands of ``modules`` (COMMANDS' keys; None: every one)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder of the CoachDesk store (default: COACHDESK_DATA_DIR or the user data folder)",
    )
    parser = parser_class(
        prog="coachdesk",
        description="CoachDesk, the desktop workplace for coaches. Without a command the window opens.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"coachdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="fill the store with Dutch demo data")
    demo.add_argument("--coachees", type=positive_int, default=40, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--remove",
        action="store_true",
        help="remove the demo coachees and sponsors (never ones you entered)",
    )
    demo.add_argument("--yes", action="store_true", help="with --remove: do not ask first")
    demo.set_defaults(handler=cmd_demo)

    check = sub.add_parser(
        "check", parents=[common], help="integrity check, schema version, row counts"
    )
    check.set_defaults(creates_folder=False)  # the read-only check: cli_backup.py

    lister = sub.add_parser("list", parents=[common], help="list coachees or trajectories")
    what = lister.add_subparsers(dest="what", metavar="WHAT", required=True)
    coachees = what.add_parser("coachees", parents=[common], help="all coachees")
    coachees.add_argument("--status", choices=("active", "archived"))
    coachees.add_argument("--json", action="store_true", help="machine-readable output")
    coachees.set_defaults(handler=cmd_list_coachees)
    trajectories = what.add_parser("trajectories", parents=[common], help="all trajectories")
    trajectories.add_argument("--coachee", type=int, metavar="ID", help="only this coachee's")
    trajectories.add_argument("--json", action="store_true", help="machine-readable output")
    trajectories.set_defaults(handler=cmd_list_trajectories)

    import importlib

    for module in COMMANDS:
        if modules is None or module in modules:
            importlib.import_module(module).add_parser(sub, common)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (the first word that is not an option or the
    value of ``--data-dir``, also abbreviated), or None."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if word.startswith("-"):
            if "=" not in word and len(word) > 2 and "--data-dir".startswith(word):
                next(words, None)  # its value
            continue
        return word
    return None


def parse(argv: Sequence[str] | None) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """Parse with only the module of the command named (COMMANDS), so a run imports
    that one; without a command (the window) with none. Whatever that short parser
    cannot parse (a typo, ``--help``) is parsed by the full one, with its messages."""
    words = list(sys.argv[1:] if argv is None else argv)
    command = _command_in(words)
    wants_help = command is None and any(w in ("-h", "--help") for w in words)
    if not wants_help and (command is None or command in _MODULE_OF or command in _OWN):
        module = _MODULE_OF.get(command or "")
        short = build_parser([module] if module else [], parser_class=_ShortParser)
        try:
            return short, short.parse_args(words)
        except _ShortParserFailed:
            pass
    parser = build_parser()
    return parser, parser.parse_args(words)


def open_practice(args: argparse.Namespace):  # noqa: ANN202 - Practice, imported lazily
    """The practice of ``--data-dir`` (or the default folder), for every CLI command."""
    from coachdesk.core.practice import Practice

    return Practice.open(getattr(args, "data_dir", None))


def _json_default(value: object) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _print_json(items: list[dict[str, Any]]) -> None:
    # One write: json.dump() writes every token on its own (400,000 writes for 10,000 rows).
    sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=2, default=_json_default))
    sys.stdout.write("\n")


def _print_table(rows: list[Sequence[object]]) -> None:
    if not rows:
        print(tr("list.none"))
        return
    text_rows = [["" if cell is None else str(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in text_rows) for i in range(len(text_rows[0]))]
    for row in text_rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _confirm(question: str) -> bool:
    """Ask on the terminal; without one (a script) the answer is no."""
    if not sys.stdin or not sys.stdin.isatty():
        return False
    answer = input(f"{question} [{tr('cli.yes_no')}] ").strip().lower()
    return answer in ("j", "ja", "y", "yes")


def cmd_demo_remove(args: argparse.Namespace) -> int:
    with open_practice(args) as practice:
        found = practice.demo.count()
        if not found.coachees and not found.sponsors:
            print(tr("demo.none"))
            return EXIT_OK
        question = tr("demo.remove_question", None, coachees=found.coachees)
        if not args.yes and not _confirm(question):
            print(tr("demo.remove_needs_yes"), file=sys.stderr)
            return EXIT_ERROR
        removed = practice.demo.remove()
    print(tr("demo.removed", None, coachees=removed.coachees, sponsors=removed.sponsors))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    if args.remove:
        return cmd_demo_remove(args)
    with open_practice(args) as practice:
        existing = len(practice.coachees.list())
        if existing:  # said, not refused: adding to a test practice is a normal use
            print(tr("demo.not_empty", None, count=existing), file=sys.stderr)
        from coachdesk.cli_progress import ProgressBar

        summary = practice.demo.generate(
            coachees=args.coachees,
            seed=args.seed,
            progress=ProgressBar(tr("demo.progress")),
        )
    print(tr("demo.done", None, **asdict(summary)))
    return EXIT_OK


def cmd_list_coachees(args: argparse.Namespace) -> int:
    from coachdesk import paths
    from coachdesk.core import quick_read
    from coachdesk.core.records import CoacheeRow
    from coachdesk.core.validation import tag_list

    # An up-to-date store is read without the ORM (core/quick_read.py); else the full open.
    rows = quick_read.coachee_rows(paths.data_dir(getattr(args, "data_dir", None)), args.status)
    if rows is None:
        with open_practice(args) as practice:
            rows = practice.coachees.list(status=args.status)
    if args.json:
        names = [f.name for f in fields(CoacheeRow)]  # asdict() deep-copies: 10x slower
        _print_json([{**{n: getattr(r, n) for n in names}, "tags": tag_list(r.tags)} for r in rows])
    else:
        _print_table([(r.id, r.name, r.organisation, r.status) for r in rows])
    return EXIT_OK


def cmd_list_trajectories(args: argparse.Namespace) -> int:
    with open_practice(args) as practice:
        rows = practice.trajectories.list(coachee_id=args.coachee)
    if args.json:
        _print_json([asdict(r) for r in rows])
    else:
        _print_table(
            [
                (
                    r.id,
                    r.coachee_name,
                    r.title,
                    r.status,
                    f"{r.sessions_used}/{r.contracted_sessions or '-'}",
                )
                for r in rows
            ]
        )
    return EXIT_OK


def _log_refusal(exc: CoachDeskError) -> None:
    """A store that would not open, or a refused command: class and key, never the text
    (it can quote what the coach typed), with the traceback (coachdesk/log.py)."""
    from coachdesk.log import describe

    if isinstance(exc, StoreError):
        log.error("store could not be opened: %s", describe(exc), exc_info=exc)
    else:
        log.warning("command refused: %s", describe(exc), exc_info=exc)


def _setup_logging(args: argparse.Namespace) -> None:
    from coachdesk import log as file_log
    from coachdesk import paths

    try:
        folder = paths.data_dir(getattr(args, "data_dir", None))
    except CoachDeskError:  # an empty --data-dir: the command itself says so
        return
    file_log.setup(
        folder,
        create=getattr(args, "creates_folder", True),
        command=getattr(args, "command", None) or "window",
    )


def run(
    argv: Sequence[str] | None = None, gui: Callable[[argparse.Namespace], int] | None = None
) -> int:
    parser, args = parse(argv)
    handler = getattr(args, "handler", None)
    _setup_logging(args)
    try:
        if handler is not None:
            __import__("coachdesk.cli_crypto").cli_crypto.unlock_for(args)  # encrypted store
        if handler is None:
            if gui is None:
                parser.print_help()
                return EXIT_OK
            return gui(args)
        return handler(args)
    except CoachDeskError as exc:
        _log_refusal(exc)
        print(exc.message(), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(tr("cli.interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from coachdesk.log import describe

        log.error("unexpected error: %s", describe(exc), exc_info=exc)
        raise
