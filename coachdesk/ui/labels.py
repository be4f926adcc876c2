"""Translated names for the core's status and mode values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def trajectory_status(status: str) -> str:
    names = {
        "intake": _t("Intake"),
        "active": _t("Active"),
        "paused": _t("Paused"),
        "completed": _t("Completed"),
        "cancelled": _t("Cancelled"),
    }
    return names.get(status, status)


def coachee_status(status: str) -> str:
    names = {"active": _t("Active"), "archived": _t("Archived")}
    return names.get(status, status)


def agreement_owner(owner: str) -> str:
    names = {"coachee": _t("coachee"), "coach": _t("coach"), "sponsor": _t("sponsor")}
    return names.get(owner, owner)


def session_mode(mode: str) -> str:
    names = {"in_person": _t("in person"), "online": _t("online"), "phone": _t("by phone")}
    return names.get(mode, mode)
