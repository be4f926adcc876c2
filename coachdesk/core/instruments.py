"""Profile instruments: data files, validated when loaded, never code.

Built-in instruments live in resources/instruments/*.json; a coach's own
instruments are imported into <data dir>/instruments after validation.

    load_instruments(folder) -> {key: Instrument}
    get_instrument(key, folder) -> Instrument (UnknownInstrumentError)
    import_instrument(path, folder) -> Instrument (InstrumentFileError, ...)
    check_scores(instrument, scores, variant, label, percent) -> cleaned scores
"""

from __future__ import annotations

import logging
import math
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from coachdesk import paths
from coachdesk.core.instrument_file import parse_instrument
from coachdesk.core.instrument_types import Dimension, Instrument
from coachdesk.errors import (
    CoachDeskError,
    InstrumentExistsError,
    MissingDimensionError,
    ScoreOutOfRangeError,
    UnknownDimensionError,
    UnknownInstrumentError,
    UnknownLabelError,
    UnknownVariantError,
    ValidationError,
)
from coachdesk.log import describe

log = logging.getLogger(__name__)

_cache: dict[tuple[tuple[str, float], ...], dict[str, Instrument]] = {}


def _files(folder: Path | None) -> list[tuple[Path, bool]]:
    found = [(p, True) for p in sorted(paths.resource("instruments").glob("*.json"))]
    own = paths.instruments_dir(folder) if folder is not None else None
    if own is not None and own.is_dir():
        found += [(p, False) for p in sorted(own.glob("*.json"))]
    return found


def read_instrument(path: Path, *, builtin: bool = False) -> Instrument:
    """One instrument file, validated (InstrumentFileError names file, line and problem)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CoachDeskError("error.instrument_unreadable", file=path.name, detail=exc) from exc
    except OSError as exc:
        raise CoachDeskError(
            "error.instrument_unreadable", file=path.name, detail=exc.strerror or exc
        ) from exc
    return parse_instrument(text.lstrip("\ufeff"), path.name, builtin=builtin)


def load_instruments(folder: Path | str | None = None) -> dict[str, Instrument]:
    """Every instrument by key: the built-in ones, then the coach's own from ``folder``.

    A broken built-in file raises (it is a bug); a broken own file is skipped and
    logged (it was validated when imported, so someone edited it by hand).
    """
    folder = Path(folder) if folder is not None else None
    files = _files(folder)
    stamp = tuple((str(p), p.stat().st_mtime) for p, _ in files)
    if stamp in _cache:
        return dict(_cache[stamp])
    found: dict[str, Instrument] = {}
    for path, builtin in files:
        try:
            instrument = read_instrument(path, builtin=builtin)
        except CoachDeskError as exc:
            if builtin:
                raise
            # Not the message: it names the full path and may quote the file's text.
            problem = getattr(getattr(exc, "problem", None), "key", None)
            log.warning(
                "own instrument file %s skipped: %s line %s %s",
                path.name,
                describe(exc),
                getattr(exc, "line", "?"),
                problem or "",
            )
            continue
        if instrument.key in found:
            if builtin:
                raise ValueError(f"instrument key {instrument.key!r} is defined twice")
            log.warning("instrument file %s skipped: key %s is taken", path.name, instrument.key)
            continue
        found[instrument.key] = instrument
    _cache.clear()
    _cache[stamp] = found
    return dict(found)


def get_instrument(key: str, folder: Path | str | None = None) -> Instrument:
    instruments = load_instruments(folder)
    if key not in instruments:
        raise UnknownInstrumentError(
            field="instrument", key=key, choices=", ".join(sorted(instruments))
        )
    return instruments[key]


def import_instrument(source: Path | str, folder: Path | str) -> Instrument:
    """Validate a coach's own instrument file and copy it into <folder>/instruments.

    Re-importing a file with the key of an earlier own instrument replaces it
    (a newer version); the key of a built-in instrument is refused.
    """
    source = Path(source)
    instrument = read_instrument(source, builtin=False)
    builtin = {k: i for k, i in load_instruments(None).items()}
    if instrument.key in builtin:
        raise InstrumentExistsError(key=instrument.key, name=builtin[instrument.key].name())
    target_dir = paths.instruments_dir(Path(folder))
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{instrument.key}.json"
    data = source.read_bytes()
    fd, tmp = tempfile.mkstemp(dir=target_dir, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return read_instrument(target, builtin=False)


def _score(value: object, dim: Dimension, instrument: Instrument, percent: bool) -> float:
    name = dim.name()
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise ValidationError(field="scores")
    if percent:
        if not instrument.percent_entry:
            raise ValidationError("error.no_percent_entry", instrument=instrument.name())
        if not 0 <= value <= 100:
            raise ScoreOutOfRangeError("error.percent_range", dimension=name, value=value)
        return instrument.from_percent(dim.key, float(value))
    if not dim.min <= value <= dim.max:
        raise ScoreOutOfRangeError(dimension=name, value=value, min=dim.min, max=dim.max)
    return float(value)


def check_scores(
    instrument: Instrument,
    scores: Mapping[str, object],
    variant: str = "",
    label: str = "",
    percent: bool = False,
) -> dict[str, float]:
    """Scores checked against the instrument: every required dimension, ranges, variant, label."""
    if (instrument.variants or variant) and instrument.variant(variant) is None:
        raise UnknownVariantError(
            field="variant",
            instrument=instrument.name(),
            variant=variant,
            choices=", ".join(v.key for v in instrument.variants) or "-",
        )
    for key in scores:
        if instrument.dimension(key) is None:
            raise UnknownDimensionError(instrument=instrument.name(), dimension=key)
    clean: dict[str, float] = {}
    for dim in instrument.dimensions:
        if dim.key not in scores or scores[dim.key] is None:
            if dim.required:
                raise MissingDimensionError(instrument=instrument.name(), dimension=dim.name())
            continue
        clean[dim.key] = _score(scores[dim.key], dim, instrument, percent)
    if label:
        if instrument.labels is None:
            raise UnknownLabelError("error.no_labels", instrument=instrument.name())
        if instrument.labels.option(label) is None:
            raise UnknownLabelError(
                instrument=instrument.name(),
                label=label,
                what=instrument.labels.name(),
                choices=", ".join(o.key for o in instrument.labels.options),
            )
    return clean


def suggest_label(instrument: Instrument, scores: Mapping[str, float]) -> str:
    """A label that fits the scores, for the form to propose (the coach decides).

    Bipolar instruments: the type letters when they are an allowed label.
    Labels with colours (the wheel positions): the two strongest dimensions when
    the second is close to the first (within 15% of the range), else the strongest.
    """
    if instrument.labels is None or not scores:
        return ""
    letters = instrument.type_letters(dict(scores))
    if letters and instrument.labels.option(letters):
        return letters
    ranked = sorted(
        (instrument.dimension(k).fraction(s), k)  # type: ignore[union-attr]
        for k, s in scores.items()
        if instrument.dimension(k) is not None
    )[::-1]
    if not ranked:
        return ""
    wanted = [{ranked[0][1]}]
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] <= 0.15:
        wanted.insert(0, {ranked[0][1], ranked[1][1]})
    for colours in wanted:
        for option in instrument.labels.options:
            if option.colours and set(option.colours) == colours:
                return option.key
    return ""
