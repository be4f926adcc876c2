"""Small file helpers of the store: private files, atomic renames, leftovers.

Everything the store writes in the data folder is the owner's only (folders
0700, files 0600; on Windows the per-user AppData already is). Temporary files
carry the writer's process id (``name.<pid>.part``) so a start cleans up what a
killed process left behind without touching what a running one is writing.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
PART = ".part"
# SQLite's side files of a database (and of a .part being written).
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
_PART_PID = re.compile(r"\.(\d+)\.part(?:-wal|-shm|-journal)?$")
_LEGACY_PART = re.compile(r"\.part(?:-wal|-shm|-journal)?$")

DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and parents) owner-only; a folder we create is 0700."""
    if not folder.is_dir():
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        tighten(folder, FOLDER_MODE)
    return folder


def tighten(path: Path, mode: int) -> None:
    """Narrow the permission bits of our own file or folder (never widen them)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        current = path.stat().st_mode & 0o777
        if current & ~mode:
            path.chmod(current & mode)


def create_private(path: Path) -> None:
    """Create ``path`` empty and owner-only, before SQLite opens it (its -wal and
    -shm then get the same bits). An existing file is emptied."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.close(fd)
    tighten(path, FILE_MODE)


def part_name(target: Path) -> Path:
    """The temporary name a writer uses for ``target`` (``target.<pid>.part``)."""
    return target.with_name(f"{target.name}.{os.getpid()}{PART}")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replace(source: Path, target: Path) -> None:
    """Rename ``source`` over ``target`` in one step, durable once this returns."""
    fsync_file(source)
    os.replace(source, target)
    fsync_dir(target.parent)


def remove_with_sides(path: Path) -> None:
    """Remove a (temporary) database file and its SQLite side files, if present."""
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDE_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's), or cannot tell: leave it
    return True


def clean_leftovers(folders: Iterable[Path]) -> list[Path]:
    """Remove the ``.part`` files (and their side files) of writers that are gone."""
    removed: list[Path] = []
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            match = _PART_PID.search(name)
            if match is None and not _LEGACY_PART.search(name):
                continue
            if match is not None and _alive(int(match.group(1))):
                continue
            try:
                if entry.is_file() and not entry.is_symlink():
                    entry.unlink()
                    removed.append(entry)
            except OSError:
                continue
    if removed:
        log.info("removed %d leftover temporary file(s)", len(removed))
    return removed


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in DISK_FULL


def free_bytes(folder: Path) -> int | None:
    import shutil

    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None
