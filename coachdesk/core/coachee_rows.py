"""The coachee list query, shared by the facade and the store's quick read-only peek.

Plain SQL and plain rows, no ORM import: the window paints its list from this
before SQLAlchemy has finished importing (see store/peek.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from coachdesk.core.records import CoacheeRow

# The latest session *held* (a planned, cancelled or missed one is not a "last session").
# The unary ``+`` keeps SQLite off the index on (status, starts_at) of migration 0005:
# with it, the subquery walks every held session of the practice for each coachee
# (minutes at 10,000 coachees); through the coachee's trajectories it reads a few rows.
_COACHEE_ROWS = """
    SELECT c.id, c.name, c.organisation, c.role, c.tags, c.status,
           (SELECT max(s.starts_at) FROM trajectory t
              JOIN coaching_session s ON s.trajectory_id = t.id
             WHERE t.coachee_id = c.id AND +s.status = 'held'
               AND +s.starts_at <= :now) AS last_session,
           (SELECT count(*) FROM trajectory t WHERE t.coachee_id = c.id) AS trajectories
      FROM coachee c
     WHERE (:status IS NULL OR c.status = :status)
"""
COACHEE_ROWS_SQL = _COACHEE_ROWS + "     ORDER BY c.name COLLATE NOCASE, c.id\n"

# The same rows as one JSON text, for the window's read-ahead beside the start's imports:
# a row-by-row fetch gives up the GIL at every row (sqlite3 releases it around each step)
# and then waits for the busy GUI thread to hand it back, about 4x slower at 10,000
# coachees; this is one step. In no order: the window sorts its list itself (by the
# folded name), and SQLite's sort for a row number cost half the query (52 vs 27 ms).
COACHEE_ROWS_JSON_SQL = f"""
    SELECT json_group_array(json_array(id, name, organisation, role, tags, status,
                                       last_session, trajectories))
      FROM ({_COACHEE_ROWS})
"""


def params(status: str | None, now: datetime | None = None) -> dict[str, Any]:
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H:%M:%S.%f")
    return {"status": status, "now": stamp}


def to_rows(result: Iterable[Any]) -> list[CoacheeRow]:
    """Database tuples to CoacheeRow; fromisoformat is ~10x faster than a type processor."""
    parse = datetime.fromisoformat
    return [
        CoacheeRow(id, name, org, role, tags, status, parse(last) if last else None, n)
        for id, name, org, role, tags, status, last, n in result
    ]


def rows_from_json(text: str) -> list[CoacheeRow]:
    """The rows of ``COACHEE_ROWS_JSON_SQL`` (in no particular order)."""
    parse = datetime.fromisoformat
    return [
        CoacheeRow(id, name, org, role, tags, status, parse(last) if last else None, n)
        for id, name, org, role, tags, status, last, n in json.loads(text)
    ]
