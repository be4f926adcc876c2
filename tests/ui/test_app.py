from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coachdesk.i18n import tr
from coachdesk.ui import app, lang, start_ahead
from coachdesk.ui import settings as keys

REPO = Path(__file__).resolve().parents[2]


def test_no_display_is_one_clear_sentence_not_a_qt_abort(data_dir):
    env = {"PATH": "/usr/bin:/bin", "COACHDESK_DATA_DIR": str(data_dir), "LANG": "en_GB.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "coachdesk"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == tr("ui.no_display", "en")
    assert "coachdesk list coachees" in result.stderr and "qt.qpa" not in result.stderr
    dutch = subprocess.run(
        [sys.executable, "-m", "coachdesk"],
        cwd=REPO,
        env={**env, "LANG": "nl_NL.UTF-8"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert dutch.stderr.strip() == tr("ui.no_display", "nl")
    assert not (data_dir / "coachdesk.db").exists()


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"this is not a database at all", "error.not_a_database"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "error.corrupt"),
    ],
)
def test_store_errors_on_open_get_a_message_box(qapp, data_dir, monkeypatch, content, key):
    data_dir.mkdir(parents=True)
    (data_dir / "coachdesk.db").write_bytes(content)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    lang.set_current("nl")
    window = app.start_window(data_dir, keys.open_settings(data_dir))
    assert window is None
    [box] = shown
    literal = max(re.split(r"\{\w+\}", tr(key, "nl")), key=len)
    assert literal.strip() in box.text() and str(data_dir) in box.text()
    assert box.windowTitle() == tr("ui.open_failed_title", "nl")
    assert str(data_dir) in box.informativeText()
    assert (data_dir / "coachdesk.db").read_bytes() == content  # never modified


@pytest.mark.parametrize("kind", ["foreign", "newer"])
def test_foreign_and_newer_databases_get_a_message_box(qapp, data_dir, monkeypatch, kind):
    import sqlite3

    data_dir.mkdir(parents=True)
    db = data_dir / "coachdesk.db"
    conn = sqlite3.connect(db)
    if kind == "foreign":
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        key = "error.foreign_database"
    else:
        conn.execute("CREATE TABLE coachee (id INTEGER PRIMARY KEY)")
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
        key = "error.newer_schema"
    conn.commit()
    conn.close()
    before = db.read_bytes()
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    lang.set_current("en")
    assert app.start_window(data_dir, keys.open_settings(data_dir)) is None
    literal = max(re.split(r"\{\w+\}", tr(key, "en")), key=len)
    assert literal.strip() in shown[0].text()
    assert db.read_bytes() == before
    lang.set_current("nl")


def test_a_data_folder_that_is_a_file_gets_a_message_box(qapp, tmp_path, monkeypatch):
    folder = tmp_path / "not-a-folder"
    folder.write_text("x")
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    assert app.start_window(folder, keys.open_settings(tmp_path)) is None
    assert str(folder) in shown[0].text()


def test_language_choice_and_locale_formatting(monkeypatch):
    monkeypatch.setenv("COACHDESK_LANG", "en")
    assert lang.resolve("") == "en" and lang.resolve("nl") == "nl"
    from datetime import date, datetime

    lang.set_current("nl")
    assert lang.fmt_date(date(2026, 3, 3)) == "di 3 mrt 2026"
    assert lang.fmt_number(7.5) == "7,5" and lang.fmt_datetime(datetime(2026, 3, 3, 9, 5)) == (
        "di 3 mrt 2026 09:05"
    )
    lang.set_current("en")
    assert lang.fmt_date(date(2026, 3, 3)) == "Tue 3 Mar 2026"
    lang.set_current("nl")


def test_settings_dialog_saves_practice_details_and_language(window, data_dir):
    from coachdesk.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.practice, window.settings, window)
    dialog.coach_name.setText("Marieke Coach")
    dialog.practice_name.setText("Praktijk Zoë")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert window.practice.settings.all() == {
        "coach_name": "Marieke Coach",
        "practice_name": "Praktijk Zoë",
    }
    again = keys.open_settings(data_dir)
    assert keys.get_str(again, keys.LANGUAGE) == "en"


def test_fast_start_paints_the_list_then_opens_the_store(qtbot, data_dir, monkeypatch, frozen):
    from coachdesk.core.practice import Practice

    with Practice.open(str(data_dir)) as p:
        zoe = p.coachees.create("Zoë Öztürk", organisation="Gemeente Utrecht")
        p.coachees.create("Bram Bakker")
    lang.set_current("nl")
    qt_app = app.create_application()
    window = app.start_window_fast(data_dir, keys.open_settings(data_dir), qt_app)
    qtbot.addWidget(window)
    assert isinstance(window.practice, start_ahead.DeferredPractice)
    assert window.list_panel.model.total == 2  # before the store is open
    model = window.list_panel.model  # read ahead in no order (Zoë first): shown sorted
    assert [model.coachee(r).name for r in range(2)] == ["Bram Bakker", "Zoë Öztürk"]
    assert model._keys is None  # the search text waits for the open (first page sooner)
    assert window.home.today is not None  # the home screen too, read ahead with the list
    checked: list[Path] = []
    from coachdesk.store import precheck

    real_run = precheck.run
    monkeypatch.setattr(precheck, "run", lambda path: checked.append(path) or real_run(path))
    window.show()
    assert checked == []  # no page check beside the first page: it waits for the open
    window.start_opening()
    qtbot.waitUntil(lambda: isinstance(window.practice, Practice), timeout=10000)
    assert [p.name for p in checked] == ["coachdesk.db"]  # checked ahead, with the open
    assert frozen == ["freeze"]  # start-up over: its objects left out of full collections
    assert model._keys is not None  # made once open, ahead of the first key
    assert window.right.currentWidget() is window.home
    window.list_panel.select(zoe.id)
    assert window.page.coachee.id == zoe.id
    window.practice.close()


