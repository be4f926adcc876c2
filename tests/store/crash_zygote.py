"""A fork server for the kill tests: imports CoachDesk once, then forks a worker per round.

    python crash_zygote.py DATA_DIR

Reads a job name per line on stdin ("write", "backup", "restore A B"), forks a child that
does that job in a loop and prints one line per finished step, prints "child PID", and
"reaped PID" once the test has killed the child. Forking from an imported process makes a
round cost milliseconds instead of a Python start.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

from coachdesk.core.practice import Practice  # noqa: F401 - imported once, before forking
from coachdesk.core.services.backup import BackupService
from coachdesk.store import backup as plumbing

DATA = Path(sys.argv[1])


def say(line: str) -> None:
    """One line in one write(2): print() writes the text and the newline separately, and a
    worker killed between the two left a line without its end, onto which the server's
    "reaped" line was glued (the test then waited for a "reaped" line of its own forever)."""
    os.write(sys.stdout.fileno(), f"{line}\n".encode())


def note(n: int) -> str:
    """A note that shows whether it was written whole: its head and tail name the same n."""
    return f"begin {n} " + "woorden en zinnen " * (50 + n % 200) + f"end {n}"


def write() -> None:
    with Practice.open(str(DATA)) as p:
        trajectory = p.trajectories.list()[0].id
        n = 0
        while True:
            session = p.sessions.create(
                trajectory, datetime(2026, 1, 1) + timedelta(minutes=n), shared_notes=note(n)
            )
            say(f"session {session.id} {n}")
            p.notes.save_draft(session.id, private_notes=note(n + 1))
            say(f"note {session.id} {n + 1}")
            n += 2


def backup() -> None:
    with Practice.open(str(DATA)) as p:
        while True:
            made = p.backups.create(rotate=False)
            say(f"backup {made.path}")


def restore(a: str, b: str) -> None:
    n = 0
    while True:
        BackupService.restore_into(str(DATA), a if n % 2 == 0 else b)
        say(f"restored {n % 2}")
        n += 1


def main() -> None:
    for line in sys.stdin:
        job, *args = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                {"write": write, "backup": backup, "restore": restore}[job](*args)
            finally:
                os._exit(1)
        say(f"child {pid}")
        os.waitpid(pid, 0)
        say(f"reaped {pid}")


if __name__ == "__main__":
    _ = plumbing
    main()
