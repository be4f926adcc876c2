"""Starting the window: display check, QApplication, language, the store, the main window.

Start-up is kept fast: with an up-to-date store, the coachee list is read
read-only without the ORM (store/peek.py) and painted at once, while the
store opens for real (all checks, SQLAlchemy import) on a background thread;
the coachee page fills when it is ready. Any store error is a message box,
never a traceback.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

from coachdesk import paths
from coachdesk.i18n import tr as message

EXIT_OK, EXIT_ERROR = 0, 2


def has_display() -> bool:
    """False on Linux/BSD without X11 or Wayland (unless Qt was told a platform)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def install_translations(app: Any, language: str) -> list[Any]:
    """Install Qt's own and CoachDesk's translators for ``language``; keep them alive."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    installed: list[Any] = []
    if language == "en":
        return installed
    candidates = [
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"coachdesk_{language}", str(paths.resource("translations"))),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def create_application(argv: list[str] | None = None) -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("CoachDesk")
    app.setOrganizationName("CoachDesk")
    app.setApplicationDisplayName("CoachDesk")
    app.setDesktopFileName("coachdesk")
    return app


def show_open_error(exc: Exception, folder: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from coachdesk.errors import CoachDeskError
    from coachdesk.ui import lang

    text = exc.message(lang.current()) if isinstance(exc, CoachDeskError) else str(exc)
    box = QMessageBox(
        QMessageBox.Icon.Critical, message("ui.open_failed_title", lang.current()), text
    )
    box.setInformativeText(message("ui.open_failed_hint", lang.current(), path=str(folder)))
    box.setObjectName("openFailed")
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


class DeferredPractice:
    """Opens the store on a background thread; using it before then waits for it."""

    def __init__(self, folder: Path):
        self._folder = folder
        self._done = threading.Event()
        self._practice: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="open-store", daemon=True)

    def start(self, on_finished: Any) -> None:
        self._on_finished = on_finished
        self._thread.start()

    def _run(self) -> None:
        try:
            from coachdesk.core.practice import Practice

            self._practice = Practice.open(str(self._folder))
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread
            self._error = exc
        finally:
            self._done.set()
            self._on_finished()

    def result(self) -> Any:
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._practice

    def __getattr__(self, name: str) -> Any:
        return getattr(self.result(), name)


class ReadAhead(threading.Thread):
    """Reads the coachee list (store/peek.py) while the main thread starts Qt.

    SQLite releases the GIL while it runs the query, so the two overlap.
    """

    def __init__(self, folder: Path):
        super().__init__(name="read-ahead", daemon=True)
        self.folder = folder
        self.rows: Any = None

    def run(self) -> None:
        try:
            from coachdesk.core.peek import peek_coachee_rows

            self.rows = peek_coachee_rows(self.folder)
        except Exception:  # noqa: BLE001 - the normal open reports problems
            self.rows = None

    def result(self) -> Any:
        self.join()
        return self.rows


def start_window_fast(folder: Path, settings: Any, app: Any, rows: Any = None) -> Any:
    """Paint the list from a read-ahead; None when the store needs the normal open."""
    if rows is None:
        from coachdesk.core.peek import peek_coachee_rows

        rows = peek_coachee_rows(folder)
    if not rows:
        return None
    from PySide6.QtCore import QObject, Qt, Signal

    from coachdesk.ui.main_window import MainWindow

    deferred = DeferredPractice(folder)
    window = MainWindow(deferred, settings, initial_rows=rows)  # type: ignore[arg-type]

    class Relay(QObject):
        finished = Signal()

    relay = Relay(window)

    def opened() -> None:
        try:
            practice = deferred.result()
        except Exception as exc:  # noqa: BLE001 - shown, then the window closes
            window.hide()
            show_open_error(exc, folder)
            app.exit(EXIT_ERROR)
            return
        window.practice_ready(practice)

    relay.finished.connect(opened, Qt.ConnectionType.QueuedConnection)
    window.start_opening = lambda: deferred.start(relay.finished.emit)
    return window


def after_first_paint(widget: Any, then: Any, latest_ms: int = 400) -> None:
    """Call ``then`` once, just after ``widget`` first paints (or after ``latest_ms``)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        def __init__(self) -> None:
            super().__init__(widget)
            self.pending = True
            widget.installEventFilter(self)
            QTimer.singleShot(latest_ms, self.fire)

        def eventFilter(self, _watched: Any, event: Any) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and self.pending:
                QTimer.singleShot(0, self.fire)
            return False

        def fire(self) -> None:
            if self.pending:
                self.pending = False
                widget.removeEventFilter(self)
                then()

    Watch()


def run_gui(data_dir: str | None = None) -> int:
    if not has_display():
        from coachdesk.i18n import default_language

        print(message("ui.no_display", default_language()), file=sys.stderr)
        return EXIT_ERROR
    folder = paths.data_dir(data_dir)
    read_ahead = ReadAhead(folder)
    read_ahead.start()
    app = create_application()
    from coachdesk.ui import lang
    from coachdesk.ui import settings as keys

    settings = keys.open_settings(folder)
    lang.set_current(lang.resolve(keys.get_str(settings, keys.LANGUAGE)))
    app._translators = install_translations(app, lang.current())
    rows = read_ahead.result()
    window = (start_window_fast(folder, settings, app, rows) if rows else None) or start_window(
        folder, settings
    )
    if window is None:
        return EXIT_ERROR
    window.show()
    if hasattr(window, "start_opening"):
        # Open the store once the list has painted: its imports (SQLAlchemy,
        # pydantic) would otherwise compete with the first paint for the GIL.
        after_first_paint(window.list_panel.view.viewport(), window.start_opening)
    from coachdesk.ui import tasks

    app.aboutToQuit.connect(tasks.shutdown)  # no worker still running while Python exits
    try:
        return app.exec()
    finally:
        practice = window.practice
        if isinstance(practice, DeferredPractice):
            practice = (
                practice.result() if practice._done.is_set() and not practice._error else None
            )
        if practice is not None:
            practice.close()
