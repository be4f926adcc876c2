"""Shows a chart of coachdesk.report.charts in the window, as SVG, in the current palette.

    view = ChartView()
    view.set_chart(lambda width, height, dark: goal_progress_chart(p, width=width,
                                                                  height=height, dark=dark))

The builder is called again when the widget is resized (so text keeps its size)
and when the palette switches between light and dark. The window and the PDF
draw the very same reportlab drawing.

Drawing is slow (reportlab's SVG writer: 15-25 ms a chart), so a chart given a
``key`` (anything hashable that changes whenever what the builder draws does) is
drawn once per key, size and palette: the SVG is kept in a small cache shared by
all views, and a view shown again with the same data is not drawn again.

A draw that waits (``delay_ms``, or a resize) is drawn off the GUI thread
(ui/tasks.run_task) and shown when ready; meanwhile the view keeps its size, empty,
so the layout does not jump. The builder must then only read what it was given
(reportlab is used off the GUI thread for the PDF too). ``redraw()`` draws at once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import isValid

from coachdesk.i18n import Lang, default_language
from coachdesk.paths import resource
from coachdesk.ui import tasks

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

Builder = Callable[[float, float, bool], "Drawing"]
ZOOM = 1.3
RESIZE_DELAY_MS = 60  # a window being resized: draw once it is calm
CACHE_SIZE = 64
_fonts_loaded = False
_svg_cache: OrderedDict[Hashable, bytes] = OrderedDict()  # (key, w, h, dark) -> SVG


def _remember(wanted: tuple, svg: bytes) -> None:
    _svg_cache[wanted] = svg
    _svg_cache.move_to_end(wanted)
    while len(_svg_cache) > CACHE_SIZE:
        _svg_cache.popitem(last=False)


def load_chart_fonts() -> None:
    """Make the charts' font family known to Qt (also where it is not installed)."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    for path in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    _fonts_loaded = True


