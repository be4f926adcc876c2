"""The session overview and the agreements of the trajectory PDF."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from coachdesk.core.labels import agreement_owner
from coachdesk.report.blocks import Ctx, grid, notes, section_heading, text
from coachdesk.report.flow import Para, Rule
from coachdesk.report.glyphs import markup
from coachdesk.report.styles import Palette, tinted
from coachdesk.report.trajectory_data import AgreementEntry, SessionEntry

TABLE_FROM = 4  # with this many sessions or more, an overview table comes first
HEAD_ROOM = 42 * mm  # a session's heading starts a page unless this much (3 lines) fits


def _session(ctx: Ctx, s: SessionEntry, listed: bool) -> list[Flowable]:
    """A session's report: its heading stays with the first lines, the text flows on
    (no half-empty page before a long report). H3 under "Session notes", else H2."""
    st, f = ctx.st, ctx.f
    level = 3 if listed else 2
    title = f"{ctx.t('pdf.sessions.number', number=s.number)}  ·  {f.session_date(s.starts_at)}"
    meta = [ctx.t(f"pdf.mode.{s.mode}"), ctx.t("pdf.minutes", minutes=s.duration_minutes)]
    if s.location.strip():
        meta.append(s.location.strip())
    body = notes(ctx, s.shared_notes, level)
    if not body:
        if listed:
            return []
        body = [text(ctx.t("pdf.sessions.no_notes"), st.small)]
    heading = text(title, st.h3, f"H{level}")
    info = text("  ·  ".join(meta), st.meta)
    heading.keepWithNext = info.keepWithNext = 0  # CondPageBreak keeps them with the text
    return [
        CondPageBreak(HEAD_ROOM),
        heading,
        info,
        *body,
        Spacer(1, 1 * mm),
        Rule(width="100%", thickness=0.5, color=Palette.rule, spaceBefore=2, spaceAfter=2),
    ]


def sessions(ctx: Ctx) -> list[Flowable]:
    held, f = ctx.data.sessions, ctx.f
    if not held:
        return []
    if len(held) == 1:
        summary = ctx.t("pdf.sessions.summary_one", minutes=held[0].duration_minutes)
    else:
        hours = f.number(ctx.data.minutes_held / 60)
        summary = ctx.t("pdf.sessions.summary", count=len(held), hours=hours)
    intro = text(summary, ctx.st.body)
    intro.keepWithNext = 1
    out = [*section_heading(ctx, "sessions"), intro]
    listed = len(held) >= TABLE_FROM
    if listed:
        rows = [
            [
                str(s.number),
                f.session_date(s.starts_at),
                ctx.t(f"pdf.mode.{s.mode}"),
                ctx.t("pdf.minutes", minutes=s.duration_minutes),
            ]
            for s in held
        ]
        header = [
            ctx.t("pdf.sessions.col_number"),
            ctx.t("pdf.sessions.col_date"),
            ctx.t("pdf.sessions.col_mode"),
            ctx.t("pdf.sessions.col_duration"),
        ]
        out += [Spacer(1, 2 * mm), grid(ctx, header, rows, (0.09, 0.46, 0.27, 0.18))]
    reports: list[Flowable] = []
    for s in held:
        reports += _session(ctx, s, listed)
    if reports and listed:
        out += [
            Spacer(1, 4 * mm),
            CondPageBreak(HEAD_ROOM + 10 * mm),
            text(ctx.t("pdf.sessions.reports"), ctx.st.h2, "H2"),
        ]
        reports[0] = Spacer(1, 0)  # the first report's page break is the one above
    return out + reports


def _status(ctx: Ctx, a: AgreementEntry) -> tuple[str, Color]:
    """Done, not done (closed without being done), or open; an agreement still open
    when the trajectory closed was not done either, never "overdue" from today."""
    if a.done_date is not None and not a.dropped:
        return ctx.t("pdf.agreement.done", date=ctx.f.short_date(a.done_date)), Palette.ok
    if a.dropped:
        return ctx.t("pdf.agreement.not_done"), Palette.muted
    if ctx.data.closed:
        return ctx.t("pdf.agreement.carried"), Palette.muted
    if a.due_date is not None and a.due_date < ctx.data.today:
        return ctx.t("pdf.agreement.overdue"), Palette.warn
    return ctx.t("pdf.agreement.open"), Palette.primary


def agreements(ctx: Ctx) -> list[Flowable]:
    items = ctx.data.agreements
    if not items:
        return []
    header = [
        ctx.t("pdf.agreement.text"),
        ctx.t("pdf.agreement.owner"),
        ctx.t("pdf.agreement.due"),
        ctx.t("pdf.agreement.status"),
    ]
    rows: list[list[Flowable | str]] = []
    for a in items:
        status, colour = _status(ctx, a)
        rows.append(
            [
                text(a.text, ctx.st.cell),
                agreement_owner(a.owner, ctx.f.lang),
                ctx.f.short_date(a.due_date) if a.due_date else ctx.t("pdf.no_value"),
                Para(markup(status), tinted(ctx.st.cell, colour)),
            ]
        )
    table = grid(ctx, header, rows, (0.45, 0.17, 0.15, 0.23))
    return [*section_heading(ctx, "agreements"), table]
