"""The page-by-page check of a plain store, run ahead while the window starts.

``open_store`` reads every page of a plain store with SQLite's ``quick_check``
before it uses it (0.34 s at 10,000 coachees). The window starts that check on a
worker thread first thing (``start``): SQLite releases the GIL while it reads, so
the check runs beside the start's Python imports on the other core, and
``open_store`` takes its outcome (``take``) instead of checking again, waiting for
it if it is still running. Damage found ahead is raised by ``open_store`` as if
found there.

An outcome is only taken for the very file that was checked: the same inode,
size and modification time, and no frames in a write-ahead journal beside it, then
or now (a journal is merged or set aside by the open, so the file read ahead would
not be the one opened; the empty one a read of a WAL-mode file leaves has none). Anything else, and the open checks for itself.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from coachdesk.errors import StoreError
from coachdesk.store import wal

Identity = tuple[int, int, int, int]


@dataclass
class _Check:
    identity: Identity
    done: threading.Event = field(default_factory=threading.Event)
    error: StoreError | None = None


_lock = threading.Lock()
_checks: dict[Path, _Check] = {}


def _identity(db_path: Path) -> Identity | None:
    """The file as it is now, or None when it cannot be checked ahead."""
    try:
        if os.stat(wal.wal_path(db_path)).st_size > 0:
            return None  # frames the open may merge (an empty one, as a read leaves it, has none)
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        st = os.stat(db_path)
    except OSError:
        return None
    if st.st_size == 0:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def run(db_path: Path) -> None:
    """Check ``db_path`` now (on a worker thread) and keep the outcome for ``take``."""
    from coachdesk.store import cipher, store_file  # (sqlite3 only: no ORM beside the start)

    key = db_path.absolute()
    identity = _identity(key)
    if identity is None or cipher.has_plain_header(key) is not True:
        return  # (an encrypted store is not read page by page at open: SQLCipher checks)
    check = _Check(identity)
    with _lock:
        _checks[key] = check
    try:
        store_file.inspect_file(key, quick_check=True)
    except StoreError as exc:
        check.error = exc
    except Exception:  # noqa: BLE001 - not a verdict: the open checks for itself
        with _lock:
            _checks.pop(key, None)
    finally:
        check.done.set()


def take(db_path: Path) -> bool:
    """Was ``db_path``, as it is now, checked ahead? Waits for a check still running;
    raises the damage it found; False when the open must check for itself."""
    key = db_path.absolute()
    with _lock:
        check = _checks.get(key)
    if check is None:
        return False
    check.done.wait()
    with _lock:
        if _checks.get(key) is check:
            del _checks[key]  # an outcome is taken once
        else:
            return False
    if check.identity != _identity(key):
        return False
    if check.error is not None:
        raise check.error
    return True
