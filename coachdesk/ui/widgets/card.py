"""A titled section of a page, with a slot where other widgets can be added later."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 12)
        outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        outer.addLayout(self.body)
        # Extension slot: charts or editors built elsewhere go here (add_extra).
        self.extra = QVBoxLayout()
        outer.addLayout(self.extra)

    def add_extra(self, widget: QWidget) -> None:
        self.extra.addWidget(widget)


def muted(label: QLabel) -> QLabel:
    """Secondary text in the palette's placeholder colour (works in light and dark)."""
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    return label


def clear_layout(layout) -> None:  # noqa: ANN001 - any QLayout
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()  # gone from sight now, not only once the event loop deletes it
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
