"""Started as a subprocess by test_ui_speed: time to the coachee page usable.

The end point is the first page whole and usable: the coachee list filled and the home
screen painted with what needs the coach today (read ahead without the ORM, core/peek.py,
or through the store), and every pending event processed. ``PROBE_END=paint`` stops at
the first paint of the list instead; ``PROBE_END=open`` once the store has also opened
in the background and the page was filled through it (every action possible).

    python start_probe.py app DATA_DIR    CoachDesk as ``coachdesk --data-dir DATA_DIR``
    python start_probe.py bare            a bare PySide6 window with an empty table

Prints the number of rows shown when the table's viewport first paints, then exits.
"""

from __future__ import annotations

import os
import sys


def _report_on_paint(viewport, rows) -> None:  # noqa: ANN001 - Qt objects
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Probe(QObject):
        seen = False

        def eventFilter(self, watched, event):  # noqa: ANN001, ANN202, N802
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            print(f"painted rows={rows()}", flush=True)
            QApplication.instance().exit(0)

    probe = Probe(viewport)
    viewport.installEventFilter(probe)


def _report_when_home_painted(window, rows) -> None:  # noqa: ANN001 - Qt objects
    """The first paint of the home screen with its sections filled, then every pending event."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Probe(QObject):
        seen = False

        def eventFilter(self, watched, event):  # noqa: ANN001, ANN202, N802
            filled = window.home.today is not None
            if event.type() == QEvent.Type.Paint and filled and not self.seen:
                self.seen = True
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            QApplication.instance().sendPostedEvents()
            QApplication.instance().processEvents()
            lines = sum(len(window.home.today[key].lines) for key in window.home.today.parts)
            print(f"painted rows={rows()} home={lines}", flush=True)
            QApplication.instance().exit(0)

    probe = Probe(window.home)
    window.home.widget().installEventFilter(probe)  # (the page inside the scroll area)


def _report_when_open(rows) -> None:  # noqa: ANN001
    """The page is usable once the store has opened and the window has shown what it
    opens with (the home screen, the last coachee selected): ``_open_last_coachee`` has
    run, in the fast start (practice_ready) and the normal one, and its events are done."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from coachdesk.ui.main_window import MainWindow

    original = MainWindow._open_last_coachee

    def opened(window):  # noqa: ANN001, ANN202
        original(window)
        if not _is_open(window):
            return

        def done() -> None:
            QApplication.instance().sendPostedEvents()
            QApplication.instance().processEvents()
            print(f"painted rows={rows(window)}", flush=True)
            QApplication.instance().exit(0)

        QTimer.singleShot(0, done)

    MainWindow._open_last_coachee = opened


def _is_open(window) -> bool:  # noqa: ANN001
    from coachdesk.ui.start_ahead import DeferredPractice

    practice = window.practice
    return not isinstance(practice, DeferredPractice) or practice.opened() is not None


def app(data_dir: str) -> int:
    from coachdesk import __main__ as entry
    from coachdesk.ui import app as ui_app

    original = ui_app.create_application

    def create_application(*args):  # noqa: ANN002, ANN202 - watch the main window appear
        from PySide6.QtWidgets import QMainWindow

        qt_app = original(*args)
        show = QMainWindow.show

        def show_and_probe(window):  # noqa: ANN001, ANN202
            view = window.list_panel.view
            end = os.environ.get("PROBE_END", "usable")
            if end == "paint":
                _report_on_paint(view.viewport(), lambda: view.model().rowCount())
            elif end == "usable":
                _report_when_home_painted(window, lambda: view.model().rowCount())
            show(window)

        QMainWindow.show = show_and_probe
        if os.environ.get("PROBE_END") == "open":
            _report_when_open(lambda window: window.list_panel.view.model().rowCount())
        return qt_app

    ui_app.create_application = create_application
    return entry.main(["--data-dir", data_dir])


def bare() -> int:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    application = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView(window)
    view.setModel(QStandardItemModel(0, 3, view))
    window.setCentralWidget(view)
    _report_on_paint(view.viewport(), lambda: 0)
    window.resize(1360, 820)
    window.show()
    return application.exec()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(app(sys.argv[2]) if sys.argv[1] == "app" else bare())
