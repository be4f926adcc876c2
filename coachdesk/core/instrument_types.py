"""Profile instruments as plain, immutable values (loaded from resources/instruments)."""

from __future__ import annotations

from dataclasses import dataclass, field

from coachdesk.i18n import Lang

CHART_KINDS = ("energy_bars", "paired_bars", "ranked_bars", "radar", "bipolar")


def pick(names: dict[str, str], lang: Lang) -> str:
    """The text of a {"nl": ..., "en": ...} name in ``lang`` (falls back to the other)."""
    return names.get(lang) or names.get("en") or names.get("nl") or ""


@dataclass(frozen=True, slots=True)
class Pole:
    letter: str
    names: dict[str, str]

    def name(self, lang: Lang = "nl") -> str:
        return pick(self.names, lang)


@dataclass(frozen=True, slots=True)
class Dimension:
    key: str
    names: dict[str, str]
    colour: str
    min: float
    max: float
    parent: str | None = None
    required: bool = True
    poles: tuple[Pole, Pole] | None = None

    def name(self, lang: Lang = "nl") -> str:
        return pick(self.names, lang)

    def fraction(self, score: float) -> float:
        """Where ``score`` lies between min (0.0) and max (1.0), clamped."""
        span = self.max - self.min
        return max(0.0, min(1.0, (score - self.min) / span)) if span else 0.0


@dataclass(frozen=True, slots=True)
class Variant:
    key: str
    names: dict[str, str]

    def name(self, lang: Lang = "nl") -> str:
        return pick(self.names, lang)


@dataclass(frozen=True, slots=True)
class LabelOption:
    key: str
    names: dict[str, str]
    colours: tuple[str, ...] = ()  # dimension keys (e.g. the wheel position's energies)

    def name(self, lang: Lang = "nl") -> str:
        return pick(self.names, lang) or self.key


@dataclass(frozen=True, slots=True)
class LabelSet:
    names: dict[str, str]
    options: tuple[LabelOption, ...]

    def name(self, lang: Lang = "nl") -> str:
        return pick(self.names, lang)

    def option(self, key: str) -> LabelOption | None:
        return next((o for o in self.options if o.key == key), None)


@dataclass(frozen=True, slots=True)
class Instrument:
    key: str
    version: str
    names: dict[str, str]
    licence: dict[str, str]
    chart: str
    dimensions: tuple[Dimension, ...]
    variants: tuple[Variant, ...] = ()
    labels: LabelSet | None = None
    decimals: int = 1
    percent_entry: bool = False
    reference: float | None = None  # a norm line (e.g. 50 for T-scores)
    source: str = ""  # the file it came from
    builtin: bool = True
    _index: dict[str, Dimension] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update({d.key: d for d in self.dimensions})

    def name(self, lang: Lang = "nl") -> str:
        return pick(self.names, lang)

    def licence_text(self, lang: Lang = "nl") -> str:
        return pick(self.licence, lang)

    def dimension(self, key: str) -> Dimension | None:
        return self._index.get(key)

    def variant(self, key: str) -> Variant | None:
        return next((v for v in self.variants if v.key == key), None)

    def variant_name(self, key: str, lang: Lang = "nl") -> str:
        found = self.variant(key)
        return found.name(lang) if found else key

    def from_percent(self, dimension_key: str, percent: float) -> float:
        """A percentage (0-100) as a score on the dimension's own scale."""
        dim = self._index[dimension_key]
        return round(dim.min + (dim.max - dim.min) * percent / 100.0, max(self.decimals, 2))

    def ranks(self, scores: dict[str, float]) -> dict[str, int]:
        """Rank per dimension (1 = highest score; ties share the better rank)."""
        values = sorted((s for k, s in scores.items() if k in self._index), reverse=True)
        return {k: values.index(s) + 1 for k, s in scores.items() if k in self._index}

    def type_letters(self, scores: dict[str, float]) -> str:
        """For bipolar instruments: the letters of the preferred poles (e.g. "INFJ")."""
        letters = []
        for dim in self.dimensions:
            if dim.poles is None or dim.key not in scores:
                continue
            letters.append(dim.poles[0 if scores[dim.key] < 0 else 1].letter)
        return "".join(letters)
