"""Facade area: put back what a delete removed (the window's Ctrl+Z).

Before deleting, the UI takes a snapshot of every row reachable from the
coachee, trajectory or sponsor; ``restore_snapshot`` inserts them again with
the same ids in one transaction (all or nothing). Snapshots are plain data
(table name -> list of column dicts), so they hold no session and no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlmodel import Session

from coachdesk.core.facade_base import FacadeBase
from coachdesk.core.models import (
    Agreement,
    Coachee,
    CoachingSession,
    Goal,
    GoalRating,
    ProfileResult,
    ProfileScore,
    Sponsor,
    Trajectory,
)

# Parents before children: the order rows are put back in.
_ORDER = (
    Sponsor,
    Coachee,
    Trajectory,
    CoachingSession,
    Agreement,
    Goal,
    GoalRating,
    ProfileResult,
    ProfileScore,
)


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Snapshot:
    """Everything a delete will remove, plus references it will clear."""

    kind: str  # "coachee", "trajectory" or "sponsor"
    id: int
    label: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # (table, column, value, ids): references the delete sets to NULL (ON DELETE SET NULL).
    relinks: list[tuple[str, str, int, list[int]]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def _rows(s: Session, model: Any, column: str, ids: Iterable[int]) -> list[dict[str, Any]]:
    ids = list(ids)
    if not ids:
        return []
    table = _table(model)
    query = select(table).where(table.c[column].in_(ids)).order_by(table.c.id)
    return [dict(row._mapping) for row in s.connection().execute(query)]


def _ids(rows: list[dict[str, Any]]) -> list[int]:
    return [row["id"] for row in rows]


def _below_trajectories(s: Session, rows: dict[str, list[dict[str, Any]]]) -> None:
    t_ids = _ids(rows["trajectory"])
    rows["coaching_session"] = _rows(s, CoachingSession, "trajectory_id", t_ids)
    rows["agreement"] = _rows(s, Agreement, "trajectory_id", t_ids)
    rows["goal"] = _rows(s, Goal, "trajectory_id", t_ids)
    rows["goal_rating"] = _rows(s, GoalRating, "goal_id", _ids(rows["goal"]))


class UndoMixin(FacadeBase):
    def snapshot_coachee(self, coachee_id: int) -> Snapshot:
        with self._db() as s:
            coachee = self._get(s, Coachee, coachee_id)
            rows: dict[str, list[dict[str, Any]]] = {
                "coachee": _rows(s, Coachee, "id", [coachee_id]),
                "trajectory": _rows(s, Trajectory, "coachee_id", [coachee_id]),
            }
            _below_trajectories(s, rows)
            rows["profile_result"] = _rows(s, ProfileResult, "coachee_id", [coachee_id])
            rows["profile_score"] = _rows(
                s, ProfileScore, "result_id", _ids(rows["profile_result"])
            )
            return Snapshot("coachee", coachee_id, coachee.name, rows)

    def snapshot_trajectory(self, trajectory_id: int) -> Snapshot:
        with self._db() as s:
            trajectory = self._get(s, Trajectory, trajectory_id)
            rows = {"trajectory": _rows(s, Trajectory, "id", [trajectory_id])}
            _below_trajectories(s, rows)
            return Snapshot("trajectory", trajectory_id, trajectory.title, rows)

    def snapshot_sponsor(self, sponsor_id: int) -> Snapshot:
        with self._db() as s:
            sponsor = self._get(s, Sponsor, sponsor_id)
            rows = {"sponsor": _rows(s, Sponsor, "id", [sponsor_id])}
            linked = _ids(_rows(s, Trajectory, "sponsor_id", [sponsor_id]))
            relinks = [("trajectory", "sponsor_id", sponsor_id, linked)] if linked else []
            return Snapshot("sponsor", sponsor_id, sponsor.organisation, rows, relinks)

    def restore_snapshot(self, snapshot: Snapshot) -> None:
        """Insert every row of ``snapshot`` again, with its own ids, in one transaction.

        Raises ConflictError (nothing written) when a row with one of those ids
        exists again, and NotFoundError-free: references to rows that are gone
        (a sponsor deleted since) are cleared rather than refused.
        """
        with self._db() as s:
            conn = s.connection()
            sponsor_ids = {row[0] for row in conn.execute(select(_table(Sponsor).c.id))}
            for model in _ORDER:
                table = _table(model)
                batch = snapshot.rows.get(table.name, [])
                if table.name == "trajectory":
                    batch = [
                        {
                            **r,
                            "sponsor_id": r["sponsor_id"]
                            if r["sponsor_id"] in sponsor_ids
                            else None,
                        }
                        if r["sponsor_id"] is not None
                        else r
                        for r in batch
                    ]
                if batch:
                    conn.execute(insert(table), batch)
            for table_name, column, value, ids in snapshot.relinks:
                table = next(_table(m) for m in _ORDER if _table(m).name == table_name)
                conn.execute(
                    update(table)
                    .where(table.c.id.in_(ids), table.c[column].is_(None))
                    .values({column: value})
                )
