"""Dutch translations of the UI's English source strings, and the .ts/.qm update.

    python tools/translations_nl.py

runs pyside6-lupdate over coachdesk/ui, fills every message from NL below
(context-independent: one English text, one Dutch text), and compiles the .qm
with pyside6-lrelease. A source string without a Dutch text fails loudly.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "coachdesk_nl.ts"
QM = TS.with_suffix(".qm")

NL = {
    # actions and menus
    "New coachee…": "Nieuwe coachee…",
    "Edit": "Bewerken",
    "Archive": "Archiveren",
    "Restore": "Terugzetten",
    "Delete…": "Verwijderen…",
    "Delete": "Verwijderen",
    "New": "Nieuw",
    "New trajectory…": "Nieuw traject…",
    "Edit trajectory…": "Traject bewerken…",
    "Delete trajectory…": "Traject verwijderen…",
    "New sponsor…": "Nieuwe opdrachtgever…",
    "Edit sponsor of this trajectory…": "Opdrachtgever van dit traject bewerken…",
    "Delete sponsor of this trajectory…": "Opdrachtgever van dit traject verwijderen…",
    "Find coachee": "Coachee zoeken",
    "Go to…": "Ga naar…",
    "Go to": "Ga naar",
    "Load demo data…": "Demogegevens laden…",
    "Settings…": "Instellingen…",
    "Quit": "Afsluiten",
    "Archive: hide from the active list, keep everything (the usual way)": "Archiveren: uit de lijst met actieve coachees, alles blijft bewaard (de gewone weg)",
    "Delete the coachee and everything about them (Ctrl+Z undoes it)": "De coachee en alles over hem of haar verwijderen (Ctrl+Z maakt het ongedaan)",
    "Undo": "Ongedaan maken",
    "Redo": "Opnieuw",
    "&File": "&Bestand",
    "&Edit": "Be&werken",
    "&Coachee": "&Coachee",
    "&Trajectory": "&Traject",
    "&Sponsor": "&Opdrachtgever",
    "Main": "Hoofdbalk",
    "Choose a coachee on the left.": "Kies links een coachee.",
    # labels
    "Intake": "Intake",
    "Active": "Actief",
    "Paused": "Gepauzeerd",
    "Completed": "Afgerond",
    "Cancelled": "Geannuleerd",
    "Archived": "Gearchiveerd",
    "coachee": "coachee",
    "coach": "coach",
    "sponsor": "opdrachtgever",
    "in person": "op locatie",
    "online": "online",
    "by phone": "telefonisch",
    # list
    "Find by name, organisation or tag (Ctrl+F)": "Zoek op naam, organisatie of label (Ctrl+F)",
    "All": "Alle",
    "Show coachees with this status": "Toon coachees met deze status",
    "{shown} of {total} coachees": "{shown} van {total} coachees",
    "Name": "Naam",
    "Organisation": "Organisatie",
    "Tags": "Labels",
    "Last session": "Laatste sessie",
    # coachee page and dialog
    "Contact": "Contact",
    "Email": "E-mail",
    "Phone": "Telefoon",
    "Role": "Functie",
    "Sponsors": "Opdrachtgevers",
    "Notes": "Notities",
    "Trajectories": "Trajecten",
    "This coachee has no trajectory yet.": "Deze coachee heeft nog geen traject.",
    "Edit coachee": "Coachee bewerken",
    "New coachee": "Nieuwe coachee",
    "First and last name": "Voor- en achternaam",
    "e.g. Gemeente Utrecht": "bijv. Gemeente Utrecht",
    "comma separated, e.g. leadership, workload": "gescheiden door komma's, bijv. leiderschap, werkdruk",
    # editing
    "Delete {name}": "{name} verwijderen",
    "Added {name}": "{name} toegevoegd",
    "{name} is active again": "{name} is weer actief",
    "{name} is archived (find them under the status filter “Archived”)": "{name} is gearchiveerd (terug te vinden onder het statusfilter “Gearchiveerd”)",
    "Delete {name} and everything about them (trajectories, sessions, notes, goals, "
    "profiles)?\n\nArchiving keeps everything and hides the coachee instead. "
    "You can undo a delete with Ctrl+Z until you close CoachDesk.": "{name} en alles over deze coachee verwijderen (trajecten, sessies, notities, doelen, "
    "profielen)?\n\nArchiveren bewaart alles en verbergt de coachee alleen. "
    "Verwijderen kunt u met Ctrl+Z ongedaan maken tot u CoachDesk sluit.",
    "Delete coachee": "Coachee verwijderen",
    "Delete the trajectory “{title}” with its sessions, agreements and goals?\n\n"
    "You can undo this with Ctrl+Z until you close CoachDesk.": "Het traject “{title}” met zijn sessies, afspraken en doelen verwijderen?\n\n"
    "U kunt dit met Ctrl+Z ongedaan maken tot u CoachDesk sluit.",
    "Delete trajectory": "Traject verwijderen",
    "Added sponsor {name}": "Opdrachtgever {name} toegevoegd",
    "This trajectory has no sponsor.": "Dit traject heeft geen opdrachtgever.",
    "Delete the sponsor “{name}”? Its trajectories stay, without a sponsor.\n\n"
    "You can undo this with Ctrl+Z until you close CoachDesk.": "De opdrachtgever “{name}” verwijderen? De trajecten blijven, zonder opdrachtgever.\n\n"
    "U kunt dit met Ctrl+Z ongedaan maken tot u CoachDesk sluit.",
    "Delete sponsor": "Opdrachtgever verwijderen",
    "Restored {name}": "{name} is teruggezet",
    "Deleted {name} — Ctrl+Z undoes it": "{name} verwijderd — Ctrl+Z maakt het ongedaan",
    "Making demo coachees…": "Democoachees maken…",
    "Cancel": "Annuleren",
    "Demo data": "Demogegevens",
    "CoachDesk": "CoachDesk",
    # quick switcher
    "Type a few letters of a coachee or trajectory": "Typ een paar letters van een coachee of traject",
    "↑↓ to choose, Enter to open, Esc to close": "↑↓ om te kiezen, Enter om te openen, Esc om te sluiten",
    # settings
    "Settings": "Instellingen",
    "Follow the system": "Zoals het systeem",
    "Language": "Taal",
    "A new language takes effect when CoachDesk starts again.": "Een andere taal gaat in wanneer CoachDesk opnieuw start.",
    "Your name (coach)": "Uw naam (coach)",
    "Practice name": "Naam van de praktijk",
    # sponsor dialog
    "Edit sponsor": "Opdrachtgever bewerken",
    "New sponsor": "Nieuwe opdrachtgever",
    "e.g. Provincie Utrecht, afdeling HR": "bijv. Provincie Utrecht, afdeling HR",
    "Contact person": "Contactpersoon",
    # dashboard
    "Intake question": "Hulpvraag",
    "Sessions and hours": "Sessies en uren",
    "Appointments": "Afspraken in de agenda",
    "Open agreements": "Openstaande afspraken",
    "Goals": "Doelen",
    "Latest profile scores": "Laatste profielscores",
    "sponsor: {name}": "opdrachtgever: {name}",
    "No intake question recorded.": "Geen hulpvraag vastgelegd.",
    "{used} of {total} sessions": "{used} van {total} sessies",
    "{used} sessions (none contracted)": "{used} sessies (geen aantal afgesproken)",
    "{used} of {total} hours": "{used} van {total} uur",
    "{used} hours (none contracted)": "{used} uur (geen aantal afgesproken)",
    "{count} more planned": "nog {count} gepland",
    "Next: {when}": "Volgende: {when}",
    "Next: none planned": "Volgende: niets gepland",
    "Last: {when}": "Laatste: {when}",
    "Last: none yet": "Laatste: nog geen",
    "No open agreements.": "Geen openstaande afspraken.",
    "due {date}": "uiterlijk {date}",
    "no due date": "geen datum",
    "overdue": "te laat",
    "No goals yet.": "Nog geen doelen.",
    "{value} / 10": "{value} / 10",
    "not rated": "nog geen score",
    "{change} since the previous rating": "{change} sinds de vorige score",
    "No profiles recorded.": "Geen profielen vastgelegd.",
    # trajectory dialog
    "Edit trajectory": "Traject bewerken",
    "New trajectory": "Nieuw traject",
    "e.g. Leadership in change": "bijv. Leiderschap in verandering",
    "e.g. 8": "bijv. 8",
    "e.g. 12": "bijv. 12",
    "Title": "Titel",
    "Sponsor": "Opdrachtgever",
    "Contracted sessions": "Afgesproken sessies",
    "Contracted hours": "Afgesproken uren",
    "Start date": "Startdatum",
    "Planned end": "Geplande einddatum",
    "Status": "Status",
    "(no sponsor)": "(geen opdrachtgever)",
    # welcome
    "Welcome to CoachDesk": "Welkom bij CoachDesk",
    "Your practice is still empty. Add your first coachee, or look around first with a "
    "practice full of made-up demo coachees.": "Uw praktijk is nog leeg. Voeg uw eerste coachee toe, of kijk eerst rond in een "
    "praktijk vol verzonnen democoachees.",
    "Load demo data": "Demogegevens laden",
    "Demo data can be removed again by deleting the coachees.": "Demogegevens haalt u weer weg door de coachees te verwijderen.",
}


def sources() -> list[Path]:
    return sorted((ROOT / "coachdesk" / "ui").rglob("*.py"))


def lupdate(target: Path) -> None:
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
        ],
        check=True,
    )


def fill(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source not in NL:
            missing.append(source)
            continue
        translation.text = NL[source]
        translation.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    lupdate(TS)
    missing = fill(TS)
    if missing:
        print("no Dutch text for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    subprocess.run(["pyside6-lrelease", "-silent", str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
