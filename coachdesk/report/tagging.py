"""Tagged PDF (PDF/UA-1) on reportlab, which has no tagging API of its own.

Two halves meet in the content stream:

- While a flowable draws, its content is wrapped in a marked-content sequence
  (``/P <</MCID 3>> BDC ... EMC``) that belongs to one structure element, or in
  ``/Artifact ... BDC ... EMC`` when it is decoration (headers, footers, page
  numbers, rules, table lines and backgrounds).
- When the canvas saves, the structure tree is written from those elements
  (StructTreeRoot, ParentTree, MarkInfo, XMP; see report.tag_canvas).

Flowables never talk to the canvas about tags themselves: they hold a
:class:`Slot` (the element they belong to, made when their first content is
drawn, so the tree follows the reading order and split parts share one element)
and draw inside ``content(canvas, slot)``. The flowables of report.flow do this,
so a section built from them is tagged by construction; anything drawn outside a
sequence is caught by tests/report/test_tagging.py.

    with content(canvas, Slot("P")): ...        # real content of a new paragraph
    with artifact(canvas, "Pagination", "Footer"): ...
    with within(canvas, slot): ...              # children drawn now hang below slot
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

# Structure types used (all standard PDF 1.7 types: no RoleMap needed).
ROLES = frozenset(
    [
        "Document",
        "P",
        "H1",
        "H2",
        "H3",
        "H4",
        "H5",
        "H6",
        "L",
        "LI",
        "Lbl",
        "LBody",
        "Table",
        "TR",
        "TH",
        "TD",
        "Link",
        "Figure",
        "BlockQuote",
        "Code",
        "Span",
        "Caption",
    ]
)


class Marked(NamedTuple):
    """One marked-content sequence: the MCID on a page (1-based page number).
    (A named tuple: one is made for everything drawn, and these are quick to make.)"""

    page: int
    mcid: int


@dataclass(slots=True)
class Annotation:
    """A link annotation that belongs to a Link element (an OBJR kid)."""

    page: int
    ref: Any  # PDFObjectReference of the annotation
    dictionary: Any  # its PDFDictionary, to receive /StructParent


@dataclass(eq=False, slots=True)
class Node:
    """A structure element."""

    role: str
    parent: Node | None
    alt: str = ""
    lang: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)
    actual: str = ""  # /ActualText: the logical text of right-to-left content
    kids: list[Node | Marked | Annotation] = field(default_factory=list)

    def add(self, role: str, **kw: Any) -> Node:
        if role not in ROLES:
            raise ValueError(f"unknown structure type {role!r}")
        node = Node(role, self, **kw)
        self.kids.append(node)
        return node


class Slot:
    """The structure element a flowable (and each of its split parts) belongs to.

    The element is made on first use, below ``parent`` (another slot) or else
    below whatever element is open on the canvas at that moment.
    """

    __slots__ = ("role", "parent", "alt", "lang", "attributes", "actual", "_node")

    def __init__(
        self,
        role: str,
        *,
        parent: Slot | None = None,
        alt: str = "",
        lang: str = "",
        attributes: dict[str, Any] | None = None,
    ):
        if role not in ROLES:
            raise ValueError(f"unknown structure type {role!r}")
        self.role, self.parent, self.alt, self.lang = role, parent, alt, lang
        self.attributes = attributes or {}
        self.actual = ""
        self._node: Node | None = None

    def node(self, tagger: Tagger) -> Node:
        if self._node is None:
            above = self.parent.node(tagger) if self.parent is not None else tagger.current
            # what above.add() does, without checking the role again
            node = Node(self.role, above, self.alt, self.lang, dict(self.attributes), self.actual)
            above.kids.append(node)
            self._node = node
        return self._node


class Tagger:
    """The structure of one document while it is drawn (kept on the canvas)."""

    def __init__(self) -> None:
        self.root = Node("Document", None)
        self._stack: list[Node] = [self.root]
        self.by_page: dict[int, list[Node]] = {}  # page -> element of each MCID
        self.annotations: list[tuple[Annotation, Node]] = []
        self.open: Node | None = None  # the element whose content is being drawn
        self.in_artifact = False
        self.link_labels: dict[str, str] = {}  # url -> link text, while a paragraph draws

    @property
    def current(self) -> Node:
        return self._stack[-1]

    def mark(self, page: int, node: Node) -> int:
        on_page = self.by_page.get(page)
        if on_page is None:
            on_page = self.by_page[page] = []
        mcid = len(on_page)  # MCIDs count from 0 on every page
        on_page.append(node)
        node.kids.append(Marked(page, mcid))
        return mcid

    def push(self, node: Node) -> None:
        self._stack.append(node)

    def pop(self) -> None:
        self._stack.pop()

    def link(self, annotation: Annotation, description: str) -> Node:
        """A Link element for ``annotation`` below the element being drawn."""
        parent = self.open or self.current
        node = parent.add("Link", alt=description)
        node.kids.append(annotation)
        self.annotations.append((annotation, node))
        return node


def tagger_of(canvas: Any) -> Tagger | None:
    """The canvas's tagger, or None on a plain canvas (then nothing is tagged)."""
    return getattr(canvas, "cd_tagger", None)


