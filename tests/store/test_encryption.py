"""Encryption at rest (issue 13): nothing readable without the key, every path carries it."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk import paths
from coachdesk.core import encryption
from coachdesk.core.practice import Practice
from coachdesk.errors import (
    AlreadyEncryptedError,
    PassphraseNeededError,
    PassphraseTooShortError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from coachdesk.store import cipher
from tests.conftest import REPO

MARKER = "Zqxwv-Marker-7731"  # a coachee name and a note that occur nowhere else
PASS = "lang-geheim-wachtwoord"
NEW = "een-ander-wachtwoord"


def fill(folder: Path, extra: int = 0) -> int:
    """A store with the marker in a name and a note (and ``extra`` demo coachees)."""
    with Practice.open(folder) as p:
        c = p.coachees.create(f"{MARKER} Jansen", organisation=f"{MARKER} BV")
        if extra:
            p.demo.generate(coachees=extra, seed=3)
        p.backups.create()
        del c
        return len(p.coachees.list())


def file_bytes(folder: Path) -> dict[str, bytes]:
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "logs" not in path.parts and not path.name.endswith(".lock"):
            found[str(path.relative_to(folder))] = path.read_bytes()
    return found


def digests(folder: Path) -> dict[str, str]:
    return {k: hashlib.sha256(v).hexdigest() for k, v in file_bytes(folder).items()}


def count_coachees(folder: Path) -> int:
    with Practice.open(folder) as p:
        return len(p.coachees.list())


def test_encrypted_store_and_backups_hold_no_marker_and_plain_sqlite_cannot_read(data_dir):
    n = fill(data_dir)
    before = file_bytes(data_dir)
    assert any(MARKER.encode() in b for b in before.values())  # the test can fail
    done = encryption.encrypt(data_dir, PASS)
    with Practice.open(data_dir) as p:
        p.backups.create()  # a backup made while encrypted
    files = file_bytes(data_dir)
    dbs = [name for name in files if name.endswith(".db")]
    assert len(dbs) == 3  # the store, the backup made before, the one made after
    for name, data in files.items():
        for needle in (MARKER.encode(), MARKER.encode("utf-16-le"), b"SQLite format 3"):
            assert needle not in data, (name, needle)
    for name in dbs:
        conn = sqlite3.connect(data_dir / name)
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    # a fresh process: needs the passphrase, then everything is there (search too)
    cipher.forget()
    with pytest.raises(PassphraseNeededError):
        Practice.open(data_dir)
    encryption.unlock(data_dir, PASS)
    with Practice.open(data_dir) as p:
        assert len(p.coachees.list()) == n
        assert p.search.find(MARKER)  # the FTS5 index came along
    # and with the recovery key (a forgotten passphrase)
    cipher.forget()
    encryption.reset_with_recovery_key(data_dir, done.recovery_key.lower().replace("-", " "), NEW)
    cipher.forget()
    encryption.unlock(data_dir, NEW)
    assert count_coachees(data_dir) == n


def test_backup_to_another_folder_is_encrypted_and_restores(data_dir, tmp_path, monkeypatch):
    n = fill(data_dir)
    encryption.encrypt(data_dir, PASS)
    usb = tmp_path / "usb"
    with Practice.open(data_dir) as p:
        made = p.backups.create(str(usb))
        p.coachees.create("Weg na restore")
    data = Path(made.path).read_bytes()
    assert MARKER.encode() not in data and not data.startswith(b"SQLite format 3")
    from coachdesk.cli import run

    monkeypatch.setenv("COACHDESK_PASSPHRASE", PASS)  # closing the store forgot the key

    assert run(["--data-dir", str(data_dir), "restore", str(made.path), "--yes"]) == 0
    encryption.unlock(data_dir, PASS)
    assert count_coachees(data_dir) == n
    assert MARKER.encode() not in paths.database_path(data_dir).read_bytes()


def test_wrong_passphrase_changes_no_byte_and_slows_down(data_dir, monkeypatch):
    fill(data_dir)
    encryption.encrypt(data_dir, PASS)
    cipher.forget()
    waits: list[float] = []
    monkeypatch.setattr(cipher.tries, "sleep", waits.append)
    before = digests(data_dir)
    for _ in range(4):
        with pytest.raises(WrongPassphraseError) as caught:
            encryption.unlock(data_dir, "niet-het-wachtwoord")
        assert "niets gewijzigd" in caught.value.message("nl")
    with pytest.raises(WrongPassphraseError):
        encryption.change_passphrase(data_dir, "niet-het-wachtwoord", NEW)
    with pytest.raises(WrongRecoveryKeyError):
        encryption.reset_with_recovery_key(data_dir, "AAAA-" * 7 + "AAAA", NEW)
    with pytest.raises(PassphraseNeededError):
        Practice.open(data_dir)
    assert digests(data_dir) == before
    assert waits == sorted(waits) and waits[0] >= 1 and waits[-1] > waits[0]
    encryption.unlock(data_dir, PASS)  # the right one still works, and resets the delay
    assert cipher.tries.failed == 0


def test_refusals_are_clear_sentences(data_dir):
    fill(data_dir)
    with pytest.raises(PassphraseTooShortError):
        encryption.encrypt(data_dir, "kort")
    assert not encryption.is_encrypted(data_dir)
    encryption.encrypt(data_dir, PASS)
    with pytest.raises(AlreadyEncryptedError):
        encryption.encrypt(data_dir, PASS)


def test_decrypt_makes_every_file_plain_again(data_dir):
    n = fill(data_dir)
    encryption.encrypt(data_dir, PASS)
    assert encryption.decrypt(data_dir, PASS).backups == 1
    assert not encryption.is_encrypted(data_dir)
    cipher.forget()
    for name, data in file_bytes(data_dir).items():
        if name.endswith(".db"):
            assert data.startswith(b"SQLite format 3"), name
    assert count_coachees(data_dir) == n
    from coachdesk.cli import run

    assert run(["--data-dir", str(data_dir), "check"]) == 0


def test_cli_commands_with_the_environment(data_dir, monkeypatch, capsys):
    from coachdesk.cli import run

    n = fill(data_dir)
    monkeypatch.setenv("COACHDESK_NEW_PASSPHRASE", PASS)
    assert run(["--data-dir", str(data_dir), "encrypt"]) == 0
    out = capsys.readouterr().out
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 7)
    cipher.forget()
    monkeypatch.delenv("COACHDESK_PASSPHRASE", raising=False)
    assert run(["--data-dir", str(data_dir), "list", "coachees"]) == 2  # no terminal, no var
    assert "COACHDESK_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("COACHDESK_PASSPHRASE", "fout-wachtwoord")
    assert run(["--data-dir", str(data_dir), "list", "coachees"]) == 2
    assert "klopt niet" in capsys.readouterr().err
    monkeypatch.setenv("COACHDESK_PASSPHRASE", PASS)
    assert run(["--data-dir", str(data_dir), "list", "coachees"]) == 0
    assert MARKER in capsys.readouterr().out
    cipher.forget()
    monkeypatch.setenv("COACHDESK_NEW_PASSPHRASE", NEW)
    assert run(["--data-dir", str(data_dir), "change-passphrase"]) == 0
    cipher.forget()
    assert run(["--data-dir", str(data_dir), "list", "coachees"]) == 2  # the old one is gone
    monkeypatch.setenv("COACHDESK_NEW_PASSPHRASE", PASS)
    assert run(["--data-dir", str(data_dir), "unlock", "--recovery-key", recovery]) == 0
    cipher.forget()
    assert run(["--data-dir", str(data_dir), "list", "coachees", "--json"]) == 0
    assert capsys.readouterr().out.count('"id"') == n


def test_remembered_key_opens_without_passphrase(data_dir):
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        n = fill(data_dir)
        encryption.encrypt(data_dir, PASS)
        cipher.forget()
        assert not encryption.unlock_remembered(data_dir)
        encryption.unlock(data_dir, PASS, remember=True)
        cipher.forget()
        assert encryption.unlock_remembered(data_dir)
        assert count_coachees(data_dir) == n
        encryption.decrypt(data_dir, PASS)
        assert not Memory.store  # decrypting forgets the remembered key
    finally:
        keyring.set_keyring(previous)


# --- killed half-way ------------------------------------------------------------------

_STATE_PROBE = """
import sys
from coachdesk.core import encryption
from coachdesk.core.practice import Practice
folder, passes = sys.argv[1], sys.argv[2:]
used = "-"
if encryption.is_encrypted(folder):
    for p in passes:
        try:
            encryption.unlock(folder, p)
            used = p
            break
        except Exception:
            continue
    else:
        print("locked"); sys.exit(0)
