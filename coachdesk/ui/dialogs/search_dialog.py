"""Search everything (Ctrl+Shift+F): one field, results as you type, open the hit.

    dialog = SearchDialog(practice, parent)
    dialog.sessionRequested.connect(lambda session_id, query: ...)   # open it, editor.reveal(query)
    dialog.trajectoryRequested.connect(...)                          # hits in goals, intake, agreements without a session
    dialog.coacheeRequested.connect(...)                             # hits in a name
    dialog.show()

Searching runs off the GUI thread (ui/tasks.run_task), a short pause after the
last keystroke; an answer to an older query is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.changes import Changes
from coachdesk.core.practice import Practice
from coachdesk.core.search import SearchHit
from coachdesk.errors import CoachDeskError
from coachdesk.i18n import Lang, default_language
from coachdesk.ui.a11y import ReadingOrderTabs
from coachdesk.ui.bus import bus
from coachdesk.ui.models.search_results import HIT_ROLE, SearchHitDelegate, SearchResultsModel
from coachdesk.ui.tasks import run_task


class SearchDialog(ReadingOrderTabs, QDialog):
    sessionRequested = Signal(int, str)  # session id, the query (for SessionEditor.reveal)
    trajectoryRequested = Signal(int)  # trajectory id
    coacheeRequested = Signal(int)  # coachee id
    searched = Signal(str, int)  # query, number of hits shown (after results arrived)

    DEBOUNCE_MS = 180
    LIMIT = 50  # per kind

    def __init__(
        self, practice: Practice, parent: QWidget | None = None, *, lang: Lang | None = None
    ):
        super().__init__(parent)
        self.practice = practice
        self.lang: Lang = lang or default_language()
        self._generation = 0
        self.setWindowTitle(self.tr("Search everything"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 10)
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr("Search notes, agreements, goals, intake questions and names…")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search everything"))
        self.field.setStyleSheet("QLineEdit { font-size: 16px; padding: 6px 8px; }")
        self.field.textChanged.connect(self._schedule)
        self.field.returnPressed.connect(self._activate_current)
        self.field.installEventFilter(self)
        layout.addWidget(self.field)
        # A shared screen, a screenshot for a colleague: private notes stay out of the results.
        self.shared_only = QCheckBox(self.tr("Shared text only (leave private notes out)"))
        self.shared_only.setToolTip(
            self.tr("For when the screen is shared: results from private notes are not shown.")
        )
        self.shared_only.toggled.connect(lambda _on: self.run_search())
        layout.addWidget(self.shared_only)
        self.status = QLabel(self.tr("Type a word, or the start of one. Accents do not matter."))
        self.status.setStyleSheet("color: #5b6675;")
        layout.addWidget(self.status)
        self.model = SearchResultsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Results"))
        self.list.setAccessibleDescription(
            self.tr("Up and Down in the search field choose a result, Enter opens it.")
        )
        kinds = {
            "coachee": self.tr("Coachee"),
            "session": self.tr("Session note"),
            "agreement": self.tr("Agreement"),
            "goal": self.tr("Goal"),
            "trajectory": self.tr("Trajectory"),
        }
        self.list.setItemDelegate(
            SearchHitDelegate(kinds, self.tr("private"), self.lang, self.list)
        )
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.activated.connect(self._activate)
        self.list.doubleClicked.connect(self._activate)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_search)
        bus().practiceChanged.connect(self._practice_changed)

    # --- searching ----------------------------------------------------------------

    def _practice_changed(self, changes: Changes) -> None:
        """Texts changed elsewhere (a note typed, a coachee deleted): search again."""
        searched = ("coachee", "trajectory", "coaching_session", "agreement", "goal")
        if self.field.text().strip() and changes.touches(*searched, ignoring=("updated_at",)):
            self._schedule()

    def _schedule(self) -> None:
        self._timer.start(self.DEBOUNCE_MS)

    def run_search(self) -> None:
        """Search for the field's text now (off the GUI thread)."""
        self._timer.stop()
        self._generation += 1
        generation, query = self._generation, self.field.text()
        if not query.strip():
            self._show(generation, query, [])
            return
        practice, limit, shared = self.practice, self.LIMIT, self.shared_only.isChecked()
        run_task(
            lambda _ctx: practice.search.find(query, limit=limit, shared_only=shared),
            on_done=lambda hits: self._show(generation, query, hits),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, query: str, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # an answer to an older query
        self.model.set_hits(hits)
        if not query.strip():
            self.status.setText(self.tr("Type a word, or the start of one. Accents do not matter."))
        elif not hits:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(
                self.tr("1 result — Enter opens it.")
                if len(hits) == 1
                else self.tr("%1 results — Enter opens the selected one.").replace(
                    "%1", str(len(hits))
                )
            )
            counts: dict[str, int] = {}
            for hit in hits:
                counts[hit.kind] = counts.get(hit.kind, 0) + 1
            if max(counts.values()) >= self.LIMIT:
                self.status.setText(
                    self.status.text()
                    + " "
                    + self.tr("Showing the newest %1 per kind; type more to narrow down.").replace(
                        "%1", str(self.LIMIT)
                    )
                )
            self.list.setCurrentIndex(self.model.index(0))
        self.searched.emit(query, len(hits))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        text = exc.message(self.lang) if isinstance(exc, CoachDeskError) else str(exc)
        self.status.setText(self.tr("Search failed: %1").replace("%1", text))

    # --- opening a hit -------------------------------------------------------------------

    def _activate_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        index = self.list.currentIndex()
        if index.isValid():
            self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        hit: SearchHit | None = index.data(HIT_ROLE)
        if hit is None:
            return
        if hit.session_id is not None:
            self.sessionRequested.emit(hit.session_id, self.field.text())
        elif hit.trajectory_id is not None:
            self.trajectoryRequested.emit(hit.trajectory_id)
        else:
            self.coacheeRequested.emit(hit.coachee_id)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the field move through the results, so the hands stay on the keyboard.
        if watched is self.field and isinstance(event, QKeyEvent):
            key = event.key() if event.type() == QEvent.Type.KeyPress else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.list.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                row = max(0, min(self.model.rowCount() - 1, row))
                self.list.setCurrentIndex(self.model.index(row))
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.field.setFocus()
        self.field.selectAll()
