"""Alembic environment for CoachDesk. Run only through coachdesk.store.migrate.

No fileConfig() here: it would silence the application's loggers.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import coachdesk.core.models  # noqa: F401  (registers the tables)
from coachdesk.store.migrate import include_name

target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("CoachDesk migrations run through coachdesk.store.migrate, not the CLI")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    include_name=include_name,  # the FTS5 search index is not a model
)
with context.begin_transaction():
    context.run_migrations()
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
