"""Right of access: the ZIP holds every row about the person and nobody else's, a PDF per
trajectory and a readme in the coachee's language; private notes only when chosen."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from coachdesk.cli import run
from coachdesk.core import schema
from coachdesk.errors import ExportWriteError, NotFoundError
from coachdesk.report.portability_files import export_access

PRIVATE = "PRIVEMARKER-wantrouwen"


@pytest.fixture
def people(practice):
    practice.demo.generate(coachees=3, seed=2)  # other people in the same practice
    sponsor = practice.sponsors.create("Gemeente Deventer", contact_name="Karin Contactpersoon")
    me = practice.coachees.create("Fleur van Dijk", email="fleur@example.nl")
    t1 = practice.trajectories.create(me.id, "Loopbaan", sponsor_id=sponsor.id)
    t2 = practice.trajectories.create(me.id, "Leiderschap")
    s = practice.sessions.create(
        t1.id, datetime(2026, 2, 3, 10), shared_notes="Gedeeld verslag", private_notes=PRIVATE
    )
    g = practice.goals.create(t1.id, "Helder kiezen")
    practice.goals.rate(g.id, 6, rated_on=date(2026, 2, 3), session_id=s.id)
    practice.agreements.create(t2.id, "Gesprek plannen")
    return practice, me


def _rows_about(db: Path, coachee_id: int) -> dict[str, set[str]]:
    """uids of every row reached from the coachee, by plain SQL along the schema graph."""
    conn = sqlite3.connect(db)
    try:
        ids: dict[str, set[int]] = {"coachee": {coachee_id}}
        uids: dict[str, set[str]] = {}
        for t in schema.ordered_tables():
            path = schema.path_from_coachee(t)
            if path is None:
                continue
            if path:
                edge = path[-1]
                parents = ids[edge.parent] or {-1}
                marks = ",".join("?" * len(parents))
                rows = conn.execute(
                    f"SELECT id, uid FROM {t} WHERE {edge.column} IN ({marks})", tuple(parents)
                ).fetchall()
            else:
                rows = conn.execute(
                    "SELECT id, uid FROM coachee WHERE id = ?", (coachee_id,)
                ).fetchall()
            ids[t] = {r[0] for r in rows}
            uids[t] = {r[1] for r in rows}
        return uids
    finally:
        conn.close()


def _open(path: Path) -> tuple[zipfile.ZipFile, dict]:
    archive = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    return archive, json.loads(archive.read("gegevens.json"))


def test_json_holds_every_row_about_the_person_and_nobody_elses(people, tmp_path):
    practice, me = people
    result = export_access(practice, me.id, tmp_path / "inzage.zip", lang="nl")
    archive, doc = _open(result.path)
    expected = _rows_about(Path(practice.folder) / "coachdesk.db", me.id)
    found = {t: {r["uid"] for r in rows} for t, rows in doc["tables"].items()}
    assert found == expected
    assert all(expected[t] for t in ("coachee", "trajectory", "coaching_session", "goal"))
    assert doc["about"] == me.uid and result.rows == sum(len(v) for v in expected.values())
    text = archive.read("gegevens.json").decode("utf-8")
    for other in practice.coachees.list():
        if other.id != me.id:
            assert other.name not in text and practice.coachees.get(other.id).uid not in text
    # The sponsor is named as an organisation; its contact person is someone else.
    assert [(s["organisation"], sorted(s)) for s in doc["sponsors"]] == [
        ("Gemeente Deventer", ["organisation", "uid"])
    ]
    assert "Karin Contactpersoon" not in text
    names = archive.namelist()
    assert names[0] == "gegevens.json" and names[-1] == "LEESMIJ.txt"
    pdfs = [n for n in names if n.endswith(".pdf")]
    assert len(pdfs) == 2 == result.pdfs
    assert all(archive.read(n).startswith(b"%PDF-") for n in pdfs)
    assert "export_data" in [line.action for line in practice.audit.lines()]


def test_private_notes_only_when_chosen(people, tmp_path):
    practice, me = people
    without = export_access(practice, me.id, tmp_path / "zonder.zip", lang="nl")
    archive, doc = _open(without.path)
    assert all(PRIVATE.encode() not in archive.read(n) for n in archive.namelist())
    [session] = [r for r in doc["tables"]["coaching_session"] if r["shared_notes"]]
    assert session["private_notes"] == "" and doc["private_notes_included"] is False
    assert "staan er niet in" in archive.read("LEESMIJ.txt").decode("utf-8")
    with_notes = export_access(practice, me.id, tmp_path / "met.zip", lang="nl", private=True)
    archive, doc = _open(with_notes.path)
    [session] = [r for r in doc["tables"]["coaching_session"] if r["shared_notes"]]
    assert session["private_notes"] == PRIVATE and doc["private_notes_included"] is True
    assert "staan er ook in" in archive.read("LEESMIJ.txt").decode("utf-8")


def test_readme_in_the_coachees_language(people, tmp_path):
    practice, me = people
    result = export_access(practice, me.id, tmp_path / "access.zip", lang="en")
    archive = zipfile.ZipFile(result.path)
    assert {"data.json", "README.txt"} <= set(archive.namelist())
    readme = archive.read("README.txt").decode("utf-8")
    assert readme.startswith("Your data: Fleur van Dijk") and "data.json:" in readme


def test_target_is_written_atomically_and_never_a_device(people, tmp_path):
    practice, me = people
    with pytest.raises(ExportWriteError):
        export_access(practice, me.id, "/dev/null")
    with pytest.raises(ExportWriteError):
        export_access(practice, me.id, tmp_path)  # a folder
    target = tmp_path / "inzage.zip"
    target.write_bytes(b"old")
    export_access(practice, me.id, target)
    assert zipfile.is_zipfile(target)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    with pytest.raises(NotFoundError):
        export_access(practice, 999_999, tmp_path / "niemand.zip")
    assert not (tmp_path / "niemand.zip").exists()


def test_cli_export_data(people, tmp_path, capsys):
    practice, me = people
    practice.close()
    out = tmp_path / "inzage.zip"
    assert run(["export-data", str(me.id), str(out), "--private-notes"]) == 0
    printed = capsys.readouterr().out
    assert "Inzage-export opgeslagen" in printed and "Met de privé-aantekeningen" in printed
    assert PRIVATE.encode() in zipfile.ZipFile(out).read("gegevens.json")
