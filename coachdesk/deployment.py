"""Presets that an IT department sets for every coach on a machine.

A preset is a default the coach's own choice overrides, or, when the key is listed
in ``fixed``, a value the coach cannot change (the window says so). The presets
are read once, Qt-free, from these places; a later one wins per key:

1. ``presets.ini`` beside the program (the install folder of a frozen build);
2. ``presets.ini`` in the machine-wide configuration folder (platformdirs'
   site_config_dir: ``C:\\ProgramData\\CoachDesk``,
   ``/Library/Application Support/CoachDesk``, ``/etc/xdg/CoachDesk``);
3. on Windows the registry: ``Software\\CoachDesk\\Presets`` under HKCU, then under
   HKLM (what the MSI's properties write); ``Software\\Policies\\CoachDesk`` under
   HKLM (Group Policy: every value there is fixed) comes last, see 5;
4. the environment: ``COACHDESK_PRESET_<KEY>`` per key (``COACHDESK_PRESET_FIXED``
   for the fixed list). ``COACHDESK_PRESETS=FILE`` reads that file instead of 1
   and 2; an empty value means no preset files at all (the tests use it);
5. Group Policy (``Software\\Policies\\CoachDesk`` under HKLM), last, so a
   variable the coach can set never beats what the organisation fixed there.

The file is an INI with one section::

    [CoachDesk]
    language = nl
    backup_folder = %USERPROFILE%\\OneDrive - Praktijk\\CoachDesk-backups
    encryption_required = yes
    idle_lock_minutes = 10
    demo_offer = no
    fixed = language, encryption_required

A value that does not fit its key is ignored and logged (key and source only), so
a typing error in a preset never keeps a coach from their work.
"""

from __future__ import annotations

import configparser
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from coachdesk.paths import APP_NAME

log = logging.getLogger(__name__)

FILENAME = "presets.ini"
SECTION = "CoachDesk"
ENV_FILE = "COACHDESK_PRESETS"
ENV_PREFIX = "COACHDESK_PRESET_"
REGISTRY_KEY = r"Software\CoachDesk\Presets"
POLICY_KEY = r"Software\Policies\CoachDesk"

LANGUAGE = "language"
BACKUP_FOLDER = "backup_folder"
ENCRYPTION_REQUIRED = "encryption_required"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEMO_OFFER = "demo_offer"
FIXED = "fixed"

_TRUE = {"1", "yes", "true", "on", "ja", "aan"}
_FALSE = {"0", "no", "false", "off", "nee", "uit"}


def _language(text: str) -> str:
    value = text.strip().lower()
    if value not in ("nl", "en"):
        raise ValueError("language")
    return value


_PERCENT = re.compile(r"%([A-Za-z_][A-Za-z0-9_]*)%")


def _from_environment(match: re.Match[str]) -> str:
    return os.environ.get(match.group(1), match.group(0))


def _folder(text: str) -> str:
    # %USERNAME% (also on macOS and Linux) and $HOME: one file for every coach
    value = os.path.expandvars(_PERCENT.sub(_from_environment, text.strip()))
    if not value:
        raise ValueError("folder")
    return str(Path(value).expanduser())


def _yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError("yes/no")


def _minutes(text: str) -> int:
    value = int(text.strip())
    if not 1 <= value <= 24 * 60:
        raise ValueError("minutes")
    return value


@dataclass(frozen=True)
class Preset:
    key: str
    parse: Callable[[str], object]
    description: str  # for IT (README, the MSI property list); the window has its own words


PRESETS: tuple[Preset, ...] = (
    Preset(LANGUAGE, _language, "language of the window and the exports: nl or en"),
    Preset(BACKUP_FOLDER, _folder, "folder for the automatic backups (%VARIABLES% expanded)"),
    Preset(ENCRYPTION_REQUIRED, _yes_no, "a store must be encrypted: yes or no"),
    Preset(IDLE_LOCK_MINUTES, _minutes, "lock the window after this many idle minutes (1-1440)"),
    Preset(DEMO_OFFER, _yes_no, "offer demo data on an empty practice: yes or no"),
)
_BY_KEY = {preset.key: preset for preset in PRESETS}


@dataclass(frozen=True)
class Presets:
    values: Mapping[str, object] = field(default_factory=dict)
    fixed: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()  # where they came from (for the log and the About box)

    def get(self, key: str, default: object = None) -> object:
        return self.values.get(key, default)

    def is_fixed(self, key: str) -> bool:
        return key in self.fixed and key in self.values

    def choose(self, key: str, own: object, default: object = None) -> object:
        """The value in force: a fixed preset, else the coach's own (when not empty),
        else the preset, else ``default``."""
        if self.is_fixed(key):
            return self.values[key]
        if own not in (None, ""):
            return own
        return self.values.get(key, default)

    def fixed_keys(self) -> list[str]:
        """The fixed presets in registry order (what the window lists)."""
        return [p.key for p in PRESETS if self.is_fixed(p.key)]


