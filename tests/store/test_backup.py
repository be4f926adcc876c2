"""Online backups, the rotation ladder, restore and its refusals (store/backup.py, store/restore.py)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coachdesk import errors
from coachdesk.core import schema
from coachdesk.core.practice import Practice
from coachdesk.store import backup
from coachdesk.store.rotation import Ladder, plan_rotation, rotate
from tests.store.backup_helpers import digest, dump, folder_digest

TABLES = schema.practice_tables()


@pytest.fixture
def filled(data_dir: Path) -> Path:
    with Practice.open(str(data_dir)) as p:
        p.demo.generate(coachees=12, seed=3)
        p.settings.set("coach.name", "Marieke")
    return data_dir


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_verified_summarised_and_private(filled: Path):
    with Practice.open(str(filled)) as p:
        made = p.backups.create()
        counts = p.health.check().rows
    assert made.good and made.path.parent == filled / "backups"
    assert made.path.name.startswith("coachdesk-") and made.path.suffix == ".db"
    summary = json.loads(backup.summary_path(made.path).read_text(encoding="utf-8"))
    assert summary["format"] == "coachdesk-backup" and summary["integrity"] == "ok"
    assert summary["schema"] == made.summary.schema and summary["schema"]
    assert summary["coachees"] == 12 and summary["sessions"] == counts["coaching_session"]
    assert summary["tables"] == counts and summary["newest_change"]
    assert datetime.fromisoformat(summary["created_at"]).tzinfo is not None
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
    conn.close()
    if os.name == "posix":
        assert _mode(filled) == 0o700 and _mode(filled / "backups") == 0o700
        for path in (filled / "coachdesk.db", made.path, backup.summary_path(made.path)):
            assert _mode(path) == 0o600, path
    assert not list((filled / "backups").glob("*.part*"))


def test_backup_while_the_practice_writes_is_one_consistent_moment(filled: Path):
    with Practice.open(str(filled)) as p:
        trajectory = p.trajectories.list()[0]
        stop = threading.Event()
        problems: list[BaseException] = []

        def writer() -> None:
            n = 0
            while not stop.is_set():
                try:
                    s = p.sessions.create(trajectory.id, datetime(2026, 1, 1) + timedelta(hours=n))
                    p.notes.save_draft(s.id, shared_notes=f"notitie {n} " * 50)
                except BaseException as exc:  # noqa: BLE001 - collected for the assert
                    problems.append(exc)
                    return
                n += 1

        thread = threading.Thread(target=writer)
        thread.start()
        try:
            made = [p.backups.create(rotate=False) for _ in range(5)]
        finally:
            stop.set()
            thread.join()
    assert problems == []
    for b in made:  # verified against the counts of the same moment
        conn = sqlite3.connect(b.path)
        found = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
        conn.close()
        assert found == b.summary.tables


def test_a_missing_or_unusable_backup_folder_is_one_clear_sentence(filled: Path, tmp_path: Path):
    file = tmp_path / "a-file"
    file.write_text("x")
    with Practice.open(str(filled)) as p:
        with pytest.raises(errors.BackupFolderError) as info:
            p.backups.create(file)
        assert "geen map" in info.value.message("nl") and "doorwerken" in info.value.message("nl")
        with pytest.raises(errors.BackupFolderError) as info:
            p.backups.create("/proc/coachdesk-backups")
        assert "USB" in info.value.message("nl")


def test_the_backup_folder_is_a_practice_setting(filled: Path, tmp_path: Path):
    other = tmp_path / "usb-stick"
    with Practice.open(str(filled)) as p:
        assert p.backups.folder() == filled / "backups"
        p.backups.set_folder(other)
        made = p.backups.create()
        last = p.backups.last_good()
        assert made.path.parent == other and last is not None and last.path == made.path
        p.backups.set_folder(None)
        assert p.backups.folder() == filled / "backups"


# --- the ladder ----------------------------------------------------------------------------


def _expected(moments: list[datetime], now: datetime, ladder: Ladder) -> set[datetime]:
    """The promise, written independently: the newest ``last``; the newest of each of the
    last 14 days, 8 weeks, 12 months (calendar, counted back from ``now``)."""
    ordered = sorted(moments, reverse=True)
    keep = set(ordered[: ladder.last])

    def newest(where) -> None:  # noqa: ANN001
        found = [m for m in ordered if where(m)]
        if found:
            keep.add(found[0])

    for n in range(ladder.days):
        day = (now - timedelta(days=n)).date()
        newest(lambda m, day=day: m.date() == day)
    for n in range(ladder.weeks):
        week = (now - timedelta(weeks=n)).isocalendar()[:2]
        newest(lambda m, week=week: m.isocalendar()[:2] == week)
    y, mo = now.year, now.month
    for _ in range(ladder.months):
        newest(lambda m, y=y, mo=mo: (m.year, m.month) == (y, mo))
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    return keep


def test_the_ladder_over_a_simulated_year():
    """A backup every 30 minutes of a working day (with weekends and a holiday off),
    rotated after each one, for a year: at every evening the kept set is exactly the
    promise, never empty, never more than 10+14+8+12."""
    ladder = Ladder()
    kept: list[datetime] = []
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(366):
        today = start + timedelta(days=day)
        if today.weekday() >= 5 or datetime(2026, 7, 20) <= today < datetime(2026, 8, 10):
            continue
        made_today = []
        for slot in range(16):
            now = today + timedelta(minutes=30 * slot)
            kept.append(now)
            made_today.append(now)
            keep = plan_rotation(kept, now, ladder)
            expected = _expected(kept, now, ladder)
            kept = [m for i, m in enumerate(kept) if i in keep]
            assert set(kept) == expected
        assert max(kept) == made_today[-1]  # the newest always stays
        assert len(kept) <= ladder.last + ladder.days + ladder.weeks + ladder.months
    days = {m.date() for m in kept}
    assert len(kept) == len(set(kept)) >= ladder.last
    # The last working days of the last two weeks are all there, one per day.
    last_day = max(kept).date()
    for n in range(14):
        d = last_day - timedelta(days=n)
        if d.weekday() < 5:
            assert d in days
    months = {(m.year, m.month) for m in kept}
    assert len(months) == 12  # one a month for a year (the first month long gone)


def test_rotation_never_removes_the_only_good_backup_nor_safety_copies(filled: Path):
    folder = filled / "backups"
    with Practice.open(str(filled)) as p:
        old = datetime(2020, 1, 1, tzinfo=UTC)
        only = backup.create_backup(p.store, folder, TABLES, kind="auto", now=old)
        safety = backup.create_backup(p.store, folder, TABLES, kind="before-restore", now=old)
    assert rotate(folder, now=datetime(2026, 1, 1, tzinfo=UTC)) == []
    assert only.path.exists() and safety.path.exists()


def test_rotation_of_real_files(filled: Path):
    folder = filled / "backups"
    with Practice.open(str(filled)) as p:
        base = datetime(2026, 3, 2, 8, tzinfo=UTC)
        for n in range(30):  # 30 backups within one hour of one day
            backup.create_backup(p.store, folder, TABLES, now=base + timedelta(minutes=2 * n))
    removed = rotate(folder, now=base + timedelta(hours=1))
    left = backup.list_backups(folder)
    assert len(left) == 10 and len(removed) == 20
    assert not any(backup.summary_path(p).exists() for p in removed)


# --- restore ---------------------------------------------------------------------------------


def test_restore_round_trips_every_table_and_keeps_a_safety_copy(filled: Path):
    db = filled / "coachdesk.db"
    with Practice.open(str(filled)) as p:
        made = p.backups.create()
        before = dump(db)
        p.coachees.create("Na de back-up")
        changed = dump(db)
        result = p.backups.restore(made.path)
        assert [c.name for c in p.coachees.list()].count("Na de back-up") == 0
        p.coachees.create("Na het terugzetten")  # the reopened practice works
    assert before != changed
    restored = dump(db)
    assert {t: rows for t, rows in restored.items() if t not in ("coachee", "audit_event")} == {
        t: rows for t, rows in before.items() if t not in ("coachee", "audit_event")
    }
    assert [r[3] for r in restored["audit_event"]] == ["restore"]  # the trail notes it (#14)
    assert restored["coachee"][:-1] == before["coachee"]
    assert result.safety_copy is not None and dump(result.safety_copy) == changed
    assert (
        not (filled / "coachdesk.db-wal").exists()
        or (filled / "coachdesk.db-wal").stat().st_size == 0
    )


def _store_files(folder: Path) -> dict[str, str]:
    return {k: v for k, v in folder_digest(folder).items() if not k.endswith("-shm")}


@pytest.mark.parametrize("kind", ["junk", "foreign", "damaged", "newer", "folder", "itself"])
def test_restore_refuses_with_one_sentence_and_changes_nothing(
    filled: Path, tmp_path: Path, kind: str
):
    with Practice.open(str(filled)) as p:
        made = p.backups.create()
    candidate = tmp_path / f"{kind}.db"
    if kind == "junk":
        candidate.write_bytes(b"boodschappen: brood, kaas\n" * 400)
    elif kind == "foreign":
        conn = sqlite3.connect(candidate)
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
        conn.commit()
        conn.close()
    elif kind in ("damaged", "newer"):
        candidate.write_bytes(made.path.read_bytes())
        if kind == "newer":
            conn = sqlite3.connect(candidate)
            conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
            conn.commit()
            conn.close()
        else:
            raw = bytearray(candidate.read_bytes())
            for start in range(4096 * 4, len(raw) - 4096, 4096 * 3):
                raw[start + 8 : start + 200] = os.urandom(192)
            candidate.write_bytes(bytes(raw))
    elif kind == "folder":
        candidate.mkdir()
    else:
        candidate = filled / "coachdesk.db"
    before = _store_files(filled)
    with Practice.open(str(filled)) as p:
        with pytest.raises(errors.BackupError) as info:
            p.backups.restore(candidate)
        assert len(p.coachees.list()) == 12
    text = info.value.message("nl")
    assert text.count(". ") <= 2 and "niets gewijzigd" in text
    expected = {
        "junk": errors.NotABackupError,
        "foreign": errors.NotABackupError,
        "folder": errors.NotABackupError,
        "itself": errors.NotABackupError,
        "damaged": errors.DamagedBackupError,
        "newer": errors.NewerBackupError,
    }[kind]
    assert isinstance(info.value, expected)
    assert _store_files(filled) == before
    assert not list(filled.glob("*.part*"))


def test_restore_of_an_older_schema_is_migrated_at_open(filled: Path, tmp_path: Path):
    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
    oldest = sorted(fixtures.glob("*.db"))[0]
    candidate = tmp_path / oldest.name
    candidate.write_bytes(oldest.read_bytes())
    with Practice.open(str(filled)) as p:
        result = p.backups.restore(candidate)
        assert result.schema == oldest.stem
        assert p.store.migrated_from == oldest.stem and p.coachees.list()


def test_restore_refused_while_another_coachdesk_has_the_folder_open(filled: Path):
    import subprocess
    import sys

    with Practice.open(str(filled)) as p:
        made = p.backups.create()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from pathlib import Path;"
            "from coachdesk.store.lock import InstanceLock;"
            "l = InstanceLock(Path(sys.argv[1])).acquire(); print('ok', flush=True); time.sleep(60)",
            str(filled),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        before = digest(filled / "coachdesk.db")
        from coachdesk.core.services.backup import BackupService

        with pytest.raises(errors.RestoreWhileOpenError) as info:
            BackupService.restore_into(str(filled), made.path)
        assert str(holder.pid) in info.value.message("en")
        assert digest(filled / "coachdesk.db") == before
    finally:
        holder.kill()
        holder.wait()


def test_a_failure_half_way_leaves_the_store_as_it_was(filled: Path, monkeypatch):
    db = filled / "coachdesk.db"
    with Practice.open(str(filled)) as p:
        made = p.backups.create()
        p.coachees.create("Blijft")
    before = dump(db)

    def broken(_source: Path, _target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup.files, "replace", broken)
    from coachdesk.core.services.backup import BackupService

    with pytest.raises((errors.BackupError, errors.StoreError, OSError)):
        BackupService.restore_into(str(filled), made.path)
    monkeypatch.undo()
    assert dump(db) == before
    assert not list(filled.glob("*.part*"))


def test_a_damaged_current_store_is_set_aside_not_overwritten(filled: Path):
    db = filled / "coachdesk.db"
    with Practice.open(str(filled)) as p:
        made = p.backups.create()
    raw = bytearray(db.read_bytes())
    for start in range(4096 * 3, len(raw) - 4096, 4096):
        raw[start : start + 64] = b"\x0d" + b"\xff" * 63
    db.write_bytes(bytes(raw))
    damaged = digest(db)
    with pytest.raises(errors.CorruptDatabaseError):
        Practice.open(str(filled))
    assert digest(db) == damaged  # found at open: never written to
    from coachdesk.core.services.backup import BackupService, loses_text

    offer = BackupService.damaged_offer(str(filled))
    assert offer.backup is not None and offer.backup.path == made.path
    assert "gaan verloren" in loses_text(offer.backup, "nl")
    result = BackupService.restore_into(str(filled), offer.backup.path)
    assert result.set_aside is not None and digest(result.set_aside) == damaged
    assert "damaged" in result.set_aside.name
    with Practice.open(str(filled)) as p:
        assert len(p.coachees.list()) == 12
