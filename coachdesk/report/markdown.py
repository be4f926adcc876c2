"""The safe Markdown subset of shared notes, as reportlab flowables.

Supported on purpose: headings (``#``), ``**bold**``/``__bold__``,
``*italics*``/``_italics_``, bulleted and numbered lists (nested by
indentation), links with an http(s) or mailto address, and ``---`` rules.
Everything else, raw HTML and reportlab's own mini-markup included, comes out
literally: all text passes through :func:`coachdesk.report.glyphs.markup`, and
tags are only ever produced here, always balanced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.flowables import HRFlowable

from coachdesk.report.glyphs import markup

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^(\s*)(\d{1,9})[.)]\s+(.*)$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_INLINE = re.compile(
    r"\*\*\*(?P<bi>[^\s*](?:.*?[^\s*])?)\*\*\*"
    r"|\*\*(?P<b1>\S(?:.*?\S)?)\*\*"
    r"|(?<!\w)__(?P<b2>\S(?:.*?\S)?)__(?!\w)"
    r"|\*(?P<i1>[^\s*](?:[^*]*?[^\s*])?)\*"
    r"|(?<!\w)_(?P<i2>[^\s_](?:[^_]*?[^\s_])?)_(?!\w)"
    r"|\[(?P<lt>[^\]\n]+)\]\((?P<url>(?:https?://|mailto:)[^)\s]+)\)"
)


@dataclass(frozen=True)
class MarkdownStyles:
    """The paragraph styles notes are set in (see report.styles)."""

    body: ParagraphStyle
    headings: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]  # levels 1, 2, 3+
    bullet: ParagraphStyle
    link_colour: str
    rule_colour: Color


def inline(text: str, link_colour: str = "#1F5C66") -> str:
    """One line of Markdown as balanced, escaped paragraph markup."""
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(markup(text[pos : m.start()]))
        if m["bi"] is not None:
            out.append(f"<b><i>{inline(m['bi'], link_colour)}</i></b>")
        elif m["b1"] is not None or m["b2"] is not None:
            out.append(f"<b>{inline(m['b1'] or m['b2'], link_colour)}</b>")
        elif m["i1"] is not None or m["i2"] is not None:
            out.append(f"<i>{inline(m['i1'] or m['i2'], link_colour)}</i>")
        else:
            href = quoteattr(m["url"])
            label = inline(m["lt"], link_colour)
            out.append(f'<a href={href} color="{link_colour}"><u>{label}</u></a>')
        pos = m.end()
    out.append(markup(text[pos:]))
    return "".join(out)


@dataclass
class _Item:
    depth: int
    marker: str
    lines: list[str]


def _indent_depth(spaces: str, stack: list[int]) -> int:
    width = len(spaces.replace("\t", "    "))
    while stack and width < stack[-1]:
        stack.pop()
    if not stack or width > stack[-1]:
        stack.append(width)
    return len(stack) - 1


def flowables(text: str, styles: MarkdownStyles) -> list[Flowable]:
    """Convert a note to flowables (an empty list for an empty note)."""
    result: list[Flowable] = []
    para: list[str] = []
    items: list[_Item] = []
    indents: list[int] = []

    def flush_para() -> None:
        if para:
            chunks = list(_chunks([line.strip() for line in para]))
            for n, chunk in enumerate(chunks):
                body = "<br/>".join(inline(line, styles.link_colour) for line in chunk)
                style = _joined(styles.body, first=n == 0, last=n == len(chunks) - 1)
                result.append(Paragraph(body, style))
            para.clear()

    def flush_list() -> None:
        for item in items:
            body = "<br/>".join(inline(line.strip(), styles.link_colour) for line in item.lines)
            style = _nested(styles.bullet, item.depth)
            result.append(Paragraph(body, style, bulletText=item.marker))
        items.clear()
        indents.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            flush_para()
            if items:
                flush_list()
            continue
        if m := _HEADING.match(raw):
            flush_para()
            flush_list()
            level = min(len(m[1]), 3) - 1
            result.append(Paragraph(inline(m[2], styles.link_colour), styles.headings[level]))
            continue
        if _RULE.match(raw) and not para:
            flush_list()
            result.append(
                HRFlowable(width="100%", thickness=0.5, color=styles.rule_colour, spaceAfter=4)
            )
            continue
        bullet, number = _BULLET.match(raw), _NUMBER.match(raw)
        if bullet or number:
            flush_para()
            m = bullet or number
            assert m is not None
            depth = _indent_depth(m[1], indents)
            marker = "•" if bullet else f"{number[2]}."  # type: ignore[index]
            items.append(_Item(depth, marker, [m[m.lastindex or 0]]))
            continue
        if items:
            items[-1].lines.append(raw)  # a continuation line of the last item
            continue
        para.append(raw)
    flush_para()
    flush_list()
    return result


# reportlab re-wraps a whole paragraph at every page split, so one huge paragraph
# costs quadratic time (a 1 MB note: minutes). Long ones are set as consecutive
# paragraphs of at most this many characters, without space between them.
_CHUNK = 1500


def _split_long(line: str) -> list[str]:
    pieces = []
    while len(line) > _CHUNK:
        cut = line.rfind(" ", 0, _CHUNK)
        cut = cut if cut > _CHUNK // 2 else _CHUNK
        pieces.append(line[:cut])
        line = line[cut:].lstrip()
    return [*pieces, line]


def _chunks(lines: list[str]) -> Iterator[list[str]]:
    group: list[str] = []
    size = 0
    for line in lines:
        for piece in _split_long(line):
            if group and size + len(piece) > _CHUNK:
                yield group
                group, size = [], 0
            group.append(piece)
            size += len(piece)
    if group:
        yield group


_joined_cache: dict[tuple[str, bool, bool], ParagraphStyle] = {}


def _joined(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    """The style for one chunk of a split paragraph (no space inside the paragraph)."""
    if first and last:
        return style
    key = (style.name, first, last)
    if key not in _joined_cache:
        _joined_cache[key] = ParagraphStyle(
            f"{style.name}-{int(first)}{int(last)}",
            parent=style,
            spaceBefore=style.spaceBefore if first else 0,
            spaceAfter=style.spaceAfter if last else 0,
        )
    return _joined_cache[key]


_nested_cache: dict[tuple[str, int], ParagraphStyle] = {}


def _nested(style: ParagraphStyle, depth: int) -> ParagraphStyle:
    """The list item style one level of nesting deeper (cached: styles are immutable here)."""
    key = (style.name, depth)
    if key not in _nested_cache:
        step = 14 * depth
        _nested_cache[key] = ParagraphStyle(
            f"{style.name}-{depth}",
            parent=style,
            leftIndent=style.leftIndent + step,
            bulletIndent=style.bulletIndent + step,
        )
    return _nested_cache[key]
