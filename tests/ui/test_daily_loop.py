"""A coach's week in the window: plan, hold, cancel, no-show, move, remove (and undo)
sessions; tick and edit agreements on the dashboard; close and reopen a trajectory;
remove the demo data. Driven through the real widgets on a temporary store."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from coachdesk.ui.dialogs.agreement_dialog import AgreementDialog
from coachdesk.ui.dialogs.close_trajectory_dialog import CloseTrajectoryDialog
from coachdesk.ui.dialogs.session_plan_dialog import SessionPlanDialog


@pytest.fixture
def opened(window):
    p = window.practice
    c = p.coachees.create("Annelies de Boer", organisation="Gemeente Utrecht")
    t = p.trajectories.create(
        c.id,
        "Leiderschap",
        contracted_sessions=8,
        status="active",
        start_date=date.today() - timedelta(days=40),
    )
    p.sessions.create(t.id, datetime.now().replace(microsecond=0) - timedelta(days=14))
    window.reload_list()
    window.open_coachee(c.id, t.id)
    return window, t.id


def _used(window) -> int:
    return window.page.dashboard.overview.sessions_used


def _select(window, session_id: int) -> None:
    panel = window.features.session_list
    panel.list.setCurrentRow(panel.session_ids().index(session_id))


def test_plan_then_cancel_leaves_the_contract_count_alone(opened, monkeypatch):
    window, tid = opened
    assert _used(window) == 1

    def plan(dialog: SessionPlanDialog) -> int:
        dialog.starts_at.setDateTime(datetime.now().replace(microsecond=0) + timedelta(days=7))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SessionPlanDialog, "exec", plan)
    window.features.session_list.plan_button.click()
    [planned] = [s for s in window.practice.sessions.list(tid) if s.status == "planned"]
    assert window.page.dashboard.overview.next_session.id == planned.id
    assert _used(window) == 1

    _select(window, planned.id)
    actions = dict(window.features.session_list.menu_actions())
    assert "cancel_coachee" in actions and "reschedule" in actions
    window.features.session_list.sessionAction.emit("cancel_coachee", planned.id)
    assert window.practice.sessions.get(planned.id).status == "cancelled"
    assert _used(window) == 1  # a cancelled session never counts
    item = window.features.session_list.list.item(1).text()
    assert "cancelled by the coachee" in item and "Session 2" not in item


def test_a_no_show_counts_unless_not_charged_and_held_is_one_click(opened):
    window, tid = opened
    p = window.practice
    missed = p.sessions.plan(tid, datetime.now().replace(microsecond=0) - timedelta(days=2))
    window.open_coachee(window.page.coachee.id, tid)
    assert len(window.page.dashboard.overview.sessions_to_confirm) == 1
    assert window.page.dashboard.to_confirm.isVisibleTo(window.page.dashboard)
    _select(window, missed.id)
    window.features.session_list.sessionAction.emit("no_show", missed.id)
    assert _used(window) == 2
    window.features.session_list.sessionAction.emit("no_show_free", missed.id)
    assert _used(window) == 1
    _select(window, missed.id)
    window.features.session_list.held_button.click()
    assert p.sessions.get(missed.id).status == "held" and _used(window) == 2
    assert not window.page.dashboard.to_confirm.isVisibleTo(window.page.dashboard)


def test_remove_a_session_and_undo_it(opened, monkeypatch):
    window, tid = opened
    [session] = window.practice.sessions.list(tid)
    monkeypatch.setattr(window.editing, "confirm", lambda *a: True)
    _select(window, session.id)
    window.features.session_list.sessionAction.emit("delete", session.id)
    assert window.practice.sessions.list(tid) == []
    assert _used(window) == 0
    window.undo_stack.undo()
    [back] = window.practice.sessions.list(tid)
    assert (back.id, back.uid, back.starts_at) == (session.id, session.uid, session.starts_at)
    assert _used(window) == 1


def test_move_a_session(opened, monkeypatch):
    window, tid = opened
    [session] = window.practice.sessions.list(tid)
    later = (session.starts_at + timedelta(days=1, hours=2)).replace(second=0)

    def move(dialog: SessionPlanDialog) -> int:
        assert dialog.session is not None
        dialog.starts_at.setDateTime(later)
        dialog.mode.setCurrentIndex(dialog.mode.findData("online"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SessionPlanDialog, "exec", move)
    window.features.session_list.sessionAction.emit("reschedule", session.id)
    moved = window.practice.sessions.get(session.id)
    assert (moved.starts_at, moved.mode) == (later, "online")


def test_tick_and_edit_an_agreement_on_the_dashboard(opened, monkeypatch):
    window, tid = opened
    a = window.practice.agreements.create(tid, "Collega bellen", due_date=date.today())
    window.open_coachee(window.page.coachee.id, tid)
    rows = window.page.dashboard.agreement_rows

    def edit(dialog: AgreementDialog) -> int:
        dialog.text.setText("Collega én teamleider bellen")
        dialog.owner.setCurrentIndex(dialog.owner.findData("coach"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AgreementDialog, "exec", edit)
    rows.findChild(type(rows.toggle), f"agreementEdit_{a.id}").click()
    edited = window.practice.agreements.get(a.id)
    assert (edited.text, edited.owner) == ("Collega én teamleider bellen", "coach")

    from PySide6.QtWidgets import QCheckBox

    window.page.dashboard.agreement_rows.findChild(QCheckBox, f"agreementDone_{a.id}").click()
    assert window.practice.agreements.get(a.id).done_date == date.today()
    overview = window.page.dashboard.overview
    assert overview.open_agreements == [] and [x.id for x in overview.closed_agreements] == [a.id]
    box = window.page.dashboard.agreement_rows.findChild(QCheckBox, f"agreementDone_{a.id}")
    box.click()  # open again
    assert window.practice.agreements.get(a.id).done_date is None


def test_close_a_trajectory_with_open_agreements_then_reopen_it(opened, monkeypatch):
    window, tid = opened
    p = window.practice
    late = p.agreements.create(tid, "Verslag", due_date=date.today() - timedelta(days=3))
    keep = p.agreements.create(tid, "Evaluatie met HR")
    goal = p.goals.create(tid, "Aanspreken")
    window.open_coachee(window.page.coachee.id, tid)
    assert window.page.dashboard.overview.overdue_agreements

    def close(dialog: CloseTrajectoryDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("ended_early"))
        dialog.save()  # refused: a reason is needed
        assert dialog.result_object is None and dialog.general_error.text() + "".join(
            dialog.error_for(k) for k in ("reason", "outcome")
        )
        dialog.reason.setText("Nieuwe baan")
        dialog.evaluation.setPlainText("Gegroeid in aanspreken.")
        dialog.coachee_words.setPlainText("Ik zeg nu nee.")
        dialog.fates[late.id].setCurrentIndex(dialog.fates[late.id].findData("dropped"))
        dialog.fates[keep.id].setCurrentIndex(dialog.fates[keep.id].findData("carry"))
        check, value = dialog.finals[goal.id]
        check.setChecked(True)
        value.setValue(8)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(CloseTrajectoryDialog, "exec", close)
    window.lifecycle.actions["close_trajectory"].trigger()
    t = p.trajectories.get(tid)
    assert (t.status, t.outcome, t.outcome_reason) == ("completed", "ended_early", "Nieuwe baan")
    assert p.agreements.get(late.id).dropped and p.agreements.get(keep.id).done_date is None
    d = window.page.dashboard
    assert d.overview.closed and d.overview.overdue_agreements == []
    assert d.sections["evaluation"].isVisibleTo(d) and "Ik zeg nu nee." in d.evaluation.text()
    assert d.overview.goals[0].latest == 8
    assert window.lifecycle.actions["reopen_trajectory"].isEnabled()
    assert not window.lifecycle.actions["close_trajectory"].isEnabled()

    window.lifecycle.actions["reopen_trajectory"].trigger()
    assert p.trajectories.get(tid).status == "active"
    assert not window.page.dashboard.overview.closed


def test_remove_demo_data_from_the_window_keeps_a_hand_made_coachee(window, monkeypatch):
    own = window.practice.coachees.create("Eigen Coachee")
    window.practice.demo.generate(coachees=4, seed=2)
    window.reload_list()
    assert window.list_panel.model.total == 5
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.clickedButton() or _click_remove(box))
    window.lifecycle.actions["remove_demo"].trigger()
    assert [c.id for c in window.practice.coachees.list()] == [own.id]
    assert window.list_panel.model.total == 1


def _click_remove(box: QMessageBox) -> int:
    [remove] = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ]
    remove.click()
    return 0
