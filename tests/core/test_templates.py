from __future__ import annotations

import json
from pathlib import Path

import pytest

from coachdesk.core.note_sections import compose, split
from coachdesk.core.templates import import_template, load_catalogue, read_template
from coachdesk.errors import TemplateError

GOOD = {
    "key": "walk_and_talk",
    "name": {"nl": "Wandelcoaching", "en": "Walk and talk"},
    "sections": [
        {"key": "route", "heading": {"nl": "Route", "en": "Route"}, "prompt": {"nl": "", "en": ""}},
        {
            "key": "harvest",
            "heading": {"nl": "Oogst", "en": "Harvest"},
            "prompt": {"nl": "Wat neem je mee?", "en": "What do you take away?"},
        },
    ],
}


def _write(tmp_path: Path, data: object, name: str = "mine.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_builtin_templates_load_in_order_with_both_languages():
    catalogue = load_catalogue(None)
    assert catalogue.keys == ["grow", "oskar", "clear", "solution_focused", "free"]
    grow = catalogue.get("grow")
    assert [s.heading_in("nl") for s in grow.sections] == ["Doel", "Realiteit", "Opties", "Wil"]
    assert [s.heading_in("en") for s in grow.sections] == ["Goal", "Reality", "Options", "Will"]
    assert all(
        s.prompt_in("nl") and s.prompt_in("en") for t in catalogue.templates for s in t.sections
    )
    assert catalogue.get("no-longer-there").key == "free"


@pytest.mark.parametrize(
    ("data", "nl_fragment", "en_fragment"),
    [
        ("{not json", "geen geldige JSON (fout in regel 1)", "not valid JSON"),
        ([1, 2], "één JSON-object", "one JSON object"),
        ({**GOOD, "key": "Met Spaties"}, "geen geldige sleutel", "not a valid key"),
        ({**GOOD, "name": "GROW"}, "een tekst per taal", "a text per language"),
        ({**GOOD, "name": {"nl": "Alleen NL"}}, "mist de tekst voor taal 'en'", "lacks the text"),
        ({**GOOD, "sections": []}, "geen onderdelen", "no sections"),
        ({**GOOD, "sections": [GOOD["sections"][0]] * 2}, "komt twee keer voor", "appears twice"),
        (
            {**GOOD, "sections": [{**GOOD["sections"][0], "heading": {"nl": "# X", "en": "X"}}]},
            "mag niet met # beginnen",
            "must not start with #",
        ),
        ({**GOOD, "key": "grow"}, "al een sjabloon met de sleutel 'grow'", "already is a template"),
    ],
)
def test_broken_template_files_get_a_clear_message(tmp_path, data, nl_fragment, en_fragment):
    path = _write(tmp_path, data, "kapot.json")
    with pytest.raises(TemplateError) as info:
        import_template(path, tmp_path / "data")
    assert "kapot.json" in info.value.message("nl")
    assert nl_fragment in info.value.message("nl")
    assert en_fragment in info.value.message("en")
    assert not (tmp_path / "data" / "templates" / "grow.json").exists()


def test_not_utf8_and_too_big(tmp_path):
    bad = tmp_path / "latin1.json"
    bad.write_bytes('{"key": "caf\xe9"}'.encode("latin-1"))
    with pytest.raises(TemplateError, match="UTF-8"):
        read_template(bad)
    big = _write(tmp_path, " " * 300_000 + "{}", "big.json")
    with pytest.raises(TemplateError, match="te groot"):
        read_template(big)


def test_import_own_template_and_broken_own_file_is_reported_not_fatal(tmp_path):
    data = tmp_path / "data"
    template = import_template(_write(tmp_path, GOOD), data)
    assert template.key == "walk_and_talk" and not template.builtin
    assert (data / "templates" / "walk_and_talk.json").exists()
    (data / "templates" / "kapot.json").write_text("{", encoding="utf-8")
    catalogue = load_catalogue(data)
    assert catalogue.keys[-1] == "walk_and_talk"
    assert catalogue.get("walk_and_talk").section("harvest").heading_in("en") == "Harvest"
    [problem] = catalogue.problems
    assert "kapot.json" in problem.message("nl")


def test_facade_imports_into_the_store_folder(practice, tmp_path):
    practice.notes.import_template(_write(tmp_path, GOOD))
    assert "walk_and_talk" in practice.notes.templates().keys
    assert (practice.store.folder / "templates" / "walk_and_talk.json").exists()


def test_compose_and_split_round_trip_in_both_languages():
    grow = load_catalogue(None).get("grow")
    texts = {
        "goal": "Meer **rust**",
        "reality": "- veel mail\n- weinig focus",
        "options": "",
        "will": "Elke ochtend 1 uur [focus](https://example.org)",
    }
    nl = compose(grow, texts, "nl")
    assert nl.startswith("## Doel\n\nMeer **rust**") and "## Opties" not in nl
    assert split(grow, nl) == texts
    en = compose(grow, texts, "en")
    assert "## Reality" in en
    assert split(grow, en) == texts  # a note written in English opens in Dutch too


def test_split_never_drops_text():
    grow = load_catalogue(None).get("grow")
    note = "Voorwoord zonder kop\n\n## Iets anders\nblabla\n\n## Wil\nactie\n```\n## Doel\n```"
    parts = split(grow, note)
    assert "Voorwoord zonder kop" in parts["goal"] and "## Iets anders\nblabla" in parts["goal"]
    assert parts["will"] == "actie\n```\n## Doel\n```"  # a heading in a code block stays text
    free = load_catalogue(None).get("free")
    assert split(free, note) == {"notes": note}
    assert compose(free, {"notes": note}) == note
