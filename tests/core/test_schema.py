"""The schema graph: derived from the foreign keys, complete, in dependency order."""

from __future__ import annotations

from coachdesk.core import schema


def test_every_table_is_reached_from_a_coachee_or_declared_practice_wide():
    assert schema.unreachable_tables() == []
    assert set(schema.PRACTICE_WIDE) <= set(schema.ordered_tables())


def test_a_table_nobody_can_reach_is_reported(monkeypatch):
    everything = schema.ordered_tables()
    monkeypatch.setattr(schema, "ordered_tables", lambda: (*everything, "orphan_table"))
    assert schema.unreachable_tables() == ["orphan_table"]


def test_parents_come_before_children():
    order = {name: n for n, name in enumerate(schema.ordered_tables())}
    for edge in schema.edges():
        assert order[edge.parent] < order[edge.child], edge


def test_how_each_table_is_reached_from_a_coachee():
    path = schema.path_from_coachee("goal_rating")
    assert [(e.child, e.column) for e in path] == [
        ("trajectory", "coachee_id"),
        ("goal", "trajectory_id"),
        ("goal_rating", "goal_id"),
    ]
    assert schema.path_from_coachee("coachee") == ()
    assert schema.path_from_coachee("sponsor") is None  # shared by several coachees


def test_a_coachee_delete_reaches_every_table_about_the_person():
    about = set(schema.practice_tables()) - schema.PRACTICE_WIDE - {schema.ROOT}
    assert set(schema.below("coachee")) == about
    assert "coachee" not in schema.below("trajectory")
    assert {e.child for e in schema.nulling_references("sponsor")} == {"trajectory"}
