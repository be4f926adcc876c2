"""What every benchmark shares: the size of the large store, the rounds, and one way to
report a figure.

A benchmark measures CoachDesk and a baseline in the same run, prints both, asserts the
ratio (never an absolute time: this machine may be busy) and hands the figure to
``record``. ``python -m tests.benchmarks`` (``__main__.py``) runs the suite, collects the
recorded figures and prints them as one table.

Set by the runner (or by hand) through the environment:

``COACHDESK_BENCH_QUICK=1``
    the quick mode CI runs so the suite cannot rot: a small store, one round, and no
    ratio asserted (``assert suite.QUICK or ratio <= LIMIT``); everything else a
    benchmark checks (rows shown, text written) is still asserted.
``COACHDESK_BENCH_COACHEES=N``
    the size of the large demo store (default 10,000; quick mode 300).
``COACHDESK_BENCH_RESULTS=FILE``
    where ``record`` appends its figures, one JSON object a line.
"""

from __future__ import annotations

import json
import os
import statistics
from dataclasses import asdict, dataclass
from pathlib import Path

QUICK = os.environ.get("COACHDESK_BENCH_QUICK") == "1"
QUICK_COACHEES = 300
SEED = 11


def coachees() -> int:
    """The number of coachees in the large store of this run."""
    given = os.environ.get("COACHDESK_BENCH_COACHEES")
    if given:
        return int(given)
    return QUICK_COACHEES if QUICK else 10_000


def rounds(n: int) -> int:
    """``n`` repetitions, or one in quick mode."""
    return 1 if QUICK else n


def median(values: list[float]) -> float:
    return statistics.median(values)


@dataclass(frozen=True)
class Figure:
    figure: str  # what was measured, e.g. "filter keystroke, main window"
    value: float  # CoachDesk's median (or best, as the benchmark says)
    unit: str  # "ms", "s", "MB"
    coachees: int  # the size of the store it was measured on (0: not store-bound)
    baseline: float | None = None  # the baseline's figure, same run, same unit
    baseline_name: str = ""
    at_most: float | None = None  # the target as an absolute figure (same unit)
    ratio_at_most: float | None = None  # the target as value / baseline
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    @property
    def met(self) -> bool | None:
        checks = []
        if self.at_most is not None:
            checks.append(self.value <= self.at_most)
        if self.ratio_at_most is not None and self.ratio is not None:
            checks.append(self.ratio <= self.ratio_at_most)
        return all(checks) if checks else None

    def as_json(self) -> dict[str, object]:
        return {**asdict(self), "ratio": self.ratio, "met": self.met}


def record(
    figure: str,
    value: float,
    unit: str = "ms",
    *,
    coachees: int = 0,
    baseline: float | None = None,
    baseline_name: str = "",
    at_most: float | None = None,
    ratio_at_most: float | None = None,
    note: str = "",
) -> Figure:
    """Report one figure: printed now, and appended to ``$COACHDESK_BENCH_RESULTS``."""
    made = Figure(
        figure,
        value,
        unit,
        coachees,
        baseline,
        baseline_name,
        at_most,
        ratio_at_most,
        note,
    )
    print(f"\n[figure] {line(made)}")
    target = os.environ.get("COACHDESK_BENCH_RESULTS")
    if target:
        with Path(target).open("a", encoding="utf-8") as out:
            out.write(json.dumps(made.as_json(), ensure_ascii=False) + "\n")
    return made


def line(f: Figure) -> str:
    parts = [f"{f.figure}: {f.value:.4g} {f.unit}"]
    if f.coachees:
        parts.append(f"at {f.coachees:,} coachees")
    if f.baseline is not None:
        parts.append(f"baseline {f.baseline_name or '-'} {f.baseline:.4g} {f.unit}")
        parts.append(f"= {f.ratio:.2f}x")
    targets = []
    if f.at_most is not None:
        targets.append(f"<= {f.at_most:g} {f.unit}")
    if f.ratio_at_most is not None:
        targets.append(f"<= {f.ratio_at_most:g}x")
    if targets:
        parts.append("target " + " and ".join(targets) + (": met" if f.met else ": NOT met"))
    return ", ".join(parts)
