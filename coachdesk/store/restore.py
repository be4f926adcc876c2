"""Restore: replace the store with a backup, atomically, after a safety copy.

A restore copies the chosen file into a temporary file beside the store, checks
it (a CoachDesk store, undamaged, of a schema this version knows), takes a safety
copy of the current store, folds the current store's WAL into it, and replaces
the database in one rename: at every moment the store is the old one or the new
one, never a mix, and never a database with a WAL from another history. A store
that cannot be read is set aside under a dated name instead of being copied.

Every path goes through store/ (connect_file): an encrypted store (issue 13)
changes the driver there. Only the keys are decided here (``_keys``): the restored
store keeps the store's encryption (a backup under another one is rewritten with
sqlcipher_export), and an encrypted backup restored where there is no key file brings
its own key file (from beside it) along.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from coachdesk.errors import (
    BackupKeyNeededError,
    CoachDeskError,
    CorruptDatabaseError,
    DamagedBackupError,
    DiskFullError,
    NewerBackupError,
    NotABackupError,
    PassphraseNeededError,
    RestoreError,
    RestoreWhileOpenError,
    StoreError,
    StoreIsFolderError,
)
from coachdesk.store import cipher, files, migrate, sqlite_file, wal
from coachdesk.store.backup import create_backup
from coachdesk.store.lock import InstanceLock, UseLock
from coachdesk.store.snapshot import (
    Progress,
    Snapshot,
    copy_pages,
    integrity_problems,
    read_revision,
    row_counts,
    verify_copy,
)
from coachdesk.store.store_file import SQLITE_HEADER, connect_file, encrypted_readable, store_error

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    restored: Path  # the file restored from
    schema: str
    tables: dict[str, int]
    safety_copy: Path | None  # the store as it was, made just before
    set_aside: Path | None = None  # the damaged store, moved away instead of copied


def inspect_backup(path: Path, tables: Sequence[str]) -> Snapshot:
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
    if header != SQLITE_HEADER and not encrypted_readable(path):
        if cipher.is_encrypted(path.parent):  # a key file beside it: ask for its passphrase
            raise BackupKeyNeededError()
        raise NotABackupError(path=where)
    return _inspect(path, tables)


def needs_key(path: Path) -> bool:
    """Is ``path`` an encrypted backup, with its key file beside it, that this process
    cannot read yet (ask the passphrase or recovery key: encrypt.unlock_backup)? Cheap:
    the header and the key file only."""
    path = Path(path)
    return (
        cipher.has_plain_header(path) is False
        and not encrypted_readable(path)
        and cipher.is_encrypted(path.parent)
    )


def _inspect(path: Path, tables: Sequence[str]) -> Snapshot:
    where = str(path)
    try:
        conn = connect_file(path, immutable=not wal.wal_path(path).exists(), readonly=True)
        try:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in names or "coachee" not in names:
                raise NotABackupError(path=where)
            revision = read_revision(conn)
            if revision is None:
                raise NotABackupError(path=where)
            if revision not in migrate.known_revisions():
                raise NewerBackupError(path=where, revision=revision)
            found = integrity_problems(conn)
            if found != ["ok"]:
                raise DamagedBackupError(path=where, detail="; ".join(found))
            if conn.execute("PRAGMA foreign_key_check").fetchmany(1):
                raise DamagedBackupError(path=where, detail="foreign_key_check")
            return Snapshot(schema=revision, tables=row_counts(conn, tables))
        finally:
            conn.close()
    except sqlite_file.DatabaseError as exc:
        raise DamagedBackupError(path=where, detail=str(exc)) from exc


@dataclass(frozen=True)
class _Keys:
    """The encryption of a restore: the backup's key, the restored store's, and the
    folder whose key file comes along (an encrypted backup into an unencrypted place)."""

    source: bytes | None
    target: bytes | None
    keyfile_from: Path | None = None


def _keys(candidate: Path, db_path: Path) -> _Keys:
    """An encrypted store stays encrypted under its key (a plain backup or one under an
    earlier key is converted); into a store without a key file, an encrypted backup
    comes with the key file beside it (still encrypted) or, without one, is made plain."""
    source = cipher.key_for_file(candidate)
    data = db_path.parent
    if cipher.is_encrypted(data):
        target = cipher.registered(data)
        if target is None:
            raise PassphraseNeededError()
        return _Keys(source, target)
    if source is not None and cipher.key_fits(candidate.parent, source):
        return _Keys(source, source, keyfile_from=candidate.parent)
    return _Keys(source, None)


def _stage(candidate: Path, staging: Path, progress: Progress | None, keys: _Keys) -> None:
    files.create_private(staging)
    immutable = not wal.wal_path(candidate).exists()
    if keys.source != keys.target:  # another encryption: rewritten with sqlcipher_export
        src = sqlite_file.connect(
            candidate, immutable=immutable, readonly=True, key=keys.source, cipher_driver=True
        )
        try:
            cipher.export_into(src, staging, keys.target)
        finally:
            src.close()
        return
    src = connect_file(candidate, immutable=immutable, readonly=True, key=keys.source)
    try:
        dst = connect_file(staging, key=keys.target)
        try:
            copy_pages(src, dst, progress)
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


def replace_damaged(db_path: Path, replacement: Path, now: datetime | None = None) -> Path:
    """Put ``replacement`` in the place of the damaged store at ``db_path`` in one rename,
    after keeping the damaged store (with its -wal and -shm) under a dated name beside it
    (a hard link, or a copy where the file system has none); it is never written to or
    deleted. A crash at any moment leaves the damaged store or the replacement at
    ``db_path``, never no database (the damaged one's -wal and -shm go just before the
    rename; their kept copies stay). Returns the damaged store's new name."""
    stamp = (now or datetime.now()).astimezone().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-damaged-{stamp}{db_path.suffix}")
    n = 1
    while target.exists():
        target = db_path.with_name(f"{db_path.stem}-damaged-{stamp}-{n}{db_path.suffix}")
        n += 1
    sides = [
        (side, target.with_name(target.name + suffix))
        for suffix in ("-wal", "-shm")
        if (side := db_path.with_name(db_path.name + suffix)).exists()
    ]
    for source, kept in (*sides, (db_path, target)):  # the side files first: the database last
        _keep(source, kept)
    files.fsync_dir(db_path.parent)
    for side, _kept in sides:  # kept above; never beside the replacement (another history)
        with contextlib.suppress(FileNotFoundError):
            side.unlink()
    files.replace(replacement, db_path)  # the one step: damaged before, replacement after
    log.warning("a damaged store was set aside")
    return target


