"""The tagged flowables every PDF section is built from (see report.tagging).

    Para(markup, style, role="H2")     a paragraph or heading (P, H1-H6, Code)
    Figure(drawing, alt="...")         a chart, with its alternative text
    Rule(...)                          a horizontal rule (an artifact)
    TaggedTable(data, header_rows=1)   Table/TR/TH/TD; layout=True for a layout grid
    Indented(flowable, indent, ...)    a list item's body (L/LI/Lbl/LBody) or a quote

Split parts keep the element of the whole: a paragraph over two pages is one P,
a table over three pages one Table, and the header rows repeated on later pages
are artifacts (the header is in the structure once).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paragraph import textTransformFrags  # type: ignore[attr-defined]

from coachdesk.report.bidi import base_rtl, has_rtl, logical, passage_language, visual_lines
from coachdesk.report.plain_frags import is_plain, plain_frags
from coachdesk.report.tagging import Slot, artifact, content, tagger_of, within


class Para(Paragraph):
    """A paragraph tagged as ``role``; ``links`` maps each URL to its link text.

    With right-to-left text (report.bidi) the lines are broken in logical order and
    drawn in display order; running text that starts right to left is set flush
    right; its element carries the logical text as /ActualText."""

    def __init__(
        self,
        text: Any,
        style: Any = None,
        bulletText: Any = None,  # noqa: N803 - reportlab's name (split() passes it)
        frags: Any = None,
        caseSensitive: int = 1,  # noqa: N803
        encoding: str = "utf8",
        *,
        role: str = "P",
        slot: Slot | None = None,
        links: dict[str, str] | None = None,
    ):
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        self.cd_slot = slot or Slot(role)
        self.cd_links = links or {}
        self.cd_rtl = self.cd_rtl_base = False
        if isinstance(text, str) and has_rtl(text):
            self._right_to_left()

    def _setup(  # reportlab's: parse ``text`` into fragments
        self,
        text: Any,
        style: Any,
        bulletText: Any,
        frags: Any,
        cleaner: Any,  # noqa: N803
    ) -> None:
        if frags is None and is_plain(text):  # no markup: no HTML parser (report.plain_frags)
            cleaned = cleaner(text)
            if cleaned:
                frags = plain_frags(cleaned, style)
                textTransformFrags(frags, style)
                super()._setup(cleaned, style, bulletText, frags, cleaner)  # type: ignore[misc]
                return
        super()._setup(text, style, bulletText, frags, cleaner)  # type: ignore[misc]

    def _right_to_left(self) -> None:
        written = logical("".join(getattr(f, "text", "") for f in self.frags))
        self.cd_rtl, self.cd_rtl_base = True, base_rtl(written)
        slot = self.cd_slot
        joint = "" if not slot.actual or slot.actual[-1:].isspace() else " "
        slot.actual = f"{slot.actual}{joint}{written}" if slot.actual else written
        if self.cd_rtl_base and not slot.lang:  # a passage in Arabic or Hebrew: its /Lang
            slot.lang = passage_language(written)
        if self.cd_rtl_base and self.style.alignment == TA_LEFT and _running(self.style):
            self.style = _flush_right(self.style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """reportlab's, once per width: its lines depend on the width alone, and a
        table wraps every cell again as it draws (a third of all line breaking in a
        report with two long tables)."""
        last = self.__dict__.get("_cd_wrapped")
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:
            self.width = availWidth
            return last[1]
        size = super().wrap(availWidth, availHeight)
        # Kept only where reportlab leaves the lines as they are: it reverses the words
        # of reportlab's own right-to-left wrap as it draws, and rewrites hyphenated ones.
        style = self.style
        if "blPara" in self.__dict__ and not (
            getattr(style, "wordWrap", None) == "RTL" or getattr(style, "hyphenationLang", "")
        ):
            self._cd_wrapped = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if part is not self and isinstance(part, Para):
                part.cd_slot, part.cd_links = self.cd_slot, self.cd_links
                part.cd_rtl, part.cd_rtl_base = self.cd_rtl, self.cd_rtl_base
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        tagger = tagger_of(canvas)
        shaped = self.cd_rtl and hasattr(self, "blPara")
        laid: Any = getattr(self, "blPara", None)
        if shaped:  # display order for drawing only: splitting works on logical lines
            lines = laid.lines
            laid.lines = visual_lines(laid, self.cd_rtl_base)
        with content(canvas, self.cd_slot):
            if tagger is not None:
                tagger.link_labels = self.cd_links
            try:
                super().drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]  # stubs lack _sW
            finally:
                if tagger is not None:
                    tagger.link_labels = {}
                if shaped:
                    laid.lines = lines


_flush: dict[str, ParagraphStyle] = {}
RUNNING_TEXT = ("cd-body", "cd-bullet")  # note paragraphs and list items (and their chunks)


def _running(style: Any) -> bool:
    """Running text, which follows its own direction; a name in a table cell or on
    the cover keeps the document's alignment."""
    return str(style.name).startswith(RUNNING_TEXT)


