"""Importing a practice in the window: first what it would do, then a yes; or why it cannot.

ImportPlanDialog(plan, lang, parent).exec()      # Accepted: the coach said "Import"
ImportProblemsDialog(error, lang, parent).exec()  # the file is refused; nothing changed
AccessExportDialog(name, lang, parent).exec()     # right of access: language, private notes
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.portability_check import ImportFileError
from coachdesk.core.portability_import import ImportPlan, table_label
from coachdesk.i18n import Lang
from coachdesk.i18n import tr as message


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ImportPlanDialog(QDialog):
    """The dry run: per kind of data how many rows are added, changed and skipped."""

    def __init__(self, plan: ImportPlan, lang: Lang, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a practice"))
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        if plan.store_was_empty:
            intro = self.tr("This practice is still empty: everything in the file is added.")
        elif plan.writes:
            intro = self.tr(
                "The file is merged with this practice, row by row. Nothing has changed yet."
            )
        else:
            intro = self.tr("There is nothing new in this file; importing changes nothing.")
        self.intro = _label(intro)
        layout.addWidget(self.intro)
        shown = [t for t in plan.tables if t.add or t.change or t.skip]
        self.table = QTableWidget(len(shown), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("To add"), self.tr("To change"), self.tr("To skip")]
        )
        self.table.setAccessibleName(self.tr("What the import would do"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, t in enumerate(shown):
            label = table_label(t.name, lang)
            cells = [label[:1].upper() + label[1:], len(t.add), len(t.change), t.skip]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        layout.addWidget(self.table, 1)
        notes = [
            self.tr(
                "Add: not in this practice yet. Change: here, but the file's copy differs "
                "and is not older. Skip: already the same here, or changed here later."
            )
        ]
        newer = sum(t.newer_here for t in plan.tables)
        if newer:
            notes.append(
                self.tr(
                    "Changed here after the file was made, so they stay as they are here: %1."
                ).replace("%1", str(newer))
            )
        erased = sum(t.erased for t in plan.tables)
        if erased:
            notes.append(
                self.tr("About people erased or anonymised here, so not brought back: %1.").replace(
                    "%1", str(erased)
                )
            )
        notes.append(self.tr("Importing never removes anything that is already here."))
        self.notes = _label("\n".join(notes))
        self.notes.setStyleSheet("color: #4a5563;")
        layout.addWidget(self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import now"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(bool(plan.writes))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Return does not import by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ImportProblemsDialog(QDialog):
    """The file is refused: the problems with their place in the file; nothing changed."""

    def __init__(self, error: ImportFileError, lang: Lang, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a practice"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        lines = error.message(lang).splitlines()
        self.headline = _label(lines[0])
        self.headline.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.headline)
        self.problems = QPlainTextEdit("\n".join(lines[1:]))
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        layout.addWidget(self.problems, 1)
        layout.addWidget(
            _label(
                self.tr(
                    "The place is a JSON pointer: /tables/coachee/3/name is the name of "
                    "the fourth coachee in the file."
                )
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class AccessExportDialog(QDialog):
    """Right of access: in which language, and with or without the coach's private notes."""

    def __init__(self, name: str, lang: Lang, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export personal data"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                self.tr(
                    "A ZIP file with everything held about %1: the data as JSON, the "
                    "summary of each trajectory as PDF, and a short readme."
                ).replace("%1", name)
            )
        )
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "nl" else 1)
        form.addRow(self.tr("Language of the readme and PDFs"), self.language)
        layout.addLayout(form)
        self.private = QCheckBox(self.tr("Include my private notes on the sessions"))
        layout.addWidget(self.private)
        self.explanation = _label(message("access.private_explained", lang))
        self.explanation.setStyleSheet("color: #4a5563;")
        layout.addWidget(self.explanation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_lang(self) -> Lang:
        return "en" if self.language.currentData() == "en" else "nl"
