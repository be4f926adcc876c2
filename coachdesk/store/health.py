"""The store's health check (``coachdesk check``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from coachdesk.store import migrate, sqlite_file
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


# --- the read-only check (``coachdesk check``) ---------------------------------------


@dataclass
class FileReport:
    """What a read-only look at the store found, and what the next open would do."""

    path: str
    schema: str | None
    head: str
    integrity: list[str] = field(default_factory=list)
    foreign_key_problems: int = 0
    journal_mode: str = ""
    rows: dict[str, int] = field(default_factory=dict)
    index_problems: list[str] = field(default_factory=list)
    totals_problems: list[str] = field(default_factory=list)  # the home screen's totals
    # What opening the store would do: (message key, params), e.g. a migration.
    would: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    in_use: bool = False
    damage: str | None = None  # SQLite's own words when reading met damage

    @property
    def newer(self) -> bool:
        return self.schema is not None and self.schema not in migrate.known_revisions()

    @property
    def healthy(self) -> bool:
        return (
            self.damage is None
            and self.integrity == ["ok"]
            and self.foreign_key_problems == 0
            and not self.index_problems
            and not self.totals_problems
            and not self.newer
        )


IndexCheck = Callable[[sqlite3.Connection], list[str]]


def check_file(
    db_path: Path,
    tables: Iterable[str],
    verify_index: IndexCheck | None = None,
    verify_totals: IndexCheck | None = None,
) -> FileReport:
    """Check the store at ``db_path`` without writing to it: no migration, no WAL merged
    (a left-over WAL is judged on a private copy), nothing created but the lock file.
    Raises the store's refusals (not a database, a folder, ...) as StoreError."""
    from coachdesk.store import wal
    from coachdesk.store.lock import UseLock
    from coachdesk.store.store_file import connect_file, inspect_file

    report = FileReport(path=str(db_path), schema=None, head=migrate.head_revision())
    use = UseLock(db_path)
    try:
        alone = use.try_exclusive()
        report.in_use = not alone
        immutable = alone
        if alone:
            info = wal.read_wal(db_path)
            if info is not None and (info.frames or not info.valid_header):
                verdict = wal.belongs(db_path)
                if verdict is False:
                    report.would.append(("check.would_set_aside_wal", {}))
                else:
                    report.would.append(("check.would_merge_wal", {"frames": info.frames}))
                    immutable = False  # read it with its WAL (mode=ro never merges)
        report.schema = inspect_file(db_path, immutable=immutable)
        if report.schema is not None and migrate.pending(report.schema) and not report.newer:
            report.would.append(
                ("check.would_migrate", {"current": report.schema, "head": report.head})
            )
        conn = connect_file(db_path, readonly=True, immutable=immutable)
        try:
            try:
                report.integrity = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
                report.foreign_key_problems = len(
                    conn.execute("PRAGMA foreign_key_check").fetchall()
                )
                report.journal_mode = _journal_mode(db_path)
                present = {
                    r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
                report.rows = {
                    t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                    for t in tables
                    if t in present
                }
                if report.integrity == ["ok"] and not report.newer:  # derived data, compared
                    if verify_index is not None:
                        report.index_problems = verify_index(conn)
                    if verify_totals is not None:
                        report.totals_problems = verify_totals(conn)
            except sqlite_file.DatabaseError as exc:
                report.damage = str(exc)
        finally:
            conn.close()
    finally:
        use.release()
    return report


def _journal_mode(db_path: Path) -> str:
    """From the file header (bytes 18-19: 2 means WAL): an immutable read says "delete"."""
    try:
        with db_path.open("rb") as fh:
            header = fh.read(20)
    except OSError:
        return "?"
    return "wal" if len(header) == 20 and header[18] == 2 else "delete"
