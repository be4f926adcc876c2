"""Build what this operating system can build, and say where it is and how big.

    python -m pip install -e ".[packaging]"
    python packaging/build.py              # bundle + this OS's installer(s)
    python packaging/build.py --bundle     # only the one-folder bundle
    python packaging/build.py --smoke      # then smoke-test the built program

Linux:   dist/coachdesk/ (one folder), CoachDesk-X.Y.Z-linux-x86_64.tar.gz,
         coachdesk_X.Y.Z_amd64.deb (dpkg-deb), an AppImage when appimagetool is there
Windows: dist/coachdesk/ and CoachDesk-X.Y.Z.msi (WiX 3: candle, light)
macOS:   dist/CoachDesk.app and CoachDesk-X.Y.Z.dmg (packaging/macos/make_dmg.sh)

The version is coachdesk.__version__, the one source of truth.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bundle_layout import icon_folder  # noqa: E402

from coachdesk import __version__  # noqa: E402


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def windows_version_file(version: str) -> None:
    """File properties of coachdesk.exe (PyInstaller's version resource)."""
    numbers = ", ".join((version.split(".") + ["0"] * 4)[:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'CoachDesk'),
    StringStruct('FileDescription', 'CoachDesk'),
    StringStruct('FileVersion', '{version}'),
    StringStruct('ProductName', 'CoachDesk'),
    StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
"""
    path = ROOT / "build" / "windows-version.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def bundle() -> Path:
    import icons

    icons.render(ROOT / "resources" / "icons" / "app.svg", icon_folder(ROOT))
    if sys.platform == "win32":
        windows_version_file(__version__)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(HERE / "coachdesk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    took = time.perf_counter() - started
    folder = ROOT / "dist" / "coachdesk"
    print(f"Bundle: {folder} ({megabytes(folder_size(folder))}, built in {took:.0f} s)")
    return folder


def installers(folder: Path) -> list[Path]:
    work = ROOT / "build" / "installers"
    dist = ROOT / "dist"
    made: list[Path | None] = []
    if sys.platform == "win32":
        sys.path.insert(0, str(HERE / "windows"))
        import msi

        made.append(msi.build(folder, dist, __version__, icon_folder(ROOT) / "coachdesk.ico", work))
    elif sys.platform == "darwin":
        app = dist / "CoachDesk.app"
        subprocess.run(
            ["sh", str(HERE / "macos" / "make_dmg.sh"), str(app), __version__, str(dist)],
            check=True,
        )
        made.append(dist / f"CoachDesk-{__version__}.dmg")
    else:
        sys.path.insert(0, str(HERE / "linux"))
        import package

        icon = icon_folder(ROOT) / "coachdesk.png"
        made.append(package.tarball(folder, dist, __version__, icon, work))
        made.append(package.deb(folder, dist, __version__, icon, work))
        appimage = package.appimage(folder, dist, __version__, icon, work)
        if appimage is None:
            print("AppImage: skipped (appimagetool is not on PATH)")
        made.append(appimage)
    return [path for path in made if path is not None]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", action="store_true", help="only the one-folder bundle")
    parser.add_argument("--smoke", action="store_true", help="smoke-test the built program")
    parser.add_argument(
        "--max-mb", type=float, help="fail when the bundle is larger (issue 17: under 200 MB)"
    )
    args = parser.parse_args(argv)
    folder = bundle()
    if args.max_mb is not None and folder_size(folder) > args.max_mb * 1_000_000:
        print(f"The bundle is over its budget of {args.max_mb:.0f} MB", file=sys.stderr)
        return 1
    if not args.bundle:
        for path in installers(folder):
            print(f"Installer: {path} ({megabytes(path.stat().st_size)})")
    if args.smoke:
        program = folder / ("coachdesk.exe" if sys.platform == "win32" else "coachdesk")
        return subprocess.run(
            [sys.executable, str(HERE / "smoke_test.py"), str(program)]
        ).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
