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
from collections.abc import Callable, Sequence
from itertools import chain
from operator import itemgetter
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


def _bound(values: Sequence[Any], proc: Callable[[Any], Any]) -> list[Any]:
    """``proc`` of each value, each distinct value converted once (the days and times
    of a batch repeat: a few thousand among a hundred thousand rows). A column holds
    values of one type, so equal values convert alike."""
    try:
        seen = {value: proc(value) for value in set(values) if value is not None}
    except TypeError:  # an unhashable value (a JSON column): one by one
        return [None if value is None else proc(value) for value in values]
    seen[None] = None
    return list(map(seen.__getitem__, values))


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
    for row_values in batch:
        groups.setdefault(tuple(row_values), []).append(row_values)
    for columns, group in groups.items():
        # Column by column (C-level gets and transposes, no Python loop per row):
        # each distinct value goes through the column's bind processor once.
        if len(columns) == 1:
            values: list[Any] = [[row[columns[0]] for row in group]]
        else:
            values = list(zip(*map(itemgetter(*columns), group), strict=True))
        for n, col in enumerate(columns):
            proc = table.c[col].type.dialect_impl(dialect).bind_processor(dialect)
            if proc is not None:
                values[n] = _bound(values[n], proc)
        params = list(chain.from_iterable(zip(*values, strict=True)))
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
