"""Where things live: the one place that decides file locations.

The data folder is, in order of precedence: an explicit ``--data-dir``, the
``COACHDESK_DATA_DIR`` environment variable, or the platform's user data folder
for "CoachDesk" (platformdirs). Resources (translations, templates, instruments,
fonts, icons) are found next to the package in a source checkout and inside the
bundle when frozen by PyInstaller.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CoachDesk"
DB_FILENAME = "coachdesk.db"
ENV_DATA_DIR = "COACHDESK_DATA_DIR"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds the store, its backups and settings."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def database_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def logs_dir(folder: Path) -> Path:
    """The rotating log (coachdesk/log.py)."""
    return folder / "logs"


def instruments_dir(folder: Path) -> Path:
    """A coach's own (imported) profile instruments."""
    return folder / "instruments"


def resources_dir() -> Path:
    """The resources/ folder: in a PyInstaller bundle, beside the package (a source
    checkout or editable install), or in <prefix>/share/coachdesk (a regular install)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    beside = Path(__file__).resolve().parent.parent / "resources"
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / "coachdesk" / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
