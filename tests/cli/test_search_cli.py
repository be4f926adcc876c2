from __future__ import annotations

import json
from datetime import datetime

from coachdesk.cli import run
from coachdesk.core.practice import Practice


def test_search_json_and_text(data_dir, capsys):
    with Practice.open(str(data_dir)) as p:
        c = p.coachees.create("Noël Visser")
        t = p.trajectories.create(c.id, "Regie")
        s = p.sessions.create(t.id, datetime(2026, 4, 1, 14), shared_notes="Meer coördinatie nodig")
    assert run(["search", "coordinatie", "--json"]) == 0
    [hit] = json.loads(capsys.readouterr().out)
    assert (hit["coachee_id"], hit["trajectory_id"], hit["session_id"]) == (c.id, t.id, s.id)
    assert hit["snippet"] == "Meer «coördinatie» nodig"
    assert run(["search", "noel"]) == 0
    out = capsys.readouterr().out
    assert "Coachee: Noël Visser" in out and "«Noël»" in out
    assert run(["search", 'NEAR("x" *', "(("]) == 0
    assert "Niets gevonden" in capsys.readouterr().out
    assert run(["search", "regie", "--json"]) == 0
    [traj] = json.loads(capsys.readouterr().out)
    assert traj["session_id"] is None and traj["trajectory_id"] == t.id
