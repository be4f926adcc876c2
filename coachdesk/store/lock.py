"""Locks on the data folder: one window per folder, and who has the store open.

``InstanceLock`` (``coachdesk.lock``, holding the PID): the window takes it for its
whole life, so a second start on the same folder says CoachDesk is already open
there. The operating system drops it when the process ends, however it ends
(SIGKILL included), so a lock is never stale.

``UseLock`` (``coachdesk.db.lock``): every open store holds it shared; the store
takes it exclusive only to decide about a left-over ``-wal`` (nobody else may be
writing it) and to replace the database (restore). On Windows the shared/exclusive
distinction is not available: there ``try_exclusive`` answers False, so a leftover
WAL is left to SQLite and a restore relies on the instance lock.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from coachdesk.errors import AlreadyOpenError
from coachdesk.store.files import FILE_MODE, tighten

INSTANCE_FILE = "coachdesk.lock"
USE_SUFFIX = ".lock"
_WIN_OFFSET = 4096  # Windows locks a byte range; the PID stays readable before it

if os.name == "posix":
    import fcntl
else:  # pragma: no cover - Windows
    import msvcrt


def _open(path: Path) -> int:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    tighten(path, FILE_MODE)
    return fd


class UseLock:
    def __init__(self, db_path: Path):
        self.path = db_path.with_name(db_path.name + USE_SUFFIX)
        self._fd: int | None = None

    def _ensure(self) -> int | None:
        if self._fd is None:
            try:
                self._fd = _open(self.path)
            except OSError:
                return None  # a read-only folder: no lock, no judging
        return self._fd

    def try_exclusive(self) -> bool:
        if os.name != "posix":  # pragma: no cover - Windows
            return False
        fd = self._ensure()
        if fd is None:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def shared(self) -> None:
        """Hold the lock shared (waits while someone holds it exclusive, briefly)."""
        if os.name != "posix":  # pragma: no cover - Windows
            return
        fd = self._ensure()
        if fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_SH)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing drops the flock
            self._fd = None


class InstanceLock:
    """The window's lock on a data folder (``coachdesk.lock`` with its PID)."""

    def __init__(self, folder: Path):
        self.path = folder / INSTANCE_FILE
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holder(self) -> int | None:
        """The PID written by whoever holds (or last held) the lock."""
        try:
            text = self.path.read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def is_held_elsewhere(self) -> int | None:
        """The PID of another process holding the lock, or None when free (checked, not taken)."""
        probe = InstanceLock(self.path.parent)
        try:
            probe.acquire()
        except AlreadyOpenError as exc:
            pid = exc.params.get("pid")
            return pid if isinstance(pid, int) else -1
        except OSError:
            return None
        probe.release()
        return None

    def acquire(self) -> InstanceLock:
        fd = _open(self.path)
        try:
            if os.name == "posix":
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
                locking = getattr(msvcrt, "locking")  # noqa: B009 - Windows only
                locking(fd, getattr(msvcrt, "LK_NBLCK"), 1)  # noqa: B009
        except OSError:
            os.close(fd)
            pid = self.holder()
            raise AlreadyOpenError(path=str(self.path.parent), pid=pid or "?") from None
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
