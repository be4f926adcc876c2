"""The window's actions (menus, tool bar, shortcuts) in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from coachdesk.ui.icons import icon


def _t(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def make_actions(parent: QWidget) -> dict[str, QAction]:
    """Every action by key; the main window connects them."""
    specs: list[tuple[str, str, str | None, QKeySequence | str | None]] = [
        ("new_coachee", _t("New coachee…"), "person-add", QKeySequence.StandardKey.New),
        ("edit_coachee", _t("Edit"), "edit", "Ctrl+E"),
        ("archive_coachee", _t("Archive"), "archive", None),
        ("delete_coachee", _t("Delete…"), "delete", None),
        ("new_trajectory", _t("New trajectory…"), "add", "Ctrl+Shift+N"),
        ("edit_trajectory", _t("Edit trajectory…"), "edit", "Ctrl+Shift+E"),
        ("delete_trajectory", _t("Delete trajectory…"), "delete", None),
        ("new_sponsor", _t("New sponsor…"), "sponsor", None),
        ("edit_sponsor", _t("Edit sponsor of this trajectory…"), "edit", None),
        ("delete_sponsor", _t("Delete sponsor of this trajectory…"), "delete", None),
        ("find", _t("Find coachee"), "search", QKeySequence.StandardKey.Find),
        ("switcher", _t("Go to…"), "jump", "Ctrl+K"),
        ("load_demo", _t("Load demo data…"), "demo", None),
        ("settings", _t("Settings…"), "settings", QKeySequence.StandardKey.Preferences),
        ("quit", _t("Quit"), None, QKeySequence.StandardKey.Quit),
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
        _t("Archive: hide from the active list, keep everything (the usual way)")
    )
    actions["delete_coachee"].setToolTip(
        _t("Delete the coachee and everything about them (Ctrl+Z undoes it)")
    )
    return actions
