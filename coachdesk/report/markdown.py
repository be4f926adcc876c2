"""Shared notes (Markdown, CommonMark) as tagged reportlab flowables.

markdown-it-py parses the note; its tree is rendered here block by block:
paragraphs (soft line breaks join, so text wrapped at 80 columns in the editor
flows as one paragraph), headings (the note's own levels, one below the heading
the note sits under, each level looking different), bulleted and numbered lists
(L/LI/Lbl/LBody, nested), tables (Table/TR/TH/TD), quotes, code (monospace,
indentation kept), links (bare http(s) addresses and e-mail addresses too) and
rules. Raw HTML and reportlab's mini-markup stay literal text
(report.markdown_inline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, TableStyle

from coachdesk.report.flow import Indented, Para, Rule, TaggedTable
from coachdesk.report.glyphs import markup
from coachdesk.report.markdown_inline import Inline, render
from coachdesk.report.tagging import Slot

INDENT = 16.0  # points per list level
QUOTE_INDENT = 12.0
LINK_SCHEMES = ("http://", "https://", "mailto:")
FIRST_LINES = 3  # a note's heading starts a page unless this many lines fit below it


@dataclass(frozen=True)
class MarkdownStyles:
    """The paragraph styles notes are set in (see report.styles)."""

    body: ParagraphStyle
    headings: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]  # by rank in the note
    bullet: ParagraphStyle  # the text of a tight list item
    link_colour: str
    rule_colour: Color
    label: ParagraphStyle  # bullets and numbers
    code: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    head_background: Color
    zebra: Color


@cache
def parser() -> MarkdownIt:
    """CommonMark plus tables and strikethrough; raw HTML and entities stay text.
    (Bare addresses are linked in report.markdown_inline, cheaper than linkify.)"""
    md = MarkdownIt("commonmark", {"html": False})
    md.enable(["table", "strikethrough"])
    # "&amp;" is what the coach typed, not an ampersand; HTML is shown, never parsed.
    md.disable(["entity", "html_block", "html_inline"])
    md.validateLink = lambda url: url.lower().startswith(LINK_SCHEMES)  # type: ignore[method-assign]
    return md


@lru_cache(maxsize=1024)
def parse(text: str) -> SyntaxTreeNode:
    """The note's syntax tree (read only; cached: the preview and the saved file, or
    a PDF in two languages, parse the same notes)."""
    return SyntaxTreeNode(parser().parse(text))


def inline(text: str, link_colour: str = "#1F5C66") -> str:
    """One paragraph of Markdown as balanced, escaped paragraph markup."""
    tree = parse(text)
    block = next((n for n in tree.children if n.type == "paragraph"), None)
    if block is None:
        return markup(text.strip())
    return "".join(render(block.children[0], link_colour).finish())


def flowables(text: str, styles: MarkdownStyles, heading_level: int = 2) -> list[Flowable]:
    """A note as flowables (an empty list for an empty note); its headings are
    tagged one level below ``heading_level``, the heading the note is under."""
    if not text.strip():
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    tree = parse(text)
    return _Renderer(styles, heading_level, heading_levels(text)).blocks(tree.children)


@lru_cache(maxsize=1024)
def heading_levels(text: str) -> tuple[int, ...]:
    """The heading levels the note uses, lowest first (with its parse: once per note)."""
    return tuple(sorted({int(n.tag[1]) for n in parse(text).walk() if n.type == "heading"}))


class _Renderer:
    def __init__(self, styles: MarkdownStyles, heading_level: int, levels: tuple[int, ...]):
        self.st = styles
        self.rank = {level: n for n, level in enumerate(levels)}
        self.base = heading_level
        self.depth = 0

    def blocks(self, nodes: list[SyntaxTreeNode], tight: bool = False) -> list[Flowable]:
        out: list[Flowable] = []
        for node in nodes:
            out += self.block(node, tight)
        return out

    def block(self, node: SyntaxTreeNode, tight: bool) -> list[Flowable]:
        kind = node.type
        if kind == "paragraph":
            return self.paragraph(node, self.st.bullet if tight else self.st.body)
        if kind == "heading":
            rank = self.rank.get(int(node.tag[1]), 0)
            role = f"H{min(6, self.base + 1 + rank)}"
            return self.heading(node, self.st.headings[min(rank, 2)], role)
        if kind in ("bullet_list", "ordered_list"):
            return self.listing(node)
        if kind == "blockquote":
            quote = Slot("BlockQuote")
            inner = self.blocks(node.children)
            return [Indented(f, QUOTE_INDENT, quote, bar=self.st.rule_colour) for f in inner]
        if kind in ("code_block", "fence"):
            return [_code(node.content, self.st.code)]
        if kind == "hr":
            return [Rule(width="100%", thickness=0.5, color=self.st.rule_colour, spaceAfter=4)]
        if kind == "table":
            return [self.table(node)]
        return self.blocks(node.children, tight)  # html_block is off; anything else: its blocks

    def paragraph(
        self, node: SyntaxTreeNode, style: ParagraphStyle, role: str = "P"
    ) -> list[Flowable]:
        if not node.children:
            return []
        rendered = render(node.children[0], self.st.link_colour)
        chunks = rendered.finish()
        slot = Slot(role)  # one element, however many chunks
        return [
            Para(
                chunk,
                _joined(style, first=n == 0, last=n == len(chunks) - 1),
                slot=slot,
                links=rendered.links,
            )
            for n, chunk in enumerate(chunks)
        ]

    def heading(self, node: SyntaxTreeNode, style: ParagraphStyle, role: str) -> list[Flowable]:
        """A heading stays with the first lines of what follows through a conditional
        page break, not keepWithNext: reportlab would put heading and text in a
        KeepTogether that wraps the whole (long) paragraph and wraps it again at
        every split (issue #11's PDF figure)."""
        parts = self.paragraph(node, style, role)
        for part in parts:
            part.keepWithNext = 0
        room = (
            style.spaceBefore
            + style.leading
            + style.spaceAfter
            + FIRST_LINES * self.st.body.leading
        )
        return [CondPageBreak(room), *parts] if parts else []

    def listing(self, node: SyntaxTreeNode) -> list[Flowable]:
        ordered = node.type == "ordered_list"
        start = int(node.children[0].info or 1) if ordered and node.children else 1
        whole = Slot(
            "L", attributes={"O": "/List", "ListNumbering": "/Decimal" if ordered else "/Disc"}
        )
        tight = not any(_loose(item) for item in node.children)
        out: list[Flowable] = []
        for n, item in enumerate(node.children):
            entry = Slot("LI", parent=whole)
            label = f"{start + n}." if ordered else ("•" if self.depth % 2 == 0 else "–")
            self.depth += 1
            inner = self.blocks(item.children, tight) or [Para("", self.st.bullet)]
            self.depth -= 1
            label_slot, body = Slot("Lbl", parent=entry), Slot("LBody", parent=entry)
            out += [
                Indented(
                    f,
                    INDENT,
                    body,
                    label=label if k == 0 else "",
                    label_slot=label_slot,
                    label_style=self.st.label,
                )
                for k, f in enumerate(inner)
            ]
        return out

    def table(self, node: SyntaxTreeNode) -> TaggedTable:
        rows: list[list[Any]] = []
        heads = 0
        for section in node.children:
            for tr in section.children:
                head = section.type == "thead"
                heads += head
                look = self.st.cell_head if head else self.st.cell
                rows.append([self.cell(td, look) for td in tr.children])
        width = max((len(r) for r in rows), default=1)
        rows = [r + [""] * (width - len(r)) for r in rows]
        table = TaggedTable(
            rows,
            colWidths=[f"{100 / width:.3f}%"] * width,
            repeatRows=heads,
            hAlign="LEFT",
            splitInRow=1,
            header_rows=heads,
            spaceBefore=4,
            spaceAfter=6,
        )
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, self.st.rule_colour),
        ]
        if heads:
            commands.append(("BACKGROUND", (0, 0), (-1, heads - 1), self.st.head_background))
        commands += [
            ("BACKGROUND", (0, r), (-1, r), self.st.zebra) for r in range(heads + 1, len(rows), 2)
        ]
        table.setStyle(TableStyle(commands))
        return table

    def cell(self, node: SyntaxTreeNode, style: ParagraphStyle) -> Para:
        align = str(node.attrs.get("style", ""))
        alignment: Any = (
            TA_RIGHT if "right" in align else TA_CENTER if "center" in align else TA_LEFT
        )
        if alignment != style.alignment:
            style = _aligned(style, alignment)
        rendered = render(node.children[0], self.st.link_colour) if node.children else Inline()
        return Para("".join(rendered.finish()), style, links=rendered.links)


