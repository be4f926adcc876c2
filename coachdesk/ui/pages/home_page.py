"""The home screen: what needs the coach today, one click from the right place.

Shown when no coachee is open (at start, and with Ctrl+1). The window fills it
from ``practice.overview.today()`` and refreshes it from the change notices.

Each section shows its first lines (core.services.overview.LIMIT) and "Show all (N)",
which opens the whole section in a list below them. The sections are declared in
core.services.overview.SECTIONS; their titles and line texts in ``_declare`` here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.formatting import last_months
from coachdesk.core.overview_lines import (  # not the ORM: the window shows at start without it
    LIMIT,
    SECTION_KEYS,
    AgreementLine,
    Part,
    SessionLine,
    TrajectoryLine,
)
from coachdesk.ui import lang
from coachdesk.ui.labels import session_mode
from coachdesk.ui.widgets.card import Card, muted
from coachdesk.ui.widgets.chart_view import ChartView

if TYPE_CHECKING:
    from coachdesk.core.overview_sections import Today

LIMIT_SHOWN = LIMIT  # lines per section before "Show all"

FULL_LIST_HEIGHT = 320  # pixels at most: a longer section scrolls inside its list


class HomePage(QScrollArea):
    coacheeRequested = Signal(int, object)  # noqa: N815 - coachee id, trajectory id or None
    sessionRequested = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("homePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(self)
        self.setWidget(inner)
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(12, 6, 12, 12)
        self.column.setSpacing(10)
        self.heading = QLabel(inner)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.column.addWidget(self.heading)
        self.quiet = muted(QLabel(self.tr("Nothing needs you right now."), inner))
        self.column.addWidget(self.quiet)
        self.sections: dict[str, Card] = {}
        self.texts: dict[str, Callable[[Any], str]] = {}
        self.expanded: set[str] = set()  # sections shown in full ("Show all")
        declared = {key: (title, describe) for key, title, describe in self._declare()}
        for key in [*SECTION_KEYS, "hours"]:
            if key == "hours":
                title = self.tr("Hours in the last 12 months")
            else:  # a section of core's SECTIONS without a title here fails at once
                title, self.texts[key] = declared[key]
            card = Card(title, inner)
            card.setObjectName(f"home_{key}")
            self.sections[key] = card
            self.column.addWidget(card)
        self.fetch_all: Callable[[str], Part | None] | None = None  # set by the window
        # Drawn on a worker (15-40 ms): a change notice paints the sections at once.
        self.chart = ChartView(inner, height=200, background=True)
        self.chart.setObjectName("hoursChart")
        self.icf = QLabel(inner)
        self.icf.setObjectName("icfHours")
        self.icf.setWordWrap(True)
        self.sections["hours"].body.addWidget(self.chart)
        self.sections["hours"].body.addWidget(self.icf)
        self.column.addStretch(1)
        self.today: Today | None = None
        self._shown: dict[str, Part] = {}  # what each section shows now
        self._buttons: dict[str, list[QPushButton]] = {}  # per section, reused
        self._lines_of: dict[str, list[Any]] = {}  # the line each button opens
        self._toggles: dict[str, QPushButton] = {}
        self._lists: dict[str, QListWidget] = {}  # a section shown in full
        self._chart_key: tuple | None = None

    def show_today(
        self, today: Today, hours: Sequence[Any], icf_hours: float = 0.0, *, chart: bool = True
    ) -> None:
        """Show a read; a section whose lines are what it shows already is left as it is
        (no new buttons, no repaint), and so is the chart with the same hours.
        ``chart=False``: not the chart yet (at start: its drawing would compete with the
        first page; the next read draws it)."""
        self.today = today
        self.heading.setText(self.tr("What needs you — {day}").format(day=lang.fmt_date(today.day)))
        changed = {}
        for section in SECTION_KEYS:
            part = today[section]
            if section in self.expanded:
                if section not in today.fresh:
                    continue  # not read again: the full list shown is still true
                if part.more > 0 and self.fetch_all is not None:
                    part = self.fetch_all(section) or part  # still in full after a change
            if self._shown.get(section) != part:
                changed[section] = part
        if changed:
            self.setUpdatesEnabled(False)  # one paint once all is filled
            try:
                for section, part in changed.items():
                    self._fill(section, part)
            finally:
                self.setUpdatesEnabled(True)
        self.quiet.setVisible(today.empty)
        months = last_months(today.day)
        rows = list(hours)
        language = lang.current()
        key = ("home_hours", language, tuple(months), tuple(_hours_key(r) for r in rows))
        if chart and key != self._chart_key:
            self._chart_key = key
            self.chart.set_chart(
                lambda w, h, dark: _hours_chart(rows, months, language, w, h, dark), key=key
            )
        self.icf.setText(
            self.tr(
                "ICF client coaching log: {hours} hours coached in all. An ACC credential asks "
                "for 100 hours, PCC for 500."
            ).format(hours=lang.fmt_number(icf_hours))
        )

    # --- lines ------------------------------------------------------------------

    def _declare(self) -> tuple[tuple[str, str, Callable[[Any], str]], ...]:
        """The title and the line text of every section (core's SECTIONS, by key)."""
        return (
            ("today", self.tr("Today"), self._session_text),
            ("week", self.tr("Later this week"), self._session_text),
            ("confirm", self.tr("Sessions to confirm"), self._session_text),
            ("overdue", self.tr("Overdue agreements"), self._agreement_text),
            (
                "near_end",
                self.tr("Nearly through the contract (80% or more)"),
                self._contract_text,
            ),
            ("no_next", self.tr("Active, but no next session planned"), self._trajectory_text),
            ("past_end", self.tr("Past the planned end"), self._end_text),
        )

    def _fill(self, key: str, part: Part) -> None:
        """Show ``part`` in its card: the line buttons there are given the new lines (no
        widgets made and deleted per change), or the whole section as one list."""
        self._shown[key] = part
        card = self.sections[key]
        card.setVisible(part.total > 0)
        describe = self.texts[key]
        full = len(part.lines) > LIMIT_SHOWN and part.more == 0 and key in self.expanded
        old = self._lists.pop(key, None)
        if old is not None:
            card.body.removeWidget(old)
            old.hide()
            old.deleteLater()
        if full:  # the whole section: one list widget, not a button per line
            self._set_lines(key, card, [])
            view = QListWidget(card)
            view.setObjectName(f"home_{key}_all")
            view.setAccessibleName(card.title.text())
            view.setUniformItemSizes(True)
            for line in part.lines:
                item = QListWidgetItem(describe(line), view)
                item.setData(Qt.ItemDataRole.UserRole, line)
            view.itemActivated.connect(lambda item: self._open(item.data(Qt.ItemDataRole.UserRole)))
            view.itemClicked.connect(lambda item: self._open(item.data(Qt.ItemDataRole.UserRole)))
            rows = view.sizeHintForRow(0) * view.count() + 2 * view.frameWidth() + 2
            view.setFixedHeight(min(FULL_LIST_HEIGHT, rows))  # no empty space below
            card.body.insertWidget(0, view)
            self._lists[key] = view
            view.show()
        else:
            self._set_lines(key, card, part.lines[:LIMIT_SHOWN])
        toggle = self._toggles.get(key)
        if part.total <= LIMIT_SHOWN:
            if toggle is not None:
                toggle.hide()
            return
        if toggle is None:
            toggle = self._toggles[key] = _flat_button(card)
            toggle.setObjectName(f"home_{key}_toggle")
            toggle.clicked.connect(lambda _=False, k=key: self.toggle_all(k))
            card.body.addWidget(toggle)
        toggle.setText(
            self.tr("Show fewer")
            if full
            else self.tr("Show all ({count})").format(count=lang.fmt_number(part.total))
        )
        toggle.show()

    def _set_lines(self, key: str, card: Card, lines: list[Any]) -> None:
        """One button per line, reused: new ones only when there are more lines."""
        buttons = self._buttons.setdefault(key, [])
        self._lines_of[key] = list(lines)
        while len(buttons) < len(lines):
            n = len(buttons)
            button = _flat_button(card)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, k=key, i=n: self._open(self._lines_of[k][i]))
            card.body.insertWidget(n, button)  # before the toggle
            buttons.append(button)
        describe = self.texts[key]
        for button, line in zip(buttons, lines, strict=False):
            text = describe(line)
            if button.text() != text:
                button.setText(text)
                button.setAccessibleName(text)
            button.show()  # at once, not after the layout's queued show
        for button in buttons[len(lines) :]:
            button.hide()

    def toggle_all(self, key: str) -> None:
        """Show a section in full, or back to its first lines."""
        if self.today is None:
            return
        if key in self.expanded:
            self.expanded.discard(key)
            self._fill(key, self.today[key])
            return
        full = self.fetch_all(key) if self.fetch_all is not None else None
        if full is not None:
            self.expanded.add(key)
            self._fill(key, full)

    def _open(self, line: Any) -> None:
        if isinstance(line, SessionLine):
            self._open_session(line)
        else:
            self._open_trajectory(line)

    def _session_text(self, s: SessionLine) -> str:
        when = lang.fmt_datetime(s.starts_at)
        place = s.location if s.mode == "in_person" and s.location else session_mode(s.mode)
        text = f"{when} · {s.coachee_name} · {place}"
        if s.status == "planned" and s.starts_at <= datetime.now():
            text += " · " + self.tr("held, cancelled or a no-show?")
        return text

    def _agreement_text(self, a: AgreementLine) -> str:
        due = lang.fmt_date(a.due_date)
        return self.tr("{name}: {text} (due {date})").format(
            name=a.coachee_name, text=a.text, date=due
        )

    def _contract_text(self, t: TrajectoryLine) -> str:
        parts = [f"{t.coachee_name} · {t.title}"]
        if t.contracted_sessions:
            parts.append(
                self.tr("{used} of {total} sessions").format(
                    used=t.sessions_used, total=t.contracted_sessions
                )
            )
        if t.contracted_hours:
            parts.append(
                self.tr("{used} of {total} hours").format(
                    used=lang.fmt_number(t.hours_used), total=lang.fmt_number(t.contracted_hours)
                )
            )
        return " · ".join(parts)

    def _trajectory_text(self, t: TrajectoryLine) -> str:
        return f"{t.coachee_name} · {t.title}"

    def _end_text(self, t: TrajectoryLine) -> str:
        return self.tr("{name} · {title} (planned end {date})").format(
            name=t.coachee_name, title=t.title, date=lang.fmt_date(t.planned_end)
        )

    def _open_session(self, s: SessionLine) -> None:
        self.coacheeRequested.emit(s.coachee_id, s.trajectory_id)
        self.sessionRequested.emit(s.session_id)

    def _open_trajectory(self, line: Any) -> None:
        self.coacheeRequested.emit(line.coachee_id, line.trajectory_id)


def _hours_key(row: Any) -> tuple:
    """What the chart draws of a month (HoursRow is mutable, so not a key itself)."""
    return (row.key, row.paid_hours, row.pro_bono_hours)


def _flat_button(parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setFlat(True)
    button.setStyleSheet("QPushButton { text-align: left; padding: 2px 4px; }")
    return button


def _hours_chart(*args: Any) -> Any:
    """report.hours_chart's chart, loading reportlab where it is drawn (the chart's worker)."""
    from coachdesk.report.hours_chart import hours_chart

    return hours_chart(*args)
