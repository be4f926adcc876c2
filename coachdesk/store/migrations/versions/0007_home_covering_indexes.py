"""covering indexes for the home screen's counts at 10,000 coachees

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 03:10:00

- agreement (done_date, due_date) widened with trajectory_id: the overdue
  agreements of open trajectories are counted from the index alone, without a
  table lookup per open agreement (16,000 of them at 10,000 coachees).
- coaching_session (trajectory_id, starts_at) widened with status,
  duration_minutes and charged: the contract use of every open trajectory
  (sessions and hours counted against it) and "no next session planned" are
  read from the index alone.
- trajectory (status, planned_end): the open trajectories past their planned
  end without a scan of every coachee.

Plain DROP/CREATE INDEX: no table is rebuilt and no trigger is touched.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

AGREEMENT_OPEN_DUE = ["done_date", "due_date", "trajectory_id"]
SESSION_TRAJECTORY = ["trajectory_id", "starts_at", "status", "duration_minutes", "charged"]


def upgrade() -> None:
    op.drop_index("ix_agreement_open_due", table_name="agreement")
    op.create_index("ix_agreement_open_due", "agreement", AGREEMENT_OPEN_DUE)
    op.drop_index("ix_session_trajectory_start", table_name="coaching_session")
    op.create_index("ix_session_trajectory_use", "coaching_session", SESSION_TRAJECTORY)
    op.create_index("ix_trajectory_status_end", "trajectory", ["status", "planned_end"])


def downgrade() -> None:
    op.drop_index("ix_trajectory_status_end", table_name="trajectory")
    op.drop_index("ix_session_trajectory_use", table_name="coaching_session")
    op.create_index(
        "ix_session_trajectory_start", "coaching_session", ["trajectory_id", "starts_at"]
    )
    op.drop_index("ix_agreement_open_due", table_name="agreement")
    op.create_index("ix_agreement_open_due", "agreement", ["done_date", "due_date"])
