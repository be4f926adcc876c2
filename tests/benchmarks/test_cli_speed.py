"""Whole CLI processes at 10,000 coachees, against plain Python + sqlite3 scripts.

(a) ``coachdesk search WORD`` (one word, two words, a prefix), process start to exit,
    against a script that imports sqlite3 and runs the same FTS5 queries with the same
    joins and prints the rows. Aim (issue 11): <= 0.4 s against the script's 0.067 s,
    as a ratio: < 6x.
(b) ``coachdesk list coachees --json`` against a script that runs the same coachee
    query and writes the rows with ``json``. Target: <= 2x.

Interleaved, median of ROUNDS; the cached 10,000-coachee store (large_store.py).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.benchmarks import suite
from tests.benchmarks.large_store import REPO, fresh_copy

COACHEES, SEED = suite.coachees(), suite.SEED
ROUNDS = suite.rounds(7)
SEARCH_RATIO = 6.0  # 0.4 s against 0.067 s
LIST_RATIO = 2.0
QUERIES = {"one word": ["wethouder"], "two words": ["overleg", "directeur"], "prefix": ["weth"]}

BASELINE_SEARCH = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
match = " AND ".join('"%s"' % w for w in sys.argv[2:-1]) + (" AND " if len(sys.argv) > 3 else "") + '"%s"*' % sys.argv[-1]
for sql in SQLS:
    for row in conn.execute(sql, {"match": match, "limit": 50}):
        print(row[1], row[2], str(row[-1])[:150])
conn.close()
"""

BASELINE_LIST = r"""
import json, sqlite3, sys
from datetime import datetime
conn = sqlite3.connect(sys.argv[1])
now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
cur = conn.execute(SQL, {"status": None, "now": now})
names = [d[0] for d in cur.description]
rows = [dict(zip(names, r)) for r in cur]
for r in rows:
    r["tags"] = [t.strip() for t in (r["tags"] or "").split(",") if t.strip()]
json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
conn.close()
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fresh_copy(COACHEES, SEED, tmp_path_factory.mktemp("cli10k") / "data")


@pytest.fixture(scope="module")
def scripts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from coachdesk.core import search
    from coachdesk.core.coachee_rows import COACHEE_ROWS_SQL

    folder = tmp_path_factory.mktemp("baselines")
    sqls = [search._kind_sql(kind) for kind in search.KIND_ORDER]
    found = folder / "search_baseline.py"
    found.write_text(f"SQLS = {sqls!r}\n" + BASELINE_SEARCH)
    listed = folder / "list_baseline.py"
    listed.write_text(f"SQL = {COACHEE_ROWS_SQL!r}\n" + BASELINE_LIST)
    return {"search": found, "list": listed}


def _run(*args: str) -> tuple[float, int]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "COACHDESK_LANG": "nl"}
    env.pop("COACHDESK_DATA_DIR", None)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, env=env, cwd=REPO, check=True
    )
    return time.perf_counter() - started, len(done.stdout)


def _compare(ours: list[str], base: list[str]) -> tuple[float, float, int, int]:
    _run(*ours), _run(*base)  # warm the file cache for both
    mine, theirs, out_mine, out_base = [], [], 0, 0
    for _ in range(ROUNDS):  # interleaved, so machine load hits both alike
        seconds, out_mine = _run(*ours)
        mine.append(seconds)
        seconds, out_base = _run(*base)
        theirs.append(seconds)
    return statistics.median(mine), statistics.median(theirs), out_mine, out_base


@pytest.mark.benchmark
def test_cli_search_against_python_and_sqlite3(store: Path, scripts: dict[str, Path]):
    db = str(store / "coachdesk.db")
    lines, worst = [], 0.0
    for label, words in QUERIES.items():
        ours, base, out_mine, out_base = _compare(
            ["-m", "coachdesk", "--data-dir", str(store), "search", *words],
            [str(scripts["search"]), db, *words],
        )
        assert out_mine > 0 and out_base > 0  # both found something
        worst = max(worst, ours / base)
        suite.record(
            f"coachdesk search, whole process: {label}",
            ours,
            "s",
            coachees=COACHEES,
            baseline=base,
            baseline_name="python + sqlite3, the same FTS5 queries",
            at_most=0.4,
        )
        lines.append(f"{label} {ours * 1000:.0f} ms vs {base * 1000:.0f} ms ({ours / base:.2f}x)")
    print(
        f"\ncoachdesk search, {COACHEES} coachees, whole process (median of {ROUNDS}),"
        f" coachdesk vs python+sqlite3: "
        + "; ".join(lines)
        + f"; worst {worst:.2f}x (target < {SEARCH_RATIO}x, aim <= 0.4 s)"
    )
    assert suite.QUICK or worst < SEARCH_RATIO


@pytest.mark.benchmark
def test_cli_list_coachees_json_against_python_sqlite3_json(store: Path, scripts: dict[str, Path]):
    ours, base, out_mine, out_base = _compare(
        ["-m", "coachdesk", "--data-dir", str(store), "list", "coachees", "--json"],
        [str(scripts["list"]), str(store / "coachdesk.db")],
    )
    assert out_mine > 100 * COACHEES and out_base > 100 * COACHEES  # every coachee written
    ratio = ours / base
    suite.record(
        "coachdesk list coachees --json, whole process",
        ours,
        "s",
        coachees=COACHEES,
        baseline=base,
        baseline_name="python + sqlite3 + json",
        ratio_at_most=LIST_RATIO,
    )
    print(
        f"\ncoachdesk list coachees --json, {COACHEES} coachees (median of {ROUNDS}):"
        f" {ours * 1000:.0f} ms vs python+sqlite3+json {base * 1000:.0f} ms,"
        f" ratio {ratio:.2f}x (target <= {LIST_RATIO}x)"
    )
    assert suite.QUICK or ratio <= LIST_RATIO
