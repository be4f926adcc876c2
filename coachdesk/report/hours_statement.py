"""The hours statement for a sponsor ("urenspecificatie") as PDF: per session held the
date, the duration, the coachee (or a code), totals, an optional rate and reference.

CoachDesk does not invoice; this is what an invoice is based on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.core import formatting
from coachdesk.core.services.hours import Statement
from coachdesk.i18n import Lang, tr
from coachdesk.report.atomic import write_atomically
from coachdesk.report.statement_layout import tagged_statement
from coachdesk.report.tables import statement_rows

if TYPE_CHECKING:
    from coachdesk.core.practice import Practice


def statement_pdf(
    statement: Statement,
    lang: Lang,
    coach: str = "",
    rate: float | None = None,
    reference: str = "",
    anonymous: bool = False,
) -> bytes:
    """The statement as a tagged PDF (PDF/UA-1, see report.statement_layout)."""

    def date(d):  # noqa: ANN001, ANN202
        return formatting.short_date(d, lang)

    amount = f"€ {rate:.2f}".replace(".", "," if lang == "nl" else ".") if rate is not None else ""
    facts_rows = [
        (tr("pdf.fact.period", lang), f"{date(statement.start)} – {date(statement.end)}"),
        (tr("pdf.fact.coach", lang), coach),
        (tr("statement.col.reference", lang), reference),
        (tr("statement.col.rate", lang), amount),
    ]
    rows = statement_rows(statement, lang, "nl" if lang == "nl" else "en", rate, anonymous)
    notes = [tr("statement.note", lang)]
    if rate is not None and statement.has_pro_bono():
        notes.append(tr("statement.pro_bono_note", lang))
    if statement.coded(anonymous):  # what is held back, and why (the coachees' consent)
        notes.append(tr("statement.coded", lang))
    return tagged_statement(
        lang=lang,
        title=tr("statement.title", lang),
        sponsor=statement.sponsor.organisation,
        period=f"{date(statement.start)} – {date(statement.end)}",
        coach=coach,
        facts_rows=facts_rows,
        table=rows[: len(statement.lines) + 2],  # header, sessions, total
        notes=notes,
    )


def write_statement(path: str | Path, data: bytes) -> Path:
    return write_atomically(path, data)


def record_statement(practice: Practice, statement: Statement) -> None:
    """One line in the audit trail for a written statement (the sponsor's uid, counts)."""
    coachees = {line.coachee_id for line in statement.lines}
    practice.audit.record(
        "export_statement",
        [statement.sponsor.uid],
        {
            "sessions": len(statement.lines),
            "coachees": len(coachees),
            "named": len(coachees & statement.named),
        },
    )
