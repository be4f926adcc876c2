"""Speed checks, left out of the default run (see tests/conftest.py). Run them with

    python3 -m tests.benchmarks            (the suite, see __main__.py)
    COACHDESK_BENCHMARKS=1 python3 -m pytest tests/benchmarks/test_x.py -s

Each asserts only a ratio to a baseline measured in the same run; the absolute
numbers are printed (add -s to see them)."""
