"""What opening the store did that the coach should know, told once the window shows.

``Store.notices`` (store/database.py) are rare and mean something was set aside: a
journal that did not belong to the database, backups an interrupted encryption could
not convert. They are shown in one message box (window-modal, so start-up goes on
behind it). A migration's safety copy goes to the status bar: good to know, nothing
to do.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow, QMessageBox

from coachdesk.i18n import tr as message  # not "tr": lupdate would take these keys for Qt strings
from coachdesk.ui import lang

STATUS_MS = 20_000


def tell(window: QMainWindow, practice: Any) -> QMessageBox | None:
    """Show ``practice.store``'s notices and safety copy on ``window``; the message box
    shown, if any."""
    store = practice.store
    language = lang.current()
    if store.safety_copy is not None:
        text = message("store.migrated", language, path=str(store.safety_copy))
        window.statusBar().showMessage(text, STATUS_MS)
    if not store.notices:
        return None
    box = QMessageBox(QMessageBox.Icon.Information, message("store.notices_title", language), "")
    box.setParent(window, box.windowFlags())
    box.setText("\n\n".join(message(key, language) for key in store.notices))
    box.open()
    return box
