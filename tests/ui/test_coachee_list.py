"""The coachee list panel: a filter keystroke repaints the list once, the date column fits."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from coachdesk.core.records import CoacheeRow
from coachdesk.ui import lang
from coachdesk.ui.models.coachee_table import COL_LAST_SESSION
from coachdesk.ui.pages.coachee_list import CoacheeListPanel

NAMES = ["Jan", "Janneke", "Anaïs", "Bram", "Zoë", "Ömer", "Jasper", "Sanne"]


def rows(count: int) -> list[CoacheeRow]:
    first = datetime(2025, 1, 1, 10)
    return [
        CoacheeRow(
            n + 1,
            f"{NAMES[n % len(NAMES)]} {n:03d}",
            f"Gemeente {n % 7}",
            "",
            "",
            "active" if n % 5 else "archived",
            None if n % 9 == 0 else first + timedelta(days=3 * n),  # every weekday and month
            1,
        )
        for n in range(count)
    ]


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle() -> None:
    app = QApplication.instance()
    for _ in range(3):  # every posted event (layout, repaint) done
        app.sendPostedEvents()
        app.processEvents()


def make_panel(qtbot, language: str = "nl") -> CoacheeListPanel:
    lang.set_current(language)
    panel = CoacheeListPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 600)
    panel.set_rows(rows(300))
    panel.show()
    qtbot.waitExposed(panel)
    settle()
    return panel


@pytest.fixture
def panel(qtbot):
    return make_panel(qtbot)


def type_and_count_paints(panel, qtbot, keys: str) -> list[int]:
    paints = Paints()
    panel.view.viewport().installEventFilter(paints)
    counts = []
    for key in keys:
        paints.count = 0
        qtbot.keyClick(panel.filter, key)
        settle()
        counts.append(paints.count)
    panel.view.viewport().removeEventFilter(paints)
    return counts


@pytest.mark.parametrize("status", ["active", None])
def test_a_filter_keystroke_repaints_the_list_once(panel, qtbot, status):
    """A reset left to the view lays out in its next paint and asks for a second one."""
    panel.set_status_filter(status)
    settle()
    assert type_and_count_paints(panel, qtbot, "jan") == [1, 1, 1]
    assert panel.proxy.rowCount() > 30  # more than in sight: the scroll bar stays
    # (A key that hides or shows the scroll bar changes the list's width: a repaint more.)


def test_filtering_keeps_the_selection_and_the_count(panel, qtbot):
    jan = next(r.id for r in rows(300) if r.name.startswith("Janneke") and r.status == "active")
    panel.select(jan, emit=False)
    settle()
    shown = []
    for key in "jan":
        assert type_and_count_paints(panel, qtbot, key) == [1]
        assert panel.current_id() == jan  # still selected
        shown.append(panel.proxy.rowCount())
    assert shown[0] >= shown[1] >= shown[2] > 0
    assert panel.count.text() == panel.tr("{shown} of %n coachee(s)", "", 300).format(
        shown=shown[2]
    )
    qtbot.keyClick(panel.filter, "x")
    settle()
    assert panel.proxy.rowCount() == 0 and panel.current_id() is None
    qtbot.keyClick(panel.filter, Qt.Key.Key_Backspace)
    settle()
    assert panel.proxy.rowCount() == shown[2]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_date_column_holds_every_date_whole(qtbot, language):
    try:
        panel = make_panel(qtbot, language)
        panel.set_status_filter(None)
        view, header = panel.view, panel.view.horizontalHeader()
        header.setResizeContentsPrecision(-1)  # ask every row, not only those in sight
        view.verticalHeader().setResizeContentsPrecision(-1)
        needed = view.sizeHintForColumn(COL_LAST_SESSION)
        assert needed > 0 and header.sectionSize(COL_LAST_SESSION) >= needed
        assert header.sectionSize(COL_LAST_SESSION) >= header.sectionSizeHint(COL_LAST_SESSION)
    finally:
        lang.set_current("nl")
