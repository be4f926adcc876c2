"""Export of a 40-session trajectory with charts, as a ratio to a plain reportlab
document with the same text built in the same run (target: under 1.5x)."""

from __future__ import annotations

import io
import time
from xml.sax.saxutils import escape

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from coachdesk.report.fonts import register_fonts
from coachdesk.report.trajectory_data import collect
from coachdesk.report.trajectory_pdf import build_pdf
from tests.report.pdf_helpers import NOW, make_trajectory, text_of

TARGET = 1.5
ROUNDS = 5


def _plain_document(text: str, font: str) -> bytes:
    """The baseline: the same text as plain paragraphs in one font, nothing else."""
    style = getSampleStyleSheet()["BodyText"]
    style.fontName = font
    out = io.BytesIO()
    story = [Paragraph(escape(line), style) for line in text.splitlines() if line.strip()]
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _best(fn) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


@pytest.mark.benchmark
def test_export_of_40_sessions_is_within_1_5x_of_a_plain_document(practice):
    tid = make_trajectory(practice, sessions=40)
    data = collect(practice, tid, NOW)
    ours = build_pdf(data)  # warm up: fonts registered, modules loaded
    text = text_of(ours.data)
    family = register_fonts()
    _plain_document(text, family)

    export = _best(lambda: build_pdf(data))
    plain_ttf = _best(lambda: _plain_document(text, family))
    plain_helvetica = _best(lambda: _plain_document(text, "Helvetica"))
    ratio = export / plain_ttf
    print(
        f"\nPDF export, 40 sessions, {ours.pages} pages: {export * 1000:.0f} ms; "
        f"plain reportlab, same text, same TTF: {plain_ttf * 1000:.0f} ms "
        f"(ratio {ratio:.2f}x, target < {TARGET}x); "
        f"plain with Helvetica: {plain_helvetica * 1000:.0f} ms "
        f"(ratio {export / plain_helvetica:.2f}x)"
    )
    assert ratio < TARGET


@pytest.mark.benchmark
def test_export_time_grows_linearly_with_note_length(practice):
    """A 1 MB note once took minutes (reportlab re-wraps a whole paragraph at every page
    split); now ten times the text takes about ten times as long."""
    from coachdesk.report.trajectory_pdf import render_trajectory_pdf

    sentence = "Een lange zin over de coördinatie met de provincie en het eigen team. "
    trajectories = {}
    for size in (20_000, 200_000):
        coachee = practice.coachees.create(f"Lang {size}")
        tid = practice.trajectories.create(coachee.id, "Lange notities").id
        one_line = sentence * (size // len(sentence))  # pasted text without line breaks
        practice.sessions.create(tid, NOW.replace(day=1), shared_notes=one_line)
        trajectories[size] = tid
    render_trajectory_pdf(practice, trajectories[20_000], sections="sessions", now=NOW)  # warm up
    timings = {
        size: _best(
            lambda tid=tid: render_trajectory_pdf(practice, tid, sections="sessions", now=NOW)
        )
        for size, tid in trajectories.items()
    }
    growth = timings[200_000] / timings[20_000]
    print(
        f"\nnote 20 KB: {timings[20_000]:.2f} s, 200 KB: {timings[200_000]:.2f} s"
        f" (x{growth:.1f}, best of {ROUNDS}; target < x20)"
    )
    assert growth < 20  # linear is about 10; the quadratic build was about 100
