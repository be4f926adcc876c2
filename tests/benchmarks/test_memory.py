"""Peak memory with the large store open: the real start of CoachDesk, to the coachee
page usable (start_probe.py), against a bare PySide6 window, each a process of its own;
the peak resident size of that process, written by itself at exit.
Target (issue 11): under 250 MB at 10,000 coachees.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks import suite

REPO = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("start_probe.py")
TARGET_MB = 250


# The probe run with an exit hook that writes its own peak resident size. Not the parent's
# accounting (wait4, RUSAGE_CHILDREN): on Linux a child's ru_maxrss starts at the size of
# the process that forked it (pytest, with the suite loaded). VmHWM is per address space.
WRAPPER = r"""
import atexit, os, runpy, sys

def peak():
    try:
        with open("/proc/self/status") as status:
            kb = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
        mb = kb * 1024 / 1e6
    except OSError:  # no /proc (macOS): the whole process's peak, in bytes there
        import resource
        mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6
    with open(os.environ["PROBE_PEAK_FILE"], "w") as out:
        out.write(f"{mb:.1f}")

atexit.register(peak)
probe = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(probe, run_name="__main__")
"""


def peak_mb(tmp: Path, *args: str) -> tuple[float, str]:
    """(peak resident MB, the probe's first line) of ``start_probe.py ARGS``."""
    peak_file = tmp / "peak.txt"
    peak_file.unlink(missing_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "PROBE_PEAK_FILE": str(peak_file),
        "PROBE_END": "open",  # the store open too (the ORM loaded), not only the first page
    }
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(PROBE), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    line = done.stdout.splitlines()[0] if done.stdout else ""
    assert done.returncode == 0, line
    return float(peak_file.read_text()), line


@pytest.mark.benchmark
def test_peak_memory_with_the_large_store_open(large_copy: Path, tmp_path: Path):
    n = suite.coachees()
    app, line = peak_mb(tmp_path, "app", str(large_copy))
    assert line.startswith("painted rows=") and int(line.split()[1].split("=")[1]) > 0, line
    bare, _ = peak_mb(tmp_path, "bare")
    suite.record(
        "peak memory, large store open to the coachee page usable",
        app,
        "MB",
        coachees=n,
        baseline=bare,
        baseline_name="a bare PySide6 window",
        at_most=TARGET_MB,
    )
    assert suite.QUICK or app <= TARGET_MB
