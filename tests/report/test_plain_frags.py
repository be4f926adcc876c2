"""Paragraphs without markup skip reportlab's HTML parser (report.plain_frags) and
come out exactly as the parser would make them."""

from __future__ import annotations

import pytest
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from coachdesk.report.flow import Para
from coachdesk.report.fonts import BOLD, FAMILY, ITALIC
from coachdesk.report.styles import styles

TEXTS = [
    "Een zin.",
    "  Zoë  zegt 'ja' tegen\n  extra werk > nodig  ",
    "שלום עולם en مرحبا",
    "\u00a0\u00a0ingesprongen code",
    "x" * 5000,
]


def _frags(paragraph: Paragraph) -> list[dict[str, object]]:
    return [dict(sorted(f.__dict__.items())) for f in paragraph.frags]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", ["body", "h1", "cell", "small", "code", "bullet"])
def test_plain_text_gets_the_parsers_fragments(text, name):
    style = getattr(styles(), name)
    ours, reportlabs = Para(text, style), Paragraph(text, style)
    assert _frags(ours) == _frags(reportlabs)
    assert ours.text == reportlabs.text
    assert ours.style is reportlabs.style or ours.cd_rtl  # right to left: flush right


@pytest.mark.parametrize("font", [FAMILY, BOLD, ITALIC])
def test_styles_that_differ_in_font_size_or_colour_do_not_share_fragments(font):
    a = ParagraphStyle("a", fontName=font, fontSize=9, textColor=HexColor("#123456"))
    b = ParagraphStyle("b", parent=a, fontSize=12)
    c = ParagraphStyle("c", parent=a, textColor=HexColor("#654321"))
    for style in (a, b, c):
        assert _frags(Para("Tekst", style)) == _frags(Paragraph("Tekst", style))


def test_no_list_is_shared_between_paragraphs():
    first, second = Para("een", styles().body), Para("twee", styles().body)
    assert first.frags[0].link is not second.frags[0].link
    assert first.frags[0].us_lines is not second.frags[0].us_lines


@pytest.mark.parametrize("text", ["a &amp; b", "<b>vet</b> en niet", "regel<br/>twee", "", "   "])
def test_markup_and_empty_text_still_go_through_the_parser(text):
    style = styles().body
    assert _frags(Para(text, style)) == _frags(Paragraph(text, style))
