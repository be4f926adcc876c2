"""A coachee whose every text holds one marker, and ways to look for it in the files."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from coachdesk import paths
from coachdesk.core.practice import Practice

MARKER = "Qzvwxmarker"  # one word: the search index keeps it (folded) as "qzvwxmarker"


def marked_coachee(practice: Practice, marker: str = MARKER, sessions: int = 4) -> int:
    """A coachee with a sponsor, a trajectory, sessions, goals, ratings, agreements and
    a profile, the marker in each text; plus a bystander coachee without it."""
    sponsor = practice.sponsors.create("Waterschap Rivierenland", contact_name="Ilse")
    coachee = practice.coachees.create(
        f"Zoë {marker}",
        email=f"{marker.lower()}@example.org",
        phone="06-12345678",
        organisation=f"Gemeente {marker}",
        notes=f"Achtergrond {marker}",
        tags=f"{marker}tag",
    )
    start = date(2024, 1, 8)
    t = practice.trajectories.create(
        coachee.id,
        f"Traject {marker}",
        sponsor_id=sponsor.id,
        intake_question=f"Burn-out en depressie {marker}",
        contracted_sessions=8,
        start_date=start,
        status="active",
    )
    goal = practice.goals.create(t.id, f"Rust {marker}", description=f"Doel {marker}")
    for n in range(sessions):
        day = datetime.combine(start + timedelta(weeks=n), datetime.min.time()).replace(hour=10)
        s = practice.sessions.create(
            t.id,
            day,
            duration_minutes=60 + 15 * n,
            paid=n != 1,
            shared_notes=f"Gedeeld {marker} {n}",
            private_notes=f"Privé {marker} {n}",
            location=f"Kantoor {marker}",
        )
        practice.goals.rate(goal.id, 4 + n, rated_on=day.date(), session_id=s.id)
        practice.agreements.create(t.id, f"Afspraak {marker} {n}")
    practice.profiles.record(
        coachee.id,
        "colour_energies",
        {"blue": 4.5, "green": 2.0, "yellow": 3.1, "red": 5.2},
        taken_on=start,
        variant="conscious",
        note=f"Profiel {marker}",
    )
    other = practice.coachees.create("Bram Bystander", email="bram@example.org")
    other_t = practice.trajectories.create(other.id, "Loopbaan", sponsor_id=sponsor.id)
    practice.sessions.create(other_t.id, datetime(2024, 2, 1, 9), private_notes="Bram privé")
    return coachee.id


def files_of(folder: Path) -> dict[str, bytes]:
    """The database, its WAL and the log files (not backups: they are not edited)."""
    db = paths.database_path(folder)
    found = {}
    for path in (db, db.with_name(db.name + "-wal"), *sorted(paths.logs_dir(folder).glob("*"))):
        if path.is_file():
            found[path.name] = path.read_bytes()
    return found


def where(folder: Path, marker: str = MARKER) -> list[str]:
    """The files that hold the marker's bytes (as typed, or folded as the index has it)."""
    needles = {marker.encode(), marker.lower().encode(), marker.encode("utf-16-le")}
    return [name for name, data in files_of(folder).items() if any(n in data for n in needles)]


def index_terms(practice: Practice) -> bytes:
    """Every byte the search index's segments hold."""
    with practice.store.connect() as conn:
        return b"".join(
            bytes(row[0]) for row in conn.execute("SELECT block FROM search_index_data") if row[0]
        )
