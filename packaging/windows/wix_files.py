"""Write the WiX fragment that lists every file of the PyInstaller folder.

    python packaging/windows/wix_files.py dist/coachdesk build/files.wxs

One component per file (Guid="*": WiX and wixl derive a stable GUID from the
path), under INSTALLDIR, in the component group ProgramFiles that
coachdesk.wxs installs. Ids are hashes of the relative path, so the same file
keeps the same id from one version to the next (clean major upgrades).
Sources are written as $(var.SourceDir)/relative/path.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from xml.sax.saxutils import quoteattr

NS = "http://schemas.microsoft.com/wix/2006/wi"


def _id(prefix: str, relative: str) -> str:
    return prefix + hashlib.md5(relative.encode("utf-8")).hexdigest().upper()  # noqa: S324


def fragment(folder: Path) -> str:
    """The fragment's XML for every file below ``folder``."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    if not files:
        raise SystemExit(f"{folder}: no files (build the PyInstaller folder first)")
    components: list[str] = []
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<Wix xmlns="{NS}">', "  <Fragment>"]

    def walk(directory: Path, depth: int) -> None:
        indent = "  " * depth
        for path in sorted(directory.iterdir()):
            relative = path.relative_to(folder).as_posix()
            if path.is_dir():
                lines.append(
                    f"{indent}<Directory Id={quoteattr(_id('dir', relative))}"
                    f" Name={quoteattr(path.name)}>"
                )
                walk(path, depth + 1)
                lines.append(f"{indent}</Directory>")
            elif path.is_file():
                component = _id("cmp", relative)
                components.append(component)
                lines.append(f'{indent}<Component Id="{component}" Guid="*" Win64="$(var.Win64)">')
                lines.append(
                    f'{indent}  <File Id="{_id("fil", relative)}" KeyPath="yes"'
                    f" Source={quoteattr('$(var.SourceDir)/' + relative)}/>"
                )
                lines.append(f"{indent}</Component>")

    lines.append('    <DirectoryRef Id="INSTALLDIR">')
    walk(folder, 3)
    lines += ["    </DirectoryRef>", "  </Fragment>", "  <Fragment>"]
    lines.append('    <ComponentGroup Id="ProgramFiles">')
    lines += [f'      <ComponentRef Id="{c}"/>' for c in components]
    lines += ["    </ComponentGroup>", "  </Fragment>", "</Wix>", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    folder, out = Path(argv[0]), Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(fragment(folder), encoding="utf-8")
    print(f"{out}: {fragment(folder).count('<File ')} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
