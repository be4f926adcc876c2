"""The rescue of a damaged store (store/recover.py): never while the store is open
elsewhere, only for real damage, in bounded time, and never losing the rescue."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk import errors
from coachdesk.cli import run
from coachdesk.core.practice import Practice
from coachdesk.core.services.backup import BackupService
from coachdesk.store import recover as salvage
from coachdesk.store.lock import UseLock
from tests.store.backup_helpers import folder_digest


@pytest.fixture
def no_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    """No ``sqlite3`` command-line shell: the row-by-row rescue."""
    monkeypatch.setattr(salvage, "_shell", lambda: None)


def _wreck_middle_pages(db: Path) -> None:
    noise = random.Random(20261202)  # the same damage every run
    raw = bytearray(db.read_bytes())
    pages = len(raw) // 4096
    for page in range(pages // 3, 2 * pages // 3, 2):
        raw[page * 4096 + 20 : page * 4096 + 1500] = noise.randbytes(1480)
    db.write_bytes(bytes(raw))


@pytest.fixture
def damaged(data_dir: Path) -> Path:
    with Practice.open(str(data_dir)) as p:
        p.demo.generate(coachees=25, seed=4)
    db = data_dir / "coachdesk.db"
    _wreck_middle_pages(db)
    return db


# --- finding 5: not while the store is open elsewhere; only damage is damage -----------


def test_recover_refuses_while_the_store_is_in_use(damaged: Path, no_shell):
    before = folder_digest(damaged.parent)
    window = UseLock(damaged)  # what every open store holds (shared)
    window.shared()
    try:
        with pytest.raises(errors.RestoreWhileOpenError) as info:
            BackupService.recover(str(damaged.parent))
        assert "Er is niets gewijzigd" in info.value.message("nl")
    finally:
        window.release()
    assert folder_digest(damaged.parent) == before  # nothing set aside, no rescue left
    assert not list(damaged.parent.glob("*.part*"))


def test_recover_refuses_while_a_window_holds_the_folder(damaged: Path, no_shell):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from pathlib import Path;"
            "from coachdesk.store.lock import InstanceLock;"
            "l = InstanceLock(Path(sys.argv[1])).acquire(); print('ok', flush=True); time.sleep(60)",
            str(damaged.parent),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        before = folder_digest(damaged.parent)
        with pytest.raises(errors.RestoreWhileOpenError) as info:
            BackupService.recover(str(damaged.parent))
        assert str(holder.pid) in info.value.message("en")
        assert folder_digest(damaged.parent) == before
    finally:
        holder.kill()
        holder.wait()


def test_recover_of_a_store_that_is_not_damaged_but_refused_says_why(data_dir: Path, capsys):
    data_dir.mkdir(parents=True)
    db = data_dir / "coachdesk.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE boeken (titel TEXT)")  # another program's database
    conn.commit()
    conn.close()
    before = folder_digest(data_dir)
    assert run(["--data-dir", str(data_dir), "recover", "--yes"]) == 2
    err = capsys.readouterr().err
    assert "een database van een ander programma" in err
    assert "redden" not in err  # not treated as damage: no rescue tried
    assert folder_digest(data_dir) == before


# --- finding 6: bounded time when the end of a table cannot be read ---------------------

RESCUE = """
import sys
from coachdesk.core.services.backup import BackupService
from coachdesk.store import recover as salvage
salvage._shell = lambda: None  # as on a machine without the sqlite3 shell
rescued = BackupService.recover(sys.argv[1])
print(rescued.method, rescued.tables["coachee"], flush=True)
"""


def _rightmost_leaf(db: Path, table: str) -> int:
    """The page number of the last leaf of ``table``'s b-tree (its highest rowids)."""
    conn = sqlite3.connect(db)
    try:
        [root] = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    raw = db.read_bytes()
    page = root
    while True:
        start = (page - 1) * size + (100 if page == 1 else 0)
        kind = raw[start]
        if kind == 0x0D:  # a table leaf
            return page
        assert kind == 0x05, kind  # a table interior page: follow its right-most pointer
        page = int.from_bytes(raw[start + 8 : start + 12], "big")


