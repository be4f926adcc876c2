"""The words a coach reads: one Dutch word per thing, natural undo labels, real plurals,
and Qt's own dialogs in Dutch too."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from coachdesk.paths import resource
from tests.ui.test_main_window import fill


def _dutch_texts() -> list[tuple[str, str]]:
    """(English source, Dutch text) of the window and of the Qt-free layers' messages."""
    found = []
    for message in ET.parse(resource("translations", "coachdesk_nl.ts")).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        found += [(message.findtext("source") or "", form) for form in forms]
    for path in resource("translations", "messages").glob("*.json"):
        for entry in json.loads(path.read_text(encoding="utf-8")).values():
            found.append((entry.get("en", ""), entry.get("nl", "")))
    return found


def _words(text: str) -> str:
    return re.sub(r"\{\w+\}", "", text).lower()  # placeholders are no words


def test_afspraken_are_agreements_and_sponsors_are_opdrachtgevers():
    for source, dutch in _dutch_texts():
        if "afspra" in _words(dutch):
            assert "agree" in source.lower(), (source, dutch)  # never an appointment
        assert "sponsor" not in _words(dutch), (source, dutch)


def test_the_dashboard_speaks_of_sessions_in_dutch(dutch, window):
    coachee_id, trajectory_id = fill(window.practice)
    window.reload_list()
    window.open_coachee(coachee_id, trajectory_id)
    dashboard = window.page.dashboard
    assert dashboard.sections["sessions"].title.text() == "Sessies in de agenda"
    assert dashboard.next_session.text().startswith("Volgende sessie: ")
    assert dashboard.last_session.text().startswith("Laatste sessie: ")


def test_undo_labels_read_as_one_dutch_sentence(dutch, window, monkeypatch):
    window.practice.coachees.create("Annelies de Boer", organisation="Gemeente Amersfoort")
    window.reload_list()
    undo, redo = window.acts["undo"], window.acts["redo"]
    assert (undo.text(), undo.isEnabled()) == ("Ongedaan maken", False)
    window.open_coachee(window.list_panel.model.rows[0].id)
    monkeypatch.setattr(window.editing, "confirm", lambda *a: True)
    window.acts["delete_coachee"].trigger()
    assert undo.isEnabled() and undo.text() == "Verwijderen van Annelies de Boer ongedaan maken"
    undo.trigger()
    assert [c.name for c in window.practice.coachees.list()] == ["Annelies de Boer"]
    assert redo.isEnabled() and redo.text() == "Verwijderen van Annelies de Boer opnieuw doen"
    assert not undo.isEnabled() and undo.text() == "Ongedaan maken"


def test_undo_labels_in_english(window, monkeypatch):
    window.practice.coachees.create("Annelies de Boer")
    window.reload_list()
    window.open_coachee(window.list_panel.model.rows[0].id)
    monkeypatch.setattr(window.editing, "confirm", lambda *a: True)
    window.acts["delete_coachee"].trigger()
    assert window.acts["undo"].text() == "Undo Delete Annelies de Boer"


def test_plurals_in_both_languages(qapp, english):
    t = QCoreApplication.translate
    assert t("ExportPdfDialog", "%n page(s)", "", 1) == "1 page"
    assert t("ExportPdfDialog", "%n page(s)", "", 5) == "5 pages"
    assert t("CoacheeListPanel", "{shown} of %n coachee(s)", "", 1) == "{shown} of 1 coachee"


def test_dutch_plurals(qapp, dutch):
    t = QCoreApplication.translate
    assert t("ExportPdfDialog", "%n page(s)", "", 1) == "1 pagina"
    assert t("ExportPdfDialog", "%n page(s)", "", 5) == "5 pagina's"
    assert t("CoacheeListPanel", "{shown} of %n coachee(s)", "", 3) == "{shown} van 3 coachees"


def test_the_english_list_count_is_plural_aware(english, window):
    window.practice.coachees.create("Annelies de Boer")
    window.reload_list()
    assert window.list_panel.count.text() == "1 of 1 coachee"
    window.practice.coachees.create("Bram Bakker")
    window.reload_list()
    assert window.list_panel.count.text() == "2 of 2 coachees"


def test_qt_standard_buttons_and_the_file_dialog_speak_dutch(qapp, dutch):
    box = QMessageBox(QMessageBox.Icon.Question, "Vraag", "Doorgaan?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Annuleren", "Ja", "Nee"]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
    )
    assert sorted(b.text().replace("&", "") for b in buttons.buttons()) == ["Opslaan", "Sluiten"]

    dialog = QFileDialog(None, "Opslaan")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on a bare Linux
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    # "Look in:" and "Files of type:" are missing from Qt's own Dutch (ui/qt_texts.py).
    assert {"&Zoeken in:", "Bestands&naam:", "Bestanden van &type:"} <= labels
    texts = {b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
    assert texts == {"Op&slaan", "Annuleren"}
    dialog.deleteLater()
