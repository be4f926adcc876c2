"""Whole-practice portability: export-all validates against the shipped JSON Schema (checked
by an independent validator), export -> import into an empty store gives identical data, and
an import into a non-empty store says what it would add, change or skip."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest

from coachdesk.core import portability_format as fmt
from coachdesk.core import schema
from coachdesk.core.practice import Practice
from coachdesk.paths import resource
from coachdesk.report.portability_files import export_all
from tests.core.portability_helpers import dump, fill_every_table


def _shipped_schema() -> dict:
    return json.loads(resource("schemas", fmt.SCHEMA_FILE).read_text(encoding="utf-8"))


def test_the_shipped_schema_is_the_one_the_models_give():
    """After a migration: python3 -m coachdesk.core.portability_format writes it anew."""
    assert _shipped_schema() == fmt.json_schema()
    jsonschema.Draft202012Validator.check_schema(_shipped_schema())


def test_every_table_is_in_the_format_and_nothing_else():
    names = [t.name for t in fmt.tables()]
    assert names == list(schema.ordered_tables())
    assert "alembic_version" not in names and not any(n.startswith("search_") for n in names)
    for t in fmt.tables():
        assert "id" not in {f.name for f in t.fields}, t.name
        for f in t.fields:
            if f.parent:
                assert f.name.endswith("_uid") and fmt.table_format(f.parent).by_uid


def test_export_all_validates_against_the_shipped_schema(practice, tmp_path):
    fill_every_table(practice)
    result = export_all(practice, tmp_path / "praktijk.json")
    doc = json.loads(result.path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        _shipped_schema(), format_checker=jsonschema.FormatChecker()
    )
    assert [e.message for e in validator.iter_errors(doc)] == []
    assert all(doc["tables"][name] for name in schema.ordered_tables()), "rows in every table"
    assert result.rows == sum(len(rows) for rows in doc["tables"].values())
    # References are uids, never integer ids.
    session = doc["tables"]["coaching_session"][0]
    assert "trajectory_id" not in session and len(session["trajectory_uid"]) == 32
    # A bad value is caught by the same schema (it checks something).
    session["duration_minutes"] = "60"
    assert not validator.is_valid(doc)
    assert "export_all" in [line.action for line in practice.audit.lines()]


def test_export_then_import_into_an_empty_store_gives_identical_data(practice, tmp_path):
    fill_every_table(practice)
    before = dump(Path(practice.folder) / "coachdesk.db")
    export_all(practice, tmp_path / "praktijk.json")
    with Practice.open(str(tmp_path / "nieuw")) as other:
        plan = other.portability.plan(tmp_path / "praktijk.json")
        assert plan.store_was_empty and plan.changes == plan.skips == 0
        assert plan.adds == sum(len(rows) for rows in before.values())
        done = other.portability.apply(plan)
        assert done.adds == plan.adds
        after = dump(Path(other.folder) / "coachdesk.db")
        again = other.portability.plan(tmp_path / "praktijk.json")
    for table in schema.ordered_tables():
        if table == "audit_event":  # the import adds its own line to the trail
            extra = [r for r in after[table] if r not in before[table]]
            assert len(extra) == 1 and ("action", "import") in extra[0]
            assert set(before[table]) <= set(after[table])
            continue
        assert after[table] == before[table], table
    assert again.writes == 0 and again.skips == plan.adds  # a second import changes nothing


def test_search_finds_imported_notes(practice, tmp_path):
    c = practice.coachees.create("Zoë de Wit")
    t = practice.trajectories.create(c.id, "Grenzen")
    practice.sessions.create(t.id, datetime(2026, 3, 1, 9), shared_notes="coördinatie")
    export_all(practice, tmp_path / "p.json")
    with Practice.open(str(tmp_path / "nieuw")) as other:
        other.portability.apply(other.portability.plan(tmp_path / "p.json"))
        [hit] = other.search.find("coordinatie")
    assert hit.coachee_name == "Zoë de Wit"


@pytest.fixture
def two_stores(practice, tmp_path):
    """A practice exported, then changed here and in the file (a crafted merge)."""
    a = practice.coachees.create("Anna Smit", email="anna@example.nl")
    b = practice.coachees.create("Bram Jansen")
    c = practice.coachees.create("Cor de Boer")
    t = practice.trajectories.create(a.id, "Regie")
    practice.sessions.create(t.id, datetime(2026, 1, 5, 9), shared_notes="eerste")
    doc = practice.portability.export_document()
    rows = {r["name"]: r for r in doc["tables"]["coachee"]}
    # In the file: Anna changed later than here (an update), Bram changed but older than
    # the store's copy (skipped), a new coachee Dirk, and a new session for Anna.
    rows["Anna Smit"]["email"] = "anna@nieuw.nl"
    rows["Anna Smit"]["updated_at"] = "2099-01-01T00:00:00+00:00"
    rows["Bram Jansen"]["role"] = "oud"
    rows["Bram Jansen"]["updated_at"] = "2000-01-01T00:00:00+00:00"
    dirk = dict(rows["Cor de Boer"], uid="d" * 32, name="Dirk Mulder")
    doc["tables"]["coachee"].append(dirk)
    session = dict(doc["tables"]["coaching_session"][0], uid="e" * 32, shared_notes="tweede")
    doc["tables"]["coaching_session"].append(session)
    practice.coachees.update(c.id, role="hier gewijzigd")  # only here: the file leaves it
    path = tmp_path / "merge.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return practice, path, (a, b, c)


def test_merge_report_is_right_for_a_crafted_case(two_stores):
    practice, path, (a, b, c) = two_stores
    plan = practice.portability.plan(path)
    by = {t.name: t for t in plan.tables}
    assert not plan.store_was_empty
    coachees = by["coachee"]
    # Dirk is new; Anna's copy in the file is newer; Bram's is older than the store's, and
    # Cor was changed here after the export: both skipped, the store's copy stays.
    assert (len(coachees.add), len(coachees.change), coachees.same, coachees.newer_here) == (
        1,
        1,
        0,
        2,
    )
    assert (len(by["coaching_session"].add), by["coaching_session"].same) == (1, 1)
    assert by["trajectory"].same == 1 and not by["trajectory"].add
    done = practice.portability.apply(plan)
    assert done.adds == 2
    names = {x.name: x for x in practice.coachees.list()}
    assert practice.coachees.get(a.id).email == "anna@nieuw.nl"  # the file's copy is newer
    assert practice.coachees.get(b.id).role == ""  # skipped: changed here later
    assert practice.coachees.get(c.id).role == "hier gewijzigd"  # never undone by an import
    assert "Dirk Mulder" in names
    assert len(practice.sessions.list(practice.trajectories.list(coachee_id=a.id)[0].id)) == 2


def test_an_import_never_brings_back_an_erased_coachee(practice, tmp_path):
    keep = practice.coachees.create("Blijft")
    gone = practice.coachees.create("Gewist Persoon")
    t = practice.trajectories.create(gone.id, "Weg")
    practice.sessions.create(t.id, datetime(2026, 1, 5, 9), shared_notes="weg")
    export_all(practice, tmp_path / "oud.json")
    practice.privacy.erase_coachee(gone.id)
    plan = practice.portability.plan(tmp_path / "oud.json")
    by = {t.name: t for t in plan.tables}
    assert by["coachee"].erased == 1 and by["trajectory"].erased == 1
    assert by["coaching_session"].erased == 1 and not plan.adds
    practice.portability.apply(plan)
    assert [c.name for c in practice.coachees.list()] == [keep.name]
