"""The pieces of the session editor: the two note parts, review list, agreements, scores."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.models import AGREEMENT_OWNERS, Agreement
from coachdesk.core.templates import NoteTemplate
from coachdesk.i18n import Lang
from coachdesk.ui import a11y
from coachdesk.ui.icons import icon
from coachdesk.ui.labels import agreement_owner
from coachdesk.ui.lang import DATE_FORMAT
from coachdesk.ui.widgets.card import clear_layout
from coachdesk.ui.widgets.markdown_edit import MarkdownEdit

STYLE = """
QFrame#sharedPart { background: #f7fbff; border: 1px solid #9cc3ea; border-left: 6px solid #2b6cb0;
                    border-radius: 6px; }
QFrame#privatePart { background: #fff5dc; border: 1px solid #e0b866; border-left: 6px solid #b7791f;
                     border-radius: 6px; }
QFrame#sharedPart QLabel#partTitle { color: #1f4e85; font-size: 15px; font-weight: 600; }
QFrame#privatePart QLabel#partTitle { color: #7a4b00; font-size: 15px; font-weight: 600; }
QLabel#partHint { color: #55606e; }
QFrame#privatePart QLabel#partHint { color: #7a5a20; }
QLabel#sectionHeading { font-weight: 600; color: #1f2d3d; margin-top: 6px; }
QFrame#sharedPart MarkdownEdit { background: #ffffff; border: 1px solid #c9dcf0; border-radius: 4px; }
QFrame#privatePart MarkdownEdit { background: #fffbef; border: 1px dashed #d9a441; border-radius: 4px; }
QFrame#reviewBox, QFrame#card { background: #ffffff; border: 1px solid #d8dee6; border-radius: 6px; }
QLabel#cardTitle { font-size: 14px; font-weight: 600; color: #1f2d3d; }
QLabel#muted { color: #6b7685; }
QLabel#overdue { color: #b00020; }
QLabel#saveState { color: #4d7c4d; }
QLabel#saveState[problem="true"] { color: #b00020; font-weight: 600; }
"""


def _label(text: str, name: str | None = None, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


# --- the two note parts ----------------------------------------------------------

# key, the button's short label, the shortcut
FORMATTING = (
    ("bold", "B", "Ctrl+B"),
    ("italic", "I", "Ctrl+I"),
    ("bullets", "•", "Ctrl+Shift+8"),
    ("numbers", "1.", "Ctrl+Shift+7"),
    ("link", None, "Ctrl+K"),
)


def formatting_actions(parent: QWidget) -> list[QAction]:
    """The note's formatting as actions with shortcuts, active while typing in ``parent``
    (the buttons beside the note trigger the same; the shortcuts window lists them)."""
    texts = {
        "bold": QCoreApplication.translate("NotePart", "Bold"),
        "italic": QCoreApplication.translate("NotePart", "Italic"),
        "bullets": QCoreApplication.translate("NotePart", "Bulleted list"),
        "numbers": QCoreApplication.translate("NotePart", "Numbered list"),
        "link": QCoreApplication.translate("NotePart", "Insert a link…"),
    }
    actions = []
    for key, _label, shortcut in FORMATTING:
        action = QAction(texts[key], parent)
        action.setObjectName(f"format_{key}")
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{texts[key].rstrip('…')} ({keys})")
        parent.addAction(action)
        actions.append(action)
    return actions


class NotePart(QFrame):
    """One part of the note: the shared report (in sections) or the private reflections."""

    edited = Signal()

    def __init__(self, private: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.private = private
        self.setObjectName("privatePart" if private else "sharedPart")
        self.editors: dict[str, MarkdownEdit] = {}
        self._last: MarkdownEdit | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 14)
        header = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon("note-lock" if private else "note-shared").pixmap(26, 26))
        header.addWidget(badge)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        if private:
            self.title = _label(self.tr("Private — for the coach only"), "partTitle")
            hint = self.tr(
                "Your own reflections. Never exported, never shared with the coachee or sponsor."
            )
        else:
            self.title = _label(self.tr("Shared report"), "partTitle")
            hint = self.tr("May be shared with the coachee (summary, PDF).")
        titles.addWidget(self.title)
        titles.addWidget(_label(hint, "partHint", wrap=True))
        header.addLayout(titles, 1)
        header.addWidget(self._toolbar())
        outer.addLayout(header)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        outer.addLayout(self.body)

    def _toolbar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        commands = {
            "bold": lambda e: e.toggle_bold(),
            "italic": lambda e: e.toggle_italic(),
            "bullets": lambda e: e.toggle_list(),
            "numbers": lambda e: e.toggle_list(numbered=True),
            "link": lambda e: e.insert_link(),
        }
        self.format_actions = {}
        for (key, label, _keys), action in zip(FORMATTING, formatting_actions(self), strict=True):
            action.triggered.connect(lambda _=False, c=commands[key]: self._apply(c))
            self.format_actions[key] = action
            text = label or self.tr("Link")
            button = QToolButton()
            button.setObjectName(f"formatButton_{key}")
            button.setText(text)
            button.setToolTip(action.toolTip())
            a11y.name(button, action.text().rstrip("…"), action.toolTip())
            # Not in the Tab order (Tab goes from field to field): the shortcut does it.
            a11y.reached_by(button, action)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(QSize(28, 26))
            font = button.font()
            font.setBold(text == "B")
            font.setItalic(text == "I")
            font.setUnderline(len(text) > 2)
            button.setFont(font)
            button.clicked.connect(action.trigger)
            row.addWidget(button)
        return bar

    def _apply(self, action) -> None:  # noqa: ANN001
        editor = self._last or next(iter(self.editors.values()), None)
        if editor is not None:
            action(editor)
            editor.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, MarkdownEdit):
            self._last = watched
        return False

    def set_sections(
        self, template: NoteTemplate | None, texts: dict[str, str], lang: Lang
    ) -> None:
        """Rebuild the fields: one per template section (or one field without a heading)."""
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.editors = {}
        self._last = None
        sections = template.sections if template is not None else ()
        if not sections:
            self._add_editor(
                "notes",
                None,
                self.tr(
                    "What do you notice in yourself, your hypotheses, what to explore next time…"
                ),
                texts.get("notes", ""),
            )
            return
        single = len(sections) == 1
        for section in sections:
            heading = None if single else section.heading_in(lang)
            self._add_editor(
                section.key, heading, section.prompt_in(lang), texts.get(section.key, "")
            )

    def _add_editor(self, key: str, heading: str | None, prompt: str, text: str) -> None:
        if heading:
            self.body.addWidget(_label(heading, "sectionHeading"))
        editor = MarkdownEdit(min_lines=3 if heading else 6)
        editor.setObjectName(f"{'private' if self.private else 'shared'}_{key}")
        editor.setPlaceholderText(prompt)
        part = self.title.text()
        a11y.name(editor, f"{heading} — {part}" if heading else part, prompt)
        editor.set_markdown(text)
        editor.edited.connect(self.edited)
        editor.installEventFilter(self)
        self.body.addWidget(editor)
        self.editors[key] = editor

    def texts(self) -> dict[str, str]:
        return {key: editor.markdown() for key, editor in self.editors.items()}

    def reveal(self, word: str) -> MarkdownEdit | None:
        for editor in self.editors.values():
            if editor.find_and_select(word):
                return editor
        return None


# --- agreements ------------------------------------------------------------------


class ReviewList(QFrame):
    """Open agreements of earlier sessions, to tick off at the start ("wat is er beter?")."""

    ticked = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(
            _label(self.tr("Agreements from earlier sessions — what is better?"), "cardTitle")
        )
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        self.boxes: dict[int, QCheckBox] = {}

    def set_agreements(
        self,
        agreements: list[Agreement],
        format_date,  # noqa: ANN001
        session_date: date | None = None,
    ) -> None:
        self.boxes = {}
        clear_layout(self.rows)
        for a in agreements:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            box = QCheckBox(a.text)
            box.setChecked(a.done_date is not None)
            box.toggled.connect(lambda on, i=a.id: self.ticked.emit(i, on))
            line.addWidget(box)
            extra = agreement_owner(a.owner)
            overdue = bool(
                a.due_date and a.done_date is None and session_date and a.due_date < session_date
            )
            if a.due_date:
                due = format_date(a.due_date)
                template = self.tr("overdue since %1") if overdue else self.tr("due %1")
                extra += ", " + template.replace("%1", due)
            meta = _label(extra, "overdue" if overdue else "muted")
            line.addWidget(meta)
            line.addStretch(1)
            self.rows.addWidget(row)
            self.boxes[a.id] = box  # type: ignore[index]
        if not agreements:
            self.rows.addWidget(
                _label(self.tr("No open agreements from earlier sessions."), "muted")
            )


class AgreementsBox(QFrame):
    """Agreements made in this session: list with remove buttons, and a row to add one."""

    addRequested = Signal(str, str, object)  # text, owner, due date or None
    removeRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(_label(self.tr("Agreements made in this session"), "cardTitle"))
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        add = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            self.tr("New agreement, e.g. “Talk to the team leader about priorities”")
        )
        a11y.name(self.text, self.tr("New agreement"))
        self.owner = QComboBox()
        for owner in AGREEMENT_OWNERS:
            self.owner.addItem(agreement_owner(owner), owner)
        a11y.name(self.owner, self.tr("Who"))
        self.has_due = QCheckBox(self.tr("due"))
        self.due = QDateEdit(QDate.currentDate().addDays(14))
        a11y.name(self.due, self.tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(DATE_FORMAT)
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.setChecked(True)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._add)
        self.text.returnPressed.connect(self._add)
        add.addWidget(self.text, 1)
        add.addWidget(self.owner)
        add.addWidget(self.has_due)
        add.addWidget(self.due)
        add.addWidget(self.add_button)
        layout.addLayout(add)

    def _add(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.text.setFocus()
            return
        due: date | None = self.due.date().toPython() if self.has_due.isChecked() else None  # type: ignore[assignment]
        self.addRequested.emit(text, self.owner.currentData(), due)
        self.text.clear()

    def set_agreements(self, agreements: list[Agreement], format_date) -> None:  # noqa: ANN001
        clear_layout(self.rows)
        for a in agreements:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            extra = [agreement_owner(a.owner)]
            if a.due_date:
                extra.append(self.tr("due %1").replace("%1", format_date(a.due_date)))
            label = _label(f"• {a.text}", wrap=True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            line.addWidget(label, 1)
            line.addWidget(_label(", ".join(extra), "muted"))
            remove = QToolButton()
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove this agreement"))
            a11y.name(remove, self.tr("Remove agreement: {text}").format(text=a.text))
            remove.setAutoRaise(True)
            remove.clicked.connect(lambda _=False, i=a.id: self.removeRequested.emit(i))
            line.addWidget(remove)
            self.rows.addWidget(row)
