"""The benchmark suite as one command: a table of every figure, written to JSON.

    python3 -m tests.benchmarks [--quick] [--sizes 1000,10000] [--out FILE] [-k EXPR]
    python3 -m tests.benchmarks compare OLD.json NEW.json [--threshold 1.10]

The first runs tests/benchmarks with pytest at the largest size (every benchmark), and the
growth benchmarks (marked ``growth``: list, filter, search, dashboard, home screen) at each
other size too; prints one table (figure, CoachDesk, baseline measured in the same run,
ratio, target, met) and the growth factor of each growth figure; writes it all, with the
machine's load before and after, to FILE (default benchmarks.json). The large demo store
is built once per size and cached (large_store.py). ``--quick`` is what CI runs: a small
store, one round, no ratio asserted.

The second prints, per figure, NEW against OLD: the time ratio, and the ratio to the
baseline in both (which holds better across machines); figures slower by more than the
threshold are marked, and the exit status is 1 when there is one.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
QUICK_SIZES = (100, 300)


def _machine() -> dict[str, object]:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO
    ).stdout.strip()
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "commit": commit,
    }


def _pytest(size: int, quick: bool, results: Path, extra: list[str]) -> int:
    env = {
        **os.environ,
        "COACHDESK_BENCHMARKS": "1",
        "COACHDESK_BENCH_COACHEES": str(size),
        "COACHDESK_BENCH_RESULTS": str(results),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    env.pop("COACHDESK_BENCH_QUICK", None)
    if quick:
        env["COACHDESK_BENCH_QUICK"] = "1"
    command = [sys.executable, "-m", "pytest", "tests/benchmarks", "-q", "-p", "no:cacheprovider"]
    print(f"\n== benchmarks at {size:,} coachees: {' '.join(command[3:] + extra)}", flush=True)
    return subprocess.run(command + extra, cwd=REPO, env=env).returncode


def _table(figures: list[dict]) -> str:
    head = ("figure", "coachees", "CoachDesk", "baseline", "ratio", "target", "met")
    rows = [head]
    for f in figures:
        unit = f["unit"]
        targets = []
        if f["at_most"] is not None:
            targets.append(f"<= {f['at_most']:g} {unit}")
        if f["ratio_at_most"] is not None:
            targets.append(f"<= {f['ratio_at_most']:g}x")
        met = {True: "yes", False: "NO", None: "-"}[f["met"]]
        rows.append(
            (
                f["figure"],
                f"{f['coachees']:,}" if f["coachees"] else "-",
                f"{f['value']:.4g} {unit}",
                f"{f['baseline']:.4g} {unit}" if f["baseline"] is not None else "-",
                f"{f['ratio']:.2f}x" if f["ratio"] is not None else "-",
                " and ".join(targets) or "-",
                met,
            )
        )
    widths = [max(len(r[n]) for r in rows) for n in range(len(head))]
    out = []
    for n, r in enumerate(rows):
        out.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def growth(figures: list[dict]) -> list[tuple[str, int, int, float, float]]:
    """(figure, smallest size, largest size, size factor, time factor) for every figure
    measured at more than one size."""
    by_name: dict[str, dict[int, float]] = {}
    for f in figures:
        if f["coachees"]:
            by_name.setdefault(f["figure"], {})[f["coachees"]] = f["value"]
    found = []
    for name, sizes in by_name.items():
        if len(sizes) > 1:
            small, large = min(sizes), max(sizes)
            factor = sizes[large] / sizes[small] if sizes[small] else float("inf")
            found.append((name, small, large, large / small, factor))
    return found


def run(args: argparse.Namespace) -> int:
    if args.sizes:
        sizes = sorted({int(s) for s in args.sizes.split(",")})
    else:
        sizes = list(QUICK_SIZES) if args.quick else [1_000, 10_000]
    machine = _machine()
    load_before = os.getloadavg()
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="coachdesk-bench-") as scratch:
        results = Path(scratch) / "figures.jsonl"
        results.touch()
        extra = ["-k", args.k] if args.k else []
        status = _pytest(sizes[-1], args.quick, results, extra)
        for size in sizes[:-1]:
            status |= _pytest(size, args.quick, results, ["-m", "growth", *extra])
        figures = [json.loads(line) for line in results.read_text("utf-8").splitlines()]
    figures.sort(key=lambda f: (f["figure"], f["coachees"]))
    grown = growth(figures)
    report = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(started)),
        "seconds": round(time.time() - started, 1),
        "quick": args.quick,
        "sizes": sizes,
        "machine": machine,
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "pytest_status": status,
        "figures": figures,
        "growth": [
            {"figure": g[0], "from": g[1], "to": g[2], "size_factor": g[3], "time_factor": g[4]}
            for g in grown
        ],
    }
    print(f"\n{_table(figures)}\n")
    for name, small, large, size_factor, factor in grown:
        verdict = (
            "faster than linear: look at it" if factor > 1.5 * size_factor else "linear or less"
        )
        print(
            f"growth of {name}: {small:,} -> {large:,} coachees (x{size_factor:g}):"
            f" x{factor:.2f}, {verdict}"
        )
    print(
        f"\nload before {report['load_before']}, after {report['load_after']};"
        f" {machine['cpus']} cpus; commit {machine['commit']}; {report['seconds']} s"
    )
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"written: {args.out}")
    return 1 if status else 0


def compare(args: argparse.Namespace) -> int:
    old = {(f["figure"], f["coachees"]): f for f in _figures(args.old)}
    new = {(f["figure"], f["coachees"]): f for f in _figures(args.new)}
    slower = 0
    rows = [("figure", "coachees", "old", "new", "new/old", "ratio to baseline old -> new", "")]
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a is None or b is None:
            rows.append(
                (key[0], f"{key[1]:,}", *(("-",) * 4), "only in " + ("new" if a is None else "old"))
            )
            continue
        factor = b["value"] / a["value"] if a["value"] else float("inf")
        ratios = "-"
        if a["ratio"] is not None and b["ratio"] is not None:
            ratios = f"{a['ratio']:.2f}x -> {b['ratio']:.2f}x"
        mark = "SLOWER" if factor > args.threshold else ""
        slower += bool(mark)
        unit = b["unit"]
        rows.append(
            (
                key[0],
                f"{key[1]:,}",
                f"{a['value']:.4g} {unit}",
                f"{b['value']:.4g} {unit}",
                f"x{factor:.2f}",
                ratios,
                mark,
            )
        )
    widths = [max(len(r[n]) for r in rows) for n in range(len(rows[0]))]
    for r in rows:
        print("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    print(f"\n{slower} figure(s) slower than x{args.threshold:g}")
    return 1 if slower else 0


def _figures(path: str) -> list[dict]:
    return json.loads(Path(path).read_text("utf-8"))["figures"]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["compare"]:
        parser = argparse.ArgumentParser(prog="python3 -m tests.benchmarks compare")
        parser.add_argument("old")
        parser.add_argument("new")
        parser.add_argument("--threshold", type=float, default=1.10)
        return compare(parser.parse_args(argv[1:]))
    parser = argparse.ArgumentParser(prog="python3 -m tests.benchmarks")
    parser.add_argument(
        "--quick", action="store_true", help="small store, one round, no ratio asserted"
    )
    parser.add_argument(
        "--sizes", help="store sizes, e.g. 1000,10000 (the largest runs everything)"
    )
    parser.add_argument("--out", default="benchmarks.json")
    parser.add_argument("-k", help="only the benchmarks matching this pytest -k expression")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
