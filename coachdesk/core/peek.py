"""A quick, read-only look at the coachee list and the home screen without the ORM.

The window shows its first page (the list, and what needs the coach today) from this
before SQLAlchemy/SQLModel are imported; the store then opens for real in the
background (that full open still runs every check and migration) and the home screen
is read again through it. It is core/quick_read.py's read: anything unusual (no file, not
SQLite, a locked encrypted store, another schema, a crash's WAL, an erasure the
store does not have yet, a read error) returns None, and the caller takes the
normal path.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.core import quick_read
from coachdesk.core.records import CoacheeRow

if TYPE_CHECKING:
    from coachdesk.core.overview_refresh import Home


def peek_coachee_rows(folder: Path) -> list[CoacheeRow] | None:
    return quick_read.coachee_rows(folder)


def peek_first_page(folder: Path) -> tuple[list[CoacheeRow], Home] | None:
    """The coachee list (in no order: the window sorts it) and the home screen, read in
    one snapshot."""
    return quick_read.first_page(folder)


def check_ahead(folder: Path) -> None:
    """Read every page of the store now, for the open to come (store/precheck.py): on a
    worker thread, while the window starts."""
    from coachdesk import paths
    from coachdesk.store import precheck

    precheck.run(paths.database_path(folder))
