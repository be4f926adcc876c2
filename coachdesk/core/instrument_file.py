"""Read and validate one instrument file, naming the line of every problem.

The JSON is parsed with a scanner that remembers on which line each object
starts and on which line each of its keys stands, so a message can say
"disc.json, regel 14: dimensie 'x': min (5) is groter dan max (3)".
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import math
import re
from typing import Any

from coachdesk.core import json_limits
from coachdesk.core.instrument_types import (
    CHART_KINDS,
    Dimension,
    Instrument,
    LabelOption,
    LabelSet,
    Pole,
    Variant,
)
from coachdesk.errors import InstrumentFileError, Phrase, Term

_W_INSTRUMENT = Term("instrument.where_instrument")
_W_DIMENSION = Term("instrument.where_a_dimension")
_W_VARIANT = Term("instrument.where_variant")
_W_LABELS = Term("instrument.where_labels")
_W_LABEL = Term("instrument.where_a_label")
_KEY = re.compile(r"^[a-zA-Z0-9_]{1,40}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class _Obj(dict):
    """A JSON object that knows its line and the line of each key."""

    line: int = 1
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return getattr(self, "key_lines", {}).get(key, self.line)


class _Problem(Exception):
    def __init__(self, line: int, message_key: str, /, **params: object):
        super().__init__(message_key)
        self.line = line
        self.phrase = Phrase(message_key, **params)


class _DuplicateJsonKey(Exception):
    def __init__(self, key: str):
        self.key = key


def _line(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _key_lines(text: str, start: int, end: int) -> dict[str, int]:
    """Lines of the keys directly inside the object text[start:end] ('{' at start)."""
    found: dict[str, int] = {}
    depth, i, line = 0, start, _line(text, start)
    while i < end:
        ch = text[i]
        if ch == "\n":
            line += 1
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
        elif ch == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if depth == 1 and text[j + 1 : j + 40].lstrip().startswith(":"):
                found.setdefault(json.loads(text[i : j + 1]), line)
            i = j
        i += 1
    return found


def _pairs(pairs: list[tuple[str, Any]]) -> _Obj:
    obj = _Obj()
    for key, value in pairs:
        if key in obj:
            raise _DuplicateJsonKey(key)
        obj[key] = value
    return obj


def parse_json(text: str) -> Any:
    """json.loads, but every object is an _Obj with line numbers."""
    decoder = json.JSONDecoder(object_pairs_hook=_pairs)

    def parse_object(
        s_and_end: tuple[str, int],
        strict: bool,
        scan_once: Any,
        object_hook: Any,
        pairs_hook: Any,
        memo: dict[str, str] | None = None,
    ) -> tuple[Any, int]:
        s, end = s_and_end
        try:
            # JSONObject is json's own object parser; typeshed does not declare it.
            obj, new_end = json.decoder.JSONObject(  # type: ignore[attr-defined]
                s_and_end, strict, scan_once, object_hook, pairs_hook, memo
            )
        except _DuplicateJsonKey as exc:
            lines = _key_lines(s, end - 1, len(s))
            raise _Problem(
                _duplicate_line(s, end - 1, exc.key) or lines.get(exc.key, _line(s, end)),
                "instrument.duplicate_json_key",
                key=exc.key,
            ) from None
        obj.line = _line(s, end - 1)
        obj.key_lines = _key_lines(s, end - 1, new_end)
        return obj, new_end

    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    return decoder.decode(text)


def _duplicate_line(text: str, start: int, key: str) -> int | None:
    """The line of the second occurrence of ``key`` in the object at ``start``."""
    needle = json.dumps(key)
    first = text.find(needle, start)
    second = text.find(needle, first + 1) if first >= 0 else -1
    return _line(text, second) if second >= 0 else None


# --- validation ------------------------------------------------------------


def _require(obj: _Obj, key: str, where: Term) -> Any:
    if key not in obj:
        raise _Problem(obj.line, "instrument.missing_field", field=key, where=where)
    return obj[key]


def _object(value: Any, line: int, what: Term) -> _Obj:
    if not isinstance(value, _Obj):
        raise _Problem(line, "instrument.not_object", what=what)
    return value


def _names(obj: _Obj, key: str, where: Term, *, required: bool = True) -> dict[str, str]:
    if key not in obj and not required:
        return {}
    value = _require(obj, key, where)
    line = obj.line_of(key)
    if not isinstance(value, _Obj):
        raise _Problem(line, "instrument.bad_names", field=key, where=where)
    for lang in ("nl", "en"):
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise _Problem(line, "instrument.missing_language", field=key, where=where, lang=lang)
    return {"nl": value["nl"].strip(), "en": value["en"].strip()}


def _key(obj: _Obj, where: Term) -> str:
    value = _require(obj, "key", where)
    if not isinstance(value, str) or not _KEY.match(value):
        raise _Problem(obj.line_of("key"), "instrument.bad_key", value=value, where=where)
    return value


def _number(obj: _Obj, key: str, where: Term) -> float:
    value = _require(obj, key, where)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _Problem(obj.line_of(key), "instrument.not_number", field=key, where=where)
    return float(value)


def _list(obj: _Obj, key: str, where: Term, *, required: bool = True) -> list[Any]:
    if key not in obj and not required:
        return []
    value = _require(obj, key, where)
    if not isinstance(value, list):
        raise _Problem(obj.line_of(key), "instrument.not_list", field=key, where=where)
    return value


def _dimension(obj: _Obj) -> Dimension:
    key = _key(obj, _W_DIMENSION)
    where = Phrase("instrument.where_dimension", key=key)
    low, high = _number(obj, "min", where), _number(obj, "max", where)
    if low >= high:
        raise _Problem(obj.line_of("min"), "instrument.min_max", where=where, min=low, max=high)
    colour = _require(obj, "colour", where)
    if not isinstance(colour, str) or not _COLOUR.match(colour):
        raise _Problem(obj.line_of("colour"), "instrument.bad_colour", value=colour, where=where)
    parent = obj.get("parent")
    if parent is not None and not isinstance(parent, str):
        raise _Problem(obj.line_of("parent"), "instrument.bad_key", value=parent, where=where)
    poles = None
    if "poles" in obj:
        raw = _list(obj, "poles", where)
        if len(raw) != 2:
            raise _Problem(obj.line_of("poles"), "instrument.two_poles", where=where)
        poles = tuple(
            Pole(str(_require(p, "letter", where)), _names(p, "name", where))
            for p in (_object(x, obj.line_of("poles"), where) for x in raw)
        )
    required = obj.get("required", parent is None)
    return Dimension(
        key=key,
        names=_names(obj, "name", where),
        colour=colour.upper(),
        min=low,
        max=high,
        parent=parent,
        required=bool(required),
        poles=poles,  # type: ignore[arg-type]
    )


def _unique(items: list[tuple[_Obj, str]], what: Term) -> None:
    seen: set[str] = set()
    for obj, key in items:
        if key in seen:
            raise _Problem(obj.line_of("key"), "instrument.duplicate_key", what=what, key=key)
        seen.add(key)


def _labels(obj: _Obj, dims: set[str], variants: set[str]) -> LabelSet | None:
    if "labels" not in obj:
        return None
    raw = _object(obj["labels"], obj.line_of("labels"), _W_LABELS)
    options: list[tuple[_Obj, LabelOption]] = []
    for item in _list(raw, "allowed", _W_LABELS):
        item = _object(item, raw.line_of("allowed"), _W_LABELS)
        key = _key(item, _W_LABEL)
        where = Phrase("instrument.where_label", key=key)
        colours = _list(item, "colours", where, required=False)
        for colour in colours:
            if colour not in dims:
                raise _Problem(
                    item.line_of("colours"), "instrument.unknown_dimension", key=colour, where=key
                )
        names = _names(item, "name", where, required=False)
        options.append((item, LabelOption(key, names or {"nl": key, "en": key}, tuple(colours))))
    _unique([(o, opt.key) for o, opt in options], _W_LABEL)
    for variant in _list(raw, "variants", _W_LABELS, required=False):
        if variant not in variants:
            raise _Problem(raw.line_of("variants"), "instrument.unknown_variant", key=variant)
    return LabelSet(_names(raw, "name", _W_LABELS), tuple(opt for _, opt in options))


def validate(data: Any, file: str, *, builtin: bool = True) -> Instrument:
    if not isinstance(data, _Obj):
        raise _Problem(1, "instrument.not_object", what=_W_INSTRUMENT)
    key = _key(data, _W_INSTRUMENT)
    version = _require(data, "version", _W_INSTRUMENT)
    if not isinstance(version, str | int | float) or isinstance(version, bool):
        raise _Problem(data.line_of("version"), "instrument.bad_version")
    chart = _require(data, "chart", _W_INSTRUMENT)
    if chart not in CHART_KINDS:
        raise _Problem(
            data.line_of("chart"), "instrument.bad_chart", value=chart, kinds=", ".join(CHART_KINDS)
        )
    raw_dims = [
        _object(d, data.line_of("dimensions"), _W_DIMENSION)
        for d in _list(data, "dimensions", _W_INSTRUMENT)
    ]
    if not raw_dims:
        raise _Problem(data.line_of("dimensions"), "instrument.no_dimensions")
    if len(raw_dims) > MAX_DIMENSIONS:
        raise _Problem(data.line_of("dimensions"), "instrument.too_many", limit=MAX_DIMENSIONS)
    dims = [_dimension(d) for d in raw_dims]
    _unique(list(zip(raw_dims, (d.key for d in dims), strict=True)), _W_DIMENSION)
    dim_keys = {d.key for d in dims}
    for obj, dim in zip(raw_dims, dims, strict=True):
        if dim.parent is not None and (dim.parent not in dim_keys or dim.parent == dim.key):
            raise _Problem(
                obj.line_of("parent"), "instrument.unknown_dimension", key=dim.parent, where=dim.key
            )
    raw_variants = [
        _object(v, data.line_of("variants"), _W_VARIANT)
        for v in _list(data, "variants", _W_INSTRUMENT, required=False)
    ]
    variants = [Variant(_key(v, _W_VARIANT), _names(v, "name", _W_VARIANT)) for v in raw_variants]
    _unique(list(zip(raw_variants, (v.key for v in variants), strict=True)), _W_VARIANT)
    decimals = data.get("decimals", 1)
    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 3:
        raise _Problem(data.line_of("decimals"), "instrument.bad_decimals")
    reference = data.get("reference")
    if reference is not None:
        reference = _number(data, "reference", _W_INSTRUMENT)
    return Instrument(
        key=key,
        version=str(version),
        names=_names(data, "name", _W_INSTRUMENT),
        licence=_names(data, "licence", _W_INSTRUMENT),
        chart=chart,
        dimensions=tuple(dims),
        variants=tuple(variants),
        labels=_labels(data, dim_keys, {v.key for v in variants}),
        decimals=decimals,
        percent_entry=bool(data.get("percent_entry", False)),
        reference=reference,
        source=file,
        builtin=builtin,
    )


MAX_CHARS = 256 * 1024  # an instrument is a few kB; the largest built-in is under 10
MAX_DIMENSIONS = 100


def _within_limits(text: str, file: str) -> None:
    """Refuse, before parsing, what would take long or crash the parser (linear time)."""
    if len(text) > MAX_CHARS:
        raise InstrumentFileError(file, 1, Phrase("instrument.too_big", limit=MAX_CHARS // 1024))
    excess = json_limits.check(text)
    if excess is not None:
        raise InstrumentFileError(
            file, excess.line, Phrase(f"instrument.{excess.problem}", limit=excess.limit)
        )


def parse_instrument(text: str, file: str, *, builtin: bool = True) -> Instrument:
    """The instrument in ``text`` (from ``file``), or InstrumentFileError with the line."""
    _within_limits(text, file)
    try:
        return validate(parse_json(text), file, builtin=builtin)
    except _Problem as exc:
        raise InstrumentFileError(file, exc.line, exc.phrase) from None
    except json.JSONDecodeError as exc:
        raise InstrumentFileError(
            file, exc.lineno, Phrase("instrument.bad_json", detail=exc.msg)
        ) from None
