""" "Remember on this computer": the database key in the operating system's keychain.

Windows Credential Manager, macOS Keychain or the Secret Service, through the
``keyring`` package. The database key (not the passphrase) is stored, under the
data folder's path. Without a usable keychain (a server, a test run with the
fail backend) remembering does nothing and says so by returning False.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

SERVICE = "CoachDesk"


def _account(folder: Path) -> str:
    return os.path.realpath(os.fspath(folder))


def remembered_key(folder: Path) -> bytes | None:
    try:
        import keyring

        value = keyring.get_password(SERVICE, _account(folder))
    except Exception as exc:  # no keychain, a locked one, a broken backend
        log.info("keychain not readable (%s)", type(exc).__name__)
        return None
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def remember(folder: Path, key: bytes) -> bool:
    try:
        import keyring

        keyring.set_password(SERVICE, _account(folder), key.hex())
    except Exception as exc:
        log.info("keychain not writable (%s)", type(exc).__name__)
        return False
    return True


def forget(folder: Path) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, _account(folder))
    except Exception as exc:  # nothing stored, or no keychain
        log.debug("keychain: nothing forgotten (%s)", type(exc).__name__)
