"""Maintenance of the search index: bulk loads and rebuilds.

Triggers (migration 0002) keep ``search_index`` in sync row by row, which costs
about twice as much per row as one INSERT ... SELECT. Bulk loads (the demo
generator, later imports) pause the triggers and index the new rows in one go.
The body expressions here must match those of the triggers; a test rebuilds an
index made by the triggers and checks that nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from coachdesk.core.search import KIND_CODES

# table -> (kind, [(part, body expression)])
SOURCES: dict[str, tuple[str, list[tuple[int, str]]]] = {
    "coaching_session": ("session", [(0, "shared_notes"), (1, "private_notes")]),
    "agreement": ("agreement", [(0, "text")]),
    "goal": (
        "goal",
        [(0, "title || char(10) || description || char(10) || success_criteria")],
    ),
    "trajectory": ("trajectory", [(0, "title || char(10) || intake_question")]),
    "coachee": ("coachee", [(0, "name")]),
}


def _fill(conn: Connection, after: dict[str, int] | None = None) -> None:
    for table, (kind, parts) in SOURCES.items():
        code = KIND_CODES[kind]
        since = (after or {}).get(table, 0)
        for part, body in parts:
            conn.exec_driver_sql(
                f"INSERT INTO search_index(rowid, body) "
                f"SELECT ({code} << 40) + id * 2 + {part}, {body} FROM {table} "
                f"WHERE id > ? AND trim({body}) <> '' ORDER BY id",
                (since,),
            )


def rebuild(conn: Connection) -> None:
    """Empty the index and fill it again from every row (inside the caller's transaction)."""
    conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('delete-all')")
    _fill(conn)


@contextmanager
def triggers_paused(conn: Connection) -> Iterator[None]:
    """For bulk inserts in one transaction: index the new rows at the end, in one go.

    Only rows added inside the block (ids above the current maximum) are indexed;
    updates or deletes of existing rows inside the block are not allowed. The
    triggers are dropped and recreated in the caller's transaction, so a failure
    rolls everything back together.
    """
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
    ).all()
    after = {
        table: conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar() or 0
        for table in SOURCES
    }
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
    _fill(conn, after)
