"""The inline part of a note (markdown-it tokens) as reportlab paragraph markup.

Every piece of text passes through :func:`coachdesk.report.glyphs.markup`
(escaped, every character routed to a font), and tags are only ever produced
here, always balanced: raw HTML and reportlab's own mini-markup come out as the
literal text that was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

from markdown_it.tree import SyntaxTreeNode

from coachdesk.report.fonts import MONO
from coachdesk.report.glyphs import markup

# reportlab re-wraps a whole paragraph at every page split, so one huge paragraph
# costs quadratic time (a 1 MB note: minutes). Longer ones are set as consecutive
# paragraphs (one element in the structure tree) of about this many characters.
CHUNK = 3000


@dataclass
class Inline:
    """The markup of one paragraph, cut into chunks at word boundaries."""

    chunks: list[str] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)  # url -> link text
    _open: list[str] = field(default_factory=list)
    _size: int = 0
    _depth: int = 0  # inside bold, italics, a link: no chunk boundary there
    _in_link: bool = False

    def add(self, piece: str, size: int, breakable: bool) -> None:
        if breakable and self._size + size > CHUNK and self._open and not self._depth:
            self.chunks.append("".join(self._open))
            self._open, self._size = [], 0
        self._open.append(piece)
        self._size += size

    def finish(self) -> list[str]:
        if self._open:
            self.chunks.append("".join(self._open))
            self._open, self._size = [], 0
        return [c for c in self.chunks if c.strip()]


def _plain(node: SyntaxTreeNode) -> str:
    """The text of an inline node and its children, without formatting."""
    if node.type in ("text", "code_inline"):
        return node.content
    if node.type in ("softbreak", "hardbreak"):
        return " "
    return "".join(_plain(c) for c in node.children)


def render(node: SyntaxTreeNode, link_colour: str) -> Inline:
    """An ``inline`` node (or a block holding one) as chunks of markup."""
    out = Inline()
    for child in node.children:
        _emit(child, out, link_colour)
    return out


# Bare addresses in the text: http(s) links and e-mail addresses (trailing
# punctuation of the sentence is not part of them).
_BARE = re.compile(
    r"(?P<url>https?://[^\s<>\"]+[^\s<>\".,;:!?)\]'])"
    r"|(?P<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})"
)


def _text(value: str, out: Inline, colour: str = "", linking: bool = True) -> None:
    """Text, with its bare web and e-mail addresses as links (not inside a link)."""
    if linking and ("://" in value or "@" in value):
        pos = 0
        for m in _BARE.finditer(value):
            _plain_text(value[pos : m.start()], out)
            href = m["url"] or f"mailto:{m['mail']}"
            out.links.setdefault(href, m[0])
            out.add(f'<a href={quoteattr(href)} color="{colour}"><u>', 0, True)
            out.add(markup(m[0]), len(m[0]), False)
            out.add("</u></a>", 0, False)
            pos = m.end()
        value = value[pos:]
    _plain_text(value, out)


def _plain_text(value: str, out: Inline) -> None:
    start = 0
    while len(value) - start > CHUNK:  # long runs of text break at spaces
        cut = value.rfind(" ", start, start + CHUNK)
        cut = cut + 1 if cut > start + CHUNK // 2 else start + CHUNK
        out.add(markup(value[start:cut]), cut - start, True)
        start = cut
    out.add(markup(value[start:]), len(value) - start, True)


def _wrap(node: SyntaxTreeNode, out: Inline, colour: str, open_tag: str, close_tag: str) -> None:
    out.add(open_tag, 0, True)
    out._depth += 1
    for child in node.children:
        _emit(child, out, colour)
    out._depth -= 1
    out.add(close_tag, 0, False)


def _emit(node: SyntaxTreeNode, out: Inline, colour: str) -> None:
    kind = node.type
    if kind == "text":
        _text(node.content, out, colour, linking=not out._in_link)
    elif kind == "softbreak":  # a line break in the source: the paragraph flows on
        out.add(" ", 1, True)
    elif kind == "hardbreak":
        out.add("<br/>", 1, False)
    elif kind == "strong":
        _wrap(node, out, colour, "<b>", "</b>")
    elif kind == "em":
        _wrap(node, out, colour, "<i>", "</i>")
    elif kind == "s":
        _wrap(node, out, colour, "<strike>", "</strike>")
    elif kind == "code_inline":
        out.add(f'<font name="{MONO}">{markup(node.content)}</font>', len(node.content), True)
    elif kind == "link":
        href = str(node.attrs.get("href", ""))
        out.links.setdefault(href, _plain(node))
        out._in_link = True
        _wrap(node, out, colour, f'<a href={quoteattr(href)} color="{colour}"><u>', "</u></a>")
        out._in_link = False
    elif kind == "image":  # no images in notes: their description stands in
        _plain_text(_plain(node) or str(node.attrs.get("src", "")), out)
    else:  # anything else a plugin may add: its text
        for child in node.children:
            _emit(child, out, colour)
