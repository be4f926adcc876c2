"""Whole-practice export and the rows of one person, in the export format (portability_format).

    doc = export_document(conn)          # every table, refs as uids
    rows = rows_about(conn, coachee_id)  # everything held about one coachee (access export)

Reading a file someone hands us is in portability_check.py (limits, parse, validation) and
writing it into the store in portability_import.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select

from coachdesk import __version__
from coachdesk.core import portability_format as fmt
from coachdesk.core import schema

Progress = Callable[[int, int], None]
Row = dict[str, Any]

# Columns that are the coach's own working notes, not data the coachee gave or was told.
PRIVATE_COLUMNS: frozenset[tuple[str, str]] = frozenset({("coaching_session", "private_notes")})


def uid_maps(conn: Connection, names: set[str]) -> dict[str, dict[int, str]]:
    """id -> uid of every row of the tables ``names`` (those referred to by others)."""
    maps: dict[str, dict[int, str]] = {}
    for name in names:
        t = schema.table(name)
        maps[name] = {row_id: uid for row_id, uid in conn.execute(select(t.c.id, t.c.uid))}
    return maps


def _referred() -> set[str]:
    return {f.parent for t in fmt.tables() for f in t.fields if f.parent is not None}


def file_row(
    t: fmt.TableFormat, record: Any, uids: dict[str, dict[int, str]], private: bool = True
) -> Row:
    """One database row in the file's representation."""
    row: Row = {}
    for f in t.fields:
        value = record[f.column]
        if f.kind == "ref":
            row[f.name] = None if value is None else uids[f.parent or ""].get(value)
        elif not private and (t.name, f.column) in PRIVATE_COLUMNS:
            row[f.name] = ""
        else:
            row[f.name] = fmt.to_json(f.kind, value)
    return row


def table_rows(
    conn: Connection, t: fmt.TableFormat, uids: dict[str, dict[int, str]], where: Any = None
) -> list[Row]:
    table = schema.table(t.name)
    query = select(table)
    if where is not None:
        query = query.where(where)
    order = table.c.id if "id" in table.c else list(table.primary_key.columns)[0]
    return [file_row(t, r, uids) for r in conn.execute(query.order_by(order)).mappings()]


def export_document(conn: Connection, progress: Progress | None = None) -> dict[str, Any]:
    """Every row of every table, in one read transaction (the caller's)."""
    uids = uid_maps(conn, _referred())
    formats = fmt.tables()
    tables: dict[str, list[Row]] = {}
    for n, t in enumerate(formats):
        rows = table_rows(conn, t, uids)
        if t.name == "setting":  # this machine's own settings stay here
            rows = [r for r in rows if not fmt.machine_local(r["key"])]
        tables[t.name] = rows
        if progress:
            progress(n + 1, len(formats))
    return {
        "format": fmt.FORMAT,
        "version": fmt.VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "tables": tables,
    }


def rows_about(conn: Connection, coachee_id: int, *, private: bool) -> dict[str, list[Row]]:
    """Every row reached from the coachee through the schema graph, nobody else's.

    Rows of practice-wide tables are not included (a sponsor is an organisation shared by
    several coachees); a trajectory's sponsor is named by :func:`sponsors_of`.
    """
    uids = uid_maps(conn, _referred())
    ids: dict[str, set[int]] = {schema.ROOT: {coachee_id}}
    found: dict[str, list[Row]] = {}
    for t in fmt.tables():
        path = schema.path_from_coachee(t.name)
        if path is None:
            continue
        table = schema.table(t.name)
        where: Any
        if path:
            edge = path[-1]
            parents = ids.get(edge.parent, set())
            where = table.c[edge.column].in_(parents)
        else:
            where = table.c.id == coachee_id
        records = list(conn.execute(select(table).where(where).order_by(table.c.id)).mappings())
        ids[t.name] = {r["id"] for r in records}
        found[t.name] = [file_row(t, r, uids, private) for r in records]
    return found


def sponsors_of(conn: Connection, rows: dict[str, list[Row]]) -> list[Row]:
    """The organisations that commissioned the person's trajectories (no contact persons)."""
    wanted = {r.get("sponsor_uid") for r in rows.get("trajectory", [])} - {None}
    if not wanted:
        return []
    t = schema.table("sponsor")
    query = select(t.c.uid, t.c.organisation).where(t.c.uid.in_(wanted)).order_by(t.c.id)
    return [{"uid": uid, "organisation": org} for uid, org in conn.execute(query)]
