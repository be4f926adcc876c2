"""The session editor's side of a note written elsewhere (core/note_conflict.py).

Every note save carries the note as the editor last knew it stored; the notes
service writes only while it is still that. When it is not, the editor asks
the coach once: keep the other version (the default and the Esc answer: nothing
is overwritten) or keep mine. Either way the version not kept is appended,
dated, to the private part, so nothing is lost. While the editor closes (or the
application quits, SIGTERM included) nobody is asked: the other version stays
and the coach's text is kept as that copy.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from coachdesk.core.note_conflict import Keep, NoteConflictError, Texts, resolve
from coachdesk.core.note_sections import split

if TYPE_CHECKING:
    from coachdesk.ui.pages.session_editor import SessionEditor


def stored_form(texts: Texts) -> Texts:
    """The text as the notes service stores it (NUL bytes removed)."""
    return {part: text.replace("\x00", "") for part, text in texts.items()}


class NoteConflicts(QObject):
    """Saves the editor's note with what it last knew; settles a conflict."""

    def __init__(self, editor: SessionEditor):
        super().__init__(editor)
        self.editor = editor
        self.asking = False
        self._closing = False
        self.settled: list[Keep] = []  # what the coach chose, in order (tests, log-free)

    def submit(self, texts: Texts) -> None:
        editor = self.editor
        practice, session_id = editor.practice, editor.session_id

        def work() -> Any:
            stamp = practice.notes.save_draft(session_id, **texts, expected=dict(editor._base))
            editor._base = stored_form(texts)  # writes run one at a time (ui/writer.py)
            return stamp

        editor.writer.submit(
            "notes", work, on_done=editor._notes_saved, on_error=editor._notes_failed
        )

    @contextlib.contextmanager
    def closing(self) -> Iterator[None]:
        self._closing = True
        try:
            yield
        finally:
            self._closing = False

    def handles(self, exc: BaseException) -> bool:
        """True for a conflict (settled now, or by the question already on screen)."""
        if not isinstance(exc, NoteConflictError):
            return False
        if not self.asking:
            self.settle(exc.theirs)
        return True

    def settle(self, theirs: Texts) -> None:
        editor = self.editor
        mine = editor.note_texts()
        if mine == theirs:
            keep: Keep = "theirs"  # the same text: nothing to ask
        elif self._closing:
            keep = "theirs"
        else:
            keep = self.ask()
        resolved = resolve(mine, theirs, keep, datetime.now(UTC), editor.lang)
        editor._base = dict(theirs)
        if keep == "theirs":
            editor.shared.set_sections(
                editor.template, split(editor.template, resolved["shared_notes"]), editor.lang
            )
        editor.private.set_sections(None, {"notes": resolved["private_notes"]}, editor.lang)
        self.settled.append(keep)
        texts = editor.note_texts()
        editor._submitted = texts
        if texts != theirs:
            self.submit(texts)

    # --- the question ------------------------------------------------------------------

    def question(self) -> QMessageBox:
        box = QMessageBox(self.editor)
        box.setObjectName("noteConflictQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("NoteConflict", "Note changed elsewhere"))
        box.setText(
            QCoreApplication.translate(
                "NoteConflict",
                "This session note was changed in another window or on another computer "
                "since you opened it. Which version do you want to keep?",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "NoteConflict",
                "Nothing is lost: the version you do not keep is added, with the date and "
                "time, at the end of the private part.",
            )
        )
        self.theirs_button = box.addButton(
            QCoreApplication.translate("NoteConflict", "Keep the other version"),
            QMessageBox.ButtonRole.RejectRole,
        )
        self.mine_button = box.addButton(
            QCoreApplication.translate("NoteConflict", "Keep my version"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(self.theirs_button)
        box.setEscapeButton(self.theirs_button)
        return box

    def ask(self) -> Keep:
        self.asking = True
        try:
            box = self.question()
            box.exec()
            return "mine" if box.clickedButton() is self.mine_button else "theirs"
        finally:
            self.asking = False
