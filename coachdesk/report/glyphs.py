"""Text into reportlab paragraph markup: escaped, and every character visible.

Raw text never reaches a Paragraph unescaped (``<b>``, ``&amp;`` and unbalanced
tags come out literally). Characters the main font lacks are drawn with a
symbol fallback font; what no shipped font has (colour emoji, rare scripts) is
replaced by its Unicode name in brackets, e.g. ``[grinning face]``, never by a
silent black box. Invisible joiners and emoji presentation selectors are
dropped.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from coachdesk.report.bidi import shape
from coachdesk.report.fonts import ARABIC, FALLBACK_FONTS, FAMILY, HEBREW, coverage

# Zero-width joiner, variation selectors, skin-tone modifiers: invisible helpers
# of emoji sequences; without a colour emoji font they carry no meaning.
_SKIN = frozenset(range(0x1F3FB, 0x1F400))
_DROP = {0x200D, 0xFE0E, 0xFE0F, *_SKIN}
_ALWAYS_OK = {0x09, 0x0A, 0x0D}


def _name(ch: str) -> str:
    return unicodedata.name(ch, f"U+{ord(ch):04X}").lower()


def font_for(ch: str) -> str | None:
    """The first font that has ``ch`` (the main family first), or None."""
    code = ord(ch)
    if code in _ALWAYS_OK or code in coverage(FAMILY):
        return FAMILY
    for font in FALLBACK_FONTS:
        if code in coverage(font):
            return font
    return None


def plain(text: str) -> str:
    """Text drawable with the main family alone (headers, footers, metadata-safe)."""
    if _main_chars().issuperset(text):
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if code in _DROP:
            continue
        if code in _ALWAYS_OK or code in coverage(FAMILY):
            out.append(ch)
        elif unicodedata.category(ch).startswith("C"):
            continue
        else:
            out.append(f"[{_name(ch)}]")
    return "".join(out)


def as_written(text: str) -> str:
    """Text for metadata (title, author, bookmarks): every character as written,
    control characters left out (readers show metadata in their own fonts)."""
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))


@cache
def _main_chars() -> frozenset[str]:
    return frozenset(chr(c) for c in coverage(FAMILY) if c not in _DROP) | {"\t", "\n", "\r"}


def markup(text: str) -> str:
    """Escape ``text`` for a reportlab Paragraph and route every character to a font
    (Arabic shaped first: report.bidi)."""
    if _main_chars().issuperset(text):  # the common case: nothing to route
        return escape(text)
    text = shape(text)
    out: list[str] = []
    run: list[str] = []
    run_font: str | None = FAMILY

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run))
        out.append(chunk if run_font == FAMILY else f'<font name="{run_font}">{chunk}</font>')
        run.clear()

    for ch in text:
        code = ord(ch)
        if code in _DROP:
            continue
        font = font_for(ch)
        if font is None:
            if unicodedata.category(ch).startswith("C"):
                continue
            flush()
            run_font = FAMILY
            out.append(f'<font color="#6B7280">{escape("[" + _name(ch) + "]")}</font>')
            continue
        if font != run_font and not _stays(ch, run_font):
            flush()
            run_font = font
        run.append(ch)
    flush()
    return "".join(out)


def _stays(ch: str, run_font: str | None) -> bool:
    """A space or punctuation mark inside right-to-left text stays in its font, so a
    right-to-left run is one piece of text (drawn, and read back, as one)."""
    return (
        run_font in RTL_FONTS
        and unicodedata.bidirectional(ch) in _NEUTRAL
        and ord(ch) in coverage(run_font)
    )


RTL_FONTS = frozenset({ARABIC, HEBREW})
_NEUTRAL = frozenset({"WS", "CS", "ON", "ES", "ET", "EN", "AN"})


def missing(text: str) -> list[str]:
    """The characters of ``text`` that no shipped font can draw (replaced by names),
    and skin-tone modifiers (left out: the emoji is drawn in its plain colour)."""
    return [
        ch
        for ch in dict.fromkeys(text)
        if ord(ch) in _SKIN
        or (
            ord(ch) not in _DROP
            and font_for(ch) is None
            and not unicodedata.category(ch).startswith("C")
        )
    ]
