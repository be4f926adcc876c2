"""Encryption at rest: the key file, the database key, and which key a file gets.

Design (issue 13). The database is encrypted by SQLCipher with a random 256-bit
*database key*, handed to SQLCipher as a raw key (``PRAGMA key = "x'..'"``: no
key derivation at every connection, so opening stays fast). That key is never
stored as such: the key file ``coachdesk.key`` beside the database holds it
twice, wrapped

- by a key derived from the passphrase (``hashlib.scrypt``, a fresh salt per
  wrap), and
- by a key derived from the *recovery key* (160 random bits shown once as
  ``XXXX-XXXX-...``).

A wrap is the database key XOR the first 32 bytes of the scrypt output, plus an
HMAC-SHA256 tag under the other 32 bytes: the salt is new for every wrap, so the
pad is used once; the tag tells a wrong passphrase from a right one before any
database file is touched. Changing the passphrase rewraps the same database key
(one atomic replace of the key file): backups made earlier open with the new
passphrase, and the recovery key stays valid.

Which driver and key a file gets is decided in ``sqlite_file.connect`` with
``key_for_file``: a file that starts with SQLite's plain header is plain; any
other (or a new, empty) file gets the key registered for its data folder (the
folder of an unlocked store). Outside every such folder an existing encrypted
file (a backup on a USB stick) gets the registered key that opens it, and a new
file is plain unless its writer passes a key: whoever creates a file (a backup,
a staged restore, a new store) passes the key of the store it belongs to, so a
practice opened after an encrypted one never gets that one's key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from coachdesk.errors import (
    KeyFileError,
    PassphraseNeededError,
    PassphraseTooShortError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from coachdesk.store import files

KEYFILE_NAME = "coachdesk.key"
PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits, 32 base32 characters
MIN_PASSPHRASE = 8
FORMAT = "coachdesk-key"
VERSION = 1
# scrypt: 32 MiB and about 0.1 s per try on a laptop; tests may lower n (COACHDESK_SCRYPT_N).
SCRYPT_N = 2**15
SCRYPT_R, SCRYPT_P = 8, 1
_MAXMEM = 256 * 1024 * 1024


def keyfile_path(folder: Path) -> Path:
    return Path(folder) / KEYFILE_NAME


def is_encrypted(folder: Path) -> bool:
    """Is the store in ``folder`` encrypted (does it have a key file)?"""
    return keyfile_path(folder).is_file()


def has_plain_header(path: Path) -> bool | None:
    """True: a plain SQLite file; False: something else (encrypted); None: new or empty."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return None
    except OSError:
        return None
    if not head:
        return None
    return head == PLAIN_HEADER


# --- passphrases and recovery keys -------------------------------------------


def normalise(passphrase: str) -> bytes:
    """The bytes of a passphrase (NFC, so "ë" typed two ways is one passphrase)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise PassphraseTooShortError(minimum=MIN_PASSPHRASE)


def new_recovery_key() -> str:
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def recovery_secret(text: str) -> bytes:
    """The recovery key as typed: case, spaces and dashes do not matter; 0/1/8 read as O/I/B."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans("018", "OIB")).encode("ascii", "ignore")


def _scrypt_n() -> int:
    value = os.environ.get("COACHDESK_SCRYPT_N", "")
    return int(value) if value.isdigit() and int(value) >= 2 else SCRYPT_N


def _kek(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=64)


def _tag(kek: bytes, salt: bytes, box: bytes) -> bytes:
    return hmac.new(kek[32:], b"coachdesk-key-v1" + salt + box, hashlib.sha256).digest()


def wrap(key: bytes, secret: bytes) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    n = _scrypt_n()
    kek = _kek(secret, salt, n, SCRYPT_R, SCRYPT_P)
    box = bytes(a ^ b for a, b in zip(key, kek[:KEY_BYTES], strict=True))
    return {
        "kdf": "scrypt",
        "n": n,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "box": box.hex(),
        "tag": _tag(kek, salt, box).hex(),
    }


def unwrap(entry: dict[str, Any], secret: bytes) -> bytes | None:
    """The database key, or None when ``secret`` is not the one it was wrapped with."""
    try:
        salt, box, tag = (bytes.fromhex(entry[k]) for k in ("salt", "box", "tag"))
        kek = _kek(secret, salt, int(entry["n"]), int(entry["r"]), int(entry["p"]))
    except (KeyError, ValueError, TypeError) as exc:
        raise KeyFileError() from exc
    if not hmac.compare_digest(_tag(kek, salt, box), tag):
        return None
    return bytes(a ^ b for a, b in zip(box, kek[:KEY_BYTES], strict=True))


# --- the key file ---------------------------------------------------------------


