"""The sections of the trajectory PDF. Each returns its flowables, or [] when it
has nothing to say (an empty section is left out, heading and all)."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from coachdesk.core.instrument_types import Instrument
from coachdesk.core.records import GoalProgress, Profile
from coachdesk.i18n import Lang
from coachdesk.report import charts
from coachdesk.report.blocks import Ctx, facts, grid, notes, section_heading, text
from coachdesk.report.fonts import FAMILY
from coachdesk.report.glyphs import markup
from coachdesk.report.layout import COVER_BAND
from coachdesk.report.styles import Palette, hex_of


def _embedded(drawing: Any) -> Any:
    """A chart whose renderer starts in our family: reportlab's renderer otherwise sets
    Helvetica first (a non-embedded font in the file) even when every label is ours."""
    drawing.initialFontName = FAMILY
    return drawing


def _humanise(key: str) -> str:
    return key.replace("_", " ").strip().capitalize()


# --- cover ---------------------------------------------------------------------


def cover(ctx: Ctx) -> list[Flowable]:
    d, st = ctx.data, ctx.st
    band = [
        text(ctx.t("pdf.cover_label"), st.cover_label),
        Spacer(1, 3 * mm),
        text(d.title, st.cover_title),
        text(d.coachee_name, st.cover_name),
    ]
    sessions = (
        ctx.t("pdf.of", used=len(d.sessions), total=d.contracted_sessions)
        if d.contracted_sessions
        else str(len(d.sessions))
    )
    hours = ctx.f.number(d.minutes_held / 60)
    if d.contracted_hours:
        hours = ctx.t("pdf.of", used=hours, total=ctx.f.number(d.contracted_hours))
    organisation = " — ".join(x for x in (d.organisation, d.role) if x)
    rows = [
        (ctx.t("pdf.fact.coachee"), d.coachee_name),
        (ctx.t("pdf.fact.organisation"), organisation),
        (ctx.t("pdf.fact.sponsor"), d.sponsor_organisation),
        (ctx.t("pdf.fact.period"), ctx.f.period(d.start_date, d.end_date)),
        (ctx.t("pdf.fact.coach"), d.coach_name),
        (ctx.t("pdf.fact.sessions"), sessions),
        (ctx.t("pdf.fact.hours"), hours),
        (ctx.t("pdf.fact.status"), ctx.t(f"pdf.status.{d.status}")),
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


def _bottom_aligned(ctx: Ctx, content: list[Flowable], height: float) -> Table:
    """The cover's title block, shrunk if it must, standing on the band's lower edge."""
    cell = KeepInFrame(ctx.width, height, content, mode="shrink")
    table = Table([[cell]], colWidths=[ctx.width], rowHeights=[height])
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


def intake(ctx: Ctx) -> list[Flowable]:
    d, st = ctx.data, ctx.st
    body: list[Flowable] = []
    if d.intake_question.strip():
        body += [text(ctx.t("pdf.intake_question"), st.h2), *notes(ctx, d.intake_question)]
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
        (ctx.t("pdf.fact.period"), ctx.f.period(d.start_date, d.end_date)),
    ]
    if any(value for _, value in rows[:4]):
        body += [text(ctx.t("pdf.contract"), st.h2), Spacer(1, 1 * mm), facts(ctx, rows)]
    return [*section_heading(ctx, "intake"), *body] if body else []


# --- development goals --------------------------------------------------------------


def _goal(ctx: Ctx, progress: GoalProgress) -> list[Flowable]:
    st, goal = ctx.st, progress.goal
    colour = {"achieved": Palette.ok, "dropped": Palette.muted}.get(goal.status, Palette.primary)
    status = ctx.t(f"pdf.goal.status.{goal.status}")
    head = [
        text(goal.title, st.h2),
        Paragraph(f'<font color="{hex_of(colour)}"><b>{markup(status)}</b></font>', st.meta),
    ]
    body: list[Flowable] = [*notes(ctx, goal.description)]
    if goal.success_criteria.strip():
        body += [text(ctx.t("pdf.goal.criteria"), st.label), *notes(ctx, goal.success_criteria)]
    if progress.ratings:
        chart = charts.goal_progress_chart(
            progress, lang=ctx.f.lang, width=int(ctx.width), height=180
        )
        body.append(_embedded(chart))
        summary = ctx.t(
            "pdf.goal.progress",
            first=ctx.f.number(progress.first or 0),
            latest=ctx.f.number(progress.latest or 0),
            count=len(progress.ratings),
        )
        body += [Spacer(1, 2 * mm), text(summary, st.small)]
    else:
        body.append(text(ctx.t("pdf.goal.no_ratings"), st.small))
    return [*head, *body]


def _kept(ctx: Ctx, section: str, blocks: list[list[Flowable]]) -> list[Flowable]:
    """Blocks that each stay on one page; the section heading stays with the first
    (reportlab's keepWithNext cannot reach into a KeepTogether, so it goes inside)."""
    heading = section_heading(ctx, section)
    out: list[Flowable] = heading[:1]
    for n, block in enumerate(blocks):
        out += [KeepTogether([*heading[1:], *block] if n == 0 else block), Spacer(1, 5 * mm)]
    return out


def goals(ctx: Ctx) -> list[Flowable]:
    if not ctx.data.goals:
        return []
    return _kept(ctx, "goals", [_goal(ctx, progress) for progress in ctx.data.goals])


# --- style-preference profiles ---------------------------------------------------------


def _label(instrument: Instrument | None, profile: Profile, lang: Lang) -> str:
    """A categorical result in words ("Coördinator"), from the instrument when known."""
    key = profile.result.label
    option = instrument.labels.option(key) if instrument and instrument.labels else None
    return option.name(lang) if option else _humanise(key)


def _scores_table(ctx: Ctx, profiles: list[Profile]) -> Table:
    dims = list(dict.fromkeys(k for p in profiles for k in p.scores))
    header = [ctx.t("pdf.profile.dimension")] + [
        _humanise(p.result.variant) or ctx.f.date(p.result.taken_on) for p in profiles
    ]
    rows = [
        [_humanise(k)] + [ctx.f.number(p.scores[k]) if k in p.scores else "" for p in profiles]
        for k in dims
    ]
    n = len(profiles)
    return grid(ctx, header, rows, [0.34] + [min(0.2, 0.66 / n)] * n)


def profiles(ctx: Ctx) -> list[Flowable]:
    if not ctx.data.profiles:
        return []
    blocks: list[list[Flowable]] = []
    ordered = sorted(ctx.data.profiles, key=lambda p: p.result.instrument_key)
    for key, group in groupby(ordered, key=lambda p: p.result.instrument_key):
        items = list(group)
        instrument = ctx.data.instruments.get(key)
        name = instrument.name(ctx.f.lang) if instrument else _humanise(key)
        taken = sorted({p.result.taken_on for p in items})
        block: list[Flowable] = [
            text(name, ctx.st.h2),
            text(
                ctx.t("pdf.profile.taken", date=", ".join(ctx.f.date(t) for t in taken)),
                ctx.st.meta,
            ),
        ]
        labels = dict.fromkeys(_label(instrument, p, ctx.f.lang) for p in items if p.result.label)
        block += [text(ctx.t("pdf.profile.result", label=label), ctx.st.body) for label in labels]
        if instrument is not None:
            chart = charts.profile_chart(
                instrument, items, lang=ctx.f.lang, width=int(ctx.width), height=220
            )
            block.append(_embedded(chart))
        else:
            block.append(_scores_table(ctx, items))
        blocks.append(block)
    return _kept(ctx, "profiles", blocks)


# --- closing evaluation and signatures --------------------------------------------------


def evaluation(ctx: Ctx) -> list[Flowable]:
    value = ctx.data.closing_evaluation
    return [*section_heading(ctx, "evaluation"), *notes(ctx, value)] if value.strip() else []


def signatures(ctx: Ctx) -> list[Flowable]:
    st, d = ctx.st, ctx.data

    def column(role: str, name: str) -> list[Flowable]:
        line = HRFlowable(width="100%", thickness=0.6, color=Palette.muted, spaceBefore=0)
        return [
            text(role, st.h2),
            text(ctx.t("pdf.signatures.name").upper(), st.label),
            text(name or " ", st.body),
            Spacer(1, 3 * mm),
            text(ctx.t("pdf.signatures.date").upper(), st.label),
            Spacer(1, 8 * mm),
            line,
            Spacer(1, 3 * mm),
            text(ctx.t("pdf.signatures.signature").upper(), st.label),
            Spacer(1, 20 * mm),
            line,
        ]

    half = (ctx.width - 12 * mm) / 2
    table = Table(
        [
            [
                column(ctx.t("pdf.fact.coachee"), d.coachee_name),
                column(ctx.t("pdf.fact.coach"), d.coach_name),
            ]
        ],
        colWidths=[half + 12 * mm, half],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 12 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    return [
        KeepTogether(
            [
                *section_heading(ctx, "signatures")[1:],
                text(ctx.t("pdf.signatures.intro"), st.body),
                Spacer(1, 2 * mm),
                table,
            ]
        )
    ]


def title_only(ctx: Ctx) -> list[Flowable]:
    """The whole story when every chosen section turned out empty."""
    return [text(ctx.data.title, ctx.st.title), text(ctx.data.coachee_name, ctx.st.h2)]
