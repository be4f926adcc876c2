"""The goals of one trajectory: order (drag), status, ratings over time and their chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.changes import Changes
from coachdesk.core.practice import Practice
from coachdesk.core.records import GoalProgress
from coachdesk.core.services.notes import NOTE_TEXT
from coachdesk.errors import CoachDeskError
from coachdesk.report.charts import goal_progress_chart
from coachdesk.ui import lang
from coachdesk.ui.bus import bus
from coachdesk.ui.tasks import run_op
from coachdesk.ui.widgets.chart_view import ChartView, ui_lang

GOAL_ID = Qt.ItemDataRole.UserRole


class GoalsView(QWidget):
    """Goals list (drag to reorder) on the left; the selected goal's chart and ratings right."""

    goalsChanged = Signal()
    ratingAdded = Signal(int)

    def __init__(self, practice: Practice, trajectory_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.practice = practice
        self.trajectory_id = trajectory_id
        self._progress: dict[int, GoalProgress] = {}
        self._loading = False

        self.goal_list = QListWidget()
        self.goal_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.goal_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.goal_list.setAccessibleName(self.tr("Goals"))
        self.goal_list.model().rowsMoved.connect(self._on_rows_moved)
        self.goal_list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.new_title = QLineEdit(placeholderText=self.tr("New goal…"))
        self.new_title.setAccessibleName(self.tr("New goal"))
        self.new_title.returnPressed.connect(self.add_goal)
        self.add_goal_button = add = QPushButton(self.tr("Add goal"), clicked=self.add_goal)
        up = QPushButton(self.tr("Up"), clicked=lambda: self._move(-1))
        down = QPushButton(self.tr("Down"), clicked=lambda: self._move(+1))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.goal_list, 1)
        moves = QHBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        left_layout.addLayout(moves)
        adding = QHBoxLayout()
        adding.addWidget(self.new_title, 1)
        adding.addWidget(add)
        left_layout.addLayout(adding)

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Goal title"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QPlainTextEdit()
        self.criteria = QPlainTextEdit(placeholderText=self.tr("How will you notice it?"))
        for edit in (self.description, self.criteria):
            edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
            edit.setTabChangesFocus(True)
        self.save_goal_button = QPushButton(self.tr("Save goal"), clicked=self.save_goal)
        self.delete_goal_button = QPushButton(self.tr("Delete goal…"), clicked=self.delete_goal)
        self.status = QComboBox()
        for key, text in (
            ("open", self.tr("Open")),
            ("achieved", self.tr("Achieved")),
            ("dropped", self.tr("Dropped")),
        ):
            self.status.addItem(text, key)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.activated.connect(self._status_chosen)
        self.chart = ChartView(height=190)

        self.value = QDoubleSpinBox(minimum=0, maximum=10, singleStep=0.5, decimals=1)
        self.value.setValue(5)
        self.rated_on = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.rated_on.setDisplayFormat(lang.DATE_FORMAT)  # as every date field: "wo 26 nov 2026"
        self.session = QComboBox()
        self.comment = QLineEdit(placeholderText=self.tr("What made the difference? (optional)"))
        self.add_rating_button = QPushButton(self.tr("Add rating"), clicked=self.add_rating)
        rating_box = QGroupBox(self.tr("New rating (0–10)"))
        form = QFormLayout(rating_box)
        form.addRow(self.tr("Rating"), self.value)
        form.addRow(self.tr("Date"), self.rated_on)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Comment"), self.comment)
        form.addRow("", self.add_rating_button)

        self.ratings = QTreeWidget()
        self.ratings.setHeaderLabels(
            [self.tr("Date"), self.tr("Rating"), self.tr("Session"), self.tr("Comment")]
        )
        self.ratings.setRootIsDecorated(False)
        self.ratings.setAccessibleName(self.tr("Ratings of this goal"))
        self.ratings.header().setAccessibleName(self.tr("Columns"))
        self.delete_rating_button = QPushButton(
            self.tr("Delete rating"), clicked=self.delete_rating
        )
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()

        right = QWidget()
        details = QFormLayout()
        details.addRow(self.tr("Description"), self.description)
        details.addRow(self.tr("How will you notice it?"), self.criteria)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.save_goal_button)
        status_row.addWidget(self.delete_goal_button)
        details.addRow(self.tr("Status"), status_row)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title)
        right_layout.addLayout(details)
        right_layout.addWidget(self.chart, 3)
        lower = QHBoxLayout()
        lower.addWidget(rating_box)
        rating_list = QVBoxLayout()
        rating_list.addWidget(self.ratings, 1)
        rating_list.addWidget(self.delete_rating_button, 0, Qt.AlignmentFlag.AlignRight)
        lower.addLayout(rating_list, 1)
        right_layout.addLayout(lower, 2)
        right_layout.addWidget(self.error)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._own_write = False
        self.reload()
        bus().practiceChanged.connect(self._practice_changed)

    # --- data ---------------------------------------------------------------

    def _practice_changed(self, changes: Changes) -> None:
        """A rating or goal written elsewhere (a session window, an undo): show it too."""
        if self._own_write or not changes.touches("goal", "goal_rating", "coaching_session"):
            return
        if changes.touches("goal", "goal_rating") or changes.touches(
            "coaching_session", ignoring=NOTE_TEXT
        ):
            self.commit_edits()  # typed text is never dropped by a refresh
            self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the goals again (after a change here or elsewhere)."""
        current = select if select is not None else self.current_goal_id()
        self._progress = {
            p.goal.id: p  # type: ignore[misc]
            for p in self.practice.goals.list_progress(self.trajectory_id)
        }
        self._loading = True
        self.goal_list.clear()
        for progress in self._progress.values():
            item = QListWidgetItem(self._item_text(progress))
            item.setData(GOAL_ID, progress.goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            if progress.goal.status == "dropped":
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
            self.goal_list.addItem(item)
            if progress.goal.id == current:
                self.goal_list.setCurrentItem(item)
        if self.goal_list.currentItem() is None and self.goal_list.count():
            self.goal_list.setCurrentRow(0)
        self._loading = False
        self._load_sessions()
        self._show_selected()

    def _item_text(self, progress: GoalProgress) -> str:
        mark = {"achieved": "✓ ", "dropped": "– "}.get(progress.goal.status, "")
        text = f"{mark}{progress.goal.title}"
        if progress.latest is not None:
            arrow = {"up": " ▲", "down": " ▼"}.get(progress.direction, "")
            text += f"   {lang.fmt_number(progress.latest)}{arrow}"
        return text

    def _load_sessions(self) -> None:
        self.session.clear()
        self.session.addItem(self.tr("— not from a session —"), None)
        for s in reversed(self.practice.sessions.list(self.trajectory_id)):
            self.session.addItem(lang.fmt_date(s.starts_at), s.id)

    def _select_quietly(self, goal_id: int | None) -> None:
        self._loading = True
        for n in range(self.goal_list.count()):
            if self.goal_list.item(n).data(GOAL_ID) == goal_id:
                self.goal_list.setCurrentRow(n)
        self._loading = False

    def current_goal_id(self) -> int | None:
        item = self.goal_list.currentItem()
        return item.data(GOAL_ID) if item is not None else None

    def commit_edits(self) -> bool:
        """Write the shown goal's edited title, description and criteria (on switching
        goals and on closing: edits are never dropped). False when they were refused."""
        goal_id = getattr(self, "_shown_goal_id", None)
        progress = self._progress.get(goal_id) if goal_id is not None else None
        if progress is None:
            return True
        goal = progress.goal
        edited = {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "success_criteria": self.criteria.toPlainText(),
        }
        changes = {k: v for k, v in edited.items() if v != getattr(goal, k)}
        if not changes:
            return True
        if not self._run(lambda: self.practice.goals.update(goal_id, **changes)):
            return False
        for key, value in changes.items():
            setattr(goal, key, value.strip() if key == "title" else value)
        for n in range(self.goal_list.count()):
            item = self.goal_list.item(n)
            if item.data(GOAL_ID) == goal_id:
                item.setText(self._item_text(progress))
        self.goalsChanged.emit()
        return True

    def _show_selected(self) -> None:
        if self._loading:
            return
        if not self.commit_edits():  # refused (an empty title): stay on that goal
            self._select_quietly(self._shown_goal_id)
            return
        goal_id = self.current_goal_id()
        self._shown_goal_id = goal_id
        progress = self._progress.get(goal_id) if goal_id is not None else None
        enabled = progress is not None
        for widget in (
            self.status,
            self.add_rating_button,
            self.value,
            self.comment,
            self.title,
            self.description,
            self.criteria,
            self.save_goal_button,
            self.delete_goal_button,
            self.delete_rating_button,
        ):
            widget.setEnabled(enabled)
        self.ratings.clear()
        if progress is None:
            self.title.clear()
            self.title.setPlaceholderText(self.tr("No goals yet: add the first one on the left."))
            self.description.clear()
            self.criteria.clear()
            self.chart.set_chart(None)
            return
        goal = progress.goal
        self.title.setText(goal.title)
        self.description.setPlainText(goal.description)
        self.criteria.setPlainText(goal.success_criteria)
        self.status.setCurrentIndex(max(0, self.status.findData(goal.status)))
        self.chart.set_chart(
            lambda w, h, dark: goal_progress_chart(
                progress, lang=ui_lang(), width=w, height=h, dark=dark
            )
        )
        sessions = {
            self.session.itemData(i): self.session.itemText(i)
            for i in range(1, self.session.count())
        }
        for r in reversed(progress.ratings):
            item = QTreeWidgetItem(
                [
                    lang.fmt_date(r.rated_on),
                    lang.fmt_number(r.value),
                    sessions.get(r.session_id, "") if r.session_id else "",
                    r.comment,
                ]
            )
            item.setData(0, GOAL_ID, r.id)
            self.ratings.addTopLevelItem(item)

    # --- actions ----------------------------------------------------------------

    def _run(self, action) -> bool:  # type: ignore[no-untyped-def]
        self._own_write = True  # this view shows its own writes itself
        try:
            run_op(action)
        except CoachDeskError as exc:
            self.error.setText(exc.message(ui_lang()))
            self.error.show()
            return False
        finally:
            self._own_write = False
        self.error.hide()
        return True

    def add_goal(self) -> None:
        title = self.new_title.text()
        created: list[int] = []
        if self._run(
            lambda: created.append(self.practice.goals.create(self.trajectory_id, title).id)
        ):
            self.new_title.clear()
            self.reload(select=created[0])
            self.goalsChanged.emit()

    def add_rating(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id is None:
            return
        rated_on: date = self.rated_on.date().toPython()  # type: ignore[assignment]
        if self._run(
            lambda: self.practice.goals.rate(
                goal_id,
                self.value.value(),
                rated_on,
                session_id=self.session.currentData(),
                comment=self.comment.text(),
            )
        ):
            self.comment.clear()
            self.reload(select=goal_id)
            self.ratingAdded.emit(goal_id)
            self.goalsChanged.emit()

    def save_goal(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id is not None and self._run(
            lambda: self.practice.goals.update(
                goal_id,
                title=self.title.text(),
                description=self.description.toPlainText(),
                success_criteria=self.criteria.toPlainText(),
            )
        ):
            self.reload(select=goal_id)
            self.goalsChanged.emit()

    def delete_goal(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete goal"),
            self.tr("Delete the goal “%1” and all its ratings?").replace(
                "%1", self._progress[goal_id].goal.title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and self._run(
            lambda: self.practice.goals.delete(goal_id)
        ):
            self.reload()
            self.goalsChanged.emit()

    def delete_rating(self) -> None:
        goal_id, item = self.current_goal_id(), self.ratings.currentItem()
        if goal_id is None or item is None:
            return
        rating_id = item.data(0, GOAL_ID)
        if self._run(lambda: self.practice.goals.delete_rating(rating_id)):
            self.reload(select=goal_id)
            self.goalsChanged.emit()

    def _status_chosen(self) -> None:
        goal_id = self.current_goal_id()
        status = self.status.currentData()
        if goal_id is not None and self._run(
            lambda: self.practice.goals.set_status(goal_id, status)
        ):
            self.reload(select=goal_id)
            self.goalsChanged.emit()

    def _move(self, step: int) -> None:
        goal_id = self.current_goal_id()
        row = self.goal_list.currentRow()
        if goal_id is None or not 0 <= row + step < self.goal_list.count():
            return
        if self._run(lambda: self.practice.goals.move(goal_id, row + step)):
            self.reload(select=goal_id)
            self.goalsChanged.emit()

    def _on_rows_moved(self, *_: QModelIndex | int) -> None:
        if self._loading:
            return
        order = [self.goal_list.item(i).data(GOAL_ID) for i in range(self.goal_list.count())]
        goal_id = self.current_goal_id()
        if self._run(lambda: self.practice.goals.reorder(self.trajectory_id, order)):
            self.goalsChanged.emit()
        # Not inside the model's own move: rebuild the list once the drop is done.
        QTimer.singleShot(0, lambda: self.reload(select=goal_id))
