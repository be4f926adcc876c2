"""Build CoachDesk-X.Y.Z.msi from the PyInstaller folder with coachdesk.wxs.

On Windows with the WiX Toolset 3 (candle, light on PATH): the real installer.
Elsewhere with wixl (Debian: msitools/wixl): the same source compiled as a check
(CI: tests/test_packaging_installers.py), or from a Windows PyInstaller folder
copied here. wixl 0.101 writes HKMU registry rows as root 4; Windows Installer
knows HKMU as -1, so the rows are corrected with msibuild afterwards.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WXS = HERE / "coachdesk.wxs"
sys.path.insert(0, str(HERE))
from wix_files import fragment  # noqa: E402


def msi_name(version: str) -> str:
    return f"CoachDesk-{version}.msi"


def _defines(payload: Path, version: str, icon: Path) -> list[str]:
    values = {"Version": version, "SourceDir": str(payload), "Win64": "yes", "IconFile": str(icon)}
    return [f"-d{k}={v}" for k, v in values.items()]


def build_with_wix(payload: Path, out: Path, version: str, icon: Path, work: Path) -> Path:
    """candle + light (WiX 3) on Windows."""
    work.mkdir(parents=True, exist_ok=True)
    files = work / "files.wxs"
    files.write_text(fragment(payload), encoding="utf-8")
    defines = _defines(payload, version, icon)
    subprocess.run(
        ["candle", "-nologo", "-arch", "x64", *defines, "-out", f"{work}\\", str(WXS), str(files)],
        check=True,
    )
    subprocess.run(
        [
            "light",
            "-nologo",
            "-o",
            str(out),
            str(work / "coachdesk.wixobj"),
            str(work / "files.wixobj"),
        ],
        check=True,
    )
    return out


def build_with_wixl(payload: Path, out: Path, version: str, icon: Path, work: Path) -> Path:
    """wixl (msitools), then the HKMU rows corrected with msibuild."""
    work.mkdir(parents=True, exist_ok=True)
    files = work / "files.wxs"
    files.write_text(fragment(payload), encoding="utf-8")
    # wixl takes "-D NAME=VALUE" and finds sources relative to the current folder only
    relative = {"payload": os.path.relpath(payload, work), "icon": os.path.relpath(icon, work)}
    defines = []
    for arg in _defines(Path(relative["payload"]), version, Path(relative["icon"])):
        defines += ["-D", arg[2:]]
    subprocess.run(
        [
            "wixl",
            "-a",
            "x64",
            "-D",
            "Wixl=yes",
            *defines,
            "-o",
            str(out.absolute()),
            str(WXS),
            str(files.absolute()),
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=work,
    )
    subprocess.run(
        ["msibuild", str(out), "-q", "UPDATE `Registry` SET `Root` = -1 WHERE `Root` = 4"],
        check=True,
    )
    _presets_as_in_wix(out)
    return out


PERMANENT = 16  # msidbComponentAttributesPermanent


def _presets_as_in_wix(out: Path) -> None:
    """What wixl cannot write: each preset component permanent and installed only when
    its property is given (coachdesk.wxs, the WiX branch)."""
    properties = dict(
        re.findall(
            r'<Component Id="(Preset\w+)".*?<Condition>(\w+)</Condition>',
            WXS.read_text(encoding="utf-8"),
            re.S,
        )
    )
    for row in tables(out, "Component")["Component"]:
        name, attributes = row[0], int(row[3])
        if name in properties:
            query = (
                f"UPDATE `Component` SET `Attributes` = {attributes | PERMANENT},"
                f" `Condition` = '{properties[name]}' WHERE `Component` = '{name}'"
            )
            subprocess.run(["msibuild", str(out), "-q", query], check=True)


def build(payload: Path, out_dir: Path, version: str, icon: Path, work: Path) -> Path:
    out = out_dir / msi_name(version)
    if shutil.which("candle") and shutil.which("light"):
        return build_with_wix(payload, out, version, icon, work)
    if shutil.which("wixl"):
        return build_with_wixl(payload, out, version, icon, work)
    raise SystemExit("No MSI compiler: install the WiX Toolset 3 (Windows) or wixl (msitools)")


def tables(msi: Path, *names: str) -> dict[str, list[list[str]]]:
    """Rows of MSI tables (msiinfo export), for the checks."""
    found = {}
    for name in names:
        text = subprocess.run(
            ["msiinfo", "export", str(msi), name], check=True, capture_output=True, text=True
        ).stdout
        found[name] = [line.split("\t") for line in text.splitlines()[3:] if line]
    return found
