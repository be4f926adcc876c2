"""a stable uid on every practice row

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 21:30:00

Every practice table gets ``uid`` (32 hex digits, unique, not null), filled for
existing rows by the column's default. Exports, imports, calendar UIDs and any
future sync use it; integer ids stay internal to one store.

SQLite cannot add a NOT NULL column with a non-constant default, so each table
is rebuilt (batch mode). A rebuild drops the table's triggers (the search
index's, migration 0002): they are read from sqlite_master first and created
again afterwards, unchanged. migrate.py runs this with foreign keys off and
checks them before commit.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = (
    "coachee",
    "sponsor",
    "trajectory",
    "coaching_session",
    "agreement",
    "goal",
    "goal_rating",
    "profile_result",
    "profile_score",
)
UID_SQL = "(lower(hex(randomblob(16))))"


def upgrade() -> None:
    conn = op.get_bind()
    for table in TABLES:
        triggers = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
                " ORDER BY name",
                (table,),
            )
        ]
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(
                sa.Column("uid", sa.String(), nullable=False, server_default=sa.text(UID_SQL))
            )
            batch.create_index(f"ix_{table}_uid", ["uid"], unique=True)
        for sql in triggers:
            conn.exec_driver_sql(sql)


def downgrade() -> None:
    raise NotImplementedError("CoachDesk never migrates a store down; restore a backup instead")
