from __future__ import annotations

from datetime import date

import pytest

from coachdesk import errors
from coachdesk.core.instruments import load_instruments
from coachdesk.core.practice import Practice

COLOURS = {"blue": 4.2, "green": 3.1, "yellow": 1.4, "red": 5.3}
DISC = {"d": 72, "i": 35, "s": 20, "c": 64}


@pytest.fixture
def coachee(practice: Practice):
    return practice.coachees.create("Zoë de Vries")


def _valid(instrument) -> dict[str, float]:
    return {d.key: (d.min + d.max) / 2 for d in instrument.dimensions if d.required}


INSTRUMENTS = sorted(load_instruments().values(), key=lambda i: i.key)


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.key)
def test_every_instrument_records_a_valid_profile(practice, coachee, instrument):
    variant = instrument.variants[0].key if instrument.variants else ""
    p = practice.profiles.record(coachee.id, instrument.key, _valid(instrument), variant=variant)
    assert p.scores == _valid(instrument)
    assert practice.profiles.list(coachee.id, instrument.key)[0].result.variant == variant


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.key)
@pytest.mark.parametrize("side", ["below", "above"])
def test_profile_entry_rejects_out_of_range_scores(practice, coachee, instrument, side):
    variant = instrument.variants[0].key if instrument.variants else ""
    dim = instrument.dimensions[-1]
    bad = dim.min - 0.5 if side == "below" else dim.max + 0.5
    scores = {**_valid(instrument), dim.key: bad}
    with pytest.raises(errors.ScoreOutOfRangeError) as info:
        practice.profiles.record(coachee.id, instrument.key, scores, variant=variant)
    nl, en = info.value.message("nl"), info.value.message("en")
    assert dim.name("nl") in nl and "tussen" in nl and str(bad) in nl
    assert "between" in en
    assert practice.profiles.list(coachee.id) == []


@pytest.mark.parametrize(
    ("call", "error", "text"),
    [
        (
            lambda p, c: p.profiles.record(c, "disc", {"d": 1}, variant="natural"),
            errors.MissingDimensionError,
            "Invloed",
        ),
        (
            lambda p, c: p.profiles.record(c, "disc", {**DISC, "x": 1}, variant="natural"),
            errors.UnknownDimensionError,
            "'x'",
        ),
        (
            lambda p, c: p.profiles.record(c, "disc", DISC, variant="bewust"),
            errors.UnknownVariantError,
            "natural, adapted",
        ),
        (lambda p, c: p.profiles.record(c, "disc", DISC), errors.UnknownVariantError, "natural"),
        (
            lambda p, c: p.profiles.record(c, "enneagram", DISC),
            errors.UnknownInstrumentError,
            "enneagram",
        ),
        (
            lambda p, c: p.profiles.record(
                c, "colour_energies", COLOURS, variant="conscious", label="wizard"
            ),
            errors.UnknownLabelError,
            "observer",
        ),
        (
            lambda p, c: p.profiles.record(c, "disc", DISC, variant="natural", label="x"),
            errors.UnknownLabelError,
            "DISC",
        ),
        (
            lambda p, c: p.profiles.record(c, "disc", DISC, variant="natural", percent=True),
            errors.ValidationError,
            "percentage",
        ),
        (
            lambda p, c: p.profiles.record(
                c, "colour_energies", {**COLOURS, "red": 120}, variant="conscious", percent=True
            ),
            errors.ScoreOutOfRangeError,
            "100",
        ),
        (
            lambda p, c: p.profiles.record(
                c, "disc", {**DISC, "d": float("nan")}, variant="natural"
            ),
            errors.ValidationError,
            "Scores",
        ),
    ],
    ids=[
        "missing-dimension",
        "unknown-dimension",
        "unknown-variant",
        "variant-required",
        "unknown-instrument",
        "label-not-allowed",
        "no-labels",
        "no-percent",
        "percent-range",
        "nan",
    ],
)
def test_profile_errors_are_specific(practice, coachee, call, error, text):
    with pytest.raises(error) as info:
        call(practice, coachee.id)
    nl, en = info.value.message("nl"), info.value.message("en")
    assert text in nl + en and nl != en and "{" not in nl + en
    assert practice.profiles.list(coachee.id) == []


def test_percentages_are_converted_to_the_scale(practice, coachee):
    p = practice.profiles.record(
        coachee.id,
        "colour_energies",
        {"blue": 50, "green": 100, "yellow": 0, "red": 75},
        variant="conscious",
        percent=True,
        label="observer",
    )
    assert p.scores == {"blue": 3.0, "green": 6.0, "yellow": 0.0, "red": 4.5}
    assert p.result.label == "observer"


def test_record_several_variants_all_or_nothing(practice, coachee):
    with pytest.raises(errors.ScoreOutOfRangeError):
        practice.profiles.record_many(
            coachee.id, "disc", {"natural": DISC, "adapted": {**DISC, "c": 101}}, date(2026, 3, 1)
        )
    assert practice.profiles.list(coachee.id) == []
    stored = practice.profiles.record_many(
        coachee.id, "disc", {"natural": DISC, "adapted": {**DISC, "c": 80}}, date(2026, 3, 1)
    )
    assert [p.result.variant for p in stored] == ["natural", "adapted"]


def test_history_per_date_and_compare_two_dates(practice, coachee):
    practice.profiles.record_many(
        coachee.id,
        "disc",
        {"adapted": {**DISC, "d": 60}, "natural": DISC},
        date(2026, 1, 10),
    )
    practice.profiles.record_many(
        coachee.id,
        "disc",
        {"natural": {**DISC, "d": 50, "i": 45}, "adapted": {**DISC, "d": 55}},
        date(2026, 6, 10),
    )
    practice.profiles.record(coachee.id, "colour_energies", COLOURS, date(2026, 2, 1), "conscious")
    history = practice.profiles.history(coachee.id, "disc")
    assert [h.taken_on for h in history] == [date(2026, 1, 10), date(2026, 6, 10)]
    # Variants in the instrument's order, whatever order they were entered in.
    assert [p.result.variant for p in history[0].profiles] == ["natural", "adapted"]
    comparison = practice.profiles.compare(coachee.id, "disc", date(2026, 1, 10), date(2026, 6, 10))
    assert comparison.changes["natural"] == {"d": -22, "i": 10, "s": 0, "c": 0}
    assert comparison.changes["adapted"]["d"] == -5
    assert practice.profiles.instruments_of(coachee.id) == ["colour_energies", "disc"]
    with pytest.raises(errors.NotFoundError):
        practice.profiles.compare(coachee.id, "disc", date(2026, 1, 10), date(2026, 2, 2))
