"""The development goals (with their progress charts) and the style-preference
profiles of the trajectory PDF. Every chart is a Figure whose Alt text says in
words what it shows."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from coachdesk.core.instrument_types import Instrument
from coachdesk.core.records import GoalProgress, Profile
from coachdesk.i18n import Lang
from coachdesk.report import charts
from coachdesk.report.blocks import Ctx, grid, notes, section_heading, text
from coachdesk.report.flow import Figure, Para
from coachdesk.report.fonts import FAMILY
from coachdesk.report.glyphs import markup
from coachdesk.report.numbers import consistent
from coachdesk.report.styles import Palette, hex_of

GOAL_CHART = 180  # points high; a goal with a single rating gets a compact one
GOAL_CHART_ONE = 96


def embedded(drawing: Any) -> Any:
    """A chart whose renderer starts in our family: reportlab's renderer otherwise sets
    Helvetica first (a non-embedded font in the file) even when every label is ours."""
    drawing.initialFontName = FAMILY
    return drawing


def humanise(key: str) -> str:
    return key.replace("_", " ").strip().capitalize()


def goal_summary(ctx: Ctx, progress: GoalProgress) -> str:
    """ "First rating 3.0, latest 5.5 (scale 0-10; 4 ratings)", or one rating."""
    ratings = progress.ratings
    if len(ratings) == 1:
        return ctx.t("pdf.goal.progress_one", value=consistent([ratings[0].value], ctx.f.lang)[0])
    first, latest = consistent([ratings[0].value, ratings[-1].value], ctx.f.lang)
    return ctx.t("pdf.goal.progress", first=first, latest=latest, count=len(ratings))


def goal_figure(ctx: Ctx, progress: GoalProgress) -> list[Flowable]:
    """The goal's chart and, under it, the same in words (also its Alt text)."""
    height = GOAL_CHART if len(progress.ratings) > 1 else GOAL_CHART_ONE
    chart = charts.goal_progress_chart(
        progress, lang=ctx.f.lang, width=int(ctx.width), height=height
    )
    summary = goal_summary(ctx, progress)
    return [
        Figure(embedded(chart), f"{progress.goal.title}: {summary}"),
        Spacer(1, 2 * mm),
        text(summary, ctx.st.small),
    ]


def _goal(ctx: Ctx, progress: GoalProgress) -> list[Flowable]:
    st, goal = ctx.st, progress.goal
    colour = {"achieved": Palette.ok, "dropped": Palette.muted}.get(goal.status, Palette.primary)
    key = goal.status
    if key == "open" and ctx.data.closed:  # the trajectory ended: nothing still "runs"
        key, colour = "open_closed", Palette.muted
    status = ctx.t(f"pdf.goal.status.{key}")
    head = [
        text(goal.title, st.h2, "H2"),
        Para(f'<font color="{hex_of(colour)}"><b>{markup(status)}</b></font>', st.meta),
    ]
    body: list[Flowable] = [*notes(ctx, goal.description)]
    if goal.success_criteria.strip():
        body += [text(ctx.t("pdf.goal.criteria"), st.label), *notes(ctx, goal.success_criteria)]
    if progress.ratings:
        body += goal_figure(ctx, progress)
    else:
        body.append(text(ctx.t("pdf.goal.no_ratings"), st.small))
    return [*head, *body]


def kept(ctx: Ctx, section: str, blocks: list[list[Flowable]]) -> list[Flowable]:
    """Blocks that each stay on one page; the section heading stays with the first
    (reportlab's keepWithNext cannot reach into a KeepTogether, so it goes inside)."""
    heading = section_heading(ctx, section)
    out: list[Flowable] = heading[:1]
    for n, block in enumerate(blocks):
        out += [KeepTogether([*heading[1:], *block] if n == 0 else block), Spacer(1, 5 * mm)]
    return out[:-1]  # no space after the last block: the next section sets its own


def goals(ctx: Ctx) -> list[Flowable]:
    if not ctx.data.goals:
        return []
    return kept(ctx, "goals", [_goal(ctx, progress) for progress in ctx.data.goals])


# --- style-preference profiles ---------------------------------------------------------


def _label(instrument: Instrument | None, profile: Profile, lang: Lang) -> str:
    """A categorical result in words ("Coördinator"), from the instrument when known."""
    key = profile.result.label
    option = instrument.labels.option(key) if instrument and instrument.labels else None
    return option.name(lang) if option else humanise(key)


def _scores_table(ctx: Ctx, profiles: list[Profile]) -> Any:
    dims = list(dict.fromkeys(k for p in profiles for k in p.scores))
    header = [ctx.t("pdf.profile.dimension")] + [
        humanise(p.result.variant) or ctx.f.date(p.result.taken_on) for p in profiles
    ]
    values = consistent([v for p in profiles for v in p.scores.values()], ctx.f.lang)
    shown = iter(values)
    texts = [{k: next(shown) for k in p.scores} for p in profiles]
    rows = [[humanise(k)] + [t.get(k, "") for t in texts] for k in dims]
    n = len(profiles)
    return grid(ctx, header, rows, [0.34] + [min(0.2, 0.66 / n)] * n)


def profile_alt(ctx: Ctx, name: str, instrument: Instrument, items: list[Profile]) -> str:
    """What the chart shows, in words: every result's scores per dimension."""
    parts = []
    for p in items:
        dims = [d for d in instrument.dimensions if d.key in p.scores]
        values = consistent([p.scores[d.key] for d in dims], ctx.f.lang, instrument.decimals)
        scores = "; ".join(f"{d.name(ctx.f.lang)} {v}" for d, v in zip(dims, values, strict=True))
        variant = instrument.variant_name(p.result.variant, ctx.f.lang) if p.result.variant else ""
        head = ", ".join(x for x in (variant, ctx.f.date(p.result.taken_on)) if x)
        label = f" ({_label(instrument, p, ctx.f.lang)})" if p.result.label else ""
        parts.append(f"{head}: {scores}{label}")
    return f"{name}. " + ". ".join(parts)


def profiles(ctx: Ctx) -> list[Flowable]:
    if not ctx.data.profiles:
        return []
    blocks: list[list[Flowable]] = []
    ordered = sorted(ctx.data.profiles, key=lambda p: p.result.instrument_key)
    for key, group in groupby(ordered, key=lambda p: p.result.instrument_key):
        items = list(group)
        instrument = ctx.data.instruments.get(key)
        name = instrument.name(ctx.f.lang) if instrument else humanise(key)
        taken = sorted({p.result.taken_on for p in items})
        block: list[Flowable] = [
            text(name, ctx.st.h2, "H2"),
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
            block.append(Figure(embedded(chart), profile_alt(ctx, name, instrument, items)))
        else:
            block.append(_scores_table(ctx, items))
        blocks.append(block)
    return kept(ctx, "profiles", blocks)
