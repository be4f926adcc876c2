"""The progress report for the sponsor: what the coachee agreed the sponsor may see
(report.consent), tagged like the coachee's PDF.

It is built from a copy of the report data that holds nothing else
(:func:`sponsor_view`): no session notes, shared or private, no intake question,
no agreements, no profiles; goals and the summary only with consent. A line near
the top says what is held back and why.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from coachdesk.errors import ExportError
from coachdesk.report.blocks import Ctx, facts, grid, notes, section_heading, text
from coachdesk.report.consent import SHAREABLE
from coachdesk.report.flow import Para
from coachdesk.report.glyphs import markup
from coachdesk.report.sections import status_text
from coachdesk.report.sections_goals import goal_figure
from coachdesk.report.styles import Palette, hex_of
from coachdesk.report.trajectory_data import ReportData


def sponsor_view(data: ReportData, consent: frozenset[str]) -> ReportData:
    """Only what the sponsor may see: the rest is not even in the data."""
    if not data.has_sponsor:
        raise ExportError("error.export_no_sponsor")
    attendance = "attendance" in consent
    return replace(
        data,
        sessions=[
            replace(
                s,
                shared_notes="",
                location="",
                scale_progress=None,
                scale_motivation=None,
                scale_confidence=None,
            )
            for s in data.sessions
        ]
        if attendance
        else [],
        sessions_cancelled=data.sessions_cancelled if attendance else 0,
        no_shows=data.no_shows if attendance else 0,
        next_session=None,
        intake_question="",
        agreements=[],
        profiles=[],
        instruments={},
        goals=list(data.goals) if "goals" in consent else [],
        closing_evaluation=data.closing_evaluation if "summary" in consent else "",
        coachee_evaluation="",
        sponsor_evaluation="",
    )


def held_back(ctx: Ctx, consent: frozenset[str], why: str = "") -> str:
    """The sentences that say what is shared, what is not, and why (``why``: the
    consent record it follows, report/consent.reason_text)."""
    shared = [ctx.t(f"pdf.sponsor.item.{k}") for k in SHAREABLE if k in consent]
    withheld = [ctx.t(f"pdf.sponsor.item.{k}") for k in SHAREABLE if k not in consent]
    sentence = f"{why} " if why else ""
    if shared or not why:
        sentence += ctx.t(
            "pdf.sponsor.shared", items=_listing(ctx, shared) or ctx.t("pdf.no_value")
        )
        sentence += " "
    sentence += ctx.t("pdf.sponsor.never")
    if withheld:
        sentence += " " + ctx.t("pdf.sponsor.withheld", items=_listing(ctx, withheld))
    return sentence


def _listing(ctx: Ctx, items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return ctx.t("pdf.sponsor.and", first=", ".join(items[:-1]), last=items[-1])


def story(ctx: Ctx, consent: frozenset[str], why: str = "") -> list[Flowable]:
    d, st = ctx.data, ctx.st
    out: list[Flowable] = [
        text(ctx.t("pdf.sponsor.heading"), st.title, "H1"),
        text(f"{d.coachee_name}  ·  {d.title}", st.h2),
        Spacer(1, 2 * mm),
    ]
    organisation = " — ".join(x for x in (d.organisation, d.role) if x)
    out.append(
        facts(
            ctx,
            [
                (ctx.t("pdf.fact.coachee"), d.coachee_name),
                (ctx.t("pdf.fact.organisation"), organisation),
                (ctx.t("pdf.fact.sponsor"), d.sponsor_organisation),
                (ctx.t("pdf.fact.contact"), d.sponsor_contact),
                (ctx.t("pdf.fact.period"), ctx.f.period(d.start_date, d.planned_end)),
                (ctx.t("pdf.fact.coach"), d.coach_name),
                (ctx.t("pdf.fact.practice"), d.practice_name),
                (ctx.t("pdf.fact.status"), status_text(ctx)),
            ],
        )
    )
    colour = hex_of(Palette.primary)
    out += [
        Spacer(1, 5 * mm),
        Para(
            f'<font color="{colour}"><b>{markup(ctx.t("pdf.sponsor.about"))}</b></font> '
            + markup(held_back(ctx, consent, why)),
            st.body,
        ),
    ]
    if "attendance" in consent:
        out += attendance(ctx)
    if "goals" in consent and d.goals:
        out += goals(ctx)
    if d.closing_evaluation.strip():
        out += [*section_heading(ctx, "sponsor_summary"), *notes(ctx, d.closing_evaluation, 1)]
    return out


def attendance(ctx: Ctx) -> list[Flowable]:
    d, f = ctx.data, ctx.f
    hours = f.number(d.minutes_held / 60)
    if d.contracted_hours:
        hours = ctx.t("pdf.of", used=hours, total=f.number(d.contracted_hours))
    held = str(len(d.sessions))
    if d.contracted_sessions:
        held = ctx.t("pdf.of", used=held, total=d.contracted_sessions)
    rows = [
        (ctx.t("pdf.sponsor.held"), held),
        (ctx.t("pdf.sponsor.cancelled"), str(d.sessions_cancelled)),
        (ctx.t("pdf.sponsor.no_show"), str(d.no_shows)),
        (ctx.t("pdf.fact.hours"), hours),
    ]
    out: list[Flowable] = [*section_heading(ctx, "attendance"), facts(ctx, rows, 52 * mm)]
    if d.sessions:
        header = [
            ctx.t("pdf.sessions.col_number"),
            ctx.t("pdf.sessions.col_date"),
            ctx.t("pdf.sessions.col_mode"),
            ctx.t("pdf.sessions.col_duration"),
        ]
        table = [
            [
                str(s.number),
                f.session_date(s.starts_at),
                ctx.t(f"pdf.mode.{s.mode}"),
                ctx.t("pdf.minutes", minutes=s.duration_minutes),
            ]
            for s in d.sessions
        ]
        out += [Spacer(1, 4 * mm), grid(ctx, header, table, (0.09, 0.46, 0.27, 0.18))]
    return out


def goals(ctx: Ctx) -> list[Flowable]:
    heading = section_heading(ctx, "sponsor_goals")
    out: list[Flowable] = heading[:1]
    for n, progress in enumerate(ctx.data.goals):
        goal = progress.goal
        key = "open_closed" if goal.status == "open" and ctx.data.closed else goal.status
        block: list[Flowable] = [
            text(goal.title, ctx.st.h2, "H2"),
            text(ctx.t(f"pdf.goal.status.{key}"), ctx.st.meta),
        ]
        if progress.ratings:
            block += goal_figure(ctx, progress)
        else:
            block.append(text(ctx.t("pdf.goal.no_ratings"), ctx.st.small))
        out += [KeepTogether([*heading[1:], *block] if n == 0 else block), Spacer(1, 4 * mm)]
    return out