def _flush_right(style: Any) -> ParagraphStyle:
    if style.name not in _flush:
        _flush[style.name] = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
    return _flush[style.name]


class Figure(Flowable):
    """A Drawing as a Figure element whose Alt text says what the chart shows."""

    def __init__(self, drawing: Any, alt: str):
        super().__init__()
        self.drawing = drawing
        self.alt = alt
        self.cd_slot = Slot("Figure", alt=alt)
        self.width, self.height = drawing.width, drawing.height
        self.hAlign = getattr(drawing, "hAlign", "LEFT")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self.drawing.wrap(availWidth, availHeight)
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        x = self._hAlignAdjust(x, _sW)  # type: ignore[attr-defined]  # not in the stubs
        a, b, c, d, e, f = getattr(canvas, "_currentMatrix", (1, 0, 0, 1, 0, 0))
        corners = [(x, y), (x + self.width, y + self.height)]
        (x0, y0), (x1, y1) = [(a * u + c * v + e, b * u + d * v + f) for u, v in corners]
        box = [round(min(x0, x1), 2), round(min(y0, y1), 2), round(max(x0, x1), 2)]
        box.append(round(max(y0, y1), 2))
        self.cd_slot.attributes = {"O": "/Layout", "BBox": box}
        with content(canvas, self.cd_slot):
            self.drawing.drawOn(canvas, x, y)


class Rule(HRFlowable):
    """A horizontal rule: decoration, so an artifact."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        with artifact(canvas):
            super().drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]


# --- tables ---------------------------------------------------------------------------

ORPHAN_ROOM = 300.0  # points: with less room left, a table starts on the next page rather
# than leave one row alone at the foot of this one


def _render(table: Any, event: str, *args: Any) -> None:
    """reportlab's table render callback: open and close the tags around each part."""
    canvas = table.canv
    if getattr(canvas, "cd_tagger", None) is None:
        return
    stack: list[Any] = table.__dict__.setdefault("_cd_open", [])
    if event.startswith("end"):
        if event != "endTable" and stack:
            done = stack.pop()
            if done is not None:
                done.__exit__(None, None, None)
        return
    scope: Any = None
    if event in ("startBG", "startLines"):
        scope = artifact(canvas)
    elif event == "startRow":
        original = table.cd_rows[args[0]] if args[0] < len(table.cd_rows) else None
        table._cd_row = original
        if original is None:  # a header row repeated on a later page
            scope = artifact(canvas, "Pagination")
        elif table.cd_slot is not None:
            scope = within(canvas, table.cd_row_slot(original))
    elif event == "startCell":
        row, col, value = table._cd_row, args[1], args[2]
        flowing = isinstance(value, list | tuple | Flowable)
        if row is None:
            pass
        elif col in table.cd_artifact_cols:  # spacing only
            scope = artifact(canvas)
        elif table.cd_slot is None:  # a layout grid: the cells' own tags, or paragraphs
            if not flowing:
                scope = content(canvas, Slot("P"))
        elif flowing and not _text_only(value):  # a chart or list in a cell: below the cell
            scope = within(canvas, table.cd_cell_slot(row, col))
        else:  # text: the cell's own content (no P inside every TD)
            scope = content(canvas, table.cd_cell_slot(row, col))
    else:
        return
    if scope is not None:
        scope.__enter__()
    stack.append(scope)


def _rows(table: Any) -> int:
    return int(table._nrows)


def _text_only(value: Any) -> bool:
    cells = value if isinstance(value, list | tuple) else [value]
    return all(isinstance(c, Para) and c.cd_slot.role == "P" for c in cells)


