"""The first export asks for the coach's name (issue 16): the PDF carries it on the
cover, in the footer, beside the signature line and as its Author.

Shown in the export dialog only while Settings has no coach name; what is typed
is stored in Settings (the same keys as the Settings dialog) when the preview is
built or the PDF saved, so it is asked once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from coachdesk.ui.dialogs.settings_dialog import COACH_NAME, PRACTICE_NAME
from coachdesk.ui.tasks import run_op


class CoachNameBox(QGroupBox):
    def __init__(self, practice: Any, parent: QWidget | None = None):
        super().__init__(self.tr("Your name on the PDF"), parent)
        self.setObjectName("coach_name_box")
        self.practice = practice
        stored = practice.settings.all()
        self.coach_name = QLineEdit(self)
        self.coach_name.setObjectName("coach_name")
        self.coach_name.setAccessibleName(self.tr("Your name (coach)"))
        self.practice_name = QLineEdit(self)
        self.practice_name.setObjectName("practice_name")
        self.practice_name.setAccessibleName(self.tr("Practice name"))
        self.practice_name.setText(stored.get(PRACTICE_NAME, ""))
        note = QLabel(
            self.tr(
                "On the cover, in the footer and by the signature. Stored in Settings, "
                "so this is asked once."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name (coach)"), self.coach_name)
        form.addRow(self.tr("Practice name"), self.practice_name)
        form.addRow(note)
        self.setVisible(not stored.get(COACH_NAME, "").strip())

    def save(self) -> None:
        """Store what was typed (nothing when the box is not shown or left empty)."""
        if self.isHidden():
            return
        name, practice_name = self.coach_name.text().strip(), self.practice_name.text().strip()
        if not name:
            return
        settings = self.practice.settings

        def store() -> None:
            settings.set(COACH_NAME, name)
            if practice_name:
                settings.set(PRACTICE_NAME, practice_name)

        run_op(store)
        self.hide()
