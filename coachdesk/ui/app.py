"""Starting the window: display check, QApplication, language, the store, the main window.

Start-up is kept fast: with an up-to-date store, the coachee list is read
read-only without the ORM (core/peek.py) and painted at once, while the
store opens for real (all checks, SQLAlchemy import) in the background;
the coachee page fills when it is ready. Both run through ui/tasks.py, like all
work off the GUI thread. Any store error is a message box (and a line in the
log), never a traceback.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachdesk import paths
from coachdesk.i18n import tr as message
from coachdesk.ui.start_ahead import (
    DeferredPractice,
    after_first_paint,
    check_pages_ahead,
    read_ahead,
    read_ahead_result,
)

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR = 0, 2

# Qt's raster engine hands every fill of 96 or more scan lines (a scroll bar, a chart, a
# tall gradient) to a pool of threads and waits for them. For a window's widgets the
# hand-off costs more than the fill: a scroll bar repainted in 1.0 ms with the pool and
# 0.1 ms without, a filter keystroke in 3.4 ms instead of 2.5 (issue 11). Qt reads this
# once, at the first such fill; a value already set (by the user) is left as it is.
QT_ENVIRONMENT = {"QT_NO_GUI_THREADPOOL": "1"}


def prepare_qt_environment() -> None:
    """Qt's settings for CoachDesk, before the first window paints."""
    for name, value in QT_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def has_display() -> bool:
    """False on Linux/BSD without X11 or Wayland (unless Qt was told a platform)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def install_translations(app: Any, language: str) -> list[Any]:
    """Install Qt's own and CoachDesk's translators for ``language``; keep them alive.

    Qt's own (qtbase_nl.qm, shipped with PySide6) makes the standard dialogs and
    buttons Dutch; CoachDesk's is installed after it, so it is asked first and
    also fills the few texts Qt's Dutch lacks (ui/qt_texts.py). English is the
    source language: only its plural forms need a translation ("%n page(s)").
    """
    from PySide6.QtCore import QLibraryInfo, QTranslator

    installed: list[Any] = []
    candidates = [
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"coachdesk_{language}", str(paths.resource("translations"))),
    ]
    if language == "en":
        candidates = candidates[1:]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def create_application(argv: list[str] | None = None) -> Any:
    from PySide6.QtWidgets import QApplication

    prepare_qt_environment()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("CoachDesk")
    app.setOrganizationName("CoachDesk")
    app.setApplicationDisplayName("CoachDesk")
    app.setDesktopFileName("nl.coachdesk.CoachDesk")  # packaging/linux/*.desktop
    return app


def show_open_error(exc: Exception, folder: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from coachdesk.errors import CoachDeskError
    from coachdesk.log import describe
    from coachdesk.ui import lang

    log.error("store could not be opened: %s", describe(exc), exc_info=exc)
    text = exc.message(lang.current()) if isinstance(exc, CoachDeskError) else str(exc)
    box = QMessageBox(
        QMessageBox.Icon.Critical, message("ui.open_failed_title", lang.current()), text
    )
    box.setInformativeText(message("ui.open_failed_hint", lang.current(), path=str(folder)))
    box.setObjectName("openFailed")
    box.exec()


def show_folder_refused(exc: Any) -> None:
    """No usable data folder (``--data-dir ''``): the sentence on stderr and in a box."""
    from coachdesk.i18n import default_language

    text = exc.message(default_language())
    print(text, file=sys.stderr)
    if not has_display():
        return
    from PySide6.QtWidgets import QMessageBox

    create_application()
    box = QMessageBox(
        QMessageBox.Icon.Critical, message("ui.open_failed_title", default_language()), text
    )
    box.setObjectName("folderRefused")
    box.exec()


def start_window(folder: Path, settings: Any) -> Any:
    """Open the store and build the window; a store error is shown, None returned."""
    from coachdesk.core.practice import Practice
    from coachdesk.errors import CoachDeskError

    try:
        practice = Practice.open(str(folder))
    except CoachDeskError as exc:
        show_open_error(exc, folder)
        return None
    from coachdesk.ui.main_window import MainWindow

    return MainWindow(practice, settings)


def start_window_fast(folder: Path, settings: Any, app: Any, first: Any = None) -> Any:
    """Show the list and the home screen from a read-ahead (rows, home); None when the
    store needs the normal open."""
    if first is None:
        from coachdesk.core.peek import peek_first_page

        first = peek_first_page(folder)
    if not first or not first[0]:
        return None
    rows, home = first
    from coachdesk.ui import long_lived
    from coachdesk.ui.main_window import MainWindow

    deferred = DeferredPractice(folder)
    window = MainWindow(deferred, settings, initial_rows=rows, initial_home=home)  # type: ignore[arg-type]

    then: list[Callable[[], None]] = []

    def opened() -> None:
        try:
            practice = deferred.result()
        except Exception as exc:  # noqa: BLE001 - shown, then the window closes
            window.detach()  # no practice: it must not refresh from change notices
            window.hide()
            show_open_error(exc, folder)
            app.exit(EXIT_ERROR)
            return
        try:
            window.practice_ready(practice)
            long_lived.freeze()  # the practice open and its page shown: start-up is over
        finally:
            for step in then:  # (the idle lock: even if filling the page failed)
                step()

    def start_opening(once_open: Callable[[], None] | None = None) -> None:
        """Open the store in the background; ``once_open`` runs after the window has it."""
        if once_open is not None:
            then.append(once_open)
        check_pages_ahead(folder)
        deferred.start(opened)

    window.start_opening = start_opening
    return window


def run_gui(data_dir: str | None = None) -> int:
    from coachdesk.ui import long_lived

    long_lived.hold()  # until the practice is open: start-up makes no garbage to speak of
    try:
        return _run_gui(data_dir)
    finally:
        long_lived.release()


def _run_gui(data_dir: str | None) -> int:
    from coachdesk.errors import CoachDeskError

    try:
        folder = paths.data_dir(data_dir)
    except CoachDeskError as exc:  # an empty --data-dir or COACHDESK_DATA_DIR
        show_folder_refused(exc)
        return EXIT_ERROR
    if not has_display():
        from coachdesk.i18n import default_language

        print(message("ui.no_display", default_language()), file=sys.stderr)
        return EXIT_ERROR
    from coachdesk import log as file_log
    from coachdesk.ui import early_signals

    early_signals.catch_sigterm()  # until the window's own handlers take over
    file_log.setup(folder, command="window")  # done already when started by the CLI
    file_log.install_excepthook()
    peeking = read_ahead(folder)  # first thing: the reads overlap every import below
    __import__("coachdesk.ui.pyside_import").ui.pyside_import.without_feature_hook()
    from coachdesk.ui import backup_ui

    __import__("coachdesk.temp_leftovers").temp_leftovers.clean_preview_leftovers()  # issue 13
    app = create_application()
    from coachdesk.ui import lang
    from coachdesk.ui import settings as keys

    settings = keys.open_settings(folder)
    from coachdesk import deployment  # the organisation's preset, or fixed language

    own = keys.get_str(settings, keys.LANGUAGE)
    lang.set_current(lang.resolve(str(deployment.current().choose(deployment.LANGUAGE, own, ""))))
    app._translators = install_translations(app, lang.current())
    if not backup_ui.acquire_instance(folder):  # one window per data folder
        return EXIT_ERROR
    from coachdesk.core import encryption

    if encryption.needs_unlock(folder):  # an encrypted practice: the passphrase
        from coachdesk.ui import encryption_ui

        if not encryption_ui.unlock_at_start(folder):
            return EXIT_OK
    __import__("coachdesk.ui.main_window")  # (while the read-ahead still runs, not after)
    first = read_ahead_result(peeking)
    window = (start_window_fast(folder, settings, app, first) if first else None) or start_window(
        folder, settings
    )
    if window is None:
        return EXIT_ERROR
    window.show()
    backup_ui.install(app, window)  # SIGTERM and the session manager's quit close it
    from coachdesk.ui.practice_switch import PracticeSession

    session = PracticeSession(app, folder, window)  # a second start raises it; other folders

    def idle_lock() -> None:
        if session.window is window:  # (not if another folder was opened meanwhile)
            __import__("coachdesk.ui.app_lock").ui.app_lock.install(window, folder, settings)

    def first_page_shown() -> None:
        """What can wait until the first page is on screen: the offer to encrypt and,
        with a read-ahead, opening the store, whose imports (SQLAlchemy, pydantic) would
        otherwise compete with the first page for the GIL. The idle lock of a practice
        without encryption (where it only says that locking needs a passphrase) waits
        for the open: its filter sees every event of the application, and the first
        ones make PySide6 set up every Qt class it has loaded (10-13 ms of enums,
        measured) just as the first page becomes usable. An encrypted practice has its
        lock (and Ctrl+L) from the first page on."""
        from coachdesk.ui import encryption_ui

        encryption_ui.offer_encryption(window, folder, settings)  # once, on the first start
        if not hasattr(window, "start_opening"):
            idle_lock()
        elif encryption.is_encrypted(folder):
            idle_lock()
            window.start_opening()
        else:
            window.start_opening(idle_lock)

    # The first page: the home screen when it was filled (read ahead), else the list.
    first = window.home.widget() if window.home.today is not None else None
    after_first_paint(first or window.list_panel.view.viewport(), first_page_shown)
    if not hasattr(window, "start_opening"):  # opened already: start-up is over
        from coachdesk.ui import long_lived

        long_lived.freeze()
    from coachdesk.ui import tasks

    app.aboutToQuit.connect(tasks.shutdown)  # no worker still running while Python exits
    try:
        return app.exec()
    finally:
        window = session.window  # the practice open now (File > Open another practice folder…)
        backup_ui.on_exit(window)  # the closing backup, with the window gone
        practice = window.practice
        if isinstance(practice, DeferredPractice):
            practice = practice.opened()
        if practice is not None:
            practice.close()
