"""The home screen: what needs the coach today, one click from the right place.

Shown when no coachee is open (at start, and with Ctrl+1). The window fills it
from ``practice.overview.today()`` and refreshes it from the change notices.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from coachdesk.core.services.overview import (
    AgreementLine,
    SessionLine,
    Today,
    TrajectoryLine,
)
from coachdesk.report.hours_chart import hours_chart, last_months
from coachdesk.ui import lang
from coachdesk.ui.labels import session_mode
from coachdesk.ui.widgets.card import Card, clear_layout, muted
from coachdesk.ui.widgets.chart_view import ChartView

MAX_LINES = 8  # per section; the rest is counted


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
        for key, title in (
            ("today", self.tr("Today")),
            ("week", self.tr("Later this week")),
            ("confirm", self.tr("Sessions to confirm")),
            ("overdue", self.tr("Overdue agreements")),
            ("near_end", self.tr("Nearly through the contract (80% or more)")),
            ("no_next", self.tr("Active, but no next session planned")),
            ("past_end", self.tr("Past the planned end")),
            ("hours", self.tr("Hours in the last 12 months")),
        ):
            card = Card(title, inner)
            card.setObjectName(f"home_{key}")
            self.sections[key] = card
            self.column.addWidget(card)
        self.chart = ChartView(inner, height=200)
        self.chart.setObjectName("hoursChart")
        self.icf = QLabel(inner)
        self.icf.setObjectName("icfHours")
        self.icf.setWordWrap(True)
        self.sections["hours"].body.addWidget(self.chart)
        self.sections["hours"].body.addWidget(self.icf)
        self.column.addStretch(1)
        self.today: Today | None = None

    def show_today(self, today: Today, hours: Sequence[Any], icf_hours: float = 0.0) -> None:
        self.today = today
        self.heading.setText(self.tr("What needs you — {day}").format(day=lang.fmt_date(today.day)))
        self._fill("today", today.sessions_today, self._session_text, self._open_session)
        self._fill("week", today.sessions_this_week, self._session_text, self._open_session)
        self._fill("confirm", today.to_confirm, self._session_text, self._open_session)
        self._fill("overdue", today.overdue_agreements, self._agreement_text, self._open_trajectory)
        self._fill("near_end", today.near_contract_end, self._contract_text, self._open_trajectory)
        self._fill("no_next", today.no_next_session, self._trajectory_text, self._open_trajectory)
        self._fill("past_end", today.past_planned_end, self._end_text, self._open_trajectory)
        self.quiet.setVisible(today.empty)
        months = last_months(today.day)
        rows = list(hours)
        self.chart.set_chart(
            lambda w, h, dark: hours_chart(rows, months, lang.current(), w, h, dark)
        )
        self.icf.setText(
            self.tr(
                "ICF client coaching log: {hours} hours coached in all. An ACC credential asks "
                "for 100 hours, PCC for 500."
            ).format(hours=lang.fmt_number(icf_hours))
        )

    # --- lines ------------------------------------------------------------------

    def _fill(
        self,
        key: str,
        lines: Sequence[Any],
        describe: Callable[[Any], str],
        open_line: Callable[[Any], None],
    ) -> None:
        card = self.sections[key]
        clear_layout(card.body)
        card.setVisible(bool(lines))
        for line in lines[:MAX_LINES]:
            button = QPushButton(describe(line), card)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("QPushButton { text-align: left; padding: 2px 4px; }")
            button.setAccessibleName(describe(line))
            button.clicked.connect(lambda _=False, x=line: open_line(x))
            card.body.addWidget(button)
            button.show()  # at once, not after the layout's queued show
        if len(lines) > MAX_LINES:
            more = len(lines) - MAX_LINES
            card.body.addWidget(muted(QLabel(self.tr("… and %n more", "", more), card)))

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
