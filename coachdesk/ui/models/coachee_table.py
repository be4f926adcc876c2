"""The coachee list: a table model over CoacheeRow and its filter/sort proxy.

Built for 10,000 rows: each row's folded search text is computed once when the
rows arrive, so a keystroke is a substring test per row. Sorting happens in the
source model with precomputed keys (one Python sort instead of a comparison
call per pair), and the proxy only filters.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from coachdesk.core.records import CoacheeRow
from coachdesk.ui import lang
from coachdesk.ui.models.qt_none import no_data
from coachdesk.ui.models.text import fold, words

COL_NAME, COL_ORGANISATION, COL_TAGS, COL_LAST_SESSION = range(4)
COLUMN_COUNT = 4

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
ROW_ROLE = Qt.ItemDataRole.UserRole + 5

_NEVER = datetime.min
Index = QModelIndex | QPersistentModelIndex


def search_key(row: CoacheeRow) -> str:
    # Folded per field: organisations and tags repeat, so the fold cache mostly hits.
    return f"{fold(row.name)}\n{fold(row.organisation)}\n{fold(row.tags)}"


class CoacheeTableModel(QAbstractTableModel):
    """Rows of the coachee list; sortable in place by column."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[CoacheeRow] = []
        self.keys: list[str] = []  # folded search text per row
        self.statuses: list[str] = []
        self.generation = 0
        self._dates: dict[int, str] = {}  # formatted last session per coachee id
        self._sort: tuple[int, Qt.SortOrder] = (COL_NAME, Qt.SortOrder.AscendingOrder)
        self._headers = {
            COL_NAME: self.tr("Name"),
            COL_ORGANISATION: self.tr("Organisation"),
            COL_TAGS: self.tr("Tags"),
            COL_LAST_SESSION: self.tr("Last session"),
        }

    # --- loading ------------------------------------------------------------

    def set_rows(self, rows: Sequence[CoacheeRow]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(list(rows), *self._sort)
        self._reindex()
        self._dates.clear()
        self.endResetModel()

    def _reindex(self) -> None:
        self.generation += 1  # proxies compare this to know their answers are stale
        self.keys = [search_key(r) for r in self.rows]
        self.statuses = [r.status for r in self.rows]

    def row_of(self, coachee_id: int) -> int | None:
        for n, row in enumerate(self.rows):
            if row.id == coachee_id:
                return n
        return None

    def coachee(self, row: int) -> CoacheeRow:
        return self.rows[row]

    # --- Qt model API ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        return no_data()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return no_data()
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return row.name
            if column == COL_ORGANISATION:
                return row.organisation
            if column == COL_TAGS:
                return row.tags
            if column == COL_LAST_SESSION:
                text = self._dates.get(row.id)
                if text is None:
                    text = self._dates[row.id] = lang.fmt_date(
                        row.last_session.date() if row.last_session else None
                    )
                return text
        elif role == ID_ROLE:
            return row.id
        elif role == STATUS_ROLE:
            return row.status
        elif role == SEARCH_ROLE:
            return self.keys[index.row()]
        elif role == SORT_ROLE:
            return self._sort_key(row, column)
        elif role == ROW_ROLE:
            return row
        elif role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME and row.role:
            return f"{row.name} — {row.role}"
        elif role == Qt.ItemDataRole.ForegroundRole and row.status == "archived":
            from PySide6.QtGui import QGuiApplication, QPalette

            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return no_data()

    # --- sorting ----------------------------------------------------------------

    @staticmethod
    def _sort_key(row: CoacheeRow, column: int) -> Any:
        if column == COL_LAST_SESSION:
            return (row.last_session or _NEVER, fold(row.name))
        if column == COL_ORGANISATION:
            return (fold(row.organisation), fold(row.name))
        if column == COL_TAGS:
            return (fold(row.tags), fold(row.name))
        return (fold(row.name), row.id)

    def _sorted(self, rows: list[CoacheeRow], column: int, order: Qt.SortOrder) -> list[CoacheeRow]:
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda r: self._sort_key(r, column), reverse=descending)

    @property
    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT or (column, order) == self._sort:
            return  # rows are kept in the current order already (set_rows sorts too)
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.rows[i.row()].id for i in old]
        rows = self.rows
        permutation = sorted(
            range(len(rows)),
            key=lambda n: self._sort_key(rows[n], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        keys, statuses = self.keys, self.statuses
        self.rows = [rows[n] for n in permutation]
        self.keys = [keys[n] for n in permutation]
        self.statuses = [statuses[n] for n in permutation]
        self.generation += 1
        position = {r.id: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            old,
            [self.index(position[i], idx.column()) for i, idx in zip(old_ids, old, strict=True)],
        )
        self.layoutChanged.emit()


class CoacheeFilterModel(QSortFilterProxyModel):
    """Filters by folded words and status; hands sorting to the source model.

    A filter change decides every row in one Python pass over the precomputed
    search keys; ``filterAcceptsRow`` (called by Qt once per row) only looks
    the answer up, which keeps a keystroke on 10,000 rows well under 16 ms.
    """

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._words: list[str] = []
        self._status: str | None = None
        self._accepted: list[bool] | None = None  # None: every row
        self._src: CoacheeTableModel | None = None
        self._generation = -1  # of the source rows that _accepted answers for

    def source(self) -> CoacheeTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def setSourceModel(self, model: CoacheeTableModel) -> None:  # type: ignore[override]  # noqa: N802
        self._src = model
        self._generation = -1
        super().setSourceModel(model)

    def _decide(self) -> None:
        src = self._src
        assert src is not None
        self._generation = src.generation
        words, status = self._words, self._status
        if not words and status is None:
            self._accepted = None
            return
        keys = src.keys
        if len(words) == 1:
            needle = words[0]
            matches = [needle in key for key in keys]
        elif words:
            matches = [all(w in key for w in words) for key in keys]
        else:
            matches = [True] * len(keys)
        if status is not None:
            statuses = src.statuses
            matches = [m and s == status for m, s in zip(matches, statuses, strict=True)]
        self._accepted = matches

    def _refilter(self) -> None:
        self.beginFilterChange()
        self._decide()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        new = words(text)
        if new != self._words:
            self._words = new
            self._refilter()

    def set_status(self, status: str | None) -> None:
        if status != self._status:
            self._status = status
            self._refilter()

    @property
    def status(self) -> str | None:
        return self._status

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self._generation != self._src.generation:  # type: ignore[union-attr]
            self._decide()  # the rows were replaced or re-sorted
        accepted = self._accepted
        return True if accepted is None else accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def coachee_id(self, proxy_row: int) -> int:
        return self.data(self.index(proxy_row, COL_NAME), ID_ROLE)  # type: ignore[no-any-return]

    def proxy_row_of(self, coachee_id: int) -> int | None:
        src_row = self.source().row_of(coachee_id)
        if src_row is None:
            return None
        index = self.mapFromSource(self.source().index(src_row, COL_NAME))
        return index.row() if index.isValid() else None
