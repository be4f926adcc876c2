"""Ctrl+K: jump to any coachee or trajectory by typing a few letters."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.folding import fold, fold_words
from coachdesk.ui import a11y
from coachdesk.ui.a11y import ReadingOrderTabs
from coachdesk.ui.icons import icon

LIMIT = 40


@dataclass(frozen=True, slots=True)
class Target:
    kind: str  # "coachee" or "trajectory"
    id: int
    coachee_id: int
    text: str
    detail: str
    key: str  # folded search text


def rank(targets: list[Target], query: str, limit: int = LIMIT) -> list[Target]:
    """Targets whose folded text holds every word; word starts first, coachees first."""
    needles = fold_words(query)
    if not needles:
        return targets[:limit]
    found = [t for t in targets if all(n in t.key for n in needles)]
    first = needles[0]

    def score(t: Target) -> tuple[int, int, str]:
        starts = t.key.startswith(first) or f" {first}" in t.key
        return (0 if starts else 1, 0 if t.kind == "coachee" else 1, t.key)

    found.sort(key=score)
    return found[:limit]


def make_target(kind: str, id: int, coachee_id: int, text: str, detail: str) -> Target:
    return Target(kind, id, coachee_id, text, detail, fold(f"{text} {detail}"))


class QuickSwitcher(ReadingOrderTabs, QDialog):
    def __init__(self, targets: list[Target], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Go to"))
        self.targets = targets
        self.chosen: Target | None = None
        self.query = QLineEdit(self)
        self.query.setObjectName("switcherQuery")
        self.query.setPlaceholderText(self.tr("Type a few letters of a coachee or trajectory"))
        a11y.name(self.query, self.tr("Go to a coachee or trajectory"))
        self.results = QListWidget(self)
        self.results.setObjectName("switcherResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        hint_text = self.tr("↑↓ to choose, Enter to open, Esc to close")
        a11y.name(self.results, self.tr("Matches"), hint_text)
        # Steered from the field: Up and Down choose, Enter opens (eventFilter below).
        a11y.reached_by(self.results, hint_text)
        hint = QLabel(hint_text, self)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(hint)
        self.resize(520, 380)
        self._person = icon("person")
        self._trajectory = icon("trajectory")
        self.query.textChanged.connect(self._update)
        self.query.returnPressed.connect(self._choose)
        self.results.itemActivated.connect(self._choose)
        self.query.installEventFilter(self)
        self._update("")

    def _update(self, text: str) -> None:
        self.results.clear()
        for target in rank(self.targets, text):
            item = QListWidgetItem(
                self._person if target.kind == "coachee" else self._trajectory,
                f"{target.text}  —  {target.detail}" if target.detail else target.text,
            )
            item.setData(Qt.ItemDataRole.UserRole, target)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _choose(self, *_args: object) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
