"""Wires the feature widgets into the main window.

Session notes (SessionEditor in a window of its own per session), search
everything (Ctrl+Shift+F), goals and profiles (GoalsView / ProfilesView in tool
windows) and the PDF export dialog. The main window only calls ``attach_page``
when its coachee page is built; everything else hangs off the window's actions
and the dashboard's signals, so features stay out of main_window.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMessageBox, QScrollArea, QVBoxLayout, QWidget

from coachdesk.ui import lang
from coachdesk.ui import settings as keys
from coachdesk.ui.a11y import ReadingOrderTabs
from coachdesk.ui.actions import make_action
from coachdesk.ui.pages.session_list import SessionList
from coachdesk.ui.windows import add_close_shortcuts, remember_geometry

if TYPE_CHECKING:
    from coachdesk.core.records import TrajectoryOverview
    from coachdesk.ui.main_window import MainWindow
    from coachdesk.ui.pages.coachee_page import CoacheePage
    from coachdesk.ui.pages.session_editor import SessionEditor


class ToolWindow(ReadingOrderTabs, QWidget):
    """A top-level window around one feature widget; ``on_close`` runs before it closes.

    Esc and Ctrl+W close it like the close button: ``on_close`` writes what is open first.
    """

    def __init__(self, title: str, body: QWidget, parent: QWidget, scroll: bool = False):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(title)
        self.body = body
        # Called before closing; returning False keeps the window open.
        self.on_close: Callable[[], bool | None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if scroll:
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setWidget(body)
            layout.addWidget(area)
        else:
            layout.addWidget(body)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close_action = add_close_shortcuts(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.on_close is not None and self.on_close() is False:
            event.ignore()
            return
        super().closeEvent(event)


class Features(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.sessions: dict[int, ToolWindow] = {}  # open session editors by session id
        self.tools: dict[tuple[str, int], ToolWindow] = {}  # goals/profiles windows
        self.actions = self._make_actions()

    # --- actions ----------------------------------------------------------------

    def _action(
        self, key: str, text: str, icon_name: str, shortcut: str | None, slot: Callable[[], object]
    ) -> QAction:
        return make_action(self.window, key, text, icon_name, slot, shortcut)

    def _make_actions(self) -> dict[str, QAction]:
        w = self.window
        acts = {
            "new_session": self._action(
                "new_session", self.tr("New session…"), "note", "Ctrl+Shift+S", self.new_session
            ),
            "goals": self._action(
                "goals", self.tr("Goals and ratings…"), "goal", "Ctrl+Shift+G", self.open_goals
            ),
            "profiles": self._action(
                "profiles", self.tr("Style profiles…"), "profile", None, self.open_profiles
            ),
            "export_pdf": self._action(
                "export_pdf", self.tr("Export PDF summary…"), "pdf", "Ctrl+Shift+P", self.export_pdf
            ),
            "search": self._action(
                "search", self.tr("Search everything…"), "search", "Ctrl+Shift+F", self.search
            ),
        }
        w.add_trajectory_action(acts["new_session"], toolbar=True)
        w.add_trajectory_action(acts["goals"])
        w.add_trajectory_action(acts["profiles"])
        w.add_trajectory_action(acts["export_pdf"], toolbar=True)
        w.edit_menu.addAction(acts["search"])
        w.addAction(acts["search"])
        w.toolbar.insertAction(w.acts["switcher"], acts["search"])
        return acts

    def update_actions(self, has_coachee: bool, has_trajectory: bool) -> None:
        for key in ("new_session", "goals", "export_pdf"):
            self.actions[key].setEnabled(has_trajectory)
        self.actions["profiles"].setEnabled(has_coachee)

    # --- the dashboard ------------------------------------------------------------

    def attach_page(self, page: CoacheePage) -> None:
        dashboard = page.dashboard
        dashboard.instrument_lookup = self._instrument
        self.session_list = SessionList(dashboard)
        self.session_list.sessionActivated.connect(self.open_session)
        self.session_list.newSessionRequested.connect(self.new_session)
        dashboard.sections["sessions"].add_extra(self.session_list)
        dashboard.overviewShown.connect(self._overview_shown)

    def _instrument(self, key: str):  # noqa: ANN202 - Instrument or None
        try:
            return self.window.practice.profiles.instrument(key)
        except Exception:  # noqa: BLE001 - an instrument no longer installed: no chart
            return None

    def _overview_shown(self, overview: TrajectoryOverview) -> None:  # the list beside it
        # The overview read them already (sessions_of, the same order as sessions.list).
        self.session_list.fill(overview.sessions, overview.trajectory.contracted_sessions)

    def _trajectory_id(self) -> int | None:
        page = self.window._page
        return page.current_trajectory_id() if page is not None and page.coachee else None

    # --- session notes ------------------------------------------------------------

    def new_session(self) -> None:
        tid = self._trajectory_id()
        if tid is None:
            return
        session = self.window.guard(self.window.practice.sessions.new, tid)
        if session is not None:
            self.open_session(session.id)

    def open_session(self, session_id: int, query: str = "") -> SessionEditor | None:
        from coachdesk.ui.pages.session_editor import SessionEditor

        existing = self.sessions.get(session_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            editor = existing.body
        else:
            editor = self.window.guard(
                SessionEditor, self.window.practice, session_id, lang=lang.current()
            )
            if editor is None:
                return None
            window = ToolWindow(self._session_title(session_id), editor, self.window, scroll=True)
            remember_geometry(window, self.window.settings, keys.SESSION_GEOMETRY, QSize(1040, 900))
            window.on_close = lambda sid=session_id: self._session_closed(sid)
            editor.saveFailed.connect(self.window.statusBar().showMessage)
            self.sessions[session_id] = window
            window.show()
        if query:
            editor.reveal(query)  # type: ignore[union-attr]
        return editor  # type: ignore[return-value]

    def _session_title(self, session_id: int) -> str:
        name, starts_at = self.window.practice.sessions.title_parts(session_id)
        when = lang.fmt_datetime(starts_at)
        return self.tr("{name} — session of {when}").format(name=name, when=when)

    def _session_closed(self, session_id: int) -> bool:
        """Write the note; keep the window open while something could not be written."""
        window = self.sessions.get(session_id)
        if window is None:
            return True
        editor = window.body
        editor.flush()  # type: ignore[attr-defined]
        if editor.unsaved:  # type: ignore[attr-defined]
            QMessageBox.warning(
                window,
                self.tr("Not saved yet"),
                self.tr(
                    "This session could not be saved yet ({problem}). The window stays open"
                    " so nothing is lost; CoachDesk tries again in a few seconds."
                ).format(problem=editor.save_state.text()),  # type: ignore[attr-defined]
            )
            return False
        self.sessions.pop(session_id, None)
        return True

    def close_sessions(self) -> bool:
        """Write and close every open session note; False when one could not be written."""
        return all([window.close() for window in list(self.sessions.values())])

    def close_sessions_of(self, coachee_ids: Iterable[int]) -> bool:
        """Write and close the open session notes of these coachees (before they are
        erased or anonymised); False when one could not be written (it stays open)."""
        wanted = set(coachee_ids)
        mine = [w for w in self.sessions.values() if getattr(w.body, "coachee_id", None) in wanted]
        return all([window.close() for window in mine])

    def flush_all(self) -> bool:
        """Write every open note (the main window is closing); False: keep it open."""
        if not self.close_sessions():
            return False
        for window in list(self.tools.values()):
            window.close()
        return True

    # --- search -----------------------------------------------------------------

    def search(self) -> None:
        from coachdesk.ui.dialogs.search_dialog import SearchDialog

        dialog = SearchDialog(self.window.practice, self.window, lang=lang.current())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        remember_geometry(dialog, self.window.settings, keys.SEARCH_GEOMETRY, QSize(760, 560))
        add_close_shortcuts(dialog)
        dialog.coacheeRequested.connect(lambda cid: self.window.open_coachee(cid))
        dialog.trajectoryRequested.connect(self.show_trajectory)
        dialog.sessionRequested.connect(self.show_session)
        self.search_dialog = dialog
        dialog.show()

    def show_trajectory(self, trajectory_id: int) -> None:
        trajectory = self.window.guard(self.window.practice.trajectories.get, trajectory_id)
        if trajectory is not None:
            self.window.open_coachee(trajectory.coachee_id, trajectory_id)

    def show_session(self, session_id: int, query: str = "") -> None:
        session = self.window.guard(self.window.practice.sessions.get, session_id)
        if session is not None:
            self.show_trajectory(session.trajectory_id)
            self.open_session(session_id, query)

    # --- goals, profiles, PDF -------------------------------------------------------

    def _tool(
        self,
        kind: str,
        key: int,
        title: str,
        make: Callable[[], QWidget],
        before_close: Callable[[QWidget], bool] | None = None,
    ) -> ToolWindow:
        existing = self.tools.get((kind, key))
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        window = ToolWindow(title, make(), self.window)
        geometry_key = {"goals": keys.GOALS_GEOMETRY, "profiles": keys.PROFILES_GEOMETRY}[kind]
        remember_geometry(window, self.window.settings, geometry_key, QSize(1000, 760))

        def on_close() -> bool:
            if before_close is not None and not before_close(window.body):
                return False
            self.tools.pop((kind, key), None)
            return True

        window.on_close = on_close
        self.tools[(kind, key)] = window
        window.show()
        return window

    def open_goals(self) -> ToolWindow | None:
        from coachdesk.ui.pages.goals_view import GoalsView

        tid = self._trajectory_id()
        if tid is None:
            return None
        trajectory = self.window.guard(self.window.practice.trajectories.get, tid)
        if trajectory is None:
            return None
        title = self.tr("Goals — {title}").format(title=trajectory.title)

        def make() -> QWidget:
            return GoalsView(self.window.practice, tid)

        # Edited goal text is written on closing, or the window stays open.
        return self._tool("goals", tid, title, make, before_close=lambda v: v.commit_edits())

    def open_profiles(self) -> ToolWindow | None:
        from coachdesk.ui.pages.profiles_view import ProfilesView

        page = self.window._page
        coachee = page.coachee if page is not None else None
        if coachee is None:
            return None
        title = self.tr("Style profiles — {name}").format(name=coachee.name)

        def make() -> QWidget:
            return ProfilesView(self.window.practice, coachee.id)

        return self._tool("profiles", coachee.id, title, make)

    def export_pdf(self) -> None:
        from coachdesk.ui.dialogs.export_pdf_dialog import ExportPdfDialog

        tid = self._trajectory_id()
        if tid is None:
            return
        dialog = ExportPdfDialog(self.window.practice, tid, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        remember_geometry(dialog, self.window.settings, keys.EXPORT_GEOMETRY, QSize(1000, 760))
        add_close_shortcuts(dialog)
        dialog.exportFinished.connect(
            lambda path: self.window.statusBar().showMessage(
                self.tr("Saved: {path}").format(path=path), 8000
            )
        )
        self.export_dialog = dialog
        dialog.open()
