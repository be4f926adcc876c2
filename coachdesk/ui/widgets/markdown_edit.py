"""A rich-text field whose content is Markdown (bold, italics, lists, links).

What is pasted from Word, Outlook or a web page is cleaned on the way in: it is
read as HTML, reduced to Markdown and inserted as such, so fonts, colours and
Office markup never end up in a note.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextListFormat,
)
from PySide6.QtWidgets import QInputDialog, QSizePolicy, QTextEdit

from coachdesk.core.folding import fold_find

MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_ENTITY = re.compile(r"&#?\w+;")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>")


def _escape_line(text: str) -> str:
    """Backslash-escape raw ``<``, backticks and entity-like ``&``; escape pairs stay.

    Qt writes a link whose text is its address as an autolink ``<https://...>``:
    that one is kept as markup.
    """
    out: list[str] = []
    n = 0
    while n < len(text):
        ch = text[n]
        if ch == "\\" and n + 1 < len(text):
            out.append(text[n : n + 2])  # an escape pair, copied whole
            n += 2
            continue
        if ch == "<" and (link := _AUTOLINK.match(text, n)):
            out.append(link.group())
            n = link.end()
            continue
        if ch in "<`" or (ch == "&" and _ENTITY.match(text, n)):
            out.append("\\")
        out.append(ch)
        n += 1
    return "".join(out)


def escape_raw_html(markdown: str) -> str:
    """Escape what Qt's Markdown writer leaves raw: ``<``, backticks, entity-like ``&``.

    Qt writes typed text such as ``<b>x</b>``, ``&amp;`` or a second backtick
    unescaped, and reading it back would turn it into markup (and lose text).
    Qt never writes HTML for formatting, so a raw ``<`` is text. Notes have no
    code formatting (a pasted code span comes back as text with its backticks).
    Code blocks are left alone: backslashes are literal there.
    """
    out: list[str] = []
    in_fence = False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append(line)
        elif in_fence or line.startswith(("    ", "\t")):
            out.append(line)
        else:
            out.append(_escape_line(line))
    return "\n".join(out)


class MarkdownEdit(QTextEdit):
    """A QTextEdit that reads and writes Markdown and grows with its text."""

    edited = Signal()  # the user changed the text (not set_markdown)

    def __init__(self, parent=None, *, min_lines: int = 3):  # noqa: ANN001
        super().__init__(parent)
        self._min_lines = min_lines
        self._loading = False
        self._dirty = True
        self._markdown = ""
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.document().contentsChanged.connect(self._changed)
        self._fit()

    # --- Markdown in and out ---------------------------------------------------

    def set_markdown(self, text: str) -> None:
        self._loading = True
        try:
            self.document().setMarkdown(text, MARKDOWN)
            self.document().setModified(False)
        finally:
            self._loading = False
        self._markdown = text
        self._dirty = False

    def markdown(self) -> str:
        """The text as Markdown; converted only when it changed since the last call."""
        if self._dirty:
            self._markdown = escape_raw_html(self.document().toMarkdown(MARKDOWN).strip("\n"))
            self._dirty = False
        return self._markdown

    def _changed(self) -> None:
        self._dirty = True
        if not self._loading:
            self.edited.emit()

    # --- size: the field grows with its text (the page scrolls, not the field) ----

    def _fit(self, *_: object) -> None:
        line = self.fontMetrics().lineSpacing()
        content = int(self.document().size().height())
        frame = 2 * self.frameWidth() + int(self.document().documentMargin())
        self.setFixedHeight(max(content, line * self._min_lines) + frame + 4)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    # --- paste: clean rich text from Office and browsers ------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasHtml():
            scratch = QTextDocument()
            scratch.setHtml(source.html())
            markdown = scratch.toMarkdown(MARKDOWN)
            self.textCursor().insertFragment(QTextDocumentFragment.fromMarkdown(markdown))
            self.ensureCursorVisible()
            return
        if source.hasText():
            self.textCursor().insertText(source.text().replace("\x00", ""))
            self.ensureCursorVisible()
            return
        super().insertFromMimeData(source)

    # --- formatting --------------------------------------------------------------

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(fmt)

    def toggle_list(self, numbered: bool = False) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        style = QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc
        if current is not None and current.format().style() == style:
            block_fmt = cursor.blockFormat()
            current.remove(cursor.block())
            block_fmt.setIndent(0)
            cursor.setBlockFormat(block_fmt)
            return
        cursor.createList(style)

    def insert_link(self, url: str | None = None) -> None:
        cursor = self.textCursor()
        if url is None:
            url, ok = QInputDialog.getText(self, self.tr("Link"), self.tr("Web address:"))
            if not ok or not url.strip():
                return
        url = url.strip()
        label = cursor.selectedText() or url
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(True)
        fmt.setForeground(self.palette().link())
        cursor.insertText(label, fmt)
        cursor.insertText(" ", QTextCharFormat())

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
            return
        super().keyPressEvent(event)

    def find_and_select(self, word: str) -> bool:
        """Select the first word starting with ``word`` (diacritics ignored); False if absent."""
        span = fold_find(self.toPlainText(), word)
        if span is None:
            return False
        cursor = self.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return True
