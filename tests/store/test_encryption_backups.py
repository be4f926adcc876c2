"""Encryption at rest and the backups (issue 13, review A): a damaged backup never stops
encrypting half-way, a key never leaks into another practice, backups restore without the
data folder, and backups in the chosen backup folder are converted too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coachdesk import paths
from coachdesk.core import encryption
from coachdesk.core.practice import Practice
from coachdesk.store import cipher
from coachdesk.store.database import open_store
from tests.store.test_encryption import MARKER, PASS, fill

PLAIN = b"SQLite format 3\x00"


def damage(backup: Path) -> None:
    """A backup that cannot be read whole: its header is fine, its pages are cut off."""
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 3])


def plain(path: Path) -> bool:
    return path.read_bytes().startswith(PLAIN)


def test_a_damaged_backup_does_not_stop_encryption_and_the_recovery_key_is_given(data_dir):
    fill(data_dir)
    with Practice.open(data_dir) as p:
        bad = Path(p.backups.create().path)
    damage(bad)
    done = encryption.encrypt(data_dir, PASS)
    assert done.recovery_key and done.skipped == 1 and done.backups == 1
    assert encryption.is_unlocked(data_dir)  # registered at the commit
    assert not plain(paths.database_path(data_dir))
    assert not bad.exists()  # set aside unchanged, out of the way of every later open
    aside = list(bad.parent.glob(bad.name + "*.not-converted"))
    assert len(aside) == 1 and plain(aside[0])
    with Practice.open(data_dir) as p:
        assert p.coachees.list()
    # a fresh process: the recovery key opens it, and no backup makes open_store fail
    cipher.forget()
    encryption.reset_with_recovery_key(data_dir, done.recovery_key, "nog-een-wachtwoord")
    with open_store(data_dir) as store:
        assert store.path.is_file()


def test_an_interrupted_encryption_finishes_around_a_damaged_backup(data_dir):
    """finish() (every open after a killed encrypt) converts what it can and never fails."""
    fill(data_dir)
    with Practice.open(data_dir) as p:
        good = Path(p.backups.create().path)
    bad = next(b for b in paths.backups_dir(data_dir).glob("*.db") if b != good)
    encryption.encrypt(data_dir, PASS)
    # as if killed after the key file was committed: two backups still plain, one damaged
    from coachdesk.store import encrypt as store_encrypt

    key = cipher.registered(data_dir)
    for path in (good, bad):
        store_encrypt.convert_file(path, key, None)
        assert plain(path)
    damage(bad)
    with open_store(data_dir) as store:
        assert "crypto.backups_set_aside" in store.notices
    assert not plain(good) and not bad.exists()
    with open_store(data_dir):  # and the next open does not try again
        pass


def test_a_database_error_while_encrypting_is_a_translated_sentence(data_dir, monkeypatch):
    from coachdesk.errors import EncryptionError
    from coachdesk.store import encrypt as store_encrypt

    fill(data_dir)

    def broken(*_a, **_k):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(store_encrypt, "_export", broken)
    with pytest.raises(EncryptionError) as caught:
        encryption.encrypt(data_dir, PASS)
    assert "niets gewijzigd" in caught.value.message("nl").lower()
    assert not encryption.is_encrypted(data_dir) and plain(paths.database_path(data_dir))
    assert MARKER.encode() in paths.database_path(data_dir).read_bytes()
