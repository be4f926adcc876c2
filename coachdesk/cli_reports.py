"""Practice reports, headless:

    coachdesk hours OUT.csv --by month|year|sponsor|coachee [--from D] [--to D]
    coachdesk icf-log OUT.csv [--from D] [--to D] [--anonymous]
    coachdesk calendar OUT.ics [--from D] [--to D] [--full-names]
    coachdesk statement SPONSOR_ID OUT.pdf|OUT.csv --from D --to D [--rate R] [--reference REF]

CSV files open in a Dutch Excel by default (``--excel en`` for ``,`` and ``.``).
"""

from __future__ import annotations

import argparse
from datetime import date

from coachdesk.cli import open_practice
from coachdesk.i18n import default_language, tr

EXIT_OK = 0


def _day(text: str) -> date:
    for parse in (date.fromisoformat, lambda t: date(*reversed([int(x) for x in t.split("-")]))):
        try:
            return parse(text)  # type: ignore[no-any-return]
        except (ValueError, TypeError):
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD or DD-MM-YYYY)")


def _period(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--from", dest="start", type=_day, metavar="DATE", required=required)
    parser.add_argument("--to", dest="end", type=_day, metavar="DATE", required=required)


def _excel(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--excel",
        choices=("nl", "en"),
        default="nl",
        help="CSV for a Dutch (;) or English (,) Excel",
    )


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    hours = sub.add_parser(
        "hours", parents=[common], help="hours per month, year, sponsor or coachee (CSV)"
    )
    hours.add_argument("out", metavar="OUT.csv")
    hours.add_argument("--by", choices=("month", "year", "sponsor", "coachee"), default="month")
    _period(hours)
    _excel(hours)
    hours.set_defaults(handler=cmd_hours)

    icf = sub.add_parser("icf-log", parents=[common], help="the ICF client coaching log (CSV)")
    icf.add_argument("out", metavar="OUT.csv")
    icf.add_argument(
        "--anonymous", action="store_true", help="a code instead of names, no contact details"
    )
    _period(icf)
    _excel(icf)
    icf.set_defaults(handler=cmd_icf_log)

    cal = sub.add_parser("calendar", parents=[common], help="planned sessions as an iCalendar file")
    cal.add_argument("out", metavar="OUT.ics")
    cal.add_argument("--full-names", action="store_true", help="full names instead of initials")
    _period(cal)
    cal.set_defaults(handler=cmd_calendar)

    statement = sub.add_parser(
        "statement", parents=[common], help="hours statement for a sponsor (PDF or CSV)"
    )
    statement.add_argument("sponsor_id", type=int, metavar="SPONSOR_ID")
    statement.add_argument("out", metavar="OUT.pdf|OUT.csv")
    _period(statement, required=True)
    statement.add_argument("--rate", type=float, metavar="EUR", help="hourly rate")
    statement.add_argument("--reference", default="", metavar="REF", help="PO or reference number")
    statement.add_argument("--anonymous", action="store_true", help="a code instead of names")
    _excel(statement)
    statement.set_defaults(handler=cmd_statement)


def _done(path: object, rows: int) -> int:
    print(tr("report.written", None, path=path, rows=rows))
    return EXIT_OK


def cmd_hours(args: argparse.Namespace) -> int:
    from coachdesk.report.tables import hours_rows, write_csv

    with open_practice(args) as practice:
        rows = practice.hours.summary(args.by, args.start, args.end)
    table = hours_rows(rows, args.by, default_language(), args.excel)
    return _done(write_csv(args.out, table, args.excel), len(rows))


def cmd_icf_log(args: argparse.Namespace) -> int:
    from coachdesk.report.tables import icf_rows, write_csv

    with open_practice(args) as practice:
        clients = practice.hours.icf_log(args.start, args.end, anonymous=args.anonymous)
    table = icf_rows(clients, default_language(), args.excel)
    return _done(write_csv(args.out, table, args.excel), len(clients))


def cmd_calendar(args: argparse.Namespace) -> int:
    from coachdesk.report.calendar_ics import write_calendar

    with open_practice(args) as practice:
        facts = practice.hours.calendar(args.start, args.end)
    return _done(write_calendar(args.out, facts, default_language(), args.full_names), len(facts))


def cmd_statement(args: argparse.Namespace) -> int:
    lang = default_language()
    with open_practice(args) as practice:
        statement = practice.hours.statement(args.sponsor_id, args.start, args.end)
        coach = practice.settings.get("coach_name") or practice.settings.get("practice_name")
        from coachdesk.report.hours_statement import record_statement

        if str(args.out).lower().endswith(".csv"):
            from coachdesk.report.tables import statement_rows, write_csv

            table = statement_rows(statement, lang, args.excel, args.rate, args.anonymous)
            written = write_csv(args.out, table, args.excel)
        else:
            from coachdesk.report.hours_statement import statement_pdf, write_statement

            data = statement_pdf(statement, lang, coach, args.rate, args.reference, args.anonymous)
            written = write_statement(args.out, data)
        record_statement(practice, statement)  # the audit trail
    return _done(written, len(statement.lines))
