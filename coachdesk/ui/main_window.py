"""The main window: coachee list on the left, the coachee and trajectory on the right.

Layout and navigation only; edit actions live in ``editing.Editing`` and the
feature windows in ``features.Features``, both composed into the window. Other
features plug in through ``trajectory_menu`` / ``add_trajectory_action`` (e.g.
session notes, PDF export) and ``page.dashboard.sections[...]`` (charts).

The list and the page refresh themselves from the bus's ``practiceChanged``:
whatever wrote, the views show what it changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from coachdesk.core.changes import Changes
from coachdesk.ui import a11y, store_notices, window_state
from coachdesk.ui import settings as keys
from coachdesk.ui.a11y import ReadingOrderTabs
from coachdesk.ui.actions import make_actions
from coachdesk.ui.bus import bus
from coachdesk.ui.editing import Editing
from coachdesk.ui.icons import icon
from coachdesk.ui.pages.coachee_list import CoacheeListPanel
from coachdesk.ui.pages.welcome import WelcomePage
from coachdesk.ui.undo import undo_actions

if TYPE_CHECKING:
    from coachdesk.core.overview_refresh import Home, HomeReader
    from coachdesk.core.practice import Practice
    from coachdesk.core.records import CoacheeRow
    from coachdesk.ui.pages.coachee_page import CoacheePage


class MainWindow(ReadingOrderTabs, QMainWindow):
    def __init__(
        self,
        practice: Practice,
        settings: QSettings,
        parent: QWidget | None = None,
        initial_rows: list[CoacheeRow] | None = None,
        initial_home: Home | None = None,
    ):
        """``initial_rows``, ``initial_home``: the list and the home screen read ahead
        (core/peek.py) while ``practice`` still opens; then call ``practice_ready`` once
        it has."""
        super().__init__(parent)
        self.practice = practice
        self.settings = settings
        self.setWindowTitle("CoachDesk")
        self.setWindowIcon(icon("app"))
        self.undo_stack = QUndoStack(self)
        self.acts = make_actions(self)
        self.editing = Editing(self)
        self.guard = self.editing.guard
        self.show_error = self.editing.show_error

        self.list_panel = CoacheeListPanel(self)
        self._page: CoacheePage | None = None  # built on first use (start-up speed)
        from coachdesk.ui.pages.home_page import HomePage

        self.home = HomePage(self)  # what needs the coach today, when no coachee is open
        self.home.coacheeRequested.connect(lambda cid, tid: self.open_coachee(cid, tid))
        self.home.fetch_all = lambda key: self.guard(self.practice.overview.section, key)
        self._home_reader: HomeReader | None = None  # the last read, and changes since
        self.right = QStackedWidget(self)
        self.right.addWidget(self.home)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([480, 960])
        self.welcome = WelcomePage(self)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)

        self._build_menus()
        from coachdesk.ui.features import Features

        self.features = Features(self)
        from coachdesk.ui.lifecycle import Lifecycle

        self.lifecycle = Lifecycle(self)
        self.backups = __import__("coachdesk.ui.backup_ui").ui.backup_ui.BackupUi(self)
        self.home.sessionRequested.connect(self.features.open_session)
        from coachdesk.ui.reports_ui import Reports

        self.reports = Reports(self)
        self.portability = __import__("coachdesk.ui.portability_ui").ui.portability_ui.Portability(
            self
        )
        self.privacy = __import__("coachdesk.ui.privacy_ui").ui.privacy_ui.PrivacyUi(self)  # 14
        from coachdesk.ui.dialogs.help_dialogs import HelpMenu

        self.help = HelpMenu(self)  # last in the menu bar: shortcuts (F1), data folder, About
        self._connect()
        bus().practiceChanged.connect(self._practice_changed)
        self._following = True
        self.statusBar()
        window_state.restore(self)
        if initial_rows is None:
            self.reload_list()
            # The list paints first; the coachee page fills right after (start-up speed).
            QTimer.singleShot(0, self._open_last_coachee)
            QTimer.singleShot(0, lambda: store_notices.tell(self, practice))
        else:
            self._show_rows(initial_rows, search_now=False)  # practice_ready makes it
            if initial_home is not None:  # the first page whole, before the store has opened
                self._select_last_coachee()
                home = initial_home  # (its chart is drawn once the store has opened)
                self.home.show_today(home.today, home.hours, home.coached_hours, chart=False)

    def detach(self) -> None:
        """Stop following change notices (the window is closing or has no store)."""
        if self._following:
            self._following = False
            bus().practiceChanged.disconnect(self._practice_changed)

    def practice_ready(self, practice: Practice) -> None:
        """The store is open (started with ``initial_rows``): fill the coachee page."""
        self.practice = practice
        self._open_last_coachee()
        store_notices.tell(self, practice)
        self.list_panel.model.prepare_search()  # off the first page's path, before a key

    # --- construction ----------------------------------------------------------

    @property
    def page(self) -> CoacheePage:
        """The coachee page with the trajectory dashboard, built when first needed."""
        if self._page is None:
            from coachdesk.ui.pages.coachee_page import CoacheePage

            page = CoacheePage(self.acts, self)
            page.setSizes([380, 620])
            state = self.settings.value(keys.PAGE_SPLITTER)
            if isinstance(state, QByteArray):
                page.restoreState(state)
            page.trajectorySelected.connect(self.show_trajectory)
            self.right.addWidget(page)
            self._page = page
            self.features.attach_page(page)
            self.lifecycle.attach_page(page)
            if hasattr(self, "privacy"):
                self.privacy.attach_page(page)  # the consent card (issue 14)
        return self._page

    def _build_menus(self) -> None:
        a = self.acts
        undo, redo = undo_actions(self.undo_stack, self)  # "… ongedaan maken"
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIcon(icon("undo"))
        undo.setObjectName("action_undo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName("action_redo")
        a["undo"], a["redo"] = undo, redo

        bar = self.menuBar()
        file = self.file_menu = bar.addMenu(self.tr("&File"))
        file.addActions([a["new_coachee"], a["load_demo"]])
        file.addSeparator()
        file.addActions([a["settings"], a["quit"]])
        edit = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        edit.addActions([undo, redo])
        edit.addSeparator()
        edit.addActions([a["find"], a["switcher"], a["home"]])
        coachee = self.coachee_menu = bar.addMenu(self.tr("&Coachee"))
        coachee.addActions(
            [a["new_coachee"], a["edit_coachee"], a["archive_coachee"], a["delete_coachee"]]
        )
        coachee.addSeparator()
        sort = coachee.addMenu(self.tr("&Sort list"))  # the header's sorting, by keyboard
        sort.setObjectName("sortMenu")
        sort.addActions(self.list_panel.sort_actions[:-1])
        sort.addSeparator()
        sort.addAction(self.list_panel.sort_actions[-1])
        self.trajectory_menu = bar.addMenu(self.tr("&Trajectory"))
        self.trajectory_menu.addActions(
            [a["new_trajectory"], a["edit_trajectory"], a["delete_trajectory"]]
        )
        self._extension_separator = self.trajectory_menu.addSeparator()
        self._extension_separator.setVisible(False)
        sponsors = bar.addMenu(self.tr("&Sponsor"))
        sponsors.addActions([a["new_sponsor"], a["edit_sponsor"], a["delete_sponsor"]])

        self.toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([a["home"], a["new_coachee"], a["new_trajectory"]])
        self.toolbar.addSeparator()
        self.toolbar.addActions([undo, a["switcher"]])
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(a["settings"])
        self.addToolBar(self.toolbar)
        # Qt's "»" for tools that do not fit: each of them is in a menu as well.
        more = self.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            a11y.name(more, self.tr("More tools"))
            a11y.reached_by(more, self.tr("every tool is in a menu too"))

    def add_trajectory_action(self, action: QAction, toolbar: bool = False) -> None:
        """Slot for features built elsewhere (session notes, charts, PDF export)."""
        self._extension_separator.setVisible(True)
        self.trajectory_menu.addAction(action)
        if toolbar:
            self.toolbar.insertAction(self.acts["switcher"], action)

    def _connect(self) -> None:
        a, e = self.acts, self.editing
        a["new_coachee"].triggered.connect(e.new_coachee)
        a["edit_coachee"].triggered.connect(e.edit_coachee)
        a["archive_coachee"].triggered.connect(e.toggle_archive)
        a["delete_coachee"].triggered.connect(e.delete_coachee)
        a["new_trajectory"].triggered.connect(e.new_trajectory)
        a["edit_trajectory"].triggered.connect(e.edit_trajectory)
        a["delete_trajectory"].triggered.connect(e.delete_trajectory)
        a["new_sponsor"].triggered.connect(e.new_sponsor)
        a["edit_sponsor"].triggered.connect(e.edit_sponsor)
        a["delete_sponsor"].triggered.connect(e.delete_sponsor)
        a["find"].triggered.connect(self.focus_filter)
        a["switcher"].triggered.connect(self.quick_switch)
        a["home"].triggered.connect(self.show_home)
        a["load_demo"].triggered.connect(e.load_demo)
        a["settings"].triggered.connect(self.open_settings)
        a["quit"].triggered.connect(self.close)
        a["quit"].setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from notes too
        self.welcome.newCoacheeRequested.connect(e.new_coachee)
        self.welcome.demoRequested.connect(e.load_demo)
        self.list_panel.coacheeSelected.connect(self.open_coachee)
        self._update_actions()

    # --- navigation ---------------------------------------------------------------

    def reload_list(self) -> None:
        rows = self.guard(self.practice.coachees.list)
        if rows is not None:
            self._show_rows(rows)

    def _show_rows(self, rows: list[CoacheeRow], search_now: bool = True) -> None:
        """Show ``rows``; their search text now, or (the first page) once the store is open."""
        self.list_panel.set_rows(rows)
        if search_now:
            self.list_panel.model.prepare_search()
        self.central.setCurrentWidget(self.splitter if rows else self.welcome)
        if not rows and self._page is not None:
            self._page.coachee = None
        self._update_actions()

    def open_coachee(
        self, coachee_id: int, trajectory_id: int | None = None, reveal: bool = True
    ) -> None:
        """Show a coachee; ``reveal`` also selects them in the list (changing its filter)."""
        coachee = self.guard(self.practice.coachees.get, coachee_id)
        trajectories = self.guard(self.practice.trajectories.list, coachee_id)
        sponsors = self.guard(self.practice.coachees.sponsors_of, coachee_id)
        if coachee is None or trajectories is None or sponsors is None:
            return
        self.right.setCurrentWidget(self.page)
        self.page.show_coachee(coachee, trajectories, sponsors, trajectory_id)
        if reveal and self.list_panel.current_id() != coachee_id:
            self.list_panel.select(coachee_id, emit=False)
        self.settings.setValue(keys.LAST_COACHEE, coachee_id)
        self._update_actions()

    def show_trajectory(self, trajectory_id: int) -> None:
        overview = self.guard(self.practice.trajectories.overview, trajectory_id)
        if overview is not None:
            self.page.dashboard.show_overview(overview)
        self._update_actions()

    def _practice_changed(self, changes: Changes) -> None:
        """Show what a write changed: the list's rows, the open coachee and trajectory."""
        from coachdesk.core.services.notes import NOTE_TEXT

        listed = ("coachee", "trajectory", "coaching_session")
        if changes.touches(*listed, ignoring=NOTE_TEXT):
            self.reload_list()
        page = self._page
        reader = self._home_reader
        if reader is not None:
            reader.note(changes)  # also while hidden: Ctrl+1 then reads what it touched
        if self.right.currentWidget() is self.home:
            if reader is None or reader.concerns(changes):
                self.refresh_home()
            return
        if page is None or page.coachee is None or self.right.currentWidget() is not page:
            return
        shown = ("coachee", "sponsor", "trajectory", "coaching_session", "agreement", "goal")
        if changes.touches(
            *shown, "goal_rating", "profile_result", "profile_score", ignoring=NOTE_TEXT
        ):
            coachee_id = page.coachee.id
            if self.list_panel.model.find(coachee_id) is None:  # deleted
                self.show_home()
            else:
                self.open_coachee(coachee_id, page.current_trajectory_id(), reveal=False)

    def show_home(self) -> None:
        """The home screen (Ctrl+1): what needs the coach today."""
        if self._page is not None:
            self._page.coachee = None
        self.right.setCurrentWidget(self.home)
        self.refresh_home()
        self._update_actions()

    def refresh_home(self) -> None:
        """Read the home screen again (only what changed since the last read) and show it."""
        from datetime import date

        from coachdesk.core.formatting import first_of_last_months

        reader = self._home_reader
        if reader is None or reader.overview is not self.practice.overview:
            reader = self._home_reader = self.practice.overview.reader()  # another store
        home = self.guard(reader.read, first_of_last_months(date.today()))
        if home is not None:
            self.home.show_today(home.today, home.hours, home.coached_hours)

    def focus_filter(self) -> None:
        if self.central.currentWidget() is self.splitter:
            self.list_panel.focus_filter()

    def quick_switch(self) -> None:
        from coachdesk.ui.dialogs.quick_switcher import QuickSwitcher, make_target

        targets = [
            make_target("coachee", r.id, r.id, r.name, r.organisation)
            for r in self.list_panel.model.rows
        ]
        for t in self.guard(self.practice.trajectories.list) or []:
            targets.append(make_target("trajectory", t.id, t.coachee_id, t.title, t.coachee_name))
        dialog = QuickSwitcher(targets, self)
        self.switcher = dialog
        if dialog.exec() and dialog.chosen is not None:
            chosen = dialog.chosen
            tid = chosen.id if chosen.kind == "trajectory" else None
            self.list_panel.select(chosen.coachee_id, emit=False)
            self.open_coachee(chosen.coachee_id, tid)

    def open_settings(self) -> None:
        from coachdesk.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.practice, self.settings, self).exec()

    def _update_actions(self) -> None:
        a = self.acts
        page = self._page
        coachee = page.coachee if page is not None and self.right.currentWidget() is page else None
        has_coachee = coachee is not None
        has_trajectory = (
            page is not None and has_coachee and page.current_trajectory_id() is not None
        )
        for key in ("edit_coachee", "archive_coachee", "delete_coachee", "new_trajectory"):
            a[key].setEnabled(has_coachee)
        for key in ("edit_trajectory", "delete_trajectory", "edit_sponsor", "delete_sponsor"):
            a[key].setEnabled(has_trajectory)
        features = getattr(self, "features", None)
        if features is not None:
            features.update_actions(has_coachee, has_trajectory)
        lifecycle = getattr(self, "lifecycle", None)
        if lifecycle is not None:
            lifecycle.update_actions(has_trajectory)
        archived = coachee is not None and coachee.status == "archived"
        a["archive_coachee"].setText(self.tr("Restore") if archived else self.tr("Archive"))
        a["archive_coachee"].setIcon(icon("unarchive" if archived else "archive"))

    # --- state across runs ---------------------------------------------------------

    def _open_last_coachee(self) -> None:
        """At start: the home screen, with the last coachee selected in the list."""
        if self._page is not None and self._page.coachee is not None:
            return  # the coach (or a test) opened one already
        self._select_last_coachee()
        if self.list_panel.model.total:
            self.show_home()

    def _select_last_coachee(self) -> None:
        last = keys.get_int(self.settings, keys.LAST_COACHEE)
        if last is not None:
            self.list_panel.select(last, emit=False)

    def save_state(self) -> None:
        window_state.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.features.flush_all():  # open notes are written before anything else
            event.ignore()  # one could not be: its window says why and stays open
            return
        self.save_state()
        self.undo_stack.clear()
        self.detach()
        super().closeEvent(event)
