"""The dashboard's agreement rows are refilled in place: the right ids, no ticks sent."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel

from coachdesk.core.models import Agreement
from coachdesk.ui.pages.agreement_rows import AgreementRows


def test_rows_are_refilled_in_place_with_the_new_agreements(qtbot, dutch):
    rows = AgreementRows("#c62828")
    qtbot.addWidget(rows)
    ticked: list[tuple[int, bool]] = []
    rows.agreementTicked.connect(lambda aid, done: ticked.append((aid, done)))
    first = [Agreement(id=n, trajectory_id=1, text=f"Afspraak {n}") for n in (1, 2, 3)]
    rows.fill(first, {2}, [])
    assert rows.findChild(QLabel, "agreement_2").property("overdue") is True
    kept = list(rows._open)
    second = [
        Agreement(id=7, trajectory_id=1, text="Nieuw", done_date=None),
        Agreement(id=8, trajectory_id=1, text="Ander", due_date=date(2030, 1, 1)),
    ]
    done = [Agreement(id=9, trajectory_id=1, text="Klaar", done_date=date(2026, 1, 2))]
    rows.fill(second, set(), done)
    assert rows._open == kept[:2] and ticked == []  # reused, and showing ticks nothing
    label = rows.findChild(QLabel, "agreement_7")
    assert label.text().startswith("Nieuw") and label.property("overdue") is None
    assert label.styleSheet() == "" and not rows.none_open.isVisibleTo(rows)
    rows.findChild(QCheckBox, "agreementDone_8").click()
    assert ticked == [(8, True)]
    closed = rows.findChild(QCheckBox, "agreementDone_9")
    assert closed.isChecked() and rows.toggle.isVisibleTo(rows)
    rows.fill([], set(), [])
    assert rows.none_open.isVisibleTo(rows) and rows._open == []
