"""A coachee's profiles: the chart per instrument and date, the history, two dates compared."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.changes import Changes
from coachdesk.core.formatting import number, short_date
from coachdesk.core.instrument_types import Instrument
from coachdesk.core.practice import Practice
from coachdesk.core.records import ProfileSet
from coachdesk.errors import CoachDeskError
from coachdesk.report.charts import profile_chart
from coachdesk.ui.bus import bus
from coachdesk.ui.dialogs.profile_dialog import ProfileDialog
from coachdesk.ui.tasks import run_op
from coachdesk.ui.widgets.chart_view import ChartView, ui_lang

DAY = Qt.ItemDataRole.UserRole


class ProfilesView(QWidget):
    profilesChanged = Signal()
    instrumentImported = Signal(str)

    def __init__(self, practice: Practice, coachee_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.practice = practice
        self.coachee_id = coachee_id
        self.lang = ui_lang()
        self.history: list[ProfileSet] = []

        self.instrument_box = QComboBox()
        self.instrument_box.currentIndexChanged.connect(lambda *_: self._load_history())
        record = QPushButton(self.tr("Record profile…"), clicked=self.record_profile)
        import_button = QPushButton(self.tr("Import instrument…"), clicked=self.choose_import)
        bar = QHBoxLayout()
        instrument_label = QLabel(self.tr("Instrument"))
        instrument_label.setBuddy(self.instrument_box)
        bar.addWidget(instrument_label)
        bar.addWidget(self.instrument_box, 1)
        bar.addWidget(record)
        bar.addWidget(import_button)

        self.dates = QListWidget()
        self.dates.setAccessibleName(self.tr("History"))
        self.dates.setWordWrap(True)
        self.dates.setSpacing(2)
        self.dates.currentItemChanged.connect(lambda *_: self._show())
        self.compare = QCheckBox(self.tr("Compare with"))
        self.compare.toggled.connect(lambda *_: self._show())
        self.other_date = QComboBox()
        self.other_date.setAccessibleName(self.tr("Date to compare with"))
        self.other_date.currentIndexChanged.connect(lambda *_: self._show())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("History")))
        left_layout.addWidget(self.dates, 1)
        self.delete_button = QPushButton(self.tr("Delete this date…"), clicked=self.delete_selected)
        left_layout.addWidget(self.delete_button)
        left_layout.addWidget(self.compare)
        left_layout.addWidget(self.other_date)

        self.chart = ChartView(height=230)
        self.other_chart = ChartView(height=230)
        for view in (self.chart, self.other_chart):
            view.setMaximumHeight(460)
        self.other_chart.hide()
        charts = QHBoxLayout()
        charts.addWidget(self.chart)
        charts.addWidget(self.other_chart)
        self.changes = QTreeWidget()
        self.changes.setAccessibleName(self.tr("Changes between the two dates"))
        self.changes.header().setAccessibleName(self.tr("Columns"))
        self.changes.setRootIsDecorated(False)
        self.changes.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.changes.hide()
        self.licence = QLabel(wordWrap=True)
        self.licence.setEnabled(False)
        self.message = QLabel(wordWrap=True)
        self.message.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(charts, 3)
        right_layout.addWidget(self.changes, 2)
        right_layout.addWidget(self.licence)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.reload()
        bus().practiceChanged.connect(self._practice_changed)

    # --- loading --------------------------------------------------------------------

    @property
    def instrument(self) -> Instrument | None:
        key = self.instrument_box.currentData()
        return self.instruments.get(key) if key else None

    def _practice_changed(self, changes: Changes) -> None:
        """Profiles written here or elsewhere (an undo of a delete): show what is stored."""
        if changes.touches("profile_result", "profile_score"):
            self.reload()

    def reload(self, select: str | None = None) -> None:
        self.instruments = self.practice.profiles.instruments()
        taken = self.practice.profiles.instruments_of(self.coachee_id)
        current = select or self.instrument_box.currentData() or (taken[0] if taken else None)
        self.instrument_box.blockSignals(True)
        self.instrument_box.clear()
        for key in [*taken, *(k for k in self.instruments if k not in taken)]:
            if key not in self.instruments:
                continue
            name = self.instruments[key].name(self.lang)
            self.instrument_box.addItem(f"● {name}" if key in taken else name, key)
        self.instrument_box.setCurrentIndex(max(0, self.instrument_box.findData(current)))
        self.instrument_box.blockSignals(False)
        self._load_history()

    def _load_history(self, select: date | None = None) -> None:
        instrument = self.instrument
        self.history = (
            self.practice.profiles.history(self.coachee_id, instrument.key) if instrument else []
        )
        self.dates.blockSignals(True)
        self.other_date.blockSignals(True)
        self.dates.clear()
        self.other_date.clear()
        for ps in reversed(self.history):
            item = QListWidgetItem(self._describe(ps))
            item.setData(DAY, ps.taken_on)
            self.dates.addItem(item)
            self.other_date.addItem(self._day(ps.taken_on), ps.taken_on)
            if ps.taken_on == select:
                self.dates.setCurrentItem(item)
        if self.dates.currentItem() is None and self.dates.count():
            self.dates.setCurrentRow(0)
        if self.other_date.count() > 1:
            self.other_date.setCurrentIndex(1)
        self.dates.blockSignals(False)
        self.other_date.blockSignals(False)
        self.delete_button.setEnabled(bool(self.history))
        self.compare.setEnabled(len(self.history) > 1)
        self.other_date.setEnabled(len(self.history) > 1)
        self.licence.setText(instrument.licence_text(self.lang) if instrument else "")
        self._show()

    def _other_than(self, day: date) -> None:
        for n in range(self.other_date.count()):
            if self.other_date.itemData(n) != day:
                self.other_date.blockSignals(True)
                self.other_date.setCurrentIndex(n)
                self.other_date.blockSignals(False)
                return

    def _day(self, day: date) -> str:
        return short_date(day, self.lang)

    def _describe(self, ps: ProfileSet) -> str:
        instrument = self.instrument
        parts = []
        for p in ps.profiles:
            name = instrument.variant_name(p.result.variant, self.lang) if instrument else ""
            label = ""
            if p.result.label and instrument and instrument.labels:
                option = instrument.labels.option(p.result.label)
                label = option.name(self.lang) if option else p.result.label
            parts.append(f"{name} ({label})" if name and label else name or label)
        detail = ", ".join(x for x in parts if x)
        return f"{self._day(ps.taken_on)}" + (f"\n{detail}" if detail else "")

    def selected_set(self) -> ProfileSet | None:
        item = self.dates.currentItem()
        day = item.data(DAY) if item else None
        return next((ps for ps in self.history if ps.taken_on == day), None)

    def other_set(self) -> ProfileSet | None:
        day = self.other_date.currentData()
        return next((ps for ps in self.history if ps.taken_on == day), None)

    def _show(self) -> None:
        instrument = self.instrument
        chosen = self.selected_set()
        if instrument is None:
            self.chart.set_chart(None)
            return
        shown = chosen.profiles if chosen else []
        self.chart.set_chart(self._builder(instrument, shown))
        if chosen is not None and self.other_date.currentData() == chosen.taken_on:
            self._other_than(chosen.taken_on)  # never compare a date with itself
        other = self.other_set() if self.compare.isChecked() else None
        comparing = other is not None and chosen is not None and other.taken_on != chosen.taken_on
        self.other_chart.setVisible(comparing)
        self.changes.setVisible(comparing)
        if comparing:
            assert other is not None and chosen is not None
            older, newer = sorted((other, chosen), key=lambda ps: ps.taken_on)
            self.chart.set_chart(self._builder(instrument, older.profiles))
            self.other_chart.set_chart(self._builder(instrument, newer.profiles))
            self._fill_changes(instrument, older.taken_on, newer.taken_on)

    def _builder(self, instrument: Instrument, profiles: list):  # type: ignore[no-untyped-def]
        lang = self.lang
        return lambda w, h, dark: profile_chart(
            instrument, profiles, lang=lang, width=w, height=h, dark=dark
        )

    def _fill_changes(self, instrument: Instrument, first: date, second: date) -> None:
        comparison = self.practice.profiles.compare(self.coachee_id, instrument.key, first, second)
        self.changes.clear()
        self.changes.setHeaderLabels(
            [self.tr("Dimension"), self._day(first), self._day(second), self.tr("Change")]
        )
        for newer in comparison.second.profiles:
            variant = newer.result.variant
            older = comparison.first.variant(variant)
            for dim in instrument.dimensions:
                if dim.key not in newer.scores:
                    continue
                name = dim.name(self.lang)
                if variant:
                    name += f" · {instrument.variant_name(variant, self.lang)}"
                change = comparison.changes.get(variant, {}).get(dim.key)
                was = older.scores.get(dim.key) if older else None
                self.changes.addTopLevelItem(
                    QTreeWidgetItem(
                        [
                            name,
                            "" if was is None else number(was, self.lang, instrument.decimals),
                            number(newer.scores[dim.key], self.lang, instrument.decimals),
                            ""
                            if change is None
                            else ("+" if change > 0 else "")
                            + number(change, self.lang, instrument.decimals),
                        ]
                    )
                )

    # --- actions ------------------------------------------------------------------------

    def record_profile(self) -> ProfileDialog:
        dialog = ProfileDialog(
            self.practice, self.coachee_id, self, self.instrument_box.currentData()
        )
        dialog.profileRecorded.connect(self._recorded)
        dialog.open()
        return dialog

    def _recorded(self, profiles: list) -> None:
        if profiles:
            first = profiles[0].result
            self.reload(select=first.instrument_key)
            self._load_history(select=first.taken_on)
        self.profilesChanged.emit()

    def delete_selected(self) -> None:
        """Delete the results of the selected date (all variants), after asking."""
        chosen, instrument = self.selected_set(), self.instrument
        if chosen is None or instrument is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete profile"),
            self.tr("Delete %1 of %2?")
            .replace("%1", instrument.name(self.lang))
            .replace("%2", self._day(chosen.taken_on)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            run_op(self._delete_all, [p.result.id for p in chosen.profiles])
        except CoachDeskError as exc:
            self.message.setText(exc.message(self.lang))
            self.message.show()
        self.reload(select=instrument.key)
        self.profilesChanged.emit()

    def _delete_all(self, result_ids: list[int | None]) -> None:
        for result_id in result_ids:
            if result_id is not None:
                self.practice.profiles.delete(result_id)

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import instrument"), "", self.tr("Instrument files (*.json)")
        )
        if path:
            self.import_instrument_file(path)

    def import_instrument_file(self, path: str) -> bool:
        try:
            instrument = self.practice.profiles.import_instrument(path)
        except CoachDeskError as exc:
            self.message.setStyleSheet("color: #c0392b;")
            self.message.setText(exc.message(self.lang))
            self.message.show()
            return False
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Instrument added: %1").replace("%1", instrument.name(self.lang))
        )
        self.message.show()
        self.reload(select=instrument.key)
        self.instrumentImported.emit(instrument.key)
        return True
