"""A trajectory at a glance, from Practice.trajectory_overview.

Sections are Cards kept in ``self.sections`` by key ("intake", "progress",
"sessions", "agreements", "goals", "profiles"); other features (goal charts,
profile charts, the session-notes editor) add their widgets with
``dashboard.sections[key].add_extra(widget)`` and listen to ``overviewShown``.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.records import GoalProgress, TrajectoryOverview
from coachdesk.report.charts import goal_progress_chart, profile_chart
from coachdesk.ui import lang
from coachdesk.ui.labels import session_mode, trajectory_status
from coachdesk.ui.pages.agreement_rows import AgreementRows
from coachdesk.ui.widgets.card import Card, muted
from coachdesk.ui.widgets.chart_view import ChartView

# Charts are drawn once the new cards are laid out (one draw at the final size).
CHART_DELAY_MS = 20
OVERDUE_LIGHT, OVERDUE_DARK = "#c62828", "#ff7a70"  # red on light / dark palettes


def trend_arrow(goal: GoalProgress) -> str:
    trend = goal.trend
    if trend is None:
        return ""
    if trend > 0:
        return "▲"
    if trend < 0:
        return "▼"
    return "▶"


def goal_chart_key(progress: GoalProgress) -> tuple:
    """All that goal_progress_chart draws from (see ChartView's key)."""
    return (
        "goal",
        lang.current(),
        progress.goal.title,
        tuple((r.rated_on, r.value) for r in progress.ratings),
    )


class TrajectoryDashboard(QScrollArea):
    overviewShown = Signal(object)  # noqa: N815 - TrajectoryOverview

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.overview: TrajectoryOverview | None = None
        # key -> Instrument (or None when not installed); set by the window's features.
        self.instrument_lookup: Callable[[str], Any] | None = None
        inner = QWidget(self)
        self.setWidget(inner)
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(12, 6, 12, 12)
        self.column.setSpacing(10)

        self.title = QLabel(inner)
        self.title.setObjectName("trajectoryTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = muted(QLabel(inner))
        self.subtitle.setObjectName("trajectorySubtitle")
        self.subtitle.setWordWrap(True)
        self.column.addWidget(self.title)
        self.column.addWidget(self.subtitle)

        self.sections: dict[str, Card] = {}
        self.intake = self._label("intakeQuestion")
        self._card("intake", self.tr("Intake question")).body.addWidget(self.intake)

        progress = QGridLayout()
        self.sessions_label = self._label("sessionsLabel")
        self.sessions_bar = self._bar("sessionsBar")
        self.hours_label = self._label("hoursLabel")
        self.hours_bar = self._bar("hoursBar")
        progress.addWidget(self.sessions_label, 0, 0)
        progress.addWidget(self.sessions_bar, 0, 1)
        progress.addWidget(self.hours_label, 1, 0)
        progress.addWidget(self.hours_bar, 1, 1)
        progress.setColumnStretch(1, 1)
        self.planned_label = muted(self._label("plannedLabel"))
        progress.addWidget(self.planned_label, 2, 0, 1, 2)
        self._card("progress", self.tr("Sessions and hours")).body.addLayout(progress)

        self.next_session = self._label("nextSession")
        self.last_session = self._label("lastSession")
        card = self._card("sessions", self.tr("Appointments"))
        self.to_confirm = self._label("sessionsToConfirm")
        card.body.addWidget(self.next_session)
        card.body.addWidget(self.last_session)
        card.body.addWidget(self.to_confirm)

        self.agreement_rows = AgreementRows(self._alert_colour(), inner)
        self.agreementTicked = self.agreement_rows.agreementTicked
        self.agreementEditRequested = self.agreement_rows.agreementEditRequested
        self._card("agreements", self.tr("Agreements")).body.addWidget(self.agreement_rows)
        self.evaluation = self._label("closingEvaluation")
        self._card("evaluation", self.tr("Closing")).body.addWidget(self.evaluation)
        self.goals = QGridLayout()
        self.goals.setColumnStretch(0, 1)
        self.goals.setHorizontalSpacing(16)
        goals_card = self._card("goals", self.tr("Goals"))
        goals_card.body.addLayout(self.goals)
        # Shown alone, in the first row's cell, when there are no goals.
        self.no_goals = muted(QLabel(self.tr("No goals yet."), inner))
        self.goals.addWidget(self.no_goals, 0, 0)
        # Row n of the grid: (title, score, trend) labels, kept and refilled in order;
        # rows not needed now are hidden (switching trajectories builds no widgets).
        self._goal_rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.goal_charts = QVBoxLayout()
        # In the goals' order; the first len(charted goals) are shown, the rest hidden.
        self._goal_chart_views: list[ChartView] = []
        goals_card.body.addLayout(self.goal_charts)
        self.profiles = QVBoxLayout()
        self.no_profiles = muted(QLabel(self.tr("No profiles recorded."), inner))
        self.profiles.addWidget(self.no_profiles)  # always the first item, shown or not
        self._card("profiles", self.tr("Latest profiles")).body.addLayout(self.profiles)
        self.column.addStretch(1)

    # --- building blocks ----------------------------------------------------------

    def _card(self, key: str, title: str) -> Card:
        card = Card(title, self.widget())
        card.setObjectName(f"section_{key}")
        self.sections[key] = card
        self.column.addWidget(card)
        return card

    def _label(self, name: str) -> QLabel:
        label = QLabel(self.widget())
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _bar(self, name: str) -> QProgressBar:
        bar = QProgressBar(self.widget())
        bar.setObjectName(name)
        bar.setTextVisible(False)
        bar.setMaximumHeight(12)
        return bar

    # --- filling ------------------------------------------------------------------------

    def show_overview(self, overview: TrajectoryOverview) -> None:
        # Filled with updates off: no widget paints (a QProgressBar repaints at once on
        # setValue) or is laid out part-filled; one update when all is in.
        inner = self.widget()
        inner.setUpdatesEnabled(False)
        try:
            self._show_overview(overview)
        finally:
            inner.setUpdatesEnabled(True)

    def _show_overview(self, overview: TrajectoryOverview) -> None:
        self.overview = overview
        t = overview.trajectory
        self.title.setText(t.title)
        parts = [trajectory_status(t.status)]
        if overview.closed and t.ended_on:
            parts[0] = self.tr("{status} (closed {date})").format(
                status=parts[0], date=lang.fmt_date(t.ended_on)
            )
        if overview.sponsor is not None:
            sponsor = overview.sponsor.organisation
            if overview.sponsor.contact_name:
                sponsor += f" ({overview.sponsor.contact_name})"
            parts.append(self.tr("sponsor: {name}").format(name=sponsor))
        if t.start_date or t.planned_end:
            parts.append(
                f"{lang.fmt_date(t.start_date) or '…'} – {lang.fmt_date(t.planned_end) or '…'}"
            )
        self.subtitle.setText(" · ".join(parts))
        self.intake.setText(t.intake_question or self.tr("No intake question recorded."))
        self._fill_progress(overview)
        self._fill_sessions(overview)
        self._fill_agreements(overview)
        self._fill_closing(overview)
        self._fill_goals(overview)
        self._fill_profiles(overview)
        self.overviewShown.emit(overview)

    def _over(self, label: QLabel, over: bool) -> None:
        """Mark a figure that is past what was contracted (red, with the excess said)."""
        label.setProperty("overContract", over)
        label.setStyleSheet(f"color: {self._alert_colour()}; font-weight: bold;" if over else "")

    def _alert_colour(self) -> str:
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        return OVERDUE_DARK if dark else OVERDUE_LIGHT

    def _fill_progress(self, o: TrajectoryOverview) -> None:
        if o.sessions_contracted:
            text = self.tr("{used} of {total} sessions").format(
                used=o.sessions_used, total=o.sessions_contracted
            )
            excess = o.sessions_used - o.sessions_contracted
            if excess > 0:
                text += " — " + self.tr("{count} more than contracted").format(count=excess)
            self.sessions_label.setText(text)
            self._over(self.sessions_label, excess > 0)
            self.sessions_bar.setRange(0, o.sessions_contracted)
            self.sessions_bar.setValue(min(o.sessions_used, o.sessions_contracted))
            self.sessions_bar.show()
        else:
            self.sessions_label.setText(
                self.tr("%n session(s) (none contracted)", "", o.sessions_used)
            )
            self.sessions_bar.hide()
            self._over(self.sessions_label, False)
        hours = lang.fmt_number(o.hours_used)
        if o.hours_contracted:
            over = o.minutes_used > round(o.hours_contracted * 60)
            text = self.tr("{used} of {total} hours").format(
                used=hours, total=lang.fmt_number(o.hours_contracted)
            )
            if over:
                text += " — " + self.tr("more than contracted")
            self.hours_label.setText(text)
            self._over(self.hours_label, over)
            self.hours_bar.setRange(0, round(o.hours_contracted * 60))
            self.hours_bar.setValue(min(o.minutes_used, round(o.hours_contracted * 60)))
            self.hours_bar.show()
        else:
            self.hours_label.setText(self.tr("{used} hours (none contracted)").format(used=hours))
            self._over(self.hours_label, False)
            self.hours_bar.hide()
        self.planned_label.setText(
            self.tr("{count} more planned").format(count=o.sessions_planned)
            if o.sessions_planned
            else ""
        )
        self.planned_label.setVisible(bool(o.sessions_planned))

    def _fill_sessions(self, o: TrajectoryOverview) -> None:
        def describe(session) -> str:  # noqa: ANN001
            return f"{lang.fmt_datetime(session.starts_at)} · {session_mode(session.mode)}"

        self.next_session.setText(
            self.tr("Next: {when}").format(when=describe(o.next_session))
            if o.next_session
            else self.tr("Next: none planned")
        )
        self.last_session.setText(
            self.tr("Last: {when}").format(when=describe(o.last_session))
            if o.last_session
            else self.tr("Last: none yet")
        )
        confirm = len(o.sessions_to_confirm)
        self.to_confirm.setText(
            self.tr("%n session(s) to confirm: held, cancelled or a no-show?", "", confirm)
        )
        self.to_confirm.setVisible(bool(confirm))

    def _fill_agreements(self, o: TrajectoryOverview) -> None:
        self.agreement_rows.alert_colour = self._alert_colour()
        self.agreement_rows.fill(
            o.open_agreements, {a.id for a in o.overdue_agreements}, o.closed_agreements
        )

    def _fill_closing(self, o: TrajectoryOverview) -> None:
        t = o.trajectory
        self.sections["evaluation"].setVisible(o.closed)
        if not o.closed:
            return
        outcome = {
            "completed": self.tr("Completed"),
            "ended_early": self.tr("Ended early"),
            "cancelled": self.tr("Cancelled"),
        }.get(t.outcome, trajectory_status(t.status))
        lines = [
            self.tr("{outcome} on {date}").format(outcome=outcome, date=lang.fmt_date(t.ended_on))
            if t.ended_on
            else outcome
        ]
        if t.outcome_reason:
            lines.append(self.tr("Reason: {reason}").format(reason=t.outcome_reason))
        for title, text in (
            (self.tr("Coach"), t.closing_evaluation),
            (self.tr("Coachee"), t.coachee_evaluation),
            (self.tr("Sponsor"), t.sponsor_evaluation),
        ):
            if text.strip():
                lines.append(f"{title}: {text.strip()}")
        self.evaluation.setText("\n\n".join(lines))

    def _fill_goals(self, o: TrajectoryOverview) -> None:
        self.no_goals.setVisible(not o.goals)
        rows = self._goal_rows
        while len(rows) < len(o.goals):
            rows.append(self._goal_row(len(rows)))
        for n, (title, score, arrow) in enumerate(rows):
            if n >= len(o.goals):
                if not title.isHidden():  # kept for later, with nothing of this goal
                    for label in (title, score, arrow):
                        label.hide()
                        label.setText("")
                        label.setObjectName("")
                    arrow.setToolTip("")
                continue
            for label in (title, score, arrow):
                label.show()
            progress = o.goals[n]
            title.setText(progress.goal.title)
            latest = progress.latest
            score.setText(
                self.tr("{value} / 10").format(value=lang.fmt_number(latest))
                if latest is not None
                else self.tr("not rated")
            )
            score.setObjectName(f"goalScore_{progress.goal.id}")
            arrow.setText(trend_arrow(progress))
            arrow.setObjectName(f"goalTrend_{progress.goal.id}")
            arrow.setToolTip(
                self.tr("{change} since the previous rating").format(
                    change=("+" if progress.trend > 0 else "") + lang.fmt_number(progress.trend)
                )
                if progress.trend is not None
                else ""
            )
        # The chart views are kept and reused in order; one whose goal and ratings did not
        # change (a change notice showing the same trajectory again) is not drawn again.
        charted = [p for p in o.goals if len(p.ratings) >= 2]  # one point is no line
        views = self._goal_chart_views
        while len(views) < len(charted):
            view = ChartView(self.widget(), height=150)
            views.append(view)
            self.goal_charts.addWidget(view)
        for n, chart in enumerate(views):
            if n >= len(charted):
                if not chart.isHidden():
                    chart.set_chart(None)  # nothing drawn or due while hidden
                    chart.setObjectName("")
                    chart.hide()
                continue
            progress = charted[n]
            chart.setObjectName(f"goalChart_{progress.goal.id}")
            chart.set_chart(
                lambda w, h, dark, p=progress: goal_progress_chart(
                    p, lang=lang.current(), width=w, height=h, dark=dark
                ),
                delay_ms=CHART_DELAY_MS,
                key=goal_chart_key(progress),
            )
            chart.show()

    def _goal_row(self, row: int) -> tuple[QLabel, QLabel, QLabel]:
        title = QLabel(self.widget())
        title.setWordWrap(True)
        score = QLabel(self.widget())
        score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        arrow = QLabel(self.widget())
        self.goals.addWidget(title, row, 0)
        self.goals.addWidget(score, row, 1)
        self.goals.addWidget(arrow, row, 2)
        return title, score, arrow

    def _fill_profiles(self, o: TrajectoryOverview) -> None:
        while self.profiles.count() > 1:  # all but the "none" label
            gone = self.profiles.takeAt(1).widget()
            if gone is not None:
                gone.hide()
                gone.deleteLater()
        self.no_profiles.setVisible(not o.profiles)
        ordered = sorted(o.profiles, key=lambda p: p.result.instrument_key)
        for key, group in groupby(ordered, key=lambda p: p.result.instrument_key):
            items = list(group)
            instrument = self.instrument_lookup(key) if self.instrument_lookup else None
            if instrument is None:  # not installed (any more): the scores as text
                for profile in items:
                    scores = ", ".join(
                        f"{dim} {lang.fmt_number(v)}" for dim, v in profile.scores.items()
                    )
                    label = QLabel(f"{key} {profile.result.variant}: {scores}".strip())
                    label.setWordWrap(True)
                    self.profiles.addWidget(label)
                continue
            chart = ChartView(self.widget(), height=250)
            chart.setObjectName(f"profileChart_{key}")
            chart.set_chart(
                lambda w, h, dark, i=instrument, ps=items: profile_chart(
                    i, ps, lang=lang.current(), width=w, height=h, dark=dark
                ),
                delay_ms=CHART_DELAY_MS,
            )
            self.profiles.addWidget(chart)  # the chart names the instrument and the date
