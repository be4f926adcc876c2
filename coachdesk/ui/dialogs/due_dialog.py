"""Due for deletion (File > Privacy > Due for deletion…, and the home screen's line):
the coachees past a retention period, the periods themselves, and erasing or
anonymising one by one or all at once (with a confirmation and a progress dialog)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.errors import CoachDeskError
from coachdesk.ui import a11y, lang, windows
from coachdesk.ui.a11y import ReadingOrderTabs
from coachdesk.ui.tasks import run_op, run_op_task
from coachdesk.ui.widgets.card import muted

ERASE, ANONYMISE = "erase", "anonymise"


def confirm_privacy_action(parent: QWidget, action: str, names: list[str]) -> bool:
    """Ask before erasing or anonymising (Cancel is the default and the escape)."""
    from PySide6.QtCore import QCoreApplication

    shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
    if action == ERASE:
        title = QCoreApplication.translate("Privacy", "Erase for good")
        text = QCoreApplication.translate(
            "Privacy",
            "Erase {count} coachee(s) for good: {names}?\n\nEvery trajectory, session, note, "
            "goal and profile goes, also from the search index. This cannot be undone, and "
            "restoring an older backup will not bring them back.",
        )
        button = QCoreApplication.translate("Privacy", "Erase")
    else:
        title = QCoreApplication.translate("Privacy", "Anonymise")
        text = QCoreApplication.translate(
            "Privacy",
            "Anonymise {count} coachee(s): {names}?\n\nDates, durations and paid or pro bono "
            "hours stay, for your hours log and the sponsor's invoice. Names, contact details, "
            "notes, agreements, goals and profiles go; a code takes the place of the name. "
            "This cannot be undone.",
        )
        button = QCoreApplication.translate("Privacy", "Anonymise")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        text.format(count=len(names), names=shown),
        parent=parent,
    )
    box.setObjectName("privacyConfirm")
    go = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


def close_their_sessions(window: Any, parent: QWidget, coachee_ids: list[int] | None) -> bool:
    """Before erasing or anonymising: write and close the session windows of these
    coachees (every one when None), so no editor can write their old text back later
    (its note-conflict copy included). False, after saying so, when one could not be
    written: then nothing may be erased."""
    from PySide6.QtCore import QCoreApplication

    features = getattr(window, "features", None)
    if features is None:
        return True
    closed = (
        features.close_sessions()
        if coachee_ids is None
        else features.close_sessions_of(coachee_ids)
    )
    if not closed:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Privacy", "Not saved yet"),
            QCoreApplication.translate(
                "Privacy",
                "Nothing was erased or anonymised: an open session note could not be saved"
                " yet (its window says why). Try again once it is saved.",
            ),
        )
    return closed


class DueDialog(ReadingOrderTabs, QDialog):
    def __init__(self, practice: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dueDialog")
        self.practice = practice
        self.task: Any = None
        self.setWindowTitle(self.tr("Due for deletion"))
        layout = QVBoxLayout(self)
        note = muted(
            QLabel(
                self.tr(
                    "Coachees whose work ended longer ago than the retention period. After the "
                    "period for notes and profiles, anonymise (the hours stay); after the period "
                    "for the administration, erase."
                ),
                self,
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        periods = QFormLayout()
        self.notes_years = QSpinBox(self)
        self.admin_years = QSpinBox(self)
        for box in (self.notes_years, self.admin_years):
            box.setRange(1, 100)
            box.setSuffix(self.tr(" years after the work ended"))
        periods.addRow(self.tr("Notes and profiles"), self.notes_years)
        periods.addRow(self.tr("Administration (dates, hours)"), self.admin_years)
        self.save_periods = QPushButton(self.tr("Save periods"), self)
        self.save_periods.setObjectName("savePeriods")
        self.save_periods.clicked.connect(self._save_periods)
        periods.addRow("", self.save_periods)
        layout.addLayout(periods)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("dueTable")
        self.table.setAccessibleName(self.tr("Due for deletion"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Coachee"),
                self.tr("Work ended"),
                self.tr("Period over since"),
                self.tr("Suggested"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        a11y.name(self.table.horizontalHeader(), self.tr("Columns of the list"))
        a11y.reached_by(self.table.horizontalHeader(), self.tr("read with each row"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.empty = muted(QLabel(self.tr("Nothing is due for deletion."), self))
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.anonymise_button = QPushButton(self.tr("Anonymise selected…"), self)
        self.erase_button = QPushButton(self.tr("Erase selected…"), self)
        self.all_button = QPushButton(self.tr("Do what is suggested for all…"), self)
        self.anonymise_button.setObjectName("anonymiseSelected")
        self.erase_button.setObjectName("eraseSelected")
        self.all_button.setObjectName("applyAll")
        self.anonymise_button.clicked.connect(lambda: self.act_on_selected(ANONYMISE))
        self.erase_button.clicked.connect(lambda: self.act_on_selected(ERASE))
        self.all_button.clicked.connect(self.act_on_all)
        for button in (self.anonymise_button, self.erase_button, self.all_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.due: list[Any] = []
        self.refresh()
        windows.fit_window(self, QSize(820, 560))
        windows.add_close_shortcuts(self)

    def refresh(self) -> None:
        periods = self.practice.retention.periods()
        self.notes_years.setValue(periods["retention.notes_years"])
        self.admin_years.setValue(periods["retention.admin_years"])
        self.due = self.practice.retention.due()
        self.table.setRowCount(len(self.due))
        for r, item in enumerate(self.due):
            suggested = self.tr("Anonymise") if item.kind == "notes" else self.tr("Erase")
            for c, value in enumerate(
                (item.name, lang.fmt_date(item.ended_on), lang.fmt_date(item.due_on), suggested)
            ):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.coachee_id)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        has = bool(self.due)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        for button in (self.anonymise_button, self.erase_button, self.all_button):
            button.setEnabled(has)

    def _save_periods(self) -> None:
        try:
            run_op(
                self.practice.retention.set_periods,
                self.notes_years.value(),
                self.admin_years.value(),
            )
        except CoachDeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), lang.error_text(exc))
            return
        self.refresh()

    def selected(self) -> list[Any]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.due[r] for r in rows]

    def act_on_selected(self, action: str) -> None:
        chosen = self.selected()
        if chosen:
            self._run([(d.coachee_id, action) for d in chosen], [d.name for d in chosen], action)

    def act_on_all(self) -> None:
        plan = [(d.coachee_id, ANONYMISE if d.kind == "notes" else ERASE) for d in self.due]
        if not plan:
            return
        kinds = {a for _c, a in plan}
        action = ERASE if ERASE in kinds else ANONYMISE
        self._run(plan, [d.name for d in self.due], action)

    def _run(self, plan: list[tuple[int, str]], names: list[str], action: str) -> None:
        if not confirm_privacy_action(self, action, names):
            return
        if not close_their_sessions(self.parent(), self, [c for c, _a in plan]):
            return
        progress = QProgressDialog(
            self.tr("Erasing and anonymising…"), self.tr("Stop"), 0, len(plan), self
        )
        progress.setObjectName("privacyProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        privacy = self.practice.privacy

        def work(ctx: Any) -> int:
            done = 0
            for kind in (ANONYMISE, ERASE):
                ids = [c for c, a in plan if a == kind]
                if ids:
                    offset = done
                    privacy.apply_many(
                        ids, kind, progress=lambda n, _t, o=offset: ctx.progress(o + n, len(plan))
                    )
                    done += len(ids)
            return done

        def finished(_result: Any = None) -> None:
            progress.close()
            self.refresh()

        def failed(exc: BaseException) -> None:
            progress.close()
            text = lang.error_text(exc) if isinstance(exc, CoachDeskError) else str(exc)
            QMessageBox.warning(self, self.windowTitle(), text)
            self.refresh()

        self.task = run_op_task(
            work,
            on_done=finished,
            on_error=failed,
            on_progress=lambda n, _total: progress.setValue(n),
            on_cancelled=finished,
        )
        progress.canceled.connect(self.task.cancel)
