from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coachdesk.core.practice import Practice
from coachdesk.core.schema import practice_tables
from coachdesk.errors import EmptyValueError, InvalidEmailError
from coachdesk.ui.dialogs.coachee_dialog import CoacheeDialog
from coachdesk.ui.models.coachee_table import COL_NAME


def dump(practice: Practice) -> dict[str, list[tuple]]:
    """Every row (not the audit trail: it records the delete and its undo, as it should)."""
    with practice.store.connect() as conn:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in practice_tables()
            if t != "audit_event"
        }


def fill(practice: Practice) -> tuple[int, int]:
    """A coachee with a trajectory that has held and planned sessions, agreements, goals."""
    c = practice.coachees.create("Anaïs Jansen", organisation="Waterschap Rivierenland", tags="x")
    practice.coachees.create("Bram Bakker", organisation="Gemeente Utrecht")
    sponsor = practice.sponsors.create("Waterschap Rivierenland", contact_name="Jan Smit")
    t = practice.trajectories.create(
        c.id,
        "Leiderschap",
        sponsor_id=sponsor.id,
        contracted_sessions=8,
        contracted_hours=12,
        intake_question="Hoe geef ik grenzen aan?",
        status="active",
    )
    now = datetime.now().replace(second=0, microsecond=0)
    for days in (40, 20, 5):
        practice.sessions.create(t.id, now - timedelta(days=days), duration_minutes=90)
    practice.sessions.create(t.id, now + timedelta(days=7))
    practice.agreements.create(t.id, "Plan maken", due_date=date.today() - timedelta(days=3))
    practice.agreements.create(t.id, "Collega bellen", due_date=date.today() + timedelta(days=3))
    g = practice.goals.create(t.id, "Grenzen aangeven")
    practice.goals.rate(g.id, 4, rated_on=date.today() - timedelta(days=20))
    practice.goals.rate(g.id, 6.5, rated_on=date.today())
    practice.profiles.record(c.id, "disc", {"d": 40, "i": 70, "s": 55, "c": 30}, variant="natural")
    return c.id, t.id


def list_names(window) -> list[str]:
    proxy = window.list_panel.proxy
    return [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]


def test_empty_store_shows_welcome_and_demo_fills_the_list(window):
    assert window.central.currentWidget() is window.welcome
    window.welcome.demo_button.click()  # synchronous tasks in tests
    assert window.central.currentWidget() is window.splitter
    assert window.list_panel.model.total == 40
    assert window.page.coachee is not None and window.page.isVisible()


def test_create_coachee_through_the_dialog_with_a_diaeresis(window, qtbot, monkeypatch):
    def fill_and_save(dialog: CoacheeDialog) -> int:
        dialog.name.setText("Zoë Öztürk")  # setText: keyClicks with non-ASCII aborts PySide6
        dialog.organisation.setText("Gemeente Zoetermeer")
        dialog.email.setText("zoe@zoetermeer.example")
        dialog.tags.setText("loopbaan, werkdruk")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CoacheeDialog, "exec", fill_and_save)
    window.welcome.new_button.click()
    [row] = window.practice.coachees.list()
    assert row.name == "Zoë Öztürk" and row.tags == "loopbaan, werkdruk"
    assert window.central.currentWidget() is window.splitter
    assert window.page.name.text() == "Zoë Öztürk"
    assert window.page.fields["email"].text() == "zoe@zoetermeer.example"
    assert list_names(window) == ["Zoë Öztürk"]


