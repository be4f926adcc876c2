from __future__ import annotations

from datetime import date, datetime

import pytest

from coachdesk.core.formatting import (
    long_date,
    number,
    parse_number,
    short_date,
    short_datetime,
)
from coachdesk.core.labels import agreement_owner


def test_numbers_the_way_a_coach_reads_them():
    assert number(7.5, "nl") == "7,5" and number(7.5, "en") == "7.5"
    assert number(4.25, "nl") == "4,3"  # half up, not to even
    assert number(2.0, "nl") == "2" and number(12, "nl") == "12"
    assert number(3.50, "nl", 2) == "3,5" and number(3.456, "en", 2) == "3.46"
    assert number(-0.04, "nl") == "0" and number(-1.25, "nl") == "-1,3"
    assert number(1000, "nl") == "1000"  # no thousands separator: it reads back as typed
    assert number(7.6, "nl", 0) == "8"


def test_typed_numbers():
    assert parse_number(" 7,5 ") == 7.5 and parse_number("7.5") == 7.5
    assert parse_number("") is None and parse_number("  ") is None
    for bad in ("zes", "nan", "inf", "1,2,3"):
        with pytest.raises(ValueError):
            parse_number(bad)


def test_dates_in_dutch_and_english():
    day = date(2026, 3, 3)
    assert short_date(day, "nl") == "di 3 mrt 2026"
    assert short_date(day, "en") == "Tue 3 Mar 2026"
    assert short_date(day, "nl", weekday=False) == "3 mrt 2026"
    assert short_date(day, "nl", weekday=False, year=False) == "3 mrt"
    assert short_datetime(datetime(2026, 3, 3, 9, 5), "nl") == "di 3 mrt 2026 09:05"
    assert long_date(day, "nl") == "3 maart 2026" and long_date(day, "en") == "3 March 2026"


def test_agreement_owners_have_one_name_for_window_and_pdf():
    assert [agreement_owner(o, "nl") for o in ("coachee", "coach", "sponsor")] == [
        "Coachee",
        "Coach",
        "Opdrachtgever",
    ]
    assert agreement_owner("sponsor", "en") == "Sponsor"
    assert agreement_owner("boss", "nl") == "boss"
