"""Page layout of the trajectory PDF: cover and content pages, header, footer,
"Page 3 of 12" (one pass: the canvas keeps its pages until it knows the total),
and an outline (bookmarks) of the section headings. Headers, footers, page
numbers and the cover band are artifacts of the tagged PDF (report.tagging).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from coachdesk.report import canvas_text as line
from coachdesk.report.fonts import BOLD, FAMILY
from coachdesk.report.glyphs import as_written
from coachdesk.report.styles import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE,
    Palette,
)
from coachdesk.report.tag_canvas import TaggedCanvas
from coachdesk.report.tagging import artifact

COVER_BAND = 112 * mm  # height of the coloured band at the top of the cover


@dataclass(frozen=True)
class PageText:
    """The fixed texts of headers and footers (already translated)."""

    coachee: str
    title: str
    date: str
    confidential: str
    practice: str
    page_of: Callable[[int, int], str]
    coach: str = ""


def canvas_maker(texts: PageText) -> type[Canvas]:
    """A canvas that writes "Page n of N" on every numbered page once N is known."""

    class NumberedCanvas(TaggedCanvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.cd_numbered = False
            self.cd_bookmarks: list[str] = []

        # Deliberately narrower than Canvas.bookmarkPage: it only records the key and
        # returns no Destination (none exists yet).
        def bookmarkPage(self, key: str, **kw: Any) -> None:  # type: ignore[override]  # noqa: N802
            # Pages are only really added in save(): a bookmark made now would
            # point at the wrong page, so it is made when its page is replayed.
            self.cd_bookmarks.append(key)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self.cd_bookmarks = []
            self._startPage()  # type: ignore[attr-defined]  # private; not in the stubs

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if self.cd_numbered:
                    with artifact(self, "Pagination", "Footer"):
                        self.setFont(FAMILY, 8.5)
                        self.setFillColor(Palette.muted)
                        self.drawRightString(
                            PAGE[0] - MARGIN_X,
                            MARGIN_BOTTOM - 12 * mm,
                            texts.page_of(number, total),
                        )
                for key in self.cd_bookmarks:
                    Canvas.bookmarkPage(self, key, fit="XYZ", top=PAGE[1])
                super().showPage()
            self.cd_page_count = total
            super().save()

    return NumberedCanvas


def _footer(canvas: Canvas, texts: PageText) -> None:
    with artifact(canvas, "Pagination", "Footer"):
        _draw_footer(canvas, texts)


def _draw_footer(canvas: Canvas, texts: PageText) -> None:
    y = MARGIN_BOTTOM - 12 * mm
    canvas.setStrokeColor(Palette.rule)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 4.5 * mm, PAGE[0] - MARGIN_X, y + 4.5 * mm)
    canvas.setFont(FAMILY, 8.5)
    canvas.setFillColor(Palette.muted)
    left = "  ·  ".join(x for x in (texts.confidential, texts.coach, texts.practice) if x)
    line.draw(canvas, MARGIN_X, y, left, FAMILY, 8.5)


def _content_page(texts: PageText) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.cd_numbered = True  # type: ignore[attr-defined]
        with artifact(canvas, "Pagination", "Header"):
            _header(canvas, texts)
        _footer(canvas, texts)

    return draw


def _header(canvas: Canvas, texts: PageText) -> None:
    canvas.saveState()
    top = PAGE[1] - 13 * mm
    canvas.setFillColor(Palette.primary)
    canvas.rect(MARGIN_X, top + 0.5 * mm, 3 * mm, 3 * mm, stroke=0, fill=1)
    canvas.setFont(BOLD, 9)
    canvas.setFillColor(Palette.text)
    name = line.fit(texts.coachee, FRAME_WIDTH * 0.45, BOLD, 9)
    width = line.draw(canvas, MARGIN_X + 5.5 * mm, top, name, BOLD, 9)
    canvas.setFont(FAMILY, 9)
    canvas.setFillColor(Palette.muted)
    room = FRAME_WIDTH - 5.5 * mm - width - 40 * mm
    title = line.fit(texts.title, room, FAMILY, 9)
    line.draw(canvas, MARGIN_X + 5.5 * mm + width + 3 * mm, top, title, FAMILY, 9)
    line.draw(canvas, PAGE[0] - MARGIN_X, top, texts.date, FAMILY, 9, right=True)
    canvas.setStrokeColor(Palette.rule)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top - 3 * mm, PAGE[0] - MARGIN_X, top - 3 * mm)
    canvas.restoreState()


def _cover_page(texts: PageText) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.cd_numbered = False  # type: ignore[attr-defined]
        with artifact(canvas, "Pagination", "Header"):
            _cover_band(canvas, texts)
        _footer(canvas, texts)

    return draw


def _cover_band(canvas: Canvas, texts: PageText) -> None:
    canvas.saveState()
    canvas.setFillColor(Palette.primary)
    canvas.rect(0, PAGE[1] - COVER_BAND, PAGE[0], COVER_BAND, stroke=0, fill=1)
    canvas.setFillColor(Palette.accent)
    canvas.rect(MARGIN_X, PAGE[1] - COVER_BAND - 1.6 * mm, 28 * mm, 3.2 * mm, stroke=0, fill=1)
    if texts.practice:
        canvas.setFont(BOLD, 10)
        canvas.setFillColor(Palette.white)
        line.draw(canvas, MARGIN_X, PAGE[1] - 18 * mm, texts.practice, BOLD, 10)
    canvas.restoreState()


class TrajectoryDocTemplate(BaseDocTemplate):
    """Cover template ("cover": band frame + body frame) and content pages ("content")."""

    def __init__(self, target: Any, texts: PageText, *, cover: bool = True, **kw: Any):
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kw,
        )
        height = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
        content = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            height,
            id="body",
            leftPadding=0,
            rightPadding=0,
        )
        band = Frame(
            MARGIN_X,
            PAGE[1] - COVER_BAND + 12 * mm,
            FRAME_WIDTH,
            COVER_BAND - 36 * mm,
            id="band",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        below = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE[1] - COVER_BAND - MARGIN_BOTTOM - 14 * mm,
            id="cover-body",
            leftPadding=0,
            rightPadding=0,
        )
        templates = [
            PageTemplate("cover", [band, below], onPage=_cover_page(texts)),
            PageTemplate("content", [content], onPage=_content_page(texts)),
        ]
        self.addPageTemplates(templates if cover else templates[::-1])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        title = getattr(flowable, "cd_outline", None)
        if title:
            key = f"s{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(as_written(title), key, level=0)
