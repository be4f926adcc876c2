"""Walk a window as a screen reader and a keyboard user meet it.

    problems(window) -> ["QToolButton 'formatButton_bold': no accessible name", ...]

Every visible control must have an accessible name that says something (letters,
not "✕" or "1."), as Qt's accessibility interface reports it (its own name, the
label it is the buddy of, its text, a group box title); and it must be reachable
without a mouse: in the Tab order, or with a keyboard path recorded next to it
(ui/a11y.reached_by: the shortcut of the action that does the same), or a tool
button whose action has a shortcut or sits in a menu. The Tab order follows the
reading order: the order of the layouts, top to bottom and left to right.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from coachdesk.ui.a11y import KEYBOARD_PATH, reading_order

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)
# Parts of a control that the control itself stands for.
COMPOUND = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar)
WORD = re.compile(r"[^\W\d_]{2}")


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.window()).__name__}"


def _is_control(widget: QWidget, window: QWidget) -> bool:
    if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
        return False
    if widget.window() is not window or not widget.isVisibleTo(window):
        return False
    if type(widget).__name__ in ("QTableCornerButton",):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, COMPOUND):
            return False  # the line edit inside a spin box, the clear button of a field
        if isinstance(parent, QAbstractItemView) and not isinstance(widget, QAbstractItemView):
            return False  # an editor inside a view
        parent = parent.parentWidget()
    return True


def controls(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if _is_control(w, window)]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


# Controls whose text is their value, not what they are: they need a label or a name.
VALUED = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def labelled(widget: QWidget) -> bool:
    """Named on purpose: its own accessible name, or a label that is its buddy."""
    if widget.accessibleName().strip():
        return True
    parent = widget.parentWidget()
    siblings = parent.children() if parent is not None else []
    return any(isinstance(s, QLabel) and s.buddy() is widget for s in siblings)


def _keyboard_path(widget: QWidget) -> bool:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    if isinstance(widget, QHeaderView) and not widget.sectionsClickable():
        return True  # column titles only: nothing to do with them
    if widget.property(KEYBOARD_PATH):
        return True
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        action = widget.defaultAction()
        if not action.shortcut().isEmpty():
            return True
        if any(isinstance(o, QMenu) for o in action.associatedObjects()):
            return True
    return isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty()


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, once round, starting after the window itself."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    guard = 0
    while widget is not window and guard < 5000:
        guard += 1
        if (
            widget.window() is window
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window)
            and widget.focusProxy() is None
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def order_problems(window: QWidget) -> list[str]:
    """Where Tab jumps back in the reading order (coachdesk.ui.a11y.reading_order).

    Tab is pressed once first: the window may put its Tab order right then.
    """
    focus = window.focusWidget()
    window.focusNextPrevChild(True)
    if focus is not None:
        focus.setFocus()
    position = {id(w): n for n, w in enumerate(reading_order(window))}
    chain = [w for w in tab_chain(window) if id(w) in position]
    if not chain:
        return []
    start = min(range(len(chain)), key=lambda n: position[id(chain[n])])
    chain = chain[start:] + chain[:start]  # a cycle: read it from the top
    problems = []
    for before, after in zip(chain, chain[1:], strict=False):
        if position[id(after)] < position[id(before)]:
            problems.append(
                f"Tab goes from {_describe(before)} to {_describe(after)}, which comes before it"
            )
    return problems


def problems(window: QWidget, *, order: bool = True) -> list[str]:
    found = []
    for widget in controls(window):
        name = accessible_name(widget)
        if not WORD.search(name):
            found.append(f"{_describe(widget)}: no accessible name (has {name!r})")
        elif isinstance(widget, VALUED) and not labelled(widget):
            found.append(f"{_describe(widget)}: named only by its value {name!r}")
        if not _keyboard_path(widget):
            found.append(f"{_describe(widget)}: no keyboard path")
    if order:
        found += order_problems(window)
    return found
