"""One coachee: contact details, sponsors, tags, trajectories, and the dashboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.records import TrajectoryRow
from coachdesk.core.validation import tag_list
from coachdesk.ui import windows
from coachdesk.ui.labels import coachee_status, trajectory_status
from coachdesk.ui.pages.trajectory_dashboard import TrajectoryDashboard
from coachdesk.ui.widgets.card import Card, muted
from coachdesk.ui.widgets.elided_label import ElidedLabel, WrappingLabel

if TYPE_CHECKING:
    from coachdesk.core.models import Coachee, Sponsor

TRAJECTORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_COLUMN = 280  # px: the least either column of the page gets
LIST_ROOM = 320  # px: what the coachee list beside the page needs at least


def _tool_button(action: QAction, parent: QWidget, text: str | None = None) -> QToolButton:
    button = QToolButton(parent)
    if text is None:
        button.setDefaultAction(action)
    else:  # a shorter label than the menu's; follows the action's enabled state
        button.setText(text)
        button.setIcon(action.icon())
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    return button


class CoacheePage(QSplitter):
    trajectorySelected = Signal(int)  # noqa: N815
    coacheeShown = Signal(int)  # noqa: N815 - after show_coachee (the privacy card follows)

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("pageSplitter")
        self.setChildrenCollapsible(False)
        self.coachee: Coachee | None = None

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(12, 6, 6, 12)
        self.name = QLabel(left)
        self.name.setObjectName("coacheeName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.byline = muted(QLabel(left))
        self.byline.setObjectName("coacheeByline")
        self.byline.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(0)
        for key in ("edit_coachee", "archive_coachee", "delete_coachee"):
            buttons.addWidget(_tool_button(actions[key], left))
        buttons.addStretch(1)
        column.addWidget(self.name)
        column.addWidget(self.byline)
        column.addLayout(buttons)

        self.contact = Card(self.tr("Contact"), left)
        self.contact.setObjectName("section_contact")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        # One-line values are elided ("…", the whole text in the tooltip), longer ones
        # wrap: neither asks for more width than the column has (no text cut off).
        for key, label, one_line in (
            ("email", self.tr("Email"), True),
            ("phone", self.tr("Phone"), True),
            ("organisation", self.tr("Organisation"), True),
            ("role", self.tr("Role"), True),
            ("sponsors", self.tr("Sponsors"), False),
            ("tags", self.tr("Tags"), False),
            ("notes", self.tr("Notes"), False),
        ):
            value: QLabel
            if one_line:
                mode = (
                    Qt.TextElideMode.ElideMiddle if key == "email" else Qt.TextElideMode.ElideRight
                )
                value = ElidedLabel(left, mode)
            else:
                value = WrappingLabel(left)
            value.setObjectName(f"field_{key}")
            if not one_line:  # an elided one is copied whole from its context menu
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.contact.body.addLayout(form)
        column.addWidget(self.contact)
        self.column = column  # features add a card after the contact (ui/privacy_ui.py)

        trajectories = Card(self.tr("Trajectories"), left)
        trajectories.setObjectName("section_trajectories")
        self.trajectories = QListWidget(left)
        self.trajectories.setObjectName("trajectoryList")
        self.trajectories.setAccessibleName(self.tr("Trajectories"))
        self.trajectories.setMinimumHeight(90)
        trajectories.body.addWidget(self.trajectories)
        row = QHBoxLayout()
        row.setSpacing(0)
        for key, text in (
            ("new_trajectory", self.tr("New")),
            ("edit_trajectory", self.tr("Edit")),
            ("delete_trajectory", self.tr("Delete")),
        ):
            row.addWidget(_tool_button(actions[key], left, text))
        row.addStretch(1)
        trajectories.body.addLayout(row)
        column.addWidget(trajectories, 1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)
        scroll.setMinimumWidth(280)
        self._left_scroll = scroll
        self.dashboard = TrajectoryDashboard(self)
        self.no_trajectory = muted(QLabel(self.tr("This coachee has no trajectory yet."), self))
        self.no_trajectory.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget(self)
        stack = QVBoxLayout(right)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.dashboard)
        stack.addWidget(self.no_trajectory)
        self.addWidget(scroll)
        self.addWidget(right)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self._right = right
        # Where the screen has room, neither column is squeezed below what its contents
        # need (the splitter takes the room from elsewhere): nothing is cut off.
        left.installEventFilter(self)
        self.dashboard.widget().installEventFilter(self)
        self._keep_columns_whole()
        self.trajectories.currentItemChanged.connect(self._trajectory_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest:
            self._keep_columns_whole()
        return False

    def _keep_columns_whole(self) -> None:
        """The columns' minimum widths follow the minimum width of what they show, when
        the screen has room for both beside the coachee list (1280 px does); on a
        narrower screen they may scroll sideways rather than push the window off it."""
        needed = []
        for area in (self._left_scroll, self.dashboard):
            inner = area.widget()
            width = 0 if inner is None else inner.minimumSizeHint().width()
            width += 2 * area.frameWidth() + area.verticalScrollBar().sizeHint().width()
            needed.append(max(width, MIN_COLUMN))
        room = windows.available_geometry(self).width() - LIST_ROOM
        if sum(needed) + self.handleWidth() > room:
            needed = [MIN_COLUMN, 0]
        for holder, width in zip((self._left_scroll, self._right), needed, strict=True):
            if holder.minimumWidth() != width:
                holder.setMinimumWidth(width)

    def show_coachee(
        self,
        coachee: Coachee,
        trajectories: list[TrajectoryRow],
        sponsors: list[Sponsor],
        select_trajectory: int | None = None,
    ) -> None:
        self.coachee = coachee
        self.name.setText(coachee.name)
        byline = " · ".join(x for x in (coachee.role, coachee.organisation) if x)
        if coachee.status == "archived":
            byline = (
                f"{byline} · {coachee_status('archived')}" if byline else coachee_status("archived")
            )
        self.byline.setText(byline)
        self.byline.setVisible(bool(byline))
        values = {
            "email": coachee.email,
            "phone": coachee.phone,
            "organisation": coachee.organisation,
            "role": coachee.role,
            "sponsors": "\n".join(
                s.organisation + (f" ({s.contact_name})" if s.contact_name else "")
                for s in sponsors
            ),
            "tags": " · ".join(tag_list(coachee.tags)),
            "notes": coachee.notes,
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")
        self.trajectories.blockSignals(True)
        self.trajectories.clear()
        for t in trajectories:
            used = (
                f"{t.sessions_used}/{t.contracted_sessions}"
                if t.contracted_sessions
                else str(t.sessions_used)
            )
            item = QListWidgetItem(f"{t.title}\n{trajectory_status(t.status)} · {used}")
            item.setData(TRAJECTORY_ID_ROLE, t.id)
            self.trajectories.addItem(item)
        self.trajectories.blockSignals(False)
        has = bool(trajectories)
        self.dashboard.setVisible(has)
        self.no_trajectory.setVisible(not has)
        if has:
            ids = [t.id for t in trajectories]
            row = ids.index(select_trajectory) if select_trajectory in ids else 0
            self.trajectories.setCurrentRow(row)
            # setCurrentRow does not signal when the row number stays the same.
            self._trajectory_changed(self.trajectories.currentItem(), None)
        self.coacheeShown.emit(coachee.id)

    def current_trajectory_id(self) -> int | None:
        item = self.trajectories.currentItem()
        return item.data(TRAJECTORY_ID_ROLE) if item is not None else None

    def _trajectory_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.trajectorySelected.emit(current.data(TRAJECTORY_ID_ROLE))
