"""Backups of the practice: make, list, rotate, restore, check; a damaged store.

    practice.backups.create()               # a verified backup in the backup folder
    practice.backups.restore(path)          # safety copy, atomic swap, reopened
    BackupService.check(folder)             # read-only health (coachdesk check)

The backup folder is a practice setting (``backup.folder``); without one it is
``<data folder>/backups``. The plumbing is store/backup.py and store/restore.py; this
service passes it the practice's tables (core/schema.py) and reopens the practice after a
restore, so the same Practice object (held by the window) serves the new store.
"""

from __future__ import annotations

import builtins
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coachdesk import deployment, paths
from coachdesk.core import schema
from coachdesk.core.changes import current_recorder
from coachdesk.core.services import privacy
from coachdesk.core.services.base import Service
from coachdesk.errors import BackupFolderError, CoachDeskError, RecoverError, Term
from coachdesk.i18n import Lang, default_language, tr
from coachdesk.store import backup as plumbing
from coachdesk.store import recover as salvage
from coachdesk.store import restore as restoring
from coachdesk.store import rotation
from coachdesk.store.backup import Backup, Progress
from coachdesk.store.database import open_store
from coachdesk.store.health import FileReport, check_file
from coachdesk.store.restore import RestoreResult
from coachdesk.store.snapshot import read_newest_change, row_counts

log = logging.getLogger(__name__)

FOLDER_SETTING = "backup.folder"


@dataclass(frozen=True)
class DamagedStoreOffer:
    """What the coach is offered for a damaged store: the newest good backup (and what
    restoring it loses: every change after ``backup.summary.newest_change``)."""

    database: Path
    backup: Backup | None


def tables() -> tuple[str, ...]:
    return schema.practice_tables()


def default_folder(data_dir: Path) -> Path:
    return paths.backups_dir(data_dir)


class BackupService(Service):
    # --- where -----------------------------------------------------------------

    def folder(self) -> Path:
        chosen = self.practice.settings.get(FOLDER_SETTING, "").strip()
        chosen = str(deployment.current().choose(deployment.BACKUP_FOLDER, chosen, ""))  # IT
        if chosen:
            return Path(chosen).expanduser().absolute()
        return default_folder(self.db.store.folder)

    @staticmethod
    def check_folder(folder: str | Path | None) -> Path | None:
        """The folder a coach typed for the backups, checked without creating anything
        (None: the default); BackupFolderError with the reason when it cannot be used."""
        text = str(folder or "").strip()
        return plumbing.check_folder(Path(text)) if text else None

    def set_folder(self, folder: str | Path | None) -> Path:
        """Choose the backup folder (None or "" for the default); it is checked first."""
        text = str(folder or "").strip()
        if text:
            plumbing.prepare_folder(Path(text))
        self.practice.settings.set(
            FOLDER_SETTING, str(Path(text).expanduser().absolute()) if text else ""
        )
        return self.folder()

    # --- making and listing --------------------------------------------------------

    def create(
        self,
        dest: str | Path | None = None,
        *,
        kind: str = "manual",
        progress: Progress | None = None,
        rotate: bool = True,
    ) -> Backup:
        """A verified backup in ``dest`` (default: the backup folder), then rotation there."""
        folder = Path(dest).expanduser().absolute() if dest else self.folder()
        made = plumbing.create_backup(self.db.store, folder, tables(), kind=kind, progress=progress)
        if rotate:
            try:
                rotation.rotate(folder)
            except OSError as exc:  # a backup was made; a failed clean-up is no failure
                log.warning("rotation failed: %s", type(exc).__name__)
        return made

    def list(self, folder: str | Path | None = None) -> builtins.list[Backup]:
        return plumbing.list_backups(Path(folder) if folder else self.folder())

    def last_good(self) -> Backup | None:
        """The newest good backup in the backup folder or the default one."""
        candidates = [b for b in self.list() if b.good]
        default = default_folder(self.db.store.folder)
        if default != self.folder():
            candidates += [b for b in self.list(default) if b.good]
        return max(candidates, key=lambda b: b.created_at, default=None)

    def newest_change(self) -> datetime | None:
        """When the practice's data last changed (to compare with the last backup)."""
        with self.db.store.connect() as conn:
            return read_newest_change(conn, tables())

    def changed_since_last_backup(self) -> bool:
        last = self.last_good()
        if last is None or last.summary is None:
            return True
        newest = self.newest_change()
        if newest is None:
            return False
        seen = last.summary.newest_change
        with self.db.store.connect() as conn:
            counts = row_counts(conn, tables())
        return seen is None or newest > seen or counts != last.summary.tables

    # --- restore ---------------------------------------------------------------------

    def restore(self, file: str | Path, progress: Progress | None = None) -> RestoreResult:
        """Replace the practice's data with the backup ``file`` (checked first; a refusal
        changes nothing), after a safety copy; the practice is reopened on the result."""
        from coachdesk.core.practice import Practice

        candidate = Path(file).expanduser().absolute()
        restoring.inspect_backup(candidate, tables())  # refuse before closing anything
        practice = self.practice
        store = practice.store
        folder = store.folder
        safety_folder = self.folder()
        try:
            plumbing.prepare_folder(safety_folder)
        except BackupFolderError:
            safety_folder = default_folder(folder)
        carry = practice.privacy.carry()  # the erasure ledger and audit trail (issue 14)
        store.close(keep_key=True)  # reopened below, unlocked as it was
        try:
            result = restoring.restore_backup(
                candidate,
                store.path,
                tables(),
                safety_folder=safety_folder,
                progress=progress,
            )
        finally:
            Practice.__init__(practice, open_store(folder))  # the same object, anew
        practice.privacy.after_restore(carry, _restored_counts(result.tables))
        recorder = current_recorder()
        if recorder is not None:
            recorder.everything()
        return result

    @staticmethod
    def needs_key(file: str | Path) -> bool:
        """Is ``file`` an encrypted backup that needs its passphrase or recovery key first
        (the key file is beside it: encryption.unlock_backup)?"""
        return restoring.needs_key(Path(file).expanduser().absolute())

    # --- headless, without an open practice ------------------------------------------

    @staticmethod
    def check(data_dir: str | Path | None = None) -> FileReport:
        """The read-only health check of the store in ``data_dir``."""
        from coachdesk.core import overview_totals
        from coachdesk.core.search_check import verify_index

        db = paths.database_path(paths.data_dir(data_dir))
        return check_file(db, tables(), verify_index, overview_totals.verify)

    @staticmethod
    def restore_into(
        data_dir: str | Path | None, file: str | Path, progress: Progress | None = None
    ) -> RestoreResult:
        """Restore without opening the store first (the CLI, a damaged store)."""
        folder = paths.data_dir(data_dir)
        candidate = Path(file).expanduser().absolute()
        restoring.inspect_backup(candidate, tables())
        carry = privacy.read_carry(paths.database_path(folder))  # issue 14
        result = restoring.restore_backup(
            candidate,
            paths.database_path(folder),
            tables(),
            safety_folder=_safety_folder(folder),
            progress=progress,
        )
        privacy.after_restore_into(folder, carry, _restored_counts(result.tables))
        return result

    @staticmethod
    def damaged_offer(data_dir: str | Path | None) -> DamagedStoreOffer:
        """For a store that failed its check: the newest good backup to offer."""
        folder = paths.data_dir(data_dir)
        newest = None
        for candidate in _backup_folders(folder):
            found = plumbing.newest_good(candidate)
            if found is not None and (newest is None or found.created_at > newest.created_at):
                newest = found
        return DamagedStoreOffer(database=paths.database_path(folder), backup=newest)

    @staticmethod
    def recover(data_dir: str | Path | None) -> salvage.Recovered:
        """Set the damaged store aside and rescue what SQLite can read into a new store.
        Refused like a restore (RestoreWhileOpenError) while the store is open anywhere."""
        folder = paths.data_dir(data_dir)
        db = paths.database_path(folder)
        if not db.is_file():
            raise RecoverError(detail=Term("reason.missing"), path=str(db))
        rescued = salvage.recover(db, tables())
        from coachdesk.core import overview_totals, search_index

        with open_store(folder) as store, store.engine.begin() as conn:
            search_index.rebuild(conn)  # the index and totals are made from the rescued rows
            overview_totals.recompute(conn)
        return rescued


