"""Update the UI translations: .ts from the code, texts from JSON, compiled .qm.

    python packaging/update_translations.py

runs pyside6-lupdate over coachdesk/ui, fills every message from the JSON files
in resources/translations/nl/ (English source text -> Dutch text, one meaning
per text across the app), and compiles the .qm with pyside6-lrelease. A source
string without a Dutch text fails loudly and lists the missing ones.

English is the source language, but a plural source ("%n page(s)") is not
English yet: Qt's way is a plural-only English translation. lupdate -pluralonly
collects those into coachdesk_en.ts, filled from resources/translations/en/
(source -> [one, more]) and compiled to coachdesk_en.qm, which the window loads
in English (ui/app.install_translations). A plural without its English forms
fails loudly too.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "coachdesk_nl.ts"
QM = TS.with_suffix(".qm")
TS_EN = TRANSLATIONS / "coachdesk_en.ts"  # plural forms only
QM_EN = TS_EN.with_suffix(".qm")


def dutch_texts() -> dict[str, str | list[str]]:
    """English source -> Dutch; a plural ("%n page(s)") maps to [one, more]."""
    return texts("nl")


def texts(language: str) -> dict[str, str | list[str]]:
    """Source -> translation from resources/translations/<language>/*.json."""
    merged: dict[str, str | list[str]] = {}
    for path in sorted((TRANSLATIONS / language).glob("*.json")):
        for source, text in json.loads(path.read_text(encoding="utf-8")).items():
            if merged.get(source, text) != text:
                raise SystemExit(f"{path.name}: {source!r} has two Dutch texts")
            merged[source] = text
    return merged


def sources() -> list[Path]:
    return sorted((ROOT / "coachdesk" / "ui").rglob("*.py"))


def lupdate(target: Path, *options: str) -> None:
    subprocess.run(
        [
            "pyside6-lupdate",
            *map(str, sources()),
            "-ts",
            str(target),
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            *options,
        ],
        check=True,
    )


def lupdate_english_plurals(target: Path) -> None:
    lupdate(target, "-pluralonly", "-source-language", "en_GB", "-target-language", "en_GB")


def fill(ts: Path, texts: dict[str, str | list[str]]) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source not in texts:
            missing.append(source)
            continue
        text = texts[source]
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for form_text in text if isinstance(text, list) else [text, text]:
                ET.SubElement(translation, "numerusform").text = form_text
            translation.text = None
        else:
            translation.text = text  # type: ignore[assignment]
        translation.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    lupdate(TS)
    missing = fill(TS, dutch_texts())
    lupdate_english_plurals(TS_EN)
    missing_en = fill(TS_EN, texts("en"))
    if missing:
        print("no Dutch text for:", *missing, sep="\n  ", file=sys.stderr)
    if missing_en:
        print(
            "no English plural forms ([one, more] in resources/translations/en/) for:",
            *missing_en,
            sep="\n  ",
            file=sys.stderr,
        )
    if missing or missing_en:
        return 1
    for ts, qm in ((TS, QM), (TS_EN, QM_EN)):
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
