"""Snippets for search hits: a short window of text around the first match, matches marked.

The index stores no copy of the texts (a contentless FTS5 table), so snippets are
made here from the source text. Matching follows the search (coachdesk.core.folding):
case and diacritics ignored, "soren" marks "Søren", words matched whole except the
last query word, which may be a prefix.
Only C-speed work touches the whole text (a set of its characters, one regex
search), so a 1 MB note costs a few milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from coachdesk.core.folding import fold, spelling_pattern

BEFORE, WIDTH = 50, 150  # characters of context before the first match, window size


@lru_cache(maxsize=512)
def _cached_pattern(
    words: tuple[str, ...], alphabet: frozenset[str], prefix_last: bool
) -> re.Pattern[str] | None:
    return spelling_pattern(words, alphabet, prefix_last)


def pattern_for(body: str, words: list[str], prefix_last: bool = True) -> re.Pattern[str] | None:
    """The regex that marks ``words`` in ``body``, compiled once per query and alphabet.

    The pattern depends on the text only through the characters that can spell a
    word: those whose fold starts with a letter of a folded word, and those that
    fold to nothing (combining marks). Keeping only those makes the hits of one
    search share one compiled pattern (compiling one per hit was most of a search).
    """
    wanted = set("".join(fold(w) for w in words))
    # Both cases of the plain letters always (a letter the text lacks matches nothing),
    # so only the text's accented letters tell one hit's pattern from another's.
    plain = {c for w in wanted if w.isascii() for c in (w, w.upper())}
    alphabet = frozenset(
        plain.union(
            c for c in set(body) if not c.isascii() and (not (f := fold(c)) or f[0] in wanted)
        )
    )
    return _cached_pattern(tuple(words), alphabet, prefix_last)


def make_snippet(
    body: str,
    words: list[str],
    open_mark: str,
    close_mark: str,
    prefix_last: bool = True,
    clean: Callable[[str], str] = lambda text: text,
) -> str:
    """Up to WIDTH characters around the first match in ``body``, every match marked.

    ``clean`` turns a raw piece of the body into display text (e.g. strips Markdown);
    it only ever sees a piece of a few hundred characters.
    """
    pattern = pattern_for(body, words, prefix_last) if words else None
    first = pattern.search(body) if pattern else None
    pos = first.start() if first else 0
    lo, hi = max(0, pos - 4 * BEFORE), min(len(body), pos + 4 * WIDTH)
    text = clean(body[lo:hi])
    cut_left, cut_right = lo > 0, hi < len(body)
    first = pattern.search(text) if pattern else None
    start = 0 if first is None else max(0, first.start() - BEFORE)
    if start:
        space = text.find(" ", start, first.start() if first else start + BEFORE)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + WIDTH)
    if end < len(text):
        space = text.rfind(" ", max(start + 1, end - 30), end)
        end = space if space > start else end
    out: list[str] = ["…"] if (start or cut_left) else []
    cursor = start
    if pattern:
        for match in pattern.finditer(text, start, end):
            out.append(text[cursor : match.start()])
            out.append(open_mark + text[match.start() : match.end()] + close_mark)
            cursor = match.end()
    out.append(text[cursor:end])
    if end < len(text) or cut_right:
        out.append("…")
    return "".join(out)
