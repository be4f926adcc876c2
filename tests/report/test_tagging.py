"""Tagged, accessible PDF (PDF/UA-1): the pdfua checker finds no error and the
structure tree matches what every page draws, on Dutch and English exports."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from coachdesk.report.trajectory_pdf import render_trajectory_pdf
from tests.report.pdf_helpers import NOW, make_trajectory
from tests.report.ua_helpers import pdfua_errors, pdfua_findings, structure

NOTE = """# Afspraken
Deze alinea is in de editor
op tachtig kolommen afgebroken.

- eerste punt
- tweede punt met een [link](https://example.org/x)
  1. genest

| Thema | Score |
|---|--:|
| rust | 7 |

> Een citaat.

```
code  met   spaties
```
"""


def closed(practice, outcome: str, sessions: int = 4) -> int:
    """A trajectory closed the way the window closes it (open agreements carried)."""
    tid = make_trajectory(practice, sessions=sessions, notes=NOTE)
    practice.trajectories.update(tid, status="active")
    fates = {a.id: "carry" for a in practice.agreements.list(tid, open_only=True)}
    last = max(s.starts_at for s in practice.sessions.list(tid)).date()
    practice.trajectories.close(
        tid,
        outcome=outcome,
        ended_on=last + timedelta(days=3),
        reason="Nieuwe functie elders" if outcome == "ended_early" else "",
        agreements=fates,
    )
    return tid


EXPORTS = {
    "one-session": lambda p: make_trajectory(p, sessions=1, notes=NOTE),
    "sixty-sessions": lambda p: make_trajectory(p, sessions=60),
    "cancelled": lambda p: closed(p, "cancelled"),
    "completed": lambda p: closed(p, "completed"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_exports_pass_pdfua_and_every_page_is_tagged_or_artifact(practice, kind, lang):
    tid = EXPORTS[kind](practice)
    data = render_trajectory_pdf(practice, tid, lang=lang, now=NOW).data
    assert pdfua_errors(data) == []
    assert pdfua_findings(data) == []  # no warnings either
    tagged = structure(data)  # asserts every page's content against the tree
    assert tagged.pdf.Root.Lang == lang
    for figure in tagged.elements("Figure"):
        alt = str(figure.obj.get("/Alt", ""))
        assert len(alt) > 20, alt
        assert len(figure.obj.A.BBox) == 4
    for n, kinds in enumerate(tagged.artifacts, start=1):
        assert "Pagination/Footer" in kinds, f"page {n}: footer not an artifact"
    headings = [e.role for e in tagged.root.walk() if re.fullmatch(r"H\d", e.role)]
    assert headings[0] == "H1"
    for before, after in zip(headings, headings[1:], strict=False):
        assert int(after[1]) <= int(before[1]) + 1, f"{before} then {after}: a level skipped"


def test_document_metadata_for_assistive_technology(practice):
    tid = make_trajectory(practice, sessions=2)
    data = render_trajectory_pdf(practice, tid, lang="en", now=NOW).data
    tagged = structure(data)
    root = tagged.pdf.Root
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert root.PageMode == "/UseOutlines"  # bookmarks shown when the file opens
    assert tagged.pdf.pdf_version >= "1.7"
    with tagged.pdf.open_metadata() as meta:
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == "Coaching summary Zoë de Bruïne: Leidinggeven in verandering"
        assert meta["dc:creator"] == ["Marieke de Vries"]
    assert "/RoleMap" not in root.StructTreeRoot  # only standard structure types


def test_notes_are_tagged_as_what_they_are(practice):
    tid = make_trajectory(practice, sessions=1, notes=NOTE)
    tagged = structure(render_trajectory_pdf(practice, tid, sections="sessions", now=NOW).data)
    roles = tagged.root.text_roles()
    for role in ("L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "BlockQuote", "Code"):
        assert role in roles, role
    for item in tagged.elements("LI"):
        assert [k.role for k in item.kids] == ["Lbl", "LBody"]
    [head_row, _] = tagged.elements("Table")[-1].kids
    assert [c.obj.A.Scope for c in head_row.kids] == ["/Column", "/Column"]
    [link] = tagged.elements("Link")
    assert len(link.objrs) == 1 and "example.org/x" in str(link.obj.Alt)
    annotation = link.objrs[0]
    assert str(annotation.Contents) == "link (https://example.org/x)"
    assert int(annotation.StructParent) >= len(tagged.pdf.pages)


def test_a_table_over_pages_is_one_table_and_its_repeated_header_an_artifact(practice):
    tid = make_trajectory(practice, sessions=60)
    tagged = structure(render_trajectory_pdf(practice, tid, sections="sessions", now=NOW).data)
    [table] = tagged.elements("Table")
    rows = [r for r in table.kids if r.role == "TR"]
    assert len(rows) == 61  # the header once, then 60 sessions
    assert [c.role for c in rows[0].kids] == ["TH"] * 4
    assert all(c.role == "TD" for r in rows[1:] for c in r.kids)
    pages = {p for r in rows for c in r.kids for p, _ in c.mcids}
    assert len(pages) >= 2
    assert "Pagination" in tagged.artifacts[max(pages)]  # the header repeated on a later page


def test_the_tagged_tree_follows_the_reading_order(practice):
    tid = make_trajectory(practice, sessions=2)
    tagged = structure(render_trajectory_pdf(practice, tid, now=NOW).data)
    order = [(p, m) for e in tagged.root.walk() for p, m in e.mcids]
    assert order == sorted(order)  # page by page, top to bottom as drawn