def ui_lang() -> Lang:
    """The language of the charts: the one the UI is in (Dutch first)."""
    from PySide6.QtCore import QLocale

    language = QLocale().language()
    if language == QLocale.Language.Dutch:
        return "nl"
    if language == QLocale.Language.English:
        return "en"
    return default_language()


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class ChartView(QWidget):
    """One chart, redrawn for the widget's size and palette."""

    def __init__(
        self, parent: QWidget | None = None, *, height: int = 200, background: bool = False
    ):
        """``background``: a keyed chart asked for at once (no delay) is drawn off the GUI
        thread too, the chart before staying until it arrives (the home screen)."""
        super().__init__(parent)
        self._background = background
        load_chart_fonts()
        self._builder: Builder | None = None
        self._key: Hashable | None = None
        self._drawn: tuple | None = None  # (key, width, height, dark) of what is shown
        self._svg = QSvgWidget(self)
        self._svg.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._svg)
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._preferred_height = height
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._draw_in_background)
        # Counts what was asked: a background draw shows its chart only when nothing
        # else was asked since it started. (wanted, generation) of the draw under way.
        self._generation = 0
        self._in_flight: tuple | None = None
        self.last_svg = b""
        self.last_dark = False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, self._preferred_height)

    def set_chart(
        self, builder: Builder | None, *, delay_ms: int = 0, key: Hashable | None = None
    ) -> None:
        """Show the chart ``builder`` draws; with ``delay_ms`` (while typing, or before the
        first layout) draw once calm. ``key``: see the module's docstring."""
        on_its_way = self._in_flight is not None and self._in_flight[0][0] == key
        self._builder = builder
        self._key = key
        if self._background and not delay_ms and key is not None and on_its_way:
            return  # the same chart, asked again while it is drawn: drawn once
        self._generation += 1
        if key is None:
            self._drawn = None
        if delay_ms:
            self._timer.start(delay_ms)
            # Never the old chart under the new data while waiting: the new one when it
            # was drawn at this size before, else nothing until it is.
            new_data = key is not None and (self._drawn is None or self._drawn[0] != key)
            if new_data and not self._show_cached():
                self._show(b"", None)
        elif self._background and key is not None:
            self._timer.stop()
            self._draw_in_background()  # the cached one at once, else on a worker
        else:
            self._timer.stop()
            self.redraw()

    def _size(self) -> tuple[float, float]:
        # Drawn in points at 1/ZOOM of the widget's pixels, so 8 pt chart text reads well.
        width = max(float(self.width()), 280.0) / ZOOM
        height = max(float(self.height()), float(self.minimumHeight())) / ZOOM
        return width, height

    def _wanted(self) -> tuple:
        return (self._key, *self._size(), is_dark(self))

    def _show(self, svg: bytes, drawn: tuple | None) -> None:
        self.last_svg = svg
        self._drawn = drawn
        self._svg.load(svg)

    def _show_cached(self) -> bool:
        wanted = self._wanted()
        svg = _svg_cache.get(wanted)
        if svg is None:
            return False
        _svg_cache.move_to_end(wanted)
        self.last_dark = wanted[-1]
        if wanted != self._drawn:
            self._show(svg, wanted)
        return True

    def drawing(self) -> bool:
        """A draw is due or under way (the chart shown is not yet the one asked for)."""
        return self._timer.isActive() or self._in_flight is not None

    def redraw(self) -> None:
        """Draw now, on this thread (unless drawn before at this size and palette)."""
        self._timer.stop()
        self._generation += 1
        self._in_flight = None  # what a background draw brings is not shown now
        wanted = self._to_draw()
        if wanted is not None:
            assert self._builder is not None
            self._drawn_as(wanted, _svg(self._builder, wanted))

    def _to_draw(self) -> tuple | None:
        """(key, width, height, dark) still to be drawn; None when shown already."""
        if self._builder is None:
            self._show(b"", None)
            return None
        if self._key is not None and self._show_cached():
            return None  # drawn before at this size and palette (maybe showing already)
        return self._wanted()

    def _drawn_as(self, wanted: tuple, svg: bytes) -> None:
        self.last_dark = wanted[-1]
        if wanted[0] is None:
            self._show(svg, None)
            return
        _remember(wanted, svg)
        self._show(svg, wanted)

    def _draw_in_background(self) -> None:
        wanted = self._to_draw()
        if wanted is None:
            return
        ticket = (wanted, self._generation)
        if self._in_flight == ticket:
            return  # this very chart is being drawn
        builder = self._builder
        assert builder is not None
        self._in_flight = ticket

        def done(svg: bytes) -> None:
            if wanted[0] is not None:
                _remember(wanted, svg)  # right for its key whatever the view shows now
            if not isValid(self) or self._in_flight != ticket:
                return  # the view is gone, or another draw was asked meanwhile
            self._in_flight = None
            if self._generation == ticket[1] and self._wanted() == wanted:
                self._drawn_as(wanted, svg)
            elif not self._timer.isActive():  # resized meanwhile: that draw is still due
                self._draw_in_background()

        def failed(_error: BaseException) -> None:  # logged by the task
            if isValid(self) and self._in_flight == ticket:
                self._in_flight = None

        tasks.run_task(lambda _ctx: _svg(builder, wanted), on_done=done, on_error=failed)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # A draw already due (new content) is drawn at the size it then has: a resize
        # does not postpone it. A chart drawn before waits until the resizing is calm.
        if not self._timer.isActive() and event.size() != event.oldSize():
            self._timer.start(RESIZE_DELAY_MS)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and is_dark(self) != self.last_dark:
            self.redraw()


def _svg(builder: Builder, wanted: tuple) -> bytes:
    """The chart of ``wanted`` (key, width, height, dark) as SVG. reportlab loads at the
    first draw, not with this module: a background chart loads it in its worker."""
    from coachdesk.report.charts import to_svg

    return to_svg(builder(*wanted[1:]))
