"""The UI language and locale: which language, and dates/numbers the QLocale way.

The language is chosen once at start-up (settings, else the system locale,
Dutch first) and stays for the whole run; a change in the settings dialog
takes effect on the next start.
"""

from __future__ import annotations

import os
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from coachdesk.errors import CoachDeskError
from coachdesk.i18n import Lang, default_language

_current: Lang = "nl"

DATE_FORMAT = "ddd d MMM yyyy"  # "di 3 mrt 2026" / "Tue 3 Mar 2026"


def system_language() -> Lang:
    """Dutch unless the environment or the system locale asks for something else."""
    if any(os.environ.get(v) for v in ("COACHDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG")):
        return default_language()
    language = QLocale.system().language()
    if language in (QLocale.Language.Dutch, QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "nl"
    return "en"


def resolve(choice: str | None) -> Lang:
    """The language for a settings value: "nl", "en", or empty for the system's."""
    if choice in ("nl", "en"):
        return choice  # type: ignore[return-value]
    return system_language()


def set_current(lang: Lang) -> None:
    global _current
    _current = lang
    if lang == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def current() -> Lang:
    return _current


def error_text(exc: CoachDeskError) -> str:
    return exc.message(_current)


def fmt_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    qdt = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(qdt, f"{DATE_FORMAT} HH:mm")


def fmt_number(value: float | int | None, decimals: int = 1) -> str:
    """7.5 -> "7,5" (nl) / "7.5" (en); whole numbers without decimals."""
    if value is None:
        return ""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def parse_number(text: str) -> float | None:
    """The locale's way first ("7,5" in Dutch), then the dot; None for empty; raises ValueError."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if ok:
        return value
    return float(text.replace(",", "."))
