from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from coachdesk import errors
from coachdesk.core.practice import Practice
from coachdesk.store import migrate
from coachdesk.store.database import make_engine, open_store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_has_pragmas_and_head_schema(data_dir: Path):
    with open_store(str(data_dir)) as store:
        assert store.path == data_dir / "coachdesk.db"
        with store.connect() as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert rev == migrate.head_revision()
        assert store.safety_copy is None


def test_env_var_and_explicit_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COACHDESK_DATA_DIR", str(tmp_path / "from-env"))
    with open_store() as store:
        assert store.folder == tmp_path / "from-env"
    with open_store(str(tmp_path / "explicit")) as store:
        assert store.folder == tmp_path / "explicit"


def test_models_and_migrations_agree(data_dir: Path):
    with open_store(str(data_dir)) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": migrate.include_name})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_migration_from_first_revision_keeps_every_row(data_dir: Path):
    data_dir.mkdir(parents=True)
    db = data_dir / "coachdesk.db"
    first = min(migrate.known_revisions())
    migrate.upgrade(db, None, data_dir / "backups", target=first)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO coachee (id, name, email, phone, organisation, role, notes, tags, status,"
            " created_at, updated_at) VALUES (1, 'Zoë', '', '', 'Provincie Utrecht', '', '', "
            "'loopbaan', 'active', '2026-01-01 09:00:00.000000', '2026-01-01 09:00:00.000000')"
        )
        conn.execute(
            "INSERT INTO trajectory (id, coachee_id, title, intake_question, status,"
            " closing_evaluation, created_at, updated_at) VALUES (1, 1, 'Loopbaan', 'Wat wil ik?',"
            " 'active', '', '2026-01-01 09:00:00.000000', '2026-01-01 09:00:00.000000')"
        )
        conn.execute(
            "INSERT INTO coaching_session (id, trajectory_id, starts_at, duration_minutes, mode,"
            " location, paid, template, shared_notes, private_notes, created_at, updated_at)"
            " VALUES (1, 1, '2026-01-10 10:00:00.000000', 60, 'online', '', 1, 'grow',"
            " 'gedeeld', 'privé', '2026-01-10 09:00:00.000000', '2026-01-10 09:00:00.000000')"
        )
    conn.close()

    with Practice.open(str(data_dir)) as p:
        assert [c.name for c in p.coachees.list()] == ["Zoë"]
        [session] = p.sessions.list(1)
        assert (session.shared_notes, session.private_notes) == ("gedeeld", "privé")
        if first != migrate.head_revision():
            assert p.store.safety_copy is not None and p.store.safety_copy.exists()


def test_safety_copy_before_migrating_an_existing_store(data_dir: Path, monkeypatch):
    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Bram")
    # Pretend the shipped code is one revision ahead: the store is then "behind".
    monkeypatch.setattr(migrate, "pending", lambda revision: True)
    with open_store(str(data_dir)) as store:
        copy = store.safety_copy
    assert copy is not None and copy.parent == data_dir / "backups"
    names = sqlite3.connect(copy).execute("SELECT name FROM coachee").fetchall()
    assert names == [("Bram",)]


def _prepare(data_dir: Path, content: bytes | None = None) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    db = data_dir / "coachdesk.db"
    if content is not None:
        db.write_bytes(content)
    return db


def test_refuses_a_file_that_is_not_a_database(data_dir: Path):
    db = _prepare(data_dir, b"Dit is een boodschappenlijstje, geen database.\n" * 50)
    before = _digest(db)
    with pytest.raises(errors.NotADatabaseError) as info:
        open_store(str(data_dir))
    assert "geen CoachDesk-database" in info.value.message("nl")
    assert _digest(db) == before


def test_refuses_another_programs_database(data_dir: Path):
    db = _prepare(data_dir)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO recipes (title) VALUES ('stamppot')")
    conn.commit()
    conn.close()
    before = _digest(db)
    with pytest.raises(errors.ForeignDatabaseError) as info:
        open_store(str(data_dir))
    assert "ander programma" in info.value.message("nl")
    assert _digest(db) == before


def test_refuses_a_newer_schema_and_leaves_it_untouched(data_dir: Path):
    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Femke")
    db = data_dir / "coachdesk.db"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = _digest(db)
    with pytest.raises(errors.NewerSchemaError) as info:
        open_store(str(data_dir))
    assert "nieuwere versie" in info.value.message("nl")
    assert "9999_from_the_future" in info.value.message("en")
    assert _digest(db) == before
    assert not (data_dir / "backups").exists()


