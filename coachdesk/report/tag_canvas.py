"""The canvas of a tagged PDF and what it writes when it saves (see report.tagging).

TaggedCanvas keeps a Tagger, gives every page ``/StructParents`` and
``/Tabs /S``, ties link annotations to Link elements (with a description in
``/Contents``), and on save writes the structure tree, the ParentTree, MarkInfo,
XMP metadata (dc:title, pdfuaid:part 1) and opens with the bookmarks shown.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    XMP,
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFPage,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas

from coachdesk.report.tagging import Annotation, Marked, Node, Tagger, walk


class _TaggedPage(PDFPage):
    __NoDefault__ = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]


class TaggedCanvas(Canvas):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.cd_tagger = Tagger()
        self.cd_lang = str(kwargs.get("lang") or "")
        self._doc._pdfVersion = (1, 7)  # type: ignore[attr-defined]  # PDF/UA-1 is on PDF 1.7

    def _setAnnotations(self, page: PDFPage) -> None:  # noqa: N802 - reportlab's name
        super()._setAnnotations(page)  # type: ignore[misc]
        page.__class__ = _TaggedPage
        page.StructParents = self._pageNumber - 1  # type: ignore[attr-defined]
        page.Tabs = PDFName("S")  # type: ignore[attr-defined]

    def linkURL(  # noqa: N802 - reportlab's name
        self,
        url: str,
        rect: Any,
        relative: Any = 0,
        thickness: int = 0,
        color: Any = None,
        dashArray: Any = None,  # noqa: N803
        kind: str = "URI",
        **kw: Any,
    ) -> None:
        tagger = self.cd_tagger
        label = tagger.link_labels.get(url, "").strip()
        description = f"{label} ({url})" if label and label != url else url
        kw.setdefault("Contents", PDFString(description))
        super().linkURL(url, rect, relative, thickness, color, dashArray, kind, **kw)
        name = f"NUMBER{self._annotationCount}"  # type: ignore[attr-defined]
        annotation = self._doc.idToObject[self._doc.annotationName(name)]  # type: ignore[attr-defined]
        ref = self._doc.refAnnotation(name)  # type: ignore[attr-defined]
        tagger.link(Annotation(self.getPageNumber(), ref, annotation), description)

    def save(self) -> None:
        if len(self._code):  # type: ignore[attr-defined]
            self.showPage()
        write_structure(self)
        super().save()


class _Lazy(PDFObject):
    """An object written by ``write(document)`` when the file is formatted: the
    structure tree has thousands of elements, and reportlab's generic dictionaries
    cost more to format than all the rest of a long document."""

    def __init__(self, write: Any):
        self.write = write

    def format(self, document: Any) -> bytes:
        return bytes(self.write(document))


class _Element(PDFObject):
    """Structure element ``n`` of ``elements``, written when the file is formatted
    (one small object per element: a long report has over a thousand)."""

    __slots__ = ("elements", "n", "__InternalName__")

    def __init__(self, elements: _Elements, n: int):
        self.elements, self.n = elements, n

    def format(self, document: Any) -> bytes:
        return self.elements.write(self.n, document)


def _ref(document: Any, name: str) -> bytes:
    number, generation = document.idToObjectNumberAndVersion[name]
    return b"%d %d R" % (number, generation)


def write_structure(canvas: TaggedCanvas) -> None:
    """Add the structure tree, MarkInfo and XMP metadata to the canvas's document."""
    doc: Any = canvas._doc  # type: ignore[attr-defined]
    tagger = canvas.cd_tagger
    pages = len(doc.Pages.pages)
    tree_name = doc.Reference(_Lazy(None)).name  # the StructTreeRoot, written below
    nodes = list(walk(tagger.root))
    elements = _Elements(nodes, tree_name)
    reference = doc.Reference
    elements.names = [reference(_Element(elements, n)).name for n in range(len(nodes))]
    for key, (annotation, _node) in enumerate(tagger.annotations, start=pages):
        annotation.dictionary["StructParent"] = key

    def parent_tree(document: Any) -> bytes:
        refs = elements.refs(document)
        nums: list[bytes] = []
        for page in range(1, pages + 1):
            kids = b" ".join(refs[elements.index[id(n)]] for n in tagger.by_page.get(page, []))
            nums.append(b"%d [%s]" % (page - 1, kids))
        for key, (_annotation, node) in enumerate(tagger.annotations, start=pages):
            nums.append(b"%d %s" % (key, refs[elements.index[id(node)]]))
        return b"<< /Nums [" + b"\n".join(nums) + b"] >>"

    parent_ref = doc.Reference(_Lazy(parent_tree))
    next_key = pages + len(tagger.annotations)

    def tree(document: Any) -> bytes:
        return b"<< /Type /StructTreeRoot /K [%s] /ParentTree %s /ParentTreeNextKey %d >>" % (
            elements.refs(document)[0],
            parent_ref.format(document),
            next_key,
        )

    doc.idToObject[tree_name].write = tree
    catalog = doc.Catalog
    catalog.StructTreeRoot = PDFObjectReference(tree_name)
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    catalog.Metadata = XMP(creator=lambda _doc: xmp_packet(doc.info, canvas.cd_lang))
    canvas.setViewerPreference("DisplayDocTitle", "true")
    canvas.showOutline()


