"""Search hits as a list model, and a delegate that draws them with highlighted words."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from coachdesk.core.formatting import short_date
from coachdesk.core.search import HL_CLOSE, HL_OPEN, SearchHit
from coachdesk.i18n import Lang

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """Read-only list of SearchHit; the hit itself is in HIT_ROLE."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.coachee_name} — {hit.trajectory_title} — {hit.snippet_with('', '')}"
        return None


class SearchHitDelegate(QStyledItemDelegate):
    """Two lines: kind badge, coachee · trajectory · date; then the snippet with matches marked."""

    def __init__(self, kind_names: dict[str, str], private_name: str, lang: Lang, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.kind_names = kind_names
        self.private_name = private_name
        self.lang = lang

    def _when(self, when: date | datetime | None) -> str:
        return "" if when is None else short_date(when, self.lang)  # a session's day, no time

    def html_for(self, hit: SearchHit, selected: bool) -> str:
        colour = "#ffffff" if selected else "#1f2d3d"
        muted = "#e6eefc" if selected else "#5b6675"
        badge_bg = "#b7791f" if hit.part == "private" else "#2b6cb0"
        badge_fg = "white"
        if selected:
            badge_bg, badge_fg = "white", badge_bg
        kind = self.kind_names.get(hit.kind, hit.kind)
        if hit.part == "private":
            kind += " · " + self.private_name
        where = " · ".join(
            html.escape(x) for x in (hit.trajectory_title, self._when(hit.when)) if x
        )
        snippet = (
            html.escape(hit.snippet)
            .replace(HL_OPEN, "<b style='background:#ffe58a;color:#1f2d3d'>")
            .replace(HL_CLOSE, "</b>")
        )
        return (
            f"<div style='color:{colour}'>"
            f"<span style='background:{badge_bg};color:{badge_fg}'>&nbsp;{html.escape(kind)}&nbsp;</span>"
            f"&nbsp; <b>{html.escape(hit.coachee_name)}</b>"
            f"{' &nbsp;<span style=color:' + muted + '>' + where + '</span>' if where else ''}"
            f"<br><span style='color:{colour}'>{snippet}</span></div>"
        )

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        hit: SearchHit = index.data(HIT_ROLE)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(6)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        doc.setHtml(self.html_for(hit, selected))
        doc.setTextWidth(max(200, option.rect.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRect(0, 0, option.rect.width(), option.rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text)
        )
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)
