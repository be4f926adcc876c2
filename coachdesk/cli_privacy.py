"""Privacy, headless:

coachdesk erase COACHEE_ID [--yes]       every row about them, for good (issue 14)
coachdesk anonymise COACHEE_ID [--yes]   hours kept, identity gone
coachdesk due                            who is past a retention period
coachdesk audit OUT.csv                  the audit trail (uids and counts, no content)
"""

from __future__ import annotations

import argparse
import sys

from coachdesk.cli import open_practice
from coachdesk.i18n import tr

EXIT_OK, EXIT_ERROR = 0, 2


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    for name, helptext in (
        ("erase", "erase a coachee and everything about them, for good"),
        ("anonymise", "keep a coachee's hours, remove what identifies them"),
    ):
        cmd = sub.add_parser(name, parents=[common], help=helptext)
        cmd.add_argument("coachee_id", type=int, metavar="COACHEE_ID")
        cmd.add_argument("--yes", action="store_true", help="do not ask first")
        cmd.set_defaults(handler=cmd_erase, privacy_action=name)
    due = sub.add_parser("due", parents=[common], help="coachees past a retention period")
    due.set_defaults(handler=cmd_due)
    audit = sub.add_parser("audit", parents=[common], help="the audit trail as CSV")
    audit.add_argument("out", metavar="OUT.csv")
    audit.set_defaults(handler=cmd_audit)


def cmd_erase(args: argparse.Namespace) -> int:
    from coachdesk.cli import _confirm

    action = args.privacy_action
    with open_practice(args) as practice:
        coachee = practice.coachees.get(args.coachee_id)  # a clear error when there is none
        question = tr(f"privacy.{action}_question", None, name=coachee.name)
        if not args.yes and not _confirm(question):
            print(tr("privacy.needs_yes"), file=sys.stderr)
            return EXIT_ERROR
        if action == "erase":
            outcome = practice.privacy.erase_coachee(coachee.id)
        else:
            outcome = practice.privacy.anonymise_coachee(coachee.id)
    print(tr(f"privacy.{action}_done", None, code=outcome.code, rows=sum(outcome.counts.values())))
    return EXIT_OK


def cmd_due(args: argparse.Namespace) -> int:
    with open_practice(args) as practice:
        due = practice.retention.due()
    if not due:
        print(tr("privacy.none_due"))
    for item in due:
        print(f"{item.coachee_id}\t{item.name}\t{item.ended_on.isoformat()}\t{item.kind}")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from coachdesk.report.tables import write_csv

    with open_practice(args) as practice:
        lines = practice.audit.lines()
    rows: list[list[object]] = [["at_utc", "action", "uids", "counts"]]
    rows += [
        [
            line.at.strftime("%Y-%m-%d %H:%M:%S"),
            line.action,
            " ".join(line.uids),
            "; ".join(f"{k}={v}" for k, v in sorted(line.counts.items())),
        ]
        for line in lines
    ]
    print(tr("report.written", None, path=write_csv(args.out, rows, "nl"), rows=len(lines)))
    return EXIT_OK
