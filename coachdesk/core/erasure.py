"""What erasing and anonymising a coachee do to the rows, on one connection.

Erase: the coachee's row goes, and with it (ON DELETE CASCADE, core/schema.py)
every row about them. Before it goes, the uids of all those rows are collected
for the erasure ledger.

Anonymise: the hours stay (dates, durations, paid or pro bono, held, cancelled
or missed, the sponsor), everything that identifies the person goes. What is
cleared and what is kept is declared per table below; ``tests/core/
test_erasure.py`` fails for a column of a per-coachee table that is in neither,
so a new column cannot slip through. Agreements, goals (with their ratings) and
profiles are deleted: they are about the person, not administration.

These functions run inside the caller's transaction and write no ledger,
no audit line and no checkpoint: core/services/privacy.py does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, delete, select, update

from coachdesk.core import schema

# Cleared when a coachee is anonymised (value to write); name and title get a code.
CLEARED: dict[str, dict[str, Any]] = {
    "coachee": {
        "email": "",
        "phone": "",
        "organisation": "",
        "role": "",
        "notes": "",
        "tags": "",
    },
    "trajectory": {
        "intake_question": "",
        "closing_evaluation": "",
        "outcome_reason": "",
        "coachee_evaluation": "",
        "sponsor_evaluation": "",
    },
    "coaching_session": {
        "location": "",
        "shared_notes": "",
        "private_notes": "",
        "scale_progress": None,
        "scale_motivation": None,
        "scale_confidence": None,
    },
}
CODED = {"coachee": "name", "trajectory": "title"}
# Kept on purpose: the administration (hours for the coach's log and the sponsor's
# invoice), the consent record (the legal basis the data was held on), and keys.
KEPT: dict[str, tuple[str, ...]] = {
    "coachee": ("id", "uid", "status", "demo", "created_at", "updated_at"),
    "trajectory": (
        "id",
        "uid",
        "coachee_id",
        "sponsor_id",
        "contracted_sessions",
        "contracted_hours",
        "start_date",
        "planned_end",
        "status",
        "ended_on",
        "outcome",
        "created_at",
        "updated_at",
    ),
    "coaching_session": (
        "id",
        "uid",
        "trajectory_id",
        "starts_at",
        "duration_minutes",
        "mode",
        "paid",
        "status",
        "cancelled_by",
        "cancelled_on",
        "charged",
        "template",
        "created_at",
        "updated_at",
    ),
    "consent": (
        "id",
        "uid",
        "coachee_id",
        "given_on",
        "legal_basis",
        "statement_version",
        "sponsor_sees",
        "withdrawn_on",
        "created_at",
        "updated_at",
    ),
}
# Deleted whole (their cascade children with them).
DROPPED = ("agreement", "goal", "profile_result")

Found = dict[str, list[tuple[int, str]]]  # table -> [(id, uid)]


def code_for(coachee_id: int) -> str:
    """The code that stands in for a name (the same as the hours exports' codes)."""
    from coachdesk.core.services.hours import client_code

    return client_code(coachee_id)


def _ids(conn: Connection, table: str, column: str, values: list[int]) -> list[tuple[int, str]]:
    if not values:
        return []
    t = schema.table(table)
    query = select(t.c.id, t.c.uid).where(t.c[column].in_(values)).order_by(t.c.id)
    return [(row[0], row[1]) for row in conn.execute(query)]


def rows_below(conn: Connection, table: str, row_ids: Iterable[int]) -> Found:
    """The rows (id, uid) of ``table`` and every row a delete of them removes by cascade."""
    found: Found = {table: _ids(conn, table, "id", list(row_ids))}
    for child in schema.below(table):
        seen: dict[int, str] = {}
        for edge in schema.edges():
            if edge.child == child and edge.ondelete == "CASCADE" and edge.parent in found:
                parents = [row_id for row_id, _uid in found[edge.parent]]
                seen.update(_ids(conn, child, edge.column, parents))
        found[child] = sorted(seen.items())
    return found


def erase(conn: Connection, coachee_id: int) -> Found:
    """Delete the coachee and (by cascade) every row about them; return what went."""
    found = rows_below(conn, schema.ROOT, [coachee_id])
    t = schema.table(schema.ROOT)
    conn.execute(delete(t).where(t.c.id == coachee_id))
    return found


def anonymise(conn: Connection, coachee_id: int) -> Found:
    """Strip what identifies the coachee and keep the hours; return the rows deleted."""
    code = code_for(coachee_id)
    trajectory = schema.table("trajectory")
    trajectory_ids = [
        row[0]
        for row in conn.execute(
            select(trajectory.c.id)
            .where(trajectory.c.coachee_id == coachee_id)
            .order_by(trajectory.c.id)
        )
    ]
    gone: Found = {}
    for table in DROPPED:
        edge = schema.path_from_coachee(table)
        assert edge, table
        parent = edge[-1]
        ids = trajectory_ids if parent.parent == "trajectory" else [coachee_id]
        rows = _ids(conn, table, parent.column, ids)
        for name, batch in rows_below(conn, table, [r for r, _u in rows]).items():
            gone.setdefault(name, []).extend(batch)
        t = schema.table(table)
        conn.execute(delete(t).where(t.c[parent.column].in_(ids)))
    coachee = schema.table("coachee")
    conn.execute(
        update(coachee)
        .where(coachee.c.id == coachee_id)
        .values({**CLEARED["coachee"], CODED["coachee"]: code})
    )
    for n, trajectory_id in enumerate(trajectory_ids, start=1):
        conn.execute(
            update(trajectory)
            .where(trajectory.c.id == trajectory_id)
            .values({**CLEARED["trajectory"], CODED["trajectory"]: f"{code} · {n}"})
        )
    if trajectory_ids:
        session = schema.table("coaching_session")
        conn.execute(
            update(session)
            .where(session.c.trajectory_id.in_(trajectory_ids))
            .values(CLEARED["coaching_session"])
        )
    return gone


def is_anonymised(conn: Connection, coachee_id: int) -> bool:
    coachee = schema.table("coachee")
    row = conn.execute(select(coachee).where(coachee.c.id == coachee_id)).mappings().first()
    if row is None:
        return False
    return row["name"] == code_for(coachee_id) and all(
        row[c] == v for c, v in CLEARED["coachee"].items()
    )


def delete_uids(conn: Connection, table: str, uids: list[str]) -> int:
    """Delete the rows of ``table`` with these uids (the ledger re-applied)."""
    if table not in schema.ordered_tables() or not uids:
        return 0
    t = schema.table(table)
    removed = 0
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        removed += conn.execute(delete(t).where(t.c.uid.in_(chunk))).rowcount or 0
    return removed


def ids_of(conn: Connection, table: str, uids: list[str]) -> list[int]:
    if table not in schema.ordered_tables() or not uids:
        return []
    t = schema.table(table)
    found: list[int] = []
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        found += [row[0] for row in conn.execute(select(t.c.id).where(t.c.uid.in_(chunk)))]
    return found
