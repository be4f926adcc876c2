from __future__ import annotations

import pytest

from coachdesk.ui.widgets.markdown_edit import MarkdownEdit

TYPED = [
    "<b>vet?</b> & <script>alert(1)</script>",
    "&amp; en &#233; blijven letterlijk",
    "a < b > c en 3 * 4 = 12",
    "x \\<y en a\\\\<b",
    "# geen kop, 1. geen lijst, - geen streepje",
    "`<code>` en <tag> en \\` los",
    "<!-- geen commentaar --> <b",
    "Emoji 🙂👍🏽 en مرحبا en שלום",
    '\'; DROP TABLE coachee; -- NEAR(a b) "x" ((',
]


@pytest.mark.parametrize("text", TYPED)
def test_typed_text_survives_markdown_round_trip(qtbot, text):
    first = MarkdownEdit()
    qtbot.addWidget(first)
    first.setPlainText(text)
    stored = first.markdown()
    second = MarkdownEdit()
    qtbot.addWidget(second)
    second.set_markdown(stored)
    assert second.toPlainText() == text
    assert second.markdown() == stored  # loading does not change anything


def test_formatting_is_markdown(qtbot):
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("belangrijk")
    edit.selectAll()
    edit.toggle_bold()
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    edit.insert_link("https://example.org/")
    assert edit.markdown().startswith("**belangrijk")
    assert "<https://example.org/>" in edit.markdown()  # an autolink stays a link
    again = MarkdownEdit()
    qtbot.addWidget(again)
    again.set_markdown(edit.markdown())
    assert again.toPlainText().strip() == "belangrijkhttps://example.org/"
    edit.selectAll()
    edit.toggle_list()
    assert edit.markdown().startswith("- ")
