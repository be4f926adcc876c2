"""What a write changed: the idea of Anki's ``OpChanges``.

Every commit made through the practice's database helper reports the rows it
inserted, updated or deleted. A caller that wants to know (the window, to
refresh exactly what a write touched) wraps the work in ``recording()``:

    with recording() as rec:
        practice.sessions.create(...)
    rec.changes  # Changes(coaching_session ids {…}, …)

Recording is per thread (a context variable), so a background write and a
write on the GUI thread never mix their reports. Deleting a row also reports
every table below it (cascade), with its ids unknown (``None``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

# table -> the ids written (None: unknown ids, e.g. rows removed by a cascade)
RowIds = Mapping[str, frozenset[int] | None]
# table -> the columns written (None: whole rows, inserted or deleted)
Columns = Mapping[str, frozenset[str] | None]


@dataclass(frozen=True)
class Changes:
    rows: RowIds = field(default_factory=dict)
    columns: Columns = field(default_factory=dict)
    everything: bool = False  # a bulk change (demo data, a restore): refresh all

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def __bool__(self) -> bool:
        return self.everything or bool(self.rows)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)

    def touches(self, *tables: str, ignoring: Iterable[str] = ()) -> bool:
        """True when a row of one of ``tables`` changed in a column not in ``ignoring``."""
        if self.everything:
            return True
        skip = frozenset(ignoring)
        for table in tables:
            if table not in self.rows:
                continue
            columns = self.columns.get(table)
            if columns is None or not columns <= skip:
                return True
        return False

    def ids(self, table: str) -> frozenset[int] | None:
        """The ids of ``table`` that changed; None when unknown (or everything changed)."""
        if self.everything:
            return None
        return self.rows.get(table, frozenset())

    def may_touch(self, table: str, row_id: int | None) -> bool:
        """Could the row ``row_id`` of ``table`` have changed?"""
        if self.everything:
            return True
        if table not in self.rows:
            return False
        ids = self.rows[table]
        return ids is None or row_id in ids

    def merged(self, other: Changes) -> Changes:
        if self.everything or other.everything:
            return Changes.all()
        rec = ChangeRecorder()
        rec.add_changes(self)
        rec.add_changes(other)
        return rec.changes


class ChangeRecorder:
    """Collects what the commits inside one ``recording()`` wrote."""

    def __init__(self) -> None:
        self._rows: dict[str, set[int] | None] = {}
        self._columns: dict[str, set[str] | None] = {}
        self._everything = False

    def add(self, table: str, row_id: int | None, columns: Iterable[str] | None = None) -> None:
        ids = self._rows.get(table, set())
        if ids is not None:
            if row_id is None:
                self._rows[table] = None
            else:
                ids.add(row_id)
                self._rows[table] = ids
        else:
            self._rows[table] = None
        if columns is None:
            self._columns[table] = None
        elif table not in self._columns:
            self._columns[table] = set(columns)
        else:
            known = self._columns[table]
            if known is not None:
                known.update(columns)

    def add_changes(self, changes: Changes) -> None:
        if changes.everything:
            self._everything = True
        for table, ids in changes.rows.items():
            columns = changes.columns.get(table)
            if ids is None:
                self.add(table, None, columns)
            else:
                for row_id in ids:
                    self.add(table, row_id, columns)
                if not ids:
                    self._rows.setdefault(table, set())
                    if columns is None:
                        self._columns[table] = None

    def everything(self) -> None:
        self._everything = True

    @property
    def changes(self) -> Changes:
        if self._everything:
            return Changes.all()
        return Changes(
            rows={t: None if ids is None else frozenset(ids) for t, ids in self._rows.items()},
            columns={t: None if c is None else frozenset(c) for t, c in self._columns.items()},
        )


_current: ContextVar[ChangeRecorder | None] = ContextVar("coachdesk_changes", default=None)


@contextmanager
def recording() -> Iterator[ChangeRecorder]:
    """Record what the commits made inside this block (on this thread) wrote."""
    outer = _current.get()
    recorder = ChangeRecorder()
    token = _current.set(recorder)
    try:
        yield recorder
    finally:
        _current.reset(token)
        if outer is not None:  # nested: the outer block sees it too
            outer.add_changes(recorder.changes)


def current_recorder() -> ChangeRecorder | None:
    return _current.get()
