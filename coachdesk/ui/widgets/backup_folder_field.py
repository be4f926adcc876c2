"""Settings > Backup folder: where the automatic backups go.

Empty means the default (``backups`` in the data folder). A folder the coach
types or chooses is checked as they go, without creating anything
(BackupService.check_folder): a missing, read-only or not-a-folder path gets
its clear sentence under the field and Save waits. While the coach types, the
check waits for a pause (TYPING_PAUSE_MS): each check looks at the disk, and a
half-typed network path (\\\\server\\...) can take seconds to be refused; Save
always checks what is there. A folder that was fine before and is now unplugged
is not held against the rest of the form: only a changed folder is checked. A folder fixed by the organisation (deployment.py)
is shown, not editable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import deployment
from coachdesk.ui.widgets.card import muted

FOLDER_SETTING = "backup.folder"  # the practice setting (core/services/backup.py)
TYPING_PAUSE_MS = 400


class BackupFolderField(QWidget):
    changed = Signal()

    def __init__(self, practice: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupFolderField")
        self.practice = practice
        presets = deployment.current()
        self.fixed = presets.is_fixed(deployment.BACKUP_FOLDER)
        self.stored = practice.settings.get(FOLDER_SETTING, "").strip()
        default = str(practice.backups.folder()) if self.fixed else ""
        if not default:
            from coachdesk import paths

            default = str(paths.backups_dir(practice.store.folder))
        self.edit = QLineEdit(self)
        self.edit.setObjectName("backupFolder")
        self.edit.setText(str(practice.backups.folder()) if self.fixed else self.stored)
        self.edit.setPlaceholderText(default)
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(320)
        self._pause = QTimer(self)  # typing: "changed" once the coach pauses
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.changed.emit)
        self._typed = False
        self.edit.textEdited.connect(self._typing)  # (Qt emits it just before textChanged)
        self.edit.textChanged.connect(self._text_changed)
        self.changed.connect(lambda: QTimer.singleShot(0, self._fit))
        self.choose_button = QPushButton(
            QCoreApplication.translate("BackupFolder", "Choose…"), self
        )
        self.choose_button.setObjectName("chooseBackupFolder")
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        if self.fixed:
            hint = QCoreApplication.translate("BackupFolder", "Set by your organisation.")
        else:
            hint = QCoreApplication.translate(
                "BackupFolder",
                "Empty: the backups folder in the data folder. A second disk or a USB "
                "stick keeps a copy when this computer is lost.",
            )
        self.hint = muted(QLabel(hint, self))
        self.hint.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.hint)
        self.edit.setEnabled(not self.fixed)
        self.choose_button.setEnabled(not self.fixed)
        self.edit.setAccessibleName(QCoreApplication.translate("BackupFolder", "Backup folder"))
        self.choose_button.setAccessibleDescription(
            QCoreApplication.translate("BackupFolder", "Choose the backup folder")
        )

    def _typing(self, _text: str) -> None:
        self._typed = True
        self._pause.start()

    def _text_changed(self, _text: str) -> None:
        if self._typed:  # typed: the pause timer tells
            self._typed = False
            return
        self._pause.stop()  # set in one go (Choose…, a paste by code): checked now
        self.changed.emit()

    def _fit(self) -> None:
        """A message under the field appeared: let the dialog grow so nothing is cut off."""
        window = self.window()
        if window is self:
            return
        needed = window.layout().totalHeightForWidth(window.width()) if window.layout() else -1
        if needed > window.height():
            window.resize(window.width(), needed)

    def text(self) -> str:
        return self.edit.text().strip()

    @property
    def is_changed(self) -> bool:
        return not self.fixed and self.text() != self.stored

    def choose(self) -> None:
        start = self.text() or self.edit.placeholderText()
        chosen = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("BackupFolder", "Choose the backup folder"), start
        )
        if chosen:
            self.edit.setText(chosen)

    def check(self) -> None:
        """The form's checker: BackupFolderError for a changed folder that cannot be used."""
        if self.is_changed:
            self.practice.backups.check_folder(self.text())

    def save(self) -> None:
        """Write the chosen folder (Settings' Save, inside its operation)."""
        if self.is_changed:
            self.practice.backups.set_folder(self.text())
            self.stored = self.text()
