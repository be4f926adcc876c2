"""A paragraph breaks its lines once per width (report.flow.Para.wrap): a table
wraps every cell again as it draws, and the answer must stay reportlab's."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from coachdesk.report.flow import Para
from coachdesk.report.styles import Palette, styles, tinted

TEXT = "Zoë zegt vaker 'nee' tegen extra werk en houdt elke week een middag vrij. " * 6


def _counting(monkeypatch) -> list[int]:
    calls: list[int] = []
    original = Paragraph.breakLines

    def counted(self, widths):
        calls.append(1)
        return original(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    return calls


def test_the_same_width_again_breaks_no_lines_and_gives_the_same_size(monkeypatch):
    calls = _counting(monkeypatch)
    para = Para(TEXT, styles().body)
    first = para.wrap(300, 800)
    assert para.wrap(300, 500) == first
    assert len(calls) == 1
    assert first == Paragraph(TEXT, styles().body).wrap(300, 800)


def test_another_width_breaks_the_lines_again(monkeypatch):
    calls = _counting(monkeypatch)
    para = Para(TEXT, styles().body)
    wide = para.wrap(400, 800)
    narrow = para.wrap(150, 800)
    assert len(calls) == 2
    assert narrow[1] > wide[1]
    assert para.wrap(400, 800) == wide  # back to the first width: its own lines again
    assert len(calls) == 3
    assert len(para.blPara.lines) == len(Paragraph(TEXT, styles().body).breakLines([400]).lines)


def test_a_split_that_gives_up_lets_the_next_wrap_break_again(monkeypatch):
    calls = _counting(monkeypatch)
    para = Para(TEXT, styles().body)
    para.wrap(300, 800)
    assert para.split(300, 5) == []  # no room for two lines: reportlab drops its lines
    size = para.wrap(300, 800)
    assert len(calls) == 2
    assert size == Paragraph(TEXT, styles().body).wrap(300, 800)


def test_tinted_text_needs_no_markup_and_keeps_its_colour():
    style = tinted(styles().cell, Palette.ok)
    para = Para("Gedaan op 3 maart", style)
    assert para.frags[0].textColor == Palette.ok
    assert tinted(styles().cell, Palette.ok) is style
    assert tinted(styles().cell, Palette.warn).textColor == Palette.warn
    assert styles().cell.textColor == Palette.text


def test_reportlabs_own_right_to_left_and_hyphenation_wrap_again_every_time(monkeypatch):
    """reportlab changes those lines in place as it draws or splits: never reused."""
    from reportlab.lib.styles import ParagraphStyle

    calls = _counting(monkeypatch)
    for style in (
        ParagraphStyle("rtl", parent=styles().body, wordWrap="RTL"),
        ParagraphStyle("hyphens", parent=styles().body, hyphenationLang="nl_NL"),
    ):
        calls.clear()
        para = Para(TEXT, style)
        para.wrap(300, 800)
        para.wrap(300, 800)
        assert len(calls) == 2, style.name
