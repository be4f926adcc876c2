"""The large demo store of the benchmarks, built once and cached between runs.

``cached_store(coachees, seed)`` gives the folder of a store with that many demo
coachees, built with ``coachdesk demo`` the first time and reused after that. The
cache is keyed on the schema head revision, the size and the seed, so a new
migration builds it anew. ``fresh_copy`` copies it into a test's temporary folder
for a benchmark that opens the store with write access (the window, the CLI): the
cached one is never written to.

The cache folder is ``$COACHDESK_BENCH_CACHE`` or ``<temp>/coachdesk-bench-cache``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DB_NAME = "coachdesk.db"


def cache_root() -> Path:
    return Path(
        os.environ.get("COACHDESK_BENCH_CACHE")
        or Path(tempfile.gettempdir()) / "coachdesk-bench-cache"
    )


def cached_store(coachees: int = 10_000, seed: int = 11) -> Path:
    from coachdesk.store import migrate

    folder = cache_root() / f"{migrate.head_revision()}-{coachees}-{seed}"
    if (folder / DB_NAME).is_file() and (folder / "complete").is_file():
        return folder
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "coachdesk",
            "--data-dir",
            str(building),
            "demo",
            "--coachees",
            str(coachees),
            "--seed",
            str(seed),
        ],
        check=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "COACHDESK_LANG": "en"},
        stdout=subprocess.DEVNULL,
    )
    (building / "complete").write_text("ok\n")
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    return folder


def fresh_copy(coachees: int, seed: int, target: Path) -> Path:
    """A copy of the cached store in ``target`` (the database file only)."""
    source = cached_store(coachees, seed)
    target.mkdir(parents=True, exist_ok=True)
    target.chmod(0o700)
    shutil.copyfile(source / DB_NAME, target / DB_NAME)
    (target / DB_NAME).chmod(0o600)
    return target
