"""Shows a chart of coachdesk.report.charts in the window, as SVG, in the current palette.

    view = ChartView()
    view.set_chart(lambda width, height, dark: goal_progress_chart(p, width=width,
                                                                  height=height, dark=dark))

The builder is called again when the widget is resized (so text keeps its size)
and when the palette switches between light and dark. The window and the PDF
draw the very same reportlab drawing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget
from reportlab.graphics.shapes import Drawing

from coachdesk.i18n import Lang, default_language
from coachdesk.paths import resource
from coachdesk.report.charts import to_svg

Builder = Callable[[float, float, bool], Drawing]
ZOOM = 1.3
_fonts_loaded = False


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

    def __init__(self, parent: QWidget | None = None, *, height: int = 200):
        super().__init__(parent)
        load_chart_fonts()
        self._builder: Builder | None = None
        self._svg = QSvgWidget(self)
        self._svg.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._svg)
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._preferred_height = height
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.redraw)
        self.last_svg = b""
        self.last_dark = False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, self._preferred_height)

    def set_chart(self, builder: Builder | None, *, delay_ms: int = 0) -> None:
        """Show the chart ``builder`` draws; with ``delay_ms`` (while typing) draw once calm."""
        self._builder = builder
        if delay_ms:
            self._timer.start(delay_ms)
        else:
            self._timer.stop()
            self.redraw()

    def redraw(self) -> None:
        if self._builder is None:
            self.last_svg = b""
            self._svg.load(b"")
            return
        # Drawn in points at 1/ZOOM of the widget's pixels, so 8 pt chart text reads well.
        width = max(float(self.width()), 280.0) / ZOOM
        height = max(float(self.height()), float(self.minimumHeight())) / ZOOM
        self.last_dark = is_dark(self)
        self.last_svg = to_svg(self._builder(width, height, self.last_dark))
        self._svg.load(self.last_svg)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._timer.start(60)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and is_dark(self) != self.last_dark:
            self.redraw()
