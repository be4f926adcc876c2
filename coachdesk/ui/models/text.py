"""Folding text for search: case- and accent-insensitive ("Zoë" -> "zoe")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that do not decompose into a base letter plus an accent.
_SPECIAL = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i"})
# Combining marks left over after NFKD decomposition (accents, diaeresis, cedilla...).
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics, so typing plain letters finds accented names."""
    text = text.casefold()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_SPECIAL)))


def words(query: str) -> list[str]:
    return fold(query).split()
