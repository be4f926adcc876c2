from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from coachdesk.core.folding import fold_words
from coachdesk.core.records import CoacheeRow
from coachdesk.ui import lang
from coachdesk.ui.models.coachee_table import (
    COL_LAST_SESSION,
    COL_NAME,
    COL_ORGANISATION,
    ID_ROLE,
    SEARCH_ROLE,
    STATUS_ROLE,
    CoacheeFilterModel,
    CoacheeTableModel,
)


def row(id: int, name: str, org: str = "", tags: str = "", status: str = "active", last=None):
    return CoacheeRow(id, name, org, "", tags, status, last, 0)


ROWS = [
    row(1, "Zoë de Vries", "Gemeente Utrecht", "werkdruk", last=datetime(2026, 3, 3, 10)),
    row(2, "Bram Bakker", "Provincie Fryslân", "loopbaan, leiderschap"),
    row(
        3,
        "Anaïs Jansen",
        "Waterschap Rivierenland",
        "veerkracht",
        "archived",
        datetime(2025, 1, 2, 9),
    ),
    row(4, "Ömer Çelik", "Gemeente Zoetermeer", "", last=datetime(2026, 1, 5, 9)),
]


@pytest.fixture
def models(qapp):
    lang.set_current("nl")
    source = CoacheeTableModel()
    source.set_rows(ROWS)
    proxy = CoacheeFilterModel()
    proxy.setSourceModel(source)
    return source, proxy


def names(proxy: CoacheeFilterModel) -> list[str]:
    return [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]


def test_model_passes_qt_consistency_checks(models):
    source, proxy = models
    QAbstractItemModelTester(source, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy.set_text("zoe")
    proxy.sort(COL_ORGANISATION)
    assert source.total == 4 and source.columnCount() == 4
    assert source.rowCount() == proxy.rowCount() == 2  # the source exposes what passes


def test_roles_and_columns(models, qapp):
    source, _ = models
    first = source.index(0, COL_NAME)
    assert first.data() == "Anaïs Jansen"  # sorted by folded name
    assert first.data(ID_ROLE) == 3 and first.data(STATUS_ROLE) == "archived"
    assert "rivierenland" in first.data(SEARCH_ROLE)
    assert source.index(0, COL_LAST_SESSION).data() == "do 2 jan 2025"
    assert source.index(1, COL_LAST_SESSION).data() == ""
    assert source.headerData(COL_ORGANISATION, Qt.Orientation.Horizontal) == "Organisation"


def test_filter_is_case_and_accent_insensitive_over_name_organisation_tags(models):
    _, proxy = models
    proxy.set_text("zoe")
    assert names(proxy) == ["Ömer Çelik", "Zoë de Vries"]  # Zoetermeer and Zoë
    proxy.set_text("ZOË")
    assert names(proxy) == ["Ömer Çelik", "Zoë de Vries"]
    proxy.set_text("fryslan")
    assert names(proxy) == ["Bram Bakker"]
    proxy.set_text("leider")
    assert names(proxy) == ["Bram Bakker"]
    proxy.set_text("gemeente  utrecht")  # every word must match
    assert names(proxy) == ["Zoë de Vries"]
    proxy.set_text("omer")
    assert names(proxy) == ["Ömer Çelik"]
    proxy.set_text("")
    assert len(names(proxy)) == 4


def test_status_filter_combines_with_text(models):
    _, proxy = models
    proxy.set_status("active")
    assert "Anaïs Jansen" not in names(proxy)
    proxy.set_status("archived")
    assert names(proxy) == ["Anaïs Jansen"]
    proxy.set_text("bram")
    assert names(proxy) == []
    proxy.set_status(None)
    assert names(proxy) == ["Bram Bakker"]


def test_sort_by_last_session_and_organisation_keeps_selection(models):
    source, proxy = models
    keep = QPersistentModelIndex(proxy.index(proxy.proxy_row_of(1), COL_NAME))
    proxy.sort(COL_LAST_SESSION, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["Zoë de Vries", "Ömer Çelik", "Anaïs Jansen", "Bram Bakker"]
    assert keep.isValid() and keep.data() == "Zoë de Vries" and keep.row() == 0
    proxy.sort(COL_ORGANISATION)
    assert [proxy.index(r, COL_ORGANISATION).data() for r in range(4)] == [
        "Gemeente Utrecht",
        "Gemeente Zoetermeer",
        "Provincie Fryslân",
        "Waterschap Rivierenland",
    ]
    assert keep.data() == "Zoë de Vries" and keep.row() == 0
    assert source.sort_state == (COL_ORGANISATION, Qt.SortOrder.AscendingOrder)
    proxy.set_text("gemeente")
    proxy.sort(COL_NAME)
    assert names(proxy) == ["Ömer Çelik", "Zoë de Vries"]


def test_reload_keeps_the_chosen_sort_and_finds_rows_by_id(models):
    source, proxy = models
    proxy.sort(COL_ORGANISATION, Qt.SortOrder.DescendingOrder)
    source.set_rows([*ROWS, row(5, "Zora Zomer", "Zuiderzee")])
    assert names(proxy)[0] == "Zora Zomer"
    assert proxy.coachee_id(proxy.proxy_row_of(5)) == 5
    proxy.set_text("bram")
    assert proxy.proxy_row_of(5) is None


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("soren", ["Søren Ærø", "Soren Smit"]),
        ("Søren", ["Søren Ærø", "Soren Smit"]),
        ("aero", ["Søren Ærø"]),
        ("strasse lodz", ["Jürgen Straße"]),
    ],
)
def test_plain_letters_find_letters_that_do_not_decompose(qapp, query, found):
    """The list folds as the search does (coachdesk.core.folding): "soren" finds "Søren"."""
    source = CoacheeTableModel()
    source.set_rows([row(1, "Søren Ærø"), row(2, "Jürgen Straße", "Łódź BV"), row(3, "Soren Smit")])
    proxy = CoacheeFilterModel()
    proxy.setSourceModel(source)
    proxy.set_text(query)
    assert names(proxy) == found


