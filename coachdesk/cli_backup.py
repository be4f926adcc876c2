"""``coachdesk backup [DEST]``, ``backups``, ``restore FILE [--yes]``, ``recover``, ``check``.

``check`` is read-only: it never migrates, never merges a WAL and says what the
next open would do; on a damaged store it offers the newest good backup (and what
restoring it loses) or a rescue with ``coachdesk recover``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coachdesk.cli import open_practice
from coachdesk.cli_progress import ProgressBar
from coachdesk.errors import (
    BackupKeyNeededError,
    CoachDeskError,
    CorruptDatabaseError,
    StoreError,
)
from coachdesk.i18n import tr

EXIT_OK, EXIT_UNHEALTHY, EXIT_ERROR = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser(
        "backup", parents=[common], help="make a verified backup (default: the backup folder)"
    )
    backup.add_argument("dest", nargs="?", metavar="DEST", help="folder to write the backup to")
    backup.set_defaults(handler=cmd_backup)

    backups = sub.add_parser("backups", parents=[common], help="list the backups")
    backups.add_argument("folder", nargs="?", metavar="FOLDER", help="another backup folder")
    backups.set_defaults(handler=cmd_backups)

    restore = sub.add_parser(
        "restore", parents=[common], help="replace the data with a backup (after a safety copy)"
    )
    restore.add_argument("file", metavar="FILE", help="the backup file (.db)")
    restore.add_argument("--yes", action="store_true", help="do not ask first")
    restore.set_defaults(handler=cmd_restore, creates_folder=False)

    recover = sub.add_parser(
        "recover",
        parents=[common],
        help="set a damaged store aside and rescue what can be read into a new one",
    )
    recover.add_argument("--yes", action="store_true", help="do not ask first")
    recover.set_defaults(handler=cmd_recover, creates_folder=False)

    check = sub.choices["check"]  # defined in cli.py; the read-only check lives here
    check.add_argument(
        "--rebuild-index",
        action="store_true",
        help="rebuild the search index and the home screen's totals from the rows (this writes)",
    )
    check.set_defaults(handler=cmd_check)


def _confirm(question: str) -> bool:
    from coachdesk.cli import _confirm as ask

    return ask(question)


def cmd_backup(args: argparse.Namespace) -> int:
    from coachdesk.core.services.backup import size_text, summary_text

    with open_practice(args) as practice:
        made = practice.backups.create(args.dest, progress=ProgressBar(tr("backup.progress")))
    print(
        tr(
            "backup.done",
            None,
            path=made.path,
            size=size_text(made.size),
            summary=summary_text(made),
        )
    )
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from coachdesk.core.services.backup import kind_text, size_text, summary_text, when_text

    with open_practice(args) as practice:
        folder = (
            Path(args.folder).expanduser().absolute() if args.folder else practice.backups.folder()
        )
        found = practice.backups.list(folder)
    if not found:
        print(tr("backups.none", None, folder=folder))
        return EXIT_OK
    print(tr("backups.header", None, folder=folder))
    rows = [
        (when_text(b.created_at), size_text(b.size), kind_text(b), summary_text(b), b.path.name)
        for b in found
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row[:4], widths, strict=True)]
        print("  ".join([*cells, row[4]]).rstrip())
    return EXIT_OK


def _describe_file(file: Path) -> tuple[str, str]:
    """(when, summary) of a backup file for the question."""
    from coachdesk.core.services.backup import summary_text, when_text
    from coachdesk.store.backup import list_backups

    for b in list_backups(file.parent):
        if b.path.name == file.name:
            return when_text(b.created_at), summary_text(b)
    from datetime import datetime

    from coachdesk.core.services.backup import counts_text, tables
    from coachdesk.store.restore import inspect_backup

    snapshot = inspect_backup(file, tables())
    stamp = datetime.fromtimestamp(file.stat().st_mtime).astimezone()
    return when_text(stamp), counts_text(snapshot.tables)


def _current_counts(args: argparse.Namespace) -> str:
    from coachdesk import paths
    from coachdesk.core.services.backup import BackupService, counts_text

    try:
        db = paths.database_path(paths.data_dir(getattr(args, "data_dir", None)))
        if not db.exists():
            return counts_text({})
        return counts_text(BackupService.check(getattr(args, "data_dir", None)).rows)
    except CoachDeskError:
        return "?"


def cmd_restore(args: argparse.Namespace) -> int:
    from coachdesk.core.services.backup import BackupService, counts_text, tables
    from coachdesk.store.restore import inspect_backup

    file = Path(args.file).expanduser().absolute()
    try:
        inspect_backup(file, tables())  # refuse junk, damage, newer before asking anything
    except BackupKeyNeededError:  # encrypted, its key file beside it: the data folder is lost
        from coachdesk.cli_crypto import unlock_backup

        unlock_backup(file)
        inspect_backup(file, tables())
    when, summary = _describe_file(file)
    question = tr(
        "restore.question", None, when=when, summary=summary, current=_current_counts(args)
    )
    if not args.yes and not _confirm(question):
        print(tr("restore.needs_yes"), file=sys.stderr)
        return EXIT_ERROR
    result = BackupService.restore_into(
        getattr(args, "data_dir", None), file, progress=ProgressBar(tr("restore.progress"))
    )
    print(tr("restore.done", None, when=when, summary=counts_text(result.tables)))
    if result.safety_copy is not None:
        print(tr("restore.safety", None, path=result.safety_copy))
    if result.set_aside is not None:
        print(tr("restore.set_aside", None, path=result.set_aside))
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from coachdesk.core.services.backup import BackupService, counts_text

    try:
        report = BackupService.check(getattr(args, "data_dir", None))
        damaged = report.damage is not None or report.integrity != ["ok"]
    except CorruptDatabaseError:  # only damage is damage: other refusals say what they are
        damaged = True
    if not damaged:
        print(tr("recover.healthy"))
        return EXIT_OK
    if not args.yes and not _confirm(tr("recover.question")):
        print(tr("recover.needs_yes"), file=sys.stderr)
        return EXIT_ERROR
    rescued = BackupService.recover(getattr(args, "data_dir", None))
    print(tr("recover.done", None, summary=counts_text(rescued.tables), path=rescued.set_aside))
    return EXIT_OK


def _offer(args: argparse.Namespace) -> None:
    """For a damaged store: the newest good backup and what it loses, or a rescue."""
    from coachdesk.core.services.backup import BackupService, summary_text, when_text

    offer = BackupService.damaged_offer(getattr(args, "data_dir", None))
    if offer.backup is not None:
        print(
            tr(
                "check.offer_backup",
                None,
                when=when_text(offer.backup.created_at),
                summary=summary_text(offer.backup),
                path=offer.backup.path,
            ),
            file=sys.stderr,
        )
    else:
        print(tr("check.offer_none"), file=sys.stderr)
    print(tr("check.offer_recover"), file=sys.stderr)


def _rebuild_index(args: argparse.Namespace) -> int:
    from coachdesk.core import overview_totals, search_index

    with open_practice(args) as practice, practice.store.engine.begin() as conn:
        search_index.rebuild(conn)
        overview_totals.recompute(conn)
    print(tr("check.index_rebuilt"))
    print(tr("check.totals_rebuilt"))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from coachdesk import paths
    from coachdesk.cli import _log_refusal
    from coachdesk.core.services.backup import BackupService

    db = paths.database_path(paths.data_dir(getattr(args, "data_dir", None)))
    if not db.exists():  # a check must not create a store (a typo in --data-dir)
        print(
            f"{tr('check.unhealthy')}: {tr('check.no_store', None, path=db.parent)}",
            file=sys.stderr,
        )
        return EXIT_UNHEALTHY
    if getattr(args, "rebuild_index", False):
        return _rebuild_index(args)
    try:
        report = BackupService.check(getattr(args, "data_dir", None))
    except StoreError as exc:
        _log_refusal(exc)
        print(f"{tr('check.unhealthy')}: {exc.message()}", file=sys.stderr)
        if exc.key == "error.corrupt":
            _offer(args)
        return EXIT_UNHEALTHY
    print(f"{tr('check.database')}: {report.path}")
    print(f"{tr('check.schema')}: {report.schema} (head {report.head})")
    print(f"{tr('check.integrity')}: {'; '.join(report.integrity) or '-'}")
    print(f"{tr('check.foreign_keys')}: {report.foreign_key_problems}")
    print(f"{tr('check.journal')}: {report.journal_mode}")
    print(f"{tr('check.rows')}: " + ", ".join(f"{k} {v}" for k, v in report.rows.items()))
    print(f"{tr('check.index')}: {'; '.join(report.index_problems) or tr('check.index_ok')}")
    print(f"{tr('check.totals')}: {'; '.join(report.totals_problems) or tr('check.totals_ok')}")
    if report.in_use:
        print(tr("check.in_use"))
    for key, params in report.would:
        print(f"{tr('check.next_open')}: {tr(key, None, **params)}")
    print(tr("check.read_only"))
    if report.healthy:
        print(tr("check.healthy"))
        return EXIT_OK
    problems = []
    if report.damage is not None:
        problems.append(tr("check.damaged", None, detail=report.damage))
    elif report.integrity != ["ok"]:
        problems.append(tr("check.damaged", None, detail="; ".join(report.integrity)))
    if report.foreign_key_problems:
        problems.append(tr("check.problem_fk", None, count=report.foreign_key_problems))
    if report.newer:
        from coachdesk.errors import NewerSchemaError

        _log_refusal(NewerSchemaError(path=report.path, revision=report.schema))
        problems.append(tr("check.newer", None, current=report.schema))
    if report.index_problems:
        problems.append(tr("check.problem_index", None, detail="; ".join(report.index_problems)))
    if report.totals_problems:
        detail = "; ".join(report.totals_problems)
        problems.append(tr("check.problem_totals", None, detail=detail))
    print(f"{tr('check.unhealthy')}: {'; '.join(problems)}", file=sys.stderr)
    if report.damage is not None or report.integrity != ["ok"]:
        _offer(args)
    return EXIT_UNHEALTHY
