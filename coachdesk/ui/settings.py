"""Window preferences (QSettings) kept as an INI file inside the data folder.

Keeping them next to the store means a test's temporary data folder also holds
its settings, so no test ever touches the real user settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

FILENAME = "coachdesk-ui.ini"

GEOMETRY = "window/geometry"
STATE = "window/state"
MAIN_SPLITTER = "window/main_splitter"
PAGE_SPLITTER = "window/page_splitter"
LAST_COACHEE = "window/last_coachee"
STATUS_FILTER = "list/status"
SORT_COLUMN = "list/sort_column"
SORT_ORDER = "list/sort_order"
LANGUAGE = "ui/language"  # "", "nl" or "en"
# Secondary windows come back at the size and place they were left (ui/windows.py).
SESSION_GEOMETRY = "windows/session_notes"  # every session window: the last one closed
GOALS_GEOMETRY = "windows/goals"
PROFILES_GEOMETRY = "windows/profiles"
EXPORT_GEOMETRY = "windows/export_pdf"
SEARCH_GEOMETRY = "windows/search"
SHORTCUTS_GEOMETRY = "windows/shortcuts"
ABOUT_GEOMETRY = "windows/about"


def open_settings(folder: Path) -> QSettings:
    return QSettings(str(folder / FILENAME), QSettings.Format.IniFormat)


def get_int(settings: QSettings, key: str, default: int | None = None) -> int | None:
    value = settings.value(key)
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def get_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key)
    return value if isinstance(value, str) else default
