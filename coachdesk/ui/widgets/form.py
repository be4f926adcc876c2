"""A dialog base for create/edit forms that validate as you type.

Each field has a checker that uses the core's own cleaning rules, so the
message next to a wrong field is the facade's translated message. On save the
facade is called; a CoachDeskError it raises lands next to its ``field`` (or
above the buttons) and the dialog stays open with nothing saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.errors import CoachDeskError, EmptyValueError
from coachdesk.ui import a11y, lang
from coachdesk.ui.a11y import ReadingOrderTabs
from coachdesk.ui.tasks import run_op

Checker = Callable[[], None]  # raises CoachDeskError when the field is wrong


class ErrorLabel(QLabel):
    """A message under a field, in a red that reads on light and dark palettes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.setStyleSheet(f"color: {'#ff8a80' if dark else '#b3261e'};")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def name_field(widget: QWidget, label: str) -> None:
    """Give a form field the accessible name of its row's label (the row's label is
    the buddy of the box around the field, so Qt cannot find it). In a composite
    field (a list with a "New…" button) the parts without a text of their own get
    it; a widget with ``name_parts(label)`` names its own parts (OptionalDateEdit)."""
    if hasattr(widget, "name_parts"):
        widget.name_parts(label)  # type: ignore[attr-defined]
        return
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        if not widget.accessibleName():
            a11y.name(widget, label)
        return
    for part in widget.findChildren(QWidget):
        focusable = bool(part.focusPolicy() & Qt.FocusPolicy.TabFocus)
        own_text = isinstance(part, QAbstractButton) and bool(part.text())
        if focusable and not own_text and not part.accessibleName() and _outermost(part, widget):
            a11y.name(part, label)


def _outermost(part: QWidget, field: QWidget) -> bool:
    """Not a piece of another control of the field (the line edit in a spin box)."""
    parent = part.parentWidget()
    while parent is not None and parent is not field:
        if parent.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return False
        parent = parent.parentWidget()
    return True


class FormDialog(ReadingOrderTabs, QDialog):
    """Fields with an error label each; Save stays disabled while a field is wrong."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._checkers: dict[str, Checker] = {}
        self._errors: dict[str, ErrorLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._aliases: dict[str, str] = {}
        self._touched: set[str] = set()  # fields the coach typed in
        self._tried_to_save = False
        self.result_object: Any = None

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def add_field(
        self,
        key: str,
        label: str,
        widget: QWidget,
        checker: Checker | None = None,
        aliases: tuple[str, ...] = (),
    ) -> QWidget:
        """Add a row; ``aliases`` are the error field names the facade uses for it."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel(box)
        error.setObjectName(f"error_{key}")
        column.addWidget(error)
        self.form.addRow(label, box)
        # The label is the buddy of the box, not of the field in it: name the field.
        name_field(widget, label)
        self._widgets[key] = widget
        self._errors[key] = error
        for alias in (key, *aliases):
            self._aliases[alias] = key
        if checker is not None:
            self._checkers[key] = checker
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text, k=key: self._touched.add(k))
        return widget

    def error_for(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if label.isVisibleTo(self) else ""

    def validate(self) -> bool:
        """Run every checker; show each field's message; enable Save when all pass.

        A required field that is still empty is not scolded before the coach has
        typed in it or tried to save: a new, empty form opens without red text.
        """
        ok = True
        for key, checker in self._checkers.items():
            try:
                checker()
            except CoachDeskError as exc:
                quiet = isinstance(exc, EmptyValueError) and not (
                    key in self._touched or self._tried_to_save
                )
                self._errors[key].show_message("" if quiet else lang.error_text(exc))
                ok = False
            else:
                self._errors[key].show_message("")
        self.general_error.show_message("")
        self.save_button.setEnabled(ok)
        return ok

    def show_error(self, exc: CoachDeskError) -> None:
        key = self._aliases.get(exc.field or "")
        if key is None:
            self.general_error.show_message(lang.error_text(exc))
            return
        self._errors[key].show_message(lang.error_text(exc))
        self._widgets[key].setFocus()

    def tab_chain(self) -> list[QWidget]:
        """Focusable widgets in form order, then Save and Cancel."""
        chain: list[QWidget] = []
        for widget in self._widgets.values():
            taken: list[QWidget] = []
            for w in [widget, *widget.findChildren(QWidget)]:
                if w.window() is not self or not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    continue  # pop-ups, labels
                if any(t.isAncestorOf(w) for t in taken):
                    continue  # the line edit inside a date editor or combo box
                taken.append(w)
            chain += taken
        chain.append(self.save_button)
        chain.append(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        return chain

    def showEvent(self, event: Any) -> None:  # noqa: N802
        # The buttons were created first; put them after the fields in the Tab order.
        chain = self.tab_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        super().showEvent(event)

    def submit(self) -> Any:
        """Write through the practice's services; return the saved object. Subclasses implement."""
        raise NotImplementedError

    def save(self) -> None:
        self._tried_to_save = True
        if not self.validate():
            return
        try:
            self.result_object = run_op(self.submit)
        except CoachDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
