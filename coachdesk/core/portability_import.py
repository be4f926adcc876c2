"""Merging a checked export file into the store: first the plan, then one transaction.

A row of the file is matched to the store's row with the same key (its uid; a setting by its
key; a log row by all its values):

- **add**: the store does not have it;
- **change**: the store has it with other values, and the file's copy is not older
  (``updated_at``, for tables that keep one);
- **skip**: the store has it already as it is, or the store's copy was changed later.

Rows of the store that the file does not hold are left alone: an import never deletes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, insert, select, update
from sqlalchemy.exc import IntegrityError

from coachdesk.core import portability_format as fmt
from coachdesk.core import schema
from coachdesk.core.portability import file_row, uid_maps
from coachdesk.core.portability_check import ImportFileError, Problem
from coachdesk.errors import Phrase
from coachdesk.i18n import Lang, tr

Row = dict[str, Any]
Progress = Callable[[int, int], None]


@dataclass
class TablePlan:
    name: str
    add: list[int] = field(default_factory=list)  # indexes into the file's rows
    change: list[int] = field(default_factory=list)
    same: int = 0  # skipped: identical
    newer_here: int = 0  # skipped: the store's copy was changed later
    erased: int = 0  # skipped: erased or anonymised (the erasure ledger), or below such a row
    local: int = 0  # skipped: a setting of the machine that wrote the file (backup.folder)

    @property
    def skip(self) -> int:
        return self.same + self.newer_here + self.erased + self.local


@dataclass
class ImportPlan:
    rows: dict[str, list[Row]]
    tables: list[TablePlan]
    store_was_empty: bool

    @property
    def adds(self) -> int:
        return sum(len(t.add) for t in self.tables)

    @property
    def changes(self) -> int:
        return sum(len(t.change) for t in self.tables)

    @property
    def skips(self) -> int:
        return sum(t.skip for t in self.tables)

    @property
    def writes(self) -> int:
        return self.adds + self.changes


def store_keys(conn: Connection, name: str) -> dict[str, int]:
    t = schema.table(name)
    if "uid" not in t.c:
        return {}
    return {uid: row_id for row_id, uid in conn.execute(select(t.c.id, t.c.uid))}


def _key(t: fmt.TableFormat, row: Row) -> tuple[Any, ...]:
    return tuple(row[k] for k in t.key)


def _ledger(conn: Connection, rows: dict[str, list[Row]]) -> set[tuple[str, str]]:
    """(table, uid) of every row the erasure ledger (the store's and the file's) names."""
    if "erasure" not in schema.ordered_tables():
        return set()
    t = schema.table("erasure")
    found = {(a, b) for a, b in conn.execute(select(t.c.subject_table, t.c.subject_uid))}
    return found | {(r["subject_table"], r["subject_uid"]) for r in rows.get("erasure", [])}


def _below_ledger(
    t: fmt.TableFormat, row: Row, ledger: set[tuple[str, str]], skipped: dict[str, set[str]]
) -> bool:
    """Is ``row`` erased, or (through a required reference) part of an erased row?

    An old export must not bring back a coachee erased here (nor anything about them)."""
    if (t.name, row.get("uid")) in ledger:
        return True
    for f in t.fields:
        if f.parent and row[f.name] in skipped.get(f.parent, ()):
            if not f.nullable:
                return True
            row[f.name] = None  # a session that is gone: the agreement stays, unlinked
    return False


def make_plan(conn: Connection, rows: dict[str, list[Row]]) -> ImportPlan:
    """What importing ``rows`` (checked by portability_check.validate) would do."""
    referred = {f.parent for t in fmt.tables() for f in t.fields if f.parent}
    uids = uid_maps(conn, {p for p in referred if p})
    ledger = _ledger(conn, rows)
    skipped: dict[str, set[str]] = {}
    plans, empty = [], True
    for t in fmt.tables():
        table = schema.table(t.name)
        stored = (file_row(t, x, uids) for x in conn.execute(select(table)).mappings())
        here = {_key(t, r): r for r in stored}
        if here and t.name != "setting":
            empty = False
        plan = TablePlan(t.name)
        for n, row in enumerate(rows.get(t.name, [])):
            if t.name == "setting" and fmt.machine_local(row["key"]):
                plan.local += 1  # an older export's backup folder: this machine keeps its own
                continue
            if t.by_uid and _below_ledger(t, row, ledger, skipped):
                plan.erased += 1
                skipped.setdefault(t.name, set()).add(row["uid"])
                continue
            mine = here.get(_key(t, row))
            if mine is None:
                plan.add.append(n)
            elif mine == row:
                plan.same += 1
            elif "updated_at" in mine and (mine["updated_at"] or "") > (row["updated_at"] or ""):
                plan.newer_here += 1
            else:
                plan.change.append(n)
        plans.append(plan)
    return ImportPlan(rows, plans, empty)


def _values(t: fmt.TableFormat, row: Row, ids: dict[str, dict[str, int]]) -> Row:
    values: Row = {}
    for f in t.fields:
        value = row[f.name]
        if f.kind == "ref":
            values[f.column] = None if value is None else ids[f.parent or ""][value]
        else:
            values[f.column] = fmt.from_json(f.kind, value, f.utc)
    return values


CHUNK = 500


def _insert_chunk(
    conn: Connection, table: Any, chunk: list[tuple[int, Row]], name: str, problems: list[Problem]
) -> None:
    """Insert ``chunk`` (file index, values) in one statement; when the database refuses
    one of them, find which (row by row, each in a savepoint) for the message."""
    try:
        with conn.begin_nested():
            conn.execute(insert(table), [values for _n, values in chunk])
        return
    except IntegrityError:
        pass
    for n, values in chunk:
        try:
            with conn.begin_nested():
                conn.execute(insert(table), [values])
        except IntegrityError:
            problems.append(Problem(f"/tables/{name}/{n}", Phrase("import.refused_row")))


def apply_plan(conn: Connection, plan: ImportPlan, progress: Progress | None = None) -> None:
    """Write ``plan`` in the caller's transaction; ImportFileError (roll back) when the store's
    own rules refuse a row (e.g. a session of 0 minutes), with that row's place.

    New rows go in chunks of 500 per statement (parents first, so references resolve)."""
    ids = {t.name: store_keys(conn, t.name) for t in fmt.tables() if t.by_uid}
    problems: list[Problem] = []
    total, done = max(1, plan.writes), 0
    for tp in plan.tables:
        t = fmt.table_format(tp.name)
        table = schema.table(tp.name)
        batch = plan.rows.get(tp.name, [])
        for start in range(0, len(tp.add), CHUNK):
            part = tp.add[start : start + CHUNK]
            chunk = [(n, _values(t, batch[n], ids)) for n in part]
            _insert_chunk(conn, table, chunk, tp.name, problems)
            done += len(part)
            if progress:
                progress(done, total)
        if tp.add and t.by_uid:
            ids[t.name] = store_keys(conn, t.name)  # the new rows' ids, for their children
        columns = [t.field(k).column for k in t.key]
        for n in tp.change:
            values = _values(t, batch[n], ids)
            match = and_(*(table.c[c] == values[c] for c in columns))
            try:
                with conn.begin_nested():
                    conn.execute(update(table).where(match).values(values))
            except IntegrityError:
                problems.append(Problem(f"/tables/{tp.name}/{n}", Phrase("import.refused_row")))
            done += 1
            if progress and done % 200 == 0:
                progress(done, total)
        if len(problems) >= 20:
            break
    if problems:
        raise ImportFileError(problems)
    if progress:
        progress(total, total)


def table_label(name: str, lang: Lang | None = None) -> str:
    label = tr(f"portability.table.{name}", lang)
    return name if label.startswith("portability.") else label  # a table added later


def describe(plan: ImportPlan, lang: Lang | None = None) -> list[str]:
    """The dry run, as the coach reads it (the CLI prints it; the window shows a table)."""
    lines = [tr("portability.plan_header", lang)]
    if plan.store_was_empty:
        lines.append(tr("portability.plan_empty_store", lang))
    for t in plan.tables:
        if not (t.add or t.change or t.skip):
            continue
        line = tr(
            "portability.plan_line",
            lang,
            table=table_label(t.name, lang),
            add=len(t.add),
            change=len(t.change),
            skip=t.skip,
        )
        if t.newer_here:
            line += " " + tr("portability.plan_newer", lang, count=t.newer_here)
        if t.erased:
            line += " " + tr("portability.plan_erased", lang, count=t.erased)
        lines.append("  " + line)
    if not plan.writes:
        lines.append(tr("portability.plan_nothing", lang))
    lines.append(tr("portability.plan_never_deletes", lang))
    return lines
