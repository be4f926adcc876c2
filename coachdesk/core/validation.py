"""Field validation for the facade: each rule raises a specific, translatable error."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import cast

from coachdesk.errors import (
    DateOrderError,
    DateRangeError,
    DateText,
    EmptyValueError,
    InvalidChoiceError,
    InvalidDurationError,
    InvalidEmailError,
    NegativeNumberError,
    RatingOutOfRangeError,
    TextEncodingError,
    TooLargeError,
    ValidationError,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Characters that show nothing: a name made only of these is empty.
_INVISIBLE = re.compile(
    r"[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]+"
)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
MAX_ID = 2**63 - 1  # SQLite's integers are 64-bit
MAX_COUNT = 100_000  # contracted sessions, positions, ...
MAX_HOURS = 100_000.0
MAX_DURATION = 24 * 60  # minutes: a session is shorter than a day
FIRST_YEAR, LAST_YEAR = 1900, 2200


def text(value: object, field: str, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field=field)
    value = value.replace("\x00", "")
    if _SURROGATE.search(value):  # a lone surrogate cannot be written as UTF-8
        raise TextEncodingError(field=field)
    if required and not _INVISIBLE.sub("", value):
        raise EmptyValueError(field=field)
    return value.strip() if required else value


def reference(value: object, field: str) -> int | None:
    """An optional id given by the caller (a sponsor, a session): a 64-bit whole number."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise ValidationError(field=field)
    return value


def choice(value: object, field: str, allowed: Iterable[str]) -> str:
    allowed = tuple(allowed)
    if value not in allowed:
        raise InvalidChoiceError(field=field, value=value, choices=", ".join(allowed))
    return str(value)


def email(value: object, field: str = "email") -> str:
    value = text(value, field).strip()
    if value and not _EMAIL.match(value):
        raise InvalidEmailError(field=field, value=value)
    return value


def tags(value: object) -> str:
    """Tags as one normalised string: comma separated, trimmed, no duplicates."""
    if value is None:
        return ""
    items = value.split(",") if isinstance(value, str) else list(cast(Iterable[object], value))
    seen: dict[str, None] = {}
    lowered: set[str] = set()  # linear: one look-up per tag
    for item in items:
        item = text(item if isinstance(item, str) else str(item), "tags").strip()
        key = item.lower()
        if item and key not in lowered:
            lowered.add(key)
            seen[item] = None
    return ", ".join(seen)


def tag_list(value: str) -> list[str]:
    return [t.strip() for t in value.split(",") if t.strip()]


def non_negative(
    value: object, field: str, *, integer: bool = False, limit: float | None = None
) -> float | int | None:
    """None, or a number from 0 up to ``limit`` (default: MAX_COUNT whole, MAX_HOURS else)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field=field)
    if isinstance(value, float) and math.isnan(value):
        raise NegativeNumberError(field=field, value=value)
    if value < 0:
        raise NegativeNumberError(field=field, value=value)
    top = limit if limit is not None else (MAX_COUNT if integer else MAX_HOURS)
    if value > top:  # also inf, and 10**20 before it could overflow
        raise TooLargeError(field=field, value=_shown(value), limit=_shown(top))
    if integer and (isinstance(value, float) and not value.is_integer()):
        raise ValidationError(field=field)
    return int(value) if integer else float(value)


def _shown(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer() and math.isfinite(value):
        value = int(value)
    text_ = str(value)
    return text_ if len(text_) <= 24 else f"{text_[:20]}…"


def duration(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidDurationError(field="duration", value=value)
    if isinstance(value, float) and math.isnan(value):
        raise InvalidDurationError(field="duration", value=value)
    if value <= 0:
        raise InvalidDurationError(field="duration", value=_shown(value))
    if value > MAX_DURATION:
        raise TooLargeError(field="duration", value=_shown(value), limit=MAX_DURATION)
    if isinstance(value, float) and not value.is_integer():
        raise InvalidDurationError(field="duration", value=value)
    return int(value)


def rating(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise RatingOutOfRangeError(field="value", value=value)
    if not 0 <= value <= 10:
        raise RatingOutOfRangeError(field="value", value=value)
    return float(value)


def scale(value: object) -> int | None:
    """A scaling question's answer: a whole number 0-10, or None when not asked."""
    if value is None or value == "":
        return None
    number = rating(value)
    if not number.is_integer():
        raise RatingOutOfRangeError(field="value", value=value)
    return int(number)


def _in_range(day: date, field: str) -> None:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:  # 9999-12-31 + a week would overflow
        raise DateRangeError(field=field, low=FIRST_YEAR, high=LAST_YEAR)


def optional_date(value: object, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        _in_range(value.date(), field)
        return value.date()
    if isinstance(value, date):
        _in_range(value, field)
        return value
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise ValidationError(field=field) from None
        _in_range(day, field)
        return day
    raise ValidationError(field=field)


def required_date(value: object, field: str) -> date:
    result = optional_date(value, field)
    if result is None:
        raise EmptyValueError(field=field)
    return result


def date_time(value: object, field: str) -> datetime:
    if isinstance(value, datetime):
        _in_range(value.date(), field)
        return value.replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, str):
        try:
            return date_time(datetime.fromisoformat(value), field)
        except ValueError:
            raise ValidationError(field=field) from None
    raise ValidationError(field=field)


def date_order(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise DateOrderError(field="planned_end", start=DateText(start), end=DateText(end))
