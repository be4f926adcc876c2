"""The UI language and locale: which language, and how dates and numbers are written.

The language is chosen once at start-up (settings, else the system locale,
Dutch first) and stays for the whole run; a change in the settings dialog
takes effect on the next start.

Dates and numbers in labels come from coachdesk.core.formatting, as in the PDF
("di 3 mrt 2026", "7,5"); date editors show DATE_FORMAT, Qt's pattern for the
same text. A widget with a language of its own calls core.formatting itself.
"""

from __future__ import annotations

import os
from datetime import date, datetime

from PySide6.QtCore import QLocale

from coachdesk.core import formatting
from coachdesk.errors import CoachDeskError
from coachdesk.i18n import Lang, default_language

_current: Lang = "nl"

# For date editors: Qt's pattern of core.formatting.short_date ("di 3 mrt 2026").
DATE_FORMAT = "ddd d MMM yyyy"


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


def qlocale(lang: Lang) -> QLocale:
    """Qt's locale for a language: Dutch (Netherlands) or English (United Kingdom)."""
    if lang == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def set_current(lang: Lang) -> None:
    global _current
    _current = lang
    QLocale.setDefault(qlocale(lang))


def current() -> Lang:
    return _current


def error_text(exc: CoachDeskError) -> str:
    return exc.message(_current)


def fmt_date(value: date | None) -> str:
    """ "di 3 mrt 2026" (nl) / "Tue 3 Mar 2026" (en); "" for no date."""
    return "" if value is None else formatting.short_date(value, _current)


def fmt_datetime(value: datetime | None) -> str:
    """ "di 3 mrt 2026 10:00"; "" for none."""
    return "" if value is None else formatting.short_datetime(value, _current)


def fmt_number(value: float | None, decimals: int = 1) -> str:
    """7.5 -> "7,5" (nl) / "7.5" (en), no trailing zeros; "" for none."""
    return "" if value is None else formatting.number(value, _current, decimals)
