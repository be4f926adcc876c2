"""The hours statement laid out as a tagged PDF (PDF/UA-1), with the trajectory
PDF's pages: header and footer as artifacts, "Page n of N", the facts as a table
whose labels head their rows, the sessions as a Table with TH column headers
(repeated on later pages as artifacts) and TD cells, document language and title.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import cast

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from coachdesk import __version__
from coachdesk.i18n import Lang
from coachdesk.report.blocks import Ctx, facts, grid, text
from coachdesk.report.fonts import BOLD, FAMILY, register_fonts
from coachdesk.report.glyphs import as_written
from coachdesk.report.layout import PageText, TrajectoryDocTemplate, canvas_maker
from coachdesk.report.styles import styles
from coachdesk.report.trajectory_data import Formatter, ReportData

# Column widths (shares of the frame) without and with an amount column.
_WIDTHS = {5: (0.15, 0.29, 0.30, 0.12, 0.14), 6: (0.14, 0.24, 0.25, 0.11, 0.12, 0.14)}


def tagged_statement(
    *,
    lang: Lang,
    title: str,
    sponsor: str,
    period: str,
    coach: str,
    facts_rows: Sequence[tuple[str, str]],
    table: Sequence[Sequence[object]],
    notes: Sequence[str],
) -> bytes:
    """``table``: the header row, one row per session and the total row last."""
    register_fonts()
    f = Formatter(lang)
    # The shared blocks only use the styles and the width; a statement has no trajectory.
    ctx = Ctx(data=cast(ReportData, None), f=f, st=styles())
    texts = PageText(
        coachee=sponsor,
        title=title,
        date=period,
        confidential=f.t("pdf.confidential"),
        practice="",
        coach=coach,
        page_of=lambda page, pages: f.t("pdf.page_of", page=page, pages=pages),
    )
    buffer = io.BytesIO()
    doc = TrajectoryDocTemplate(
        buffer,
        texts,
        cover=False,
        title=as_written(f"{title} — {sponsor}"),
        author=as_written(coach),
        subject=as_written(title),
        creator=f"CoachDesk {__version__}",
        lang=lang,
        displayDocTitle=1,
        initialFontName=FAMILY,
    )
    story: list[Flowable] = [
        text(f"{title} — {sponsor}", ctx.st.title, "H1"),
        Spacer(1, 3 * mm),
    ]
    if facts_rows:
        story += [facts(ctx, facts_rows), Spacer(1, 6 * mm)]
    head, *body = [[str(cell) for cell in row] for row in table]
    columns = len(head)
    numbers = ("ALIGN", (3, 0), (-1, -1), "RIGHT")
    total = ("FONTNAME", (0, -1), (-1, -1), BOLD)
    story.append(grid(ctx, head, body, _WIDTHS[columns], extra=[numbers, total]))
    for note in notes:
        story += [Spacer(1, 4 * mm), text(note, ctx.st.body)]
    doc.build(story, canvasmaker=canvas_maker(texts))
    return buffer.getvalue()
