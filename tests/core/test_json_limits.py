"""The lone-surrogate check of core/json_limits.py on JSON escapes (review A, finding 11)."""

from __future__ import annotations

import json

import pytest

from coachdesk.core import json_limits


@pytest.mark.parametrize(
    "text",
    [
        r'"ab\udc00"',  # a low half after two hex-digit letters
        r'"12\udfff"',  # and after two digits
        r'"\udc00"',
        r'"x\ud83d"',  # a high half without its low half
        r'"\ud83d\ud83d"',  # two high halves
        r'"\ude00\ud83d"',  # the halves the wrong way round
        r'{"a": "cafe\uDC00"}',  # capitals
        '"Zo\ud83d"',  # the character itself, not an escape
    ],
)
def test_a_lone_surrogate_is_found(text: str):
    found = json_limits.check(text)
    assert found is not None and found.problem == "lone_surrogate"


@pytest.mark.parametrize(
    "text",
    [
        r'"\ud83d\ude00"',  # a valid pair (an emoji)
        r'"ab\uD83D\uDE00cd"',
        r'"12\u00e9 \u0041"',  # ordinary escapes after hex-digit characters
        '"Zoë 😀"',
    ],
)
def test_valid_text_passes(text: str):
    assert json_limits.check(text) is None
    json.loads(text).encode("utf-8")  # and it really encodes
