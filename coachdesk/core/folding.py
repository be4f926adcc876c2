"""Case- and accent-insensitive text: the one fold of the coachee list, search and highlights.

``fold("Søren Ærø, Straße")`` is ``"soren aero, strasse"``: compatibility
decomposition (NFKD), lower case (casefold), accents dropped, and the letters
that do not decompose written out (ø -> o, æ -> ae, ß -> ss, ł -> l, đ -> d ...),
so typing plain letters finds accented names. A folded text can be longer than
the original (ß -> ss), so a position in it is no position in the original: to
find or mark a word in a text, :func:`spelling_pattern` and :func:`fold_find`
match the original characters.

The search index folds less (SQLite's unicode61 tokenizer with remove_diacritics
keeps ø, æ, ß ...); coachdesk.core.search asks the index for those spellings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

# Letters that do not decompose into a base letter plus an accent (lower case: casefold first).
_SPECIAL = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i"})
# Combining marks left over after NFKD decomposition (accents, diaeresis, cedilla...).
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
WORD_CHAR = r"[^\W_]"  # a letter or digit, as a regex
_MAX_PATTERN = 20_000  # characters of regex for one word; beyond, ß-like letters are left out


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics, so typing plain letters finds accented names."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text).casefold().translate(_SPECIAL)
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def fold_words(query: str) -> list[str]:
    """The folded words of ``query``, split on white space (the coachee list's filter)."""
    return fold(query).split()


def _class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


class _TooLong(Exception):
    pass


class _Spellings:
    """How each folded letter is written in one text: by the characters that fold to it."""

    def __init__(self, alphabet: Iterable[str], multi: bool = True):
        self.single: dict[str, set[str]] = defaultdict(set)  # "o" -> {"o", "O", "ö", "ø"}
        self.multi: dict[str, set[str]] = defaultdict(set)  # "ss" -> {"ß"}
        silent: set[str] = set()  # combining marks of a decomposed text: fold to nothing
        for ch in set(alphabet):
            folded = fold(ch)
            if not folded:
                silent.add(ch)
            elif len(folded) == 1:
                self.single[folded].add(ch)
            elif multi:
                self.multi[folded].add(ch)
        self.marks = _class(silent) + "*" if silent else ""

    def pattern(self, folded: str, prefix: bool) -> str | None:
        """A regex for the raw spellings of ``folded`` (None: this text cannot hold it)."""
        done: dict[int, str | None] = {}

        def rest(i: int) -> str | None:
            if i == len(folded):
                return ""
            if i in done:
                return done[i]
            options = []
            chars = self.single.get(folded[i])
            if chars and (tail := rest(i + 1)) is not None:
                options.append(_class(chars) + self.marks + tail)
            for spelt, chars in self.multi.items():
                if folded.startswith(spelt, i):
                    if (tail := rest(i + len(spelt))) is not None:
                        options.append(_class(chars) + self.marks + tail)
                elif prefix and spelt.startswith(folded[i:]):  # "stras" is the start of "straße"
                    options.append(_class(chars) + self.marks)
            found = None
            if options:
                found = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
                if len(found) > _MAX_PATTERN:
                    raise _TooLong
            done[i] = found
            return found

        return rest(0)


def spelling_pattern(
    words: Sequence[str], alphabet: Iterable[str], prefix_last: bool = False
) -> re.Pattern[str] | None:
    """A regex for the words in a text made of ``alphabet``, however each is spelt.

    It matches where the text's fold holds a word's fold at the start of a word,
    whole (the last word, with ``prefix_last``, as the start of a word). None when
    no word can occur in such a text.
    """
    chars = set(alphabet)
    spellings = _Spellings(chars)
    parts = []
    for n, word in enumerate(words):
        prefix = prefix_last and n == len(words) - 1
        try:
            body = spellings.pattern(fold(word), prefix)
        except _TooLong:  # "ssssss..." with a ß in the text: leave the ß out
            body = _Spellings(chars, multi=False).pattern(fold(word), prefix)
        if body:
            parts.append(body + (f"{WORD_CHAR}*" if prefix else f"(?!{WORD_CHAR})"))
    if not parts:
        return None
    return re.compile(f"(?<!{WORD_CHAR})(?:{'|'.join(parts)})")


def fold_find(text: str, word: str) -> tuple[int, int] | None:
    """Where in ``text`` the first word starting with ``word`` stands (case and accents ignored)."""
    pattern = spelling_pattern([word], text, prefix_last=True)
    found = pattern.search(text) if pattern else None
    return found.span() if found else None
