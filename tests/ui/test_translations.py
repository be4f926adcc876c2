"""The Dutch UI translation: complete, compiled, and actually used."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from coachdesk.paths import resource

TS = resource("translations", "coachdesk_nl.ts")
QM = resource("translations", "coachdesk_nl.qm")
REPO = Path(__file__).resolve().parents[2]


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            text = None
            if finished and translation is not None:
                forms = [f.text for f in translation.iter("numerusform")]
                text = " | ".join(f for f in forms if f) if forms else translation.text
            found[(name, message.findtext("source") or "")] = text
    return found


def test_every_ui_string_has_a_finished_dutch_translation(tmp_path):
    committed = messages(TS)
    assert committed and all(committed.values()), [k for k, v in committed.items() if not v]
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (REPO / "coachdesk" / "ui").rglob("*.py"))
    subprocess.run(
        [
            "pyside6-lupdate",
            *sources,
            "-ts",
            str(fresh),
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        check=True,
    )
    # Same strings in the code as in the committed .ts: run packaging/update_translations.py if not.
    assert set(messages(fresh)) == set(committed)


def test_the_compiled_qm_matches_the_ts(tmp_path):
    out = tmp_path / "check.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(TS), "-qm", str(out)], check=True)
    assert out.read_bytes() == QM.read_bytes()


def test_key_strings_translate(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        t = QCoreApplication.translate
        assert (
            t("TrajectoryDashboard", "{used} of {total} sessions") == "{used} van {total} sessies"
        )
        assert t("Actions", "New coachee…") == "Nieuwe coachee…"
        assert t("WelcomePage", "Load demo data") == "Demogegevens laden"
        assert t("Labels", "Archived") == "Gearchiveerd"
        from coachdesk.ui.pages.welcome import WelcomePage

        page = WelcomePage()
        assert page.demo_button.text() == "Demogegevens laden"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_placeholders_survive_translation():
    import re

    for (_ctx, source), dutch in messages(TS).items():
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", dutch or ""))


TS_EN = resource("translations", "coachdesk_en.ts")
QM_EN = resource("translations", "coachdesk_en.qm")


def test_every_plural_has_its_english_forms(tmp_path):
    """English is the source language, but "%n page(s)" is not English: every plural has
    its [one, more] in resources/translations/en/ (packaging/update_translations.py)."""
    committed = messages(TS_EN)
    assert committed and all(committed.values()), [k for k, v in committed.items() if not v]
    fresh = tmp_path / "fresh_en.ts"
    shutil.copy(TS_EN, fresh)
    sources = sorted(str(p) for p in (REPO / "coachdesk" / "ui").rglob("*.py"))
    subprocess.run(
        ["pyside6-lupdate", *sources, "-ts", str(fresh), "-no-obsolete", "-pluralonly"]
        + ["-locations", "none", "-silent"],
        check=True,
    )
    assert set(messages(fresh)) == set(committed)
    plural_sources = {k for k in messages(TS) if "%n" in k[1]}
    assert plural_sources <= set(committed)


def test_the_compiled_english_qm_matches_the_ts(tmp_path):
    out = tmp_path / "check_en.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(TS_EN), "-qm", str(out)], check=True)
    assert out.read_bytes() == QM_EN.read_bytes()