import hashlib
from coachdesk import paths
from coachdesk.store.store_file import connect_file
with Practice.open(folder) as practice:
    # opens, migrates nothing, finishes an interrupted encryption; read while open
    # (closing the store forgets its key)
    conn = connect_file(paths.database_path(paths.data_dir(folder)), readonly=True)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%fts%' ORDER BY name")]
    h = hashlib.sha256()
    for t in tables:
        for row in sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))):
            h.update(row.encode())
    conn.close()
print(len(tables), h.hexdigest()[:16], used)
"""


def _cli(folder: Path, *args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "coachdesk", "--data-dir", str(folder), *args],
        env={**os.environ, "PYTHONPATH": str(REPO), **env},
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _probe(folder: Path, *passes: str) -> tuple[str, str]:
    """What the store holds (rows and texts), and the passphrase that opened it."""
    out = subprocess.run(
        [sys.executable, "-c", _STATE_PROBE, str(folder), *passes],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    held, _, used = out.stdout.strip().rpartition(" ")
    return held, used


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_encrypt_decrypt_rekey_killed_half_way_lose_nothing(data_dir):
    import random
    import signal
    import time

    fill(data_dir, extra=60)
    with Practice.open(data_dir) as p:
        for _ in range(2):
            p.backups.create()
    expected, _ = _probe(data_dir)
    rng = random.Random(13)
    # how long a full encrypt takes here, so kills land before, during and after the work
    started = time.monotonic()
    job = _cli(data_dir, "encrypt", env={"COACHDESK_NEW_PASSPHRASE": PASS})
    assert job.wait(120) == 0
    full = time.monotonic() - started
    assert _probe(data_dir, PASS) == (expected, PASS)
    current = PASS
    for round_ in range(6):
        kind = ("decrypt", "change-passphrase", "encrypt")[round_ % 3]
        if kind == "encrypt" and encryption.is_encrypted(data_dir):
            kind = "decrypt"
        if kind != "encrypt" and not encryption.is_encrypted(data_dir):
            kind = "encrypt"
        new = f"wachtwoord-ronde-{round_}"
        env = {"COACHDESK_PASSPHRASE": current, "COACHDESK_NEW_PASSPHRASE": new}
        job = _cli(data_dir, kind, env=env)
        time.sleep(rng.uniform(0.4, 1.1) * full)
        job.send_signal(signal.SIGKILL)
        job.wait(30)
        # the store opens with the old or the new key and holds every row
        held, used = _probe(data_dir, new, current)
        assert held == expected, (round_, kind)
        if used != "-":
            current = used
        # no plaintext left: with a key file every database file is encrypted again
        if encryption.is_encrypted(data_dir):
            for name, data in file_bytes(data_dir).items():
                if name.endswith(".db"):
                    assert MARKER.encode() not in data, (round_, kind, name)


def test_the_open_store_is_encrypted_and_decrypted_in_place(data_dir):
    n = fill(data_dir)
    with Practice.open(data_dir) as p:
        encryption.encrypt_open(p, PASS)
        p.coachees.create("Na versleutelen")  # the open practice goes on, on the new file
        assert len(p.coachees.list()) == n + 1
    assert MARKER.encode() not in paths.database_path(data_dir).read_bytes()
    cipher.forget()
    encryption.unlock(data_dir, PASS)
    with Practice.open(data_dir) as p:
        assert len(p.coachees.list()) == n + 1
        assert encryption.decrypt_open(p, PASS).backups == 1
        p.coachees.create("Na ontsleutelen")
    assert paths.database_path(data_dir).read_bytes().startswith(b"SQLite format 3")
    assert count_coachees(data_dir) == n + 2


def test_a_tampered_encrypted_store_is_refused_in_one_sentence(data_dir):
    from coachdesk.errors import CorruptDatabaseError

    fill(data_dir)
    encryption.encrypt(data_dir, PASS)
    db = paths.database_path(data_dir)
    data = bytearray(db.read_bytes())
    data[200:208] = bytes(b ^ 0xFF for b in data[200:208])  # inside page 1 (the schema)
    db.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError) as caught:
        Practice.open(data_dir)
    assert "beschadigd" in caught.value.message("nl")
    assert db.read_bytes() == bytes(data)  # and it was left as it was
