"""File > Restore backup…: choose a backup, see its date and summary, confirm.

The restore runs off the GUI thread (ui/tasks.run_op_task) with a progress bar;
every open note is written first. Once it runs it cannot be cancelled or closed
half-way (the window waits, automatic backups too). The practice reopens on the
restored data and every view refreshes from the change notice. A refusal (not a backup, damaged,
newer) is one sentence in the dialog, and nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.errors import CoachDeskError
from coachdesk.ui import lang
from coachdesk.ui.tasks import run_op_task


class RestoreDialog(QDialog):
    def __init__(
        self,
        practice: Any,
        parent: QWidget | None = None,
        on_restored: Callable[[Any], None] | None = None,
        ui: Any = None,
    ):
        super().__init__(parent)
        from coachdesk.core.services import backup as texts

        self.texts = texts
        self.practice = practice
        self.on_restored = on_restored
        self.ui = ui
        self.chosen: Path | None = None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore backup"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a backup. Before it replaces the current data, CoachDesk keeps a "
                "safety copy of the data as it is now."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.header().setAccessibleName(self.tr("Columns"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Size"), self.tr("Contents")]
        )
        self.list.itemSelectionChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda *_: self.confirm())
        layout.addWidget(self.list, 1)
        self.detail = QLabel(self)
        self.detail.setObjectName("backupDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.detail)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.error = QLabel(self)
        self.error.setObjectName("restoreError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.confirm)
        self.other_button = QPushButton(self.tr("Other file…"), self)
        self.other_button.clicked.connect(self.choose_file)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.backups: list[Any] = []
        self.running = False  # a restore is under way: it cannot be left half-way
        self.fill()

    # --- the list ----------------------------------------------------------------

    def fill(self) -> None:
        language = lang.current()
        t = self.texts
        self.backups = self.practice.backups.list()
        self.list.clear()
        for b in self.backups:
            item = QTreeWidgetItem(
                [
                    t.when_text(b.created_at, language),
                    t.kind_text(b, language),
                    t.size_text(b.size, language),
                    t.summary_text(b, language),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        if not self.backups:
            self.detail.setText(
                self.tr("There are no backups in {folder} yet.").format(
                    folder=str(self.practice.backups.folder())
                )
            )
        else:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def _selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.chosen = None
            self.restore_button.setEnabled(False)
            return
        self.chosen = Path(item.data(0, Qt.ItemDataRole.UserRole))
        backup = next((b for b in self.backups if b.path == self.chosen), None)
        self.restore_button.setEnabled(True)
        if backup is not None:
            language = lang.current()
            self.detail.setText(
                f"{self.texts.loses_text(backup, language)}\n{self.texts.summary_text(backup, language)}"
                f"\n{backup.path}"
            )

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup file"),
            str(self.practice.backups.folder()),
            self.tr("CoachDesk backups (*.db)"),
        )
        if path:
            self.chosen = Path(path)
            self.detail.setText(path)
            self.confirm()

    # --- restoring -----------------------------------------------------------------

    def question(self) -> str:
        language = lang.current()
        backup = next((b for b in self.backups if b.path == self.chosen), None)
        what = self.texts.loses_text(backup, language) if backup else str(self.chosen)
        return self.tr(
            "Restore this backup?\n\n{what}\n\nThe current data is kept as a safety copy first."
        ).format(what=what)

    def confirm(self) -> None:
        if self.chosen is None:
            return
        if self.practice.backups.needs_key(self.chosen) and not self._unlock_backup(self.chosen):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.question(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start()

    def _unlock_backup(self, backup: Path) -> bool:
        """An encrypted backup from a practice whose data folder is gone: its passphrase
        or recovery key (the key file beside it holds the wrapped key)."""
        from coachdesk.ui.encryption_ui import PassphraseDialog

        ask = PassphraseDialog(backup.parent, self, backup=backup)
        ask.setWindowTitle(self.tr("Restore backup"))
        return bool(ask.exec())

    def start(self) -> None:
        window = self.parent()
        features = getattr(window, "features", None)
        if features is not None and not features.flush_all():
            return  # a note could not be written: its window says why
        chosen = self.chosen
        assert chosen is not None
        if self.ui is not None:
            self.ui.paused = True
        self.error.setVisible(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.running = True
        for button in (self.restore_button, self.other_button, self.cancel_button):
            button.setEnabled(False)
        backups = self.practice.backups
        self.task = run_op_task(
            lambda ctx: backups.restore(chosen, progress=ctx.progress),
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.running = False
        if self.ui is not None:
            self.ui.paused = False
        self.progress.setVisible(False)
        self.restore_button.setEnabled(self.chosen is not None)
        self.other_button.setEnabled(True)
        self.cancel_button.setEnabled(True)

    # --- no leaving half-way ---------------------------------------------------------
    # Cancel, Esc and the close button would only hide the dialog: the restore would
    # still replace the data later, over whatever the coach typed meanwhile.

    def reject(self) -> None:
        if not self.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)

    def _done(self, result: Any) -> None:
        self._finish()
        self.result_value = result
        if self.on_restored is not None:
            self.on_restored(result)
        window = self.parent()
        if window is not None and hasattr(window, "statusBar"):
            text = self.tr("Backup restored. The data as it was is kept in {path}.")
            window.statusBar().showMessage(text.format(path=str(result.safety_copy or "-")), 15000)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        text = exc.message(lang.current()) if isinstance(exc, CoachDeskError) else str(exc)
        self.error.setText(text)
        self.error.setVisible(True)
