"""Field validation for the facade: each rule raises a specific, translatable error."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import cast

from coachdesk.errors import (
    DateOrderError,
    DateText,
    EmptyValueError,
    InvalidChoiceError,
    InvalidDurationError,
    InvalidEmailError,
    NegativeNumberError,
    RatingOutOfRangeError,
    ValidationError,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def text(value: object, field: str, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field=field)
    value = value.replace("\x00", "")
    if required and not value.strip():
        raise EmptyValueError(field=field)
    return value.strip() if required else value


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
    for item in items:
        item = str(item).strip()
        if item and item.lower() not in {s.lower() for s in seen}:
            seen[item] = None
    return ", ".join(seen)


def tag_list(value: str) -> list[str]:
    return [t.strip() for t in value.split(",") if t.strip()]


def non_negative(value: object, field: str, *, integer: bool = False) -> float | int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field=field)
    if integer and (isinstance(value, float) and not value.is_integer()):
        raise ValidationError(field=field)
    if math.isnan(value) or value < 0:
        raise NegativeNumberError(field=field, value=value)
    return int(value) if integer else float(value)


def duration(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise InvalidDurationError(field="duration", value=value)
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


def optional_date(value: object, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValidationError(field=field) from None
    raise ValidationError(field=field)


def required_date(value: object, field: str) -> date:
    result = optional_date(value, field)
    if result is None:
        raise EmptyValueError(field=field)
    return result


def date_time(value: object, field: str) -> datetime:
    if isinstance(value, datetime):
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