def test_refuses_a_corrupt_database_and_leaves_it_untouched(data_dir: Path):
    with Practice.open(str(data_dir)) as p:
        for n in range(200):
            p.coachees.create(f"Coachee {n}", notes="x" * 500)
    db = data_dir / "coachdesk.db"
    raw = bytearray(db.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    db.write_bytes(bytes(raw))
    before = _digest(db)
    with pytest.raises(errors.CorruptDatabaseError) as info:
        open_store(str(data_dir))
    assert "beschadigd" in info.value.message("nl")
    assert _digest(db) == before


def test_data_folder_that_is_a_file(tmp_path: Path):
    target = tmp_path / "a-file"
    target.write_text("x")
    with pytest.raises(errors.DataDirError) as info:
        open_store(str(target))
    assert "geen map" in info.value.message("nl")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_and_uncreatable_data_folder(tmp_path: Path):
    if os.geteuid() == 0:
        # root ignores permission bits; /proc refuses everyone.
        with pytest.raises(errors.DataDirError) as info:
            open_store("/proc/coachdesk-test")
        assert "kan niet worden gemaakt" in info.value.message("nl")
        return
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(errors.DataDirError) as info:
            open_store(str(ro))
        assert "alleen-lezen" in info.value.message("nl")
    finally:
        ro.chmod(0o700)


def test_failed_write_rolls_back_whole(data_dir: Path):
    with open_store(str(data_dir)) as store:
        engine = make_engine(store.path)
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO sponsor (organisation, contact_name, email, phone, created_at,"
                " updated_at) VALUES ('Gemeente Zwolle', '', '', '', '2026-01-01', '2026-01-01')"
            )
            conn.exec_driver_sql("INSERT INTO sponsor (organisation) VALUES (NULL)")
        engine.dispose()
        with store.connect() as conn:
            assert conn.execute("SELECT count(*) FROM sponsor").fetchone()[0] == 0


def test_store_survives_reopen(data_dir: Path):
    with Practice.open(str(data_dir)) as p:
        c = p.coachees.create("Eliën")
        t = p.trajectories.create(c.id, "Werkdruk")
        p.sessions.create(t.id, datetime(2026, 3, 3, 9, 30), shared_notes="## Doel\nRust")
    with Practice.open(str(data_dir)) as p:
        [s] = p.sessions.list(t.id)
        assert s.starts_at == datetime(2026, 3, 3, 9, 30) and s.shared_notes.endswith("Rust")


def test_damage_deeper_in_the_file_is_a_clear_error_not_a_traceback(data_dir: Path):
    with Practice.open(str(data_dir)) as p:
        for n in range(300):
            p.coachees.create(f"Coachee {n}", notes="aantekening " * 60)
    db = data_dir / "coachdesk.db"
    raw = bytearray(db.read_bytes())
    page = 4096
    for start in range(page * 3, len(raw) - page, page):  # wreck every data page but the schema
        raw[start : start + 64] = b"\x0d" + b"\xff" * 63
    db.write_bytes(bytes(raw))
    # Found at open or at the first read, whichever meets the damage first.
    with pytest.raises(errors.CorruptDatabaseError) as info, Practice.open(str(data_dir)) as p:
        p.coachees.list()
    assert "beschadigd" in info.value.message("nl")


def test_revision_graph_read_without_alembic_agrees_with_alembic():
    script = migrate.script_directory()
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}


def test_two_writers_wait_for_each_other_instead_of_failing(data_dir: Path):
    """A read-then-write on one thread while another thread writes: both land."""
    import threading

    with Practice.open(str(data_dir)) as p:
        c = p.coachees.create("Femke")
        t = p.trajectories.create(c.id, "Werkdruk")
        s = p.sessions.create(t.id, datetime(2026, 3, 3, 9, 30))
        errors: list[BaseException] = []
        stop = threading.Event()

        def autosave() -> None:
            n = 0
            while not stop.is_set():
                try:
                    p.notes.save_draft(s.id, shared_notes=f"versie {n}")
                except BaseException as exc:  # noqa: BLE001 - collected for the assert
                    errors.append(exc)
                n += 1

        thread = threading.Thread(target=autosave)
        thread.start()
        try:
            for minutes in range(30, 130):
                p.sessions.update(s.id, duration_minutes=minutes)
        finally:
            stop.set()
            thread.join()
        assert errors == []
        assert p.sessions.get(s.id).duration_minutes == 129


def test_a_failed_safety_copy_stops_the_migration_with_a_clear_message(data_dir: Path, monkeypatch):
    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Bram")
    before = _digest(data_dir / "coachdesk.db")
    (data_dir / "backups").write_text("een bestand, geen map")  # the copy cannot be made
    monkeypatch.setattr(migrate, "pending", lambda revision: True)
    with pytest.raises(errors.MigrationError) as info:
        open_store(str(data_dir))
    assert "Er is niets verloren" in info.value.message("nl")
    assert _digest(data_dir / "coachdesk.db") == before
