"""One window per data folder (store/lock.InstanceLock), importable without the ORM:
the window takes the lock before its first paint, when SQLAlchemy is not loaded yet."""

from __future__ import annotations

from pathlib import Path

from coachdesk.store.files import private_folder
from coachdesk.store.lock import InstanceLock


def lock_data_folder(folder: Path) -> InstanceLock:
    """The data folder's lock (with our PID) while held; AlreadyOpenError (with the
    other's PID) when another CoachDesk has it."""
    private_folder(folder)
    return InstanceLock(folder).acquire()
