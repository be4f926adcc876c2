"""Put back what a delete removed (the window's Ctrl+Z).

Before deleting, the UI takes a snapshot of every row the delete will remove:
the row itself and, through the schema graph, every row below it by cascade,
plus the references the delete will clear (ON DELETE SET NULL). ``restore``
inserts them again with the same ids in one transaction (all or nothing).
Snapshots are plain data (table name -> list of column dicts): no session, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from coachdesk.core import schema
from coachdesk.core.models import Coachee, CoachingSession, Sponsor, Trajectory
from coachdesk.core.services.base import Service

Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Snapshot:
    """Everything a delete will remove, plus references it will clear."""

    kind: str  # "coachee", "trajectory", "session" or "sponsor"
    id: int
    label: str
    rows: Rows = field(default_factory=dict)
    # (table, column, value, ids): references the delete sets to NULL (ON DELETE SET NULL).
    relinks: list[tuple[str, str, int, list[int]]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def _select(conn: Connection, table: str, column: str, ids: list[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    t = schema.table(table)
    query = select(t).where(t.c[column].in_(ids)).order_by(t.c.id)
    return [dict(row._mapping) for row in conn.execute(query)]


def rows_below(conn: Connection, table: str, row_id: int) -> Rows:
    """The row and every row a delete of it removes by cascade, by table (parents first)."""
    rows: Rows = {table: _select(conn, table, "id", [row_id])}
    for child in schema.below(table):
        found: dict[int, dict[str, Any]] = {}
        for edge in schema.edges():
            if edge.child == child and edge.ondelete == "CASCADE" and edge.parent in rows:
                parent_ids = [r["id"] for r in rows[edge.parent]]
                for row in _select(conn, child, edge.column, parent_ids):
                    found[row["id"]] = row
        rows[child] = [found[k] for k in sorted(found)]
    return rows


def _relinks(conn: Connection, rows: Rows) -> list[tuple[str, str, int, list[int]]]:
    """References from rows that stay to rows that go: the delete sets them to NULL."""
    relinks: list[tuple[str, str, int, list[int]]] = []
    for parent, gone in rows.items():
        for edge in schema.nulling_references(parent):
            removed = {r["id"] for r in rows.get(edge.child, [])}
            by_parent: dict[int, list[int]] = {}
            for r in _select(conn, edge.child, edge.column, [p["id"] for p in gone]):
                if r["id"] not in removed:
                    by_parent.setdefault(r[edge.column], []).append(r["id"])
            relinks.extend((edge.child, edge.column, pid, ids) for pid, ids in by_parent.items())
    return relinks


class UndoService(Service):
    def _snapshot(self, kind: str, model: Any, row_id: int, label_of: str) -> Snapshot:
        with self.db.session() as s:
            obj = self.db.get(s, model, row_id)
            conn = s.connection()
            rows = rows_below(conn, model.__tablename__, row_id)
            return Snapshot(kind, row_id, getattr(obj, label_of), rows, _relinks(conn, rows))

    def snapshot_coachee(self, coachee_id: int) -> Snapshot:
        return self._snapshot("coachee", Coachee, coachee_id, "name")

    def snapshot_trajectory(self, trajectory_id: int) -> Snapshot:
        return self._snapshot("trajectory", Trajectory, trajectory_id, "title")

    def snapshot_session(self, session_id: int) -> Snapshot:
        with self.db.session() as s:
            session = self.db.get(s, CoachingSession, session_id)
            conn = s.connection()
            rows = rows_below(conn, "coaching_session", session_id)
            label = session.starts_at.strftime("%Y-%m-%d %H:%M")
            return Snapshot("session", session_id, label, rows, _relinks(conn, rows))

    def snapshot_sponsor(self, sponsor_id: int) -> Snapshot:
        return self._snapshot("sponsor", Sponsor, sponsor_id, "organisation")

    def restore(self, snapshot: Snapshot) -> None:
        """Insert every row of ``snapshot`` again, with its own ids, in one transaction.

        Raises ConflictError (nothing written) when a row with one of those ids
        exists again. A reference to a row that is gone since (a sponsor deleted
        after the coachee) is cleared rather than refused.
        """
        with self.db.session() as s:
            conn = s.connection()
            ids = {t: {r["id"] for r in batch} for t, batch in snapshot.rows.items()}
            for name in schema.ordered_tables():
                batch = snapshot.rows.get(name, [])
                if not batch:
                    continue
                batch = [_clear_dangling(conn, name, row, ids) for row in batch]
                conn.execute(insert(schema.table(name)), batch)
                for row in batch:
                    self.db.touched(s, name, row["id"])
            for name, column, value, row_ids in snapshot.relinks:
                t = schema.table(name)
                conn.execute(
                    update(t)
                    .where(t.c.id.in_(row_ids), t.c[column].is_(None))
                    .values({column: value})
                )
                for row_id in row_ids:
                    self.db.touched(s, name, row_id, (column,))
            if snapshot.kind == "coachee":  # back, so no longer erased (the ledger)
                uids = [r["uid"] for batch in snapshot.rows.values() for r in batch]
                self.practice.privacy.forget_in(conn, snapshot.rows["coachee"][0]["uid"], uids)
        if snapshot.kind == "coachee":
            self.practice.privacy.sync_ledger_file()


def _clear_dangling(
    conn: Connection, name: str, row: dict[str, Any], ids: dict[str, set[int]]
) -> dict[str, Any]:
    """Clear a SET NULL reference to a row that is neither in the snapshot nor in the store."""
    for edge in schema.edges():
        if edge.child != name or edge.ondelete != "SET NULL" or row.get(edge.column) is None:
            continue
        target = row[edge.column]
        if target in ids.get(edge.parent, ()):
            continue
        parent = schema.table(edge.parent)
        if conn.execute(select(parent.c.id).where(parent.c.id == target)).first() is None:
            row = {**row, edge.column: None}
    return row
