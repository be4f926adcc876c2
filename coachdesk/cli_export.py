"""``coachdesk export-pdf TRAJECTORY_ID OUT.pdf [--lang nl|en] [--sections LIST]
[--for coachee|sponsor]``: the coachee's summary, or the sponsor's progress report."""

from __future__ import annotations

import argparse
import sys

from coachdesk.cli_progress import ProgressBar
from coachdesk.i18n import LANGUAGES, tr
from coachdesk.report import AUDIENCES, SECTIONS

EXIT_OK = 0


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser(
        "export-pdf",
        parents=[common],
        help="write the PDF summary of a trajectory for the coachee",
    )
    export.add_argument("trajectory_id", type=int, metavar="TRAJECTORY_ID")
    export.add_argument(
        "out", metavar="OUT.pdf", help="the PDF file to write (replaced atomically)"
    )
    export.add_argument(
        "--lang", choices=LANGUAGES, default="nl", help="language of the PDF (default: nl)"
    )
    export.add_argument(
        "--sections",
        metavar="LIST",
        default=None,
        help=f"comma-separated sections (default: all): {','.join(SECTIONS)}",
    )
    export.add_argument(
        "--for",
        dest="audience",
        choices=AUDIENCES,
        default="coachee",
        help="who the PDF is for: the coachee's summary (default) or the sponsor's "
        "progress report (only what the coachee agreed to share; no session notes)",
    )
    export.set_defaults(handler=cmd_export_pdf)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from coachdesk.core.practice import Practice
    from coachdesk.errors import ExportError
    from coachdesk.report.trajectory_pdf import (
        done_message,
        export_trajectory_pdf,
        parse_sections,
    )

    audience = getattr(args, "audience", "coachee")
    # Refuse bad input before opening the store.
    if audience == "sponsor" and args.sections is not None:
        raise ExportError("error.export_sponsor_sections")
    sections = parse_sections(args.sections) if audience == "coachee" else None
    with Practice.open(getattr(args, "data_dir", None)) as practice:
        result = export_trajectory_pdf(
            practice,
            args.trajectory_id,
            args.out,
            lang=args.lang,
            sections=sections,
            progress=ProgressBar(tr("pdf.progress")),
            audience=audience,
        )
    print(done_message(result))
    if result.replaced:
        print(tr("pdf.replaced_chars", None, chars=" ".join(result.replaced)), file=sys.stderr)
    return EXIT_OK
