"""Help: every shortcut in one window, the data folder, About CoachDesk; and the
keyboard paths that came with it (sorting the list, formatting a note)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from coachdesk import __version__
from coachdesk.ui.dialogs.help_dialogs import keys_of, plain
from coachdesk.ui.models.coachee_table import COL_NAME, COL_ORGANISATION
from tests.ui.test_main_window import fill


def _menu_actions(window) -> list[QAction]:
    found = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                found.append(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return found


def test_the_help_menu_has_shortcuts_data_folder_and_about(window):
    titles = [plain(a.text()) for a in window.menuBar().actions()]
    assert "Help" in titles
    texts = [plain(a.text()) for a in window.help.menu.actions() if not a.isSeparator()]
    assert texts == ["Keyboard shortcuts", "Open data folder", "About CoachDesk"]
    assert window.help.actions["shortcuts"].shortcut() == QKeySequence("F1")


def test_the_shortcuts_window_lists_every_shortcut_there_is(window, qtbot):
    fill(window.practice)
    window.reload_list()
    window.help.actions["shortcuts"].trigger()
    dialog = window.help.dialog
    qtbot.waitExposed(dialog)
    listed = {(what, keys) for _group, what, keys in dialog.rows()}
    expected = {
        (plain(a.text()), keys_of(a))
        for a in [*_menu_actions(window), *window.actions()]
        if keys_of(a)
    }
    assert expected and expected <= listed
    assert ("Search everything", "Ctrl+Shift+F") in listed
    assert ("Undo", "Ctrl+Z") in listed
    assert ("Keyboard shortcuts", "F1") in listed
    # Those of the other windows come from their own actions too.
    assert ("Bold", "Ctrl+B") in listed and ("Bulleted list", "Ctrl+Shift+8") in listed
    assert ("Close window", "Esc, Ctrl+W") in listed
    dialog.close()


def test_no_two_actions_of_the_window_share_a_shortcut(window):
    seen: dict[str, str] = {}
    for action in {id(a): a for a in [*_menu_actions(window), *window.actions()]}.values():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key}: {seen.get(key)} and {plain(action.text())}"
            seen[key] = plain(action.text())


def test_open_data_folder_shows_the_folder(window, data_dir, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.help.actions["open_data_folder"].trigger()
    assert [Path(u.toLocalFile()) for u in opened] == [data_dir]


def test_about_names_the_version_the_folder_and_the_licences(window, data_dir, qtbot):
    window.help.actions["about"].trigger()
    dialog = window.help.dialog
    qtbot.waitExposed(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.folder_label)))
    assert __version__ in text and str(data_dir) in text
    assert "LGPL" in text and "PySide6" in text and "Open Font License" in text
    packages = {
        dialog.packages.topLevelItem(n).text(0): dialog.packages.topLevelItem(n).text(2)
        for n in range(dialog.packages.topLevelItemCount())
    }
    assert "LGPL" in packages["PySide6"] and "sqlmodel" in packages and "reportlab" in packages
    assert "pytest" not in packages  # what it runs on, not what it is tested with
    assert "SIL OPEN FONT LICENSE" in dialog.font_licence.toPlainText().upper()
    dialog.close()


def test_the_list_sorts_from_the_menu_as_from_the_header(window):
    fill(window.practice)
    window.reload_list()
    panel = window.list_panel
    by_name, by_organisation, _by_last, reverse = panel.sort_actions
    assert by_name.isChecked() and not reverse.isChecked()
    by_organisation.trigger()
    header = panel.view.horizontalHeader()
    assert header.sortIndicatorSection() == COL_ORGANISATION and by_organisation.isChecked()
    reverse.trigger()
    names = [panel.proxy.index(r, COL_ORGANISATION).data() for r in range(panel.proxy.rowCount())]
    assert names == sorted(names, reverse=True)
    panel.view.sortByColumn(COL_NAME, header.sortIndicatorOrder())  # a click on the header
    assert by_name.isChecked() and reverse.isChecked()
    menu_texts = [plain(a.text()) for a in _menu_actions(window)]
    assert "By organisation" in menu_texts and "Reverse order" in menu_texts


def test_note_formatting_has_shortcuts_as_well_as_buttons(window, qtbot):
    fill(window.practice)
    window.reload_list()
    coachee_id = window.list_panel.model.rows[0].id
    window.open_coachee(coachee_id)
    f = window.features
    session_id = f.session_list.session_ids()[0]
    f.open_session(session_id)
    notes = f.sessions[session_id]
    part = notes.body.shared
    editor = next(iter(part.editors.values()))
    editor.setFocus()
    QApplication.processEvents()
    part.format_actions["bullets"].trigger()
    assert editor.textCursor().currentList() is not None
    part.format_actions["bold"].trigger()
    assert editor.fontWeight() > 400
    for key, action in part.format_actions.items():
        assert not action.shortcut().isEmpty(), key
    notes.close()
