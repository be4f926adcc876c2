"""The window's delete leaves the index merge (seconds in a large practice) to the
background: the erasure is committed at once, a marker says the merge is owed, and it
happens in the background, at close, or at the next open after a crash."""

from __future__ import annotations

from coachdesk.core.practice import Practice
from coachdesk.store import scrub
from tests.core.privacy_helpers import MARKER, index_terms, marked_coachee, where


def test_the_merge_is_owed_until_finish_pending_runs(practice, data_dir):
    cid = marked_coachee(practice)
    practice.coachees.delete(cid, merge_later=True)
    assert scrub.merge_pending(data_dir)
    assert practice.search.find(MARKER.lower()) == []  # no search finds it meanwhile
    assert all(c.id != cid for c in practice.coachees.list())

    assert practice.privacy.finish_pending() is True
    assert not scrub.merge_pending(data_dir)
    assert MARKER.lower().encode() not in index_terms(practice)
    assert where(data_dir) == []  # database file, WAL, log
    assert practice.privacy.finish_pending() is False  # nothing owed any more
    assert practice.search.find("bystander")


def test_closing_the_store_finishes_an_owed_merge(practice, data_dir):
    cid = marked_coachee(practice)
    practice.coachees.delete(cid, merge_later=True)
    practice.close()
    assert not scrub.merge_pending(data_dir)
    assert where(data_dir) == []


def test_the_next_open_finishes_a_merge_a_crash_interrupted(practice, data_dir):
    cid = marked_coachee(practice)
    practice.coachees.delete(cid, merge_later=True)
    practice.store.close()  # the process dies: Practice.close never runs
    assert scrub.merge_pending(data_dir)
    with Practice.open(str(data_dir)) as reopened:
        assert not scrub.merge_pending(data_dir)
        assert MARKER.lower().encode() not in index_terms(reopened)
        assert reopened.search.find(MARKER.lower()) == []
    assert where(data_dir) == []


def test_a_plain_delete_merges_at_once_and_owes_nothing(practice, data_dir):
    cid = marked_coachee(practice)
    practice.coachees.delete(cid)
    assert not scrub.merge_pending(data_dir)
    assert MARKER.lower().encode() not in index_terms(practice)
