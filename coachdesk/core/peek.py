"""A quick, read-only look at the coachee list without importing the ORM.

The window paints its list from this while SQLAlchemy/SQLModel import and the
store opens for real in the background (that full open still runs every check
and migration). It is core/quick_read.py's read: anything unusual (no file, not
SQLite, a locked encrypted store, another schema, a crash's WAL, an erasure the
store does not have yet, a read error) returns None, and the caller takes the
normal path.
"""

from __future__ import annotations

from pathlib import Path

from coachdesk.core import quick_read
from coachdesk.core.records import CoacheeRow


def peek_coachee_rows(folder: Path) -> list[CoacheeRow] | None:
    return quick_read.coachee_rows(folder)


def check_ahead(folder: Path) -> None:
    """Read every page of the store now, for the open to come (store/precheck.py): on a
    worker thread, while the window starts."""
    from coachdesk import paths
    from coachdesk.store import precheck

    precheck.run(paths.database_path(folder))
