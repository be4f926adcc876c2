"""Arabic and Hebrew shaped and right to left, emoji and symbols copied back as
written (issue #16, part 3)."""

from __future__ import annotations

import pytest
from reportlab.lib.enums import TA_LEFT, TA_RIGHT

from coachdesk.report.bidi import logical, shape, visual_lines
from coachdesk.report.flow import Para
from coachdesk.report.fonts import ARABIC, HEBREW
from coachdesk.report.glyphs import markup
from coachdesk.report.styles import styles
from coachdesk.report.tounicode import make_tounicode_cmap
from coachdesk.report.trajectory_pdf import render_trajectory_pdf
from tests.report.pdf_helpers import NOW, flat, make_trajectory, reader, text_of
from tests.report.ua_helpers import pdfua_errors, structure

ARABIC_NAME = "ليلى حداد"
HEBREW_LINE = "שלום עולם זה הצוות שלנו"
ARABIC_LINE = "مرحبا بكم في جلسة التدريب"
NOTE = f"""## Gesprek

Zoë citeerde haar collega: {HEBREW_LINE} en we spraken over **سلام عليكم** in 2024.
Een duim: 👍 en een vinkje ✓.

{ARABIC_LINE}، نتحدث اليوم عن الأهداف والخطوات التالية للفريق في البلدية

{HEBREW_LINE} ויש בו מספיק מילים כדי לשבור שורה אחת לפחות בעמוד הזה ואז עוד קצת
"""


def _fonts_of_text(data: bytes) -> dict[str, set[str]]:
    """For every font (its BaseFont without the subset tag), the characters pypdf
    read from it."""
    found: dict[str, set[str]] = {}

    def visit(text, cm, tm, font, size):  # noqa: ANN001 - pypdf's visitor
        if font is not None and text.strip():
            name = str(font.get("/BaseFont", "")).split("+")[-1]
            found.setdefault(name, set()).update(text)

    for page in reader(data).pages:
        page.extract_text(visitor_text=visit)
    return found


@pytest.fixture
def rtl_export(practice):
    tid = make_trajectory(practice, sessions=2, notes=NOTE, name=ARABIC_NAME)
    return {lang: render_trajectory_pdf(practice, tid, lang=lang, now=NOW) for lang in ("nl", "en")}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_arabic_and_hebrew_read_back_as_written(rtl_export, lang):
    result = rtl_export[lang]
    text = flat(text_of(result.data))
    assert "[arabic" not in text and "[hebrew" not in text  # no character names
    assert result.replaced == []
    assert HEBREW_LINE in text  # logical order, words and letters
    assert ARABIC_LINE in text  # letters back from their joined forms
    assert "سلام عليكم" in text
    assert text.count(ARABIC_NAME) >= 3  # header, cover, signature block


def test_the_glyphs_come_from_the_arabic_and_hebrew_fonts(rtl_export):
    fonts = _fonts_of_text(rtl_export["nl"].data)
    arabic = {ch for ch in ARABIC_LINE if not ch.isspace()}
    hebrew = {ch for ch in HEBREW_LINE if not ch.isspace()}
    assert arabic <= fonts["NotoSansArabic-Regular"]
    assert "ل" in fonts["NotoSansArabic-Bold"]  # bold Arabic in the header and **…**
    assert hebrew <= fonts["NotoSansHebrew-Regular"]
    for name, chars in fonts.items():
        if not name.startswith(("NotoSansArabic", "NotoSansHebrew")):
            assert not (chars & (arabic | hebrew)), name


def test_arabic_is_shaped_before_layout():
    shaped = shape("سلام")
    assert shaped != "سلام" and all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shaped)
    assert "\ufefc" in shaped  # the obligatory lam-alef ligature
    assert logical(shaped) == "سلام"
    assert f'<font name="{ARABIC}">{shaped}</font>' in markup("Naam: سلام")
    assert shape("مُحَمَّد").count("\u064e") == 2  # harakat (fatha) kept


