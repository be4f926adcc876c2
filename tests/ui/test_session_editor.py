from __future__ import annotations

import time
from datetime import date, datetime

import pytest
from PySide6.QtCore import QMimeData

from coachdesk.core.practice import Practice
from coachdesk.ui.pages.session_editor import SessionEditor
from tests.ui.helpers import type_text

WORD_PASTE = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal'
    "{font-family:Calibri}</style></head><body><p class=MsoNormal><b><span style='color:red'>"
    "Actiepunt:</span></b> <i>evaluatie</i> met teamleider<o:p></o:p></p><ul><li>punt één</li>"
    "</ul><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--></body></html>"
)


@pytest.fixture
def session(practice: Practice):
    c = practice.coachees.create("Zoë Çelik")
    t = practice.trajectories.create(c.id, "Leiderschap", contracted_sessions=8)
    earlier = practice.sessions.create(t.id, datetime(2026, 3, 3, 10), template="grow")
    practice.agreements.create(t.id, "Agenda opschonen", session_id=earlier.id, owner="coachee")
    practice.goals.create(t.id, "Grenzen stellen")
    return practice.sessions.create(t.id, datetime(2026, 3, 17, 10), template="grow")


@pytest.fixture
def editor(qtbot, practice, session):
    widget = SessionEditor(practice, session.id, lang="nl")
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    return widget


def test_grow_note_typed_in_shared_and_private_parts_is_autosaved(qtbot, practice, session, editor):
    assert list(editor.shared.editors) == ["goal", "reality", "options", "will"]
    type_text(editor.shared.editors["goal"], "Meer coördinatie 🙂")
    type_text(editor.shared.editors["will"], "Gesprek met de wethouder")
    type_text(editor.private.editors["notes"], "Ik merk ongeduld bij mezelf")
    # Saved within two seconds of the last keystroke: that is what the timer is set to.
    assert editor._timer.isActive() and editor._timer.interval() <= 2000
    assert "ongeduld" not in practice.sessions.get(session.id).private_notes
    qtbot.waitUntil(
        lambda: "ongeduld" in practice.sessions.get(session.id).private_notes, timeout=10_000
    )
    assert not editor._timer.isActive()  # the timer fired and saved
    saved = practice.sessions.get(session.id)
    assert saved.shared_notes == (
        "## Doel\n\nMeer coördinatie 🙂\n\n## Wil\n\nGesprek met de wethouder"
    )
    assert saved.private_notes == "Ik merk ongeduld bij mezelf"
    assert "ongeduld" not in saved.shared_notes  # private never leaks into the shared part
    qtbot.waitUntil(lambda: editor.save_state.text().startswith("Saved at"), timeout=10_000)
    assert editor.last_autosave_gui_ms > 0  # measured (tests/benchmarks compares it)


def test_closing_saves_what_the_timer_did_not_yet(qtbot, practice, session, editor):
    editor.private.editors["notes"].setPlainText("Nog niet door de timer opgeslagen")
    assert editor._timer.isActive()
    editor.close()
    assert practice.sessions.get(session.id).private_notes == "Nog niet door de timer opgeslagen"


