"""Erasure that sticks, and anonymisation.

    practice.privacy.erase_coachee(coachee_id)      # every row about them, for good
    practice.privacy.anonymise_coachee(coachee_id)  # hours kept, identity gone

Erasing deletes the coachee and every row about them (the schema graph's cascade,
core/erasure.py). In the same transaction the uids of those rows go into the
erasure ledger (table ``erasure``) with one audit line, and the search index is
merged so its segments no longer hold the words. After the commit the WAL is
checkpointed and cut to zero (store/scrub.py); with ``secure_delete`` on every
connection the bytes are then gone from the database file, its WAL and the index.

Backups are never edited. Instead the ledger is re-applied: at every open of the
store (``reapply``, called by Practice.open, so before anything is shown) and
after every restore (``carry`` before, ``after_restore`` after; core/services/
backup.py). Its entries are also kept beside the store (core/ledger_file.py), so
a backup made before an erasure - restored, or copied over the store by hand -
loses the erased rows again before anyone sees them.
"""

from __future__ import annotations

import builtins
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from coachdesk.core import erasure, ledger_file, schema
from coachdesk.core.ledger_file import Entry
from coachdesk.core.models import Coachee, new_uid, utcnow
from coachdesk.core.services import audit
from coachdesk.core.services.base import Service
from coachdesk.store import scrub

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
ERASE, ANONYMISE = "erase", "anonymise"


@dataclass(frozen=True)
class Outcome:
    """What one erasure or anonymisation did (no names: the code, uids, counts)."""

    coachee_id: int
    coachee_uid: str
    code: str
    action: str  # "erase" or "anonymise"
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows removed


@dataclass(frozen=True)
class Carry:
    """What a restore must not lose: the current ledger and audit trail."""

    ledger: list[Entry] = field(default_factory=list)
    audit: list[tuple[Any, ...]] = field(default_factory=list)


_LEDGER_COLUMNS = "subject_table, subject_uid, action, erased_at, uid"
# Rows still present that the ledger says are erased; coachees it says are anonymised
# whose row still identifies them (the code is hours.client_code's).
_ERASED_ROWS = (
    'SELECT uid FROM "{table}" WHERE uid IN (SELECT subject_uid FROM erasure '
    "WHERE action = 'erased' AND subject_table = ?)"
)
_NOT_ANONYMISED = (
    "SELECT id FROM coachee WHERE uid IN (SELECT subject_uid FROM erasure "
    "WHERE action = 'anonymised' AND subject_table = 'coachee') AND ("
    "name <> printf('C-%04d', id) OR email <> '' OR phone <> '' OR "
    "organisation <> '' OR role <> '' OR notes <> '' OR tags <> '')"
)


def _write_ledger(conn: Connection, entries: Iterable[Entry]) -> None:
    rows = [e.to_json() for e in entries]
    if rows:
        conn.exec_driver_sql(
            f"INSERT OR IGNORE INTO erasure ({_LEDGER_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
            [tuple(r) for r in rows],
        )


def _entries(found: erasure.Found, action: str) -> list[Entry]:
    when = audit.stamp(utcnow())
    return [
        Entry(table, uid, action, when, new_uid())
        for table, rows in found.items()
        for _id, uid in rows
    ]


def _counts(found: erasure.Found) -> dict[str, int]:
    return {table: len(rows) for table, rows in found.items() if rows}


def read_carry(db_path: Path) -> Carry:
    """The ledger and audit trail of a store file that is not open (before a restore
    from the command line); an unreadable store carries nothing (the ledger copy
    beside the store still counts)."""
    from coachdesk.store.store_file import connect_file

    if not db_path.is_file():
        return Carry()
    try:
        conn = connect_file(db_path, readonly=True)
        try:
            ledger = [Entry(*row) for row in conn.execute(f"SELECT {_LEDGER_COLUMNS} FROM erasure")]
            lines = list(conn.execute(f"SELECT {audit._COLUMNS} FROM audit_event ORDER BY id"))
        finally:
            conn.close()
    except Exception as exc:  # noqa: BLE001 - an old schema or a damaged store: nothing to carry
        log.info("nothing carried over the restore: %s", type(exc).__name__)
        return Carry()
    return Carry(ledger, lines)