def _restored_counts(counts: dict[str, int]) -> dict[str, int]:
    return {t: counts.get(t, 0) for t in ("coachee", "coaching_session")}


def _backup_folders(folder: Path) -> list[Path]:
    """The default backup folder and the configured one (read without opening the store)."""
    found = [default_folder(folder)]
    preset = deployment.current().get(deployment.BACKUP_FOLDER)  # the organisation's folder
    if preset:
        found.insert(0, Path(str(preset)).expanduser().absolute())
    try:
        from coachdesk.store.store_file import connect_file

        conn = connect_file(paths.database_path(folder), readonly=True)
        try:
            row = conn.execute(
                "SELECT value FROM setting WHERE key = ?", (FOLDER_SETTING,)
            ).fetchone()
        finally:
            conn.close()
        if row and row[0].strip():
            found.insert(0, Path(row[0]).expanduser().absolute())
    except Exception:  # noqa: BLE001 - a damaged store may not tell: the default stays
        pass
    return found


def _safety_folder(folder: Path) -> Path:
    for candidate in _backup_folders(folder):
        try:
            return plumbing.prepare_folder(candidate)
        except CoachDeskError:
            continue
    return default_folder(folder)


# --- how a backup reads (CLI and window) ------------------------------------------------


def when_text(moment: datetime, lang: Lang | None = None) -> str:
    """ "di 3 mrt 2026 14:30" in the coach's time zone."""
    from coachdesk.core.formatting import short_datetime

    return short_datetime(moment.astimezone(), lang or default_language())


def summary_text(backup: Backup, lang: Lang | None = None) -> str:
    s = backup.summary
    if s is None:
        return tr("backup.unverified", lang)
    if s.newest_change is None:
        return tr("backup.summary_plain", lang, coachees=s.coachees, sessions=s.sessions)
    return tr(
        "backup.summary",
        lang,
        coachees=s.coachees,
        sessions=s.sessions,
        newest=when_text(s.newest_change, lang),
    )


def counts_text(counts: dict[str, int], lang: Lang | None = None) -> str:
    return tr(
        "backup.summary_plain",
        lang,
        coachees=counts.get("coachee", 0),
        sessions=counts.get("coaching_session", 0),
    )


def size_text(size: int, lang: Lang | None = None) -> str:
    from coachdesk.core.formatting import number

    language = lang or default_language()
    if size < 1024 * 1024:
        return tr("size.kb", lang, value=number(size / 1024, language, 0))
    return tr("size.mb", lang, value=number(size / 1024 / 1024, language, 1))


def kind_text(backup: Backup, lang: Lang | None = None) -> str:
    return tr(f"backup.kind.{backup.kind}", lang)


def loses_text(backup: Backup, lang: Lang | None = None) -> str:
    """ "Backup of di 3 mrt 2026 14:30; changes after that are lost." """
    return tr("restore.loses", lang, when=when_text(backup.created_at, lang))
