"""Reading an export file someone hands us: refused whole, with its problems, or fully checked.

Order, cheapest first, so a hostile file costs little and changes nothing:
1. the size on disk (a 200 MB file is refused unread), then strict UTF-8;
2. nesting, container count and lone surrogates in linear time (core/json_limits.py);
3. parsing, refusing NaN/Infinity, numbers out of range and duplicate keys;
4. every field against the format (type, length, choices, dates, uids; unknown fields);
5. duplicate row keys and references to rows that neither the file nor the store holds.
Problems are collected (the first 20 are shown) with their place as a JSON pointer.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coachdesk.core import json_limits
from coachdesk.core import portability_format as fmt
from coachdesk.errors import CoachDeskError, Phrase
from coachdesk.i18n import Lang, tr

MAX_BYTES = 100 * 1024 * 1024
MAX_SHOWN = 20
MAX_DEPTH = 8
MAX_CONTAINERS = 5_000_000
EXACT_CHECK_CHARS = 2_000_000
_DATE = re.compile(fmt.DATE_PATTERN)
_DATETIME = re.compile(fmt.DATETIME_PATTERN)
_UID = re.compile(fmt.UID_PATTERN)
_TOP = {"format", "version", "exported_at", "app_version", "tables"}


@dataclass(frozen=True)
class Problem:
    where: str  # a JSON pointer ("/tables/coachee/3/name"), or "" for the whole file
    what: Phrase
    line: int | None = None  # for problems found before parsing

    def text(self, lang: Lang | None = None) -> str:
        if self.line is not None:
            place = tr("import.at_line", lang, line=self.line)
        else:
            place = self.where or tr("import.whole_file", lang)
        return f"{place}: {self.what.text(lang)}"


class ImportFileError(CoachDeskError):
    """The file cannot be imported; nothing was changed."""

    key = "error.import_file"

    def __init__(self, problems: list[Problem], total: int | None = None):
        self.problems = problems[:MAX_SHOWN]
        self.total = total if total is not None else len(problems)
        super().__init__()

    def message(self, lang: Lang | None = None) -> str:
        lines = [tr(self.key, lang, count=self.total)]
        lines += [f"- {p.text(lang)}" for p in self.problems]
        if self.total > len(self.problems):
            lines.append(tr("import.more_problems", lang, count=self.total - len(self.problems)))
        return "\n".join(lines)


def _refuse(what: str, where: str = "", line: int | None = None, **params: object) -> None:
    raise ImportFileError([Problem(where, Phrase(f"import.{what}", **params), line)])


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, refusing what is not a regular file or too big, before reading."""
    target = Path(path).expanduser()
    try:
        info = target.stat()
        if not stat.S_ISREG(info.st_mode):
            _refuse("not_a_file")
        if info.st_size > MAX_BYTES:
            _refuse("too_big", limit=MAX_BYTES // (1024 * 1024))
        with target.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        _refuse("no_file")
    except OSError:
        _refuse("unreadable")
    if len(data) > MAX_BYTES:  # it grew while we looked
        _refuse("too_big", limit=MAX_BYTES // (1024 * 1024))
    return data


class _DuplicateKey(ValueError):
    pass


def _no_constants(name: str) -> Any:
    raise ValueError(f"constant {name}")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def parse(data: bytes) -> Any:
    """The JSON value of ``data``, or ImportFileError with the line where it goes wrong."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _refuse("not_utf8", line=data.count(b"\n", 0, exc.start) + 1)
    if not text.strip():
        _refuse("empty")
    # The exact check (with the line) walks every character in Python: ~0.5 s per MB. A big
    # file gets it only when a C-speed count says it may hold too many parts; deep nesting
    # is then caught by the parser's own recursion guard, lone surrogates per field below.
    brackets = text.count("{") + text.count("[")
    if len(text) <= EXACT_CHECK_CHARS or brackets > MAX_CONTAINERS:
        excess = json_limits.check(text, max_depth=MAX_DEPTH, max_containers=MAX_CONTAINERS)
        if excess is not None:
            _refuse(excess.problem, line=excess.line, limit=excess.limit)
    try:
        return json.loads(
            text, parse_constant=_no_constants, parse_float=_finite, object_pairs_hook=_pairs
        )
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            _refuse("truncated", line=exc.lineno)
        _refuse("bad_json", line=exc.lineno)
    except _DuplicateKey as exc:
        _refuse("duplicate_key", name=str(exc)[:80])
    except RecursionError:
        _refuse("too_deep", limit=MAX_DEPTH)
    except ValueError:  # NaN, Infinity, 1e999, a 5000-digit integer
        _refuse("bad_number")
    raise AssertionError("unreachable")


class _Problems:
    def __init__(self) -> None:
        self.found: list[Problem] = []
        self.total = 0

    def add(self, where: str, what: str, **params: object) -> None:
        self.total += 1
        if len(self.found) < MAX_SHOWN:
            self.found.append(Problem(where, Phrase(f"import.{what}", **params)))


def _check_value(f: fmt.Field, value: Any, where: str, out: _Problems) -> Any:
    """The normalised value (as :func:`fmt.to_json` writes it), or None after a problem."""
    if value is None:
        if not f.nullable:
            out.add(where, "missing_value")
        return None
    kind = f.kind
    if kind == "boolean":
        if not isinstance(value, bool):
            out.add(where, "want_boolean")
        return value
    if kind in ("integer", "number"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            out.add(where, "want_number")
            return None
        if kind == "integer" and not (isinstance(value, int) and -(2**63) <= value < 2**63):
            out.add(where, "want_integer")
            return None
        return float(value) if kind == "number" else value
    if not isinstance(value, str):
        out.add(where, "want_text")
        return None
    if len(value) > fmt.MAX_TEXT:
        out.add(where, "too_long", limit=fmt.MAX_TEXT)
        return None
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (half an emoji): not storable text
            out.add(where, "lone_surrogate")
            return None
    if kind in ("uid", "ref"):
        if not _UID.match(value):
            out.add(where, "bad_uid")
        return value
    if kind in ("date", "datetime"):
        pattern = _DATE if kind == "date" else _DATETIME
        try:
            if not pattern.match(value):
                raise ValueError(value)
            return fmt.to_json(kind, fmt.from_json(kind, value, f.utc))
        except ValueError:
            out.add(where, f"bad_{kind}")
            return None
    if f.choices and value not in f.choices:
        out.add(where, "bad_choice", choices=", ".join(repr(c) for c in f.choices))
    return value


def _check_row(t: fmt.TableFormat, row: Any, where: str, out: _Problems) -> dict[str, Any] | None:
    if not isinstance(row, dict):
        out.add(where, "want_object")
        return None
    names = {f.name for f in t.fields}
    for key in row:
        if key not in names:
            out.add(f"{where}/{_escape(key)}", "unknown_field")
    clean: dict[str, Any] = {}
    for f in t.fields:
        if f.name not in row:
            out.add(f"{where}/{f.name}", "missing_field")
            continue
        clean[f.name] = _check_value(f, row[f.name], f"{where}/{f.name}", out)
    return clean


def _escape(key: str) -> str:
    return key[:80].replace("~", "~0").replace("/", "~1")


def validate(
    doc: Any, known: Callable[[str], Mapping[str, object]] = lambda _t: {}
) -> dict[str, list[dict[str, Any]]]:
    """The file's rows, normalised, per table (parents first); ImportFileError otherwise.

    ``known(table)`` gives the uids the store already holds (references may point there).
    """
    out = _Problems()
    if not isinstance(doc, dict):
        _refuse("want_document")
    for key in doc:
        if key not in _TOP:
            out.add(f"/{_escape(key)}", "unknown_field")
    if doc.get("format") != fmt.FORMAT:
        out.add("/format", "not_an_export")
    version = doc.get("version")
    if isinstance(version, bool) or version != fmt.VERSION:
        out.add("/version", "bad_version", version=fmt.VERSION)
    for key in ("exported_at", "app_version"):
        if key in doc and (not isinstance(doc[key], str) or len(doc[key]) > 100):
            out.add(f"/{key}", "want_text")
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        out.add("/tables", "want_tables")
        raise ImportFileError(out.found, out.total)
    formats = {t.name: t for t in fmt.tables()}
    for name in tables:
        if name not in formats:
            out.add(f"/tables/{_escape(name)}", "unknown_table")
    rows: dict[str, list[dict[str, Any]]] = {}
    for t in fmt.tables():
        batch = tables.get(t.name, [])
        where = f"/tables/{t.name}"
        if not isinstance(batch, list):
            out.add(where, "want_list")
            continue
        if len(batch) > fmt.MAX_ROWS:
            out.add(where, "too_many_rows", limit=fmt.MAX_ROWS)
            continue
        clean = [_check_row(t, row, f"{where}/{n}", out) for n, row in enumerate(batch)]
        rows[t.name] = clean  # type: ignore[assignment]  # None: a row that is not an object
        _check_keys(t, clean, where, out)
    _check_references(rows, known, out)
    if out.total:
        raise ImportFileError(out.found, out.total)
    return rows


def _check_keys(
    t: fmt.TableFormat, rows: list[dict[str, Any] | None], where: str, out: _Problems
) -> None:
    if t.key == tuple(f.name for f in t.fields):
        return  # an append-only log: identical rows are one row
    seen: dict[tuple[Any, ...], int] = {}
    for n, row in enumerate(rows):
        if row is None:
            continue
        key = tuple(row.get(k) for k in t.key)
        if None in key:
            continue
        if key in seen:
            field = t.key[0]
            out.add(f"{where}/{n}/{field}", "duplicate_row", other=f"{where}/{seen[key]}")
        else:
            seen[key] = n


def _check_references(
    rows: dict[str, list[dict[str, Any]]],
    known: Callable[[str], Mapping[str, object]],
    out: _Problems,
) -> None:
    cache: dict[str, set[str]] = {}
    for t in fmt.tables():
        for f in t.fields:
            if f.parent is None:
                continue
            parent = f.parent
            if parent not in cache:
                listed = {str(r.get("uid")) for r in rows.get(parent, []) if r is not None}
                cache[parent] = listed | set(known(parent))
            for n, row in enumerate(rows.get(t.name, [])):
                value = None if row is None else row.get(f.name)
                if value is not None and value not in cache[parent]:
                    out.add(f"/tables/{t.name}/{n}/{f.name}", "dangling", table=parent)
