"""The left-hand coachee list: filter field, status filter, sortable table."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.records import CoacheeRow
from coachdesk.ui import a11y, lang
from coachdesk.ui.icons import icon
from coachdesk.ui.models.coachee_table import (
    COL_LAST_SESSION,
    COL_NAME,
    COL_ORGANISATION,
    COL_TAGS,
    CoacheeFilterModel,
    CoacheeTableModel,
)

TEXT_MARGIN = 4  # pixels each side of a cell's text, at least what Qt's styles use


class CoacheeListPanel(QWidget):
    coacheeSelected = Signal(int)  # noqa: N815 - Qt naming
    coacheeActivated = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CoacheeTableModel(self)
        self.proxy = CoacheeFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("coacheeFilter")
        self.filter.setPlaceholderText(self.tr("Find by name, organisation or tag (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find coachee"))
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Active"), "active")
        self.status.addItem(self.tr("Archived"), "archived")
        self.status.addItem(self.tr("All"), None)
        self.status.setToolTip(self.tr("Show coachees with this status"))
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.setAccessibleDescription(self.tr("Show coachees with this status"))

        self.view = QTableView(self)
        self.view.setObjectName("coacheeTable")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.setAccessibleName(self.tr("Coachees"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.view.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        vertical = self.view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NAME, 165)
        # The organisation takes what is left (elided when narrow): no sideways scrolling
        # on a small screen, the date always whole.
        header.setSectionResizeMode(COL_ORGANISATION, QHeaderView.ResizeMode.Stretch)
        # Wide enough for any date, once: sized to its contents, the column asked the rows
        # in sight for their size (some 200 data() calls) after every filter keystroke,
        # and its width jumped with the rows shown (issue 11).
        header.setSectionResizeMode(COL_LAST_SESSION, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_LAST_SESSION, self._date_column_width())
        # A double-click on a column edge sizes it from the rows in sight only: by default
        # Qt asks 1,000 rows for their size (some 9,000 data() calls).
        header.setResizeContentsPrecision(0)
        header.setStretchLastSection(False)
        header.setSectionHidden(COL_TAGS, True)  # searched, but not shown: keeps the list narrow
        header.setAccessibleName(self.tr("Columns of the coachee list"))
        self.sort_actions = self._make_sort_actions()
        # The header sorts by mouse; by keyboard the same is in Coachee > Sort list.
        a11y.reached_by(header, self.tr("Coachee > Sort list"))
        header.sortIndicatorChanged.connect(self._sort_changed)
        self._sort_changed(header.sortIndicatorSection(), header.sortIndicatorOrder())

        self.count = QLabel(self)
        self.count.setObjectName("coacheeCount")

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

        self.filter.textChanged.connect(self._filter_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(self._activated)
        # Not on rowsRemoved/rowsInserted: a filter change emits those once per range.
        self.proxy.modelReset.connect(self._update_count)
        # After the view has heard of the new rows (it connected first, in setModel).
        self.proxy.modelReset.connect(self._lay_out_rows)
        self.proxy.layoutChanged.connect(self._lay_out_rows)
        self._quiet = False
        self.proxy.set_status("active")
        self.setTabOrder(self.filter, self.status)
        self.setTabOrder(self.status, self.view)

    # --- data ---------------------------------------------------------------------

    def set_rows(self, rows: Sequence[CoacheeRow]) -> None:
        current = self.current_id()
        self.model.set_rows(rows)  # a reset: the count follows
        if current is not None:
            self.select(current, emit=False, reveal=False)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.proxy.coachee_id(index.row()) if index.isValid() else None

    def select(self, coachee_id: int, emit: bool = True, reveal: bool = True) -> bool:
        """Select a coachee; ``reveal`` clears filters that hide it."""
        row = self.proxy.proxy_row_of(coachee_id)
        src = self.model.find(coachee_id)
        if row is None and reveal and src is not None:
            self.filter.clear()
            if self.proxy.status not in (None, src.status):
                self.status.setCurrentIndex(self.status.findData(src.status))
            row = self.proxy.proxy_row_of(coachee_id)
        if row is None:
            return False
        index = self.proxy.index(row, COL_NAME)
        self._quiet = not emit  # the view must still hear about the selection to repaint
        selection = self.view.selectionModel()
        selection.select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._quiet = False
        self.view.scrollTo(index)
        return True

    def set_status_filter(self, status: str | None) -> None:
        self.status.setCurrentIndex(self.status.findData(status))

    # --- slots --------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        current = self.current_id()
        self.proxy.set_text(text)
        self._after_filter(current)

    def _status_changed(self, _index: int) -> None:
        current = self.current_id()
        self.proxy.set_status(self.status.currentData())
        self._after_filter(current)

    def _after_filter(self, current: int | None) -> None:
        """A filter change resets the rows (the count follows the reset): keep the open
        coachee selected if it still shows."""
        if current is not None:
            self.select(current, emit=False, reveal=False)

    def _lay_out_rows(self) -> None:
        """Lay the rows out now, before the list repaints.

        A reset or a new order only marks the view for layout; left to itself, the view
        lays out at the start of its next paint, and the header and scroll bar changes
        made there ask for a second full repaint (two paints a filter keystroke)."""
        self.view.executeDelayedItemsLayout()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.coacheeSelected.emit(self.proxy.coachee_id(current.row()))

    def _activated(self, index: QModelIndex) -> None:
        self.coacheeActivated.emit(self.proxy.coachee_id(index.row()))

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.total
        self.count.setText(self.tr("{shown} of %n coachee(s)", "", total).format(shown=shown))

    def _date_column_width(self) -> int:
        """The widest last-session date (any weekday and month) or the column's title."""
        metrics = self.view.fontMetrics()
        year = date.today().year
        widest = max(
            metrics.horizontalAdvance(lang.fmt_date(date(year, month, day)))
            for month in range(1, 13)
            for day in range(22, 29)  # two digits, every weekday
        )
        # The cell's text margins (the delegate's: the style's focus frame margin, 1-2 px
        # in Qt's styles, plus 1), and a little room. Not asked of the style at start:
        # the first QStyle in Python makes PySide6 create all its enums (4.4 ms).
        header = self.view.horizontalHeader()
        return max(widest + 2 * TEXT_MARGIN + 4, header.sectionSizeHint(COL_LAST_SESSION))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            header = self.view.horizontalHeader()
            header.resizeSection(COL_LAST_SESSION, self._date_column_width())

    # --- sorting by keyboard -------------------------------------------------------

    def _make_sort_actions(self) -> list[QAction]:
        """Sort by name / organisation / last session, and newest or Z first: the
        header's clicks as menu items (the window puts them under Coachee)."""
        group = QActionGroup(self)
        actions = []
        for column, text in (
            (COL_NAME, self.tr("By &name")),
            (COL_ORGANISATION, self.tr("By &organisation")),
            (COL_LAST_SESSION, self.tr("By &last session")),
        ):
            action = QAction(text, self)
            action.setObjectName(f"sort_column_{column}")
            action.setCheckable(True)
            action.setData(column)
            action.triggered.connect(
                lambda _=False, c=column: self.view.sortByColumn(c, self._sort_order())
            )
            group.addAction(action)
            actions.append(action)
        self._reverse = QAction(self.tr("&Reverse order"), self)
        self._reverse.setObjectName("sort_reverse")
        self._reverse.setCheckable(True)
        self._reverse.triggered.connect(
            lambda _=False: self.view.sortByColumn(
                self.view.horizontalHeader().sortIndicatorSection(), self._sort_order()
            )
        )
        actions.append(self._reverse)
        return actions

    def _sort_order(self) -> Qt.SortOrder:
        return (
            Qt.SortOrder.DescendingOrder
            if self._reverse.isChecked()
            else Qt.SortOrder.AscendingOrder
        )

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """The menu shows how the list is sorted, however it was sorted."""
        for action in self.sort_actions:
            if action is not self._reverse:
                action.setChecked(action.data() == column)
        self._reverse.setChecked(order == Qt.SortOrder.DescendingOrder)

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()