def read_keyfile(folder: Path) -> dict[str, Any]:
    path = keyfile_path(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PassphraseNeededError() from exc
    except (OSError, ValueError) as exc:
        raise KeyFileError() from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KeyFileError()
    return data


def write_keyfile(
    folder: Path, key: bytes, passphrase: str, recovery: str | None, target: Path | None = None
) -> None:
    """Write (atomically) the key file wrapping ``key`` by ``passphrase`` and by
    ``recovery`` (None: keep the recovery wrap of the current key file); ``target``:
    another name to write it to (staged, put in place later)."""
    entry_pass = wrap(key, normalise(passphrase))
    if recovery is None:
        entry_rec = read_keyfile(folder)["recovery"]
    else:
        entry_rec = wrap(key, recovery_secret(recovery))
    data = {
        "format": FORMAT,
        "version": VERSION,
        "cipher": "sqlcipher4-raw-key",
        "check": key_check(key),
        "passphrase": entry_pass,
        "recovery": entry_rec,
    }
    target = target or keyfile_path(folder)
    part = files.part_name(target.with_name(target.name + ".w"))
    try:
        files.create_private(part)
        with part.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        files.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def copy_keyfile(folder: Path, place: Path) -> Path | None:
    """Write a copy of ``folder``'s key file into ``place`` (atomically; None: none there).
    It holds only wrapped keys, so it may lie beside the backups: with it, a backup
    opens with the passphrase or the recovery key when the data folder is lost."""
    source = keyfile_path(folder)
    target = keyfile_path(place)
    if not source.is_file() or source.absolute() == target.absolute():
        return None
    data = source.read_bytes()
    try:
        if target.read_bytes() == data:
            return target  # already there (every backup would rewrite it otherwise)
    except OSError:
        pass
    part = files.part_name(target)
    try:
        files.create_private(part)
        part.write_bytes(data)
        files.fsync_file(part)
        files.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return target


def copy_keyfile_beside(
    folder: Path, places: Iterable[Path], *, keyfile_counts: bool = False
) -> None:
    """``folder``'s key file into each of ``places`` that holds backups (with
    ``keyfile_counts``: or a key file already). A place that cannot be written (an
    unplugged stick) is logged and skipped: the next backup there writes it."""
    for place in places:
        try:
            holds = place.is_dir() and (
                any(place.glob("coachdesk-*.db"))
                or (keyfile_counts and keyfile_path(place).is_file())
            )
            if holds:
                copy_keyfile(folder, place)
        except OSError as exc:
            logging.getLogger(__name__).warning(
                "the key file could not be written beside backups (%s)", type(exc).__name__
            )


def key_check(key: bytes) -> str:
    """A fingerprint of the database key (a remembered key is tried against it)."""
    return hashlib.sha256(b"coachdesk-key-check" + key).hexdigest()[:16]


def key_fits(folder: Path, key: bytes) -> bool:
    try:
        data = read_keyfile(folder)
    except (KeyFileError, PassphraseNeededError):
        return False
    return hmac.compare_digest(str(data.get("check", "")), key_check(key))


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


# --- wrong tries slow down --------------------------------------------------------


class _Tries:
    """Failed unlocks in this process: each next try waits longer (1, 2, 4 ... 30 s)."""

    def __init__(self) -> None:
        self.failed = 0
        self.sleep: Callable[[float], None] = time.sleep

    def delay(self) -> float:
        return 0.0 if self.failed == 0 else min(30.0, 2.0 ** (self.failed - 1))


tries = _Tries()


def unlock_key(folder: Path, passphrase: str | None = None, recovery: str | None = None) -> bytes:
    """The database key of the store in ``folder``. Reads the key file only; a wrong
    passphrase or recovery key raises and changes nothing."""
    data = read_keyfile(folder)
    wait = tries.delay()
    if wait:
        tries.sleep(wait)
    if recovery is not None:
        key = unwrap(data.get("recovery", {}), recovery_secret(recovery))
        error: Exception = WrongRecoveryKeyError()
    elif passphrase is not None:
        key = unwrap(data.get("passphrase", {}), normalise(passphrase))
        error = WrongPassphraseError()
    else:
        raise PassphraseNeededError()
    if key is None:
        tries.failed += 1
        raise error
    tries.failed = 0
    return key


# --- which key a file gets --------------------------------------------------------

_lock = threading.Lock()
_keys: dict[str, bytes] = {}


def _norm(path: Path) -> str:
    return os.path.realpath(os.fspath(path))


def register(folder: Path, key: bytes) -> None:
    """From now on files in ``folder`` are opened with ``key``."""
    with _lock:
        _keys[_norm(folder)] = key


def forget(folder: Path | None = None) -> None:
    """Forget the key of ``folder`` (None: every key), e.g. when its store closes or a test ends."""
    with _lock:
        if folder is None:
            _keys.clear()
            return
        _keys.pop(_norm(folder), None)


def registered(folder: Path) -> bytes | None:
    with _lock:
        return _keys.get(_norm(folder))


def key_for_file(path: Path) -> bytes | None:
    """The key to open ``path`` with (None: plain SQLite): that of the registered folder
    it is in; outside those, for an existing encrypted file, the registered key that
    opens it; a new file outside them is plain (its writer passes a key if it is not)."""
    plain = has_plain_header(path)
    if plain:
        return None
    with _lock:
        if not _keys:
            return None
        folder = os.path.dirname(_norm(path))
        while True:
            if folder in _keys:
                return _keys[folder]
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
        candidates = list(dict.fromkeys(_keys.values()))
    if plain is None:
        return None
    return next((key for key in candidates if opens_with(path, key)), None)


def opens_with(path: Path, key: bytes) -> bool:
    """Does ``key`` open the encrypted file at ``path`` (read-only, nothing written)?"""
    from coachdesk.store import sqlite_file

    try:
        conn = sqlite_file.connect(path, readonly=True, key=key)
    except sqlite_file.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite_file.Error:
        return False
    finally:
        conn.close()


def key_pragma(key: bytes) -> str:
    """The statement that must come first on a SQLCipher connection."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def attach_sql(alias: str) -> str:
    return f"ATTACH DATABASE ? AS {alias} KEY ?"


def attach_key(key: bytes | None) -> str:
    return f"x'{key.hex()}'" if key else ""


def export_into(src: Any, target: Path, key: bytes | None) -> None:
    """The whole database of the SQLCipher connection ``src`` into the new file
    ``target``, encrypted under ``key`` (plain without one): sqlcipher_export."""
    src.execute(attach_sql("target"), (str(target.absolute()), attach_key(key)))
    src.execute("SELECT sqlcipher_export('target')")
    src.execute("DETACH DATABASE target")
