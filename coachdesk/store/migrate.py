"""Alembic migrations, run in code when the store opens.

The traps we avoid: migrations run on their own engine (NullPool) with
``PRAGMA foreign_keys=OFF`` set before the transaction, so a batch rebuild of a
parent table cannot cascade-delete its children; ``PRAGMA foreign_key_check``
runs before commit; and a safety copy is taken first with the backup API.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from coachdesk.core.errors import MigrationError, NewerSchemaError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


SEARCH_TABLE = "search_index"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the FTS5 search index (a virtual table and its shadow tables) out of
    autogenerate comparisons: models do not describe it, migration 0002 does."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def refuse_newer(db_path: Path, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(path=str(db_path), revision=revision)


def pending(revision: str | None) -> bool:
    return revision != head_revision()


def upgrade(
    db_path: Path, revision: str | None, backups: Path, target: str = "head"
) -> Path | None:
    """Bring the database at ``db_path`` to ``target``; return the safety copy."""
    from coachdesk.store.database import copy_database, make_engine

    safety_copy = None
    if revision is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        safety_copy = copy_database(
            db_path, backups / f"coachdesk-before-migration-{revision}-{stamp}.db"
        )
    engine = make_engine(db_path, foreign_keys=False, pooled=False)
    try:
        with engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
    except Exception as exc:
        raise MigrationError(detail=str(exc), backup=str(safety_copy or "-")) from exc
    finally:
        engine.dispose()
    return safety_copy
