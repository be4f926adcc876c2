"""Record a profile: a form generated from the instrument definition, ranges checked as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.formatting import number, parse_number
from coachdesk.core.instrument_types import Dimension, Instrument
from coachdesk.core.instruments import suggest_label
from coachdesk.core.models import ProfileResult
from coachdesk.core.practice import Practice
from coachdesk.core.records import Profile
from coachdesk.errors import CoachDeskError
from coachdesk.report.charts import profile_chart
from coachdesk.ui.a11y import ReadingOrderTabs
from coachdesk.ui.lang import DATE_FORMAT
from coachdesk.ui.tasks import run_op
from coachdesk.ui.widgets.chart_view import ChartView, ui_lang

_INVALID = "QLineEdit { border: 2px solid #c0392b; }"


def typed_score(text: str) -> float | None:
    """The score in a field ("4,5" or "4.5"); None when empty or not a number."""
    try:
        return parse_number(text)
    except ValueError:
        return None


class ProfileDialog(ReadingOrderTabs, QDialog):
    """One date of one instrument: a column of scores per variant, plus the label if any."""

    profileRecorded = Signal(list)

    def __init__(
        self,
        practice: Practice,
        coachee_id: int,
        parent: QWidget | None = None,
        instrument_key: str | None = None,
    ):
        super().__init__(parent)
        self.practice = practice
        self.coachee_id = coachee_id
        self.lang = ui_lang()
        self.setWindowTitle(self.tr("Record profile"))
        self.instruments = practice.profiles.instruments()
        self.instrument_box = QComboBox()
        for key, instrument in self.instruments.items():
            own = "" if instrument.builtin else self.tr(" (own)")
            self.instrument_box.addItem(instrument.name(self.lang) + own, key)
        if instrument_key is not None:
            self.instrument_box.setCurrentIndex(
                max(0, self.instrument_box.findData(instrument_key))
            )
        self.instrument_box.currentIndexChanged.connect(lambda *_: self._build_form())
        self.taken_on = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.taken_on.setDisplayFormat(DATE_FORMAT)  # as every date field: "wo 26 nov 2026"
        self.percent = QCheckBox(self.tr("Enter as percentages (converted to the scale)"))
        self.percent.toggled.connect(lambda *_: self._validate())
        self.note = QLineEdit(placeholderText=self.tr("Short note (no report text)"))
        top = QFormLayout()
        top.addRow(self.tr("Instrument"), self.instrument_box)
        top.addRow(self.tr("Taken on"), self.taken_on)
        top.addRow("", self.percent)
        self.form_host = QWidget()
        self.grid = QGridLayout(self.form_host)
        self.licence = QLabel(wordWrap=True)
        self.licence.setEnabled(False)  # shown muted
        self.preview = ChartView(height=200)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form_host)
        notes = QFormLayout()
        notes.addRow(self.tr("Note"), self.note)
        layout.addLayout(notes)
        layout.addWidget(self.preview)
        layout.addWidget(self.licence)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields: dict[tuple[str, str], QLineEdit] = {}
        self.label_boxes: dict[str, QComboBox] = {}
        self._build_form()
        self.resize(560, 640)

    @property
    def instrument(self) -> Instrument:
        return self.instruments[self.instrument_box.currentData()]

    def variants(self) -> list[str]:
        return [v.key for v in self.instrument.variants] or [""]

    def _build_form(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.fields.clear()
        self.label_boxes.clear()
        instrument = self.instrument
        self.percent.setVisible(instrument.percent_entry)
        self.percent.setChecked(False)
        for column, variant in enumerate(self.variants(), start=1):
            if variant:
                header = QLabel(f"<b>{instrument.variant_name(variant, self.lang)}</b>")
                self.grid.addWidget(header, 0, column)
        row = 1
        for dim in instrument.dimensions:
            indent = "    " if dim.parent else ""
            self.grid.addWidget(QLabel(indent + dim.name(self.lang)), row, 0)
            for column, variant in enumerate(self.variants(), start=1):
                field = QLineEdit()
                field.setAccessibleName(f"{dim.name(self.lang)} {variant}".strip())
                field.textChanged.connect(lambda *_: self._validate())
                self.fields[(variant, dim.key)] = field
                self.grid.addWidget(field, row, column)
            self.range_label(dim, row)
            row += 1
        if instrument.labels is not None:
            self.grid.addWidget(QLabel(instrument.labels.name(self.lang)), row, 0)
            for column, variant in enumerate(self.variants(), start=1):
                box = QComboBox()
                box.addItem("—", "")
                for option in instrument.labels.options:
                    box.addItem(option.name(self.lang), option.key)
                box.currentIndexChanged.connect(lambda *_: self._update_preview())
                self.label_boxes[variant] = box
                self.grid.addWidget(box, row, column)
            suggest = QPushButton(self.tr("Suggest"), clicked=self.suggest_labels)
            suggest.setToolTip(self.tr("Propose a label from the scores; you decide."))
            self.grid.addWidget(suggest, row, len(self.variants()) + 1)
        self.licence.setText(instrument.licence_text(self.lang))
        self._validate()

    def range_label(self, dim: Dimension, row: int) -> None:
        low, high = number(dim.min, self.lang, 2), number(dim.max, self.lang, 2)
        label = QLabel(f"{low} – {high}")
        label.setObjectName(f"range_{dim.key}")
        self.grid.addWidget(label, row, len(self.variants()) + 1)

    # --- checking ---------------------------------------------------------------

    def _bounds(self, dim: Dimension) -> tuple[float, float]:
        return (0.0, 100.0) if self.percent.isChecked() else (dim.min, dim.max)

    def field_problem(self, variant: str, dim: Dimension) -> str:
        """'' when the field is fine (or optional and empty), else what is wrong."""
        text = self.fields[(variant, dim.key)].text()
        value = typed_score(text)
        low, high = self._bounds(dim)
        if not text.strip():
            return self.tr("Required") if dim.required else ""
        if value is None:
            return self.tr("Not a number")
        if not low <= value <= high:
            return (
                self.tr("Between %1 and %2")
                .replace("%1", number(low, self.lang, 2))
                .replace("%2", number(high, self.lang, 2))
            )
        return ""

    def _validate(self) -> None:
        complete = True
        for dim in self.instrument.dimensions:
            for variant in self.variants():
                field = self.fields[(variant, dim.key)]
                problem = self.field_problem(variant, dim)
                bad = bool(problem) and bool(field.text().strip())
                field.setStyleSheet(_INVALID if bad else "")
                field.setToolTip(problem)
                complete = complete and not problem
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(complete)
        self._update_preview()

    def scores(self) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for variant in self.variants():
            out[variant] = {
                dim.key: value
                for dim in self.instrument.dimensions
                if (value := typed_score(self.fields[(variant, dim.key)].text())) is not None
            }
        return out

    def valid_scores(self) -> dict[str, dict[str, float]]:
        """The scores that pass the range check, on the instrument's scale (for the preview)."""
        instrument = self.instrument
        out: dict[str, dict[str, float]] = {}
        for variant, scores in self.scores().items():
            out[variant] = {}
            for key, value in scores.items():
                dim = instrument.dimension(key)
                if dim is None or self.field_problem(variant, dim):
                    continue
                percent = self.percent.isChecked()
                out[variant][key] = instrument.from_percent(key, value) if percent else value
        return out

    def _update_preview(self) -> None:
        instrument = self.instrument
        taken_on: date = self.taken_on.date().toPython()  # type: ignore[assignment]
        profiles = []
        for variant, shown in self.valid_scores().items():
            if shown:
                box = self.label_boxes.get(variant)
                result = ProfileResult(
                    coachee_id=self.coachee_id,
                    instrument_key=instrument.key,
                    taken_on=taken_on,
                    variant=variant,
                    label=box.currentData() if box else "",
                )
                profiles.append(Profile(result, shown))
        # A chart takes a few ms to draw: redraw once typing pauses, not on every key.
        self.preview.set_chart(
            lambda w, h, dark: profile_chart(
                instrument, profiles, lang=self.lang, width=w, height=h, dark=dark
            ),
            delay_ms=120,
        )

    def suggest_labels(self) -> None:
        for variant, scores in self.valid_scores().items():
            key = suggest_label(self.instrument, scores)
            box = self.label_boxes[variant]
            box.setCurrentIndex(max(0, box.findData(key)))
        self._update_preview()

    # --- saving ---------------------------------------------------------------------

    def save(self) -> None:
        labels = {v: box.currentData() or "" for v, box in self.label_boxes.items()}
        try:
            stored = run_op(
                self.practice.profiles.record_many,
                self.coachee_id,
                self.instrument.key,
                self.scores(),
                self.taken_on.date().toPython(),  # type: ignore[arg-type]
                labels=labels,
                note=self.note.text(),
                percent=self.percent.isChecked(),
            )
        except CoachDeskError as exc:
            self.error.setText(exc.message(self.lang))
            return
        self.error.clear()
        self.profileRecorded.emit(stored)
        self.accept()
