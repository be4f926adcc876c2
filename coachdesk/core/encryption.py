"""Encryption at rest for the CLI and the window (the store does the work: store/encrypt.py).

The window may not import the store; this is its way in. Every function takes the
data folder; ``unlock`` makes this process open the encrypted store (and its backups).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coachdesk import keychain, paths
from coachdesk.i18n import Lang, tr
from coachdesk.store import cipher
from coachdesk.store import encrypt as _encrypt
from coachdesk.store.encrypt import Decrypted, Encrypted, Progress

__all__ = [
    "Decrypted",
    "Encrypted",
    "MIN_PASSPHRASE",
    "change_passphrase",
    "check_new_passphrase",
    "decrypt",
    "encrypt",
    "is_encrypted",
    "is_unlocked",
    "lock",
    "needs_unlock",
    "reset_with_recovery_key",
    "unlock",
    "unlock_backup",
    "unlock_remembered",
]

MIN_PASSPHRASE = cipher.MIN_PASSPHRASE
check_new_passphrase = cipher.check_new_passphrase


def _root(folder: str | Path | None) -> Path:
    return paths.data_dir(folder)


def is_encrypted(folder: str | Path | None) -> bool:
    return cipher.is_encrypted(_root(folder))


def is_unlocked(folder: str | Path | None) -> bool:
    return cipher.registered(_root(folder)) is not None


def needs_unlock(folder: str | Path | None) -> bool:
    root = _root(folder)
    return cipher.is_encrypted(root) and cipher.registered(root) is None


def unlock(folder: str | Path | None, passphrase: str, *, remember: bool | None = None) -> None:
    """Unlock with the passphrase (a wrong one raises WrongPassphraseError, waits longer
    each time and changes nothing); ``remember``: store the key in the OS keychain
    (True), remove it from there (False), leave it (None)."""
    root = _root(folder)
    key = _encrypt.unlock(root, passphrase)
    if remember:
        keychain.remember(root, key)
    elif remember is False:
        keychain.forget(root)


def unlock_remembered(folder: str | Path | None) -> bool:
    """Unlock with the key in the OS keychain, if one is there and still fits."""
    root = _root(folder)
    key = keychain.remembered_key(root)
    if key is None or not cipher.key_fits(root, key):
        return False  # none remembered, or one of an earlier encryption
    _encrypt.unlock(root, key=key)
    return True


def check_passphrase(folder: str | Path | None, passphrase: str) -> bool:
    """Is this the passphrase (for the app lock)? Waits longer after each wrong try."""
    from coachdesk.errors import WrongPassphraseError

    try:
        cipher.unlock_key(_root(folder), passphrase=passphrase)
    except WrongPassphraseError:
        return False
    return True


def lock(folder: str | Path | None) -> None:
    """Forget the folder's key in this process: opening its store again (open_store,
    Practice.open) then needs the passphrase, and new files there are no longer
    written under it. A store that is already open keeps working: its engine holds
    the key it was opened with (so the window's app lock, which hides content, does
    not call this; closing the last store of a folder forgets the key the same way)."""
    cipher.forget(_root(folder))


def encrypt(
    folder: str | Path | None, passphrase: str, progress: Progress | None = None
) -> Encrypted:
    root = _root(folder)
    return _encrypt.encrypt(root, passphrase, progress, backup_folders(root))


def decrypt(
    folder: str | Path | None, passphrase: str, progress: Progress | None = None
) -> Decrypted:
    root = _root(folder)
    done = _encrypt.decrypt(root, passphrase, progress, backup_folders(root))
    keychain.forget(root)
    return done


def change_passphrase(folder: str | Path | None, old: str, new: str) -> None:
    root = _root(folder)
    _encrypt.change_passphrase(root, old, new)
    keyfile_to_backups(root)


def reset_with_recovery_key(folder: str | Path | None, recovery_key: str, new: str) -> None:
    root = _root(folder)
    _encrypt.reset_with_recovery_key(root, recovery_key, new)
    keyfile_to_backups(root)


def backup_folders(root: Path) -> list[Path]:
    """The folders with this practice's backups: the chosen one (setting or IT preset)
    and the default; read by core, handed to the store (which reads no settings)."""
    from coachdesk.core.services.backup import _backup_folders

    return list(dict.fromkeys(_backup_folders(root)))


def keyfile_to_backups(root: Path) -> None:
    """The key file (rewrapped) beside the backups again, so they open with the new
    passphrase when the data folder is lost. Only where backups or a key file are."""
    cipher.copy_keyfile_beside(root, backup_folders(root), keyfile_counts=True)


def unlock_backup(backup: str | Path, secret: str) -> None:
    """Unlock an encrypted backup with the key file beside it (a restore when the data
    folder is lost): ``secret`` is the passphrase or the recovery key. Wrong: raises
    WrongPassphraseError (and waits longer each time), changes nothing."""
    from coachdesk.errors import WrongPassphraseError, WrongRecoveryKeyError

    path = Path(backup).expanduser().absolute()
    try:
        _encrypt.unlock_backup(path, passphrase=secret)
    except WrongPassphraseError:
        if len(cipher.recovery_secret(secret)) != cipher.RECOVERY_BYTES * 8 // 5:  # base32
            raise
        try:
            _encrypt.unlock_backup(path, recovery=secret)
        except WrongRecoveryKeyError as exc:
            raise WrongPassphraseError() from exc


def _convert_open(practice: object, convert: Any) -> Any:
    """Run ``convert(folder, backup folders)`` on the store the window has open, without
    closing the window; the practice's engine follows the new file either way."""
    store = practice.store  # type: ignore[attr-defined]
    folders = backup_folders(store.folder)
    try:
        return _encrypt.while_closed(store, lambda: convert(store.folder, folders))
    finally:
        practice.db.engine_replaced()  # type: ignore[attr-defined]


def encrypt_open(practice: object, passphrase: str, progress: Progress | None = None) -> Encrypted:
    """Encrypt the store the window has open (``practice``), without closing the window."""
    done: Encrypted = _convert_open(
        practice, lambda folder, folders: _encrypt.encrypt(folder, passphrase, progress, folders)
    )
    return done


def decrypt_open(practice: object, passphrase: str, progress: Progress | None = None) -> Decrypted:
    """Decrypt the store the window has open."""
    done: Decrypted = _convert_open(
        practice, lambda folder, folders: _encrypt.decrypt(folder, passphrase, progress, folders)
    )
    keychain.forget(practice.store.folder)  # type: ignore[attr-defined]
    return done


def skipped_text(skipped: int, encrypting: bool, lang: Lang | None = None) -> str:
    """ "2 backups could not be converted: ..." (empty when none were skipped)."""
    if not skipped:
        return ""
    key = "crypto.skipped_encrypt" if encrypting else "crypto.skipped_decrypt"
    return tr(key, lang, count=skipped)
