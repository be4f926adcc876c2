"""CSV files that open correctly in Excel: Dutch by default (UTF-8 with BOM, ``;``,
decimal comma, dates dd-mm-jjjj), English on request (``,`` and ``.``).

The hour figures (hours by month/sponsor/coachee, the ICF client coaching log, a
sponsor's hours statement) are turned into rows here; files are written atomically.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from coachdesk.core.records import HoursRow
from coachdesk.core.services.hours import IcfClient, Statement
from coachdesk.i18n import Lang, tr
from coachdesk.report.atomic import write_atomically

EXCEL = ("nl", "en")


def _number(value: float | Decimal, excel: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if excel == "nl" else text


def _date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def write_csv(path: str | Path, rows: Sequence[Sequence[object]], excel: str = "nl") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if excel == "nl" else ",", lineterminator="\r\n")
    writer.writerows(rows)
    return write_atomically(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))


def hours_rows(rows: list[HoursRow], by: str, lang: Lang, excel: str) -> list[list[object]]:
    head: list[object] = [
        tr(f"report.col.{by}", lang),
        tr("report.col.paid_hours", lang),
        tr("report.col.pro_bono_hours", lang),
        tr("report.col.held", lang),
        tr("report.col.cancelled", lang),
        tr("report.col.no_show", lang),
    ]
    body: list[list[object]] = [
        [
            r.key,
            _number(r.paid_hours, excel),
            _number(r.pro_bono_hours, excel),
            r.held,
            r.cancelled,
            r.no_show,
        ]
        for r in rows
    ]
    total: list[object] = [
        tr("report.total", lang),
        _number(sum(r.paid_hours for r in rows), excel),
        _number(sum(r.pro_bono_hours for r in rows), excel),
        sum(r.held for r in rows),
        sum(r.cancelled for r in rows),
        sum(r.no_show for r in rows),
    ]
    return [head, *body, total]


def icf_rows(clients: list[IcfClient], lang: Lang, excel: str) -> list[list[object]]:
    """The column layout of ICF's client coaching log, with totals at the end."""
    head: list[object] = [
        tr(f"icf.col.{c}", lang)
        for c in ("client", "contact", "kind", "group_size", "start", "end", "paid", "pro_bono")
    ]
    body: list[list[object]] = [
        [
            c.name,
            " / ".join(x for x in (c.email, c.phone) if x),
            tr(f"icf.{c.kind}", lang),
            "" if c.kind == "individual" else "",
            _date(c.first_session),
            _date(c.last_session),
            _number(c.paid_hours, excel),
            _number(c.pro_bono_hours, excel),
        ]
        for c in clients
    ]
    total: list[object] = [
        tr("report.total", lang),
        "",
        "",
        "",
        "",
        "",
        _number(sum(c.paid_hours for c in clients), excel),
        _number(sum(c.pro_bono_hours for c in clients), excel),
    ]
    return [head, *body, total]


def statement_rows(
    statement: Statement,
    lang: Lang,
    excel: str,
    rate: float | None = None,
    anonymous: bool = False,
) -> list[list[object]]:
    head: list[object] = [
        tr("report.col.date", lang),
        tr("report.col.coachee", lang),
        tr("report.col.trajectory", lang),
        tr("report.col.minutes", lang),
        tr("report.col.hours", lang),
    ]
    if rate is not None:
        head.append(tr("report.col.amount", lang))
    body: list[list[object]] = []
    for line in statement.lines:
        row: list[object] = [
            _date(line.starts_at.date()),
            statement.shown_name(line, anonymous),  # a code without consent
            statement.shown_title(line),
            line.duration_minutes,
            _number(line.hours, excel),
        ]
        if rate is not None:
            amount = statement.amount(line, rate)
            row.append(tr("statement.pro_bono", lang) if amount is None else _number(amount, excel))
        body.append(row)
    total: list[object] = [
        tr("report.total", lang),
        "",
        "",
        sum(line.duration_minutes for line in statement.lines),
        _number(statement.hours, excel),
    ]
    notes: list[list[object]] = []
    if rate is not None:
        total.append(_number(statement.total_amount(rate), excel))  # the lines as printed
        if statement.has_pro_bono():
            notes.append([tr("statement.pro_bono_note", lang)])
    if statement.coded(anonymous):  # what is held back, and why
        notes.append([tr("statement.coded", lang)])
    return [head, *body, total, [], *notes] if notes else [head, *body, total]
