from __future__ import annotations

import json
from pathlib import Path

import pytest

from coachdesk import errors, paths
from coachdesk.core.instrument_file import parse_instrument
from coachdesk.core.instruments import load_instruments, read_instrument, suggest_label
from coachdesk.core.practice import Practice

SHIPPED = sorted(paths.resource("instruments").glob("*.json"))


def test_the_seven_instruments_of_the_issue_are_shipped():
    assert {
        "colour_energies",
        "disc",
        "belbin",
        "big_five",
        "management_drives",
        "type_preferences",
        "psycap",
    } <= set(load_instruments())


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_instrument_loads(path: Path):
    instrument = read_instrument(path, builtin=True)
    assert path.stem == instrument.key
    assert instrument.name("nl") and instrument.name("en")
    assert instrument.licence_text("nl") and instrument.licence_text("en")
    assert instrument.version
    for dim in instrument.dimensions:
        assert dim.name("nl") and dim.name("en") and dim.min < dim.max
    # Store scores and labels only: no questionnaire items or report text.
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert not {"items", "questions", "report", "text"} & set(raw)


def test_instrument_details_match_the_issue_and_the_demo_data():
    ins = load_instruments()
    colours = ins["colour_energies"]
    assert [d.key for d in colours.dimensions] == ["blue", "green", "yellow", "red"]
    assert {(d.min, d.max) for d in colours.dimensions} == {(0, 6)}
    assert [v.key for v in colours.variants] == ["conscious", "less_conscious"]
    assert colours.percent_entry and colours.chart == "energy_bars"
    assert {o.key for o in colours.labels.options} == {
        "observer",
        "coordinator",
        "supporter",
        "helper",
        "inspirer",
        "motivator",
        "director",
        "reformer",
    }
    disc = ins["disc"]
    assert [d.key for d in disc.dimensions] == ["d", "i", "s", "c"]
    assert [v.key for v in disc.variants] == ["natural", "adapted"]
    assert len(ins["belbin"].dimensions) == 9 and ins["belbin"].chart == "ranked_bars"
    assert len(ins["big_five"].dimensions) == 5 and ins["big_five"].chart == "radar"
    drives = ins["management_drives"]
    assert [d.key for d in drives.dimensions] == [
        "yellow",
        "green",
        "orange",
        "blue",
        "red",
        "purple",
    ]
    assert [v.key for v in drives.variants] == ["attraction", "rejection"]
    assert all(d.poles for d in ins["type_preferences"].dimensions)
    assert {(d.min, d.max) for d in ins["psycap"].dimensions} == {(1, 6)}


VALID = """{
  "key": "own",
  "version": "2",
  "name": {"nl": "Eigen", "en": "Own"},
  "licence": {"nl": "Eigen werk", "en": "Own work"},
  "chart": "paired_bars",
  "dimensions": [
    {"key": "a", "name": {"nl": "A", "en": "A"}, "colour": "#112233", "min": 0, "max": 10},
    {"key": "b", "name": {"nl": "B", "en": "B"}, "colour": "#445566", "min": 0, "max": 10},
    {"key": "b1", "name": {"nl": "B1", "en": "B1"}, "colour": "#445566", "min": 0, "max": 10,
     "parent": "b"}
  ],
  "variants": [
    {"key": "self", "name": {"nl": "Zelf", "en": "Self"}},
    {"key": "other", "name": {"nl": "Ander", "en": "Other"}}
  ],
  "labels": {"name": {"nl": "Stijl", "en": "Style"}, "variants": ["self"],
    "allowed": [{"key": "x", "colours": ["a"]}]}
}
"""


def test_the_valid_example_loads_with_an_optional_facet():
    own = parse_instrument(VALID, "own.json")
    assert own.dimension("b1").parent == "b" and not own.dimension("b1").required
    assert own.dimension("a").required


