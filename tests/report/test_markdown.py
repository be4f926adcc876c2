from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import CondPageBreak, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable

from coachdesk.report.flow import Indented
from coachdesk.report.glyphs import markup, missing, plain
from coachdesk.report.markdown import flowables, inline
from coachdesk.report.styles import styles


def _unwrap(f):
    while isinstance(f, Indented):
        f = f.inner
    return f


def _paras(text: str) -> list[Paragraph]:
    out = [_unwrap(f) for f in flowables(text, styles().markdown)]
    out = [f for f in out if not isinstance(f, CondPageBreak)]
    assert all(isinstance(f, Paragraph | HRFlowable | Table) for f in out)
    cells = [c for f in out if isinstance(f, Table) for row in f._cellvalues for c in row]
    return [f for f in [*out, *cells] if isinstance(f, Paragraph)]


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


def test_blocks_headings_lists_rules_and_soft_line_breaks():
    st_ = styles()
    out = flowables(
        "# Kop\nregel een\nregel twee\n\n- a\n- b\n  - genest\n1. eerst\n2. dan\n\n---\nslot",
        st_.markdown,
    )
    # a heading stays with its first lines by a conditional page break, not by
    # keepWithNext (which would re-wrap the long paragraph after it: issue #11)
    assert isinstance(out[0], CondPageBreak) and not out[1].getKeepWithNext()
    out = out[1:]
    assert isinstance(out[0], Paragraph) and out[0].style is st_.note_headings[0]
    assert out[0].cd_slot.role == "H3"  # one below the heading the note is under (H2)
    assert out[1].text == "regel een regel twee"  # the editor's line wrap is no break
    items = [f for f in out if isinstance(f, Indented)]
    assert [f.label for f in items] == ["•", "•", "", "1.", "2."]
    nested = items[2].inner
    assert isinstance(nested, Indented) and nested.label == "–"
    assert _unwrap(nested).text == "genest"
    assert items[0].body is not items[1].body  # one LBody per item
    assert items[1].body is items[2].body  # the nested list is in the second item
    assert any(isinstance(f, HRFlowable) for f in out)
    assert out[-1].text == "slot"


def test_hard_breaks_are_kept_and_heading_levels_stay_distinct():
    st_ = styles()
    out = flowables("### Eerst\n\nregel  \nnieuwe regel\n\n##### Dieper", st_.markdown, 2)
    out = [f for f in out if not isinstance(f, CondPageBreak)]
    assert out[1].text == "regel<br/>nieuwe regel"
    assert [f.cd_slot.role for f in (out[0], out[2])] == ["H3", "H4"]  # no level skipped
    assert out[0].style is not out[2].style


def test_tables_quotes_code_and_bare_links():
    st_ = styles()
    note = (
        "| Wat | Score |\n|---|--:|\n| rust | 7 |\n| **focus** | 8 |\n\n"
        "> Ik sta er\n> beter voor.\n\n"
        "```\ndef f():\n    return  1\n```\n\n"
        "Zie https://example.org/a en mail@example.org."
    )
    table, *rest = flowables(note, st_.markdown)
    assert isinstance(table, Table) and table.cd_header == (1, 0) and table.repeatRows == 1
    assert [c.text for c in table._cellvalues[2]] == ["<b>focus</b>", "8"]
    quote = [f for f in rest if isinstance(f, Indented)]
    assert quote and quote[0].bar is not None and quote[0].body.role == "BlockQuote"
    assert _unwrap(quote[0]).text == "Ik sta er beter voor."
    code = next(f for f in rest if getattr(f, "cd_slot", None) and f.cd_slot.role == "Code")
    assert "NotoSansMono" in code.style.fontName
    assert code.text == "def f():<br/>\u00a0\u00a0\u00a0\u00a0return\u00a0 1"
    link = rest[-1].text
    assert '<a href="https://example.org/a"' in link and '<a href="mailto:mail@example.org"' in link
    assert rest[-1].cd_links["https://example.org/a"] == "https://example.org/a"


def test_raw_html_and_reportlab_markup_stay_literal_in_blocks():
    out = _paras("<div>blok</div>\n\n<para>x</para> <b>y</b> &amp; `<i>`")
    joined = " ".join(p.text for p in out)
    assert "&lt;div&gt;blok&lt;/div&gt;" in joined
    assert "&lt;para&gt;x&lt;/para&gt; &lt;b&gt;y&lt;/b&gt; &amp;amp;" in joined
    assert '<font name="NotoSansMono">&lt;i&gt;</font>' in joined


def test_a_long_paragraph_is_one_element_in_chunks():
    text = "woord " * 3000
    out = flowables(text, styles().markdown)
    assert len(out) > 3
    assert len({id(f.cd_slot) for f in out}) == 1  # one P in the structure tree
    assert all(len(f.text) < 3200 for f in out)


def test_empty_note_gives_nothing():
    assert flowables("  \n\n", styles().markdown) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab <>&*_#-[]()/:|`>\n\"';1.é😀")), max_size=80))
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
