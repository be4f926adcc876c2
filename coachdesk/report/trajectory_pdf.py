"""The trajectory summary PDF that the coach hands to the coachee, and the progress
report for the sponsor.

    export_trajectory_pdf(practice, trajectory_id, "summary.pdf", lang="en")
    export_trajectory_pdf(practice, trajectory_id, "sponsor.pdf", audience="sponsor")

The coach picks the sections of the coachee's PDF (all by default, see
SECTIONS); the sponsor's shows what the coachee agreed to (report.consent,
report.sponsor_pdf). The language is chosen per export. The document is built
in memory and then written atomically, so a failed export never leaves a half
file or replaces a good one. Private session notes are never read into the
document (see trajectory_data). Every PDF is tagged (PDF/UA-1, report.tagging).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from coachdesk import __version__
from coachdesk.errors import CoachDeskError, ExportBuildError, ExportError, ExportSectionsError
from coachdesk.i18n import Lang, tr
from coachdesk.report import AUDIENCES, SECTIONS, consent, sponsor_pdf
from coachdesk.report import sections as sec
from coachdesk.report import sections_goals as sec_goals
from coachdesk.report import sections_scaling as sec_scaling
from coachdesk.report import sections_sessions as sec_sessions
from coachdesk.report.atomic import write_atomically
from coachdesk.report.blocks import Ctx
from coachdesk.report.fonts import FAMILY
from coachdesk.report.glyphs import as_written, missing
from coachdesk.report.layout import PageText, TrajectoryDocTemplate, canvas_maker
from coachdesk.report.styles import styles
from coachdesk.report.trajectory_data import Formatter, ReportData, collect

if TYPE_CHECKING:
    from coachdesk.core.practice import Practice

Progress = Callable[[int, int], None]
DEFAULT_SECTIONS: tuple[str, ...] = SECTIONS
_BUILDERS: dict[str, Callable[[Ctx], list[Flowable]]] = {
    "cover": sec.cover,
    "intake": sec.intake,
    "goals": sec_goals.goals,
    "scaling": sec_scaling.scaling,
    "profiles": sec_goals.profiles,
    "sessions": sec_sessions.sessions,
    "agreements": sec_sessions.agreements,
    "evaluation": sec.evaluation,
    "signatures": sec.signatures,
}
_STEPS = 1000  # progress is reported in thousandths


@dataclass(frozen=True)
class PdfResult:
    data: bytes
    pages: int
    replaced: list[str]  # characters no shipped font has, shown by their Unicode name
    source: ReportData | None = None  # what it was built from (to tell a stale preview)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    replaced: list[str]


def parse_sections(spec: str | Iterable[str] | None) -> tuple[str, ...]:
    """Validate a section choice ("goals,sessions" or a list) in the document's order."""
    if spec is None:
        return DEFAULT_SECTIONS
    names = spec.split(",") if isinstance(spec, str) else list(spec)
    chosen = {n.strip().lower() for n in names if n.strip()}
    for name in sorted(chosen):
        if name not in SECTIONS:
            raise ExportSectionsError(value=name, choices=", ".join(SECTIONS))
    if not chosen:
        raise ExportSectionsError("error.export_no_sections")
    return tuple(s for s in SECTIONS if s in chosen)


def _shown_text(data: ReportData) -> str:
    parts = [data.coachee_name, data.title, data.intake_question, data.closing_evaluation]
    parts += [data.coachee_evaluation, data.sponsor_evaluation, data.outcome_reason]
    parts += [data.organisation, data.role, data.sponsor_organisation, data.coach_name]
    parts += [s.shared_notes + s.location for s in data.sessions]
    parts += [a.text for a in data.agreements]
    parts += [g.goal.title + g.goal.description + g.goal.success_criteria for g in data.goals]
    return "\n".join(parts)


def parse_audience(value: str | None) -> str:
    audience = (value or "coachee").strip().lower()
    if audience not in AUDIENCES:
        raise ExportSectionsError(value=audience, choices=", ".join(AUDIENCES))
    return audience


