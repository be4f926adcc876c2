"""A ``-wal`` left beside the database: merge it, or set it aside, never guess.

After a crash the WAL holds the last commits and belongs to the database: SQLite
merges it at the next open. But a WAL left beside a database that was replaced
(a backup copied over it by hand, a restore of another program) is from another
history: merging it corrupts the store, or silently undoes the restore.

A WAL is judged only while nobody else has the store open (store/lock.UseLock),
on a private copy of the pair, never on the files themselves:

- a WAL whose header is not SQLite's, or whose page size differs from the
  database's, is not this database's;
- a WAL whose frames' salts do not match its own header has no valid frames
  (SQLite ignores it): harmless;
- otherwise the copy is opened with the WAL and checked (quick_check and the
  foreign keys). A WAL that turns a sound database into a damaged one is set
  aside, together with its ``-shm``, under a dated name; it is never deleted.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coachdesk.store import sqlite_file
from coachdesk.store.files import FILE_MODE, part_name, remove_with_sides, tighten

log = logging.getLogger(__name__)

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24
ENCRYPTED_PAGE_SIZE = 4096  # SQLCipher 4 default (cipher_page_size), which we keep


@dataclass(frozen=True)
class WalInfo:
    frames: int  # frames whose salts match the header (what SQLite would read)
    page_size: int
    valid_header: bool


def wal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-wal")


def shm_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-shm")


def db_page_size(db_path: Path) -> int | None:
    try:
        with db_path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return None
    if len(header) < 100:
        return None
    if header[:16] != b"SQLite format 3\x00":
        return ENCRYPTED_PAGE_SIZE  # SQLCipher encrypts the header too; its page size is fixed
    size = struct.unpack(">H", header[16:18])[0]
    return 65536 if size == 1 else size


def read_wal(db_path: Path) -> WalInfo | None:
    """The left-over WAL beside ``db_path``, or None when there is none with content."""
    path = wal_path(db_path)
    try:
        with path.open("rb") as fh:
            header = fh.read(WAL_HEADER)
            if len(header) < WAL_HEADER:
                return None
            magic, _version, page_size, _seq, salt1, salt2 = struct.unpack(">6I", header[:24])
            if magic not in WAL_MAGIC:
                return WalInfo(frames=0, page_size=0, valid_header=False)
            frames = 0
            while True:
                frame = fh.read(FRAME_HEADER)
                if len(frame) < FRAME_HEADER:
                    break
                f_salt1, f_salt2 = struct.unpack(">II", frame[8:16])
                if (f_salt1, f_salt2) != (salt1, salt2):
                    break
                frames += 1
                fh.seek(page_size, 1)
    except OSError:
        return None
    return WalInfo(frames=frames, page_size=page_size, valid_header=True)


def _check(conn: sqlite3.Connection) -> bool:
    quick = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    if quick != ["ok"]:
        return False
    return not conn.execute("PRAGMA foreign_key_check").fetchmany(1)


def belongs(db_path: Path) -> bool | None:
    """Does the WAL beside ``db_path`` belong to it? None: there is nothing to judge
    (no WAL with valid frames) or no room for the trial copy (SQLite decides, as always)."""
    info = read_wal(db_path)
    if info is None or (info.valid_header and info.frames == 0):
        return None
    if not info.valid_header or info.page_size != db_page_size(db_path):
        return False
    try:
        alone = sqlite_file.connect(db_path, immutable=True)
        try:
            sound_alone = _check(alone)
        finally:
            alone.close()
    except sqlite_file.DatabaseError:
        return None  # the database itself cannot be read: it is not for us to split the pair
    trial = part_name(db_path.with_name(db_path.name + ".trial"))
    try:
        shutil.copyfile(db_path, trial)
        shutil.copyfile(wal_path(db_path), trial.with_name(trial.name + "-wal"))
        tighten(trial, FILE_MODE)
        merged = sqlite_file.connect(trial)
        try:
            sound_merged = _check(merged)
        finally:
            merged.close()
    except sqlite_file.DatabaseError:
        sound_merged = False  # the pair cannot even be read together
    except OSError as exc:
        log.warning("no room to judge a left-over WAL (%s); SQLite merges it", type(exc).__name__)
        return None
    finally:
        remove_with_sides(trial)
    return sound_merged or not sound_alone


def set_aside(db_path: Path, now: datetime | None = None) -> Path:
    """Move the WAL (and its -shm) away under a dated name; returns the new WAL name."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-stray-{stamp}{db_path.suffix}-wal")
    wal_path(db_path).replace(target)
    with contextlib.suppress(FileNotFoundError):
        shm_path(db_path).unlink()  # an index of the WAL only; rebuilt from the WAL if ever needed
    log.warning("a left-over WAL that does not belong to the database was set aside")
    return target
