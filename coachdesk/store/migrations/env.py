"""Alembic environment for CoachDesk. Run only through coachdesk.store.migrate.

No fileConfig() here: it would silence the application's loggers.
"""

from __future__ import annotations

from alembic import context

from coachdesk.store.migrate import include_name

# Only autogenerate compares against the models; it passes their metadata in
# (store/ never imports core/: core builds on store, not the other way round).
target_metadata = context.config.attributes.get("target_metadata")
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
