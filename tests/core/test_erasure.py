"""Erasure that sticks: every row, the bytes gone from the file, its WAL, the index and
the log; a restore of an older backup does not bring the coachee back; anonymised
records keep the hours and lose the identity."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from coachdesk import paths
from coachdesk.core import erasure, ledger_file, schema
from coachdesk.core.practice import Practice
from coachdesk.core.services.backup import BackupService
from coachdesk.errors import NotFoundError
from coachdesk.store.store_file import connect_file
from tests.core.privacy_helpers import MARKER, index_terms, marked_coachee, where


def _rows_about(practice: Practice, coachee_uid: str) -> int:
    with practice.store.connect() as conn:
        return conn.execute(
            "SELECT count(*) FROM coachee WHERE uid = ?", (coachee_uid,)
        ).fetchone()[0]


def test_every_connection_overwrites_deleted_content(practice, data_dir):
    with practice.store.connect() as conn:
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    raw = connect_file(paths.database_path(data_dir), readonly=True)
    try:
        assert raw.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        raw.close()


def test_after_erasing_the_marker_is_nowhere(practice, data_dir):
    cid = marked_coachee(practice)
    practice.search.find(MARKER.lower())
    assert "coachdesk.db" in where(data_dir) or "coachdesk.db-wal" in where(data_dir)
    assert MARKER.lower().encode() in index_terms(practice)
    uid = practice.coachees.get(cid).uid

    practice.coachees.delete(cid)

    assert where(data_dir) == []  # database file, WAL, log
    assert MARKER.lower().encode() not in index_terms(practice)
    assert practice.search.find(MARKER.lower()) == []
    assert practice.search.find("bystander")  # the other coachee stays findable
    assert _rows_about(practice, uid) == 0
    wal = paths.database_path(data_dir).with_name("coachdesk.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with pytest.raises(NotFoundError):
        practice.coachees.get(cid)
    with practice.store.connect() as conn:  # no row the ledger names is left anywhere
        for table in schema.practice_tables():
            left = conn.execute(
                f'SELECT count(*) FROM "{table}" WHERE uid IN (SELECT subject_uid FROM erasure)'
            ).fetchone()[0]
            assert left == 0, table
    # the ledger: the uids of what went and when, nothing else
    entries = practice.privacy.ledger()
    assert uid in {e.subject_uid for e in entries}
    assert {e.subject_table for e in entries} >= {"coachee", "trajectory", "coaching_session"}
    assert {e.key for e in ledger_file.read(data_dir)} == {e.key for e in entries}
    # and one audit line with uids and counts
    line = practice.audit.lines()[0]
    assert line.action == "erase" and line.uids == (uid,)
    assert line.counts["coaching_session"] == 4 and line.counts["agreement"] == 4
    practice.close()
    assert where(data_dir) == []


def test_a_backup_from_before_the_erasure_does_not_bring_the_coachee_back(practice, data_dir):
    cid = marked_coachee(practice)
    uid = practice.coachees.get(cid).uid
    before = practice.backups.create()
    practice.coachees.delete(cid)
    practice.settings.set("coach_name", "Na het wissen")

    practice.backups.restore(before.path)  # the window's way: the same practice, reopened

    assert _rows_about(practice, uid) == 0
    assert practice.search.find(MARKER.lower()) == []
    assert [c.name for c in practice.coachees.list()] == ["Bram Bystander"]
    assert where(data_dir) == []
    assert uid in practice.privacy.erased_uids()  # the restored store has the ledger now
    actions = [line.action for line in practice.audit.lines()]
    assert actions[:2] == ["restore", "reapply_ledger"] and "erase" in actions  # kept


def test_the_command_line_restore_and_a_backup_copied_by_hand(practice, data_dir):
    cid = marked_coachee(practice)
    uid = practice.coachees.get(cid).uid
    before = practice.backups.create()
    practice.coachees.delete(cid)
    practice.close()

    BackupService.restore_into(str(data_dir), before.path)  # coachdesk restore FILE
    with Practice.open(str(data_dir)) as p:
        assert _rows_about(p, uid) == 0
        assert p.search.find(MARKER.lower()) == []
        assert "erase" in [line.action for line in p.audit.lines()]  # carried over
    assert where(data_dir) == []

    db = paths.database_path(data_dir)  # an old backup put in place by hand
    shutil.copy(before.path, db)
    with Practice.open(str(data_dir)) as p:
        assert _rows_about(p, uid) == 0
        assert p.search.find(MARKER.lower()) == []
    assert where(data_dir) == []


def test_undo_of_a_delete_takes_it_out_of_the_ledger(practice, data_dir):
    cid = marked_coachee(practice)
    snapshot = practice.undo.snapshot_coachee(cid)
    practice.coachees.delete(cid)
    practice.undo.restore(snapshot)
    assert practice.coachees.get(cid).name == f"Zoë {MARKER}"
    assert practice.privacy.ledger() == [] and ledger_file.read(data_dir) == []
    practice.close()
    with Practice.open(str(data_dir)) as p:  # stays back after a reopen
        assert p.coachees.get(cid).name == f"Zoë {MARKER}"
        assert [line.action for line in p.audit.lines()][:2] == ["undo_erase", "erase"]


def _hours(practice: Practice) -> list[tuple]:
    return [
        (r.key, r.paid_hours, r.pro_bono_hours, r.held, r.cancelled, r.no_show)
        for r in practice.hours.summary("month")
    ]


def test_anonymised_keeps_the_hours_and_loses_the_identity(practice, data_dir):
    cid = marked_coachee(practice)
    hours, sponsor_hours = _hours(practice), practice.hours.summary("sponsor")
    sessions_before = [
        (s.starts_at, s.duration_minutes, s.paid, s.status)
        for t in practice.trajectories.list(coachee_id=cid)
        for s in practice.sessions.list(t.id)
    ]

    outcome = practice.privacy.anonymise_coachee(cid)

    coachee = practice.coachees.get(cid)
    assert coachee.name == outcome.code == f"C-{cid:04d}"
    assert (coachee.email, coachee.phone, coachee.organisation, coachee.notes, coachee.tags) == (
        "",
        "",
        "",
        "",
        "",
    )
    assert _hours(practice) == hours
    assert [(r.key, r.hours) for r in practice.hours.summary("sponsor")] == [
        (r.key, r.hours) for r in sponsor_hours
    ]
    trajectories = practice.trajectories.list(coachee_id=cid)
    sessions = [s for t in trajectories for s in practice.sessions.list(t.id)]
    assert [(s.starts_at, s.duration_minutes, s.paid, s.status) for s in sessions] == (
        sessions_before
    )
    assert all(not s.private_notes and not s.shared_notes and not s.location for s in sessions)
    assert practice.goals.list(trajectories[0].id) == []
    assert practice.profiles.list(cid) == []
    assert where(data_dir) == []
    assert MARKER.lower().encode() not in index_terms(practice)
    assert practice.search.find(MARKER.lower()) == []
    assert practice.audit.lines()[0].action == "anonymise"

    # a backup from before: restored, the coachee is anonymised again before anyone looks
    practice.close()
    with Practice.open(str(data_dir)) as p:
        assert p.coachees.get(cid).name == outcome.code


def test_restoring_an_older_backup_anonymises_again(practice, data_dir):
    cid = marked_coachee(practice)
    before = practice.backups.create()
    practice.privacy.anonymise_coachee(cid)
    practice.backups.restore(before.path)
    coachee = practice.coachees.get(cid)
    assert coachee.name == f"C-{cid:04d}" and coachee.email == ""
    assert practice.search.find(MARKER.lower()) == []
    assert where(data_dir) == []


def test_anonymising_declares_every_column_of_every_table_about_a_person():
    dropped = set(erasure.DROPPED) | {t for d in erasure.DROPPED for t in schema.below(d)}
    for table in schema.ordered_tables():
        if schema.path_from_coachee(table) is None or table in dropped:
            continue
        columns = {c.name for c in schema.table(table).columns}
        declared = (
            set(erasure.CLEARED.get(table, {}))
            | set(erasure.KEPT.get(table, ()))
            | ({erasure.CODED[table]} if table in erasure.CODED else set())
        )
        assert columns == declared, (table, columns ^ declared)


def test_erasing_many_at_once_with_progress(practice, data_dir):
    first = marked_coachee(practice)
    second = practice.coachees.create(f"Tweede {MARKER}").id
    seen: list[tuple[int, int]] = []
    done = practice.privacy.apply_many(
        [first, second], "erase", progress=lambda a, b: seen.append((a, b))
    )
    assert [o.coachee_id for o in done] == [first, second]
    assert seen[-1] == (2, 2)
    assert where(data_dir) == []


def test_a_damaged_ledger_file_is_ignored_and_the_store_still_counts(practice, data_dir):
    cid = marked_coachee(practice)
    uid = practice.coachees.get(cid).uid
    practice.coachees.delete(cid)
    paths.erasure_ledger_path(data_dir).write_text("{not json", encoding="utf-8")
    practice.close()
    with Practice.open(str(data_dir)) as p:
        assert uid in p.privacy.erased_uids()
    assert ledger_file.read(data_dir)  # written anew from the store


def test_a_store_without_erasures_opens_without_writing(data_dir):
    with Practice.open(str(data_dir)) as p:
        p.coachees.create("Iemand")
    db = paths.database_path(data_dir)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    stamp = db.stat().st_mtime_ns
    with Practice.open(str(data_dir)) as p:
        assert p.privacy.reapply() == 0
    assert db.stat().st_mtime_ns == stamp
    assert not paths.erasure_ledger_path(data_dir).exists()


def test_the_graph_knows_the_new_tables():
    assert schema.path_from_coachee("consent") is not None  # erased with the coachee
    for table in ("erasure", "audit_event"):  # outlive the coachee they name
        assert schema.path_from_coachee(table) is None and table in schema.PRACTICE_WIDE


def test_fast_readers_can_tell_the_store_lags_its_ledger(practice, data_dir):
    cid = marked_coachee(practice)
    before = practice.backups.create()
    practice.coachees.delete(cid)
    practice.close()
    db = paths.database_path(data_dir)
    conn = sqlite3.connect(db)
    assert not ledger_file.store_lags(conn, data_dir)
    conn.close()
    shutil.copy(before.path, db)  # an old backup put in place by hand
    conn = sqlite3.connect(db)
    assert ledger_file.store_lags(conn, data_dir)
    conn.close()