def test_recover_ends_when_the_last_page_of_a_table_is_damaged(data_dir: Path):
    with Practice.open(str(data_dir)) as p:
        p.demo.generate(coachees=40, seed=4)
    db = data_dir / "coachdesk.db"
    conn = sqlite3.connect(db)
    total = conn.execute("SELECT count(*) FROM coachee").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    leaf = _rightmost_leaf(db, "coachee")
    assert (
        leaf
        != sqlite3.connect(db)
        .execute("SELECT rootpage FROM sqlite_master WHERE name = 'coachee'")
        .fetchone()[0]
    )  # the table has more than one page
    raw = bytearray(db.read_bytes())
    raw[(leaf - 1) * 4096 : leaf * 4096] = b"\xff" * 4096
    db.write_bytes(bytes(raw))
    probe = sqlite3.connect(f"{db.as_uri()}?immutable=1", uri=True)
    with pytest.raises(sqlite3.DatabaseError):
        probe.execute("SELECT max(rowid) FROM coachee").fetchone()
    probe.close()
    from tests.conftest import REPO

    done = subprocess.run(
        [sys.executable, "-c", RESCUE, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=240,  # a hang guard, not a speed check: without a bound this runs for days
        env={**__import__("os").environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr
    method, rescued = done.stdout.split()
    assert method == "rows"
    assert 0 < int(rescued) < total  # every coachee before the damaged page
    with Practice.open(str(data_dir)) as p, p.store.connect() as conn:  # the rescue opens
        assert conn.execute("SELECT count(*) FROM coachee").fetchone()[0] == int(rescued)


def test_row_by_row_jumps_past_a_damaged_part_in_the_middle(tmp_path: Path):
    db = tmp_path / "groot.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", ((i * 10, "x" * 300) for i in range(1, 60001)))
    conn.commit()
    [root] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 't'").fetchone()
    conn.close()
    raw = bytearray(db.read_bytes())
    start = (root - 1) * 4096
    assert raw[start] == 0x05  # an interior root: wreck its second child (thousands of rows)
    cell = int.from_bytes(raw[start + 12 + 2 : start + 12 + 4], "big")  # the second cell
    child = int.from_bytes(raw[start + cell : start + cell + 4], "big")
    assert raw[(child - 1) * 4096] == 0x05
    raw[(child - 1) * 4096 : child * 4096] = b"\xff" * 4096
    db.write_bytes(bytes(raw))
    src = sqlite3.connect(f"{db.as_uri()}?immutable=1", uri=True)
    dst = sqlite3.connect(":memory:")
    dst.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    skipped = salvage._copy_table(src, dst, "t")
    ids = [r[0] for r in dst.execute("SELECT id FROM t ORDER BY id")]
    src.close()
    assert skipped > 0 and ids[0] == 10 and ids[-1] == 600000  # both ends, past the damage
    lost = 60000 - len(ids)
    assert salvage.CHUNK * salvage.WINDOWS < lost * 10 < 600000 // 2  # the damage was wide


# --- finding 10: a crash between "set aside" and "put in place" loses nothing ------------

CRASH_AT_PUT_IN_PLACE = """
import os, sys
from pathlib import Path
from coachdesk.store import files
real = files.replace
def crash(source, target):
    if Path(target).name == "coachdesk.db":
        os._exit(9)  # killed right before the rescue or the backup is put in place
    real(source, target)
files.replace = crash
from coachdesk.store import recover as salvage
salvage._shell = lambda: None
from coachdesk.core.services.backup import BackupService
if sys.argv[1] == "recover":
    BackupService.recover(sys.argv[2])
else:
    BackupService.restore_into(sys.argv[2], sys.argv[3])
"""


def _crash(*argv: str) -> None:
    from tests.conftest import REPO

    done = subprocess.run(
        [sys.executable, "-c", CRASH_AT_PUT_IN_PLACE, *argv],
        capture_output=True,
        text=True,
        timeout=240,
        env={**__import__("os").environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 9, done.stderr


def _coachees(db: Path) -> int | None:
    """The coachees in a sound store file, or None."""
    try:
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return None
            return conn.execute("SELECT count(*) FROM coachee").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def test_a_crash_before_the_rescue_is_in_place_keeps_store_and_rescue(damaged: Path):
    from coachdesk.store import files
    from tests.store.backup_helpers import digest

    was = digest(damaged)
    _crash("recover", str(damaged.parent))
    assert damaged.exists() and digest(damaged) == was  # never no database (an empty one)
    files.clean_leftovers([damaged.parent])  # what the next start does first
    rescues = [
        f for f in damaged.parent.glob("*.db") if f != damaged and digest(f) != was and _coachees(f)
    ]
    assert rescues, sorted(p.name for p in damaged.parent.iterdir())  # the rescue is kept
    # and a second recover goes through
    rescued = _coachees(rescues[0])
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(salvage, "_shell", lambda: None)
        again = BackupService.recover(str(damaged.parent))
    assert _coachees(damaged) == rescued == again.tables["coachee"]
    assert digest(again.set_aside) == was


def test_a_crash_before_a_backup_replaces_a_damaged_store_keeps_a_database(data_dir: Path):
    from tests.store.backup_helpers import digest

    with Practice.open(str(data_dir)) as p:
        p.demo.generate(coachees=25, seed=4)
        made = p.backups.create()
    db = data_dir / "coachdesk.db"
    _wreck_middle_pages(db)
    was = digest(db)
    _crash("restore", str(data_dir), str(made.path))
    assert db.exists() and digest(db) == was  # the damaged store, not no database
    [aside] = data_dir.glob("coachdesk-damaged-*.db")
    assert digest(aside) == was
    result = BackupService.restore_into(str(data_dir), made.path)  # and it can be done again
    assert _coachees(db) == result.tables["coachee"]


def test_where_there_are_no_hard_links_the_damaged_store_is_copied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from coachdesk.store import restore

    def no_links(_source: object, _target: object) -> None:
        raise OSError(1, "Operation not permitted")  # FAT, exFAT, some network shares

    monkeypatch.setattr(restore.os, "link", no_links)
    db, wal_file, fresh = tmp_path / "coachdesk.db", tmp_path / "coachdesk.db-wal", tmp_path / "n"
    db.write_bytes(b"beschadigd")
    wal_file.write_bytes(b"journaal")
    fresh.write_bytes(b"gered")
    kept = restore.replace_damaged(db, fresh)
    assert db.read_bytes() == b"gered" and not fresh.exists() and not wal_file.exists()
    assert kept.read_bytes() == b"beschadigd"
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"journaal"
    assert not list(tmp_path.glob("*.part*"))


def test_the_row_copy_of_an_undamaged_store_loses_nothing_and_keeps_the_totals(
    data_dir: Path, no_shell
):
    """The row-by-row rescue walks rowids; session_month (WITHOUT ROWID, migration 0008)
    has none, and once counted as 10,000 unreadable rows."""
    from coachdesk.core.services.backup import BackupService

    with Practice.open(str(data_dir)) as p:
        p.demo.generate(coachees=5, seed=3)
    db = data_dir / "coachdesk.db"
    conn = sqlite3.connect(db)
    months = conn.execute("SELECT * FROM session_month ORDER BY month").fetchall()
    conn.close()
    rescued = BackupService.recover(data_dir)
    assert rescued.method == "rows"
    assert rescued.skipped_rows == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT * FROM session_month ORDER BY month").fetchall() == months
    conn.close()
    assert len(months) > 3
