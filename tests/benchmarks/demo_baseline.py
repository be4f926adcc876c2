"""The baseline of the demo benchmark: plain ``sqlite3`` writing the same rows and index.

    python3 tests/benchmarks/demo_baseline.py SOURCE.db TARGET.db

Reads every row of SOURCE (a store made by ``coachdesk demo``) into memory, then
writes them to a new TARGET with the same schema, indexes, full-text index and
triggers, the store's pragmas (WAL, synchronous FULL, foreign keys, secure
delete), in one transaction: the tables and indexes first, the rows with one
``executemany`` per table (parents first), the full-text index filled with one
INSERT ... SELECT per indexed text, the triggers last. It imports nothing from
CoachDesk, so the whole process is what a minimal program doing the same writes
costs. Prints the seconds spent reading and writing as JSON.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time

# table, kind, [(part, text expression)] -- as migration 0002 indexes them
INDEXED = [
    ("coaching_session", 1, [(0, "shared_notes"), (1, "private_notes")]),
    ("agreement", 2, [(0, "text")]),
    ("goal", 3, [(0, "title || char(10) || description || char(10) || success_criteria")]),
    ("trajectory", 4, [(0, "title || char(10) || intake_question")]),
    ("coachee", 5, [(0, "name")]),
]
FTS = "search_index"


def _parents_first(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    parents = {
        t: {row[2] for row in conn.execute(f'PRAGMA foreign_key_list("{t}")')} & set(tables)
        for t in tables
    }
    ordered: list[str] = []
    while len(ordered) < len(tables):
        for t in tables:
            if t not in ordered and parents[t] - {t} <= set(ordered):
                ordered.append(t)
    return ordered


def main(source: str, target: str) -> dict[str, float]:
    started = time.perf_counter()
    src = sqlite3.connect(source)
    schema = src.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    shadow = {f"{FTS}_{s}" for s in ("data", "idx", "docsize", "config", "content")}
    tables = [n for t, n, _ in schema if t == "table" and n != FTS and n not in shadow]
    tables = _parents_first(src, tables)
    rows = {t: src.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    src.close()
    read = time.perf_counter() - started

    started = time.perf_counter()
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA foreign_keys = ON")
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = FULL")
    dst.execute("PRAGMA secure_delete = ON")
    dst.execute("BEGIN IMMEDIATE")
    for kind, name, sql in schema:
        if kind in ("table", "index") and name not in shadow:
            dst.execute(sql)
    for t in tables:
        if rows[t]:
            marks = ", ".join("?" * len(rows[t][0]))
            dst.executemany(f'INSERT INTO "{t}" VALUES ({marks})', rows[t])
    for table, kind, parts in INDEXED:
        for part, body in parts:
            dst.execute(
                f"INSERT INTO {FTS}(rowid, body) SELECT ({kind} << 40) + id * 2 + {part}, {body}"
                f" FROM {table} WHERE trim({body}) <> '' ORDER BY id"
            )
    for kind, _name, sql in schema:
        if kind == "trigger":
            dst.execute(sql)
    dst.execute("COMMIT")
    dst.close()
    return {"read_s": read, "write_s": time.perf_counter() - started}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