def test_typing_on_and_back_shows_what_a_fresh_filter_shows(models):
    """Narrowing tests only the rows shown; every other change starts from all rows."""
    source, proxy = models
    steps = [
        ("z", None),
        ("zo", None),
        ("zoe", None),
        ("zo", None),  # backspace: wider again
        ("gemeente", None),
        ("gemeente z", None),  # a second word
        ("z gemeente", None),  # the same words, in another order
        ("z", None),
        ("z", "active"),  # a first status narrows too
        ("ze", "archived"),  # another status: not narrower
        ("ze", None),
        ("", None),
    ]
    for text, status in steps:
        proxy.set_status(status)
        proxy.set_text(text)
        fresh = CoacheeTableModel()
        fresh.set_rows(ROWS)
        fresh.set_filter(fold_words(text), status)
        expected = [fresh.index(r, COL_NAME).data() for r in range(fresh.rowCount())]
        assert names(proxy) == expected, (text, status)
    assert len(names(proxy)) == len(ROWS)


def test_the_search_text_is_made_by_the_first_filter_not_by_the_rows(models, monkeypatch):
    """Filling the list (every start) makes no search text; the first filter does, once,
    and a sort before it or after it keeps every row's own text."""
    import coachdesk.ui.models.coachee_table as table

    made: list[int] = []
    real = table.search_key
    monkeypatch.setattr(table, "search_key", lambda r: made.append(r.id) or real(r))
    source, proxy = models
    source.set_rows(ROWS)
    proxy.set_status("active")
    assert made == [] and names(proxy) == ["Bram Bakker", "Ömer Çelik", "Zoë de Vries"]
    proxy.sort(COL_ORGANISATION)  # before any search text exists
    proxy.set_text("gemeente")
    assert sorted(made) == [1, 2, 3, 4]
    assert names(proxy) == ["Zoë de Vries", "Ömer Çelik"]  # Utrecht, Zoetermeer
    proxy.sort(COL_NAME)
    proxy.set_text("gemeente zoet")
    assert names(proxy) == ["Ömer Çelik"] and len(made) == 4  # made once, kept in order
    assert proxy.index(0, COL_NAME).data(SEARCH_ROLE) == "omer celik\ngemeente zoetermeer\n"


def test_prepare_search_makes_the_text_ahead_of_the_first_key(models, monkeypatch):
    import coachdesk.ui.models.coachee_table as table

    made: list[int] = []
    real = table.search_key
    monkeypatch.setattr(table, "search_key", lambda r: made.append(r.id) or real(r))
    source, proxy = models
    source.set_rows(ROWS)
    source.prepare_search()
    assert sorted(made) == [1, 2, 3, 4]
    proxy.set_text("bakker")
    assert names(proxy) == ["Bram Bakker"] and len(made) == 4


@pytest.mark.parametrize("column", [COL_ORGANISATION, COL_LAST_SESSION, COL_NAME])
def test_rows_with_equal_sort_keys_keep_one_order_whatever_order_they_came_in(qapp, column):
    """The start's read-ahead gives the rows in no order, a reload in the list's: rows
    whose keys fold alike (Zoe and Zoë, one organisation) still sort the same."""
    same = [
        row(7, "Zoë Smit", "Gemeente Utrecht", last=datetime(2026, 3, 3, 10)),
        row(3, "Zoe Smit", "Gemeente Utrecht", last=datetime(2026, 3, 3, 10)),
        row(5, "ZOE SMIT", "Gemeente Utrecht", last=datetime(2026, 3, 3, 10)),
    ]
    orders = []
    for rows in (same, same[::-1], [same[1], same[0], same[2]]):
        source = CoacheeTableModel()
        source.sort(column, Qt.SortOrder.AscendingOrder)
        source.set_rows(rows)
        orders.append([source.coachee(r).id for r in range(source.rowCount())])
    assert orders[0] == orders[1] == orders[2] == [3, 5, 7]
