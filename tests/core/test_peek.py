from __future__ import annotations

import subprocess
import sys
from operator import attrgetter

from coachdesk.core.demo import generate
from coachdesk.core.peek import peek_coachee_rows, peek_first_page
from coachdesk.core.practice import Practice


def test_peek_reads_the_same_rows_as_the_facade(practice: Practice, data_dir):
    generate(practice.store, coachees=25, seed=3)
    expected = practice.coachees.list()
    assert peek_coachee_rows(data_dir) is None  # open, its WAL not folded in: not peeked
    practice.close()  # as at the window's start: nothing has the store open
    assert peek_coachee_rows(data_dir) == expected


def test_peek_declines_an_older_copy_that_still_holds_an_erased_coachee(data_dir):
    with Practice.open(str(data_dir)) as p:
        kept = p.coachees.create("Anna de Vries")
        gone = p.coachees.create("Bram Jansen")
    older = (data_dir / "coachdesk.db").read_bytes()  # a copy made before the erasure
    with Practice.open(str(data_dir)) as p:
        p.coachees.delete(gone.id)
    (data_dir / "coachdesk.db").write_bytes(older)  # put back by hand, beside the ledger
    assert peek_coachee_rows(data_dir) is None  # never shows Bram again, not even briefly
    with Practice.open(str(data_dir)) as p:  # the full open erases him again
        assert [c.id for c in p.coachees.list()] == [kept.id]
    assert [r.name for r in peek_coachee_rows(data_dir) or []] == ["Anna de Vries"]


def test_peek_declines_anything_unusual(data_dir, tmp_path):
    assert peek_coachee_rows(tmp_path / "nothing-here") is None
    data_dir.mkdir(parents=True)
    (data_dir / "coachdesk.db").write_bytes(b"not a database" * 20)
    assert peek_coachee_rows(data_dir) is None
    (data_dir / "coachdesk.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert peek_coachee_rows(data_dir) is None


def test_peek_declines_a_store_that_needs_migrating(practice: Practice, data_dir):
    practice.coachees.create("Zoë")
    with practice.store.connect() as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'older'")
    assert peek_coachee_rows(data_dir) is None


def test_peek_does_not_import_the_orm():
    code = (
        "import sys, pathlib; from coachdesk.core.peek import peek_coachee_rows; "
        "peek_coachee_rows(pathlib.Path('.')); "
        "print(any(m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'alembic') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_first_page_lists_the_coachees_the_facade_lists(practice: Practice, data_dir):
    """The read-ahead reads the list as one JSON text: the same rows and values as the
    facade, whatever the names hold, in no order (the window sorts them)."""
    generate(practice.store, coachees=12, seed=5)
    for name, fields in [
        ("anna de Vries", {"organisation": 'Gemeente "Oost"', "tags": "mt, 'lead'"}),
        ("Anna de Vries", {"organisation": None, "tags": None}),
        ("ANNA DE VRIES", {"role": "Beleidsadviseur\nwater"}),
        ("Zoë Ærø-Ødegård", {"organisation": "Waterschap Ĳssel", "tags": "😀"}),
        ("Émile", {"status": "archived"}),
    ]:
        practice.coachees.create(name, **fields)
    expected = practice.coachees.list()
    practice.close()
    first = peek_first_page(data_dir)
    assert first is not None
    rows, home = first
    assert sorted(rows, key=attrgetter("id")) == sorted(expected, key=attrgetter("id"))
    assert len(rows) == len(expected) == 17
    assert any(r.last_session is not None for r in rows)  # dates come back as datetimes
    assert home.today is not None


def test_the_first_page_declines_a_store_that_needs_migrating(practice: Practice, data_dir):
    """The list is read before the schema is checked (to start sooner), never shown for it."""
    generate(practice.store, coachees=3, seed=2)
    with practice.store.connect() as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'older'")
    practice.close()
    assert peek_first_page(data_dir) is None
