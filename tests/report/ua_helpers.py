"""Checks of tagged PDFs: the pdfua package's PDF/UA-1 rules, and a walk of the
structure tree and every page's content stream with pikepdf."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field

import pikepdf

# Operators that put something on the page.
TEXT = {"Tj", "TJ", "'", '"'}
PAINT = TEXT | {"Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "BI"}


def pdfua_findings(data: bytes) -> list[str]:
    """Every finding (and every rule that could not run) of the pdfua checker."""
    from pdfua import validate

    fd, name = tempfile.mkstemp(suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        report = validate(name)
    finally:
        os.unlink(name)
    found = [
        f"{f.rule_id} {f.severity.name}: {f.message} ({f.location.describe()})"
        for f in report.findings
    ]
    found += [f"{o.rule_id} SKIPPED: {o.skipped_reason}" for o in report.skipped]
    return found


def pdfua_errors(data: bytes) -> list[str]:
    return [f for f in pdfua_findings(data) if " ERROR:" in f or " SKIPPED:" in f]


@dataclass
class Element:
    role: str
    obj: pikepdf.Dictionary
    parent: Element | None
    kids: list[Element] = field(default_factory=list)
    mcids: list[tuple[int, int]] = field(default_factory=list)  # (page index, mcid)
    objrs: list[pikepdf.Dictionary] = field(default_factory=list)

    def walk(self) -> Iterator[Element]:
        yield self
        for kid in self.kids:
            yield from kid.walk()

    def text_roles(self) -> list[str]:
        return [e.role for e in self.walk()]


@dataclass
class Tagged:
    pdf: pikepdf.Pdf
    root: Element  # the Document element
    page_mcids: list[list[int]]  # the MCIDs marked on each page
    artifacts: list[list[str]]  # the artifacts of each page: "Pagination/Footer", "Layout", ...

    def elements(self, role: str) -> list[Element]:
        return [e for e in self.root.walk() if e.role == role]


def _kids(node: pikepdf.Object) -> list[pikepdf.Object]:
    kid = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
    if kid is None:
        return []
    return list(kid) if isinstance(kid, pikepdf.Array) else [kid]


def structure(data: bytes) -> Tagged:
    """Read the structure tree and check it against the content streams.

    Asserts: every painting operator lies in a marked-content sequence (tagged
    or artifact); tagged sequences do not nest; every MCID on a page belongs to
    exactly the element the ParentTree names; every MCID in the tree exists.
    """
    pdf = pikepdf.open(io.BytesIO(data))
    catalog = pdf.Root
    assert catalog.MarkInfo.Marked is True
    tree = catalog.StructTreeRoot
    pages = {p.objgen: n for n, p in enumerate(pdf.pages)}
    parent_tree = _number_tree(tree.ParentTree)

    def build(node: pikepdf.Dictionary, parent: Element | None, page: int | None) -> Element:
        element = Element(str(node.S)[1:], node, parent)
        if "/Pg" in node:
            page = pages[node.Pg.objgen]
        for kid in _kids(node):
            if isinstance(kid, int):
                assert page is not None, f"{element.role}: an MCID without a page"
                element.mcids.append((page, int(kid)))
            elif kid.get("/Type") == "/MCR":
                element.mcids.append((pages[kid.Pg.objgen], int(kid.MCID)))
            elif kid.get("/Type") == "/OBJR":
                element.objrs.append(kid.Obj)
            else:
                element.kids.append(build(kid, element, page))
        return element

    [document] = [build(k, None, None) for k in _kids(tree)]
    assert document.role == "Document"
    page_mcids: list[list[int]] = []
    artifacts: list[list[str]] = []
    for n, page in enumerate(pdf.pages):
        mcids, kinds = _walk_content(page, n)
        page_mcids.append(mcids)
        artifacts.append(kinds)
        assert mcids == list(range(len(mcids))), f"page {n + 1}: MCIDs {mcids}"
        owners = parent_tree[int(page.obj.StructParents)]
        assert len(owners) == len(mcids), (
            f"page {n + 1}: ParentTree has {len(owners)} of {len(mcids)}"
        )
        assert page.obj.Tabs == "/S"
    owner_of = {(p, m): e for e in document.walk() for p, m in e.mcids}
    for n, mcids in enumerate(page_mcids):
        owners = parent_tree[int(pdf.pages[n].obj.StructParents)]
        for mcid in mcids:
            assert (n, mcid) in owner_of, f"page {n + 1}: MCID {mcid} is in no element"
            assert owners[mcid].objgen == owner_of[(n, mcid)].obj.objgen
    assert len(owner_of) == sum(len(m) for m in page_mcids), "an element names a missing MCID"
    return Tagged(pdf, document, page_mcids, artifacts)


def _number_tree(node: pikepdf.Dictionary) -> dict[int, pikepdf.Object]:
    out: dict[int, pikepdf.Object] = {}
    if "/Nums" in node:
        nums = list(node.Nums)
        out.update({int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)})
    for kid in node.get("/Kids", []):
        out.update(_number_tree(kid))
    return out


def _walk_content(page: pikepdf.Page, index: int) -> tuple[list[int], list[str]]:
    stack: list[str] = []  # "tag" or "artifact" per open sequence
    mcids: list[int] = []
    kinds: list[str] = []
    for instruction in pikepdf.parse_content_stream(page):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            assert stack, f"page {index + 1}: an inline image outside marked content"
            continue
        op, operands = str(instruction.operator), instruction.operands
        if op in ("BDC", "BMC"):
            tag = str(operands[0])
            if tag == "/Artifact":
                props = operands[1] if op == "BDC" else {}
                kind = str(props.get("/Type", "/Layout"))[1:]
                if "/Subtype" in props:
                    kind += "/" + str(props.Subtype)[1:]
                kinds.append(kind)
                stack.append("artifact")
                continue
            props = operands[1] if op == "BDC" else None
            assert "tag" not in stack, f"page {index + 1}: marked content nested in {stack}"
            assert "artifact" not in stack, f"page {index + 1}: content tagged inside an artifact"
            assert isinstance(props, pikepdf.Dictionary) and "/MCID" in props, tag
            mcids.append(int(props.MCID))
            stack.append("tag")
        elif op == "EMC":
            assert stack, f"page {index + 1}: EMC without BDC"
            stack.pop()
        elif op in PAINT:
            assert stack, f"page {index + 1}: {op} outside any marked content"
    assert not stack, f"page {index + 1}: unclosed marked content"
    return mcids, kinds
