"""Hostile imports change nothing: each is refused whole with a clear message that lists the
problems with their place in the file, and the store's bytes stay exactly as they were."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from coachdesk.cli import run
from coachdesk.core.portability_check import MAX_BYTES, ImportFileError
from tests.core.portability_helpers import file_hash


@pytest.fixture
def store(practice):
    practice.demo.generate(coachees=3, seed=5)
    return practice, practice.portability.export_document()


def _text(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False)


def _mutate(change: Callable[[dict], None]) -> Callable[[dict], str]:
    def make(doc: dict) -> str:
        doc = copy.deepcopy(doc)
        change(doc)
        return _text(doc)

    return make


def _set(table: str, n: int, field: str, value: object) -> Callable[[dict], str]:
    return _mutate(lambda d: d["tables"][table][n].__setitem__(field, value))


def _dup_uid(d: dict) -> None:
    d["tables"]["coachee"][1]["uid"] = d["tables"]["coachee"][0]["uid"]


def _dup_row(d: dict) -> None:
    d["tables"]["coachee"].append(dict(d["tables"]["coachee"][0]))


# name -> (file content from the valid export, a text the message holds)
CASES: dict[str, tuple[Callable[[dict], str | bytes], str]] = {
    "malformed": (lambda d: '{"format": "coachdesk-export", "version": 1,, }', "regel 1"),
    "truncated": (lambda d: _text(d)[: len(_text(d)) // 2], "houdt te vroeg op"),
    "not json": (lambda d: "dit is geen json", "geen geldige JSON"),
    "empty": (lambda d: "", "leeg"),
    "top-level list": (lambda d: "[1, 2, 3]", "geen CoachDesk-export"),
    "wrong format": (_mutate(lambda d: d.__setitem__("format", "iets-anders")), "/format"),
    "newer version": (_mutate(lambda d: d.__setitem__("version", 2)), "/version"),
    "number as text": (
        _set("coaching_session", 0, "duration_minutes", "60"),
        "/tables/coaching_session/0/duration_minutes: hier hoort een getal",
    ),
    "text as number": (_set("coachee", 0, "name", 42), "/tables/coachee/0/name: hier hoort tekst"),
    "boolean as text": (_set("coachee", 0, "demo", "true"), "hier hoort true of false"),
    "null where required": (_set("coachee", 0, "name", None), "/tables/coachee/0/name"),
    "integer overflow": (
        _set("coaching_session", 0, "duration_minutes", 2**70),
        "geheel getal",
    ),
    "huge string": (_set("coachee", 0, "notes", "x" * 1_000_001), "te lang"),
    "deeply nested": (lambda d: "[" * 100_000 + "]" * 100_000, "te diep genest"),
    "nested in a field": (_set("coachee", 0, "notes", {"a": [1, {"b": 2}]}), "hier hoort tekst"),
    "unknown field": (_set("coachee", 0, "geboortedatum", "1980-01-01"), "onbekend veld"),
    "unknown top field": (_mutate(lambda d: d.__setitem__("extra", 1)), "/extra: onbekend veld"),
    "unknown table": (
        _mutate(lambda d: d["tables"].__setitem__("patient", [])),
        "/tables/patient: onbekende tabel",
    ),
    "missing field": (
        _mutate(lambda d: d["tables"]["coachee"][0].pop("email")),
        "/tables/coachee/0/email: dit veld ontbreekt",
    ),
    "duplicate uids": (_mutate(_dup_uid), "/tables/coachee/1/uid: deze rij staat er twee keer"),
    "duplicate row": (_mutate(_dup_row), "twee keer in (ook op /tables/coachee/0)"),
    "dangling reference": (
        _set("trajectory", 0, "coachee_uid", "f" * 32),
        "/tables/trajectory/0/coachee_uid: verwijst naar een rij in 'coachee'",
    ),
    "bad uid": (_set("coachee", 0, "uid", "../../etc/passwd"), "geen geldige uid"),
    "impossible date": (_set("trajectory", 0, "start_date", "2026-02-30"), "geen geldige datum"),
    "bad timestamp": (_set("coachee", 0, "created_at", "gisteren"), "geen geldig tijdstip"),
    "not a choice": (_set("coachee", 0, "status", "verwijderd"), "geen toegestane waarde"),
    "lone surrogate": (
        lambda d: _text(d).replace('"name": ', '"x": "\\ud800", "name": ', 1),
        "kapot teken",
    ),
    "NaN": (
        lambda d: _text(d).replace('"duration_minutes": ', '"duration_minutes": NaN, "s": ', 1),
        "NaN",
    ),
    "Infinity": (
        lambda d: _text(d).replace(
            '"duration_minutes": ', '"duration_minutes": -Infinity, "s": ', 1
        ),
        "NaN",
    ),
    "1e999": (
        lambda d: _text(d).replace('"duration_minutes": ', '"duration_minutes": 1e999, "s": ', 1),
        "oneindig",
    ),
    "duplicate key": (
        lambda d: _text(d).replace('"name": ', '"name": "A", "name": ', 1),
        "het veld 'name' staat twee keer",
    ),
    "not utf-8": (lambda d: _text(d).encode("utf-8").replace(b"\xc3\xab", b"\xeb"), "UTF-8"),
}


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "vijandig.json"
    path.write_bytes(
        content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    )
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_import_is_refused_and_changes_nothing(store, tmp_path, case):
    practice, doc = store
    make, expected = CASES[case]
    if case == "not utf-8":
        practice.coachees.create("Zoë Jansen")
        doc = practice.portability.export_document()
    path = _write(tmp_path, make(doc))
    before = file_hash(Path(practice.folder))
    with pytest.raises(ImportFileError) as caught:
        practice.portability.plan(path)
    message = caught.value.message("nl")
    assert message.startswith("Dit bestand kan niet worden ingelezen; er is niets veranderd.")
    assert expected in message, message
    assert file_hash(Path(practice.folder)) == before


def test_enough_hostile_cases():
    assert len(CASES) >= 20


def test_a_200_mb_file_is_refused_unread(store, tmp_path):
    practice, _doc = store
    path = tmp_path / "groot.json"
    with path.open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200 * 1024 * 1024)
    assert os.path.getsize(path) > MAX_BYTES
    before = file_hash(Path(practice.folder))
    with pytest.raises(ImportFileError) as caught:
        practice.portability.plan(path)
    assert "te groot (hooguit 100 MB)" in caught.value.message("nl")
    assert "too big (at most 100 MB)" in caught.value.message("en")
    assert file_hash(Path(practice.folder)) == before


def test_a_device_is_not_read(store):
    practice, _doc = store
    with pytest.raises(ImportFileError) as caught:
        practice.portability.plan("/dev/zero")
    assert "geen gewoon bestand" in caught.value.message("nl")


def test_the_first_20_problems_are_listed_with_their_place(store, tmp_path):
    practice, doc = store
    doc = copy.deepcopy(doc)
    assert len(doc["tables"]["coaching_session"]) >= 24
    for row in doc["tables"]["coaching_session"][:24]:
        row["duration_minutes"] = "lang"
    before = file_hash(Path(practice.folder))
    with pytest.raises(ImportFileError) as caught:
        practice.portability.plan(_write(tmp_path, _text(doc)))
    error = caught.value
    assert error.total == 24 and len(error.problems) == 20
    lines = error.message("en").splitlines()
    assert lines[0] == "This file cannot be imported; nothing was changed. Problems found: 24."
    assert lines[1] == "- /tables/coaching_session/0/duration_minutes: a number belongs here"
    assert lines[-1] == "… and 4 more problems."
    assert file_hash(Path(practice.folder)) == before


def test_a_row_the_database_refuses_rolls_the_whole_import_back(store, tmp_path):
    """Checks only the database knows (a session of 0 minutes): found while writing, in one
    transaction that is rolled back, so the rows before it are not written either."""
    practice, doc = store
    doc = copy.deepcopy(doc)
    fresh = dict(doc["tables"]["coachee"][0], uid="a" * 32, name="Nieuw Persoon")
    doc["tables"]["coachee"].append(fresh)
    session = dict(doc["tables"]["coaching_session"][0], uid="b" * 32, duration_minutes=0)
    doc["tables"]["coaching_session"].append(session)
    plan = practice.portability.plan(_write(tmp_path, _text(doc)))
    assert plan.adds == 2
    before = file_hash(Path(practice.folder))
    with pytest.raises(ImportFileError) as caught:
        practice.portability.apply(plan)
    n = len(doc["tables"]["coaching_session"]) - 1
    assert f"/tables/coaching_session/{n}: deze rij weigert de database" in caught.value.message(
        "nl"
    )
    assert "Nieuw Persoon" not in [c.name for c in practice.coachees.list()]
    assert file_hash(Path(practice.folder)) == before


def test_cli_refuses_with_the_problems_and_exit_status(data_dir, tmp_path, capsys):
    bad = tmp_path / "kapot.json"
    bad.write_text('{"format": "coachdesk-export", "version": 1, "tables": {"coachee": [{}]}}')
    assert run(["import", str(bad), "--yes"]) == 2
    err = capsys.readouterr().err
    assert "er is niets veranderd" in err and "/tables/coachee/0/uid: dit veld ontbreekt" in err


def test_big_files_take_the_fast_path_and_are_still_refused(store, tmp_path, monkeypatch):
    """Above 2 million characters the character-by-character check is skipped (it costs
    ~0.5 s per MB): deep nesting is then the parser's recursion guard, a lone surrogate is
    found per field, with its place."""
    from coachdesk.core import portability_check

    monkeypatch.setattr(portability_check, "EXACT_CHECK_CHARS", 0)
    practice, doc = store
    before = file_hash(Path(practice.folder))
    broken = _text(doc).replace('"name": "', '"name": "\\udc00', 1)
    with pytest.raises(ImportFileError) as caught:
        practice.portability.plan(_write(tmp_path, broken))
    assert "/tables/coachee/0/name: hier staat een kapot teken" in caught.value.message("nl")
    with pytest.raises(ImportFileError) as caught:
        practice.portability.plan(_write(tmp_path, "[" * 200_000 + "]" * 200_000))
    assert "te diep genest" in caught.value.message("nl")
    assert file_hash(Path(practice.folder)) == before
