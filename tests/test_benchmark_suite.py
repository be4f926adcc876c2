"""The benchmark runner's own logic (no benchmark runs here): figures, growth, compare."""

from __future__ import annotations

import json
from pathlib import Path

from tests.benchmarks import __main__ as runner
from tests.benchmarks import suite


def _figure(name: str, value: float, coachees: int = 0, **kw) -> dict:
    return suite.Figure(name, value, "ms", coachees, **kw).as_json()


def test_a_figure_is_met_only_when_every_target_it_has_is_met():
    assert suite.Figure("x", 10, "ms", 0, baseline=5, ratio_at_most=2).met is True
    assert suite.Figure("x", 11, "ms", 0, baseline=5, ratio_at_most=2).met is False
    assert suite.Figure("x", 10, "ms", 0, baseline=5, at_most=9, ratio_at_most=3).met is False
    assert suite.Figure("x", 10, "ms", 0).met is None
    assert suite.Figure("x", 10, "ms", 0, baseline=4).ratio == 2.5


def test_record_appends_one_json_line_per_figure(tmp_path: Path, monkeypatch, capsys):
    out = tmp_path / "figures.jsonl"
    monkeypatch.setenv("COACHDESK_BENCH_RESULTS", str(out))
    suite.record("filter", 20.0, coachees=10_000, baseline=10.0, at_most=16)
    suite.record("home", 40.0, coachees=10_000, at_most=50)
    lines = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert [(x["figure"], x["ratio"], x["met"]) for x in lines] == [
        ("filter", 2.0, False),
        ("home", None, True),
    ]
    assert "target <= 16 ms: NOT met" in capsys.readouterr().out


def test_growth_pairs_the_smallest_and_largest_size_of_each_figure():
    figures = [
        _figure("list", 10, 1_000),
        _figure("list", 100, 10_000),
        _figure("dashboard", 30, 1_000),
        _figure("dashboard", 33, 10_000),
        _figure("pdf", 500),  # not store-bound: no growth
    ]
    grown = {g[0]: g[1:] for g in runner.growth(figures)}
    assert grown == {"list": (1_000, 10_000, 10.0, 10.0), "dashboard": (1_000, 10_000, 10.0, 1.1)}


def test_compare_marks_a_slower_figure_and_fails(tmp_path: Path, capsys):
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps({"figures": [_figure("a", 10), _figure("b", 10, baseline=5)]}))
    new.write_text(json.dumps({"figures": [_figure("a", 10.5), _figure("b", 20, baseline=5)]}))
    assert runner.main(["compare", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("b "))
    assert "x2.00" in row and "2.00x -> 4.00x" in row and "SLOWER" in row
    assert "SLOWER" not in next(line for line in out.splitlines() if line.startswith("a "))
    assert runner.main(["compare", str(old), str(old)]) == 0
