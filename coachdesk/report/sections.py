"""The sections of the trajectory PDF around its goals and sessions: cover (or a
title on page 1), intake question, evaluations and signatures. Each returns its
flowables, or [] when it has nothing to say (an empty section is left out,
heading and all)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    TableStyle,
)

from coachdesk.report.blocks import Ctx, facts, notes, section_heading, text
from coachdesk.report.flow import TaggedTable
from coachdesk.report.fonts import FAMILY
from coachdesk.report.layout import COVER_BAND
from coachdesk.report.styles import Palette
from coachdesk.report.trajectory_data import ReportData

# --- cover ---------------------------------------------------------------------


def status_text(ctx: Ctx) -> str:
    """How the trajectory stands: "Lopend", or how and when it ended."""
    d = ctx.data
    outcome = d.closing_outcome
    if not outcome:
        return ctx.t(f"pdf.status.{d.status}")
    day = d.ended_on or d.end_date
    if day is None:
        return ctx.t(f"pdf.outcome.{outcome}")
    return ctx.t(f"pdf.outcome.{outcome}_on", date=ctx.f.date(day))


def _usage(ctx: Ctx) -> tuple[str, str]:
    d = ctx.data
    sessions = (
        ctx.t("pdf.of", used=len(d.sessions), total=d.contracted_sessions)
        if d.contracted_sessions
        else str(len(d.sessions))
    )
    hours = ctx.f.number(d.minutes_held / 60)
    if d.contracted_hours:
        hours = ctx.t("pdf.of", used=hours, total=ctx.f.number(d.contracted_hours))
    return sessions, hours


def cover(ctx: Ctx) -> list[Flowable]:
    d, st = ctx.data, ctx.st
    band = [
        text(ctx.t("pdf.cover_label"), st.cover_label),
        Spacer(1, 3 * mm),
        text(d.title, st.cover_title, "H1"),
        text(d.coachee_name, st.cover_name),
    ]
    sessions, hours = _usage(ctx)
    organisation = " — ".join(x for x in (d.organisation, d.role) if x)
    rows = [
        (ctx.t("pdf.fact.coachee"), d.coachee_name),
        (ctx.t("pdf.fact.organisation"), organisation),
        (ctx.t("pdf.fact.sponsor"), d.sponsor_organisation),
        (ctx.t("pdf.fact.period"), ctx.f.period(d.start_date, d.end_date)),
        (ctx.t("pdf.fact.coach"), d.coach_name),
        (ctx.t("pdf.fact.practice"), d.practice_name),
        (ctx.t("pdf.fact.sessions"), sessions),
        (ctx.t("pdf.fact.hours"), hours),
        (ctx.t("pdf.fact.status"), status_text(ctx)),
        (ctx.t("pdf.fact.reason"), d.outcome_reason if d.closing_outcome else ""),
    ]
    return [
        NextPageTemplate("content"),  # a cover that runs over continues on content pages
        _bottom_aligned(ctx, band, COVER_BAND - 37 * mm),
        FrameBreak(),
        Spacer(1, 6 * mm),
        facts(ctx, rows),
        Spacer(1, 10 * mm),
        text(ctx.t("pdf.cover_issued", date=ctx.f.date(d.today)), st.small),
        PageBreak(),
    ]


def _bottom_aligned(ctx: Ctx, content: list[Flowable], height: float) -> TaggedTable:
    """The cover's title block, shrunk if it must, standing on the band's lower edge."""
    cell = KeepInFrame(ctx.width, height, content, mode="shrink")
    table = TaggedTable([[cell]], colWidths=[ctx.width], rowHeights=[height], layout=True)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


# --- intake question and the contract with the sponsor ---------------------------


def title_block(ctx: Ctx) -> list[Flowable]:
    """Page 1 without a cover still says what the document is."""
    d, st = ctx.data, ctx.st
    line = [ctx.f.period(d.start_date, d.end_date), status_text(ctx)]
    line += [x for x in (d.coach_name, d.practice_name) if x]
    return [
        text(d.title, st.title, "H1"),
        text(d.coachee_name, st.h2),
        text("  ·  ".join(x for x in line if x), st.meta),
        Spacer(1, 4 * mm),
    ]


def intake(ctx: Ctx) -> list[Flowable]:
    """The intake question and what was agreed: with the sponsor when there is one."""
    d, st = ctx.data, ctx.st
    body: list[Flowable] = []
    if d.intake_question.strip():
        body += [text(ctx.t("pdf.intake_question"), st.h2, "H2"), *notes(ctx, d.intake_question)]
    rows = [
        (ctx.t("pdf.fact.sponsor"), d.sponsor_organisation),
        (ctx.t("pdf.fact.contact"), d.sponsor_contact),
        (
            ctx.t("pdf.fact.contracted_sessions"),
            str(d.contracted_sessions) if d.contracted_sessions else "",
        ),
        (
            ctx.t("pdf.fact.contracted_hours"),
            ctx.f.number(d.contracted_hours) if d.contracted_hours else "",
        ),
        (ctx.t("pdf.fact.period"), ctx.f.period(d.start_date, d.planned_end)),  # as agreed
    ]
    if any(value for _, value in rows[:4]):
        title = ctx.t("pdf.contract" if d.has_sponsor else "pdf.contract_plain")
        body += [text(title, st.h2, "H2"), Spacer(1, 1 * mm), facts(ctx, rows)]
    if not body:
        return []
    return [*section_heading(ctx, "intake" if d.has_sponsor else "intake_plain"), *body]


# --- closing evaluation and signatures --------------------------------------------------


def evaluations(data: ReportData) -> list[tuple[str, str]]:
    """(whose, text) of the evaluations written: the coach's, the coachee's, the sponsor's."""
    found = [
        ("coach", data.closing_evaluation),
        ("coachee", data.coachee_evaluation),
        ("sponsor", data.sponsor_evaluation),
    ]
    return [(who, value) for who, value in found if value.strip()]