def test_a_right_to_left_sentence_wraps_in_reading_order():
    """Lines are broken in logical order and reversed for drawing one by one: the
    first line on the page holds the first words, read from the right."""
    style = styles().body
    words = HEBREW_LINE.split() * 4
    para = Para(markup(" ".join(words)), style)
    para.wrap(120, 1000)
    assert para.cd_rtl_base and para.style.alignment == TA_RIGHT  # running text
    cell = Para(markup(ARABIC_NAME), styles().cell)
    assert cell.cd_rtl_base and cell.style.alignment == TA_LEFT  # a name in a table
    lines = visual_lines(para.blPara, True)
    assert len(lines) > 2
    line = lines[0]
    kind0 = para.blPara.kind == 0  # one font: (space, words); else fragments
    first = " ".join(line[1]).split() if kind0 else "".join(f.text for f in line.words).split()
    shown_from_right = [w[::-1] for w in reversed(first)]
    assert shown_from_right == words[: len(first)]


def test_the_paragraph_element_carries_the_logical_text(rtl_export):
    tagged = structure(rtl_export["nl"].data)
    actual = [str(e.obj.get("/ActualText")) for e in tagged.elements("P")]
    assert any(ARABIC_LINE in a for a in actual)
    assert any(a.startswith(HEBREW_LINE) for a in actual)


def test_rtl_export_passes_pdfua(rtl_export):
    assert pdfua_errors(rtl_export["en"].data) == []


def test_emoji_and_symbols_copy_back_as_written(rtl_export):
    text = text_of(rtl_export["nl"].data)
    assert "👍" in text and "ὄ" not in text
    assert "✓" in text
    fonts = _fonts_of_text(rtl_export["nl"].data)
    assert "👍" in fonts["NotoSansSymbols2-Regular"]  # a real glyph, no tofu box


def test_tounicode_writes_utf16_and_letters_for_presentation_forms():
    cmap = make_tounicode_cmap("X", [0x41, 0x1F44D, 0xFEFB, 0xFE91])
    assert "<00> <0041>" in cmap
    assert "<01> <D83DDC4D>" in cmap  # a surrogate pair, not <1F44D>
    assert "<02> <06440627>" in cmap  # lam-alef: lam, alef
    assert "<03> <0628>" in cmap  # beh in its initial form: beh


def test_a_hebrew_name_in_the_header(practice):
    tid = make_trajectory(practice, sessions=1, name="יוסי כהן")
    data = render_trajectory_pdf(practice, tid, now=NOW).data
    assert "יוסי כהן" in text_of(data)
    assert HEBREW in {n.split("+")[-1].split("-")[0] for n in _fonts_of_text(data)}


def test_a_dropped_skin_tone_is_said(practice):
    """👍🏽: the thumb is drawn (no colour emoji font to draw the tone), and the
    export's warning names the tone that was left out."""
    tid = make_trajectory(practice, sessions=1, notes="Top gedaan 👍🏽")
    result = render_trajectory_pdf(practice, tid, sections="sessions", now=NOW)
    assert "Top gedaan 👍" in text_of(result.data)
    assert result.replaced == ["\U0001f3fd"]


def test_a_passage_in_arabic_or_hebrew_carries_its_own_language(rtl_export):
    tagged = structure(rtl_export["nl"].data)
    langs = {
        str(e.obj.get("/ActualText")): str(e.obj.get("/Lang", ""))
        for e in tagged.elements("P")
        if e.obj.get("/ActualText") is not None
    }
    assert any(ARABIC_LINE in text and lang == "ar" for text, lang in langs.items())
    assert any(text.startswith(HEBREW_LINE) and lang == "he" for text, lang in langs.items())
    # a Dutch sentence quoting Hebrew stays Dutch (the document's language)
    assert all(lang == "" for text, lang in langs.items() if text.startswith("Zoë"))
