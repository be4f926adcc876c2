"""Started as a subprocess by test_ui_speed: time to the first paint of a filled list.

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
            _report_on_paint(view.viewport(), lambda: view.model().rowCount())
            show(window)

        QMainWindow.show = show_and_probe
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