def evaluation(ctx: Ctx) -> list[Flowable]:
    written = evaluations(ctx.data)
    if not written:
        return []
    out = section_heading(ctx, "evaluation")
    if [who for who, _ in written] == ["coach"]:
        return [*out, *notes(ctx, written[0][1], 1)]
    for who, value in written:
        out += [text(ctx.t(f"pdf.evaluation.{who}"), ctx.st.h2, "H2"), *notes(ctx, value)]
    return out


def signatures(ctx: Ctx) -> list[Flowable]:
    """Name, place, date and signature of coachee and coach: a table whose rows line
    up whether or not a name is known (an empty one is a line to write on)."""
    st, d = ctx.st, ctx.data

    def label(key: str) -> object:
        return text(ctx.t(key).upper(), st.label)

    rows = [
        ["", text(ctx.t("pdf.fact.coachee"), st.h2), "", text(ctx.t("pdf.fact.coach"), st.h2)],
        [
            label("pdf.signatures.name"),
            text(d.coachee_name, st.body),
            "",
            text(d.coach_name, st.body),
        ],
        [label("pdf.signatures.place"), "", "", ""],
        [label("pdf.signatures.date"), "", "", ""],
        [label("pdf.signatures.signature"), "", "", ""],
    ]
    gap = 10 * mm
    first = 34 * mm
    half = (ctx.width - first - gap) / 2
    table = TaggedTable(
        rows,
        colWidths=[first, half, gap, half],
        rowHeights=[None, 11 * mm, 11 * mm, 11 * mm, 22 * mm],
        hAlign="LEFT",
        header_rows=1,
        header_cols=1,
        artifact_cols=(2,),
    )
    line = (0.6, Palette.muted)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
                ("LINEBELOW", (1, 1), (1, -1), *line),
                ("LINEBELOW", (3, 1), (3, -1), *line),
            ]
        )
    )
    heading = section_heading(ctx, "signatures")
    return [
        heading[0],
        KeepTogether([*heading[1:], text(ctx.t("pdf.signatures.intro"), st.body), table]),
    ]