def _loose(item: SyntaxTreeNode) -> bool:
    """A list item whose paragraphs are shown as paragraphs (a blank line in it)."""
    return any(c.type == "paragraph" and not c.hidden for c in item.children)


def _code(text: str, style: ParagraphStyle) -> Para:
    """Code as written: monospace, every line and every space kept."""
    lines = []
    for line in text.rstrip("\n").expandtabs(4).split("\n"):
        body = line.lstrip(" ")
        lead = "\u00a0" * (len(line) - len(body))
        body = _SPACES.sub(lambda m: "\u00a0" * (len(m[0]) - 1) + " ", body)
        lines.append(markup(lead + body))
    return Para("<br/>".join(lines) or "\u00a0", style, role="Code")


_SPACES = re.compile(" {2,}")


_cache: dict[tuple[str, Any, Any], ParagraphStyle] = {}


def _joined(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    """The style for one chunk of a long paragraph (no space inside the paragraph)."""
    if first and last:
        return style
    key = (style.name, first, last)
    if key not in _cache:
        _cache[key] = ParagraphStyle(
            f"{style.name}-{int(first)}{int(last)}",
            parent=style,
            spaceBefore=style.spaceBefore if first else 0,
            spaceAfter=style.spaceAfter if last else 0,
        )
    return _cache[key]


def _aligned(style: ParagraphStyle, alignment: Any) -> ParagraphStyle:
    key = (style.name, "align", alignment)
    if key not in _cache:
        _cache[key] = ParagraphStyle(
            f"{style.name}-a{alignment}", parent=style, alignment=alignment
        )
    return _cache[key]
