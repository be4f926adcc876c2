"""The hard cases of the store: a folder for a file, a stray WAL, leftovers, a full disk,
a damaged store, and a check that only reads."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk import errors
from coachdesk.core.practice import Practice
from coachdesk.store import files, wal
from coachdesk.store.database import open_store
from tests.conftest import REPO
from tests.store.backup_helpers import digest, folder_digest

CRASHING_WRITER = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 0")
for n in range(int(sys.argv[2])):
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO coachee (name, email, phone, organisation, role, notes, tags, status,"
        " created_at, updated_at, uid, demo) VALUES (?, '', '', '', '', '', '', 'active',"
        " '2026-01-01 09:00:00.000000', '2026-01-01 09:00:00.000000', lower(hex(randomblob(16))), 0)",
        (f"Na de crash {n}",),
    )
    conn.execute("COMMIT")
os.kill(os.getpid(), signal.SIGKILL)
"""


def _crash_writing(db: Path, rows: int) -> None:
    """Commit ``rows`` coachees in WAL mode, then die: the commits are in the -wal only."""
    subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(db), str(rows)], check=False)
    assert (wal.read_wal(db) or wal.WalInfo(0, 0, False)).frames > 0


def _coachee_columns_ok(data_dir: Path) -> None:
    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Kolommen")


