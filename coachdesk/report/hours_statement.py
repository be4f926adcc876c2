"""The hours statement for a sponsor ("urenspecificatie") as PDF: per session held the
date, the duration, the coachee (or a code), totals, an optional rate and reference.

CoachDesk does not invoice; this is what an invoice is based on.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from coachdesk.core import formatting
from coachdesk.core.services.hours import Statement
from coachdesk.i18n import Lang, tr
from coachdesk.report.atomic import write_atomically
from coachdesk.report.fonts import bold, register_fonts
from coachdesk.report.tables import statement_rows


def statement_pdf(
    statement: Statement,
    lang: Lang,
    coach: str = "",
    rate: float | None = None,
    reference: str = "",
    anonymous: bool = False,
) -> bytes:
    family = register_fonts()
    body = ParagraphStyle("body", fontName=family, fontSize=10, leading=14)
    title = ParagraphStyle("title", parent=body, fontName=bold(family), fontSize=16, leading=20)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"{tr('statement.title', lang)} — {statement.sponsor.organisation}",
        author=coach,
    )

    def date(d):  # noqa: ANN001, ANN202
        return formatting.short_date(d, lang)

    story = [
        Paragraph(
            escape(f"{tr('statement.title', lang)} — {statement.sponsor.organisation}"), title
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            escape(
                tr("statement.period", lang, start=date(statement.start), end=date(statement.end))
            ),
            body,
        ),
    ]
    if coach:
        story.append(Paragraph(escape(tr("statement.from_coach", lang, coach=coach)), body))
    if reference:
        story.append(Paragraph(escape(tr("statement.reference", lang, reference=reference)), body))
    if rate is not None:
        story.append(
            Paragraph(
                escape(
                    tr(
                        "statement.rate",
                        lang,
                        rate=f"{rate:.2f}".replace(".", "," if lang == "nl" else "."),
                    )
                ),
                body,
            )
        )
    story += [Spacer(1, 5 * mm)]
    rows = statement_rows(statement, lang, "nl" if lang == "nl" else "en", rate, anonymous)
    cells = [[Paragraph(escape(str(cell)), body) for cell in row] for row in rows]
    table = Table(cells, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), bold(family)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1F3A5F")),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor("#1F3A5F")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [table, Spacer(1, 6 * mm), Paragraph(escape(tr("statement.note", lang)), body)]
    doc.build(story)
    return buffer.getvalue()


def write_statement(path: str | Path, data: bytes) -> Path:
    return write_atomically(path, data)
