from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialogButtonBox

from coachdesk.core.practice import Practice
from coachdesk.report.charts import goal_progress_chart
from coachdesk.ui.dialogs.profile_dialog import ProfileDialog, typed_score
from coachdesk.ui.pages.goals_view import GoalsView
from coachdesk.ui.pages.profiles_view import ProfilesView
from coachdesk.ui.widgets.chart_view import ChartView

DISC = {"d": 72, "i": 35, "s": 20, "c": 64}


@pytest.fixture
def trajectory(practice: Practice):
    coachee = practice.coachees.create("Zoë de Vries")
    return practice.trajectories.create(coachee.id, "Leiderschap", status="active")


def test_chart_view_follows_the_palette(qtbot, practice, trajectory):
    goal = practice.goals.create(trajectory.id, "Grenzen aangeven")
    practice.goals.rate(goal.id, 4, date(2026, 1, 5))
    progress = practice.goals.progress(goal.id)
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(600, 240)
    view.set_chart(lambda w, h, dark: goal_progress_chart(progress, width=w, height=h, dark=dark))
    light = view.last_svg
    assert b"Grenzen aangeven" in light and not view.last_dark
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    view.setPalette(palette)
    assert view.last_dark and view.last_svg != light


def test_goal_rating_entered_in_the_view(qtbot, practice, trajectory):
    session = practice.sessions.create(trajectory.id, datetime(2026, 2, 3, 10))
    goal = practice.goals.create(trajectory.id, "Grenzen aangeven", success_criteria="Ik zeg nee")
    practice.goals.rate(goal.id, 3, date(2026, 1, 5))
    view = GoalsView(practice, trajectory.id)
    qtbot.addWidget(view)
    assert view.current_goal_id() == goal.id and view.criteria.toPlainText() == "Ik zeg nee"
    view.value.setValue(7.5)
    view.rated_on.setDate(QDate(2026, 2, 3))
    view.session.setCurrentIndex(view.session.findData(session.id))
    view.comment.setText("Eerste keer nee gezegd tegen de wethouder")
    with qtbot.waitSignal(view.ratingAdded):
        qtbot.mouseClick(view.add_rating_button, Qt.MouseButton.LeftButton)
    ratings = practice.goals.ratings(goal.id)
    assert [(r.value, r.rated_on) for r in ratings] == [
        (3, date(2026, 1, 5)),
        (7.5, date(2026, 2, 3)),
    ]
    assert ratings[1].session_id == session.id
    assert ratings[1].comment == "Eerste keer nee gezegd tegen de wethouder"
    assert view.comment.text() == ""
    assert view.ratings.topLevelItemCount() == 2
    assert b"7,5" in view.chart.last_svg and b"+4,5" in view.chart.last_svg
    assert "▲" in view.goal_list.currentItem().text()


def test_goals_add_reorder_and_status(qtbot, practice, trajectory):
    for title in ("Een", "Twee"):
        practice.goals.create(trajectory.id, title)
    view = GoalsView(practice, trajectory.id)
    qtbot.addWidget(view)
    view.new_title.setText("Drie")
    qtbot.mouseClick(view.add_goal_button, Qt.MouseButton.LeftButton)
    assert [g.title for g in practice.goals.list(trajectory.id)] == ["Een", "Twee", "Drie"]
    # A drag ends as a row move in the list's model.
    view.goal_list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(lambda: view.goal_list.item(0).text().startswith("Drie"))
    assert [g.title for g in practice.goals.list(trajectory.id)] == ["Drie", "Een", "Twee"]
    view.goal_list.setCurrentRow(2)
    view.status.setCurrentIndex(view.status.findData("achieved"))
    view.status.activated.emit(view.status.currentIndex())
    assert practice.goals.list(trajectory.id)[2].status == "achieved"
    assert view.goal_list.item(2).text().startswith("✓ Twee")
    view.new_title.setText("   ")
    view.add_goal()
    assert not view.error.isHidden() and "Titel" in view.error.text()
    assert len(practice.goals.list(trajectory.id)) == 3