def _keep(source: Path, target: Path) -> None:
    """``target`` as a second name of ``source`` (a hard link), else a durable copy."""
    try:
        os.link(source, target)
        return
    except OSError:
        pass
    part = files.part_name(target)
    try:
        files.create_private(part)
        shutil.copyfile(source, part)
        files.replace(part, target)
    except BaseException:
        files.remove_with_sides(part)
        raise


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
    use = claim_alone(db_path)
    staging = files.part_name(db_path.with_name(db_path.name + ".restore"))
    try:
        keys = _keys(candidate, db_path)
        try:
            _stage(candidate, staging, progress, keys)
        except sqlite_file.FileError as exc:
            raise _restore_error(exc, db_path) from exc
        verify_copy(staging, tables, snapshot.tables, keys.target)
        safety_copy = set_aside = None
        damaged = False
        if db_path.exists():
            try:
                safety_copy = (
                    safety() if safety else _safety_copy(db_path, safety_folder, tables, now)
                )
                fold_wal(db_path)
            except CorruptDatabaseError:
                damaged = True
        if keys.keyfile_from is not None and keys.target is not None:
            # the key file first: a kill before the swap leaves the old store, which the
            # next unlock encrypts under this key (encrypt.finish); nothing is lost
            cipher.copy_keyfile(keys.keyfile_from, db_path.parent)
            cipher.register(db_path.parent, keys.target)
        if damaged:
            set_aside = replace_damaged(db_path, staging, now)
        else:
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


def claim_alone(db_path: Path) -> UseLock:
    """The store's use lock held exclusive, to replace the database; RestoreWhileOpenError
    when a window has the folder or anyone has the store open. Release it when done."""
    holder = InstanceLock(db_path.parent).is_held_elsewhere()
    use = UseLock(db_path)
    if (holder is not None and holder != os.getpid()) or not _alone(use):
        use.release()
        raise RestoreWhileOpenError(pid=holder or "?")
    return use


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
    except sqlite_file.DatabaseError as exc:
        raise CorruptDatabaseError(path=str(db_path), detail=str(exc)) from exc
    if quick != ["ok"]:
        raise CorruptDatabaseError(path=str(db_path), detail="; ".join(quick))
    store = _FileStore(db_path)
    return create_backup(store, folder, tables, kind="before-restore", now=now).path  # type: ignore[arg-type]


class _FileStore:
    """The bits of Store that create_backup uses, for a store that is not open."""

    def __init__(self, path: Path):
        self.path = path
        self.key = cipher.key_for_file(path)

    @contextlib.contextmanager
    def connect(self) -> Any:
        conn = connect_file(self.path)
        try:
            yield conn
        finally:
            conn.close()
