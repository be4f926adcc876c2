"""Crash safety, proved: writers, backups and restores SIGKILLed at random moments.

A fork server (crash_zygote.py) imports CoachDesk once and forks a worker per round, so
a round costs milliseconds. After every kill: the store passes integrity_check, every
id the worker reported as committed is there, no note is half written, and a restore
left either the old store or the new one, never a mix.

Every line the fork server and its workers print is one write(2) (crash_zygote.say):
print() writes a line's text and its newline separately, and a worker killed between
the two glued the server's "reaped" line to its own, unended one; the test then waited
for a "reaped" line forever (CI failed so, now and then, for two stops). The stores
live on tmpfs where there is one: a SIGKILL, unlike a power cut, leaves the page
cache alone, so fsync adds nothing to what these tests prove, only time.
"""

from __future__ import annotations

import os
import random
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.core.practice import Practice
from tests.conftest import REPO

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork")

ZYGOTE = Path(__file__).with_name("crash_zygote.py")
NOTE = re.compile(r"^begin (\d+) (?:woorden en zinnen )+end (\d+)$")


class Zygote:
    def __init__(self, data: Path):
        self.proc = subprocess.Popen(
            [sys.executable, str(ZYGOTE), str(data)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            cwd=REPO,
        )
        self._buffer = b""

    def _line(self, timeout: float = 120, pid: int | None = None) -> str:
        """The next line the fork server printed. Read from the pipe's descriptor into
        a buffer of our own: select() on a buffered file object waits for data that the
        file object has already read ahead (a "reaped" line behind the last step), and
        that wait used to end in "the worker said nothing" now and then."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([fd], [], [], timeout)
            assert ready, f"the worker said nothing for {timeout} s; {_state(pid)}"
            chunk = os.read(fd, 65536)
            assert chunk, "the fork server ended"
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode("utf-8").strip()

    def round(self, job: str, rng: random.Random, steps: tuple[int, int]) -> list[str]:
        """Start ``job``, let it finish a random number of steps (and a bit), SIGKILL it;
        the lines it printed (each a step that was complete)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(job + "\n")
        self.proc.stdin.flush()
        first = self._line()
        assert first.startswith("child "), first
        pid = int(first.split()[1])
        lines: list[str] = []
        wanted = rng.randint(*steps)
        while len(lines) < wanted:
            line = self._line(pid=pid)
            assert not line.startswith("reaped"), f"the worker died by itself after {lines}"
            lines.append(line)
        time.sleep(rng.uniform(0, 0.01))  # mid-step, at a random moment
        os.kill(pid, signal.SIGKILL)
        while True:
            line = self._line(timeout=300, pid=pid)  # a kill inside a disk wait waits for it
            assert not line.endswith(f"reaped {pid}") or line == f"reaped {pid}", (
                f"a line the worker did not end: {line!r}"
            )
            if line == f"reaped {pid}":
                return lines
            lines.append(line)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _state(pid: int | None) -> str:
    """What the kernel says the worker is doing: its state (D = waiting on the disk) and
    the kernel function it sleeps in, for a message that tells a hang from a slow disk."""
    if pid is None:
        return "no worker yet"
    try:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        wchan = Path(f"/proc/{pid}/wchan").read_text().strip() or "-"
    except OSError:
        return f"worker {pid} is gone"
    return f"worker {pid} state {stat}, waiting in {wchan}"


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """A store folder on tmpfs (see the module's docstring), else the test's own folder."""
    shm = Path("/dev/shm")
    usable = shm.is_dir() and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 2**28
    if not usable:
        yield Path(os.environ["COACHDESK_DATA_DIR"])
        return
    folder = Path(tempfile.mkdtemp(prefix="coachdesk-kill-", dir=shm))
    try:
        yield folder / "data"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def store(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COACHDESK_DATA_DIR", str(data_dir))
    with Practice.open(str(data_dir)) as p:
        coachee = p.coachees.create("Annelies de Boer")
        p.trajectories.create(coachee.id, "Leiderschap")
    return data_dir


def _integrity(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)  # a plain open, like the next start: the WAL is recovered
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


def test_sigkill_while_writing_sessions_and_notes_loses_nothing_committed(store: Path):
    rng = random.Random(20261201)
    zygote = Zygote(store)
    rounds = commits = 0
    try:
        for _ in range(60):
            lines = zygote.round("write", rng, (1, 12))
            rounds += 1
            conn = _integrity(store / "coachdesk.db")
            try:
                notes = dict(
                    conn.execute(
                        "SELECT id, shared_notes || char(0) || private_notes FROM coaching_session"
                    ).fetchall()
                )
            finally:
                conn.close()
            for line in lines:
                kind, session_id, n = line.split()
                commits += 1
                assert int(session_id) in notes, line
                shared, private = notes[int(session_id)].split("\0")
                text = shared if kind == "session" else private
                match = NOTE.match(text)
                assert match and match.group(1) == match.group(2) == n, line
            for text in notes.values():  # no half-written note anywhere
                for part in text.split("\0"):
                    if part:
                        match = NOTE.match(part)
                        assert match and match.group(1) == match.group(2)
    finally:
        zygote.close()
    assert rounds >= 50 and commits >= rounds
    print(f"kill rounds while writing: {rounds}, commits checked: {commits}")


def test_sigkill_during_backups_never_leaves_a_bad_backup_counted_good(store: Path):
    with Practice.open(str(store)) as p:
        p.demo.generate(coachees=8, seed=5)
    rng = random.Random(7)
    zygote = Zygote(store)
    reported: list[Path] = []
    try:
        for _ in range(15):
            lines = zygote.round("backup", rng, (0, 3))
            reported += [Path(line.split(maxsplit=1)[1]) for line in lines]
            _integrity(store / "coachdesk.db").close()
    finally:
        zygote.close()
    from coachdesk.store.backup import list_backups

    good = {b.path for b in list_backups(store / "backups") if b.good}
    assert set(reported) <= good  # every backup reported as made is there and good
    for path in good:
        _integrity(path).close()
    with Practice.open(str(store)):
        pass  # the next start cleans up the killed ones' temporary files
    assert not list((store / "backups").glob("*.part*"))


def _names(db: Path) -> frozenset[str]:
    conn = _integrity(db)
    try:
        return frozenset(r[0] for r in conn.execute("SELECT name FROM coachee"))
    finally:
        conn.close()


def test_sigkill_during_restores_leaves_the_old_or_the_new_store_never_a_mix(store: Path):
    with Practice.open(str(store)) as p:
        p.demo.generate(coachees=6, seed=1)
        a = p.backups.create(rotate=False)
        p.demo.generate(coachees=4, seed=9)
        p.coachees.create("Alleen in B")
        b = p.backups.create(rotate=False)
    states = {_names(a.path), _names(b.path)}
    assert len(states) == 2
    rng = random.Random(3)
    zygote = Zygote(store)
    rounds = 0
    try:
        for _ in range(20):
            zygote.round(f"restore {a.path} {b.path}", rng, (0, 2))
            rounds += 1
            assert _names(store / "coachdesk.db") in states
    finally:
        zygote.close()
    with Practice.open(str(store)) as p:
        assert frozenset(c.name for c in p.coachees.list()) in states
    assert not list(store.glob("*.part*"))
    print(f"kill rounds while restoring: {rounds}")