class _Elements:
    """The StructElem objects, written one by one as the file is formatted; the
    references between them are worked out once (a long report has thousands)."""

    def __init__(self, nodes: list[Node], tree_name: str):
        self.nodes = nodes
        self.tree_name = tree_name
        self.names: list[str] = []  # object name of each node, in ``nodes`` order
        self.index = index = {id(node): n for n, node in enumerate(nodes)}
        # each element's parent, by position (-1: the tree root above the Document)
        self.parents = [-1 if node.parent is None else index[id(node.parent)] for node in nodes]
        self._refs: list[bytes] | None = None
        self._tree_ref = b""
        self._pages: dict[int, bytes] = {}

    def refs(self, document: Any) -> list[bytes]:
        """``b"12 0 R"`` of each node (object numbers are known once all are named)."""
        if self._refs is None:
            numbers = document.idToObjectNumberAndVersion
            self._refs = [b"%d %d R" % numbers[name] for name in self.names]
            self._tree_ref = b"%d %d R" % numbers[self.tree_name]
        return self._refs

    def _page(self, document: Any, page: int) -> bytes:
        ref = self._pages.get(page)
        if ref is None:
            ref = self._pages[page] = _ref(document, f"Page{page}")
        return ref

    def write(self, n: int, document: Any) -> bytes:
        refs = self.refs(document)
        node = self.nodes[n]
        above = self.parents[n]
        parent = refs[above] if above >= 0 else self._tree_ref
        out = [b"<< /Type /StructElem /S /", node.role.encode(), b" /P ", parent]
        page = None
        kids: list[bytes] = []
        index = self.index
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(refs[index[id(kid)]])
                continue
            if page is None:  # the element's page: that of its first content
                page = kid.page
                out += [b" /Pg ", self._page(document, page)]
            if isinstance(kid, Marked):
                if kid.page == page:
                    kids.append(b"%d" % kid.mcid)
                else:
                    pg = self._page(document, kid.page)
                    kids.append(b"<< /Type /MCR /Pg %s /MCID %d >>" % (pg, kid.mcid))
            else:
                obj, pg = kid.ref.format(document), self._page(document, kid.page)
                kids.append(b"<< /Type /OBJR /Obj %s /Pg %s >>" % (obj, pg))
        if len(kids) == 1:
            out += [b" /K ", kids[0]]
        elif kids:
            out += [b" /K [", b" ".join(kids), b"]"]
        if node.alt:
            out += [b" /Alt ", PDFString(node.alt).format(document)]
        if node.lang:
            out += [b" /Lang ", PDFString(node.lang).format(document)]
        if node.actual:
            out += [b" /ActualText ", PDFString(node.actual).format(document)]
        if node.attributes:
            attributes = {
                k: PDFArray(v) if isinstance(v, list | tuple) else v
                for k, v in node.attributes.items()
            }
            out += [b" /A ", PDFDictionary(attributes).format(document)]
        out.append(b" >>")
        return b"".join(out)


def xmp_packet(info: Any, lang: str) -> bytes:
    """The XMP metadata: title, author, subject, language, tools and the PDF/UA claim."""

    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    parts = [
        "<pdfuaid:part>1</pdfuaid:part>",
        f"<dc:format>application/pdf</dc:format><dc:title>{alt(str(info.title))}</dc:title>",
    ]
    if info.author and info.author != "anonymous":
        parts.append(
            f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>"
        )
    if info.subject and info.subject != "unspecified":
        parts.append(f"<dc:description>{alt(str(info.subject))}</dc:description>")
    if lang:
        parts.append(
            f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>"
        )
    parts.append(f"<pdf:Producer>{escape(str(info.producer))}</pdf:Producer>")
    parts.append(f"<xmp:CreatorTool>{escape(str(info.creator))}</xmp:CreatorTool>")
    body = "\n   ".join(parts)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()
