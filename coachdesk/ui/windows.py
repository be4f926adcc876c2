"""Windows that fit the screen, come back where the coach left them, and close by keyboard.

    fit_window(window, QSize(1040, 900))             # the size it would like, made to fit
    remember_geometry(window, settings, keys.GOALS_GEOMETRY, QSize(1000, 760))
    add_close_shortcuts(window)                      # Esc and Ctrl+W close it

A laptop of 1366x768 or 1280x720 has less room than a window's comfortable size,
and less still once the taskbar and the window's title bar are taken off: a
window that opens taller than that hides its bottom (buttons, the last fields)
below the screen edge. The size a window asks for is therefore only a wish; it
gets at most the available geometry of its screen (the screen minus taskbars and
docks) minus room for the window frame, and is centred on its parent. A
remembered geometry is used again when it still fits the screen it is on now.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

# Room for the frame the window manager draws around a window (title bar, borders);
# the geometry Qt sets is that of the inside.
FRAME_ALLOWANCE = QSize(16, 40)
CLOSE_KEYS = (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W"))


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The usable part of the screen ``widget`` (or its parent) is on: without taskbars."""
    screen = None
    for candidate in (widget, widget.parentWidget() if widget is not None else None):
        if candidate is not None and candidate.screen() is not None:
            screen = candidate.screen()
            break
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 680)


def fitting_size(wanted: QSize, available: QRect) -> QSize:
    """``wanted``, made no larger than ``available`` less the window frame."""
    room = available.size() - FRAME_ALLOWANCE
    return QSize(min(wanted.width(), room.width()), min(wanted.height(), room.height()))


def fits(rect: QRect, available: QRect) -> bool:
    """Whether a window's inside ``rect`` lies wholly on the ``available`` screen area."""
    return available.contains(rect)


def fit_window(window: QWidget, wanted: QSize) -> None:
    """Give ``window`` the size it wants as far as the screen allows, centred on its parent."""
    available = available_geometry(window)
    size = fitting_size(wanted, available)
    window.resize(size)
    parent = window.parentWidget()
    centre = parent.window().geometry().center() if parent is not None else available.center()
    top_left = centre - QPoint(size.width() // 2, size.height() // 2)
    # Wholly on the available area, title bar included.
    x = max(available.left() + FRAME_ALLOWANCE.width() // 2, top_left.x())
    y = max(available.top() + FRAME_ALLOWANCE.height() - 8, top_left.y())
    x = min(x, available.right() - FRAME_ALLOWANCE.width() // 2 - size.width() + 1)
    y = min(y, available.bottom() - 8 - size.height() + 1)
    window.move(max(available.left(), x), max(available.top(), y))


def restore_geometry(window: QWidget, state: object, wanted: QSize) -> bool:
    """Put ``window`` back as saved (``saveGeometry()``) when that fits the screen now;
    else fit it anew. True when the saved geometry was used."""
    restored = isinstance(state, QByteArray) and not state.isEmpty()
    restored = restored and window.restoreGeometry(state)  # type: ignore[arg-type]
    if restored and (window.isMaximized() or fits(window.geometry(), available_geometry(window))):
        return True
    fit_window(window, wanted)
    return False


class _GeometryKeeper(QObject):
    """Writes the window's geometry to the settings whenever it closes or hides."""

    def __init__(self, window: QWidget, settings: QSettings, key: str):
        super().__init__(window)
        self.settings, self.key = settings, key
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and isinstance(watched, QWidget):
            self.settings.setValue(self.key, watched.saveGeometry())
        return False


def remember_geometry(window: QWidget, settings: QSettings, key: str, wanted: QSize) -> None:
    """Open ``window`` as it was last left (``key`` in the settings), or fitted to
    ``wanted``; its geometry is kept again when it closes."""
    restore_geometry(window, settings.value(key), wanted)
    _GeometryKeeper(window, settings, key)


def add_close_shortcuts(window: QWidget) -> QAction:
    """Esc and Ctrl+W close ``window`` (its closeEvent still decides: a note is saved first)."""
    action = QAction(QCoreApplication.translate("Windows", "Close window"), window)
    action.setObjectName("action_close_window")
    action.setShortcuts(list(CLOSE_KEYS))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(window.close)
    window.addAction(action)
    return action
