"""A realistic trajectory to export, and ways to look inside a PDF with pypdf."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject, StreamObject

from coachdesk.core.practice import Practice

PRIVATE_MARKER = "PRIVE-7f3a9c-MARKER"
SHARED_MARKER = "Gedeeld verslag met Zoë"
NOW = datetime(2026, 3, 1, 12, 0)
STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def make_trajectory(
    practice: Practice, sessions: int = 3, notes: str | None = None, name: str = "Zoë de Bruïne"
) -> int:
    """A trajectory with goals, ratings, agreements, profiles and ``sessions`` sessions."""
    practice.settings.set("coach_name", "Marieke de Vries")
    practice.settings.set("practice_name", "De Vries Coaching")
    coachee = practice.coachees.create(name, organisation="Gemeente Utrecht", role="Teamleider")
    sponsor = practice.sponsors.create("Gemeente Utrecht", contact_name="Ilse Meijer (HR)")
    start = date(2025, 1, 6)
    t = practice.trajectories.create(
        coachee.id,
        "Leidinggeven in verandering",
        sponsor_id=sponsor.id,
        intake_question="Hoe houd ik rust in mijn team tijdens de reorganisatie?",
        contracted_sessions=max(sessions, 8),
        contracted_hours=12,
        start_date=start,
        planned_end=start + timedelta(weeks=2 * max(sessions, 8) + 4),
        status="completed",
        closing_evaluation="Het traject heeft **veel** opgeleverd.\n\n- rust\n- overzicht",
    )
    goal = practice.goals.create(
        t.id,
        "Grenzen stellen",
        description="Ik zeg vaker *nee* tegen extra werk.",
        success_criteria="Mijn agenda heeft elke week een vrije middag.",
    )
    for n in range(sessions):
        day = datetime.combine(start + timedelta(weeks=n), datetime.min.time()).replace(hour=10)
        shared = notes if notes is not None else f"## Doel\n{SHARED_MARKER} {n + 1}\n\n- punt één"
        s = practice.sessions.create(
            t.id,
            day,
            duration_minutes=60,
            mode="online" if n % 2 else "in_person",
            shared_notes=shared,
            private_notes=f"{PRIVATE_MARKER} {n}",
        )
        if n % 2 == 0:
            practice.goals.rate(goal.id, min(10, 3 + n * 0.5), rated_on=day.date(), session_id=s.id)
        practice.agreements.create(
            t.id, f"Afspraak {n + 1}: agenda opschonen", due_date=day.date() + timedelta(days=14)
        )
    practice.profiles.record(
        coachee.id,
        "colour_energies",
        {"blue": 4.5, "green": 2.0, "yellow": 3.1, "red": 5.2},
        taken_on=start,
        variant="conscious",
    )
    return t.id


def reader(data: bytes | Path) -> PdfReader:
    raw = data.read_bytes() if isinstance(data, Path) else data
    return PdfReader(io.BytesIO(raw))


def text_of(data: bytes | Path) -> str:
    return "\n".join(page.extract_text() or "" for page in reader(data).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def all_stream_bytes(data: bytes) -> list[bytes]:
    """Every stream of the file, decoded (content streams, fonts, forms, metadata)."""
    r = reader(data)
    found: list[bytes] = []
    size = int(r.trailer["/Size"])
    for num in range(1, size):
        try:
            obj = r.get_object(IndirectObject(num, 0, r))
        except Exception:  # noqa: BLE001 - free entries in the xref table
            continue
        if isinstance(obj, StreamObject):
            found.append(obj.get_data())
    return found


def fonts_of(data: bytes) -> list[DictionaryObject]:
    """Every font dictionary used on any page (and in form XObjects on it)."""
    fonts: list[DictionaryObject] = []

    def walk(resources: DictionaryObject | None) -> None:
        if not resources:
            return
        for font in resources.get("/Font", {}).values():
            fonts.append(font.get_object())
        for xobj in resources.get("/XObject", {}).values():
            xobj = xobj.get_object()
            walk(xobj.get("/Resources"))

    for page in reader(data).pages:
        walk(page.get("/Resources"))
    return fonts


def is_embedded(font: DictionaryObject) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
