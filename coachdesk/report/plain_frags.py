"""The fragments of a paragraph without markup, without reportlab's HTML parser.

reportlab's Paragraph parses its text with an HTMLParser subclass (ParaParser)
every time, even when the text holds no tag and no entity, which is most of what
a PDF shows: note paragraphs, headings, table cells. For such text the parser
always yields one fragment whose attributes depend only on the style's font, size
and colour, with the (cleaned) text as its ``text``. So the parser runs once per
font, size and colour on a sample text, and every plain paragraph gets a copy of
that fragment with its own text: the same fragments, for a fraction of the cost.
Text with ``<`` or ``&`` (tags, escaped characters) still goes through the parser.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paraparser import ParaParser

_SAMPLE = "x"
_templates: dict[tuple[Any, ...], Any] = {}


def is_plain(text: object) -> bool:
    """Text that the parser would take as one run of data (no tag, no entity)."""
    return isinstance(text, str) and "<" not in text and "&" not in text


def _template(style: Any) -> Any:
    key = (style.fontName, style.fontSize, style.textColor)
    frag = _templates.get(key)
    if frag is None:
        parser = ParaParser()
        parser.caseSensitive = 1
        _style, frags, bullets = parser.parse(_SAMPLE, style)
        if not frags or len(frags) != 1 or bullets or frags[0].text != _SAMPLE:
            raise ValueError("reportlab parses plain text differently")  # pragma: no cover
        frag = _templates[key] = frags[0]
    return frag


def plain_frags(cleaned: str, style: Any) -> list[Any]:
    """The fragments ParaParser makes of ``cleaned`` (plain text, already cleaned
    the way Paragraph cleans it, not empty) in ``style``."""
    frag = _template(style)
    copy = frag.clone(text=cleaned)
    for name, value in frag.__dict__.items():  # no list shared between paragraphs
        if isinstance(value, list):
            setattr(copy, name, list(value))
    return [copy]
