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