def test_reopened_note_shows_the_same_text_and_the_private_part_looks_different(
    qtbot, practice, session, editor
):
    editor.shared.editors["reality"].setPlainText('مرحبا — שלום — NEAR(a b) * OR ( "x"')
    editor.flush()
    again = SessionEditor(practice, session.id, lang="en")
    qtbot.addWidget(again)
    assert again.shared.editors["reality"].toPlainText() == ('مرحبا — שלום — NEAR(a b) * OR ( "x"')
    assert [s.key for s in again.template.sections][0] == "goal"
    assert again.shared.objectName() == "sharedPart" and again.private.objectName() == "privatePart"
    assert "for the coach only" in again.private.title.text()
    again.resize(1000, 900)
    again.show()
    qtbot.waitExposed(again)

    def looks(part) -> tuple[str, str]:  # (the stripe on the left, the background) as drawn
        image = part.grab().toImage()
        return (
            image.pixelColor(3, part.height() // 2).name(),
            image.pixelColor(part.width() - 4, part.height() // 2).name(),
        )

    page = again.scroll.widget().grab().toImage().pixelColor(1, 1).name()
    shared, private = looks(again.shared), looks(again.private)
    assert shared[0] != private[0] and shared[1] != private[1]
    assert page not in (shared[1], private[1])  # both parts stand out from the page


def test_pasted_word_html_is_cleaned_to_markdown(qtbot, practice, session, editor):
    mime = QMimeData()
    mime.setHtml(WORD_PASTE)
    target = editor.shared.editors["options"]
    target.setFocus()
    target.insertFromMimeData(mime)
    editor.flush()
    stored = practice.sessions.get(session.id).shared_notes
    assert "**Actiepunt:**" in stored and "*evaluatie*" in stored and "- punt één" in stored
    for junk in ("Mso", "Calibri", "<", "o:p", "color", "mso 9"):
        assert junk not in stored


def test_one_megabyte_note_and_nul_bytes(qtbot, practice, session, editor):
    big = "\n\n".join(f"Alinea {n}: samenwerking en vertrouwen in het team." for n in range(20_000))
    assert len(big) > 1_000_000
    editor.shared.editors["reality"].setPlainText(big)
    editor.private.editors["notes"].setPlainText("voor\x00na")
    editor.flush()
    stored = practice.sessions.get(session.id)
    assert stored.shared_notes.endswith("Alinea 19999: samenwerking en vertrouwen in het team.")
    assert "\x00" not in stored.private_notes
    assert [h.session_id for h in practice.search.find("19999")] == [session.id]


def test_template_switch_keeps_every_word(qtbot, practice, session, editor):
    editor.shared.editors["goal"].setPlainText("Rust in het hoofd")
    editor.shared.editors["will"].setPlainText("Elke ochtend focusblok")
    editor.template_box.setCurrentIndex(editor.template_box.findData("clear"))
    assert list(editor.shared.editors) == [
        "contracting",
        "listening",
        "exploring",
        "action",
        "review",
    ]
    editor.flush()
    stored = practice.sessions.get(session.id)
    assert stored.template == "clear"
    assert (
        "Rust in het hoofd" in stored.shared_notes
        and "Elke ochtend focusblok" in stored.shared_notes
    )


def test_scores_ratings_and_agreements_are_saved(qtbot, practice, session, editor):
    editor.scales["scale_motivation"].setValue(7)
    [goal_spin] = editor.goal_spins.values()
    goal_spin.setValue(6.5)
    [(agreement_id, box)] = editor.review.boxes.items()
    assert box.text().startswith("Agenda opschonen")
    box.setChecked(True)
    editor.agreements.text.setText("Feedback vragen aan collega")
    editor.agreements.owner.setCurrentIndex(editor.agreements.owner.findData("coachee"))
    editor.agreements.add_button.click()
    qtbot.waitUntil(lambda: not editor.writer.pending, timeout=3000)
    stored = practice.sessions.get(session.id)
    assert stored.scale_motivation == 7 and stored.scale_progress is None
    sheet = practice.sessions.sheet(session.id)
    assert list(sheet.ratings.values()) == [6.5]
    assert practice.agreements.get(agreement_id).done_date == date(2026, 3, 17)
    assert [a.text for a in sheet.agreements] == ["Feedback vragen aan collega"]
    assert editor.agreements.rows.count() == 1


def test_reveal_selects_the_hit_ignoring_diacritics(qtbot, practice, session, editor):
    editor.private.editors["notes"].setPlainText("Vooral de coördinatie met de wethouder")
    assert editor.reveal("coordinatie")
    cursor = editor.private.editors["notes"].textCursor()
    assert cursor.selectedText() == "coördinatie"
    assert not editor.reveal("olifant")


def test_a_failed_save_says_so_and_keeps_the_text(qtbot, practice, session, editor):
    failures: list[str] = []
    editor.saveFailed.connect(failures.append)
    practice.sessions.delete(session.id)
    editor.private.editors["notes"].setPlainText("Belangrijke gedachte")
    editor.flush()
    assert failures and "bestaat niet" in failures[0]
    assert editor.save_state.property("problem") is True
    assert editor.private.editors["notes"].toPlainText() == "Belangrijke gedachte"


def test_importing_a_broken_template_shows_the_problem(qtbot, practice, session, editor, tmp_path):
    broken = tmp_path / "mijn.json"
    broken.write_text('{"key": "x", "name": {"nl": "X"}}', encoding="utf-8")
    assert not editor.import_template_file(str(broken))
    assert "mijn.json" in editor.save_state.text() and "'en'" in editor.save_state.text()


class _Clock:
    """The session editor's ``time`` module, with a monotonic clock the test moves."""

    def __init__(self) -> None:
        self.ms = 0

    def monotonic(self) -> float:
        return self.ms / 1000

    def __getattr__(self, name: str):
        return getattr(time, name)


def test_autosave_fires_during_continuous_typing(qtbot, practice, session, editor, monkeypatch):
    from coachdesk.ui.pages import session_editor

    clock = _Clock()
    monkeypatch.setattr(session_editor, "time", clock)
    target = editor.shared.editors["goal"]
    typed = 0
    while True:  # a key every 100 ms: never pausing as long as the idle delay (700 ms)
        type_text(target, "a")
        typed += 1
        due_ms = clock.ms + editor._timer.interval()
        assert editor._timer.isActive() and due_ms - clock.ms <= editor.AUTOSAVE_DELAY_MS
        assert due_ms <= editor.AUTOSAVE_MAX_WAIT_MS  # never later than 1.5 s after key one
        if due_ms == clock.ms:
            break
        clock.ms += 100
        assert typed < 100, "the autosave kept being put off by the typing"
    assert typed == 1 + editor.AUTOSAVE_MAX_WAIT_MS // 100
    # Nothing has run the event loop yet: the timer, due now, saves on its first turn.
    assert practice.sessions.get(session.id).shared_notes.count("a") == 0
    qtbot.waitUntil(
        lambda: practice.sessions.get(session.id).shared_notes.count("a") == typed,
        timeout=10_000,
    )


def test_importing_a_good_template_offers_and_uses_it(qtbot, practice, session, editor, tmp_path):
    own = tmp_path / "wandel.json"
    own.write_text(
        '{"key": "walk", "name": {"nl": "Wandelcoaching", "en": "Walk and talk"},'
        ' "sections": [{"key": "route", "heading": {"nl": "Route", "en": "Route"}},'
        ' {"key": "harvest", "heading": {"nl": "Oogst", "en": "Harvest"},'
        ' "prompt": {"nl": "Wat neem je mee?", "en": "What do you take away?"}}]}',
        encoding="utf-8",
    )
    assert editor.import_template_file(str(own))
    assert editor.template_box.currentText() == "Wandelcoaching"
    assert list(editor.shared.editors) == ["route", "harvest"]
    assert editor.shared.editors["harvest"].placeholderText() == "Wat neem je mee?"
    editor.shared.editors["harvest"].setPlainText("Rust door te lopen")
    editor.flush()
    stored = practice.sessions.get(session.id)
    assert stored.template == "walk" and stored.shared_notes == "## Oogst\n\nRust door te lopen"
