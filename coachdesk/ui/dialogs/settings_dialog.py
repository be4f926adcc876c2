"""Settings: the UI language (on restart) and the practice details exports use."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from coachdesk.core.practice import Practice
from coachdesk.ui import settings as keys
from coachdesk.ui.dialogs import presets_note
from coachdesk.ui.widgets.card import muted
from coachdesk.ui.widgets.form import FormDialog

COACH_NAME = "coach_name"
PRACTICE_NAME = "practice_name"


class SettingsDialog(FormDialog):
    def __init__(self, practice: Practice, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.practice = practice
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        current = keys.get_str(settings, keys.LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.coach_name = QLineEdit(self)
        self.practice_name = QLineEdit(self)
        stored = practice.settings.all()
        self.coach_name.setText(stored.get(COACH_NAME, ""))
        self.practice_name.setText(stored.get(PRACTICE_NAME, ""))
        self.add_field("language", self.tr("Language"), self.language)
        self.restart_note = muted(
            QLabel(self.tr("A new language takes effect when CoachDesk starts again."), self)
        )
        self.restart_note.setWordWrap(True)
        self.form.addRow("", self.restart_note)
        self.add_field("coach_name", self.tr("Your name (coach)"), self.coach_name)
        self.add_field("practice_name", self.tr("Practice name"), self.practice_name)
        from coachdesk.ui.widgets.backup_folder_field import BackupFolderField

        self.backup_folder = BackupFolderField(practice, self)  # issue 12
        self.add_field(
            "backup_folder", self.tr("Backup folder"), self.backup_folder, self.backup_folder.check
        )
        self.backup_folder.changed.connect(self.validate)
        self.presets_note = presets_note.apply_to_settings(self.form, self.language, self)
        from coachdesk.ui.widgets.encryption_section import EncryptionSection

        self.encryption = EncryptionSection(practice, settings, self)  # issue 13
        self.form.addRow(self.encryption)
        self.resize(440, self.sizeHint().height())
        self.validate()

    def submit(self) -> bool:
        self.practice.settings.set(COACH_NAME, self.coach_name.text().strip())
        self.practice.settings.set(PRACTICE_NAME, self.practice_name.text().strip())
        if self.language.isEnabled():  # not when the organisation fixed it
            self.settings.setValue(keys.LANGUAGE, self.language.currentData())
        self.backup_folder.save()
        self.encryption.save()
        self.settings.sync()
        return True
