"""Building blocks the PDF sections share: headings, fact lists, tables, notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, TableStyle

from coachdesk.report import markdown
from coachdesk.report.flow import Para, Rule, TaggedTable
from coachdesk.report.fonts import BOLD, FAMILY
from coachdesk.report.glyphs import markup, plain
from coachdesk.report.styles import FRAME_WIDTH, Palette, Styles
from coachdesk.report.trajectory_data import Formatter, ReportData


@dataclass
class Ctx:
    data: ReportData
    f: Formatter
    st: Styles
    width: float = FRAME_WIDTH

    def t(self, key: str, /, **params: object) -> str:
        return self.f.t(key, **params)


def text(value: str, style: object, role: str = "P") -> Para:
    """A paragraph of plain text, shown literally (escaped, every glyph drawable)."""
    return Para(markup(value).replace("\n", "<br/>"), style, role=role)


def section_heading(ctx: Ctx, section: str) -> list[Flowable]:
    """A section title (H1): never alone at the bottom of a page, listed in the outline."""
    title = ctx.t(f"pdf.section.{section}")  # e.g. "intake", or "intake_plain" (no sponsor)
    para = text(title, ctx.st.h1, "H1")
    para.cd_outline = title  # type: ignore[attr-defined]
    bar = Rule(
        width=16 * mm,
        thickness=2.2,
        color=Palette.accent,
        hAlign="LEFT",
        spaceBefore=-6,
        spaceAfter=10,
    )
    bar.keepWithNext = 1
    return [CondPageBreak(70 * mm), para, bar]


def notes(ctx: Ctx, value: str, heading_level: int = 2) -> list[Flowable]:
    """A Markdown note; its own headings go one level below ``heading_level``."""
    return markdown.flowables(value, ctx.st.markdown, heading_level)


def facts(ctx: Ctx, rows: Sequence[tuple[str, str]], label_width: float = 42 * mm) -> TaggedTable:
    """Label/value lines with fine rules between them (empty values left out): a
    table whose first column heads its row."""
    cells = [
        [text(label.upper(), ctx.st.label), text(value, ctx.st.cell)]
        for label, value in rows
        if value
    ]
    table = TaggedTable(
        cells,
        colWidths=[label_width, ctx.width - label_width],
        hAlign="LEFT",
        splitInRow=1,
        header_cols=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, Palette.rule),
                ("TOPPADDING", (0, 0), (0, -1), 6.5),
            ]
        )
    )
    return table


def grid(
    ctx: Ctx,
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    fractions: Sequence[float],
    extra: Sequence[tuple] = (),
) -> TaggedTable:
    """A data table with a coloured header row repeated on every page and zebra rows.

    Plain strings stay plain table strings (fast, one line, drawn with the main
    family only); cells that must wrap or switch fonts are passed as Paragraphs.
    """
    head = [plain(h) for h in header]
    body = [[c if isinstance(c, Flowable) else plain(c) for c in row] for row in rows]
    widths = [ctx.width * f for f in fractions]
    table = TaggedTable(
        [head, *body],
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=1,
        header_rows=1,
    )
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("FONTSIZE", (0, 0), (-1, -1), ctx.st.cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), ctx.st.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), Palette.text),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, 0), ctx.st.cell_head.fontSize),
        ("TEXTCOLOR", (0, 0), (-1, 0), Palette.white),
        ("BACKGROUND", (0, 0), (-1, 0), Palette.primary),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, Palette.rule),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), Palette.zebra) for r in range(2, len(body) + 1, 2)]
    table.setStyle(TableStyle([*style, *extra]))
    return table
