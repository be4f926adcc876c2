"""What the organisation fixed (coachdesk/deployment.py), shown in Settings.

A fixed language locks the language box to it; every fixed preset is listed in
one muted line under the form, so a coach knows why a choice is not theirs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from coachdesk import deployment
from coachdesk.deployment import Presets
from coachdesk.ui.widgets.card import muted

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


def describe(key: str, value: object) -> str:
    """One fixed preset as the coach reads it."""
    if key == deployment.LANGUAGE:
        return QCoreApplication.translate("PresetsNote", "language: {value}").format(
            value=LANGUAGE_NAMES.get(str(value), str(value))
        )
    if key == deployment.BACKUP_FOLDER:
        return QCoreApplication.translate("PresetsNote", "backup folder: {path}").format(
            path=str(Path(str(value)))
        )
    if key == deployment.ENCRYPTION_REQUIRED:
        if value:
            return QCoreApplication.translate("PresetsNote", "encryption required")
        return QCoreApplication.translate("PresetsNote", "encryption optional")
    if key == deployment.IDLE_LOCK_MINUTES:
        return QCoreApplication.translate(
            "PresetsNote", "locks after {minutes} min without use"
        ).format(minutes=int(str(value)))
    if key == deployment.DEMO_OFFER:
        if value:
            return QCoreApplication.translate("PresetsNote", "demo data offered")
        return QCoreApplication.translate("PresetsNote", "no demo data offered")
    return key


def note_text(presets: Presets) -> str:
    """ "Set by your organisation: language: English; encryption required." or ""."""
    fixed = [describe(key, presets.values[key]) for key in presets.fixed_keys()]
    if not fixed:
        return ""
    return QCoreApplication.translate("PresetsNote", "Set by your organisation: {list}.").format(
        list="; ".join(fixed)
    )


def apply_to_settings(
    form: QFormLayout, language: QComboBox, parent: QWidget, presets: Presets | None = None
) -> QLabel | None:
    """Lock what is fixed and add the note to ``form``; None when nothing is fixed."""
    presets = presets or deployment.current()
    if presets.is_fixed(deployment.LANGUAGE):
        language.setCurrentIndex(max(0, language.findData(presets.values[deployment.LANGUAGE])))
        language.setEnabled(False)
        language.setToolTip(QCoreApplication.translate("PresetsNote", "Set by your organisation"))
    text = note_text(presets)
    if not text:
        return None
    label = muted(QLabel(text, parent))
    label.setObjectName("presetsNote")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    form.addRow("", label)
    return label
