"""Export a trajectory as the PDF summary for the coachee (choose sections) or as
the progress report for the sponsor (what the coachee agreed to share), in a
language; look at the pages, then save.

    dialog = ExportPdfDialog(practice, trajectory_id, parent=window)
    dialog.exportFinished.connect(window.show_status)  # str: the saved path
    dialog.open()

The PDF is built off the GUI thread (ui.tasks.run_task) with a progress dialog.
The preview is rendered by QtPdf from memory (a QBuffer): no copy of the notes is
ever written to the temp folder (issue 13). "Save as..." writes exactly the previewed
document (atomically); if the choices changed since, it is rebuilt first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.errors import CoachDeskError
from coachdesk.i18n import Lang, default_language
from coachdesk.report import SECTIONS
from coachdesk.ui import lang
from coachdesk.ui.a11y import ReadingOrderTabs
from coachdesk.ui.tasks import Task, TaskContext, run_op, run_task
from coachdesk.ui.widgets.coach_name_box import CoachNameBox

Choice = tuple[tuple[str, ...], Lang, str]  # sections, language, audience


class ExportPdfDialog(ReadingOrderTabs, QDialog):
    previewReady = Signal(int)  # number of pages shown
    exportFinished = Signal(str)  # path of the saved PDF
    exportFailed = Signal(str)  # the message shown to the coach

    def __init__(self, practice: Any, trajectory_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.practice = practice
        self.trajectory_id = trajectory_id
        self.setWindowTitle(self.tr("Export PDF summary"))
        self.resize(1000, 760)
        # The previewed PDF, in memory only: a preview is personal data, and a file in
        # the temp folder outlives a killed process.
        self._buffer: QBuffer | None = None
        self._pdf: Any = None  # the PdfResult shown in the preview
        self._pdf_choice: Choice | None = None
        self._task: Task | None = None
        self._running = False
        self._progress: QProgressDialog | None = None

        self.section_boxes: dict[str, QCheckBox] = {}
        sections_box = QGroupBox(self.tr("Sections"))
        sections_layout = QVBoxLayout(sections_box)
        for key, label in self._section_labels().items():
            box = QCheckBox(label)
            box.setChecked(True)
            box.setObjectName(f"section_{key}")
            box.toggled.connect(self._choices_changed)
            sections_layout.addWidget(box)
            self.section_boxes[key] = box

        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if default_language() == "nl" else 1)
        self.language.currentIndexChanged.connect(self._choices_changed)
        self.audience = QComboBox()
        self.audience.setObjectName("audience")
        self.audience.addItem(self.tr("The coachee: full summary"), "coachee")
        self.audience.addItem(self.tr("The sponsor: progress report"), "sponsor")
        self.audience.currentIndexChanged.connect(self._choices_changed)
        self.audience_note = QLabel(
            self.tr(
                "Only what the coachee agreed to share: attendance and hours, goals and "
                "their progress. Never session notes."
            )
        )
        self.audience_note.setWordWrap(True)
        self.audience_note.hide()
        form = QFormLayout()
        form.addRow(self.tr("PDF for"), self.audience)
        form.addRow(self.tr("Language of the PDF"), self.language)

        self.preview_button = QPushButton(self.tr("Update preview"))
        self.preview_button.clicked.connect(self.build_preview)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B42318;")
        self.error.hide()

        side = QVBoxLayout()
        side.addLayout(form)
        self.coach_names = CoachNameBox(practice, self)  # the first export asks (issue 16)
        side.addWidget(self.coach_names)
        side.addWidget(self.audience_note)
        side.addWidget(sections_box)
        side.addWidget(self.preview_button)
        side.addWidget(self.status)
        side.addWidget(self.error)
        side.addStretch(1)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        body = QHBoxLayout()
        side_widget = QWidget()
        side_widget.setLayout(side)
        self._side = side_widget
        self._sections_box = sections_box
        body.addWidget(side_widget)
        body.addWidget(self.view, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            self.tr("Save as..."), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.disconnect()
        self.save_button.clicked.connect(self.ask_save_path)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        # As wide as the longest (Dutch) section name needs once styled, at least 340 px.
        margins = self._side.layout().contentsMargins()
        needed = self._sections_box.sizeHint().width() + margins.left() + margins.right()
        self._side.setFixedWidth(max(340, needed))
        super().showEvent(event)
        if self._pdf is None and not self._running:
            self.build_preview()  # the coach sees the pages right away

    # --- choices ------------------------------------------------------------

    def _section_labels(self) -> dict[str, str]:
        labels = {
            "cover": self.tr("Cover page"),
            "intake": self.tr("Intake question and sponsor agreements"),
            "goals": self.tr("Development goals with progress"),
            "scaling": self.tr("Scaling questions and rating comments"),
            "profiles": self.tr("Style-preference profiles"),
            "sessions": self.tr("Session overview with shared notes"),
            "agreements": self.tr("Agreements"),
            "evaluation": self.tr("Closing evaluation"),
            "signatures": self.tr("Space for signatures"),
        }
        return {key: labels[key] for key in SECTIONS}

    def choice(self) -> Choice:
        chosen = tuple(k for k, box in self.section_boxes.items() if box.isChecked())
        return chosen, self.language.currentData(), self.audience.currentData()

    def _choices_changed(self) -> None:
        chosen, _, audience = self.choice()
        sponsor = audience == "sponsor"
        self._sections_box.setEnabled(not sponsor)  # the sponsor's report has fixed contents
        self.audience_note.setVisible(sponsor)
        self.preview_button.setEnabled(bool(chosen) or sponsor)
        self.save_button.setEnabled(bool(chosen) or sponsor)
        if self._pdf is not None:
            self.status.setText(self.tr("The choices changed: show the preview again."))

    # --- building -----------------------------------------------------------

    def _build(self, then: Callable[[Any], None]) -> None:
        """Build the PDF for the current choices off the GUI thread, then call ``then``."""
        if self._running:
            return
        chosen, lang, audience = choice = self.choice()
        sections = chosen if audience == "coachee" else None
        practice, trajectory_id = self.practice, self.trajectory_id
        self.error.hide()
        if not self._store_coach_name():
            return

        def work(ctx: TaskContext) -> Any:
            from coachdesk.report.trajectory_pdf import render_trajectory_pdf

            return render_trajectory_pdf(
                practice,
                trajectory_id,
                lang=lang,
                sections=sections,
                progress=ctx.progress,
                audience=audience,
            )

        def done(result: Any) -> None:
            self._finish_task()
            self._pdf, self._pdf_choice = result, choice
            then(result)

        progress = QProgressDialog(self.tr("Making the PDF..."), self.tr("Cancel"), 0, 1000, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(self._cancel)
        self._progress = progress
        self._set_busy(True)
        self._running = True
        task = run_task(
            work,
            on_done=done,
            on_error=self._failed,
            on_progress=lambda d, t: progress.setValue(d * 1000 // max(1, t)),
            on_cancelled=self._finish_task,
        )
        if self._running:  # still going (tests run tasks synchronously: already done)
            self._task = task

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.preview_button, self.save_button):
            widget.setEnabled(not busy)

    def _finish_task(self) -> None:
        self._running = False
        self._task = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._set_busy(False)

    def _failed(self, exc: BaseException) -> None:
        self._finish_task()
        if isinstance(exc, CoachDeskError):
            message = lang.error_text(exc)  # in the window's language, not the system's
        else:  # the kind of failure only: an exception's text may hold a name or a path
            message = self.tr("The PDF could not be made: %1").replace("%1", type(exc).__name__)
        self.error.setText(message)
        self.error.show()
        self.exportFailed.emit(message)

    # --- preview ------------------------------------------------------------

    def build_preview(self) -> None:
        self._build(self._show_preview)

    def _show_preview(self, result: Any) -> None:
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(result.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = buffer
        self.view.pageNavigator().jump(0, QPointF(), 0)
        pages = self.document.pageCount()
        status = self.tr("%n page(s)", "", pages)
        if result.replaced:
            note = self.tr("Not in the font, so printed by their name: %1")
            status += "\n" + note.replace("%1", " ".join(result.replaced))
        self.status.setText(status)
        self.previewReady.emit(pages)

    # --- saving -------------------------------------------------------------

    def suggested_name(self) -> str:
        """E.g. "Trajectverslag Zoë de Bruïne 2026-03-01.pdf" (safe on every system)."""
        try:
            name = self.practice.trajectories.coachee_of(self.trajectory_id).name
        except CoachDeskError:
            name = ""
        english = self.language.currentData() == "en"
        if self.audience.currentData() == "sponsor":
            prefix = "Progress report" if english else "Voortgangsrapportage"
        else:
            prefix = "Coaching summary" if english else "Trajectverslag"
        safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .")
        return " ".join(x for x in (prefix, safe, date.today().isoformat()) if x) + ".pdf"

    def ask_save_path(self) -> None:
        from PySide6.QtCore import QStandardPaths

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = documents if documents and Path(documents).is_dir() else str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF"),
            str(Path(folder) / self.suggested_name()),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Write the previewed PDF to ``path``; built anew if the choices or the data changed.

        A coach may move a sentence from the shared to the private note after
        looking at the preview: the saved file must never carry the old text.
        """
        if not self._store_coach_name():  # a name typed since the preview: built anew
            return
        if self._pdf is not None and self._pdf_choice == self.choice() and self._preview_current():
            self._write(path, self._pdf)
        else:
            self._build(lambda result: self._write(path, result))

    def _store_coach_name(self) -> bool:
        try:
            self.coach_names.save()
        except CoachDeskError as exc:
            self._failed(exc)
            return False
        return True

    def _preview_current(self) -> bool:
        from coachdesk.report.trajectory_data import collect

        try:
            return collect(self.practice, self.trajectory_id) == self._pdf.source
        except CoachDeskError:
            return False

    def _write(self, path: str, result: Any) -> None:
        from coachdesk.report.atomic import write_atomically

        try:
            target = write_atomically(path, result.data)
        except CoachDeskError as exc:
            self._failed(exc)
            return
        from coachdesk.report.trajectory_pdf import record_export  # the audit trail

        saved = self.tr("Saved: %1").replace("%1", str(target))
        try:
            run_op(record_export, self.practice, self.trajectory_id, self.choice()[2], result.pages)
        except CoachDeskError as exc:  # the file is there; say that its audit line is not
            note = self.tr("Not noted in the audit trail: %1").replace("%1", lang.error_text(exc))
            saved = f"{saved}\n{note}"
        self.status.setText(saved)
        self.exportFinished.emit(str(target))

    def done(self, result: int) -> None:  # noqa: D401 - QDialog's name
        if self._task is not None:
            self._task.cancel()
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer = None
        super().done(result)

    def preview_bytes(self) -> bytes:
        """The PDF shown in the preview (empty before the first one)."""
        return bytes(self._buffer.data().data()) if self._buffer is not None else b""
