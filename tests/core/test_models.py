"""The constraints live in the database: raw SQL around the facade is refused too."""

from __future__ import annotations

import sqlite3

import pytest

from coachdesk.core.practice import Practice

NOW = "'2026-01-01 09:00:00.000000'"


@pytest.fixture
def conn(practice: Practice):
    c = practice.coachees.create("Iris")
    practice.trajectories.create(c.id, "Traject")
    with practice.store.connect() as raw:
        yield raw


@pytest.mark.parametrize(
    "sql",
    [
        f"INSERT INTO coachee (name, email, phone, organisation, role, notes, tags, status, created_at, updated_at) VALUES ('  ', '', '', '', '', '', '', 'active', {NOW}, {NOW})",
        f"INSERT INTO coachee (name, email, phone, organisation, role, notes, tags, status, created_at, updated_at) VALUES ('X', '', '', '', '', '', '', 'weg', {NOW}, {NOW})",
        f"INSERT INTO coachee (name, email, phone, organisation, role, notes, tags, status, created_at, updated_at) VALUES (NULL, '', '', '', '', '', '', 'active', {NOW}, {NOW})",
        f"INSERT INTO trajectory (coachee_id, title, intake_question, status, closing_evaluation, created_at, updated_at) VALUES (999, 'T', '', 'active', '', {NOW}, {NOW})",
        f"INSERT INTO trajectory (coachee_id, title, intake_question, status, closing_evaluation, created_at, updated_at, start_date, planned_end) VALUES (1, 'T', '', 'active', '', {NOW}, {NOW}, '2026-05-01', '2026-04-01')",
        f"INSERT INTO trajectory (coachee_id, title, intake_question, status, closing_evaluation, created_at, updated_at, contracted_sessions) VALUES (1, 'T', '', 'active', '', {NOW}, {NOW}, -1)",
        f"INSERT INTO coaching_session (trajectory_id, starts_at, duration_minutes, mode, location, paid, template, shared_notes, private_notes, created_at, updated_at) VALUES (1, {NOW}, -10, 'online', '', 1, '', '', '', {NOW}, {NOW})",
        f"INSERT INTO coaching_session (trajectory_id, starts_at, duration_minutes, mode, location, paid, template, shared_notes, private_notes, created_at, updated_at) VALUES (1, {NOW}, 60, 'carrier pigeon', '', 1, '', '', '', {NOW}, {NOW})",
        f"INSERT INTO agreement (trajectory_id, text, owner, created_at) VALUES (1, 'X', 'manager', {NOW})",
        f"INSERT INTO goal (trajectory_id, title, description, success_criteria, status, position, created_at) VALUES (1, 'G', '', '', 'half', 0, {NOW})",
    ],
)
def test_database_refuses_invalid_rows(conn: sqlite3.Connection, sql: str):
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(sql)


def test_rating_range_is_a_database_check(practice: Practice):
    c = practice.coachees.create("Iris")
    t = practice.trajectories.create(c.id, "Traject")
    g = practice.goals.create(t.id, "Doel")
    with practice.store.connect() as conn:
        for value in (-1, 10.5):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(
                    "INSERT INTO goal_rating (goal_id, rated_on, value, comment) VALUES (?, '2026-01-01', ?, '')",
                    (g.id, value),
                )
        conn.execute(
            "INSERT INTO goal_rating (goal_id, rated_on, value, comment) VALUES (?, '2026-01-01', 10, '')",
            (g.id,),
        )
