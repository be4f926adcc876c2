"""The hours statement PDF is tagged like the trajectory PDF (PDF/UA-1): the pdfua
checker finds nothing, the sessions are one Table with TH headers and TD cells, and
language, title and embedded fonts are there."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from coachdesk.report.hours_statement import statement_pdf
from tests.report.pdf_helpers import flat, text_of
from tests.report.ua_helpers import pdfua_findings, structure


@pytest.fixture
def statement(practice):
    p = practice
    sponsor = p.sponsors.create("Gemeente Utrecht")
    coachee = p.coachees.create("Zoë de Bruïne")
    t = p.trajectories.create(coachee.id, "Leidinggeven", sponsor_id=sponsor.id, status="active")
    for n in range(45):  # over more than one page
        p.sessions.create(t.id, datetime(2026, 1, 5, 10) + timedelta(days=2 * n), status="held")
    return p.hours.statement(sponsor.id, date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_statement_pdf_is_tagged(statement, lang):
    data = statement_pdf(statement, lang, "Marieke de Vries", 110.0, "PO-2026-17")
    assert pdfua_findings(data) == []
    tagged = structure(data)  # every page's content against the tree
    root = tagged.pdf.Root
    assert root.Lang == lang and root.ViewerPreferences.DisplayDocTitle is True
    with tagged.pdf.open_metadata() as meta:
        assert meta["pdfuaid:part"] == "1"
        title = "Urenspecificatie" if lang == "nl" else "Hours statement"
        assert meta["dc:title"] == f"{title} — Gemeente Utrecht"
    assert tagged.pdf.pdf_version >= "1.7"
    assert tagged.root.kids[0].role == "H1"
    facts, sessions = tagged.elements("Table")
    assert all(row.kids[0].role == "TH" for row in facts.kids)  # the labels head their rows
    assert {str(row.kids[0].obj.A.Scope) for row in facts.kids} == {"/Row"}
    rows = [r for r in sessions.kids if r.role == "TR"]
    assert len(rows) == 1 + 45 + 1  # the header once, the sessions, the total
    assert [c.role for c in rows[0].kids] == ["TH"] * 6  # with the amount column
    assert all(c.role == "TD" for r in rows[1:] for c in r.kids)
    pages = {p for r in rows for c in r.kids for p, _ in c.mcids}
    assert len(pages) >= 2 and "Pagination" in tagged.artifacts[max(pages)]
    for n, kinds in enumerate(tagged.artifacts, start=1):
        assert "Pagination/Footer" in kinds, f"page {n}: footer not an artifact"
    for page in tagged.pdf.pages:
        for font in page.Resources.Font.values():
            descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
            descriptor = descendant.FontDescriptor
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    text = flat(text_of(data))
    assert "Gemeente Utrecht" in text and "PO-2026-17" in text
    assert ("4950,00" if lang == "nl" else "4950.00") in text  # 45 h x 110


def test_amounts_add_up_as_printed_and_pro_bono_is_not_charged(practice):
    """Three 50-minute sessions at 95 euro: each line 79,17 (0,8333 h x 95 = 79,1667),
    and the total is what the lines add up to (237,51), not the unrounded 237,50. A
    pro-bono session is listed without an amount and left out of the total."""
    from coachdesk.report.tables import statement_rows

    p = practice
    sponsor = p.sponsors.create("Waterschap Vallei en Veluwe")
    coachee = p.coachees.create("Anouk Visser")
    t = p.trajectories.create(coachee.id, "Loopbaan", sponsor_id=sponsor.id, status="active")
    for n in range(3):
        p.sessions.create(t.id, datetime(2026, 2, 2 + n, 10), duration_minutes=50, status="held")
    p.sessions.create(
        t.id, datetime(2026, 2, 9, 10), duration_minutes=60, status="held", paid=False
    )
    statement = p.hours.statement(sponsor.id, date(2026, 1, 1), date(2026, 12, 31))
    rows = statement_rows(statement, "nl", "nl", 95.0)
    body = rows[1:5]
    assert [r[-1] for r in body] == ["79,17", "79,17", "79,17", "pro bono"]
    total = rows[5]
    assert total[-1] == "237,51"
    assert any(r and "zonder bedrag" in str(r[0]) for r in rows[6:])  # said below the table
    data = statement_pdf(statement, "en", "Marieke de Vries", 95.0)
    text = flat(text_of(data))
    assert "237.51" in text and "pro bono" in text and "without an amount" in text


def test_the_metadata_keeps_every_character_as_written(practice):
    """A sponsor or coach name with characters the body font lacks (here Chinese) is
    written as is in the document's title and author; readers show metadata in their
    own fonts. The page itself marks them as before."""
    p = practice
    sponsor = p.sponsors.create("Gemeente 台北")
    coachee = p.coachees.create("Lotte Smit")
    t = p.trajectories.create(coachee.id, "Loopbaan", sponsor_id=sponsor.id)
    p.sessions.create(t.id, datetime(2026, 2, 2, 10), status="held")
    statement = p.hours.statement(sponsor.id, date(2026, 1, 1), date(2026, 12, 31))
    meta = PdfReader(io.BytesIO(statement_pdf(statement, "nl", "Marieke 王"))).metadata
    assert meta.title == "Urenspecificatie — Gemeente 台北"
    assert meta.author == "Marieke 王"
