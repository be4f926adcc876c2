"""Shared pieces of the charts: palettes, text that always names its font, legend.

No Qt here: the drawings are reportlab.graphics, used by the PDF and (as SVG)
by the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, TypedDict, Unpack

from reportlab.graphics.shapes import Drawing, Line, Rect, Shape, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from coachdesk.i18n import Lang
from coachdesk.report.fonts import bold, register_fonts
from coachdesk.report.glyphs import font_for

# Where a String's x lies: at its start, middle or end.
Anchor = Literal["start", "middle", "end"]


class RectStyle(TypedDict, total=False):
    """The keywords the charts give a Rect, typed as reportlab validates them."""

    fillColor: Color | None
    strokeColor: Color | None
    strokeWidth: float
    strokeDashArray: Sequence[float] | None


def rect(x: float, y: float, width: float, height: float, **style: Unpack[RectStyle]) -> Rect:
    """A reportlab Rect. (types-reportlab types Rect's ``**kw`` without ``Unpack``, so
    every keyword given to Rect itself fails type checking.)"""
    return Rect(x, y, width, height, **style)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Theme:
    background: Color
    text: Color
    muted: Color
    grid: Color
    axis: Color
    accent: Color
    up: Color
    down: Color
    series: tuple[Color, ...]
    dark: bool


LIGHT = Theme(
    background=HexColor("#FFFFFF"),
    text=HexColor("#1A1A1A"),
    muted=HexColor("#5F6368"),
    grid=HexColor("#E3E5E8"),
    axis=HexColor("#9AA0A6"),
    accent=HexColor("#1F63B5"),
    up=HexColor("#1E7B3C"),
    down=HexColor("#B3261E"),
    series=(HexColor("#1F63B5"), HexColor("#D35400"), HexColor("#2E8B57"), HexColor("#8E44AD")),
    dark=False,
)
DARK = Theme(
    background=HexColor("#202124"),
    text=HexColor("#E8EAED"),
    muted=HexColor("#A8ADB3"),
    grid=HexColor("#3C4043"),
    axis=HexColor("#6B7075"),
    accent=HexColor("#7CB4FF"),
    up=HexColor("#6DD58C"),
    down=HexColor("#FF8A80"),
    series=(HexColor("#7CB4FF"), HexColor("#FFB061"), HexColor("#6DD58C"), HexColor("#D7A6FF")),
    dark=True,
)


def theme(dark: bool) -> Theme:
    return DARK if dark else LIGHT


def mix(a: Color, b: Color, share_of_a: float) -> Color:
    """An opaque blend (SVG and PDF agree; no transparency needed)."""
    t = max(0.0, min(1.0, share_of_a))
    return Color(
        a.red * t + b.red * (1 - t), a.green * t + b.green * (1 - t), a.blue * t + b.blue * (1 - t)
    )


def readable_on(fill: Color) -> Color:
    """Black or white text, whichever reads better on ``fill``."""
    luminance = 0.299 * fill.red + 0.587 * fill.green + 0.114 * fill.blue
    return HexColor("#1A1A1A") if luminance > 0.55 else HexColor("#FFFFFF")


class Canvas:
    """A Drawing with a background and helpers that always set the embedded font."""

    def __init__(self, width: float, height: float, dark: bool, lang: Lang):
        self.font = register_fonts()
        self.bold = bold(self.font)
        self.t = theme(dark)
        self.lang = lang
        self.width, self.height = width, height
        # The renderers start in the drawing's font (Helvetica unless told otherwise).
        self.drawing = Drawing(width, height, initialFontName=self.font, initialFontSize=8)
        self.drawing.add(
            rect(0, 0, width, height, fillColor=self.t.background, strokeColor=None, strokeWidth=0)
        )

    def add(self, shape: Shape) -> None:
        self.drawing.add(shape)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 8,
        colour: Color | None = None,
        anchor: Anchor = "start",
        strong: bool = False,
    ) -> String:
        """A label; characters the family lacks (▲, ▼, −) come from a fallback font."""
        fill = colour if colour is not None else self.t.text
        runs = self._runs(text, strong)
        if len(runs) > 1:  # drawn run by run from the left edge of the whole label
            total = sum(stringWidth(chunk, font, size) for font, chunk in runs)
            x -= {"start": 0.0, "middle": total / 2, "end": total}[anchor]
            anchor = "start"
        first: String | None = None
        for font, chunk in runs:
            s = String(x, y, chunk, fontName=font, fontSize=size, fillColor=fill, textAnchor=anchor)
            self.add(s)
            first = first or s
            x += stringWidth(chunk, font, size)
        assert first is not None
        return first

    def _runs(self, text: str, strong: bool) -> list[tuple[str, str]]:
        main = self.bold if strong else self.font
        runs: list[tuple[str, str]] = []
        for ch in text:
            found = font_for(ch)
            font = main if found in (None, self.font) else found
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + ch)
            else:
                runs.append((font, ch))
        return runs or [(main, "")]

    def width_of(self, text: str, size: float = 8, strong: bool = False) -> float:
        return sum(stringWidth(chunk, font, size) for font, chunk in self._runs(text, strong))

    def fit(self, text: str, room: float, size: float = 8, strong: bool = False) -> str:
        """``text`` shortened with an ellipsis so that it fits in ``room`` points."""
        if self.width_of(text, size, strong) <= room:
            return text
        while text and self.width_of(text + "…", size, strong) > room:
            text = text[:-1]
        return text.rstrip() + "…" if text else ""

    def wrap(self, text: str, room: float, size: float = 8, lines: int = 2) -> list[str]:
        """Words over at most ``lines`` lines of ``room`` points (the last one shortened)."""
        out: list[str] = []
        words = text.split()
        while words and len(out) < lines:
            line = words.pop(0)
            while words and self.width_of(f"{line} {words[0]}", size) <= room:
                line = f"{line} {words.pop(0)}"
            out.append(line)
        if words:
            out[-1] = self.fit(f"{out[-1]} {' '.join(words)}", room, size)
        return [self.fit(line, room, size) for line in out]

    def hline(self, x1: float, x2: float, y: float, colour: Color, width: float = 0.5) -> None:
        self.add(Line(x1, y, x2, y, strokeColor=colour, strokeWidth=width))

    def centred_message(self, text: str) -> Drawing:
        self.text(self.width / 2, self.height / 2 - 4, text, 10, self.t.muted, "middle")
        return self.drawing

    def legend(
        self,
        x: float,
        y: float,
        items: list[tuple[str, Callable[[float, float], None]]],
        size: float = 8,
    ) -> float:
        """Swatches with names from ``x`` on a row at ``y``; returns the x after the last one.

        Each item is (name, draw) where draw(x, y) draws a 10x8 swatch at x, y.
        """
        for name, draw in items:
            draw(x, y)
            self.text(x + 13, y + 1, name, size, self.t.muted)
            x += 13 + self.width_of(name, size) + 12
        return x
