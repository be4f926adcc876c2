"""session lifecycle, closing a trajectory, agreements not done, demo rows

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:00:00

- coaching_session: status (planned / held / cancelled / no_show), who cancelled
  and when, and whether a no-show is charged. Existing sessions in the past are
  held, those ahead planned.
- trajectory: ended_on, outcome (completed / ended_early / cancelled) with a
  reason, and the coachee's and the sponsor's evaluation beside the coach's.
  Trajectories already completed or cancelled get that outcome, ended on their
  last held session (or their planned end).
- agreement: dropped (closed without being done, "niet afgerond").
- coachee, sponsor: demo (made by the demo generator).

Tables are rebuilt in batch mode for the CHECK constraints; their triggers (the
search index's) are read first and created again afterwards, unchanged.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=False, server_default="")


def _flag(name: str, default: bool) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False, server_default="1" if default else "0")


CHANGES: dict[str, tuple[list[sa.Column], list[tuple[str, str]]]] = {
    "coachee": ([_flag("demo", False)], []),
    "sponsor": ([_flag("demo", False)], []),
    "trajectory": (
        [
            sa.Column("ended_on", sa.Date(), nullable=True),
            _text("outcome"),
            _text("outcome_reason"),
            _text("coachee_evaluation"),
            _text("sponsor_evaluation"),
        ],
        [("ck_trajectory_outcome", "outcome IN ('', 'completed', 'ended_early', 'cancelled')")],
    ),
    "coaching_session": (
        [
            sa.Column("status", sa.String(), nullable=False, server_default="held"),
            _text("cancelled_by"),
            sa.Column("cancelled_on", sa.Date(), nullable=True),
            _flag("charged", True),
        ],
        [
            ("ck_session_status", "status IN ('planned', 'held', 'cancelled', 'no_show')"),
            ("ck_session_cancelled_by", "cancelled_by IN ('', 'coach', 'coachee')"),
        ],
    ),
    "agreement": ([_flag("dropped", False)], []),
}


def upgrade() -> None:
    conn = op.get_bind()
    for table, (columns, checks) in CHANGES.items():
        triggers = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
                " ORDER BY name",
                (table,),
            )
        ]
        with op.batch_alter_table(table, recreate="always") as batch:
            for column in columns:
                batch.add_column(column)
            for name, condition in checks:
                batch.create_check_constraint(name, condition)
        for sql in triggers:
            conn.exec_driver_sql(sql)

    now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.exec_driver_sql(
        "UPDATE coaching_session SET status = CASE WHEN starts_at > ? THEN 'planned' ELSE 'held' END",
        (now,),
    )
    conn.exec_driver_sql(
        """
        UPDATE trajectory SET
          outcome = status,
          ended_on = coalesce(
            (SELECT date(max(s.starts_at)) FROM coaching_session s
              WHERE s.trajectory_id = trajectory.id AND s.status = 'held'),
            planned_end)
        WHERE status IN ('completed', 'cancelled')
        """
    )


def downgrade() -> None:
    raise NotImplementedError("CoachDesk never migrates a store down; restore a backup instead")
