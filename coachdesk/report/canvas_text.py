"""One line of text drawn straight on the canvas (page header and footer), with
what a Paragraph gets: fallback fonts for characters the face lacks, Arabic
shaped and right-to-left text in display order (report.bidi)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics

from coachdesk.report.bidi import runs
from coachdesk.report.fonts import BOLD, coverage
from coachdesk.report.glyphs import font_for, plain


def _face(font: str) -> Any:
    def pick(ch: str) -> str | None:
        if ord(ch) in coverage(font):
            return font
        other = font_for(ch)
        if other is not None and font == BOLD:
            bold = f"{other}-Bold"
            if bold in pdfmetrics.getRegisteredFontNames():
                return bold
        return other

    return pick


def text_runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` as (font, text) runs in display order; what no font has by its name."""
    if coverage(font).issuperset(map(ord, text)):  # the common case: one run
        return [(font, text)] if text else []
    return runs(plain_names(text), font, _face(font))


def plain_names(text: str) -> str:
    """Characters no shipped font has replaced by their names (glyphs.plain), the
    others kept."""
    return "".join(ch if font_for(ch) is not None else plain(ch) for ch in text)


@lru_cache(maxsize=128)
def _measured(text: str, font: str, size: float) -> tuple[tuple[str, str, float], ...]:
    """(font, text, width) of each run: the same few header and footer texts are
    drawn on every page."""
    return tuple((f, t, pdfmetrics.stringWidth(t, f, size)) for f, t in text_runs(text, font))


def width(text: str, font: str, size: float) -> float:
    return sum(w for _f, _t, w in _measured(text, font, size))


@lru_cache(maxsize=128)
def fit(text: str, room: float, font: str, size: float) -> str:
    """``text`` shortened with an ellipsis to fit ``room`` points."""
    if width(text, font, size) <= room:
        return text
    while text and width(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def draw(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, *, right: bool = False
) -> float:
    """Draw ``text`` starting at ``x`` (ending there with ``right``); its width."""
    parts = _measured(text, font, size)
    total = sum(w for _f, _t, w in parts)
    x = x - total if right else x
    for face, chunk, advance in parts:
        canvas.setFont(face, size)
        canvas.drawString(x, y, chunk)
        x += advance
    canvas.setFont(font, size)
    return total
