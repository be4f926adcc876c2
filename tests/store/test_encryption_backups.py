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
    encryption.unlock(data_dir, PASS)  # closing the store forgot the key
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


# --- a key never leaks into another practice (finding 2) ----------------------------------


def _count_in_fresh_process(folder: Path) -> str:
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    code = (
        "import sys\n"
        "from coachdesk.core.practice import Practice\n"
        "with Practice.open(sys.argv[1]) as p:\n"
        "    print(len(p.coachees.list()))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("COACHDESK_PASSPHRASE", None)
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.stdout.strip() or done.stderr.strip()[-300:]


def test_a_new_practice_opened_after_an_encrypted_one_is_not_under_its_key(data_dir, tmp_path):
    fill(data_dir)
    encryption.encrypt(data_dir, PASS)
    other = tmp_path / "Praktijk C"
    with Practice.open(data_dir) as a:  # A stays open while C is created (File > Open)
        assert a.coachees.list()
        with Practice.open(other) as c:
            c.coachees.create("Nieuw in C")
            c.backups.create()
    assert not encryption.is_encrypted(other)
    assert plain(paths.database_path(other))
    assert all(plain(b) for b in paths.backups_dir(other).glob("*.db"))
    assert _count_in_fresh_process(other) == "1"


def test_switching_from_an_encrypted_practice_to_a_plain_one_keeps_its_backups_working(
    data_dir, tmp_path
):
    other = tmp_path / "Praktijk B"
    with Practice.open(other) as b:
        b.coachees.create("Bram")
    fill(data_dir)
    encryption.encrypt(data_dir, PASS)
    a = Practice.open(data_dir)
    b = Practice.open(other)  # the switch opens the other one before closing this one
    a.close()
    assert not encryption.is_unlocked(data_dir)  # closing the store forgot its key
    try:
        made = b.backups.create()
        usb = b.backups.create(tmp_path / "usb")
    finally:
        b.close()
    assert plain(Path(made.path)) and plain(Path(usb.path))
    with pytest.raises(encryption_errors().PassphraseNeededError):
        Practice.open(data_dir)  # A needs its passphrase again


def encryption_errors():
    from coachdesk import errors

    return errors


def test_lock_forgets_the_key_for_new_opens_and_leaves_an_open_store_working(data_dir):
    """What encryption.lock() says it does (review A #9)."""
    fill(data_dir)
    encryption.encrypt(data_dir, PASS)
    with Practice.open(data_dir) as p:
        encryption.lock(data_dir)
        assert not encryption.is_unlocked(data_dir)
        p.coachees.create("Na vergrendelen")  # the open store keeps its key
        with pytest.raises(encryption_errors().PassphraseNeededError):
            Practice.open(data_dir)
    encryption.unlock(data_dir, PASS)
    with Practice.open(data_dir) as p:
        assert any(c.name == "Na vergrendelen" for c in p.coachees.list())


# --- backups restore without the data folder (finding 3) ----------------------------------


def test_the_key_file_goes_beside_every_backup_and_follows_a_passphrase_change(data_dir, tmp_path):
    fill(data_dir)
    done = encryption.encrypt(data_dir, PASS)
    usb = tmp_path / "usb"
    key = cipher.registered(data_dir)
    with Practice.open(data_dir) as p:
        p.backups.create()
        p.backups.create(usb)
    for folder in (paths.backups_dir(data_dir), usb):
        assert cipher.keyfile_path(folder).is_file()
        assert MARKER.encode() not in cipher.keyfile_path(folder).read_bytes()
        assert cipher.unlock_key(folder, passphrase=PASS) == key
    encryption.change_passphrase(data_dir, PASS, "een-nieuw-wachtwoord")
    key = cipher.unlock_key(paths.backups_dir(data_dir), passphrase="een-nieuw-wachtwoord")
    assert key == cipher.unlock_key(paths.backups_dir(data_dir), recovery=done.recovery_key)


@pytest.mark.parametrize("secret", ["passphrase", "recovery key"])
def test_a_backup_restores_on_a_new_computer_with_the_passphrase_or_recovery_key(
    data_dir, tmp_path, monkeypatch, secret
):
    import shutil

    from coachdesk.cli import run

    n = fill(data_dir)
    done = encryption.encrypt(data_dir, PASS)
    usb = tmp_path / "usb"
    with Practice.open(data_dir) as p:
        made = Path(p.backups.create(usb).path)
    shutil.rmtree(data_dir)  # the laptop is gone; the USB stick and the passphrase are not
    cipher.forget()
    fresh = tmp_path / "nieuwe laptop"
    with Practice.open(fresh):  # the first start made an empty practice
        pass
    monkeypatch.setenv(
        "COACHDESK_PASSPHRASE", PASS if secret == "passphrase" else done.recovery_key
    )
    assert run(["--data-dir", str(fresh), "restore", str(made), "--yes"]) == 0
    assert encryption.is_encrypted(fresh)  # still encrypted, with its key file
    assert not plain(paths.database_path(fresh))
    cipher.forget()
    encryption.unlock(fresh, PASS)
    with Practice.open(fresh) as p:
        assert len(p.coachees.list()) == n


def test_an_encrypted_backup_without_a_key_file_or_passphrase_is_refused_in_one_sentence(
    data_dir, tmp_path, monkeypatch
):
    from coachdesk.core.services.backup import BackupService
    from coachdesk.errors import BackupKeyNeededError

    fill(data_dir)
    encryption.encrypt(data_dir, PASS)
    with Practice.open(data_dir) as p:
        made = Path(p.backups.create(tmp_path / "usb").path)
    cipher.forget()
    with pytest.raises(BackupKeyNeededError) as caught:
        BackupService.restore_into(tmp_path / "elders", made)
    assert "wachtwoord" in caught.value.message("nl")


# --- the chosen backup folder is converted too (finding 4) ---------------------------------


def test_encrypt_and_decrypt_convert_the_backups_in_the_chosen_folder(data_dir, tmp_path):
    chosen = tmp_path / "OneDrive - Praktijk" / "CoachDesk-backups"
    chosen.mkdir(parents=True)
    fill(data_dir)
    with Practice.open(data_dir) as p:
        p.backups.set_folder(chosen)
        p.backups.create()
    [there] = list(chosen.glob("coachdesk-*.db"))
    assert MARKER.encode() in there.read_bytes()
    done = encryption.encrypt(data_dir, PASS)
    assert done.backups == 2 and done.skipped == 0
    assert not plain(there) and MARKER.encode() not in there.read_bytes()
    assert cipher.keyfile_path(chosen).is_file()  # it restores without the data folder
    encryption.decrypt(data_dir, PASS)
    assert plain(there)
    with Practice.open(data_dir) as p:  # and it restores into the plain store
        p.backups.restore(there)
        assert p.coachees.list()


def test_a_plain_backup_restores_into_the_encrypted_store_encrypted(data_dir, tmp_path):
    """Before: TypeError (backup() argument 'target' must be sqlite3.Connection)."""
    n = fill(data_dir)
    with Practice.open(data_dir) as p:
        old = Path(p.backups.create(tmp_path / "usb").path)  # plain, outside every folder
    encryption.encrypt(data_dir, PASS)
    assert plain(old)
    with Practice.open(data_dir) as p:
        p.coachees.create("Komt niet terug")
        p.backups.restore(old)
        assert len(p.coachees.list()) == n
    assert not plain(paths.database_path(data_dir))
    assert MARKER.encode() not in paths.database_path(data_dir).read_bytes()
