"""The audit trail in the window (File > Privacy > Audit trail…): what was done, when,
with uids and counts, never content; exportable as CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui import a11y, lang, windows
from coachdesk.ui.a11y import ReadingOrderTabs
from coachdesk.ui.widgets.card import muted


def action_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "export_pdf": QCoreApplication.translate("Audit", "PDF for the coachee"),
        "export_sponsor_pdf": QCoreApplication.translate(
            "Audit", "Progress report for the sponsor"
        ),
        "export_statement": QCoreApplication.translate("Audit", "Hours statement"),
        "export_data": QCoreApplication.translate("Audit", "Access export (ZIP)"),
        "export_all": QCoreApplication.translate("Audit", "Whole practice exported"),
        "import": QCoreApplication.translate("Audit", "Import"),
        "erase": QCoreApplication.translate("Audit", "Erased"),
        "anonymise": QCoreApplication.translate("Audit", "Anonymised"),
        "undo_erase": QCoreApplication.translate("Audit", "Delete undone"),
        "restore": QCoreApplication.translate("Audit", "Backup restored"),
        "reapply_ledger": QCoreApplication.translate("Audit", "Erasures applied again"),
        "consent": QCoreApplication.translate("Audit", "Consent changed"),
        "encryption": QCoreApplication.translate("Audit", "Encryption changed"),
        "retention": QCoreApplication.translate("Audit", "Retention periods changed"),
    }


def count_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "pages": QCoreApplication.translate("Audit", "pages"),
        "sessions": QCoreApplication.translate("Audit", "sessions"),
        "coachees": QCoreApplication.translate("Audit", "coachees"),
        "coachee": QCoreApplication.translate("Audit", "coachees"),
        "coaching_session": QCoreApplication.translate("Audit", "sessions"),
        "named": QCoreApplication.translate("Audit", "by name"),
        "rows": QCoreApplication.translate("Audit", "records"),
        "recorded": QCoreApplication.translate("Audit", "recorded"),
        "changed": QCoreApplication.translate("Audit", "changed"),
        "withdrawn": QCoreApplication.translate("Audit", "withdrawn"),
        "removed": QCoreApplication.translate("Audit", "removed"),
        "trajectory": QCoreApplication.translate("Audit", "trajectories"),
        "agreement": QCoreApplication.translate("Audit", "agreements"),
        "goal": QCoreApplication.translate("Audit", "goals"),
        "profile_result": QCoreApplication.translate("Audit", "profiles"),
    }


class AuditDialog(ReadingOrderTabs, QDialog):
    def __init__(self, practice: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.practice = practice
        self.setWindowTitle(self.tr("Audit trail"))
        layout = QVBoxLayout(self)
        note = muted(
            QLabel(
                self.tr(
                    "Exports, erasures, anonymisations, restores, imports and changes of consent "
                    "and encryption. Only what was done, when, and to which records (by their "
                    "code): never names or note text."
                ),
                self,
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Records"), self.tr("Counts")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        a11y.name(self.table.horizontalHeader(), self.tr("Columns of the audit trail"))
        a11y.reached_by(self.table.horizontalHeader(), self.tr("read with each row"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("Export as CSV…"), self)
        self.export_button.setObjectName("exportAudit")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.ask_export)
        layout.addWidget(buttons)
        self.lines = practice.audit.lines()
        self._fill()
        windows.fit_window(self, QSize(860, 520))
        windows.add_close_shortcuts(self)

    def rows(self) -> list[list[str]]:
        labels, names = action_labels(), count_labels()
        return [
            [
                lang.fmt_datetime(line.at.astimezone().replace(tzinfo=None)),
                labels.get(line.action, line.action),
                " ".join(u[:8] for u in line.uids),
                ", ".join(f"{names.get(k, k)}: {v}" for k, v in sorted(line.counts.items())),
            ]
            for line in self.lines
        ]

    def _fill(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def ask_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit trail"),
            str(Path(folder) / "audit-trail.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> Path | None:
        from coachdesk.report.tables import write_csv

        head = [
            self.tr("When (UTC)"),
            self.tr("What"),
            self.tr("Records (uids)"),
            self.tr("Counts"),
        ]
        body = [
            [
                line.at.strftime("%Y-%m-%d %H:%M:%S"),
                line.action,
                " ".join(line.uids),
                "; ".join(f"{k}={v}" for k, v in sorted(line.counts.items())),
            ]
            for line in self.lines
        ]
        try:
            written = write_csv(path, [head, *body], "nl" if lang.current() == "nl" else "en")
        except Exception as exc:  # noqa: BLE001 - shown to the coach
            from coachdesk.errors import CoachDeskError

            text = lang.error_text(exc) if isinstance(exc, CoachDeskError) else type(exc).__name__
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.windowTitle(), text)
            return None
        self.export_button.setText(self.tr("Saved"))
        return Path(written)