def test_invalid_input_shows_the_facade_message_and_saves_nothing(window, qtbot):
    from tests.ui.helpers import type_text

    dialog = CoacheeDialog(window.practice, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.error_for("name") == ""  # a new form opens without scolding
    assert not dialog.save_button.isEnabled()
    type_text(dialog.name, "   ")  # typed: now the empty name is said
    dialog.email.setText("zoe@")
    assert dialog.error_for("name") == EmptyValueError(field="name").message("nl")
    assert dialog.error_for("email") == InvalidEmailError(field="email", value="zoe@").message("nl")
    assert "mag niet leeg zijn" in dialog.error_for("name")
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert dialog.result() == 0 and window.practice.coachees.list() == []
    dialog.name.setText("Zoë")
    assert dialog.error_for("name") == "" and not dialog.save_button.isEnabled()
    dialog.email.setText("zoe@voorbeeld.nl")
    assert dialog.save_button.isEnabled()


def test_trajectory_dialog_validates_numbers_and_dates(window, qtbot):
    from coachdesk.ui.dialogs.trajectory_dialog import TrajectoryDialog

    coachee = window.practice.coachees.create("Zoë")
    dialog = TrajectoryDialog(window.practice, coachee.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.title.setText("Loopbaan")
    dialog.sessions.setText("-3")
    assert "negatief" in dialog.error_for("contracted_sessions")
    dialog.sessions.setText("acht")
    assert "niet geldig" in dialog.error_for("contracted_sessions")
    dialog.sessions.setText("8")
    dialog.hours.setText("7,5")
    assert dialog.error_for("contracted_hours") == ""
    dialog.start.set_value(date(2026, 3, 1))
    dialog.end.set_value(date(2026, 2, 1))
    assert "vóór de startdatum" in dialog.error_for("planned_end")
    dialog.save()
    assert window.practice.trajectories.list() == []
    dialog.end.set_value(date(2026, 9, 1))
    dialog.save()
    [t] = window.practice.trajectories.list()
    saved = window.practice.trajectories.get(t.id)
    assert (saved.contracted_sessions, saved.contracted_hours) == (8, 7.5)


def test_filter_the_list_accent_insensitively(window, english):
    fill(window.practice)
    window.practice.coachees.create("Zoë de Vries", organisation="Gemeente Zoetermeer")
    window.reload_list()
    window.list_panel.filter.setText("zoe")
    assert list_names(window) == ["Zoë de Vries"]
    window.list_panel.filter.setText("ANAIS")
    assert list_names(window) == ["Anaïs Jansen"]
    window.list_panel.filter.setText("utrecht")
    assert list_names(window) == ["Bram Bakker"]
    assert window.list_panel.count.text() == "1 of 3 coachees"


def test_dashboard_shows_the_facade_figures(window, qtbot):
    coachee_id, trajectory_id = fill(window.practice)
    window.reload_list()
    window.list_panel.select(coachee_id)
    o = window.practice.trajectories.overview(trajectory_id)
    d = window.page.dashboard
    assert window.page.current_trajectory_id() == trajectory_id
    assert d.title.text() == "Leiderschap"
    assert d.intake.text() == "Hoe geef ik grenzen aan?"
    assert d.sessions_label.text() == f"{o.sessions_used} of {o.sessions_contracted} sessions"
    assert (o.sessions_used, o.sessions_contracted) == (3, 8)
    assert d.sessions_bar.value() == 3 and d.sessions_bar.maximum() == 8
    assert d.hours_label.text() == "4,5 of 12 hours" and o.hours_used == 4.5
    assert d.hours_bar.value() == o.minutes_used
    assert o.next_session is not None and d.next_session.text().startswith("Next: ")
    [overdue] = o.overdue_agreements
    label = d.findChild(QLabel, f"agreement_{overdue.id}")
    assert label.property("overdue") is True and "overdue" in label.text()
    assert len(o.open_agreements) == 2
    goal = o.goals[0]
    assert d.findChild(QLabel, f"goalScore_{goal.goal.id}").text() == "6,5 / 10"
    assert d.findChild(QLabel, f"goalTrend_{goal.goal.id}").text() == "▲"
    # Charts: one per goal with two or more ratings, one per profile instrument (by name).
    from coachdesk.ui.widgets.chart_view import ChartView

    def drawn(name: str) -> bytes:  # charts are drawn once laid out
        shown = [c for c in d.findChildren(ChartView, name) if c.isVisible()]
        return shown[0].last_svg if len(shown) == 1 else b""

    qtbot.waitUntil(lambda: b"<svg" in drawn(f"goalChart_{goal.goal.id}"))
    qtbot.waitUntil(lambda: b"DISC" in drawn("profileChart_disc"))
    assert "Waterschap Rivierenland (Jan Smit)" in window.page.fields["sponsors"].text()


def test_archive_is_the_default_and_hides_from_the_active_list(window):
    coachee_id, _ = fill(window.practice)
    window.reload_list()
    window.list_panel.select(coachee_id)
    window.acts["archive_coachee"].trigger()
    assert window.practice.coachees.get(coachee_id).status == "archived"
    assert "Anaïs Jansen" not in list_names(window)
    assert window.acts["archive_coachee"].text() == "Restore"
    window.acts["archive_coachee"].trigger()
    assert window.practice.coachees.get(coachee_id).status == "active"


@pytest.mark.parametrize("answer", [False, True])
def test_delete_asks_first_and_undo_restores_everything(window, monkeypatch, answer):
    coachee_id, trajectory_id = fill(window.practice)
    window.reload_list()
    window.list_panel.select(coachee_id)
    before = dump(window.practice)
    asked: list[str] = []
    monkeypatch.setattr(window.editing, "confirm", lambda title, q: asked.append(q) or answer)
    window.acts["delete_coachee"].trigger()
    assert "Anaïs Jansen" in asked[0]
    if not answer:
        assert dump(window.practice) == before
        return
    assert all(r[0] != coachee_id for r in dump(window.practice)["coachee"])
    assert dump(window.practice)["coaching_session"] == []
    assert list_names(window) == ["Bram Bakker"]
    assert window.acts["undo"].isEnabled()
    window.acts["undo"].trigger()
    assert dump(window.practice) == before
    assert "Anaïs Jansen" in list_names(window)
    assert window.page.coachee.id == coachee_id
    assert window.page.current_trajectory_id() == trajectory_id


def test_delete_trajectory_undo(window, monkeypatch):
    coachee_id, trajectory_id = fill(window.practice)
    window.reload_list()
    window.list_panel.select(coachee_id)
    before = dump(window.practice)
    monkeypatch.setattr(window.editing, "confirm", lambda *a: True)
    window.acts["delete_trajectory"].trigger()
    assert window.practice.trajectories.list(coachee_id) == []
    assert window.page.no_trajectory.isVisible()
    window.undo_stack.undo()
    assert dump(window.practice) == before
    assert window.page.current_trajectory_id() == trajectory_id


def test_keyboard_shortcuts(window, qtbot, monkeypatch):
    fill(window.practice)
    window.reload_list()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.page.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.list_panel.filter.hasFocus()
    opened: list[str] = []
    monkeypatch.setattr(CoacheeDialog, "exec", lambda self: opened.append("new") or 0)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["new"]
    assert window.acts["switcher"].shortcut().toString() == "Ctrl+K"


def test_quick_switcher_finds_coachees_and_trajectories(window, monkeypatch):
    from coachdesk.ui.dialogs.quick_switcher import QuickSwitcher

    coachee_id, trajectory_id = fill(window.practice)
    window.reload_list()

    def choose(self: QuickSwitcher) -> int:
        self.query.setText("leiders")
        assert self.results.count() == 1
        self.query.returnPressed.emit()
        return self.result()

    monkeypatch.setattr(QuickSwitcher, "exec", choose)
    window.acts["switcher"].trigger()
    assert window.page.coachee.id == coachee_id
    assert window.page.current_trajectory_id() == trajectory_id
    switcher = window.switcher
    switcher.query.setText("anais")
    assert switcher.results.item(0).text().startswith("Anaïs Jansen")


def test_state_comes_back_on_the_next_start(make_window, data_dir, qtbot):
    first = make_window()
    first.show()
    coachee_id, _ = fill(first.practice)
    first.reload_list()
    first.list_panel.select(coachee_id)
    first.splitter.setSizes([300, 900])
    sizes = first.splitter.sizes()
    first.close()
    assert (data_dir / "coachdesk-ui.ini").is_file()
    second = make_window()
    second.show()
    # The home screen comes first, with the last coachee selected in the list.
    qtbot.waitUntil(lambda: second.home.today is not None)
    assert second.right.currentWidget() is second.home
    assert second.list_panel.current_id() == coachee_id
    assert second.splitter.sizes()[0] == sizes[0]


def test_dialog_tab_order_follows_the_form_and_esc_closes(window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from coachdesk.ui.dialogs.trajectory_dialog import TrajectoryDialog

    coachee = window.practice.coachees.create("Zoë")
    dialog = TrajectoryDialog(window.practice, coachee.id, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    order = [dialog.title]
    widget = dialog.title
    while widget is not cancel and len(order) < 40:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
    assert order[:4] == [dialog.title, dialog.sponsor, dialog.new_sponsor, dialog.intake]
    assert order[4:6] == [dialog.sessions, dialog.hours]
    assert order.index(dialog.start.check) < order.index(dialog.end.check)
    assert order.index(dialog.status) < order.index(dialog.save_button) < order.index(cancel)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.practice.trajectories.list() == []


def test_delete_sponsor_undo_relinks_the_trajectory(window, monkeypatch):
    coachee_id, trajectory_id = fill(window.practice)
    window.reload_list()
    window.list_panel.select(coachee_id)
    monkeypatch.setattr(window.editing, "confirm", lambda *a: True)
    sponsor_id = window.practice.trajectories.get(trajectory_id).sponsor_id
    window.acts["delete_sponsor"].trigger()
    assert window.practice.trajectories.get(trajectory_id).sponsor_id is None
    assert window.page.fields["sponsors"].text() == "—"
    window.undo_stack.undo()
    assert window.practice.trajectories.get(trajectory_id).sponsor_id == sponsor_id
    assert "Jan Smit" in window.page.fields["sponsors"].text()


def test_sessions_past_the_contract_are_marked(window):
    coachee_id, trajectory_id = fill(window.practice)
    window.practice.trajectories.update(trajectory_id, contracted_sessions=2, contracted_hours=3)
    window.reload_list()
    window.open_coachee(coachee_id, trajectory_id)
    d = window.page.dashboard
    assert d.sessions_label.text() == "3 of 2 sessions — 1 more than contracted"
    assert d.sessions_label.property("overContract") is True
    assert d.hours_label.text().endswith("more than contracted")
    window.practice.trajectories.update(trajectory_id, contracted_sessions=8, contracted_hours=12)
    window.show_trajectory(trajectory_id)
    assert d.sessions_label.property("overContract") is False


def test_undo_label_keeps_an_ampersand_in_a_name(window, monkeypatch):
    coachee_id, trajectory_id = fill(window.practice)
    window.practice.trajectories.update(trajectory_id, title="Aanspreken & afspreken")
    window.reload_list()
    window.open_coachee(coachee_id, trajectory_id)
    monkeypatch.setattr(window.editing, "confirm", lambda *a: True)
    window.acts["delete_trajectory"].trigger()
    assert window.undo_stack.undoText() == "Delete Aanspreken && afspreken"  # shows one "&"
