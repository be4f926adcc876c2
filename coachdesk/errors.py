"""User-facing errors. Each carries a message key that translates (nl/en).

Nothing that reaches a coach is a raw SQLAlchemy or sqlite3 traceback: the
facade and the store turn those into one of these.
"""

from __future__ import annotations

from datetime import date

from coachdesk.i18n import Lang, default_language, tr


class Term:
    """A message parameter that is itself translated when the message is shown."""

    __slots__ = ("key",)

    def __init__(self, key: str):
        self.key = key

    def text(self, lang: Lang | None = None) -> str:
        return tr(self.key, lang)

    def __repr__(self) -> str:
        return f"Term({self.key!r})"


class Phrase(Term):
    """A translated message parameter with its own parameters (e.g. a file problem)."""

    __slots__ = ("params",)

    def __init__(self, message_key: str, /, **params: object):
        super().__init__(message_key)
        self.params = params

    def text(self, lang: Lang | None = None) -> str:
        return tr(self.key, lang, **_resolve(self.params, lang))

    def __repr__(self) -> str:
        return f"Phrase({self.key!r}, {self.params!r})"


class DateText:
    """A date in a message, written the way the reader's language writes it."""

    __slots__ = ("day",)
    _MONTHS = {
        "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
        "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    }

    def __init__(self, day: date):
        self.day = day

    def text(self, lang: Lang | None = None) -> str:
        months = self._MONTHS.get(lang or default_language(), self._MONTHS["en"])
        return f"{self.day.day} {months[self.day.month - 1]} {self.day.year}"

    def __repr__(self) -> str:
        return f"DateText({self.day.isoformat()})"


def _resolve(params: dict[str, object], lang: Lang | None) -> dict[str, object]:
    """Message parameters in the reader's language (terms, phrases and dates)."""
    return {k: v.text(lang) if isinstance(v, Term | DateText) else v for k, v in params.items()}


class CoachDeskError(Exception):
    """Base class: a clear, translatable sentence for the user."""

    key = "error.generic"

    def __init__(self, key: str | None = None, /, *, field: str | None = None, **params: object):
        self.key = key or type(self).key
        self.field = field
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: Lang | None = None) -> str:
        params = {
            k: v.text(lang) if isinstance(v, Term | DateText) else v for k, v in self.params.items()
        }
        if self.field is not None and "field" not in params:
            params["field"] = tr(f"field.{self.field}", lang)
        return tr(self.key, lang, **params)

    def __str__(self) -> str:
        return self.message()


# --- validation -----------------------------------------------------------


class ValidationError(CoachDeskError):
    """Input the facade refuses; ``field`` names the offending field."""

    key = "error.invalid"


class EmptyValueError(ValidationError):
    key = "error.empty"


class DateOrderError(ValidationError):
    key = "error.date_order"


class ReasonNeededError(ValidationError):
    key = "error.reason_needed"


class EndedBeforeStartError(ValidationError):
    key = "error.ended_before_start"


class AlreadyClosedError(ValidationError):
    key = "error.already_closed"


class NotClosedError(ValidationError):
    key = "error.not_closed"


class AgreementChoiceError(ValidationError):
    key = "error.agreement_choice"


class InvalidDurationError(ValidationError):
    key = "error.duration"


class RatingOutOfRangeError(ValidationError):
    key = "error.rating_range"


class NegativeNumberError(ValidationError):
    key = "error.negative"


class InvalidChoiceError(ValidationError):
    key = "error.choice"


class InvalidEmailError(ValidationError):
    key = "error.email"


# --- profiles and instruments ----------------------------------------------


class UnknownInstrumentError(ValidationError):
    key = "error.unknown_instrument"


class UnknownVariantError(ValidationError):
    key = "error.unknown_variant"


class MissingDimensionError(ValidationError):
    key = "error.missing_dimension"


class UnknownDimensionError(ValidationError):
    key = "error.unknown_dimension"


class ScoreOutOfRangeError(ValidationError):
    key = "error.score_range"


class UnknownLabelError(ValidationError):
    key = "error.unknown_label"


class InstrumentFileError(CoachDeskError):
    """An instrument file that cannot be used: names the file, the line and the problem."""

    key = "error.instrument_file"

    def __init__(self, file: str, line: int, problem: Term):
        self.file = file
        self.line = line
        self.problem = problem
        super().__init__(file=file, line=line, problem=problem)


class InstrumentExistsError(CoachDeskError):
    key = "error.instrument_exists"


class NotFoundError(CoachDeskError):
    key = "error.not_found"

    def __init__(self, entity: str, id: object):
        self.entity = entity
        super().__init__(kind=Term(f"kind.{entity}"), id=id)


