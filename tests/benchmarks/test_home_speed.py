"""The home screen at 10,000 coachees / ~100,000 sessions: read and painted.

Baseline, measured in the same run: the coachee list read (``coachees.list()``), the
query every start already pays. Guard: the home screen's read plus its painting stays
under 3x that baseline (today about 1.6x). The aim of issue 15, under 50 ms, is NOT met
yet (about 650 ms here): the sections read every matching row; limiting them and an
index on (status, starts_at) are the next step.
"""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtWidgets import QApplication

from coachdesk.core.demo import generate
from coachdesk.core.practice import Practice
from coachdesk.ui.pages.home_page import HomePage

TARGET_RATIO = 3.0


@pytest.fixture(scope="module")
def big_practice(tmp_path_factory):
    folder = tmp_path_factory.mktemp("home10k")
    with Practice.open(str(folder)) as practice:
        summary = generate(practice.store, coachees=10_000, seed=6)
        assert summary.sessions > 90_000
        yield practice


def _median_ms(work, rounds: int = 7) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


@pytest.mark.benchmark
def test_home_screen_reads_and_paints_faster_than_the_coachee_list(qtbot, big_practice):
    practice = big_practice
    page = HomePage()
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()

    def home() -> None:
        page.show_today(practice.overview.today(), [])
        page.repaint()
        QApplication.processEvents()

    home()  # warm-up
    home_ms = _median_ms(home)
    read_ms = _median_ms(practice.overview.today)
    baseline = _median_ms(practice.coachees.list)
    ratio = home_ms / baseline
    print(
        f"\nhome screen 10k: read {read_ms:.1f} ms, read + paint {home_ms:.1f} ms"
        f" ({ratio:.2f}x the coachee list read of {baseline:.1f} ms; target < {TARGET_RATIO}x,"
        " aim < 50 ms)"
    )
    assert page.today is not None and not page.today.empty
    assert ratio < TARGET_RATIO