class _Scope:
    """A context manager (a class, not a generator: these run for every flowable)."""

    __slots__ = ("canvas", "tagger", "arg", "active")

    def __init__(self, canvas: Any, arg: Any = None):
        self.canvas, self.arg = canvas, arg
        tagger = getattr(canvas, "cd_tagger", None)
        # Inside an open sequence or an artifact everything joins it: never nested.
        self.active = tagger is not None and tagger.open is None and not tagger.in_artifact
        self.tagger: Tagger = tagger  # type: ignore[assignment]

    def __exit__(self, *exc: object) -> None:
        if self.active:
            self.end()

    def end(self) -> None:  # pragma: no cover - every subclass has its own
        raise NotImplementedError


class content(_Scope):  # noqa: N801 - used like a function: with content(canvas, slot)
    """Draw real content that belongs to ``slot``'s element (a Slot or a Node).

    Inside an open sequence (a tagged flowable drawn by another one) or inside an
    artifact the content joins that sequence: marked content never nests.
    """

    __slots__ = ()

    def __enter__(self) -> Node | None:
        if not self.active:
            return None
        tagger, slot = self.tagger, self.arg
        node = slot if isinstance(slot, Node) else slot.node(tagger)
        mcid = tagger.mark(self.canvas.getPageNumber(), node)
        self.canvas._code.append(f"/{node.role} <</MCID {mcid}>> BDC")
        tagger.open = node
        return node

    def end(self) -> None:
        self.tagger.open = None
        self.canvas._code.append("EMC")


class artifact(_Scope):  # noqa: N801
    """Draw decoration that assistive technology skips (kind: Layout, Pagination;
    subtype for Pagination: Header, Footer)."""

    __slots__ = ("code",)

    def __init__(self, canvas: Any, kind: str = "Layout", subtype: str = ""):
        super().__init__(canvas)
        extra = f" /Subtype /{subtype}" if subtype else ""
        self.code = f"/Artifact <</Type /{kind}{extra}>> BDC"

    def __enter__(self) -> None:
        if self.active:
            self.canvas._code.append(self.code)
            self.tagger.in_artifact = True

    def end(self) -> None:
        self.tagger.in_artifact = False
        self.canvas._code.append("EMC")


class within(_Scope):  # noqa: N801
    """Elements made while this is open hang below ``slot``'s element."""

    __slots__ = ()

    def __enter__(self) -> Node | None:
        if not self.active:
            return None
        slot = self.arg
        node = slot if isinstance(slot, Node) else slot.node(self.tagger)
        self.tagger.push(node)
        return node

    def end(self) -> None:
        self.tagger.pop()


def walk(node: Node) -> Iterator[Node]:
    """``node`` and every element below it, in reading order."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(kid for kid in reversed(current.kids) if isinstance(kid, Node))
