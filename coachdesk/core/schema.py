"""The graph of the practice's tables, derived from the models' foreign keys.

One place answers "in which order do tables depend on each other?" and "how is
this table reached from a coachee?". Undo, the demo generator's bulk load, the
health counts and test dumps use it, and so will erasure and access export: a
new table is part of all of them by construction.

A table is either reached from ``coachee`` through foreign keys that CASCADE
(so deleting the person deletes it), or declared practice-wide here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Table

from coachdesk.core import models

ROOT = "coachee"
# Not about one person: shared by several coachees, or the practice's own. The
# erasure ledger and the audit trail name rows by uid only and must outlive the
# coachee they are about, so they hang from no coachee.
PRACTICE_WIDE = frozenset({"sponsor", "setting", "erasure", "audit_event"})


@dataclass(frozen=True)
class Edge:
    """``child.column`` refers to ``parent.id`` (ON DELETE ``ondelete``)."""

    child: str
    column: str
    parent: str
    ondelete: str  # "CASCADE", "SET NULL", ...


def _tables() -> dict[str, Table]:
    return dict(models.SQLModel.metadata.tables)


@cache
def edges() -> tuple[Edge, ...]:
    found = []
    for table in _tables().values():
        for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
            found.append(
                Edge(
                    child=table.name,
                    column=fk.parent.name,
                    parent=fk.column.table.name,
                    ondelete=(fk.ondelete or "NO ACTION").upper(),
                )
            )
    return tuple(found)


@cache
def ordered_tables() -> tuple[str, ...]:
    """Every model table, parents before children (insert order; reverse to delete)."""
    return tuple(t.name for t in models.SQLModel.metadata.sorted_tables)


@cache
def practice_tables() -> tuple[str, ...]:
    """The tables of the practice's own rows (not settings), parents first."""
    return tuple(t for t in ordered_tables() if t != "setting")


def table(name: str) -> Table:
    return _tables()[name]


def cascade_children(parent: str) -> tuple[Edge, ...]:
    return tuple(e for e in edges() if e.parent == parent and e.ondelete == "CASCADE")


def nulling_references(parent: str) -> tuple[Edge, ...]:
    return tuple(e for e in edges() if e.parent == parent and e.ondelete == "SET NULL")


@cache
def below(name: str) -> tuple[str, ...]:
    """Tables whose rows a delete in ``name`` removes by cascade (in dependency order)."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        for edge in cascade_children(todo.pop()):
            if edge.child not in seen:
                seen.add(edge.child)
                todo.append(edge.child)
    return tuple(t for t in ordered_tables() if t in seen)


@cache
def path_from_coachee(name: str) -> tuple[Edge, ...] | None:
    """The CASCADE edges from ``coachee`` down to ``name`` (empty for coachee itself),
    or None when the table is not about one person."""
    if name == ROOT:
        return ()
    best: tuple[Edge, ...] | None = None
    for edge in edges():
        if edge.child != name or edge.ondelete != "CASCADE":
            continue
        upper = path_from_coachee(edge.parent)
        if upper is not None and (best is None or len(upper) + 1 < len(best)):
            best = (*upper, edge)
    return best


def unreachable_tables(extra_wide: Iterable[str] = ()) -> list[str]:
    """Tables neither reached from a coachee nor declared practice-wide (should be none)."""
    wide = PRACTICE_WIDE | set(extra_wide)
    return [t for t in ordered_tables() if t not in wide and path_from_coachee(t) is None]
