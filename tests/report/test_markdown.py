from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import HRFlowable

from coachdesk.report.glyphs import markup, missing, plain
from coachdesk.report.markdown import flowables, inline
from coachdesk.report.styles import styles


def _paras(text: str) -> list[Paragraph]:
    out = flowables(text, styles().markdown)
    assert all(isinstance(f, Paragraph | HRFlowable) for f in out)
    return [f for f in out if isinstance(f, Paragraph)]


def test_inline_bold_italic_and_links():
    assert inline("**vet** en *schuin* en __ook__ _dit_") == (
        "<b>vet</b> en <i>schuin</i> en <b>ook</b> <i>dit</i>"
    )
    assert inline("***beide***") in ("<b><i>beide</i></b>", "<i><b>beide</b></i>")
    link = inline("[site](https://example.org/a?b=1&c=2)")
    assert link.startswith('<a href="https://example.org/a?b=1&amp;c=2"')
    assert "<u>site</u></a>" in link
    assert inline("[x](javascript:alert(1))") == "[x](javascript:alert(1))"


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("&amp;", "&amp;amp;"),
        ("a < b > c", "a &lt; b &gt; c"),
        ("<i>open", "&lt;i&gt;open"),
        ("snake_case_name", "snake_case_name"),
        ("2 * 3 * 4", "2 * 3 * 4"),
        ("**niet dicht", "**niet dicht"),
    ],
)
def test_everything_else_is_literal(raw, escaped):
    assert inline(raw) == escaped


def test_blocks_headings_lists_rules_and_line_breaks():
    st_ = styles()
    out = flowables(
        "# Kop\nregel een\nregel twee\n\n- a\n- b\n  - genest\n1. eerst\n2. dan\n\n---\nslot",
        st_.markdown,
    )
    kinds = [(type(f).__name__, getattr(f, "style", None)) for f in out]
    assert kinds[0] == ("Paragraph", st_.note_headings[0])
    assert out[1].text == "regel een<br/>regel twee"
    bullets = [f for f in out if isinstance(f, Paragraph) and f.bulletText]
    assert [b.bulletText for b in bullets] == ["•", "•", "•", "1.", "2."]
    assert bullets[2].style.leftIndent > bullets[0].style.leftIndent
    assert any(isinstance(f, HRFlowable) for f in out)
    assert out[-1].text == "slot"


def test_empty_note_gives_nothing():
    assert flowables("  \n\n", styles().markdown) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab <>&*_#-[]()/:\n\"';1.é😀")), max_size=80))
def test_any_text_becomes_valid_paragraph_markup(text):
    for para in _paras(text):
        para.wrap(400, 800)  # would raise on broken markup


def test_glyph_fallbacks_and_replacements():
    assert markup("Zoë € “x”") == "Zoë € “x”"
    assert '<font name="NotoSansSymbols2">✓</font>' in markup("ok ✓")
    assert "[grinning face]" in markup("hoi 😀\ufe0f")
    assert plain("a ✓ 😀") == "a [check mark] [grinning face]"
    assert missing("ab ✓ 😀 😀") == ["😀"]
    assert markup("<&>") == "&lt;&amp;&gt;"
