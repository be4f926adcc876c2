"""Speed checks, left out of the default run (see tests/conftest.py). Run them with

    COACHDESK_BENCHMARKS=1 python3 -m pytest tests/benchmarks

Each asserts only a ratio to a baseline measured in the same run; the absolute
numbers are printed (add -s to see them)."""
