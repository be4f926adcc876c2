"""Garbage collection while the window starts (ui/long_lived.py)."""

from __future__ import annotations

import gc

import pytest

from coachdesk.ui import app, long_lived


def test_no_collection_while_starting_and_collection_again_after(monkeypatch):
    seen: list[bool] = []
    monkeypatch.setattr(app, "_run_gui", lambda _dir: seen.append(gc.isenabled()) or 7)
    assert gc.isenabled()
    assert app.run_gui(None) == 7
    assert seen == [False]  # the start ran without the collector
    assert gc.isenabled()  # and it is back on, even without a freeze (an early return)


def test_a_start_that_fails_still_switches_collection_back_on(monkeypatch):
    def fails(_dir):  # noqa: ANN001, ANN202
        raise RuntimeError("boom")

    monkeypatch.setattr(app, "_run_gui", fails)
    with pytest.raises(RuntimeError):
        app.run_gui(None)
    assert gc.isenabled()


def test_freeze_ends_the_hold_and_leaves_start_up_out_of_collections(monkeypatch):
    monkeypatch.undo()  # (the ui conftest records freeze instead of doing it)
    before = gc.get_freeze_count()
    long_lived.hold()
    assert not gc.isenabled()
    try:
        long_lived.freeze()
        assert gc.isenabled()
        assert gc.get_freeze_count() > before  # everything alive now: frozen
    finally:
        long_lived.thaw()  # (the rest of the test run collects as before)
        gc.enable()
