"""Online backups: making them, their summaries, and the list of them in a folder.

A backup is made with SQLite's online backup API from the open store (never a
file copy of a live database), inside one read transaction, so it is one
consistent moment even while the coach keeps writing. It is written under a
temporary name, checked with ``PRAGMA integrity_check`` and compared table by
table (row counts, read in the same transaction as the copy) with the source,
then renamed into place, with a JSON summary beside it. A backup counts as good
only with its summary.

Restoring one is store/restore.py; rotation is store/rotation.py; the reading
helpers both use are store/snapshot.py.

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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coachdesk import __version__
from coachdesk.errors import (
    BackupFolderError,
    BackupVerifyError,
    CoachDeskError,
    Term,
)
from coachdesk.store import cipher, files
from coachdesk.store.database import Store
from coachdesk.store.snapshot import (
    Progress,
    Snapshot,
    copy_pages,
    read_revision,
    row_counts,
    verify_copy,
)
from coachdesk.store.store_file import connect_file, store_error

log = logging.getLogger(__name__)

FORMAT = "coachdesk-backup"
FORMAT_VERSION = 1
PREFIX = "coachdesk-"
SUMMARY_SUFFIX = ".json"
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


def check_folder(folder: Path) -> Path:
    """A folder chosen for the backups (Settings), checked without creating or writing
    anything: it must be a whole path to an existing, writable folder. BackupFolderError
    (``error.backup_folder_choice``) with the reason otherwise."""
    raw = Path(folder).expanduser()
    where = str(raw)
    if not raw.is_absolute():
        reason = "reason.backup_not_absolute"
    elif not raw.exists():
        reason = "reason.backup_not_found"
    elif not raw.is_dir():
        reason = "reason.backup_not_a_folder"
    elif not os.access(raw, os.W_OK | os.X_OK):
        reason = "reason.backup_readonly"
    else:
        return raw.absolute()
    raise BackupFolderError("error.backup_folder_choice", path=where, reason=Term(reason))


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


def _snapshot_copy(
    src: sqlite3.Connection,
    part: Path,
    tables: Sequence[str],
    progress: Progress | None,
    key: bytes | None,
) -> Snapshot:
    """Copy ``src`` into ``part`` (written under ``key``, the source's) and read its
    counts, in one read transaction."""
    src.execute("BEGIN")
    try:
        snapshot = Snapshot(schema=read_revision(src))  # the first read fixes the moment
        snapshot.tables = row_counts(src, tables)
        dst = connect_file(part, key=key)
        try:
            copy_pages(src, dst, progress)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
    finally:
        src.execute("ROLLBACK")
    return snapshot


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
        key = store.key  # encrypted exactly as the store, in whatever folder
        with store.connect() as src:
            snapshot = _snapshot_copy(src, part, tables, progress, key)
        snapshot.newest_change = verify_copy(part, tables, snapshot.tables, key)
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
        if key is not None:
            # beside it, the backup restores with the passphrase when the data folder is lost
            cipher.copy_keyfile_beside(store.path.parent, [folder])
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
