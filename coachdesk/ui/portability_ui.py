"""Moving data in the window: File > Export whole practice… / Import practice…, and
Coachee > Export personal data (right of access)…

The same services and writers as the command line (core/services/portability.py,
report/portability_files.py). Reading, checking and writing run off the GUI thread
(ui/tasks) behind a progress dialog; an import first shows what it would do and writes
only after the coach says so (ui/dialogs/import_dialog.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from coachdesk.ui import lang
from coachdesk.ui.tasks import run_op_task, run_task

if TYPE_CHECKING:
    from coachdesk.ui.main_window import MainWindow


class Portability(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.task: Any = None
        self.export_all_action = QAction(self.tr("Export whole practice…"), window)
        self.export_all_action.setObjectName("action_export_all")
        self.export_all_action.triggered.connect(self.export_all)
        self.import_action = QAction(self.tr("Import practice…"), window)
        self.import_action.setObjectName("action_import_practice")
        self.import_action.triggered.connect(self.import_file)
        self.access_action = QAction(self.tr("Export personal data (right of access)…"), window)
        self.access_action.setObjectName("action_export_data")
        self.access_action.triggered.connect(self.export_data)
        menu = getattr(window, "file_menu", None)
        if menu is not None:
            before = next((a for a in menu.actions() if a.isSeparator()), None)
            menu.insertActions(before, [self.export_all_action, self.import_action])
        coachee_menu = getattr(window, "coachee_menu", None)
        if coachee_menu is not None:
            coachee_menu.addSeparator()
            coachee_menu.addAction(self.access_action)

    # --- helpers -----------------------------------------------------------------

    def _practice(self) -> Any:
        practice = self.window.practice
        opened = getattr(practice, "opened", None)
        return opened() if callable(opened) else practice

    def _progress(self, text: str, maximum: int = 0) -> QProgressDialog:
        progress = QProgressDialog(text, self.tr("Cancel"), 0, maximum, self.window)
        progress.setWindowTitle("CoachDesk")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        return progress

    def _failed(self, progress: QProgressDialog, exc: BaseException) -> None:
        progress.close()
        # (imported here: the import format's checks load the ORM's schema)
        from coachdesk.core.portability_check import ImportFileError

        if isinstance(exc, ImportFileError):
            from coachdesk.ui.dialogs.import_dialog import ImportProblemsDialog

            ImportProblemsDialog(exc, lang.current(), self.window).exec()
            return
        self.window.editing.show_error(exc)

    def _documents(self) -> Path:
        return Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )

    def _said(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    # --- export-all ------------------------------------------------------------------

    def export_all(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export whole practice"),
            str(self._documents() / self.tr("coachdesk-practice.json")),
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.export_all_to(Path(path))

    def export_all_to(self, path: Path) -> None:
        from coachdesk.report.portability_files import export_all

        practice = self._practice()
        progress = self._progress(self.tr("Exporting the practice…"), 100)

        def done(result: Any) -> None:
            progress.close()
            self._said(self.tr("Practice exported: {path}").format(path=result.path))

        self.task = run_op_task(
            lambda ctx: export_all(practice, path, ctx.progress),
            on_done=done,
            on_error=lambda exc: self._failed(progress, exc),
            on_progress=lambda n, total: progress.setValue(100 * n // max(1, total)),
            on_cancelled=progress.close,
        )
        progress.canceled.connect(self.task.cancel)

    # --- import ------------------------------------------------------------------------

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import practice"),
            str(self._documents()),
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Check the file and show what importing it would do (nothing written yet)."""
        practice = self._practice()
        progress = self._progress(self.tr("Checking the file…"))
        self.task = run_task(
            lambda _ctx: practice.portability.plan(path),
            on_done=lambda plan: self._confirm(progress, plan),
            on_error=lambda exc: self._failed(progress, exc),
        )

    def _confirm(self, progress: QProgressDialog, plan: Any) -> None:
        from coachdesk.ui.dialogs.import_dialog import ImportPlanDialog

        progress.close()
        self.plan_dialog = ImportPlanDialog(plan, lang.current(), self.window)
        self.plan_dialog.accepted.connect(lambda: self.apply(plan))
        self.plan_dialog.open()

    def apply(self, plan: Any) -> None:
        practice = self._practice()
        progress = self._progress(self.tr("Importing…"), 100)

        def done(result: Any) -> None:
            progress.close()
            self._said(
                self.tr("Imported: {add} added, {change} changed, {skip} skipped.").format(
                    add=result.adds, change=result.changes, skip=result.skips
                )
            )

        self.task = run_op_task(
            lambda ctx: practice.portability.apply(plan, ctx.progress),
            on_done=done,
            on_error=lambda exc: self._failed(progress, exc),
            on_progress=lambda n, total: progress.setValue(100 * n // max(1, total)),
            on_cancelled=progress.close,
        )
        progress.canceled.connect(self.task.cancel)

    # --- right of access ------------------------------------------------------------------

    def export_data(self) -> None:
        from coachdesk.ui.dialogs.import_dialog import AccessExportDialog

        coachee_id = self.window.list_panel.current_id()
        if coachee_id is None:
            return
        coachee = self.window.editing.guard(self._practice().coachees.get, coachee_id)
        if coachee is None:
            return
        self.access_dialog = AccessExportDialog(coachee.name, lang.current(), self.window)
        if not self.access_dialog.exec():
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export personal data"),
            str(self._documents() / self.tr("{name} - data.zip").format(name=coachee.name)),
            self.tr("ZIP files (*.zip)"),
        )
        if path:
            self.export_data_to(
                coachee_id,
                Path(path),
                self.access_dialog.chosen_lang(),
                self.access_dialog.private.isChecked(),
            )

    def export_data_to(self, coachee_id: int, path: Path, reader: str, private: bool) -> None:
        from coachdesk.report.portability_files import export_access

        practice = self._practice()
        progress = self._progress(self.tr("Making the access export…"), 100)

        def done(result: Any) -> None:
            progress.close()
            self._said(self.tr("Personal data exported: {path}").format(path=result.path))

        self.task = run_op_task(
            lambda ctx: export_access(
                practice, coachee_id, path, lang=reader, private=private, progress=ctx.progress
            ),
            on_done=done,
            on_error=lambda exc: self._failed(progress, exc),
            on_progress=lambda n, total: progress.setValue(100 * n // max(1, total)),
            on_cancelled=progress.close,
        )
        progress.canceled.connect(self.task.cancel)
