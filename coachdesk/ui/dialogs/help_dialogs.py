"""The Help menu: every keyboard shortcut in one window, the data folder, About CoachDesk.

    help = HelpMenu(window)          # adds Help to the window's menu bar
    ShortcutsDialog(window).exec()   # built from the window's actions when opened

The shortcuts window is generated from the actions themselves (the menus, the
window's own actions, the session notes' formatting and the secondary windows'
close keys), so a shortcut added or changed anywhere shows up there as it is.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui import settings as keys
from coachdesk.ui.a11y import ReadingOrderTabs
from coachdesk.ui.icons import icon
from coachdesk.ui.windows import add_close_shortcuts, remember_geometry

if TYPE_CHECKING:
    from coachdesk.ui.main_window import MainWindow

Row = tuple[str, str]  # what it does, the keys


def plain(text: str) -> str:
    """A menu text as a sentence: no mnemonic "&" (a "&&" is one "&"), no trailing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def keys_of(action: QAction) -> str:
    """The action's shortcuts as the system writes them ("Ctrl+Shift+S, Ctrl+W")."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in action.shortcuts() if not s.isEmpty())


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += _menu_actions(sub)
        elif not action.isSeparator():
            found.append(action)
    return found


def shortcut_groups(window: MainWindow) -> list[tuple[str, list[Row]]]:
    """(heading, [(what, keys)]) for every shortcut of the window, menu by menu."""
    translate = QCoreApplication.translate
    groups: list[tuple[str, list[Row]]] = []
    seen: set[int] = set()

    def rows_of(actions: list[QAction]) -> list[Row]:
        rows = []
        for action in actions:
            if id(action) in seen or not keys_of(action):
                continue
            seen.add(id(action))
            rows.append((plain(action.text()), keys_of(action)))
        return rows

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows = rows_of(_menu_actions(menu))
            if rows:
                groups.append((plain(top.text()), rows))
    rows = rows_of(window.actions())
    if rows:
        groups.append((translate("ShortcutsDialog", "In the main window"), rows))

    # The session notes and the other windows: their own actions, made to be read here.
    scratch = QWidget()
    try:
        from coachdesk.ui.pages.session_parts import formatting_actions
        from coachdesk.ui.windows import add_close_shortcuts as close_keys

        rows = rows_of(formatting_actions(scratch))
        if rows:
            groups.append((translate("ShortcutsDialog", "Writing session notes"), rows))
        rows = rows_of([close_keys(scratch)])
        groups.append(
            (translate("ShortcutsDialog", "Session notes, goals, profiles, search, PDF"), rows)
        )
    finally:
        scratch.deleteLater()
    groups.append(
        (
            translate("ShortcutsDialog", "Everywhere"),
            [
                (translate("ShortcutsDialog", "Next field or button"), "Tab"),
                (translate("ShortcutsDialog", "Previous field or button"), "Shift+Tab"),
                (translate("ShortcutsDialog", "Open the menu bar"), "Alt, F10"),
                (translate("ShortcutsDialog", "Context menu of a list"), "Shift+F10"),
                (translate("ShortcutsDialog", "Press the focused button or tick a box"), "Space"),
            ],
        )
    )
    return groups


class ShortcutsDialog(ReadingOrderTabs, QDialog):
    """One window listing every keyboard shortcut, grouped as in the menus."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutList")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        for heading, rows in shortcut_groups(window):
            group = QTreeWidgetItem(self.tree, [heading])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for what, keys_text in rows:
                QTreeWidgetItem(group, [what, keys_text])
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        remember_geometry(self, window.settings, keys.SHORTCUTS_GEOMETRY, QSize(620, 640))
        add_close_shortcuts(self)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, what, keys) as listed."""
        found = []
        for n in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(n)
            for m in range(group.childCount()):
                item = group.child(m)
                found.append((group.text(0), item.text(0), item.text(1)))
        return found


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(ReadingOrderTabs, QDialog):
    """Version, where the data is, and what CoachDesk is built from (with the licences)."""

    def __init__(self, folder: Path, window: MainWindow):
        super().__init__(window)
        from coachdesk import about

        self.folder = folder
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About CoachDesk"))
        title = QLabel(self.tr("CoachDesk {version}").format(version=about.version()), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        logo = QLabel(self)
        logo.setPixmap(icon("app").pixmap(QSize(48, 48)))
        logo.setAccessibleName(self.tr("CoachDesk logo"))
        head = QHBoxLayout()
        head.addWidget(logo)
        head.addWidget(title, 1)
        tagline = QLabel(self.tr("The desktop workplace for professional coaches."), self)
        tagline.setWordWrap(True)

        where = QLabel(self.tr("Your data folder:"), self)
        self.folder_label = QLabel(str(folder), self)
        self.folder_label.setObjectName("aboutDataFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.folder_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.folder_label.setAccessibleDescription(str(folder))
        self.open_button = QPushButton(self.tr("&Open data folder"), self)
        self.open_button.setObjectName("aboutOpenFolder")
        self.open_button.clicked.connect(lambda: open_folder(self.folder))

        built = QLabel(
            self.tr(
                "Built with Qt {qt} and PySide6 {pyside} (GNU LGPL version 3), Python {python},"
                " and the Noto fonts ({fonts}; SIL Open Font License 1.1)."
            ).format(
                qt=qVersion(),
                pyside=pyside_version,
                python=".".join(map(str, sys.version_info[:3])),
                fonts=", ".join(about.font_families()),
            ),
            self,
        )
        built.setWordWrap(True)

        packages = about.packages()
        self.packages = QTreeWidget(self)
        self.packages.setObjectName("aboutPackages")
        self.packages.setColumnCount(3)
        self.packages.setHeaderLabels([self.tr("Package"), self.tr("Version"), self.tr("Licence")])
        self.packages.setAccessibleName(self.tr("Python packages and their licences"))
        self.packages.header().setAccessibleName(self.tr("Columns"))
        self.packages.setRootIsDecorated(False)
        self.packages.setAlternatingRowColors(True)
        for package in packages:
            QTreeWidgetItem(self.packages, [package.name, package.version, package.licence or "—"])
        self.packages.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.packages.header().setStretchLastSection(True)
        packages_label = QLabel(self.tr("&Python packages CoachDesk runs on:"), self)
        packages_label.setBuddy(self.packages)

        self.font_licence = QPlainTextEdit(self)
        self.font_licence.setObjectName("aboutFontLicence")
        self.font_licence.setReadOnly(True)
        self.font_licence.setTabChangesFocus(True)
        try:
            text = about.font_licence_file().read_text(encoding="utf-8")
        except OSError:
            text = self.tr("The licence text is missing from this installation.")
        self.font_licence.setPlainText(text)
        self.font_licence.setMinimumHeight(90)
        font_label = QLabel(self.tr("&Licence of the Noto fonts:"), self)
        font_label.setBuddy(self.font_licence)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(tagline)
        folder_row = QHBoxLayout()
        folder_row.addWidget(where)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_button)
        layout.addLayout(folder_row)
        layout.addWidget(built)
        layout.addWidget(packages_label)
        layout.addWidget(self.packages, 2)
        layout.addWidget(font_label)
        layout.addWidget(self.font_licence, 1)
        layout.addWidget(buttons)
        remember_geometry(self, window.settings, keys.ABOUT_GEOMETRY, QSize(680, 640))
        add_close_shortcuts(self)


class HelpMenu(QObject):
    """Help in the menu bar: Keyboard shortcuts (F1), Open data folder, About CoachDesk."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.menu = window.menuBar().addMenu(self.tr("&Help"))
        self.menu.setObjectName("helpMenu")
        self.actions = {
            "shortcuts": self._action(
                "shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts
            ),
            "open_data_folder": self._action(
                "open_data_folder", self.tr("Open &data folder"), self.open_data_folder
            ),
            "about": self._action("about", self.tr("&About CoachDesk"), self.show_about),
        }
        self.actions["shortcuts"].setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.actions["shortcuts"].setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actions["about"].setMenuRole(QAction.MenuRole.AboutRole)
        self.menu.addAction(self.actions["shortcuts"])
        self.menu.addSeparator()
        self.menu.addAction(self.actions["open_data_folder"])
        self.menu.addSeparator()
        self.menu.addAction(self.actions["about"])
        self.dialog: QDialog | None = None

    def _action(self, key: str, text: str, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        action.setObjectName(f"action_{key}")
        action.triggered.connect(slot)
        return action

    def folder(self) -> Path:
        return Path(self.window.practice.store.folder)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_data_folder(self) -> bool:
        opened = open_folder(self.folder())
        if not opened:
            self.window.statusBar().showMessage(
                self.tr("The data folder could not be opened: {path}").format(path=self.folder()),
                8000,
            )
        return opened

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.folder(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
