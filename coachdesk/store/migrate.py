"""Alembic migrations, run in code when the store opens.

The traps we avoid: migrations run on their own engine (NullPool) with
``PRAGMA foreign_keys=OFF`` set before the transaction, so a batch rebuild of a
parent table cannot cascade-delete its children; ``PRAGMA foreign_key_check``
runs before commit; and a safety copy is taken first with the backup API.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.errors import MigrationError, NewerSchemaError
from coachdesk.store import sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Alembic (with Mako, Pygments, every dialect) costs ~0.2 s to import; opening an
# up-to-date store only needs the revision graph, read from the version files.
_REVISION = re.compile(r"^revision(?:\s*:\s*\w+)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(.+)$", re.M)


SEARCH_TABLE = "search_index"


# The home screen's running totals: kept by triggers, never written through the models
# (migration 0008, core/overview_totals.py).
TOTALS_TABLE = "session_month"
TOTALS_COLUMNS = {
    "trajectory": frozenset({"counted_sessions", "counted_minutes", "last_planned_at"}),
    "agreement": frozenset({"live"}),
}
TOTALS_INDEXES = frozenset({"ix_agreement_live_due", "ix_trajectory_home"})


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave what the models do not describe out of autogenerate comparisons: the
    FTS5 search index (a virtual table and its shadow tables, migration 0002) and
    the home screen's trigger-kept totals (migration 0008)."""
    if name is None:
        return True
    if type_ == "table":
        return not (name.startswith(SEARCH_TABLE) or name == TOTALS_TABLE)
    if type_ == "index":
        return name not in TOTALS_INDEXES
    if type_ == "column" and isinstance(parent_names, dict):
        return name not in TOTALS_COLUMNS.get(str(parent_names.get("table_name")), ())
    return True


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@cache
def revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> its down revisions, read from the shipped version files (no Alembic)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            continue
        graph[revision.group(1)] = tuple(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return graph


def head_revision() -> str:
    graph = revision_graph()
    parents = {p for downs in graph.values() for p in downs}
    heads = [rev for rev in graph if rev not in parents]
    assert len(heads) == 1, f"expected one migration head, found {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return set(revision_graph())


def refuse_newer(db_path: Path, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(path=str(db_path), revision=revision)


def pending(revision: str | None) -> bool:
    return revision != head_revision()


def upgrade(
    db_path: Path,
    revision: str | None,
    backups: Path,
    target: str = "head",
    *,
    key: bytes | None = sqlite_file.AUTO,
) -> Path | None:
    """Bring the database at ``db_path`` to ``target``; return the safety copy.
    ``key``: for a new file, the key it is created under (None: plain)."""
    from coachdesk.store.database import copy_database, make_engine

    safety_copy = None
    if revision is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        try:
            safety_copy = copy_database(
                db_path, backups / f"coachdesk-before-migration-{revision}-{stamp}.db"
            )
        except sqlite_file.FileError as exc:  # no copy, no migration: nothing changed
            raise MigrationError(detail=str(exc), backup="-") from exc
    from alembic import command

    engine = make_engine(db_path, foreign_keys=False, pooled=False, key=key)
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
