"""The main window as the coach left it, across runs: its size and place, the splitters,
the list's status filter and sort order (QSettings, ui/settings.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt

from coachdesk.ui import settings as keys
from coachdesk.ui.windows import restore_geometry

if TYPE_CHECKING:
    from coachdesk.ui.main_window import MainWindow


def restore(window: MainWindow) -> None:
    s = window.settings
    # As left last time if that still fits this screen; else as large as fits (ui/windows.py).
    restore_geometry(window, s.value(keys.GEOMETRY), QSize(1360, 820))
    value = s.value(keys.MAIN_SPLITTER)
    if isinstance(value, QByteArray):
        window.splitter.restoreState(value)
    status = s.value(keys.STATUS_FILTER)
    if status in ("active", "archived", "all"):
        window.list_panel.set_status_filter(None if status == "all" else status)
    column = keys.get_int(s, keys.SORT_COLUMN)
    if column is not None:
        order = Qt.SortOrder(keys.get_int(s, keys.SORT_ORDER, 0))
        window.list_panel.view.sortByColumn(column, order)


def save(window: MainWindow) -> None:
    s = window.settings
    s.setValue(keys.GEOMETRY, window.saveGeometry())
    s.setValue(keys.MAIN_SPLITTER, window.splitter.saveState())
    if window._page is not None:
        s.setValue(keys.PAGE_SPLITTER, window._page.saveState())
    status = window.list_panel.proxy.status
    s.setValue(keys.STATUS_FILTER, status or "all")
    column, order = window.list_panel.model.sort_state
    s.setValue(keys.SORT_COLUMN, column)
    s.setValue(keys.SORT_ORDER, order.value)
    s.sync()
