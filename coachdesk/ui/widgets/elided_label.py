"""Labels that never make a column wider than it is: they elide, or wrap, instead.

A QLabel asks for room for its longest unbreakable word; in a narrow column an
e-mail address ("annelies.deboer@amersfoort.example.nl") then pushes the whole
column wider than the scroll area shows, and everything on the right is cut off.

``ElidedLabel`` shows one line and puts "…" where it must cut; the whole text stays
its text (a screen reader reads all of it), shows in its tooltip, and its context
menu copies all of it.
``WrappingLabel`` wraps at spaces and asks for no width of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """One line, drawn elided to the width it gets (``mode``: where the "…" goes).

    ``text()`` stays the whole text (what a screen reader reads); only the painting cuts.
    """

    def __init__(
        self, parent: QWidget | None = None, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight
    ):
        super().__init__(parent)
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        copy = QAction(self.tr("Copy"), self)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(self.text()))
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._update_tip()

    def shown_text(self) -> str:
        """The text as painted now (elided when it does not fit)."""
        width = max(self.contentsRect().width(), 1)
        return self.fontMetrics().elidedText(self.text(), self._mode, width)

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = self.fontMetrics().horizontalAdvance("…") * 4
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else "")


class WrappingLabel(QLabel):
    """Wraps at spaces to whatever width the layout gives; asks for no width itself."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
