"""Sane limits for JSON a coach imports (instruments, note templates), checked in linear time
before the file is parsed: a 100 MB file, 100,000 objects or a nesting a thousand deep is
refused with the place where it goes wrong, never parsed (RecursionError, minutes of CPU)."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_DEPTH = 16
MAX_CONTAINERS = 5000  # objects and lists together

_LONE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    # a low half not right after a high-half escape (one fixed-width lookbehind: the
    # whole \\uD8xx, not just any two hex digits before it)
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
    r"|[\ud800-\udfff]"
)


@dataclass(frozen=True)
class Excess:
    problem: str  # "too_deep", "too_many" or "lone_surrogate"
    line: int
    limit: int = 0


def _line(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def check(
    text: str, *, max_depth: int = MAX_DEPTH, max_containers: int = MAX_CONTAINERS
) -> Excess | None:
    """The first limit ``text`` exceeds, with its line; None when within every limit."""
    depth = containers = 0
    in_string = escaped = False
    for index, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
            containers += 1
            if depth > max_depth:
                return Excess("too_deep", _line(text, index), max_depth)
            if containers > max_containers:
                return Excess("too_many", _line(text, index), max_containers)
        elif ch in "}]":
            depth -= 1
    match = _LONE.search(text)
    if match is not None:
        return Excess("lone_surrogate", _line(text, match.start()))
    return None
