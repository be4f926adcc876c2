"""Data-folder paths: absolute before use, opened by path, and an empty one refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coachdesk import paths
from coachdesk.core.peek import peek_coachee_rows
from coachdesk.core.practice import Practice
from coachdesk.errors import EmptyDataDirError
from coachdesk.store.database import copy_database, open_store
from coachdesk.store.store_file import inspect_file

ODD_NAMES = ["q?x", "h#x", "pct%20x", "a b", "sp ace?&#%41"]


def test_a_relative_folder_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    assert paths.data_dir("rel") == tmp_path / "rel"
    assert paths.data_dir(".") == tmp_path
    assert paths.data_dir(Path("rel") / "sub") == tmp_path / "rel" / "sub"
    monkeypatch.setenv(paths.ENV_DATA_DIR, "from-env")
    assert paths.data_dir() == tmp_path / "from-env"
    assert paths.data_dir().is_absolute()


def test_the_default_folder_is_absolute_too(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    monkeypatch.setattr(paths.platformdirs, "user_data_dir", lambda *a, **k: "relative/CoachDesk")
    assert paths.data_dir().is_absolute()


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_folder_is_refused_with_a_sentence(value: str, monkeypatch: pytest.MonkeyPatch):
    with pytest.raises(EmptyDataDirError) as given:
        paths.data_dir(value)
    assert "--data-dir" in given.value.message("en")
    assert given.value.message("nl").startswith("Er is geen gegevensmap opgegeven")
    monkeypatch.setenv(paths.ENV_DATA_DIR, value)
    with pytest.raises(EmptyDataDirError) as from_env:
        paths.data_dir()
    assert "COACHDESK_DATA_DIR" in from_env.value.message("en")
    with pytest.raises(EmptyDataDirError):
        Practice.open()


@pytest.mark.parametrize("folder", ["rel", ".", *ODD_NAMES])
def test_the_store_opens_again_in_any_folder(
    folder: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    expected = (tmp_path / folder).absolute()
    with Practice.open(folder) as practice:  # new: created
        practice.coachees.create(name="Zoë de Vries")
    with Practice.open(folder) as practice:  # the second start used to fail (relative)
        assert practice.store.path == expected / "coachdesk.db"
        assert [c.name for c in practice.coachees.list()] == ["Zoë de Vries"]
    db = expected / "coachdesk.db"
    assert db.is_file()
    # Nothing beside it: "q?x" once became the file "q", "pct%20x" the folder "pct x".
    if folder != ".":
        assert [p.name for p in tmp_path.iterdir()] == [folder]
    assert inspect_file(db) is not None
    rows = peek_coachee_rows(expected)
    assert rows is not None and [r.name for r in rows] == ["Zoë de Vries"]
    copy = copy_database(db, expected / "copy of?#.db")
    assert sqlite3.connect(copy).execute("SELECT name FROM coachee").fetchall() == [
        ("Zoë de Vries",)
    ]


def test_pragmas_and_immediate_transactions_hold_with_a_path_opened_engine(tmp_path: Path):
    with open_store(str(tmp_path / "pct%20x")) as store:
        with store.connect() as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
            assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert type(store.engine.pool).__name__ == "QueuePool"  # not the in-memory pool
        seen: list[str] = []
        from sqlalchemy import event

        event.listen(store.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
        with store.engine.begin() as conn:
            conn.exec_driver_sql("SELECT 1")
        assert "BEGIN IMMEDIATE" in seen
