"""Style-preference profiles, validated against their instrument."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import cast

from coachdesk.core import instruments as inst
from coachdesk.core import queries
from coachdesk.core import validation as v
from coachdesk.core.instrument_types import Instrument
from coachdesk.core.models import Coachee, ProfileResult, ProfileScore
from coachdesk.core.records import Profile, ProfileComparison, ProfileSet
from coachdesk.core.services.base import Service
from coachdesk.errors import EmptyValueError, NotFoundError, ValidationError


class ProfileService(Service):
    # --- instruments --------------------------------------------------------

    def instruments(self) -> dict[str, Instrument]:
        """Built-in and own instruments by key (built-in first, in file order)."""
        return inst.load_instruments(self.db.store.folder)

    def instrument(self, key: str) -> Instrument:
        return inst.get_instrument(key, self.db.store.folder)

    def import_instrument(self, path: str | Path) -> Instrument:
        """Validate a coach's own instrument file and add it (InstrumentFileError on problems)."""
        return inst.import_instrument(path, self.db.store.folder)

    # --- recording ------------------------------------------------------------

    def record(
        self,
        coachee_id: int,
        instrument_key: str,
        scores: Mapping[str, float],
        taken_on: date | None = None,
        variant: str = "",
        note: str = "",
        label: str = "",
        percent: bool = False,
    ) -> Profile:
        """Store one result; scores are checked against the instrument definition.

        ``percent=True`` converts percentages to the instrument's scale (only for
        instruments with ``percent_entry``).
        """
        return self.record_many(
            coachee_id,
            instrument_key,
            {variant: scores},
            taken_on,
            labels={variant: label},
            note=note,
            percent=percent,
        )[0]

    def record_many(
        self,
        coachee_id: int,
        instrument_key: str,
        results: Mapping[str, Mapping[str, float]],
        taken_on: date | None = None,
        labels: Mapping[str, str] | None = None,
        note: str = "",
        percent: bool = False,
    ) -> list[Profile]:
        """Store several variants of one instrument on one date, all or nothing."""
        key = v.text(instrument_key, "instrument", required=True)
        if not results or not all(results.values()):
            raise EmptyValueError(field="scores")
        labels = labels or {}
        day = v.optional_date(taken_on, "done_on") or date.today()
        note = v.text(note, "text")
        for scores in results.values():
            for dim, score in scores.items():
                v.text(dim, "dimension", required=True)
                if isinstance(score, bool) or not isinstance(score, int | float):
                    raise ValidationError(field="scores")
        with self.db.session() as s:
            self.db.get(s, Coachee, coachee_id)
            instrument = self.instrument(key)
            checked = {
                variant: inst.check_scores(
                    instrument,
                    scores,
                    v.text(variant, "variant").strip(),
                    v.text(labels.get(variant, ""), "text").strip(),
                    percent,
                )
                for variant, scores in results.items()
            }
            stored = []
            for variant, scores in checked.items():
                result = ProfileResult(
                    coachee_id=coachee_id,
                    instrument_key=key,
                    taken_on=day,
                    variant=variant.strip(),
                    label=labels.get(variant, "").strip(),
                    note=note,
                )
                s.add(result)
                s.flush()
                for dim, score in scores.items():
                    s.add(
                        ProfileScore(result_id=cast(int, result.id), dimension_key=dim, score=score)
                    )
                s.flush()
                s.refresh(result)
                stored.append(Profile(result=result, scores=scores))
            return stored

    def list(self, coachee_id: int, instrument_key: str | None = None) -> list[Profile]:
        with self.db.session() as s:
            self.db.get(s, Coachee, coachee_id)
            return queries.profiles_of(s, coachee_id, instrument_key)

    def delete(self, result_id: int) -> None:
        self.db.delete(ProfileResult, result_id)

    # --- history and comparison ----------------------------------------------

    def history(self, coachee_id: int, instrument_key: str) -> builtins.list[ProfileSet]:
        """One ProfileSet per date the instrument was taken, oldest first.

        Within a date the variants follow the instrument's order.
        """
        profiles = self.list(coachee_id, instrument_key)
        order = _variant_order(self._instrument_or_none(instrument_key))
        by_date: dict[date, list[Profile]] = {}
        for profile in profiles:
            by_date.setdefault(profile.result.taken_on, []).append(profile)
        return [
            ProfileSet(
                instrument_key,
                day,
                sorted(found, key=lambda p: (order.get(p.result.variant, 99), p.result.id)),
            )
            for day, found in sorted(by_date.items())
        ]

    def instruments_of(self, coachee_id: int) -> builtins.list[str]:
        """The instrument keys a coachee has results for (in instrument order)."""
        keys = {p.result.instrument_key for p in self.list(coachee_id)}
        known = list(self.instruments())
        return sorted(keys, key=lambda k: (known.index(k) if k in known else len(known), k))

    def compare(
        self, coachee_id: int, instrument_key: str, first: date, second: date
    ) -> ProfileComparison:
        """Two dates side by side with the change per variant and dimension."""
        history = {ps.taken_on: ps for ps in self.history(coachee_id, instrument_key)}
        for day in (first, second):
            if day not in history:
                raise NotFoundError("profile", day.isoformat())
        a, b = history[first], history[second]
        changes: dict[str, dict[str, float]] = {}
        for newer in b.profiles:
            older = a.variant(newer.result.variant)
            if older is None:
                continue
            changes[newer.result.variant] = {
                dim: round(score - older.scores[dim], 6)
                for dim, score in newer.scores.items()
                if dim in older.scores
            }
        return ProfileComparison(instrument_key, a, b, changes)

    def _instrument_or_none(self, key: str) -> Instrument | None:
        return self.instruments().get(key)


def _variant_order(instrument: Instrument | None) -> dict[str, int]:
    if instrument is None:
        return {}
    return {variant.key: i for i, variant in enumerate(instrument.variants)}
