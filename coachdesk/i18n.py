"""The small translation helper for the Qt-free layers (core, store, report).

Messages live in resources/translations/messages/*.json (one file per area,
merged) as ``{key: {"nl": ..., "en": ...}}`` with ``{name}`` placeholders. The UI uses
Qt's own translation system; CLI messages and PDF text come from here.
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Literal

from coachdesk.paths import resource

Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")


@cache
def catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(resource("translations", "messages").glob("*.json")):
        with path.open(encoding="utf-8") as fh:
            for key, entry in json.load(fh).items():
                if key in merged:
                    raise ValueError(f"message key {key!r} is defined twice ({path.name})")
                merged[key] = entry
    return merged


def default_language() -> Lang:
    """Dutch first: English only when the environment asks for a non-Dutch locale.
    COACHDESK_LANG wins, then the organisation's preset (coachdesk/deployment.py)."""
    if not os.environ.get("COACHDESK_LANG", "").strip():
        from coachdesk import deployment

        preset = deployment.current().get(deployment.LANGUAGE)
        if preset in LANGUAGES:
            return preset
    for var in ("COACHDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").strip().lower()
        if not value:
            continue
        if value.startswith("nl"):
            return "nl"
        if value in ("c", "posix") or value.startswith(("c.", "posix.")):
            return "nl"
        return "en"
    return "nl"


def tr(key: str, lang: Lang | None = None, /, **params: object) -> str:
    lang = lang or default_language()
    entry = catalogue().get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry.get("en") or key
    return text.format(**params) if params else text
