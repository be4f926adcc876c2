"""Numbers and dates as a coach reads them: the same in the window and in the PDF.

Qt-free, so the PDF (report/) and the window (through ui/lang.py) write them one
way: "7,5" and "di 3 mrt 2026" in Dutch, "7.5" and "Tue 3 Mar 2026" in English.
The names of months and weekdays come from the message catalogue (coachdesk.i18n).
"""

from __future__ import annotations

import math
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from coachdesk.i18n import Lang, tr


@cache
def _names(key: str, lang: Lang) -> tuple[str, ...]:
    return tuple(tr(key, lang).split())


def number(value: float, lang: Lang, decimals: int = 1) -> str:
    """6,5 in Dutch, 6.5 in English: rounded half up (4.25 -> 4,3), no trailing zeros."""
    if not math.isfinite(value):
        return str(value)
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    text = f"{exact:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", tr("format.decimal", lang))


def short_date(day: date, lang: Lang, weekday: bool = True, year: bool = True) -> str:
    """ "di 3 mrt 2026" (Dutch) / "Tue 3 Mar 2026"; "3 mrt 2026" without the weekday."""
    text = f"{day.day} {_names('format.months_short', lang)[day.month - 1]}"
    if weekday:
        text = f"{_names('format.weekdays_short', lang)[day.weekday()]} {text}"
    return f"{text} {day.year}" if year else text


def short_datetime(moment: datetime, lang: Lang) -> str:
    """ "di 3 mrt 2026 10:00"."""
    return f"{short_date(moment.date(), lang)} {moment:%H:%M}"


def long_date(day: date, lang: Lang) -> str:
    """ "3 maart 2026" / "3 March 2026"."""
    return f"{day.day} {_names('format.months', lang)[day.month - 1]} {day.year}"


def weekday_short(day: date, lang: Lang) -> str:
    """ "di" / "Tue"."""
    return _names("format.weekdays_short", lang)[day.weekday()]


def parse_number(text: str) -> float | None:
    """A number as a coach types it, Dutch or English ("7,5" or "7.5"); None when empty.

    Raises ValueError for anything else (also for "nan" and "inf").
    """
    text = text.strip().replace(" ", "").replace(",", ".")
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def last_months(today: date, count: int = 12) -> list[str]:
    """The keys ("2026-03") of the ``count`` months up to and including today's."""
    year, month = today.year, today.month
    keys = []
    for _ in range(count):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(keys))


def first_of_last_months(today: date, count: int = 12) -> date:
    """The first day of the first of ``last_months``: where the home screen's chart starts."""
    first = last_months(today, count)[0]
    return date(int(first[:4]), int(first[5:]), 1)
