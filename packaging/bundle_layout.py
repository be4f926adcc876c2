"""What goes into the frozen bundle, shared by coachdesk.spec, build.py and the tests.

Kept free of PyInstaller imports so the tests can check it without PyInstaller.
"""

from __future__ import annotations

import sys
from pathlib import Path

# resources/ subfolders that are README pictures, not something the app reads
NOT_BUNDLED = {"screenshots"}

# Qt and Python modules CoachDesk never imports. PyInstaller only follows imports,
# but PySide6's hooks and a few packages reach for these; excluding them keeps the
# folder small (QML/Quick, WebEngine, 3D, Multimedia, Charts alone are > 400 MB).
EXCLUDED_MODULES = [
    *(
        f"PySide6.{name}"
        for name in (
            "Qt3DAnimation",
            "Qt3DCore",
            "Qt3DExtras",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DRender",
            "QtBluetooth",
            "QtCharts",
            "QtConcurrent",
            "QtDataVisualization",
            "QtDBus",
            "QtDesigner",
            "QtGraphs",
            "QtHelp",
            "QtHttpServer",
            "QtLocation",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtNetworkAuth",
            "QtNfc",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtPositioning",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickWidgets",
            "QtRemoteObjects",
            "QtScxml",
            "QtSensors",
            "QtSerialBus",
            "QtSerialPort",
            "QtSpatialAudio",
            "QtSql",
            "QtStateMachine",
            "QtTest",
            "QtTextToSpeech",
            "QtUiTools",
            "QtWebChannel",
            "QtWebEngineCore",
            "QtWebEngineQuick",
            "QtWebEngineWidgets",
            "QtWebSockets",
            "QtWebView",
            "QtXml",
        )
    ),
    "tkinter",
    "IPython",
    "matplotlib",
    "numpy",
    "pytest",
    "hypothesis",
    "mypy",
    "pypdf",
    "pikepdf",
    "pluggy",
    "rich",  # pretty tracebacks some packages offer when it is there
    "pygments",
    "uharfbuzz",  # reportlab's optional shaping; CoachDesk shapes with python-bidi/arabic-reshaper
    # Pillow codecs reportlab never needs for CoachDesk's PDFs (no pictures are embedded).
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    # East Asian legacy codecs: CoachDesk reads and writes UTF-8 only.
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_tw",
    "_codecs_iso2022",
]


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every resource file the app reads."""
    found = []
    resources = root / "resources"
    for path in sorted(resources.rglob("*")):
        relative = path.relative_to(resources)
        if not path.is_file() or relative.parts[0] in NOT_BUNDLED:
            continue
        found.append((str(path), str(Path("resources") / relative.parent)))
    return found


def icon_folder(root: Path) -> Path:
    return root / "build" / "icons"


def bundle_icon(root: Path, platform: str = sys.platform) -> str | None:
    """The program icon build.py rendered from resources/icons/app.svg, if it did."""
    suffix = {"win32": ".ico", "darwin": ".icns"}.get(platform, ".png")
    for candidate in (suffix, ".png"):
        path = icon_folder(root) / f"coachdesk{candidate}"
        if path.is_file() and (candidate == suffix or platform != "darwin"):
            return str(path)
    return None


def windows_version_file(root: Path, platform: str = sys.platform) -> str | None:
    path = root / "build" / "windows-version.txt"
    return str(path) if platform == "win32" and path.is_file() else None


# Shared libraries and plugins left out of the bundle (matched on the file name).
_UNUSED_BINARIES = (
    "qtvirtualkeyboard",  # platforminputcontexts plugin -> QML, Quick
    "Qt6VirtualKeyboard",
    "Qt6Quick",
    "Qt6Qml",
    "libavif",  # Pillow's AVIF codec (its module is excluded above)
    # The GTK3 platform theme: the bundle has no GTK of its own (so the plugin could only
    # load against the system's, mixed with these copies) and Qt's own dialogs serve.
    # Everything below is pulled in by that plugin alone (checked with readelf).
    "libqgtk3",
    "libcairo",
    "libpango",
    "libpixman",
    "libgdk_pixbuf",
    "libatk-1.0",
    "libfribidi",
    "libthai",
    "libdatrie",
    "libgraphite2",
    "libharfbuzz",
    "libwebp",  # Pillow's WebP and colour-management codecs (modules excluded above)
    "libsharpyuv",
    "liblcms2",
)
_QT_TRANSLATIONS = ("qt_nl.qm", "qtbase_nl.qm")  # Qt's own Dutch (ui/app.py loads qtbase_nl)


def keep_binary(name: str) -> bool:
    """False for a library or plugin CoachDesk never loads."""
    base = Path(name).name
    return not any(unused in base for unused in _UNUSED_BINARIES)


def keep_data(name: str) -> bool:
    """False for Qt's translations of other languages than Dutch."""
    parts = Path(name).parts
    if "translations" in parts and parts[-1].endswith(".qm") and "PySide6" in parts:
        return parts[-1] in _QT_TRANSLATIONS
    return True
