"""The demo's bulk writes: multi-row INSERTs, on a thread of their own.

The generator builds the rows of a batch of coachees in Python while SQLite writes
the batch before (SQLite releases the GIL while a statement runs, so on two cores
the two overlap). Batches are written in order, each table's rows after its
parents', on the caller's connection and in its transaction: the generator waits
for the last batch before it leaves the transaction, and a failure on either side
ends both (the transaction then rolls back whole).
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable
from datetime import date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Connection

from coachdesk.core import schema

MAX_PARAMS = 32766  # per statement at most (SQLite's default limit since 3.32)
Batch = dict[str, list[dict[str, Any]]]  # table -> rows


class BatchWriter:
    """``with BatchWriter(conn) as write: write(batch)``; ``write`` returns at once
    (at most two batches wait), leaving the block waits for every batch written."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self._queue: queue.Queue[Batch | None] = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="demo-writer", daemon=True)

    def __enter__(self) -> Callable[[Batch], None]:
        self._thread.start()
        return self.write

    def write(self, batch: Batch) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(batch)

    def _run(self) -> None:
        while (batch := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain: the generator learns of the error at its next write
            try:
                for name in schema.practice_tables():  # parents first
                    rows = batch.get(name)
                    if rows:
                        _insert(self.conn, name, rows)
            except BaseException as exc:  # noqa: BLE001 - handed to the generator's thread
                self._error = exc

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._queue.put(None)
        self._thread.join()
        if kind is None and self._error is not None:
            raise self._error


def _max_params(conn: Connection) -> int:
    """How many parameters one statement may have (999 where the driver cannot say)."""
    getlimit = getattr(conn.connection.driver_connection, "getlimit", None)
    if getlimit is None:
        return 999
    return min(MAX_PARAMS, int(getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)))


_DAYS = (date, datetime)  # types whose converted value is worth remembering


def _insert(conn: Connection, name: str, batch: list[dict[str, Any]]) -> None:
    """Insert ``batch`` into table ``name``: multi-row INSERTs at the driver level.

    The values pass through the columns' own bind processors (dates and times as
    SQLAlchemy stores them), so the rows are exactly what ``insert(table)`` writes,
    without its per-row compile and parameter work. One statement carries as many
    rows as SQLite takes parameters. Rows are grouped by their columns (every row of a table has the same ones).
    """
    table = schema.table(name)
    dialect = conn.dialect
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for values in batch:
        groups.setdefault(tuple(values), []).append(values)
    for columns, group in groups.items():
        procs = [table.c[col].type.dialect_impl(dialect).bind_processor(dialect) for col in columns]
        convert: list[tuple[str, Any, dict[Any, Any]]] = [
            (col, proc, {}) for col, proc in zip(columns, procs, strict=True) if proc is not None
        ]
        for v in group:
            for col, proc, seen in convert:
                value = v[col]
                if value is None:
                    continue
                if type(value) in _DAYS:  # a few thousand days and times, each converted once
                    bound = seen.get(value)
                    if bound is None:
                        bound = seen[value] = proc(value)
                    v[col] = bound
                else:
                    v[col] = proc(value)
        params = [v[col] for v in group for col in columns]
        names = ", ".join(f'"{col}"' for col in columns)
        row = "(" + ", ".join("?" * len(columns)) + ")"
        per = max(1, _max_params(conn) // len(columns))
        width = per * len(columns)
        for at in range(0, len(params), width):
            chunk = params[at : at + width]
            rows = len(chunk) // len(columns)
            conn.exec_driver_sql(
                f'INSERT INTO "{name}" ({names}) VALUES {", ".join([row] * rows)}', tuple(chunk)
            )
