"""The window honours the organisation's presets and says which ones are fixed."""

from __future__ import annotations

from pathlib import Path

from coachdesk.ui import settings as keys


def presets(tmp_path: Path, monkeypatch, text: str) -> None:
    ini = tmp_path / "presets.ini"
    ini.write_text("[CoachDesk]\n" + text, encoding="utf-8")
    monkeypatch.setenv("COACHDESK_PRESETS", str(ini))


def test_settings_lock_a_fixed_language_and_name_every_fixed_preset(
    make_window, tmp_path, monkeypatch, dutch, data_dir
):
    from coachdesk.ui.dialogs.settings_dialog import SettingsDialog

    presets(
        tmp_path,
        monkeypatch,
        "language = en\nencryption_required = yes\nidle_lock_minutes = 10\n"
        "demo_offer = yes\nfixed = language, encryption_required, idle_lock_minutes\n",
    )
    window = make_window()
    dialog = SettingsDialog(window.practice, window.settings, window)
    assert not dialog.language.isEnabled()
    assert dialog.language.currentData() == "en"
    assert dialog.presets_note.text() == (
        "Ingesteld door je organisatie: taal: English; versleuteling verplicht; "
        "vergrendelt na 10 min zonder gebruik."
    )
    dialog.coach_name.setText("Marieke")
    dialog.save()
    again = keys.open_settings(data_dir)
    assert keys.get_str(again, keys.LANGUAGE) == ""  # the coach's own choice is untouched


def test_settings_without_fixed_presets_leave_everything_to_the_coach(
    make_window, tmp_path, monkeypatch
):
    from coachdesk.ui.dialogs.settings_dialog import SettingsDialog

    presets(tmp_path, monkeypatch, "language = en\n")  # a default, not fixed
    window = make_window()
    dialog = SettingsDialog(window.practice, window.settings, window)
    assert dialog.language.isEnabled()
    assert dialog.presets_note is None


def test_the_english_note_reads_in_english(make_window, tmp_path, monkeypatch, english):
    from coachdesk.deployment import Presets
    from coachdesk.ui.dialogs import presets_note

    one = Presets(
        {"idle_lock_minutes": 1, "demo_offer": False},
        frozenset({"idle_lock_minutes", "demo_offer"}),
    )
    assert presets_note.note_text(one) == (
        "Set by your organisation: locks after 1 min without use; no demo data offered."
    )


def test_no_demo_offer_on_the_welcome_page_when_the_organisation_says_so(
    qtbot, tmp_path, monkeypatch, dutch
):
    from coachdesk.ui.pages.welcome import WelcomePage

    offered = WelcomePage()
    qtbot.addWidget(offered)
    assert not offered.demo_button.isHidden()
    presets(tmp_path, monkeypatch, "demo_offer = no\n")
    page = WelcomePage()
    qtbot.addWidget(page)
    assert page.demo_button.isHidden()
    from PySide6.QtWidgets import QLabel

    shown = [label.text() for label in page.findChildren(QLabel) if not label.isHidden()]
    assert "Je praktijk is nog leeg. Voeg je eerste coachee toe." in shown
    assert not any("demo" in text.lower() for text in shown)


def test_a_fixed_idle_lock_and_required_encryption_hold_against_the_coachs_own_choice(
    make_window, tmp_path, monkeypatch, english, data_dir
):
    from coachdesk.ui import encryption_ui
    from coachdesk.ui.dialogs.settings_dialog import SettingsDialog
    from coachdesk.ui.widgets.encryption_section import LOCK_MINUTES, lock_minutes

    presets(
        tmp_path,
        monkeypatch,
        "encryption_required = yes\nidle_lock_minutes = 3\n"
        "fixed = idle_lock_minutes, encryption_required\n",
    )
    window = make_window()
    window.settings.setValue(LOCK_MINUTES, 30)  # the coach's own, from before the preset
    assert lock_minutes(window.settings) == 3
    dialog = SettingsDialog(window.practice, window.settings, window)
    assert not dialog.encryption.lock_minutes.isEnabled()
    dialog.encryption.save()
    assert int(window.settings.value(LOCK_MINUTES)) == 30  # not overwritten by the preset
    first = encryption_ui.offer_encryption(window, data_dir, window.settings)
    again = encryption_ui.offer_encryption(window, data_dir, window.settings)
    assert first is not None and again is not None  # asked at every start until encrypted
    assert "organisation requires" in first.text()
    first.close()
    again.close()


def test_without_presets_the_idle_lock_is_the_coachs_and_encryption_is_offered_once(
    make_window, data_dir
):
    from coachdesk.ui import encryption_ui
    from coachdesk.ui.widgets.encryption_section import LOCK_MINUTES, lock_minutes

    window = make_window()
    assert lock_minutes(window.settings) == 10
    window.settings.setValue(LOCK_MINUTES, 25)
    assert lock_minutes(window.settings) == 25
    first = encryption_ui.offer_encryption(window, data_dir, window.settings)
    assert first is not None and "organisation" not in first.text()
    first.close()
    assert encryption_ui.offer_encryption(window, data_dir, window.settings) is None