def build_pdf(
    data: ReportData,
    *,
    lang: Lang = "nl",
    sections: Sequence[str] = DEFAULT_SECTIONS,
    progress: Progress | None = None,
    audience: str = "coachee",
    shared: frozenset[str] = consent.DEFAULT,
    why: str = "",
) -> PdfResult:
    """Lay out the document in memory and return its bytes and page count.

    For the sponsor (``audience="sponsor"``) only ``shared`` (see report.consent)
    is kept of ``data`` before anything is laid out; ``sections`` do not apply.
    """
    chosen = parse_sections(sections)
    sponsor = parse_audience(audience) == "sponsor"
    if sponsor:
        data = sponsor_pdf.sponsor_view(data, shared)
        chosen = ()
    f = Formatter(lang)
    ctx = Ctx(data=data, f=f, st=styles())
    texts = PageText(
        coachee=data.coachee_name,
        title=data.title,
        date=f.date(data.today),
        confidential=f.t("pdf.confidential"),
        practice=data.practice_name,
        coach=data.coach_name,
        page_of=lambda page, pages: f.t("pdf.page_of", page=page, pages=pages),
    )
    author = data.coach_name or data.practice_name
    prefix = "pdf.sponsor." if sponsor else "pdf."
    buffer = io.BytesIO()
    doc = TrajectoryDocTemplate(
        buffer,
        texts,
        cover="cover" in chosen,
        title=as_written(f.t(f"{prefix}doc_title", coachee=data.coachee_name, title=data.title)),
        author=as_written(author),
        subject=f.t(f"{prefix}doc_subject"),
        creator=f"CoachDesk {__version__}",
        lang=lang,
        displayDocTitle=1,
        initialFontName=FAMILY,
    )
    if progress is not None:
        doc.setProgressCallBack(_layout_progress(progress))
    try:
        story: list[Flowable] = []
        for name in chosen:
            story += _BUILDERS[name](ctx)
        if sponsor:
            story = sponsor_pdf.story(ctx, shared, why)
        elif "cover" not in chosen:  # page 1 still says what the document is
            story = sec.title_block(ctx) + story
        doc.build(story, canvasmaker=canvas_maker(texts))
    except _Interrupted as stop:
        raise stop.original from None
    except CoachDeskError:
        raise
    except Exception as exc:  # reportlab layout errors, chart failures, ...
        raise ExportBuildError(detail=f"{type(exc).__name__}: {exc}") from exc
    if progress is not None:
        progress(_STEPS, _STEPS)
    pages = getattr(doc.canv, "cd_page_count", 0)
    return PdfResult(buffer.getvalue(), pages, missing(_shown_text(data)))


class _Interrupted(BaseException):
    """Carries an exception of the progress callback (e.g. a cancel) through reportlab."""

    def __init__(self, original: BaseException):
        super().__init__()
        self.original = original


def _layout_progress(progress: Progress) -> Callable[[str, int], None]:
    size = [1]

    def report(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            size[0] = max(1, value)
        elif kind == "PROGRESS":
            try:
                progress(min(_STEPS - 1, _STEPS * value // size[0]), _STEPS)
            except Exception as exc:  # noqa: BLE001 - re-raised unchanged by build_pdf
                raise _Interrupted(exc) from exc

    return report


def render_trajectory_pdf(
    practice: Practice,
    trajectory_id: int,
    *,
    lang: Lang = "nl",
    sections: Sequence[str] | str | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
    audience: str = "coachee",
) -> PdfResult:
    """Read the trajectory through the facade and build its PDF in memory."""
    if parse_audience(audience) == "sponsor":
        if sections is not None:
            raise ExportError("error.export_sponsor_sections")
        data = collect(practice, trajectory_id, now)
        shared = consent.sponsor_consent(practice, trajectory_id)
        why = consent.sponsor_reason(practice, trajectory_id, lang)
        result = build_pdf(
            data, lang=lang, progress=progress, audience="sponsor", shared=shared, why=why
        )
        return replace(result, source=data)
    chosen = parse_sections(sections)
    data = collect(practice, trajectory_id, now)
    return replace(build_pdf(data, lang=lang, sections=chosen, progress=progress), source=data)


def export_trajectory_pdf(
    practice: Practice,
    trajectory_id: int,
    path: str | os.PathLike[str],
    *,
    lang: Lang = "nl",
    sections: Sequence[str] | str | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
    audience: str = "coachee",
) -> ExportResult:
    """Build the PDF and write it atomically to ``path`` (ExportError on failure)."""
    result = render_trajectory_pdf(
        practice,
        trajectory_id,
        lang=lang,
        sections=sections,
        progress=progress,
        now=now,
        audience=audience,
    )
    target = write_atomically(path, result.data)
    record_export(practice, trajectory_id, audience, result.pages)
    return ExportResult(target, result.pages, result.replaced)


def record_export(practice: Practice, trajectory_id: int, audience: str, pages: int) -> None:
    """One line in the audit trail for a written PDF (uids and the page count)."""
    trajectory = practice.trajectories.get(trajectory_id)
    coachee = practice.coachees.get(trajectory.coachee_id)
    action = "export_sponsor_pdf" if parse_audience(audience) == "sponsor" else "export_pdf"
    practice.audit.record(action, [coachee.uid, trajectory.uid], {"pages": pages})


def done_message(result: ExportResult, lang: Lang | None = None) -> str:
    key = "pdf.done_one" if result.pages == 1 else "pdf.done"  # "1 pagina's" is wrong
    return tr(key, lang, path=str(result.path), pages=result.pages)
