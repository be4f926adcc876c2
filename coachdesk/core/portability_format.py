"""The whole-practice export format (``coachdesk-export``, version 1), derived from the models.

Every table of the SQLModel metadata is part of the format by construction, in the schema
graph's dependency order (core/schema.py): a table added by a later migration is exported,
imported and described by the JSON Schema without a line here. Per table:

- ``id`` (the integer id) is never written: ids are internal to one store.
- A foreign key ``x_id`` is written as ``x_uid``: the uid of the row it refers to.
- A row is identified by its ``uid``; a table without one (``setting``) by its primary key;
  a table with neither (an append-only log) by all its columns together.

Not part of the format, on purpose: ``alembic_version`` (the schema revision belongs to the
store that reads the file), the search index (FTS tables; rebuilt from the rows), and the
settings of one machine (``backup.folder``, any setting named for a path: see
:func:`machine_local`), which an export leaves out and an import skips.

``resources/schemas/coachdesk-export-1.schema.json`` is :func:`json_schema` written out
(``python3 -m coachdesk.core.portability_format``); a test keeps the two equal.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Column, Date, DateTime, Float, Integer, Table
from sqlalchemy.types import TypeDecorator

from coachdesk.core import schema

FORMAT = "coachdesk-export"
VERSION = 1
SCHEMA_FILE = "coachdesk-export-1.schema.json"
MAX_TEXT = 1_000_000  # characters in one field (a long session note is ~20,000)
MAX_ROWS = 2_000_000  # rows in one table
UID_PATTERN = "^[0-9a-f]{32}$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?$"
)
_IN = re.compile(r"^\s*(\w+) IN \((.*)\)\s*$", re.S)


# Settings that hold a place on this computer: on another one (a Mac after a Windows laptop)
# they point nowhere, or somewhere unexpected, and backups with personal data would follow.
MACHINE_LOCAL_SETTINGS = frozenset({"backup.folder"})
_PATH_LIKE = (".folder", ".path", ".dir", "_folder", "_path", "_dir")


def machine_local(key: str) -> bool:
    """Is the setting ``key`` about this machine only (never exported or imported)?"""
    return key in MACHINE_LOCAL_SETTINGS or key.lower().endswith(_PATH_LIKE)


@dataclass(frozen=True)
class Field:
    """One column as the file writes it."""

    column: str  # in the database
    name: str  # in the file
    kind: str  # "text", "integer", "number", "boolean", "date", "datetime", "uid", "ref"
    nullable: bool
    parent: str | None = None  # for "ref": the table referred to
    choices: tuple[str, ...] = ()
    utc: bool = False  # a "datetime" stored as an aware UTC timestamp (else naive wall-clock)


@dataclass(frozen=True)
class TableFormat:
    name: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]  # file names that identify a row across stores

    @property
    def by_uid(self) -> bool:
        return self.key == ("uid",)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def _kind(column: Column[Any]) -> str:
    kind = column.type
    if isinstance(kind, TypeDecorator):
        impl = kind.impl
        kind = impl() if isinstance(impl, type) else impl
    if isinstance(kind, Boolean):
        return "boolean"
    if isinstance(kind, Integer):
        return "integer"
    if isinstance(kind, Float):
        return "number"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    return "text"


def _choices(table: Table) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for constraint in table.constraints:
        if isinstance(constraint, CheckConstraint):
            match = _IN.match(str(constraint.sqltext))
            if match:
                found[match.group(1)] = tuple(re.findall(r"'([^']*)'", match.group(2)))
    return found


@cache
def tables() -> tuple[TableFormat, ...]:
    """The format of every exported table, parents before children."""
    found = []
    for name in schema.ordered_tables():
        table = schema.table(name)
        refs = {e.column: e.parent for e in schema.edges() if e.child == name}
        choices = _choices(table)
        fields = []
        for column in table.columns:
            if column.name == "id" and column.primary_key:
                continue
            if column.name in refs:
                base = column.name[:-3] if column.name.endswith("_id") else column.name
                fields.append(
                    Field(
                        column.name, f"{base}_uid", "ref", bool(column.nullable), refs[column.name]
                    )
                )
                continue
            kind = "uid" if column.name == "uid" else _kind(column)
            nullable = bool(column.nullable) and not column.primary_key
            utc = kind == "datetime" and bool(getattr(column.type, "timezone", False))
            fields.append(
                Field(
                    column.name,
                    column.name,
                    kind,
                    nullable,
                    None,
                    choices.get(column.name, ()),
                    utc,
                )
            )
        names = tuple(f.name for f in fields)
        if "uid" in names:
            key: tuple[str, ...] = ("uid",)
        elif any(c.primary_key and c.name != "id" for c in table.columns):
            key = tuple(c.name for c in table.columns if c.primary_key)
        else:
            key = names
        found.append(TableFormat(name, tuple(fields), key))
    return tuple(found)


def table_format(name: str) -> TableFormat:
    return next(t for t in tables() if t.name == name)


# --- values -----------------------------------------------------------------------


def to_json(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind in ("date", "datetime"):
        return value.isoformat()
    if kind == "boolean":
        return bool(value)
    if kind == "number":
        return float(value)
    return value


def from_json(kind: str, value: Any, utc: bool = False) -> Any:
    """The database value of a checked file value (ValueError for an impossible date).

    A UTC timestamp without an offset is read as UTC; a wall-clock time with one is
    converted to UTC and stored without it."""
    if value is None:
        return None
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "datetime":
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if utc:
            return (
                parsed.replace(tzinfo=UTC) if parsed.utcoffset() is None else parsed.astimezone(UTC)
            )
        if parsed.utcoffset() is not None:
            return parsed.astimezone(UTC).replace(tzinfo=None)
        return parsed
    if kind == "number":
        return float(value)
    return value


# --- JSON Schema -------------------------------------------------------------------


def _field_schema(f: Field) -> dict[str, Any]:
    if f.kind in ("uid", "ref"):
        spec: dict[str, Any] = {"type": "string", "pattern": UID_PATTERN}
    elif f.kind == "text":
        spec = {"type": "string", "maxLength": MAX_TEXT}
        if f.choices:
            spec = {"enum": list(f.choices)}
    elif f.kind == "integer":
        spec = {"type": "integer", "minimum": -(2**63), "maximum": 2**63 - 1}
    elif f.kind == "number":
        spec = {"type": "number"}
    elif f.kind == "boolean":
        spec = {"type": "boolean"}
    elif f.kind == "date":
        spec = {"type": "string", "pattern": DATE_PATTERN}
    else:
        spec = {"type": "string", "pattern": DATETIME_PATTERN}
    if f.kind == "ref":
        spec["description"] = f"uid of a row in {f.parent}"
    if f.nullable:
        spec = {"anyOf": [spec, {"type": "null"}]}
    return spec


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an export file."""
    defs = {}
    for t in tables():
        defs[t.name] = {
            "type": "object",
            "properties": {f.name: _field_schema(f) for f in t.fields},
            "required": [f.name for f in t.fields],
            "additionalProperties": False,
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://coachdesk.nl/schemas/{SCHEMA_FILE}",
        "title": "CoachDesk practice export, version 1",
        "description": (
            "Every row of a CoachDesk practice. Rows are identified by uid (32 hex digits); "
            "a reference to another row is that row's uid (field name ending in _uid). "
            "Dates are YYYY-MM-DD, timestamps ISO 8601."
        ),
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "exported_at": {"type": "string", "pattern": DATETIME_PATTERN},
            "app_version": {"type": "string", "maxLength": 100},
            "tables": {
                "type": "object",
                "properties": {
                    t.name: {
                        "type": "array",
                        "maxItems": MAX_ROWS,
                        "items": {"$ref": f"#/$defs/{t.name}"},
                    }
                    for t in tables()
                },
                "additionalProperties": False,
            },
        },
        "required": ["format", "version", "tables"],
        "additionalProperties": False,
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # regenerate the shipped schema after a migration
    from coachdesk.paths import resource

    target = resource("schemas") / SCHEMA_FILE
    target.write_text(schema_text(), encoding="utf-8")
    sys.stdout.write(f"{target}\n")