def test_fast_start_shows_what_needs_the_coach_before_the_store_opens(qtbot, data_dir):
    """The home screen of the fast start is read without the ORM (core/peek.py) and shows
    what the practice itself reads: the same sections, lines and totals; its chart is
    drawn once the store has opened."""
    from datetime import date, datetime, time, timedelta

    from coachdesk.core.practice import Practice

    now = datetime.now()
    with Practice.open(str(data_dir)) as p:
        anna = p.coachees.create("Anna de Vries")
        t = p.trajectories.create(anna.id, "Leiderschap", contracted_sessions=2)
        later_today = datetime.combine(now.date(), time(23, 59))  # (ahead, still today)
        p.sessions.create(t.id, later_today, duration_minutes=60)
        p.sessions.create(t.id, now - timedelta(days=2), duration_minutes=90)
        p.agreements.create(
            t.id, "Gesprek met leidinggevende", due_date=date.today() - timedelta(days=3)
        )
        expected = p.overview.today()
    qt_app = app.create_application()
    window = app.start_window_fast(data_dir, keys.open_settings(data_dir), qt_app)
    qtbot.addWidget(window)
    assert window.practice.opened() is None  # not opened: nothing started it yet
    shown = window.home.today
    assert shown is not None and not shown.empty
    for key in expected.parts:
        assert shown[key] == expected[key], key  # the same lines and totals
    assert [line.coachee_name for line in shown["today"].lines] == ["Anna de Vries"]
    assert shown["overdue"].lines[0].text == "Gesprek met leidinggevende"
    assert window.home.chart.last_svg == b""  # not drawn yet: it would slow the first page
    window.show()
    window.start_opening()
    qtbot.waitUntil(lambda: window.home.chart.last_svg != b"", timeout=20000)
    assert isinstance(window.practice, Practice)
    window.practice.close()


def test_what_waits_for_the_open_runs_once_the_window_has_the_practice(qtbot, data_dir):
    """The idle lock is installed through ``start_opening(once_open)`` (ui/app.py): its
    application-wide event filter waits until the store is open and the window has it."""
    from coachdesk.core.practice import Practice

    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Zoë")
    qt_app = app.create_application()
    window = app.start_window_fast(data_dir, keys.open_settings(data_dir), qt_app)
    qtbot.addWidget(window)
    seen: list[object] = []
    window.show()
    window.start_opening(lambda: seen.append(window.practice))
    assert seen == []  # not before the open
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert len(seen) == 1 and isinstance(seen[0], Practice)
    window.practice.close()


def test_what_waits_for_the_open_does_not_run_when_it_fails(qtbot, data_dir, monkeypatch):
    from coachdesk.core.practice import Practice
    from coachdesk.errors import StoreLockedError

    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Zoë")
    qt_app = app.create_application()
    exits: list[int] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(qt_app, "exit", exits.append)
    monkeypatch.setattr(
        Practice, "open", classmethod(lambda cls, d=None: (_ for _ in ()).throw(StoreLockedError()))
    )
    window = app.start_window_fast(data_dir, keys.open_settings(data_dir), qt_app)
    qtbot.addWidget(window)
    seen: list[object] = []
    window.show()
    window.start_opening(lambda: seen.append(window.practice))
    qtbot.waitUntil(lambda: bool(exits), timeout=10000)
    assert seen == []


def test_fast_start_reports_a_store_that_fails_to_open(qtbot, data_dir, monkeypatch):
    from coachdesk.core.practice import Practice
    from coachdesk.errors import StoreLockedError

    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Zoë")
    qt_app = app.create_application()
    shown: list[QMessageBox] = []
    exits: list[int] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(qt_app, "exit", exits.append)
    monkeypatch.setattr(
        Practice, "open", classmethod(lambda cls, d=None: (_ for _ in ()).throw(StoreLockedError()))
    )
    window = app.start_window_fast(data_dir, keys.open_settings(data_dir), qt_app)
    qtbot.addWidget(window)
    window.show()
    window.start_opening()
    qtbot.waitUntil(lambda: bool(exits), timeout=10000)
    assert exits == [app.EXIT_ERROR] and not window.isVisible()
    assert shown[0].text() == StoreLockedError().message(lang.current())


def test_an_empty_or_new_store_takes_the_normal_path(qapp, data_dir):
    assert app.start_window_fast(data_dir, keys.open_settings(data_dir), qapp) is None


def test_after_first_paint_calls_once_after_the_paint_or_at_the_latest(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel

    from coachdesk.ui.start_ahead import after_first_paint

    shown = QLabel("lijst")
    qtbot.addWidget(shown)
    calls: list[str] = []
    after_first_paint(shown, lambda: calls.append("painted"), latest_ms=60_000)
    assert calls == []
    shown.show()
    qtbot.waitUntil(lambda: calls == ["painted"], timeout=10_000)  # well before latest_ms
    shown.repaint()  # paints now; a call it would cause is queued before the marker below
    QTimer.singleShot(0, lambda: calls.append("marker"))
    qtbot.waitUntil(lambda: "marker" in calls, timeout=5000)
    assert calls == ["painted", "marker"]  # once

    hidden = QLabel("nooit getoond")
    qtbot.addWidget(hidden)
    after_first_paint(hidden, lambda: calls.append("late"), latest_ms=100)
    qtbot.waitUntil(lambda: "late" in calls, timeout=10_000)
