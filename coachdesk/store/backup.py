"""Online backups, their rotation, and restore.

A backup is made with SQLite's online backup API from the open store (never a
file copy of a live database), inside one read transaction, so it is one
consistent moment even while the coach keeps writing. It is written under a
temporary name, checked with ``PRAGMA integrity_check`` and compared table by
table (row counts, read in the same transaction as the copy) with the source,
then renamed into place, with a JSON summary beside it. A backup counts as good
only with its summary.

A restore copies the chosen file into a temporary file beside the store, checks
it (a CoachDesk store, undamaged, of a schema this version knows), takes a safety
copy of the current store, folds the current store's WAL into it, and replaces
the database in one rename: at every moment the store is the old one or the new
one, never a mix, and never a database with a WAL from another history.

Every path goes through store/ (connect_file, Store.connect): an encrypted store
(issue 13) changes the driver there and nothing here. The tables to count come
from the caller (core/schema.practice_tables()): store/ does not know them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coachdesk import __version__
from coachdesk.errors import (
    BackupFolderError,
    BackupVerifyError,
    CoachDeskError,
    CorruptDatabaseError,
    DamagedBackupError,
    DiskFullError,
    NewerBackupError,
    NotABackupError,
    RestoreError,
    RestoreWhileOpenError,
    StoreError,
    StoreIsFolderError,
    Term,
)
from coachdesk.store import files, migrate, wal
from coachdesk.store.database import SQLITE_HEADER, Store, connect_file, store_error
from coachdesk.store.lock import InstanceLock, UseLock

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

FORMAT = "coachdesk-backup"
FORMAT_VERSION = 1
PREFIX = "coachdesk-"
SUMMARY_SUFFIX = ".json"
STEP_PAGES = 16384  # pages per backup step (64 MB at 4 kB pages): progress without slowing down
ROTATED_KINDS = ("auto", "manual")
KINDS = (*ROTATED_KINDS, "before-restore")
_NAME = re.compile(r"^coachdesk-(\d{8}-\d{6})(?:-(\d+))?(?:-([a-z-]+))?\.db$")


@dataclass(frozen=True)
class Summary:
    """What the JSON beside a backup says."""

    created_at: datetime  # aware, UTC
    schema: str | None
    tables: dict[str, int]
    newest_change: datetime | None
    kind: str
    size: int
    app_version: str = __version__

    @property
    def coachees(self) -> int:
        return self.tables.get("coachee", 0)

    @property
    def sessions(self) -> int:
        return self.tables.get("coaching_session", 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": self.app_version,
            "created_at": self.created_at.isoformat(),
            "schema": self.schema,
            "kind": self.kind,
            "size": self.size,
            "integrity": "ok",
            "coachees": self.coachees,
            "sessions": self.sessions,
            "newest_change": self.newest_change.isoformat() if self.newest_change else None,
            "tables": self.tables,
        }

    @classmethod
    def from_json(cls, data: Any) -> Summary | None:
        try:
            if data.get("format") != FORMAT or data.get("integrity") != "ok":
                return None
            newest = data.get("newest_change")
            created = datetime.fromisoformat(data["created_at"])
            return cls(
                created_at=created if created.tzinfo else created.replace(tzinfo=UTC),
                schema=data.get("schema"),
                tables={str(k): int(v) for k, v in dict(data.get("tables", {})).items()},
                newest_change=datetime.fromisoformat(newest) if newest else None,
                kind=str(data.get("kind", "auto")),
                size=int(data["size"]),
                app_version=str(data.get("app_version", "")),
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True)
class Backup:
    """One backup file in a folder; ``summary`` is None when it has no (valid) summary."""

    path: Path
    size: int
    summary: Summary | None
    stamp: datetime  # from the name (local time) when there is no summary

    @property
    def good(self) -> bool:
        return self.summary is not None and self.summary.size == self.size

    @property
    def created_at(self) -> datetime:
        """Aware datetime of the backup."""
        return self.summary.created_at if self.summary else self.stamp

    @property
    def kind(self) -> str:
        if self.summary is not None:
            return self.summary.kind
        match = _NAME.match(self.path.name)
        return (match.group(3) if match else None) or "auto"


@dataclass(frozen=True)
class RestoreResult:
    restored: Path  # the file restored from
    schema: str
    tables: dict[str, int]
    safety_copy: Path | None  # the store as it was, made just before
    set_aside: Path | None = None  # the damaged store, moved away instead of copied


@dataclass
class _Snapshot:
    schema: str | None
    tables: dict[str, int] = field(default_factory=dict)
    newest_change: datetime | None = None


# --- names and summaries -------------------------------------------------------------


def summary_path(backup: Path) -> Path:
    return backup.with_name(backup.name[: -len(".db")] + SUMMARY_SUFFIX)


def _name(now: datetime, kind: str, n: int = 0) -> str:
    local = now.astimezone()
    counter = f"-{n}" if n else ""
    tail = "" if kind == "auto" else f"-{kind}"
    return f"{PREFIX}{local:%Y%m%d-%H%M%S}{counter}{tail}.db"


def _target(folder: Path, now: datetime, kind: str) -> Path:
    for n in range(1000):
        candidate = folder / _name(now, kind, n)
        if not candidate.exists():
            return candidate
    raise BackupVerifyError(detail="no free name")  # pragma: no cover


def _read_summary(path: Path) -> Summary | None:
    try:
        with summary_path(path).open(encoding="utf-8") as fh:
            return Summary.from_json(json.load(fh))
    except (OSError, ValueError):
        return None


def _write_summary(backup: Path, summary: Summary) -> Path:
    target = summary_path(backup)
    tmp = files.part_name(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, files.FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(summary.to_json(), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        files.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def list_backups(folder: Path) -> list[Backup]:
    """Every backup in ``folder``, newest first (none for a missing folder)."""
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return found
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except OSError:
            continue
        stamp = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").astimezone()
        found.append(Backup(path=entry, size=size, summary=_read_summary(entry), stamp=stamp))
    found.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
    return found


def newest_good(folder: Path) -> Backup | None:
    return next((b for b in list_backups(folder) if b.good), None)


# --- making a backup -----------------------------------------------------------------


def prepare_folder(folder: Path) -> Path:
    """The backup folder, created owner-only; BackupFolderError (missing, read-only, a
    file) otherwise. Checked before anything is written."""
    folder = Path(folder).expanduser().absolute()
    if folder.exists() and not folder.is_dir():
        raise BackupFolderError(path=str(folder), reason=Term("reason.backup_not_a_folder"))
    try:
        files.private_folder(folder)
    except OSError as exc:
        raise _folder_error(folder, exc) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupFolderError(path=str(folder), reason=Term("reason.backup_readonly"))
    return folder


def _folder_error(folder: Path, exc: BaseException) -> BackupFolderError:
    if files.is_disk_full(exc) or (
        isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", 0) & 0xFF == 13
    ):
        return BackupFolderError(path=str(folder), reason=Term("reason.backup_full"))
    if isinstance(exc, OSError) and exc.errno in files.READ_ONLY:
        return BackupFolderError(path=str(folder), reason=Term("reason.backup_readonly"))
    free = files.free_bytes(folder)
    if free is not None and free < 4 * 1024 * 1024:
        return BackupFolderError(path=str(folder), reason=Term("reason.backup_full"))
    if isinstance(exc, OSError) and not folder.is_dir():
        return BackupFolderError(path=str(folder), reason=Term("reason.backup_missing"))
    return BackupFolderError(path=str(folder), reason=str(exc))


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def _counts(conn: sqlite3.Connection, tables: Iterable[str]) -> dict[str, int]:
    present = {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    return {
        t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if t in present
    }


def _newest_change(conn: sqlite3.Connection, tables: Iterable[str]) -> datetime | None:
    newest: str | None = None
    for table in tables:
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        column = "updated_at" if "updated_at" in columns else "created_at"
        if column not in columns:
            continue
        value = conn.execute(f'SELECT max("{column}") FROM "{table}"').fetchone()[0]
        if isinstance(value, str) and (newest is None or value > newest):
            newest = value
    if newest is None:
        return None
    try:
        moment = datetime.fromisoformat(newest).replace(tzinfo=UTC)
    except ValueError:
        return None
    return min(moment, datetime.now(UTC))  # rows dated ahead (demo data) changed no later than now


def _integrity(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("PRAGMA integrity_check(10)")]


def _copy(src: sqlite3.Connection, dst: sqlite3.Connection, progress: Progress | None) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    src.backup(dst, pages=STEP_PAGES, progress=step)


def _snapshot_copy(
    src: sqlite3.Connection, part: Path, tables: Sequence[str], progress: Progress | None
) -> _Snapshot:
    """Copy ``src`` into ``part`` and read its counts, in one read transaction."""
    src.execute("BEGIN")
    try:
        snapshot = _Snapshot(schema=_revision(src))  # the first read fixes the moment
        snapshot.tables = _counts(src, tables)
        dst = connect_file(part)
        try:
            _copy(src, dst, progress)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
    finally:
        src.execute("ROLLBACK")
    return snapshot


def _verify(part: Path, tables: Sequence[str], expected: dict[str, int]) -> datetime | None:
    """integrity_check and the row counts of the copy; its newest change (for the summary)."""
    conn = connect_file(part, readonly=True)
    try:
        found = _integrity(conn)
        if found != ["ok"]:
            raise BackupVerifyError(detail="; ".join(found))
        counts = _counts(conn, tables)
        newest = _newest_change(conn, tables) if counts == expected else None
    finally:
        conn.close()
    if counts != expected:
        differ = ", ".join(t for t in expected if counts.get(t) != expected[t])
        raise BackupVerifyError(detail=differ)
    return newest


def create_backup(
    store: Store,
    folder: Path,
    tables: Sequence[str],
    *,
    kind: str = "auto",
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Backup:
    """A verified backup of the open ``store`` in ``folder``; returns it.

    Raises BackupFolderError (missing, read-only, full folder), BackupVerifyError
    (the copy did not match; it is not kept) or a StoreError (the source could not
    be read). Nothing is left behind on failure.
    """
    if kind not in KINDS:
        raise ValueError(kind)
    folder = prepare_folder(folder)
    when = (now or datetime.now(UTC)).astimezone(UTC)
    target = _target(folder, when, kind)
    part = files.part_name(target)
    try:
        files.create_private(part)
        with store.connect() as src:
            snapshot = _snapshot_copy(src, part, tables, progress)
        snapshot.newest_change = _verify(part, tables, snapshot.tables)
        files.replace(part, target)
        summary = Summary(
            created_at=when,
            schema=snapshot.schema,
            tables=snapshot.tables,
            newest_change=snapshot.newest_change,
            kind=kind,
            size=target.stat().st_size,
        )
        _write_summary(target, summary)
    except CoachDeskError:
        files.remove_with_sides(part)
        raise
    except (OSError, sqlite3.Error) as exc:
        files.remove_with_sides(part)
        remove_backup(target)
        if _source_error(exc, store.path):
            raise store_error(exc, store.path) from exc
        raise _folder_error(folder, exc) from exc
    log.info("backup made (%s, %d bytes)", kind, summary.size)
    return Backup(
        path=target,
        size=summary.size,
        summary=summary,
        stamp=when.astimezone().replace(microsecond=0),
    )


def _source_error(exc: BaseException, source: Path) -> bool:
    """Did reading the source fail (damage), rather than writing the copy?"""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (11, 26)


def remove_backup(path: Path) -> None:
    for candidate in (path, summary_path(path)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


# --- restore -------------------------------------------------------------------------


def inspect_backup(path: Path, tables: Sequence[str]) -> _Snapshot:
    """Read-only check of a file offered for restore: a CoachDesk store, undamaged
    (full integrity_check), of a schema this version knows. Raises NotABackupError,
    DamagedBackupError or NewerBackupError; writes nothing."""
    path = Path(path)
    where = str(path)
    try:
        if path.is_dir() or not path.is_file():
            raise NotABackupError(path=where)
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NotABackupError(path=where) from exc
    if header != SQLITE_HEADER:
        raise NotABackupError(path=where)
    try:
        conn = connect_file(path, immutable=not wal.wal_path(path).exists(), readonly=True)
        try:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in names or "coachee" not in names:
                raise NotABackupError(path=where)
            revision = _revision(conn)
            if revision is None:
                raise NotABackupError(path=where)
            if revision not in migrate.known_revisions():
                raise NewerBackupError(path=where, revision=revision)
            found = _integrity(conn)
            if found != ["ok"]:
                raise DamagedBackupError(path=where, detail="; ".join(found))
            if conn.execute("PRAGMA foreign_key_check").fetchmany(1):
                raise DamagedBackupError(path=where, detail="foreign_key_check")
            return _Snapshot(schema=revision, tables=_counts(conn, tables))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedBackupError(path=where, detail=str(exc)) from exc


def _stage(candidate: Path, staging: Path, progress: Progress | None) -> None:
    files.create_private(staging)
    src = connect_file(candidate, immutable=not wal.wal_path(candidate).exists(), readonly=True)
    try:
        dst = connect_file(staging)
        try:
            _copy(src, dst, progress)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def fold_wal(db_path: Path) -> None:
    """Write the store's own WAL into the database and leave it without one (DELETE
    journal mode): afterwards the file alone is the whole store. Only while nobody
    else has it open."""
    conn = connect_file(db_path)
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise RestoreError(detail="checkpoint busy")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    info = wal.read_wal(db_path)
    if info is not None and info.frames:
        raise RestoreError(detail="journal not empty")
    for side in (wal.wal_path(db_path), wal.shm_path(db_path)):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def set_aside_damaged(db_path: Path, now: datetime | None = None) -> Path:
    """Move a damaged store away, with its -wal and -shm (kept together), under a dated
    name beside it; it is never written to or deleted. Returns the new database name."""
    stamp = (now or datetime.now()).astimezone().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-damaged-{stamp}{db_path.suffix}")
    n = 1
    while target.exists():
        target = db_path.with_name(f"{db_path.stem}-damaged-{stamp}-{n}{db_path.suffix}")
        n += 1
    for suffix in ("-wal", "-shm"):  # the side files first: the database last
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    os.replace(db_path, target)
    files.fsync_dir(db_path.parent)
    log.warning("a damaged store was set aside")
    return target


def restore_backup(
    candidate: Path,
    db_path: Path,
    tables: Sequence[str],
    *,
    safety_folder: Path,
    progress: Progress | None = None,
    now: datetime | None = None,
    safety: Callable[[], Path | None] | None = None,
) -> RestoreResult:
    """Replace the (closed) store at ``db_path`` with ``candidate``, atomically.

    ``safety`` makes the safety copy of the current store (default: a backup API copy
    into ``safety_folder``); a current store that cannot be read is set aside instead.
    Refusals (not a backup, damaged, newer, someone has the store open) change nothing.
    """
    candidate = Path(candidate).absolute()
    if candidate == db_path.absolute():
        raise NotABackupError(path=str(candidate))
    snapshot = inspect_backup(candidate, tables)
    holder = InstanceLock(db_path.parent).is_held_elsewhere()
    use = UseLock(db_path)
    if (holder is not None and holder != os.getpid()) or not _alone(use):
        use.release()
        raise RestoreWhileOpenError(pid=holder or "?")
    staging = files.part_name(db_path.with_name(db_path.name + ".restore"))
    try:
        try:
            _stage(candidate, staging, progress)
        except (OSError, sqlite3.Error) as exc:
            raise _restore_error(exc, db_path) from exc
        _verify(staging, tables, snapshot.tables)
        safety_copy = set_aside = None
        if db_path.exists():
            try:
                safety_copy = (
                    safety() if safety else _safety_copy(db_path, safety_folder, tables, now)
                )
                fold_wal(db_path)
            except CorruptDatabaseError:
                set_aside = set_aside_damaged(db_path, now)
        for side in (wal.wal_path(db_path), wal.shm_path(db_path)):
            if side.exists():  # only an empty one can be left here
                side.unlink()
        files.replace(staging, db_path)
    except BaseException:
        files.remove_with_sides(staging)
        raise
    finally:
        use.release()
    log.info("store restored from a backup")
    return RestoreResult(
        restored=candidate,
        schema=snapshot.schema or "",
        tables=snapshot.tables,
        safety_copy=safety_copy,
        set_aside=set_aside,
    )


def _alone(use: UseLock) -> bool:
    if os.name != "posix":  # pragma: no cover - Windows: the instance lock decides
        return True
    return use.try_exclusive()


def _restore_error(exc: BaseException, db_path: Path) -> CoachDeskError:
    error = store_error(exc, db_path)
    if isinstance(error, DiskFullError | StoreIsFolderError):
        return error
    return RestoreError(detail=error.message("en") if isinstance(error, StoreError) else str(exc))


def _safety_copy(db_path: Path, folder: Path, tables: Sequence[str], now: datetime | None) -> Path:
    """A verified copy of the store as it is, before a restore replaces it."""
    try:
        inspected = connect_file(db_path, readonly=True)
        try:
            quick = [row[0] for row in inspected.execute("PRAGMA quick_check(5)")]
        finally:
            inspected.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path=str(db_path), detail=str(exc)) from exc
    if quick != ["ok"]:
        raise CorruptDatabaseError(path=str(db_path), detail="; ".join(quick))
    store = _FileStore(db_path)
    return create_backup(store, folder, tables, kind="before-restore", now=now).path  # type: ignore[arg-type]


class _FileStore:
    """The bits of Store that create_backup uses, for a store that is not open."""

    def __init__(self, path: Path):
        self.path = path

    @contextlib.contextmanager
    def connect(self) -> Any:
        conn = connect_file(self.path)
        try:
            yield conn
        finally:
            conn.close()
