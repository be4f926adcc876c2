"""The window writes dates and numbers as the PDF does (coachdesk.core.formatting)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate

from coachdesk.core.formatting import short_date
from coachdesk.ui import lang
from coachdesk.ui.labels import agreement_owner


def test_date_editors_show_what_labels_show(qapp):
    """DATE_FORMAT (for QDateEdit) is Qt's pattern of core.formatting.short_date."""
    for language in ("nl", "en"):
        locale = lang.qlocale(language)
        for n in range(0, 365, 5):  # every month and every weekday
            day = date(2026, 1, 1) + timedelta(days=n)
            shown = locale.toString(QDate(day.year, day.month, day.day), lang.DATE_FORMAT)
            if language == "en" and day.month == 9:
                shown = shown.replace("Sept", "Sep")  # Qt's en_GB abbreviation
            assert shown == short_date(day, language), day


def test_labels_follow_the_window_language(qapp):
    lang.set_current("en")
    try:
        assert agreement_owner("sponsor") == "Sponsor"
        assert lang.fmt_number(7.25, 2) == "7.25" and lang.fmt_date(None) == ""
    finally:
        lang.set_current("nl")
    assert agreement_owner("sponsor") == "Opdrachtgever"
    assert lang.fmt_number(7.25, 2) == "7,25" and lang.fmt_number(None) == ""
