"""Where things live: the one place that decides file locations.

The data folder is, in order of precedence: an explicit ``--data-dir``, the
``COACHDESK_DATA_DIR`` environment variable, or the platform's user data folder
for "CoachDesk" (platformdirs). It is always made absolute here, before anything
uses it: a relative folder (``rel``, ``.``) means the same folder for the store,
the log and the settings, however a path is later turned into a URI or joined.
An empty value is refused (EmptyDataDirError): it is a mistake in a script or a
launcher, and silently falling back to the real user folder would hide it. Resources (translations, templates, instruments,
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
ENV_CONFIG_DIR = "COACHDESK_CONFIG_DIR"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds the store, its backups and settings: always absolute.

    ``explicit`` is ``--data-dir`` (None when it was not given); an empty value,
    given or in COACHDESK_DATA_DIR, raises EmptyDataDirError.
    """
    if explicit is not None:
        return _absolute(explicit, "--data-dir")
    env = os.environ.get(ENV_DATA_DIR)
    if env is not None:
        return _absolute(env, ENV_DATA_DIR)
    return _absolute(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True), "")


def _absolute(value: str | os.PathLike[str], source: str) -> Path:
    text = os.fspath(value)
    if not text.strip():
        from coachdesk.errors import EmptyDataDirError  # errors -> i18n -> paths

        raise EmptyDataDirError(source=source)
    return Path(text).expanduser().absolute()


def config_dir() -> Path:
    """The account's own CoachDesk settings that belong to no one practice (the recent
    practice folders): ``COACHDESK_CONFIG_DIR`` or the platform's user config folder."""
    env = os.environ.get(ENV_CONFIG_DIR, "").strip()
    if env:
        return Path(env).expanduser().absolute()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)).absolute()


def database_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def erasure_ledger_path(folder: Path) -> Path:
    """A copy of the erasure ledger beside the store (uids only; core/ledger_file.py)."""
    return folder / "erasure-ledger.json"


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
