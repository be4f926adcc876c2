"""Linux packages from the PyInstaller folder: a tarball, a .deb, an AppImage.

tarball  CoachDesk-X.Y.Z-linux-x86_64.tar.gz: coachdesk/ + the .desktop file,
         AppStream metainfo and icon, and install.sh for /opt + menu entry
deb      coachdesk_X.Y.Z_amd64.deb (dpkg-deb): /opt/coachdesk, /usr/bin/coachdesk,
         the menu entry, the metainfo and the icon
appimage CoachDesk-X.Y.Z-x86_64.AppImage, when appimagetool is on PATH
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
APP_ID = "nl.coachdesk.CoachDesk"
DESKTOP = HERE / f"{APP_ID}.desktop"
METAINFO = HERE / f"{APP_ID}.metainfo.xml"

INSTALL_SH = """#!/bin/sh
# Install CoachDesk for every user of this machine (run as root): /opt/coachdesk,
# /usr/local/bin/coachdesk and the menu entry. The coaches' data stays in their
# own ~/.local/share/CoachDesk; removing /opt/coachdesk never touches it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
rm -rf /opt/coachdesk
cp -a "$here/coachdesk" /opt/coachdesk
ln -sf /opt/coachdesk/coachdesk /usr/local/bin/coachdesk
install -Dm644 "$here/share/applications/{app}.desktop" /usr/local/share/applications/{app}.desktop
install -Dm644 "$here/share/metainfo/{app}.metainfo.xml" /usr/local/share/metainfo/{app}.metainfo.xml
install -Dm644 "$here/share/icons/hicolor/256x256/apps/{app}.png" \\
  /usr/local/share/icons/hicolor/256x256/apps/{app}.png
echo "CoachDesk installed in /opt/coachdesk"
""".replace("{app}", APP_ID)


def _share(root: Path, icon: Path) -> None:
    (root / "share/applications").mkdir(parents=True, exist_ok=True)
    (root / "share/metainfo").mkdir(parents=True, exist_ok=True)
    (root / "share/icons/hicolor/256x256/apps").mkdir(parents=True, exist_ok=True)
    shutil.copy2(DESKTOP, root / "share/applications")
    shutil.copy2(METAINFO, root / "share/metainfo")
    shutil.copy2(icon, root / f"share/icons/hicolor/256x256/apps/{APP_ID}.png")


def tarball(bundle: Path, out_dir: Path, version: str, icon: Path, work: Path) -> Path:
    stage = work / f"CoachDesk-{version}"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(bundle, stage / "coachdesk", symlinks=True)
    _share(stage, icon)
    (stage / "install.sh").write_text(INSTALL_SH, encoding="utf-8")
    (stage / "install.sh").chmod(0o755)
    out = out_dir / f"CoachDesk-{version}-linux-x86_64.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(stage, arcname=stage.name)
    return out


def deb(bundle: Path, out_dir: Path, version: str, icon: Path, work: Path) -> Path | None:
    if not shutil.which("dpkg-deb"):
        return None
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt/coachdesk", symlinks=True)
    _share(root / "usr", icon)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin/coachdesk").symlink_to("/opt/coachdesk/coachdesk")
    (root / "DEBIAN").mkdir()
    size_kb = (
        sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    )
    (root / "DEBIAN/control").write_text(
        "Package: coachdesk\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: CoachDesk <support@coachdesk.invalid>\n"
        f"Installed-Size: {size_kb}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Depends: libc6 (>= 2.31), libegl1, libfontconfig1, libxkbcommon0, libdbus-1-3\n"
        "Description: the desktop workplace for professional coaches\n"
        " Coachees, trajectories, sessions and notes on the coach's own computer.\n"
        " Never needs network access. The coach's data stays on removal.\n",
        encoding="utf-8",
    )
    out = out_dir / f"coachdesk_{version}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "-Zgzip", "--root-owner-group", "--build", str(root), str(out)],
        check=True,
        capture_output=True,
    )
    return out


def appimage(bundle: Path, out_dir: Path, version: str, icon: Path, work: Path) -> Path | None:
    tool = shutil.which("appimagetool")
    if not tool:
        return None
    appdir = work / "CoachDesk.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(bundle, appdir / "usr/lib/coachdesk", symlinks=True)
    _share(appdir / "usr", icon)
    shutil.copy2(DESKTOP, appdir / f"{APP_ID}.desktop")
    shutil.copy2(icon, appdir / f"{APP_ID}.png")
    run = appdir / "AppRun"
    run.write_text('#!/bin/sh\nexec "$(dirname "$0")/usr/lib/coachdesk/coachdesk" "$@"\n')
    run.chmod(0o755)
    out = out_dir / f"CoachDesk-{version}-x86_64.AppImage"
    subprocess.run([tool, str(appdir), str(out)], check=True, env={**os.environ, "ARCH": "x86_64"})
    return out
