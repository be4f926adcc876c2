"""Translated names for the core's status and mode values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.core import labels
from coachdesk.ui import lang


def trajectory_status(status: str) -> str:
    names = {
        "intake": QCoreApplication.translate("Labels", "Intake"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "paused": QCoreApplication.translate("Labels", "Paused"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }
    return names.get(status, status)


def coachee_status(status: str) -> str:
    names = {
        "active": QCoreApplication.translate("Labels", "Active"),
        "archived": QCoreApplication.translate("Labels", "Archived"),
    }
    return names.get(status, status)


def agreement_owner(owner: str) -> str:
    """As in the PDF (coachdesk.core.labels), in the window's language."""
    return labels.agreement_owner(owner, lang.current())


def session_mode(mode: str) -> str:
    names = {
        "in_person": QCoreApplication.translate("Labels", "in person"),
        "online": QCoreApplication.translate("Labels", "online"),
        "phone": QCoreApplication.translate("Labels", "by phone"),
    }
    return names.get(mode, mode)
