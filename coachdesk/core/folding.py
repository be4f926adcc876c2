"""Case and diacritics folding that keeps every character in its place.

``fold("Coördinatie")`` is ``"coordinatie"``: each character maps to exactly one
character, so a position found in the folded text is the same position in the
original. This matches what the search index's tokenizer ignores (unicode61 with
remove_diacritics): accents and case.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    lowered = (base[:1] or ch).lower()
    return lowered if len(lowered) == 1 else ch.lower()[:1] or ch


def fold(text: str) -> str:
    """``text`` in lower case without diacritics, with the same length."""
    if text.isascii():
        return text.lower()
    table = {ord(ch): _fold_char(ch) for ch in set(text) if not ch.isascii()}
    return text.translate(table).lower()  # ASCII upper case last: one char each


def fold_find(text: str, word: str) -> int:
    """Index in ``text`` of ``word``, ignoring case and diacritics; -1 when absent."""
    if not word:
        return -1
    return fold(text).find(fold(word))
