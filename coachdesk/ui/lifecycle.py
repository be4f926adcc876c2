"""The coach's loop in the window: plan, hold, cancel, mark a no-show, move and remove
sessions; tick, reopen and edit agreements; close and reopen a trajectory; remove
the demo data.

An object composed into the main window (like Features and Editing). Every write
runs through the window's guard (``ui/tasks.run_op``), so the change notice
refreshes the dashboard, the lists and any open window; nothing here refreshes a
view itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from coachdesk.ui.actions import make_action

if TYPE_CHECKING:
    from coachdesk.ui.main_window import MainWindow
    from coachdesk.ui.pages.coachee_page import CoacheePage


class Lifecycle(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.actions = self._make_actions()

    @property
    def practice(self) -> Any:
        return self.window.practice

    def _action(self, key: str, text: str, icon_name: str, slot: Callable[[], object]) -> QAction:
        return make_action(self.window, key, text, icon_name, slot)

    def _make_actions(self) -> dict[str, QAction]:
        w = self.window
        acts = {
            "plan_session": self._action(
                "plan_session", self.tr("Plan a session…"), "add", self.plan_session
            ),
            "close_trajectory": self._action(
                "close_trajectory", self.tr("Close trajectory…"), "archive", self.close_trajectory
            ),
            "reopen_trajectory": self._action(
                "reopen_trajectory",
                self.tr("Reopen trajectory"),
                "unarchive",
                self.reopen_trajectory,
            ),
            "remove_demo": self._action(
                "remove_demo", self.tr("Remove demo data…"), "delete", self.remove_demo
            ),
        }
        for key in ("plan_session", "close_trajectory", "reopen_trajectory"):
            w.add_trajectory_action(acts[key])
        w.file_menu.insertAction(w.acts["settings"], acts["remove_demo"])
        return acts

    def update_actions(self, has_trajectory: bool) -> None:
        overview = self._overview()
        closed = overview is not None and overview.closed
        self.actions["plan_session"].setEnabled(has_trajectory and not closed)
        self.actions["close_trajectory"].setEnabled(has_trajectory and not closed)
        self.actions["reopen_trajectory"].setEnabled(has_trajectory and closed)
        self.actions["close_trajectory"].setVisible(not closed)
        self.actions["reopen_trajectory"].setVisible(closed)

    # --- wiring -------------------------------------------------------------------

    def attach_page(self, page: CoacheePage) -> None:
        sessions = self.window.features.session_list
        sessions.planRequested.connect(self.plan_session)
        sessions.sessionAction.connect(self.session_action)
        page.dashboard.agreementTicked.connect(self.tick_agreement)
        page.dashboard.agreementEditRequested.connect(self.edit_agreement)

    def _overview(self) -> Any:
        page = self.window._page
        if page is None or page.coachee is None or not page.dashboard.isVisibleTo(page):
            return None
        return page.dashboard.overview

    def _trajectory_id(self) -> int | None:
        overview = self._overview()
        return overview.trajectory.id if overview is not None else None

    # --- sessions -----------------------------------------------------------------

    def plan_session(self) -> None:
        from coachdesk.ui.dialogs.session_plan_dialog import SessionPlanDialog

        tid = self._trajectory_id()
        if tid is not None:
            SessionPlanDialog(self.practice, tid, parent=self.window).exec()

    def session_action(self, key: str, session_id: int) -> None:
        p, guard = self.practice, self.window.guard
        simple: dict[str, Callable[[], object]] = {
            "held": lambda: p.sessions.mark_held(session_id),
            "cancel_coachee": lambda: p.sessions.cancel(session_id, by="coachee"),
            "cancel_coach": lambda: p.sessions.cancel(session_id, by="coach"),
            "no_show": lambda: p.sessions.mark_no_show(session_id, charged=True),
            "no_show_free": lambda: p.sessions.mark_no_show(session_id, charged=False),
            "replan": lambda: p.sessions.replan(session_id),
        }
        if key in simple:
            guard(simple[key])
        elif key == "reschedule":
            self._reschedule(session_id)
        elif key == "delete":
            self._delete_session(session_id)

    def _reschedule(self, session_id: int) -> None:
        from coachdesk.ui.dialogs.session_plan_dialog import SessionPlanDialog

        session = self.window.guard(self.practice.sessions.get, session_id)
        if session is not None:
            dialog = SessionPlanDialog(self.practice, session.trajectory_id, session, self.window)
            dialog.exec()

    def _delete_session(self, session_id: int) -> None:
        from coachdesk.ui import lang

        w = self.window
        session = w.guard(self.practice.sessions.get, session_id)
        if session is None:
            return
        question = self.tr(
            "Remove the session of {when}? Its notes go with it; its agreements and ratings "
            "stay, without the session.\n\nYou can undo this with Ctrl+Z until you close "
            "CoachDesk."
        ).format(when=lang.fmt_datetime(session.starts_at))
        if not w.editing.confirm(self.tr("Remove session"), question):
            return
        snapshot = w.guard(self.practice.undo.snapshot_session, session_id)
        if snapshot is not None:
            w.editing.push_delete(snapshot)

    # --- agreements ---------------------------------------------------------------

    def tick_agreement(self, agreement_id: int, done: bool) -> None:
        if done:
            self.window.guard(self.practice.agreements.complete, agreement_id)
        else:
            self.window.guard(self.practice.agreements.reopen, agreement_id)

    def edit_agreement(self, agreement_id: int) -> None:
        from coachdesk.ui.dialogs.agreement_dialog import AgreementDialog

        agreement = self.window.guard(self.practice.agreements.get, agreement_id)
        if agreement is not None:
            AgreementDialog(self.practice, agreement, self.window).exec()

    # --- closing ------------------------------------------------------------------

    def close_trajectory(self) -> None:
        from coachdesk.ui.dialogs.close_trajectory_dialog import CloseTrajectoryDialog

        tid = self._trajectory_id()
        if tid is None:
            return
        overview = self.window.guard(self.practice.trajectories.overview, tid)
        if overview is not None and not overview.closed:
            CloseTrajectoryDialog(self.practice, overview, self.window).exec()

    def reopen_trajectory(self) -> None:
        tid = self._trajectory_id()
        if tid is not None:
            self.window.guard(self.practice.trajectories.reopen, tid)

    # --- demo data ----------------------------------------------------------------

    def remove_demo(self) -> None:
        w = self.window
        found = w.guard(self.practice.demo.count)
        if found is None:
            return
        if not found.coachees and not found.sponsors:
            w.editing.inform(self.tr("There is no demo data to remove."))
            return
        question = self.tr(
            "Remove the {count} demo coachees with everything about them? Coachees you "
            "entered yourself stay."
        ).format(count=found.coachees)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove demo data"), question, parent=w)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is not remove:
            return
        from coachdesk.ui.dialogs.due_dialog import close_their_sessions

        if not close_their_sessions(w, w, None):  # which coachees are demo: the core knows
            return
        removed = w.guard(self.practice.demo.remove)
        if removed is not None:
            w.statusBar().showMessage(
                self.tr("Removed {count} demo coachees").format(count=removed.coachees), 8000
            )
