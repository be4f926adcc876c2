"""Planned sessions as one iCalendar file that Outlook, Google and Apple Calendar import.

Stable UIDs from the session uid (a re-import updates, never duplicates), cancelled
sessions as STATUS:CANCELLED, times in Europe/Amsterdam with a proper VTIMEZONE, no
note text, and only the coachee's initials unless the coach chooses full names.
Written with the ``icalendar`` package.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from coachdesk import __version__
from coachdesk.core.services.hours import SessionFact
from coachdesk.i18n import Lang, tr
from coachdesk.report.atomic import write_atomically

ZONE = ZoneInfo("Europe/Amsterdam")
LOWER_PARTICLES = {"de", "den", "der", "van", "von", "het", "ten", "ter", "te", "in", "'t"}


def initials(name: str) -> str:
    """ "Annelies de Boer" -> "A. de B."; particles stay as they are written."""
    parts = []
    for word in name.split():
        if word.lower() in LOWER_PARTICLES:
            parts.append(word.lower())
        elif word[:1].isalpha():
            parts.append(word[0].upper() + ".")
    return " ".join(parts)


def amsterdam() -> Timezone:
    """Europe/Amsterdam as the EU rules have it since 1996 (what Outlook writes too)."""
    zone = Timezone()
    zone.add("tzid", "Europe/Amsterdam")
    for part, name, start, month, offset_from, offset_to in (
        (TimezoneDaylight(), "CEST", datetime(1970, 3, 29, 2), 3, 1, 2),
        (TimezoneStandard(), "CET", datetime(1970, 10, 25, 3), 10, 2, 1),
    ):
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", timedelta(hours=offset_from))
        part.add("tzoffsetto", timedelta(hours=offset_to))
        zone.add_component(part)
    return zone


def calendar_bytes(facts: list[SessionFact], lang: Lang, full_names: bool = False) -> bytes:
    cal = Calendar()
    cal.add("prodid", f"-//CoachDesk//CoachDesk {__version__}//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add_component(amsterdam())
    stamp = datetime.now(UTC).replace(microsecond=0)
    for fact in facts:
        start = fact.starts_at.replace(tzinfo=ZONE)
        event = Event()
        event.add("uid", f"{fact.session_uid}@coachdesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=fact.duration_minutes))
        who = fact.coachee_name if full_names else initials(fact.coachee_name)
        event.add("summary", tr("calendar.summary", lang, who=who))
        if fact.mode == "in_person":
            if fact.location:
                event.add("location", fact.location)
        else:
            event.add("location", tr(f"calendar.mode.{fact.mode}", lang))
        event.add("status", "CANCELLED" if fact.status == "cancelled" else "CONFIRMED")
        event.add("transp", "TRANSPARENT" if fact.status == "cancelled" else "OPAQUE")
        cal.add_component(event)
    return cal.to_ical()


def write_calendar(
    path: str | Path, facts: list[SessionFact], lang: Lang, full_names: bool = False
) -> Path:
    return write_atomically(path, calendar_bytes(facts, lang, full_names))