class _Collector:
    def __init__(self) -> None:
        self.values: dict[str, object] = {}
        self.fixed: set[str] = set()
        self.sources: list[str] = []

    def add(self, raw: Mapping[str, str], source: str, all_fixed: bool = False) -> None:
        used = False
        for name, text in raw.items():
            key = name.strip().lower()
            if key == FIXED:
                self.fixed |= {k.strip().lower() for k in text.replace(";", ",").split(",")}
                self.fixed.discard("")
                used = True
                continue
            preset = _BY_KEY.get(key)
            if preset is None:
                log.warning("unknown preset %r in %s: ignored", key, source)
                continue
            try:
                self.values[key] = preset.parse(text)
            except ValueError:
                log.warning("preset %r in %s does not fit: ignored", key, source)
                continue
            used = True
            if all_fixed:
                self.fixed.add(key)
        if used:
            self.sources.append(source)

    def result(self) -> Presets:
        unknown = self.fixed - set(_BY_KEY)
        if unknown:
            log.warning("unknown keys in the fixed list: %s", ", ".join(sorted(unknown)))
        return Presets(dict(self.values), frozenset(self.fixed & set(_BY_KEY)), tuple(self.sources))


def read_file(path: Path) -> dict[str, str]:
    """The [CoachDesk] section of a presets file; {} when missing or unreadable."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8-sig") as fh:  # Notepad writes a BOM
            parser.read_file(fh)
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        log.warning("presets file %s could not be read: %s", path, type(exc).__name__)
        return {}
    if not parser.has_section(SECTION):
        return {}
    return dict(parser.items(SECTION))


def preset_files(environ: Mapping[str, str] | None = None) -> list[Path]:
    """The preset files to read, lowest precedence first."""
    env = os.environ if environ is None else environ
    chosen = env.get(ENV_FILE)
    if chosen is not None:
        return [Path(chosen).expanduser()] if chosen.strip() else []
    found = []
    if getattr(sys, "frozen", False):
        found.append(Path(sys.executable).resolve().parent / FILENAME)
    site = platformdirs.site_config_dir(APP_NAME, appauthor=False, multipath=False)
    found.append(Path(site) / FILENAME)
    return found


def _windows_registry(environ: Mapping[str, str]) -> Iterable[tuple[dict[str, str], str, bool]]:
    if sys.platform != "win32" or environ.get(ENV_FILE) is not None:
        return []
    import winreg

    found = []
    for hive, hive_name, key, all_fixed in (
        (winreg.HKEY_CURRENT_USER, "HKCU", REGISTRY_KEY, False),
        (winreg.HKEY_LOCAL_MACHINE, "HKLM", REGISTRY_KEY, False),
        (winreg.HKEY_LOCAL_MACHINE, "HKLM", POLICY_KEY, True),
    ):
        try:
            with winreg.OpenKey(hive, key) as handle:
                values: dict[str, str] = {}
                index = 0
                while True:
                    try:
                        name, value, _kind = winreg.EnumValue(handle, index)
                    except OSError:
                        break
                    index += 1
                    if str(value).strip():  # an MSI property left empty writes ""
                        values[name] = str(value)
        except OSError:
            continue
        found.append((values, f"{hive_name}\\{key}", all_fixed))
    return found


def load(environ: Mapping[str, str] | None = None) -> Presets:
    """Read every source (see the module text); never raises."""
    env = os.environ if environ is None else environ
    collect = _Collector()
    for path in preset_files(env):
        collect.add(read_file(path), str(path))
    registry = list(_windows_registry(env))
    for values, source, all_fixed in registry:
        if not all_fixed:
            collect.add(values, source, all_fixed)
    from_env = {
        name[len(ENV_PREFIX) :].lower(): value
        for name, value in env.items()
        if name.startswith(ENV_PREFIX) and value.strip()
    }
    collect.add(from_env, "environment")
    for values, source, all_fixed in registry:  # Group Policy last: no user variable beats it
        if all_fixed:
            collect.add(values, source, all_fixed)
    presets = collect.result()
    if presets.sources:
        log.info("presets from %s; fixed: %s", ", ".join(presets.sources), sorted(presets.fixed))
    return presets


_cached: tuple[tuple[tuple[str, str], ...], Presets] | None = None


def current() -> Presets:
    """The presets in force, read once per environment."""
    global _cached
    marker = tuple(
        sorted((k, v) for k, v in os.environ.items() if k.startswith("COACHDESK_PRESET"))
    )
    if _cached is None or _cached[0] != marker:
        _cached = (marker, load())
    return _cached[1]
