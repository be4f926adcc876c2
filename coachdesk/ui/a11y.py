"""Accessible names, and the keyboard path of controls that are not in the Tab order.

    a11y.name(button, self.tr("Remove agreement: {text}").format(text=a.text))
    a11y.reached_by(button, action)     # a mouse shortcut for what ``action`` does by key

Qt derives most names itself: a button or check box from its text, a field from
the QLabel whose buddy it is (QFormLayout.addRow(text, field) sets that up), a
group from its title. Give a name where there is no such text (icon-only or
symbol buttons, a list, a table, a field whose label is not its buddy), and a
description where the name alone does not say enough.

A control that Tab skips (a formatting button beside a note, a result list
steered from its search field) must still be reachable: ``reached_by`` records
the action whose shortcut does the same, or a sentence saying how, and
tests/ui/test_accessibility.py fails on a skipped control without one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

KEYBOARD_PATH = "keyboardPath"  # a widget property: how the keyboard does what it does
# Controls whose children are parts of them (not visited for the reading order).
_LEAVES = (QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QAbstractScrollArea)


def plain(text: str) -> str:
    """A label's text without its mnemonic marks ("&Save" -> "Save", "&&" -> "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name(widget: QWidget, text: str, description: str | None = None) -> QWidget:
    widget.setAccessibleName(plain(text))
    if description:
        widget.setAccessibleDescription(description)
    return widget


def reached_by(widget: QWidget, how: QAction | str) -> QWidget:
    """Record the keyboard path of a control that is not in the Tab order."""
    if isinstance(how, QAction):
        keys = how.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        how = f"{plain(how.text())} ({keys})" if keys else plain(how.text())
    widget.setProperty(KEYBOARD_PATH, how)
    return widget


# --- Tab follows the reading order ---------------------------------------------------


def reading_order(window: QWidget) -> list[QWidget]:
    """The window's widgets in the order its layouts show them: depth first, a grid
    row by row, a form label then field; of a stack or tab widget the page shown."""
    found: list[QWidget] = []

    def visit_widget(widget: QWidget) -> None:
        found.append(widget)
        if isinstance(widget, QScrollArea):
            if widget.widget() is not None:
                visit_widget(widget.widget())
            return
        if isinstance(widget, _LEAVES):
            return  # its parts (a line edit in a spin box, a view's viewport) are its own
        if isinstance(widget, QStackedWidget):
            if widget.currentWidget() is not None:
                visit_widget(widget.currentWidget())
            return
        if isinstance(widget, QTabWidget):
            visit_widget(widget.tabBar())
            if widget.currentWidget() is not None:
                visit_widget(widget.currentWidget())
            return
        if isinstance(widget, QSplitter):
            for n in range(widget.count()):
                visit_widget(widget.widget(n))
            return
        if widget.layout() is not None:
            visit_layout(widget.layout())

    def visit_layout(layout: QLayout) -> None:
        for item in _items(layout):
            if item.widget() is not None:
                visit_widget(item.widget())
            elif item.layout() is not None:
                visit_layout(item.layout())

    visit_widget(window)
    return found


def _items(layout: QLayout) -> list[QLayoutItem]:
    if isinstance(layout, QFormLayout):
        roles = (
            QFormLayout.ItemRole.LabelRole,
            QFormLayout.ItemRole.FieldRole,
            QFormLayout.ItemRole.SpanningRole,
        )
        return [
            item
            for row in range(layout.rowCount())
            for role in roles
            if (item := layout.itemAt(row, role)) is not None
        ]
    items = [layout.itemAt(n) for n in range(layout.count())]
    if isinstance(layout, QGridLayout):
        where = [layout.getItemPosition(n)[:2] for n in range(layout.count())]
        items = [item for _at, item in sorted(zip(where, items, strict=True), key=lambda x: x[0])]
    return items


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab stops at, in reading order."""
    return [
        w
        for w in reading_order(window)
        if w is not window
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and w.window() is window
    ]


def follow_reading_order(window: QWidget) -> None:
    """Put the window's Tab order in reading order (new rows, rebuilt sections included)."""
    stops = tab_stops(window)
    for first, second in zip(stops, stops[1:], strict=False):
        if first.nextInFocusChain() is not second:
            QWidget.setTabOrder(first, second)


class ReadingOrderTabs:
    """For a window class (first base): Tab and Shift+Tab follow the reading order,
    also after rows were added or a section rebuilt (widgets made later would
    otherwise come last in the Tab order, wherever they show)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt API
        follow_reading_order(self)  # type: ignore[arg-type]
        return super().focusNextPrevChild(next)  # type: ignore[misc]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        follow_reading_order(self)  # type: ignore[arg-type]
        super().showEvent(event)  # type: ignore[misc]
