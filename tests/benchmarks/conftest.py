"""Fixtures of the benchmark suite: the large demo store of this run (suite.coachees())."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.core.practice import Practice
from tests.benchmarks import suite
from tests.benchmarks.large_store import cached_store, fresh_copy


@pytest.fixture(scope="session")
def large_store() -> Path:
    """The cached store's folder: read it, never write to it (use ``large_copy``)."""
    return cached_store(suite.coachees(), suite.SEED)


@pytest.fixture(scope="module")
def large_copy(large_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a copy of the large store, for one module to open and write."""
    return fresh_copy(suite.coachees(), suite.SEED, tmp_path_factory.mktemp("large") / "data")


@pytest.fixture(scope="module")
def large_practice(large_copy: Path):
    with Practice.open(str(large_copy)) as practice:
        yield practice
