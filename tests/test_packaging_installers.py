"""The installer sources stay valid: the WiX source compiles (wixl), the Linux desktop
entry and AppStream metainfo validate, the bundle carries every resource.

The tools come from .ci/run (apt-get: wixl, msitools, desktop-file-utils,
appstream); a test whose tool is missing here is skipped, never silently passed.
"""

from __future__ import annotations

import importlib.util
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coachdesk import __version__
from tests.conftest import REPO

PACKAGING = REPO / "packaging"
APP_ID = "nl.coachdesk.CoachDesk"


def load(path: Path):
    """A packaging script as a module (packaging/ is no package: the name is taken)."""
    spec = importlib.util.spec_from_file_location(path.stem + "_under_test", path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def need(tool: str) -> str:
    found = shutil.which(tool)
    if not found:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    return found


# --- the bundle --------------------------------------------------------------------


def test_the_bundle_carries_every_resource_the_app_reads():
    layout = load(PACKAGING / "bundle_layout.py")
    bundled = {Path(src) for src, _dest in layout.resource_datas(REPO)}
    needed = {
        p for p in (REPO / "resources").rglob("*") if p.is_file() and "screenshots" not in p.parts
    }
    assert needed - bundled == set()
    for src, dest in layout.resource_datas(REPO):
        assert Path(src).relative_to(REPO).parent == Path(dest)  # same place as in the tree


def test_the_bundle_leaves_out_qml_and_foreign_qt_translations_only():
    layout = load(PACKAGING / "bundle_layout.py")
    assert not layout.keep_binary("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not layout.keep_binary(
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"
    )
    # the GTK3 platform theme and what it alone pulls in (cairo, pango, ...)
    assert not layout.keep_binary("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not layout.keep_binary("libcairo.so.2") and not layout.keep_binary("libpango-1.0.so.0")
    assert layout.keep_binary("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so")
    for used in (
        "libQt6Pdf.so.6",
        "libQt6Svg.so.6",
        "libqxcb.so",
        "libQt6Widgets.so.6",
        "qwindows.dll",
    ):
        assert layout.keep_binary(f"PySide6/Qt/lib/{used}")
    assert layout.keep_data("PySide6/Qt/translations/qtbase_nl.qm")
    assert not layout.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert layout.keep_data("resources/translations/coachdesk_en.qm")
    for module in (
        "PySide6.QtQml",
        "PySide6.QtWebEngineCore",
        "PySide6.QtMultimedia",
        "PySide6.QtCharts",
    ):
        assert module in layout.EXCLUDED_MODULES
    for used in ("PySide6.QtPdf", "PySide6.QtSvg", "PySide6.QtPdfWidgets", "PySide6.QtSvgWidgets"):
        assert used not in layout.EXCLUDED_MODULES


def test_the_spec_ships_every_migration_and_the_alembic_environment():
    spec = (PACKAGING / "coachdesk.spec").read_text(encoding="utf-8")
    assert '"env.py"' in spec and '"script.py.mako"' in spec
    assert 'glob("*.py")' in spec and "coachdesk/store/migrations/versions" in spec
    assert "from coachdesk import __version__" in spec  # one source of truth


# --- Windows -----------------------------------------------------------------------


def build_stub_msi(tmp_path: Path) -> Path:
    """The real .wxs over a placeholder payload shaped like the PyInstaller folder."""
    need("wixl")
    need("msibuild")
    msi = load(PACKAGING / "windows" / "msi.py")
    payload = tmp_path / "payload"
    (payload / "_internal" / "resources" / "translations").mkdir(parents=True)
    (payload / "coachdesk.exe").write_bytes(b"MZ placeholder")
    (payload / "_internal" / "python311.dll").write_bytes(b"placeholder")
    (payload / "_internal" / "resources" / "translations" / "coachdesk_nl.qm").write_bytes(b"qm")
    icon = tmp_path / "coachdesk.ico"
    from PIL import Image

    Image.new("RGBA", (32, 32), (35, 90, 100, 255)).save(icon)
    return msi.build_with_wixl(
        payload, tmp_path / msi.msi_name(__version__), __version__, icon, tmp_path / "work"
    )


def test_the_wix_source_compiles_into_an_msi_with_upgrades_shortcut_and_presets(tmp_path):
    need("msiinfo")
    built = build_stub_msi(tmp_path)
    assert built.name == f"CoachDesk-{__version__}.msi"
    msi = load(PACKAGING / "windows" / "msi.py")
    rows = msi.tables(
        built, "Property", "Upgrade", "Registry", "Component", "Shortcut", "File", "Directory"
    )
    properties = {row[0]: row[1] for row in rows["Property"]}
    assert properties["ProductVersion"] == __version__
    assert properties["UpgradeCode"] == "{5779DA24-7AAE-4E1E-BA21-56BF7023B1CC}"  # never changes
    assert properties["ALLUSERS"] == "2" and properties["MSIINSTALLPERUSER"] == "1"
    upgrade_actions = {row[-1] for row in rows["Upgrade"]}
    assert {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"} <= upgrade_actions
    presets = {
        row[3]: row[4] for row in rows["Registry"] if row[2] == r"Software\CoachDesk\Presets"
    }
    assert presets == {
        "language": "[LANGUAGE]",
        "backup_folder": "[BACKUPFOLDER]",
        "encryption_required": "[ENCRYPTIONREQUIRED]",
        "idle_lock_minutes": "[IDLELOCKMINUTES]",
        "demo_offer": "[DEMOOFFER]",
        "fixed": "[FIXEDSETTINGS]",
    }
    assert {row[1] for row in rows["Registry"]} == {"-1"}  # HKMU: HKLM per machine, else HKCU
    # each preset its own permanent component, installed only when IT gives the property:
    # a later MSI without it keeps the value (msidbComponentAttributesPermanent = 16)
    components = {row[0]: row for row in rows["Component"]}
    conditions = {}
    for row in rows["Registry"]:
        if row[2] == r"Software\CoachDesk\Presets":
            component = components[row[5]]
            assert int(component[3]) & 16, row[3]
            conditions[row[3]] = component[4]
    assert conditions == {
        "language": "LANGUAGE",
        "backup_folder": "BACKUPFOLDER",
        "encryption_required": "ENCRYPTIONREQUIRED",
        "idle_lock_minutes": "IDLELOCKMINUTES",
        "demo_offer": "DEMOOFFER",
        "fixed": "FIXEDSETTINGS",
    }
    (shortcut,) = rows["Shortcut"]
    assert shortcut[1] == "ProgramMenuFolder" and shortcut[4] == "[INSTALLDIR]coachdesk.exe"
    assert {row[2].split("|")[-1] for row in rows["File"]} == {
        "coachdesk.exe",
        "python311.dll",
        "coachdesk_nl.qm",
    }
    assert ["INSTALLDIR", "ProgramFiles64Folder", "CoachDesk"] in rows["Directory"]


def test_the_msi_properties_are_the_presets_the_app_reads():
    from coachdesk import deployment

    wxs = (PACKAGING / "windows" / "coachdesk.wxs").read_text(encoding="utf-8")
    names = set(re.findall(r'Key="Software\\CoachDesk\\Presets" Name="(\w+)"', wxs))
    assert names == {p.key for p in deployment.PRESETS} | {"fixed"}
    assert deployment.REGISTRY_KEY == r"Software\CoachDesk\Presets"
    # the WiX branch (the real installer on Windows; wixl compiles the other): a
    # per-user install asks no elevation, and every preset component is permanent
    ET.fromstring(wxs.encode("utf-8"))  # well-formed, both branches
    wix = wxs.split("<?else?>")[1].split("<?endif?>")[0]
    assert 'InstallPrivileges="limited"' in wix
    presets = re.findall(r'<Component Id="Preset\w+"[^>]*>', wxs.split("<?else?>")[-1])
    assert len(presets) == len(names) and all('Permanent="yes"' in c for c in presets)


def test_the_file_list_ids_are_stable_and_cover_every_file(tmp_path):
    wix_files = load(PACKAGING / "windows" / "wix_files.py")
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("coachdesk.exe", "a/x.dll", "a/b/y & z.qm"):
        (tmp_path / name).write_bytes(b"1")
    first = wix_files.fragment(tmp_path)
    assert first == wix_files.fragment(tmp_path)
    root = ET.fromstring(first.encode("utf-8"))
    ns = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
    sources = {f.get("Source") for f in root.iterfind(".//w:File", ns)}
    assert sources == {
        "$(var.SourceDir)/coachdesk.exe",
        "$(var.SourceDir)/a/x.dll",
        "$(var.SourceDir)/a/b/y & z.qm",
    }
    refs = {r.get("Id") for r in root.iterfind(".//w:ComponentRef", ns)}
    assert refs == {c.get("Id") for c in root.iterfind(".//w:Component", ns)}


# --- Linux and macOS ---------------------------------------------------------------


def test_the_desktop_entry_validates():
    tool = need("desktop-file-validate")
    desktop = PACKAGING / "linux" / f"{APP_ID}.desktop"
    done = subprocess.run([tool, str(desktop)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_appstream_metainfo_validates_and_carries_the_version():
    metainfo = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("releases/release").get("version") == __version__
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    tool = need("appstreamcli")
    done = subprocess.run(
        [tool, "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_window_tells_the_desktop_its_entry():
    app = (REPO / "coachdesk" / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app


def test_the_linux_tarball_holds_the_program_menu_entry_and_installer(tmp_path):
    import tarfile

    package = load(PACKAGING / "linux" / "package.py")
    bundle = tmp_path / "coachdesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "coachdesk").write_text("#!/bin/sh\n")
    icon = tmp_path / "icon.png"
    icon.write_bytes(b"png")
    out = package.tarball(bundle, tmp_path, __version__, icon, tmp_path / "work")
    with tarfile.open(out) as tar:
        names = set(tar.getnames())
    top = f"CoachDesk-{__version__}"
    assert {
        f"{top}/coachdesk/coachdesk",
        f"{top}/install.sh",
        f"{top}/share/applications/{APP_ID}.desktop",
        f"{top}/share/metainfo/{APP_ID}.metainfo.xml",
    } <= names


def test_the_mac_bundle_declares_id_version_and_icon():
    spec = (PACKAGING / "coachdesk.spec").read_text(encoding="utf-8")
    assert f'bundle_identifier="{APP_ID}"' in spec
    assert '"CFBundleShortVersionString": __version__' in spec
    plist = {"CFBundleShortVersionString": __version__, "NSHighResolutionCapable": True}
    assert plistlib.loads(plistlib.dumps(plist)) == plist  # plain values Info.plist can hold
    script = PACKAGING / "macos" / "make_dmg.sh"
    assert subprocess.run(["sh", "-n", str(script)]).returncode == 0
    text = script.read_text(encoding="utf-8")
    assert "hdiutil create" in text and "notarytool" in text and "CODESIGN_IDENTITY" in text
