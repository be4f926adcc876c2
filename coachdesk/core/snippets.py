"""Snippets for search hits: a short window of text around the first match, matches marked.

The index stores no copy of the texts (a contentless FTS5 table), so snippets are
made here from the source text. Matching follows the index: case and diacritics
ignored, words matched whole except the last query word, which may be a prefix.
"""

from __future__ import annotations

import re

from coachdesk.core.folding import fold

BEFORE, WIDTH = 50, 150  # characters of context before the first match, window size
_WORD_CHAR = r"[^\W_]"


def _pattern(words: list[str], prefix_last: bool) -> re.Pattern[str]:
    parts = []
    for n, word in enumerate(words):
        escaped = re.escape(fold(word))
        whole = not (prefix_last and n == len(words) - 1)
        parts.append(escaped + (f"(?!{_WORD_CHAR})" if whole else f"{_WORD_CHAR}*"))
    return re.compile(f"(?<!{_WORD_CHAR})(?:{'|'.join(parts)})")


def make_snippet(
    body: str, words: list[str], open_mark: str, close_mark: str, prefix_last: bool = True
) -> str:
    """Up to WIDTH characters of ``body`` around the first match, every match marked."""
    if not body or not words:
        return body[:WIDTH]
    pattern = _pattern(words, prefix_last)
    folded = fold(body)
    first = pattern.search(folded)
    start = 0 if first is None else max(0, first.start() - BEFORE)
    if start:
        space = body.find(" ", start, first.start() if first else start + BEFORE)
        start = space + 1 if space >= 0 else start
    end = min(len(body), start + WIDTH)
    if end < len(body):
        space = body.rfind(" ", max(start + 1, end - 30), end)
        end = space if space > start else end
    out: list[str] = ["…"] if start else []
    pos = start
    for match in pattern.finditer(folded, start, end):
        out.append(body[pos : match.start()])
        out.append(open_mark + body[match.start() : match.end()] + close_mark)
        pos = match.end()
    out.append(body[pos:end])
    if end < len(body):
        out.append("…")
    return "".join(out)
