"""Texts of Qt's own dialogs that Qt's Dutch translation (qtbase_nl.qm) lacks.

Qt 6 renamed a few of the file dialog's labels ("Look in:" became "&Look in:");
the Dutch qtbase translation still has only the old ones, so in the Dutch window
the file dialog said "Look in:" and "Files of type:". Listed here, lupdate puts
them in coachdesk_nl.ts under Qt's own context; CoachDesk's translator is
installed after Qt's (ui/app.install_translations), so it is asked first.

Nothing imports this module: it is read by packaging/update_translations.py.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
