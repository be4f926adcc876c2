"""The home screen at 10,000 coachees / ~100,000 sessions: refreshed and painted.

Baseline, measured in the same run: the coachee list read (``coachees.list()``), the
query every start already pays. Measured: what a change notice or Ctrl+1 does to the
home screen, as MainWindow.refresh_home: the read (``overview.today()``: the first
lines of each section and a COUNT of the rest; the chart's hours and the ICF total
summed in SQL), then filled and painted.

Aim: under 0.5x the baseline (issue 15: under 50 ms), NOT met yet. Asserted: under 4x
(the old guard was 3x for the sections alone; the chart is now in, about 1 s of it)
and under half of what the chart's hours and ICF total alone took before
(hours.summary plus the whole icf_log, timed here). The absolute figures are printed;
they depend on the machine.

``COACHDESK_BENCH_STORE=/folder`` reuses a 10k store made before (its coachdesk.db is
copied), so the benchmark can be repeated without generating the data again.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coachdesk.core import overview_queries as q
from coachdesk.core.demo import generate
from coachdesk.core.practice import Practice
from coachdesk.core.services.overview import LIMIT, SECTIONS
from coachdesk.report.hours_chart import last_months
from coachdesk.ui.pages.home_page import HomePage

TARGET_RATIO = 0.5  # the aim (printed)
GUARD_RATIO = 4.0  # asserted; measured 2.0-2.8x on a loaded 2-core machine (see below)


@pytest.fixture(scope="module")
def big_practice(tmp_path_factory):
    folder = tmp_path_factory.mktemp("home10k")
    made = os.environ.get("COACHDESK_BENCH_STORE")
    if made:
        source = sqlite3.connect(f"file:{Path(made) / 'coachdesk.db'}?mode=ro", uri=True)
        target = sqlite3.connect(folder / "coachdesk.db")
        source.backup(target)
        source.close()
        target.close()
    with Practice.open(str(folder)) as practice:
        if not made:
            summary = generate(practice.store, coachees=10_000, seed=6)
            assert summary.sessions > 90_000
        yield practice
    shutil.rmtree(folder, ignore_errors=True)


def _median_ms(work, rounds: int = 9) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


@pytest.mark.benchmark
def test_home_screen_refreshes_and_paints_faster_than_the_coachee_list(qtbot, big_practice):
    practice = big_practice
    assert len(practice.coachees.list()) == 10_000
    page = HomePage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()

    first = last_months(date.today())[0]
    start = date(int(first[:4]), int(first[5:]), 1)
    overview = practice.overview

    def home() -> None:  # a change notice or Ctrl+1, as MainWindow.refresh_home: read, paint
        page.show_today(overview.today(), overview.hours(start), overview.coached_hours())
        page.repaint()
        QApplication.processEvents()

    def hours_before() -> None:  # what refresh_home read for the chart before this change
        practice.hours.summary("month", start)
        sum(c.paid_hours + c.pro_bono_hours for c in practice.hours.icf_log())

    home()  # warm-up
    baseline = _median_ms(practice.coachees.list)
    home_ms = _median_ms(home)
    read_ms = _median_ms(practice.overview.today)
    chart_ms = _median_ms(lambda: (overview.hours(start), overview.coached_hours()), 5)
    chart_before_ms = _median_ms(hours_before, 3)
    moment = q.Moment.at(datetime.now())
    parts = []
    for definition in SECTIONS:

        def one(d=definition) -> None:
            with practice.db.session() as s:
                d.read(s, moment, LIMIT)

        parts.append(f"{definition.key} {_median_ms(one, 5):.1f}")
    ratio = home_ms / baseline
    print(
        f"\nhome screen 10k: read {read_ms:.1f} ms, read + paint {home_ms:.1f} ms"
        f" ({ratio:.2f}x the coachee list read of {baseline:.1f} ms; target < {TARGET_RATIO}x,"
        f" aim < 50 ms)\n  per section (ms): {', '.join(parts)}"
        f"\n  chart and ICF total: {chart_ms:.1f} ms in SQL (before: {chart_before_ms:.1f} ms,"
        " hours.summary + the whole icf_log)"
    )
    today = page.today
    assert today is not None and not today.empty
    assert all(len(today[d.key].lines) <= LIMIT for d in SECTIONS)
    assert ratio < GUARD_RATIO
    assert home_ms < chart_before_ms / 2  # all of it, against the old chart read alone
