"""The scaling questions and the comments on goal ratings (section "scaling"):
what the coach asked in each session (progress, motivation, confidence, 0-10)
and what was said with each rating of a goal. Stored all along; printed when the
coach chooses this section (issue 16). Empty when nothing was recorded."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from coachdesk.report.blocks import Ctx, grid, section_heading, text
from coachdesk.report.trajectory_data import SessionEntry

SCALES = ("scale_progress", "scale_motivation", "scale_confidence")


def _asked(s: SessionEntry) -> bool:
    return any(getattr(s, key) is not None for key in SCALES)


def scaling(ctx: Ctx) -> list[Flowable]:
    asked = [s for s in ctx.data.sessions if _asked(s)]
    commented = [(g.goal.title, r) for g in ctx.data.goals for r in g.ratings if r.comment.strip()]
    if not asked and not commented:
        return []
    f, st = ctx.f, ctx.st
    out: list[Flowable] = [*section_heading(ctx, "scaling")]
    if asked:
        intro = text(ctx.t("pdf.scaling.intro"), st.body)
        intro.keepWithNext = 1
        none = ctx.t("pdf.scaling.not_asked")
        rows = [
            [
                str(s.number),
                f.short_date(s.starts_at.date()),
                *(none if getattr(s, k) is None else f.number(getattr(s, k), 0) for k in SCALES),
            ]
            for s in asked
        ]
        header = [
            ctx.t("pdf.sessions.col_number"),
            ctx.t("pdf.sessions.col_date"),
            ctx.t("pdf.scaling.progress"),
            ctx.t("pdf.scaling.motivation"),
            ctx.t("pdf.scaling.confidence"),
        ]
        out += [intro, grid(ctx, header, rows, (0.09, 0.25, 0.22, 0.22, 0.22))]
    if commented:
        out += [Spacer(1, 5 * mm), text(ctx.t("pdf.scaling.comments"), st.h2, "H2")]
        comment_rows: list[list[Flowable | str]] = [
            [
                text(title, st.cell),
                f.short_date(r.rated_on),
                f.number(r.value),
                text(r.comment.strip(), st.cell),
            ]
            for title, r in commented
        ]
        header = [
            ctx.t("pdf.scaling.goal"),
            ctx.t("pdf.sessions.col_date"),
            ctx.t("pdf.scaling.score"),
            ctx.t("pdf.scaling.comment"),
        ]
        out.append(grid(ctx, header, comment_rows, (0.28, 0.16, 0.1, 0.46)))
    return out
