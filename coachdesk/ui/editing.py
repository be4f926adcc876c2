"""What the window's edit actions do: dialogs, archive, undoable deletes, demo data.

An object composed into MainWindow (``window.editing``), so the window module
stays about layout and navigation. Every read and write goes through the
practice's services via ``run_op``; no action refreshes a view itself: the
change notice of each write does (ui/bus.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from coachdesk.errors import CoachDeskError
from coachdesk.ui import lang
from coachdesk.ui.tasks import run_op
from coachdesk.ui.undo import DeleteCommand

if TYPE_CHECKING:
    from coachdesk.core.services.undo import Snapshot
    from coachdesk.ui.main_window import MainWindow

DEMO_COACHEES = 40


class Editing(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    @property
    def practice(self):  # noqa: ANN201 - Practice (or the window's deferred one)
        return self.window.practice

    @property
    def page(self):  # noqa: ANN201 - CoacheePage
        return self.window.page

    def statusBar(self):  # noqa: ANN201, N802 - the window's status bar
        return self.window.statusBar()

    # --- coachees ----------------------------------------------------------------

    def new_coachee(self) -> None:
        from coachdesk.ui.dialogs.coachee_dialog import CoacheeDialog

        dialog = CoacheeDialog(self.practice, parent=self.window)
        if dialog.exec():
            coachee = dialog.result_object
            self.window.open_coachee(coachee.id)
            self.statusBar().showMessage(self.tr("Added {name}").format(name=coachee.name), 5000)

    def edit_coachee(self) -> None:
        from coachdesk.ui.dialogs.coachee_dialog import CoacheeDialog

        coachee = self.page.coachee
        if coachee is None:
            return
        current = self.guard(self.practice.coachees.get, coachee.id)
        if current is not None:
            CoacheeDialog(self.practice, current, self.window).exec()

    def toggle_archive(self) -> None:
        coachee = self.page.coachee
        if coachee is None:
            return
        if coachee.status == "archived":
            self.guard(self.practice.coachees.restore, coachee.id)
            message = self.tr("{name} is active again")
        else:
            self.guard(self.practice.coachees.archive, coachee.id)
            message = self.tr("{name} is archived (find them under the status filter “Archived”)")
        self.statusBar().showMessage(message.format(name=coachee.name), 8000)

    def delete_coachee(self) -> None:
        coachee = self.page.coachee
        if coachee is None:
            return
        question = self.tr(
            "Delete {name} and everything about them (trajectories, sessions, notes, goals, "
            "profiles)?\n\nArchiving keeps everything and hides the coachee instead. "
            "You can undo a delete with Ctrl+Z until you close CoachDesk."
        ).format(name=coachee.name)
        if self.confirm(self.tr("Delete coachee"), question):
            snapshot = self.guard(self.practice.undo.snapshot_coachee, coachee.id)
            if snapshot is not None:
                self.push_delete(snapshot)

    # --- trajectories --------------------------------------------------------------

    def new_trajectory(self) -> None:
        from coachdesk.ui.dialogs.trajectory_dialog import TrajectoryDialog

        coachee = self.page.coachee
        if coachee is None:
            return
        dialog = TrajectoryDialog(self.practice, coachee.id, parent=self.window)
        if dialog.exec():
            self.window.open_coachee(coachee.id, dialog.result_object.id)

    def edit_trajectory(self) -> None:
        from coachdesk.ui.dialogs.trajectory_dialog import TrajectoryDialog

        tid = self.page.current_trajectory_id()
        if tid is None or self.page.coachee is None:
            return
        trajectory = self.guard(self.practice.trajectories.get, tid)
        if trajectory is None:
            return
        TrajectoryDialog(self.practice, trajectory.coachee_id, trajectory, self.window).exec()

    def delete_trajectory(self) -> None:
        tid = self.page.current_trajectory_id()
        if tid is None:
            return
        snapshot = self.guard(self.practice.undo.snapshot_trajectory, tid)
        if snapshot is None:
            return
        question = self.tr(
            "Delete the trajectory “{title}” with its sessions, agreements and goals?\n\n"
            "You can undo this with Ctrl+Z until you close CoachDesk."
        ).format(title=snapshot.label)
        if self.confirm(self.tr("Delete trajectory"), question):
            self.push_delete(snapshot)

    # --- sponsors ------------------------------------------------------------------

    def _current_sponsor_id(self) -> int | None:
        overview = self.page.dashboard.overview
        if overview is None or overview.sponsor is None or not self.page.dashboard.isVisible():
            return None
        return overview.sponsor.id

    def new_sponsor(self) -> None:
        from coachdesk.ui.dialogs.sponsor_dialog import SponsorDialog

        dialog = SponsorDialog(self.practice, parent=self.window)
        if dialog.exec():
            self.statusBar().showMessage(
                self.tr("Added sponsor {name}").format(name=dialog.result_object.organisation),
                5000,
            )

    def edit_sponsor(self) -> None:
        from coachdesk.ui.dialogs.sponsor_dialog import SponsorDialog

        sponsor_id = self._current_sponsor_id()
        if sponsor_id is None:
            self.inform(self.tr("This trajectory has no sponsor."))
            return
        sponsor = self.guard(self.practice.sponsors.get, sponsor_id)
        if sponsor is not None:
            SponsorDialog(self.practice, sponsor, self.window).exec()

    def delete_sponsor(self) -> None:
        sponsor_id = self._current_sponsor_id()
        if sponsor_id is None:
            self.inform(self.tr("This trajectory has no sponsor."))
            return
        snapshot = self.guard(self.practice.undo.snapshot_sponsor, sponsor_id)
        if snapshot is None:
            return
        question = self.tr(
            "Delete the sponsor “{name}”? Its trajectories stay, without a sponsor.\n\n"
            "You can undo this with Ctrl+Z until you close CoachDesk."
        ).format(name=snapshot.label)
        if self.confirm(self.tr("Delete sponsor"), question):
            self.push_delete(snapshot)

    # --- undoable deletes ----------------------------------------------------------

    def push_delete(self, snapshot: Snapshot) -> None:
        self.window.undo_stack.push(
            DeleteCommand(
                self.practice,
                snapshot,
                self._after_delete_or_restore,
                self.show_error,
                before_delete=self.window.features.close_sessions,
            )
        )

    def _after_delete_or_restore(self, snapshot: Snapshot, restored: bool) -> None:
        coachee_id = self.page.coachee.id if self.page.coachee else None
        if snapshot.kind == "coachee":
            coachee_id = snapshot.id if restored else None
        elif snapshot.kind == "trajectory":
            coachee_id = snapshot.rows["trajectory"][0]["coachee_id"]
        w = self.window
        if coachee_id is not None and w.list_panel.model.find(coachee_id) is not None:
            tid = snapshot.id if snapshot.kind == "trajectory" and restored else None
            w.open_coachee(coachee_id, tid)
        else:
            w.show_home()
        text = (
            self.tr("Restored {name}") if restored else self.tr("Deleted {name} — Ctrl+Z undoes it")
        )
        self.statusBar().showMessage(text.format(name=snapshot.label), 10000)

    # --- demo data -----------------------------------------------------------------

    def load_demo(self) -> None:
        from coachdesk.ui.tasks import run_op_task

        w = self.window
        existing = w.list_panel.model.total
        if existing and not self.ask_add_demo(existing):
            return  # demo coachees among real ones only when the coach says so
        progress = QProgressDialog(
            self.tr("Making demo coachees…"), self.tr("Cancel"), 0, DEMO_COACHEES, w
        )
        progress.setWindowTitle(self.tr("Demo data"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        demo = self.practice.demo

        def done(_summary: Any) -> None:
            progress.close()
            w.list_panel.view.setFocus()
            if w.list_panel.proxy.rowCount():
                w.open_coachee(w.list_panel.proxy.coachee_id(0))

        def failed(exc: BaseException) -> None:
            progress.close()
            self.show_error(exc)

        self.demo_task = run_op_task(
            lambda ctx: demo.generate(coachees=DEMO_COACHEES, progress=ctx.progress),
            on_done=done,
            on_error=failed,
            on_progress=lambda n, total: progress.setValue(n),
            on_cancelled=progress.close,
        )
        progress.canceled.connect(self.demo_task.cancel)

    # --- small helpers -------------------------------------------------------------

    def guard(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a practice operation (``run_op``); a CoachDeskError becomes a message box
        and None is returned."""
        try:
            return run_op(fn, *args, **kwargs)
        except CoachDeskError as exc:
            self.show_error(exc)
            return None

    def show_error(self, exc: BaseException) -> None:
        text = lang.error_text(exc) if isinstance(exc, CoachDeskError) else str(exc)
        QMessageBox.warning(self.window, self.tr("CoachDesk"), text)

    def inform(self, text: str) -> None:
        QMessageBox.information(self.window, self.tr("CoachDesk"), text)

    def ask_add_demo(self, existing: int) -> bool:
        question = self.tr(
            "This practice already has {count} coachees. Add {demo} made-up demo coachees"
            " to them? They can only be removed one by one."
        ).format(count=existing, demo=DEMO_COACHEES)
        answer = QMessageBox.question(
            self.window,
            self.tr("Demo data"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=self.window)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is delete
