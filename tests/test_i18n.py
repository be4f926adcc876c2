from __future__ import annotations

import string

import pytest

from coachdesk.i18n import LANGUAGES, catalogue, default_language, tr


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_in_both_languages_with_the_same_placeholders():
    for key, entry in catalogue().items():
        assert set(entry) == set(LANGUAGES), key
        assert _fields(entry["nl"]) == _fields(entry["en"]), key
        assert entry["nl"].strip() and entry["en"].strip(), key


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("nl_NL.UTF-8", "nl"),
        ("en_GB.UTF-8", "en"),
        ("de_DE.UTF-8", "en"),
        ("C.UTF-8", "nl"),
        ("", "nl"),
    ],
)
def test_default_language_is_dutch_first(monkeypatch, value, expected):
    for var in ("COACHDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", value)
    assert default_language() == expected


def test_tr_fills_placeholders():
    assert tr("error.rating_range", "en", value=12) == "A rating lies between 0 and 10 (not 12)."
