"""The store's health check (``coachdesk check``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from coachdesk.store import migrate
from coachdesk.store.database import Store


@dataclass
class HealthReport:
    path: str
    schema: str | None
    head: str
    integrity: list[str]
    foreign_key_problems: int
    journal_mode: str
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return (
            self.integrity == ["ok"] and self.foreign_key_problems == 0 and self.schema == self.head
        )


def check(store: Store, tables: Iterable[str]) -> HealthReport:
    """Integrity, foreign keys, journal mode, schema revision, and rows per table."""
    with store.connect() as conn:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
        fk_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        rows = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    return HealthReport(
        path=str(store.path),
        schema=row[0] if row else None,
        head=migrate.head_revision(),
        integrity=integrity,
        foreign_key_problems=fk_problems,
        journal_mode=journal,
        rows=rows,
    )
