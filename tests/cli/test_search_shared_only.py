"""``coachdesk search --shared-only``: private snippets are left out (a shared screen)."""

from __future__ import annotations

import json
from datetime import datetime

from coachdesk.cli import run
from coachdesk.core.practice import Practice


def _practice(data_dir) -> None:
    with Practice.open(str(data_dir)) as p:
        c = p.coachees.create("Iris Kok")
        t = p.trajectories.create(c.id, "Werkdruk")
        p.sessions.create(
            t.id,
            datetime(2026, 3, 2, 10),
            shared_notes="Afspraak over de planning",
            private_notes="Vermoeden van depressie, planning als vlucht",
        )


def test_search_marks_private_snippets_and_shared_only_leaves_them_out(data_dir, capsys):
    _practice(data_dir)
    assert run(["search", "planning", "--json"]) == 0
    parts = sorted(h["part"] for h in json.loads(capsys.readouterr().out))
    assert parts == ["private", "shared"]
    assert run(["search", "planning"]) == 0
    out = capsys.readouterr().out
    assert "(privé)" in out and "depressie" in out
    assert run(["search", "planning", "--shared-only", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["part"] for h in hits] == ["shared"]
    assert run(["search", "vlucht", "--shared-only"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Niets gevonden")  # the query itself is echoed, no hit
    assert "privé-aantekeningen zijn weggelaten" in captured.err


def test_shared_only_keeps_its_limit_for_shared_hits(practice):
    """The filter is in the query: 3 private notes newer than the shared one do not push it
    out of a limit of 1."""
    c = practice.coachees.create("Jan Bos")
    t = practice.trajectories.create(c.id, "Regie")
    practice.sessions.create(t.id, datetime(2026, 1, 1, 9), shared_notes="grens stellen")
    for day in (2, 3, 4):
        practice.sessions.create(t.id, datetime(2026, 1, day, 9), private_notes="grens bewaken")
    assert [h.part for h in practice.search.find("grens", limit=1)] == ["private"]
    [hit] = practice.search.find("grens", limit=1, shared_only=True)
    assert hit.part == "shared" and "stellen" in hit.snippet
