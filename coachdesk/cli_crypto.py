"""``coachdesk encrypt``, ``decrypt``, ``change-passphrase``, ``unlock`` (the recovery key).

Every other command on an encrypted store is unlocked first (``unlock_for``): with the
key remembered in the OS keychain, else COACHDESK_PASSPHRASE, else asked on the
terminal (three tries, each wrong one waits longer). New passphrases come from
COACHDESK_NEW_PASSPHRASE or are asked twice on the terminal. The recovery key comes from
COACHDESK_RECOVERY_KEY or is asked on the terminal, never echoed; ``--recovery-key KEY``
still works but shows the key to every local user (ps) and keeps it in the shell history.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from coachdesk.cli_progress import ProgressBar
from coachdesk.errors import (
    PassphraseMismatchError,
    PassphraseNeededError,
    WrongPassphraseError,
)
from coachdesk.i18n import tr

EXIT_OK = 0
ENV_PASSPHRASE = "COACHDESK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "COACHDESK_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "COACHDESK_RECOVERY_KEY"
ASK = ""  # ``--recovery-key`` without a value: ask on the terminal
TRIES = 3


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    enc = sub.add_parser(
        "encrypt",
        parents=[common],
        help="encrypt the store and its backups (new passphrase: terminal or "
        "COACHDESK_NEW_PASSPHRASE); prints the recovery key once",
    )
    enc.set_defaults(handler=cmd_encrypt, unlocks_itself=True)
    dec = sub.add_parser(
        "decrypt", parents=[common], help="store the data unencrypted again (asks the passphrase)"
    )
    dec.set_defaults(handler=cmd_decrypt, unlocks_itself=True)
    change = sub.add_parser(
        "change-passphrase",
        parents=[common],
        help="choose another passphrase (old: COACHDESK_PASSPHRASE, new: COACHDESK_NEW_PASSPHRASE)",
    )
    change.set_defaults(handler=cmd_change, unlocks_itself=True)
    unlock = sub.add_parser(
        "unlock",
        parents=[common],
        help="forgot the passphrase: set a new one with the recovery key (terminal or "
        "COACHDESK_RECOVERY_KEY)",
    )
    unlock.add_argument(
        "--recovery-key",
        nargs="?",
        const=ASK,
        metavar="KEY",
        help="without KEY: asked on the terminal (hidden), or set COACHDESK_RECOVERY_KEY. "
        "Giving KEY here is unsafe: other users see it (ps) and the shell history keeps it",
    )
    unlock.set_defaults(handler=cmd_unlock, unlocks_itself=True)


def _tty() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def _ask(prompt_key: str) -> str:
    if not _tty():
        raise PassphraseNeededError()
    return getpass.getpass(tr(prompt_key))


def new_passphrase() -> str:
    from coachdesk.core import encryption

    given = os.environ.get(ENV_NEW_PASSPHRASE)
    if given is not None:
        encryption.check_new_passphrase(given)
        return given
    first = _ask("crypto.prompt_new")
    encryption.check_new_passphrase(first)
    if _ask("crypto.prompt_again") != first:
        raise PassphraseMismatchError()
    return first


def current_passphrase(check: object = None, prompt: str = "crypto.prompt") -> str:
    """The passphrase from COACHDESK_PASSPHRASE or the terminal (asked up to three times
    when ``check`` - a callable raising WrongPassphraseError - is given)."""
    given = os.environ.get(ENV_PASSPHRASE)
    if given is not None:
        return given
    for attempt in range(TRIES):
        text = _ask(prompt)
        if check is None:
            return text
        try:
            check(text)  # type: ignore[operator]
        except WrongPassphraseError:
            if attempt == TRIES - 1:
                raise
            print(tr("error.wrong_passphrase"), file=sys.stderr)
            continue
        return text
    raise PassphraseNeededError()  # pragma: no cover - the loop returns or raises


def _has_key_file(folder: str | None) -> bool:
    """Is the store in ``folder`` encrypted (store/cipher.py's key file), cheaply?"""
    from coachdesk import paths
    from coachdesk.store.cipher import keyfile_path

    try:
        return keyfile_path(paths.data_dir(folder)).is_file()
    except Exception:  # noqa: BLE001 - an unusable --data-dir: the command itself says so
        return False


def unlock_for(args: argparse.Namespace) -> None:
    """Before a command: unlock an encrypted store (keychain, variable or terminal)."""
    if getattr(args, "unlocks_itself", False):
        return
    folder = getattr(args, "data_dir", None)
    if not _has_key_file(folder):
        return  # a plain store (most runs): the keychain and SQLCipher are not loaded
    from coachdesk.core import encryption

    try:
        if not encryption.needs_unlock(folder):
            return
    except Exception:  # an unusable --data-dir: the command itself says so
        return
    if encryption.unlock_remembered(folder):
        return
    current_passphrase(lambda text: encryption.unlock(folder, text))
    if os.environ.get(ENV_PASSPHRASE) is not None:
        encryption.unlock(folder, os.environ[ENV_PASSPHRASE])


def unlock_backup(file: object) -> None:
    """An encrypted backup with its key file beside it: the passphrase or the recovery
    key, from COACHDESK_PASSPHRASE or the terminal, the same way ``unlock_for`` asks."""
    from coachdesk.core import encryption

    text = current_passphrase(
        lambda text: encryption.unlock_backup(file, text), prompt="crypto.prompt_backup"
    )
    if os.environ.get(ENV_PASSPHRASE) is not None:
        encryption.unlock_backup(file, text)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from coachdesk.core import encryption

    folder = getattr(args, "data_dir", None)
    if encryption.is_encrypted(folder):
        from coachdesk.errors import AlreadyEncryptedError

        raise AlreadyEncryptedError()
    passphrase = new_passphrase()
    done = encryption.encrypt(folder, passphrase, progress=ProgressBar(tr("crypto.progress")))
    print(tr("crypto.encrypted", None, backups=done.backups))
    if done.skipped:
        print(encryption.skipped_text(done.skipped, True), file=sys.stderr)
    print(tr("crypto.recovery_key", None, key=done.recovery_key))
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    from coachdesk.core import encryption

    folder = getattr(args, "data_dir", None)
    if not encryption.is_encrypted(folder):
        from coachdesk.errors import NotEncryptedError

        raise NotEncryptedError()
    passphrase = current_passphrase(lambda text: encryption.unlock(folder, text))
    done = encryption.decrypt(folder, passphrase, progress=ProgressBar(tr("crypto.progress")))
    print(tr("crypto.decrypted", None, backups=done.backups))
    if done.skipped:
        print(encryption.skipped_text(done.skipped, False), file=sys.stderr)
    return EXIT_OK


def cmd_change(args: argparse.Namespace) -> int:
    from coachdesk.core import encryption

    folder = getattr(args, "data_dir", None)
    if not encryption.is_encrypted(folder):
        from coachdesk.errors import NotEncryptedError

        raise NotEncryptedError()
    old = current_passphrase(lambda text: encryption.unlock(folder, text))
    encryption.change_passphrase(folder, old, new_passphrase())
    print(tr("crypto.passphrase_changed"))
    return EXIT_OK


def cmd_unlock(args: argparse.Namespace) -> int:
    from coachdesk.core import encryption

    folder = getattr(args, "data_dir", None)
    if not encryption.is_encrypted(folder):
        from coachdesk.errors import NotEncryptedError

        raise NotEncryptedError()
    key = recovery_key(args.recovery_key)
    if key is None:
        print(tr("crypto.recovery_key_needed"), file=sys.stderr)
        return 2
    encryption.reset_with_recovery_key(folder, key, new_passphrase())
    print(tr("crypto.passphrase_changed"))
    return EXIT_OK


def recovery_key(given: str | None) -> str | None:
    """The key given on the command line (with a warning), else COACHDESK_RECOVERY_KEY,
    else asked on the terminal; None when there is neither."""
    if given:
        print(tr("crypto.recovery_key_in_argv"), file=sys.stderr)
        return given
    if os.environ.get(ENV_RECOVERY_KEY):
        return os.environ[ENV_RECOVERY_KEY]
    if not _tty():
        return None
    return getpass.getpass(tr("crypto.prompt_recovery_key"))