def test_a_folder_named_like_the_database_is_one_sentence(data_dir: Path):
    (data_dir / "coachdesk.db").mkdir(parents=True)
    with pytest.raises(errors.StoreIsFolderError) as info:
        open_store(str(data_dir))
    assert "een map" in info.value.message("nl")
    env = {**os.environ, "COACHDESK_LANG": "nl", "PYTHONPATH": str(REPO)}
    for argv in (
        ["check"],
        ["list", "coachees"],
        ["demo", "--coachees", "1"],
        ["backup"],
        ["backups"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "coachdesk", *argv, "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode != 0, argv
        assert "Traceback" not in result.stderr and "een map" in result.stderr, argv
    assert (data_dir / "coachdesk.db").is_dir()


def test_leftover_parts_of_dead_writers_are_cleaned_at_start(data_dir: Path):
    with Practice.open(str(data_dir)):
        pass
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    pid = int(dead.stdout)
    leftovers = [
        backups / f"coachdesk-20260101-120000.db.{pid}.part",
        backups / f"coachdesk-20260101-120000.db.{pid}.part-journal",
        backups / "coachdesk-before-migration-0003-20260101T120000Z.db.part",
        data_dir / f"coachdesk.db.restore.{pid}.part",
        data_dir / f"coachdesk.db.new.{pid}.part",
    ]
    for path in leftovers:
        path.write_bytes(b"\0" * 1024)
    alive = backups / f"coachdesk-20260101-130000.db.{os.getpid()}.part"
    alive.write_bytes(b"being written")
    with Practice.open(str(data_dir)):
        pass
    assert not any(p.exists() for p in leftovers)
    assert alive.exists()  # a running writer's file is left alone
    alive.unlink()


def test_the_wal_of_a_crash_is_merged(data_dir: Path):
    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Voor de crash")
    db = data_dir / "coachdesk.db"
    _crash_writing(db, 5)
    with Practice.open(str(data_dir)) as p:
        names = {c.name for c in p.coachees.list()}
        assert p.store.notices == []
    assert {"Voor de crash", *(f"Na de crash {n}" for n in range(5))} <= names


def test_a_wal_from_another_history_is_set_aside_never_merged(data_dir: Path, tmp_path: Path):
    with Practice.open(str(data_dir)) as p:
        p.demo.generate(coachees=6, seed=1)
    db = data_dir / "coachdesk.db"
    _crash_writing(db, 40)
    stray = (data_dir / "coachdesk.db-wal").read_bytes()
    other = tmp_path / "other"
    with Practice.open(str(other)) as p:  # another practice: another history
        p.demo.generate(coachees=9, seed=8)
    os.replace(other / "coachdesk.db", db)  # "a backup copied over it by hand"
    replaced = digest(db)
    with Practice.open(str(data_dir)) as p:
        assert p.store.notices == ["store.stray_wal"]
        assert len(p.coachees.list()) == 9
        report = p.health.check()
        assert report.healthy, report
    aside = list(data_dir.glob("coachdesk-stray-*.db-wal"))
    assert len(aside) == 1 and aside[0].read_bytes() == stray  # kept, not deleted
    assert replaced  # (the database itself was only opened after the WAL went)


def test_a_full_disk_is_a_full_disk_not_damage(tmp_path: Path):
    if os.geteuid() != 0:
        pytest.skip("needs a small tmpfs (root)")
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        data = mount / "data"
        with Practice.open(str(data)) as p:
            p.demo.generate(coachees=3)
        healthy = digest(data / "coachdesk.db")
        fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        for side in ("coachdesk.db-wal", "coachdesk.db-shm"):
            (data / side).unlink(missing_ok=True)
        with pytest.raises(errors.StoreError) as info, Practice.open(str(data)) as p:
            p.coachees.create("x" * 200_000)
        assert isinstance(info.value, errors.DiskFullError), info.value
        text = info.value.message("nl")
        assert "vol" in text and "back-up" not in text and "beschadigd" not in text
        assert digest(data / "coachdesk.db") == healthy
        fresh = mount / "fresh"
        with pytest.raises(errors.DiskFullError) as info:
            open_store(str(fresh))
        message = info.value.message("en")
        assert "sqlite" not in message.lower() and "safety copy" not in message
        assert not (fresh / "coachdesk.db").exists()
        assert not [p for p in fresh.iterdir() if ".part" in p.name]
        env = {**os.environ, "COACHDESK_LANG": "nl", "PYTHONPATH": str(REPO)}
        for argv in (["demo", "--coachees", "2"], ["backup"], ["check"]):
            result = subprocess.run(
                [sys.executable, "-m", "coachdesk", *argv, "--data-dir", str(data)],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            assert "Traceback" not in result.stderr, argv
            assert "beschadigd" not in result.stderr, argv
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _wreck_middle_pages(db: Path) -> None:
    # Seeded: the same damage every run (SQLite's .recover takes very different times
    # on different random pages, and a test must not depend on which ones it got).
    noise = random.Random(20261202)
    raw = bytearray(db.read_bytes())
    pages = len(raw) // 4096
    for page in range(pages // 3, 2 * pages // 3, 2):
        raw[page * 4096 + 20 : page * 4096 + 1500] = noise.randbytes(1480)
    db.write_bytes(bytes(raw))


def _run(*argv: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COACHDESK_LANG": "nl", "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "coachdesk", *argv, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_check_on_random_bytes_in_middle_pages_offers_the_newest_backup(data_dir: Path):
    with Practice.open(str(data_dir)) as p:
        p.demo.generate(coachees=25, seed=4)
        made = p.backups.create()
    db = data_dir / "coachdesk.db"
    _wreck_middle_pages(db)
    damaged = digest(db)
    result = _run("check", data_dir=data_dir)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "NIET gezond" in result.stderr
    assert "beschadigd" in result.stderr
    assert str(made.path) in result.stderr and "gaan verloren" in result.stderr
    assert "coachdesk recover" in result.stderr
    assert digest(db) == damaged
    # The rescue: the damaged store is set aside unchanged, a sound one takes its place.
    rescued = _run("recover", "--yes", data_dir=data_dir)
    assert rescued.returncode == 0, rescued.stderr
    [aside] = data_dir.glob("coachdesk-damaged-*.db")
    assert digest(aside) == damaged
    check = _run("check", data_dir=data_dir)
    assert "Integriteit: ok" in check.stdout, (
        check.stdout + check.stderr
    )  # sound, maybe with orphans
    _coachee_columns_ok(data_dir)


def test_check_only_reads_and_says_what_the_next_open_would_do(data_dir: Path, tmp_path: Path):
    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
    oldest = sorted(fixtures.glob("*.db"))[0]
    data_dir.mkdir(parents=True)
    (data_dir / "coachdesk.db").write_bytes(oldest.read_bytes())
    before = folder_digest(data_dir)
    result = _run("check", data_dir=data_dir)
    assert "bijgewerkt naar" in result.stdout and "niets geschreven" in result.stdout
    assert folder_digest(data_dir) == before
    assert not (data_dir / "backups").exists()

    # A crash left a WAL: the check says it would merge it, and does not.
    fresh = tmp_path / "crashed"
    with Practice.open(str(fresh)) as p:
        p.coachees.create("Eerst")
    _crash_writing(fresh / "coachdesk.db", 3)
    before = {k: v for k, v in folder_digest(fresh).items() if not k.endswith("-shm")}
    result = _run("check", data_dir=fresh)
    assert result.returncode == 0, result.stderr
    assert "wordt verwerkt" in result.stdout and "coachee 4" in result.stdout
    after = {k: v for k, v in folder_digest(fresh).items() if not k.endswith("-shm")}
    assert after == before


def test_permissions_of_a_new_data_folder(tmp_path: Path):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    old = os.umask(0o022)
    try:
        folder = tmp_path / "new"
        with Practice.open(str(folder)) as p:
            p.coachees.create("Privé")
            p.backups.create()
        assert os.stat(folder).st_mode & 0o777 == 0o700
        for path in folder.rglob("*"):
            mode = path.stat().st_mode & 0o777
            assert mode & 0o077 == 0, (path, oct(mode))
    finally:
        os.umask(old)


def test_sigkill_during_a_backup_leaves_no_half_backup(data_dir: Path):
    with Practice.open(str(data_dir)) as p:
        p.demo.generate(coachees=30, seed=2)
    code = (
        "import sys; from coachdesk.core.practice import Practice\n"
        "p = Practice.open(sys.argv[1])\n"
        "print('go', flush=True)\n"
        "while True: p.backups.create(rotate=False)\n"
    )
    import random
    import time

    rng = random.Random(12)
    for _ in range(5):
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(data_dir)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "go"
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    from coachdesk.store.backup import list_backups

    for b in list_backups(data_dir / "backups"):
        if b.good:
            conn = sqlite3.connect(b.path)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            conn.close()
    assert files.clean_leftovers([data_dir / "backups"]) is not None
    with Practice.open(str(data_dir)):
        pass
    assert not list((data_dir / "backups").glob("*.part*"))
