"""The page check run ahead while the window starts (store/precheck.py) stands in for
the open's own check only for the very file it read."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from coachdesk.core.practice import Practice
from coachdesk.errors import CorruptDatabaseError
from coachdesk.store import database, precheck, store_file
from tests.store.test_store_safety import _wreck_middle_pages


@pytest.fixture
def store(data_dir: Path) -> Path:
    with Practice.open(str(data_dir)) as p:
        p.demo.generate(coachees=12, seed=2)
    db = data_dir / "coachdesk.db"
    assert not (data_dir / "coachdesk.db-wal").exists()  # closed cleanly: no journal
    return db


@pytest.fixture
def page_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The page-by-page checks run (a test clears it after its check ahead)."""
    checked: list[Path] = []
    real = store_file.inspect_file

    def inspect(path: Path, *, quick_check: bool = False, immutable: bool = False):
        if quick_check:
            checked.append(Path(path))
        return real(path, quick_check=quick_check, immutable=immutable)

    monkeypatch.setattr(store_file, "inspect_file", inspect)  # the check ahead
    monkeypatch.setattr(database, "inspect_file", inspect)  # the open's own
    return checked


def test_a_store_checked_ahead_opens_without_reading_every_page_again(store, page_checks):
    precheck.run(store)
    assert page_checks == [store]  # (the check ahead itself)
    page_checks.clear()
    with Practice.open(str(store.parent)) as p:
        assert len(p.coachees.list()) == 12
    assert page_checks == []
    with Practice.open(str(store.parent)):  # the outcome was taken once: checked again
        pass
    assert page_checks == [store]


def test_a_file_changed_after_the_check_is_checked_again(store, page_checks):
    precheck.run(store)
    assert page_checks == [store]  # (the check ahead itself)
    page_checks.clear()
    conn = sqlite3.connect(store)
    conn.execute("UPDATE coachee SET name = name || '' WHERE id = 1")
    conn.commit()
    conn.close()
    os.utime(store, ns=(1, 1))  # a different modification time, whatever the clock
    with Practice.open(str(store.parent)):
        pass
    assert page_checks == [store]


def test_a_journal_beside_the_file_means_no_check_ahead(store, page_checks):
    keep = sqlite3.connect(store)  # an open connection keeps its WAL
    keep.execute("UPDATE coachee SET name = name || '' WHERE id = 1")
    keep.commit()
    try:
        assert (store.parent / "coachdesk.db-wal").exists()
        precheck.run(store)
        assert page_checks == []  # not even tried
        assert precheck.take(store) is False
    finally:
        keep.close()


def test_damage_found_ahead_is_refused_by_the_open_as_its_own(store, page_checks):
    _wreck_middle_pages(store)
    precheck.run(store)
    assert page_checks == [store]  # (the check ahead itself)
    page_checks.clear()
    before = store.read_bytes()
    with pytest.raises(CorruptDatabaseError):
        Practice.open(str(store.parent))
    assert page_checks == []  # refused on the check run ahead
    assert store.read_bytes() == before  # and nothing written