class PrivacyService(Service):
    # --- erase and anonymise -------------------------------------------------------

    def erase_coachee(self, coachee_id: int, merge_later: bool = False) -> Outcome:
        """Delete the coachee and every row about them, for good (see the module).

        ``merge_later``: the search index's merge, which rewrites the whole index (seconds
        in a large practice), is left to :meth:`finish_pending`, which the window runs in
        the background; a marker beside the store makes sure it happens, at the latest
        when the store is next opened or closed. Until then the erased words are only
        marked deleted in the index (no search finds them)."""
        if not merge_later:
            return self._apply(coachee_id, ERASE)
        scrub.mark_merge_pending(self.db.store.folder)
        return self._apply(coachee_id, ERASE, finish=False)

    def finish_pending(self) -> bool:
        """Merge the search index and cut the WAL if an erasure left that owed (the
        marker of ``erase_coachee(merge_later=True)``). True when there was work."""
        store = self.db.store
        if not scrub.merge_pending(store.folder):
            return False
        with store.connect() as raw:
            scrub.merge_search_index_in_steps(raw)
        self._finish(merge=False)
        scrub.clear_merge_pending(store.folder)
        return True

    def anonymise_coachee(self, coachee_id: int) -> Outcome:
        """Keep dates, durations and hours; strip names, contact, notes, agreements,
        goals and profiles; a code instead of the name."""
        return self._apply(coachee_id, ANONYMISE)

    def apply_many(
        self, coachee_ids: Iterable[int], action: str, progress: Progress | None = None
    ) -> builtins.list[Outcome]:
        """Erase or anonymise several coachees (each in its own transaction); the index
        merge and the checkpoint run once, at the end, also after a cancel."""
        ids = list(coachee_ids)
        done: list[Outcome] = []
        try:
            for n, coachee_id in enumerate(ids):
                if progress is not None:
                    progress(n, len(ids))
                done.append(self._apply(coachee_id, action, finish=False))
            if progress is not None:
                progress(len(ids), len(ids))
        finally:
            if done:
                self._finish(merge=True)
        return done

    def _apply(self, coachee_id: int, action: str, finish: bool = True) -> Outcome:
        with self.db.session() as s:
            coachee = self.db.get(s, Coachee, coachee_id)
            uid = coachee.uid
            conn = s.connection()
            if action == ERASE:
                found = erasure.erase(conn, coachee_id)
                entries = _entries(found, "erased")
                self.db.touched(s, "coachee", coachee_id)
                for table in schema.below("coachee"):
                    self.db.touched(s, table, None)
            else:
                found = erasure.anonymise(conn, coachee_id)
                entries = [
                    *_entries({"coachee": [(coachee_id, uid)]}, "anonymised"),
                    *_entries(found, "erased"),
                ]
                self.db.touched(s, "coachee", coachee_id)
                for table in ("trajectory", "coaching_session", *found):
                    self.db.touched(s, table, None)
            _write_ledger(conn, entries)
            counts = _counts(found)
            audit.record_in(conn, action, [uid], counts)
            if finish:
                scrub.merge_search_index(conn)
        if finish:
            self._finish(merge=False)
        return Outcome(coachee_id, uid, erasure.code_for(coachee_id), action, counts)

    def _finish(self, merge: bool) -> None:
        """After erasures: the index merged (if not yet), the WAL cut, the ledger copied."""
        store = self.db.store
        if merge:
            with store.engine.begin() as conn:
                scrub.merge_search_index(conn)
        with store.connect() as raw:
            scrub.truncate_wal(raw)
        self.sync_ledger_file()

    # --- the ledger ----------------------------------------------------------------

    def ledger(self) -> builtins.list[Entry]:
        with self.db.store.connect() as conn:
            return [
                Entry(*row)
                for row in conn.execute(f"SELECT {_LEDGER_COLUMNS} FROM erasure ORDER BY id")
            ]

    def erased_uids(self) -> set[str]:
        """The uids of every row erased from this practice (an import must not bring
        them back)."""
        with self.db.store.connect() as conn:
            return {
                row[0]
                for row in conn.execute("SELECT subject_uid FROM erasure WHERE action = 'erased'")
            }

    def sync_ledger_file(self) -> None:
        entries = self.ledger()
        on_file = ledger_file.read(self.db.store.folder)
        if {e.key for e in on_file} != {e.key for e in entries}:
            ledger_file.write(self.db.store.folder, entries)

    def forget_in(self, conn: Connection, coachee_uid: str, uids: Iterable[str]) -> None:
        """Undo of a delete (the window's Ctrl+Z): the rows are back, so the ledger no
        longer says they are erased (inside the undo's transaction)."""
        listed = list(uids)
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            conn.exec_driver_sql(
                f"DELETE FROM erasure WHERE action = 'erased' AND subject_uid IN ({marks})",
                tuple(chunk),
            )
        audit.record_in(conn, "undo_erase", [coachee_uid], {"rows": len(listed)})

    def reapply(self) -> int:
        """Make the store agree with its ledger and the ledger copy beside it: add the
        copy's entries the store lacks, then remove every row the ledger says is
        erased and anonymise every coachee it says is anonymised. Returns how many
        rows were removed or anonymised. Cheap when there is nothing to do."""
        store = self.db.store
        on_file = ledger_file.read(store.folder)
        with store.connect() as raw:
            known = raw.execute("SELECT count(*) FROM erasure").fetchone()[0]
        if not known and not on_file:
            return 0
        return self._enforce(on_file)

    def _enforce(self, extra: builtins.list[Entry]) -> int:
        store = self.db.store
        with store.connect() as raw:
            present = {(r[0], r[1]) for r in raw.execute("SELECT subject_uid, action FROM erasure")}
        missing = [e for e in extra if e.key not in present]
        if missing:
            with store.engine.begin() as conn:
                _write_ledger(conn, missing)
        with store.connect() as raw:  # read first: a write lock only when there is work
            doomed = {
                table: [row[0] for row in raw.execute(_ERASED_ROWS.format(table=table), (table,))]
                for table in reversed(schema.practice_tables())
                if table not in ("erasure", "audit_event")
            }
            stale = [row[0] for row in raw.execute(_NOT_ANONYMISED)]
        if not stale and not any(doomed.values()):
            self.sync_ledger_file()  # the copy beside the store, if it differs
            return 0
        changed = 0
        with store.engine.begin() as conn:
            for table, uids in doomed.items():
                changed += erasure.delete_uids(conn, table, uids)
            for coachee_id in stale:
                found = erasure.anonymise(conn, coachee_id)
                _write_ledger(conn, _entries(found, "erased"))
                changed += 1
            scrub.merge_search_index(conn)
            audit.record_in(conn, "reapply_ledger", (), {"rows": changed})
        log.info("erasure ledger re-applied: %d rows", changed)
        with store.connect() as raw:
            scrub.truncate_wal(raw)
        self.sync_ledger_file()
        return changed

    # --- through a restore ---------------------------------------------------------

    def carry(self) -> Carry:
        """Before a restore: what the restored store must get back."""
        return Carry(self.ledger(), self.practice.audit.rows())

    def after_restore(self, carry: Carry, counts: dict[str, int] | None = None) -> int:
        """After a restore: the carried audit lines back, the ledger re-applied, and
        the restore itself in the trail. Returns the rows removed by the ledger."""
        self.practice.audit.merge(carry.audit)
        changed = self._enforce([*carry.ledger, *ledger_file.read(self.db.store.folder)])
        self.practice.audit.record("restore", (), {**(counts or {}), "ledger_rows": changed})
        return changed


def after_restore_into(folder: Path, carry: Carry, counts: dict[str, int]) -> None:
    """After a restore without an open practice (the command line): open the restored
    store (which re-applies the ledger copy), carry the trail over, note the restore.
    A store that cannot be opened here (locked by a passphrase, say) gets the ledger
    at its next open all the same; only the carried audit lines are lost then."""
    from coachdesk.core.practice import Practice
    from coachdesk.errors import CoachDeskError

    try:
        with Practice.open(str(folder)) as practice:
            practice.privacy.after_restore(carry, counts)
    except CoachDeskError as exc:
        log.warning("audit trail not carried over the restore: %s", type(exc).__name__)
