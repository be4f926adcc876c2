"""indexes for the home screen at ten years of practice

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 00:00:00

- coaching_session (status, starts_at): today's and this week's sessions and the
  planned ones still to be confirmed, without a scan of 100,000 sessions.
- agreement (done_date, due_date): the open agreements past their due date
  across all coachees.

Plain CREATE INDEX: no table is rebuilt and no trigger is touched.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_session_status_start", "coaching_session", ["status", "starts_at"])
    op.create_index("ix_agreement_open_due", "agreement", ["done_date", "due_date"])


def downgrade() -> None:
    op.drop_index("ix_agreement_open_due", table_name="agreement")
    op.drop_index("ix_session_status_start", table_name="coaching_session")
