"""``coachdesk search QUERY [--json]``: the search engine of the window, headless."""

from __future__ import annotations

import argparse
import json
import sys

from coachdesk.i18n import tr


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from coachdesk.cli import positive_int  # cli.py builds the parser, so it is loaded

    search = sub.add_parser(
        "search",
        parents=[common],
        help="find words in notes, agreements, goals, intake questions and names",
    )
    search.add_argument("query", metavar="QUERY", nargs="+", help="the words to find")
    search.add_argument("--json", action="store_true", help="machine-readable output")
    search.add_argument("--limit", type=positive_int, default=50, metavar="N", help="hits per kind")
    search.add_argument(
        "--shared-only",
        action="store_true",
        help="leave private notes out (a shared screen, output that goes elsewhere)",
    )
    search.set_defaults(handler=cmd_search)


def _when(hit) -> str:  # noqa: ANN001 - SearchHit
    if hit.when is None:
        return ""
    return hit.when.strftime("%Y-%m-%d %H:%M") if hasattr(hit.when, "hour") else str(hit.when)


def cmd_search(args: argparse.Namespace) -> int:
    from coachdesk import paths
    from coachdesk.core import quick_read

    query = " ".join(args.query)
    limit, shared_only = max(1, args.limit), getattr(args, "shared_only", False)
    # An up-to-date store is read without the ORM (core/quick_read.py); else the full open.
    hits = quick_read.search(
        paths.data_dir(getattr(args, "data_dir", None)), query, limit, shared_only=shared_only
    )
    if hits is None:
        from coachdesk.core.practice import Practice

        with Practice.open(getattr(args, "data_dir", None)) as practice:
            hits = practice.search.find(query, limit=limit, shared_only=shared_only)
    if args.json:
        json.dump([h.as_json() for h in hits], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if getattr(args, "shared_only", False):
        print(tr("search.shared_only_note"), file=sys.stderr)
    if not hits:
        print(tr("search.none", None, query=query))
        return 0
    for hit in hits:
        kind = tr(f"search.kind.{hit.kind}")
        if hit.part == "private":
            kind += f" ({tr('search.private')})"
        where = " · ".join(x for x in (hit.coachee_name, hit.trajectory_title, _when(hit)) if x)
        print(f"{kind}: {where}")
        print(f"    {hit.snippet_with('«', '»')}")
    return 0