class ConflictError(CoachDeskError):
    """The database refused a change (a constraint the facade did not foresee)."""

    key = "error.conflict"


# --- the store --------------------------------------------------------------


class StoreError(CoachDeskError):
    key = "error.store"


class DataDirError(StoreError):
    key = "error.data_dir"


class EmptyDataDirError(DataDirError):
    """``--data-dir ''`` or an empty COACHDESK_DATA_DIR (``source`` names which)."""

    key = "error.data_dir_empty"


class NotADatabaseError(StoreError):
    key = "error.not_a_database"


class ForeignDatabaseError(StoreError):
    key = "error.foreign_database"


class CorruptDatabaseError(StoreError):
    key = "error.corrupt"


class NewerSchemaError(StoreError):
    key = "error.newer_schema"


class MigrationError(StoreError):
    key = "error.migration"


class StoreLockedError(StoreError):
    key = "error.locked"


# --- exports ----------------------------------------------------------------


class ExportError(CoachDeskError):
    """An export (PDF, ...) could not be made or saved; nothing was overwritten."""

    key = "error.export_write"


class ExportWriteError(ExportError):
    """The file could not be written (``path``, ``reason``: a Term or the system's text)."""

    key = "error.export_write"


class ExportBuildError(ExportError):
    key = "error.export_build"


class ExportSectionsError(ExportError, ValidationError):
    key = "error.export_sections"


# --- notes ------------------------------------------------------------------


class TemplateError(CoachDeskError):
    """A note template file that cannot be used; names the file and the problem."""

    key = "error.template"

    def __init__(self, file: str, problem: str, **params: object):
        self.file = file
        self.problem = problem
        self.problem_params = params
        super().__init__(file=file, problem=problem)

    def message(self, lang: Lang | None = None) -> str:
        problem = tr(f"template.{self.problem}", lang, **self.problem_params)
        return tr(self.key, lang, file=self.file, problem=problem)


# --- backups, restore, a damaged store ----------------------------------------------


class StoreIsFolderError(StoreError):
    """A folder stands where the database file should be."""

    key = "error.store_is_folder"


class DiskFullError(StoreError):
    """The disk is full: said as such, never as damage (nothing was changed)."""

    key = "error.disk_full"


class StoreReadOnlyError(StoreError):
    key = "error.store_readonly"


class StoreUnreadableError(StoreError):
    """The file could not be read or written for a reason other than damage (I/O, lock)."""

    key = "error.store_unreadable"


class AlreadyOpenError(StoreError):
    """Another CoachDesk (``pid``) has this data folder open."""

    key = "error.already_open"


class BackupError(CoachDeskError):
    key = "error.backup"


class BackupFolderError(BackupError):
    """The backup folder is missing, read-only or full (``reason`` a Term)."""

    key = "error.backup_folder"


class BackupVerifyError(BackupError):
    key = "error.backup_verify"


class NotABackupError(BackupError):
    key = "error.not_a_backup"


class DamagedBackupError(BackupError):
    key = "error.damaged_backup"


class NewerBackupError(BackupError):
    key = "error.newer_backup"


class RestoreError(BackupError):
    key = "error.restore"


class RestoreWhileOpenError(BackupError):
    key = "error.restore_while_open"


class RecoverError(BackupError):
    key = "error.recover"


class TextEncodingError(ValidationError):
    """Text with a character that cannot be stored (a lone surrogate)."""

    key = "error.text_encoding"


class TooLargeError(ValidationError):
    key = "error.too_large"


class DateRangeError(ValidationError):
    key = "error.date_range"


# --- encryption at rest (store/cipher.py) -------------------------------------------


class EncryptionError(StoreError):
    key = "error.encryption"


class PassphraseNeededError(EncryptionError):
    """The store is encrypted and no passphrase was given (no terminal, no variable)."""

    key = "error.passphrase_needed"


class WrongPassphraseError(EncryptionError):
    key = "error.wrong_passphrase"


class WrongRecoveryKeyError(EncryptionError):
    key = "error.wrong_recovery_key"


class PassphraseTooShortError(EncryptionError, ValidationError):
    key = "error.passphrase_too_short"


class PassphraseMismatchError(EncryptionError, ValidationError):
    key = "error.passphrase_mismatch"


class KeyFileError(EncryptionError):
    """The key file beside the database is damaged or not ours."""

    key = "error.key_file"


class AlreadyEncryptedError(EncryptionError):
    key = "error.already_encrypted"


class NotEncryptedError(EncryptionError):
    key = "error.not_encrypted"


class BackupKeyNeededError(EncryptionError):
    """An encrypted backup with its key file beside it, and no key for it in this process."""

    key = "error.backup_key_needed"
