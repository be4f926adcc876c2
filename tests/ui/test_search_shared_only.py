"""The search dialog's "shared text only" switch leaves private notes out."""

from __future__ import annotations

from datetime import datetime

from coachdesk.ui.dialogs.search_dialog import SearchDialog
from coachdesk.ui.models.search_results import HIT_ROLE


def test_switch_leaves_private_hits_out_and_back_in(qtbot, practice, dutch):
    c = practice.coachees.create("Iris Kok")
    t = practice.trajectories.create(c.id, "Werkdruk")
    practice.sessions.create(
        t.id, datetime(2026, 3, 2, 10), shared_notes="planning", private_notes="planning privé"
    )
    dialog = SearchDialog(practice, lang="nl")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.shared_only.text() == "Alleen gedeelde tekst (privé-aantekeningen weglaten)"

    def parts() -> list[str]:
        return sorted(
            dialog.model.index(r).data(HIT_ROLE).part for r in range(dialog.model.rowCount())
        )

    with qtbot.waitSignal(dialog.searched, timeout=3000):
        dialog.field.setText("planning")
    assert parts() == ["private", "shared"]
    with qtbot.waitSignal(dialog.searched, timeout=3000):
        dialog.shared_only.setChecked(True)
    assert parts() == ["shared"]
    with qtbot.waitSignal(dialog.searched, timeout=3000):
        dialog.shared_only.setChecked(False)
    assert parts() == ["private", "shared"]
