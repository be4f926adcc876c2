"""Read-only CLI commands without the ORM: ``coachdesk search`` and ``list coachees``.

Importing SQLAlchemy/SQLModel and opening the store the full way (quick_check over
every page, migrations) costs about a second and a half on a 10,000-coachee store,
many times the read itself. A read-only command on a store that is already at the
current schema does not need any of it: it opens the database file read-only with
plain sqlite3 (as the window's first paint does, core/peek.py) and runs the same
queries as the services (core/coachee_rows.py, core/search.py).

Anything unusual (no file, not SQLite, a locked encrypted store, another schema, an
erasure the store lacks (core/ledger_file.py), a read error) gives None and the caller takes the normal path through the practice,
which runs every check and says what is wrong. A read-only open never writes to
the store, so a damaged page shows as a read error here and is then reported by
that normal open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from coachdesk import paths
from coachdesk.core.records import CoacheeRow

if TYPE_CHECKING:
    from coachdesk.core.overview_refresh import Home

T = TypeVar("T")
_HEADER = b"SQLite format 3\x00"


def _with_connection(folder: Path, work: Callable[[Any], T]) -> T | None:
    """``work(conn)`` on a read-only connection in one snapshot, or None.

    The work runs first and the schema and erasure checks after it, in the same
    snapshot, so the query starts at once: at start it then runs (in SQLite, without
    the GIL) while the checks' imports and the window's own are still going on. A
    store that fails a check gives None, whatever the work read; one with another
    schema fails the work itself or the check after it."""
    from coachdesk.store import sqlite_file

    db = paths.database_path(folder)
    try:
        if not db.is_file() or db.stat().st_size < 100:
            return None
        wal = db.with_name(db.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            return None  # the store is open, or a crash left a WAL: the full open decides
        with db.open("rb") as fh:
            plain = fh.read(len(_HEADER)) == _HEADER
        if not plain:
            from coachdesk.core import encryption  # (keychain: imported only when needed)

            if not encryption.is_unlocked(folder):
                return None  # not a store, or an encrypted one not yet unlocked
        key = None if plain else sqlite_file.AUTO  # (a plain store: no key to choose)
        conn = sqlite_file.connect(db, readonly=True, isolation_level=None, key=key)
        try:
            conn.execute("BEGIN")  # one snapshot for the work and the checks
            result = work(conn)
            return result if _current(conn, folder) else None
        finally:
            conn.close()
    except (*sqlite_file.Error, OSError):  # type: ignore[misc] # (looked up only when raised: no SQLCipher import)
        return None


def _current(conn: Any, folder: Path) -> bool:
    """The store is at this version's schema and has every erasure of the ledger."""
    from coachdesk.core import ledger_file
    from coachdesk.store import migrate

    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or row[0] != migrate.head_revision():
        return False
    return not ledger_file.store_lags(
        conn, folder
    )  # an older copy put back by hand: the full open erases first


def coachee_rows(folder: Path, status: str | None = None) -> list[CoacheeRow] | None:
    """The coachee list as ``practice.coachees.list(status)`` gives it, or None."""
    return _with_connection(folder, lambda conn: _coachee_list(conn, status))


def _coachee_list(conn: Any, status: str | None, now: datetime | None = None) -> list[CoacheeRow]:
    from coachdesk.core.coachee_rows import COACHEE_ROWS_SQL, params, to_rows

    return to_rows(conn.execute(COACHEE_ROWS_SQL, params(status, now)))


def _coachee_list_whole(conn: Any, now: datetime) -> list[CoacheeRow]:
    """The whole list in one step, in no order (see ``COACHEE_ROWS_JSON_SQL``): the
    window's read-ahead; the window sorts it."""
    from coachdesk.core.coachee_rows import COACHEE_ROWS_JSON_SQL, params, rows_from_json

    (text,) = conn.execute(COACHEE_ROWS_JSON_SQL, params(None, now)).fetchone()
    return rows_from_json(text)


def first_page(folder: Path, now: datetime | None = None) -> tuple[list[CoacheeRow], Home] | None:
    """The coachee list (in no order: the window sorts it) and the home screen in one
    snapshot, as the practice reads them, or None: what the window shows first."""
    moment = now or datetime.now()

    def read(conn: Any) -> tuple[list[CoacheeRow], Home]:
        rows = _coachee_list_whole(conn, moment)  # (first: the imports below can wait)
        from coachdesk.core.formatting import first_of_last_months
        from coachdesk.core.overview_sections import read_home

        return rows, read_home(conn, first_of_last_months(moment.date()), moment)

    return _with_connection(folder, read)


def search(
    folder: Path, query: str, limit: int = 50, *, shared_only: bool = False
) -> list[Any] | None:
    """The hits of ``practice.search.find(query, limit, shared_only=...)``, or None."""
    from coachdesk.core import search as fts

    return _with_connection(
        folder, lambda conn: fts.search(conn, query, limit, shared_only=shared_only)
    )
