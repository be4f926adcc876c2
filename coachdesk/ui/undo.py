"""Undoable deletes: a snapshot is taken first, Ctrl+Z puts everything back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from coachdesk.core.practice import Practice
    from coachdesk.core.practice_undo import Snapshot


class DeleteCommand(QUndoCommand):
    """Delete a coachee, trajectory or sponsor; undo restores it with the same ids.

    ``on_change`` is called after every delete/restore with the snapshot and
    whether it is now restored, so the window can refresh and select it.
    """

    def __init__(
        self,
        practice: Practice,
        snapshot: Snapshot,
        on_change: Callable[[Snapshot, bool], None],
        on_error: Callable[[Exception], None],
    ):
        super().__init__(
            QCoreApplication.translate("DeleteCommand", "Delete {name}").format(name=snapshot.label)
        )
        self.practice = practice
        self.snapshot = snapshot
        self.on_change = on_change
        self.on_error = on_error

    def redo(self) -> None:
        deleters = {
            "coachee": self.practice.delete_coachee,
            "trajectory": self.practice.delete_trajectory,
            "sponsor": self.practice.delete_sponsor,
        }
        try:
            deleters[self.snapshot.kind](self.snapshot.id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.setObsolete(True)
            self.on_error(exc)
            return
        self.on_change(self.snapshot, False)

    def undo(self) -> None:
        try:
            self.practice.restore_snapshot(self.snapshot)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.on_error(exc)
            return
        self.on_change(self.snapshot, True)
