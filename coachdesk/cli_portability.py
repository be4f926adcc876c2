"""Moving data out and in: ``coachdesk export-all OUT.json``, ``coachdesk import FILE.json
[--dry-run | --yes]`` and ``coachdesk export-data COACHEE_ID OUT.zip [--lang] [--private-notes]``.

An import first says what it would add, change and skip; it writes only after a yes (asked on
the terminal, or ``--yes``), in one transaction. A file that cannot be imported is refused whole
with its problems (the first 20, each with its place in the file) and nothing changes.
"""

from __future__ import annotations

import argparse
import sys

from coachdesk.cli import open_practice
from coachdesk.cli_progress import ProgressBar
from coachdesk.i18n import LANGUAGES, tr

EXIT_OK, EXIT_ERROR = 0, 2


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser(
        "export-all",
        parents=[common],
        help="write the whole practice to one JSON file (to move it, or out of CoachDesk)",
    )
    export.add_argument("out", metavar="OUT.json", help="the file to write (replaced atomically)")
    export.set_defaults(handler=cmd_export_all)

    imp = sub.add_parser(
        "import",
        parents=[common],
        help="read an export-all file into this practice (merges by uid; never deletes)",
    )
    imp.add_argument("file", metavar="FILE.json")
    how = imp.add_mutually_exclusive_group()
    how.add_argument("--dry-run", action="store_true", help="only say what would change")
    how.add_argument("--yes", action="store_true", help="do not ask first")
    imp.set_defaults(handler=cmd_import)

    data = sub.add_parser(
        "export-data",
        parents=[common],
        help="right of access: a ZIP with everything held about one coachee",
    )
    data.add_argument("coachee_id", type=int, metavar="COACHEE_ID")
    data.add_argument("out", metavar="OUT.zip", help="the ZIP to write (replaced atomically)")
    data.add_argument(
        "--lang", choices=LANGUAGES, default="nl", help="the coachee's language (default: nl)"
    )
    data.add_argument(
        "--private-notes",
        action="store_true",
        help="include the coach's private session notes. " + tr("access.private_explained", "en"),
    )
    data.set_defaults(handler=cmd_export_data)


def cmd_export_all(args: argparse.Namespace) -> int:
    from coachdesk.report.portability_files import export_all

    with open_practice(args) as practice:
        result = export_all(practice, args.out, ProgressBar(tr("portability.export_progress")))
    print(tr("portability.exported", None, path=str(result.path), rows=result.rows))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from coachdesk.cli import _confirm
    from coachdesk.core.portability_import import describe

    with open_practice(args) as practice:
        plan = practice.portability.plan(args.file)
        print("\n".join(describe(plan)))
        if args.dry_run:
            print(tr("portability.dry_run_done"))
            return EXIT_OK
        if not plan.writes:
            return EXIT_OK
        if not args.yes and not _confirm(tr("portability.question")):
            print(tr("portability.needs_yes"), file=sys.stderr)
            return EXIT_ERROR
        done = practice.portability.apply(plan, ProgressBar(tr("portability.import_progress")))
    print(tr("portability.imported", None, add=done.adds, change=done.changes, skip=done.skips))
    return EXIT_OK


def cmd_export_data(args: argparse.Namespace) -> int:
    from coachdesk.report.portability_files import export_access

    with open_practice(args) as practice:
        result = export_access(
            practice,
            args.coachee_id,
            args.out,
            lang=args.lang,
            private=args.private_notes,
            progress=ProgressBar(tr("access.progress")),
        )
    print(tr("access.done", None, path=str(result.path), rows=result.rows, pdfs=result.pdfs))
    key = "access.private_included" if result.private else "access.private_left_out"
    print(tr(key))
    return EXIT_OK
