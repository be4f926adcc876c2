"""Turning encryption on and off, changing the passphrase, unlocking (issue 13).

Every database file is converted on its own and swapped in atomically: the
contents are exported with ``sqlcipher_export`` into ``name.convert.<pid>.part``
under the new key, that copy is checked (integrity check, the same row count in
every table), fsync'ed and renamed over the original. A failure or a kill at any
moment leaves either the old file or the new one, never half of each; the
``.part`` of a dead process is removed at the next start (files.clean_leftovers).

The key file is the commit point: encryption writes it after the database's
encrypted copy is ready and before that copy is swapped in; decryption removes
it only after every file is plain again. While a key file exists the store is
encrypted: a plain file left by a kill in between (the database or a backup) is
encrypted at the next unlock (``finish``), so a kill never leaves plaintext for
good and never loses a row.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coachdesk import paths
from coachdesk.errors import (
    AlreadyEncryptedError,
    AlreadyOpenError,
    EncryptionError,
    NotEncryptedError,
)
from coachdesk.store import cipher, files, sqlite_file, wal
from coachdesk.store.lock import UseLock

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Encrypted:
    recovery_key: str
    backups: int  # converted
    skipped: int = 0  # backups that could not be converted: set aside unchanged


@dataclass(frozen=True)
class Decrypted:
    backups: int  # converted
    skipped: int = 0  # backups that could not be converted: still encrypted, key file beside


def store_files(folder: Path, backup_folders: Sequence[Path] = ()) -> list[Path]:
    """The database, every database file in ``<data>/backups`` (backups, safety copies)
    and the backups (``coachdesk-*.db``) in ``backup_folders``: the folder chosen in
    Settings or by an IT preset, which core reads and passes (the store reads no settings)."""
    found = [paths.database_path(folder)]
    backups = paths.backups_dir(folder)
    if backups.is_dir():
        found += sorted(p for p in backups.glob("*.db") if p.is_file())
    for extra in backup_folders:
        try:
            if extra.is_dir() and extra.absolute() != backups.absolute():
                found += sorted(p for p in extra.glob("coachdesk-*.db") if p.is_file())
        except OSError:  # an unplugged stick: its backups stay as they are
            log.warning("a backup folder could not be read")
    return list(dict.fromkeys(p for p in found if p.is_file()))


def _tables(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type='table' AND rootpage > 0"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _export(path: Path, src_key: bytes | None, part: Path, dst_key: bytes | None) -> dict[str, int]:
    """Copy the database at ``path`` into ``part`` under ``dst_key``; the row counts read."""
    sqlite_file._quiet_cipher()
    src = sqlite_file.sqlcipher.connect(str(path.absolute()), isolation_level=None)
    try:
        if src_key:
            src.execute(cipher.key_pragma(src_key))
        src.execute(f"PRAGMA busy_timeout = {5000}")
        before = _tables(src)
        cipher.export_into(src, part, dst_key)
    finally:
        src.close()
    return before


def convert_file(
    path: Path,
    src_key: bytes | None,
    dst_key: bytes | None,
    before_swap: Callable[[], None] | None = None,
) -> None:
    """Rewrite the database at ``path`` under ``dst_key`` (None: plain), atomically;
    ``before_swap`` runs after the new copy is checked and before it is put in place.
    A file SQLite cannot read (or a full disk) raises EncryptionError; nothing changed."""
    part = files.part_name(path.with_name(path.name + ".convert"))
    files.remove_with_sides(part)
    files.create_private(part)
    try:
        before = _export(path, src_key, part, dst_key)
        check = sqlite_file.connect(part, key=dst_key, isolation_level=None)
        try:
            found = [row[0] for row in check.execute("PRAGMA integrity_check(5)")]
            after = _tables(check)
            check.execute("PRAGMA journal_mode = DELETE")
        finally:
            check.close()
        if found != ["ok"] or after != before:
            raise EncryptionError()
        if wal.wal_path(path).exists() and wal.wal_path(path).stat().st_size > 0:
            raise EncryptionError()  # the old file's WAL was not merged: do not swap under it
        files.fsync_file(part)
        if before_swap is not None:
            before_swap()
        files.replace(part, path)
        with_sides = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
        for side in with_sides:
            side.unlink(missing_ok=True)
        _update_summary(path)
    except BaseException as exc:
        files.remove_with_sides(part)
        if isinstance(exc, sqlite_file.FileError):
            raise EncryptionError() from exc  # one translated sentence, no file name
        raise


def _update_summary(backup: Path) -> None:
    """A backup's JSON summary records its size; the converted file has another."""
    summary = backup.with_name(backup.name[: -len(".db")] + ".json")
    if backup.suffix != ".db" or not summary.is_file():
        return
    try:
        data = json.loads(summary.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if not isinstance(data, dict) or "size" not in data:
        return
    data["size"] = backup.stat().st_size
    part = files.part_name(summary)
    files.create_private(part)
    part.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    files.replace(part, summary)


def _exclusive(folder: Path) -> UseLock:
    """Nobody else may have the store open while its files are rewritten."""
    use = UseLock(paths.database_path(folder))
    if not use.try_exclusive() and os.name == "posix":
        use.release()
        raise AlreadyOpenError(pid="?")
    _merge_wal(paths.database_path(folder))
    return use


def _merge_wal(db: Path) -> None:
    """Fold a WAL into the database (and drop it) before the file is rewritten."""
    if not db.is_file():
        return
    conn = sqlite_file.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


@dataclass(frozen=True)
class Converted:
    backups: int  # converted
    failed: tuple[Path, ...]  # could not be converted: kept as they were (encrypting: set aside)


def _convert_all(
    folder: Path,
    src_key: bytes | None,
    dst_key: bytes | None,
    progress: Progress | None,
    before_db_swap: Callable[[], None] | None = None,
    todo: list[Path] | None = None,
    backup_folders: Sequence[Path] = (),
) -> Converted:
    """Convert every store file not yet so. Only the database is a must (its failure
    raises, nothing changed); a backup that fails is logged, skipped and counted."""
    todo = store_files(folder, backup_folders) if todo is None else todo
    db = paths.database_path(folder)
    done, failed = 0, []
    for i, path in enumerate(todo):
        plain = cipher.has_plain_header(path)
        if plain is not None and plain != (dst_key is None):
            if path == db:
                convert_file(path, None if plain else src_key, dst_key, before_db_swap)
            elif _convert_backup(path, None if plain else src_key, dst_key):
                done += 1
            else:
                failed.append(path)
        if progress is not None:
            progress(i + 1, len(todo))
    return Converted(backups=done, failed=tuple(failed))


NOT_CONVERTED = ".not-converted"


def _convert_backup(path: Path, src_key: bytes | None, dst_key: bytes | None) -> bool:
    """Convert one backup; False when it could not be (damaged, a full disk). A plain one
    that stays plain is set aside (``name.db.not-converted``, unchanged), so no later
    open tries it again and no list offers it as an encrypted backup."""
    try:
        convert_file(path, src_key, dst_key)
        return True
    except Exception as exc:  # noqa: BLE001 - one backup never stops the rest
        cause = exc.__cause__ or exc
        log.warning("a backup could not be converted (%s)", type(cause).__name__)
    if dst_key is not None:
        try:
            _set_aside(path)
        except OSError as exc:
            log.warning("a backup could not be set aside (%s)", type(exc).__name__)
    return False


def _set_aside(path: Path) -> None:
    summary = path.with_name(path.name[: -len(".db")] + ".json")
    target = path.with_name(path.name + NOT_CONVERTED)
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{n}{NOT_CONVERTED}")
        n += 1
    os.replace(path, target)
    if summary.is_file():
        os.replace(summary, summary.with_name(summary.name + target.name[len(path.name) :]))
    files.fsync_dir(path.parent)


def encrypt(
    folder: Path,
    passphrase: str,
    progress: Progress | None = None,
    backup_folders: Sequence[Path] = (),
) -> Encrypted:
    """Encrypt the store and its backups under ``passphrase``; returns the recovery key.

    Only the database is a must: once its encrypted copy is ready the key file is put
    in place (the commit) and the key registered, so from then on the store opens and
    the recovery key is returned, also when some backups could not be converted
    (``Encrypted.skipped``: set aside unchanged, see _convert_backup)."""
    cipher.check_new_passphrase(passphrase)
    if cipher.is_encrypted(folder):
        raise AlreadyEncryptedError()
    key, recovery = cipher.new_key(), cipher.new_recovery_key()
    use = _exclusive(folder)
    keyfile = cipher.keyfile_path(folder)
    staged = files.part_name(keyfile)
    try:
        cipher.write_keyfile(folder, key, passphrase, recovery, target=staged)

        def commit() -> None:
            if not keyfile.exists():
                files.replace(staged, keyfile)
            cipher.register(folder, key)

        if not paths.database_path(folder).is_file():
            commit()
        done = _convert_all(
            folder, None, key, progress, before_db_swap=commit, backup_folders=backup_folders
        )
        commit()
        # the key file beside the encrypted backups (a restore when the data folder is lost)
        cipher.copy_keyfile_beside(folder, [paths.backups_dir(folder), *backup_folders])
    finally:
        staged.unlink(missing_ok=True)
        use.release()
    log.info("store encrypted (%d backups, %d skipped)", done.backups, len(done.failed))
    return Encrypted(recovery_key=recovery, backups=done.backups, skipped=len(done.failed))


def decrypt(
    folder: Path,
    passphrase: str,
    progress: Progress | None = None,
    backup_folders: Sequence[Path] = (),
) -> Decrypted:
    """Make the store and its backups plain again; the key file goes last. A backup that
    could not be made plain stays encrypted, with a copy of the key file beside it (it
    holds only wrapped keys), so the passphrase or recovery key still opens it."""
    if not cipher.is_encrypted(folder):
        raise NotEncryptedError()
    key = cipher.unlock_key(folder, passphrase=passphrase)
    use = _exclusive_keyed(folder, key)
    try:
        done = _convert_all(folder, key, None, progress, backup_folders=backup_folders)
        for place in sorted({p.parent for p in done.failed}):
            cipher.copy_keyfile(folder, place)
        cipher.keyfile_path(folder).unlink()
        files.fsync_dir(folder)
    finally:
        use.release()
    cipher.forget(folder)
    log.info("store decrypted (%d backups, %d skipped)", done.backups, len(done.failed))
    return Decrypted(backups=done.backups, skipped=len(done.failed))


def _exclusive_keyed(folder: Path, key: bytes) -> UseLock:
    cipher.register(folder, key)  # the WAL merge opens the encrypted database
    return _exclusive(folder)


def change_passphrase(folder: Path, old: str, new: str) -> None:
    """Wrap the same database key under ``new`` (one atomic replace of the key file)."""
    cipher.check_new_passphrase(new)
    if not cipher.is_encrypted(folder):
        raise NotEncryptedError()
    key = cipher.unlock_key(folder, passphrase=old)
    cipher.write_keyfile(folder, key, new, None)
    cipher.register(folder, key)


def reset_with_recovery_key(folder: Path, recovery: str, new: str) -> None:
    """A forgotten passphrase: the recovery key unlocks, ``new`` becomes the passphrase."""
    cipher.check_new_passphrase(new)
    if not cipher.is_encrypted(folder):
        raise NotEncryptedError()
    key = cipher.unlock_key(folder, recovery=recovery)
    cipher.write_keyfile(folder, key, new, None)
    cipher.register(folder, key)


def unlock_backup(
    backup: Path, passphrase: str | None = None, recovery: str | None = None
) -> bytes:
    """Unlock an encrypted backup with the key file beside it (a restore on a new
    computer): its folder is registered, so the backup reads like the store did."""
    folder = Path(backup).absolute().parent
    key = cipher.unlock_key(folder, passphrase=passphrase, recovery=recovery)
    cipher.register(folder, key)
    return key


def unlock(folder: Path, passphrase: str | None = None, *, key: bytes | None = None) -> bytes:
    """Unlock the store in ``folder`` for this process (passphrase, or a remembered key)."""
    if key is None:
        key = cipher.unlock_key(folder, passphrase=passphrase)
    cipher.register(folder, key)
    return key


def finish(folder: Path) -> Converted:
    """Encrypt what a killed ``encrypt`` (or ``decrypt``) left plain; needs the key.
    A backup that cannot be converted is set aside and never makes the open fail."""
    none = Converted(backups=0, failed=())
    key = cipher.registered(folder)
    if key is None or not cipher.is_encrypted(folder):
        return none
    leftover = [p for p in store_files(folder) if cipher.has_plain_header(p)]
    if not leftover:
        return none
    use = UseLock(paths.database_path(folder))
    if not use.try_exclusive():
        use.release()
        return none
    try:
        if paths.database_path(folder) in leftover:
            _merge_wal(paths.database_path(folder))
        done = _convert_all(folder, None, key, None, todo=leftover)
    finally:
        use.release()
    log.warning("finished an interrupted encryption (%d file(s))", len(leftover))
    return done


def while_closed(store: Any, work: Callable[[], Any]) -> Any:
    """Run ``work`` (encrypt, decrypt) on the store the window has open: its pooled
    connections and its use lock are let go first, and a fresh engine (with the new
    key, or none) takes over afterwards. The caller makes sure nothing writes meanwhile
    (the window saves its notes first and waits in a modal progress dialog)."""
    from coachdesk.store.database import make_engine

    store.engine.dispose()
    use = getattr(store, "_use", None)
    if use is not None:
        use.release()
    try:
        return work()
    finally:
        if use is not None:
            use.shared()
        store.engine = make_engine(store.path)
