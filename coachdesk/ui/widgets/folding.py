"""Finding a word in text the way the search index does: case and diacritics ignored."""

from __future__ import annotations

import unicodedata


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in base if not unicodedata.combining(c))
    return (base or ch)[0].casefold()[:1] or ch


def fold_find(text: str, word: str) -> int:
    """Index in ``text`` of ``word`` compared per character, folded; -1 when absent.

    Folding maps each character to one character, so the index is valid in
    ``text`` itself.
    """
    if not word:
        return -1
    folded_text = "".join(_fold_char(c) for c in text)
    folded_word = "".join(_fold_char(c) for c in word)
    return folded_text.find(folded_word)