class TaggedTable(Table):
    """A Table element: header rows (TH, Scope Column), header columns (TH, Scope
    Row) and data cells (TD). ``layout=True``: only positions things, untagged itself;
    ``artifact_cols``: empty columns that only make room."""

    def __init__(
        self,
        data: Any,
        *args: Any,
        header_rows: int = 0,
        header_cols: int = 0,
        layout: bool = False,
        artifact_cols: tuple[int, ...] = (),
        **kw: Any,
    ):
        kw.setdefault("renderCB", _render)
        super().__init__(data, *args, **kw)
        self.cd_slot: Slot | None = None if layout else Slot("Table")
        self.cd_header = (header_rows, header_cols)
        self.cd_artifact_cols = artifact_cols
        self.cd_rows: list[int | None] = list(range(getattr(self, "_nrows", 0)))
        self.cd_slots: dict[Any, Slot] = {}

    def cd_row_slot(self, row: int) -> Slot:
        if row not in self.cd_slots:
            self.cd_slots[row] = Slot("TR", parent=self.cd_slot)
        return self.cd_slots[row]

    def cd_cell_slot(self, row: int, col: int) -> Slot:
        key = (row, col)
        if key not in self.cd_slots:
            header_rows, header_cols = self.cd_header
            if row < header_rows or col < header_cols:
                scope = "/Column" if row < header_rows else "/Row"
                slot = Slot(
                    "TH",
                    parent=self.cd_row_slot(row),
                    attributes={"O": "/Table", "Scope": scope},
                )
            else:
                slot = Slot("TD", parent=self.cd_row_slot(row))
            self.cd_slots[key] = slot
        return self.cd_slots[key]

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        """Never one row alone: at the foot of a page (below its header) or at the top
        of the next one. A row taller than a page still splits inside itself."""
        parts: list[Any] = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else 0
        rows = _rows(self)
        first, second = (_rows(p) - head for p in parts)
        if first + second != rows - head:  # a row was split: it cannot be helped
            return parts
        if first < 2 and availHeight < ORPHAN_ROOM and rows - head > 1:
            return []  # the whole table to the next page
        if second < 2 and first > 2:
            last = parts[0]._rowHeights[-1]
            again = super().split(availWidth, availHeight - last - 0.5)
            if len(again) == 2:
                return again
        return parts

    def _splitRows(self, availHeight: float, doInRowSplit: bool = False) -> list[Any]:  # noqa: N802, N803
        parts = super()._splitRows(availHeight, doInRowSplit=doInRowSplit)  # type: ignore[misc]
        if len(parts) != 2:
            return parts
        first, second = parts
        rows = self.cd_rows
        first_rows = rows[: first._nrows]
        repeated = second.repeatRows if self.repeatRows else 0
        rest = second._nrows - repeated
        second_rows = [None] * repeated + rows[len(rows) - rest :]
        for part, mapping in ((first, first_rows), (second, second_rows)):
            part.cd_slot, part.cd_header, part.cd_slots = (
                self.cd_slot,
                self.cd_header,
                self.cd_slots,
            )
            part.cd_artifact_cols, part.cd_rows = self.cd_artifact_cols, mapping
        return parts


# --- list items and quotes ------------------------------------------------------------------


class Indented(Flowable):
    """``flowable`` moved right by ``indent``, inside ``body`` (an LBody or a BlockQuote).

    The first part of a list item also draws its label (bullet or number) as the
    item's Lbl; a quote draws a bar on the left (an artifact).
    """

    def __init__(
        self,
        flowable: Flowable,
        indent: float,
        body: Slot,
        *,
        label: str = "",
        label_slot: Slot | None = None,
        label_style: Any = None,
        bar: Color | None = None,
    ):
        super().__init__()
        self.inner = flowable
        self.indent = indent
        self.body, self.label, self.label_slot = body, label, label_slot
        self.label_style, self.bar = label_style, bar
        self.width = self.height = 0.0
        for name in ("spaceBefore", "spaceAfter", "keepWithNext"):
            value = getattr(flowable, name, None)
            if value is not None:
                setattr(self, name, value)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.inner.getSpaceAfter()

    def getKeepWithNext(self) -> Any:  # noqa: N802
        return self.inner.getKeepWithNext()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        canvas: Any = getattr(self, "canv", None)
        w, h = self.inner.wrapOn(canvas, availWidth - self.indent, availHeight)
        self.width, self.height = w + self.indent, h
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        canvas: Any = getattr(self, "canv", None)
        parts = self.inner.splitOn(canvas, availWidth - self.indent, availHeight)
        return [
            Indented(
                part,
                self.indent,
                self.body,
                label=self.label if n == 0 else "",
                label_slot=self.label_slot,
                label_style=self.label_style,
                bar=self.bar,
            )
            for n, part in enumerate(parts)
        ]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        if self.bar is not None:
            with artifact(canvas):
                canvas.saveState()
                canvas.setFillColor(self.bar)
                canvas.rect(x + 1, y, 2.2, self.height, stroke=0, fill=1)
                canvas.restoreState()
        if self.label and self.label_slot is not None:
            style = self.label_style
            ascent = getattr(getattr(self.inner, "blPara", None), "ascent", style.fontSize)
            with content(canvas, self.label_slot):
                canvas.saveState()
                canvas.setFont(style.fontName, style.fontSize)
                canvas.setFillColor(style.textColor)
                canvas.drawRightString(x + self.indent - 5, y + self.height - ascent, self.label)
                canvas.restoreState()
        with within(canvas, self.body):
            self.inner.drawOn(canvas, x + self.indent, y, max(0.0, _sW))  # type: ignore[call-arg]
