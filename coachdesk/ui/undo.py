"""Undoable deletes: a snapshot is taken first, Ctrl+Z puts everything back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from coachdesk.ui.tasks import run_op, run_task

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from coachdesk.core.practice import Practice
    from coachdesk.core.services.undo import Snapshot


class DeleteCommand(QUndoCommand):
    """Delete a coachee, trajectory, session or sponsor; undo restores it with the same ids.

    ``on_change`` is called after every delete/restore with the snapshot and
    whether it is now restored, so the window can select it (the views refresh
    themselves from the change notice).
    ``before_delete`` runs first (the window writes and closes open session
    notes); the snapshot is then taken anew on every delete, so undo always puts
    back what was there at that moment, also after an undo, more work and a redo.
    """

    def __init__(
        self,
        practice: Practice,
        snapshot: Snapshot,
        on_change: Callable[[Snapshot, bool], None],
        on_error: Callable[[Exception], None],
        before_delete: Callable[[], object] | None = None,
    ):
        super().__init__(
            QCoreApplication.translate("DeleteCommand", "Delete {name}").format(
                name=snapshot.label.replace("&", "&&")  # a menu text: "&" marks a shortcut
            )
        )
        self.practice = practice
        self.snapshot = snapshot
        self.on_change = on_change
        self.on_error = on_error
        self.before_delete = before_delete

    def redo(self) -> None:
        p, kind = self.practice, self.snapshot.kind
        snapshots = {
            "coachee": p.undo.snapshot_coachee,
            "trajectory": p.undo.snapshot_trajectory,
            "session": p.undo.snapshot_session,
            "sponsor": p.undo.snapshot_sponsor,
        }
        deleters = {
            "coachee": lambda coachee_id: p.coachees.delete(coachee_id, merge_later=True),
            "trajectory": p.trajectories.delete,
            "session": p.sessions.delete,
            "sponsor": p.sponsors.delete,
        }
        try:
            if self.before_delete is not None and self.before_delete() is False:
                self.setObsolete(True)  # an open note could not be written: keep everything
                return
            self.snapshot = snapshots[kind](self.snapshot.id)
            run_op(deleters[kind], self.snapshot.id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.setObsolete(True)
            self.on_error(exc)
            return
        if kind == "coachee":  # the index merge of the erasure, seconds in a large practice
            merge_in_background(p)
        self.on_change(self.snapshot, False)

    def undo(self) -> None:
        try:
            run_op(self.practice.undo.restore, self.snapshot)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.on_error(exc)
            return
        self.on_change(self.snapshot, True)


def merge_in_background(practice: Practice) -> None:
    """The search index merge an erasure left owed, off the GUI thread. Nothing shown
    changes; if it fails (or the window closes first), closing or the next open of the
    store finishes it."""

    def failed(_exc: BaseException) -> None:
        log.warning("search index merge after a delete failed; left for the next close")

    run_task(lambda _ctx: practice.privacy.finish_pending(), on_error=failed)


def undo_actions(stack: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """Undo and redo actions whose label is one sentence in the window's language.

    QUndoStack.createUndoAction puts a fixed prefix before the command's text, which
    reads "Ongedaan maken Annelies de Boer verwijderen" in Dutch. Here the whole label
    is translated with the command's text in it ("Undo {action}" -> "{action} ongedaan
    maken"), and commands name what they did as a noun phrase in Dutch ("Verwijderen
    van Annelies de Boer"): "Verwijderen van Annelies de Boer ongedaan maken".
    """

    translate = QCoreApplication.translate
    undo, redo = QAction(parent), QAction(parent)

    def update(*_args: object) -> None:
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        what = stack.undoText()
        undo.setText(
            translate("UndoActions", "Undo {action}").format(action=what)
            if what
            else translate("UndoActions", "Undo")
        )
        what = stack.redoText()
        redo.setText(
            translate("UndoActions", "Redo {action}").format(action=what)
            if what
            else translate("UndoActions", "Redo")
        )

    for signal in (
        stack.canUndoChanged,
        stack.canRedoChanged,
        stack.undoTextChanged,
        stack.redoTextChanged,
    ):
        signal.connect(update)
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    update()
    return undo, redo
