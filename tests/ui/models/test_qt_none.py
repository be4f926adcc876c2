from __future__ import annotations

import sys

from coachdesk.core.records import CoacheeRow
from coachdesk.ui.models.coachee_table import CoacheeFilterModel, CoacheeTableModel


def test_returning_no_data_keeps_none_alive(qapp):
    source = CoacheeTableModel()
    source.set_rows([CoacheeRow(i, f"n{i}", "", "", "", "active", None, 0) for i in range(200)])
    proxy = CoacheeFilterModel()
    proxy.setSourceModel(source)
    before = sys.getrefcount(None)
    for row in range(200):
        for role in (6, 7, 8, 9, 13):  # font, alignment, background, foreground, size hint
            proxy.index(row, 0).data(role)
    # Without the workaround PySide6 6.12 on Python 3.11 loses 1,000 references here.
    assert sys.getrefcount(None) >= before - 50
