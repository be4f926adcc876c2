"""The window's actions (menus, tool bar, shortcuts) in one place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from coachdesk.ui.icons import icon


def make_action(
    parent: QWidget,
    key: str,
    text: str,
    icon_name: str,
    slot: Callable[[], object],
    shortcut: str | None = None,
) -> QAction:
    """One action of a feature built outside the window (session notes, closing, ...)."""
    action = QAction(icon(icon_name), text, parent)
    action.setObjectName(f"action_{key}")
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.rstrip('…')} ({shortcut})")
    action.triggered.connect(slot)
    return action


def make_actions(parent: QWidget) -> dict[str, QAction]:
    """Every action by key; the main window connects them."""
    specs: list[tuple[str, str, str | None, QKeySequence | str | None]] = [
        (
            "new_coachee",
            QCoreApplication.translate("Actions", "New coachee…"),
            "person-add",
            QKeySequence.StandardKey.New,
        ),
        ("edit_coachee", QCoreApplication.translate("Actions", "Edit"), "edit", "Ctrl+E"),
        ("archive_coachee", QCoreApplication.translate("Actions", "Archive"), "archive", None),
        ("delete_coachee", QCoreApplication.translate("Actions", "Delete…"), "delete", None),
        (
            "new_trajectory",
            QCoreApplication.translate("Actions", "New trajectory…"),
            "add",
            "Ctrl+Shift+N",
        ),
        (
            "edit_trajectory",
            QCoreApplication.translate("Actions", "Edit trajectory…"),
            "edit",
            "Ctrl+Shift+E",
        ),
        (
            "delete_trajectory",
            QCoreApplication.translate("Actions", "Delete trajectory…"),
            "delete",
            None,
        ),
        ("new_sponsor", QCoreApplication.translate("Actions", "New sponsor…"), "sponsor", None),
        (
            "edit_sponsor",
            QCoreApplication.translate("Actions", "Edit sponsor of this trajectory…"),
            "edit",
            None,
        ),
        (
            "delete_sponsor",
            QCoreApplication.translate("Actions", "Delete sponsor of this trajectory…"),
            "delete",
            None,
        ),
        (
            "find",
            QCoreApplication.translate("Actions", "Find coachee"),
            "search",
            QKeySequence.StandardKey.Find,
        ),
        ("switcher", QCoreApplication.translate("Actions", "Go to…"), "jump", "Ctrl+K"),
        ("home", QCoreApplication.translate("Actions", "Today"), "calendar", "Ctrl+1"),
        ("load_demo", QCoreApplication.translate("Actions", "Load demo data…"), "demo", None),
        (
            "settings",
            QCoreApplication.translate("Actions", "Settings…"),
            "settings",
            QKeySequence.StandardKey.Preferences,
        ),
        (
            "quit",
            QCoreApplication.translate("Actions", "Quit"),
            None,
            QKeySequence.StandardKey.Quit,
        ),
    ]
    actions: dict[str, QAction] = {}
    for key, text, icon_name, shortcut in specs:
        action = QAction(text, parent)
        action.setObjectName(f"action_{key}")
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            sequence = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if sequence:
                action.setToolTip(f"{text.rstrip('…')} ({sequence})")
        actions[key] = action
    actions["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
    actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
    actions["archive_coachee"].setToolTip(
        QCoreApplication.translate(
            "Actions", "Archive: hide from the active list, keep everything (the usual way)"
        )
    )
    actions["delete_coachee"].setToolTip(
        QCoreApplication.translate(
            "Actions", "Delete the coachee and everything about them (Ctrl+Z undoes it)"
        )
    )
    return actions
