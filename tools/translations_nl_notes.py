"""Dutch texts for the session editor and search dialog (issue 4).

The UI's translation tool (tools/translations_nl.py on the window branch) maps
English source strings to Dutch, context-independently. Merge NL_NOTES into its
NL dict and rerun it. Until then, this script builds a stand-alone .qm of just
these strings (used by the screenshot script):

    python tools/translations_nl_notes.py OUT.qm
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    "coachdesk/ui/pages/session_editor.py",
    "coachdesk/ui/pages/session_parts.py",
    "coachdesk/ui/pages/session_cards.py",
    "coachdesk/ui/dialogs/search_dialog.py",
    "coachdesk/ui/widgets/markdown_edit.py",
]

NL_NOTES = {
    " min": " min",
    "1 result — Enter opens it.": "1 resultaat — Enter opent het.",
    "%1 results — Enter opens the selected one.": "%1 resultaten — Enter opent het gekozen resultaat.",
    "Add": "Toevoegen",
    "Showing the newest %1 per kind; type more to narrow down.": "De nieuwste %1 per soort; typ verder om te verfijnen.",
    "Add your own note template": "Eigen verslagsjabloon toevoegen",
    "Add your own template…": "Eigen sjabloon toevoegen…",
    "Agreement": "Afspraak",
    "Agreements from earlier sessions — what is better?": "Afspraken van eerdere sessies — wat is er beter?",
    "Agreements made in this session": "Afspraken in deze sessie",
    "All changes saved": "Alles is opgeslagen",
    "Bold (Ctrl+B)": "Vet (Ctrl+B)",
    "Bulleted list": "Opsomming",
    "Coach": "Coach",
    "Coachee": "Coachee",
    "Confidence": "Vertrouwen",
    "Date and time": "Datum en tijd",
    "Duration": "Duur",
    "Goal": "Doel",
    "Goals: where is the coachee now? (0–10)": "Doelen: waar staat de coachee nu? (0–10)",
    "In person": "Face-to-face",
    "Insert a link": "Link invoegen",
    "Italic (Ctrl+I)": "Cursief (Ctrl+I)",
    "Link": "Link",
    "Location": "Locatie",
    "May be shared with the coachee (summary, PDF).": "Mag met de coachee gedeeld worden (samenvatting, pdf).",
    "Mode": "Vorm",
    "Motivation": "Motivatie",
    "New agreement, e.g. “Talk to the team leader about priorities”": "Nieuwe afspraak, bijv. “Met de teamleider prioriteiten bespreken”",
    "No open agreements from earlier sessions.": "Geen openstaande afspraken van eerdere sessies.",
    "Not saved yet: %1": "Nog niet opgeslagen: %1",
    "Note template:": "Verslagsjabloon:",
    "Note templates (*.json)": "Verslagsjablonen (*.json)",
    "Nothing found.": "Niets gevonden.",
    "Numbered list": "Genummerde lijst",
    "Online": "Online",
    "Paid (untick for pro bono)": "Betaald (uitvinken voor pro bono)",
    "Phone": "Telefonisch",
    "Private — for the coach only": "Privé — alleen voor de coach",
    "Progress": "Voortgang",
    "Remove this agreement": "Deze afspraak verwijderen",
    "Saved at %1": "Opgeslagen om %1",
    "Saving…": "Opslaan…",
    "Scaling questions (0–10)": "Schaalvragen (0–10)",
    "Search everything": "Alles doorzoeken",
    "Search failed: %1": "Zoeken mislukt: %1",
    "Search notes, agreements, goals, intake questions and names…": "Zoek in verslagen, afspraken, doelen, hulpvragen en namen…",
    "Session %1 of %2 — %3": "Sessie %1 van %2 — %3",
    "Session %1 — %3": "Sessie %1 — %3",
    "Session note": "Sessieverslag",
    "Shared report": "Gedeeld verslag",
    "Sponsor": "Opdrachtgever",
    "This trajectory has no open goals yet.": "Dit traject heeft nog geen open doelen.",
    "Trajectory": "Traject",
    "Type a word, or the start of one. Accents do not matter.": "Typ een woord of het begin ervan. Accenten maken niet uit.",
    "Web address:": "Webadres:",
    "What do you notice in yourself, your hypotheses, what to explore next time…": "Wat merk je bij jezelf, je hypotheses, wat je volgende keer wilt verkennen…",
    "Your own reflections. Never exported, never shared with the coachee or sponsor.": "Je eigen reflecties. Worden nooit geëxporteerd en nooit gedeeld met coachee of opdrachtgever.",
    "due": "uiterlijk",
    "overdue since %1": "te laat sinds %1",
    "%1 hours used": "%1 uur gebruikt",
    "%1 of %2 hours used": "%1 van %2 uur gebruikt",
    "due %1": "uiterlijk %1",
    "e.g. town hall, room 2.14": "bijv. stadhuis, kamer 2.14",
    "private": "privé",
    "— means: not asked in this session": "— betekent: niet gevraagd in deze sessie",
}


def build(qm: Path) -> list[str]:
    """Compile the Dutch .qm of these strings to ``qm``; return sources without Dutch."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "notes_nl.ts"
        subprocess.run(
            ["pyside6-lupdate", *(str(ROOT / s) for s in SOURCES), "-ts", str(ts), "-silent"],
            check=True,
        )
        tree = ET.parse(ts)
        tree.getroot().set("language", "nl_NL")
        missing = []
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if source not in NL_NOTES:
                missing.append(source)
                continue
            translation.text = NL_NOTES[source]
            translation.attrib.pop("type", None)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    return missing


if __name__ == "__main__":
    missing = build(Path(sys.argv[1]))
    if missing:
        print("no Dutch text for:", *missing, sep="\n  ", file=sys.stderr)
    sys.exit(1 if missing else 0)
