"""Starting the window: display check, QApplication, language, the store, the main window.

Kept light on purpose: heavy modules are imported only once we know a window
can open, and the store is opened before the window is built so an error is a
clear message box instead of a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from coachdesk import paths
from coachdesk.core.i18n import tr as message

EXIT_OK, EXIT_ERROR = 0, 2


def has_display() -> bool:
    """False on Linux/BSD without X11 or Wayland (unless Qt was told a platform)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def install_translations(app: object, language: str) -> list[object]:
    """Install Qt's own and CoachDesk's translators for ``language``; keep them alive."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    installed = []
    if language == "en":
        return installed
    candidates = [
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"coachdesk_{language}", str(paths.resource("translations"))),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)  # type: ignore[arg-type]
        if translator.load(name, folder):
            app.installTranslator(translator)  # type: ignore[attr-defined]
            installed.append(translator)
    return installed


def create_application(argv: list[str] | None = None):  # noqa: ANN201 - QApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("CoachDesk")
    app.setOrganizationName("CoachDesk")
    app.setApplicationDisplayName("CoachDesk")
    app.setDesktopFileName("coachdesk")
    return app


def start_window(folder: Path, settings):  # noqa: ANN001, ANN201 - MainWindow or None
    """Open the store and build the window; a store error is shown, None returned."""
    from PySide6.QtWidgets import QMessageBox

    from coachdesk.core.errors import CoachDeskError
    from coachdesk.core.practice import Practice
    from coachdesk.ui import lang

    try:
        practice = Practice.open(str(folder))
    except CoachDeskError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            message("ui.open_failed_title", lang.current()),
            exc.message(lang.current()),
        )
        box.setInformativeText(message("ui.open_failed_hint", lang.current(), path=str(folder)))
        box.setObjectName("openFailed")
        box.exec()
        return None
    from coachdesk.ui.main_window import MainWindow

    return MainWindow(practice, settings)


def run_gui(data_dir: str | None = None) -> int:
    if not has_display():
        from coachdesk.core.i18n import default_language

        print(message("ui.no_display", default_language()), file=sys.stderr)
        return EXIT_ERROR
    folder = paths.data_dir(data_dir)
    app = create_application()
    from coachdesk.ui import lang
    from coachdesk.ui import settings as keys

    settings = keys.open_settings(folder)
    lang.set_current(lang.resolve(keys.get_str(settings, keys.LANGUAGE)))
    app._translators = install_translations(app, lang.current())  # type: ignore[attr-defined]
    window = start_window(folder, settings)
    if window is None:
        return EXIT_ERROR
    window.show()
    try:
        return app.exec()
    finally:
        window.practice.close()
