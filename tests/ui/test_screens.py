"""Windows that fit a small laptop, come back as they were left, and close by keyboard;
the coachee page wraps or elides instead of cutting text off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from shiboken6 import isValid

from coachdesk.ui import settings as keys
from coachdesk.ui import windows
from tests.ui.helpers import type_text
from tests.ui.test_main_window import fill

# 1366x768 and 1280x720 less a 40 px taskbar: the available geometry a laptop reports.
SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1280x720": QRect(0, 0, 1280, 680)}


@pytest.fixture(params=list(SCREENS))
def screen(request, monkeypatch) -> QRect:
    rect = SCREENS[request.param]
    monkeypatch.setattr(windows, "available_geometry", lambda _widget=None: rect)
    return rect


def _fits(widget: QWidget, screen: QRect) -> None:
    room = screen.size() - windows.FRAME_ALLOWANCE
    size, least = widget.size(), widget.minimumSizeHint()
    assert size.width() <= room.width() and size.height() <= room.height(), (widget, size)
    assert screen.contains(widget.geometry()), (widget, widget.geometry())
    # It could be made that small at all: no part of it needs more than the screen.
    assert least.width() <= room.width() and least.height() <= room.height(), (widget, least)


def _opened(window):
    coachee_id, trajectory_id = fill(window.practice)
    window.reload_list()
    window.open_coachee(coachee_id, trajectory_id)
    return trajectory_id


def _secondary(window) -> dict[str, QWidget]:
    f = window.features
    f.open_session(f.session_list.session_ids()[0])
    shown = {"session notes": next(iter(f.sessions.values()))}
    shown["goals"] = f.open_goals()
    shown["profiles"] = f.open_profiles()
    f.export_pdf()
    shown["export"] = f.export_dialog
    f.search()
    shown["search"] = f.search_dialog
    shown["shortcuts"] = window.help.show_shortcuts()
    shown["about"] = window.help.show_about()
    return shown


def test_every_window_opens_within_the_screen(screen, make_window, qtbot):
    window = make_window()
    window.show()
    _opened(window)
    QApplication.processEvents()
    _fits(window, screen)
    for name, shown in _secondary(window).items():
        QApplication.processEvents()
        assert shown.isVisible(), name
        _fits(shown, screen)
        shown.close()


def test_windows_come_back_at_the_size_and_place_they_were_left(screen, make_window, data_dir):
    window = make_window()
    window.show()
    _opened(window)
    goals = window.features.open_goals()
    goals.setGeometry(QRect(60, 30, 700, 620))
    goals.close()
    again = window.features.open_goals()
    assert again is not goals and again.geometry() == QRect(60, 30, 700, 620)
    again.close()
    f = window.features
    f.open_session(f.session_list.session_ids()[0])
    notes = next(iter(f.sessions.values()))
    notes.setGeometry(QRect(100, 40, 700, 600))
    notes.close()
    f.open_session(f.session_list.session_ids()[1])
    assert next(iter(f.sessions.values())).geometry() == QRect(100, 40, 700, 600)
    window.close()
    stored = keys.open_settings(data_dir)
    for key in (keys.GEOMETRY, keys.GOALS_GEOMETRY, keys.SESSION_GEOMETRY):
        assert not stored.value(key).isEmpty(), key


def test_a_geometry_from_a_bigger_screen_is_fitted_anew(screen, make_window, data_dir):
    big = make_window()
    big.setGeometry(QRect(0, 0, 1900, 1150))
    big.close()  # left on a large monitor, the next start is on the laptop
    window = make_window()
    _fits(window, screen)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, "Ctrl+W"])
def test_esc_and_ctrl_w_close_secondary_windows_after_saving(key, window, qtbot):
    _opened(window)
    f = window.features
    session_id = f.session_list.session_ids()[0]
    f.open_session(session_id)
    notes = f.sessions[session_id]
    qtbot.waitExposed(notes)
    editor = notes.body.shared.editors["goal"]
    type_text(editor, "Rust in het hoofd")
    _press(notes, editor, key, qtbot)
    assert session_id not in f.sessions and (not isValid(notes) or not notes.isVisible())
    assert "Rust in het hoofd" in window.practice.sessions.get(session_id).shared_notes
    for open_it in (f.open_goals, f.open_profiles):
        tool = open_it()
        qtbot.waitExposed(tool)
        _press(tool, tool, key, qtbot)
        assert not isValid(tool) or not tool.isVisible()  # closed (and deleted)
    f.search()
    dialog = f.search_dialog
    qtbot.waitExposed(dialog)
    _press(dialog, dialog.field, key, qtbot)
    assert not isValid(dialog) or not dialog.isVisible()


def _press(window: QWidget, target: QWidget, key, qtbot) -> None:
    window.activateWindow()
    QApplication.processEvents()
    target.setFocus()
    target = window.focusWidget() or target
    if key == "Ctrl+W":
        qtbot.keyClick(target, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(target, key)
    QApplication.processEvents()


def test_the_coachee_page_elides_or_wraps_and_cuts_nothing_off(screen, make_window):
    window = make_window()
    window.show()
    p = window.practice
    c = p.coachees.create(
        "Annelies de Boer-van Leeuwenhoek",
        organisation="Hoogheemraadschap De Stichtse Rijnlanden",
        email="annelies.deboer-vanleeuwenhoek@hoogheemraadschap-stichtse-rijnlanden.example.nl",
        tags="re-integratie, leiderschap, loopbaan, werkdruk, samenwerking",
    )
    sponsor = p.sponsors.create(
        "Hoogheemraadschap De Stichtse Rijnlanden", contact_name="Geert Sahin (leidinggevende)"
    )
    p.trajectories.create(c.id, "Samenwerken in het team", sponsor_id=sponsor.id)
    window.reload_list()
    window.open_coachee(c.id)
    QApplication.processEvents()
    page = window.page
    for area in page.findChildren(QScrollArea):
        if area.isVisible() and area.widget() is not None:
            # Whatever is inside is never wider than what the area shows.
            assert area.widget().width() <= area.viewport().width(), area
    email = page.fields["email"]
    assert email.text() == c.email  # a screen reader reads all of it
    assert email.is_elided() and email.toolTip() == c.email
    assert "…" in email.shown_text()
    sponsors = page.fields["sponsors"]
    assert sponsors.wordWrap() and sponsors.height() >= sponsors.heightForWidth(sponsors.width())


def test_the_window_size_wished_for_is_only_a_wish():
    assert windows.fitting_size(QSize(1360, 820), SCREENS["1366x768"]) == QSize(1350, 688)
    assert windows.fitting_size(QSize(700, 500), SCREENS["1280x720"]) == QSize(700, 500)