@pytest.mark.parametrize(
    ("old", "new", "problem", "line"),
    [
        ('"min": 0, "max": 10},\n    {"key": "b"', '"min": 0},\n    {"key": "b"', "'max'", 8),
        (
            '"colour": "#112233", "min": 0, "max": 10}',
            '"colour": "#112233", "min": 10, "max": 2}',
            "min (10)",
            8,
        ),
        ('"variants": ["self"]', '"variants": ["selv"]', "'selv'", 17),
        ('{"key": "b", ', '{"key": "a", ', "'a'", 9),
        ('{"key": "self", "name"', '{"key": "other", "name"', "'other'", 15),
        ('"version": "2",', '"version": "2"', "JSON", 4),
        ('"chart": "paired_bars"', '"chart": "pie"', "'pie'", 6),
        (
            '"colour": "#445566", "min": 0, "max": 10},',
            '"colour": "blue", "min": 0, "max": 10},',
            "'blue'",
            9,
        ),
        ('"parent": "b"', '"parent": "z"', "'z'", 11),
        ('"name": {"nl": "Eigen", "en": "Own"}', '"name": {"nl": "Eigen"}', '"en"', 4),
        ('"version": "2",', '"version": "2",\n  "version": "3",', "'version'", 4),
        ('"colours": ["a"]', '"colours": ["q"]', "'q'", 18),
    ],
    ids=[
        "missing-dimension-field",
        "min-greater-than-max",
        "unknown-variant",
        "duplicate-dimension-key",
        "duplicate-variant-key",
        "broken-json",
        "unknown-chart",
        "bad-colour",
        "unknown-parent",
        "missing-language",
        "duplicate-json-key",
        "label-colour-not-a-dimension",
    ],
)
def test_invalid_files_name_the_file_line_and_problem(old, new, problem, line):
    assert old in VALID
    with pytest.raises(errors.InstrumentFileError) as info:
        parse_instrument(VALID.replace(old, new, 1), "eigen.json")
    nl, en = info.value.message("nl"), info.value.message("en")
    assert info.value.line == line, nl
    assert nl.startswith(f"eigen.json, regel {line}: ") and problem in nl, nl
    assert en.startswith(f"eigen.json, line {line}: ") and problem in en, en
    assert "{" not in nl.replace("{...}", "") + en.replace("{...}", "")


def test_missing_dimensions_list_and_empty_list():
    text = VALID.replace('"chart": "paired_bars",', '"chart": "paired_bars", "dimensions": [],', 1)
    with pytest.raises(errors.InstrumentFileError) as info:
        parse_instrument(text, "x.json")
    assert "dimensions" in info.value.message("en")
    start, end = VALID.index('  "dimensions"'), VALID.index('  "variants"')
    with pytest.raises(errors.InstrumentFileError) as info:
        parse_instrument(VALID[:start] + VALID[end:], "x.json")
    assert info.value.line == 1 and "'dimensions' is missing" in info.value.message("en")


def test_import_own_instrument(practice: Practice, tmp_path: Path):
    source = tmp_path / "mijn instrument.json"
    source.write_text(VALID, encoding="utf-8")
    own = practice.profiles.import_instrument(source)
    assert own.key == "own" and not own.builtin
    assert (practice.store.folder / "instruments" / "own.json").exists()
    assert "own" in practice.profiles.instruments() and "disc" in practice.profiles.instruments()
    # A newer version of one's own instrument replaces it.
    source.write_text(VALID.replace('"version": "2"', '"version": "3"'), encoding="utf-8")
    assert practice.profiles.import_instrument(source).version == "3"
    assert practice.profiles.instrument("own").version == "3"


def test_import_refuses_broken_files_and_builtin_keys(practice: Practice, tmp_path: Path):
    broken = tmp_path / "kapot.json"
    broken.write_text(VALID.replace('"max": 10},\n    {"key": "b"', '"max": -1},\n    {"key": "b"'))
    with pytest.raises(errors.InstrumentFileError) as info:
        practice.profiles.import_instrument(broken)
    assert "kapot.json, regel 8" in info.value.message("nl")
    taken = tmp_path / "disc.json"
    taken.write_text(VALID.replace('"key": "own"', '"key": "disc"'))
    with pytest.raises(errors.InstrumentExistsError) as info:
        practice.profiles.import_instrument(taken)
    assert "disc" in info.value.message("nl")
    assert not (practice.store.folder / "instruments").exists() or not list(
        (practice.store.folder / "instruments").glob("*.json")
    )
    with pytest.raises(errors.CoachDeskError) as info:
        practice.profiles.import_instrument(tmp_path / "bestaat-niet.json")
    assert "bestaat-niet.json" in info.value.message("nl")


def test_a_hand_broken_own_file_is_skipped_not_fatal(practice: Practice):
    folder = practice.store.folder / "instruments"
    folder.mkdir()
    (folder / "half.json").write_text('{"key": "half",', encoding="utf-8")
    assert (
        "half" not in practice.profiles.instruments() and "disc" in practice.profiles.instruments()
    )


def test_suggest_label_from_scores():
    ins = load_instruments()
    colours, types = ins["colour_energies"], ins["type_preferences"]
    assert suggest_label(colours, {"blue": 5, "green": 1, "yellow": 1, "red": 2}) == "observer"
    assert suggest_label(colours, {"blue": 5, "green": 4.8, "yellow": 1, "red": 2}) == "coordinator"
    assert suggest_label(types, {"ei": 10, "sn": 5, "tf": 1, "jp": -4}) == "INFJ"
    assert suggest_label(ins["disc"], {"d": 50}) == ""
