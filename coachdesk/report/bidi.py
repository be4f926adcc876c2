"""Right-to-left text (Arabic, Hebrew) in the PDF: shaped, and in display order.

reportlab lays text out left to right, one character after the other. So:

- Arabic letters take their joined forms before layout (``shape``: arabic-reshaper
  turns them into presentation forms, which Noto Sans Arabic has; harakat kept);
- a paragraph is broken into lines in logical order (as written) and each line is
  put into display order just before it is drawn (``visual_lines``: the Unicode
  Bidirectional Algorithm of python-bidi, per line, as UAX #9 prescribes), so a
  Hebrew sentence that wraps continues on the next line where it should;
- one line of canvas text (the page header and footer) gets the same (``runs``).

The text layer stays what was written: report.tounicode maps the presentation
forms back to their letters, readers that follow the PDF's text (pypdf, poppler)
put right-to-left runs back into logical order, and a paragraph with
right-to-left text carries its logical text as /ActualText for screen readers
(report.flow).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import arabic_reshaper  # type: ignore[import-untyped]
from bidi import algorithm as uba  # type: ignore[import-untyped]

from coachdesk.report.fonts import coverage
from coachdesk.report.tounicode import written

# Hebrew, Arabic, Syriac, Thaana, NKo, ..., and their presentation forms
RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def has_rtl(text: str) -> bool:
    return RTL.search(text) is not None


_HEBREW = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")


def passage_language(text: str) -> str:
    """The /Lang of a passage written right to left: "ar" or "he" by the script most
    of its letters are in (a screen reader then reads it with the right voice)."""
    arabic, hebrew = len(_ARABIC.findall(text)), len(_HEBREW.findall(text))
    if not (arabic or hebrew):
        return ""
    return "ar" if arabic >= hebrew else "he"


@cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    # Harakat are the coach's text: keep them. Of the ligatures only lam-alef,
    # which is obligatory; the others would change what was written (or need
    # glyphs the font may not have).
    ligatures = {name: name in _LAM_ALEF for name, _ in arabic_reshaper.ligatures.LIGATURES}
    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "support_ligatures": True, **ligatures}
    )


_LAM_ALEF = {
    "ARABIC LIGATURE LAM WITH ALEF",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
    "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE",
}


def shape(text: str) -> str:
    """Arabic letters in their joined (presentation) forms; other text unchanged."""
    if _ARABIC.search(text) is None:
        return text
    return str(_reshaper().reshape(text))


def logical(text: str) -> str:
    """The text as written, from shaped text (presentation forms back to letters)."""
    if not has_rtl(text):
        return text
    return "".join(written(ord(ch)) for ch in text)


def base_rtl(text: str) -> bool:
    """Whether a paragraph reads right to left (its first strong character, UAX #9 P2)."""
    return has_rtl(text) and uba.get_base_level(text) == 1


def display_order(text: str, rtl: bool) -> tuple[list[int], str]:
    """The logical indices of ``text`` in display order (left to right), and the
    displayed characters (brackets mirrored inside right-to-left runs)."""
    storage = uba.get_empty_storage()
    storage["base_level"] = int(rtl)
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage, False, False)
    for n, ch in enumerate(storage["chars"]):
        ch["i"] = n
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    chars = storage["chars"]
    return [c["i"] for c in chars], "".join(c["ch"] for c in chars)


def _visual_frags(frags: Sequence[Any], rtl: bool) -> list[Any]:
    """One line's fragments (each with .text) in display order; fragments without
    text (anchors, images) keep their place at the start."""
    owners: list[int] = []
    text_parts: list[str] = []
    fixed: list[Any] = []
    for n, frag in enumerate(frags):
        content = getattr(frag, "text", None)
        if content is None or hasattr(frag, "cbDefn"):
            fixed.append(frag)
            continue
        text_parts.append(content)
        owners += [n] * len(content)
    line = "".join(text_parts)
    if not has_rtl(line):
        return list(frags)
    order, shown = display_order(line, rtl)
    out: list[Any] = list(fixed)
    current, chunk = -1, list[str]()
    for index, ch in zip(order, shown, strict=True):
        owner = owners[index]
        if owner != current and chunk:
            out.append(frags[current].clone(text="".join(chunk)))
            chunk = []
        current = owner
        chunk.append(ch)
    if chunk:
        out.append(frags[current].clone(text="".join(chunk)))
    return out


def visual_lines(bl_para: Any, rtl: bool) -> list[Any]:
    """The lines of a wrapped Paragraph (its blPara) in display order."""
    out = []
    for line in bl_para.lines:
        if bl_para.kind == 0:  # (extra space, [words]) in one font
            space, words = line
            text = " ".join(words)
            if has_rtl(text):
                words = display_order(text, rtl)[1].split(" ")
            out.append((space, words))
        else:
            copy = line.__class__(**line.__dict__)
            copy.words = _visual_frags(line.words, rtl)
            out.append(copy)
    return out


def _joins(ch: str, face: str) -> bool:
    return (
        face.startswith(("NotoSansArabic", "NotoSansHebrew"))
        and unicodedata.bidirectional(ch) in ("WS", "CS", "ON", "ES", "ET", "EN", "AN")
        and ord(ch) in coverage(face)
    )


def runs(text: str, font: str, font_for: Callable[[str], str | None]) -> list[tuple[str, str]]:
    """One line of text as (font, text) runs in display order, for canvas drawing:
    ``font`` where it has the glyph, else ``font_for(ch)`` (characters no font
    has are left out)."""
    text = unicodedata.normalize("NFC", text)
    shaped = shape(text)
    if not has_rtl(shaped):
        order, shown = list(range(len(shaped))), shaped
    else:
        order, shown = display_order(shaped, base_rtl(shaped))
    out: list[tuple[str, str]] = []
    for index, ch in zip(order, shown, strict=True):
        face = font_for(shaped[index]) if not ch.isascii() else font
        if face is None:
            continue
        if out and out[-1][0] != face and _joins(ch, out[-1][0]):
            face = out[-1][0]  # a space inside right-to-left text: one run, read as one
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + ch)
        else:
            out.append((face, ch))
    return out
