"""What each table accepts from the facade: field name -> cleaning function.

A cleaning function returns the value to store or raises a specific,
translatable validation error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from coachdesk.core import validation as v
from coachdesk.core.models import (
    AGREEMENT_OWNERS,
    CANCELLED_BY,
    COACHEE_STATUSES,
    GOAL_STATUSES,
    OUTCOMES,
    SESSION_MODES,
    SESSION_STATUSES,
    TRAJECTORY_STATUSES,
)

# Per table: field name -> cleaning function for that field's value.
Cleaner = Callable[[Any], Any]
COACHEE: dict[str, Cleaner] = {
    "name": lambda x: v.text(x, "name", required=True),
    "email": v.email,
    "phone": lambda x: v.text(x, "phone").strip(),
    "organisation": lambda x: v.text(x, "organisation").strip(),
    "role": lambda x: v.text(x, "role").strip(),
    "notes": lambda x: v.text(x, "notes"),
    "tags": v.tags,
    "status": lambda x: v.choice(x, "status", COACHEE_STATUSES),
}
SPONSOR: dict[str, Cleaner] = {
    "organisation": lambda x: v.text(x, "organisation", required=True),
    "contact_name": lambda x: v.text(x, "name").strip(),
    "email": v.email,
    "phone": lambda x: v.text(x, "phone").strip(),
}
TRAJECTORY: dict[str, Cleaner] = {
    "title": lambda x: v.text(x, "title", required=True),
    "intake_question": lambda x: v.text(x, "text"),
    "sponsor_id": lambda x: v.reference(x, "sponsor"),
    "contracted_sessions": lambda x: v.non_negative(x, "contracted_sessions", integer=True),
    "contracted_hours": lambda x: v.non_negative(x, "contracted_hours"),
    "start_date": lambda x: v.optional_date(x, "planned_end"),
    "planned_end": lambda x: v.optional_date(x, "planned_end"),
    "status": lambda x: v.choice(x, "status", TRAJECTORY_STATUSES),
    "closing_evaluation": lambda x: v.text(x, "text"),
    "ended_on": lambda x: v.optional_date(x, "ended_on"),
    "outcome": lambda x: v.choice(x, "outcome", OUTCOMES),
    "outcome_reason": lambda x: v.text(x, "text").strip(),
    "coachee_evaluation": lambda x: v.text(x, "text"),
    "sponsor_evaluation": lambda x: v.text(x, "text"),
}
SESSION: dict[str, Cleaner] = {
    "starts_at": lambda x: v.date_time(x, "session"),
    "duration_minutes": v.duration,
    "mode": lambda x: v.choice(x, "mode", SESSION_MODES),
    "location": lambda x: v.text(x, "text").strip(),
    "paid": bool,
    "status": lambda x: v.choice(x, "status", SESSION_STATUSES),
    "cancelled_by": lambda x: v.choice(x, "cancelled_by", CANCELLED_BY),
    "cancelled_on": lambda x: v.optional_date(x, "cancelled_on"),
    "charged": bool,
    "template": lambda x: v.text(x, "text").strip(),
    "shared_notes": lambda x: v.text(x, "text"),
    "private_notes": lambda x: v.text(x, "text"),
    "scale_progress": v.scale,
    "scale_motivation": v.scale,
    "scale_confidence": v.scale,
}
AGREEMENT: dict[str, Cleaner] = {
    "text": lambda x: v.text(x, "text", required=True),
    "owner": lambda x: v.choice(x, "owner", AGREEMENT_OWNERS),
    "due_date": lambda x: v.optional_date(x, "done_on"),
    "done_date": lambda x: v.optional_date(x, "done_on"),
    "dropped": bool,
    "session_id": lambda x: v.reference(x, "session"),
}
GOAL: dict[str, Cleaner] = {
    "title": lambda x: v.text(x, "title", required=True),
    "description": lambda x: v.text(x, "text"),
    "success_criteria": lambda x: v.text(x, "text"),
    "status": lambda x: v.choice(x, "status", GOAL_STATUSES),
    "position": lambda x: int(v.non_negative(x, "position", integer=True) or 0),
}


def clean(cleaners: Mapping[str, Cleaner], values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(cleaners)
    if unknown:
        raise TypeError(f"unknown field(s): {', '.join(sorted(unknown))}")
    return {key: cleaners[key](value) for key, value in values.items()}
