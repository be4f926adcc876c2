"""Privacy in the window: the consent card and dialog, the home screen's lines, erasure
from the window surviving a restore, the due-for-deletion list, the audit trail."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QMessageBox

from coachdesk.ui.tasks import run_op
from tests.core.privacy_helpers import MARKER, marked_coachee, where


def _confirm(monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.setProperty("ok", True) or 0)
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda box: next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ),
    )


def test_the_consent_card_reminds_and_the_dialog_records(make_window, dutch):
    window = make_window()
    coachee = run_op(window.practice.coachees.create, "Zoë Öztürk")
    window.show()
    window.open_coachee(coachee.id)
    card = window.privacy.card
    assert card is not None and card.isVisible()
    assert "nog geen toestemming" in card.summary.text()

    from coachdesk.ui.dialogs.consent_dialog import ConsentDialog

    dialog = ConsentDialog(window.practice, coachee.id, parent=window)
    dialog.version.setText("2026-1")
    dialog.sponsor_sees.setCurrentIndex(dialog.sponsor_sees.findData("attendance_hours"))
    dialog.save()
    assert dialog.result_object is not None
    assert "privacyverklaring 2026-1" in card.summary.text()  # followed the change notice
    assert "aanwezigheid en uren" in card.summary.text()
    assert window.practice.audit.lines()[0].action == "consent"


def test_the_home_screen_counts_without_consent_and_due(make_window, dutch):
    window = make_window()
    p = window.practice
    old = run_op(p.coachees.create, "Oud Traject")
    run_op(
        p.trajectories.create,
        old.id,
        "Klaar",
        status="completed",
        start_date=date(2015, 1, 1),
        ended_on=date(2015, 6, 1),
    )
    run_op(p.coachees.create, "Nieuw")
    window.show()
    window.show_home()
    ui = window.privacy
    assert ui.home_card.isVisible()
    assert ui.no_consent.text() == "2 actieve coachees zonder vastgelegde toestemming"
    assert ui.due.text() == "1 coachee te verwijderen (bewaartermijn verstreken)"


def test_erased_in_the_window_stays_gone_after_a_restore(make_window, monkeypatch, data_dir):
    from coachdesk.ui.dialogs.restore_dialog import RestoreDialog

    window = make_window()
    cid = run_op(marked_coachee, window.practice)
    window.practice.backups.create()
    window.show()
    window.open_coachee(cid)
    monkeypatch.setattr(window.editing, "confirm", lambda *_a: True)
    window.editing.delete_coachee()
    window.undo_stack.clear()  # the coach closed CoachDesk: no undo left
    assert where(data_dir) == []
    dialog = RestoreDialog(
        window.practice, window, on_restored=window.backups._restored, ui=window.backups
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.confirm()
    names = [r.name for r in window.list_panel.model.rows]
    assert names == ["Bram Bystander"]
    assert window.practice.search.find(MARKER.lower()) == []
    assert where(data_dir) == []


def test_due_for_deletion_anonymise_and_erase_all_with_progress(make_window, monkeypatch, dutch):
    from coachdesk.ui.dialogs.due_dialog import DueDialog

    window = make_window()
    p = window.practice
    ids = []
    for name, end in (("Anna Oud", date(2016, 1, 1)), ("Bert Minder Oud", date(2022, 1, 1))):
        c = run_op(p.coachees.create, name)
        t = run_op(p.trajectories.create, c.id, "Klaar", status="completed", ended_on=end)
        run_op(p.sessions.create, t.id, datetime(end.year - 1, 3, 1, 10), private_notes="geheim")
        ids.append(c.id)
    dialog = DueDialog(p, window)
    assert [(d.name, d.kind) for d in dialog.due] == [
        ("Anna Oud", "administration"),
        ("Bert Minder Oud", "notes"),
    ]
    _confirm(monkeypatch)
    dialog.act_on_all()
    assert dialog.due == [] and dialog.empty.isVisibleTo(dialog)
    names = [r.name for r in p.coachees.list()]
    assert names == [f"C-{ids[1]:04d}"]  # Bert anonymised, Anna erased
    assert [line.action for line in p.audit.lines()][:2] == ["erase", "anonymise"]


def test_the_audit_trail_dialog_exports_csv(make_window, tmp_path, dutch):
    from coachdesk.ui.dialogs.audit_dialog import AuditDialog

    window = make_window()
    c = run_op(window.practice.coachees.create, "Zoë")
    window.practice.audit.record("export_pdf", [c.uid], {"pages": 3})
    dialog = AuditDialog(window.practice, window)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "PDF voor de coachee"
    assert "pagina's: 3" in dialog.table.item(0, 3).text()
    out = dialog.export_to(str(tmp_path / "audit.csv"))
    text = out.read_text(encoding="utf-8-sig")
    assert c.uid in text and "export_pdf" in text and "Zoë" not in text
