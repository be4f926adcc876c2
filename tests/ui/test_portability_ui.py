"""Export whole practice, import (plan first, then a yes) and the access export, in the window."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime

from PySide6.QtWidgets import QDialog

from coachdesk.core.practice import Practice
from coachdesk.ui.dialogs.import_dialog import (
    AccessExportDialog,
    ImportPlanDialog,
    ImportProblemsDialog,
)


def _menu_names(menu) -> list[str]:
    return [a.objectName() for a in menu.actions()]


def test_menus_hold_the_actions(window, dutch):
    assert {"action_export_all", "action_import_practice"} <= set(_menu_names(window.file_menu))
    assert "action_export_data" in _menu_names(window.coachee_menu)


def test_export_then_import_with_the_plan_first(window, tmp_path, monkeypatch, dutch):
    p = window.practice
    c = p.coachees.create("Saskia Vos")
    t = p.trajectories.create(c.id, "Balans")
    p.sessions.create(t.id, datetime(2026, 3, 3, 10), shared_notes="verslag")
    out = tmp_path / "praktijk.json"
    window.portability.export_all_to(out)
    assert (
        json.loads(out.read_text(encoding="utf-8"))["tables"]["coachee"][0]["name"] == "Saskia Vos"
    )

    other = tmp_path / "ander"
    with Practice.open(str(other)) as second:
        second.coachees.create("Tom Berg")
        second_file = tmp_path / "tweede.json"
        from coachdesk.report.portability_files import export_all

        export_all(second, second_file)
    shown: list[ImportPlanDialog] = []
    monkeypatch.setattr(ImportPlanDialog, "open", lambda self: shown.append(self))
    window.portability.import_from(second_file)
    [dialog] = shown
    assert dialog.table.item(0, 0).text() == "Coachees" and dialog.table.item(0, 1).text() == "1"
    assert dialog.import_button.text() == "Nu inlezen" and dialog.import_button.isEnabled()
    assert [c.name for c in p.coachees.list()] == ["Saskia Vos"]  # nothing written yet
    dialog.accept()
    names = sorted(c.name for c in p.coachees.list())
    assert names == ["Saskia Vos", "Tom Berg"]
    assert window.list_panel.model.total == 2  # the list followed (practiceChanged)


def test_a_hostile_file_shows_its_problems_and_changes_nothing(
    window, tmp_path, monkeypatch, dutch
):
    bad = tmp_path / "kapot.json"
    bad.write_text('{"format": "coachdesk-export", "version": 1, "tables": {"coachee": [1]}}')
    shown: list[ImportProblemsDialog] = []
    monkeypatch.setattr(ImportProblemsDialog, "exec", lambda self: shown.append(self) or 0)
    window.portability.import_from(bad)
    [dialog] = shown
    assert "er is niets veranderd" in dialog.headline.text()
    assert "/tables/coachee/0" in dialog.problems.toPlainText()


def test_access_export_from_the_window(window, tmp_path, dutch):
    p = window.practice
    c = p.coachees.create("Saskia Vos")
    t = p.trajectories.create(c.id, "Balans")
    p.sessions.create(t.id, datetime(2026, 3, 3, 10), private_notes="eigen hypothese")
    dialog = AccessExportDialog("Saskia Vos", "nl", window)
    assert not dialog.private.isChecked()  # the coach chooses; nothing by default
    assert "artikel 15" in dialog.explanation.text()
    assert dialog.chosen_lang() == "nl"
    out = tmp_path / "inzage.zip"
    window.portability.export_data_to(c.id, out, "en", False)
    archive = zipfile.ZipFile(out)
    assert "README.txt" in archive.namelist()
    assert b"eigen hypothese" not in archive.read("data.json")
    assert dialog.result() != QDialog.DialogCode.Accepted