def _save(dialog: ProfileDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_recording_a_profile_in_the_dialog(qtbot, practice, trajectory):
    dialog = ProfileDialog(practice, trajectory.coachee_id, None, "disc")
    qtbot.addWidget(dialog)
    assert set(dialog.fields) == {(v, d) for v in ("natural", "adapted") for d in "disc"}
    for (variant, key), field in dialog.fields.items():
        field.setText(str(DISC[key] if variant == "natural" else DISC[key] - 5))
    dialog.fields[("adapted", "c")].setText("101")
    assert not _save(dialog).isEnabled()
    assert "QLineEdit" in dialog.fields[("adapted", "c")].styleSheet()
    assert "100" in dialog.fields[("adapted", "c")].toolTip()
    dialog.fields[("adapted", "c")].setText("59,5")
    assert _save(dialog).isEnabled()
    dialog.taken_on.setDate(QDate(2026, 3, 1))
    with qtbot.waitSignal(dialog.profileRecorded) as signal:
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert [p.result.variant for p in signal.args[0]] == ["natural", "adapted"]
    stored = practice.profiles.history(trajectory.coachee_id, "disc")
    assert stored[0].taken_on == date(2026, 3, 1)
    assert stored[0].variant("natural").scores == DISC
    assert stored[0].variant("adapted").scores["c"] == 59.5


def test_profile_dialog_percentages_and_wheel_position(qtbot, practice, trajectory):
    dialog = ProfileDialog(practice, trajectory.coachee_id, None, "colour_energies")
    qtbot.addWidget(dialog)
    assert dialog.percent.isVisibleTo(dialog)
    dialog.percent.setChecked(True)
    values = {"blue": "80", "green": "75", "yellow": "10", "red": "20"}
    for (_, key), field in dialog.fields.items():
        field.setText(values[key])
    dialog.suggest_labels()
    assert dialog.label_boxes["conscious"].currentData() == "coordinator"
    qtbot.waitUntil(lambda: b"Co\xc3\xb6rdinator" in dialog.preview.last_svg)
    dialog.save()
    stored = practice.profiles.list(trajectory.coachee_id, "colour_energies")
    assert stored[0].scores == {"blue": 4.8, "green": 4.5, "yellow": 0.6, "red": 1.2}
    assert stored[0].result.label == "coordinator"


def test_profile_dialog_empty_field_keeps_save_disabled(qtbot, practice, trajectory):
    dialog = ProfileDialog(practice, trajectory.coachee_id, None, "psycap")
    qtbot.addWidget(dialog)
    assert set(dialog.fields) == {("", k) for k in ("hope", "efficacy", "resilience", "optimism")}
    for field in list(dialog.fields.values())[:3]:
        field.setText("4")
    assert not _save(dialog).isEnabled()
    list(dialog.fields.values())[3].setText("zes")
    assert not _save(dialog).isEnabled()
    assert typed_score("4,25") == 4.25 and typed_score("abc") is None and typed_score("nan") is None


def test_profiles_view_history_compare_and_import(qtbot, practice, trajectory, tmp_path: Path):
    cid = trajectory.coachee_id
    practice.profiles.record_many(cid, "disc", {"natural": DISC, "adapted": DISC}, date(2025, 4, 1))
    later = {**DISC, "d": 60}
    practice.profiles.record_many(
        cid, "disc", {"natural": later, "adapted": DISC}, date(2026, 1, 15)
    )
    view = ProfilesView(practice, cid)
    qtbot.addWidget(view)
    view.show()
    assert view.instrument.key == "disc" and view.dates.count() == 2
    assert view.selected_set().taken_on == date(2026, 1, 15)
    assert b"60" in view.chart.last_svg
    view.compare.setChecked(True)
    assert view.other_chart.isVisible() and view.changes.isVisible()
    rows = [
        [view.changes.topLevelItem(i).text(c) for c in range(4)]
        for i in range(view.changes.topLevelItemCount())
    ]
    assert ["Dominantie · Natuurlijke stijl", "72", "60", "-12"] in rows
    view.dates.setCurrentRow(1)  # the older date: the comparison moves to the other one
    assert view.other_date.currentData() == date(2026, 1, 15)
    assert view.other_chart.isVisible()
    good = tmp_path / "eigen.json"
    good.write_text(
        '{"key": "values", "version": "1", "name": {"nl": "Waarden", "en": "Values"},'
        ' "licence": {"nl": "Eigen", "en": "Own"}, "chart": "radar", "dimensions": ['
        '{"key": "a", "name": {"nl": "A", "en": "A"}, "colour": "#123456", "min": 0, "max": 5},'
        '{"key": "b", "name": {"nl": "B", "en": "B"}, "colour": "#654321", "min": 0, "max": 5},'
        '{"key": "c", "name": {"nl": "C", "en": "C"}, "colour": "#abcdef", "min": 0, "max": 5}]}',
        encoding="utf-8",
    )
    assert view.import_instrument_file(str(good))
    assert view.instrument_box.findData("values") >= 0 and "Waarden" in view.message.text()
    broken = tmp_path / "kapot.json"
    broken.write_text('{\n  "key": "x",\n  "version": 1\n  "name": 2\n}', encoding="utf-8")
    assert not view.import_instrument_file(str(broken))
    assert "kapot.json, regel 4" in view.message.text()


def test_edit_and_delete_goal_and_rating(qtbot, practice, trajectory, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    goal = practice.goals.create(trajectory.id, "Delegeren")
    practice.goals.rate(goal.id, 4, date(2026, 1, 5))
    practice.goals.rate(goal.id, 6, date(2026, 2, 5))
    view = GoalsView(practice, trajectory.id)
    qtbot.addWidget(view)
    view.title.setText("Helder delegeren")
    view.criteria.setPlainText("Ik draag drie dossiers over")
    qtbot.mouseClick(view.save_goal_button, Qt.MouseButton.LeftButton)
    saved = practice.goals.get(goal.id)
    assert (saved.title, saved.success_criteria) == (
        "Helder delegeren",
        "Ik draag drie dossiers over",
    )
    view.ratings.setCurrentItem(view.ratings.topLevelItem(0))  # newest first
    qtbot.mouseClick(view.delete_rating_button, Qt.MouseButton.LeftButton)
    assert [r.value for r in practice.goals.ratings(goal.id)] == [4]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.delete_goal()
    assert practice.goals.list(trajectory.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_goal()
    assert practice.goals.list(trajectory.id) == [] and view.goal_list.count() == 0
    assert not view.add_rating_button.isEnabled()


def test_delete_a_profile_date(qtbot, practice, trajectory, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    cid = trajectory.coachee_id
    practice.profiles.record_many(cid, "disc", {"natural": DISC, "adapted": DISC}, date(2025, 4, 1))
    practice.profiles.record_many(
        cid, "disc", {"natural": DISC, "adapted": DISC}, date(2026, 1, 15)
    )
    view = ProfilesView(practice, cid)
    qtbot.addWidget(view)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_selected()  # the newest date is selected
    assert [ps.taken_on for ps in practice.profiles.history(cid, "disc")] == [date(2025, 4, 1)]
    assert view.dates.count() == 1
